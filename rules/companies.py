"""Who answers for a company's liability — a branch's company, a one-shareholder company's shareholder.

A branch (分公司) is no legal person: its civil liability is borne by the company (Company Law art. 13
para. 2 of the 2023 text, in force 2024-07-01; art. 14 of the texts of 2005, 2013 and 2018; art. 13 of
the 1993 text, in force 1994-07-01). Civil Code art. 74 para. 2 (General Provisions of Civil Law art. 74
from 2017-10-01) says the same of every legal person's branch: the legal person bears it, or it may be
met first from the property the branch manages, the legal person bearing the rest. So what the branch
is found liable for, what it must compensate or do, the company answers for too — the same debt, not a
share beside it; and where the branch is cleared, or its liability still turns on an open fact, so is
the company's on this ground.

The shareholder of a company with a single shareholder answers jointly and severally for the company's
debts unless it proves the company's property independent of its own (Company Law art. 23 para. 3 of
the 2023 text, which reaches any one-shareholder company; before 2024-07-01 art. 63 of the 2013 and 2018
texts and art. 64 of the 2005 text, which spoke of the one-person limited liability company). Before
2006-01-01 the law knew no one-person limited liability company: no article governs, and the claim is
left to a person. The burden is the shareholder's: separation not shown is separation not proved —
asked while unknown, never taken either way. A shareholder of a company with several shareholders
answers only for abusing the company's independence (art. 23 para. 1; art. 20 para. 3 of 2005–2018):
no rule here reaches that, and such a claim is shown as outside the rule book.
"""

from liability.allocation import BRANCH_COMPANY, SOLE_SHAREHOLDER  # the same debt, owed by one more party
from liability.rulebase import NoneOf, Not, OneOf, derived, fact, finding, rule, v

DOCTRINE = "company"
# What a branch or a company may be found to owe for a harm: a liability, a compensation, an order.
OWED = OneOf("liable", "supplementary", "compensates", "obligation")
# A company's debts a sole shareholder answers for: money owed (an order to do something is the company's).
DEBTS = OneOf("liable", "supplementary", "compensates")
# Not liable because the facts do not connect the branch with the harm, or only on a ground that may not
# be the one claimed on (no custody contract): says nothing of the company's liability.
NOT_CLEARED = ("no-ground", "no-custody-contract")


def _none(x):
    return None if x == "none" else x


rule(
    "company.answers-for-branch",
    cites=["COL-13", "CC-74"],
    doctrine=DOCTRINE,
    stratum=2,  # derived from the branch's findings, as soon as they are drawn
    when=[
        fact("f", "finding", kind=OWED),
        fact("r", "rel", kind="branch", branch=v.f.party),
        fact("h", "harm", k=v.f.harm, victim=Not(v.r.company)),
    ],
    then=lambda f, r, h: [
        finding(
            f.kind,
            r.company,
            h.k,
            degree=_none(f.degree),
            basis=BRANCH_COMPANY,
            against=r.branch,
            presumed=f.presumed,
            rebuttal=_none(f.rebuttal),
        )
    ],
    zh="{r.branch}是{r.company}的分公司，对{h.k}承担的民事责任由{r.company}承担：分公司不具有法人资格，其民事责任由公司承担（也可以先以分公司管理的财产承担，不足部分由公司承担）。",
    en="{r.branch} is a branch of {r.company}: a branch is no legal person, so its civil liability for {h.k} is borne by {r.company} (it may first be met from the property the branch manages, the company bearing the rest).",
)


rule(
    "company.branch-not-liable",
    cites=["COL-13", "CC-74"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("f", "finding", kind="not-liable", basis=NoneOf(*NOT_CLEARED)),
        fact("r", "rel", kind="branch", branch=v.f.party),
        fact("h", "harm", k=v.f.harm, victim=Not(v.r.company)),
    ],
    then=lambda f, r, h: [finding("not-liable", r.company, h.k, basis="branch-not-liable", against=r.branch)],
    zh="{r.branch}对{h.k}不承担责任，{r.company}亦无须为其分公司承担（公司就分公司承担的，是分公司的民事责任）。",
    en="{r.branch} is not liable for {h.k}, so {r.company} has nothing to bear for its branch (what a company bears for its branch is the branch's civil liability).",
)


rule(
    "company.branch-liability-open",
    cites=["COL-13", "CC-74"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("q", "question"),
        fact("r", "rel", kind="branch", branch=v.q.party),
        fact("h", "harm", k=v.q.harm, victim=Not(v.r.company)),
    ],
    then=lambda q, r, h: [derived("question", fact=q.fact, party=r.company, harm=h.k, about=q.get("about", "none"))],
    zh="{r.branch}对{h.k}是否承担责任尚待查明，{r.company}为其分公司承担的责任亦取决于此。",
    en="Whether {r.branch} is liable for {h.k} is still open, and so is what {r.company} bears for its branch.",
)


def _sole_shareholder(f, r, h):
    if r.assets_separate is True:
        return [finding("not-liable", r.shareholder, h.k, basis="company-assets-separate", against=r.company)]
    out = []
    if r.sole == "unknown":
        out.append(derived("question", fact=f"relationships.{r.k}.sole", party=r.shareholder, harm=h.k, about="none"))
    if r.assets_separate == "unknown":
        out.append(derived("question", fact=f"relationships.{r.k}.assets_separate", party=r.shareholder, harm=h.k, about="none"))
    if not out:  # the only shareholder, and the company's property not proved separate from its own
        out.append(finding(f.kind, r.shareholder, h.k, degree="joint", basis=SOLE_SHAREHOLDER, against=r.company))
    return out


rule(
    "company.sole-shareholder-answers-jointly",
    cites=["COL-23.3"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("f", "finding", kind=DEBTS),
        fact("r", "rel", kind="shareholding", company=v.f.party, sole=OneOf(True, "unknown")),
        fact("h", "harm", k=v.f.harm, victim=Not(v.r.shareholder)),
    ],
    then=_sole_shareholder,
    zh="{r.company}对{h.k}负有债务；{r.shareholder}是其股东：只有一个股东的公司，股东不能证明公司财产独立于股东自己的财产的，应当对公司债务承担连带责任（是否唯一股东、是否已证明财产独立，不明的须查明）。",
    en="{r.company} owes a debt for {h.k} and {r.shareholder} is its shareholder: the only shareholder of a company who cannot prove the company's property independent of its own is jointly liable for the company's debts (whether it is the only one, and whether it proved the separation, must be established where not known).",
)


rule(
    "company.shareholder-company-not-liable",
    cites=["COL-23.3"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("f", "finding", kind="not-liable", basis=NoneOf(*NOT_CLEARED)),
        fact("r", "rel", kind="shareholding", company=v.f.party, sole=OneOf(True, "unknown")),
        fact("h", "harm", k=v.f.harm, victim=Not(v.r.shareholder)),
    ],
    then=lambda f, r, h: [finding("not-liable", r.shareholder, h.k, basis="company-not-liable", against=r.company)],
    zh="{r.company}对{h.k}不承担责任，{r.shareholder}作为其（唯一）股东亦无公司债务可连带承担。",
    en="{r.company} is not liable for {h.k}, so its (sole) shareholder {r.shareholder} has no company debt to answer for jointly.",
)


rule(
    "company.sole-shareholder-company-open",
    cites=["COL-23.3"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("q", "question"),
        fact("r", "rel", kind="shareholding", company=v.q.party, sole=OneOf(True, "unknown"), assets_separate=OneOf(False, "unknown")),
        fact("h", "harm", k=v.q.harm, victim=Not(v.r.shareholder)),
    ],
    then=lambda q, r, h: [derived("question", fact=q.fact, party=r.shareholder, harm=h.k, about=q.get("about", "none"))],
    zh="{r.company}对{h.k}是否承担责任尚待查明；{r.shareholder}作为其股东是否连带承担，亦取决于此。",
    en="Whether {r.company} is liable for {h.k} is still open, and so is whether its shareholder {r.shareholder} answers jointly with it.",
)

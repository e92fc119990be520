"""Those one answers for: guardians of minors and of adults without full capacity — 监护人责任.

Civil Code art. 1188 (from 2021-01-01): where a person without or with limited capacity causes
harm to another, the guardian bears the tort liability; a guardian who did its duty of care may
have its liability reduced. Tort Liability Law art. 32 (2010-07-01) and General Principles of
Civil Law art. 133 (1987-01-01) said the same. The ward is the one who acted; the guardian is the
one who answers, in the ward's place (``against`` names the ward).
"""

from liability.rulebase import OneOf, derived, fact, finding, rule, v

DOCTRINE = "tort"
ANSWERED = OneOf("liable", "supplementary")


def _guardian(f, g, p):
    degree = "reduced-duty-done" if g.duty_done is True else (None if f.degree == "none" else f.degree)
    out = [finding(f.kind, g.guardian, f.harm, degree=degree, basis="guardian", against=g.ward)]
    if g.duty_done == "unknown":
        out.append(derived("question", fact=f"relationships.{g.k}.duty_done", party=g.guardian, harm=f.harm, about="none"))
    return out


rule(
    "guardian.answers-for-ward",
    cites=["CC-1188"],
    doctrine=DOCTRINE,
    stratum=5,
    when=[
        fact("f", "finding", kind=ANSWERED),
        fact("g", "rel", kind="guardianship", ward=v.f.party),
        fact("p", "party", k=v.g.ward, capacity=OneOf("limited", "none")),
    ],
    then=_guardian,
    zh="{g.ward}是无民事行为能力人或者限制民事行为能力人，其造成的损害由监护人{g.guardian}承担侵权责任；监护人尽到监护职责的，可以减轻其责任。",
    en="{g.ward} lacks full capacity: the guardian {g.guardian} bears the tort liability for the harm the ward caused (reduced if it did its duty of care).",
)

rule(
    "guardian.ward-capacity-unknown",
    cites=["CC-1188"],
    doctrine=DOCTRINE,
    stratum=5,
    when=[
        fact("f", "finding", kind=ANSWERED),
        fact("g", "rel", kind="guardianship", ward=v.f.party),
        fact("p", "party", k=v.g.ward, capacity="unknown"),
    ],
    then=lambda f, g, p: [derived("question", fact=f"parties.{g.ward}.capacity", party=g.guardian, harm=f.harm, about="none")],
    zh="{g.ward}的民事行为能力尚不清楚：若为未成年人或者不能辨认自己行为的人，由监护人{g.guardian}承担责任。",
    en="Whether {g.ward} had full capacity is unknown: if not (a minor, or an adult who cannot understand his acts), the guardian {g.guardian} answers.",
)

rule(
    "guardian.ward-of-full-capacity",
    cites=["CC-1188"],
    doctrine=DOCTRINE,
    stratum=5,
    when=[
        fact("f", "finding", kind=ANSWERED),
        fact("g", "rel", kind="guardianship", ward=v.f.party),
        fact("p", "party", k=v.g.ward, capacity="full"),
    ],
    then=lambda f, g, p: [finding("not-liable", g.guardian, f.harm, basis="ward-of-full-capacity")],
    zh="{g.ward}具有完全民事行为能力，自己承担责任；{g.guardian}不因监护关系承担责任。",
    en="{g.ward} has full capacity and answers alone: {g.guardian} is not liable as guardian.",
)

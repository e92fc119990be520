"""Custody — 保管合同.

Civil Code arts. 888 (a custody contract: the custodian keeps the depositor's thing and returns
it), 889 (custody is gratuitous unless agreed otherwise) and 897 (where the thing is damaged or lost
in custody through improper custody, the custodian is liable; but a gratuitous custodian that
proves it acted without intent or gross negligence is not). Contract Law arts. 365, 366, 374 from
1999-10-01. No custody contract, no liability as custodian.
"""

from liability.rulebase import Not, OneOf, absent, derived, fact, finding, rule, v

DOCTRINE = "contract"

rule(
    "custody.contract-exists",
    cites=["CC-888"],
    doctrine=DOCTRINE,
    when=[fact("r", "rel", kind="custody-contract")],
    then=lambda r: [derived("custody", thing=r.thing, custodian=r.custodian, depositor=r.depositor)],
    zh="{r.custodian}与{r.depositor}之间成立保管合同，保管{r.thing}。",
    en="{r.custodian} keeps {r.thing} for {r.depositor} under a custody contract.",
)

rule(
    "custody.paid-improper-custody",
    cites=["CC-897", "CC-889"],
    doctrine=DOCTRINE,
    when=[
        fact("r", "rel", kind="custody-contract", paid=True, improper_custody=True),
        fact("h", "harm", thing=v.r.thing, victim=v.r.depositor),
    ],
    then=lambda r, h: [finding("liable", r.custodian, h.k, basis="custodian")],
    zh="有偿保管期内，因{r.custodian}保管不善造成{h.k}，保管人应当承担赔偿责任。",
    en="In paid custody, {h.k} happened through {r.custodian}'s improper custody: the custodian is liable.",
)

rule(
    "custody.proper-custody",
    cites=["CC-897"],
    doctrine=DOCTRINE,
    when=[
        fact("r", "rel", kind="custody-contract", improper_custody=False),
        fact("h", "harm", thing=v.r.thing, victim=v.r.depositor),
    ],
    then=lambda r, h: [finding("not-liable", r.custodian, h.k, basis="proper-custody")],
    zh="{r.custodian}已妥善保管，{h.k}并非保管不善所致，保管人不承担赔偿责任。",
    en="{r.custodian} kept the thing properly; {h.k} was not due to improper custody: not liable as custodian.",
)


def _gratuitous(r, h):
    if r.gross_negligence is False:
        return [finding("not-liable", r.custodian, h.k, basis="gratuitous-without-gross-negligence")]
    shown = r.gross_negligence is True
    return [
        finding(
            "liable",
            r.custodian,
            h.k,
            basis="custodian",
            presumed=not shown,
            rebuttal=None if shown else f"relationships.{r.k}.gross_negligence=false",
        )
    ]


rule(
    "custody.gratuitous-custodian",
    cites=["CC-897", "CC-889"],
    doctrine=DOCTRINE,
    when=[
        fact("r", "rel", kind="custody-contract", paid=False, improper_custody=True),
        fact("h", "harm", thing=v.r.thing, victim=v.r.depositor),
    ],
    then=_gratuitous,
    zh="无偿保管期内{r.custodian}保管不善造成{h.k}：保管人证明自己没有故意或者重大过失的，不承担赔偿责任。",
    en="In gratuitous custody {h.k} happened through improper custody: the custodian is liable unless it proves it acted without intent or gross negligence.",
)

# In paid custody a thing damaged or lost while in custody is taken to have been kept improperly
# unless the custodian shows it was kept properly (the custodian alone knows how it was kept).
rule(
    "custody.paid-presumed-improper",
    cites=["CC-897", "CC-889"],
    doctrine=DOCTRINE,
    when=[
        fact("r", "rel", kind="custody-contract", paid=True, improper_custody="unknown"),
        fact("h", "harm", thing=v.r.thing, victim=v.r.depositor),
    ],
    then=lambda r, h: [
        finding("liable", r.custodian, h.k, basis="custodian", presumed=True, rebuttal=f"relationships.{r.k}.improper_custody=false")
    ],
    zh="有偿保管期内{h.k}发生，{r.custodian}不能证明已妥善保管的，应当承担赔偿责任。",
    en="{h.k} happened during paid custody: unless {r.custodian} shows it kept the thing properly, it is liable.",
)

for _field, _when in (("paid", {"paid": "unknown"}), ("improper_custody", {"improper_custody": "unknown", "paid": OneOf(False, "unknown")})):
    rule(
        f"custody.{_field.replace('_', '-')}-unknown",
        cites=["CC-897"],
        doctrine=DOCTRINE,
        when=[
            fact("r", "rel", kind="custody-contract", **_when),
            fact("h", "harm", thing=v.r.thing, victim=v.r.depositor),
        ],
        then=lambda r, h, _f=_field: [
            derived("question", fact=f"relationships.{r.k}.{_f}", party=r.custodian, harm=h.k, about=r.k)
        ],
        zh=f"保管合同的事实“{_field}”未知：它决定保管人是否赔偿。",
        en=f"Fact '{_field}' of the custody contract is unknown: it decides whether the custodian pays.",
    )

# Asked of those a victim may take for the keeper of its car or belongings — the property-service
# company of the estate where it was left, or a custodian by trade — not of everyone claimed against.
# (Beside a liability on another ground it stays: courts take custody first, as the seed case of the
# falling pane does, then the company's duty as manager.)
rule(
    "custody.no-contract-no-liability-as-custodian",
    cites=["CC-888"],
    doctrine=DOCTRINE,
    when=[
        fact("c", "claim"),
        fact("p", "party", k=v.c.against, kind=OneOf("property-service-company", "custodian")),
        fact("h", "harm", k=v.c.harm, victim=Not(v.c.against), thing=Not(None)),
        fact("x", "thing", k=v.h.thing, owner=v.h.victim, kind=OneOf("vehicle", "belongings")),
        absent("custody", thing=v.h.thing, custodian=v.c.against),
    ],
    then=lambda c, p, h, x: [finding("not-liable", c.against, h.k, basis="no-custody-contract")],
    zh="{c.against}与车主之间没有保管合同（未交付保管、未收取保管费），不以保管人身份承担责任。",
    en="{c.against} had no custody contract with the owner (nothing handed over, no fee): not liable as custodian.",
)

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

def _liable(r, h, rebuttal=None):
    """The custodian is liable for the harm to the thing kept (a presumption where ``rebuttal`` names
    the fact that would rebut it); how much follows in custody.custodian-liable and its sibling."""
    return derived("custodian-liable", rel=r.k, custodian=r.custodian, harm=h.k, rebuttal=rebuttal or "none")


rule(
    "custody.paid-improper-custody",
    cites=["CC-897", "CC-889"],
    doctrine=DOCTRINE,
    when=[
        fact("r", "rel", kind="custody-contract", paid=True, improper_custody=True),
        fact("h", "harm", thing=v.r.thing, victim=v.r.depositor),
    ],
    then=lambda r, h: [_liable(r, h)],
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
    return [_liable(r, h, None if shown else f"relationships.{r.k}.gross_negligence=false")]


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
    then=lambda r, h: [_liable(r, h, f"relationships.{r.k}.improper_custody=false")],
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


# --- valuables not declared (CC art. 898; CL art. 375 from 1999-10-01) --------------------------------
# Money, securities and other valuables must be declared to the custodian, to be checked or sealed;
# if they were not, the custodian may compensate them as ordinary goods.
rule(
    "custody.valuables-undeclared",
    cites=["CC-898"],
    doctrine=DOCTRINE,
    when=[fact("r", "rel", kind="custody-contract", valuables=True, valuables_declared=False)],
    then=lambda r: [derived("undeclared-valuables", rel=r.k)],
    zh="{r.thing}是货币、有价证券或者其他贵重物品，寄存人{r.depositor}未向保管人声明。",
    en="{r.thing} is money, securities or other valuables, and the depositor {r.depositor} did not declare it to the custodian.",
)

rule(
    "custody.valuables-declaration-unknown",
    cites=["CC-898"],
    doctrine=DOCTRINE,
    when=[fact("l", "custodian-liable"), fact("r", "rel", k=v.l.rel, valuables=True, valuables_declared="unknown")],
    then=lambda l, r: [derived("question", fact=f"relationships.{r.k}.valuables_declared", party=r.custodian, harm=l.harm, about=r.k)],
    zh="{r.thing}是贵重物品，寄存人是否向{r.custodian}声明尚不清楚：未声明的，保管人可以按照一般物品予以赔偿。",
    en="{r.thing} is a valuable: whether it was declared to {r.custodian} is unknown — if not, the custodian may compensate it as ordinary goods.",
)


def _custodian(l, degree=None):
    presumed = l.rebuttal != "none"
    return [finding("liable", l.custodian, l.harm, degree=degree, basis="custodian", presumed=presumed, rebuttal=l.rebuttal if presumed else None)]


rule(
    "custody.custodian-liable",
    cites=["CC-897"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[fact("l", "custodian-liable"), absent("undeclared-valuables", rel=v.l.rel), absent("custody-excused", rel=v.l.rel)],
    then=lambda l: _custodian(l),
    zh="保管人{l.custodian}对{l.harm}承担赔偿责任。",
    en="The custodian {l.custodian} is liable for {l.harm}.",
)


rule(
    "custody.undeclared-valuables-as-ordinary-goods",
    cites=["CC-898"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[fact("l", "custodian-liable"), fact("u", "undeclared-valuables", rel=v.l.rel), absent("custody-excused", rel=v.l.rel)],
    then=lambda l, u: _custodian(l, degree="as-ordinary-goods"),  # CC-898 has no article before 1999: no limit then
    zh="寄存的贵重物品未声明，{l.custodian}可以按照一般物品对{l.harm}予以赔偿。",
    en="The valuables were not declared: {l.custodian} may compensate {l.harm} as ordinary goods.",
)


# --- handed on to a third party (CC art. 894; CL art. 371) ------------------------------------------
# A custodian that hands the thing to a third party to keep, without agreement, answers for the loss
# — however it was kept.
rule(
    "custody.handed-to-third-party",
    cites=["CC-894"],
    doctrine=DOCTRINE,
    when=[
        fact("r", "rel", kind="custody-contract", handed_to_third_party=True),
        fact("h", "harm", thing=v.r.thing, victim=v.r.depositor),
    ],
    then=lambda r, h: [_liable(r, h)],
    zh="{r.custodian}未经约定将{r.thing}转交第三人保管，造成{h.k}，应当承担赔偿责任。",
    en="{r.custodian} handed {r.thing} to a third party to keep without agreement, and {h.k} followed: it is liable.",
)

# --- a defect the depositor did not disclose (CC art. 893; CL art. 370) --------------------------------
# A loss that came from the thing's own defect, or its need of special care, which the depositor did
# not disclose, is not the custodian's.
rule(
    "custody.undisclosed-defect",
    cites=["CC-893"],
    doctrine=DOCTRINE,
    when=[
        fact("r", "rel", kind="custody-contract", undisclosed_defect=True),
        fact("h", "harm", thing=v.r.thing, victim=v.r.depositor),
    ],
    then=lambda r, h: [derived("custody-excused", rel=r.k), finding("not-liable", r.custodian, h.k, basis="undisclosed-defect")],
    zh="{h.k}因{r.thing}的瑕疵或者需要特殊保管的性质所致，寄存人{r.depositor}未告知：保管人{r.custodian}不承担赔偿责任。",
    en="{h.k} came from a defect of {r.thing}, or its need of special care, that the depositor {r.depositor} did not disclose: the custodian {r.custodian} is not liable.",
)

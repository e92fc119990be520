"""Orderer and contractor — 定作人责任.

Civil Code art. 1193 (from 2021-01-01): where a contractor causes harm to a third party in doing
the work, the orderer is not liable in tort; but an orderer at fault in the order, its
instructions or its choice of contractor bears the corresponding liability. No statute said so
before 2021: from 2004-05-01 the Supreme People's Court's 2003 personal-injury interpretation
art. 10 did, for personal injury; otherwise (before it, or harm to property) the orderer answered
only for its own fault under the general rule (GPCL art. 106 para. 2, Tort Liability Law art. 6).
"""

from liability.rulebase import BOOKKEEPING, Not, caused_harm, derived, fact, finding, outside, personal_injury_only, rule, v


def _beyond_2003_interpretation(h, law):
    return personal_injury_only(
        h,
        law,
        "CC-1193",
        "SPCPI2003-10",
        "2003年人身损害赔偿司法解释第十条只及于人身损害；财产损害依定作人自己的过错（见规则contractor.orderer-own-fault）。",
        "The 2003 interpretation art. 10 reaches personal injury only; harm to property goes by the orderer's own fault (rule contractor.orderer-own-fault).",
    )

DOCTRINE = "tort"

# The contractor's work: an act by the contractor itself, or by a worker it answers for.
rule(
    "contractor.work-by-contractor",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("w", "wrongful-act"), fact("r", "rel", kind="renovation-contract", contractor=v.w.actor)],
    then=lambda w, r: [derived("contractor-work", event=w.event, rel=r.k)],
    zh="{w.event}是承揽人{r.contractor}在完成工作中实施的。",
    en="{w.event} was done by the contractor {r.contractor} in doing the work.",
)

rule(
    "contractor.work-by-its-worker",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("x", "employer-answers", settled=True), fact("r", "rel", kind="renovation-contract", contractor=v.x.employer)],
    then=lambda x, r: [derived("contractor-work", event=x.event, rel=r.k)],
    zh="{x.event}是承揽人{r.contractor}的工作人员在完成工作中实施的。",
    en="{x.event} was done by a worker of the contractor {r.contractor} in doing the work.",
)

# A sub-contract: the contractor orders the same work, or part of it, from another. The work done
# under it is still the work the first orderer ordered: its fault in the order, its instructions
# or its choice of contractor reaches harm done in doing it, down the chain (courts hold an owner
# who chose an unqualified contractor liable for a sub-contractor's hand; rule CC-1193 read with
# the 2003 interpretation art. 10).
rule(
    "contractor.sub-contract",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[
        fact("s", "rel", kind="renovation-contract", thing=Not(None)),
        fact("r", "rel", kind="renovation-contract", contractor=v.s.orderer, thing=v.s.thing),
    ],
    then=lambda s, r: [derived("sub-contract", sub=s.k, main=r.k)],
    zh="{s.orderer}把其向{r.orderer}承揽的{s.thing}的工作交给{s.contractor}完成（分包）。",
    en="{s.orderer} passed on to {s.contractor} work on {s.thing} that it had undertaken for {r.orderer} (a sub-contract).",
)

# Down the chain: a sub-contract of a sub-contract is still work the first orderer ordered, however
# many times it was passed on (a contract is never its own sub-contract, even in a circle).
rule(
    "contractor.sub-contract-down-the-chain",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("y", "sub-contract"), fact("z", "sub-contract", sub=v.y.main, main=Not(v.y.sub))],
    then=lambda y, z: [derived("sub-contract", sub=y.sub, main=z.main)],
    zh="{y.sub}分包自{y.main}，{y.main}又分包自{z.main}：{y.sub}的工作也是{z.main}所定作的工作。",
    en="{y.sub} was sub-contracted under {y.main}, itself sub-contracted under {z.main}: the work under {y.sub} is also work ordered under {z.main}.",
)

rule(
    "contractor.work-under-a-sub-contract",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("x", "contractor-work"), fact("y", "sub-contract", sub=v.x.rel)],
    then=lambda x, y: [derived("contractor-work", event=x.event, rel=y.main)],
    zh="{x.event}是在完成分包的工作中实施的，也是完成{y.main}所定作的工作。",
    en="{x.event} was done in the sub-contracted work, which is also the work ordered under {y.main}.",
)

rule(
    "contractor.orderer-without-fault",
    cites=["CC-1193"],
    doctrine=DOCTRINE,
    when=[
        fact("x", "contractor-work"),
        fact("r", "rel", k=v.x.rel, orderer_at_fault=False),
        *caused_harm(by=v.x.event, victim=Not(v.r.orderer)),
    ],
    then=lambda x, r, c, h, law: _beyond_2003_interpretation(h, law) or [finding("not-liable", r.orderer, h.k, basis="orderer-without-fault")],
    zh="{r.contractor}在完成装修工作中造成{h.k}，定作人{r.orderer}对定作、指示、选任没有过错，不承担侵权责任。",
    en="{r.contractor} caused {h.k} in doing the work; the orderer {r.orderer} was not at fault in the order, instructions or choice: not liable.",
)

rule(
    "contractor.orderer-at-fault",
    cites=["CC-1193"],
    doctrine=DOCTRINE,
    when=[
        fact("x", "contractor-work"),
        fact("r", "rel", k=v.x.rel, orderer_at_fault=True),
        *caused_harm(by=v.x.event, victim=Not(v.r.orderer)),
    ],
    then=lambda x, r, c, h, law: _beyond_2003_interpretation(h, law)
    or [finding("liable", r.orderer, h.k, degree="proportionate", basis="orderer-at-fault")],
    zh="定作人{r.orderer}对定作、指示或者选任有过错，对{h.k}承担相应的责任。",
    en="The orderer {r.orderer} was at fault in the order, its instructions or its choice: it bears the corresponding share of {h.k}.",
)

rule(
    "contractor.orderer-fault-unknown",
    cites=["CC-1193"],
    doctrine=DOCTRINE,
    when=[
        fact("x", "contractor-work"),
        fact("r", "rel", k=v.x.rel, orderer_at_fault="unknown"),
        *caused_harm(by=v.x.event, victim=Not(v.r.orderer)),
    ],
    then=lambda x, r, c, h, law: _beyond_2003_interpretation(h, law)
    or [derived("question", fact=f"relationships.{r.k}.orderer_at_fault", party=r.orderer, harm=h.k, about=r.k)],
    zh="定作人{r.orderer}对定作、指示或者选任是否有过错尚不清楚：有过错则承担相应的责任。",
    en="Whether the orderer {r.orderer} was at fault in the order, instructions or choice is unknown: if so, it bears a corresponding share.",
)


def orderer_by_fault(r, h):
    """The orderer answers for its part where it was at fault in the order, instructions or choice."""
    if r.orderer_at_fault is True:
        return [finding("liable", r.orderer, h.k, degree="proportionate", basis="orderer-at-fault")]
    if r.orderer_at_fault is False:
        return [finding("not-liable", r.orderer, h.k, basis="orderer-without-fault")]
    return [derived("question", fact=f"relationships.{r.k}.orderer_at_fault", party=r.orderer, harm=h.k, about=r.k)]


def _own_fault(x, r, c, h, law):
    if law["CC-1193"] != "SPCPI2003-10" or h.kind == "personal":
        return outside(
            "CC-1165",
            "定作人的责任由定作人责任的规定调整（见规则contractor.orderer-at-fault等）。",
            "The orderer's liability follows the rules on orderers (rule contractor.orderer-at-fault and its siblings).",
        )
    return orderer_by_fault(r, h)


rule(
    "contractor.orderer-own-fault",
    cites=["CC-1165"],
    reads=["CC-1193"],
    doctrine=DOCTRINE,
    when=[
        fact("x", "contractor-work"),
        fact("r", "rel", k=v.x.rel),
        *caused_harm(by=v.x.event, victim=Not(v.r.orderer)),
    ],
    then=_own_fault,
    zh="承揽人在完成工作中造成财产损害（2004年至2020年）：定作人只对自己在定作、指示或者选任上的过错承担相应的责任。",
    en="A contractor harmed property in doing the work (2004 to 2020): the orderer answers only for its own fault in the order, instructions or choice.",
)

"""Orderer and contractor — 定作人责任.

Civil Code art. 1193 (from 2021-01-01): where a contractor causes harm to a third party in doing
the work, the orderer is not liable in tort; but an orderer at fault in the order, its
instructions or its choice of contractor bears the corresponding liability. No statute said so
before 2021 (the Supreme People's Court's 2003 personal-injury interpretation art. 10 did, for
personal injury; it is not in the statute library), so the rule concludes only from 2021.
"""

from liability.rulebase import Not, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "tort"

# The contractor's work: an act by the contractor itself, or by a worker it answers for.
rule(
    "contractor.work-by-contractor",
    cites=["CC-1193"],
    doctrine=DOCTRINE,
    when=[fact("w", "wrongful-act"), fact("r", "rel", kind="renovation-contract", contractor=v.w.actor)],
    then=lambda w, r: [derived("contractor-work", event=w.event, rel=r.k)],
    zh="{w.event}是承揽人{r.contractor}在完成工作中实施的。",
    en="{w.event} was done by the contractor {r.contractor} in doing the work.",
)

rule(
    "contractor.work-by-its-worker",
    cites=["CC-1193"],
    doctrine=DOCTRINE,
    when=[fact("x", "employer-answers", settled=True), fact("r", "rel", kind="renovation-contract", contractor=v.x.employer)],
    then=lambda x, r: [derived("contractor-work", event=x.event, rel=r.k)],
    zh="{x.event}是承揽人{r.contractor}的工作人员在完成工作中实施的。",
    en="{x.event} was done by a worker of the contractor {r.contractor} in doing the work.",
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
    then=lambda x, r, c, h: [finding("not-liable", r.orderer, h.k, basis="orderer-without-fault")],
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
    then=lambda x, r, c, h: [finding("liable", r.orderer, h.k, degree="proportionate", basis="orderer-at-fault")],
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
    then=lambda x, r, c, h: [
        derived("question", fact=f"relationships.{r.k}.orderer_at_fault", party=r.orderer, harm=h.k, about=r.k)
    ],
    zh="定作人{r.orderer}对定作、指示或者选任是否有过错尚不清楚：有过错则承担相应的责任。",
    en="Whether the orderer {r.orderer} was at fault in the order, instructions or choice is unknown: if so, it bears a corresponding share.",
)

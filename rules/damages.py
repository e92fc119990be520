"""Limits of contract damages — 违约损害赔偿的限制.

Where a claim rests on the contract (the company's service contract, a custody), the damages are
the contract's, with its limits (rule review 16):
- Civil Code art. 584 (Contract Law art. 113 from 1999-10-01): not more than the party in breach
  foresaw or ought to have foreseen, when the contract was made, as the possible loss from a breach.
  The General Principles knew no such limit (art. 112: damages equal the loss).
- Civil Code art. 591 (Contract Law art. 119; General Principles art. 114 before): the other party
  must take appropriate steps to keep the loss from growing; the growth it failed to prevent cannot
  be claimed.
In tort the victim's own share in the harm or its growth reduces the liability instead (CC 1173,
`harm.victim_at_fault`). A limit applies only where its fact is stated (`harm.foreseeable: false`,
`harm.mitigation_failed: true`): an unknown fact leaves the damages whole, and the what-if leads show
what it would change.
"""

from liability.allocation import CONTRACT_BASES
from liability.rulebase import OneOf, fact, finding, rule, v

# --- a loss not proven ------------------------------------------------------------------------------
# Liability to compensate, in tort or in contract, needs a loss the events caused (CC arts. 1165,
# 577; TLL art. 6; CL art. 107; GPCL arts. 106, 111): where the claimant could not prove the loss or
# that these events caused it (harm.loss_proven: false), the claim for compensation fails against
# everyone claimed — an order to stop or restore needs no money loss and stands.
rule(
    "damages.loss-not-proven",
    cites=["CC-1165"],
    doctrine="tort",
    stratum=9,
    when=[
        fact("h", "harm", loss_proven=False),
        fact("x", "claim", harm=v.h.k),
    ],
    then=lambda h, x: [finding("not-liable", x.against, h.k, basis="not-proven")],
    zh="{h.victim}未能证明{h.k}的损失及其由所列事件造成，举证不能，对{x.against}的赔偿请求不予支持。",
    en="{h.victim} could not prove the loss in {h.k}, or that these events caused it: the claim for compensation against {x.against} fails for want of proof.",
)

DOCTRINE = "contract"
ON_CONTRACT = OneOf(*sorted(CONTRACT_BASES - {"not-mitigated"}))

rule(
    "damages.unforeseeable-loss",
    cites=["CC-584"],
    doctrine=DOCTRINE,
    stratum=9,  # after every rule that finds a liability in contract
    when=[
        fact("f", "finding", kind="liable", basis=ON_CONTRACT),
        fact("h", "harm", k=v.f.harm, foreseeable=False),
    ],
    then=lambda f, h: [finding("not-liable", f.party, h.k, basis="unforeseeable")],
    zh="{h.k}超出了{f.party}订立合同时预见到或者应当预见到的因违约可能造成的损失，不在违约损害赔偿之内。",
    en="{h.k} lies beyond what {f.party} foresaw or ought to have foreseen, when the contract was made, as the possible loss from a breach: contract damages do not reach it.",
)

rule(
    "damages.loss-not-mitigated",
    cites=["CC-591"],
    doctrine=DOCTRINE,
    stratum=9,
    when=[
        fact("f", "finding", kind="liable", basis=ON_CONTRACT),
        fact("h", "harm", k=v.f.harm, mitigation_failed=True),
    ],
    then=lambda f, h: [finding("liable", f.party, h.k, degree="less-growth", basis="not-mitigated")],
    zh="违约后{h.victim}没有采取适当措施防止损失扩大：{f.party}赔偿{h.k}，但扩大的部分不得请求赔偿。",
    en="After the breach {h.victim} did not take appropriate steps to keep the loss from growing: {f.party} compensates {h.k}, less the part that grew.",
)

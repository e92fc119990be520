"""The owners' common repairs — 共有部分的维修费用与维修资金.

A building's common parts — its roof, outer walls, common pipes — belong to all its owners together
(CC arts. 271, 273; PL arts. 70, 72). When one of them still lets water through and neither the
seller answers for it (its warranty has run out, or it delivered no defect) nor anyone's act caused
it, its repair is the owners' common cost: the special maintenance fund belongs to them and serves
for the repair of common parts after the warranty (PMR art. 54 of the 2003 and 2007 texts, art. 53
of the 2016 and 2018 texts); it is used by their joint decision, and in an emergency the owners'
assembly or committee may apply to use it (CC art. 281, PL art. 79); absent an agreement the owners
share the cost by the area of their exclusive parts (CC art. 283, PL art. 80). Before the
Regulations took effect (2003-09-01) the library has no rule on it: the claim is outside the rule
book, never "not liable". What the repair is not: the loss the water already did — whether anyone
answers for that is decided by the rules on fault and on the seller's warranty.
"""

from liability.rulebase import fact, finding, rule, v

DOCTRINE = "property"

COMMON_COST = "repair-at-common-cost"


def _common_cost(o, h):
    return [finding("obligation", o.k, h.k, degree=COMMON_COST, basis="common-part")]


rule(
    "common-parts.repair-after-warranty",
    cites=["PMR-53", "CC-281", "CC-283"],
    doctrine=DOCTRINE,
    stratum=2,  # after the seller's warranty is decided
    when=[
        fact("f", "finding", kind="not-liable", basis="warranty-expired"),
        fact("h", "harm", k=v.f.harm),
        fact("c", "cause", harm=v.h.k),
        fact("e", "event", k=v.c.event, kind="leak", continuing=True, actor=None),
        fact("x", "thing", k=v.e.source),
        fact("o", "party", k=v.x.owner, kind="owners"),
    ],
    then=lambda f, h, c, e, x, o: _common_cost(o, h),
    zh="{e.source}是全体业主{o.k}的共有部分，仍在渗漏；出卖人的保修期已过：其维修、更新由业主共同负担，经业主共同决定使用专项维修资金（紧急情况下业主大会或者业主委员会可以申请使用），没有约定的按专有部分面积比例分摊。",
    en="{e.source} is a common part of the owners {o.k} and still lets water through; the seller's warranty has run out: its repair is the owners' common cost, from the special maintenance fund by their joint decision (in an emergency on the assembly's or committee's application), shared by the area of each exclusive part unless agreed.",
)

rule(
    "common-parts.repair-without-defect",
    cites=["PMR-53", "CC-281", "CC-283"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="leak", continuing=True, actor=None, design_defect=False),
        fact("x", "thing", k=v.e.source),
        fact("o", "party", k=v.x.owner, kind="owners"),
        fact("c", "cause", event=v.e.k),
        fact("h", "harm", k=v.c.harm),
    ],
    then=lambda e, x, o, c, h: _common_cost(o, h),
    zh="{e.source}是全体业主{o.k}的共有部分，仍在渗漏，并非出卖人交付的缺陷所致，也不是他人行为造成：其维修、更新由业主共同负担，经业主共同决定使用专项维修资金（紧急情况下业主大会或者业主委员会可以申请使用），没有约定的按专有部分面积比例分摊。",
    en="{e.source} is a common part of the owners {o.k} and still lets water through, not from a defect the seller delivered nor from anyone's act: its repair is the owners' common cost, from the special maintenance fund by their joint decision (in an emergency on the assembly's or committee's application), shared by the area of each exclusive part unless agreed.",
)

"""Collapse of a building, structure or other facility — 建筑物、构筑物或者其他设施倒塌、塌陷.

A collapse is not a falling part. Civil Code art. 1252 (from 2021-01-01): the developer (建设单位)
and the builder (施工单位) are jointly liable, unless they prove there was no quality defect; having
paid, they recover from another responsible. Where the owner, manager, user or a third party caused
the collapse (a load-bearing wall knocked out), that party is liable. Tort Liability Law art. 86
(2010-07-01 to 2020-12-31) said the same without the developer's and builder's defence. Before
2010-07-01 General Principles art. 126 put a collapse with falling parts: the owner or manager is
liable unless it proves it was not at fault.
"""

from liability.facts import NONE
from liability.rulebase import Not, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "tort"


def _builders(e, c, h, law):
    """Developer and builder, jointly (CC 1252 para. 1; TLL 86 para. 1); not before 2010."""
    if law["CC-1252"] == "GPCL-126":
        return []  # the owner or manager answers then (see collapse.owner-or-manager-before-2010)
    parties = [p for p in (e.developer, e.builder) if p != NONE]
    another = e.responsible != NONE
    if another and law["CC-1252"] == "TLL-86":
        return [finding("not-liable", p, h.k, basis="another-caused-collapse") for p in parties]
    if e.quality_defect is False and law["CC-1252"] == "CC-1252":
        return [finding("not-liable", p, h.k, basis="no-quality-defect") for p in parties]
    if e.quality_defect == "unknown" and another:
        return [derived("question", fact=f"events.{e.k}.quality_defect", party=p, harm=h.k, about=e.k) for p in parties]
    presumed = e.quality_defect == "unknown" and law["CC-1252"] == "CC-1252"
    degree = "joint" if len(parties) > 1 else None
    return [
        finding(
            "liable", p, h.k, degree=degree, basis="developer-builder",
            presumed=presumed, rebuttal=f"events.{e.k}.quality_defect=false" if presumed else None,
        )
        for p in parties
    ]


rule(
    "collapse.developer-and-builder",
    cites=["CC-1252"],
    doctrine=DOCTRINE,
    when=[fact("e", "event", kind="collapse"), *caused_harm(by=v.e.k)],
    then=_builders,
    zh="{e.thing}倒塌、塌陷造成{h.k}：由建设单位与施工单位承担连带责任（民法典：能够证明不存在质量缺陷的除外）；赔偿后，有其他责任人的，有权向其追偿。",
    en="{e.thing} collapsed and caused {h.k}: the developer and the builder are jointly liable (under the Civil Code, unless they prove there was no quality defect), with recourse against another responsible.",
)

rule(
    "collapse.another-caused-it",
    cites=["CC-1252.2"],
    reads=["CC-1252"],
    doctrine=DOCTRINE,
    when=[fact("e", "event", kind="collapse", responsible=Not(None)), *caused_harm(by=v.e.k, victim=Not(v.e.responsible))],
    then=lambda e, c, h, law: [] if law["CC-1252"] == "GPCL-126" else [finding("liable", e.responsible, h.k, basis="caused-collapse")],
    zh="因{e.responsible}的原因，{e.thing}倒塌、塌陷造成{h.k}：由{e.responsible}承担侵权责任。",
    en="{e.thing} collapsed because of {e.responsible} and caused {h.k}: {e.responsible} is liable.",
)


def _owner_before_2010(e, x, c, h, law):
    if law["CC-1252"] != "GPCL-126":
        return []
    keeper = x.manager if x.manager != NONE else x.owner
    if keeper == NONE:
        return []
    if e.proved_no_fault is True:
        return [finding("not-liable", keeper, h.k, basis="no-fault-proved")]
    return [finding("liable", keeper, h.k, basis="collapse-keeper", presumed=True, rebuttal=f"events.{e.k}.proved_no_fault=true")]


rule(
    "collapse.owner-or-manager-before-2010",
    cites=["CC-1252"],
    doctrine=DOCTRINE,
    when=[fact("e", "event", kind="collapse"), fact("x", "thing", k=v.e.thing), *caused_harm(by=v.e.k)],
    then=_owner_before_2010,
    zh="（2010年7月1日前）建筑物或者其他设施倒塌造成{h.k}：它的所有人或者管理人应当承担民事责任，但能够证明自己没有过错的除外。",
    en="(Before 2010-07-01) a building or other facility collapsed and caused {h.k}: its owner or manager is liable unless it proves it was not at fault.",
)

"""Neighbouring relations — 相邻关系.

Civil Code arts. 288 (neighbours deal with each other to help production, ease life, in unity,
mutual help, fairness), 292 (one who must use a neighbour's building to repair its own, or to lay
water or heating pipes, shall be given the necessary convenience), 294 (no emission of noise and
other nuisances against state rules), and 1167 (the victim may demand that an infringement stop).
Before 2021: Property Law arts. 84, 88, 90 (from 2007-10-01); before that General Principles of
Civil Law art. 83. From 2021 an owner's duty to keep to the community's rules is Civil Code art. 286.
"""

from liability.rulebase import Not, OneOf, by_fault, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "property"
# noise, and fumes, smells, smoke, light let into a neighbour's home (CC art. 294; PL art. 90)
NUISANCE = OneOf("noise", "emission")

rule(
    "neighbours.nuisance-beyond-tolerance",
    cites=["CC-294", "CC-288", "CC-1167"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act=NUISANCE, beyond_tolerance=True, until=None),  # (one that has ended needs no order to stop)
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
    ],
    then=lambda a, c, h: [finding("obligation", a.actor, h.k, degree="stop", basis="nuisance")],
    zh="{a.actor}的{a.k}超出相邻关系应当容忍的限度，妨害他人安宁，应当停止。",
    en="{a.actor}'s {a.k} goes beyond what neighbours must tolerate: it must stop.",
)

# Damages as well as a stop, where the nuisance cost the neighbour money or health (GPCL art. 83:
# 停止侵害，排除妨碍，赔偿损失): a loss in money needs the maker's fault, asked when unknown.
rule(
    "neighbours.nuisance-damages",
    cites=["CC-1165", "CC-294"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act=NUISANCE, beyond_tolerance=True),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor), amount=Not(None)),
    ],
    then=lambda a, c, h: by_fault(a, h, "nuisance-damages"),
    zh="{a.actor}的{a.k}超出应当容忍的限度，给{h.k}造成了损失：除停止侵害外，有过错的应当赔偿损失。",
    en="{a.actor}'s {a.k} goes beyond what neighbours must tolerate and cost {h.k}: besides stopping, it compensates the loss if at fault.",
)

rule(
    "neighbours.nuisance-breaks-community-rules",
    cites=["CC-286"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act=NUISANCE, beyond_tolerance=True, forbidden_by_rules=True, until=None),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
    ],
    then=lambda a, c, h: [finding("obligation", a.actor, h.k, degree="stop", basis="nuisance")],
    zh="{a.k}同时违反管理规约，业主应当遵守；业主大会、业主委员会有权请求其停止（物业服务人应当制止并报告）。",
    en="{a.k} also breaks the community's rules, which owners must keep; the owners' assembly or committee may demand that it stop (the property-service provider must stop it and report it).",
)

rule(
    "neighbours.nuisance-within-tolerance",
    cites=["CC-288"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act=NUISANCE, beyond_tolerance=False),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
    ],
    then=lambda a, c, h: [finding("not-liable", a.actor, h.k, basis="within-tolerance")],
    zh="{a.actor}的{a.k}在相邻关系应当容忍的限度之内，不构成侵害。",
    en="{a.actor}'s {a.k} is within what neighbours must tolerate: no infringement.",
)

rule(
    "neighbours.nuisance-tolerance-unknown",
    cites=["CC-294"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act=NUISANCE, beyond_tolerance="unknown"),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
    ],
    then=lambda a, c, h: [derived("question", fact=f"events.{a.k}.beyond_tolerance", party=a.actor, harm=h.k, about=a.k)],
    zh="{a.k}是否超出应当容忍的限度尚不清楚（时间、强度、持续时间）。",
    en="Whether {a.k} goes beyond what neighbours must tolerate (time, intensity, duration) is unknown.",
)

rule(
    "neighbours.must-permit-repairs",
    cites=["CC-292", "CC-288"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act="refusing-access", regarding=Not(None)),
        fact("r", "event", k=v.a.regarding),
        *caused_harm(by=v.a.regarding, victim=Not(v.a.actor)),
    ],
    # (a leak that has stopped needs no access: the order is for a repair still to be done)
    then=lambda a, r, c, h: [] if r.get("continuing") is False else [finding("obligation", a.actor, h.k, degree="permit-access", basis="neighbour-repairs")],
    zh="修缮、排除{a.regarding}必须利用{a.actor}的房屋，{a.actor}应当提供必要的便利。",
    en="Repairing {a.regarding} requires using {a.actor}'s flat: {a.actor} must give the necessary convenience.",
)

# Damages for the growth need the refusal to have been at fault (a refusal at 1 a.m. with an offer
# for the morning, or where the repair can be done from a common shaft, may be none): asked when
# unknown (rule review 7).
rule(
    "neighbours.refusal-lets-harm-grow",
    cites=["CC-1165", "CC-292"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act="refusing-access", regarding=Not(None)),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
    ],
    # the refusal answers for the part that grew while it lasted, not the whole (rule review 7)
    then=lambda a, c, h: [dict(f, degree="aggravation") if f.get("kind") == "liable" else f for f in by_fault(a, h, "refused-access")],
    zh="{a.actor}拒绝提供维修便利，致{h.k}在拒绝期间扩大，应当承担该部分损失。",
    en="{a.actor} refused access for repairs and {h.k} grew meanwhile: it bears that loss.",
)


# Water that still comes through from a neighbour's thing is a continuing infringement: whoever keeps
# the source must repair it until it stops (排除妨碍、消除危险: CC art. 1167; TLL art. 21; GPCL art.
# 134) — an order, needing no fault and no money loss (as the Guangzhou Yuexiu court ordered the flat
# above to repair its bathrooms "until they no longer leak"). Sought where the leak is said to go on.
rule(
    "neighbours.repair-the-source",
    cites=["CC-1167", "CC-288"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="leak", continuing=True),
        fact("k", "keeper", basis=Not("management"), event=v.e.k),  # a neighbour's thing, not a common part's manager
        *caused_harm(by=v.e.k, victim=Not(v.k.party)),
    ],
    then=lambda e, k, c, h: [finding("obligation", k.party, h.k, degree="repair-source", basis="continuing-leak")],
    zh="{e.k}仍在持续，妨碍{h.victim}：{e.source}由{k.party}负责，应当修复漏水源至不再渗漏（排除妨碍、消除危险），不问过错。",
    en="{e.k} goes on, interfering with {h.victim}: {k.party}, who keeps {e.source}, must repair it until no more water comes through (remove the interference), fault or no fault.",
)

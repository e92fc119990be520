"""Failing a duty to repair, inspect or report — 未履行维修、检查、报告义务.

A party that had to repair or inspect a thing (common equipment a property company manages — a
fire hydrant, a railing, a lift — or equipment a maintenance firm undertook), or to report a danger
it knew of, and did not, answers for the harm its failure caused or let grow — fault liability
(Civil Code art. 1165 and its predecessors). For the property-service company the duty rests on its
service obligations: Property Management Regulations art. 35 (art. 36 before 2016), from 2021 Civil
Code art. 942 (keep the common parts in repair); the duty to stop and report breaches, art. 45
(art. 46 before 2016). Where the failure only let a fire spread, its share is the part that grew.

Knowing of the defect matters for repairing and reporting, not for inspecting (failing to inspect
is the breach); and whether the party could have acted is asked, never assumed.
"""

from liability.rulebase import Not, OneOf, absent, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "tort"
SERVICE = ["CC-1165", "PMR-35", "CC-942"]


def _failed(o, c, h, r):
    if r.kind == "fire":
        degree = "aggravation"  # the equipment let the fire spread
    elif o.duty == "report":
        degree = "secondary"  # not stopping and reporting another's wrong is the lesser part
    else:
        degree = None  # the thing left unrepaired or uninspected is itself the cause
    return [finding("liable", o.actor, h.k, degree=degree, basis=f"{o.duty}-duty")]


ZH = {"repair": "维修", "inspection": "检查", "report": "报告"}
# To repair or report a party must know of the defect — or ought to have known of it (rule review 9):
# a company that patrols and must keep common parts in repair cannot rely on not having been told
# of a defect visible for months. To inspect is to find out: no knowledge is asked.
rule(
    "duties.knew",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[fact("o", "event", kind="failure-to-act", duty=OneOf("repair", "report", "emergency-measures"), knew=True)],
    then=lambda o: [derived("aware", event=o.k)],
    zh="{o.actor}知道或者被告知了{o.regarding}。",
    en="{o.actor} knew or was told of {o.regarding}.",
)

rule(
    "duties.ought-to-have-known",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    # (whether it was told does not matter then: either way it is at fault)
    when=[fact("o", "event", kind="failure-to-act", duty=OneOf("repair", "report", "emergency-measures"), knew=OneOf(False, "unknown"), ought_to_have_known=True)],
    then=lambda o: [derived("aware", event=o.k)],
    zh="无论{o.actor}是否被告知，{o.regarding}明显、持续已久或其巡查本应发现，它应当知道，未处理即有过错。",
    en="Told or not, {o.actor} ought to have known of {o.regarding} (visible, long-standing, or its patrols should have found it): fault.",
)

KNOWING = {"repair": True, "report": True, "inspection": False}

for _duty, _provider_cites in (("repair", SERVICE), ("inspection", SERVICE), ("report", ["CC-1165", "PMR-45", "CC-942"])):  # CC 942 para. 2 from 2021: 制止、报告、协助处理 (rule review 14)
    _when = [
        fact("o", "event", kind="failure-to-act", duty=_duty, able_to_act=True),
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
        fact("r", "event", k=v.o.regarding),
        *([fact("w", "aware", event=v.o.k)] if KNOWING[_duty] else []),
    ]
    rule(
        f"duties.provider-failed-{_duty}",
        cites=_provider_cites,
        doctrine=DOCTRINE,
        when=[*_when, fact("s", "serves", provider=v.o.actor)],
        then=lambda o, c, h, r, s, w=None: _failed(o, c, h, r),
        zh=f"物业服务人{{o.actor}}未履行{ZH[_duty]}义务（{{o.regarding}}），造成或者扩大了{{h.k}}，有过错，应当承担相应的责任。",
        en=f"{{o.actor}}, the property-service provider, failed its duty to {_duty} ({{o.regarding}}), which caused or let grow {{h.k}}: fault, it bears the corresponding liability.",
    )
    if _duty == "report":
        continue  # stopping and reporting breaches of the rules is the property company's duty
    rule(
        f"duties.other-failed-{_duty}",
        cites=["CC-1165"],
        doctrine=DOCTRINE,
        stratum=2,
        when=[*_when, absent("client", provider=v.o.actor)],
        then=lambda o, c, h, r, w=None: _failed(o, c, h, r),
        zh=f"{{o.actor}}未履行{ZH[_duty]}义务（{{o.regarding}}），造成或者扩大了{{h.k}}，有过错，应当承担相应的责任。",
        en=f"{{o.actor}} failed its duty to {_duty} ({{o.regarding}}), which caused or let grow {{h.k}}: fault, it bears the corresponding liability.",
    )

# (Whether it knew is not asked where it ought to have known anyway.)
for _field, _duties, _unless in (
    ("knew", OneOf("repair", "report"), {"ought_to_have_known": OneOf(False, "unknown")}),
    ("able_to_act", OneOf("repair", "inspection", "report"), {}),
):
    rule(
        f"duties.{_field.replace('_', '-')}-unknown",
        cites=["CC-1165"],
        doctrine=DOCTRINE,
        when=[
            fact("o", "event", kind="failure-to-act", duty=_duties, **{_field: "unknown"}, **_unless),
            *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
        ],
        then=lambda o, c, h, _f=_field: [derived("question", fact=f"events.{o.k}.{_f}", party=o.actor, harm=h.k, about=o.k)],
        zh=f"{{o.actor}}的事实“{_field}”尚不清楚：它决定其未履行义务是否有过错、是否对{{h.k}}负责。",
        en=f"Fact '{_field}' of {{o.actor}}'s failure is unknown: it decides whether the failure was fault that answers for {{h.k}}.",
    )

rule(
    "duties.ought-to-have-known-unknown",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("o", "event", kind="failure-to-act", duty=OneOf("repair", "report", "emergency-measures"), knew=False, ought_to_have_known="unknown"),
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
    ],
    then=lambda o, c, h: [derived("question", fact=f"events.{o.k}.ought_to_have_known", party=o.actor, harm=h.k, about=o.k)],
    zh="{o.actor}未被告知{o.regarding}；它是否应当知道（缺陷是否明显、持续多久、巡查能否发现）尚不清楚。",
    en="{o.actor} was not told of {o.regarding}; whether it ought to have known (how visible, how long, whether its patrols would have found it) is unknown.",
)

rule(
    "duties.did-not-know",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("o", "event", kind="failure-to-act", duty=OneOf("repair", "report"), knew=False, ought_to_have_known=False),
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
    ],
    then=lambda o, c, h: [finding("not-liable", o.actor, h.k, basis="did-not-know")],
    zh="{o.actor}不知道也不应当知道{o.regarding}，未维修、未报告没有过错，对{h.k}不承担责任。",
    en="{o.actor} neither knew nor had to know of {o.regarding}: not repairing or reporting it was no fault; not liable for {h.k}.",
)

rule(
    "duties.could-not-act",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("o", "event", kind="failure-to-act", duty=OneOf("repair", "inspection", "report"), able_to_act=False),
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
    ],
    then=lambda o, c, h: [finding("not-liable", o.actor, h.k, basis="unable-to-act")],
    zh="{o.actor}当时无法履行该义务，没有过错，对{h.k}不承担责任。",
    en="{o.actor} could not have done its duty then: no fault, not liable for {h.k}.",
)


# What the client can have, beside damages, where the provider leaves a thing it must keep in repair
# unrepaired: performance — the provider must repair it (CC art. 577, 942 para. 1; CL art. 107, 109;
# PMR art. 35, art. 36 before 2016) — an order where what the client suffers is the want of the thing
# itself (cold radiators, a dark stairwell: a harm of kind "nuisance"), not a loss it caused.
rule(
    "duties.provider-must-repair",
    cites=["CC-577", "PMR-35", "CC-942"],
    doctrine="contract",
    when=[
        fact("o", "event", kind="failure-to-act", duty="repair", able_to_act=True),
        fact("w", "aware", event=v.o.k),
        fact("c", "cause", event=v.o.k),
        fact("s", "serves", provider=v.o.actor),
        fact("h", "harm", kind="nuisance", k=v.c.harm, victim=v.s.client),  # the want of the thing itself, not a loss it caused
    ],
    then=lambda o, w, c, s, h: [finding("obligation", o.actor, h.k, degree="repair", basis="repair-duty")],
    zh="{o.actor}知道{o.regarding}而未维修：作为物业服务人，应当按照约定维修、养护，向其业主{h.victim}履行——予以维修。",
    en="{o.actor} knew of {o.regarding} and did not repair it: as the provider it must keep the thing in repair as agreed, and so must repair it for its client {h.victim}.",
)

"""Property-service duties — 物业服务人的义务.

Property Management Regulations art. 46 (2018 text; art. 47 in the 2003 and 2007 texts): the
property-service company shall help keep the estate safe, and when a safety accident happens it
shall take emergency measures and report it at once. Art. 35 (36 before 2016): failing the contract
so that owners' person or property is harmed, it bears the corresponding liability. From
2021-01-01 Civil Code art. 942: it shall take reasonable measures to protect owners' safety.
"""

from liability.rulebase import Not, OneOf, derived, fact, finding, rule, v

DOCTRINE = "property-service"

rule(
    "property-service.failed-emergency-measures",
    cites=["PMR-46", "PMR-35", "CC-942", "CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("o", "event", kind="failure-to-act", duty="emergency-measures", knew=True, able_to_act=OneOf(True, "unknown")),
        fact("c", "cause", event=v.o.k),
        fact("h", "harm", k=v.c.harm, victim=Not(v.o.actor)),
        fact("s", "serves", provider=v.o.actor, client=v.h.victim),
    ],
    then=lambda o, c, h, s: [
        derived("duty-breach", party=o.actor, event=o.k, duty="emergency-measures"),
        finding(
            "liable",
            o.actor,
            h.k,
            degree="aggravation",
            basis="property-service-duty",
            # the company answers unless it shows it could not have acted (a ground of exemption)
            presumed=o.able_to_act == "unknown",
            rebuttal=f"events.{o.k}.able_to_act=false" if o.able_to_act == "unknown" else None,
        ),
    ],
    zh="{o.actor}作为物业服务人，知道{o.regarding}后未及时采取应急措施，致{h.k}扩大，应承担相应责任。",
    en="{o.actor}, the property-service provider, knew of {o.regarding} and did not take emergency measures in time, letting {h.k} grow: it bears the corresponding liability.",
)

rule(
    "property-service.emergency-knowledge-unknown",
    cites=["PMR-46"],
    doctrine=DOCTRINE,
    when=[
        fact("o", "event", kind="failure-to-act", duty="emergency-measures", knew="unknown"),
        fact("c", "cause", event=v.o.k),
        fact("h", "harm", k=v.c.harm, victim=Not(v.o.actor)),
    ],
    then=lambda o, c, h: [derived("question", fact=f"events.{o.k}.knew", party=o.actor, harm=h.k, about=o.k)],
    zh="{o.actor}是否知道{o.regarding}尚不清楚：知道而不采取应急措施的，对{h.k}的扩大部分承担责任。",
    en="Whether {o.actor} knew of {o.regarding} is unknown: if it knew and did not act, it is liable for the part of {h.k} that grew.",
)

rule(
    "property-service.could-not-act",
    cites=["PMR-46"],
    doctrine=DOCTRINE,
    when=[
        fact("o", "event", kind="failure-to-act", duty="emergency-measures", able_to_act=False),
        fact("c", "cause", event=v.o.k),
        fact("h", "harm", k=v.c.harm, victim=Not(v.o.actor)),
    ],
    then=lambda o, c, h: [finding("not-liable", o.actor, h.k, basis="unable-to-act")],
    zh="{o.actor}当时无法采取应急措施，对{h.k}不承担责任。",
    en="{o.actor} could not have taken emergency measures: not liable for {h.k}.",
)

rule(
    "property-service.did-not-know",
    cites=["PMR-46"],
    doctrine=DOCTRINE,
    when=[
        fact("o", "event", kind="failure-to-act", duty="emergency-measures", knew=False),
        fact("c", "cause", event=v.o.k),
        fact("h", "harm", k=v.c.harm, victim=Not(v.o.actor)),
    ],
    then=lambda o, c, h: [finding("not-liable", o.actor, h.k, basis="did-not-know")],
    zh="{o.actor}不知道也未被告知{o.regarding}，对{h.k}不承担责任。",
    en="{o.actor} neither knew nor was told of {o.regarding}: not liable for {h.k}.",
)

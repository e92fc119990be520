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


# --- utilities may not be cut off to press for property fees (from 2021) -------------------------
rule(
    "property-service.no-cut-off-for-fees",
    cites=["CC-944"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act="cut-off-utilities", presses_property_fees=True),
        fact("s", "serves", provider=v.a.actor),
    ],
    then=lambda a, s: [derived("wrongful-act", event=a.k, actor=a.actor, basis="forbidden")],
    zh="物业服务人{a.actor}不得采取停止供水、供电等方式催交物业费，{a.k}违反法律规定。",
    en="A property-service provider may not press for property fees by cutting water or power: {a.k} breaks the law.",
)

# --- a concealed act the company performed its duties against -----------------------------------
rule(
    "property-service.maintenance-performed",
    cites=["PMR-35", "CC-942", "CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("m", "event", kind="maintenance", performed=True, could_detect=False),
        fact("c", "cause", event=Not(v.m.k)),
        fact("h", "harm", k=v.c.harm, victim=Not(v.m.actor)),
        fact("x", "claim", harm=v.h.k, against=v.m.actor),
    ],
    then=lambda m, c, h, x: [finding("not-liable", m.actor, h.k, basis="duty-performed")],
    zh="{m.actor}已按计划履行对{m.thing}的维护义务，且无法发现造成{h.k}的隐蔽行为，没有过错，不承担责任。",
    en="{m.actor} maintained {m.thing} as scheduled and could not have detected what caused {h.k}: no fault, not liable.",
)

rule(
    "property-service.maintenance-skipped",
    cites=["PMR-35", "CC-942", "CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("m", "event", kind="maintenance", performed=False),
        fact("c", "cause", event=v.m.k),
        fact("h", "harm", k=v.c.harm, victim=Not(v.m.actor)),
    ],
    then=lambda m, c, h: [finding("liable", m.actor, h.k, degree="aggravation", basis="maintenance-skipped")],
    zh="{m.actor}未按计划、按约定维护{m.thing}，对{h.k}有过错，应承担相应责任。",
    en="{m.actor} did not maintain {m.thing} as scheduled or agreed and shares the fault for {h.k}: corresponding liability.",
)

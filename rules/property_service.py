"""Property-service duties — 物业服务人的义务.

Property Management Regulations art. 46 (2018 text; art. 47 in the 2003 and 2007 texts): the
property-service company shall help keep the estate safe, and when a safety accident happens it
shall take emergency measures and report it at once. Art. 35 (36 before 2016): failing the contract
so that owners' person or property is harmed, it bears the corresponding liability. From
2021-01-01 Civil Code art. 942: it shall take reasonable measures to protect owners' safety.
"""

from liability.facts import NONE
from liability.rulebase import BOOKKEEPING, NoneOf, Not, OneOf, absent, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "property-service"

rule(
    "property-service.failed-emergency-measures",
    cites=["PMR-46", "PMR-35", "CC-942", "CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("o", "event", kind="failure-to-act", duty="emergency-measures", able_to_act=OneOf(True, "unknown")),
        fact("w", "aware", event=v.o.k),  # knew, or ought to have known (rules/duties.py)
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
        fact("s", "serves", provider=v.o.actor, client=v.h.victim),
    ],
    then=lambda o, w, c, h, s: [
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
    zh="{o.actor}作为物业服务人，知道或者应当知道{o.regarding}而未及时采取应急措施，致{h.k}扩大，应承担相应责任。",
    en="{o.actor}, the property-service provider, knew or ought to have known of {o.regarding} and did not take emergency measures in time, letting {h.k} grow: it bears the corresponding liability.",
)

# Toward a tenant or other occupant — no client of the company — failing to act on an emergency it
# knew of is fault in tort all the same (CC art. 1165; TLL art. 6; GPCL art. 106 para. 2; rule
# review 5): the victim shows the company could have acted, asked when unknown.
def _emergency_to_others(o, c, h):
    if o.able_to_act is True:
        return [finding("liable", o.actor, h.k, degree="aggravation", basis="fault")]
    return [derived("question", fact=f"events.{o.k}.able_to_act", party=o.actor, harm=h.k, about=o.k)]


rule(
    "property-service.failed-emergency-measures-to-others",
    cites=["CC-1165", "PMR-46"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("o", "event", kind="failure-to-act", duty="emergency-measures", able_to_act=OneOf(True, "unknown")),
        fact("w", "aware", event=v.o.k),
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
        absent("client", provider=v.o.actor, client=v.h.victim),
    ],
    then=lambda o, w, c, h: _emergency_to_others(o, c, h),
    zh="{o.actor}知道或者应当知道{o.regarding}却未及时采取应急措施，致{h.k}扩大；对并非其业主的受害人，这是侵权法上的过错，承担扩大部分的责任。",
    en="{o.actor} knew or ought to have known of {o.regarding} and did not act in time, letting {h.k} grow; toward a victim who is not its client that is fault in tort: liable for the part that grew.",
)

rule(
    "property-service.emergency-knowledge-unknown",
    cites=["PMR-46"],
    doctrine=DOCTRINE,
    when=[
        fact("o", "event", kind="failure-to-act", duty="emergency-measures", knew="unknown"),
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
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
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
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
        fact("o", "event", kind="failure-to-act", duty="emergency-measures", knew=False, ought_to_have_known=False),
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
    ],
    then=lambda o, c, h: [finding("not-liable", o.actor, h.k, basis="did-not-know")],
    zh="{o.actor}不知道、未被告知，也不应当知道{o.regarding}，对{h.k}不承担责任。",
    en="{o.actor} neither knew, nor was told, nor ought to have known of {o.regarding}: not liable for {h.k}.",
)


# --- utilities may not be cut off to press for property fees (from 2021) -------------------------
rule(
    "property-service.no-cut-off-for-fees",
    cites=["CC-944.3"],
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
# Due care as to one thing says nothing about another: the maintained thing must be the one the harm
# came through — what the causing act was done to, or what the water escaped from (rule review 8).
for _suffix, _through in (("", "thing"), ("-source", "source")):
    rule(
        f"property-service.maintenance-performed{_suffix}",
        cites=["PMR-35", "CC-942", "CC-1165"],
        doctrine=DOCTRINE,
        when=[
            fact("m", "event", kind="maintenance", performed=True, could_detect=False),
            *caused_harm(by=Not(v.m.k), victim=Not(v.m.actor)),
            fact("e", "event", k=v.c.event, **{_through: v.m.thing}),
            fact("x", "claim", harm=v.h.k, against=v.m.actor),
        ],
        then=lambda m, c, h, e, x: [finding("not-liable", m.actor, h.k, basis="duty-performed")],
        zh="{m.actor}已按计划履行对{m.thing}的维护义务，且无法发现造成{h.k}的隐蔽行为，没有过错，不承担责任。",
        en="{m.actor} maintained {m.thing} as scheduled and could not have detected what caused {h.k}: no fault, not liable.",
    )

rule(
    "property-service.maintenance-unknown",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("m", "event", kind="maintenance", performed="unknown"),
        *caused_harm(by=v.m.k, victim=Not(v.m.actor)),
    ],
    then=lambda m, c, h: [derived("question", fact=f"events.{m.k}.performed", party=m.actor, harm=h.k, about=m.k)],
    zh="{m.actor}是否已按计划、按约定维护{m.thing}尚不清楚：未维护的，对{h.k}承担相应的责任。",
    en="Whether {m.actor} maintained {m.thing} as scheduled or agreed is unknown: if it did not, it answers for {h.k}.",
)

# A maintenance skipped, and the harm it caused (the four rules below).
MAINTENANCE_SKIPPED = (
    fact("m", "event", kind="maintenance", performed=False),
    *caused_harm(by=v.m.k, victim=Not(v.m.actor)),
)

# A maintenance firm that is not the estate's property company (a lift contractor) answers in fault
# for what its skipped maintenance caused — the whole of it, not only a part that grew.
rule(
    "property-service.maintenance-skipped-by-contractor",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        *MAINTENANCE_SKIPPED,
        absent("client", provider=v.m.actor),
    ],
    then=lambda m, c, h: [finding("liable", m.actor, h.k, basis="maintenance-skipped")],
    zh="{m.actor}未按约定维护{m.thing}，造成{h.k}，有过错，应当承担侵权责任。",
    en="{m.actor} did not maintain {m.thing} as agreed and so caused {h.k}: fault, liable in tort.",
)

# The property company that itself skipped the maintenance answers for the loss it caused: the
# whole of it where nothing else caused it (rule review 1 — the party owing the contract cannot get
# less than a stranger lift firm), a secondary share beside another's wrong that caused the harm.
rule(
    "property-service.harm-wronged",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[
        # only where a rule asks (a skipped maintenance, an animal provoked by another, a fall another caused)
        fact("g", "event", kind=OneOf("maintenance", "animal-harm", "falling-object")),
        fact("w", "wrongful-act"),
        fact("c", "cause", event=v.w.event),
    ],
    then=lambda g, w, c: [derived("wronged", harm=c.harm, actor=w.actor)],
    zh="{c.harm}由{w.actor}的不法行为造成。",
    en="{c.harm} was caused by {w.actor}'s wrongful act.",
)

rule(
    "property-service.maintenance-skipped",
    cites=["CC-577", "PMR-35", "CC-942"],  # toward its client: the service contract's breach, in every period (rule review 6)
    doctrine="contract",
    stratum=2,
    when=[
        *MAINTENANCE_SKIPPED,
        fact("s", "serves", provider=v.m.actor, client=v.h.victim),
        absent("wronged", harm=v.h.k, actor=Not(v.m.actor)),
    ],
    then=lambda m, c, h, s: [finding("liable", m.actor, h.k, basis="property-service-contract")],
    zh="{m.actor}未按计划、按约定维护{m.thing}，造成其业主{h.victim}的{h.k}，违反物业服务合同，应当承担违约责任。",
    en="{m.actor} did not maintain {m.thing} as scheduled or agreed and so caused its client {h.victim}'s {h.k}: a breach of the service contract, liable.",
)

rule(
    "property-service.maintenance-skipped-to-others",
    cites=["CC-1165", "PMR-35", "CC-942"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        *MAINTENANCE_SKIPPED,
        fact("s", "serves", provider=v.m.actor),
        absent("client", provider=v.m.actor, client=v.h.victim),
        absent("wronged", harm=v.h.k, actor=Not(v.m.actor)),
    ],
    then=lambda m, c, h, s: [finding("liable", m.actor, h.k, basis="maintenance-skipped")],
    zh="{m.actor}未按计划、按约定维护{m.thing}，造成{h.k}，有过错，应当承担侵权责任。",
    en="{m.actor} did not maintain {m.thing} as scheduled or agreed and so caused {h.k}: fault, liable in tort.",
)

rule(
    "property-service.maintenance-skipped-beside-a-wrong",
    cites=["CC-1165", "PMR-35", "CC-942"],
    doctrine=DOCTRINE,
    when=[
        *MAINTENANCE_SKIPPED,
        fact("s", "serves", provider=v.m.actor),
        fact("w", "wronged", harm=v.h.k, actor=Not(v.m.actor)),
    ],
    then=lambda m, c, h, s, w: [finding("liable", m.actor, h.k, degree="secondary", basis="maintenance-skipped")],
    zh="{w.actor}的不法行为造成{h.k}；{m.actor}未按计划、按约定维护{m.thing}，对损害的发生也有过错，承担次要的相应责任。",
    en="{w.actor}'s wrongful act caused {h.k}; {m.actor}, which did not maintain {m.thing} as scheduled or agreed, shares the fault: a secondary, corresponding liability.",
)

# A special service the company entrusted to a specialist (lifts, cleaning, security): toward its
# owners the company answers for it (CC art. 941 para. 1); before 2021 a party in breach because of
# a third party answered to the other party all the same (CL art. 121), with recourse.
rule(
    "property-service.answers-for-delegated-service",
    cites=["CC-941", "CC-577"],
    doctrine="contract",
    when=[
        fact("m", "event", kind="maintenance", performed=False),
        fact("d", "rel", kind="service-contract", provider=v.m.actor),
        fact("s", "serves", provider=v.d.client),
        *caused_harm(by=v.m.k, victim=v.s.client),
    ],
    then=lambda m, d, s, c, h: [finding("liable", d.client, h.k, basis="property-service-contract")],
    zh="{d.client}将{m.thing}的维护委托给专业单位{m.actor}，后者未按约定维护致业主受损（{h.k}）：物业服务人就该部分专项服务向业主负责，承担后可以向受托人追偿。",
    en="{d.client} entrusted the upkeep of {m.thing} to the specialist {m.actor}, which skipped it and so harmed an owner ({h.k}): toward its owners the company answers for the delegated service, with recourse against the specialist.",
)


# Works the company commissioned on what it manages (a roof relaid, a riser replaced): where its
# contractor's work harms one of its clients, the company answers to the client for the breach of
# its service contract — a third party's cause is no defence (CC art. 593; CL art. 121 from
# 1999-10-01), with recourse against the contractor, who answers in tort besides.
rule(
    "property-service.answers-for-commissioned-works",
    cites=["CC-593", "CC-577"],
    doctrine="contract",
    when=[
        fact("x", "contractor-work"),
        fact("r", "rel", k=v.x.rel),
        fact("t", "thing", k=v.r.thing, manager=v.r.orderer),
        fact("s", "serves", provider=v.r.orderer),
        fact("c", "cause", event=v.x.event),
        fact("h", "harm", k=v.c.harm, victim=v.s.client, ground=NoneOf("tort")),
    ],
    then=lambda x, r, t, s, c, h: [finding("liable", r.orderer, h.k, basis="property-service-contract")],
    zh="{r.orderer}委托{r.contractor}对其管理的{t.k}施工，施工造成业主{s.client}的{h.k}：因第三人的原因违约的，仍应向业主承担违约责任，承担后可以向承揽人追偿。",
    en="{r.orderer} commissioned {r.contractor} to work on {t.k}, which it manages, and the work harmed its client {s.client} ({h.k}): a breach caused by a third party is still its breach toward the client, with recourse against the contractor.",
)


# --- responding in time --------------------------------------------------------------------------
# A timely response answers the duty to respond; it does not clear a company that is liable, or may
# be, on another ground for the same harm (e.g. as keeper of the blocked common stack): it is said
# only where nothing else holds the company.
rule(
    "property-service.responded-in-time",
    cites=["PMR-46", "CC-942"],
    doctrine=DOCTRINE,
    stratum=6,
    when=[
        fact("r", "event", kind="response", in_time=True),
        *caused_harm(by=v.r.regarding, victim=Not(v.r.actor)),
        fact("x", "claim", harm=v.h.k, against=v.r.actor),
        absent("finding", party=v.r.actor, harm=v.h.k, kind="liable"),
        absent("question", party=v.r.actor, harm=v.h.k),
    ],
    then=lambda r, c, h, x: [finding("not-liable", r.actor, h.k, basis="responded-in-time")],
    zh="{r.actor}接报后及时到场处置{r.regarding}，已履行应急处置义务，对{h.k}不承担责任。",
    en="{r.actor} responded to {r.regarding} in time and did its emergency duty: not liable for {h.k}.",
)

# A response whose timeliness is not known, by a company claimed against and held on no other
# ground: whether it came in time is asked (not "outside the rule book").
rule(
    "property-service.response-timeliness-unknown",
    cites=["PMR-46", "CC-942"],
    doctrine=DOCTRINE,
    stratum=6,
    when=[
        fact("r", "event", kind="response", in_time="unknown"),
        *caused_harm(by=v.r.regarding, victim=Not(v.r.actor)),
        fact("x", "claim", harm=v.h.k, against=v.r.actor),
        absent("finding", party=v.r.actor, harm=v.h.k),
        absent("question", party=v.r.actor, harm=v.h.k),
    ],
    then=lambda r, c, h, x: [derived("question", fact=f"events.{r.k}.in_time", party=r.actor, harm=h.k, about=r.k)],
    zh="{r.actor}对{r.regarding}作出了处置（{r.k}），是否及时尚不清楚：及时处置的，对{h.k}不承担责任。",
    en="{r.actor} responded to {r.regarding} ({r.k}); whether in time is unknown: if it was, it is not liable for {h.k}.",
)

# --- property fees ---------------------------------------------------------------------------------
# The owner must pay for the services provided (PMR art. 7; SPCPS 2009 art. 6; Civil Code art. 944:
# not using or needing the service is no reason, nor is the developer's default under the sale).
# What the company owes in return is the other side of it: where it provided nothing, the fees for
# that are not owed (the later party's defence, CC art. 526 / CL art. 67); where it performed short of
# the contract, they are reduced accordingly (CC art. 582 / CL art. 111).
# (the fees of a time after the contract ended, or before the flat was delivered to its buyer, are
# judged by their own rules below)
_FEES_OF_THE_SERVICE = (absent("fees-after-end", event=v.w.k), absent("fees-before-delivery", event=v.w.k))
ABOUT_SERVICE = OneOf("service-not-provided", "poor-service", "other")

for _suffix, _grounds, _zh, _en in (
    (
        "",
        OneOf("developer-default"),
        "{w.actor}应当按约定交纳物业费：开发商的违约（如未按期办理产权证）属于买卖合同的问题，不是拒交物业费的正当理由。",
        "{w.actor} must pay the property fees as agreed: a developer's default (e.g. a late property certificate) is a matter of the sale contract, no reason to withhold them.",
    ),
    (
        "-service-not-used",
        OneOf("service-not-used", "none"),
        "{w.actor}应当按约定交纳物业费：未接受或者无需接受物业服务（如房屋空置），或者未说明理由，均不能免除交费义务。",
        "{w.actor} must pay the property fees as agreed: not using or needing the service (an empty flat), or giving no reason, does not excuse them.",
    ),
):
    rule(
        f"property-service.owner-must-pay-fees{_suffix}",
        cites=["CC-944", "PMR-7", "SPCPS-6", "CC-939"],
        doctrine=DOCTRINE,
        stratum=2,
        when=[
            fact("w", "event", kind="withholding-fees", ground=_grounds, service_provided=OneOf(True, "unknown"), service_defective=OneOf(False, "unknown")),
            *caused_harm(by=v.w.k, victim=v.w.payee),
            *_FEES_OF_THE_SERVICE,
        ],
        then=lambda w, c, h: [finding("obligation", w.actor, h.k, degree="pay-fees", basis="owner-duty")],
        zh=_zh,
        en=_en,
    )

rule(
    "property-service.fees-owed-service-as-agreed",
    cites=["CC-944", "PMR-7", "SPCPS-6", "CC-939"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("w", "event", kind="withholding-fees", ground=ABOUT_SERVICE, service_provided=True, service_defective=False),
        *caused_harm(by=v.w.k, victim=v.w.payee),
        *_FEES_OF_THE_SERVICE,
    ],
    then=lambda w, c, h: [finding("obligation", w.actor, h.k, degree="pay-fees", basis="service-as-agreed")],
    zh="{w.payee}已按约定提供服务，业主{w.actor}所称理由不能成立，应当交纳全部物业费。",
    en="{w.payee} provided the services as agreed: the owner {w.actor}'s reason fails, and the fees are owed in full.",
)

rule(
    "property-service.fees-reduced-for-defects",
    cites=["CC-582", "CC-944", "PMR-35", "CC-939"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("w", "event", kind="withholding-fees", service_provided=OneOf(True, "unknown"), service_defective=True),
        *caused_harm(by=v.w.k, victim=v.w.payee),
        *_FEES_OF_THE_SERVICE,
    ],
    then=lambda w, c, h: [finding("obligation", w.actor, h.k, degree="pay-fees-reduced", basis="defective-service")],
    zh="{w.payee}的服务有不符合约定之处：业主{w.actor}仍应交纳物业费，但可以按服务瑕疵的程度相应减少。",
    en="{w.payee}'s services fell short of the contract in part: the owner {w.actor} still owes the fees, reduced in proportion to the shortfall.",
)

rule(
    "property-service.fees-not-owed-no-service",
    cites=["CC-937", "CC-944", "SPCPS-6", "CC-526"],  # the fees are the price of service provided; the later party's defence beside it
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("w", "event", kind="withholding-fees", service_provided=False),
        *caused_harm(by=v.w.k, victim=v.w.payee),
        *_FEES_OF_THE_SERVICE,
    ],
    then=lambda w, c, h: [finding("not-liable", w.actor, h.k, basis="service-not-provided")],
    zh="{w.payee}未提供约定的服务，业主{w.actor}有权拒绝交纳相应的物业费。",
    en="{w.payee} did not provide the agreed services: the owner {w.actor} may refuse the corresponding fees.",
)

for _name, _when, _fact, _zh, _en in (
    (
        "fees-was-service-provided",
        {"ground": "service-not-provided", "service_provided": "unknown", "service_defective": OneOf(False, "unknown")},
        "service_provided",
        "业主称物业服务人未提供服务：需查明是否已按约定提供，才能确定物业费是否应交。",
        "The owner says no service was provided: whether it was must be established before the fees can be fixed.",
    ),
    (
        "fees-poor-service-alleged",
        {"ground": "poor-service", "service_provided": "unknown", "service_defective": "unknown"},
        "service_defective",
        "业主称服务质量差：需查明服务是否存在不符合约定之处，才能确定是否相应减少物业费。",
        "The owner says the service was poor: whether it fell short of the contract must be established before any reduction.",
    ),
    (
        "fees-ground-unclear",
        {"ground": "other", "service_provided": OneOf(True, "unknown"), "service_defective": OneOf(False, "unknown")},
        "ground",
        "业主拒交物业费的理由需要查明（例如是否关于服务本身）：在此之前不能确定其是否成立。",
        "The owner's reason for withholding must be stated (is it about the service itself?): until then whether it holds cannot be said.",
    ),
):
    rule(
        f"property-service.{_name}",
        cites=["CC-944", "PMR-7", "PMR-35"],
        doctrine=DOCTRINE,
        stratum=2,
        when=[
            fact("w", "event", kind="withholding-fees", **_when),
            *caused_harm(by=v.w.k, victim=v.w.payee),
            *_FEES_OF_THE_SERVICE,
        ],
        then=lambda w, c, h, _f=_fact: [derived("question", fact=f"events.{w.k}.{_f}", party=w.actor, harm=h.k, about=w.k)],
        zh=_zh,
        en=_en,
    )

# The service was provided and the owner says it fell short: the fees are owed either way — in
# full, or reduced for a shortfall (CC art. 582 / CL art. 111) — so the owner must pay, and only how
# much is open until the shortfall is established (a court orders payment and leaves the owner to
# prove the defects: 以服务瑕疵为由拒交依据不足).
rule(
    "property-service.fees-owed-reduction-open",
    cites=["CC-944", "PMR-7", "SPCPS-6", "CC-939", "CC-582"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("w", "event", kind="withholding-fees", ground=OneOf("service-not-provided", "poor-service"), service_provided=True, service_defective="unknown"),
        *caused_harm(by=v.w.k, victim=v.w.payee),
        *_FEES_OF_THE_SERVICE,
    ],
    then=lambda w, c, h: [
        finding("obligation", w.actor, h.k, degree="pay-fees-reduction-open", basis="owner-duty"),
        derived("question", fact=f"events.{w.k}.service_defective", party=w.actor, harm=h.k, about=w.k),
    ],
    zh="{w.payee}已经提供服务，业主{w.actor}应当交纳物业费；其称服务不符合约定，需查明是否存在、存在何种瑕疵，才能确定是否相应减少。",
    en="{w.payee} provided the service, so the owner {w.actor} must pay the fees; it says the service fell short: whether, and how far, must be established before any reduction.",
)

# Fees for a time after the service contract ended (CC art. 949 para. 2; SPCPS 2009 art. 10 para. 2):
# an old provider that refused to withdraw and hand over may not claim them; whether it refused is
# asked; one that stayed on with the owners' consent to bridge the takeover is judged by the rules
# above (rule review 15).
def _after_end(w, c, h, r):
    if r.until == "none" or not (w.date > r.until):
        return []
    return [derived("fees-after-end", event=w.k, rel=r.k)] if w.refused_to_withdraw is not False else []


rule(
    "property-service.fees-after-contract-ended",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[
        fact("w", "event", kind="withholding-fees"),
        *caused_harm(by=v.w.k, victim=v.w.payee),
        fact("r", "rel", kind="property-service-contract", provider=v.w.payee),
    ],
    then=_after_end,
    zh="{w.actor}拒交的是物业服务合同（{r.k}）终止之后期间的物业费。",
    en="{w.actor} withholds fees for a time after the service contract ({r.k}) ended.",
)


def _refused(w, c, h, e):
    if w.refused_to_withdraw is True:
        return [finding("not-liable", w.actor, h.k, basis="provider-refused-to-withdraw")]
    return [derived("question", fact=f"events.{w.k}.refused_to_withdraw", party=w.actor, harm=h.k, about=w.k)]


rule(
    "property-service.no-fees-after-refusing-to-withdraw",
    cites=["CC-949"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("w", "event", kind="withholding-fees"),
        *caused_harm(by=v.w.k, victim=v.w.payee),
        fact("e", "fees-after-end", event=v.w.k),
    ],
    then=_refused,
    zh="物业服务合同终止后，原物业服务人{w.payee}拒绝退出、移交的，不得请求业主支付合同终止后的物业费；是否拒绝退出须查明。",
    en="After the service contract ended, an old provider ({w.payee}) that refused to withdraw and hand over may not claim fees for the time since; whether it refused must be established.",
)


# Fees for a flat not yet delivered to its buyer are the developer's (PMR art. 42 para. 2 of the 2003
# and 2007 texts, art. 41 para. 2 from 2016): a buyer withholding fees for a time wholly before the
# flat was handed over to him owes none of them, and the developer owes them where they are claimed
# from it. Where the buyer cites the developer's default, does not live there and the hand-over date
# is not known, that date is asked. (Fees of a time that straddles the hand-over are judged by the
# rules above as a whole.)
def _wholly_before(w, c, h, r):
    if w.date < r.delivered_on and w.until <= r.delivered_on:
        return [derived("fees-before-delivery", event=w.k, rel=r.k, known=True)]
    return []


rule(
    "property-service.fees-before-delivery",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[
        fact("w", "event", kind="withholding-fees", until=Not(NONE)),
        *caused_harm(by=v.w.k, victim=v.w.payee),
        fact("r", "rel", kind="sale", buyer=v.w.actor, delivered_on=Not(NONE)),
    ],
    then=_wholly_before,
    zh="{w.actor}拒交的是房屋交付（{r.k}）之前期间的物业费。",
    en="{w.actor} withholds the fees of a time before the flat was delivered ({r.k}).",
)

rule(
    "property-service.fees-delivery-date-unknown",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[
        fact("w", "event", kind="withholding-fees", ground="developer-default"),
        *caused_harm(by=v.w.k, victim=v.w.payee),
        fact("r", "rel", kind="sale", buyer=v.w.actor, delivered_on=NONE),
        fact("t", "thing", k=v.r.thing, occupant=Not(v.w.actor)),
    ],
    then=lambda w, c, h, r, t: [derived("fees-before-delivery", event=w.k, rel=r.k, known=False)],
    zh="{w.actor}以开发商违约为由拒交物业费，未入住{t.k}，房屋何时交付（{r.k}）不明。",
    en="{w.actor} cites the developer's default, does not live in {t.k}, and when it was delivered ({r.k}) is not known.",
)

rule(
    "property-service.no-fees-before-delivery",
    cites=["PMR-41"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("w", "event", kind="withholding-fees"),
        *caused_harm(by=v.w.k, victim=v.w.payee),
        fact("e", "fees-before-delivery", event=v.w.k, known=True),
    ],
    then=lambda w, c, h, e: [finding("not-liable", w.actor, h.k, basis="not-yet-delivered")],
    zh="所涉物业费属于房屋交付买受人{w.actor}之前的期间：尚未交给物业买受人的物业，物业服务费用由建设单位交纳，{w.actor}不负交纳义务。",
    en="The fees are for a time before the flat was delivered to its buyer {w.actor}: for property not yet delivered to its buyer the developer pays them, and {w.actor} owes none.",
)

rule(
    "property-service.developer-pays-fees-before-delivery",
    cites=["PMR-41"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("w", "event", kind="withholding-fees"),
        *caused_harm(by=v.w.k, victim=v.w.payee),
        fact("e", "fees-before-delivery", event=v.w.k, known=True),
        fact("r", "rel", k=v.e.rel),
        fact("x", "claim", harm=v.h.k, against=v.r.seller),
    ],
    then=lambda w, c, h, e, r, x: [finding("obligation", r.seller, h.k, degree="pay-fees", basis="not-yet-delivered")],
    zh="房屋尚未交付买受人期间的物业费，由建设单位{r.seller}交纳。",
    en="The fees for the time before the flat was delivered to its buyer are the developer {r.seller}'s to pay.",
)

rule(
    "property-service.fees-was-flat-delivered",
    cites=["PMR-41"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("w", "event", kind="withholding-fees"),
        *caused_harm(by=v.w.k, victim=v.w.payee),
        fact("e", "fees-before-delivery", event=v.w.k, known=False),
    ],
    then=lambda w, c, h, e: [derived("question", fact=f"relationships.{e.rel}.delivered_on", party=w.actor, harm=h.k, about=w.k)],
    zh="{w.actor}以开发商违约为由拒交物业费，且未入住：房屋何时交付给{w.actor}需要查明——交付之前的物业费由建设单位交纳。",
    en="{w.actor} cites the developer's default and does not live in the flat: when it was delivered to {w.actor} must be established — the fees before delivery are the developer's.",
)

# Fees withheld from before 2021 to after it, under a contract made before (SPC time-effect rules
# art. 20): the instalments that fell due before 2021 are judged by the law of their time (the rules
# above, on that law); those after it by the Civil Code — the same answer, on CC art. 944.
def _after_2021(w, c, h, f, law):
    if law["CC-944"] != "CC-944" or not (w.date < "2021-01-01" <= w.until):
        return []
    return [finding(f.kind, f.party, f.harm, degree=f.degree, basis="instalments-after-2021")]


rule(
    "property-service.fee-instalments-after-2021",
    cites=["CC-944"],
    doctrine="fees-after-2021",
    stratum=3,
    when=[
        fact("w", "event", kind="withholding-fees", until=Not(NONE)),
        *caused_harm(by=v.w.k, victim=v.w.payee),
        fact("f", "finding", party=v.w.actor, harm=v.h.k, kind=OneOf("obligation", "not-liable"), basis=NoneOf("instalments-after-2021")),
    ],
    then=_after_2021,
    zh="{w.actor}拒交物业费持续至民法典施行后：民法典施行后到期的物业费，适用民法典第九百四十四条，结论相同。",
    en="{w.actor} went on withholding the fees after the Civil Code took effect: the fees falling due after it are judged under Civil Code art. 944, to the same answer.",
)


# --- what the company must do about a breach of the rules ------------------------------------------
# Whoever commits the breach in the managed area — an owner, a tenant, a decorator's crew — the
# company must stop it and report it (PMR art. 45, 46 before 2016; from 2021 CC art. 942 para. 2:
# 制止、报告、协助处理; rule review 14).
rule(
    "property-service.stop-and-report",
    cites=["PMR-45", "CC-942"],
    doctrine=DOCTRINE,
    when=[
        # any breach of the rules in the managed area, whoever commits it (CC art. 942 para. 2)
        # (a breach that has ended, ``until`` set, is no longer to be stopped)
        fact("a", "event", kind="act", forbidden_by_rules=True, act=NoneOf("penalty", "obstruction", "refusing-access"), until=None),
        *caused_harm(by=v.a.k),
        fact("s", "serves", provider=Not(v.a.actor)),
    ],
    then=lambda a, c, h, s: [finding("obligation", s.provider, h.k, degree="stop-and-report", basis="breach-of-rules")],
    zh="{a.k}违反物业使用、装饰装修规定，物业服务企业{s.provider}应当制止，并及时向有关行政管理部门报告。",
    en="{a.k} breaks the rules on use and renovation: {s.provider} must stop it and report it to the authorities.",
)

for _suffix, _harm in (("", {"kind": "nuisance"}), ("-damaged", {"kind": "property", "thing": v.x.k})):  # (not an injury suffered there)
    rule(
        f"property-service.restore-common-part{_suffix}",
        cites=["CC-286", "CC-1167"],
        doctrine=DOCTRINE,
        when=[
            fact("a", "event", kind="act", act="installation", forbidden_by_rules=True, thing=Not(None)),
            fact("x", "thing", k=v.a.thing, kind=OneOf("common-part", "wall")),
            *caused_harm(by=v.a.k, victim=Not(v.a.actor), **_harm),
        ],
        then=lambda a, x, c, h: [finding("obligation", a.actor, h.k, degree="relocate", basis="common-part-misuse")],
        zh="{a.actor}违反管理规约在{x.k}上安装，应当拆除、移位，恢复原状。",
        en="{a.actor} installed on {x.k} against the community's rules: it must remove or relocate it and restore the wall.",
    )

# Taking a common part for oneself (walling in a strip of the estate's green, building on a shared
# roof or corridor, piling rubble in a stairwell) infringes the other owners' shares, whatever the community's rules say: the
# infringer must remove what he built and restore the part (CC art. 1167, TLL art. 21, GPCL art.
# 134 — an order needs no fault and no money loss; from 2007 also PL art. 83 / CC art. 286).
# The harm is to the common part or its use (a nuisance to the other owners, or the part itself
# damaged) — not an injury someone suffered there: a cleaner's wet floor or a dog's mess on a path
# is no taking of the part, and an order to restore it answers no one's injury.
for _suffix, _harm in (("", {"kind": "nuisance"}), ("-damaged", {"kind": "property", "thing": v.x.k})):
    rule(
        f"property-service.common-part-occupied-restore{_suffix}",
        cites=["CC-1167", "CC-286", "CC-274"],
        doctrine=DOCTRINE,
        when=[
            fact("a", "event", kind="act", act=OneOf("installation", "other", "dumping-waste")),
            fact("x", "thing", k=v.a.thing, kind="common-part", owner=Not(v.a.actor), manager=Not(v.a.actor)),
            *caused_harm(by=v.a.k, victim=Not(v.a.actor), **_harm),
        ],
        then=lambda a, x, c, h: [finding("obligation", a.actor, h.k, degree="clear" if a.act == "dumping-waste" else "restore", basis="common-part-misuse")],
        zh="{x.k}是业主共有部分，{a.actor}据为己用，侵害其他业主的权利，应当排除妨碍、恢复原状。",
        en="{x.k} is held in common; {a.actor} took it for itself, infringing the other owners' rights: it must clear it and restore it.",
    )

# Building on one's own flat, balcony or terrace against the community's rules (违章搭建: an
# enclosure, a pavilion) that harms others' rights: the owners' assembly or committee may demand it
# be removed and the place restored (CC art. 286 para. 2; PL art. 83 para. 2).
rule(
    "property-service.remove-unauthorised-structure",
    cites=["CC-286"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act="installation", forbidden_by_rules=True, thing=Not(None)),
        fact("x", "thing", k=v.a.thing, kind=OneOf("unit", "building", "other")),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor), kind="nuisance"),  # others' rights harmed by its standing, not an injury in the building
    ],
    then=lambda a, x, c, h: [finding("obligation", a.actor, h.k, degree="relocate", basis="unauthorised-structure")],
    zh="{a.actor}违反管理规约在{x.k}上搭建，损害他人合法权益，应当拆除，恢复原状。",
    en="{a.actor} built on {x.k} against the community's rules, to others' harm: it must remove it and restore the place.",
)


# --- the owners' right to be informed (CC art. 943) ----------------------------------------------
# The provider must regularly disclose its services, staff, fees, performance, the use of the
# maintenance fund and the income from the common parts: an owner left uninformed may have it ordered
# to disclose — an order, with no money harm. Before 2021 no statute set the general duty: the claim
# lies outside the rule book (the Regulations' particular items are not in the library).
rule(
    "property-service.must-disclose",
    cites=["CC-943"],
    doctrine=DOCTRINE,
    when=[
        fact("o", "event", kind="nondisclosure"),
        *caused_harm(by=v.o.k, victim=Not(v.o.actor)),
        fact("s", "serves", provider=v.o.actor, client=v.h.victim),
    ],
    then=lambda o, c, h, s: [finding("obligation", o.actor, h.k, degree="disclose", basis="owners-right-to-know")],
    zh="物业服务人{o.actor}应当定期以合理方式向业主公开服务事项、收费、履行情况、维修资金使用和共有部分经营收益等情况：应当向{h.victim}公开。",
    en="The provider {o.actor} must regularly disclose its services, fees, performance, the maintenance fund's use and the common parts' income in a reasonable way: it must disclose them to {h.victim}.",
)

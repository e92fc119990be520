"""Fault liability — 过错责任.

Strata used across the rule base: 1 what the facts show directly; 2–3 fallbacks that need to
know what stratum 1 did not find (e.g. who keeps a thing when no one undertook to); 4 liability
resting on those; 5 the victim's own fault; 6–7 claims that no rule answered.

Civil Code art. 1165 para. 1 (from 2021-01-01); before it Tort Liability Law art. 6 (2010-07-01)
and General Principles of Civil Law art. 106 para. 2 (1987-01-01): one who through fault
infringes another's civil rights and interests and causes harm is liable in tort.
"""

from liability.rulebase import BOOKKEEPING, NoneOf, Not, OneOf, absent, caused_harm, derived, fact, finding, outside, rule, v

DOCTRINE = "tort"

# What escapes from a thing someone keeps and harms others: water or sewage (leak), fire that spreads.
# Water or fire escaping from a thing, or a thing breaking down (an outage, a lift stopped): its
# keeper answers for its neglect, its actor for its fault.
ESCAPES = OneOf("leak", "fire", "breakdown")

# Acts judged by fault, whether or not the community's rules forbade them: breaking a rule does not
# answer whether the act was at fault for the harm, so the question is still asked. Noise is judged
# by what neighbours must tolerate (rules/neighbours.py); renovation waste poured away against the
# rules is itself a fault (rules/renovation.py), so for it the question arises only where no rule
# forbade it. Processing personal information (``personal-information``) is not among them: the order to
# stop and delete needs no fault, and damages are asked or presumed in rules/personal_info.py.
FAULT_ACTS = OneOf("removal", "cut-off-utilities", "handling-goods", "installation", "drilling", "piercing", "obstruction", "other", "publication")
_UNLESS_FORBIDDEN_WASTE = (
    ("act", dict(act=FAULT_ACTS)),
    ("dumping", dict(act="dumping-waste", forbidden_by_rules=OneOf(False, "unknown"))),
)

# Water or fire that escaped through someone's fault is that person's wrong — answered for by its
# employer where it was done in the course of work (rules/employer.py; rule review 19).
rule(
    "fault.leak-from-own-facilities",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[fact("e", "event", kind=ESCAPES, fault=True, actor=Not(None))],
    then=lambda e: [derived("wrongful-act", event=e.k, actor=e.actor, basis="fault")],
    zh="{e.actor}对{e.k}有过错。",
    en="{e.actor} was at fault for {e.k}.",
)

rule(
    "fault.leak-fault-unknown",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind=ESCAPES, fault="unknown", actor=Not(None)),
        *caused_harm(by=v.e.k, victim=Not(v.e.actor)),
    ],
    then=lambda e, c, h: [derived("question", fact=f"events.{e.k}.fault", party=e.actor, harm=h.k, about=e.k)],
    zh="{e.actor}对{e.k}是否有过错尚不清楚：有过错则对{h.k}承担责任。",
    en="Whether {e.actor} was at fault for {e.k} is unknown: if so, it is liable for {h.k}.",
)

rule(
    "fault.leak-without-fault",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind=ESCAPES, fault=False, actor=Not(None)),
        *caused_harm(by=v.e.k, victim=Not(v.e.actor)),
    ],
    then=lambda e, c, h: [finding("not-liable", e.actor, h.k, basis="no-fault")],
    zh="{e.actor}对{e.k}没有过错，不依过错责任对{h.k}负责。",
    en="{e.actor} was not at fault for {e.k}: not liable for {h.k} under fault liability.",
)

# (Only where no one else is liable for it: a tenant whose pipe burst because the lessor would not
# replace it bears nothing of its own loss for that — its own fault, if any, is victim_at_fault.)
rule(
    "fault.own-leak-own-loss",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    stratum=6,
    when=[
        fact("e", "event", kind=ESCAPES, actor=Not(None), natural_cause=OneOf(False, "unknown")),
        *caused_harm(by=v.e.k, victim=v.e.actor),
        absent("finding", kind="liable", harm=v.h.k),
    ],
    then=lambda e, c, h: [finding("bears-own-loss", e.actor, h.k, basis="own-sphere")],
    zh="{e.k}发生在{e.actor}自己负责的范围内，其自身损失{h.k}由其自行承担。",
    en="{e.k} came from {e.actor}'s own sphere: it bears its own loss {h.k}.",
)


# --- acts: when is an act a wrong? ------------------------------------------------------------
def no_wrong(a) -> bool:
    """An act the facts show to wrong no one, whatever its actor meant or did not mean: a noise or
    emission within what neighbours must tolerate, a measure on a lawful ground by means that did
    not go too far (a lawful government measure is one), a true and fair notice, personal
    information processed with consent or another ground in law. Fault cannot make it a tort (CC
    art. 1165 needs an infringement), nor make a guardian answer for a ward's doing it (helper-34's
    audit)."""
    return bool(
        (a.act in ("noise", "emission") and a.beyond_tolerance is False)
        or (a.lawful_ground is True and a.excessive is not True)
        or (a.act == "publication" and a.false_or_insulting is False)
        or (a.act == "personal-information" and (a.consent is True or a.other_lawful_basis is True))
    )


rule(
    "fault.act-at-fault",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    # (a refusal of access is a wrong only for the part the harm grew by it: rules/neighbours.py)
    when=[fact("a", "event", kind="act", fault=True, act=NoneOf("refusing-access"))],
    then=lambda a: [] if no_wrong(a) else [derived("wrongful-act", event=a.k, actor=a.actor, basis="fault")],
    zh="{a.actor}实施{a.k}有过错。",
    en="{a.actor} was at fault in {a.k}.",
)

rule(
    "fault.act-excessive",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[fact("a", "event", kind="act", excessive=True)],
    then=lambda a: [derived("wrongful-act", event=a.k, actor=a.actor, basis="excessive")],
    zh="{a.actor}在{a.k}中采取的手段超过必要限度，有过错。",
    en="{a.actor} used means beyond what was needed in {a.k}: fault.",
)

# Acts done with means that may go too far — clearing people or things out,
# barring the way: where the actor was otherwise without fault but whether its means were excessive
# is unknown, that is asked, not taken as "no" (rule review 24).
MEANS_ACTS = frozenset({"removal", "obstruction"})


def _without_fault(a, c, h):
    if a.excessive == "unknown" and a.act in MEANS_ACTS:
        return [derived("question", fact=f"events.{a.k}.excessive", party=a.actor, harm=h.k, about=a.k)]
    return [finding("not-liable", a.actor, h.k, basis="no-fault")]


def _ask_fault(a, c, h, p):
    """Whether the actor (and whoever instructed it) was at fault: asked of each."""
    return [
        derived("question", fact=f"events.{a.k}.fault", party=who, harm=h.k, about=a.k)
        for who in dict.fromkeys([a.actor, a.instructed_by])
        if who != "none"
    ]


for _kind, _which in _UNLESS_FORBIDDEN_WASTE:
    rule(
        f"fault.{_kind}-fault-unknown",
        cites=["CC-1165"],
        doctrine=DOCTRINE,
        when=[
            # (a measure on a lawful ground wrongs no one unless its means went too far: rules/measures.py)
            fact("a", "event", kind="act", fault="unknown", excessive=OneOf(False, "unknown"), lawful_ground=NoneOf(True), **_which),
            # an interference with no money loss is answered by an order, which needs no fault
            *caused_harm(by=v.a.k, victim=Not(v.a.actor), kind=NoneOf("nuisance")),
            # a child's or other ward's fault is not asked: its guardian answers (rules/guardians.py)
            fact("p", "party", k=v.a.actor, capacity=NoneOf("none", "limited")),
        ],
        then=_ask_fault,
        zh="{a.actor}实施{a.k}是否有过错尚不清楚：有过错则对{h.k}承担责任（指使者亦然）。",
        en="Whether {a.actor} was at fault in {a.k} is unknown: if so, it answers for {h.k}.",
    )

    rule(
        f"fault.{_kind}-without-fault",
        cites=["CC-1165"],
        doctrine=DOCTRINE,
        when=[
            fact("a", "event", kind="act", fault=False, excessive=OneOf(False, "unknown"), **_which),
            *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
        ],
        then=_without_fault,
        zh="{a.actor}实施{a.k}没有过错（手段也未超过必要限度），对{h.k}不承担责任。",
        en="{a.actor} was not at fault in {a.k} (nor were its means excessive): not liable for {h.k}.",
    )

# An act's interference with no money figure is answered by an order (above); but where the victim
# puts a figure on what it cost, damages are claimed, and they need the actor's fault: asked
# (seed-scenarios D1).
rule(
    "fault.act-fault-unknown-nuisance-loss",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", fault="unknown", excessive=OneOf(False, "unknown"), lawful_ground=NoneOf(True), act=FAULT_ACTS),
        fact("c", "cause", event=v.a.k),
        fact("h", "harm", kind="nuisance", amount=Not(None), k=v.c.harm, victim=Not(v.a.actor)),
        fact("p", "party", k=v.a.actor, capacity=NoneOf("none", "limited")),
    ],
    then=_ask_fault,
    zh="{a.actor}实施{a.k}妨害了他人，受害人就{h.k}主张金钱损失：{a.actor}是否有过错尚不清楚，有过错则应赔偿。",
    en="{a.actor}'s {a.k} interfered with another, who claims money for {h.k}: whether {a.actor} was at fault is unknown; if so, it compensates.",
)


# An act answered for by an employer (see rules/employer.py) is not the worker's own liability.
rule(
    "fault.wrongdoer-liable",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("w", "wrongful-act"),
        *caused_harm(by=v.w.event, victim=Not(v.w.actor)),
        absent("employer-answers", event=v.w.event),
    ],
    then=lambda w, c, h: [finding("liable", w.actor, h.k, basis="fault")],
    zh="{w.actor}因过错实施{w.event}，造成{h.k}，应当承担侵权责任。",
    en="{w.actor} committed {w.event} through fault and caused {h.k}: liable in tort.",
)

# --- who keeps the thing it escaped from, and did it neglect it? ------------------------------
# The keeper answers for neglect shown even where another started the escape (a smoker's cigarette
# on flammables an owner piled on his balcony); whether it neglected the thing is asked, and its
# want of fault found, only where no one is named as having caused it.
rule(
    "fault.keeper-by-undertaking",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind=ESCAPES),
        fact("u", "undertakes", thing=v.e.source),
    ],
    then=lambda e, u: [derived("keeper", event=e.k, party=u.promisor, basis="undertaking")],
    zh="{u.promisor}承诺维修{e.source}，应对其状况负责。",
    en="{u.promisor} undertook to maintain {e.source} and answers for its state.",
)

# The lessor keeps the leased flat and its fittings in repair unless the lease says otherwise (CC art.
# 712; CL art. 220): it is their keeper as to upkeep, not the tenant who lives there (rule review 28).
rule(
    "fault.keeper-by-lease",
    cites=["CC-1165", "CC-712"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind=ESCAPES),
        fact("l", "leased", thing=v.e.source),
    ],
    then=lambda e, l: [derived("keeper", event=e.k, party=l.lessor, basis="undertaking")],
    zh="{e.source}是出租人{l.lessor}出租的房屋或其一部分，其维修由出租人负责。",
    en="{e.source} is let by {l.lessor}, or part of what it lets: its repair is the lessor's.",
)

rule(
    "fault.tenant-not-keeper-of-leased-thing",
    cites=["CC-1165", "CC-712"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind=ESCAPES),
        fact("l", "leased", thing=v.e.source),
        *caused_harm(by=v.e.k, victim=Not(v.l.lessee)),
        fact("x", "claim", harm=v.h.k, against=v.l.lessee),
    ],
    then=lambda e, l, c, h, x: [finding("not-liable", l.lessee, h.k, basis="not-keeper")] if e.actor != l.lessee else [],
    zh="{e.source}由出租人{l.lessor}负责维修，承租人{l.lessee}不因其失修对{h.k}承担责任。",
    en="{e.source} is the lessor {l.lessor}'s to repair: the tenant {l.lessee} does not answer for {h.k} on its want of repair.",
)

rule(
    "fault.occupant-not-keeper-of-undertaken-thing",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind=ESCAPES),
        fact("u", "undertakes", thing=v.e.source),
        fact("x", "thing", k=v.e.source, occupant=Not(v.u.promisor)),
        *caused_harm(by=v.e.k, victim=Not(v.x.occupant)),
    ],
    then=lambda e, u, x, c, h: [finding("not-liable", x.occupant, h.k, basis="not-keeper")],
    zh="{e.source}虽在{x.occupant}处，但由{u.promisor}承诺维修，其状况不由{x.occupant}负责；{x.occupant}对{h.k}不因此承担责任。",
    en="{e.source} is in {x.occupant}'s place but {u.promisor} undertook to maintain it: {x.occupant} does not answer for its state, nor for {h.k} on that ground.",
)

rule(
    "fault.keeper-by-possession",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind=ESCAPES),
        fact("x", "thing", k=v.e.source, occupant=Not(None)),
        absent("keeper", event=v.e.k, basis="undertaking"),
    ],
    then=lambda e, x: [derived("keeper", event=e.k, party=x.occupant, basis="possession")],
    zh="{e.source}由{x.occupant}使用、管理，其状况由其负责。",
    en="{x.occupant} uses and controls {e.source} and answers for its state.",
)

rule(
    "fault.keeper-by-management",
    cites=["CC-1165", "PMR-35"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("e", "event", kind=ESCAPES),
        fact("x", "thing", k=v.e.source, occupant=None, manager=Not(None)),
        absent("keeper", event=v.e.k, basis="undertaking"),
    ],
    then=lambda e, x: [derived("keeper", event=e.k, party=x.manager, basis="management")],
    zh="{e.source}是由{x.manager}管理、无人专用的共有部分，其维护由管理人负责。",
    en="{e.source} is a common part no one uses exclusively, managed by {x.manager}, who answers for its upkeep.",
)

# A thing no one occupies or manages is kept by its owner (junk an owner piled in the stairwell).
rule(
    "fault.keeper-by-ownership",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("e", "event", kind=ESCAPES),
        fact("x", "thing", k=v.e.source, occupant=None, manager=None, owner=Not(None)),
        absent("keeper", event=v.e.k, basis="undertaking"),
    ],
    then=lambda e, x: [derived("keeper", event=e.k, party=x.owner, basis="ownership")],
    zh="{e.source}无人使用、管理，由其所有人{x.owner}负责。",
    en="No one uses or manages {e.source}: its owner {x.owner} answers for its state.",
)

# A neighbour who neglects what it keeps answers under the neighbour relations too (CC art. 288);
# the manager of a common part, under its service duties (PMR art. 35, CC art. 942).
for _name, _basis, _cites in (
    ("fault.keeper-neglected", Not("management"), ["CC-1165", "CC-288"]),
    ("fault.manager-neglected-common-part", "management", ["CC-1165", "PMR-35", "CC-942"]),
):
    rule(
        _name,
        cites=_cites,
        doctrine=DOCTRINE,
        stratum=4,
        when=[
            fact("k", "keeper", basis=_basis),
            fact("e", "event", k=v.k.event, kind=ESCAPES, neglected=True, actor=Not(v.k.party)),
            *caused_harm(by=v.e.k, victim=Not(v.k.party)),
        ],
        then=lambda k, e, c, h: [finding("liable", k.party, h.k, basis="neglect")],
        zh="{k.party}对{e.source}疏于维护，致{e.k}造成{h.k}，有过错，应当承担责任。",
        en="{k.party} left {e.source} unmaintained; {e.k} caused {h.k}: fault, liable.",
    )

rule(
    "fault.keeper-neglect-unknown",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    stratum=4,
    when=[
        fact("k", "keeper"),
        fact("e", "event", k=v.k.event, kind=ESCAPES, neglected="unknown", natural_cause=OneOf(False, "unknown"), actor=None),
        *caused_harm(by=v.e.k, victim=Not(v.k.party)),
        absent("kept-up", thing=v.e.source, party=v.k.party),
    ],
    then=lambda k, e, c, h: [derived("question", fact=f"events.{e.k}.neglected", party=k.party, harm=h.k, about=e.k)],
    zh="{k.party}是否疏于维护{e.source}尚不清楚：疏于维护则对{h.k}承担责任。",
    en="Whether {k.party} neglected {e.source} is unknown: if it did, it is liable for {h.k}.",
)

# (A maintenance event of the keeper on the thing answers whether it neglected it: done, it did not —
# see fault.keeper-maintained; skipped, it did — rules/property_service.py concludes on it.)
# Where another is named as having caused the escape (a resident's rags flushed into the common
# stack), the keeper answers only for its own neglect — asked where it is claimed against and that is
# not known, cleared where it kept the thing up (a maintenance it performed on the thing is that
# answer; rule: CC art. 1165, and for the manager of a common part PMR art. 35 / CC art. 942).
rule(
    "fault.thing-kept-up",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("m", "event", kind="maintenance", performed=OneOf(True, False))],
    then=lambda m: [derived("kept-up", thing=m.thing, party=m.actor, done=m.performed, event=m.k)],
    zh="{m.actor}是否按计划、按约定维护了{m.thing}已经查明（{m.performed}）。",
    en="Whether {m.actor} maintained {m.thing} as scheduled or agreed is known ({m.performed}).",
)

rule(
    "fault.keeper-claimed-neglect-unknown",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    stratum=4,
    when=[
        fact("e", "event", kind=ESCAPES, neglected="unknown", natural_cause=OneOf(False, "unknown"), actor=Not(None)),
        fact("k", "keeper", event=v.e.k, party=Not(v.e.actor)),
        *caused_harm(by=v.e.k, victim=Not(v.k.party)),
        fact("x", "claim", harm=v.h.k, against=v.k.party),
        absent("kept-up", thing=v.e.source, party=v.k.party),
        absent("finding", party=v.k.party, harm=v.h.k),  # asked only where nothing else answers the claim
    ],
    then=lambda k, e, c, h, x: [derived("question", fact=f"events.{e.k}.neglected", party=k.party, harm=h.k, about=e.k)],
    zh="{e.k}由{e.actor}引起；{k.party}负责维护{e.source}，是否也疏于维护尚不清楚：疏于维护的，对{h.k}承担相应的责任。",
    en="{e.actor} caused {e.k}; {k.party} keeps {e.source}, and whether it too neglected it is unknown: if it did, it answers for {h.k} accordingly.",
)

# A natural cause (a storm, lightning) is no answer by itself: the keeper whose neglect let it do the
# harm is at fault all the same; only force majeure that no care could have met clears it (GPCL art.
# 107, TLL art. 29, CC art. 180). So where a claim against the keeper is not otherwise answered (a
# lessor's contract, say), whether it neglected the thing is asked (a garage flooded in a rainstorm).
rule(
    "fault.keeper-neglect-beside-natural-cause-unknown",
    cites=["CC-1165", "CC-180"],
    doctrine=DOCTRINE,
    stratum=7,  # only where no other rule answers the claim
    when=[
        fact("e", "event", kind=ESCAPES, neglected="unknown", natural_cause=True),
        fact("k", "keeper", event=v.e.k),
        *caused_harm(by=v.e.k, victim=Not(v.k.party)),
        fact("x", "claim", harm=v.h.k, against=v.k.party),
        absent("kept-up", thing=v.e.source, party=v.k.party),
        # (no custody contract is no answer to a claim on the keeper's neglect)
        absent("finding", party=v.k.party, harm=v.h.k, basis=NoneOf("no-custody-contract")),
    ],
    then=lambda e, k, c, h, x: [derived("question", fact=f"events.{e.k}.neglected", party=k.party, harm=h.k, about=e.k)],
    zh="{e.k}有自然原因，但自然原因本身不免除责任（不可抗力才免责）：{k.party}负责维护{e.source}，是否疏于维护尚不清楚，疏于维护的，对{h.k}承担相应的责任。",
    en="{e.k} had a natural cause, which alone clears no one (only force majeure does): {k.party} keeps {e.source}, and whether it neglected it is unknown; if it did, it answers for {h.k} accordingly.",
)

rule(
    "fault.keeper-maintained",
    cites=["CC-1165", "PMR-35"],
    doctrine=DOCTRINE,
    stratum=4,
    when=[
        fact("e", "event", kind=ESCAPES, neglected="unknown"),
        fact("k", "keeper", event=v.e.k),
        fact("m", "kept-up", thing=v.e.source, party=v.k.party, done=True),
        *caused_harm(by=v.e.k, victim=Not(v.k.party)),
    ],
    then=lambda e, k, m, c, h: [finding("not-liable", k.party, h.k, basis="duty-performed")],
    zh="{k.party}已按计划、按约定维护{e.source}（{m.event}），对{e.k}没有过错，不承担责任。",
    en="{k.party} maintained {e.source} as scheduled or agreed ({m.event}): no fault in {e.k}, not liable.",
)

rule(
    "fault.keeper-claimed-without-fault",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    stratum=4,
    when=[
        fact("e", "event", kind=ESCAPES, neglected=False, actor=Not(None)),
        fact("k", "keeper", event=v.e.k, party=Not(v.e.actor)),
        *caused_harm(by=v.e.k, victim=Not(v.k.party)),
        fact("x", "claim", harm=v.h.k, against=v.k.party),
    ],
    then=lambda k, e, c, h, x: [finding("not-liable", k.party, h.k, basis="no-fault")],
    zh="{e.k}由{e.actor}引起，{k.party}对{e.source}已尽维护之责，没有过错，不承担责任。",
    en="{e.actor} caused {e.k} and {k.party} kept {e.source} up: no fault, not liable.",
)

rule(
    "fault.keeper-without-fault",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    stratum=4,
    when=[
        fact("k", "keeper"),
        fact("e", "event", k=v.k.event, kind=ESCAPES, neglected=False, actor=None),
        *caused_harm(by=v.e.k, victim=Not(v.k.party)),
    ],
    then=lambda k, e, c, h: [finding("not-liable", k.party, h.k, basis="no-fault")],
    zh="{k.party}对{e.source}已尽维护之责，没有过错，不承担侵权责任。",
    en="{k.party} maintained {e.source}: no fault, not liable in tort.",
)


# --- fair sharing where no one is at fault --------------------------------------------------------
def fair_share(party: str, harm: str, law):
    # GPCL art. 132 and Tort Liability Law art. 24 let a court share the loss "according to the
    # circumstances"; Civil Code art. 1186 only "as the law provides": no free-standing sharing.
    if law["CC-1186"] in (None, "CC-1186"):
        return outside(
            "CC-1186",
            "民法典第一千一百八十六条只许依照法律的规定由双方分担损失，没有可资适用的法律规定，不分担。",
            "Civil Code art. 1186 shares a loss only as the law provides, and no law provides for it here: no sharing.",
        )
    return [finding("compensates", party, harm, degree="fair-share", basis="fair-sharing")]


rule(
    "fault.fair-sharing-actor-without-fault",
    cites=["CC-1186"],
    doctrine=DOCTRINE,
    stratum=4,
    when=[
        fact("e", "event", kind=ESCAPES, fault=False, actor=Not(None)),
        *caused_harm(by=v.e.k, victim=Not(v.e.actor), victim_at_fault=OneOf(False, "unknown")),
    ],
    then=lambda e, c, h, law: fair_share(e.actor, h.k, law),
    zh="{e.actor}与受害人对{h.k}的发生都没有过错：依当时的法律，可以根据实际情况由双方分担损失。",
    en="Neither {e.actor} nor the victim was at fault for {h.k}: under the law of the time the loss may be shared as the circumstances warrant.",
)


rule(
    "fault.fair-sharing-where-no-one-at-fault",
    cites=["CC-1186"],
    doctrine=DOCTRINE,
    stratum=4,
    when=[
        fact("k", "keeper"),
        fact("e", "event", k=v.k.event, kind=ESCAPES, neglected=False, actor=None),
        *caused_harm(by=v.e.k, victim=Not(v.k.party), victim_at_fault=OneOf(False, "unknown")),
    ],
    then=lambda k, e, c, h, law: fair_share(k.party, h.k, law),
    zh="双方对{h.k}的发生都没有过错：依当时的法律，可以根据实际情况由{k.party}与受害人分担损失。",
    en="Neither side was at fault for {h.k}: under the law of the time the loss may be shared between {k.party} and the victim as the circumstances warrant.",
)

# --- the victim's own fault ---------------------------------------------------------------------
rule(
    "fault.victim-contributed",
    cites=["CC-1173"],
    doctrine=DOCTRINE,
    stratum=5,
    when=[
        # not where only the victim's intent reduces it (an unsafe or forbidden animal: CC 1246/1247; rule review 31)
        fact("f", "finding", kind="liable", basis=NoneOf("animal-unsafe", "animal-forbidden")),
        fact("h", "harm", k=v.f.harm, victim_at_fault=True),
    ],
    # (nor, from 2010-07-01, a keeper's liability for its animal, which only the victim's intent or
    # gross negligence reduces — TLL art. 78, CC art. 1245; before, GPCL art. 127 let any fault of the
    # victim's count; helper-34's audit)
    reads=["CC-1245"],
    then=lambda f, h, law: []
    if f.basis == "animal-keeper" and law["CC-1245"] != "GPCL-127"
    else [finding("bears-own-loss", h.victim, h.k, degree="proportionate", basis="contributory-fault")],
    zh="受害人对{h.k}的发生或者扩大也有过错，可以减轻侵权人的责任，相应部分由其自行承担。",
    en="The victim's own fault contributed to {h.k}: the liability of the others may be reduced, and the victim bears that part.",
)

# A child (or another ward) hurt where its guardian failed its duty of care: courts count the
# guardian's failure as the victim's side's fault, reducing the others' liability (CC art. 1173; TLL
# art. 26, GPCL art. 131 before) — a child who climbed a broken railing, or drowned in a pond, while
# its parents looked away.
rule(
    "fault.ward-victims-guardian-failed-its-duty",
    cites=["CC-1173"],
    doctrine=DOCTRINE,
    stratum=5,
    when=[
        fact("f", "finding", kind="liable", basis=NoneOf("animal-unsafe", "animal-forbidden")),
        fact("h", "harm", k=v.f.harm, victim_at_fault=OneOf(False, "unknown")),
        fact("g", "rel", kind="guardianship", ward=v.h.victim, duty_done=False, guardian=Not(v.f.party)),
    ],
    then=lambda f, h, g: [finding("bears-own-loss", h.victim, h.k, degree="proportionate", basis="guardian-fault")],
    zh="{h.victim}的监护人{g.guardian}未尽到监护职责，对{h.k}的发生也有过错，视为受害一方的过错，可以减轻侵权人的责任，相应部分由受害一方自行承担。",
    en="{h.victim}'s guardian {g.guardian} failed its duty of care and so contributed to {h.k}: counted as the victim's side's fault, it may reduce the others' liability, and that part stays with the victim's side.",
)

# --- parties claimed against that no rule found liable -------------------------------------------
rule(
    "fault.claim-addressed-by-finding",
    cites=[],
    doctrine=BOOKKEEPING,
    stratum=6,
    # A ground found not to exist (no custody contract) does not answer a claim resting on another; nor
    # does the company's order to stop and report a breach answer a claim for what the breach cost.
    when=[fact("c", "claim"), fact("f", "finding", party=v.c.against, harm=v.c.harm, basis=NoneOf("no-custody-contract", "breach-of-rules"))],
    then=lambda c, f: [derived("addressed", party=c.against, harm=c.harm)],
    zh="对{c.against}的请求已有结论。",
    en="The claim against {c.against} has been decided.",
)

# ... but an order to stop a breach does answer a claim against the company about an interference
# that cost nothing in money (a nuisance without a figure): what the claimant can have is that order.
rule(
    "fault.claim-addressed-by-order-to-stop",
    cites=[],
    doctrine=BOOKKEEPING,
    stratum=6,
    when=[
        fact("c", "claim"),
        fact("f", "finding", basis="breach-of-rules", party=v.c.against, harm=v.c.harm),
        fact("h", "harm", kind="nuisance", amount=None, k=v.c.harm),
    ],
    then=lambda c, f, h: [derived("addressed", party=c.against, harm=c.harm)],
    zh="对{c.against}的请求针对的是未计损失的妨害，由其制止、报告的义务回答。",
    en="The claim against {c.against} is about an interference with no money figure: its duty to stop and report answers it.",
)

rule(
    "fault.claim-addressed-by-question",
    cites=[],
    doctrine=BOOKKEEPING,
    stratum=6,
    when=[fact("c", "claim"), fact("q", "question", party=v.c.against, harm=v.c.harm)],
    then=lambda c, q: [derived("addressed", party=c.against, harm=c.harm)],
    zh="对{c.against}的请求取决于待查明的事实。",
    en="The claim against {c.against} turns on facts still unknown.",
)

rule(
    "fault.no-ground-against-claimed-party",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    stratum=8,
    when=[
        fact("c", "claim", connected=False),
        fact("h", "harm", k=v.c.harm, victim=Not(v.c.against)),
        absent("addressed", party=v.c.against, harm=v.c.harm),
    ],
    then=lambda c, h: [finding("not-liable", c.against, h.k, basis="no-ground")],
    zh="事实未将{c.against}与{h.k}相连（既非致害事件的行为人或相关之物的所有人、管理人、使用人，也与受害人或行为人无法律关系）：行为人因过错侵害他人民事权益才承担侵权责任，法律另有规定的除外。",
    en="The facts do not connect {c.against} with {h.k} (no act in the events that caused it, no thing involved, no relationship with the victim or an actor): liability in tort requires fault unless a law provides otherwise.",
)

rule(
    "book.claim-outside-rule-book",
    cites=[],
    doctrine=BOOKKEEPING,
    stratum=8,
    when=[
        fact("c", "claim", connected=True),
        fact("h", "harm", k=v.c.harm, victim=Not(v.c.against)),
        absent("addressed", party=v.c.against, harm=v.c.harm),
    ],
    then=lambda c, h: [finding("outside", c.against, h.k, basis="no-rule")],
    zh="事实将{c.against}与{h.k}相连，但规则库中没有规则就此请求得出结论：这是规则库的空白，不是法律的回答，需由人工判断。",
    en="The facts connect {c.against} with {h.k}, but no rule in the book reaches this claim: the book's silence, not the law's answer — a person must decide it.",
)


"""Harm by kept animals — 饲养动物损害责任.

Civil Code art. 1245 (Tort Liability Law art. 78 from 2010-07-01; General Principles art. 127
before): the keeper or manager of an animal is liable for the harm it causes — without fault —
but may be relieved or bear less where it proves the harm came from the victim's intent or gross
negligence (before 2010: the victim's fault relieved it). Art. 1246 (TLL art. 79): kept against
the management rules without safety measures (e.g. unleashed), it is liable, and only the victim's
intent reduces that. Art. 1247 (TLL art. 80): a forbidden dangerous animal — liable, no defence.
Before 2010-07-01 neither special rule existed: an unleashed or forbidden animal's keeper answers
under GPCL art. 127's general rule, never "no ground" (rule review 30).
"""

from liability.rulebase import BOOKKEEPING, Not, OneOf, absent, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "tort"

rule(
    "animals.keeper-is-the-user",
    cites=[],
    doctrine=BOOKKEEPING,  # who keeps it: no article of its own (not CC 1245 in a 1246/1247 chain)
    when=[fact("e", "event", kind="animal-harm"), fact("x", "thing", k=v.e.animal, occupant=Not(None))],
    then=lambda e, x: [derived("keeper", event=e.k, party=x.occupant, basis="animal")],
    zh="{x.occupant}饲养、管理{e.animal}。",
    en="{x.occupant} keeps and manages {e.animal}.",
)

rule(
    "animals.keeper-is-the-owner",
    cites=[],
    doctrine=BOOKKEEPING,  # who keeps it: no article of its own (not CC 1245 in a 1246/1247 chain)
    when=[fact("e", "event", kind="animal-harm"), fact("x", "thing", k=v.e.animal, occupant=None, owner=Not(None))],
    then=lambda e, x: [derived("keeper", event=e.k, party=x.owner, basis="animal")],
    zh="{e.animal}由其所有人{x.owner}饲养。",
    en="{x.owner}, its owner, keeps {e.animal}.",
)


def _general(k, e, c, h, law):
    shown = e.victim_intent is True or e.victim_gross_negligence is True
    cleared = e.victim_intent is False and e.victim_gross_negligence is False
    if shown and law["CC-1245"] == "GPCL-127":  # before 2010 the victim's fault relieved the keeper
        return [finding("not-liable", k.party, h.k, basis="victim-fault")]
    if shown:
        return [
            finding("liable", k.party, h.k, degree="reduced", basis="animal-keeper"),
            finding("bears-own-loss", h.victim, h.k, degree="proportionate", basis="victim-provoked"),
        ]
    return [
        finding(
            "liable",
            k.party,
            h.k,
            basis="animal-keeper",
            presumed=not cleared,
            rebuttal=None if cleared else f"events.{e.k}.victim_gross_negligence=true",
        )
    ]


rule(
    "animals.keeper-liable",
    cites=["CC-1245"],
    doctrine=DOCTRINE,
    stratum=3,
    when=[
        fact("k", "keeper", basis="animal"),
        fact("e", "event", k=v.k.event, no_safety_measures=OneOf(False, "unknown"), banned_breed=OneOf(False, "unknown")),
        *caused_harm(by=v.e.k, victim=Not(v.k.party)),
        absent("keeper-relieved", harm=v.h.k),
    ],
    then=_general,
    zh="{e.animal}造成{h.k}，饲养人、管理人{k.party}应当承担侵权责任，除非能够证明损害是因被侵权人故意或者重大过失造成的。",
    en="{e.animal} caused {h.k}: its keeper {k.party} is liable, unless it proves the victim's intent or gross negligence.",
)


def _unsafe(k, e, c, h, law):
    if law["CC-1246"] == "GPCL-127":  # before 2010 only the general rule: the victim's fault relieves
        return _general(k, e, c, h, {"CC-1245": "GPCL-127"})
    if e.victim_intent is True:
        return [
            finding("liable", k.party, h.k, degree="reduced", basis="animal-unsafe"),
            finding("bears-own-loss", h.victim, h.k, degree="proportionate", basis="victim-provoked"),
        ]
    return [finding("liable", k.party, h.k, basis="animal-unsafe")]


rule(
    "animals.no-safety-measures",
    cites=["CC-1246"],
    doctrine=DOCTRINE,
    stratum=3,
    when=[
        fact("k", "keeper", basis="animal"),
        fact("e", "event", k=v.k.event, no_safety_measures=True, banned_breed=OneOf(False, "unknown")),
        *caused_harm(by=v.e.k, victim=Not(v.k.party)),
        absent("keeper-relieved", harm=v.h.k),
    ],
    then=_unsafe,
    zh="{k.party}违反管理规定，未对{e.animal}采取安全措施，造成{h.k}，应当承担侵权责任；只有被侵权人故意的，才可以减轻。",
    en="{k.party} kept {e.animal} without the safety measures the rules require and it caused {h.k}: liable; only the victim's intent reduces that.",
)

rule(
    "animals.forbidden-dangerous-animal",
    cites=["CC-1247"],
    doctrine=DOCTRINE,
    stratum=3,
    when=[
        fact("k", "keeper", basis="animal"),
        fact("e", "event", k=v.k.event, banned_breed=True),
        *caused_harm(by=v.e.k, victim=Not(v.k.party)),
        absent("keeper-relieved", harm=v.h.k),
    ],
    then=lambda k, e, c, h, law: _general(k, e, c, h, {"CC-1245": "GPCL-127"})
    if law["CC-1247"] == "GPCL-127"  # before 2010 only the general rule
    else [finding("liable", k.party, h.k, basis="animal-forbidden")],
    zh="{e.animal}属于禁止饲养的危险动物，造成{h.k}，饲养人、管理人{k.party}应当承担侵权责任，不得以被侵权人的过错免责。",
    en="{e.animal} is a dangerous animal whose keeping is forbidden: its keeper {k.party} is liable for {h.k}, with no defence.",
)


# A third party's fault made the animal do harm (teasing it, opening its gate): the victim may claim
# the whole from the keeper or from the third party, and the keeper who pays recovers from the third
# party (CC art. 1250; TLL art. 83) — not a 1172 split (rule review 32). Before 2010 the third party
# alone bore it (GPCL art. 127).
def _third_party(k, e, c, h, w, law):
    if law["CC-1250"] == "GPCL-127":
        return [
            finding("not-liable", k.party, h.k, basis="third-party-fault"),
            finding("liable", w.actor, h.k, basis="third-party-fault"),
            derived("keeper-relieved", harm=h.k),
        ]
    return [
        finding("liable", k.party, h.k, degree="joint", basis="animal-keeper"),
        finding("liable", w.actor, h.k, degree="joint", basis="third-party-fault"),
        finding("recourse", k.party, h.k, against=w.actor, basis="against-third-party"),
    ]


rule(
    "animals.third-party-fault",
    cites=["CC-1250"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("k", "keeper", basis="animal"),
        fact("e", "event", k=v.k.event),
        *caused_harm(by=v.e.k, victim=Not(v.k.party)),
        fact("w", "wronged", harm=v.h.k, actor=Not(v.k.party)),
    ],
    then=_third_party,
    zh="因第三人{w.actor}的过错致使{e.animal}造成{h.k}：被侵权人可以向饲养人{k.party}请求赔偿，也可以向第三人请求赔偿；饲养人赔偿后有权向第三人追偿（2010年前由第三人承担）。",
    en="{w.actor}'s fault made {e.animal} cause {h.k}: the victim may claim from the keeper {k.party} or from the third party, and the keeper who pays recovers from it (before 2010 the third party alone answered).",
)

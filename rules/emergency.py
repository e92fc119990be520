"""Emergency avoidance — 紧急避险.

Civil Code art. 182 (from 2021-01-01); before it General Provisions of Civil Law art. 182
(2017-10-01), Tort Liability Law art. 31 (2010-07-01) and General Principles of Civil Law art. 129
(1987-01-01). Who caused the danger bears the harm done in averting it; where the danger is
natural, the one who averted it is not liable and may give appropriate compensation; where the
measure was improper or went beyond what was needed, the one who averted it bears appropriate
liability for the harm that should not have been done.
"""

from liability.rulebase import ANY, Not, OneOf, by_fault, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "emergency-avoidance"

# --- the danger and who caused it -------------------------------------------------------------
rule(
    "emergency-avoidance.danger-caused-by-person",
    cites=["CC-182"],
    doctrine=DOCTRINE,
    when=[
        fact("m", "event", kind="emergency-measure", averts=ANY),
        fact("e", "event", k=v.m.averts, natural_cause=False, actor=Not(None)),
    ],
    then=lambda m, e: [derived("danger", event=e.k, causer=e.actor, natural=False)],
    zh="{e.k}的险情由{e.actor}引起，并非自然原因。",
    en="The danger from {e.k} was caused by {e.actor}, not by natural forces.",
)

rule(
    "emergency-avoidance.danger-natural",
    cites=["CC-182"],
    doctrine=DOCTRINE,
    when=[
        fact("m", "event", kind="emergency-measure", averts=ANY),
        fact("e", "event", k=v.m.averts, natural_cause=True),
    ],
    then=lambda m, e: [derived("danger", event=e.k, causer="none", natural=True)],
    zh="{e.k}的险情由自然原因引起。",
    en="The danger from {e.k} arose from natural causes.",
)

rule(
    "emergency-avoidance.danger-cause-unknown",
    cites=["CC-182"],
    doctrine=DOCTRINE,
    when=[
        fact("m", "event", kind="emergency-measure", averts=ANY),
        fact("e", "event", k=v.m.averts, natural_cause="unknown"),
    ],
    then=lambda m, e: [
        derived("question", fact=f"events.{e.k}.natural_cause", party=m.actor, harm="none", about=m.k)
    ],
    zh="{e.k}的险情是否由自然原因引起尚不清楚：这决定由谁承担避险造成的损害。",
    en="Whether the danger from {e.k} arose from natural causes is unknown: it decides who bears the harm done in averting it.",
)

# --- was the measure justified? ---------------------------------------------------------------
rule(
    "emergency-avoidance.justified",
    cites=["CC-182"],
    doctrine=DOCTRINE,
    when=[
        fact("m", "event", kind="emergency-measure", danger_present=True, other_means=False, excessive=False),
    ],
    then=lambda m: [derived("justified-avoidance", event=m.k, actor=m.actor, danger=m.averts)],
    zh="{m.actor}为避免正在发生的危险，在别无他法时采取{m.k}，未超过必要限度，构成紧急避险。",
    en="{m.actor} took {m.k} to avert a present danger, with no milder means available and within what was needed: emergency avoidance.",
)

rule(
    "emergency-avoidance.excessive",
    cites=["CC-182"],
    doctrine=DOCTRINE,
    when=[fact("m", "event", kind="emergency-measure", danger_present=True, excessive=True)],
    then=lambda m: [derived("excessive-avoidance", event=m.k, actor=m.actor, danger=m.averts)],
    zh="{m.actor}采取的{m.k}措施不当或者超过必要限度。",
    en="{m.actor}'s measure {m.k} was improper or went beyond what was needed.",
)

# With a milder means at hand the measure was not necessary (不得已: SPC interpretation on the General
# Part, 法释〔2022〕6号, art. 32): no justified avoidance. It is at least an improper measure (CC art.
# 182 para. 3) — the avoider answers appropriately for the undue harm — and never leaves the actor
# better off than one who had no other way (rule review 3).
rule(
    "emergency-avoidance.milder-means-available",
    cites=["CC-182"],
    doctrine=DOCTRINE,
    when=[fact("m", "event", kind="emergency-measure", danger_present=True, other_means=True, excessive=OneOf(False, "unknown"))],
    then=lambda m: [derived("excessive-avoidance", event=m.k, actor=m.actor, danger=m.averts)],
    zh="{m.actor}本有更为缓和的办法可用，{m.k}并非不得已而为之，属措施不当。",
    en="{m.actor} had a milder means at hand: {m.k} was not the only way, and so an improper measure.",
)

for _field in ("danger_present", "other_means", "excessive"):
    rule(
        f"emergency-avoidance.{_field.replace('_', '-')}-unknown",
        cites=["CC-182"],
        doctrine=DOCTRINE,
        when=[fact("m", "event", kind="emergency-measure", **{_field: "unknown"})],
        then=lambda m, _f=_field: [
            derived("question", fact=f"events.{m.k}.{_f}", party=m.actor, harm="none", about=m.k)
        ],
        zh=f"{{m.k}}的事实“{_field}”未知：它决定该措施是否构成紧急避险。",
        en=f"Fact '{_field}' of {{m.k}} is unknown: it decides whether the measure was justified emergency avoidance.",
    )

# No present danger: no emergency avoidance, and the harm done answers by the general rule — the
# actor's fault (rule review 17): one who had no reasonable ground to believe in a danger is at
# fault; whether it had is asked when unknown.
rule(
    "emergency-avoidance.no-present-danger",
    cites=["CC-1165", "CC-182"],
    doctrine=DOCTRINE,
    when=[
        fact("m", "event", kind="emergency-measure", danger_present=False, fault=OneOf(True, "unknown")),
        *caused_harm(by=v.m.k, victim=Not(v.m.actor)),
    ],
    then=lambda m, c, h: by_fault(m, h, "no-emergency"),
    zh="没有正在发生的危险，{m.actor}的{m.k}不是紧急避险：对{h.k}依过错承担责任（无合理理由相信存在危险的，有过错）。",
    en="There was no present danger: {m.k} was not emergency avoidance, and {m.actor} answers for {h.k} by its fault (no reasonable ground to believe in a danger is fault).",
)

def _as_avoidance(m):
    """An emergency measure weighed as avoidance once the danger is taken as present."""
    if m.other_means is True or m.excessive is True:
        return [derived("excessive-avoidance", event=m.k, actor=m.actor, danger=m.averts)]
    if m.other_means is False and m.excessive is False:
        return [derived("justified-avoidance", event=m.k, actor=m.actor, danger=m.averts)]
    return []  # asked by the -unknown rules above


# A danger the actor had reasonable ground to believe present, though it was not (putative
# avoidance, 假想避险): no fault, so no liability by the general rule — but the actor is treated as an
# avoider (参照 CC art. 182), never better off than one facing a real danger (rule review 3): where the
# believed danger was natural it may compensate appropriately, and a measure with a milder means at
# hand, or one that went too far, is still improper.
rule(
    "emergency-avoidance.reasonably-believed-danger",
    cites=["CC-182"],
    doctrine=DOCTRINE,
    when=[fact("m", "event", kind="emergency-measure", danger_present=False, fault=False)],
    then=lambda m: _as_avoidance(m),
    zh="危险实际已不存在，但{m.actor}有合理理由相信其正在发生、并无过错：参照紧急避险处理{m.k}造成的损害。",
    en="The danger was no longer present, but {m.actor} had reasonable ground to believe it was and was not at fault: the harm done by {m.k} is treated as in emergency avoidance.",
)


# --- who bears the harm done in averting it -------------------------------------------------------
rule(
    "emergency-avoidance.cost-on-danger-causer",
    cites=["CC-182"],
    doctrine=DOCTRINE,
    when=[
        fact("j", "justified-avoidance"),
        fact("d", "danger", event=v.j.danger, natural=False),
        *caused_harm(by=v.j.event),
    ],
    then=lambda j, d, c, h: [
        finding("not-liable", j.actor, h.k, basis="justified-emergency-avoidance"),
        finding("bears-own-loss", d.causer, h.k, basis="danger-causer")
        if h.victim == d.causer
        else finding("liable", d.causer, h.k, degree="full", basis="danger-causer"),
    ],
    zh="{j.actor}的紧急避险造成{h.k}，由引起险情发生的{d.causer}承担，避险人不承担责任。",
    en="{h.k} was done in justified emergency avoidance by {j.actor}: {d.causer}, who caused the danger, bears it; the one who averted it is not liable.",
)

rule(
    "emergency-avoidance.natural-danger",
    cites=["CC-182"],
    doctrine=DOCTRINE,
    when=[
        fact("j", "justified-avoidance"),
        fact("d", "danger", event=v.j.danger, natural=True),
        *caused_harm(by=v.j.event, victim=Not(v.j.actor)),
    ],
    # Before 2010 the beneficiary, not the avoider, compensated (rule review 12; see below).
    then=lambda j, d, c, h, law: [finding("not-liable", j.actor, h.k, basis="natural-danger")]
    + ([] if law["CC-182"] == "GPCL-129" else [finding("compensates", j.actor, h.k, degree="appropriate", basis="natural-danger")]),
    zh="险情由自然原因引起，避险人{j.actor}对{h.k}不承担责任，可以给予适当补偿。",
    en="The danger was natural: {j.actor}, who averted it, is not liable for {h.k} and may give appropriate compensation.",
)

rule(
    "emergency-avoidance.excessive-measure-liability",
    cites=["CC-182"],
    doctrine=DOCTRINE,
    when=[
        fact("x", "excessive-avoidance"),
        *caused_harm(by=v.x.event, victim=Not(v.x.actor)),
    ],
    then=lambda x, c, h: [finding("liable", x.actor, h.k, degree="appropriate", basis="excessive-avoidance")],
    zh="紧急避险采取措施不当或者超过必要限度，{x.actor}对不应有的损害{h.k}承担适当的责任。",
    en="The measure was improper or excessive: {x.actor} bears appropriate liability for the undue harm {h.k}.",
)

rule(
    "emergency-avoidance.excessive-rest-on-danger-causer",
    cites=["CC-182"],
    doctrine=DOCTRINE,
    when=[
        fact("x", "excessive-avoidance"),
        fact("d", "danger", event=v.x.danger, natural=False),
        *caused_harm(by=v.x.event, victim=Not(v.x.actor)),
    ],
    then=lambda x, d, c, h: [
        finding("bears-own-loss", d.causer, h.k, degree="rest", basis="danger-causer")
        if h.victim == d.causer
        else finding("liable", d.causer, h.k, degree="rest", basis="danger-causer")
    ],
    zh="避险虽超过必要限度，必要限度内的损害{h.k}仍由引起险情的{d.causer}承担。",
    en="Though the measure went too far, {d.causer}, who caused the danger, still bears {h.k} within what was necessary.",
)


rule(
    "emergency-avoidance.beneficiary-compensates-before-2010",
    cites=["SPCGPCL-156"],
    doctrine=DOCTRINE,
    when=[
        fact("j", "justified-avoidance"),
        fact("d", "danger", event=v.j.danger, natural=True),
        fact("m", "event", k=v.j.event, beneficiary=Not(None)),
        *caused_harm(by=v.j.event, victim=Not(v.m.beneficiary)),
    ],
    then=lambda j, d, m, c, h: [finding("compensates", m.beneficiary, h.k, degree="appropriate", basis="beneficiary")],
    zh="险情由自然原因引起、避险措施适当：避险人不承担责任，受害人要求补偿的，可以责令受益人{m.beneficiary}适当补偿。",
    en="A natural danger averted properly: the avoider is not liable, and the beneficiary {m.beneficiary} may be ordered to compensate the victim appropriately.",
)

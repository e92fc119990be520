"""Measures against another's use of its own things — 阻碍他人使用其物的措施.

A property-service company may stop a breach of the rules and report it (rules/property_service.py).
It may not bar an owner's car, refuse to register its plate, or refuse to cooperate in the ordinary
use of the owner's own flat or parking space unless a lawful ground carries the measure: the law, rules
the owners adopted, a decision in force. Pressing for a payment is no such ground — outside a custody
the company holds no lien, and the Civil Code names cutting utilities expressly (art. 944 para. 3). An
obstruction without a lawful ground must stop and be removed (CC art. 1167; TLL art. 21 from
2010-07-01; GPCL art. 134 before), fault or none; damages for what it cost need fault (rules/fault.py).
Whoever obstructs — the company, a neighbour, an owners' committee — the rule is the same.
"""

from liability.rulebase import Not, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "tort"
_ORDER = dict(degree="remove-obstruction", basis="unlawful-measure")

rule(
    "measures.obstruction-without-lawful-ground",
    cites=["CC-1167"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act="obstruction", lawful_ground=False),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
    ],
    then=lambda a, c, h: [finding("obligation", a.actor, h.k, **_ORDER)],
    zh="{a.actor}的{a.k}阻碍{h.victim}使用其物，没有法律、管理规约或者生效决定的依据，应当停止侵害、排除妨碍。",
    en="{a.actor}'s {a.k} keeps {h.victim} from using what is its own, with no ground in the law, the owners' rules or a decision in force: it must stop and remove the obstruction.",
)

for _what, _zh, _en in (
    ("property_fees", "催交物业费", "property fees"),
    ("rent", "催交租金", "rent"),
    ("other_debt", "催收欠款", "a debt"),
):
    rule(
        f"measures.obstruction-to-press-for-{_what.replace('_', '-')}",
        cites=["CC-1167"],
        doctrine=DOCTRINE,
        when=[
            fact("a", "event", kind="act", act="obstruction", **{f"presses_{_what}": True}),
            *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
        ],
        then=lambda a, c, h: [finding("obligation", a.actor, h.k, **_ORDER)],
        zh=f"{{a.actor}}以{{a.k}}{_zh}：催缴不是阻碍他人使用其物的依据（保管以外没有留置权），应当停止侵害、排除妨碍，另行依法主张。",
        en=f"{{a.actor}} used {{a.k}} to press for {_en}: that is no ground to keep another from using what is its own (there is no lien outside a custody); it must stop and remove the obstruction, and claim by law instead.",
    )

rule(
    "measures.obstruction-on-lawful-ground",
    cites=["CC-1167"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act="obstruction", lawful_ground=True, presses_property_fees=False, presses_rent=False, presses_other_debt=False),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
    ],
    then=lambda a, c, h: [finding("not-liable", a.actor, h.k, basis="lawful-measure")],
    zh="{a.actor}的{a.k}有法律、管理规约或者生效决定为依据，不构成侵害。",
    en="{a.actor}'s {a.k} rests on the law, the owners' rules or a decision in force: no infringement.",
)

rule(
    "measures.obstruction-ground-unknown",
    cites=["CC-1167"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act="obstruction", lawful_ground="unknown", presses_property_fees=False, presses_rent=False, presses_other_debt=False),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
    ],
    then=lambda a, c, h: [derived("question", fact=f"events.{a.k}.lawful_ground", party=a.actor, harm=h.k, about=a.k)],
    zh="{a.actor}的{a.k}是否有法律、管理规约或者生效决定的依据尚不清楚：没有依据的，应当停止侵害、排除妨碍。",
    en="Whether {a.actor}'s {a.k} rests on the law, the owners' rules or a decision in force is unknown: if not, it must stop and remove the obstruction.",
)


# A "fine" (罚款): a property-service company — or an owners' body, a landlord — holds no power to
# penalise; CC art. 286 para. 2 gives the owners' bodies only to demand a stop, a restoration, a
# compensation. Money taken as a fine was taken without a legal ground and is to be returned (CC art.
# 985; GPCL art. 92 before) — whatever the breach it was meant to punish, which is answered by its
# own rules.
rule(
    "measures.fine-returned",
    cites=["CC-985"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act="penalty"),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor), kind="economic"),
    ],
    then=lambda a, c, h: [finding("obligation", a.actor, h.k, degree="return", basis="no-penalty-power")],
    zh="{a.actor}以“罚款”为名收取{h.victim}的钱款（{h.k}），没有法律根据：物业服务人、业主组织都没有处罚权，应当返还。",
    en="{a.actor} took {h.victim}'s money as a \"fine\" ({h.k}) without a legal ground: neither a property-service company nor an owners' body may penalise anyone; it must be returned.",
)

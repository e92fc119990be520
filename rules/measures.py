"""Measures against another's use of its own things — 阻碍他人使用其物的措施.

A property-service company may stop a breach of the rules and report it (rules/property_service.py).
It may not bar an owner's car, refuse to register its plate, or refuse to cooperate in the ordinary
use of the owner's own flat or parking space unless a lawful ground carries the measure: the law, rules
the owners adopted, a decision in force. Pressing for a payment is no such ground — outside a custody
the company holds no lien, and the Civil Code names cutting utilities expressly (art. 944 para. 3). An
obstruction without a lawful ground must stop and be removed (CC art. 1167; TLL art. 21 from
2010-07-01; GPCL art. 134 before), fault or none; damages for what it cost need fault (rules/fault.py).
Whoever obstructs — the company, a neighbour, an owners' committee — the rule is the same.
Some measures the law forbids outright, whatever ground is claimed: no organisation or individual
may hold another's resident identity card (Resident Identity Card Law art. 15 para. 3, 2011 text,
from 2012-01-01) — it is to be returned, and the handler is not asked whether a ground carried it.
"""

from liability.rulebase import NoneOf, Not, OneOf, absent, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "tort"
_ORDER = dict(degree="remove-obstruction", basis="unlawful-measure")
# The order answers the obstruction while it lasts (an act with no end date: ``until`` unset) and the
# harm of being kept from one's own — not a past one, nor a loss of the thing itself (a car left to rot
# behind a barrier is a claim for damages, by fault: rules/fault.py) (helper-33's blind test).
LOSS_OF_USE = OneOf("nuisance", "economic")

rule(
    "measures.obstruction-without-lawful-ground",
    cites=["CC-1167"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act="obstruction", lawful_ground=False, until=None),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor), kind=LOSS_OF_USE),
        absent("held-against-the-law", event=v.a.k),
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
            fact("a", "event", kind="act", act="obstruction", until=None, **{f"presses_{_what}": True}),
            *caused_harm(by=v.a.k, victim=Not(v.a.actor), kind=LOSS_OF_USE),
            absent("held-against-the-law", event=v.a.k),
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
        fact("a", "event", kind="act", act=OneOf("obstruction", "removal"), lawful_ground=True, excessive=NoneOf(True), presses_property_fees=False, presses_rent=False, presses_other_debt=False),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
        absent("held-against-the-law", event=v.a.k),
    ],
    then=lambda a, c, h: [finding("not-liable", a.actor, h.k, basis="lawful-measure")],
    zh="{a.actor}的{a.k}有法律、管理规约或者生效决定为依据，不构成侵害。",
    en="{a.actor}'s {a.k} rests on the law, the owners' rules or a decision in force: no infringement.",
)

# Done by a worker at work, a lawful measure clears the employer too: it answers for its staff's
# wrongs (CC art. 1191), and there is none.
rule(
    "measures.obstruction-on-lawful-ground-at-work",
    cites=["CC-1167", "CC-1191"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act=OneOf("obstruction", "removal"), lawful_ground=True, excessive=NoneOf(True), in_course_of_work=True, presses_property_fees=False, presses_rent=False, presses_other_debt=False),
        fact("r", "rel", kind="employment", employee=v.a.actor),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
        fact("x", "claim", harm=v.h.k, against=v.r.employer),
        absent("held-against-the-law", event=v.a.k),
    ],
    then=lambda a, r, c, h, x: [finding("not-liable", r.employer, h.k, basis="lawful-measure")],
    zh="工作人员{a.actor}执行工作任务实施的{a.k}有法律、管理规约或者生效决定为依据，不构成侵害：用人单位{r.employer}对{h.k}不承担责任。",
    en="The worker {a.actor}'s {a.k}, done at work, rests on the law, the owners' rules or a decision in force — no infringement: its employer {r.employer} is not liable for {h.k}.",
)

rule(
    "measures.obstruction-ground-unknown",
    cites=["CC-1167"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act="obstruction", lawful_ground="unknown", presses_property_fees=False, presses_rent=False, presses_other_debt=False),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
        absent("held-against-the-law", event=v.a.k),
    ],
    then=lambda a, c, h: [derived("question", fact=f"events.{a.k}.lawful_ground", party=a.actor, harm=h.k, about=a.k)],
    zh="{a.actor}的{a.k}是否有法律、管理规约或者生效决定的依据尚不清楚：没有依据的，应当停止侵害、排除妨碍。",
    en="Whether {a.actor}'s {a.k} rests on the law, the owners' rules or a decision in force is unknown: if not, it must stop and remove the obstruction.",
)


# A property-service company shall carry out the emergency and other management measures the
# government lawfully imposes, and owners shall cooperate (CC art. 285 para. 2, 286 para. 1, from
# 2021-01-01): what such a measure costs an owner — a gate shut, a coop taken down in an epidemic — is
# no wrong of the company's. (Before the Civil Code a lawful government order is still a lawful ground,
# decided by the rules above; the articles that oblige the company to carry it out are the Code's.)
rule(
    "measures.government-measure-carried-out",
    cites=["CC-285", "CC-286"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", government_measure=True, excessive=NoneOf(True)),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
    ],
    then=lambda a, c, h: [finding("not-liable", a.actor, h.k, basis="government-measure")],
    zh="{a.actor}的{a.k}是执行政府依法实施的应急处置措施或者其他管理措施，业主应当依法配合：对{h.k}不构成侵害。",
    en="{a.actor}'s {a.k} carried out an emergency or other management measure the government lawfully imposed, with which owners must cooperate: no wrong as to {h.k}.",
)


# No one but the police, enforcing residential surveillance, may hold a resident identity card
# (IDCL art. 15 para. 3): holding one is unlawful whatever ground is claimed for it — it must be given
# back (CC art. 1167), and damages for what it cost turn on fault as for any infringement.
rule(
    "measures.identity-card-held",
    cites=["IDCL-15", "CC-1167"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", act="obstruction"),
        fact("x", "thing", k=v.a.thing, kind="identity-card"),
        fact("p", "party", k=v.a.actor, kind=Not("public-authority")),
    ],
    then=lambda a, x, p: [derived("held-against-the-law", event=a.k)],
    zh="{a.actor}扣押{x.k}：任何组织或者个人不得扣押居民身份证（公安机关依法执行监视居住的除外），无论以何理由。",
    en="{a.actor} held {x.k}: no organisation or individual may hold a resident identity card (save the police enforcing residential surveillance), whatever the reason.",
)

rule(
    "measures.identity-card-returned",
    cites=["IDCL-15", "CC-1167"],
    doctrine=DOCTRINE,
    when=[
        fact("u", "held-against-the-law"),
        fact("a", "event", k=v.u.event),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
    ],
    then=lambda u, a, c, h: [finding("obligation", a.actor, h.k, degree="return", basis="identity-card-held")],
    zh="{a.actor}无权扣押居民身份证，应当返还，停止侵害。",
    en="{a.actor} had no right to hold the identity card: it must give it back and stop the infringement.",
)

# Damages for what the holding cost need fault, as for any infringement — asked of the holder and of
# its employer where it held the card at work, whatever ground the handler entered (the law allows none).
def _ask_fault(u, a, c, h, *employers):
    return [derived("question", fact=f"events.{a.k}.fault", party=p, harm=h.k, about=a.k) for p in (a.actor, *employers)]


rule(
    "measures.identity-card-fault-unknown",
    cites=["IDCL-15", "CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("u", "held-against-the-law"),
        fact("a", "event", k=v.u.event, fault="unknown", lawful_ground=True),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor), amount=Not(None)),
    ],
    then=lambda u, a, c, h: _ask_fault(u, a, c, h),
    zh="{a.actor}扣押居民身份证没有合法依据（所称依据不能排除法律的禁止）；是否有过错尚不清楚：有过错则应赔偿{h.k}。",
    en="{a.actor} held an identity card without a lawful ground (the ground claimed cannot displace the law's prohibition); whether it was at fault is unknown: if so, it compensates {h.k}.",
)

rule(
    "measures.identity-card-fault-unknown-at-work",
    cites=["IDCL-15", "CC-1191"],
    doctrine=DOCTRINE,
    when=[
        fact("u", "held-against-the-law"),
        fact("a", "event", k=v.u.event, fault="unknown", lawful_ground=True, in_course_of_work=NoneOf(False)),
        fact("r", "rel", kind="employment", employee=v.a.actor),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor), amount=Not(None)),
    ],
    then=lambda u, a, r, c, h: _ask_fault(u, a, c, h, r.employer),
    zh="工作人员{a.actor}扣押居民身份证没有合法依据；其是否有过错尚不清楚：有过错且属执行工作任务的，由用人单位{r.employer}赔偿{h.k}。",
    en="The worker {a.actor} held an identity card without a lawful ground; whether it was at fault is unknown: if so, and at work, its employer {r.employer} compensates {h.k}.",
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

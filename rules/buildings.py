"""Objects falling from or thrown out of buildings — 建筑物及其搁置物、悬挂物脱落、坠落；高空抛物.

Civil Code art. 1253 (from 2021-01-01; Tort Liability Law art. 85 from 2010-07-01; General
Principles of Civil Law art. 126 from 1987): where a building, its fixtures or things placed or
hung on it come loose or fall and harm another, the owner, manager or user is liable unless it
proves it was not at fault — a presumption of fault; having paid, it may recover from another
responsible person.

Civil Code art. 1254 (Tort Liability Law art. 87 from 2010-07-01): the one who threw or let fall
an object from a building is liable; where the one cannot be determined, the users of the
building who may have done it compensate, except those who prove it was not them, and may
recover from the one who did it; the property-service company as the building's manager must
take the necessary safety measures, and is liable in tort for failing to (this duty and the
recourse are new in the Civil Code).
"""

from liability.rulebase import BOOKKEEPING, Not, OneOf, caused_harm, derived, fact, finding, outside, rule, v

from .security import beside_the_doer

FALLING = "falling-objects"
THROWN = "thrown-objects"

# --- who answers for a falling part: the manager, else the user, else the owner -----------------
rule(
    "falling-object.manager-answers",
    cites=["CC-1253"],
    doctrine=FALLING,
    when=[fact("f", "event", kind="falling-object"), fact("x", "thing", k=v.f.thing, manager=Not(None))],
    then=lambda f, x: [derived("keeper", event=f.k, party=x.manager, basis="manager")],
    zh="{x.manager}是{f.thing}的管理人。",
    en="{x.manager} manages {f.thing}.",
)

rule(
    "falling-object.user-answers",
    cites=["CC-1253"],
    doctrine=FALLING,
    when=[
        fact("f", "event", kind="falling-object"),
        fact("x", "thing", k=v.f.thing, manager=None, occupant=Not(None)),
    ],
    then=lambda f, x: [derived("keeper", event=f.k, party=x.occupant, basis="user")],
    zh="{f.thing}无管理人，由使用人{x.occupant}负责。",
    en="{f.thing} has no manager: its user {x.occupant} answers for it.",
)

rule(
    "falling-object.owner-answers",
    cites=["CC-1253"],
    doctrine=FALLING,
    when=[
        fact("f", "event", kind="falling-object"),
        # the owner answers beside a user who is someone else (a let flat: owner and tenant are both
        # presumed keepers, CC 1253 / TLL 85; rule review 35)
        fact("x", "thing", k=v.f.thing, manager=None, owner=Not(None)),
    ],
    then=lambda f, x: [] if x.occupant == x.owner else [derived("keeper", event=f.k, party=x.owner, basis="owner")],
    zh="{f.thing}无管理人，其所有人{x.owner}（与使用人一样）对其负责。",
    en="{f.thing} has no manager: its owner {x.owner} answers for it (as does any user).",
)


# A thing with no keeper of its own that is part of another (ice built up on the eaves, a fixture of
# the building) is kept by whoever manages that whole.
rule(
    "falling-object.manager-of-the-whole-answers",
    cites=["CC-1253"],
    doctrine=FALLING,
    when=[
        fact("f", "event", kind="falling-object"),
        fact("x", "thing", k=v.f.thing, manager=None, occupant=None, owner=None, part_of=Not(None)),
        fact("y", "thing", k=v.x.part_of, manager=Not(None)),
    ],
    then=lambda f, x, y: [derived("keeper", event=f.k, party=y.manager, basis="manager")],
    zh="{f.thing}无自己的管理人、使用人或所有人，是{y.k}的一部分，由{y.k}的管理人{y.manager}负责。",
    en="{f.thing} has no manager, user or owner of its own and is part of {y.k}: {y.k}'s manager {y.manager} answers for it.",
)


def _presumed(k, f, c, h):
    shown = f.neglected is True  # fault shown, not merely presumed
    return [
        finding(
            "liable",
            k.party,
            h.k,
            basis="falling-object",
            presumed=not shown,
            rebuttal=None if shown else f"events.{f.k}.proved_no_fault=true",
        )
    ]


rule(
    "falling-object.manager-presumed-fault",
    cites=["CC-1253"],
    doctrine=FALLING,
    when=[
        fact("k", "keeper"),
        fact("f", "event", k=v.k.event, kind="falling-object", proved_no_fault=OneOf(False, "unknown")),
        *caused_harm(by=v.f.k, victim=Not(v.k.party)),
    ],
    then=_presumed,
    zh="{f.thing}脱落、坠落造成{h.k}，{k.party}不能证明自己没有过错，应当承担侵权责任。",
    en="{f.thing} fell and caused {h.k}; {k.party} has not proved it was not at fault: liable in tort.",
)

rule(
    "falling-object.no-fault-proved",
    cites=["CC-1253"],
    doctrine=FALLING,
    when=[
        fact("k", "keeper"),
        fact("f", "event", k=v.k.event, kind="falling-object", proved_no_fault=True),
        *caused_harm(by=v.f.k, victim=Not(v.k.party)),
    ],
    then=lambda k, f, c, h: [finding("not-liable", k.party, h.k, basis="no-fault-proved")],
    zh="{k.party}证明自己没有过错（已按期检查维修，损害由超出设计标准的自然力造成），推定被推翻，不承担责任。",
    en="{k.party} proved it was not at fault (inspected and repaired on schedule; a force beyond the design load): the presumption is rebutted, not liable.",
)

# Another's fault behind the fall (an installer who fixed the unit badly): the owner, manager or user
# presumed liable answers the victim for the whole and may recover from the other, who bears it in
# the end; the victim may also claim from the other in tort — not a 1172 split (CC art. 1253 second
# sentence; TLL art. 85; rule review 35).
rule(
    "falling-object.other-responsible",
    cites=["CC-1253"],
    doctrine=FALLING,
    stratum=2,
    when=[
        fact("k", "keeper"),
        fact("f", "event", k=v.k.event, kind="falling-object", proved_no_fault=OneOf(False, "unknown")),
        *caused_harm(by=v.f.k, victim=Not(v.k.party)),
        fact("w", "wronged", harm=v.h.k, actor=Not(v.k.party)),
    ],
    then=lambda k, f, c, h, w: [
        finding("liable", k.party, h.k, degree="joint", basis="falling-object"),
        finding("liable", w.actor, h.k, degree="joint", basis="other-responsible"),
        finding("recourse", k.party, h.k, against=w.actor, basis="against-other-responsible"),
    ],
    zh="{f.thing}的坠落另有责任人{w.actor}：{k.party}向受害人承担全部责任后，有权向{w.actor}追偿；受害人也可以直接请求{w.actor}赔偿。",
    en="{w.actor}'s fault lies behind the fall of {f.thing}: {k.party} answers the victim for the whole and may recover from {w.actor}, who may also be claimed against directly.",
)

# A quality defect of the building behind the fall: the developer is "another responsible" (CC art.
# 1253 second sentence; TLL art. 85; within the building's design life the Construction Law art. 80
# lets the harmed claim from those responsible for the defect) — the owner, manager or user presumed
# liable answers the victim and recovers from it, and the victim may claim from it directly.
rule(
    "falling-object.quality-defect",
    cites=[],
    doctrine=BOOKKEEPING,
    when=[fact("f", "event", kind="falling-object", quality_defect=True, developer=Not(None)), fact("c", "cause", event=v.f.k)],
    then=lambda f, c: [derived("wronged", harm=c.harm, actor=f.developer)],
    zh="{f.thing}的脱落系建筑工程质量缺陷所致，建设单位{f.developer}是其他责任人。",
    en="{f.thing} fell because of a construction quality defect: the developer {f.developer} is another responsible.",
)

rule(
    "falling-object.quality-defect-unknown",
    cites=["CC-1253"],
    doctrine=FALLING,
    when=[
        fact("f", "event", kind="falling-object", quality_defect="unknown", developer=Not(None)),
        *caused_harm(by=v.f.k, victim=Not(v.f.developer)),
    ],
    then=lambda f, c, h: [derived("question", fact=f"events.{f.k}.quality_defect", party=f.developer, harm=h.k, about=f.k)],
    zh="{f.thing}的脱落是否因建筑工程质量缺陷所致尚不清楚：是的，建设单位{f.developer}作为其他责任人也应承担责任。",
    en="Whether {f.thing} fell because of a construction quality defect is unknown: if it did, the developer {f.developer} answers too, as another responsible.",
)

rule(
    "falling-object.no-quality-defect",
    cites=["CC-1253"],
    doctrine=FALLING,
    when=[
        fact("f", "event", kind="falling-object", quality_defect=False, developer=Not(None)),
        *caused_harm(by=v.f.k, victim=Not(v.f.developer)),
    ],
    then=lambda f, c, h: [finding("not-liable", f.developer, h.k, basis="no-quality-defect")],
    zh="{f.thing}的脱落并非建筑工程质量缺陷所致，建设单位{f.developer}不承担责任。",
    en="{f.thing} did not fall because of a construction quality defect: the developer {f.developer} is not liable.",
)


# --- thrown objects -----------------------------------------------------------------------------
rule(
    "thrown-object.thrower-liable",
    cites=["CC-1165", "CC-1254"],
    doctrine=THROWN,
    when=[
        fact("t", "event", kind="thrown-object", actor=Not(None)),
        *caused_harm(by=v.t.k, victim=Not(v.t.actor)),
    ],
    then=lambda t, c, h: [finding("liable", t.actor, h.k, basis="thrower")],
    zh="从建筑物中抛掷物品的{t.actor}已经查明，由其对{h.k}依法承担侵权责任。",
    en="The one who threw it from the building, {t.actor}, is identified: it is liable for {h.k}.",
)


# With the thrower found, the other possible users owe nothing: they compensate only where the one
# who threw cannot be determined (CC 1254 para. 1; TLL 87) — rule review 34.
rule(
    "thrown-object.others-cleared-when-thrower-found",
    cites=["CC-1254"],
    doctrine=THROWN,
    when=[
        fact("t", "event", kind="thrown-object", actor=Not(None)),
        fact("u", "possible-user", event=v.t.k, party=Not(v.t.actor)),
        *caused_harm(by=v.t.k, victim=Not(v.u.party)),
        fact("x", "claim", harm=v.h.k, against=v.u.party),
    ],
    then=lambda t, u, c, h, x: [finding("not-liable", u.party, h.k, basis="thrower-identified")],
    zh="抛掷人{t.actor}已经查明，其他可能加害的建筑物使用人{u.party}不承担补偿责任。",
    en="The thrower {t.actor} is identified: the other possible user {u.party} owes no compensation.",
)


def _possible_user(t, u, c, h, law):
    out = [finding("compensates", u.party, h.k, degree="equal", basis="possible-user")]
    if law["CC-1254"] == "CC-1254":  # the recourse sentence is new in the Civil Code
        out.append(finding("recourse", u.party, h.k, basis="against-the-thrower-once-found"))
    return out


rule(
    "thrown-object.possible-users-compensate",
    cites=["CC-1254"],
    doctrine=THROWN,
    when=[
        fact("t", "event", kind="thrown-object", actor=None),
        fact("u", "possible-user", event=v.t.k, excluded=False),
        *caused_harm(by=v.t.k, victim=Not(v.u.party)),
    ],
    then=_possible_user,
    zh="难以确定具体侵权人，{u.party}作为可能加害的建筑物使用人，不能证明自己不是侵权人，对{h.k}给予补偿（补偿不是责任）。",
    en="The thrower cannot be identified: {u.party}, a user of the building who may have thrown it and has not proved otherwise, compensates {h.k} (compensation, not liability).",
)

rule(
    "thrown-object.user-proved-not-them",
    cites=["CC-1254"],
    doctrine=THROWN,
    when=[
        fact("t", "event", kind="thrown-object", actor=None),
        fact("u", "possible-user", event=v.t.k, excluded=True),
        *caused_harm(by=v.t.k),
    ],
    then=lambda t, u, c, h: [finding("not-liable", u.party, h.k, basis="proved-not-them")],
    zh="{u.party}能够证明自己不是侵权人，不承担补偿。",
    en="{u.party} proved it was not the one: it does not compensate.",
)


def _by_measures(t, b, h):
    """The manager answers for its part where it did not take the measures it ought to have taken."""
    if t.safety_measures_taken is False:
        return [finding("liable", b.manager, h.k, degree="proportionate", basis="no-safety-measures")]
    if t.safety_measures_taken is True:
        return [finding("not-liable", b.manager, h.k, basis="safety-measures-taken")]
    return [derived("question", fact=f"events.{t.k}.safety_measures_taken", party=b.manager, harm=h.k, about=t.k)]


def _manager_measures(t, b, c, h, law):
    if law["CC-1254"] == "CC-1254" and t.actor != "none" and t.safety_measures_taken is False:
        # The thrower is found and liable in full: the manager that failed its safety duty bears a
        # supplementary liability for its part, with recourse against the thrower (CC arts. 1254
        # para. 2, 1198 para. 2; rule review 34).
        return [
            finding("supplementary", b.manager, h.k, degree="proportionate", basis="no-safety-measures"),
            finding("recourse", b.manager, h.k, against=t.actor, basis="security-duty-recourse"),
        ]
    if law["CC-1254"] != "CC-1254":
        return outside(
            "CC-1254",
            "建筑物管理人采取必要安全保障措施的法定义务是民法典第一千二百五十四条新设的；此前管理人依一般过错责任承担其相应的责任（见规则thrown-object.manager-fault-before-civil-code）。",
            "The building manager's statutory duty to take the necessary safety measures is new in Civil Code art. 1254; before it the manager answered for its own fault (rule thrown-object.manager-fault-before-civil-code).",
        )
    return _by_measures(t, b, h)


rule(
    "thrown-object.manager-safety-measures",
    cites=["CC-1254"],
    doctrine=THROWN,
    when=[
        fact("t", "event", kind="thrown-object"),
        fact("b", "thing", k=v.t.building, manager=Not(None)),
        *caused_harm(by=v.t.k, victim=Not(v.b.manager)),
    ],
    then=_manager_measures,
    zh="物业服务企业等建筑物管理人{b.manager}应当采取必要的安全保障措施防止抛物、坠物；未采取的，依法承担未履行安全保障义务的侵权责任。",
    en="{b.manager}, the building's manager, must take the necessary safety measures against thrown and falling objects; if it did not, it is liable for failing that duty.",
)


# --- before the Tort Liability Law: the courts' practice on an unknown thrower --------------------
# No statute covered an unknown thrower before 2010-07-01. Courts split: some ordered the users of
# the building who could have thrown it to share the loss (on the General Principles' fair-sharing
# and general provisions, some with GPCL art. 126 by analogy: 重庆烟灰缸案, 2001), others dismissed
# the claim for want of a definite defendant (济南菜板案, 深圳好来居案). The engine follows the
# sharing practice as an appropriate compensation — a part of the loss, not all of it — and says
# that it is the courts' discretion.
def _possible_user_before_tll(t, u, c, h, law):
    if law["CC-1254"] is not None:
        return outside(
            "CC-1254",
            "侵权责任法施行后，抛掷物加害人不明时由法律明文规定（见规则thrown-object.possible-users-compensate），不再依审判实践。",
            "From the Tort Liability Law on, the statute governs an unknown thrower (rule thrown-object.possible-users-compensate), not court practice.",
        )
    if u.excluded:
        return [finding("not-liable", u.party, h.k, basis="proved-not-them")]
    return [finding("compensates", u.party, h.k, degree="appropriate", basis="possible-user-court-practice")]


rule(
    "thrown-object.possible-users-share-before-2010",
    cites=["CC-1186", "CC-1254"],
    doctrine=THROWN,
    when=[
        fact("t", "event", kind="thrown-object", actor=None),
        fact("u", "possible-user", event=v.t.k),
        *caused_harm(by=v.t.k, victim=Not(v.u.party)),
    ],
    then=_possible_user_before_tll,
    zh="抛掷物的加害人无法确定，当时法律没有明文规定；审判实践中多数法院依民法通则公平分担的规定（有的类推第一百二十六条）判令可能加害的建筑物使用人{u.party}适当分担受害人的损失（能证明事发时不在场、不可能抛掷者除外），也有法院以被告不明确驳回起诉：属法院裁量。",
    en="The thrower cannot be identified and no statute of the time covered it; most courts had the users of the building who could have thrown it, {u.party} among them, share the loss appropriately under the General Principles' fair-sharing provision (some with art. 126 by analogy), excepting those shown not to have been there or able to throw it; others dismissed the claim for want of a definite defendant: the court's discretion.",
)


# From the Civil Code on, the manager's duty is the Code's own (rule thrown-object.manager-safety-measures).
_UNDER_THE_CODE = outside(
    "CC-1254",
    "民法典施行后，建筑物管理人的安全保障措施义务由第一千二百五十四条第二款规定（见规则thrown-object.manager-safety-measures）。",
    "From the Civil Code on, art. 1254 para. 2 sets the manager's duty of safety measures (rule thrown-object.manager-safety-measures).",
)


def _manager_fault_before_cc(t, b, c, h, law):
    if law["CC-1254"] == "CC-1254":
        return _UNDER_THE_CODE
    return _by_measures(t, b, h)


rule(
    "thrown-object.manager-fault-before-civil-code",
    cites=["CC-1165", "CC-1254"],
    doctrine=THROWN,
    when=[
        fact("t", "event", kind="thrown-object", actor=None),  # the thrower unknown (identified: the next rule)
        fact("b", "thing", k=v.t.building, manager=Not(None)),
        *caused_harm(by=v.t.k, victim=Not(v.b.manager)),
    ],
    then=_manager_fault_before_cc,
    zh="民法典施行前，法律未明文规定建筑物管理人防范抛物、坠物的义务，但管理人{b.manager}未采取其应当采取的安全措施（如监控、警示、巡查），对{h.k}有过错的，法院按其过错判令承担相应的责任。",
    en="Before the Civil Code no statute set the manager's duty against thrown objects, but where {b.manager} failed to take the safety measures it ought to have taken (cameras, warnings, patrols), courts held it liable for {h.k} in proportion to its fault.",
)


# The thrower found, before the Civil Code: it is liable for the whole (TLL art. 87 is for an unknown
# thrower only); the manager that failed its safety measures answers as one who failed a duty of
# security beside the one who did the harm — a supplementary liability (TLL art. 37 para. 2; the 2003
# interpretation art. 6 para. 2 from 2004-05-01, with recourse — for personal injury only, as in
# rules/security.py), before 2004 its own part within the thrower's whole (GPCL art. 106 para. 2) —
# never a separate share taken off the thrower's (helper-34's audit).
def _manager_beside_thrower(t, b, c, h, law):
    if law["CC-1254"] == "CC-1254":
        return _UNDER_THE_CODE
    if t.safety_measures_taken is not False:
        return _by_measures(t, b, h)
    return beside_the_doer(b.manager, h, t.actor, law, basis="no-safety-measures")  # (under the Code: outside, above)


rule(
    "thrown-object.manager-beside-identified-thrower-before-civil-code",
    cites=["CC-1198", "CC-1254"],
    doctrine=THROWN,
    when=[
        fact("t", "event", kind="thrown-object", actor=Not(None)),
        fact("b", "thing", k=v.t.building, manager=Not(None)),
        *caused_harm(by=v.t.k, victim=Not(v.b.manager)),
    ],
    then=_manager_beside_thrower,
    zh="抛掷物的行为人{t.actor}已经查明，由其承担侵权责任；建筑物管理人{b.manager}未采取其应当采取的安全措施的，在其过错范围内承担相应的补充责任（2004年前为行为人全部责任范围内其自身的相应部分），而非与行为人按份分担。",
    en="The thrower {t.actor} is identified and liable; {b.manager}, the building's manager, if it failed the safety measures it ought to have taken, bears a corresponding supplementary liability for its fault (before 2004, its own part within the thrower's whole) — not a share taken off the thrower's.",
)

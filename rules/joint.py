"""Acting together, instigating and helping — 共同侵权、教唆帮助.

Civil Code arts. 1168 (two or more who jointly commit a tort are jointly and severally liable)
and 1169 (one who instigates or helps another to commit a tort is jointly and severally liable
with it). Tort Liability Law arts. 8 and 9 (2010-07-01 to 2020-12-31); before them General
Principles of Civil Law art. 130. An instruction or a written authorisation from the one who
instigated is no defence for the one who carried the wrong out.
"""

from liability.rulebase import Not, absent, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "tort"

# Instigating is asking for the wrong knowing it wrongs another (谎称物品无主、让人去拆): one who
# asked for lawful work that the doer did carelessly (an owner's renovation that cracked the ceiling
# below) instigated nothing — it answers for its own fault in asking, if any, beside the doer, not
# jointly (helper-33's blind test); and where it ordered the work under a contract, the orderer's
# rules decide (CC art. 1193: rules/contractor.py).
def _instigated(a, c, h, answers, basis):
    """Jointly with the one who answers for the act (the doer, or its employer) where the one who asked
    knew; otherwise its own fault in asking (``_instructor``)."""
    if a.instructor_knew is True:
        return [
            finding("liable", a.instructed_by, h.k, degree="joint", basis="instigated"),
            finding("liable", answers, h.k, degree="joint", basis=basis),
        ]
    return _instructor(a, c, h)


rule(
    "joint.instigator-and-doer",
    cites=["CC-1169", "CC-1168"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("w", "wrongful-act", basis=Not("excessive")),
        fact("a", "event", k=v.w.event, instructed_by=Not(None)),
        *caused_harm(by=v.w.event, victim=Not(v.a.instructed_by)),
        absent("employer-answers", event=v.w.event),
        absent("contractor-work", event=v.w.event),  # work under a renovation contract: the orderer's rules
    ],
    then=lambda w, a, c, h: _instigated(a, c, h, w.actor, "carried-out"),
    zh="{a.instructed_by}指使{w.actor}实施{w.event}，{w.actor}明知而为之；二者对{h.k}承担连带责任，委托书不能免除实施者的责任。",
    en="{a.instructed_by} instructed {w.actor} to do {w.event}, and {w.actor} did it: both are jointly and severally liable for {h.k}; the authorisation is no defence.",
)


# Acting together by common design (CC art. 1168; TLL art. 8; GPCL art. 130, with the SPC's 2003
# interpretation art. 3 para. 1 from 2004): each is jointly and severally liable for the whole —
# a victim who sues one recovers all, not a CC 1172 half (rule review 25).
rule(
    "joint.acting-together",
    cites=["CC-1168"],
    doctrine=DOCTRINE,
    when=[
        fact("w", "wrongful-act"),
        fact("t", "together", event=v.w.event),
        *caused_harm(by=v.w.event, victim=Not(v.t.party)),
    ],
    then=lambda w, t, c, h: [
        finding("liable", w.actor, h.k, degree="joint", basis="acted-together"),
        finding("liable", t.party, h.k, degree="joint", basis="acted-together"),
    ],
    zh="{t.party}与{w.actor}共同实施{w.event}，造成{h.k}，应当承担连带责任。",
    en="{t.party} did {w.event} together with {w.actor}, causing {h.k}: jointly and severally liable.",
)


# Separate wrongs each sufficient for the whole harm (CC art. 1171; TLL art. 11; from 2004 the 2003
# interpretation art. 3, acts combining directly): jointly and severally liable.
rule(
    "joint.each-act-sufficient",
    cites=["CC-1171"],
    doctrine=DOCTRINE,
    when=[
        fact("w", "wrongful-act"),
        *caused_harm(by=v.w.event, victim=Not(v.w.actor), each_sufficient=True),
        fact("o", "wrongful-act", actor=Not(v.w.actor)),
        fact("d", "cause", event=v.o.event, harm=v.h.k),
    ],
    then=lambda w, c, h, o, d: [finding("liable", w.actor, h.k, degree="joint", basis="each-sufficient")],
    zh="{w.actor}与{o.actor}分别实施侵权行为造成同一损害{h.k}，每个人的行为都足以造成全部损害，承担连带责任。",
    en="{w.actor} and {o.actor} caused {h.k} by separate wrongs, each sufficient for the whole: jointly and severally liable.",
)


# Whether each act alone would have done the whole harm decides joint liability against a split by
# shares: where two wrongs caused one harm and it is not known, it is asked — not taken as "no"
# (rule review 25). Not asked where the two are already jointly liable on another ground.
rule(
    "joint.each-act-sufficient-unknown",
    cites=["CC-1171"],
    doctrine=DOCTRINE,
    stratum=3,
    when=[
        fact("w", "wrongful-act"),
        *caused_harm(by=v.w.event, victim=Not(v.w.actor), each_sufficient="unknown"),
        fact("o", "wrongful-act", actor=Not(v.w.actor), event=Not(v.w.event)),
        fact("d", "cause", event=v.o.event, harm=v.h.k),
        absent("finding", party=v.w.actor, harm=v.h.k, degree="joint"),
    ],
    then=lambda w, c, h, o, d: [derived("question", fact=f"harms.{h.k}.each_sufficient", party=w.actor, harm=h.k, about="none")],
    zh="{w.actor}与{o.actor}分别实施侵权行为造成同一损害{h.k}：每个人的行为是否都足以造成全部损害尚不清楚——都足以的，承担连带责任。",
    en="{w.actor} and {o.actor} caused {h.k} by separate wrongs: whether each alone would have done the whole is unknown — if so, they are jointly and severally liable.",
)


# The doer was someone's worker acting at work: the employer answers for the act (CC art. 1191),
# and the one who instigated it is jointly liable with the employer, not with the worker, who is not
# liable to the victim (CC art. 1169 para. 1 with art. 1191; rule review 20). An employer instructing
# its own worker is its own act, not instigation.
rule(
    "joint.instigator-and-employer",
    cites=["CC-1169", "CC-1191"],
    doctrine=DOCTRINE,
    stratum=2,
    when=[
        fact("x", "employer-answers", settled=True),
        fact("a", "event", k=v.x.event, instructed_by=Not(v.x.employer)),
        fact("i", "party", k=v.a.instructed_by),  # someone did instruct it
        *caused_harm(by=v.x.event, victim=Not(v.a.instructed_by)),
    ],
    # (instigating needs knowing, as for joint.instigator-and-doer — helper-35's audit)
    then=lambda x, a, i, c, h: _instigated(a, c, h, x.employer, "employer"),
    zh="{a.instructed_by}指使{x.employer}的工作人员{x.worker}实施{x.event}：由用人单位{x.employer}承担责任，指使者与用人单位对{h.k}承担连带责任，工作人员不对受害人承担责任。",
    en="{a.instructed_by} instructed {x.employer}'s worker {x.worker} to do {x.event}: the employer answers for it, and the instigator is jointly and severally liable with the employer for {h.k}; the worker is not liable to the victim.",
)


# The one who knowingly uses an innocent doer is the wrongdoer itself (CC art. 1165; art. 1169
# para. 2 says it of doers without capacity): a doer deceived and without fault does not make the
# one who deceived it "no ground" (rule review 27).
def _instructor(a, c, h):
    if a.instructor_knew is True:
        return [finding("liable", a.instructed_by, h.k, basis="used-innocent-doer")]
    if a.instructor_knew is False:
        # not knowing is no fault only where it ought not to have known either (rule review 27)
        if a.instructor_ought_to_have_known is True:
            return [finding("liable", a.instructed_by, h.k, basis="negligent-instruction")]
        if a.instructor_ought_to_have_known is False:
            return [finding("not-liable", a.instructed_by, h.k, basis="no-fault")]
        return [derived("question", fact=f"events.{a.k}.instructor_ought_to_have_known", party=a.instructed_by, harm=h.k, about=a.k)]
    return [derived("question", fact=f"events.{a.k}.instructor_knew", party=a.instructed_by, harm=h.k, about=a.k)]


rule(
    "joint.innocent-doer-used",
    cites=["CC-1165"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", fault=False, instructed_by=Not(None)),
        *caused_harm(by=v.a.k, victim=Not(v.a.instructed_by)),
    ],
    then=_instructor,
    zh="{a.actor}受{a.instructed_by}指示实施{a.k}，本身没有过错：指示者明知该行为侵害他人权益而利用他人实施的，自己对{h.k}承担侵权责任。",
    en="{a.actor} did {a.k} on {a.instructed_by}'s instruction without fault of its own: one who knowingly uses an innocent doer to wrong another is itself liable for {h.k}.",
)

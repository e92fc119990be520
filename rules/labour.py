"""Harm to the one who does the work — 提供劳务者受害、承揽人自身受损.

Labour between individuals (a household's help, a foreman's hand): Civil Code art. 1192 para. 1
(Tort Liability Law art. 35 from 2010-07-01): where the provider is injured by the work, each side
bears liability according to its own fault. From 2004-05-01 to 2010-06-30 the SPC's 2003
personal-injury interpretation art. 11: the employer compensates an employee injured in the
employment. Before that, the general fault rule. A worker of an employing unit injured at work is
a matter of work-injury insurance, outside this rule book.

A contractor injured in doing the work (or its hand): Civil Code art. 1193 (the 2003
interpretation art. 10 from 2004-05-01): the orderer is not liable unless it was at fault in the
order, its instructions or its choice of contractor — then for the corresponding part.
"""

from liability.rulebase import derived, fact, finding, outside, personal_injury_only, rule, v

from .contractor import orderer_by_fault

DOCTRINE = "tort"


def _provider_injured(e, r, c, h, law):
    if r.between_individuals is False:
        return outside(
            "CC-1192",
            "用人单位的工作人员因工作受到伤害，属工伤保险（工伤保险条例）处理的范围，不在本规则库之内。",
            "A worker of an employing unit injured at work is a matter of work-injury insurance (Work-Related Injury Insurance Regulations), outside this rule book.",
        )
    if r.between_individuals == "unknown":
        return [derived("question", fact=f"relationships.{r.k}.between_individuals", party=r.employer, harm=h.k, about=e.k)]
    if law["CC-1192"] == "SPCPI2003-11":  # the 2003 interpretation: the employer compensates, fault or not
        return [finding("liable", r.employer, h.k, basis="employer-of-injured-worker")]
    # each side by its own fault: what the recipient's part does not cover stays with the provider —
    # and a recipient without fault bears none of it (helper-34's audit): its fault is asked, never assumed
    if r.employer_at_fault is False:
        return [finding("not-liable", r.employer, h.k, basis="no-fault"), finding("bears-own-loss", r.employee, h.k, basis="own-part")]
    if r.employer_at_fault == "unknown":
        return [derived("question", fact=f"relationships.{r.k}.employer_at_fault", party=r.employer, harm=h.k, about=e.k)]
    return [
        finding("liable", r.employer, h.k, degree="proportionate", basis="labour-fault-sharing"),
        finding("bears-own-loss", r.employee, h.k, degree="rest", basis="own-part"),
    ]


rule(
    "labour.provider-injured-in-the-work",
    cites=["CC-1192"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="act", in_course_of_work=True),
        fact("r", "rel", kind="employment", employee=v.e.actor),
        fact("c", "cause", event=v.e.k),
        fact("h", "harm", k=v.c.harm, victim=v.e.actor, kind="personal"),
    ],
    then=_provider_injured,
    zh="{r.employee}为{r.employer}提供劳务时自己受到伤害（{h.k}）：个人之间的劳务关系中，双方根据各自的过错承担相应的责任（2004年5月至2010年6月依司法解释由雇主赔偿）。",
    en="{r.employee} was injured ({h.k}) while working for {r.employer}: between individuals, each side answers by its own fault (from May 2004 to June 2010 the employer compensated under the SPC's interpretation).",
)


def _orderer(e, r, c, h, law):
    """The orderer for the corresponding part where it was at fault; the contractor (or its hand),
    who bears the risk of its own work, bears the rest (CC 1193; rule review 21)."""
    out = orderer_by_fault(r, h)
    if r.orderer_at_fault is True:
        out.append(finding("bears-own-loss", h.victim, h.k, degree="rest", basis="own-part"))
    return out


rule(
    "contractor.injured-in-the-work",
    cites=["CC-1193"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="act", in_course_of_work=True),
        fact("r", "rel", kind="renovation-contract", contractor=v.e.actor),
        fact("c", "cause", event=v.e.k),
        fact("h", "harm", k=v.c.harm, victim=v.e.actor, kind="personal"),
    ],
    then=_orderer,
    zh="承揽人{r.contractor}在完成工作中自己受到损害（{h.k}）：定作人{r.orderer}不承担责任，但对定作、指示或者选任有过错的，承担相应的责任。",
    en="The contractor {r.contractor} was injured ({h.k}) doing the work: the orderer {r.orderer} is not liable unless at fault in the order, its instructions or its choice, then for its part.",
)

rule(
    "contractor.hand-injured-in-the-work",
    cites=["CC-1193"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="act", in_course_of_work=True),
        fact("j", "rel", kind="employment", employee=v.e.actor),
        fact("r", "rel", kind="renovation-contract", contractor=v.j.employer),
        fact("c", "cause", event=v.e.k),
        fact("h", "harm", k=v.c.harm, victim=v.e.actor, kind="personal"),
    ],
    then=lambda e, j, r, c, h: orderer_by_fault(r, h),  # the hand's own part is between it and its employer (labour.provider-injured-in-the-work)
    zh="承揽人{r.contractor}的工人{j.employee}在完成工作中受伤（{h.k}）：定作人{r.orderer}对定作、指示或者选任有过错的（如选任无资质者），承担相应的责任。",
    en="{j.employee}, a hand of the contractor {r.contractor}, was injured ({h.k}) doing the work: the orderer {r.orderer} answers for its part if at fault in the order, instructions or choice (an unqualified contractor chosen).",
)


# From 2004-05-01 to 2020-12-31 (the SPC's 2003 interpretation art. 11 para. 2): one who gave the
# work to an employer it knew, or ought to have known, had no qualification or safe working
# conditions for it answers jointly with that employer for its hand hurt in an accident at the work.
# Only the one who gave the work to the hand's employer: the knowledge is of that employer. (A
# worker of an employing unit is for work-injury insurance, para. 3: labour.provider-injured-in-the-work.)
rule(
    "contractor.unqualified-employer-jointly-liable",
    cites=["SPCPI-11.joint"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="act", in_course_of_work=True),
        fact("j", "rel", kind="employment", employee=v.e.actor, between_individuals=True),
        fact("r", "rel", kind="renovation-contract", contractor=v.j.employer, contractor_unqualified=True),
        fact("c", "cause", event=v.e.k),
        fact("h", "harm", k=v.c.harm, victim=v.e.actor, kind="personal"),
    ],
    then=lambda e, j, r, c, h: [
        finding("liable", r.orderer, h.k, degree="joint", basis="unqualified-employer-chosen"),
        finding("liable", j.employer, h.k, degree="joint", basis="employer-of-injured-worker"),
    ],
    zh="{r.orderer}把工作交给{j.employer}完成，知道或者应当知道其没有相应资质或者安全生产条件；{j.employer}的雇员{j.employee}在工作中因事故受伤（{h.k}），{r.orderer}应当与雇主{j.employer}承担连带赔偿责任。",
    en="{r.orderer} gave the work to {j.employer}, knowing or bound to know it had no qualification or safe working conditions for it; {j.employer}'s hand {j.employee} was hurt in an accident at the work ({h.k}): {r.orderer} answers jointly with the employer {j.employer}.",
)


# Down a chain of sub-contracts (rule contractor.sub-contract): the first orderer's fault in the
# order, its instructions or its choice reaches the sub-contractor, and its hands, injured in the
# work it ordered — each orderer for its own part.
rule(
    "contractor.sub-contractor-injured-in-the-work",
    cites=["CC-1193"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="act", in_course_of_work=True),
        fact("s", "rel", kind="renovation-contract", contractor=v.e.actor),
        fact("y", "sub-contract", sub=v.s.k),
        fact("r", "rel", k=v.y.main),
        fact("c", "cause", event=v.e.k),
        fact("h", "harm", k=v.c.harm, victim=v.e.actor, kind="personal"),
    ],
    then=lambda e, s, y, r, c, h, law: _orderer(e, r, c, h, law),
    zh="分包人{s.contractor}在完成{r.orderer}定作的工作中受伤（{h.k}）：定作人{r.orderer}对定作、指示或者选任有过错的（如选任无资质者），承担相应的责任。",
    en="The sub-contractor {s.contractor} was injured ({h.k}) doing work that {r.orderer} ordered: {r.orderer} answers for its part if at fault in the order, instructions or choice (an unqualified contractor chosen).",
)

rule(
    "contractor.sub-contractors-hand-injured-in-the-work",
    cites=["CC-1193"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="act", in_course_of_work=True),
        fact("j", "rel", kind="employment", employee=v.e.actor),
        fact("s", "rel", kind="renovation-contract", contractor=v.j.employer),
        fact("y", "sub-contract", sub=v.s.k),
        fact("r", "rel", k=v.y.main),
        fact("c", "cause", event=v.e.k),
        fact("h", "harm", k=v.c.harm, victim=v.e.actor, kind="personal"),
    ],
    then=lambda e, j, s, y, r, c, h: orderer_by_fault(r, h),
    zh="分包人{s.contractor}的工人{j.employee}在完成{r.orderer}定作的工作中受伤（{h.k}）：定作人{r.orderer}对定作、指示或者选任有过错的（如选任无资质者），承担相应的责任。",
    en="{j.employee}, a hand of the sub-contractor {s.contractor}, was injured ({h.k}) doing work that {r.orderer} ordered: {r.orderer} answers for its part if at fault in the order, instructions or choice (an unqualified contractor chosen).",
)


# Whether the injury came in the course of the work is a fact to establish, not a thing to assume:
# on it turns the whole of the recipient's or the orderer's liability (the worker's own account and
# the employer's denial, as in the reported cases).
for _id, _rel, _role, _party, _provision in (
    ("labour.course-of-work-unknown", "employment", "employee", "employer", "CC-1192"),
    ("contractor.course-of-work-unknown", "renovation-contract", "contractor", "orderer", "CC-1193"),
):
    rule(
        _id,
        cites=[_provision],
        doctrine=DOCTRINE,
        when=[
            fact("e", "event", kind="act", in_course_of_work="unknown"),
            fact("r", "rel", kind=_rel, **{_role: v.e.actor}),
            fact("c", "cause", event=v.e.k),
            fact("h", "harm", k=v.c.harm, victim=v.e.actor, kind="personal"),
        ],
        then=lambda e, r, c, h, _party=_party: [
            derived("question", fact=f"events.{e.k}.in_course_of_work", party=getattr(r, _party), harm=h.k, about=e.k)
        ],
        zh=f"{{e.actor}}是否在完成工作中受伤尚不清楚：是的，{{r.{_party}}}依其过错或者依法承担相应的责任；不是的，不因这一关系承担责任。",
        en=f"Whether {{e.actor}} was hurt in the course of the work is not established: if so, {{r.{_party}}} answers as the law of the relationship says; if not, not on that ground.",
    )


# Hurt by a third party while providing labour between individuals (CC art. 1192 para. 2; the 2003
# interpretation art. 11 from 2004-05-01): the provider may claim from the third party, or from the
# one receiving the labour — under the Civil Code a compensation (补偿), before it a full liability
# (赔偿) — who may then recover from the third party (rule review 22). Whether it happened during the
# work is asked when unknown.
def _hurt_by_third_party(e, r, h, x, law):
    if r.between_individuals is False:
        return []  # a unit's worker: work-injury insurance (see labour.provider-injured-in-the-work)
    if r.between_individuals == "unknown":
        return [derived("question", fact=f"relationships.{r.k}.between_individuals", party=r.employer, harm=h.k, about=e.k)]
    if h.during_work == "unknown":
        return [derived("question", fact=f"harms.{h.k}.during_work", party=r.employer, harm=h.k, about=e.k)]
    if h.during_work is False:
        return [finding("not-liable", r.employer, h.k, basis="not-at-work")]
    beyond = personal_injury_only(
        h, law, "CC-1192.third-party", "SPCPI2003-11",
        "2003年人身损害赔偿司法解释第十一条只适用于人身损害。",
        "The 2003 interpretation's art. 11 speaks of personal injury only.",
    )
    if beyond:
        return beyond
    recourse = finding("recourse", r.employer, h.k, against=e.actor, basis="against-the-third-party")
    # The third party answers only for a wrong: where its act is judged by fault, that is asked (and
    # without it neither its liability nor the recourse stands — helper-35's audit).
    # (Under the 2003 interpretation the employer answers for its employee's injury in any case.)
    employer = [finding("liable", r.employer, h.k, basis="labour-recipient-third-party")] if law["CC-1192.third-party"] != "CC-1192" else []
    if e.get("fault") is False:
        return [finding("not-liable", e.actor, h.k, basis="no-fault"), *employer]
    if e.get("fault") == "unknown":
        return [derived("question", fact=f"events.{e.k}.fault", party=e.actor, harm=h.k, about=e.k), *employer]
    if law["CC-1192.third-party"] == "CC-1192":
        return [finding("compensates", r.employer, h.k, basis="labour-recipient-third-party"), recourse]
    # the 2003 interpretation: either answers for the whole to the victim, the employer with recourse
    return [
        finding("liable", r.employer, h.k, degree="joint", basis="labour-recipient-third-party"),
        finding("liable", e.actor, h.k, degree="joint", basis="labour-recipient-third-party"),
        recourse,
    ]


rule(
    "labour.provider-hurt-by-third-party",
    cites=["CC-1192.third-party"],
    doctrine=DOCTRINE,
    when=[
        fact("r", "rel", kind="employment"),
        fact("h", "harm", victim=v.r.employee),
        fact("c", "cause", harm=v.h.k),
        fact("e", "event", k=v.c.event),  # join only (see liability/engine.py on the core's stack)
        fact("x", "claim", harm=v.h.k, against=v.r.employer),
    ],
    then=lambda r, h, c, e, x, law: _hurt_by_third_party(e, r, h, x, law) if e.actor not in ("none", r.employer, r.employee) else [],
    zh="{r.employee}为{r.employer}提供劳务期间，因第三人{e.actor}的行为受到损害（{h.k}）：可以请求第三人承担侵权责任，也可以请求接受劳务一方给予补偿（民法典之前为赔偿），接受劳务一方可以向第三人追偿。",
    en="{r.employee} was hurt ({h.k}) by a third party, {e.actor}, while working for {r.employer}: it may claim from the third party, or from the one receiving the labour (a compensation under the Civil Code, full liability before), who may recover from the third party.",
)

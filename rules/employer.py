"""Liability for workers — 用人单位责任.

Civil Code art. 1191 para. 1 (from 2021-01-01): where a worker causes harm to another in the
course of its work, the employer is liable in tort; the employer may recover from a worker who
acted with intent or gross negligence. Tort Liability Law art. 34 para. 1 (2010-07-01) had the
first sentence only; before it General Principles of Civil Law art. 43 (an enterprise answers for
the business activities of its staff).
"""

from liability.rulebase import BOOKKEEPING, NoneOf, Not, OneOf, caused_harm, derived, fact, finding, outside, personal_injury_only, rule, v

from liability.model import ORGANISATIONS

from .fault import MEANS_ACTS

DOCTRINE = "tort"

rule(
    "employer.answers-for-work",
    cites=[],
    doctrine=BOOKKEEPING,  # that the act was done at work; the employer's own article is the rule that concludes
    when=[
        fact("w", "wrongful-act"),
        fact("a", "event", k=v.w.event, in_course_of_work=True),
        fact("r", "rel", kind="employment", employee=v.w.actor),
    ],
    reads=["CC-1192.others"],
    # household help before 2004-05-01: no rule made the household answer for its help's acts — the
    # help answers for its own fault (GPCL art. 106 para. 2; rule review 22)
    then=lambda w, a, r, law: []
    if r.between_individuals is True and law["CC-1192.others"] is None
    else [derived("employer-answers", event=w.event, employer=r.employer, worker=w.actor, settled=True)],
    zh="{w.actor}是{r.employer}的工作人员，{w.event}是执行工作任务的行为。",
    en="{w.actor} works for {r.employer}, and {w.event} was done in the course of that work.",
)

def _employer(x, r, p, h, law):
    # Before 2010 the article is GPCL art. 43, an enterprise's for its staff: whether the one who hired
    # the worker is an employing unit or an individual (whose help answered otherwise) is asked, not
    # assumed (helper-35's audit).
    if law["CC-1191"] == "GPCL-43" and r.between_individuals == "unknown" and p.kind not in ORGANISATIONS:
        return [derived("question", fact=f"relationships.{r.k}.between_individuals", party=x.employer, harm=h.k, about="none")]
    return [
        finding("liable", x.employer, h.k, basis="employer"),
        finding("not-liable", x.worker, h.k, basis="acted-for-employer"),
    ]


rule(
    "employer.liable",
    cites=["CC-1191"],
    doctrine=DOCTRINE,
    when=[
        fact("x", "employer-answers", settled=True),
        fact("r", "rel", kind="employment", employer=v.x.employer, employee=v.x.worker, between_individuals=OneOf(False, "unknown")),
        fact("p", "party", k=v.x.employer),
        *caused_harm(by=v.x.event, victim=Not(v.x.employer)),
    ],
    then=lambda x, r, p, c, h, law: _employer(x, r, p, h, law),
    zh="工作人员{x.worker}因执行工作任务造成{h.k}，由用人单位{x.employer}承担侵权责任。",
    en="Worker {x.worker} caused {h.k} in the course of its work: the employer {x.employer} is liable in tort.",
)


# A worker of a unit (not household help) caused the harm at work with intent or gross negligence.
WORKER_AT_GROSS_FAULT = [
    fact("x", "employer-answers", settled=True),
    fact("a", "event", k=v.x.event, gross_negligence=True),
    fact("r", "rel", kind="employment", employer=v.x.employer, employee=v.x.worker, between_individuals=OneOf(False, "unknown")),
    *caused_harm(by=v.x.event, victim=Not(v.x.employer)),
]


def _recourse(x, a, r, c, h, law):
    # From 2004-05-01 the SPC's 2003 interpretation art. 9 (personal injury only), from 2021 CC 1191.
    beyond = personal_injury_only(
        h, law, "CC-1191.recourse", "SPCPI2003-9",
        f"最高人民法院2003年人身损害赔偿司法解释第九条只适用于人身损害，对{h.k}的追偿不在其内。",
        f"The SPC's 2003 interpretation art. 9 speaks of personal injury only: recourse for {h.k} is beyond it.",
    )
    if beyond:
        return beyond
    return [finding("recourse", x.employer, h.k, against=x.worker, basis="worker-gross-negligence")]


rule(
    "employer.recourse-against-worker",
    cites=["CC-1191.recourse"],
    doctrine=DOCTRINE,
    when=WORKER_AT_GROSS_FAULT,
    then=_recourse,
    zh="{x.worker}有故意或者重大过失，{x.employer}承担责任后可以向其追偿。",
    en="{x.worker} acted with intent or gross negligence: having paid, {x.employer} may recover from it.",
)


# 2004-05-01 to 2010-06-30, personal injury: a worker at intent or gross negligence answers jointly
# with the employer (SPC 2003 interpretation art. 9; rule review 18).
def _jointly(x, a, r, c, h, law):
    if h.kind != "personal":
        return []
    return [
        finding("liable", x.worker, h.k, degree="joint", basis="worker-gross-negligence"),
        finding("liable", x.employer, h.k, degree="joint", basis="employer"),
    ]


rule(
    "employer.worker-jointly-liable",
    cites=["SPCPI-9.joint"],
    doctrine=DOCTRINE,
    when=WORKER_AT_GROSS_FAULT,
    then=_jointly,
    zh="{x.worker}因故意或者重大过失致人损害，应当与{x.employer}对{h.k}承担连带赔偿责任。",
    en="{x.worker} caused the harm by intent or gross negligence: jointly and severally liable with {x.employer} for {h.k}.",
)

rule(
    "employer.course-of-work-unknown",
    cites=["CC-1191"],
    doctrine=DOCTRINE,
    when=[
        fact("w", "wrongful-act"),
        fact("a", "event", k=v.w.event, in_course_of_work="unknown"),
        fact("r", "rel", kind="employment", employee=v.w.actor),
        fact("c", "cause", event=v.w.event),
    ],
    then=lambda w, a, r, c: [
        # the question names both: the employer answers if it was at work, the worker if not (rule review 24)
        derived("question", fact=f"events.{a.k}.in_course_of_work", party=r.employer, harm=c.harm, about=a.k),
        derived("question", fact=f"events.{a.k}.in_course_of_work", party=w.actor, harm=c.harm, about=a.k),
        # Until it is known, neither the employer nor the worker may be found liable for the act.
        derived("employer-answers", event=w.event, employer=r.employer, worker=w.actor, settled=False),
    ],
    zh="{w.event}是否属于执行工作任务尚不清楚：若是，由用人单位{r.employer}承担责任。",
    en="Whether {w.event} was done in the course of work is unknown: if so, the employer {r.employer} is liable.",
)


# An act outside the work (a guard's favour to an owner, beyond the service the company owes) is the
# worker's own: its employer, claimed against, does not answer for it as employer (CC art. 1191,
# TLL art. 34, GPCL art. 43 all reach only acts in the course of work).
rule(
    "employer.not-at-work",
    cites=["CC-1191"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", in_course_of_work=False),
        fact("r", "rel", kind="employment", employee=v.a.actor),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),  # the worker's own injury is rules/labour.py's
        fact("x", "claim", harm=v.h.k, against=v.r.employer),
    ],
    then=lambda a, r, c, h, x: [finding("not-liable", r.employer, h.k, basis="not-at-work")],
    zh="{a.k}不属于{a.actor}执行工作任务的行为，用人单位{r.employer}不因此对{h.k}承担责任。",
    en="{a.k} was not done in the course of {a.actor}'s work: its employer {r.employer} does not answer for {h.k} on that ground.",
)


# A worker's act in the course of work that was no wrong (no fault, no excessive means) is no tort for
# the employer to answer for either (CC art. 1191 presupposes the worker's tort; TLL art. 34; GPCL
# art. 43): the employer, claimed against, is not liable for it — where the means are in question, that
# is asked of the employer too.
def _no_wrong(a, r, c, h, x):
    if a.excessive == "unknown" and a.act in MEANS_ACTS:
        return [derived("question", fact=f"events.{a.k}.excessive", party=r.employer, harm=h.k, about=a.k)]
    return [finding("not-liable", r.employer, h.k, basis="no-wrong-at-work")]


rule(
    "employer.worker-did-no-wrong",
    cites=["CC-1191"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", fault=False, excessive=OneOf(False, "unknown"), in_course_of_work=True),
        fact("r", "rel", kind="employment", employee=v.a.actor),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),
        fact("x", "claim", harm=v.h.k, against=v.r.employer),
    ],
    then=_no_wrong,
    zh="工作人员{a.actor}执行工作任务实施{a.k}没有过错，不构成侵权：用人单位{r.employer}不因此对{h.k}承担责任。",
    en="The worker {a.actor} did {a.k} at work without fault — no tort: its employer {r.employer} does not answer for {h.k} on that ground.",
)


# Whether the worker was at fault is still open: the question names its employer too, who would
# answer for it, so neither is found "not liable" while it is open (rule review 24).
rule(
    "employer.worker-fault-unknown",
    cites=["CC-1191"],
    doctrine=DOCTRINE,
    when=[
        fact("a", "event", kind="act", fault="unknown", in_course_of_work=OneOf(True, "unknown"), lawful_ground=NoneOf(True)),
        fact("r", "rel", kind="employment", employee=v.a.actor),
        *caused_harm(by=v.a.k, victim=Not(v.a.actor)),  # harm to others: the worker's own injury is rules/labour.py's
    ],
    then=lambda a, r, c, h: [derived("question", fact=f"events.{a.k}.fault", party=r.employer, harm=h.k, about=a.k)],
    zh="工作人员{a.actor}实施{a.k}是否有过错尚不清楚：有过错且属执行工作任务的，由用人单位{r.employer}对{h.k}承担责任。",
    en="Whether the worker {a.actor} was at fault in {a.k} is unknown: if so, and it was at work, the employer {r.employer} answers for {h.k}.",
)


# Labour between individuals — a household's help, a foreman's hand — harming another in the work:
# the one receiving the labour answers (CC art. 1192 para. 1; TLL art. 35; from 2004 the 2003
# interpretation art. 9), with recourse against a provider at intent or gross negligence (CC 1192 and
# the 2003 interpretation; not TLL 35) — not the employer's liability of art. 1191 (rule review 22, 23).
def _household(x, r, c, h, law):
    beyond = personal_injury_only(
        h, law, "CC-1192.others", "SPCPI2003-9",
        "2003年人身损害赔偿司法解释第九条只及于人身损害；对财产损害，当时没有规定接受劳务的个人为提供劳务者承担责任。",
        "The 2003 interpretation art. 9 reaches personal injury only; for harm to property no rule then made the individual who received the labour answer for its provider.",
    )
    if beyond:
        return beyond
    return [
        finding("liable", x.employer, h.k, basis="labour-recipient"),
        finding("not-liable", x.worker, h.k, basis="acted-for-employer"),
    ]


rule(
    "labour.recipient-answers-for-provider",
    cites=["CC-1192.others"],
    doctrine=DOCTRINE,
    when=[
        fact("x", "employer-answers", settled=True),
        fact("r", "rel", kind="employment", employer=v.x.employer, employee=v.x.worker, between_individuals=True),
        *caused_harm(by=v.x.event, victim=Not(v.x.employer)),
    ],
    then=_household,
    zh="{x.worker}为{x.employer}提供劳务（个人之间的劳务关系），因劳务造成{h.k}，由接受劳务的{x.employer}承担侵权责任。",
    en="{x.worker} worked for {x.employer} as one individual for another and caused {h.k} in the work: {x.employer}, who received the labour, is liable in tort.",
)


def _household_recourse(x, a, r, c, h, law):
    if law["CC-1192.others"] == "TLL-35":  # the Tort Liability Law has no recourse sentence
        return outside("CC-1192.others", "侵权责任法第三十五条没有追偿的规定。", "Tort Liability Law art. 35 has no recourse sentence.")
    return [finding("recourse", x.employer, h.k, against=x.worker, basis="worker-gross-negligence")]


rule(
    "labour.recourse-against-provider",
    cites=["CC-1192.others"],
    doctrine=DOCTRINE,
    when=[
        fact("x", "employer-answers", settled=True),
        fact("a", "event", k=v.x.event, gross_negligence=True),
        fact("r", "rel", kind="employment", employer=v.x.employer, employee=v.x.worker, between_individuals=True),
        *caused_harm(by=v.x.event, victim=Not(v.x.employer)),
    ],
    then=_household_recourse,
    zh="{x.worker}有故意或者重大过失，接受劳务的{x.employer}承担责任后可以向其追偿。",
    en="{x.worker} acted with intent or gross negligence: having paid, {x.employer} may recover from it.",
)


# Orders too: what a worker must stop, remove or restore for an act in the course of its work, its
# employer must see done — the order runs against the employer, not the worker (CC art. 1191 para. 1
# and its predecessors; issue 15: "the employer, not the employee, for staff acts at work — orders
# to stop included"). Fault is not asked for an order, so neither is it here.
rule(
    "employer.orders-for-work",
    cites=["CC-1191"],
    doctrine=DOCTRINE,
    stratum=3,
    when=[
        fact("a", "event", kind="act", in_course_of_work=True),
        fact("r", "rel", kind="employment", employee=v.a.actor, between_individuals=OneOf(False, "unknown")),
        *caused_harm(by=v.a.k, victim=Not(v.r.employer)),
        fact("f", "finding", kind="obligation", party=v.a.actor, harm=v.h.k),
    ],
    then=lambda a, r, c, h, f: [finding("obligation", r.employer, h.k, degree=f.degree, basis="employer-order", against=a.actor)],
    zh="{a.actor}因执行工作任务实施{a.k}：应当停止、排除或者恢复的，由用人单位{r.employer}负责。",
    en="{a.actor} did {a.k} in the course of its work: what must be stopped, removed or restored falls to the employer {r.employer}.",
)


# A dispatched worker (劳务派遣): the unit it works for answers as employer (above); the agency that
# dispatched it answers only for its own fault — a corresponding liability from 2021 (CC art. 1191
# para. 2), a corresponding supplementary one under TLL art. 34 para. 2, by the general fault rule
# before (issue 15: "a placement agency's duty when it places a worker").
def _dispatcher(x, r, c, h, law):
    if r.dispatcher_at_fault is False:
        return [finding("not-liable", r.dispatched_by, h.k, basis="dispatcher-without-fault")]
    if r.dispatcher_at_fault == "unknown":
        return [derived("question", fact=f"relationships.{r.k}.dispatcher_at_fault", party=r.dispatched_by, harm=h.k, about=r.k)]
    if law["CC-1191.2"] == "TLL-34":
        return [finding("supplementary", r.dispatched_by, h.k, degree="proportionate", basis="dispatcher-at-fault")]
    return [finding("liable", r.dispatched_by, h.k, degree="secondary", basis="dispatcher-at-fault")]


rule(
    "employer.dispatching-agency",
    cites=["CC-1191.2"],
    doctrine=DOCTRINE,
    when=[
        fact("x", "employer-answers", settled=True),
        fact("r", "rel", kind="employment", employer=v.x.employer, employee=v.x.worker, dispatched_by=Not(None)),
        *caused_harm(by=v.x.event, victim=Not(v.r.dispatched_by)),
    ],
    then=_dispatcher,
    zh="{x.worker}由{r.dispatched_by}派遣至{r.employer}工作：用工单位{r.employer}承担侵权责任；劳务派遣单位有过错的，承担相应的责任（2010年至2020年为相应的补充责任）。",
    en="{x.worker} was dispatched by {r.dispatched_by} to work for {r.employer}: the unit it works for is liable; the dispatching agency answers for its part only if at fault (2010–2020: a corresponding supplementary liability).",
)

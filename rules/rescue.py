"""Rescue and assumed care — 见义勇为与无因管理.

One harmed while protecting another's rights (stopping a theft, separating a fight): the one who did
the wrong answers (CC art. 183; GPL art. 183 from 2017-10-01; TLL art. 23 from 2010-07-01; GPCL art.
109 before). The one protected may give an appropriate compensation; where there is no wrongdoer, or
it fled or cannot pay, it must (TLL 23, GPL 183, CC 183: 应当) — under the General Principles it
"may" (GPCL 109), a compensation the court fixed at its discretion.

One who, without a duty, takes charge of another's affairs to keep that person from loss (advancing a
neighbour's hospital fees, shutting off a burst pipe in an empty flat): the one whose affairs they
were repays the necessary expenses (CC art. 979 para. 1; GPCL art. 93 before) — unless, from 2021,
it was against that person's true and lawful wishes (CC art. 979 para. 2); and compensates a loss the
manager suffered doing it appropriately (CC art. 979 para. 1 — before 2021 the General Principles
speak of expenses only; the SPC's 1988 opinions, which went further, are not in the library).
"""

from liability.rulebase import NoneOf, Not, caused_harm, derived, fact, finding, rule, v

DOCTRINE = "tort"


# --- the rescuer's own harm --------------------------------------------------------------------
def _wrongdoer(r, e, h):
    """Only a wrongdoer answers: one whose fire a lightning strike lit, without its fault, is none
    (helper-34's audit); where the event is judged by fault and that is unknown, it is asked
    (helper-35's audit) — and on it turns also whether the one protected must compensate."""
    if e.actor == r.actor or e.get("fault") is False or e.get("natural_cause") is True:
        return []
    if e.get("fault") == "unknown":
        return [derived("question", fact=f"events.{e.k}.fault", party=e.actor, harm=h.k, about=e.k)]
    return [finding("liable", e.actor, h.k, basis="rescued-from")]


rule(
    "rescue.wrongdoer-answers",
    cites=["CC-183"],
    doctrine=DOCTRINE,
    when=[
        fact("r", "event", kind="rescue", regarding=Not(None)),
        fact("e", "event", k=v.r.regarding, actor=Not(None)),
        *caused_harm(by=v.r.k, victim=v.r.actor),
    ],
    then=lambda r, e, c, h: _wrongdoer(r, e, h),
    zh="{r.actor}为保护{r.beneficiary}的民事权益而受到损害（{h.k}），由侵权人{e.actor}承担责任。",
    en="{r.actor} was harmed ({h.k}) protecting {r.beneficiary}'s rights: the wrongdoer {e.actor} answers.",
)


def _beneficiary(r, c, h, x, law):
    # 应当 where no wrongdoer, or it fled or cannot pay (TLL 23, GPL 183, CC 183); 可以 otherwise,
    # and under the General Principles in every case (GPCL 109): a discretionary compensation
    must = r.wrongdoer_unable is True
    if r.wrongdoer_unable == "unknown":
        return [derived("question", fact=f"events.{r.k}.wrongdoer_unable", party=r.beneficiary, harm=h.k, about=r.k)]
    if law["CC-183"] == "GPCL-109":
        return [finding("compensates", r.beneficiary, h.k, degree="appropriate", basis="rescue-beneficiary-discretion")]
    if must:
        return [finding("compensates", r.beneficiary, h.k, degree="appropriate", basis="rescue-beneficiary")]
    return [finding("not-liable", r.beneficiary, h.k, basis="beneficiary-may-compensate")]


rule(
    "rescue.beneficiary-compensates",
    cites=["CC-183"],
    doctrine=DOCTRINE,
    when=[
        fact("r", "event", kind="rescue", beneficiary=Not(None)),
        *caused_harm(by=v.r.k, victim=v.r.actor),
        fact("x", "claim", harm=v.h.k, against=v.r.beneficiary),
    ],
    then=_beneficiary,
    zh="{r.actor}为保护{r.beneficiary}而受到损害（{h.k}）：没有侵权人、侵权人逃逸或者无力承担责任的，受益人{r.beneficiary}应当给予适当补偿；否则受益人可以给予适当补偿（民法通则：可以给予适当补偿）。",
    en="{r.actor} was harmed ({h.k}) protecting {r.beneficiary}: where there is no wrongdoer, or it fled or cannot pay, the one protected must compensate appropriately; otherwise it may (under the General Principles: may).",
)


# --- managing another's affairs without a duty -----------------------------------------------
def _gestio(g, c, h, law, what):
    if law["CC-979"] == "CC-979":
        if g.against_wishes is True:
            return [finding("not-liable", g.beneficiary, h.k, basis="against-true-wishes")]
        if g.against_wishes == "unknown":
            return [derived("question", fact=f"events.{g.k}.against_wishes", party=g.beneficiary, harm=h.k, about=g.k)]
    if what == "expenses":
        return [finding("obligation", g.beneficiary, h.k, degree="reimburse", basis="gestio")]
    return [finding("compensates", g.beneficiary, h.k, degree="appropriate", basis="gestio")]


rule(
    "gestio.expenses-repaid",
    cites=["CC-979"],
    doctrine=DOCTRINE,
    when=[
        fact("g", "event", kind="gestio"),
        *caused_harm(by=v.g.k, victim=v.g.actor, kind="economic"),
    ],
    then=lambda g, c, h, law: _gestio(g, c, h, law, "expenses"),
    zh="{g.actor}没有法定的或者约定的义务，为避免{g.beneficiary}的利益受损失而管理其事务，支出的必要费用（{h.k}）由受益人{g.beneficiary}偿还。",
    en="{g.actor}, with no legal or agreed duty, took charge of {g.beneficiary}'s affairs to keep it from loss: {g.beneficiary} repays the necessary expenses ({h.k}).",
)

rule(
    "gestio.loss-compensated",
    cites=["CC-979.loss"],
    reads=["CC-979"],
    doctrine=DOCTRINE,
    when=[
        fact("g", "event", kind="gestio"),
        *caused_harm(by=v.g.k, victim=v.g.actor, kind=NoneOf("economic", "nuisance")),
    ],
    then=lambda g, c, h, law: _gestio(g, c, h, law, "loss"),
    zh="{g.actor}因管理{g.beneficiary}的事务受到损失（{h.k}），可以请求受益人{g.beneficiary}给予适当补偿。",
    en="{g.actor} suffered a loss ({h.k}) in managing {g.beneficiary}'s affairs: it may ask {g.beneficiary} for an appropriate compensation.",
)


# No one must take charge of another's affairs: managing them without a duty is voluntary (CC art.
# 979; GPCL art. 93), so one who declines to take charge (a duty assistant asked to look after a
# drunk owner) is not liable for what then befalls that person on that ground (seed 000 案例十四).
rule(
    "gestio.declined",
    cites=["CC-979"],
    doctrine=DOCTRINE,
    when=[
        fact("g", "event", kind="gestio", took_charge=False),
        *caused_harm(by=v.g.k, victim=v.g.beneficiary),
    ],
    then=lambda g, c, h: [finding("not-liable", g.actor, h.k, basis="no-duty-to-take-charge")],
    zh="{g.actor}没有照管{g.beneficiary}的法定或者约定义务，拒绝接手管理不违反义务，对{h.k}不因此承担责任。",
    en="{g.actor} had no legal or agreed duty to look after {g.beneficiary}: declining to take charge breaks no duty, and it is not liable for {h.k} on that ground.",
)


# But one who has taken charge may not break off, without good reason, where that harms the person
# (CC art. 981 — from 2021; no earlier text set the manager a duty: outside the rule book before).
def _broke_off(g, c, h):
    if g.broke_off == "unknown":
        return [derived("question", fact=f"events.{g.k}.broke_off", party=g.actor, harm=h.k, about=g.k)]
    if g.broke_off is False:
        return []
    if g.good_reason == "unknown":
        return [derived("question", fact=f"events.{g.k}.good_reason", party=g.actor, harm=h.k, about=g.k)]
    if g.good_reason is True:
        return [finding("not-liable", g.actor, h.k, basis="broke-off-for-good-reason")]
    return [finding("liable", g.actor, h.k, basis="broke-off-gestio")]


rule(
    "gestio.must-not-break-off",
    cites=["CC-981"],
    doctrine=DOCTRINE,
    when=[
        fact("g", "event", kind="gestio", took_charge=True),
        *caused_harm(by=v.g.k, victim=v.g.beneficiary),
    ],
    then=_broke_off,
    zh="{g.actor}接手管理{g.beneficiary}的事务后，中断管理对其不利的，无正当理由不得中断：无正当理由中断致{h.k}的，应当承担责任。",
    en="Having taken charge of {g.beneficiary}'s affairs, {g.actor} may not break off without good reason where that harms {g.beneficiary}: breaking off so and causing {h.k}, it is liable.",
)

"""Obstacles on a public road — 公共道路上堆放、倾倒、遗撒妨碍通行的物品.

Civil Code art. 1256 (from 2021-01-01): the one who piled, dumped or spilt things obstructing
passage on a public road is liable for the harm they cause, fault or no fault; the road's manager
bears the corresponding liability unless it proves it did its duties of clearing, protection and
warning. Tort Liability Law art. 89 (2010-07-01 to 2020-12-31): "the units or individuals
concerned" are liable — the doer without fault, the road's manager (courts read it so) for its own
failure. Before 2010-07-01 no special article: each by its own fault (GPCL art. 106 para. 2).

Whether the road is a public road is a fact to establish: an estate's own lanes may not be, and
then the estate manager's duty of security decides, not this article.
"""

from liability.allocation import BESIDE_THE_DOER
from liability.facts import NONE
from liability.rulebase import Not, absent, caused_harm, derived, fact, finding, personal_injury_only, rule, v

DOCTRINE = "tort"
BEFORE_2010 = "GPCL-106"


def _ask(e, party, h, what):
    return derived("question", fact=f"events.{e.k}.{what}", party=party, harm=h.k, about=e.k)


def _doer_strict(e, c, h, law):
    if law["CC-1256"] == BEFORE_2010:
        return []  # no liability without fault before the Tort Liability Law (roads.doer-by-fault)
    return [finding("liable", e.actor, h.k, basis="road-obstacle")]


rule(
    "roads.doer-strict",
    cites=["CC-1256"],
    doctrine=DOCTRINE,
    when=[fact("e", "event", kind="road-obstacle", public_road=True), *caused_harm(by=v.e.k, victim=Not(v.e.actor))],
    then=_doer_strict,
    zh="{e.actor}在公共道路上堆放、倾倒、遗撒妨碍通行的物品，造成{h.k}：由行为人承担侵权责任，不问过错。",
    en="{e.actor} piled, dumped or spilt things obstructing a public road, and they caused {h.k}: the doer is liable, fault or no fault.",
)


def _doer_by_fault(e, c, h, law):
    strict_era = law["CC-1256"] != BEFORE_2010
    if strict_era and e.public_road is True:
        return []  # roads.doer-strict
    if e.fault is True:
        return [finding("liable", e.actor, h.k, basis="fault")]
    out = []
    if strict_era and e.public_road == "unknown":
        out.append(_ask(e, e.actor, h, "public_road"))  # on a public road no fault is asked
    if e.fault == "unknown":
        out.append(_ask(e, e.actor, h, "fault"))
    elif not out:
        out.append(finding("not-liable", e.actor, h.k, basis="no-fault"))
    return out


rule(
    "roads.doer-by-fault",
    cites=["CC-1165"],
    reads=["CC-1256"],
    doctrine=DOCTRINE,
    when=[fact("e", "event", kind="road-obstacle"), *caused_harm(by=v.e.k, victim=Not(v.e.actor))],
    then=_doer_by_fault,
    zh="{e.actor}放置、遗撒的物品造成{h.k}：不属于公共道路（或在侵权责任法施行前）的，行为人因过错承担责任。",
    en="Things {e.actor} left or spilt caused {h.k}: off a public road (or before the Tort Liability Law) the doer answers by its fault.",
)


def _manager(e, x, c, h, law):
    governing = law["CC-1256.2"]
    m = x.manager
    if governing != BEFORE_2010:
        if e.public_road is False:
            return []  # not a public road: the estate manager's duty of security decides
        if e.public_road == "unknown":
            return [_ask(e, m, h, "public_road")]
    if e.duties_performed is True:
        return [finding("not-liable", m, h.k, basis="duties-performed")]
    if governing == "CC-1256":  # presumed unless it proves it did its duties
        presumed = e.duties_performed == "unknown"
        return [
            finding(
                "liable", m, h.k, degree="secondary", basis="road-manager",
                presumed=presumed, rebuttal=f"events.{e.k}.duties_performed=true" if presumed else None,
            )
        ]
    if e.duties_performed is False:  # TLL 89 and before: the manager's own failure, shown
        return [finding("liable", m, h.k, degree="secondary", basis="road-manager")]
    return [_ask(e, m, h, "duties_performed")]


rule(
    "roads.manager",
    cites=["CC-1256.2"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="road-obstacle"),
        fact("x", "thing", k=v.e.thing, manager=Not(NONE)),
        *caused_harm(by=v.e.k, victim=Not(v.x.manager)),
    ],
    then=_manager,
    zh="道路管理人{x.manager}：公共道路管理人未尽到清理、防护、警示等义务的，承担相应的责任（民法典：不能证明已尽到的，推定未尽到）。",
    en="The road's manager {x.manager}: a public road's manager that failed its duties of clearing, protection and warning bears the corresponding liability (under the Civil Code, unless it proves it did them).",
)


# Not a public road (an estate's own lane): the manager's duty of security decides (CC art. 1198 para.
# 2; TLL art. 37; the 2003 interpretation art. 6 for personal injury from 2004-05-01; GPCL art. 106
# para. 2 before): another's obstacle, the manager's supplementary liability for its own failure, with
# recourse where the law of the time gives it (rule review 37).
def _estate_lane(e, x, c, h, law):
    m = x.manager
    if e.duties_performed is True:
        return [finding("not-liable", m, h.k, basis="duty-met")]
    if e.duties_performed == "unknown":
        return [_ask(e, m, h, "duties_performed")]
    beyond = personal_injury_only(
        h, law, "CC-1198", "SPCPI2003-6",
        "2003年人身损害赔偿司法解释第六条的安全保障义务只及于人身损害。",
        "The 2003 interpretation's duty of security (art. 6) reaches personal injury only.",
    )
    if beyond:
        return beyond
    if law["CC-1198"] == BEFORE_2010:  # its own fault, within the whole the one who piled answers for
        return [finding("liable", m, h.k, degree="proportionate", basis=BESIDE_THE_DOER)]
    out = [finding("supplementary", m, h.k, degree="proportionate", basis="security-duty")]
    if law["CC-1198"] in ("CC-1198", "SPCPI2003-6"):
        out.append(finding("recourse", m, h.k, against=e.actor, basis="security-duty-recourse"))
    return out


rule(
    "roads.estate-lane-manager-security",
    cites=["CC-1198"],
    doctrine=DOCTRINE,
    when=[
        fact("e", "event", kind="road-obstacle", public_road=False, actor=Not(None)),
        fact("x", "thing", k=v.e.thing, manager=Not(NONE)),
        *caused_harm(by=v.e.k, victim=Not(v.x.manager)),
        absent("conduct-entered", party=v.x.manager, harm=v.h.k),  # its failure entered as an event: rules/security.py
    ],
    then=_estate_lane,
    zh="{e.thing}不是公共道路：管理人{x.manager}对他人{e.actor}放置的障碍物，依安全保障义务承担相应的补充责任（已尽到义务的不承担）。",
    en="{e.thing} is no public road: its manager {x.manager} answers for {e.actor}'s obstacle under its duty of security — a corresponding supplementary liability, none if it did its duty.",
)

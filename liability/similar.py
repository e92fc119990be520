"""Similar judgments and shares estimated from them — 类案检索.

The law often gives no number: a company's failure of security beside a burglar is "proportionate",
a victim's own fault "reduces" the liability, possible users "compensate" a part. Courts do fix
numbers. This module puts the engine's decision beside the judgments of the precedent corpus
(``precedents/``) that the same rules decided:

- **similar judgments**: the precedents ranked by what they share with the assessment — the rules
  that drew their conclusions, the doctrines those rules belong to, the kinds of event, the period of
  law — deterministic, and each with what matched;
- **estimated shares**: for a finding the law leaves without a number, the range and median of the
  figures courts fixed for parties the engine found the same way (the same kind of finding on the same
  family of ground), with n and the cases — an estimate from precedent, never the law's answer, and
  none where fewer than three judgments support it;
- **calibration**: leave-one-out over the corpus — each court figure against the estimate made
  without its own judgment.

The corpus's profiles are computed by running the engine on every precedent (with the court's
findings) and kept in ``precedents/index.json`` (``liability precedents --write-index``), so an
assessment does not re-run the corpus; a test keeps the index current.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from .assessment import Assessment, Estimate, Recovery, RecoveryPart, SimilarCase
from .model import Incident

INDEX = "index.json"  # in the corpus directory
MIN_SUPPORT = 3  # fewer judgments than this give no estimate
TOP = 5

# The family of ground a finding rests on, for grouping courts' figures: a finding's basis tags map to
# one family; findings of one family and one kind are "the same finding" for an estimate.
FAMILIES: dict[str, str] = {
    # a manager's (or provider's) own failure beside the one who did the harm
    "security-duty": "manager-failure",
    "security-duty-beside": "manager-failure",
    "property-service-contract": "manager-failure",
    "inspection-duty": "manager-failure",
    "no-safety-measures": "manager-failure",
    "maintenance-skipped": "manager-failure",
    "road-manager": "manager-failure",
    # the victim's own part
    "contributory-fault": "victim-own-fault",
    "own-part": "victim-own-fault",
    # the possible users of a building where no one knows who threw
    "possible-user": "possible-users",
    "possible-user-court-practice": "possible-users",
    # labour: the receiver of labour and the worker share by fault
    "labour-fault-sharing": "labour",
    "labour-recipient": "labour",
    "orderer-at-fault": "orderer-or-hirer",
    # fault and neglect of one's own thing or act
    "fault": "fault",
    "neglect": "fault",
    "presumed-fault": "presumed-fault",
    "falling-object": "presumed-fault",
    "employer": "employer",
    "guardian": "guardian",
    "co-user-fair-sharing": "fair-sharing",
    "fair-sharing": "fair-sharing",
}
_GROUP = {"liable": "pays", "supplementary": "pays", "compensates": "compensates", "bears-own-loss": "own"}
# degrees that already are a number (or the whole): nothing to estimate
_FIXED = {"full", "equal", "joint", "own-property-first"}


def _unnumbered(f, findings) -> bool:
    """A finding that pays, compensates or bears a part the law leaves without a number. The possible
    users of a building compensate in equal parts among themselves, but what part of the loss they
    compensate together the law leaves to the court: that total is unnumbered where one party stands
    for them all (a collective party, or the one user left)."""
    if f.kind.value not in _GROUP or f.share is not None:
        return False
    if family_of(f.basis) == "possible-users":
        return sum(1 for g in findings if g.harm == f.harm and family_of(g.basis) == "possible-users" and g.kind == f.kind) == 1
    return (f.degree or "") not in _FIXED


def family_of(basis: str | None) -> str | None:
    for tag in (basis or "").split("+"):
        if tag in FAMILIES:
            return FAMILIES[tag]
    return None


def finding_key(kind: str, basis: str | None) -> str | None:
    """The key under which courts' figures for "the same finding" are pooled: its kind and the
    family of its ground (``pays/manager-failure``); None where the finding has no such family."""
    group, fam = _GROUP.get(kind), family_of(basis)
    return f"{group}/{fam}" if group and fam else None


def finding_keys(f, findings) -> list[str]:
    """The keys of a finding, finest first: the kind and family of its ground, with what else the
    decision holds for the same harm — another party paying beside it, the victim bearing a part of
    its own — and that key alone. An estimate uses the finest key enough judgments support."""
    key = finding_key(f.kind.value, f.basis)
    if key is None:
        return []
    same = [g for g in findings if g.harm == f.harm and g is not f]
    beside = any(g.kind.value in ("liable", "supplementary", "compensates") and g.party != f.party for g in same)
    own = any(g.kind.value == "bears-own-loss" for g in same)
    fine = key + ("+beside" if beside else "+alone") + ("+victim-part" if own else "")
    return [fine, key]


# ------------------------------------------------------------------------------ the corpus index
def profile_of(a: Assessment, incident: Incident) -> dict[str, Any]:
    """What an assessment is, for comparison: the rules that drew its conclusions, their doctrines,
    the kinds of event, the period of law."""
    from .places import period_of

    concluding = {d for f in a.findings for d in f.derivations}
    rules = sorted({a.derivations[d].rule for d in concluding if a.derivations[d].doctrine != "bookkeeping"})
    return {
        "rules": rules,
        "doctrines": sorted({r.split(".", 1)[0] for r in rules}),
        "events": sorted({e.kind for e in incident.events}),
        "period": period_of(incident.date),
    }


def build_index(precedents: list | None = None) -> dict[str, Any]:
    """Every precedent's profile (on the court's findings) and the figures its court fixed, each with
    the engine's finding for that party — the data similar judgments and estimates are drawn from."""
    from .pipeline import assess
    from .precedents import court_figure, load_all, with_findings

    if precedents is None:
        precedents, _ = load_all()
    cases = []
    for p in precedents:
        h = p.holding
        incident = with_findings(p)
        a = assess(incident, decided_on=p.incident.decided_on or h.judgment_date)
        kinds = {x.id: x.kind.value for x in p.incident.parties}
        figures = []
        for hp in h.parties:
            harm, figure = court_figure(p, hp)
            if figure is None or harm is None:
                continue
            mine = [f for f in a.findings if f.party == hp.party and f.harm == harm and f.kind.value in _GROUP]
            # only findings the law leaves without a number: those are what an estimate stands in for
            keys = sorted({k for f in mine if _unnumbered(f, a.findings) for k in finding_keys(f, a.findings)}, key=lambda k: (-k.count("+"), k))
            figures.append({"party": hp.party, "party_kind": kinds.get(hp.party), "harm": harm, "held": hp.held, "figure": float(figure), "keys": keys})
        cases.append(
            {
                "name": p.name,
                "court": h.court,
                "date": (h.judgment_date or p.incident.decided_on or p.incident.date).isoformat(),
                "source": h.sources[0] if h.sources else None,
                "summary_zh": h.summary_zh,
                "summary_en": h.summary_en,
                "held": [{"party": hp.party, "held": hp.held} for hp in h.parties],
                **profile_of(a, incident),
                "figures": figures,
            }
        )
    return {"cases": cases}


def index_path(directory: str | Path | None = None) -> Path:
    from .places import corpus_dir

    return Path(directory or corpus_dir()) / INDEX


def write_index(directory: str | Path | None = None) -> Path:
    from .precedents import load_all

    precedents, problems = load_all(directory)
    if problems:
        raise ValueError("; ".join(str(p) for p in problems))
    path = index_path(directory)
    path.write_text(json.dumps(build_index(precedents), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


@lru_cache(maxsize=4)
def load_index(path: str | None = None) -> dict[str, Any]:
    p = Path(path) if path else index_path()
    if not p.exists():
        return {"cases": []}
    return json.loads(p.read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------ similar judgments
def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _score(mine: dict[str, Any], case: dict[str, Any]) -> tuple[float, list[str]]:
    rules, doctrines, events = (set(mine[k]) & set(case[k]) for k in ("rules", "doctrines", "events"))
    score = (
        3 * _jaccard(set(mine["rules"]), set(case["rules"]))
        + 2 * _jaccard(set(mine["doctrines"]), set(case["doctrines"]))
        + _jaccard(set(mine["events"]), set(case["events"]))
        + (0.5 if mine["period"] == case["period"] else 0.0)
    )
    matched = [f"rule:{r}" for r in sorted(rules)] + [f"doctrine:{d}" for d in sorted(doctrines - {r.split('.')[0] for r in rules})]
    matched += [f"event:{e}" for e in sorted(events)]
    if mine["period"] == case["period"]:
        matched.append(f"period:{case['period']}")
    return round(score, 3), matched


def similar_cases(profile: dict[str, Any], cases: list[dict[str, Any]], top: int = TOP, exclude: str | None = None) -> list[SimilarCase]:
    """The precedents most like ``profile``: those sharing at least one concluding rule, by score
    (rules 3, doctrines 2, event kinds 1 — each a Jaccard overlap — and 0.5 for the same period of
    law), ties by name; each with what matched."""
    ranked = []
    for case in cases:
        if case["name"] == exclude or not set(profile["rules"]) & set(case["rules"]):
            continue
        score, matched = _score(profile, case)
        ranked.append((-score, case["name"], score, matched, case))
    ranked.sort(key=lambda x: (x[0], x[1]))
    return [
        SimilarCase(
            name=name, court=case["court"], date=case["date"], source=case["source"], score=score, matched=matched,
            held=[f"{x['party']}: {x['held']}" for x in case["held"]],
            figures=[f"{x['party']}: {x['figure']:g}%" for x in case["figures"]],
            summary_zh=case["summary_zh"], summary_en=case["summary_en"],
        )
        for _, name, score, matched, case in ranked[:top]
    ]


# ------------------------------------------------------------------------------ estimated shares
@dataclass(frozen=True)
class Pool:
    figures: list[float]
    cases: list[str]


def pool(cases: list[dict[str, Any]], key: str, exclude: str | None = None) -> Pool:
    """The figures courts fixed for parties the engine found under ``key``, across the corpus."""
    figures, names = [], []
    for case in cases:
        if case["name"] == exclude:
            continue
        for x in case["figures"]:
            if key in x["keys"]:
                figures.append(x["figure"])
                names.append(case["name"])
    return Pool(figures, sorted(set(names)))


def estimate(cases: list[dict[str, Any]], key: str, exclude: str | None = None) -> tuple[float, float, float, int, list[str]] | None:
    p = pool(cases, key, exclude)
    if len(p.cases) < MIN_SUPPORT:  # judgments, not figures: one judgment's several parties are one voice
        return None
    return min(p.figures), statistics.median(p.figures), max(p.figures), len(p.figures), p.cases


def finest(cases: list[dict[str, Any]], keys: list[str], exclude: str | None = None) -> tuple[str | None, tuple | None]:
    """The first of ``keys`` (finest first) that enough judgments support, and its estimate."""
    for key in keys:
        if (got := estimate(cases, key, exclude)) is not None:
            return key, got
    return None, None


def estimates_for(a: Assessment, incident: Incident, cases: list[dict[str, Any]], exclude: str | None = None) -> list[Estimate]:
    """For each finding the law leaves without a number, the courts' figures for the same finding."""
    amounts = {h.id: h.amount for h in incident.harms}
    out = []
    for f in a.findings:
        if not _unnumbered(f, a.findings):
            continue
        key, got = finest(cases, finding_keys(f, a.findings), exclude)
        if got is None:
            continue
        low, median, high, n, names = got
        amount = amounts.get(f.harm)
        out.append(
            Estimate(
                party=f.party, harm=f.harm, key=key, low=Decimal(str(low)), median=Decimal(str(median)), high=Decimal(str(high)), n=n, cases=names,
                amount=(amount * Decimal(str(median)) / 100).quantize(Decimal("0.01")) if amount is not None else None,
            )
        )
    return out


def annotate(a: Assessment, incident: Incident, index: dict[str, Any] | None = None) -> Assessment:
    """The assessment with its similar judgments, its estimated shares and what the victim can recover."""
    cases = (index or load_index())["cases"]
    profile = profile_of(a, incident)
    estimates = estimates_for(a, incident, cases)
    gone = frozenset(p.id for p in incident.parties if p.reachable is False)
    members = {p.id: p.members for p in incident.parties if p.members}
    return a.model_copy(update={"similar": similar_cases(profile, cases), "estimates": estimates, "recovery": recovery(a, estimates, gone, members)})


_PAYS = ("liable", "supplementary", "compensates")
CENT = Decimal("0.01")


def _per_member(p: RecoveryPart, members: int | None, whole: Decimal) -> RecoveryPart:
    """A collective party's sum split among the households or persons it stands for: its own sum,
    or the whole where it answers jointly for it."""
    amount = whole if p.source == "joint" else p.amount
    if members is None or amount is None:
        return p
    return p.model_copy(update={"members": members, "per_member": (amount / members).quantize(CENT)})


def recovery(
    a: Assessment, estimates: list[Estimate], unreachable: frozenset[str] = frozenset(), members: dict[str, int] | None = None
) -> list[Recovery]:
    """Per harm with an amount, decided: each paying party's sum — from the law's share, else at the
    median of the courts' figures (an estimate), a joint debt as the whole from any of them, a part
    owed inside another's whole as such — and what is left to the victim in fact. A party that cannot
    be found or cannot pay (``unreachable``) stays liable but is shown as such, and its sum is not
    counted as recovered; a part owed within its whole is then what the victim gets from the other."""
    est = {(e.party, e.harm): e for e in estimates}
    members = members or {}
    out = []
    for al in a.allocations:
        if al.amount is None or not al.decided:
            continue
        parts: list[RecoveryPart] = []
        victim_part: Decimal | None = Decimal(0)
        for ln in al.lines:
            if ln.party == al.victim or ln.kind.value not in _PAYS:
                continue
            e = est.get((ln.party, al.harm))
            if ln.alongside:
                amount = e.amount if e is not None else None
                parts.append(RecoveryPart(party=ln.party, amount=amount, source="within"))
            elif ln.degree == "joint":
                parts.append(RecoveryPart(party=ln.party, amount=None, source="joint"))
                victim_part = None
            elif ln.amount is not None:
                parts.append(RecoveryPart(party=ln.party, amount=ln.amount, source="law"))
            elif e is not None and e.amount is not None:
                parts.append(RecoveryPart(party=ln.party, amount=e.amount, source="estimate"))
            else:
                parts.append(RecoveryPart(party=ln.party, amount=None, source="open"))
                victim_part = None
        if not parts:
            continue
        parts = [p.model_copy(update={"unreachable": True}) if p.party in unreachable else p for p in parts]
        parts = [_per_member(p, members.get(p.party), al.amount) for p in parts]
        if victim_part is not None:
            whole = [p for p in parts if p.source in ("law", "estimate")]
            got = sum((p.amount for p in whole if p.amount is not None and not p.unreachable), Decimal(0))
            if whole and all(p.unreachable for p in whole):  # the whole's debtors gone: the parts within it are what is left
                got += sum((p.amount for p in parts if p.source == "within" and p.amount is not None and not p.unreachable), Decimal(0))
            victim_part = max(al.amount - got, Decimal(0)).quantize(CENT)
        out.append(
            Recovery(
                harm=al.harm, victim=al.victim, amount=al.amount, parts=parts, victim_part=victim_part,
                estimated=any(p.source == "estimate" or (p.source == "within" and p.amount is not None) for p in parts),
                already_paid=al.already_paid,
            )
        )
    return out


# ------------------------------------------------------------------------------ calibration
def calibration(index: dict[str, Any] | None = None) -> dict[str, Any]:
    """Leave-one-out: every court figure with a finding key, against the estimate made from the other
    judgments — how often it falls inside the printed range, and within 10 points of the median."""
    cases = (index or load_index())["cases"]
    rows = []
    for case in cases:
        for x in case["figures"]:
            if not x["keys"]:
                continue
            key, got = finest(cases, x["keys"], exclude=case["name"])  # one estimate per court figure
            if got is None:
                rows.append({"case": case["name"], "party": x["party"], "key": x["keys"][-1], "figure": x["figure"], "estimate": None})
            else:
                low, median, high, n, _ = got
                rows.append(
                    {
                        "case": case["name"], "party": x["party"], "key": key, "figure": x["figure"],
                        "estimate": {"low": low, "median": median, "high": high, "n": n},
                        "inside": low <= x["figure"] <= high, "near_median": abs(x["figure"] - median) <= 10,
                    }
                )
    estimated = [r for r in rows if r["estimate"]]
    return {
        "figures": len(rows),
        "estimated": len(estimated),
        "inside_range": sum(r["inside"] for r in estimated),
        "near_median": sum(r["near_median"] for r in estimated),
        "rows": rows,
    }


# ------------------------------------------------------------------------------ in words
_WORDS = {
    "zh": {
        "similar": "类似的裁判（类案检索，仅供参考）",
        "estimates": "参照类案的份额估计（非法律规定的份额）",
        "score": "相似度",
        "matched": "相同之处",
        "held": "裁判",
        "figures": "法院确定的份额",
        "estimate": "{party}对{harm}：同类认定的{m}件裁判中，法院确定的{n}个份额为{low}%至{high}%，中位数{median}%",
        "amount": "（按中位数约{amount}元）",
        "cases": "依据",
        "rule": "规则", "doctrine": "领域", "event": "事件", "period": "法律时期",
        "none": "没有足够的类似裁判（至少3件）可供估计份额。",
        "recovery": "受害人可以向谁获得多少赔偿",
        "r_law": "{party} {amount}元",
        "r_estimate": "{party}约{amount}元（参照类案估计）",
        "r_joint": "{party}与其他连带责任人对全部{amount}元承担连带责任",
        "r_within": "{party}在前述全部责任范围内承担相应部分",
        "r_within_est": "{party}在前述全部责任范围内承担相应部分（参照类案约{amount}元）",
        "r_open": "{party}的数额尚不能确定",
        "r_victim": "受害人实际自行承担{amount}元",
        "r_unreachable": "（下落不明或者无力赔偿，实际难以获得）",
        "r_each": "（共{members}户/人，每户/人约{amount}元）",
        "r_paid": "已获赔付{amount}元，应予扣除",
    },
    "en": {
        "similar": "Similar judgments (for reference)",
        "estimates": "Shares estimated from similar judgments (not the law's answer)",
        "score": "score",
        "matched": "matched",
        "held": "held",
        "figures": "figures fixed",
        "estimate": "{party} for {harm}: in {m} judgments with the same finding courts fixed {n} shares from {low}% to {high}%, median {median}%",
        "amount": " (about CNY {amount} at the median)",
        "cases": "cases",
        "rule": "rule", "doctrine": "doctrine", "event": "event", "period": "period",
        "none": "Too few similar judgments (at least 3) to estimate a share.",
        "recovery": "What the victim can recover, from whom",
        "r_law": "{party} CNY {amount}",
        "r_estimate": "{party} about CNY {amount} (estimated from similar judgments)",
        "r_joint": "{party} jointly with the others for the whole CNY {amount}",
        "r_within": "{party} a part within that whole",
        "r_within_est": "{party} a part within that whole (about CNY {amount} from similar judgments)",
        "r_open": "{party}: not yet quantified",
        "r_victim": "left to the victim in fact: CNY {amount}",
        "r_unreachable": " (cannot be found or cannot pay: not recoverable in fact)",
        "r_each": " ({members} households or persons, about CNY {amount} each)",
        "r_paid": "already received CNY {amount}, to be deducted",
    },
}


def _pct(x: Decimal) -> str:
    return f"{x.normalize():f}"


def _said(token: str, W: dict[str, str]) -> str:
    what, _, value = token.partition(":")
    return f"{W.get(what, what)} {value}"


def sections(a: Assessment, lang: str = "zh") -> list[tuple[str, list[str]]]:
    """The precedent sections of a report as (heading, lines), for every renderer alike."""
    if a.similar is None and a.estimates is None and a.recovery is None:
        return []
    W = _WORDS[lang]
    n = a.names.get
    out: list[tuple[str, list[str]]] = []
    if a.estimates is not None:
        lines = []
        for e in a.estimates:
            line = W["estimate"].format(party=n(e.party, e.party), harm=n(e.harm, e.harm), n=e.n, m=len(e.cases), low=_pct(e.low), high=_pct(e.high), median=_pct(e.median))
            if e.amount is not None:
                line += W["amount"].format(amount=f"{e.amount:,.2f}")
            lines.append(f"{line} [{e.key}; {W['cases']}: {', '.join(e.cases)}]")
        out.append((W["estimates"], lines or [W["none"]]))
    if a.recovery:
        lines = []
        for r in a.recovery:
            bits = []
            for p in r.parts:
                which = "within_est" if p.source == "within" and p.amount is not None else p.source
                amount = r.amount if p.source == "joint" else p.amount
                bit = W["r_" + which].format(party=n(p.party, p.party), amount=f"{amount:,.2f}" if amount is not None else "")
                if p.per_member is not None:
                    bit += W["r_each"].format(members=p.members, amount=f"{p.per_member:,.2f}")
                bits.append(bit + (W["r_unreachable"] if p.unreachable else ""))
            if r.victim_part:
                bits.append(W["r_victim"].format(amount=f"{r.victim_part:,.2f}"))
            if r.already_paid:
                bits.append(W["r_paid"].format(amount=f"{r.already_paid:,.2f}"))
            lines.append(f"{n(r.harm, r.harm)} ({r.amount:,.2f}): " + ("；" if lang == "zh" else "; ").join(bits))
        out.append((W["recovery"], lines))
    if a.similar:
        lines = []
        for c in a.similar:
            summary = c.summary_zh if lang == "zh" else c.summary_en
            lines.append(
                f"{c.name} — {c.court}, {c.date} ({W['score']} {c.score:g}; {W['matched']}: {', '.join(_said(m, W) for m in c.matched)})"
                + (f" — {summary}" if summary else "")
                + (f" — {W['figures']}: {', '.join(c.figures)}" if c.figures else "")
                + (f" — {c.source}" if c.source else "")
            )
        out.append((W["similar"], lines))
    return out

"""``assess(incident) -> Assessment``: the whole pipeline, one direction.

incident → time-law step → facts → rule engine (one isolated session) → findings (with their
derivations) → allocation per harm → Assessment.
"""

from __future__ import annotations

import datetime as dt
import dataclasses
import functools
import threading
from typing import Any

from . import allocation
from .allocation import WARD_OWN
from .assessment import (
    Alternative,
    ArticleInfo,
    TimeLawStep,
    LeadOut,
    Assessment,
    Blocked,
    Derivation,
    Finding,
    OutcomeKind,
    Premise,
    Question,
    TimeLawFinding,
)
from .errors import MAX_NAME, IncidentError, Problem, elide
from .facts import NONE, to_facts
from .model import Incident
from .rulebase import DERIVED_TYPES
from .library import Registry, registry, timelaw_spec
from .timelaw import decide


@functools.cache
def _engine():
    """The engine with the whole rule book."""
    from .engine import Engine

    return Engine(_book())


@functools.cache
def _book() -> tuple:
    from .rulebase import BOOK
    import liability.rules  # noqa: F401 - defines the rules

    return tuple(BOOK.rules)


_ENGINES: dict[frozenset, Any] = {}
_ENGINES_LOCK = threading.Lock()
# Kinds of incident (by the kinds of event and of relationship in it) with an engine of their own.
# Each holds a live session of its own, about 4 MB (the C core sizes a session by the ruleset's join nodes).
MAX_ENGINES = 48


def _engine_for(incident: Incident):
    """An engine compiled with just the rules that can fire in an incident with these kinds of
    event and relationship: a rule whose event or relationship patterns name kinds the incident has
    none of can never match, and the C core spends its time per rule, whether it fires or not
    (about half the cost of a run on the examples). One engine per combination of kinds, built on first use; past MAX_ENGINES
    combinations, the whole book. Results are the same either way (tested on every example)."""
    kinds = frozenset(e.kind for e in incident.events) | frozenset("rel:" + r.kind for r in incident.relationships)
    engine = _ENGINES.get(kinds)
    if engine is None:
        with _ENGINES_LOCK:
            engine = _ENGINES.get(kinds)
            if engine is None:
                if len(_ENGINES) >= MAX_ENGINES:
                    return _engine()
                from .engine import Engine

                engine = _ENGINES[kinds] = Engine([r for r in _book() if r.can_fire_with(kinds)])
    return engine


def _not_applied(run_blocked: list, parties: dict[str, int], harms: dict[str, int]) -> list[Blocked]:
    """The rules whose conditions matched but whose norm did not govern on the date (or governed in
    a text that does not reach these facts): one line for each rule and reason, naming the parties
    and harms its matched facts concern, rather than one identical sentence per match."""
    merged: dict[tuple, tuple[Any, set[str], set[str]]] = {}
    for b in run_blocked:
        key = (b.rule.id, b.provision, b.law_date, b.outside.en if b.outside else None)
        _, who, what = merged.setdefault(key, (b, set(), set()))
        for fact in b.matched.values():
            if fact.get("t") == "harm":  # the harm, not its victim, is what the line names
                what.add(fact.get("k"))
                continue
            for name, value in fact.items():
                if name != "k" and isinstance(value, str) and value in parties:
                    who.add(value)
                elif name == "harm" and isinstance(value, str):
                    what.add(value)
    out = []
    for key in sorted(merged, key=lambda k: (k[0], k[1], k[2], k[3] or "")):
        b, who, what = merged[key]
        out.append(
            Blocked(
                rule=b.rule.id,
                provision=b.provision,
                law_date=b.law_date,
                parties=sorted(who, key=lambda p: parties[p]),
                harms=sorted((h for h in what if h in harms), key=lambda h: harms[h]),
                zh=f"规则{b.rule.id}：{b.outside.zh}" if b.outside else f"规则{b.rule.id}所依据的{b.provision}在{b.law_date}没有对应条文，不适用。",
                en=f"Rule {b.rule.id}: {b.outside.en}" if b.outside else f"Rule {b.rule.id} rests on {b.provision}, which had no governing article on {b.law_date}: not applied.",
            )
        )
    return out


def _key(fact: dict[str, Any]) -> str:
    """A canonical, order-independent key for a fact (or a mapping of facts): values are scalars
    or such mappings, so the repr of the sorted items is canonical — and far cheaper than JSON.
    (Keys are unique, so sorting the items never compares two values.)"""
    items = sorted(fact.items())
    for v in fact.values():
        if isinstance(v, dict):
            return repr([(k, _key(v) if isinstance(v, dict) else v) for k, v in items])
    return repr(items)


class _Shown:
    """A matched fact as an explanation shows it: each field read as ``{d.causer}`` in a template
    gives the display name of the id it holds."""

    __slots__ = ("_fact", "_names")

    def __init__(self, fact: dict[str, Any], names: dict[str, str]):
        self._fact = fact
        self._names = names

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._fact, name)
        return self._names.get(value, value) if isinstance(value, str) else value


def _input_paths(incident: Incident) -> dict[tuple[str, str], str]:
    paths: dict[tuple[str, str], str] = {}
    for group, t in (("parties", "party"), ("things", "thing"), ("events", "event"), ("harms", "harm")):
        for i, x in enumerate(getattr(incident, group)):
            paths[(t, x.id)] = f"{group}.{i}"
    for i, r in enumerate(incident.relationships):
        paths[("rel", r.id)] = f"relationships.{i}"
    return paths


def _input_path(fact: dict[str, Any], paths: dict[tuple[str, str], str]) -> str | None:
    t = fact.get("t")
    if t == "cause":
        base = paths.get(("harm", fact["harm"]))
        return f"{base}.caused_by" if base else None
    if t in ("serves", "undertakes"):
        return paths.get(("rel", fact["rel"]))
    if t == "together":
        base = paths.get(("event", fact["event"]))
        return f"{base}.together_with" if base else None
    if t == "possible-user":
        base = paths.get(("event", fact["event"]))
        return f"{base}.possible_users" if base else None
    if t == "co-owned":
        base = paths.get(("thing", fact["thing"]))
        return f"{base}.co_owners" if base else None
    if t == "claim":
        base = paths.get(("harm", fact["harm"]))
        return f"{base}.claimed_against" if base else None
    return paths.get((t, fact.get("k")))


def _article_info(reg: Registry, article_id: str) -> ArticleInfo:
    """The article as an assessment shows it. Frozen, and the library is read once per process,
    so one instance per article serves every assessment."""
    info = reg.memo.get(("info", article_id))
    if info is None:
        info = reg.memo[("info", article_id)] = _make_article_info(reg, article_id)
    return info


def _make_article_info(reg: Registry, article_id: str) -> ArticleInfo:
    a = reg.article(article_id)
    return ArticleInfo(
        id=a.id,
        law=a.law.id,
        law_zh=a.law.name_zh,
        law_en=a.law.name_en,
        number=a.number,
        title_zh=a.title_zh,
        title_en=a.title_en,
        text_zh=a.text_zh,
        gloss_en=a.gloss_en,
        checked=a.checked,
        wording=a.wording,
        in_force=a.law.in_force,
        ends=a.law.ends,
    )


def _opt(v: Any) -> Any:
    return None if v == NONE else v


def assess(incident: Incident, *, decided_on: dt.date | None = None, investigate: bool = False, similar: bool = False) -> Assessment:
    """Assess an incident. Pure: the same incident always gives the same assessment.

    With ``investigate=True`` the assessment also lists what to investigate next: every unknown
    fact whose value would change the decision, and how (found by re-running the engine). With
    ``similar=True`` it lists the reported judgments like it and the shares courts fixed where the
    law gives none (liability.similar).
    """
    outcome = _assess_run(incident, decided_on)
    result = _with_alternatives(incident, outcome)
    if similar:
        from .similar import annotate

        result = annotate(result, incident)
    if not investigate:
        return result
    from .whatif import investigate as leads_for

    leads = [
        LeadOut(
            fact=lead.fact,
            value=lead.value,
            status=lead.status,
            changes=[c.out() for c in lead.changes],
        )
        for lead in leads_for(incident, result, decided_on=decided_on)
    ]
    return result.model_copy(update={"leads": leads})


def _with_alternatives(incident: Incident, outcome: _Outcome) -> Assessment:
    """SPCTE arts. 2–3: for older facts decided from 2021, a court may apply the Civil Code. Decide
    under the old law; show the Civil Code outcome as an alternative when it differs."""
    result = outcome.assessment
    tl = result.time_law
    reg = registry()
    boundary = dt.date(2021, 1, 1)
    if tl.decided_on < boundary or any(s.law_date >= boundary for s in tl.steps):
        return result
    from .whatif import decision, diff

    if outcome.same_under(boundary):
        return result  # proved without a second run: the Civil Code would decide the same

    cc, _, cc_run = decision_of(incident, tl.decided_on, law_date_override=boundary, checked=True)
    changes = diff(decision(result), cc)
    if not changes:
        return result
    # Art. 3 where the Civil Code outcome rests on a provision the old law did not have at all.
    silent = any(
        reg.resolve(pid, tl.facts_date) is None
        for f in cc_run.firings
        if any(c.get("t") == "finding" for c in f.conclusions)
        for pid in f.rule.cites[:1]
    )
    spec = next(x for x in timelaw_spec()["discretion"] if x["article"] == ("SPCTE-3" if silent else "SPCTE-2"))
    art = reg.resolve(spec["article"], tl.decided_on)
    alt = Alternative(
        article=art.id if art else None,
        zh=spec["zh"],
        en=spec["en"],
        changes=[c.out() for c in changes],
    )
    articles = dict(result.articles)
    if art is not None and art.id not in articles:
        articles[art.id] = _article_info(reg, art.id)
    return result.model_copy(
        update={"time_law": tl.model_copy(update={"alternatives": [alt]}), "articles": articles}
    )


@dataclasses.dataclass
class _Outcome:
    """An assessment with what it was drawn from: the engine run, and the findings and questions
    the allocation step took, on the date whose law allocated the harms."""

    assessment: Assessment
    run: Any  # engine.Run
    incident: Incident
    findings: list[Finding]
    questions: list[Question]
    tort_date: dt.date

    def same_under(self, day: dt.date) -> bool:
        """Would every doctrine judged by the law of ``day`` decide the same? Proved without a
        second run: the engine would conclude the same (``Engine.same_under``), and the same
        findings would be allocated alike."""
        reg = registry()
        if not _engine_for(self.incident).same_under(self.run, reg, day):
            return False
        lines = lambda al: [(ln.party, ln.kind, ln.degree) for ln in al.lines]  # noqa: E731 - what a decision reads
        return all(
            lines(allocation.allocate(h, self.findings, self.questions, reg, day)) == lines(al)
            for h, al in zip(self.incident.harms, self.assessment.allocations)
        )


def _assess(incident: Incident, decided_on: dt.date | None, law_date_override: dt.date | None = None) -> Assessment:
    return _assess_run(incident, decided_on, law_date_override).assessment


def _take(c: dict[str, Any], arts: list[str], ids: list[int], findings: list[Finding], questions: list[Question]) -> None:
    """A concluded fact into a finding or a question (other derived facts are steps, not outcomes)."""
    if c["t"] == "finding":
        findings.append(
            Finding(
                party=c["party"],
                harm=c["harm"],
                kind=OutcomeKind(c["kind"]),
                degree=_opt(c["degree"]),
                against=_opt(c["against"]),
                basis=_opt(c["basis"]),
                presumed=bool(c["presumed"]),
                rebuttal=_opt(c["rebuttal"]),
                articles=arts,
                derivations=ids,
            )
        )
    elif c["t"] == "question":
        questions.append(
            Question(fact=c["fact"], party=_opt(c["party"]), harm=_opt(c["harm"]), about=_opt(c.get("about")), derivations=ids)
        )


# How much of a harm a degree of liability covers, widest first: several grounds for one party's
# liability never lessen it (full beats any part).
_WIDTH = {"joint": 0, None: 1, "full": 1, "main": 2, "proportionate": 3, "equal": 3, "reduced": 3, "secondary": 4, "aggravation": 5, "appropriate": 5, "rest": 5}


def _widest(a: str | None, b: str | None) -> str | None:
    if a not in _WIDTH or b not in _WIDTH:
        return a if a is not None else b  # degrees of other kinds (which order, which fee) are not ranked
    return a if _WIDTH[a] <= _WIDTH[b] else b


def _merged(findings: list[Finding]) -> list[Finding]:
    """One finding per party, harm and kind: several grounds for it are several derivations. Orders
    of different content (permit access, repair the source) are different findings, never merged."""
    merged: dict[tuple, Finding] = {}
    for f in findings:
        key = (f.party, f.harm, f.kind, f.against, f.degree if f.kind == OutcomeKind.obligation else None)
        if key not in merged:
            merged[key] = f
            continue
        m = merged[key]
        degree = _widest(m.degree, f.degree)
        merged[key] = m.model_copy(
            update={
                "degree": degree,
                "basis": "+".join(dict.fromkeys(b for x in (m.basis, f.basis) if x for b in x.split("+"))),
                "presumed": m.presumed and f.presumed,
                "rebuttal": m.rebuttal if m.presumed and f.presumed else None,
                "articles": m.articles + [a for a in f.articles if a not in m.articles],
                "derivations": sorted(set(m.derivations + f.derivations)),
            }
        )
    return list(merged.values())


# Findings that answer a claim: a party with one of these for a harm is not also "not liable" for it.
_ANSWERS = frozenset({OutcomeKind.liable, OutcomeKind.supplementary, OutcomeKind.outside})
# A "not liable" on a ground that is only one of several possible (no custody contract): shown only
# where nothing else answers the claim.
_GROUND_ONLY = frozenset({"no-custody-contract"})
# Sharing a loss no one is known to be liable for: fair sharing (GPCL 132, TLL 24) — not while anyone is
# or may be liable; and the co-users of a shared facility, who share (before 2021) or compensate (by
# analogy with CC 1254) only where the one responsible cannot be found: beside one liable for the same
# flood they are not liable (helper-34's audit), and their claim is answered so.
_CO_USERS = frozenset({"co-user-fair-sharing", "co-user-analogy"})
# The contract route's own "not liable" (a gratuitous mandatary without gross negligence): where the
# victim elected contract, its liability in tort for the same harm is not the route it took.
_CONTRACT_CLEARED = frozenset({"gratuitous-mandate", "paid-mandate-no-fault", "gratuitous-without-gross-negligence", "proper-custody"})


def _elected(findings: list[Finding], grounds: dict[str, str]) -> list[Finding]:
    """Contract and tort concurring (CC 186; CL 122): where the victim has said which ground its claim
    rests on (``harm.ground``), a party liable to it on both answers on that ground only; where it has
    not, both grounds stand side by side (the claim may rest on either)."""
    both: dict[tuple[str, str], set[bool]] = {}
    for f in findings:
        if grounds.get(f.harm) not in ("contract", "tort"):
            continue
        if f.kind in (OutcomeKind.liable, OutcomeKind.supplementary):
            both.setdefault((f.party, f.harm), set()).add(f.basis in allocation.CONTRACT_BASES)
        elif f.kind == OutcomeKind.not_liable and f.basis in _CONTRACT_CLEARED:
            both.setdefault((f.party, f.harm), set()).add(True)  # the contract route's answer: not liable
        elif f.basis in _LIMITS:
            both.setdefault((f.party, f.harm), set()).add(True)  # the contract route's answer, as limited
    out = []
    for f in findings:
        key = (f.party, f.harm)
        # a route's answer: a liability on either ground, or the contract route's own "not liable" (a
        # tort "not liable" — acted for its employer — is no route of its own)
        answers = f.kind in (OutcomeKind.liable, OutcomeKind.supplementary) or f.basis in _CONTRACT_CLEARED
        if answers and both.get(key) == {True, False}:
            on_contract = f.basis in allocation.CONTRACT_BASES or f.basis in _CONTRACT_CLEARED
            if on_contract != (grounds[f.harm] == "contract"):
                continue  # the route the victim did not take
        out.append(f)
    return out


def _route_questions(routes: dict[tuple[str, str], dict[bool, set[str]]], grounds: dict[str, str], findings: list[Finding]) -> list[Question]:
    """Contract and tort concurring (CC 186; CL 122): where a party's answer for a harm on the contract
    route (a rule of the contract doctrine) differs from its answer in tort, and the victim has not said
    which ground its claim rests on, the answer turns on that election — asked, never picked."""
    out = []
    for (party, harm), by_route in sorted(routes.items()):
        if grounds.get(harm, "unknown") != "unknown" or len(by_route) < 2:
            continue
        if by_route[True] != by_route[False]:
            ids = sorted({d for f in findings if (f.party, f.harm) == (party, harm) for d in f.derivations})
            out.append(Question(fact=f"harms.{harm}.ground", party=party, harm=harm, about=None, derivations=ids))
    return out


def _settled(incident: Incident, findings: list[Finding], questions: list[Question], routes: dict) -> list[Finding]:
    """The concluded findings as the decision shows them: the victim's chosen ground applied (and asked
    where the routes differ; ``questions`` gains it), several grounds merged, one answer per claim."""
    grounds = {h.id: h.ground for h in incident.harms}
    unproven = {f.harm for f in findings if f.basis == "not-proven"}
    questions[:] = [q for q in questions if q.harm not in unproven]  # moot where no loss is proven
    findings = _limited(findings, routes, unproven)
    questions += _route_questions(routes, grounds, findings)
    return _reconciled(_merged(_beside_other_grounds(_elected(findings, grounds))), questions)


def _beside_other_grounds(findings: list[Finding]) -> list[Finding]:
    """A ground found absent (no custody contract) says nothing where another ground answers the
    claim: dropped before the grounds are merged, so it neither joins nor cites beside them."""
    other = {(f.party, f.harm) for f in findings if f.basis not in _GROUND_ONLY}
    return [f for f in findings if not (f.basis in _GROUND_ONLY and (f.party, f.harm) in other)]


# The contract route's limits (rules/damages.py): where one applies to a party's liability in
# contract for a harm, it replaces that liability — the loss beyond foresight is not owed on the
# contract (CC 584), the growth the victim let happen is not (CC 591).
_LIMITS = frozenset({"unforeseeable", "not-mitigated"})


def _limited(findings: list[Finding], routes: dict[tuple[str, str], dict[bool, set[str]]], unproven: set[str]) -> list[Finding]:
    # a loss not proven (rules/damages.py; ``unproven``: those harms): no one compensates it; orders stand
    paying = (OutcomeKind.liable, OutcomeKind.supplementary, OutcomeKind.compensates)
    findings = [f for f in findings if not (f.harm in unproven and f.kind in paying)]
    limited = {(f.party, f.harm): f.basis for f in findings if f.basis in _LIMITS}
    for key, basis in limited.items():
        if basis == "unforeseeable" and key in routes:
            routes[key][True] = {"not-liable"}
    return [
        f
        for f in findings
        if not (
            (f.party, f.harm) in limited
            and f.kind == OutcomeKind.liable
            and f.basis in allocation.CONTRACT_BASES
            and f.basis not in _LIMITS
        )
    ]


def _route_of(c: dict[str, Any], contract: bool, routes: dict[tuple[str, str], dict[bool, set[str]]]) -> None:
    if c.get("basis") in _GROUND_ONLY:
        return  # no contract at all (no custody contract): nothing to elect
    if c.get("t") == "finding" and c["kind"] in ("liable", "supplementary", "not-liable"):
        kind = "liable" if c["kind"] in ("liable", "supplementary") else "not-liable"
        routes.setdefault((c["party"], c["harm"]), {}).setdefault(contract, set()).add(kind)


def _reconciled(findings: list[Finding], questions: list[Question]) -> list[Finding]:
    """One kind of answer per party and harm, as a court gives it:
    - a party liable (or outside the book) for a harm on one ground is not also
      "not liable" for it on another: a second ground never lowers a liability;
    - "not liable" is not shown while a fact that could make the party liable is still open;
    - fair sharing (GPCL 132 / TLL 24) only where no one is liable for the harm, nor may be (an open
      fact, a claim outside the rule book);
    - a ward's liability is borne by its guardian (the ward answers only from its own property, first);
    - an order for a worker's act at work is its employer's;
    - a ground found absent (no custody contract) only where nothing else answers the claim."""
    # A guardian answers in its ward's place (CC 1188; TLL 32; GPCL 133): the ward's own liability is
    # the guardian's, not a second share of the harm.
    # the ward itself answers only from its own property, first (CC 1188(2)), whatever its act's ground.
    wards = {(f.against, f.harm) for f in findings if f.basis == "guardian"}

    def as_ward(f: Finding) -> Finding:
        if (f.party, f.harm) not in wards or f.kind not in (OutcomeKind.liable, OutcomeKind.supplementary):
            return f
        if WARD_OWN in (f.basis or "").split("+"):
            return f.model_copy(update={"kind": OutcomeKind.liable, "basis": WARD_OWN, "degree": "own-property-first"})
        return f.model_copy(update={"kind": OutcomeKind.not_liable, "basis": "guardian-answers", "degree": None})

    findings = [as_ward(f) for f in findings]
    # an order for a worker's act at work runs against its employer (rules/employer.py), not the worker
    for_employer = {(f.against, f.harm, f.degree) for f in findings if f.basis == "employer-order"}
    findings = [f for f in findings if not (f.kind == OutcomeKind.obligation and (f.party, f.harm, f.degree) in for_employer)]
    answered = {(f.party, f.harm) for f in findings if f.kind in _ANSWERS}
    other = {(f.party, f.harm) for f in findings if f.basis not in _GROUND_ONLY}
    open_ = {(q.party, q.harm) for q in questions if q.party and q.harm}
    liable_harms = {f.harm for f in findings if f.kind == OutcomeKind.liable}
    open_harms = {q.harm for q in questions if q.harm} | {f.harm for f in findings if f.kind == OutcomeKind.outside}
    unshared = {
        (f.party, f.harm)
        for f in findings
        if (f.basis == "fair-sharing" and (f.harm in liable_harms or f.harm in open_harms)) or (f.basis in _CO_USERS and f.harm in liable_harms)
    }
    out = []
    for f in findings:
        key = (f.party, f.harm)
        if f.kind == OutcomeKind.not_liable and (key in answered or key in open_):
            continue
        if key in unshared and f.basis in _CO_USERS and f.kind == OutcomeKind.compensates and key not in answered:
            out.append(f.model_copy(update={"kind": OutcomeKind.not_liable, "degree": None, "basis": "responsible-found"}))
            continue
        if key in unshared and (f.basis == "fair-sharing" or f.basis in _CO_USERS or f.kind == OutcomeKind.recourse):
            # fair sharing presupposes no one at fault: not while someone's fault is still open (a fact,
            # or a claim outside the book) — nor a co-user's own share or recourse beside one liable
            continue
        if f.basis in _GROUND_ONLY and (key in other or key in open_):
            continue
        out.append(f)
    return out


def _status(findings: list[Finding], questions: list[Question]) -> str:
    """Open while a fact is unknown or a claim lies outside the rule book."""
    return "open" if questions or any(f.kind == OutcomeKind.outside for f in findings) else "decided"


def _run(incident: Incident, decided_on: dt.date | None, law_date_override: dt.date | None, checked: bool):
    """The references checked (unless ``checked``), the time-law step, and the engine run: the
    statute registry, the time law, each doctrine's law date, and what fired."""
    problems = [] if checked else incident.reference_problems()
    if problems:
        raise IncidentError(problems)
    reg = registry()
    decided = decided_on or incident.decided_on or dt.date.today()
    if decided < incident.date:
        raise IncidentError([Problem(f"the matter is decided on {decided}, before the incident date {incident.date}", "decided_on")])
    time_law = decide(incident, decided, reg)
    law_date = (lambda doctrine: law_date_override) if law_date_override else time_law.law_date
    return reg, time_law, law_date, _engine_for(incident).run(to_facts(incident), reg, law_date)


def decision_of(
    incident: Incident, decided_on: dt.date | None = None, law_date_override: dt.date | None = None, checked: bool = False
) -> tuple[frozenset, str, Any]:
    """Only what a handler acts on — who, for which harm, which outcome, to what degree (after the
    allocation) — and the status, with the engine run: the assessment without its reasoning chain,
    article texts or alternatives. What-if and the Civil Code alternative compare these; equal to
    ``whatif.decision(assess(...))`` (tested on every example)."""
    reg, time_law, law_date, run = _run(incident, decided_on, law_date_override, checked)
    findings: list[Finding] = []
    questions: list[Question] = []
    seen: set[frozenset] = set()
    routes: dict[tuple[str, str], dict[bool, set[str]]] = {}
    for f in run.firings:
        for c in f.conclusions:
            _route_of(c, f.rule.doctrine == "contract", routes)
            k = frozenset(c.items())
            if k not in seen:
                seen.add(k)
                _take(c, [], [], findings, questions)
    findings = _settled(incident, findings, questions, routes)
    tort = law_date("tort")
    degree_of = {
        (a.harm, ln.party, ln.kind): ln.degree
        for a in (allocation.allocate(h, findings, questions, reg, tort) for h in incident.harms)
        for ln in a.lines
    }
    decided = frozenset(
        (f.party, f.harm, f.kind.value, (degree_of[(f.harm, f.party, f.kind)] if (f.harm, f.party, f.kind) in degree_of else f.degree) or "")
        for f in findings
    )
    return decided, _status(findings, questions), run


def _names(incident: Incident) -> tuple[dict[str, str], dict[str, str]]:
    """Every id's name (whole, for the JSON) and the same elided, for the chain's sentences: they
    are for people, and a name of any size is written into them."""
    names: dict[str, str] = {}
    for group in ("parties", "things"):
        for x in getattr(incident, group):
            names[x.id] = x.name or x.id
    for e in incident.events:
        names[e.id] = e.description or e.id
    for h in incident.harms:
        names[h.id] = h.description or h.id
    return names, {k: elide(v, MAX_NAME) for k, v in names.items()}


def _ordered_firings(run: Any) -> tuple[list[tuple[Any, dict, list[frozenset]]], dict[frozenset, list[int]]]:
    """The firings that concluded something, in a canonical order, each with the keys of what it
    matched and concluded; and for each conclusion, the firings that drew it.

    Firing order is engine-internal: sort so the same facts in any order give the same chain — by
    rule, and where a rule fired more than once, by the canonical text of what it matched and
    concluded. Facts are flat (scalar values), so the set of a fact's items identifies it."""
    by_rule: dict[str, list] = {}
    for f in run.firings:
        if f.conclusions:  # a rule that looked and found nothing to conclude is no step of the proof
            by_rule.setdefault(f.rule.id, []).append(f)
    keyed = []
    for rule_id in sorted(by_rule):
        group = by_rule[rule_id]
        if len(group) > 1:
            group.sort(key=lambda f: (repr(sorted((a, _key(m)) for a, m in f.matched.items())), _key({"c": f.conclusions})))
        for f in group:
            keyed.append((f, {a: frozenset(m.items()) for a, m in f.matched.items()}, [frozenset(c.items()) for c in f.conclusions]))
    concluded_by: dict[frozenset, list[int]] = {}
    for i, (_, _, conclusion_keys) in enumerate(keyed):
        for k in conclusion_keys:
            concluded_by.setdefault(k, []).append(i)
    return keyed, concluded_by


def _derivations(keyed: list, concluded_by: dict[frozenset, list[int]], spoken: dict[str, str], paths: Any) -> list[Derivation]:
    """The reasoning chain: each firing as a step, its premises the input facts (with their place in
    the file) or the steps that derived them."""
    derivations: list[Derivation] = []
    for i, (f, matched_keys, _) in enumerate(keyed):
        shown = {a: _Shown(m, spoken) for a, m in f.matched.items()}
        premises = []
        for pattern in f.rule.patterns:
            fact = dict(f.matched[pattern.alias])
            tested = [name for name, _ in pattern.where]
            if fact.get("t") in DERIVED_TYPES:
                premises.append(
                    Premise(kind="derived", fact=fact, tested=tested, derivations=concluded_by.get(matched_keys[pattern.alias], []))
                )
            else:
                premises.append(Premise(kind="input", fact=fact, tested=tested, path=_input_path(fact, paths)))
        derivations.append(
            Derivation(
                id=i,
                rule=f.rule.id,
                doctrine=f.rule.doctrine,
                provisions=list(f.rule.cites),
                articles=f.articles,
                law_date=f.law_date,
                premises=premises,
                concludes=f.conclusions,
                zh=f.rule.zh.format(**shown),
                en=f.rule.en.format(**shown),
            )
        )
    return derivations


def _conclusions(
    keyed: list, concluded_by: dict[frozenset, list[int]], derivations: list[Derivation]
) -> tuple[list[Finding], list[Question], dict[tuple[str, str], dict[bool, set[str]]]]:
    """Findings and questions: each distinct conclusion once, with every derivation that drew it and
    the articles they applied, then those their derived premises rest on; and each party's answers
    by route (contract or tort)."""
    closures: dict[int, list[str]] = {}

    def closure(i: int, seen: set[int]) -> list[str]:
        if i in seen:
            return []
        seen.add(i)
        out = list(derivations[i].articles)
        for p in derivations[i].premises:
            for j in p.derivations:
                out += [a for a in closure(j, seen) if a not in out]
        return out

    findings: list[Finding] = []
    questions: list[Question] = []
    seen: set[frozenset] = set()
    routes: dict[tuple[str, str], dict[bool, set[str]]] = {}
    for f, _, conclusion_keys in keyed:
        for c, k in zip(f.conclusions, conclusion_keys):
            if k in seen:
                continue
            seen.add(k)
            ids = concluded_by[k]
            arts: list[str] = []
            for d in ids:
                if d not in closures:
                    closures[d] = closure(d, set())
                arts += [a for a in closures[d] if a not in arts]
                _route_of(c, keyed[d][0].rule.doctrine == "contract", routes)
            _take(c, arts, ids, findings, questions)
    return findings, questions, routes


def _with_shares(incident: Incident, findings: list[Finding], allocations: list) -> list[Finding]:
    """The allocation's shares put onto the findings, in the incident's order of harms and parties."""
    share_of = {(a.harm, ln.party, ln.kind): (ln, a) for a in allocations for ln in a.lines}

    def with_share(f: Finding) -> Finding:
        if (f.harm, f.party, f.kind) not in share_of:
            return f
        ln, al = share_of[(f.harm, f.party, f.kind)]
        arts = f.articles + [x for x in al.articles if x not in f.articles]
        return f.model_copy(update={"degree": ln.degree, "share": ln.share, "amount": ln.amount, "articles": arts})

    order = {p.id: i for i, p in enumerate(incident.parties)}
    horder = {h.id: i for i, h in enumerate(incident.harms)}
    return sorted((with_share(f) for f in findings), key=lambda f: (horder.get(f.harm, 99), order.get(f.party, 99), f.kind.value))


def _doctrines_used(run: Any) -> set[str]:
    """The doctrines this incident engaged: the time-law steps for the others are not news."""
    used = {f.rule.doctrine for f in run.firings} | {b.rule.doctrine for b in run.blocked}
    return (used - {"bookkeeping"}) or {"tort"}


def _cited(time_law: Any, used: set[str], derivations: list[Derivation], allocations: list) -> list[str]:
    """Every article the assessment cites: the time-law steps', the chain's (a capacity the chain
    shows as given by a minor's age cites the article of the date), the allocations'."""
    cited: list[str] = []
    for step in time_law.steps:
        if used & set(step.doctrines) and step.article and step.article not in cited:
            cited.append(step.article)
    for d in derivations:
        cited += [a for a in d.articles if a not in cited]
        for p in d.premises:
            by_age = p.fact.get("capacity_by_age", NONE) if p.kind == "input" else NONE
            if by_age != NONE and by_age not in cited:
                cited.append(by_age)
    for a in allocations:
        cited += [x for x in a.articles if x not in cited]
    return cited


def _time_law_finding(time_law: Any, used: set[str]) -> TimeLawFinding:
    return TimeLawFinding(
        facts_date=time_law.facts_date,
        decided_on=time_law.decided_on,
        steps=[
            TimeLawStep(rule=s.rule, doctrines=[d for d in s.doctrines if d in used], law_date=s.law_date, article=s.article, zh=s.zh, en=s.en)
            for s in time_law.steps
            if used & set(s.doctrines)
        ],
    )


def _assess_run(
    incident: Incident, decided_on: dt.date | None, law_date_override: dt.date | None = None, checked: bool = False
) -> _Outcome:
    """The assessment with what it was drawn from. ``checked``: the incident's references were
    already checked in this call."""
    reg, time_law, law_date, run = _run(incident, decided_on, law_date_override, checked)
    names, spoken = _names(incident)
    keyed, concluded_by = _ordered_firings(run)
    derivations = _derivations(keyed, concluded_by, spoken, _input_paths(incident))
    findings, questions, routes = _conclusions(keyed, concluded_by, derivations)
    findings = settled = _settled(incident, findings, questions, routes)
    allocations = [allocation.allocate(h, settled, questions, reg, law_date("tort")) for h in incident.harms]
    findings = _with_shares(incident, settled, allocations)
    questions.sort(key=lambda q: q.fact)
    used = _doctrines_used(run)
    order = {p.id: i for i, p in enumerate(incident.parties)}
    horder = {h.id: i for i, h in enumerate(incident.harms)}
    assessment = Assessment(
        title=incident.title,
        date=incident.date,
        status=_status(findings, questions),
        time_law=_time_law_finding(time_law, used),
        names=names,
        findings=findings,
        allocations=allocations,
        questions=questions,
        derivations=derivations,
        blocked=_not_applied(run.blocked, order, horder),
        articles={a: _article_info(reg, a) for a in _cited(time_law, used, derivations, allocations)},
    )
    return _Outcome(assessment, run, incident, settled, questions, law_date("tort"))

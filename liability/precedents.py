"""Reported judgments as the measure: the precedent corpus and how far the engine agrees with it.

A precedent file (``precedents/*.yaml``) is an incident as a case handler would enter it — facts
as the source states them, a fact the source does not state left unknown — plus a ``holding:``
block: what the court held, per party, with the court, the case number, the date, the sources
read and a confidence grade. It is ground truth, not an expectation of the engine: when the engine
disagrees, the disagreement is reported, never edited away.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .errors import IncidentError, Problem
from .model import Incident
from .places import corpus_dir, period_of  # noqa: F401 - part of this module's interface

# What a court held about one party, as the source reports it.
Held = Literal["liable", "supplementary", "compensates", "must", "not-liable", "dismissed"]
HELD_TO_ACT = frozenset({"liable", "supplementary", "compensates", "must"})  # else: cleared

_ARTICLE_ID = re.compile(r"^[A-Z][A-Z0-9]*-\d+[a-z]?$")


class HeldParty(BaseModel):
    """One party's outcome in the judgment."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    party: str = Field(description="the party's id in the incident")
    harm: str | None = Field(None, description="the harm's id; none: every harm of the incident")
    held: Held = Field(description="liable / supplementary / compensates / must (an order) / not-liable / dismissed")
    share: Decimal | None = Field(None, ge=0, le=100, description="the share of the harm the court put on it, in per cent")
    amount: Decimal | None = Field(None, ge=0, description="the sum the court ordered it to pay (CNY)")
    note: str | None = None


class CourtFinding(BaseModel):
    """A finding of the court on a fact the incident leaves unknown, in the court's words.

    The incident keeps the facts as the source states them; what the court *found* on an
    evaluative question (whether the company did its duty, whether a party was at fault) belongs
    to the holding. A finding answers one of the engine's questions — never the outcome: "the
    company did not do what its duty of security required" is a finding; "the company shall pay"
    is not."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    fact: str = Field(description="the fact, as a path: GROUP.ID.FIELD (events.guard.able_to_act)")
    value: bool | str = Field(description="what the court found: true / false, or a choice's value")
    quote: str = Field(min_length=4, description="the court's reasoning on this point, as the source reports it")


class Holding(BaseModel):
    """What the court held, and where that was read."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    court: str = Field(min_length=1, description="the court, as the source names it")
    case_number: str | None = Field(None, description="案号, where the source gives it")
    judgment_date: dt.date | None = Field(None, description="the date of the judgment, where given")
    instance: Literal["first", "second", "retrial"] | None = None
    sources: list[str] = Field(min_length=1, description="the URLs read")
    confidence: Literal["stated", "partial", "anonymised"] = Field(
        description="stated: court and figures stated; partial: holding clear, details missing; anonymised: a write-up without court details"
    )
    articles: list[str] = Field(default_factory=list, description="articles the court cited, by library id (TLL-37, CC-1254, …)")
    articles_as_written: str | None = Field(None, description="the citations as the source writes them")
    parties: list[HeldParty] = Field(min_length=1)
    findings: list[CourtFinding] = Field(
        default_factory=list, description="the court's findings on facts the incident leaves unknown (scored separately)"
    )
    summary_zh: str = Field(min_length=1, description="the holding, paraphrased")
    summary_en: str | None = None

    @field_validator("articles")
    @classmethod
    def _ids(cls, v: list[str]) -> list[str]:
        for a in v:
            if not _ARTICLE_ID.match(a):
                raise ValueError(f"{a!r} is not an article id such as TLL-37 or PMR2018-35")
        return v

    @field_validator("sources")
    @classmethod
    def _urls(cls, v: list[str]) -> list[str]:
        for u in v:
            if not u.startswith(("http://", "https://")):
                raise ValueError(f"{u!r} is not a URL")
        return v


@dataclass(frozen=True)
class Precedent:
    path: str
    incident: Incident
    holding: Holding

    @property
    def name(self) -> str:
        return Path(self.path).stem


def parse(data: Any, node: Any, name: str) -> Precedent:
    """A parsed precedent document: its incident and its holding, or every located problem."""
    from .loader import parse_incident, validate

    if not isinstance(data, dict) or "holding" not in data:
        raise IncidentError([Problem("a precedent needs a holding: block", file=name, line=1)])
    body = dict(data)
    holding_data = body.pop("holding")
    problems: list[Problem] = []
    incident = holding = None
    try:
        incident, _ = parse_incident(body, node, name, allow_expect=False)
    except IncidentError as e:
        problems += e.problems
    try:
        holding = validate(Holding, holding_data, node, name, prefix=("holding",))
    except IncidentError as e:
        problems += e.problems
    if incident is not None and holding is not None:
        parties = {p.id for p in incident.parties}
        harms = {h.id for h in incident.harms}
        for i, hp in enumerate(holding.parties):
            if hp.party not in parties:
                problems.append(Problem(f"no party with id {hp.party!r}", f"holding.parties.{i}.party", name))
            if hp.harm is not None and hp.harm not in harms:
                problems.append(Problem(f"no harm with id {hp.harm!r}", f"holding.parties.{i}.harm", name))
        problems += _finding_problems(incident, holding, name)
    if problems:
        raise IncidentError(problems)
    assert incident is not None and holding is not None
    return Precedent(name, incident, holding)


def _finding_problems(incident: Incident, holding: Holding, name: str) -> list[Problem]:
    """A finding must name a three-valued fact the incident leaves unknown, with a value it can take."""
    from .model import UNKNOWN
    from .whatif import unknown_facts, with_fact

    open_facts = set(unknown_facts(incident))
    out = []
    for i, f in enumerate(holding.findings):
        where = f"holding.findings.{i}.fact"
        if f.fact not in open_facts:
            out.append(Problem(f"{f.fact!r} is not a fact the incident leaves unknown (a finding answers an open fact, never overrides a stated one)", where, name))
        elif f.value == UNKNOWN:
            out.append(Problem("a finding cannot be 'unknown'", f"holding.findings.{i}.value", name))
        else:
            try:
                with_fact(incident, f.fact, f.value)
            except IncidentError as e:
                out += [Problem(p.message, f"holding.findings.{i}.value", name) for p in e.problems]
    return out


def with_findings(p: Precedent) -> Incident:
    """The incident with the court's findings on the facts it leaves unknown."""
    from .whatif import with_fact

    incident = p.incident
    for f in p.holding.findings:
        incident = with_fact(incident, f.fact, f.value)
    return incident


def load(path: str | Path) -> Precedent:
    from .loader import read_document

    data, node, name = read_document(path)
    return parse(data, node, name)


BASELINE = "baseline.json"  # in the corpus directory


def load_all(directory: str | Path | None = None) -> tuple[list[Precedent], list[Problem]]:
    d = Path(directory) if directory else corpus_dir()
    out: list[Precedent] = []
    problems: list[Problem] = []
    for p in sorted(d.glob("*.yaml")):
        try:
            out.append(load(p))
        except IncidentError as e:
            problems += e.problems
    return out, problems


# ------------------------------------------------------------------------------------- scoring
# The main bodies of civil law, by the family of their article ids: what "the law applied" means
# when the engine and a court are compared.
BODIES = ("GPCL", "CL", "PL", "TLL", "GPL", "CC")
ACTS = "acts"  # held to pay, compensate or act
CLEARED = "cleared"  # held not liable, or the claim dismissed
OPEN = "open"  # the engine leaves it open: a fact unknown, or the claim outside the rule book


def _family(article_id: str) -> str:
    return article_id.split("-", 1)[0]


@dataclass(frozen=True)
class PartyScore:
    party: str
    court: str  # acts / cleared
    court_held: str
    engine: str  # acts / cleared / open
    engine_said: str  # the engine's outcome kinds, e.g. "liable (main)"

    @property
    def agrees(self) -> bool:
        return self.court == self.engine


@dataclass(frozen=True)
class ShareScore:
    party: str
    harm: str
    court: Decimal
    engine: Decimal | None
    label: str | None
    verdict: str  # within / label / none / wrong


@dataclass
class CaseScore:
    name: str
    court: str
    judgment_date: str | None
    period: str
    confidence: str
    status: str  # the engine's: decided / open
    who: str  # yes / partly / no — on the facts as the source states them
    parties: list[PartyScore]
    who_found: str  # the same, with the court's findings on the facts the source leaves unknown
    parties_found: list[PartyScore]
    shares: str  # within / label / none / wrong / n/a (the court fixed no figure)
    share_lines: list[ShareScore]
    law: str  # yes / partly / no / n/a (the court's articles are not known)
    court_articles: list[str]
    engine_articles: list[str]
    sources: list[str]
    findings: int = 0  # the court's findings applied for who_found, shares and law
    error: str | None = None

    def reasons(self) -> list[str]:
        out = [f"{p.party}: court {p.court_held}, engine {p.engine_said}" for p in self.parties if not p.agrees]
        if self.findings:
            out += [
                f"{p.party}, on the court's findings: court {p.court_held}, engine {p.engine_said}"
                for p in self.parties_found
                if not p.agrees
            ]
        out += [
            f"{s.party}/{s.harm}: court {s.court}%, engine {s.engine if s.engine is not None else (s.label or 'none')}"
            for s in self.share_lines
            if s.verdict != "within"
        ]
        if self.law in ("partly", "no"):
            out.append(f"law: court {', '.join(self.court_articles)}; engine {', '.join(self.engine_articles) or 'none'}")
        return out


def _engine_view(a, party: str, harms: set[str]) -> tuple[str, str]:
    from .assessment import OutcomeKind

    mine = [f for f in a.findings if f.party == party and f.harm in harms]
    said = ", ".join(sorted({f.kind.value + (f" ({f.degree})" if f.degree else "") for f in mine})) or "no finding"
    acting = {OutcomeKind.liable, OutcomeKind.supplementary, OutcomeKind.compensates, OutcomeKind.obligation}
    if any(f.kind in acting for f in mine):
        return ACTS, said
    if any(f.kind == OutcomeKind.outside for f in mine):
        return OPEN, said
    if any(q.party == party and q.harm in harms for q in a.questions):
        return OPEN, said + "; open question"
    return CLEARED, said


def _who(a, p: Precedent) -> tuple[str, list[PartyScore]]:
    """Agreement on who: per party the court named, whether the engine has it act, cleared or open."""
    all_harms = {x.id for x in p.incident.harms}
    court_by_party: dict[str, list[HeldParty]] = {}
    for hp in p.holding.parties:
        court_by_party.setdefault(hp.party, []).append(hp)
    parties: list[PartyScore] = []
    for party, entries in court_by_party.items():
        harms = {e.harm for e in entries if e.harm} or all_harms
        court = ACTS if any(e.held in HELD_TO_ACT for e in entries) else CLEARED
        held = ", ".join(sorted({e.held for e in entries}))
        engine, said = _engine_view(a, party, harms)
        parties.append(PartyScore(party, court, held, engine, said))
    agree = sum(ps.agrees for ps in parties)
    return ("yes" if agree == len(parties) else ("partly" if agree else "no")), parties


def court_figure(p: Precedent, hp: HeldParty) -> tuple[str | None, Decimal | None]:
    """The harm a holding line is about (the only harm where it names none) and the share the court
    fixed: stated, or its sum over the harm's stated amount, in percent."""
    harm = hp.harm or (p.incident.harms[0].id if len(p.incident.harms) == 1 else None)
    figure = hp.share
    amount = next((x.amount for x in p.incident.harms if x.id == harm), None)
    if figure is None and hp.amount is not None and amount:
        figure = (hp.amount * 100 / amount).quantize(Decimal("0.1"))
    return harm, figure


def score(p: Precedent) -> CaseScore:
    """How far the engine agrees with one judgment: on who — on the facts as the source states
    them, and again with the court's findings on the facts they leave unknown — and, on the
    court's findings, on shares and on the law."""
    from .pipeline import assess

    h = p.holding
    base = dict(
        name=p.name,
        court=h.court,
        judgment_date=h.judgment_date.isoformat() if h.judgment_date else None,
        period=period_of(p.incident.date),
        confidence=h.confidence,
        court_articles=list(h.articles),
        sources=list(h.sources),
        findings=len(h.findings),
    )
    decided_on = p.incident.decided_on or h.judgment_date
    try:
        entered = assess(p.incident, decided_on=decided_on)
        a = assess(with_findings(p), decided_on=decided_on) if h.findings else entered
    except Exception as e:  # an engine defect on a real case is itself a finding of the score
        return CaseScore(
            **base, status="error", who="no", parties=[], who_found="no", parties_found=[],
            shares="none", share_lines=[], law="no", engine_articles=[], error=str(e),
        )
    who, parties = _who(entered, p)
    who_found, parties_found = _who(a, p) if h.findings else (who, parties)

    lines: list[ShareScore] = []
    for hp in h.parties:
        harm, figure = court_figure(p, hp)
        if figure is None or harm is None or hp.held not in HELD_TO_ACT:
            continue
        f = next((x for x in a.findings if x.party == hp.party and x.harm == harm and x.kind.value in ("liable", "supplementary", "compensates")), None)
        if f is None:
            verdict, engine, label = "none", None, None
        elif f.share is not None:
            engine, label = f.share, f.degree
            verdict = "within" if abs(f.share - figure) <= 10 else "wrong"
        else:
            verdict, engine, label = "label", None, f.degree or f.kind.value
        lines.append(ShareScore(hp.party, harm, figure, engine, label, verdict))
    if not lines:
        shares = "n/a"
    else:
        verdicts = {s.verdict for s in lines}
        shares = next(v for v in ("wrong", "none", "label", "within") if v in verdicts)

    engine_articles = sorted(a.articles)
    court_bodies = {_family(x) for x in h.articles} & set(BODIES)
    engine_bodies = {_family(x) for x in engine_articles} & set(BODIES)
    if not h.articles:
        law = "n/a"
    elif court_bodies and not court_bodies <= engine_bodies:
        law = "no"
    elif set(h.articles) & set(engine_articles):
        law = "yes"
    else:
        law = "partly"
    return CaseScore(
        **base, status=entered.status, who=who, parties=parties, who_found=who_found, parties_found=parties_found,
        shares=shares, share_lines=lines, law=law, engine_articles=engine_articles,
    )


@dataclass
class Totals:
    cases: int = 0
    who: dict[str, int] = field(default_factory=lambda: {"yes": 0, "partly": 0, "no": 0})
    who_found: dict[str, int] = field(default_factory=lambda: {"yes": 0, "partly": 0, "no": 0})
    with_findings: int = 0
    shares: dict[str, int] = field(default_factory=lambda: {"within": 0, "label": 0, "none": 0, "wrong": 0, "n/a": 0})
    law: dict[str, int] = field(default_factory=lambda: {"yes": 0, "partly": 0, "no": 0, "n/a": 0})
    by_period: dict[str, int] = field(default_factory=dict)
    engine_open: int = 0
    errors: int = 0

    def rate(self, what: str) -> float:
        """Share of cases in full agreement: on who, of all cases; on law and shares, of the cases
        where the court's articles or figures are known."""
        if what in ("who", "who_found"):
            return getattr(self, what)["yes"] / self.cases if self.cases else 0.0
        if what == "law":
            n = self.cases - self.law["n/a"]
            return self.law["yes"] / n if n else 0.0
        n = self.cases - self.shares["n/a"]
        return self.shares["within"] / n if n else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "by_period": dict(sorted(self.by_period.items())),
            "who": self.who,
            "who_found": self.who_found,
            "with_findings": self.with_findings,
            "shares": self.shares,
            "law": self.law,
            "engine_open": self.engine_open,
            "errors": self.errors,
            "rates": {k: round(self.rate(k), 4) for k in ("who", "who_found", "shares", "law")},
        }


def totals(scores: list[CaseScore]) -> Totals:
    t = Totals()
    for s in scores:
        t.cases += 1
        t.who[s.who] += 1
        t.who_found[s.who_found] += 1
        t.with_findings += s.findings > 0
        t.shares[s.shares] += 1
        t.law[s.law] += 1
        t.by_period[s.period] = t.by_period.get(s.period, 0) + 1
        t.engine_open += s.status == "open"
        t.errors += s.status == "error"
    return t


def baseline_of(scores: list[CaseScore]) -> dict[str, Any]:
    """What a later run must keep: the cases in full agreement on who, on law and on shares."""
    return {
        "totals": totals(scores).as_dict(),
        "who": sorted(s.name for s in scores if s.who == "yes"),
        "who_found": sorted(s.name for s in scores if s.who_found == "yes"),
        "law": sorted(s.name for s in scores if s.law == "yes"),
        "shares": sorted(s.name for s in scores if s.shares == "within"),
    }


def below_baseline(scores: list[CaseScore], baseline: dict[str, Any]) -> list[str]:
    """Every case that agreed with its court in the baseline and no longer does (a case taken out
    of the corpus is no regression; a new case cannot fall below a baseline it was not in)."""
    now = {s.name: s for s in scores}
    out = []
    for key, attr, good in (
        ("who", "who", "yes"),
        ("who_found", "who_found", "yes"),
        ("law", "law", "yes"),
        ("shares", "shares", "within"),
    ):
        for name in baseline.get(key, []):
            s = now.get(name)
            if s is not None and getattr(s, attr) != good:
                out.append(f"{name}: {key} was {good} in the baseline, now {getattr(s, attr)} ({'; '.join(s.reasons()) or s.error})")
    return out


def summary_markdown(scores: list[CaseScore]) -> str:
    """The totals as a Markdown table (the README carries this block)."""
    t = totals(scores)
    pct = lambda x: f"{100 * x:.0f} %"  # noqa: E731
    return "\n".join(
        [
            f"{t.cases} judgments ({', '.join(f'{k} {v}' for k, v in sorted(t.by_period.items()))}); "
            f"the engine left {t.engine_open} open on the facts as the sources state them; "
            f"{t.with_findings} carry the court's findings on facts the source leaves unknown.",
            "",
            "| measure | yes / within | partly / label | no / none | wrong | n/a | agreement |",
            "|---|---|---|---|---|---|---|",
            f"| who, on the facts as stated | {t.who['yes']} | {t.who['partly']} | {t.who['no']} | | | {pct(t.rate('who'))} |",
            f"| who, on the court's findings | {t.who_found['yes']} | {t.who_found['partly']} | {t.who_found['no']} | | | {pct(t.rate('who_found'))} |",
            f"| shares | {t.shares['within']} | {t.shares['label']} | {t.shares['none']} | {t.shares['wrong']} | {t.shares['n/a']} | {pct(t.rate('shares'))} |",
            f"| law | {t.law['yes']} | {t.law['partly']} | {t.law['no']} | | {t.law['n/a']} | {pct(t.rate('law'))} |",
        ]
    ) + "\n"


def to_markdown(scores: list[CaseScore]) -> str:
    out = [
        "# The engine against reported judgments",
        "",
        summary_markdown(scores),
        "| case | period | court | who | who (findings) | shares | law | engine | where they differ |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for s in scores:
        why = "; ".join(s.reasons()) or (s.error or "")
        out.append(f"| {s.name} | {s.period} | {s.court} | {s.who} | {s.who_found} | {s.shares} | {s.law} | {s.status} | {why.replace('|', '/')} |")
    return "\n".join(out) + "\n"


def as_json(scores: list[CaseScore]) -> dict[str, Any]:
    from dataclasses import asdict

    return {"totals": totals(scores).as_dict(), "cases": [{**asdict(s), "reasons": s.reasons()} for s in scores]}

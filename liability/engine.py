"""The rule engine: the only module that imports durable_rules.

It compiles the rule book (liability.rulebase) into one durable-rules ruleset per process and runs
each assessment in its own session. Everything in ../shared/durable-rules-notes.md is absorbed
here, so no other module meets it:

- a Host whose timer threads never run (notes 1); one session live at a time, under a lock, with a
  fresh session id from a counter (notes 3, 4); the session always deleted in ``finally``;
- a final phase that always fires before the session is deleted (notes 2), and a sink rule that
  matches every fact and never fires, so no fact is ever "unhandled" (notes 7);
- negation by strata: stratum 1 rules run while the inputs are asserted; each later stratum is
  released by asserting a ``phase`` fact that its rules require first; ``absent()`` comes last and
  only over derived facts (notes 5);
- duplicate conclusions are idempotent (notes 8); inputs carry every field, three-valued facts as
  True / False / 'unknown' (notes 9);
- an exception inside an action is captured and re-raised after the run (notes 6);
- provenance is recorded by wrapping each action (rule id + matched facts), never stored in the
  facts themselves (notes, Speed).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

from durable import engine as _durable

from .errors import EngineError
from .rulebase import BOOKKEEPING, BOOKKEEPING_TYPES, Absent, Not, OneOf, Pattern, Ref, Rule, _Any
from .library import Registry

END_PHASE = 1_000_000
_FIELD_EMPTY = "none"


class _QuietHost(_durable.Host):
    """A durable-rules Host whose background timer threads never start (they crash)."""

    def _run(self) -> None:  # noqa: D401 - overriding the library's thread starter
        return None


@dataclass
class Firing:
    """One rule firing: what it matched, what it concluded, and the articles it applied."""

    rule: Rule
    matched: dict[str, Fact]  # alias -> fact (without engine fields)
    conclusions: list[dict[str, Any]]
    articles: list[str]  # resolved article ids, in the order the rule cites its provisions
    law_date: dt.date


@dataclass
class Blocked:
    """A rule whose conditions matched but whose norm did not govern on the date."""

    rule: Rule
    matched: dict[str, dict[str, Any]]
    provision: str
    law_date: dt.date


@dataclass
class Run:
    firings: list[Firing] = field(default_factory=list)
    blocked: list[Blocked] = field(default_factory=list)


@dataclass
class _Context:
    registry: Registry
    law_date: Callable[[str], dt.date]  # doctrine -> the date whose law governs it
    run: Run
    error: BaseException | None = None


class Fact(dict):
    """A matched fact; fields read as attributes (``d.causer``) in rule bodies."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"fact of type {self.get('t')!r} has no field {name!r}") from None


def _clean(fact: dict[str, Any]) -> Fact:
    return Fact((k, v) for k, v in fact.items() if k not in ("sid", "id", "$s"))


def _compile_condition(name: str, cond: Any) -> dict[str, Any]:
    if isinstance(cond, Ref):
        return {name: {cond.alias: cond.field}}
    if isinstance(cond, Not):
        inner = cond.value
        if isinstance(inner, Ref):
            return {"$neq": {name: {inner.alias: inner.field}}}
        return {"$neq": {name: _FIELD_EMPTY if inner is None else inner}}
    if isinstance(cond, OneOf):
        return {"$or": [{name: _FIELD_EMPTY if x is None else x} for x in cond.values]}
    if isinstance(cond, _Any):
        return {"$ex": {name: 1}}
    return {name: _FIELD_EMPTY if cond is None else cond}


def _compile_match(type_: str, where: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    terms = [{"t": type_}] + [_compile_condition(k, c) for k, c in where]
    return terms[0] if len(terms) == 1 else {"$and": terms}


class Engine:
    """Holds the compiled ruleset. Build once per process; call ``run`` for each assessment."""

    def __init__(self, rules: list[Rule]):
        self.rules = list(rules)
        self._lock = threading.Lock()
        self._counter = itertools.count(1)
        self._context: _Context | None = None
        self.strata = sorted({r.stratum for r in self.rules if r.stratum > 1})
        digest = hashlib.sha1("|".join(sorted(r.id for r in self.rules)).encode()).hexdigest()[:10]
        # Ruleset names are global and can never be unregistered: one name per rule book.
        self.name = f"liability_{digest}_{id(self):x}"
        definition: dict[str, Any] = {}
        for i, r in enumerate(self.rules):
            definition[f"r{i}"] = {"all": self._patterns(r), "run": self._action(r)}
        definition["end"] = {
            "all": [{"p": {"$and": [{"t": "phase"}, {"n": END_PHASE}]}}],
            "run": lambda c: None,
        }
        definition["sink"] = {"all": [{"a": {"$ex": {"t": 1}}}, {"b": {"t": "__never__"}}], "run": lambda c: None}
        self._host = _QuietHost()
        self._host.register_rulesets({self.name: definition})

    def _patterns(self, r: Rule) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        if r.stratum > 1:
            out.append({"phase_": {"$and": [{"t": "phase"}, {"n": r.stratum}]}})
        for i, p in enumerate(r.when):
            if isinstance(p, Pattern):
                out.append({p.alias: _compile_match(p.type, p.where)})
            elif isinstance(p, Absent):
                out.append({f"absent{i}$not": _compile_match(p.type, p.where)})
        return out

    def _action(self, r: Rule) -> Callable[[Any], None]:
        def act(c: Any) -> None:
            ctx = self._context
            if ctx is None or ctx.error is not None:
                return
            try:
                matched = {a: _clean(f) for a, f in c._m.items() if a != "phase_"}
                law_date = ctx.law_date(r.doctrine)
                articles: list[str] = []
                law: dict[str, str | None] = {}
                if r.cites:
                    primary = ctx.registry.resolve(r.cites[0], law_date)
                    if primary is None:
                        ctx.run.blocked.append(Blocked(r, matched, r.cites[0], law_date))
                        return
                    articles.append(primary.id)
                    law[r.cites[0]] = primary.id
                for pid in r.cites[1:]:
                    art = ctx.registry.resolve(pid, law_date)
                    law[pid] = art.id if art is not None else None
                    if art is not None and art.id not in articles:
                        articles.append(art.id)
                kwargs = {p.alias: matched[p.alias] for p in r.patterns}
                if r.wants_law:
                    kwargs["law"] = law
                conclusions = [dict(x) for x in r.then(**kwargs)]
                if r.doctrine == BOOKKEEPING and any(c.get("t") not in BOOKKEEPING_TYPES for c in conclusions):
                    raise ValueError(f"bookkeeping rule {r.id} drew a legal conclusion")
                ctx.run.firings.append(Firing(r, matched, conclusions, articles, law_date))
                for fact in conclusions:
                    try:
                        c.assert_fact(dict(fact))
                    except _durable.MessageObservedException:
                        pass  # already concluded (by this or another rule): idempotent
            except BaseException as e:  # surfaced after the run, never swallowed
                ctx.error = e

        act.__name__ = r.id
        return act

    def run(self, facts: list[dict[str, Any]], registry: Registry, law_date: Callable[[str], dt.date]) -> Run:
        """Assert the input facts, release each stratum in turn, and return what fired."""
        facts = _dedupe(facts)
        with self._lock:
            sid = str(next(self._counter))
            self._context = ctx = _Context(registry, law_date, Run())
            try:
                self._host.assert_facts(self.name, [{**f, "sid": sid} for f in facts])
                for n in self.strata:
                    self._host.assert_fact(self.name, {"t": "phase", "n": n, "sid": sid})
                self._host.assert_fact(self.name, {"t": "phase", "n": END_PHASE, "sid": sid})
                state = self._host.get_state(self.name, sid)
            except Exception as e:  # the engine itself failed: a defect, not bad input
                raise EngineError(f"rule engine failed: {e}") from e
            finally:
                self._context = None
                try:
                    self._host.delete_state(self.name, sid)
                except Exception:  # pragma: no cover - the session is gone either way
                    pass
            if ctx.error is not None:
                raise EngineError(f"a rule failed: {ctx.error!r}") from ctx.error
            if "exception" in state:
                raise EngineError(f"a rule failed inside the engine: {state['exception']}")
            return ctx.run


def _dedupe(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple] = set()
    out = []
    for f in facts:
        key = tuple(sorted((k, repr(v)) for k, v in f.items()))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out

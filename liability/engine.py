"""The rule engine: the only module that imports durable_rules.

It compiles the rule book (liability.rulebase) into one durable-rules ruleset per process and runs
each assessment in its own session. Everything in docs/durable-rules-notes.md is absorbed
here, so no other module meets it:

- no Host and no timer threads at all (notes 1); one session, used by one assessment at a time
  under a lock (notes 3, 4), and *emptied* after each assessment rather than deleted: every fact
  the run asserted is retracted again (the phase facts first, so that no rule can match on the
  way down), and the session is checked empty. Creating a session costs ~0.15 ms (the C core
  zeroes its join indexes, several MB for this rule book); emptying one costs a fraction of that.
  Whenever the session cannot be shown empty, or the run failed, it is dropped — deleted, unless
  the core itself failed (deleting it then frees pointers the core never set) — and the next
  assessment starts a fresh one with a new id;
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

import durable_rules_engine as _core  # durable-rules' C Rete core (its Python host layer is not used)
from pydantic_core import from_json as _from_json, to_json as _to_json

from .errors import EngineError
from .rulebase import BOOKKEEPING, BOOKKEEPING_TYPES, Fact, Absent, NoneOf, Not, OneOf, Outside, Pattern, Ref, Rule, _Any
from .library import Registry

END_PHASE = 1_000_000
_FIELD_EMPTY = "none"


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
    """A rule whose conditions matched but whose norm did not govern on the date — or governed
    in a text that does not reach these facts (``outside``: the rule's reason)."""

    rule: Rule
    matched: dict[str, dict[str, Any]]
    provision: str
    law_date: dt.date
    outside: Outside | None = None


@dataclass
class Run:
    firings: list[Firing] = field(default_factory=list)
    blocked: list[Blocked] = field(default_factory=list)


@dataclass
class _Context:
    registry: Registry
    law_date: Callable[[str], dt.date]  # doctrine -> the date whose law governs it
    run: Run
    sid: str
    error: BaseException | None = None


def _clean(fact: dict[str, Any]) -> Fact:
    """A fact as the engine gave it back, without the engine's own fields."""
    out = Fact(fact)
    for k in ("sid", "id", "$s"):
        out.pop(k, None)
    return out


def _compile_condition(name: str, cond: Any) -> dict[str, Any]:
    if isinstance(cond, Ref):
        return {name: {cond.alias: cond.field}}
    if isinstance(cond, Not):
        inner = cond.value
        if isinstance(inner, Ref):
            return {"$neq": {name: {inner.alias: inner.field}}}
        return {"$neq": {name: _FIELD_EMPTY if inner is None else inner}}
    if isinstance(cond, NoneOf):
        return {"$and": [{"$neq": {name: _FIELD_EMPTY if x is None else x}} for x in cond.values]}
    if isinstance(cond, OneOf):
        return {"$or": [{name: _FIELD_EMPTY if x is None else x} for x in cond.values]}
    if isinstance(cond, _Any):
        return {"$ex": {name: 1}}
    return {name: _FIELD_EMPTY if cond is None else cond}


def _joins(cond: Any) -> bool:
    """Does the condition compare with a field of another matched fact (a join)?"""
    return isinstance(cond, Ref) or (isinstance(cond, Not) and isinstance(cond.value, Ref))


# The core walks its alpha network with a stack of at most 64 nodes (events.c, MAX_STACK_SIZE), and
# pushes every node that compares with another fact (a join) without testing it. Patterns whose
# first test is a join (e.g. the harm of ``caused_harm``: ``k`` is the cause's harm, the victim is
# not the actor; an event found by the key another fact names) all hang under their type's node,
# and once they and the pending nodes below them pass 64 the core refuses a fact of that type
# (error 303) and corrupts its memory. So they are spread over buckets of at most JOIN_BUCKET,
# each under a test every fact of the type passes (``t`` is not the bucket's name). (First only the
# patterns that test nothing but joins were bucketed; the 45 join-first event patterns then
# overflowed on a leak with many facts set, depending on the order the rules were defined in.)
# (Moving the joins of patterns after their constants is not safe: the core then mixes up joins of
# different rules that share the constants — seen on falling-object rules.)
JOIN_BUCKET = 24


def _compile_match(type_: str, where: tuple[tuple[str, Any], ...], bucket: int | None = None) -> dict[str, Any]:
    terms = [{"t": type_}]
    if bucket is not None:
        terms.append({"$neq": {"t": f"#bucket{bucket}"}})
    terms += [_compile_condition(k, c) for k, c in where]
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
        self._actions: dict[str, Callable[[dict[str, Any]], None]] = {}
        self._join_only: dict[str, int] = {}  # fact type -> patterns so far that test only joins
        for i, r in enumerate(self.rules):
            definition[f"r{i}"] = {"all": self._patterns(r)}
            self._actions[f"r{i}"] = self._action(r)
        # The final phase always fires before the session is deleted (notes 2); the sink matches
        # every fact and never fires, so no fact is ever "unhandled" (notes 7).
        definition["end"] = {"all": [{"p": {"$and": [{"t": "phase"}, {"n": END_PHASE}]}}]}
        self._actions["end"] = lambda m: None
        definition["sink"] = {"all": [{"a": {"$ex": {"t": 1}}}, {"b": {"t": "__never__"}}]}
        self._handle = _core.create_ruleset(self.name, _dumps(definition))
        self._sid = str(next(self._counter))  # the session assessments run in, while it is clean
        self._asserted: list[str] = []  # what the current run asserted, as the core took it
        self._state: int | None = None  # the core's handle on that session's state
        self._phases: tuple[str, frozenset[str]] = ("", frozenset())

    def _patterns(self, r: Rule) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        if r.stratum > 1:
            out.append({"phase_": {"$and": [{"t": "phase"}, {"n": r.stratum}]}})
        for i, p in enumerate(r.when):
            if isinstance(p, Pattern):
                out.append({p.alias: _compile_match(p.type, p.where, self._bucket(p))})
            elif isinstance(p, Absent):
                out.append({f"absent{i}$not": _compile_match(p.type, p.where, self._bucket(p))})
        return out

    def _bucket(self, p: Pattern | Absent) -> int | None:
        """The bucket of a pattern whose first test is a join (see JOIN_BUCKET); None for the others."""
        if not p.where or not _joins(p.where[0][1]):
            return None
        n = self._join_only.get(p.type, 0)
        self._join_only[p.type] = n + 1
        return n // JOIN_BUCKET

    def _action(self, r: Rule) -> Callable[[dict[str, Any]], None]:
        def act(m: dict[str, Any]) -> None:
            ctx = self._context
            if ctx is None or ctx.error is not None:
                return
            try:
                matched = {a: _clean(f) for a, f in m.items() if a != "phase_"}
                law_date = ctx.law_date(r.doctrine)
                applied = _apply(r, matched, ctx.registry, law_date)
                if isinstance(applied, str):
                    ctx.run.blocked.append(Blocked(r, matched, applied, law_date))
                    return
                if isinstance(applied, Outside):
                    ctx.run.blocked.append(Blocked(r, matched, applied.provision, law_date, applied))
                    return
                articles, conclusions = applied
                ctx.run.firings.append(Firing(r, matched, conclusions, articles, law_date))
                for fact in conclusions:
                    # Inside an action the engine only queues what this fact activates; the
                    # driver loop in ``_assert`` runs those activations after this action.
                    self._submit(_core.assert_fact, {**fact, "sid": ctx.sid})
            except BaseException as e:  # surfaced after the run, never swallowed
                ctx.error = e

        act.__name__ = r.id
        return act

    @staticmethod
    def same_under(run: Run, registry: Registry, law_date: dt.date) -> bool:
        """Would the same facts, run with every doctrine's law taken on ``law_date``, draw exactly
        the conclusions of ``run``? Decided without running: a rule's action depends on the date
        only through which articles resolve (blocked or not, and the ``law`` a rule may read), so
        if every activation of ``run`` — each firing and each blocked match — comes out the same
        on ``law_date``, the engine would activate the same rules on the same facts in turn, and
        conclude the same. Any activation that would come out otherwise answers False."""
        for b in run.blocked:
            if b.outside is None:
                if registry.resolve(b.provision, law_date) is not None:
                    return False
            else:
                try:
                    again = _apply(b.rule, b.matched, registry, law_date)
                except Exception:  # a real run on that date will surface it
                    return False
                if again != b.outside:
                    return False
        for f in run.firings:
            try:
                applied = _apply(f.rule, f.matched, registry, law_date)
            except Exception:  # a real run on that date will surface it
                return False
            if not isinstance(applied, tuple) or applied[1] != f.conclusions:
                return False
        return True

    def _submit(self, call: Callable[[int, str], Any], payload: Any) -> int | None:
        """Hand facts to the core. Returns the session's handle for the activations to run, or
        None when the facts were all seen before (a duplicate conclusion is idempotent, notes 8)."""
        if isinstance(payload, list):  # each fact encoded once: for the list, and to retract it
            texts = [_dumps(f) for f in payload]
            text = "[" + ",".join(texts) + "]"
        else:
            texts = [text := _dumps(payload)]
        code, handle = call(self._handle, text)
        if code == 1:  # cannot happen while the sink rule stands; never silently dropped
            raise EngineError(f"the engine had no rule for a fact: {payload!r}")
        if code == 2:
            return None
        # Remember what the session now holds, to retract it after the run (a list is the
        # deduplicated inputs, all new to the emptied session).
        self._asserted += texts
        if code == 3:
            return 0
        self._state = handle
        return handle

    def _assert(self, call: Callable[[int, str], Any], payload: Any) -> None:
        """Assert at the top level, then run every activation it leads to, one at a time.

        This is the loop durable-rules' Python host runs (``Ruleset.do_actions``), without its
        per-action closures and timers, and without handing the session state back after each
        action (``update_state``): the host does that so actions may change the state, which ours
        never do, and no rule here matches the state fact it would re-assert."""
        handle = self._submit(call, payload)
        if handle is None:
            return
        started = _core.start_action_for_state(self._handle, handle)
        if not started:
            return
        message = started[1]
        try:
            while message:
                (name, matched), = _from_json(message).items()
                self._actions[name](matched)
                message = _core.complete_and_start_action(self._handle, handle)
        except BaseException:
            _core.abandon_action(self._handle, handle)
            raise

    def run(self, facts: list[dict[str, Any]], registry: Registry, law_date: Callable[[str], dt.date]) -> Run:
        """Assert the input facts, release each stratum in turn, and return what fired."""
        facts = _dedupe(facts)
        with self._lock:
            sid = self._sid
            self._asserted = []
            self._context = ctx = _Context(registry, law_date, Run(), sid)
            clean = core_failed = False
            try:
                self._assert(_core.assert_facts, [{**f, "sid": sid} for f in facts])
                for n in (*self.strata, END_PHASE):
                    self._assert(_core.assert_fact, self._phase(n))
                clean = ctx.error is None
            except EngineError:
                raise
            except Exception as e:  # the engine itself failed: a defect, not bad input
                core_failed = True
                raise EngineError(f"rule engine failed: {e}") from e
            finally:
                self._context = None
                if not (clean and self._empty_session()):
                    # After the core itself failed, deleting the session frees pointers it never
                    # set and crashes the process: leave that session be (a few MB) and move on.
                    self._renew_session(delete=not core_failed)
            if ctx.error is not None:
                raise EngineError(f"a rule failed: {ctx.error!r}") from ctx.error
            return ctx.run

    def _empty_session(self) -> bool:
        """Retract everything the run asserted: the phase facts first (every rule that uses
        ``absent()`` requires a phase fact, so no retraction below can complete a match), then
        the conclusions and the inputs. True when the session is then shown to hold no fact and
        no pending activation."""
        try:
            phases = self._phase_texts()
            for f in reversed(self._asserted):
                if f in phases:
                    _core.retract_fact(self._handle, f)
            rest = [f for f in self._asserted if f not in phases]
            if rest:
                _core.retract_facts(self._handle, "[" + ",".join(rest) + "]")
            if self._state is not None and _core.start_action_for_state(self._handle, self._state):
                return False  # a retraction activated a rule: cannot happen, and never run
            return _core.get_facts(self._handle, self._sid) == "[]"
        except Exception:
            return False
        finally:
            self._asserted = []

    def _phase(self, n: int) -> dict[str, Any]:
        return {"t": "phase", "n": n, "sid": self._sid}

    def _phase_texts(self) -> frozenset[str]:
        """The phase facts of the current session, as asserted."""
        if self._phases[0] != self._sid:
            self._phases = (self._sid, frozenset(_dumps(self._phase(n)) for n in (*self.strata, END_PHASE)))
        return self._phases[1]

    def _renew_session(self, delete: bool = True) -> None:
        """Delete the session (unless told not to) and let the next assessment start a fresh one
        under a new id."""
        if delete:
            try:
                _core.delete_state(self._handle, self._sid)
            except Exception:  # pragma: no cover - the session is gone either way
                pass
        self._sid = str(next(self._counter))
        self._state = None


def _is_outside(c: dict[str, Any]) -> bool:
    """A claim outside the rule book: bookkeeping may say so, because it is no legal conclusion."""
    return c.get("t") == "finding" and c.get("kind") == "outside"


def _apply(
    r: Rule, matched: dict[str, Fact], registry: Registry, law_date: dt.date
) -> tuple[list[str], list[dict[str, Any]]] | str | Outside:
    """What rule ``r`` does on its matched facts under the law of ``law_date``: the articles it
    applies and the conclusions it draws — or, when its own norm did not govern then, the id of
    that provision (the rule is blocked), or the rule's ``Outside`` when the governing text does
    not reach these facts."""
    articles: list[str] = []
    law: dict[str, str | None] = {}
    if r.cites:
        primary = registry.resolve(r.cites[0], law_date)
        if primary is None:
            return r.cites[0]
        articles.append(primary.id)
        law[r.cites[0]] = primary.id
    for pid in r.cites[1:]:
        art = registry.resolve(pid, law_date)
        law[pid] = art.id if art is not None else None
        if art is not None and art.id not in articles:
            articles.append(art.id)
    for pid in r.reads:
        art = registry.resolve(pid, law_date)
        law[pid] = art.id if art is not None else None
    kwargs: dict[str, Any] = {p.alias: matched[p.alias] for p in r.patterns}
    if r.wants_law:
        kwargs["law"] = law
    drawn = r.then(**kwargs)
    if isinstance(drawn, Outside):
        return drawn
    conclusions = [dict(x) for x in drawn]
    if r.doctrine == BOOKKEEPING and any(c.get("t") not in BOOKKEEPING_TYPES and not _is_outside(c) for c in conclusions):
        raise ValueError(f"bookkeeping rule {r.id} drew a legal conclusion")
    return articles, conclusions


def _dumps(value: Any) -> str:
    """JSON text for the core, by pydantic-core's encoder (several times faster than the json
    module's; UTF-8, so Chinese text passes as it is)."""
    return _to_json(value).decode()


def _dedupe(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The facts without repeats (the engine refuses a fact it holds). A fact's values are
    scalars, each field of one type (so ``True`` and ``1`` never meet in one field): the set of
    its items identifies it, whatever the order of its keys."""
    seen: set[frozenset] = set()
    out = []
    for f in facts:
        key = frozenset(f.items())
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out

"""The vocabulary rule modules are written in. Pure data: no rule engine is imported here.

A rule reads like the article it encodes::

    rule(
        "emergency-avoidance.cost-on-danger-causer",
        cites=["CC-182"],
        doctrine="emergency-avoidance",
        when=[
            fact("m", "emergency-measure", justified=True),
            fact("d", "danger", event=v.m.averts, causer=ANY),
            fact("h", "harm", cause=v.m.event),
        ],
        then=lambda m, d, h: [finding(...)],
        zh="…", en="…",
    )

- ``fact(alias, type, **conditions)`` matches one fact; a condition's value is a literal
  (equality), ``v.alias.field`` (a join on an earlier fact), ``Not(x)``, ``OneOf(a, b)``,
  ``NoneOf(a, b)`` or ``ANY``.
- ``absent(type, **conditions)`` holds when no such fact exists. It may only look at *derived*
  facts, and only from a later stratum than the rules deriving them (the engine checks this).
- ``cites``: provision ids; the first is the norm the rule encodes — where it resolves to no
  article on the governing date, the rule does not conclude (and says so in "why not"). The
  others are cited where they resolve.
- ``then`` returns the derived facts. Where the law's answer differs between the texts that
  governed a provision over time, ``then`` may take ``law``: provision id -> resolved article id
  (or None), and decide by the text that governs. Where the text that governs on the date does
  not reach these facts at all (e.g. the Tort Liability Law's art. 90 speaks only of trees that
  break), ``then`` returns ``outside(provision, zh, en)``: the rule does not conclude, and the
  assessment lists it under "rules not applied" with that reason. ``zh``/``en`` explain them in one sentence each; fields are
  written ``{alias.field}``, and party, thing and event ids are shown by name.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

Scalar = str | int | bool | None


@dataclass(frozen=True)
class Ref:
    alias: str
    field: str


class _Alias:
    def __init__(self, alias: str):
        self._alias = alias

    def __getattr__(self, name: str) -> Ref:
        return Ref(self._alias, name)


class _Refs:
    """``v.d.causer`` is a reference to field ``causer`` of the fact bound to alias ``d``."""

    def __getattr__(self, alias: str) -> _Alias:
        return _Alias(alias)


v = _Refs()


@dataclass(frozen=True)
class Not:
    value: Scalar | Ref


@dataclass(frozen=True)
class OneOf:
    values: tuple[Scalar, ...]

    def __init__(self, *values: Scalar):
        object.__setattr__(self, "values", tuple(values))


@dataclass(frozen=True)
class NoneOf:
    """The field holds none of these values."""

    values: tuple[Scalar, ...]

    def __init__(self, *values: Scalar):
        object.__setattr__(self, "values", tuple(values))


class _Any:
    def __repr__(self) -> str:
        return "ANY"


ANY = _Any()  # the field must be present (any value)

Condition = Scalar | Ref | Not | OneOf | NoneOf | _Any


@dataclass(frozen=True)
class Pattern:
    alias: str
    type: str
    where: tuple[tuple[str, Condition], ...]


@dataclass(frozen=True)
class Absent:
    type: str
    where: tuple[tuple[str, Condition], ...]


@dataclass(frozen=True)
class Outside:
    """What ``then`` returns when the article governing ``provision`` on the date does not reach
    the matched facts: why, in one sentence each."""

    provision: str
    zh: str
    en: str


def outside(provision: str, zh: str, en: str) -> Outside:
    return Outside(provision, zh, en)


def fact(alias: str, type: str, **where: Condition) -> Pattern:
    return Pattern(alias, type, tuple(where.items()))


def personal_injury_only(h: Any, law: dict[str, str | None], provision: str, article: str, zh: str, en: str) -> Outside | None:
    """The SPC's 2003 personal-injury interpretation (2004-05-01 to 2020-12-31) speaks of personal
    injury only: where ``provision`` resolved to its ``article`` and the harm ``h`` is no personal
    injury, the rule's governing text does not reach it."""
    if law[provision] == article and h.kind != "personal":
        return outside(provision, zh, en)
    return None


def by_fault(event: Any, harm: Any, basis: str) -> list[dict[str, Any]]:
    """An event's actor answering for a harm by its fault: liable where it was at fault, not liable
    where it was not, and asked — never guessed — where that is unknown."""
    if event.fault is True:
        return [finding("liable", event.actor, harm.k, basis=basis)]
    if event.fault is False:
        return [finding("not-liable", event.actor, harm.k, basis="no-fault")]
    return [derived("question", fact=f"events.{event.k}.fault", party=event.actor, harm=harm.k, about=event.k)]


def caused_harm(by: Condition, **harm: Condition) -> tuple[Pattern, Pattern]:
    """A harm caused by an event: ``*caused_harm(by=v.e.k, victim=Not(v.e.actor))`` binds the
    causal link as ``c`` and the harm as ``h``."""
    return (fact("c", "cause", event=by), fact("h", "harm", k=Ref("c", "harm"), **harm))


def absent(type: str, **where: Condition) -> Absent:
    return Absent(type, tuple(where.items()))


# Fact types the rules may derive. Input fact types (party, thing, rel, event, harm, …) come from
# liability.facts; everything a rule asserts must be one of these.
DERIVED_TYPES = frozenset(
    {
        "danger",  # an event that put others in danger, and who caused it
        "justified-avoidance",  # an emergency measure that meets the conditions of emergency avoidance
        "excessive-avoidance",  # an emergency measure that went beyond what was needed
        "duty-breach",  # a party failed a duty it owed
        "finding",  # a conclusion about a party and a harm (see liability.assessment.OutcomeKind)
        "question",  # an open question: a fact whose value decides a finding
        "keeper",  # who answers for the state of a thing (maintenance undertaking, possession)
        "presumption",  # a presumption of fault governs this event's harm, so fault need not be shown
        "wrongful-act",  # an act that infringed another's rights (fault, or forbidden)
        "wronged",  # a harm that someone's wrongful act caused (harm, actor)
        "keeper-relieved",  # an animal's keeper relieved of a harm by the law of the time (harm)
        "aware",  # a party with a duty knew, or ought to have known, of what it had to act on (event)
        "employer-answers",  # an act done in the course of work, answered for by the employer
        "contractor-work",  # a wrongful act done in a contractor's work for an orderer
        "sub-contract",  # a renovation contract whose orderer is the contractor of another on the same thing
        "custody",  # a thing held under a custody contract
        "fees-after-end",  # fees withheld for a time after the service contract ended, the withdrawal in issue
        "kept-up",  # whether a party maintained a thing as scheduled or agreed is known (done)
        "leased",  # a thing let, or part of one, with its lessor and lessee
        "fees-before-delivery",  # fees withheld by a buyer for a time before the flat was delivered to him (or that date asked)
        "custodian-liable",  # a custodian liable for harm to the thing kept (how much: custody.custodian-liable)
        "undeclared-valuables",  # valuables kept without being declared to the custodian
        "custody-excused",  # the custodian is not liable for the loss (an undisclosed defect)
        "seller-of",  # who sold the thing a harm came from
        "has-products",  # some thing in the incident has a producer (so products are looked for)
        "product-event",  # the thing a leak, fire or fall involves (where products are looked for)
        "product-in",  # a product (or a part of it) that an event involves, and its producer
        "product-seller",  # who sold a product an event involves
        "defective-part",  # a product whose part was defective (so the whole was)
        "conduct-entered",  # a party's failure to act, or its response, is entered for a harm's cause
        "security-breach",  # a manager failed its duty of security where a third party did the harm
        "addressed",  # a claim against a party that some finding or open question already answers
        "client",  # the victim is a client of the provider under a property-service contract
        "held-against-the-law",  # a measure the law itself forbids (holding another's identity card), whatever ground is claimed
        "contract-claim",  # a client's claim against its provider that rests on the service contract (not elected tort)
    }
)


@dataclass(frozen=True)
class Rule:
    id: str
    doctrine: str
    cites: tuple[str, ...]
    when: tuple[Pattern | Absent, ...]
    then: Callable[..., Iterable[dict[str, Any]]]
    zh: str
    en: str
    stratum: int = 1
    module: str = ""
    wants_law: bool = False  # `then` takes law=: provision id -> the article it resolved to (or None)
    reads: tuple[str, ...] = ()  # provisions whose governing article `then` reads in law=, without citing them

    @functools.cached_property
    def patterns(self) -> tuple[Pattern, ...]:
        return tuple(p for p in self.when if isinstance(p, Pattern))

    @functools.cached_property
    def negations(self) -> tuple[Absent, ...]:
        return tuple(p for p in self.when if isinstance(p, Absent))

    @functools.cached_property
    def event_kinds(self) -> tuple[frozenset[str], ...]:
        """For each positive event or relationship pattern that names its kind, the kinds it accepts
        (relationships as ``rel:KIND``): the rule can fire only in an incident with one of each."""
        out = []
        for p in self.patterns:
            if p.type not in ("event", "rel"):
                continue
            prefix = "" if p.type == "event" else "rel:"  # relationships by kind too: a lease rule needs a lease
            for name, cond in p.where:
                if name == "kind" and isinstance(cond, str):
                    out.append(frozenset({prefix + cond}))
                elif name == "kind" and isinstance(cond, OneOf):
                    out.append(frozenset(prefix + x for x in cond.values))
        return tuple(out)

    def can_fire_with(self, kinds: frozenset[str]) -> bool:
        return all(accepted & kinds for accepted in self.event_kinds)


# Rules of this doctrine only keep the books (e.g. mark a claim as answered); they draw no legal
# conclusion, cite no article and may only derive the types below.
BOOKKEEPING = "bookkeeping"
BOOKKEEPING_TYPES = frozenset(
    {"addressed", "client", "contractor-work", "sub-contract", "seller-of", "contract-claim", "wronged", "keeper", "employer-answers", "has-products", "product-event", "product-in", "product-seller", "defective-part", "conduct-entered", "fees-after-end", "fees-before-delivery", "kept-up", "leased"}
)


@dataclass
class RuleBook:
    rules: list[Rule] = field(default_factory=list)

    def add(self, r: Rule) -> Rule:
        if any(x.id == r.id for x in self.rules):
            raise ValueError(f"rule {r.id!r} defined twice")
        self.rules.append(r)
        return r


BOOK = RuleBook()


def rule(
    id: str,
    *,
    cites: list[str],
    doctrine: str,
    when: list[Pattern | Absent],
    then: Callable[..., Iterable[dict[str, Any]]],
    zh: str,
    en: str,
    stratum: int | None = None,
    reads: list[str] = (),
) -> Rule:
    """Define a rule and add it to the rule book. ``reads``: provisions the rule only asks about
    (which article governed them on the date), without applying or citing them."""
    if not cites and doctrine != BOOKKEEPING:
        raise ValueError(f"rule {id}: a rule must cite at least one provision")
    if not when or not isinstance(when[0], Pattern):
        raise ValueError(f"rule {id}: the first condition must be a positive fact pattern")
    negated = any(isinstance(p, Absent) for p in when)
    if negated and not isinstance(when[-1], Absent):
        raise ValueError(f"rule {id}: absent(...) conditions must come last")
    if negated:
        for a in when:
            if isinstance(a, Absent) and a.type not in DERIVED_TYPES:
                raise ValueError(f"rule {id}: absent() may only look at derived facts, not {a.type!r}")
    level = stratum if stratum is not None else (2 if negated else 1)
    if negated and level < 2:
        raise ValueError(f"rule {id}: a rule with absent() runs in stratum 2 or later")
    import sys

    module = sys._getframe(1).f_globals.get("__name__", "")
    code = then.__code__  # rules' bodies are plain functions: their parameters, without inspect's cost
    wants_law = "law" in code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
    return BOOK.add(Rule(id, doctrine, tuple(cites), tuple(when), then, zh, en, level, module, wants_law, tuple(reads)))


# ------------------------------------------------------------------- what rules conclude (helpers)
def finding(
    kind: str,
    party: str,
    harm: str,
    *,
    degree: str | None = None,
    against: str | None = None,
    basis: str | None = None,
    presumed: bool = False,
    rebuttal: str | None = None,
) -> dict[str, Any]:
    """A conclusion about one party and one harm.

    kind: liable | supplementary | compensates | recourse | not-liable | bears-own-loss
    degree: full | main | secondary | equal | proportionate | appropriate | joint (for liable)
    against: for recourse, the party recovered from
    basis: a short machine tag of the ground (e.g. 'fault', 'emergency-avoidance')
    presumed: the finding rests on a legal presumption; rebuttal names the fact that would rebut it
    """
    out: dict[str, Any] = {"t": "finding", "kind": kind, "party": party, "harm": harm}
    out["degree"] = degree or "none"
    out["against"] = against or "none"
    out["basis"] = basis or "none"
    out["presumed"] = presumed
    out["rebuttal"] = rebuttal or "none"
    return out


def derived(type: str, **fields: Any) -> dict[str, Any]:
    if type not in DERIVED_TYPES:
        raise ValueError(f"{type!r} is not a derived fact type")
    return {"t": type, **fields}


class Fact(dict):
    """A matched fact; fields read as attributes (``d.causer``) in rule bodies."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"fact of type {self.get('t')!r} has no field {name!r}") from None

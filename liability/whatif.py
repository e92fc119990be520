"""Unknown facts, what-if, and what to investigate next.

Nothing here is a hand-written table: every lead is found by re-running the engine with the
unknown fact set to true and to false and comparing the decisions.

Fact paths name items by id: ``events.fall.proved_no_fault``, ``relationships.parking.paid``,
``harms.camera.victim_at_fault``; top-level fields by name: ``date``, ``decided_on``.
"""

from __future__ import annotations

import datetime as dt
import typing
from dataclasses import dataclass
from typing import Any

import yaml
from pydantic import ValidationError

from . import capacity
from .assessment import Assessment
from .errors import IncidentError, Problem
from .model import ORGANISATIONS, UNKNOWN, Incident, Party  # ORGANISATIONS: kinds whose capacity is never a lead

GROUPS = ("parties", "things", "relationships", "events", "harms")

Decision = frozenset[tuple[str, str, str, str]]


def decision(a: Assessment) -> Decision:
    """What a handler acts on: who, for which harm, which outcome, to what degree."""
    return frozenset((f.party, f.harm, f.kind.value, f.degree or "") for f in a.findings)


def _three_valued_fields(item: Any) -> list[str]:
    out = []
    for name, field in type(item).model_fields.items():
        if field.default == UNKNOWN or (field.json_schema_extra or {}).get("default") == UNKNOWN:
            out.append(name)
    return out


def fact_values(item: Any, name: str) -> tuple[Any, ...]:
    """The values an unknown fact could take: true and false, or a choice's other members
    (a person's capacity: full, limited, none)."""
    args = typing.get_args(type(item).model_fields[name].annotation)
    if len(args) > 1 and all(isinstance(a, str) for a in args):
        return tuple(a for a in args if a != UNKNOWN)
    return (True, False)


def unknown_facts(incident: Incident) -> list[str]:
    """Every three-valued fact the incident leaves unknown, as a path."""
    paths = []
    for group in GROUPS:
        for item in getattr(incident, group):
            for name in _three_valued_fields(item):
                if getattr(item, name) == UNKNOWN and not _settled_by(item, name, incident.date):
                    paths.append(f"{group}.{item.id}.{name}")
    return paths


def _settled_by(item: Any, name: str, on: dt.date) -> bool:
    """A fact another fact of the item settles (``IMPLIED``: a lawful government measure is a lawful
    ground, and one that would settle a fact stated false cannot be true; a minor's age, by the law of
    the date ``on``, its capacity — liability.capacity), or one that does not apply to it (an
    organisation's capacity)."""
    if name == "capacity" and isinstance(item, Party):
        return item.kind in ORGANISATIONS or capacity.settled(item, on)
    implied = getattr(item, "IMPLIED", {})
    by = implied.get(name)
    if by is not None and getattr(item, by) is True:
        return True
    # the other way round: a fact that would settle one stated false cannot be true (an orderer found
    # not at fault in its choice did not knowingly choose an unqualified contractor)
    return any(b == name and getattr(item, settled) is False for settled, b in implied.items())


def parse_value(text: str) -> Any:
    """A value as a handler types it: true/false/unknown, numbers, dates, lists, text."""
    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError:
        return text
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def split_path(path: str) -> list[str]:
    """A fact path's parts: [field] for a top-level field, [group, id, field] for an item's — the id
    is everything between the group and the last dot, since an id may itself hold dots."""
    group, dot, rest = path.partition(".")
    if not dot:
        return [group]
    ident, dot, name = rest.rpartition(".")
    return [group, ident, name] if dot and ident else [group, rest]


def with_fact(incident: Incident, path: str, value: Any) -> Incident:
    """A new incident with one fact changed; a located IncidentError if the path or value is wrong."""
    data = incident.model_dump(mode="json")
    parts = split_path(path)
    if len(parts) == 1:
        if parts[0] not in data:
            raise IncidentError([Problem(f"no top-level field {parts[0]!r}", path, "--set")])
        data[parts[0]] = value
    elif len(parts) == 3 and parts[0] in GROUPS:
        group, ident, name = parts
        items = [x for x in data[group] if x.get("id") == ident]
        if not items:
            known = ", ".join(x["id"] for x in data[group]) or "none"
            raise IncidentError([Problem(f"no item with id {ident!r} in {group} (known: {known})", path, "--set")])
        item = items[0]
        model = type(next(x for x in getattr(incident, group) if x.id == ident))
        if name not in model.model_fields or name in ("id", "kind"):
            raise IncidentError([Problem(f"{model.__name__} has no settable field {name!r}", path, "--set")])
        item[name] = value
    else:
        raise IncidentError(
            [Problem("expected GROUP.ID.FIELD (e.g. events.leak.fault) or a top-level field", path, "--set")]
        )
    try:
        new = Incident.model_validate(data)
    except ValidationError as e:
        raise IncidentError(
            [Problem(err["msg"], path, "--set") for err in e.errors()]
        ) from None
    problems = new.reference_problems()
    if problems:
        raise IncidentError([Problem(p.message, path, "--set") for p in problems])
    return new


@dataclass(frozen=True)
class Change:
    party: str
    harm: str
    kind: str
    degree: str
    gained: bool  # True: this finding appears; False: it disappears

    def out(self):
        """The change as an assessment reports it (liability.assessment.ChangeOut)."""
        from .assessment import ChangeOut

        return ChangeOut(party=self.party, harm=self.harm, kind=self.kind, degree=self.degree or None, gained=self.gained)


@dataclass(frozen=True)
class Lead:
    """Setting ``fact`` to ``value`` would change the decision as ``changes`` say."""

    fact: str
    value: Any
    changes: tuple[Change, ...]
    status: str  # the status the assessment would then have


def diff(before: Decision, after: Decision) -> tuple[Change, ...]:
    gained = [Change(*x, gained=True) for x in sorted(after - before)]
    lost = [Change(*x, gained=False) for x in sorted(before - after)]
    return tuple(lost + gained)


def investigate(incident: Incident, assessment: Assessment, *, decided_on: dt.date | None = None) -> list[Lead]:
    """For every unknown fact: the values that would change the decision, and how."""
    from .pipeline import decision_of

    base = decision(assessment)
    leads = []
    for path in unknown_facts(incident):
        group, ident, name = split_path(path)
        item = next(x for x in getattr(incident, group) if x.id == ident)
        for value in fact_values(item, name):
            try:
                changed = with_fact(incident, path, value)
            except IncidentError:
                continue  # a value the other facts rule out (a government measure without a lawful ground): no lead
            alt, status, _ = decision_of(changed, decided_on=decided_on)
            changes = diff(base, alt)
            if changes:
                leads.append(Lead(path, value, changes, status))
    return leads


def current_value(incident: Incident, path: str) -> Any:
    """The value a fact path has in the incident (as JSON), or None where the path names nothing."""
    data = incident.model_dump(mode="json")
    parts = split_path(path)
    if len(parts) == 1:
        return data.get(parts[0])
    if len(parts) == 3 and parts[0] in GROUPS:
        for item in data[parts[0]]:
            if item.get("id") == parts[1]:
                return item.get(parts[2])
    return None


def what_if(incident: Incident, settings: list[tuple[str, Any]], *, decided_on: dt.date | None = None, **options: Any) -> Assessment:
    """The assessment with facts changed (path, value), marked as a what-if: which facts were set,
    from what, and how the decision differs from the one on the file's own facts. Its JSON keeps
    the shape of any assessment (``what_if`` is filled in), so a tool never meets another shape."""
    from .assessment import SetFact, WhatIf
    from .pipeline import assess

    original = assess(incident, decided_on=decided_on)
    changed, set_facts = incident, []
    for path, value in settings:
        was = current_value(changed, path)
        changed = with_fact(changed, path, value)
        set_facts.append(SetFact(fact=path, was=was, now=current_value(changed, path)))
    result = assess(changed, decided_on=decided_on, **options)
    changes = [c.out() for c in diff(decision(original), decision(result))]
    return result.model_copy(update={"what_if": WhatIf(set=set_facts, changes=changes, original_status=original.status)})

"""From an Incident to the flat facts the rule engine matches.

Every fact has a type ``t`` and a key ``k``; every field is present on every fact of its type
(an absent reference is the string ``"none"``, an unknown three-valued fact is ``"unknown"``), so
that a rule can tell "false" from "not said" (durable-rules never matches a missing field).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .model import Incident, MaintenanceUndertaking, PropertyServiceContract

NONE = "none"


def _v(value: Any) -> Any:
    if value is None:
        return NONE
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def to_facts(incident: Incident) -> list[dict[str, Any]]:
    facts: list[dict[str, Any]] = []
    for p in incident.parties:
        facts.append({"t": "party", "k": p.id, "kind": p.kind.value})
    for th in incident.things:
        facts.append(
            {
                "t": "thing",
                "k": th.id,
                "kind": th.kind.value,
                "owner": _v(th.owner),
                "manager": _v(th.manager),
                "occupant": _v(th.occupant),
                "part_of": _v(th.part_of),
            }
        )
    for r in incident.relationships:
        fields = r.model_dump(exclude={"id", "since", "until", "clients", "promisees"})
        facts.append({"t": "rel", "k": r.id, **{k: _v(v) for k, v in fields.items()}})
        if isinstance(r, PropertyServiceContract):
            for client in r.clients:
                facts.append({"t": "serves", "rel": r.id, "provider": r.provider, "client": client})
        if isinstance(r, MaintenanceUndertaking):
            for promisee in r.promisees:
                facts.append({"t": "undertakes", "rel": r.id, "promisor": r.promisor, "promisee": promisee, "thing": r.thing})
    for e in incident.events:
        fields = e.model_dump(exclude={"id", "description", "date", "until", "to_press_for", "possible_users", "proved_not_them"})
        if e.kind == "thrown-object":
            for user in e.possible_users:
                facts.append({"t": "possible-user", "event": e.id, "party": user, "excluded": user in e.proved_not_them})
        if e.kind == "act":  # a list cannot be matched: one flag per payment pressed for
            for what in ("rent", "property-fees", "other-debt"):
                fields[f"presses_{what.replace('-', '_')}"] = what in e.to_press_for
        facts.append(
            {
                "t": "event",
                "k": e.id,
                "date": incident.event_date(e).isoformat(),
                "actor": NONE,
                **{k: _v(v) for k, v in fields.items()},
            }
        )
    for h in incident.harms:
        facts.append(
            {
                "t": "harm",
                "k": h.id,
                "victim": h.victim,
                "thing": _v(h.thing),
                "kind": h.kind,
                "amount": _v(h.amount),
                "victim_at_fault": h.victim_at_fault,
            }
        )
        for p in h.claimed_against:
            facts.append({"t": "claim", "harm": h.id, "against": p})
        for e in h.caused_by:
            facts.append({"t": "cause", "event": e, "harm": h.id})
    return facts

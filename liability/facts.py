"""From an Incident to the flat facts the rule engine matches.

Every fact has a type ``t`` and a key ``k``; every field is present on every fact of its type
(an absent reference is the string ``"none"``, an unknown three-valued fact is ``"unknown"``), so
that a rule can tell "false" from "not said" (durable-rules never matches a missing field).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from . import capacity
from .model import Harm, Incident, MaintenanceUndertaking, PropertyServiceContract

NONE = "none"


def _v(value: Any) -> Any:
    if value is None:
        return NONE
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _implied(item: Any) -> dict[str, bool]:
    """The facts another fact of the item settles (``IMPLIED``), as the engine reads them: true."""
    return {settled: True for settled, by in getattr(item, "IMPLIED", {}).items() if getattr(item, by) is True}


def to_facts(incident: Incident) -> list[dict[str, Any]]:
    facts: list[dict[str, Any]] = []
    for p in incident.parties:
        # a minor's capacity by the law of the date where the file gives only the age (liability.capacity)
        cap, by_age = (p.capacity, None) if p.age is None else capacity.of(p.capacity, p.age, incident.date)
        facts.append({"t": "party", "k": p.id, "kind": p.kind.value, "capacity": cap, "age": _v(p.age), "capacity_by_age": _v(by_age)})
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
                "producer": _v(th.producer),
                "defective": th.defective,
            }
        )
    facts += _co_owned_sources(incident)
    for r in incident.relationships:
        fields = r.model_dump(exclude={"id", "since", "until", "clients", "promisees"})
        fields.update(_implied(r))
        facts.append({"t": "rel", "k": r.id, "until": _v(r.until), **{k: _v(v) for k, v in fields.items()}})
        if isinstance(r, PropertyServiceContract):
            for client in r.clients:
                facts.append({"t": "serves", "rel": r.id, "provider": r.provider, "client": client})
        if isinstance(r, MaintenanceUndertaking):
            for promisee in r.promisees:
                facts.append({"t": "undertakes", "rel": r.id, "promisor": r.promisor, "promisee": promisee, "thing": r.thing})
    for e in incident.events:
        fields = e.model_dump(exclude={"id", "description", "date", "until", "to_press_for", "possible_users", "proved_not_them", "together_with"})
        for other in getattr(e, "together_with", ()):
            facts.append({"t": "together", "event": e.id, "party": other})
        if e.kind in ("thrown-object", "leak"):
            for user in e.possible_users:
                facts.append({"t": "possible-user", "event": e.id, "party": user, "excluded": user in e.proved_not_them})
        if e.kind == "act":  # a list cannot be matched: one flag per payment pressed for
            for what in ("rent", "property-fees", "other-debt"):
                fields[f"presses_{what.replace('-', '_')}"] = what in e.to_press_for
            fields.update(_implied(e))
        facts.append(
            {
                "t": "event",
                "k": e.id,
                "date": incident.event_date(e).isoformat(),
                "until": _v(e.until),
                "actor": NONE,
                **{k: _v(v) for k, v in fields.items()},
            }
        )
    links = None
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
                "ground": h.ground,
                "each_sufficient": h.each_sufficient,
                "parts_indeterminable": h.parts_indeterminable,
                "security_lapse": h.security_lapse,
                "loss_proven": h.loss_proven,
                "during_work": h.during_work,
                "foreseeable": h.foreseeable,
                "mitigation_failed": h.mitigation_failed,
            }
        )
        if h.claimed_against:
            links = links or _Links(incident)
            linked = connected_parties(incident, h, links)
        for p in h.claimed_against:
            facts.append({"t": "claim", "harm": h.id, "against": p, "connected": p in linked})
        for e in h.caused_by:
            facts.append({"t": "cause", "event": e, "harm": h.id})
    return facts


# Relationships through which one party answers for another's liability (rules/companies.py).
ANSWERS_FOR = ("branch", "shareholding")

_EVENT_PARTIES = ("actor", "instructed_by", "payee", "beneficiary", "developer", "builder", "responsible")
_EVENT_THINGS = ("source", "thing", "building", "animal")
_EVENT_LINKS = ("regarding", "averts")


def _co_owned_sources(incident: Incident) -> list[dict[str, Any]]:
    """One fact per event that involves a co-owned thing (or a part of it) and per co-owner: the
    debts that event gives rise to arise from the common thing (CC art. 307)."""
    things = {t.id: t for t in incident.things}
    out = []
    for e in incident.events:
        d = e.__dict__
        seen: set[str] = set()
        found: set[tuple[str | None, str]] = set()
        todo = [d[f] for f in _EVENT_THINGS if d.get(f)]
        while todo:
            t = things.get(todo.pop())
            if t is None or t.id in seen:
                continue
            seen.add(t.id)
            for c in t.co_owners:
                if (t.owner, c) not in found:  # the nearest co-owned thing names the debt's source
                    found.add((t.owner, c))
                    out.append({"t": "co-owned", "event": e.id, "thing": t.id, "owner": t.owner, "party": c})
            if t.part_of:
                todo.append(t.part_of)
    return out


class _Links:
    """What each event, thing and relationship of an incident ties to, computed once per incident."""

    __slots__ = ("parties", "things", "linked", "thing", "members", "answering")

    def __init__(self, incident: Incident):
        self.parties: dict[str, set[str]] = {}
        self.things: dict[str, set[str]] = {}
        self.linked: dict[str, set[str]] = {}  # an event -> the events it is about
        for e in incident.events:
            d = e.__dict__
            self.parties[e.id] = {d[f] for f in _EVENT_PARTIES if d.get(f)} | set(d.get("possible_users") or ()) | set(d.get("together_with") or ())
            self.things[e.id] = {d[f] for f in _EVENT_THINGS if d.get(f)}
            self.linked[e.id] = {d[f] for f in _EVENT_LINKS if d.get(f)}
        self.thing = {t.id: t for t in incident.things}
        self.members: list[set[str]] = []
        self.answering: list[set[str]] = []  # a company and its branch, a company and its shareholder
        for r in incident.relationships:
            members: set[str] = set()
            for f, group in r.ROLES.items():
                if group == "parties":
                    value = getattr(r, f)
                    members.update(value if isinstance(value, list) else [value])
            self.members.append(members)
            if r.kind in ANSWERS_FOR:
                self.answering.append(members)


def connected_parties(incident: Incident, harm: Harm, links: _Links | None = None) -> set[str]:
    """The parties the facts connect to a harm, whether or not a rule concludes about them: an actor
    (or whoever instructed the act, or a possible user) of an event that caused it or of an event
    about such an event (a failure to act on it, a response, a measure averting it); the owner,
    manager, occupant or producer of the thing harmed or of a thing such an event involves (and of
    what it is part of); a party to a relationship with the victim or with such an actor; and the
    company of a connected branch, the shareholders of a connected company (they answer for its
    liability by law).

    A claim against a connected party that no rule answers is *outside the rule book*: the book's
    silence, not the law's answer. Against a party the facts do not connect at all, "no ground"."""
    links = links or _Links(incident)
    causes = set(harm.caused_by)
    parties: set[str] = set()
    thing_ids: set[str] = {harm.thing} if harm.thing else set()
    for eid, about in links.linked.items():
        if eid in causes or about & causes:
            parties |= links.parties[eid]
            thing_ids |= links.things[eid]
    seen: set[str] = set()
    while thing_ids:
        tid = thing_ids.pop()
        t = links.thing.get(tid)
        if t is None or tid in seen:
            continue
        seen.add(tid)
        parties.update(x for x in (t.owner, t.manager, t.occupant, t.producer, *t.co_owners) if x)
        if t.part_of:
            thing_ids.add(t.part_of)
    anchors = parties | {harm.victim}
    for members in links.members:
        if members & anchors:
            parties |= members
    # Whoever answers for a connected party's liability by law — the company for its branch, a
    # shareholder for its company — is connected too, however far the chain runs (a branch's company's
    # shareholder).
    grew = True
    while grew:
        grew = False
        for members in links.answering:
            if members & parties and not members <= parties:
                parties |= members
                grew = True
    parties.discard(harm.victim)
    return parties

"""Valid incidents generated from the model itself: every relationship and event kind the model
defines, every field filled by its type (three-valued facts, enums, literals, dates, ids pointing
into the right collection). A new kind or field in liability.model is generated without touching
this file."""

from __future__ import annotations

import datetime as dt
import enum
import typing
from decimal import Decimal

from hypothesis import strategies as st

from liability.model import EVENT_REFS, UNKNOWN, Event, Harm, Incident, Party, PartyKind, Relationship, ThingKind

TRI = st.sampled_from([True, False, UNKNOWN])
START, END = dt.date(1987, 1, 1), dt.date(2026, 11, 1)


def _members(union) -> list[type]:
    inner = typing.get_args(union)[0]  # Annotated[Union[...], Field]
    return list(typing.get_args(inner))


def _value(draw, name: str, field, refs: dict[str, str], pools: dict[str, list[str]], self_id: str | None):
    ann = field.annotation
    origin = typing.get_origin(ann)
    if name in refs:
        pool = [x for x in pools[refs[name]] if x != self_id]
        is_list = origin is list
        if is_list:
            return draw(st.lists(st.sampled_from(pool), unique=True, max_size=3)) if pool else []
        if not pool:
            return None
        if field.is_required():
            return draw(st.sampled_from(pool))
        return draw(st.none() | st.sampled_from(pool))
    args = typing.get_args(ann)
    if origin is typing.Literal:  # a choice, "unknown" among its members where it may be unknown
        return draw(st.sampled_from(args))
    if field.default == UNKNOWN or any(typing.get_args(a) == (UNKNOWN,) for a in args):  # a three-valued fact
        return draw(TRI)
    if isinstance(ann, type) and issubclass(ann, enum.Enum):
        return draw(st.sampled_from(list(ann))).value
    if origin is list and args and typing.get_origin(args[0]) is typing.Literal:
        return draw(st.lists(st.sampled_from(typing.get_args(args[0])), unique=True, max_size=2))
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)) and type(None) in args:
        return None  # optional free text and optional dates stay empty
    if ann is Decimal or Decimal in args:
        return draw(st.none() | st.decimals(min_value=0, max_value=10**6, places=2))
    raise NotImplementedError(f"no strategy for field {name}: {ann}")


@st.composite
def incidents(draw) -> Incident:
    day = draw(st.dates(min_value=START, max_value=END))
    n_parties = draw(st.integers(1, 5))
    parties = [{"id": f"p{i}", "kind": draw(st.sampled_from(list(PartyKind))).value} for i in range(n_parties)]
    for p in parties:  # a capacity stated, or an age the law of the date turns into one (never both: they may clash)
        how = draw(st.sampled_from(("none", "capacity", "age")))
        if how == "capacity":
            p["capacity"] = draw(st.sampled_from(typing.get_args(Party.model_fields["capacity"].annotation)))
        elif how == "age":
            p["age"] = draw(st.integers(0, 90))
    pools: dict[str, list[str]] = {"parties": [p["id"] for p in parties], "things": [], "events": []}
    things = []
    for i in range(draw(st.integers(0, 4))):
        t = {"id": f"t{i}", "kind": draw(st.sampled_from(list(ThingKind))).value}
        for role in ("owner", "manager", "occupant"):
            t[role] = draw(st.none() | st.sampled_from(pools["parties"]))
        if things:
            t["part_of"] = draw(st.none() | st.sampled_from([x["id"] for x in things]))
        things.append(t)
    pools["things"] = [t["id"] for t in things]
    relationships = []
    for i in range(draw(st.integers(0, 3))):
        cls = draw(st.sampled_from(_members(Relationship)))
        if "thing" in cls.ROLES and cls.model_fields["thing"].is_required() and not pools["things"]:
            continue
        r = {"id": f"r{i}", "kind": typing.get_args(cls.model_fields["kind"].annotation)[0]}
        for name, field in cls.model_fields.items():
            if name in ("id", "kind", "since", "until"):
                continue
            value = _value(draw, name, field, cls.ROLES, pools, None)
            if field.is_required() and value in (None, []):
                value = [pools["parties"][0]] if typing.get_origin(field.annotation) is list else pools[cls.ROLES[name]][0]
            r[name] = value
        if r.get("contractor_unqualified") is True and r.get("orderer_at_fault") is False:
            r["orderer_at_fault"] = UNKNOWN  # knowingly choosing an unqualified contractor is fault: the loader refuses the pair
        relationships.append(r)
    n_events = draw(st.integers(1, 5))
    pools["events"] = [f"e{i}" for i in range(n_events)]
    events = []
    for i in range(n_events):
        choices = [c for c in _members(Event) if all(
            not f.is_required() or EVENT_REFS.get(n) != "things" or pools["things"] for n, f in c.model_fields.items()
        )]
        if n_events < 2:
            choices = [c for c in choices if not any(f.is_required() and EVENT_REFS.get(n) == "events" for n, f in c.model_fields.items())]
        cls = draw(st.sampled_from(choices))
        e = {"id": f"e{i}", "kind": typing.get_args(cls.model_fields["kind"].annotation)[0]}
        for name, field in cls.model_fields.items():
            if name in ("id", "kind", "date", "until", "description"):
                continue
            e[name] = _value(draw, name, field, EVENT_REFS, pools, f"e{i}")
        if e.get("government_measure") is True and e.get("lawful_ground") is False:
            e["lawful_ground"] = UNKNOWN  # a lawful government measure is a lawful ground: the loader refuses the pair
        events.append(e)
    harms = []
    for i in range(draw(st.integers(1, 4))):
        harms.append(
            {
                "id": f"h{i}",
                "victim": draw(st.sampled_from(pools["parties"])),
                "thing": draw(st.none() | st.sampled_from(pools["things"])) if pools["things"] else None,
                "kind": draw(st.sampled_from(typing.get_args(Harm.model_fields["kind"].annotation))),
                "amount": draw(st.none() | st.decimals(min_value=0, max_value=10**6, places=2)),
                "caused_by": draw(st.lists(st.sampled_from(pools["events"]), min_size=1, max_size=3, unique=True)),
                "claimed_against": draw(st.lists(st.sampled_from(pools["parties"]), max_size=2, unique=True)),
                "victim_at_fault": draw(TRI),
            }
        )
    incident = Incident.model_validate(
        {"date": day, "parties": parties, "things": things, "relationships": relationships, "events": events, "harms": harms}
    )
    assert not incident.reference_problems(), incident.reference_problems()
    return incident

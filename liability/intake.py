"""Guided intake: ask for the story in the terminal, then only what the decision turns on, and write a
valid, commented incident file.

Two parts:

1. The skeleton, in the handler's words: the date and a title; the parties; the things the story
   needs; the relationships (their kind and roles); the events (kind, what happened, who and what
   they concern); the harms. No three-valued fact is asked here.
2. What the decision turns on: the skeleton is assessed (``liability.assess(..., investigate=True)``)
   and only the unknown facts its questions (a rule needs the fact) and leads (the fact's value
   would change the decision) name are asked, one at a time, re-assessing after each answer, until
   none is left or the handler says ``stop``. A fact is never asked twice; one answered ``unknown``
   is written as ``unknown``. Facts never asked are left out of the file (the header says why).

Everything asked comes from the model: the kinds offered are its enums and union members, the
fields asked for each kind are its fields (three-valued ones only when the engine names them), the
hints are their zh / en descriptions. A new kind of event in liability.model is asked about without
a change here.

The interview is a function of the answers given so far: every answer is recorded as (key,
text), and an Asker given recorded answers replays them without asking. Going back (answer ``<``)
drops the last answer and replays the rest; saving progress is writing the recorded answers down
(``<output>.partial.json``), and resuming is replaying them.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import os
import re
import tempfile
import typing
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

from .model import EVENT_REFS, LAW_BEGINS, UNKNOWN, Event, Harm, Incident, PartyKind, Relationship, Thing, ThingKind
from .whatif import split_path

ID = re.compile(r"^[\w][\w\-.]*$")
SKIP = {"id", "kind", "date", "until", "since", "description"}
BACK = "<"  # at any prompt: go back to the previous question
STOP = "stop"  # at a fact's prompt: ask no more facts, write the file
THING_ROLES = ("owner", "occupant", "manager")  # the order they are typed in
THING_REFS = {"owner": "parties", "occupant": "parties", "manager": "parties", "co_owners": "parties", "part_of": "things", "producer": "parties"}
# A list chosen among the members of another (only the possible users can prove it was not them).
SUBSET = {"proved_not_them": "possible_users"}
OPENING = (
    "新建事故文件 / new incident file — first the story (who, what happened, what harm), then only the facts "
    "the decision turns on. [brackets] = default (Enter); `<` = back to the previous question; "
    "Ctrl-C saves your answers to resume later."
)

Answers = list[tuple[str, str]]
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ZH_HINTS = (
    (", comma-separated", "，多个以逗号分隔"),
    ("; comma-separated", "；多个以逗号分隔"),
    (" (blank: none)", "（空白：无）"),
    (" (blank if unknown)", "（未知则留空）"),
    (", blank if unknown", "，未知则留空"),
    (" — party ids in this order, - for none", "——按此顺序填当事人标识，没有的填 -"),
    ("(e.g. ", "（例："),
)


def in_language(description: str | None, lang: str | None) -> str:
    """A model field's description ("中文 / English"): both (lang None), or the one asked for."""
    text = description or ""
    zh, sep, en = text.partition("/ ")
    if lang is None or not sep:
        return text
    return zh.strip() if lang == "zh" else en.strip()


class Back(Exception):
    """The handler answered ``<``: go back to the previous question."""


def _members(union) -> list[type]:
    return list(typing.get_args(typing.get_args(union)[0]))


def _kind(cls: type) -> str:
    return typing.get_args(cls.model_fields["kind"].annotation)[0]


def _is_fact(field) -> bool:
    """A three-valued fact left unknown unless said (true / false / unknown, or a choice with unknown):
    asked only when the engine names it. (A fact that defaults to true or false is part of the story.)"""
    return field.default == UNKNOWN


def _split(answer: str) -> list[str]:
    return [x.strip() for x in answer.split(",") if x.strip()]


class Asker:
    """The questions, over any input/output pair (the terminal, or a test's scripted answers).

    Every question has a key (``parties``, ``events.leak.source``, ``fact:events.leak.fault``) and
    every valid answer is recorded as (key, text) in ``answers``. Given ``recorded`` answers it
    replays them, in order, without asking or saying anything, while their keys match the
    questions; from the first that does not, it asks, offering the answers it did not replay (and
    ``earlier`` ones) as defaults. ``key`` is the question being asked (scripted answers may go by it).
    """

    def __init__(
        self,
        ask: Callable[[str], str],
        say: Callable[[str], None],
        recorded: Iterable[tuple[str, str]] = (),
        earlier: dict[str, str] | None = None,
        on_answer: Callable[[Answers], None] | None = None,
        lang: str | None = None,
    ):
        self.lang = lang  # None: both languages, as the terminal shows them; "zh" or "en": that one
        self._ask, self._say = ask, say
        self.recorded: Answers = [(str(k), str(a)) for k, a in recorded]
        self.answers: Answers = []
        self.earlier: dict[str, str] = dict(earlier or {})
        self.on_answer = on_answer
        self.key: str | None = None

    def w(self, first: str, second: str) -> str:
        """Words given in both languages (in the order the terminal shows them): both, or the one
        of ``lang`` (the one with Chinese characters for zh)."""
        if self.lang is None:
            return f"{first} / {second}"
        zh = first if _CJK.search(first) else second
        return zh if self.lang == "zh" else (second if zh is first else first)

    def hints(self, question: str) -> str:
        """The format hints every question shares (comma-separated, blank: none), in the asker's
        language: Chinese where it is zh (the terminal keeps them as they are)."""
        if self.lang != "zh":
            return question
        for en, zh in _ZH_HINTS:
            question = question.replace(en, zh)
        return question

    def d(self, description: str | None) -> str:
        """A model field's description ("中文 / English") in the asker's language."""
        return in_language(description, self.lang)

    @property
    def replaying(self) -> bool:
        return len(self.answers) < len(self.recorded)

    def say(self, text: str) -> None:
        if not self.replaying:
            self._say(text)

    def text(self, key: str, question: str, *, default: str | None = None, check: Callable[[str], str | None] | None = None) -> str:
        self.key = key
        i = len(self.answers)
        if i < len(self.recorded):
            k, a = self.recorded[i]
            if k == key and (check is None or check(a) is None):
                self.answers.append((k, a))
                return a
            for k2, a2 in self.recorded[i:]:  # the story changed here: what follows is offered, not replayed
                self.earlier.setdefault(k2, a2)
            del self.recorded[i:]
        default = self.earlier.get(key, default)
        question = self.hints(question)
        while True:
            hint = f" [{default}]" if default not in (None, "") else ""
            answer = self._ask(f"{question}{hint}: ").strip()
            if answer == BACK:
                if self.answers:
                    raise Back
                self._say("  (this is the first question / 已是第一个问题)")
                continue
            if not answer and default is not None:
                answer = default
            problem = check(answer) if check else None
            if problem is None:
                self.answers.append((key, answer))
                if self.on_answer:
                    self.on_answer(list(self.answers))
                return answer
            self._say(f"  ✗ {problem}")

    def choice(self, key: str, question: str, options: list[str], *, default: str | None = None, optional: bool = False) -> str | None:
        shown = "/".join(options) + ("/-" if optional else "")

        def check(a: str) -> str | None:
            if optional and a in ("", "-"):
                return None
            return None if a in options else f"choose one of: {', '.join(options)}" + (" (or - for none)" if optional else "")

        answer = self.text(key, f"{question} ({shown})", default=default, check=check)
        return None if optional and answer in ("", "-") else answer

    def many(self, key: str, question: str, options: list[str], *, at_least: int = 0, default: str | None = None) -> list[str]:
        def check(a: str) -> str | None:
            items = _split(a)
            bad = [x for x in items if x not in options]
            if bad:
                return f"unknown: {', '.join(bad)} (known: {', '.join(options)})"
            if len(set(items)) < len(items):
                return "each at most once"
            if len(items) < at_least:
                return f"give at least {at_least}, separated by commas"
            return None

        if default is None and at_least == 0:
            default = ""
        return _split(self.text(key, f"{question} ({', '.join(options)}; comma-separated)", default=default, check=check))


# ------------------------------------------------------------------------------------ checks
def _new_ids(taken: set[str], at_least: int) -> Callable[[str], str | None]:
    def check(a: str) -> str | None:
        items = _split(a)
        if len(items) < at_least:
            return "give at least one id (several: separated by commas)"
        for x in items:
            if not ID.match(x) or len(x) > 64:
                return f"{x!r}: an id is letters, digits, 汉字, -, _ or . (no spaces), at most 64"
            if x in taken:
                return f"{x!r} is already used"
        if len(set(items)) < len(items):
            return "each id at most once"
        return None

    return check


def _roles(parties: list[str]) -> Callable[[str], str | None]:
    def check(a: str) -> str | None:
        items = _split(a)
        if len(items) > len(THING_ROLES):
            return f"at most {len(THING_ROLES)}: {', '.join(THING_ROLES)}"
        bad = [x for x in items if x != "-" and x not in parties]
        return f"unknown: {', '.join(bad)} (known: {', '.join(parties)}; - for none)" if bad else None

    return check


def _parse_links(answer: str) -> list[tuple[str, str, str]]:
    out = []
    for part in _split(answer):
        left, _, value = part.partition("=")
        thing, _, name = left.strip().rpartition(".")
        out.append((thing, name, value.strip()))
    return out


def _links(things: list[dict], pools: dict[str, list[str]], extras: dict[str, str]) -> Callable[[str], str | None]:
    def check(a: str) -> str | None:
        seen: set[tuple[str, str]] = set()
        for part in _split(a):
            if "=" not in part or "." not in part.partition("=")[0]:
                return f"{part!r}: write thing.field=id (e.g. pipes.part_of=flat)"
        for thing, name, value in _parse_links(a):
            item = next((t for t in things if t["id"] == thing), None)
            if item is None:
                return f"no thing {thing!r} (known: {', '.join(t['id'] for t in things)})"
            if name not in extras:
                return f"{name!r}: one of {', '.join(extras)}"
            if value not in pools[extras[name]] or value == thing:
                return f"{name}: {value!r} is not one of the {extras[name]} ({', '.join(x for x in pools[extras[name]] if x != thing)})"
            listed = typing.get_origin(Thing.model_fields[name].annotation) is list
            if (thing, name) in seen and not listed:
                return f"{thing}.{name} is given twice"
            seen.add((thing, name))
            if name == "co_owners" and value == item.get("owner"):
                return f"{value!r} is already the owner of {thing}"
            if name == "co_owners" and not item.get("owner"):
                return f"co-owners share with the owner: give {thing}'s owner first"
        return None

    return check


def _date(a: str) -> str | None:
    try:
        d = dt.date.fromisoformat(a)
    except ValueError:
        return "a date is YYYY-MM-DD"
    if d < LAW_BEGINS:
        return f"the statute library begins on {LAW_BEGINS}"
    if d > dt.date.today():
        return "that date is in the future"
    return None


def _optional(check: Callable[[str], str | None]) -> Callable[[str], str | None]:
    return lambda a: None if a == "" else check(a)


def _number(a: str) -> str | None:
    return None if re.match(r"^\d+(\.\d+)?$", a) else "a number, or blank"


def _as_number(a: str) -> int | float:
    return float(a) if "." in a else int(a)


# ------------------------------------------------------------------------------------ skeleton
def _field(ask: Asker, key: str, label: str, name: str, field, refs: dict[str, str], pools: dict[str, list[str]],
           self_id: str, new_item: Callable[[str, str, str], str | None], done: dict[str, Any]) -> Any:
    """One structural field of a relationship or an event (never a three-valued fact). A required
    reference with nothing to choose from names a new item (``new_item``)."""
    desc = ask.d(field.description) or name
    ann = field.annotation
    origin = typing.get_origin(ann)
    args = typing.get_args(ann)
    q = f"  {label} {name} — {desc}"
    if name in refs:
        pool = [x for x in pools[refs[name]] if x != self_id]
        if name in SUBSET:  # chosen among what an earlier field named
            pool = [x for x in pool if x in (done.get(SUBSET[name]) or [])]
        if origin is list:
            return ask.many(key, q, pool, at_least=1 if field.is_required() else 0) if pool else []
        if not pool:
            return new_item(refs[name], key, q) if field.is_required() else None
        return ask.choice(key, q, pool, optional=not field.is_required())
    if isinstance(field.default, bool):  # a fact the model presumes (it did take charge): said, not left unknown
        return _value(ask.choice(key, q, ["true", "false"], default=str(field.default).lower()))
    if origin is typing.Literal:
        return ask.choice(key, q, list(args))
    if isinstance(ann, type) and issubclass(ann, enum.Enum):
        return ask.choice(key, q, [m.value for m in ann])
    if origin is list and args and typing.get_origin(args[0]) is typing.Literal:
        return ask.many(key, q, list(typing.get_args(args[0])))
    inner = [a for a in args if a is not type(None)] if args else [ann]
    if inner == [dt.date]:
        return ask.text(key, q + " (YYYY-MM-DD, blank if unknown)", default="", check=_optional(_date)) or None
    if inner == [int]:
        a = ask.text(key, q + " (blank if unknown)", default="", check=_optional(lambda a: None if a.isdigit() else "a whole number, or blank"))
        return int(a) if a else None
    return None  # free text and other extras are left for the handler to add in the file


def skeleton(ask: Asker) -> dict:
    """The story: who, what happened, what harm. Structural fields only, no three-valued facts."""
    ask.say(ask.w(*OPENING.split(" / ", 1)))
    data: dict[str, Any] = {}
    data["date"] = ask.text("date", ask.w("date of the incident", "事故日期") + " (YYYY-MM-DD)", check=_date)
    data["title"] = ask.text("title", ask.w("title, a few words", "标题"), default="")
    taken: set[str] = set()
    pools: dict[str, list[str]] = {"parties": [], "things": [], "events": []}

    ask.say(ask.w("当事人", "parties — everyone in the story: people, companies, the owners together; ids are short names you choose"))
    data["parties"] = []
    for pid in _split(ask.text("parties", " " + ask.w("party ids", "当事人标识") + ", comma-separated (e.g. lei, resident-301, company)", check=_new_ids(taken, 1))):
        taken.add(pid)
        party = {"id": pid, "kind": ask.choice(f"parties.{pid}.kind", f" {pid}: " + ask.w("kind", "类别"), [k.value for k in PartyKind])}
        party["name"] = ask.text(f"parties.{pid}.name", f" {pid}: " + ask.w("name", "名称") + " (blank: none)", default="")
        data["parties"].append(party)
        pools["parties"].append(pid)

    data["things"] = []

    def thing(tid: str) -> None:
        taken.add(tid)
        item: dict[str, Any] = {"id": tid, "kind": ask.choice(f"things.{tid}.kind", f" {tid}: " + ask.w("kind", "类别"), [k.value for k in ThingKind])}
        roles = ask.text(f"things.{tid}.roles", f" {tid}: " + ask.w(", ".join(THING_ROLES), "所有人、使用人、管理人") + " — party ids in this order, - for none (e.g. lei, lei)",
                         default="", check=_roles(pools["parties"]))
        item.update(zip(THING_ROLES, [None if x == "-" else x for x in _split(roles)]))
        data["things"].append(item)
        pools["things"].append(tid)

    eids: list[str] = []

    def new_item(group: str, key: str, question: str) -> str | None:
        """The story needs a thing, or another event, nobody listed: name it here."""
        what = {"things": "thing", "events": "event"}.get(group)
        if what is None:
            return None
        ask.say(f"{question}: there is no {what} to choose — name one" + (", and say whose it is" if what == "thing" else " (asked about after this one)"))
        new = ask.text(key, f" new {what} id", check=lambda a: _new_ids(taken, 1)(a) or (None if len(_split(a)) == 1 else "one id"))
        if what == "thing":
            thing(new)
        else:
            taken.add(new)
            eids.append(new)
            pools["events"].append(new)
        return new

    ask.say(ask.w("相关之物", "things — only those the story needs: the pipe that leaked, the flat damaged, the dog") + ("。各项：" if ask.lang == "zh" else ". For each: ")
            + "; ".join(f"{r}: {ask.d(Thing.model_fields[r].description)}" for r in THING_ROLES))
    for tid in _split(ask.text("things", " " + ask.w("thing ids", "物的标识") + ", comma-separated (blank: none)", default="", check=_new_ids(taken, 0))):
        thing(tid)
    if data["things"]:
        extras = {n: THING_REFS[n] for n in Thing.model_fields if n in THING_REFS and n not in THING_ROLES}
        ask.say(("  其他关联（如有）：" if ask.lang == "zh" else "  other links, where the story has them: ") + "; ".join(f"{n}: {ask.d(Thing.model_fields[n].description)}" for n in extras))
        links = ask.text("things.links", " " + ask.w("links as thing.field=id", "其他关联") + f", comma-separated ({', '.join(extras)}; e.g. pipes.part_of=flat) (blank: none)",
                         default="", check=_links(data["things"], pools, extras))
        for thing_id, name, value in _parse_links(links):
            item = next(t for t in data["things"] if t["id"] == thing_id)
            if typing.get_origin(Thing.model_fields[name].annotation) is list:
                item.setdefault(name, []).append(value)
            else:
                item[name] = value

    ask.say(ask.w("法律关系", "relationships — contracts, lease, employment between the parties"))
    data["relationships"] = []
    kinds = {_kind(c): c for c in _members(Relationship)}
    for rid in _split(ask.text("relationships", " " + ask.w("relationship ids", "关系标识") + ", comma-separated (blank: none)", default="", check=_new_ids(taken, 0))):
        taken.add(rid)
        cls = kinds[ask.choice(f"relationships.{rid}.kind", f" {rid}: " + ask.w("kind", "类别"), list(kinds))]
        rel: dict[str, Any] = {"id": rid, "kind": _kind(cls)}
        for name, field in cls.model_fields.items():
            if name not in SKIP and not _is_fact(field):
                rel[name] = _field(ask, f"relationships.{rid}.{name}", rid + ":", name, field, cls.ROLES, pools, rid, new_item, rel)
        data["relationships"].append(rel)

    ask.say(ask.w("事件", "events — what each party did or failed to do, and what happened"))
    data["events"] = []
    kinds = {_kind(c): c for c in _members(Event)}
    eids.extend(_split(ask.text("events", " " + ask.w("event ids", "事件标识") + ", comma-separated (e.g. leak, refusal)", check=_new_ids(taken, 1))))
    taken.update(eids)
    pools["events"] = list(eids)  # an event may refer to a later one
    for eid in eids:  # an event named on the way is asked about in its turn
        cls = kinds[ask.choice(f"events.{eid}.kind", f" {eid}: " + ask.w("kind", "类别"), list(kinds))]
        event: dict[str, Any] = {"id": eid, "kind": _kind(cls)}
        event["description"] = ask.text(f"events.{eid}.description", f" {eid}: " + ask.w("what happened", "说明"), default="")
        for name, field in cls.model_fields.items():
            if name not in SKIP and not _is_fact(field):
                event[name] = _field(ask, f"events.{eid}.{name}", eid + ":", name, field, EVENT_REFS, pools, eid, new_item, event)
        data["events"].append(event)

    ask.say(ask.w("损害", "harms — who suffered what, caused by which events, claimed against whom"))
    data["harms"] = []
    harm_kinds = list(typing.get_args(Harm.model_fields["kind"].annotation))
    for hid in _split(ask.text("harms", " " + ask.w("harm ids", "损害标识") + ", comma-separated (e.g. damage)", check=_new_ids(taken, 1))):
        taken.add(hid)
        d = {n: ask.d(f.description) for n, f in Harm.model_fields.items()}
        k = f"harms.{hid}."
        harm: dict[str, Any] = {"id": hid, "description": ask.text(k + "description", f" {hid}: " + ask.w("what harm", "损害"), default="")}
        harm["victim"] = ask.choice(k + "victim", f" {hid}: victim — {d['victim']}", pools["parties"])
        if pools["things"]:
            harm["thing"] = ask.choice(k + "thing", f" {hid}: thing — {d['thing']}", pools["things"], optional=True)
        harm["kind"] = ask.choice(k + "kind", f" {hid}: kind — {d['kind']}", harm_kinds, default="property")
        only = pools["events"][0] if len(pools["events"]) == 1 else None
        harm["caused_by"] = ask.many(k + "caused_by", f" {hid}: caused by — {d['caused_by']}", pools["events"], at_least=1, default=only)
        harm["claimed_against"] = ask.many(k + "claimed_against", f" {hid}: claimed against — {d['claimed_against']}", pools["parties"])
        amount = ask.text(k + "amount", f" {hid}: " + ask.w("amount in CNY", "金额") + " (blank if unknown)", default="", check=_optional(_number))
        if amount:
            harm["amount"] = _as_number(amount)
        data["harms"].append(harm)

    data = _prune(data)
    problems = _problems(data)
    if problems:  # a safety net: the questions above leave nothing required out
        for p in problems:
            ask.say(f"  ✗ {p}")
        # no answer but `<` (Back) or Ctrl-C leaves this question
        ask.text("incomplete", "the story is not complete: `<` goes back to change it",
                 check=lambda a: "answer < to go back (or Ctrl-C to stop and resume later)")
    return data


def _problems(data: dict) -> list[str]:
    from pydantic import ValidationError

    try:
        incident = Incident.model_validate(data)
    except ValidationError as e:
        return [f"{'.'.join(str(x) for x in err['loc'])}: {err['msg']}" for err in e.errors()]
    return [str(p) for p in incident.reference_problems()]


def _prune(data: Any) -> Any:
    """Drop empty values so the file shows only what was said. A fact answered unknown stays."""
    if isinstance(data, dict):
        return {k: _prune(v) for k, v in data.items() if v not in (None, "", [])}
    if isinstance(data, list):
        return [_prune(x) for x in data]
    return data


# ---------------------------------------------------------------------- what the decision turns on
_CACHE: dict[str, Any] = {}


def assess_data(data: dict):
    """liability.assess(..., investigate=True) of the data so far (kept: replaying asks it again)."""
    from .pipeline import assess

    key = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    if key not in _CACHE:
        if len(_CACHE) > 256:
            _CACHE.clear()
        _CACHE[key] = assess(Incident.model_validate(data), investigate=True)
    return _CACHE[key]


def turning_points(incident: Incident, assessment) -> list[str]:
    """The unknown facts the assessment's questions and leads name, questions first, each once."""
    from .whatif import unknown_facts

    unknown = set(unknown_facts(incident))
    named = [q.fact for q in assessment.questions] + [lead.fact for lead in assessment.leads or []]
    return [f for f in dict.fromkeys(named) if f in unknown]


def _item(data: dict, path: str) -> tuple[dict, str]:
    group, ident, name = split_path(path)
    return next(x for x in data[group] if x.get("id") == ident), name


def _model_field(incident: Incident, path: str):
    group, ident, name = split_path(path)
    item = next(x for x in getattr(incident, group) if x.id == ident)
    return item, type(item).model_fields[name]


def _with(data: dict, path: str, value: Any) -> dict:
    new = json.loads(json.dumps(data, default=str))
    item, name = _item(new, path)
    item[name] = value
    return new


def _finding(f) -> str:
    degree = f" ({f.degree})" if getattr(f, "degree", None) else ""
    kind = f.kind.value if hasattr(f.kind, "value") else f.kind
    return f"{f.party} {kind}{degree} — {f.harm}"


def _lead_line(leads, ask: "Asker | None" = None) -> str:
    """What each value of the fact would change, in a short line."""
    parts = []
    for lead in leads:
        changes = [c for c in lead.changes if c.gained] or lead.changes
        shown = "; ".join(("" if c.gained else "no longer ") + _finding(c) for c in changes[:3])
        more = f"; +{len(changes) - 3} more" if len(changes) > 3 else ""
        value = lead.value if isinstance(lead.value, str) else str(lead.value).lower()
        parts.append(f"{value} → {shown}{more}")
    return "    " + (ask.w("would change", "将改变") if ask else "would change / 将改变") + ": " + " | ".join(parts)


def follow_up(ask: Asker, data: dict) -> dict:
    """Ask the unknown facts the decision turns on, re-assessing after each answer."""
    from .whatif import fact_values

    ask.say(
        "\n决定所系的事实 / what the decision turns on — only the facts the engine says matter, one at a time: "
        f"true / false / unknown (unknown is written as unknown); `{STOP}` writes the file now."
    )
    asked: set[str] = set()
    shown: frozenset | None = None
    while True:
        incident = Incident.model_validate(data)
        a = assess_data(data)
        left = [f for f in turning_points(incident, a) if f not in asked]
        decision = frozenset(_finding(f) for f in a.findings)
        if left:
            ask.say(f"  现状 / status: {a.status} — {len(left)} fact(s) the decision turns on / 待查事实 {len(left)} 项" if ask.lang is None else
                    "  " + ask.w(f"现状：{a.status}，待查事实 {len(left)} 项", f"status: {a.status} — {len(left)} fact(s) the decision turns on"))
        else:
            ask.say(f"  现状 / status: {a.status} — no unknown fact left that the decision turns on / 没有其他决定所系的未知事实" if ask.lang is None else
                    "  " + ask.w(f"现状：{a.status}，没有其他决定所系的未知事实", f"status: {a.status} — no unknown fact left that the decision turns on"))
        if decision != shown:
            ask.say("".join(f"    {line}\n" for line in sorted(decision)).rstrip("\n") or "    (" + ask.w("no finding yet", "尚无结论") + ")")
            shown = decision
        if not left:
            return data
        path = left[0]
        item, field = _model_field(incident, path)
        about = getattr(item, "description", None) or getattr(item, "name", None)
        ask.say(f"  {path}{f' ({about})' if about else ''}: {ask.d(field.description)}")
        needs = [q for q in a.questions if q.fact == path]
        if needs:
            whom = ", ".join(sorted({f"{q.party or '-'}/{q.harm or '-'}" for q in needs}))
            ask.say("    " + ask.w("a rule needs it", "规则需要此事实") + f" (party/harm: {whom})")
        leads = [lead for lead in a.leads or [] if lead.fact == path]
        if leads:
            ask.say(_lead_line(leads, ask))
        values = [v if isinstance(v, str) else str(v).lower() for v in fact_values(item, split_path(path)[2])]
        # a person's capacity may be answered by the age instead: the law of the incident's date gives a
        # minor's (liability.capacity); from sixteen it is asked again, the age said
        age_path = path.removesuffix(".capacity") + ".age" if path.startswith("parties.") and path.endswith(".capacity") else None
        if age_path and getattr(item, "age", None) is None:
            ask.say("    " + ask.w("or type the age in full years on the incident date: for a minor under 16 the law of that date gives the capacity",
                                    "或者填事发时的年龄（周岁）：不满十六周岁的，按事发时的法律确定"))
        else:
            age_path = None
        options = [*values, UNKNOWN, STOP]
        or_age = (" " + ask.w("or an age, 0–150", "或年龄 0–150")) if age_path else ""

        def check(answer: str, path: str = path) -> str | None:
            if age_path and answer.isdigit():
                problems = _problems(_with(data, age_path, int(answer)))
                return problems[0] if problems else None
            if answer not in (*values, UNKNOWN, STOP):
                return f"choose one of: {', '.join(options)}{or_age}"
            if answer in (UNKNOWN, STOP):
                return None
            problems = _problems(_with(data, path, _value(answer)))
            return problems[0] if problems else None

        answer = ask.text(f"fact:{path}", f"  {path} ({'/'.join(options)}{or_age})", default=UNKNOWN, check=check)
        if answer == STOP:
            ask.say("  " + ask.w("stopped: the facts not asked are left out of the file", "其余未问的事实不写入文件"))
            return data
        item_data, name = _item(data, path)
        if age_path and answer.isdigit():
            item_data["age"] = int(answer)  # not yet asked: from sixteen the capacity itself is asked next
            continue
        asked.add(path)
        item_data[name] = _value(answer)


def _value(answer: str) -> bool | str:
    return {"true": True, "false": False}.get(answer, answer)


def interview(ask: Asker) -> dict:
    """Ask for an incident; returns the data of a valid incident file. Raises Back on `<`."""
    return follow_up(ask, skeleton(ask))


def run(
    ask: Callable[[str], str],
    say: Callable[[str], None],
    recorded: Iterable[tuple[str, str]] = (),
    save: Callable[[Answers], None] | None = None,
) -> tuple[dict, Answers]:
    """The interview with going back: on `<` the last answer is dropped and the rest replayed (the
    question is asked again, its answer offered as the default). Returns the data and the answers."""
    recorded = list(recorded)
    earlier: dict[str, str] = {}
    while True:
        asker = Asker(ask, say, recorded, earlier, save)
        try:
            return interview(asker), asker.answers
        except Back:
            recorded = list(asker.answers)
            key, answer = recorded.pop()
            earlier = {**asker.earlier, key: answer}
            if save:
                save(list(recorded))
            say("  ↩ back / 返回上一问")


# ------------------------------------------------------------------------- the output and progress
def partial_path(output: Path) -> Path:
    return output.with_name(output.name + ".partial.json")


def target_problem(output: Path) -> str | None:
    """Why the incident file cannot be written there, or None. Checked before the first question."""
    if output.is_dir():
        return "is a directory; give a file name (e.g. -o incident.yaml)"
    parent = output.parent
    if not parent.exists():
        return f"directory {str(parent)!r} does not exist"
    if not parent.is_dir():
        return f"{str(parent)!r} is not a directory"
    try:  # a real probe: permissions, a read-only file system
        with tempfile.NamedTemporaryFile(dir=parent, prefix=".liability-new-"):
            pass
    except OSError as e:
        return f"directory {str(parent)!r} is not writable ({e.strerror or e})"
    if output.exists() and not os.access(output, os.W_OK):
        return "exists and is not writable"
    return None


def save_partial(output: Path, answers: Answers) -> Path:
    """Write the answers so far beside the output (atomically)."""
    path = partial_path(output)
    body = {"liability-new": 1, "output": output.name, "answers": [list(x) for x in answers]}
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def load_partial(output: Path) -> Answers:
    """The answers saved beside the output ([] if none); ValueError if the file is not one of ours."""
    path = partial_path(output)
    if not path.is_file():
        return []
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
        answers = body["answers"]
        if body.get("liability-new") != 1 or not all(isinstance(x, list) and len(x) == 2 and all(isinstance(y, str) for y in x) for x in answers):
            raise ValueError
    except (ValueError, KeyError, TypeError, OSError):
        raise ValueError(f"{path}: not a saved `liability new` interview; remove it to start afresh") from None
    return [(k, a) for k, a in answers]


def to_yaml(data: dict, schema: str | None = None) -> str:
    """A commented incident file: the schema line for editors, and each section explained."""
    Incident.model_validate(data)  # never write an invalid file
    head = [f"# yaml-language-server: $schema={schema}"] if schema else [
        "# For completion in your editor: `liability schema -o incident.schema.json`, then add",
        "# `# yaml-language-server: $schema=incident.schema.json` as the first line.",
    ]
    head += [
        "# 由 `liability new` 生成 / written by `liability new`.",
        "# A fact written `unknown` was asked and is not known yet. Facts left out were not asked: on what",
        "# was known they did not change the decision. Left out is unknown, never false; add them",
        "# (true / false) as you learn them — `liability assess` lists those that come to matter.",
    ]
    notes = {
        "parties": "当事人 / the parties",
        "things": "相关之物及其所有人、管理人、使用人 / the things and who owns, manages and uses them",
        "relationships": "合同、雇佣等关系 / contracts, employment and other relationships",
        "events": "各方的作为与不作为 / what each party did or failed to do",
        "harms": "损害：受害人、原因、向谁主张 / harms: victim, causes, who is claimed against",
    }
    body = []
    for key, value in data.items():
        if key == "date" and isinstance(value, str):
            value = dt.date.fromisoformat(value)  # written as a date, not as quoted text
        if key in notes:
            body.append(f"\n# {notes[key]}")
        body.append(yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False, default_flow_style=False).rstrip())
    return "\n".join(head) + "\n" + "\n".join(body) + "\n"

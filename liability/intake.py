"""Guided intake: ask for the facts in the terminal and write a valid, commented incident file.

Everything asked comes from the model: the kinds offered are the model's enums and union members,
the fields asked for each kind are its fields, the hints are their zh / en descriptions, and ids are
checked as they are entered. A new kind of event in liability.model is asked about without a change
here.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import typing
from typing import Any, Callable

import yaml

from .model import EVENT_REFS, UNKNOWN, Event, Harm, Incident, PartyKind, Relationship, ThingKind

ID = re.compile(r"^[\w][\w\-.]*$")
SKIP = {"id", "kind", "date", "until", "since", "description"}


def _members(union) -> list[type]:
    return list(typing.get_args(typing.get_args(union)[0]))


def _kind(cls: type) -> str:
    return typing.get_args(cls.model_fields["kind"].annotation)[0]


class Asker:
    """The questions, over any input/output pair (the terminal, or a test's scripted answers)."""

    def __init__(self, ask: Callable[[str], str], say: Callable[[str], None]):
        self._ask, self.say = ask, say

    def text(self, question: str, *, default: str | None = None, check: Callable[[str], str | None] | None = None) -> str:
        while True:
            hint = f" [{default}]" if default not in (None, "") else ""
            answer = self._ask(f"{question}{hint}: ").strip()
            if not answer and default is not None:
                answer = default
            problem = check(answer) if check else None
            if problem is None:
                return answer
            self.say(f"  ✗ {problem}")

    def choice(self, question: str, options: list[str], *, default: str | None = None, optional: bool = False) -> str | None:
        shown = "/".join(options) + ("/-" if optional else "")
        def check(a: str) -> str | None:
            if optional and a in ("", "-"):
                return None
            return None if a in options else f"choose one of: {', '.join(options)}" + (" (or - for none)" if optional else "")
        answer = self.text(f"{question} ({shown})", default=default, check=check)
        return None if optional and answer in ("", "-") else answer

    def many(self, question: str, options: list[str], *, at_least: int = 0) -> list[str]:
        def check(a: str) -> str | None:
            items = [x.strip() for x in a.split(",") if x.strip()]
            bad = [x for x in items if x not in options]
            if bad:
                return f"unknown: {', '.join(bad)} (known: {', '.join(options)})"
            if len(items) < at_least:
                return f"give at least {at_least}, separated by commas"
            return None
        answer = self.text(f"{question} ({', '.join(options)}; comma-separated)", default="" if at_least == 0 else None, check=check)
        return [x.strip() for x in answer.split(",") if x.strip()]

    def yes(self, question: str, default: bool = False) -> bool:
        answer = self.choice(question, ["y", "n"], default="y" if default else "n")
        return answer == "y"

    def fact(self, question: str) -> bool | str:
        answer = self.choice(question, ["true", "false", "unknown"], default="unknown")
        return {"true": True, "false": False}.get(answer, UNKNOWN)


def _new_id(taken: set[str]) -> Callable[[str], str | None]:
    def check(a: str) -> str | None:
        if not ID.match(a) or len(a) > 64:
            return "an id is letters, digits, 汉字, -, _ or . (no spaces)"
        if a in taken:
            return f"{a!r} is already used"
        return None
    return check


def _date(optional: bool = False) -> Callable[[str], str | None]:
    def check(a: str) -> str | None:
        if optional and a == "":
            return None
        try:
            dt.date.fromisoformat(a)
        except ValueError:
            return "a date is YYYY-MM-DD"
        return None
    return check


def _field(ask: Asker, cls: type, name: str, field, refs: dict[str, str], pools: dict[str, list[str]], self_id: str) -> Any:
    desc = field.description or name
    ann = field.annotation
    origin = typing.get_origin(ann)
    args = typing.get_args(ann)
    if name in refs:
        pool = [x for x in pools[refs[name]] if x != self_id]
        if origin is list:
            return ask.many(f"  {name} — {desc}", pool, at_least=1 if field.is_required() else 0) if pool else []
        if not pool:
            return None
        return ask.choice(f"  {name} — {desc}", pool, optional=not field.is_required())
    if origin is typing.Literal:  # a choice; where it may be unknown, unknown is the default answer
        return ask.choice(f"  {name} — {desc}", list(args), default=UNKNOWN if UNKNOWN in args else None)
    if field.default == UNKNOWN:
        return ask.fact(f"  {name} — {desc}")
    if isinstance(ann, type) and issubclass(ann, enum.Enum):
        return ask.choice(f"  {name} — {desc}", [m.value for m in ann])
    if origin is list and args and typing.get_origin(args[0]) is typing.Literal:
        return ask.many(f"  {name} — {desc}", list(typing.get_args(args[0])))
    return None  # free text and optional extras are left for the handler to add in the file


def interview(ask: Asker) -> dict:
    """Ask for an incident; returns the data of a valid incident file."""
    ask.say("新建事故文件 / new incident file — answers in brackets are defaults; ids are short names you choose.")
    data: dict[str, Any] = {"title": ask.text("title / 标题", default="")}
    data["date"] = ask.text("date of the incident / 事故日期 (YYYY-MM-DD)", check=_date())
    taken: set[str] = set()
    pools: dict[str, list[str]] = {"parties": [], "things": [], "events": []}

    ask.say("当事人 / parties")
    data["parties"] = []
    while not data["parties"] or ask.yes("another party?"):
        pid = ask.text(" party id", check=_new_id(taken))
        taken.add(pid)
        data["parties"].append(
            {"id": pid, "kind": ask.choice(" kind", [k.value for k in PartyKind]), "name": ask.text(" name / 名称", default=pid)}
        )
        pools["parties"].append(pid)

    ask.say("相关之物 / things")
    data["things"] = []
    while ask.yes("add a thing?"):
        tid = ask.text(" thing id", check=_new_id(taken))
        taken.add(tid)
        thing: dict[str, Any] = {"id": tid, "kind": ask.choice(" kind", [k.value for k in ThingKind]), "name": ask.text(" name", default=tid)}
        for role in ("owner", "manager", "occupant"):
            thing[role] = ask.choice(f" {role}", pools["parties"], optional=True)
        data["things"].append(thing)
        pools["things"].append(tid)

    ask.say("法律关系 / relationships")
    data["relationships"] = []
    kinds = {_kind(c): c for c in _members(Relationship)}
    while ask.yes("add a relationship?"):
        rid = ask.text(" relationship id", check=_new_id(taken))
        taken.add(rid)
        cls = kinds[ask.choice(" kind", list(kinds))]
        rel: dict[str, Any] = {"id": rid, "kind": _kind(cls)}
        for name, field in cls.model_fields.items():
            if name not in SKIP:
                rel[name] = _field(ask, cls, name, field, cls.ROLES, pools, rid)
        data["relationships"].append(rel)

    ask.say("事件：各方做了什么、没做什么 / events: what each party did or failed to do")
    data["events"] = []
    kinds = {_kind(c): c for c in _members(Event)}
    pending: list[tuple[dict, type]] = []
    while not data["events"] or ask.yes("another event?"):
        eid = ask.text(" event id", check=_new_id(taken))
        taken.add(eid)
        cls = kinds[ask.choice(" kind", list(kinds))]
        event: dict[str, Any] = {"id": eid, "kind": _kind(cls), "description": ask.text(" what happened / 说明", default="")}
        data["events"].append(event)
        pools["events"].append(eid)
        pending.append((event, cls))
    for event, cls in pending:  # event-to-event references can point forwards, so ask them last
        ask.say(f"event {event['id']} ({event['kind']})")
        for name, field in cls.model_fields.items():
            if name not in SKIP:
                event[name] = _field(ask, cls, name, field, EVENT_REFS, pools, event["id"])

    ask.say("损害 / harms")
    data["harms"] = []
    harm_kinds = list(typing.get_args(Harm.model_fields["kind"].annotation))
    while not data["harms"] or ask.yes("another harm?"):
        hid = ask.text(" harm id", check=_new_id(taken))
        taken.add(hid)
        harm = {
            "id": hid,
            "victim": ask.choice(" victim / 受害人", pools["parties"]),
            "thing": ask.choice(" thing harmed", pools["things"], optional=True) if pools["things"] else None,
            "kind": ask.choice(" kind", harm_kinds, default="property"),
            "description": ask.text(" description / 说明", default=""),
            "caused_by": ask.many(" caused by (events)", pools["events"], at_least=1),
            "claimed_against": ask.many(" claimed against (parties)", pools["parties"]),
            "victim_at_fault": ask.fact(" victim_at_fault — " + (Harm.model_fields["victim_at_fault"].description or "")),
        }
        amount = ask.text(" amount in CNY (blank if unknown)", default="", check=lambda a: None if a == "" or re.match(r"^\d+(\.\d+)?$", a) else "a number, or blank")
        if amount:
            harm["amount"] = float(amount) if "." in amount else int(amount)
        data["harms"].append(harm)
    return _prune(data)


def _prune(data: Any) -> Any:
    """Drop empty values so the file shows only what was said (left out = unknown / none)."""
    if isinstance(data, dict):
        return {k: _prune(v) for k, v in data.items() if v not in (None, "", [], UNKNOWN)}
    if isinstance(data, list):
        return [_prune(x) for x in data]
    return data


def to_yaml(data: dict, schema: str | None = None) -> str:
    """A commented incident file: the schema line for editors, and each section explained."""
    Incident.model_validate(data)  # never write an invalid file
    head = [f"# yaml-language-server: $schema={schema}"] if schema else [
        "# For completion in your editor: `liability schema -o incident.schema.json`, then add",
        "# `# yaml-language-server: $schema=incident.schema.json` as the first line.",
    ]
    head += [
        "# 由 `liability new` 生成 / written by `liability new`. Facts left out are unknown, never false:",
        "# add them (true / false) as you learn them; `liability assess` lists those that matter.",
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
        if key in notes:
            body.append(f"\n# {notes[key]}")
        body.append(yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False, default_flow_style=False).rstrip())
    return "\n".join(head) + "\n" + "\n".join(body) + "\n"

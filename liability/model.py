"""The incident model: what happened, as a handler writes it down. Immutable, typed, validated.

An incident says who the parties are, which things were involved, which relationships bound the
parties, what each did or failed to do (events) and what harm resulted. It never names a
doctrine: the rule base decides which law applies.

Facts that may be unknown are three-valued: ``true``, ``false`` or ``"unknown"`` (the default when
a fact is left out). Unknown is never read as false.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints

from .errors import Problem

UNKNOWN = "unknown"

Fact = Annotated[
    StrictBool | Literal["unknown"],
    Field(description="true / false / unknown（未知）", json_schema_extra={"default": UNKNOWN}),
]
Id = Annotated[
    str,
    StringConstraints(min_length=1, max_length=64, pattern=r"^[\w][\w\-.]*$"),
    Field(description="标识：字母、数字、汉字、-、_、. / identifier: letters, digits, -, _, ."),
]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


# --------------------------------------------------------------------------------------- parties
class PartyKind(StrEnum):
    """Who a party is. Rules look at relationships more than at kinds; the kind says what a
    party is in the world (an owner, a company), not which doctrine applies."""

    owner = "owner"  # 业主
    tenant = "tenant"  # 承租人
    occupant = "occupant"  # 实际使用人
    property_service_company = "property-service-company"  # 物业服务企业
    developer = "developer"  # 建设单位 / 开发商
    builder = "builder"  # 施工单位
    contractor = "contractor"  # 承揽人 / 装修公司
    worker = "worker"  # 工作人员 / 雇员
    employer = "employer"  # 用人单位 / 雇主
    service_provider = "service-provider"  # 家政等劳务服务机构
    custodian = "custodian"  # 保管人
    visitor = "visitor"  # 访客
    public_authority = "public-authority"  # 公安、行政机关
    unknown_person = "unknown-person"  # 身份不明的人
    other = "other"


class Party(Frozen):
    id: Id
    kind: PartyKind = Field(description="当事人类别 / kind of party")
    name: str | None = Field(None, description="名称 / name as the file shows it")


# ---------------------------------------------------------------------------------------- things
class ThingKind(StrEnum):
    unit = "unit"  # 专有部分：房屋 / a flat or other exclusive part
    pipe = "pipe"  # 管道
    drain = "drain"  # 下水道、地漏
    window = "window"
    door = "door"
    wall = "wall"
    common_part = "common-part"  # 共有部分
    equipment = "equipment"  # 设施设备
    vehicle = "vehicle"
    belongings = "belongings"  # 室内物品、动产
    building = "building"
    other = "other"


class Thing(Frozen):
    id: Id
    kind: ThingKind = Field(description="物的类别 / kind of thing")
    name: str | None = Field(None, description="名称 / name")
    owner: Id | None = Field(None, description="所有人（当事人标识）/ owner (party id)")
    manager: Id | None = Field(None, description="管理人 / manager (party id)")
    occupant: Id | None = Field(None, description="使用人、占有人 / user or occupier (party id)")
    part_of: Id | None = Field(None, description="所属之物 / the thing this is part of (thing id)")


# ------------------------------------------------------------------------------- relationships
class _Relationship(Frozen):
    id: Id
    since: dt.date | None = Field(None, description="成立日期 / from")
    until: dt.date | None = Field(None, description="终止日期 / until")


class PropertyServiceContract(_Relationship):
    """物业服务合同：the company serves the owners of an estate."""

    kind: Literal["property-service-contract"]
    provider: Id = Field(description="物业服务人 / the property-service company (party id)")
    clients: list[Id] = Field(min_length=1, description="业主 / owners served (party ids)")


class Lease(_Relationship):
    kind: Literal["lease"]
    lessor: Id = Field(description="出租人 / lessor (party id)")
    lessee: Id = Field(description="承租人 / lessee (party id)")
    thing: Id | None = Field(None, description="租赁物 / leased thing (thing id)")


class Employment(_Relationship):
    """用人单位与工作人员（含雇佣关系）/ employer and worker."""

    kind: Literal["employment"]
    employer: Id = Field(description="用人单位 / employer (party id)")
    employee: Id = Field(description="工作人员 / worker (party id)")


Relationship = Annotated[
    Union[PropertyServiceContract, Lease, Employment],
    Field(discriminator="kind"),
]


# ---------------------------------------------------------------------------------------- events
class _Event(Frozen):
    id: Id
    date: dt.date | None = Field(None, description="发生日期；缺省为事故日期 / date (default: incident date)")
    until: dt.date | None = Field(None, description="持续至 / continued until")
    description: str | None = Field(None, description="说明 / what happened, in words")


class Leak(_Event):
    """漏水、跑水、污水外溢 / water or sewage escapes from a thing."""

    kind: Literal["leak"]
    source: Id = Field(description="漏水来源之物 / where it escapes from (thing id)")
    actor: Id | None = Field(
        None, description="对漏水来源负责的人 / the party whose conduct or keeping caused it (party id)"
    )
    fault: Fact = Field(UNKNOWN, description="该人有过错 / that party was at fault")
    natural_cause: Fact = Field(UNKNOWN, description="由自然原因引起 / caused by natural forces")


class FailureToAct(_Event):
    """不作为：负有义务者未采取措施 / a party with a duty did not act."""

    kind: Literal["failure-to-act"]
    actor: Id = Field(description="未作为的人 / the party who did not act (party id)")
    regarding: Id = Field(description="应当应对的事件 / the event it should have responded to (event id)")
    duty: Literal["emergency-measures", "repair", "inspection", "report", "security"] = Field(
        description="未履行的义务 / the duty not performed"
    )
    knew: Fact = Field(UNKNOWN, description="知道或者被告知 / knew or was told of the event")
    able_to_act: Fact = Field(UNKNOWN, description="能够采取措施 / could have acted")


class EmergencyMeasure(_Event):
    """紧急措施：为避免危险而损害他人之物 / harm done to avert a danger."""

    kind: Literal["emergency-measure"]
    actor: Id = Field(description="采取措施的人 / the party who acted (party id)")
    averts: Id = Field(description="所避免的危险事件 / the danger averted (event id)")
    thing: Id | None = Field(None, description="因措施受损之物 / the thing the measure damaged (thing id)")
    danger_present: Fact = Field(UNKNOWN, description="危险正在发生 / the danger was real and present")
    other_means: Fact = Field(UNKNOWN, description="有其他可行办法 / a milder means was available")
    excessive: Fact = Field(
        UNKNOWN, description="措施不当或者超过必要限度 / the measure was improper or beyond what was needed"
    )


Event = Annotated[Union[Leak, FailureToAct, EmergencyMeasure], Field(discriminator="kind")]


# ----------------------------------------------------------------------------------------- harms
class Harm(Frozen):
    id: Id
    victim: Id = Field(description="受害人 / who suffered it (party id)")
    thing: Id | None = Field(None, description="受损之物 / the thing harmed (thing id)")
    kind: Literal["property", "personal", "economic"] = Field("property", description="损害类别 / kind of harm")
    amount: Decimal | None = Field(None, ge=0, description="金额（元）/ amount in CNY, where known")
    caused_by: list[Id] = Field(min_length=1, description="造成损害的事件 / events that caused it (event ids)")
    description: str | None = None


# -------------------------------------------------------------------------------------- incident
class Incident(Frozen):
    """One incident: the facts a handler knows."""

    title: str | None = Field(None, description="标题 / title")
    date: dt.date = Field(description="事故日期（决定适用的法律）/ date of the incident (decides the law)")
    place: str | None = Field(None, description="地点 / place")
    parties: list[Party] = Field(min_length=1)
    things: list[Thing] = Field(default_factory=list)
    relationships: list[Relationship] = Field(default_factory=list)
    events: list[Event] = Field(min_length=1)
    harms: list[Harm] = Field(min_length=1)

    def reference_problems(self) -> list[Problem]:
        """Every id that is duplicated or points at nothing (or at the wrong kind of thing)."""
        problems: list[Problem] = []
        seen: dict[str, str] = {}
        groups = {
            "parties": self.parties,
            "things": self.things,
            "relationships": self.relationships,
            "events": self.events,
            "harms": self.harms,
        }
        for group, items in groups.items():
            for i, item in enumerate(items):
                if item.id in seen:
                    problems.append(Problem(f"id {item.id!r} is already used at {seen[item.id]}", f"{group}.{i}.id"))
                else:
                    seen[item.id] = f"{group}.{i}"
        ids = {g: {x.id for x in items} for g, items in groups.items()}

        def need(value: str | None, group: str, path: str) -> None:
            if value is not None and value not in ids[group]:
                what = {"parties": "party", "things": "thing", "events": "event"}[group]
                known = ", ".join(sorted(ids[group])) or "none"
                problems.append(Problem(f"no {what} with id {value!r} (known: {known})", path))

        for i, t in enumerate(self.things):
            for f in ("owner", "manager", "occupant"):
                need(getattr(t, f), "parties", f"things.{i}.{f}")
            need(t.part_of, "things", f"things.{i}.part_of")
        for i, r in enumerate(self.relationships):
            for f, spec in type(r).model_fields.items():
                if f in ("id", "kind", "since", "until"):
                    continue
                group = "things" if f == "thing" else "parties"
                value = getattr(r, f)
                if isinstance(value, list):
                    for j, v in enumerate(value):
                        need(v, group, f"relationships.{i}.{f}.{j}")
                else:
                    need(value, group, f"relationships.{i}.{f}")
        for i, e in enumerate(self.events):
            need(getattr(e, "actor", None), "parties", f"events.{i}.actor")
            for f in ("source", "thing"):
                need(getattr(e, f, None), "things", f"events.{i}.{f}")
            for f in ("regarding", "averts"):
                target = getattr(e, f, None)
                need(target, "events", f"events.{i}.{f}")
                if target == e.id:
                    problems.append(Problem("an event cannot refer to itself", f"events.{i}.{f}"))
            if e.until is not None and e.until < (e.date or self.date):
                problems.append(Problem(f"until {e.until} is before the event's date", f"events.{i}.until"))
        for i, h in enumerate(self.harms):
            need(h.victim, "parties", f"harms.{i}.victim")
            need(h.thing, "things", f"harms.{i}.thing")
            for j, c in enumerate(h.caused_by):
                need(c, "events", f"harms.{i}.caused_by.{j}")
        return problems

    def event_date(self, event: _Event) -> dt.date:
        return event.date or self.date

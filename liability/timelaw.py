"""The time-law step: which date's law governs each doctrine, decided before any rule fires.

Driven by data (statutes/timelaw.yaml): the Supreme People's Court's rules on the Civil Code's
time effect, in the order a court applies them. Its finding is the first link of every reasoning
chain. The earlier boundaries (1999, 2007, 2010-07-01, 2017-10-01) follow the law of the time of
the act — the statute library's periods resolve each provision on that date.

Where a court *may* apply the Civil Code to older facts (SPCTE arts. 2–3) the decision stays under
the old law; liability.pipeline computes the Civil Code outcome as an alternative.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

from .library import Registry, timelaw_spec
from .model import Incident, PropertyServiceContract

DOCTRINES = (
    "emergency-avoidance",
    "tort",
    "falling-objects",
    "thrown-objects",
    "property-service",
    "property",
    "contract",
    "fees-after-2021",
    "bookkeeping",
)


@dataclass(frozen=True)
class Step:
    """Why a doctrine is judged by the law of `law_date`."""

    rule: str
    doctrines: tuple[str, ...]
    law_date: dt.date
    article: str | None
    zh: str
    en: str


@dataclass(frozen=True)
class TimeLaw:
    decided_on: dt.date
    facts_date: dt.date
    steps: tuple[Step, ...]
    by_doctrine: dict[str, dt.date] = field(default_factory=dict)
    discretion: tuple[dict, ...] = ()
    boundary: dt.date = dt.date(2021, 1, 1)

    def law_date(self, doctrine: str) -> dt.date:
        return self.by_doctrine.get(doctrine, self.facts_date)

    @property
    def before_boundary(self) -> bool:
        return all(d < self.boundary for d in self.by_doctrine.values())


_spec = timelaw_spec  # read once with the statute library


CONDITIONS = (
    "facts_before", "facts_from", "continues_after", "damage_after", "contract_before", "decided_after_boundary",
    "fees_across", "continues_other",
)


@functools.cache
def _compiled() -> tuple[tuple[dict, dt.date | None, tuple[tuple[str, bool], ...]], ...]:
    """Each time-law rule with its date parsed and its conditions listed, once per process."""
    out = []
    for rule in _spec()["rules"]:
        decided_from = rule.get("decided_from")
        conditions = tuple((c, rule[c]) for c in CONDITIONS if c in rule)
        out.append((rule, _date(decided_from) if decided_from is not None else None, conditions))
    return tuple(out)


@functools.cache
def _boundary() -> dt.date:
    return _date(_spec()["boundary"])


def _holds(rule: dict, doctrine: str, facts: dict[str, bool], conditions: tuple[tuple[str, bool], ...]) -> bool:
    if "doctrines" in rule and doctrine not in rule["doctrines"]:
        return False
    for cond, wanted in conditions:
        if facts[cond] != wanted:
            return False
    return True


def decide(incident: Incident, decided_on: dt.date, registry: Registry) -> TimeLaw:
    spec = _spec()
    boundary = _boundary()
    until = incident.continues_until()
    contracts = [
        r for r in incident.relationships if isinstance(r, PropertyServiceContract) or r.kind in ("lease", "custody-contract", "service-contract", "sale")
    ]
    facts = {
        "facts_before": incident.date < boundary,
        "facts_from": incident.date >= boundary,
        "continues_after": until is not None and until >= boundary,
        "damage_after": incident.damage_appeared is not None and incident.damage_appeared >= boundary,
        "contract_before": any(r.since is not None and r.since < boundary for r in contracts),
        # property fees withheld from before the boundary to after it: instalments on both sides (SPCTE 20)
        "fees_across": any(e.kind == "withholding-fees" and incident.event_date(e) < boundary and e.until is not None and e.until >= boundary for e in incident.events),
        "continues_other": (incident.continuing_until is not None and incident.continuing_until >= boundary)
        or any(e.kind != "withholding-fees" and e.until is not None and e.until >= boundary for e in incident.events),
    }
    by_doctrine: dict[str, dt.date] = {}
    chosen: dict[str, dict] = {}
    applicable = [(rule, conditions) for rule, since, conditions in _compiled() if since is None or decided_on >= since]
    for doctrine in DOCTRINES:
        for rule, conditions in applicable:
            if _holds(rule, doctrine, facts, conditions):
                chosen[doctrine] = rule
                by_doctrine[doctrine] = max(boundary, incident.date) if rule["govern"] == "boundary" else incident.date
                break
    steps: list[Step] = []
    for rule in spec["rules"]:
        doctrines = tuple(d for d in DOCTRINES if chosen.get(d) is rule and d != "bookkeeping")
        if not doctrines:
            continue
        day = by_doctrine[doctrines[0]]
        art = registry.resolve(rule["article"], decided_on) if rule.get("article") else None
        steps.append(
            Step(
                rule=rule["id"],
                doctrines=doctrines,
                law_date=day,
                article=art.id if art else None,
                zh=f"{rule['zh']}（事实发生于{incident.date}，处理于{decided_on}）",
                en=f"{rule['en']} (facts of {incident.date}, decided on {decided_on})",
            )
        )
    return TimeLaw(
        decided_on=decided_on,
        facts_date=incident.date,
        steps=tuple(steps),
        by_doctrine=by_doctrine,
        discretion=tuple(spec.get("discretion") or ()),
        boundary=boundary,
    )


def _date(v) -> dt.date:
    return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v))

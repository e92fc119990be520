"""The time-law step: which date's law governs, decided before any rule fires.

Its finding is the first link of every reasoning chain. The principle: the law in force when the
legal fact happened governs (no retroactivity). For matters decided from 2021-01-01 the Supreme
People's Court's rules on the Civil Code's time effect say so expressly (art. 1).

Not yet handled here (issue "Law in time when the facts straddle a boundary"): continuing facts,
damage appearing after 2021, thrown objects under art. 19, contracts performed across the
boundary, and the court's discretion under arts. 2–3. Until then an incident is judged by the law
of its own date, and the assessment says which rule chose it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .library import Registry

CIVIL_CODE_START = dt.date(2021, 1, 1)


@dataclass(frozen=True)
class TimeLaw:
    decided_on: dt.date
    facts_date: dt.date
    by_doctrine: dict[str, dt.date] = field(default_factory=dict)
    provision: str | None = None  # the transitional provision that chose the law, if any
    article: str | None = None  # ...resolved to its article
    zh: str = ""
    en: str = ""

    def law_date(self, doctrine: str) -> dt.date:
        return self.by_doctrine.get(doctrine, self.facts_date)


def decide(facts_date: dt.date, decided_on: dt.date, registry: Registry) -> TimeLaw:
    if decided_on >= CIVIL_CODE_START:
        art = registry.resolve("SPCTE-1", decided_on)
        if facts_date >= CIVIL_CODE_START:
            zh = f"法律事实发生于{facts_date}，在民法典施行后，适用民法典的规定。"
            en = f"The facts happened on {facts_date}, after the Civil Code took effect: the Civil Code applies."
        else:
            zh = f"法律事实发生于{facts_date}，在民法典施行前，适用当时的法律、司法解释的规定。"
            en = (
                f"The facts happened on {facts_date}, before the Civil Code took effect: "
                "the law and judicial interpretations in force at the time apply."
            )
        return TimeLaw(decided_on, facts_date, {}, "SPCTE-1", art.id if art else None, zh, en)
    zh = f"法律事实发生于{facts_date}，适用当时有效的法律（法不溯及既往）。"
    en = f"The facts happened on {facts_date}: the law in force at that time applies (no retroactivity)."
    return TimeLaw(decided_on, facts_date, {}, None, None, zh, en)

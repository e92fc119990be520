"""A natural person's civil capacity from his age, by the law of the incident's date.

Handlers know a child's age, not the category, and the ages changed on 2017-10-01: under the
General Principles of the Civil Law (art. 12) a minor under ten had no capacity and one of ten or
more limited capacity; under the General Provisions and the Civil Code (arts. 19–20) the line is
eight. ``statutes/provisions.yaml`` says which article governed on a date (``CC-20`` no capacity,
``CC-19`` limited, ``CC-18`` full); this module knows only the age each of those articles names.

- A minor under the no-capacity age of the date has none; from it to fifteen, limited. The age
  settles it: a stated capacity that says otherwise is an error of the file (``problems``) — except
  ``none`` for a minor who is limited by age, which the law also gives one who cannot understand
  his acts (GPCL art. 13; GPL / CC art. 21 para. 2).
- Sixteen and seventeen: a minor living mainly on his own labour income is deemed of full capacity
  (GPCL art. 11 para. 2; GPL / CC art. 18 para. 2) — a question, never a guess: it stays unknown.
- Eighteen and over: of full capacity unless unable to understand his acts, which the file must
  say; the age decides nothing.

The capacity the rules see (``liability.facts``) is the stated one, or the one the age gives; the
party's fact also names the article (``capacity_by_age``), which the reasoning chain shows with the
age and the date (``liability.render.premise_text``)."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from .errors import Problem
from .model import LAW_BEGINS

NO_CAPACITY, LIMITED, FULL = "CC-20", "CC-19", "CC-18"  # the provisions, resolved on the date
# The age each governing article draws the line of no capacity at (under it: none).
UNDER = {"GPCL-12": 10, "GPL-20": 8, "CC-20": 8}
SIXTEEN, ADULT = 16, 18
_ZH_NUMBER = {8: "八", 10: "十", 16: "十六", 18: "十八"}
_EN_NUMBER = {8: "eight", 10: "ten", 16: "sixteen", 18: "eighteen"}


@dataclass(frozen=True)
class ByAge:
    """What the law of a date says of a minor of an age: ``capacity`` none or limited (the age
    settles it), or unknown (sixteen or seventeen: asked), and the article that says it."""

    age: int
    on: dt.date
    capacity: str
    article: str
    under: int  # the no-capacity age of the date

    @property
    def settled(self) -> bool:
        return self.capacity != "unknown"

    def zh(self) -> str:
        head = f"{self.age}岁（{self.on.year}年{self.on.month}月{self.on.day}日）："
        if self.capacity == "none":
            return head + f"不满{_ZH_NUMBER[self.under]}周岁的未成年人，无民事行为能力"
        if self.capacity == "limited":
            return head + f"{_ZH_NUMBER[self.under]}周岁以上的未成年人，限制民事行为能力"
        return head + "十六周岁以上的未成年人，以自己的劳动收入为主要生活来源的，视为完全民事行为能力人，否则限制民事行为能力——须查明"

    def en(self) -> str:
        head = f"{self.age} years old on {self.on.isoformat()}: "
        if self.capacity == "none":
            return head + f"a minor under {_EN_NUMBER[self.under]} has no capacity"
        if self.capacity == "limited":
            return head + f"a minor of {_EN_NUMBER[self.under]} or more has limited capacity"
        return head + "a minor of sixteen or more living mainly on his own labour income is deemed of full capacity, otherwise limited — to be established"


@functools.lru_cache(maxsize=512)
def _law_on(on: dt.date) -> tuple[int, str, str, str]:
    """The no-capacity age on a date, and the articles that governed no, limited and full capacity."""
    from .library import registry

    reg = registry()
    articles = []
    for provision in (NO_CAPACITY, LIMITED, FULL):
        art = reg.resolve(provision, on)
        if art is None:  # the library says who governed every day since 1987: a gap is a defect
            raise LookupError(f"no article governed {provision} on {on}")
        articles.append(art.id)
    return (UNDER[articles[0]], *articles)


def by_age(age: int | None, on: dt.date) -> ByAge | None:
    """What the law of ``on`` says of a minor of ``age``; None for an adult or no age."""
    if age is None or age >= ADULT or on < LAW_BEGINS:
        return None  # (a date before the library is the file's own error, reported as such)
    under, none_art, limited_art, full_art = _law_on(on)
    if age < under:
        return ByAge(age, on, "none", none_art, under)
    if age < SIXTEEN:
        return ByAge(age, on, "limited", limited_art, under)
    return ByAge(age, on, "unknown", full_art, under)


def of(capacity: str, age: int | None, on: dt.date) -> tuple[str, str | None]:
    """The capacity the rules see, and the article that gives it by age (None where the age gives
    nothing): a stated capacity stands (``problems`` refuses one the age contradicts); an unknown
    one is the age's where the age settles it; at sixteen or seventeen it stays unknown, with the
    article that makes it a question."""
    b = by_age(age, on)
    if b is None:
        return capacity, None
    if capacity == "unknown":
        return b.capacity, b.article
    return capacity, b.article if capacity == b.capacity else None


def settled(party, on: dt.date) -> bool:
    """Whether the party's unknown capacity is settled by its age (then it is no fact to establish)."""
    if party.capacity != "unknown" or party.age is None:
        return False
    b = by_age(party.age, on)
    return b is not None and b.settled


def problems(incident) -> list[Problem]:
    """Each party under sixteen whose stated capacity the law of the incident's date contradicts:
    the file is wrong (a child of nine in 2015 entered as limited — the Civil Code's age read back)."""
    out = []
    for i, p in enumerate(incident.parties):
        if p.age is None or p.capacity == "unknown":
            continue
        b = by_age(p.age, incident.date)
        if b is None or not b.settled or p.capacity == b.capacity:
            continue
        if p.capacity == "none":
            continue  # a minor who cannot understand his acts has none at any age (GPCL 13; GPL / CC 21 para. 2)
        law, number = b.article.split("-")  # GPCL, GPL, CC: the library's ids (`liability statutes show GPCL-12`)
        rule = f"under {b.under}" if b.capacity == "none" else f"{b.under} to 15"
        out.append(
            Problem(
                f"age {p.age} on {incident.date} means capacity {b.capacity!r} ({rule}: {law} art. {number}), not {p.capacity!r}",
                f"parties.{i}.capacity",
            )
        )
    return out


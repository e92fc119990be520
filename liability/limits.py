"""Size limits on an incident sent to the HTTP API, so that no body under MAX_BODY costs more than
about a second of CPU or a few megabytes of memory (issue 18). Each is far above any incident in
examples/ and precedents/ (the largest has 6 parties, 5 events, 19 items in all, 27 engine facts, a
295-character text and a work of 4,779):

* MAX_BODY bytes in a request body (the file limit of liability.loader);
* MAX_ITEMS items in any list (parties, things, relationships, events, harms, the ids in an item);
* MAX_KEYS keys in any object;
* MAX_TEXT characters in any string (a name, a description, a key);
* MAX_VALUES values in all (objects, lists, strings, numbers) in one incident;
* MAX_FACTS facts for the rule engine: one for each party, thing, relationship, event and harm,
  and one for each id listed in them (clients, promisees, caused_by, claimed_against,
  possible_users, together_with, a co-owner of a thing an event involves);
* MAX_WORK for the leads: the what-if search (liability.whatif.investigate) re-runs the engine on
  the whole incident once for each value each unknown fact could take, so the cost is about
  (re-runs + 1) x facts. Measured at 40 to 180 microseconds of CPU a unit on the machine that set
  it (more for more facts), so at most about a second and a half; without the leads
  (investigate=false) the work is just the facts.

Nothing here imports FastAPI: the limits are plain data and functions over parsed JSON and a
validated Incident, usable by any front end.
"""

from __future__ import annotations

from typing import Any

from .errors import Problem
from .loader import MAX_BYTES, MAX_DEPTH

MAX_BODY = MAX_BYTES
MAX_ITEMS = 100
MAX_KEYS = 100
MAX_TEXT = 2_000
MAX_VALUES = 20_000
MAX_FACTS = 500
MAX_WORK = 8_000

GROUPS = ("parties", "things", "relationships", "events", "harms")


class TooDeep(Exception):
    """The document nests deeper than liability.loader.MAX_DEPTH (the loader locates it)."""


def _where(path: tuple) -> str:
    return ".".join(str(p) for p in path)


def document_problems(data: Any, name: str, *, top_items: int = MAX_ITEMS, depth: int = 0, most: int = 10) -> list[Problem]:
    """What in a parsed JSON document is over a limit, located by path (at most `most` problems;
    the walk stops at the first MAX_VALUES values). `top_items` bounds a top-level list (a
    batch); `depth` is the nesting the document starts at. Raises TooDeep past MAX_DEPTH."""
    problems: list[Problem] = []
    values = 0
    stack: list[tuple[Any, tuple, int]] = [(data, (), depth)]
    while stack:
        node, path, level = stack.pop()
        values += 1
        if values > MAX_VALUES:
            problems.append(Problem(f"more than {MAX_VALUES:,} values in one incident", "", name))
            break
        if isinstance(node, str):
            if len(node) > MAX_TEXT:
                problems.append(Problem(f"a text of {len(node):,} characters; the limit is {MAX_TEXT:,}", _where(path), name))
        elif isinstance(node, dict):
            if level + 1 > MAX_DEPTH:
                raise TooDeep
            if len(node) > MAX_KEYS:
                problems.append(Problem(f"{len(node):,} keys; the limit is {MAX_KEYS}", _where(path), name))
                continue
            for key, value in node.items():
                if len(key) > MAX_TEXT:
                    problems.append(Problem(f"a key of {len(key):,} characters; the limit is {MAX_TEXT:,}", _where(path), name))
                    continue
                stack.append((value, (*path, key), level + 1))
        elif isinstance(node, list):
            if level + 1 > MAX_DEPTH:
                raise TooDeep
            limit = top_items if not path and level == depth else MAX_ITEMS
            if len(node) > limit:
                problems.append(Problem(f"{len(node):,} items; the limit is {limit}", _where(path), name))
                continue
            stack.extend((value, (*path, i), level + 1) for i, value in enumerate(node))
        if len(problems) >= most:
            break
    problems.sort(key=lambda p: p.path)
    return problems


def work(incident: Any, *, investigate: bool = True) -> tuple[int, int, int]:
    """The work of assessing the incident, (re-runs + 1) x facts, with the re-runs (every value of
    every unknown fact; none without investigate) and the facts the engine matches (one for each
    party, thing, relationship, event and harm, and one for each id listed in them)."""
    from .facts import to_facts
    from .whatif import fact_values, unknown_facts

    facts = len(to_facts(incident))
    reruns = 0
    if investigate:
        by_id = {(g, x.id): x for g in GROUPS for x in getattr(incident, g)}
        for path in unknown_facts(incident):
            group, rest = path.split(".", 1)
            ident, field = rest.rsplit(".", 1)  # an id may hold a dot
            reruns += len(fact_values(by_id[(group, ident)], field))
    return (reruns + 1) * facts, reruns, facts


def work_problem(incident: Any, name: str, *, investigate: bool = True, measured: tuple[int, int, int] | None = None) -> Problem | None:
    """A located problem if the incident has more than MAX_FACTS facts, or assessing it would be
    over MAX_WORK; else None. `measured`: its work() if already known."""
    total, reruns, facts = measured or work(incident, investigate=investigate)
    if facts > MAX_FACTS:
        return Problem(f"too large to assess: {facts:,} facts for the engine (the limit is {MAX_FACTS})", "", name)
    if total <= MAX_WORK:
        return None
    return Problem(
        f"too large to assess with its leads: {reruns:,} what-if re-runs over {facts} facts, a work of {total:,} "
        f"(the limit is {MAX_WORK:,}); settle some unknown facts, or send investigate=false",
        "", name,
    )

"""Many incidents at once: from files, folders and JSONL, in input order, in parallel by processes.

The engine holds the GIL, so parallelism is by processes: each worker builds the rule base once
(on its first assessment). The core takes any ``concurrent.futures.Executor`` — a
``ProcessPoolExecutor`` here, or a ``dask.distributed`` client's executor for a cluster — and the
results are the same for any executor and any number of jobs. One bad incident never stops or
changes the others: its record carries the located error.
"""

from __future__ import annotations

import datetime as dt
import json
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Iterable, Iterator

from .assessment import Assessment
from .errors import IncidentError, Problem
from .model import Incident

SUFFIXES = (".yaml", ".yml", ".json")


@dataclass(frozen=True)
class Item:
    """One incident to assess: where it came from, and either its text or its parsed data."""

    source: str  # "file" or "file:line" for JSONL
    path: str
    line: int | None = None
    raw: bytes | None = None  # for JSONL lines: the line as read (parsed by the worker that assesses it)


def collect(paths: Iterable[str | Path]) -> list[Item]:
    """Files in the order given; folders expanded in sorted order; JSONL files one item a line."""
    items: list[Item] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES + (".jsonl",))
        else:
            files = [p]
        for f in files:
            if f.suffix.lower() == ".jsonl" and f.is_file():
                items += _jsonl(f)
            else:
                items.append(Item(str(f), str(f)))
    return items


def _jsonl(path: Path) -> list[Item]:
    out = []
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            if raw.strip():
                out.append(Item(f"{path}:{n}", str(path), n, raw))
    return out


def _parse_line(item: Item) -> Any:
    try:
        return json.loads(item.raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise IncidentError([Problem(f"invalid JSON line: {e}", file=item.path, line=item.line)]) from None


# What a batch record keeps of an assessment. Only this crosses back from a worker process: the
# whole assessment (derivations, article texts) would cost more to ship than to compute.
FINDING_FIELDS = ("party", "harm", "kind", "degree", "share", "articles")
SUMMARY = {
    "findings": {"__all__": set(FINDING_FIELDS)},
    "questions": {"__all__": {"fact"}},
    "time_law": {"steps": {"__all__": {"article"}}},
}


@dataclass(frozen=True)
class Result:
    source: str
    status: str  # decided | open | rejected
    summary: dict | None = None  # the assessment, as far as SUMMARY goes (JSON types)
    errors: tuple[str, ...] = ()

    def record(self) -> dict:
        out: dict[str, Any] = {"source": self.source, "status": self.status}
        if self.summary is not None:
            a = self.summary
            out["findings"] = [{k: f[k] for k in FINDING_FIELDS} for f in a["findings"]]
            out["questions"] = [q["fact"] for q in a["questions"]]
            out["time_law"] = [s["article"] for s in a["time_law"]["steps"]]
        if self.errors:
            out["errors"] = list(self.errors)
        return out


def assess_item(item: Item, decided_on: dt.date | None = None) -> Result:
    """Assess one item; never raises for bad input (the error is in the result)."""
    from .loader import load, parse_incident
    from .pipeline import assess

    try:
        if item.raw is None:
            incident = load(item.path)
        else:
            incident, _ = parse_incident(_parse_line(item), None, item.source)
        a: Assessment = assess(incident, decided_on=decided_on)
    except IncidentError as e:
        return Result(item.source, "rejected", errors=tuple(str(p) for p in e.problems))
    return Result(item.source, a.status, summary=a.model_dump(mode="json", include=SUMMARY))


def run(
    items: list[Item],
    *,
    jobs: int = 1,
    executor: Executor | None = None,
    decided_on: dt.date | None = None,
    chunk: int | None = None,
) -> Iterator[Result]:
    """Results in input order. jobs=1 and no executor: in this process."""
    work = partial(assess_item, decided_on=decided_on)
    yield from _map(work, items, jobs, executor, chunk)


def _assess_incident(incident: Incident, decided_on: dt.date | None) -> Assessment:
    from .pipeline import assess

    return assess(incident, decided_on=decided_on)


def assess_many(
    incidents: Iterable[Incident], *, jobs: int = 1, executor: Executor | None = None, decided_on: dt.date | None = None
) -> Iterator[Assessment]:
    """Assess incidents, yielding assessments in input order (by processes when jobs > 1, or on
    any concurrent.futures.Executor given, e.g. a dask.distributed client's)."""
    yield from _map(partial(_assess_incident, decided_on=decided_on), list(incidents), jobs, executor, None)


def _map(fn, items: list, jobs: int, executor: Executor | None, chunk: int | None) -> Iterator:
    """``chunk``: items a worker process takes at a time. By default large enough that shipping
    them costs little next to assessing them (up to 64), small enough that every worker gets
    several chunks (so a short batch is still shared out)."""
    if chunk is None:
        chunk = max(1, min(64, len(items) // (max(jobs, 1) * 4)))
    if executor is None and jobs <= 1:
        yield from map(fn, items)
        return
    own = executor is None
    pool = executor or ProcessPoolExecutor(max_workers=jobs)
    try:
        if isinstance(pool, ProcessPoolExecutor):
            yield from pool.map(fn, items, chunksize=chunk)
        else:
            yield from pool.map(fn, items)
    finally:
        if own:
            pool.shutdown(cancel_futures=True)

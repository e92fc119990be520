"""The reviewers' pages (issue 19, item 3): the statute library by date, one article (or provision)
with its history and the rules citing it, and every rule with the articles its provisions resolve to.

Plain functions of the request, returning the rendered page; the app wires them to
``/statutes``, ``/statutes/{article_id}`` and ``/rules``. Their content mirrors ``liability statutes
list/show/search`` and ``liability review``: the wording of every article is shown verbatim from the
library, and where it is not an official text the page says so, as the data does.

A bad ``?on=`` date is a 422 page and an unknown article a 404 page, in the same layout (never a
traceback). Which examples make a rule fire is assessed once per process, when a page first needs it
(``warm_up()`` starts that in the background, e.g. at the server's start).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import Request

from ..library import Article, Law, Period, Provision, Registry, registry
from ..places import examples_dir
from ..review import LIBRARY_START, example_firings, neighbours, readable, rules, rules_citing, search
from ..rulebase import BOOKKEEPING, Rule
from . import lang_of, render

# Doctrines of the rule book, named for a reader (the key is shown beside the name).
DOCTRINES: dict[str, tuple[str, str]] = {
    "tort": ("Tort", "侵权责任"),
    "contract": ("Contract", "合同"),
    "property-service": ("Property services", "物业服务"),
    "property": ("Property rights", "物权"),
    "emergency-avoidance": ("Emergency avoidance", "紧急避险"),
    "falling-objects": ("Falling objects", "坠落物致害"),
    "thrown-objects": ("Thrown objects", "抛掷物致害"),
    "fees-after-2021": ("Property fees from 2021", "2021年起的物业费"),
    "company": ("Who answers for a company", "公司责任的承担（分公司、一人公司股东）"),
    BOOKKEEPING: ("Bookkeeping (cites no article)", "记账（不引用条文）"),
}

KINDS: dict[str, tuple[str, str]] = {
    "law": ("law", "法律"),
    "judicial-interpretation": ("judicial interpretation", "司法解释"),
    "administrative-regulation": ("administrative regulation", "行政法规"),
    "departmental-rule": ("departmental rule", "部门规章"),
}

WORDING_ORDER = ("official", "third-party", "inferred", "missing")


# --------------------------------------------------------------------------- example firings
_firings_lock = threading.Lock()
_firings: dict[str, list[str]] | None = None


def _die_with_parent(parent: int) -> None:
    """In the child: end when the server ends, however it ends (Linux's parent-death signal), so a
    server stopped while the examples are being assessed leaves no process behind — and end at
    once if it ended while this child was still starting."""
    import os
    import signal
    import sys

    if sys.platform.startswith("linux"):
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(0)


def firings() -> dict[str, list[str]]:
    """rule id -> the example files that make it fire: assessed once per server (~2 s), on first use,
    in a child process — assessing ~370 examples builds an engine for every kind of incident, some
    300 MB the server would otherwise keep (and its garbage collector walk) for the rest of its life."""
    global _firings
    folder = examples_dir()
    if folder is None:
        return {}
    with _firings_lock:  # two first requests at once assess the examples once
        if _firings is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            context = multiprocessing.get_context("spawn")
            import os

            with ProcessPoolExecutor(1, mp_context=context, initializer=_die_with_parent, initargs=(os.getpid(),)) as pool:
                _firings = pool.submit(example_firings, str(folder)).result()
        return _firings


def warm_up() -> threading.Thread:
    """Assess the examples in the background now, so the first reviewer's page need not wait."""
    thread = threading.Thread(target=firings, name="liability-example-firings", daemon=True)
    thread.start()
    return thread


# --------------------------------------------------------------------------- helpers
class PageError(Exception):
    def __init__(self, status: int, en: str, zh: str):
        super().__init__(en)
        self.status, self.en, self.zh = status, en, zh


def _day(request: Request, default: dt.date | None) -> dt.date | None:
    raw = request.query_params.get("on", "").strip()
    if not raw:
        return default
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise PageError(
            422,
            f"?on={raw!r} is not a date: write it as YYYY-MM-DD, e.g. 2015-06-01.",
            f"?on={raw!r} 不是日期：请写成 YYYY-MM-DD，例如 2015-06-01。",
        ) from None


def _error(request: Request, page: str, e: PageError):
    response = render(request, "reviewer_error.html", page, status=e.status, message_en=e.en, message_zh=e.zh)
    response.status_code = e.status
    return response


def _href(request: Request):
    """Links within the workbench that keep the page's language: href('/statutes/CC-1', on=day)."""
    english = lang_of(request) == "en"

    def href(path: str, fragment: str | None = None, **params: Any) -> str:
        query = {k: (v.isoformat() if isinstance(v, dt.date) else str(v)) for k, v in params.items() if v not in (None, "")}
        if english:
            query["lang"] = "en"
        url = path + (f"?{urlencode(query)}" if query else "")
        return url + (f"#{fragment}" if fragment else "")

    return href


def _common(request: Request) -> dict[str, Any]:
    lang = lang_of(request)

    def doctrine(key: str) -> str:
        en, zh = DOCTRINES.get(key, (key, key))
        return zh if lang == "zh" else en

    def kind(key: str) -> str:
        en, zh = KINDS.get(key, (key, key))
        return zh if lang == "zh" else en

    return {"href": _href(request), "doctrine_name": doctrine, "kind_name": kind, "readable": readable, "today": dt.date.today()}


def _status_on(law: Law, day: dt.date) -> str:
    if day < law.in_force:
        return "not-yet"
    if law.ends is not None and day > law.ends:
        return "ended"
    return "in-force"


@dataclass(frozen=True)
class Row:
    """One provision on the chosen date: the period covering it and its article (None: no article governed)."""

    provision: Provision
    period: Period | None
    article: Article | None


@dataclass(frozen=True)
class CitingRule:
    rule: Rule
    via: tuple[str, ...]  # the provisions by which it cites the article
    examples: tuple[str, ...]


def _citing(reg: Registry, ids: set[str], target: str) -> list[CitingRule]:
    fired = firings()
    return [
        CitingRule(r, tuple(p for p in r.cites if p in ids), tuple(fired.get(r.id, ())))
        for r in rules_citing(target)
    ]


# --------------------------------------------------------------------------- /statutes
def statutes_page(request: Request):
    """``/statutes?on=YYYY-MM-DD&q=...``: the laws, and each provision with the article that governed
    it on the date (default today), grouped by law; a search of the articles' text, gloss and names."""
    try:
        day = _day(request, dt.date.today())
    except PageError as e:
        return _error(request, "statutes", e)
    assert day is not None
    reg = registry()
    q = request.query_params.get("q", "").strip()
    found = search(reg, q) if q else []

    laws = sorted(reg.laws.values(), key=lambda x: (x.in_force, x.id))
    articles_of: dict[str, list[Article]] = {lw.id: [] for lw in laws}
    for a in reg.articles.values():
        articles_of[a.law.id].append(a)
    for arts in articles_of.values():
        arts.sort(key=lambda a: a.number)
    wording_counts = {lid: Counter(a.wording for a in arts) for lid, arts in articles_of.items()}
    governs: dict[str, list[tuple[Provision, Period]]] = {}
    for p in reg.provisions.values():
        for per in p.periods:
            if per.article:
                governs.setdefault(per.article, []).append((p, per))

    groups: dict[str | None, list[Row]] = {}
    for pid in sorted(reg.provisions):
        prov = reg.provisions[pid]
        per = prov.period_on(day)
        art = reg.article(per.article) if per and per.article else None
        groups.setdefault(art.law.id if art else None, []).append(Row(prov, per, art))
    order = {lw.id: i for i, lw in enumerate(laws)}
    grouped = [(reg.laws[lid], groups[lid]) for lid in sorted((k for k in groups if k), key=order.__getitem__)]
    ungoverned = groups.get(None, [])

    return render(
        request,
        "statutes.html",
        "statutes",
        on=day,
        q=q,
        found=found,
        laws=laws,
        status_on={lw.id: _status_on(lw, day) for lw in laws},
        articles_of=articles_of,
        wording_counts=wording_counts,
        wording_order=WORDING_ORDER,
        governs=governs,
        grouped=grouped,
        ungoverned=ungoverned,
        before_library=day < LIBRARY_START,
        library_start=LIBRARY_START,
        **_common(request),
    )


# --------------------------------------------------------------------------- /statutes/{id}
def statute_page(request: Request, article_id: str):
    """``/statutes/{id}``: an article, or a provision (with ``?on=``: the article that governed it then)."""
    try:
        day = _day(request, None)
    except PageError as e:
        return _error(request, "statutes", e)
    reg = registry()
    if article_id not in reg.articles and article_id not in reg.provisions:
        return _error(
            request,
            "statutes",
            PageError(
                404,
                f"There is no article or provision {article_id!r} in the statute library. Search for it on the statutes page.",
                f"法条库中没有编号为 {article_id!r} 的条文或规范。可在法条页搜索。",
            ),
        )
    common = _common(request)
    resolved_from: Provision | None = None
    if day is not None and article_id in reg.provisions:
        resolved_from = reg.provision(article_id)
        art = reg.resolve(article_id, day)
        if art is None:
            return _provision(request, reg, resolved_from, day, common)
        article_id = art.id
    elif article_id not in reg.articles:
        return _provision(request, reg, reg.provision(article_id), day, common)

    a = reg.article(article_id)
    before, after = neighbours(reg, a.id)
    history = reg.history(a.id)
    provisions = []  # each provision it governed, with all its periods (its predecessors and successors in order)
    seen: set[str] = set()
    for prov, _ in history:
        if prov.id not in seen:
            seen.add(prov.id)
            provisions.append((prov, [(per, reg.article(per.article) if per.article else None) for per in prov.periods]))
    on_day = []  # what governed each of its provisions on the chosen date
    if day is not None:
        for prov, _ in provisions:
            per = prov.period_on(day)
            on_day.append((prov, per, reg.article(per.article) if per and per.article else None))
    ids = {a.id} | {p.id for p, _ in history}
    return render(
        request,
        "statute.html",
        "statutes",
        a=a,
        on=day,
        resolved_from=resolved_from,
        law_status=_status_on(a.law, day) if day else None,
        predecessors=[reg.article(x) for x in before],
        successors=[reg.article(x) for x in after],
        provisions=provisions,
        on_day=on_day,
        citing=_citing(reg, ids, a.id),
        sources=list(a.sources or ([a.law.source] if a.law.source else [])),
        **common,
    )


def _provision(request: Request, reg: Registry, prov: Provision, day: dt.date | None, common: dict[str, Any]):
    period = prov.period_on(day) if day else None
    return render(
        request,
        "provision.html",
        "statutes",
        prov=prov,
        on=day,
        period=period,
        before_library=day is not None and period is None,
        library_start=LIBRARY_START,
        periods=[(per, reg.article(per.article) if per.article else None) for per in prov.periods],
        citing=_citing(reg, {prov.id}, prov.id),
        **common,
    )


# --------------------------------------------------------------------------- /rules
def rules_page(request: Request):
    """``/rules?on=YYYY-MM-DD&doctrine=...``: every rule by doctrine, the provisions it cites and the
    article each resolved to on the date (default today), and the examples that make it fire."""
    try:
        day = _day(request, dt.date.today())
    except PageError as e:
        return _error(request, "rules", e)
    assert day is not None
    reg = registry()
    every = rules()
    doctrines = sorted({r.doctrine for r in every}, key=lambda d: (d == BOOKKEEPING, d))
    chosen = request.query_params.get("doctrine", "").strip()
    if chosen and chosen not in doctrines:
        return _error(
            request,
            "rules",
            PageError(
                422,
                f"No rule has the doctrine {chosen!r}; the doctrines are {', '.join(doctrines)}.",
                f"没有学说为 {chosen!r} 的规则；现有：{'、'.join(doctrines)}。",
            ),
        )
    fired = firings()

    def resolved(pid: str) -> tuple[Provision, Period | None, Article | None]:
        prov = reg.provision(pid)
        per = prov.period_on(day)
        return prov, per, (reg.article(per.article) if per and per.article else None)

    sections = []
    for d in doctrines:
        if chosen and d != chosen:
            continue
        items = [
            {
                "rule": r,
                "cites": [resolved(pid) for pid in r.cites],
                "reads": [resolved(pid) for pid in r.reads if pid in reg.provisions],
                "examples": fired.get(r.id, []),
            }
            for r in every
            if r.doctrine == d
        ]
        sections.append((d, items))
    return render(
        request,
        "rules.html",
        "rules",
        on=day,
        doctrines=doctrines,
        chosen=chosen,
        sections=sections,
        total=sum(len(items) for _, items in sections),
        **_common(request),
    )

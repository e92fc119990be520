"""The statute registry: laws and articles as data (statutes/*.yaml), and which article governed a
provision on a given date (statutes/provisions.yaml).

A rule cites a *provision* by the id of its current article (``CC-182``). The registry resolves it
to the article that governed on a date: ``CC-182`` on 2008-05-01 is General Principles of Civil Law
art. 129; on 2012-05-01 Tort Liability Law art. 31 (the later law prevailing while the GPCL was
still formally in force); from 2021-01-01 Civil Code art. 182. A date with no governing article
resolves to ``None``: "no rule governed then" is an answer, not an error.

Loaded lazily, once per process. The YAML files are the source; ``statutes/index.json`` holds the
same documents pre-parsed, with a digest of the YAML it was made from. It is used only when that
digest matches the YAML read now, so it can never serve stale law; otherwise the YAML is parsed
(with libyaml when PyYAML has it). Regenerate it with ``liability statutes index`` after editing
the YAML (a test fails while it is stale).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

try:  # libyaml is several times faster; PyYAML wheels ship it
    _YamlLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _YamlLoader = yaml.SafeLoader

PROVISIONS_FILE = "provisions.yaml"
TIMELAW_FILE = "timelaw.yaml"
NOT_LAWS = {PROVISIONS_FILE, TIMELAW_FILE}
INDEX_FILE = "index.json"


@dataclass(frozen=True)
class Law:
    id: str
    family: str
    name_zh: str
    name_en: str
    body_zh: str | None
    body_en: str | None
    kind: str
    document_no: str | None
    promulgated: dt.date | None
    in_force: dt.date
    ends: dt.date | None
    ended_by: str | None
    source: str | None

    def in_force_on(self, on: dt.date) -> bool:
        return self.in_force <= on and (self.ends is None or on <= self.ends)


# How an article's wording came to be in the library (field ``wording``):
WORDING = {
    # read from an official publication or an export of the national law database; ``checked``
    "official": ("official text", "官方文本"),
    # read, character by character, from copies that are not official (web pages, apps); sources listed
    "third-party": ("from a third-party copy, not checked against the official text", "据非官方转载本，未经核对"),
    # not read for this version: the text of another version, which the stated evidence (an amending
    # instrument that left the article alone, copies that agree) says this one shared
    "inferred": ("inferred from another version's text, not read for this one", "未见本版本原文，据其他版本推定"),
    # no text could be read anywhere; ``text_zh`` is null
    "missing": ("no text could be found", "未能取得条文"),
}


@dataclass(frozen=True)
class Article:
    id: str
    law: Law
    number: int
    number_zh: str | None
    text_zh: str | None
    gloss_en: str | None
    checked: bool
    note: str | None
    wording: str = "official"  # a key of WORDING
    sources: tuple[str, ...] = ()  # where this article's wording was read, when not (only) the law's source

    @property
    def wording_en(self) -> str:
        return WORDING[self.wording][0]

    @property
    def wording_zh(self) -> str:
        return WORDING[self.wording][1]

    @property
    def title_zh(self) -> str:
        # Inside a title, a nested title takes 〈〉 (《…〈…〉…》), as Chinese citation style has it.
        name = self.law.name_zh.replace("《", "〈").replace("》", "〉")
        return f"《{name}》{self.number_zh or f'第{self.number}条'}"

    @property
    def title_en(self) -> str:
        return f"{self.law.name_en}, art. {self.number}"


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date | None  # inclusive; None = open
    article: str | None  # None: no article governed this provision then
    prevails_over: tuple[str, ...] = ()
    why_zh: str | None = None
    why_en: str | None = None

    def covers(self, on: dt.date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Provision:
    id: str
    subject_zh: str
    subject_en: str
    periods: tuple[Period, ...]

    def period_on(self, on: dt.date) -> Period | None:
        for p in self.periods:
            if p.covers(on):
                return p
        return None


@dataclass
class Registry:
    laws: dict[str, Law] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)
    provisions: dict[str, Provision] = field(default_factory=dict)
    # Values derived from the library by its users, kept with it (it never changes once read).
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    def article(self, article_id: str) -> Article:
        try:
            return self.articles[article_id]
        except KeyError:
            raise KeyError(f"no article {article_id!r} in the statute library") from None

    def provision(self, provision_id: str) -> Provision:
        try:
            return self.provisions[provision_id]
        except KeyError:
            raise KeyError(f"no provision {provision_id!r} in statutes/{PROVISIONS_FILE}") from None

    def resolve(self, provision_id: str, on: dt.date) -> Article | None:
        """The article that governed `provision_id` on `on`, or None if none did."""
        period = self.provision(provision_id).period_on(on)
        if period is None or period.article is None:
            return None
        return self.article(period.article)

    def history(self, article_id: str) -> list[tuple[Provision, Period]]:
        """Every provision period in which this article governed."""
        return [(p, per) for p in self.provisions.values() for per in p.periods if per.article == article_id]


def _wording(name: str, a: dict[str, Any]) -> str:
    """An article's wording status, checked against its text and ``checked`` mark: an official
    text is checked, a missing one has no text, and anything else must say what it is."""
    wording = a.get("wording") or ("official" if a.get("checked") else "missing" if a.get("text_zh") is None else None)
    where = f"statutes/{name}: {a.get('id')}"
    if wording not in WORDING:
        raise ValueError(f"{where}: wording must be one of {', '.join(WORDING)} (an unchecked text must say which), not {wording!r}")
    if (wording == "official") != bool(a.get("checked")):
        raise ValueError(f"{where}: only an official text is checked, and an official text is")
    if (wording == "missing") != (a.get("text_zh") is None):
        raise ValueError(f"{where}: a text is missing exactly when text_zh is null")
    if wording in ("third-party", "inferred") and not (a.get("sources") and a.get("note")):
        raise ValueError(f"{where}: a {wording} text lists its sources and explains itself in a note")
    return wording


def _date(v: Any) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))


def _sources(folder: Any = None) -> dict[str, bytes]:
    """The library's YAML files (laws and provisions), by name, as bytes."""
    folder = folder if folder is not None else resources.files("liability.statutes")
    names = sorted(f.name for f in folder.iterdir() if f.name.endswith(".yaml"))
    return {name: folder.joinpath(name).read_bytes() for name in names}


def _digest(sources: dict[str, bytes]) -> str:
    h = hashlib.sha256()
    for name, data in sources.items():
        h.update(name.encode() + b"\0" + data + b"\0")
    return h.hexdigest()


def _parse(sources: dict[str, bytes]) -> dict[str, Any]:
    return {name: yaml.load(data.decode("utf-8"), Loader=_YamlLoader) for name, data in sources.items()}


def _documents() -> dict[str, Any]:
    """Every YAML document of the library, parsed — from the index when it matches the YAML."""
    sources = _sources()
    try:
        index = json.loads(resources.files("liability.statutes").joinpath(INDEX_FILE).read_bytes())
    except (FileNotFoundError, ValueError):
        index = None
    if index is not None and index.get("digest") == _digest(sources):
        return index["documents"]
    return _parse(sources)


def build_index(folder: Any = None) -> str:
    """The index of the YAML as it is now (JSON text): what ``liability statutes index`` writes."""
    sources = _sources(folder)
    index = {"digest": _digest(sources), "documents": _parse(sources)}
    return json.dumps(index, ensure_ascii=False, default=str, sort_keys=True, separators=(",", ":")) + "\n"


def index_is_fresh() -> bool:
    try:
        current = resources.files("liability.statutes").joinpath(INDEX_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    return current == build_index()


@functools.cache
def registry() -> Registry:
    """The statute library, read once per process."""
    return _build(_read_once())


def timelaw_spec() -> dict[str, Any]:
    """statutes/timelaw.yaml, the time-law step's rules, as parsed with the library (so from the
    index when it is fresh). Dates in it may come back as ISO strings."""
    return _read_once()[TIMELAW_FILE]


@functools.cache
def _read_once() -> dict[str, Any]:
    return _documents()


def _build(docs: dict[str, Any]) -> Registry:
    reg = Registry()
    for name in sorted(docs):
        if name in NOT_LAWS:
            continue
        doc = docs[name]
        meta = doc["law"]
        law = Law(
            id=meta["id"],
            family=meta.get("family") or meta["id"],
            name_zh=meta["name_zh"],
            name_en=meta["name_en"],
            body_zh=meta.get("body_zh"),
            body_en=meta.get("body_en"),
            kind=meta.get("kind", "law"),
            document_no=meta.get("document_no"),
            promulgated=_date(meta.get("promulgated")),
            in_force=_date(meta["in_force"]),
            ends=_date(meta.get("ends")),
            ended_by=meta.get("ended_by"),
            source=meta.get("source"),
        )
        reg.laws[law.id] = law
        for a in doc.get("articles") or []:
            art = Article(
                id=a["id"],
                law=law,
                number=int(a["number"]),
                number_zh=a.get("number_zh"),
                text_zh=a.get("text_zh"),
                gloss_en=a.get("gloss_en"),
                checked=bool(a.get("checked")),
                note=a.get("note"),
                wording=_wording(name, a),
                sources=tuple(a.get("sources") or ()),
            )
            if art.id in reg.articles:
                raise ValueError(f"statutes/{name}: article {art.id} defined twice")
            reg.articles[art.id] = art
    for pid, spec in (docs[PROVISIONS_FILE] or {}).items():
        periods = []
        for p in spec["periods"]:
            periods.append(
                Period(
                    start=_date(p["from"]),
                    end=_date(p.get("to")),
                    article=p.get("article"),
                    prevails_over=tuple(p.get("prevails_over") or ()),
                    why_zh=p.get("why_zh"),
                    why_en=p.get("why_en"),
                )
            )
        reg.provisions[pid] = Provision(pid, spec["subject_zh"], spec["subject_en"], tuple(periods))
    return reg


def write_index(folder: Any = None) -> str:
    """Rewrite the index from the YAML beside it (default: the library this process reads);
    returns the path written."""
    if folder is not None:
        path = folder / INDEX_FILE
        path.write_text(build_index(folder), encoding="utf-8")
        return str(path)
    target = resources.files("liability.statutes").joinpath(INDEX_FILE)
    with resources.as_file(target) as path:
        path.write_text(build_index(), encoding="utf-8")
        return str(path)

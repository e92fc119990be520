"""What legal reviewers read: the statute library, the rules and what they cite, per period.

Data only here; cli.py renders it. The citation review report is Markdown or one self-contained
HTML file (no scripts, no external resources) that a lawyer can read, print and annotate.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
from dataclasses import dataclass
from pathlib import Path

from .library import Article, Period, Provision, Registry, registry
from .rulebase import BOOK, Rule

LIBRARY_START = dt.date(1987, 1, 1)


def rules() -> list[Rule]:
    import liability.rules  # noqa: F401 - defines the rules

    return list(BOOK.rules)


@dataclass(frozen=True)
class Governing:
    provision: Provision
    period: Period
    article: Article | None


def governing(reg: Registry, provision_id: str) -> list[Governing]:
    prov = reg.provision(provision_id)
    return [Governing(prov, per, reg.article(per.article) if per.article else None) for per in prov.periods]


def provisions_of_article(reg: Registry, article_id: str) -> list[tuple[Provision, Period]]:
    return reg.history(article_id)


def neighbours(reg: Registry, article_id: str) -> tuple[list[str], list[str]]:
    """Predecessors and successors of an article across the provisions it governed."""
    before: list[str] = []
    after: list[str] = []
    for prov, per in reg.history(article_id):
        periods = list(prov.periods)
        i = periods.index(per)
        for p in periods[:i]:
            if p.article and p.article != article_id and p.article not in before:
                before.append(p.article)
        for p in periods[i + 1 :]:
            if p.article and p.article != article_id and p.article not in after:
                after.append(p.article)
    return before, after


def search(reg: Registry, text: str) -> list[Article]:
    needle = text.casefold()
    out = []
    for a in reg.articles.values():
        hay = " ".join(
            x for x in (a.text_zh, a.gloss_en, a.law.name_zh, a.law.name_en, a.title_zh, a.title_en, a.id) if x
        ).casefold()
        if needle in hay:
            out.append(a)
    return out


def rules_citing(provision_or_article: str) -> list[Rule]:
    reg = registry()
    ids = {provision_or_article}
    if provision_or_article in reg.articles:
        ids |= {p.id for p, _ in reg.history(provision_or_article)}
    return [r for r in rules() if ids & set(r.cites)]


@functools.cache
def example_firings(examples_dir: str | Path) -> dict[str, list[str]]:
    """rule id -> the example files that make it fire (assessed here, not kept by hand)."""
    import liability

    out: dict[str, list[str]] = {}
    for path in sorted(Path(examples_dir).glob("*.yaml")):
        try:
            a = liability.assess(liability.load(path))
        except Exception:  # a broken example is reported by the test suite, not here
            continue
        for rid in sorted({d.rule for d in a.derivations}):
            out.setdefault(rid, []).append(path.name)
    return out


# --------------------------------------------------------------------------- the review report
def readable(template: str) -> str:
    """A rule's sentence with its slots shown as ‹slot› instead of {alias.field}."""
    import re

    return re.sub(r"\{(\w+)\.(\w+)\}", lambda m: f"‹{m.group(2)}›", template)


def _period(p: Period) -> str:
    return f"{p.start} – {p.end or '…'}"


def report_markdown(reg: Registry | None = None) -> str:
    reg = reg or registry()
    lines = [
        "# 引用条文审查表 · Citation review",
        "",
        "Every rule, every provision it cites, and the article that governed that provision in each",
        "period since 1987, with its text. Wording not compared with an official text says how it came",
        "here — read from a third-party copy, inferred from another version, or missing — with its note.",
        "",
    ]
    for r in rules():
        if not r.cites:  # bookkeeping rules draw no legal conclusion
            continue
        lines += [f"## `{r.id}`", "", readable(r.zh), "", readable(r.en), ""]
        for pid in r.cites:
            prov = reg.provision(pid)
            lines += [f"### {pid} — {prov.subject_zh} / {prov.subject_en}", ""]
            lines += ["| period | article | text |", "|---|---|---|"]
            for g in governing(reg, pid):
                if g.article is None:
                    why = g.period.why_zh or "—"
                    lines.append(f"| {_period(g.period)} | *no rule governed* | {why} |")
                else:
                    a = g.article
                    mark = "" if a.checked else f" ({a.wording_en})"
                    text = (a.text_zh or "(text not available)") + ("" if a.checked else f"\n\n*{a.note}*")
                    text = text.replace("\n", "<br>").replace("|", "\\|")
                    lines.append(f"| {_period(g.period)} | {a.title_zh} `{a.id}`{mark} | {text} |")
            lines.append("")
    return "\n".join(lines) + "\n"


CSS = """
body{font-family:"Noto Serif CJK SC","Source Han Serif SC",serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#111}
h1{font-size:1.6rem}h2{font-size:1.2rem;border-top:1px solid #999;padding-top:1rem;margin-top:2rem}
h3{font-size:1rem;margin-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin-bottom:1rem}
td,th{border:1px solid #bbb;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#eee}.none{color:#666;font-style:italic}.unchecked{color:#a40}
code{font-size:.9em}.note{min-height:1.5rem;border-bottom:1px dotted #999}
@page{size:A4;margin:18mm}
@media print{body{margin:0;max-width:none}h2{page-break-before:auto}tr{page-break-inside:avoid}}
"""


def report_html(reg: Registry | None = None) -> str:
    reg = reg or registry()
    e = html.escape
    parts = [
        "<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'>",
        "<title>引用条文审查表 · Citation review</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>引用条文审查表 · Citation review</h1>",
        "<p>Every rule, every provision it cites, and the article that governed that provision in each period "
        "since 1987, with its text. The last column is for the reviewer's notes.</p>",
    ]
    for r in rules():
        if not r.cites:
            continue
        parts.append(f"<section id='{e(r.id)}'><h2><code>{e(r.id)}</code></h2><p>{e(readable(r.zh))}<br>{e(readable(r.en))}</p>")
        for pid in r.cites:
            prov = reg.provision(pid)
            parts.append(f"<h3>{e(pid)} — {e(prov.subject_zh)} / {e(prov.subject_en)}</h3>")
            parts.append("<table><tr><th>period</th><th>article</th><th>text</th><th>notes</th></tr>")
            for g in governing(reg, pid):
                if g.article is None:
                    parts.append(
                        f"<tr><td>{e(_period(g.period))}</td><td class='none'>no rule governed</td>"
                        f"<td class='none'>{e(g.period.why_zh or '')}</td><td class='note'></td></tr>"
                    )
                    continue
                a = g.article
                mark = "" if a.checked else f" <span class='unchecked'>({e(a.wording_en)})</span>"
                text = e(a.text_zh or "(text not available)").replace("\n", "<br>")
                if not a.checked:
                    text += f"<div class='unchecked small'>{e(a.note or '')}</div>"
                parts.append(
                    f"<tr><td>{e(_period(g.period))}</td><td>{e(a.title_zh)} <code>{e(a.id)}</code>{mark}</td>"
                    f"<td>{text}</td><td class='note'></td></tr>"
                )
            parts.append("</table>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts)

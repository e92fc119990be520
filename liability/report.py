"""The handler's report: the assessment as a document (Markdown, or one self-contained HTML file).

The HTML has no scripts and no external resources: it works offline, prints on A4, and its
reasoning chain is a tree of <details> elements a reader can fold.
"""

from __future__ import annotations

import html

from .similar import sections
from .assessment import shown_value, Assessment, Derivation, outcome_label
from .render import LABELS, _share, blocked_line, bounded, change_line, derivation_articles, premise_text, what_if_block, wording_mark

REPORT = {
    "zh": {
        "report": "责任评估报告",
        "facts_date": "事故日期",
        "decided_on": "处理日期",
        "status": "结论状态",
        "allocation": "损失分担",
        "articles_text": "所引条文（依事故日期有效的版本）",
        "in_force": "施行",
        "until": "至",
        "ground": "依据",
        "none": "无",
    },
    "en": {
        "report": "Liability assessment report",
        "facts_date": "Incident date",
        "decided_on": "Decided on",
        "status": "Status",
        "allocation": "Allocation",
        "articles_text": "Articles cited (the version that governed on the date)",
        "in_force": "in force",
        "until": "until",
        "ground": "ground",
        "none": "none",
    },
}


def _outcome(a: Assessment, f, lang: str) -> str:
    text = outcome_label(f.kind.value, f.degree, f.basis, lang)
    if f.presumed:
        L = LABELS[lang]
        text += f" — {L['presumed']}; {L['rebut']}: {f.rebuttal}"
    return text


def _title(a: Assessment, aid: str, lang: str) -> str:
    info = a.articles.get(aid)
    if info is None:
        return aid
    return info.title_zh if lang == "zh" else info.title_en


def _time_law(a: Assessment, lang: str) -> list[str]:
    out = []
    for s in a.time_law.steps:
        text = s.zh if lang == "zh" else s.en
        if s.article:
            text += f" ← {_title(a, s.article, lang)}"
        out.append(text)
    return out


# --------------------------------------------------------------------------------------------- html
# The fonts Chinese is set in, in order: serif faces for a formal report, then the sans faces every
# desktop system has (Linux: Debian's fonts-noto-cjk; macOS: PingFang / Songti; Windows: YaHei /
# SimSun). A machine with none of them shows boxes: the README names the package to install.
CSS = """
body{font-family:"Noto Serif CJK SC","Source Han Serif SC","Songti SC","SimSun","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei","Droid Sans Fallback",serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#111}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;border-bottom:1px solid #999;margin-top:1.6rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #bbb;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#eee}td:nth-child(4){white-space:nowrap}.meta{color:#333}.open{color:#a60}.decided{color:#070}.presumed{color:#a40}
details{margin:.2rem 0 .2rem 1.2rem}summary{cursor:pointer}.rule{font-family:monospace;font-size:.85em;color:#055}
.fact{font-size:.85em;color:#555;margin-left:1.2rem}.article{margin:.6rem 0;padding:.4rem .6rem;border-left:3px solid #999;background:#fafafa}
.unchecked{color:#a40}.small{font-size:.85em;color:#555}
.whatif{border:3px solid #a0a;background:#fbeffb;padding:.4rem .8rem;margin:1rem 0}.whatif-print{display:none}
@page{size:A4;margin:16mm}
@media print{.whatif-print{display:block;position:fixed;top:0;right:0;color:#a0a;font-weight:bold}body{margin:0;max-width:none}summary{list-style:none}h2{page-break-after:avoid}tr,.article{page-break-inside:avoid}}
"""


def _chain_html(a: Assessment, d: Derivation, lang: str, depth: int = 0) -> str:
    e = html.escape
    text = d.zh if lang == "zh" else d.en
    arts = derivation_articles(a, d, lang)
    parts = [f"<details open><summary>{e(text)} <span class='rule'>[{e(d.rule)}]</span> ← {e(arts)}</summary>"]
    for p in d.premises:
        if p.kind == "input":
            parts.append(f"<div class='fact'>{e(premise_text(a, p, lang))}</div>")
        elif depth < 8:
            for sub in p.derivations:
                parts.append(_chain_html(a, a.derivations[sub], lang, depth + 1))
    parts.append("</details>")
    return "".join(parts)


def to_html(a: Assessment, lang: str = "zh") -> str:
    a = bounded(a)
    e = html.escape
    L, R = LABELS[lang], REPORT[lang]
    n = a.names.get
    status_class = "decided" if a.status == "decided" else "open"
    mark = what_if_block(a, lang)
    prefix = f"{mark[0]} — " if mark else ""
    out = [
        f"<!doctype html><html lang='{'zh-CN' if lang == 'zh' else 'en'}'><head><meta charset='utf-8'>",
        f"<title>{e(prefix)}{e(R['report'])} — {e(a.title or '')}</title><style>{CSS}</style></head><body>",
    ]
    if mark:  # on screen and on every printed page: this is not the decision on the facts entered
        heading, assumed, changes_heading, changes = mark
        out.append(
            f"<div class='whatif' role='note'><b>{e(heading)}</b><ul>" + "".join(f"<li>{e(x)}</li>" for x in assumed) + "</ul>"
            f"<b>{e(changes_heading)}</b><ul>" + "".join(f"<li>{e(x)}</li>" for x in changes) + "</ul></div>"
            f"<div class='whatif-print' aria-hidden='true'>{e(heading)}</div>"
        )
    out += [
        f"<h1>{e(prefix)}{e(R['report'])}</h1><p class='meta'><b>{e(a.title or '')}</b><br>",
        f"{e(R['facts_date'])}: {a.date} · {e(R['decided_on'])}: {a.time_law.decided_on} · ",
        f"{e(R['status'])}: <span class='{status_class}'>{e(L['status'][a.status])}</span></p>",
        f"<h2>{e(L['law'])}</h2><ul>" + "".join(f"<li>{e(x)}</li>" for x in _time_law(a, lang)) + "</ul>",
    ]
    for alt in a.time_law.alternatives:
        out.append(f"<p><b>{e(L['alternative'])}</b>: {e(alt.zh if lang == 'zh' else alt.en)}</p><ul>")
        out += [f"<li>{e(change_line(a, c, lang))}</li>" for c in alt.changes]
        out.append("</ul>")
    out.append(f"<h2>{e(L['decision'])}</h2><table><tr>")
    out += [f"<th>{e(L[c])}</th>" for c in ("party", "harm", "outcome", "share", "articles")]
    out.append("</tr>")
    for f in a.findings:
        share = _share(f.share, f.degree, lang) if f.kind.value in ("liable", "bears-own-loss", "compensates") else "—"
        cls = " class='presumed'" if f.presumed else ""
        out.append(
            f"<tr><td>{e(n(f.party, f.party))}</td><td>{e(n(f.harm, f.harm))}</td><td{cls}>{e(_outcome(a, f, lang))}</td>"
            f"<td>{e(share)}</td><td>{'<br>'.join(e(_title(a, x, lang)) for x in f.articles)}</td></tr>"
        )
    out.append("</table>")
    out.append(f"<h2>{e(R['allocation'])}</h2><ul>")
    for al in a.allocations:
        note = al.zh if lang == "zh" else al.en
        arts = ("、" if lang == "zh" else "; ").join(_title(a, x, lang) for x in al.articles)
        out.append(f"<li><b>{e(n(al.harm, al.harm))}</b>: {e(note)}{' ← ' + e(arts) if arts else ''}</li>")
    out.append("</ul>")
    if a.questions:  # a heading only over something: no empty "facts to establish"
        out.append(f"<h2>{e(L['questions'])}</h2><ul>")
        for q in a.questions:
            d = a.derivations[q.derivations[0]]
            out.append(f"<li><code>{e(q.fact)}</code>: {e(d.zh if lang == 'zh' else d.en)}</li>")
        out.append("</ul>")
    if a.leads:
        out.append(f"<h2>{e(L['leads'])}</h2><ul>")
        for lead in a.leads:
            changes = "".join(f"<li>{e(change_line(a, c, lang))}</li>" for c in lead.changes)
            out.append(f"<li>{e(L['would'])} <code>{e(lead.fact)} = {shown_value(lead.value)}</code><ul>{changes}</ul></li>")
        out.append("</ul>")
    for heading, lines in sections(a, lang):
        out.append(f"<h2>{e(heading)}</h2><ul>" + "".join(f"<li>{e(x)}</li>" for x in lines) + "</ul>")
    out.append(f"<h2>{e(L['chain'])}</h2>")
    for f in a.findings:
        out.append(f"<details open><summary><b>{e(n(f.party, f.party))} — {e(outcome_label(f.kind.value, f.degree, None, lang))} — {e(n(f.harm, f.harm))}</b></summary>")
        out += [_chain_html(a, a.derivations[d], lang) for d in f.derivations]
        out.append("</details>")
    if a.blocked:
        out.append(f"<h3>{e(L['blocked'])}</h3><ul>" + "".join(f"<li>{e(blocked_line(a, b, lang))}</li>" for b in a.blocked) + "</ul>")
    out.append(f"<h2>{e(R['articles_text'])}</h2>")
    for aid, info in a.articles.items():
        title = info.title_zh if lang == "zh" else info.title_en
        dates = f"{R['in_force']} {info.in_force}" + (f" {R['until']} {info.ends}" if info.ends else "")
        mark = "" if info.checked else f" <span class='unchecked'>{e(wording_mark(info.wording, lang))}</span>"
        body = e(info.text_zh).replace("\n", "<br>") if info.text_zh else f"<i>{e(L['notext'])}</i>"
        gloss = f"<div class='small'>{e(info.gloss_en)}</div>" if lang == "en" and info.gloss_en else ""
        out.append(f"<div class='article' id='{e(aid)}'><b>{e(title)}</b> <span class='small'>[{e(aid)}; {e(dates)}]</span>{mark}<div>{body}</div>{gloss}</div>")
    out.append("</body></html>")
    return "\n".join(out)


# ----------------------------------------------------------------------------------------- markdown
def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _chain_md(a: Assessment, d: Derivation, lang: str, depth: int) -> list[str]:
    pad = "  " * depth
    text = d.zh if lang == "zh" else d.en
    arts = derivation_articles(a, d, lang)
    lines = [f"{pad}- {text} `[{d.rule}]` ← {arts}"]
    for p in d.premises:
        if p.kind == "input":
            lines.append(f"{pad}  - {premise_text(a, p, lang)}")
        elif depth < 8:
            for sub in p.derivations:
                lines += _chain_md(a, a.derivations[sub], lang, depth + 1)
    return lines


def to_markdown(a: Assessment, lang: str = "zh") -> str:
    a = bounded(a)
    L, R = LABELS[lang], REPORT[lang]
    n = a.names.get
    mark = what_if_block(a, lang)
    out = [
        f"# {mark[0] + ' — ' if mark else ''}{R['report']}: {a.title or ''}",
        "",
        f"{R['facts_date']}: {a.date} · {R['decided_on']}: {a.time_law.decided_on} · {R['status']}: {L['status'][a.status]}",
        "",
    ]
    if mark:
        heading, assumed, changes_heading, changes = mark
        out += [f"> **{heading}**", ">"] + [f"> - {x}" for x in assumed] + [">", f"> **{changes_heading}**", ">"]
        out += [f"> - {x}" for x in changes] + [""]
    out += [f"## {L['law']}", ""]
    out += [f"- {x}" for x in _time_law(a, lang)]
    for alt in a.time_law.alternatives:
        out += ["", f"**{L['alternative']}**: {alt.zh if lang == 'zh' else alt.en}", ""]
        out += [f"- {change_line(a, c, lang)}" for c in alt.changes]
    out += ["", f"## {L['decision']}", "", "| " + " | ".join(L[c] for c in ("party", "harm", "outcome", "share", "articles")) + " |", "|---|---|---|---|---|"]
    for f in a.findings:
        share = _share(f.share, f.degree, lang) if f.kind.value in ("liable", "bears-own-loss", "compensates") else "—"
        arts = "<br>".join(_title(a, x, lang) for x in f.articles)
        out.append(f"| {_md(n(f.party, f.party))} | {_md(n(f.harm, f.harm))} | {_md(_outcome(a, f, lang))} | {share} | {arts} |")
    out += ["", f"## {R['allocation']}", ""]
    for al in a.allocations:
        arts = "、".join(_title(a, x, lang) for x in al.articles)
        out.append(f"- **{n(al.harm, al.harm)}**: {al.zh if lang == 'zh' else al.en}{' ← ' + arts if arts else ''}")
    if a.questions:  # a heading only over something: no empty "facts to establish"
        out += ["", f"## {L['questions']}", ""]
        for q in a.questions:
            d = a.derivations[q.derivations[0]]
            out.append(f"- `{q.fact}`: {d.zh if lang == 'zh' else d.en}")
    if a.leads:
        out += ["", f"## {L['leads']}", ""]
        for lead in a.leads:
            out.append(f"- {L['would']} `{lead.fact} = {shown_value(lead.value)}`")
            out += [f"  - {change_line(a, c, lang)}" for c in lead.changes]
    for heading, lines in sections(a, lang):
        out += ["", f"## {heading}", ""] + [f"- {x}" for x in lines]
    out += ["", f"## {L['chain']}", ""]
    for f in a.findings:
        out.append(f"- **{n(f.party, f.party)} — {outcome_label(f.kind.value, f.degree, None, lang)} — {n(f.harm, f.harm)}**")
        for d in f.derivations:
            out += _chain_md(a, a.derivations[d], lang, 1)
    if a.blocked:
        out += ["", f"### {L['blocked']}", ""] + [f"- {blocked_line(a, b, lang)}" for b in a.blocked]
    out += ["", f"## {R['articles_text']}", ""]
    for aid, info in a.articles.items():
        title = info.title_zh if lang == "zh" else info.title_en
        dates = f"{R['in_force']} {info.in_force}" + (f" {R['until']} {info.ends}" if info.ends else "")
        mark = "" if info.checked else f" {wording_mark(info.wording, lang)}"
        out += [f"### {title} `[{aid}]`", "", f"*{dates}*{mark}", ""]
        body = info.text_zh or f"*{L['notext']}*"
        out += [f"> {line}" for line in body.splitlines()]
        if lang == "en" and info.gloss_en:
            out += ["", info.gloss_en]
        out.append("")
    return "\n".join(out) + "\n"

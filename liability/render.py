"""Rendering an Assessment for people: rich text (zh / en). JSON is the model itself."""

from __future__ import annotations

from decimal import Decimal

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from .assessment import DEGREE_EN, DEGREE_ZH, OUTCOME_EN, OUTCOME_ZH, Assessment, Derivation

LABELS = {
    "zh": {
        "title": "责任评估",
        "date": "事故日期",
        "status": {"decided": "已得出结论", "open": "尚有待查明的事实"},
        "law": "适用法律",
        "decision": "结论",
        "party": "当事人",
        "harm": "损害",
        "outcome": "结论",
        "share": "份额",
        "articles": "依据",
        "questions": "待查明的事实",
        "chain": "推理过程",
        "cited": "引用条文",
        "rule": "规则",
        "facts": "事实",
        "unchecked": "（条文未经核对）",
        "notext": "（未取得条文原文）",
        "presumed": "推定",
        "rebut": "可推翻的事实",
        "blocked": "未适用的规则",
        "allocation": "分担",
    },
    "en": {
        "title": "Liability assessment",
        "date": "Incident date",
        "status": {"decided": "decided", "open": "open: facts still to establish"},
        "law": "Law applied",
        "decision": "Decision",
        "party": "Party",
        "harm": "Harm",
        "outcome": "Outcome",
        "share": "Share",
        "articles": "Articles",
        "questions": "Facts to establish",
        "chain": "Reasoning chain",
        "cited": "Articles cited",
        "rule": "rule",
        "facts": "facts",
        "unchecked": "(wording not checked)",
        "notext": "(official text not available)",
        "presumed": "presumed",
        "rebut": "rebutted by",
        "blocked": "Rules not applied",
        "allocation": "Allocation",
    },
}


def _share(share: Decimal | None, degree: str | None, lang: str) -> str:
    words = (DEGREE_ZH if lang == "zh" else DEGREE_EN).get(degree or "", degree or "")
    if share is not None:
        pct = f"{share.normalize():f}%"
        return f"{words} {pct}".strip()
    return words or "—"


def _article_title(a: Assessment, aid: str, lang: str) -> str:
    info = a.articles.get(aid)
    if info is None:
        return aid
    return info.title_zh if lang == "zh" else info.title_en


def _derivation_node(tree: Tree, a: Assessment, d: Derivation, lang: str, depth: int = 0) -> None:
    text = d.zh if lang == "zh" else d.en
    arts = "、".join(_article_title(a, x, lang) for x in d.articles) if lang == "zh" else "; ".join(
        _article_title(a, x, lang) for x in d.articles
    )
    node = tree.add(Text.assemble((text, "bold"), "\n", (f"{LABELS[lang]['rule']}: {d.rule}", "cyan"), "  ← ", (arts, "green")))
    for p in d.premises:
        if p.kind == "input":
            shown = {k: v for k, v in p.fact.items() if k not in ("t",)}
            node.add(Text(f"{LABELS[lang]['facts']}: {p.path or p.fact.get('t')} {shown}", style="dim"))
        elif depth < 8:
            for sub in p.derivations:
                _derivation_node(node, a, a.derivations[sub], lang, depth + 1)


def render_text(a: Assessment, lang: str = "zh", console: Console | None = None) -> None:
    L = LABELS[lang]
    out = console or Console()
    n = a.names.get
    out.print(Text(f"{L['title']}: {a.title or ''}", style="bold"))
    out.print(f"{L['date']}: {a.date}    [{'green' if a.status == 'decided' else 'yellow'}]{L['status'][a.status]}[/]")
    law = a.time_law.zh if lang == "zh" else a.time_law.en
    if a.time_law.article:
        law += f"  ← {_article_title(a, a.time_law.article, lang)}"
    out.print(f"{L['law']}: {law}")

    table = Table(title=L["decision"], show_lines=True)
    for col in ("party", "harm", "outcome", "share", "articles"):
        table.add_column(L[col])
    outcome = OUTCOME_ZH if lang == "zh" else OUTCOME_EN
    for f in a.findings:
        kind = outcome[f.kind.value]
        if f.presumed:
            kind += f" ({L['presumed']}; {L['rebut']}: {f.rebuttal})"
        table.add_row(
            n(f.party, f.party),
            n(f.harm, f.harm),
            kind,
            _share(f.share, f.degree, lang) if f.kind.value in ("liable", "bears-own-loss", "compensates") else "—",
            "\n".join(_article_title(a, x, lang) for x in f.articles),
        )
    out.print(table)
    for al in a.allocations:
        note = al.zh if lang == "zh" else al.en
        if note:
            arts = ", ".join(_article_title(a, x, lang) for x in al.articles)
            out.print(f"{L['allocation']} — {n(al.harm, al.harm)}: {note}" + (f"  ← {arts}" if arts else ""))

    if a.questions:
        out.print(Text(L["questions"], style="bold yellow"))
        for q in a.questions:
            why = a.derivations[q.derivations[0]]
            out.print(f"  • {q.fact}: {why.zh if lang == 'zh' else why.en}")

    tree = Tree(Text(L["chain"], style="bold"))
    tree.add(Text(f"{L['law']}: {law}", style="magenta"))
    for f in a.findings:
        head = tree.add(Text(f"{n(f.party, f.party)} — {outcome[f.kind.value]} — {n(f.harm, f.harm)}", style="bold"))
        for d in f.derivations:
            _derivation_node(head, a, a.derivations[d], lang)
    for q in a.questions:
        head = tree.add(Text(f"? {q.fact}", style="yellow"))
        for d in q.derivations:
            _derivation_node(head, a, a.derivations[d], lang)
    out.print(tree)

    if a.blocked:
        out.print(Text(L["blocked"], style="bold"))
        for b in a.blocked:
            out.print(f"  • {b.zh if lang == 'zh' else b.en}")

    out.print(Text(L["cited"], style="bold"))
    for aid, info in a.articles.items():
        title = info.title_zh if lang == "zh" else info.title_en
        body = info.text_zh if info.text_zh else L["notext"]
        extra = "" if info.checked else f" {L['unchecked']}"
        gloss = f"\n    {info.gloss_en}" if lang == "en" and info.gloss_en else ""
        out.print(Group(Text(f"  [{aid}] {title}{extra}", style="green"), Text(f"    {body}{gloss}")))

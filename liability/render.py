"""Rendering an Assessment for people: rich text (zh / en). JSON is the model itself."""

from __future__ import annotations

import functools
import re

from decimal import Decimal

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from .assessment import shown_value, DEGREE_EN, DEGREE_ZH, OUTCOME_EN, OUTCOME_ZH, Assessment, Derivation, outcome_label
from .library import WORDING

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
        "notext": "（未取得条文原文）",
        "presumed": "推定",
        "rebut": "可推翻的事实",
        "blocked": "未适用的规则",
        "allocation": "分担",
        "leads": "下一步应查明",
        "alternative": "法院可裁量适用民法典时的结果",
        "would": "若",
        "gains": "新增",
        "loses": "不再",
        "changes": "与原结论相比的变化",
        "nochange": "结论没有变化",
        "noarticle": "不引条文（推理步骤）",
        "whatif": "假设分析——不是所录入的事实",
        "whatif_set": "假设",
        "whatif_was": "原为",
        "whatif_status": "按所录入事实的结论状态",
        "concerns": "涉及",
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
        "notext": "(no text could be found)",
        "presumed": "presumed",
        "rebut": "rebutted by",
        "blocked": "Rules not applied",
        "allocation": "Allocation",
        "leads": "Investigate next",
        "alternative": "If the court applies the Civil Code in its discretion",
        "would": "if",
        "gains": "new",
        "loses": "no longer",
        "changes": "Changes from the original decision",
        "nochange": "The decision does not change",
        "noarticle": "no article (a step of the reasoning)",
        "whatif": "WHAT-IF — not the facts as entered",
        "whatif_set": "assumed",
        "whatif_was": "was",
        "whatif_status": "status on the facts as entered",
        "concerns": "concerns",
    },
}


SHARED_KINDS = ("liable", "bears-own-loss", "compensates")  # the findings that carry a share


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


def _article_short(a: Assessment, aid: str, lang: str) -> str:
    """An article as the decision table shows it: the number first, then the law without the
    country's name — so a narrow terminal that folds the column never loses the number."""
    info = a.articles.get(aid)
    if info is None:
        return aid
    if lang == "zh":
        law = info.law_zh.replace("中华人民共和国", "").strip("《》")
        return f"第{info.number}条 {law}"
    return f"art. {info.number} {info.law_en}"


_LABEL_END = re.compile(r"[：；:;（(—]")
_LEADING_NOTE = re.compile(r"^[（(][^）)]*[）)]\s*")


@functools.cache
def _field_words() -> dict[tuple[str, str | None], dict[str, tuple[str, str]]]:
    """Each input field's words from the model's own descriptions ("知道或者被告知 / knew or was told
    of the event"), by the engine fact's type and kind — so the chain speaks as the file's schema
    does, and a field added to the model is worded without a change here."""
    import typing

    from . import model

    def words(cls: type) -> dict[str, tuple[str, str]]:
        out = {}
        for name, field in cls.model_fields.items():
            zh, sep, en = (field.description or "").partition("/ ")
            zh, en = (_LABEL_END.split(_LEADING_NOTE.sub("", x.strip()))[0].strip() for x in (zh, en))
            if sep and zh and en:  # the label only: the explanations are for the one writing the file
                out[name] = (zh, en)
        return out

    table: dict[tuple[str, str | None], dict[str, tuple[str, str]]] = {}
    for t, union in (("event", model.Event), ("rel", model.Relationship)):
        for cls in typing.get_args(typing.get_args(union)[0]):
            kind = typing.get_args(cls.model_fields["kind"].annotation)[0]
            table[(t, kind)] = words(cls)
    for t, cls in (("party", model.Party), ("thing", model.Thing), ("harm", model.Harm)):
        table[(t, None)] = words(cls)
    return table


# fields of the facts the engine derives from the file's lists (a harm's causes, a contract's clients)
_LINK_WORDS = {
    "event": ("事件", "event"),
    "harm": ("损害", "harm"),
    "party": ("当事人", "party"),
    "client": ("业主（服务对象）", "client"),
    "provider": ("物业服务人", "provider"),
    "against": ("被主张人", "claimed against"),
    "connected": ("与损害有事实联系", "connected with the harm by the facts"),
    "excluded": ("已证明不是加害人", "proved it was not them"),
    "promisor": ("承诺人", "promisor"),
    "promisee": ("受诺人", "promisee"),
}


def _value_words(a: Assessment, value, lang: str) -> str:
    if value is True:
        return "是" if lang == "zh" else "yes"
    if value is False:
        return "否" if lang == "zh" else "no"
    if value == "none":
        return "无" if lang == "zh" else "none"
    if value == "unknown":
        return "未知" if lang == "zh" else "unknown"
    if isinstance(value, str):
        return a.names.get(value, value)  # an id is shown by its name
    return str(value)


def premise_text(a: Assessment, p, lang: str) -> str:
    """An input fact a rule used, in words: what it is (its name, kind and place in the file), then
    each field the rule tested with the model's wording of it and its value — never the engine's
    raw form (`kind=failure-to-act, knew=True`)."""
    fact = p.fact
    key, t = fact.get("k") or fact.get("rel"), fact.get("t")
    kind = fact.get("kind") or {"serves": "property-service-contract", "undertakes": "maintenance-undertaking"}.get(t)
    table = _field_words()
    fields = table.get((t, kind if t in ("event", "rel") else None), {})
    shown = []
    tested = list(p.tested)
    by_age = fact.get("capacity_by_age") if t == "party" else None
    if by_age not in (None, "none") and "capacity" not in tested:
        tested.append("capacity")  # a minor's capacity, given by his age, is what a rule reads him for
    for name in tested:
        if name in ("k", "kind", "t") or name not in fact:
            continue
        zh_en = fields.get(name) or _LINK_WORDS.get(name)
        label = (zh_en[0] if lang == "zh" else zh_en[1]) if zh_en else name.replace("_", " ")
        value = _value_words(a, fact[name], lang) if name != "capacity" else _capacity_words(a, fact, lang)
        shown.append(f"{label}：{value}" if lang == "zh" else f"{label}: {value}")
    where = ", ".join(x for x in (kind if isinstance(kind, str) else None, p.path or t) if x)
    if lang == "zh":
        what = f"{a.names.get(key, key)}（{where}）" if key else where
        return f"{LABELS[lang]['facts']}：{what}" + (f" — {'；'.join(shown)}" if shown else "")
    what = f"{a.names.get(key, key)} ({where})" if key else where
    return f"{LABELS[lang]['facts']}: {what}" + (f" — {'; '.join(shown)}" if shown else "")


_CAPACITY_ZH = {"full": "完全", "limited": "限制", "none": "无", "unknown": "未知"}


def _capacity_words(a: Assessment, fact: dict, lang: str) -> str:
    """A party's capacity, and where the law of the date gave it by the party's age, how — with the
    article: "无（8岁（2015年6月18日）：不满十周岁的未成年人，无民事行为能力 — 《…民法通则》第十二条）"."""
    from .capacity import by_age

    value = fact["capacity"]
    words = _CAPACITY_ZH.get(value, value) if lang == "zh" else value
    article = fact.get("capacity_by_age")
    age = fact.get("age")
    b = by_age(age, a.date) if article not in (None, "none") and isinstance(age, int) else None
    if b is None:
        return words
    why = f"{b.zh() if lang == 'zh' else b.en()} — {_article_title(a, article, lang)}"
    return f"{words}（{why}）" if lang == "zh" else f"{words} ({why})"


def _time_law_text(a: Assessment, lang: str) -> str:
    parts = []
    for step in a.time_law.steps:
        text = step.zh if lang == "zh" else step.en
        if step.article:
            text += f"  ← {_article_title(a, step.article, lang)}"
        if len(a.time_law.steps) > 1:
            text = f"[{', '.join(step.doctrines)}] " + text
        parts.append(text)
    return "\n    ".join(parts)


def derivation_articles(a: Assessment, d: Derivation, lang: str) -> str:
    """What a step of the chain rests on: its articles, or — for a step that only reads the facts
    (who keeps a dog, who is a client) — that it cites none, never an empty arrow."""
    if not d.articles:
        return LABELS[lang]["noarticle"]
    return ("、" if lang == "zh" else "; ").join(_article_title(a, x, lang) for x in d.articles)


def blocked_line(a: Assessment, b, lang: str) -> str:
    """A rule not applied, with the parties and harms it concerned (one line for all its matches)."""
    n = a.names.get
    text = b.zh if lang == "zh" else b.en
    who = [n(p, p) for p in b.parties] + [n(h, h) for h in b.harms]
    if not who:
        return text
    sep = "、" if lang == "zh" else ", "
    return f"{text}（{LABELS[lang]['concerns']}：{sep.join(who)}）" if lang == "zh" else f"{text} ({LABELS[lang]['concerns']}: {sep.join(who)})"


def _derivation_node(tree: Tree, a: Assessment, d: Derivation, lang: str, depth: int = 0) -> None:
    text = d.zh if lang == "zh" else d.en
    arts = derivation_articles(a, d, lang)
    node = tree.add(Text.assemble((text, "bold"), "\n", (f"{LABELS[lang]['rule']}: {d.rule}", "cyan"), "  ← ", (arts, "green")))
    for p in d.premises:
        if p.kind == "input":
            node.add(Text(premise_text(a, p, lang), style="dim"))
        elif depth < 8:
            for sub in p.derivations:
                _derivation_node(node, a, a.derivations[sub], lang, depth + 1)


from .errors import MAX_NAME  # noqa: E402 - characters of a name shown to people; longer is elided with a count


def bounded(a: Assessment) -> Assessment:
    """The assessment with every display name and the title at most MAX_NAME characters (elided with
    a count), so that a 1 MB name in a file never makes a report slow or unreadable; the JSON keeps
    them whole. (The chain's sentences are written with elided names already: liability.pipeline.)"""
    from .errors import elide

    if all(len(v) <= MAX_NAME for v in a.names.values()) and len(a.title or "") <= MAX_NAME:
        return a
    return a.model_copy(
        update={"names": {k: elide(v, MAX_NAME) for k, v in a.names.items()}, "title": elide(a.title, MAX_NAME) if a.title else a.title}
    )


def render_text(a: Assessment, lang: str = "zh", console: Console | None = None) -> None:
    a = bounded(a)
    L = LABELS[lang]
    out = console or Console()
    n = a.names.get
    mark = what_if_block(a, lang)
    if mark:  # first, before anything could be read as the decision on the facts entered
        heading, assumed, changes_heading, changes = mark
        out.print(Text(f"*** {heading} ***", style="bold reverse magenta"))
        for line in assumed:
            out.print(f"  {line}")
        out.print(Text(changes_heading, style="bold magenta"))
        for line in changes:
            out.print(f"  {line}")
    out.print(Text(f"{L['title']}: {a.title or ''}", style="bold"))
    out.print(f"{L['date']}: {a.date}    [{'green' if a.status == 'decided' else 'yellow'}]{L['status'][a.status]}[/]")
    law = _time_law_text(a, lang)
    out.print(f"{L['law']}: {law}")
    for alt in a.time_law.alternatives:
        head = alt.zh if lang == "zh" else alt.en
        arts = f"  ← {_article_title(a, alt.article, lang)}" if alt.article else ""
        out.print(Text(f"{L['alternative']}: {head}{arts}", style="magenta"))
        for c in alt.changes:
            out.print("      " + change_line(a, c, lang))

    table = Table(title=L["decision"], show_lines=True)
    for col in ("party", "harm", "outcome", "share", "articles"):
        # the articles column folds rather than cuts: its number is what a reviewer needs
        table.add_column(L[col], overflow="fold", min_width=12 if col == "articles" else None)
    for f in a.findings:
        kind = outcome_label(f.kind.value, f.degree, f.basis, lang)
        if f.presumed:
            kind += f" ({L['presumed']}; {L['rebut']}: {f.rebuttal})"
        table.add_row(
            n(f.party, f.party),
            n(f.harm, f.harm),
            kind,
            _share(f.share, f.degree, lang) if f.kind.value in SHARED_KINDS else "—",
            "\n".join(_article_short(a, x, lang) for x in f.articles),
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

    if a.leads:
        out.print(Text(L["leads"], style="bold yellow"))
        for lead in a.leads:
            value = shown_value(lead.value)
            out.print(f"  • {L['would']} {lead.fact} = {value}:")
            for c in lead.changes:
                out.print("      " + change_line(a, c, lang))

    tree = Tree(Text(L["chain"], style="bold"))
    tree.add(Text(f"{L['law']}: {law}", style="magenta"))
    for f in a.findings:
        head = tree.add(Text(f"{n(f.party, f.party)} — {outcome_label(f.kind.value, f.degree, None, lang)} — {n(f.harm, f.harm)}", style="bold"))
        for d in f.derivations:
            _derivation_node(head, a, a.derivations[d], lang)
    for q in a.questions:
        head = tree.add(Text(f"? {q.fact}", style="yellow"))
        for d in q.derivations:
            _derivation_node(head, a, a.derivations[d], lang)
    out.print(tree)

    from .similar import sections

    for heading, lines in sections(a, lang):
        out.print(Text(heading, style="bold cyan"))
        for line in lines:
            out.print(f"  • {line}")
    if a.blocked:
        out.print(Text(L["blocked"], style="bold"))
        for b in a.blocked:
            out.print(f"  • {blocked_line(a, b, lang)}")

    out.print(Text(L["cited"], style="bold"))
    for aid, info in a.articles.items():
        title = info.title_zh if lang == "zh" else info.title_en
        body = info.text_zh if info.text_zh else L["notext"]
        extra = "" if info.checked else f" {wording_mark(info.wording, lang)}"
        gloss = f"\n    {info.gloss_en}" if lang == "en" and info.gloss_en else ""
        out.print(Group(Text(f"  [{aid}] {title}{extra}", style="green"), Text(f"    {body}{gloss}")))


def wording_mark(wording: str, lang: str) -> str:
    """How an unchecked article's wording came to be here, e.g. "(read from a third-party copy, …)"."""
    en, zh = WORDING[wording]
    return f"（{zh}）" if lang == "zh" else f"({en})"


def change_line(a: Assessment, c, lang: str) -> str:
    L = LABELS[lang]
    outcome = (OUTCOME_ZH if lang == "zh" else OUTCOME_EN)[c.kind.value if hasattr(c.kind, "value") else c.kind]
    degree = (DEGREE_ZH if lang == "zh" else DEGREE_EN).get(c.degree or "", c.degree or "")
    sign = L["gains"] if c.gained else L["loses"]
    n = a.names.get
    tail = f" ({degree})" if degree else ""
    return f"{'+' if c.gained else '−'} {sign}: {n(c.party, c.party)} {outcome} — {n(c.harm, c.harm)}{tail}"


def what_if_block(a: Assessment, lang: str) -> tuple[str, list[str], str, list[str]] | None:
    """A what-if's mark, for the top of every format: the heading, the facts assumed (each with the
    value in the file), and the changes from the decision on the facts as entered."""
    if a.what_if is None:
        return None
    L = LABELS[lang]
    w = a.what_if
    def v(x) -> str:
        return shown_value(x) if isinstance(x, bool) else "—" if x is None else str(x)

    was = "（{}{}）" if lang == "zh" else " ({} {})"
    assumed = [f"{L['whatif_set']} {s.fact} = {v(s.now)}" + was.format(L["whatif_was"], v(s.was)) for s in w.set]
    assumed.append(f"{L['whatif_status']}: {L['status'][w.original_status]}")
    changes = [change_line(a, c, lang) for c in w.changes] or [L["nochange"]]
    return L["whatif"], assumed, L["changes"], changes


def render_explain(a: Assessment, party: str, lang: str = "zh", console: Console | None = None) -> None:
    """Why (and why not) for one party: its findings with their chains, the open questions that
    concern it, the leads that would change its position, and the rules not applied on the date."""
    L = LABELS[lang]
    out = console or Console()
    n = a.names.get
    out.print(Text(f"{n(party, party)} ({party})", style="bold"))
    out.print(f"{L['law']}: {_time_law_text(a, lang)}")
    tree = Tree(Text(L["chain"], style="bold"))
    mine = a.findings_for(party)
    for f in mine:
        share = f" — {_share(f.share, f.degree, lang)}" if f.kind.value in SHARED_KINDS else ""
        head = tree.add(Text(f"{outcome_label(f.kind.value, f.degree, None, lang)} — {n(f.harm, f.harm)}{share}", style="bold"))
        for d in f.derivations:
            _derivation_node(head, a, a.derivations[d], lang)
    harms_touched = {f.harm for f in mine}
    for al in a.allocations:
        if al.harm not in harms_touched and al.victim != party:
            none_zh = f"没有任何规则使其对{n(al.harm, al.harm)}承担责任。"
            none_en = f"No rule puts {n(al.harm, al.harm)} on this party."
            tree.add(Text(none_zh if lang == "zh" else none_en, style="dim"))
    for q in a.questions:
        if q.party == party:
            d = a.derivations[q.derivations[0]]
            tree.add(Text(f"? {q.fact}: {d.zh if lang == 'zh' else d.en}", style="yellow"))
    out.print(tree)
    leads = [lead for lead in (a.leads or []) if any(c.party == party for c in lead.changes)]
    if leads:
        out.print(Text(L["leads"], style="bold yellow"))
        for lead in leads:
            out.print(f"  • {L['would']} {lead.fact} = {shown_value(lead.value)}:")
            for c in lead.changes:
                if c.party == party:
                    out.print("      " + change_line(a, c, lang))
    if a.blocked:
        out.print(Text(L["blocked"], style="bold"))
        for b in a.blocked:
            out.print(f"  • {blocked_line(a, b, lang)}")


def render_scores(scores, totals, console: Console | None = None) -> None:
    """The precedent score for a terminal: the totals, then each case that disagrees, with why."""
    out = console or Console()
    t = totals
    table = Table(title=f"{t.cases} reported judgments ({', '.join(f'{k} {v}' for k, v in sorted(t.by_period.items()))})")
    for col in ("measure", "agree", "partly / label", "no / none", "wrong", "n/a", "rate"):
        table.add_column(col)
    for key, name in (("who", "who, facts as stated"), ("who_found", "who, court's findings")):
        row = getattr(t, key)
        table.add_row(name, str(row["yes"]), str(row["partly"]), str(row["no"]), "", "", f"{100 * t.rate(key):.0f} %")
    table.add_row(
        "shares", str(t.shares["within"]), str(t.shares["label"]), str(t.shares["none"]), str(t.shares["wrong"]), str(t.shares["n/a"]),
        f"{100 * t.rate('shares'):.0f} %",
    )
    table.add_row("law", str(t.law["yes"]), str(t.law["partly"]), str(t.law["no"]), "", str(t.law["n/a"]), f"{100 * t.rate('law'):.0f} %")
    out.print(table)
    out.print(
        f"The engine left {t.engine_open} open on the facts as the sources state them (a fact unknown, or a claim "
        f"outside the rule book); {t.with_findings} cases carry the court's findings on such facts."
    )
    cases = Table(title="Where the engine and the court differ", show_lines=False)
    for col in ("case", "who", "who (findings)", "shares", "law", "why"):
        cases.add_column(col, overflow="fold")
    for s in scores:
        reasons = s.reasons() or ([s.error] if s.error else [])
        if reasons:
            cases.add_row(s.name, s.who, s.who_found, s.shares, s.law, Text("\n".join(reasons)))
    out.print(cases)

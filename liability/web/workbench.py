"""The workbench page (issue 19): the interview of ``liability new`` over HTTP, and the decision.

The interview is stateless on the server: the page keeps the answers (in the browser's storage, so
a reload loses nothing) and sends them all; the server replays them through the same interview as
the terminal (``liability.intake``) and returns the next question — its text, its choices, its
default, and why the last answer was refused — or the finished incident. Going back is dropping the
last answer. The decision is the assessment of the incident, with the unknown facts the handler has
set (yes / no) applied as a what-if (``liability.what_if``), so what changed is marked.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse

from ..errors import IncidentError, Problem
from ..intake import Asker, interview


MAX_ANSWERS = 2000  # answers to an interview, or facts set, in one request
MAX_TEXT = 2000  # characters of one answer (as the API's limit on a text)


class _Needed(Exception):
    """The interview needs an answer it does not have."""


class _WebAsker(Asker):
    """An Asker that, instead of prompting, stops at the first question without a recorded answer
    and remembers what it would have asked."""

    def __init__(self, recorded: list[tuple[str, str]], earlier: dict[str, str] | None = None, lang: str | None = None):
        self.said: list[str] = []
        self.question: dict[str, Any] | None = None
        self._options: tuple[str, list[str], bool] | None = None
        self._rejected: str | None = None
        super().__init__(self._stop, self.said.append, recorded, earlier, lang=lang)
        self._keep = dict(earlier or {})  # answers given before a change upstream: taken again where they still fit

    def _stop(self, prompt: str) -> str:
        raise _Needed(prompt)

    def choice(self, key, question, options, *, default=None, optional=False):
        self._options = ("one", list(options) + (["-"] if optional else []), optional)
        return super().choice(key, question, options, default=default, optional=optional)

    def many(self, key, question, options, *, at_least=0, default=None):
        self._options = ("many", list(options), at_least == 0)
        return super().many(key, question, options, at_least=at_least, default=default)

    def text(self, key, question, *, default=None, check=None):
        options, self._options = self._options, None
        i = len(self.answers)
        rejected = None
        if i < len(self.recorded) and self.recorded[i][0] == key and check is not None:
            rejected = check(self.recorded[i][1])
        try:
            return super().text(key, question, default=default, check=check)
        except _Needed:
            kept = self._keep.pop(key, None)
            if kept is not None and (check is None or check(kept) is None):
                self.answers.append((key, kept))  # the handler's earlier answer still fits: not asked again
                return kept
            kind, choices, optional = options or ("text", [], True)
            self.question = {
                "key": key,
                "text": self.hints(question).strip(),
                "kind": kind,
                "options": choices,
                "default": self.earlier.get(key, default),
                "problem": rejected,
                "said": [line.strip("\n") for line in self.said if line.strip()],
            }
            raise


def step(answers: list[list[str]] | list[tuple[str, str]], keep: bool = False,
         earlier: list[list[str]] | list[tuple[str, str]] = (), lang: str | None = None) -> dict[str, Any]:
    """One step of the interview: the answers so far in, the next question (or the incident) out.
    With ``keep``, an answer that no longer follows in order (the handler changed one upstream:
    added a party, removed an event) is taken again wherever its question still comes up, so a
    change asks only what is new; those not yet taken come back as ``earlier``, for the next step."""
    recorded = [(str(k), str(a)) for k, a in answers]
    kept = {str(k): str(a) for k, a in earlier}
    if keep:
        kept.update(recorded)
    asker = _WebAsker(recorded, kept, lang)  # the questions in the page's language
    try:
        data = interview(asker)
    except _Needed:
        left = [[k, a] for k, a in asker._keep.items() if k not in {x for x, _ in asker.answers}]
        return {"done": False, "question": asker.question, "answers": [list(x) for x in asker.answers], "earlier": left}
    return {"done": True, "incident": data, "answers": [list(x) for x in asker.answers], "earlier": [],
            "said": [line.strip("\n") for line in asker.said if line.strip()]}


def decide(incident, settings: list[tuple[str, Any]]) -> dict[str, Any]:
    """The decision on an incident (with the handler's yes / no on unknown facts as a what-if): the
    assessment, and the incident as a YAML file."""
    import liability
    from ..intake import to_yaml
    from ..whatif import what_if

    if settings:
        a = what_if(incident, settings, investigate=True, similar=True)
    else:
        a = liability.assess(incident, investigate=True, similar=True)
    return {"assessment": a, "incident": incident, "yaml": to_yaml(incident.model_dump(mode="json", exclude_defaults=True))}


def togglable(a) -> list[dict[str, Any]]:
    """The unknown facts a handler may set: those a rule needs (questions) and those that would change
    the decision (leads), each once, with what each value would change; and those already set."""
    seen: dict[str, dict[str, Any]] = {}
    for q in a.questions:
        seen.setdefault(q.fact, {"fact": q.fact, "needed": True, "leads": []})
    for lead in a.leads or []:
        entry = seen.setdefault(lead.fact, {"fact": lead.fact, "needed": False, "leads": []})
        entry["leads"].append(lead)
    for s in (a.what_if.set if a.what_if else []):
        seen.setdefault(s.fact, {"fact": s.fact, "needed": False, "leads": []})
    return list(seen.values())


def _fact_words(incident, path: str, lang: str) -> str | None:
    """A fact's description from the model, in the chosen language (``知道或者被告知 / knew …``)."""
    from ..intake import _model_field, in_language

    try:
        _, field = _model_field(incident, path)
    except (StopIteration, KeyError, ValueError):
        return None
    return in_language(field.description, lang)


def decision_view(a, lang: str, incident=None) -> dict[str, Any]:
    """What the decision fragment shows, in the chosen language: the same words as the reports."""
    from ..assessment import outcome_label
    from ..render import (
        LABELS, SHARED_KINDS, _article_short, _share, _value_words, blocked_line, change_line, derivation_articles, premise_text, shown_value,
        what_if_block,
    )
    from ..similar import sections

    n = a.names.get
    L = LABELS[lang]

    def article(aid: str) -> dict[str, Any]:
        info = a.articles.get(aid)
        if info is None:
            return {"short": aid, "title": aid, "text": None}
        return {"short": _article_short(a, aid, lang), "title": info.title_zh if lang == "zh" else info.title_en, "text": info.text_zh}

    def chain(d_id: int, depth: int = 0) -> dict[str, Any]:
        d = a.derivations[d_id]
        node = {"text": d.zh if lang == "zh" else d.en, "rule": d.rule, "articles": [article(x) for x in d.articles],
                "none": derivation_articles(a, d, lang) if not d.articles else None, "facts": [], "children": []}
        for p in d.premises:
            if p.kind == "input":
                node["facts"].append(premise_text(a, p, lang))
            elif depth < 8:
                node["children"] += [chain(s, depth + 1) for s in p.derivations]
        return node

    changed = set()
    if a.what_if:
        changed = {(c.party, c.harm) for c in a.what_if.changes if c.gained}
    findings = []
    for f in a.findings:
        kind = outcome_label(f.kind.value, f.degree, f.basis, lang)
        if f.presumed:
            kind += f"（{L['presumed']}；{L['rebut']}：{f.rebuttal}）" if lang == "zh" else f" ({L['presumed']}; {L['rebut']}: {f.rebuttal})"
        findings.append({
            "party": n(f.party, f.party), "harm": n(f.harm, f.harm), "outcome": kind,
            "share": _share(f.share, f.degree, lang) if f.kind.value in SHARED_KINDS else "—",
            "articles": [article(x) for x in f.articles], "changed": (f.party, f.harm) in changed,
            "chain": [chain(d) for d in f.derivations],
            "head": f"{n(f.party, f.party)} — {outcome_label(f.kind.value, f.degree, None, lang)} — {n(f.harm, f.harm)}",
        })
    toggles = []
    set_now = {s.fact: s.now for s in (a.what_if.set if a.what_if else [])}
    for t in togglable(a):
        leads = []
        for lead in t["leads"]:
            value = _value_words(a, lead.value, lang) if isinstance(lead.value, bool) else str(lead.value)
            leads.append(f"{value} → " + "; ".join(change_line(a, c, lang) for c in lead.changes))
        now = set_now.get(t["fact"], "unknown")
        toggles.append({"fact": t["fact"], "needed": t["needed"], "leads": leads,
                        "words": _fact_words(incident, t["fact"], lang) if incident is not None else None,
                        "value": shown_value(now) if isinstance(now, bool) else str(now)})
    return {
        "status": a.status, "status_text": L["status"][a.status], "what_if": what_if_block(a, lang),
        "findings": findings, "toggles": toggles,
        "allocations": [{"harm": n(al.harm, al.harm), "text": al.zh if lang == "zh" else al.en} for al in a.allocations if (al.zh if lang == "zh" else al.en)],
        "sections": sections(a, lang), "blocked": [blocked_line(a, b, lang) for b in a.blocked], "L": L,
    }


# ------------------------------------------------------------------------------------- the routes
def routes():
    """The workbench's routes, for the API's app to include (FastAPI is the optional [api] extra)."""
    from . import lang_of, render, templates

    router = APIRouter(include_in_schema=False)

    def bad(e: IncidentError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"errors": [str(p) for p in e.problems]})

    async def body(request: Request, limits: bool = True) -> Any:
        """The request's JSON object, read as the API reads a body (size, depth, duplicate keys) and,
        with ``limits``, held to the API's limits on an incident (liability.limits)."""
        from ..api import TooLarge, _json, _limits, _raw_body

        raw = await _raw_body(request)
        data = _json(raw)
        problems = _limits(data, raw, "request", depth=1) if limits else []
        if problems:
            raise TooLarge(problems)
        if not isinstance(data, dict):
            raise IncidentError([Problem("expected a JSON object", "", "request")])
        return data

    def incident_of(data: dict):
        from ..api import _incident  # validated as the CLI validates a file, with the API's limits

        return _incident(data.get("incident") or {}, "incident", True)

    @router.get("/", response_class=HTMLResponse)
    def page(request: Request):
        lang = lang_of(request)
        words = {"none": "（无）", "save": "保存"} if lang == "zh" else {"none": "(none)", "save": "Save"}
        return render(request, "workbench.html", "workbench", words=words)

    @router.post("/workbench/interview")
    async def interview_step(request: Request):
        data = await body(request, limits=False)  # a long story has more than 100 answers: bounded below
        answers = data.get("answers", [])
        if not isinstance(answers, list) or len(answers) > MAX_ANSWERS or not all(
            isinstance(x, list) and len(x) == 2 and all(isinstance(y, str) and len(y) <= MAX_TEXT for y in x) for x in answers
        ):
            return JSONResponse(status_code=422, content={"errors": [f"request: answers: a list of at most {MAX_ANSWERS} [key, answer] pairs"]})
        try:
            earlier = data.get("earlier", [])
            if not isinstance(earlier, list) or len(earlier) > MAX_ANSWERS or not all(isinstance(x, list) and len(x) == 2 for x in earlier):
                return JSONResponse(status_code=422, content={"errors": [f"request: earlier: a list of at most {MAX_ANSWERS} [key, answer] pairs"]})
            return await run_in_threadpool(step, answers, bool(data.get("keep")), earlier, lang_of(request))
        except IncidentError as e:
            return bad(e)

    def _settings(data: dict) -> list[tuple[str, Any]]:
        pairs = data.get("set", [])
        if not isinstance(pairs, list) or len(pairs) > MAX_ANSWERS or not all(isinstance(x, list) and len(x) == 2 for x in pairs):
            raise IncidentError([Problem(f"a list of at most {MAX_ANSWERS} [fact, value] pairs", "set", "request")])
        return [(str(k), v) for k, v in pairs]

    async def decided(request: Request) -> dict[str, Any]:
        """The request's incident (with its facts set) decided, off the event loop; IncidentError
        for a bad incident, as the API's own routes raise it."""
        data = await body(request)
        return await run_in_threadpool(lambda: decide(incident_of(data), _settings(data)))

    @router.post("/workbench/decision")
    async def decision(request: Request):
        lang = lang_of(request)
        try:
            got = await decided(request)
        except IncidentError as e:
            return bad(e)
        a = got["assessment"]
        v = decision_view(a, lang, got["incident"])
        html = templates.get_template("decision.html").render(v=v, t=lambda en, zh: zh if lang == "zh" else en)
        return {"html": html, "yaml": got["yaml"], "status": a.status}

    @router.post("/workbench/load")
    async def load_file(request: Request):
        from ..loader import loads

        from ..api import TooLarge
        from ..limits import document_problems

        data = await body(request, limits=False)  # a file's text, as one string (the body is bounded)
        text, name = str(data.get("text", "")), str(data.get("name", "incident.yaml"))[:200]
        try:
            incident = await run_in_threadpool(loads, text, name)
        except IncidentError as e:
            return bad(e)
        out = incident.model_dump(mode="json", exclude_defaults=True)
        problems = document_problems(out, name)  # the API's limits hold for a file opened in the page
        if problems:
            raise TooLarge(problems)
        return {"incident": out}

    @router.post("/workbench/report", response_class=HTMLResponse)
    async def report(request: Request):
        from ..report import to_html

        try:
            got = await decided(request)
        except IncidentError as e:
            return bad(e)
        return HTMLResponse(to_html(got["assessment"], lang_of(request)))

    return router

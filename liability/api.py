"""The HTTP API, for ticket systems written in Java, PHP or Node (optional extra: ``[api]``).

    liability serve --host 127.0.0.1 --port 8000 [--workers N]     # docs at /docs and /redoc

POST /assess returns exactly what ``liability assess --format json`` prints (``?investigate=false``
and ``?similar=false`` as ``--no-investigate`` and ``--no-similar``). Invalid input is a 422 with
the same located messages as the CLI (``request: field.path: what is wrong``), never a 500; a body
over a size limit (liability.limits) is a 413 in the same shape: every 4xx is
``{"errors": ["request…: what is wrong", …]}``.

The docs pages load Swagger UI and ReDoc from this server (the files of the fastapi-offline
package), never from a CDN: they work offline.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__
from .assessment import Assessment
from .errors import EngineError, IncidentError, Problem
from .limits import (
    MAX_BODY,
    MAX_FACTS,
    MAX_ITEMS,
    MAX_KEYS,
    MAX_TEXT,
    MAX_VALUES,
    MAX_WORK,
    TooDeep,
    document_problems,
    work,
    work_problem,
)
from .loader import MAX_DEPTH, parse_incident, parse_json

MAX_BATCH = 500  # incidents per /assess/batch request

incident_work = work  # (re-runs + 1) x facts, re-runs, facts: see liability.limits

LIMITS = (
    f"Limits (past any of them a 413, in the same error shape, saying which): a body of at most {MAX_BODY:,} bytes; "
    f"at most {MAX_ITEMS} items in any list, {MAX_KEYS} keys in any object, {MAX_TEXT:,} characters in any text, "
    f"{MAX_VALUES:,} values in one incident, nesting {MAX_DEPTH} deep; at most {MAX_FACTS} facts for the rule engine "
    "(one for each party, thing, relationship, event and harm, and one for each id listed in them); and, for the "
    f"leads, a work of at most {MAX_WORK:,}: the what-if search re-runs the engine once for each value each unknown "
    "fact could take, so the work is (re-runs + 1) × facts (about a second of CPU at the limit; "
    "investigate=false needs none). The largest example, examples/car-park-2022.yaml, has 27 facts and a work of 4,779. "
    f"/assess/batch takes at most {MAX_BATCH} incidents, each under the same limits."
)

DOCS_ASSETS = "/docs-assets"


def _docs_assets() -> Path:
    """Swagger UI's and ReDoc's JavaScript and CSS, as the fastapi-offline package ships them."""
    import fastapi_offline

    return Path(fastapi_offline.__file__).resolve().parent / "static"


app = FastAPI(
    title="liability",
    version=__version__,
    description=(
        "Who bears liability in a property-management incident under Chinese civil law, and why, article by article.\n\n"
        + LIMITS
    ),
    docs_url=None,  # served below from local files, not a CDN
    redoc_url=None,
)
app.mount(DOCS_ASSETS, StaticFiles(directory=_docs_assets()), name="docs-assets")

INCIDENT_SCHEMA_REF = {"$ref": "#/components/schemas/IncidentFile"}

TRIM_OVER = 256 * 1024  # bytes of a request body after which the freed memory goes back to the system


def _malloc_trim() -> None:
    """Give the C heap's free pages back to the system (glibc; elsewhere nothing). Python frees the
    objects of a large body when the request ends, but glibc keeps the pages in the arena of the
    thread that used them: four 2 MB bodies at once kept 25 MB for good."""
    global _trim
    if _trim is None:
        import ctypes
        import ctypes.util

        try:
            _trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _trim = False
    if _trim:
        _trim(0)


_trim: Any = None


class _TrimAfterLargeBodies:
    """ASGI middleware: after a request whose body was over TRIM_OVER bytes has been answered (its
    parsed objects, and any error's traceback, gone), trim the C heap, off the event loop."""

    def __init__(self, app_: Any) -> None:
        self.app = app_

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        size = 0

        async def counted() -> dict:
            nonlocal size
            message = await receive()
            size += len(message.get("body", b""))
            return message

        try:
            await self.app(scope, counted, send)
        finally:
            if size > TRIM_OVER:
                await run_in_threadpool(_malloc_trim)


app.add_middleware(_TrimAfterLargeBodies)


class TooLarge(Exception):
    """A request over a size limit: a 413 with located problems."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.problems = problems


def _problems_response(problems: list[Problem], status: int = 422) -> JSONResponse:
    return JSONResponse(status_code=status, content={"errors": [str(p) for p in problems]})


@app.exception_handler(RequestValidationError)
async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    problems = [
        Problem(err.get("msg", "invalid"), ".".join(str(x) for x in err.get("loc", ()) if x != "body"), "request")
        for err in exc.errors()
    ]
    return _problems_response(problems or [Problem("invalid request", "", "request")])


@app.exception_handler(StarletteHTTPException)
async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:  # 404, 405, 413: the same shape
    return JSONResponse(status_code=exc.status_code, content={"errors": [f"request: {exc.detail}"]}, headers=getattr(exc, "headers", None))


@app.exception_handler(IncidentError)
async def _incident_error(request: Request, exc: IncidentError) -> JSONResponse:
    return _problems_response(exc.problems)


@app.exception_handler(TooLarge)
async def _too_large(request: Request, exc: TooLarge) -> JSONResponse:
    return _problems_response(exc.problems, 413)


@app.exception_handler(EngineError)
async def _engine_error(request: Request, exc: EngineError) -> JSONResponse:  # a defect: say so, in one line
    return JSONResponse(status_code=500, content={"errors": [f"internal error in the rule base: {exc}"]})


@app.exception_handler(Exception)
async def _defect(request: Request, exc: Exception) -> JSONResponse:  # any other defect: still one shape
    return JSONResponse(status_code=500, content={"errors": [f"internal error: {type(exc).__name__}: {str(exc)[:200]}"]})


# ------------------------------------------------------------------------------------ the body
async def _raw_body(request: Request) -> bytes:
    """The request's body; over MAX_BODY it is a 413 before it is read whole."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY:
        raise HTTPException(status_code=413, detail=f"body is {declared} bytes; the limit is {MAX_BODY}")
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY:
            raise HTTPException(status_code=413, detail=f"body is over the limit of {MAX_BODY} bytes")
    return bytes(raw)


class _Duplicate(Exception):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _Duplicate
    return out


def _json(raw: bytes) -> Any:
    """The body as JSON, read with the incident file's checks (UTF-8, depth, duplicate keys, number
    length) and located messages, the content type not required. A well-formed body is parsed by
    the json module alone; anything it refuses, or nested too deep, goes to the loader's
    liability.loader.parse_json for its located message. (The loader also composes YAML nodes for
    line numbers, which the API does not use and which cost a second and 100 MB for a 2 MB body.)"""
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        return json.loads(body.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (ValueError, RecursionError, _Duplicate):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        pass
    return parse_json(raw, "request")[0]  # raises the located problem


def _limits(data: Any, raw: bytes, source: str, *, depth: int = 0) -> list[Problem]:
    """What in the document is over a size limit; nesting too deep is the loader's located 422."""
    try:
        return document_problems(data, source, depth=depth)
    except TooDeep:
        parse_json(raw, "request")  # raises the located "nested deeper than" problem
        raise IncidentError([Problem(f"nested deeper than {MAX_DEPTH} levels", "", source)]) from None


def _incident(data: Any, source: str, investigate: bool):
    """The incident validated as the CLI validates a file (an example's expect: block accepted),
    with the work limit. Raises IncidentError or TooLarge."""
    return _checked(data, source, investigate)[0]


def _checked(data: Any, source: str, investigate: bool):
    """The validated incident and its work (liability.limits.work). Raises IncidentError or TooLarge."""
    incident, _ = parse_incident(data, None, source)
    total, reruns, facts = work(incident, investigate=investigate)
    problem = work_problem(incident, source, investigate=investigate, measured=(total, reruns, facts))
    if problem is not None:
        raise TooLarge([problem])
    return incident, total


def _assess(data: Any, decided_on: dt.date | None, source: str, investigate: bool = True, similar: bool = True) -> Assessment:
    from .pipeline import assess

    incident = _incident(data, source, investigate)
    return assess(incident, decided_on=decided_on, investigate=investigate, similar=similar)


# A request this small, whose work is this small, is answered on the event loop: a few milliseconds
# of CPU, less than the round trip to a worker thread and back costs. Anything larger runs off the loop.
INLINE_BODY = 64 * 1024
INLINE_WORK = 200  # about 20 ms at most (liability.limits: 40-180 us a unit)


def _body_schema(app_: FastAPI) -> None:
    """Publish the incident schema in the OpenAPI document, so clients (and fuzzers) see it, with
    the API's limits on every list and text."""
    from .expect import incident_file_schema

    original = app_.openapi

    def bound(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "array":
                node["maxItems"] = min(node.get("maxItems", MAX_ITEMS), MAX_ITEMS)
            elif node.get("type") == "string" and "enum" not in node and "const" not in node and "format" not in node:
                node["maxLength"] = min(node.get("maxLength", MAX_TEXT), MAX_TEXT)
            for value in node.values():
                bound(value)
        elif isinstance(node, list):
            for value in node:
                bound(value)

    def openapi() -> dict:
        if app_.openapi_schema:
            return app_.openapi_schema
        doc = original()
        schema = incident_file_schema()
        defs = schema.pop("$defs", {})
        schema["properties"].pop("expect", None)
        bound(schema)
        bound(defs)
        for name, d in defs.items():
            doc.setdefault("components", {}).setdefault("schemas", {})[name] = d
        doc["components"]["schemas"]["IncidentFile"] = schema
        text = json.dumps(doc).replace("#/$defs/", "#/components/schemas/")
        app_.openapi_schema = json.loads(text)
        return app_.openapi_schema

    app_.openapi = openapi  # type: ignore[method-assign]


# ---------------------------------------------------------------------------------- endpoints
@app.get("/health")
def health() -> dict:
    return {"status": "ok", "version": __version__}


_ERRORS = {
    413: {"description": "over a size limit (see the API's description): the same shape, {\"errors\": [\"request: path: what is over\"]}"},
}
INVESTIGATE = Query(True, description="list the unknown facts that would change the decision (the leads), as the CLI's --investigate/--no-investigate")
SIMILAR = Query(True, description="list the reported judgments like it, as the CLI's --similar/--no-similar")


@app.post(
    "/assess",
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": INCIDENT_SCHEMA_REF}}}},
    response_class=JSONResponse,
    responses={
        200: {"description": "the Assessment, as `liability assess --format json` prints it", "content": {"application/json": {"schema": {"type": "object"}}}},
        **_ERRORS,
        422: {"description": "invalid incident: located messages, {\"errors\": [\"request:LINE: field.path: what is wrong\"]}"},
    },
)
async def assess_endpoint(
    request: Request, decided_on: dt.date | None = Query(None), investigate: bool = INVESTIGATE, similar: bool = SIMILAR
) -> Response:
    """Assess one incident (the JSON form of an incident file). Returns the whole Assessment,
    exactly as `liability assess --format json` prints it (every explanation in zh and en)."""
    raw = await _raw_body(request)
    from .pipeline import assess

    def checked() -> tuple[Any, int]:
        data = _json(raw)
        problems = _limits(data, raw, "request")
        if problems:
            raise TooLarge(problems)
        return _checked(data, "request", investigate)

    def run(incident: Any) -> bytes:
        return assess(incident, decided_on=decided_on, investigate=investigate, similar=similar).model_dump_json().encode()

    if len(raw) <= INLINE_BODY:
        incident, total = checked()
        if total <= INLINE_WORK:
            return Response(run(incident), media_type="application/json")
        return Response(await run_in_threadpool(run, incident), media_type="application/json")
    return Response(await run_in_threadpool(lambda: run(checked()[0])), media_type="application/json")


@app.post(
    "/assess/batch",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"type": "array", "items": INCIDENT_SCHEMA_REF, "maxItems": MAX_BATCH}}},
        }
    },
    response_class=JSONResponse,
    responses={
        200: {"description": "one record per incident, in order: {index, status, assessment} or {index, status: rejected, errors}",
              "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object"}}}}},
        **_ERRORS,
        422: {"description": "not an array, or too many incidents"},
    },
)
async def assess_batch(
    request: Request, decided_on: dt.date | None = Query(None), investigate: bool = INVESTIGATE, similar: bool = SIMILAR
) -> Response:
    """Assess many incidents; one result per incident, in order; a bad one never stops the rest
    (one over a size limit is rejected with the limit's message, as an invalid one)."""
    raw = await _raw_body(request)

    def run() -> bytes:
        incidents = _json(raw)
        if not isinstance(incidents, list):
            raise IncidentError([Problem("expected a JSON array of incidents", "", "request")])
        if len(incidents) > MAX_BATCH:
            raise IncidentError([Problem(f"at most {MAX_BATCH} incidents per request", "", "request")])
        out = []
        for i, data in enumerate(incidents):
            source = f"request[{i}]"
            problems = _limits(data, raw, source, depth=1)
            try:
                if problems:
                    raise TooLarge(problems)
                a = _assess(data, decided_on, source, investigate, similar)
                out.append(f'{{"index": {i}, "status": {json.dumps(a.status)}, "assessment": {a.model_dump_json()}}}')
            except (IncidentError, TooLarge) as e:
                out.append(json.dumps({"index": i, "status": "rejected", "errors": [str(p) for p in e.problems]}, ensure_ascii=False))
        return ("[" + ",\n".join(out) + "]").encode()

    return Response(await run_in_threadpool(run), media_type="application/json")


@app.get("/statutes/{article_id}")
def statute(request: Request, article_id: str, on: str | None = Query(None)) -> Any:
    """An article (or, with ?on=DATE, the article that governed a provision on that date). A browser
    (Accept: text/html) gets the reviewers' page of it instead (liability.web)."""
    if _wants_page(request):
        from .web.reviewer import statute_page

        return statute_page(request, article_id)
    try:
        on = dt.date.fromisoformat(on) if on else None
    except ValueError:
        raise HTTPException(status_code=422, detail=f"on: {on!r} is not a date (YYYY-MM-DD)") from None
    from .library import registry

    reg = registry()
    target = article_id
    if on is not None and article_id in reg.provisions:
        art = reg.resolve(article_id, on)
        if art is None:
            return {"provision": article_id, "on": on.isoformat(), "article": None, "governed": False}
        target = art.id
    if target not in reg.articles:
        raise HTTPException(status_code=404, detail=f"no article or provision {article_id!r}")
    a = reg.article(target)
    return {
        "id": a.id,
        "law": a.law.id,
        "title_zh": a.title_zh,
        "title_en": a.title_en,
        "text_zh": a.text_zh,
        "gloss_en": a.gloss_en,
        "checked": a.checked,
        "wording": a.wording,
        "sources": list(a.sources or ([a.law.source] if a.law.source else [])),
        "note": a.note,
        "in_force": a.law.in_force.isoformat(),
        "ends": a.law.ends.isoformat() if a.law.ends else None,
        "governs": [
            {"provision": p.id, "from": per.start.isoformat(), "to": per.end.isoformat() if per.end else None}
            for p, per in reg.history(a.id)
        ],
    }


@app.get("/rules")
def rules(request: Request) -> Any:
    """Every rule: its id, doctrine and the provisions it cites. A browser (Accept: text/html) gets
    the reviewers' page of the rules instead (liability.web)."""
    if _wants_page(request):
        from .web.reviewer import rules_page

        return rules_page(request)
    from .review import rules as all_rules

    return [{"id": r.id, "doctrine": r.doctrine, "cites": list(r.cites)} for r in all_rules()]


# ------------------------------------------------------------------------- docs, served offline
@app.get("/docs", include_in_schema=False)
async def swagger_ui(request: Request) -> HTMLResponse:
    root = request.scope.get("root_path", "")
    return get_swagger_ui_html(
        openapi_url=f"{root}{app.openapi_url}",
        title=f"{app.title} — Swagger UI",
        oauth2_redirect_url=f"{root}/docs/oauth2-redirect",
        swagger_js_url=f"{root}{DOCS_ASSETS}/swagger-ui-bundle.js",
        swagger_css_url=f"{root}{DOCS_ASSETS}/swagger-ui.css",
        swagger_favicon_url=f"{root}{DOCS_ASSETS}/favicon.png",
        swagger_ui_parameters={"validatorUrl": None},  # never send the document to swagger.io's validator
    )


@app.get("/docs/oauth2-redirect", include_in_schema=False)
async def swagger_ui_redirect() -> HTMLResponse:
    return get_swagger_ui_oauth2_redirect_html()


@app.get("/redoc", include_in_schema=False)
async def redoc(request: Request) -> HTMLResponse:
    root = request.scope.get("root_path", "")
    return get_redoc_html(
        openapi_url=f"{root}{app.openapi_url}",
        title=f"{app.title} — ReDoc",
        redoc_js_url=f"{root}{DOCS_ASSETS}/redoc.standalone.js",
        redoc_favicon_url=f"{root}{DOCS_ASSETS}/favicon.png",
        with_google_fonts=False,
    )


def _wants_page(request: Request) -> bool:
    from .web import wants_html

    return wants_html(request)


@app.get("/statutes", include_in_schema=False)
def statutes_list(request: Request) -> Any:
    """The reviewers' page of the statutes by date (a page only: the API names articles by id)."""
    from .web.reviewer import statutes_page

    return statutes_page(request)


def _workbench(app: FastAPI) -> None:
    """The workbench pages (issue 19) at /, with their one stylesheet and script, served from the
    package: nothing comes from elsewhere."""
    from fastapi.staticfiles import StaticFiles

    from .web import STATIC
    from .web.reviewer import warm_up
    from .web.workbench import routes

    app.include_router(routes())
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.router.on_startup.append(warm_up)  # the reviewers' pages list the examples firing each rule: assessed once, in the background


_workbench(app)
_body_schema(app)

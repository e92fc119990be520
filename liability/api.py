"""The HTTP API, for ticket systems written in Java, PHP or Node (optional extra: ``[api]``).

    liability serve --host 127.0.0.1 --port 8000      # OpenAPI docs at /docs

POST /assess returns exactly what ``liability assess --format json`` prints. Invalid input is a
422 with the same located messages as the CLI (``request: field.path: what is wrong``), never a
500.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__
from .assessment import Assessment
from .errors import EngineError, IncidentError, Problem
from .loader import MAX_BYTES, parse_incident, parse_json

MAX_BODY = MAX_BYTES  # bytes of a request body, as of an incident file: larger is a 413
MAX_BATCH = 500  # incidents per /assess/batch request

app = FastAPI(
    title="liability",
    version=__version__,
    description="Who bears liability in a property-management incident under Chinese civil law, and why, article by article.",
)

INCIDENT_SCHEMA_REF = {"$ref": "#/components/schemas/IncidentFile"}


def _problems_response(problems: list[Problem]) -> JSONResponse:
    return JSONResponse(status_code=422, content={"errors": [str(p) for p in problems]})


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


async def _body(request: Request) -> Any:
    """The request's JSON body, read with the incident file's checks (size, depth, duplicate keys,
    number length); a body over MAX_BODY is a 413 before it is read whole. The content type is not
    required: the body is read as JSON whatever it says."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY:
        raise HTTPException(status_code=413, detail=f"body is {declared} bytes; the limit is {MAX_BODY}")
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY:
            raise HTTPException(status_code=413, detail=f"body is over the limit of {MAX_BODY} bytes")
    data, _ = parse_json(bytes(raw), "request")
    return data


@app.exception_handler(IncidentError)
async def _incident_error(request: Request, exc: IncidentError) -> JSONResponse:
    return _problems_response(exc.problems)


@app.exception_handler(EngineError)
async def _engine_error(request: Request, exc: EngineError) -> JSONResponse:  # a defect: say so, in one line
    return JSONResponse(status_code=500, content={"errors": [f"internal error in the rule base: {exc}"]})


def _assess(data: Any, decided_on: dt.date | None, source: str) -> Assessment:
    from .pipeline import assess

    incident, _ = parse_incident(data, None, source)  # an example file's expect: block is accepted, as by the CLI
    return assess(incident, decided_on=decided_on, investigate=True, similar=True)


def _body_schema(app_: FastAPI) -> None:
    """Publish the incident schema in the OpenAPI document, so clients (and fuzzers) see it."""
    from .expect import incident_file_schema

    original = app_.openapi

    def openapi() -> dict:
        if app_.openapi_schema:
            return app_.openapi_schema
        doc = original()
        schema = incident_file_schema()
        defs = schema.pop("$defs", {})
        schema["properties"].pop("expect", None)
        for name, d in defs.items():
            doc.setdefault("components", {}).setdefault("schemas", {})[name] = d
        doc["components"]["schemas"]["IncidentFile"] = schema
        text = __import__("json").dumps(doc).replace("#/$defs/", "#/components/schemas/")
        app_.openapi_schema = __import__("json").loads(text)
        return app_.openapi_schema

    app_.openapi = openapi  # type: ignore[method-assign]


@app.get("/health")
def health() -> dict:
    return {"status": "ok", "version": __version__}


@app.post(
    "/assess",
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": INCIDENT_SCHEMA_REF}}}},
    responses={
        413: {"description": f"body larger than {MAX_BODY} bytes (same error shape)"},
        422: {"description": "invalid incident: located messages, {\"errors\": [\"request:LINE: field.path: what is wrong\"]}"},
    },
)
async def assess_endpoint(request: Request, decided_on: dt.date | None = Query(None)) -> dict:
    """Assess one incident (the JSON form of an incident file). Returns the whole Assessment,
    exactly as `liability assess --format json` prints it (every explanation in zh and en)."""
    data = await _body(request)
    return await run_in_threadpool(lambda: _assess(data, decided_on, "request").model_dump(mode="json"))


@app.post(
    "/assess/batch",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"type": "array", "items": INCIDENT_SCHEMA_REF, "maxItems": MAX_BATCH}}},
        }
    },
    responses={413: {"description": f"body larger than {MAX_BODY} bytes (same error shape)"}, 422: {"description": "not an array, or too many incidents"}},
)
async def assess_batch(request: Request, decided_on: dt.date | None = Query(None)) -> list[dict]:
    """Assess many incidents; one result per incident, in order; a bad one never stops the rest."""
    incidents = await _body(request)
    if not isinstance(incidents, list):
        raise IncidentError([Problem("expected a JSON array of incidents", "", "request")])
    if len(incidents) > MAX_BATCH:
        raise IncidentError([Problem(f"at most {MAX_BATCH} incidents per request", "", "request")])

    def run() -> list[dict]:
        out = []
        for i, data in enumerate(incidents):
            try:
                a = _assess(data, decided_on, f"request[{i}]")
                out.append({"index": i, "status": a.status, "assessment": a.model_dump(mode="json")})
            except IncidentError as e:
                out.append({"index": i, "status": "rejected", "errors": [str(p) for p in e.problems]})
        return out

    return await run_in_threadpool(run)


@app.get("/statutes/{article_id}")
def statute(article_id: str, on: dt.date | None = Query(None)) -> dict:
    """An article (or, with ?on=DATE, the article that governed a provision on that date)."""
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
def rules() -> list[dict]:
    """Every rule: its id, doctrine and the provisions it cites."""
    from .review import rules as all_rules

    return [{"id": r.id, "doctrine": r.doctrine, "cites": list(r.cites)} for r in all_rules()]


_body_schema(app)

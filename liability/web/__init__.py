"""The workbench in the browser (issue 19): pages served by ``liability serve`` beside the API.

Server-rendered Jinja2 templates (templates/), one stylesheet and one small script of our own
(static/), nothing fetched from elsewhere: every page works offline and every asset ships in the
wheel. Pages answer browsers (``Accept: text/html``); the API's JSON routes keep their shapes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.templating import Jinja2Templates

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
templates = Jinja2Templates(directory=str(HERE / "templates"))


def wants_html(request: Request) -> bool:
    """A browser asking for a page (its Accept header names text/html before JSON)."""
    accept = request.headers.get("accept", "")
    html, json = accept.find("text/html"), accept.find("application/json")
    return html >= 0 and (json < 0 or html < json)


def lang_of(request: Request) -> str:
    return "en" if request.query_params.get("lang") == "en" else "zh"


def render(request: Request, template: str, page: str, **context: Any):
    """A page in the chosen language (``?lang=en``; Chinese by default), with the switch to the other."""
    lang = lang_of(request)
    params = dict(request.query_params)
    params["lang"] = "zh" if lang == "en" else "en"
    switch_url = f"{request.url.path}?{urlencode(params)}"

    def t(en: str, zh: str) -> str:
        return zh if lang == "zh" else en

    return templates.TemplateResponse(
        request, template, {"lang": lang, "page": page, "t": t, "switch_url": switch_url, **context}
    )

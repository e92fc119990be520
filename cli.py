"""The `liability` command: parses arguments, calls the library, renders. Nothing else.

Exit codes: 0 decided; 1 assessed, but facts still unknown decide part of the outcome (the
output lists them); 2 bad input or usage (one located line per problem, no traceback);
3 an internal error of the rule base (a defect to report, never the input's fault).
"""

from __future__ import annotations

import datetime as dt
import sys
from enum import Enum
from pathlib import Path

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Who bears liability in a property-management incident, and why, article by article.",
)


class Format(str, Enum):
    text = "text"
    json = "json"


class Lang(str, Enum):
    zh = "zh"
    en = "en"


@app.callback()
def _root() -> None:
    """Who bears liability in a property-management incident, and why, article by article."""


def _fail(lines: list[str], code: int = 2) -> None:
    for line in lines:
        typer.echo(line, err=True)
    raise typer.Exit(code)


@app.command()
def assess(
    file: Path = typer.Argument(..., help="incident file (YAML or JSON)"),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text for people, json for tools"),
    lang: Lang = typer.Option(Lang.zh, "--lang", "-l", help="language of the text output"),
    decided_on: str = typer.Option(None, "--decided-on", help="date the matter is decided (default: today)"),
) -> None:
    """Assess an incident file: who is liable for which harm, in what share, under which article."""
    import liability
    from liability.errors import EngineError, IncidentError

    on = None
    if decided_on is not None:
        try:
            on = dt.date.fromisoformat(decided_on)
        except ValueError:
            _fail([f"--decided-on: {decided_on!r} is not a date (YYYY-MM-DD)"])
    try:
        incident = liability.load(file)
        result = liability.assess(incident, decided_on=on)
    except IncidentError as e:
        _fail([str(p) for p in e.problems])
    except EngineError as e:
        _fail([f"{file}: internal error in the rule base: {e}"], 3)
    if format is Format.json:
        typer.echo(result.model_dump_json(indent=2))
    else:
        from liability.render import render_text

        render_text(result, lang.value)
    raise typer.Exit(0 if result.status == "decided" else 1)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover - interactive
        sys.exit(130)


if __name__ == "__main__":
    main()

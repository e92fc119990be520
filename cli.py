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
    md = "md"
    html = "html"


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


def _date_option(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail([f"{name}: {value!r} is not a date (YYYY-MM-DD)"])
    return None


@app.command()
def assess(
    file: Path = typer.Argument(..., help="incident file (YAML or JSON)"),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text for people, json for tools"),
    lang: Lang = typer.Option(Lang.zh, "--lang", "-l", help="language of the text output"),
    decided_on: str = typer.Option(None, "--decided-on", help="date the matter is decided (default: the file's decided_on, else today)"),
    set_: list[str] = typer.Option(None, "--set", help="what-if: change a fact, PATH=VALUE (e.g. events.leak.fault=false); repeatable"),
    investigate: bool = typer.Option(True, "--investigate/--no-investigate", help="list the unknown facts that would change the decision"),
    similar: bool = typer.Option(True, "--similar/--no-similar", help="list reported judgments like it, and the shares courts fixed where the law gives none"),
    output: Path = typer.Option(None, "--output", "-o", help="write the report (md, html) or JSON to this file"),
) -> None:
    """Assess an incident file: who is liable for which harm, in what share, under which article.

    --format text (default) for the terminal, json for tools, md or html for a report to send."""
    import liability
    from liability.errors import EngineError, IncidentError

    on = _date_option(decided_on, "--decided-on")
    try:
        incident = liability.load(file)
        if on is not None and on < incident.date:
            _fail([f"{file}: --decided-on {on} is before the incident date {incident.date}: a matter is decided after its facts"])
        if set_:
            from liability.whatif import parse_value, what_if

            settings = []
            for item in set_:
                path, sep, value = item.partition("=")
                if not sep:
                    _fail([f"--set: {item!r}: expected PATH=VALUE (e.g. events.leak.fault=false)"])
                settings.append((path.strip(), parse_value(value.strip())))
            result = what_if(incident, settings, decided_on=on, investigate=investigate, similar=similar)
        else:
            result = liability.assess(incident, decided_on=on, investigate=investigate, similar=similar)
    except IncidentError as e:
        _fail([str(p) for p in e.problems])
    except EngineError as e:
        _fail([f"{file}: internal error in the rule base: {e}"], 3)
    if format in (Format.md, Format.html):
        from liability.report import to_html, to_markdown

        doc = to_html(result, lang.value) if format is Format.html else to_markdown(result, lang.value)
        if output is None:
            typer.echo(doc, nl=False)
        else:
            output.write_text(doc, encoding="utf-8")
    elif format is Format.json:  # one shape, what-if or not: a what-if fills in `what_if`
        if output is None:
            typer.echo(result.model_dump_json(indent=2))
        else:
            output.write_text(result.model_dump_json(indent=2) + "\n", encoding="utf-8")
    else:
        from liability.render import render_text

        render_text(result, lang.value)
    raise typer.Exit(0 if result.status == "decided" else 1)


@app.command()
def explain(
    file: Path = typer.Argument(..., help="incident file (YAML or JSON)"),
    party: str = typer.Argument(..., help="a party id from the file"),
    lang: Lang = typer.Option(Lang.zh, "--lang", "-l"),
    decided_on: str = typer.Option(None, "--decided-on"),
) -> None:
    """Why, and why not, for one party: its findings and their chains, the open questions that
    concern it, and the facts that would change its position."""
    import liability
    from liability.errors import EngineError, IncidentError
    from liability.render import render_explain

    on = _date_option(decided_on, "--decided-on")
    try:
        incident = liability.load(file)
        if party not in {p.id for p in incident.parties}:
            known = ", ".join(p.id for p in incident.parties)
            _fail([f"{file}: no party {party!r} (known: {known})"])
        result = liability.assess(incident, decided_on=on, investigate=True)
    except IncidentError as e:
        _fail([str(p) for p in e.problems])
    except EngineError as e:
        _fail([f"{file}: internal error in the rule base: {e}"], 3)
    render_explain(result, party, lang.value)
    raise typer.Exit(0 if result.status == "decided" else 1)


@app.command()
def schema(output: Path = typer.Option(None, "--output", "-o", help="write to this file")) -> None:
    """Print the JSON Schema of incident files, for editors (completion and validation)."""
    import json

    from liability.expect import incident_file_schema

    text = json.dumps(incident_file_schema(), ensure_ascii=False, indent=2) + "\n"
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


@app.command()
def new(output: Path = typer.Option(None, "--output", "-o", help="the incident file to write (asked first if not given)")) -> None:
    """Guided intake: the story first (who, what happened, what harm), then only the facts the decision
    turns on. `<` goes back a question; answers are saved as you go (Ctrl-C, then the same command
    resumes). Writes a valid, commented incident file (facts answered unknown as `unknown`) and assesses it."""
    import os

    from liability.intake import load_partial, partial_path, run, save_partial, target_problem, to_yaml

    def ask(question: str) -> str:
        return typer.prompt(question, default="", show_default=False, prompt_suffix="")

    saved = {"count": 0, "warned": False}

    def save(answers: list) -> None:
        try:
            if answers:
                save_partial(output, answers)
            else:
                partial_path(output).unlink(missing_ok=True)
            saved["count"] = len(answers)
        except OSError as e:
            if not saved["warned"]:
                typer.echo(f"  ! cannot save progress to {partial_path(output)} ({e.strerror or e}); go on, but Ctrl-C will lose the answers", err=True)
                saved["warned"] = True

    try:
        # The output is checked before the first question: a typo in the path costs nothing.
        if output is None:
            while True:
                output = Path(ask("write to file / 写入文件 [incident.yaml]: ").strip() or "incident.yaml")
                problem = target_problem(output)
                if problem is None:
                    break
                typer.echo(f"  ✗ {output}: {problem}")
        else:
            problem = target_problem(output)
            if problem:
                _fail([f"{output}: {problem}; nothing asked, nothing written"])
        if output.exists() and not typer.confirm(f"{output} exists: overwrite it at the end? / 文件已存在，完成后覆盖？", default=False):
            _fail([f"{output}: exists; not overwritten (choose another file with -o)"])
        try:
            recorded = load_partial(output)
        except ValueError as e:
            _fail([str(e)])
        if recorded:
            if typer.confirm(f"resume from the {len(recorded)} answers saved in {partial_path(output)}? / 继续上次保存的回答？", default=True):
                key, last = recorded[-1]
                typer.echo(f"resuming: {len(recorded)} answers replayed, the last {key} = {last!r} / 已恢复 {len(recorded)} 个回答 (`<` goes back one question)")
                saved["count"] = len(recorded)
            else:
                recorded = []
        data, answers = run(ask, typer.echo, recorded, save)
    except (EOFError, KeyboardInterrupt, typer.Abort):
        if output is not None and saved["count"]:
            _fail([
                f"liability new: stopped; {saved['count']} answers saved in {partial_path(output)}",
                f"  to resume: liability new -o {output}",
            ])
        _fail(["liability new: stopped before the first answer; nothing saved, nothing written"])

    schema_file = Path("schema/incident.schema.json")
    ref = os.path.relpath(schema_file.resolve(), output.resolve().parent) if schema_file.is_file() else None
    try:
        output.write_text(to_yaml(data, ref), encoding="utf-8")
    except OSError as e:
        _fail([f"{output}: cannot write ({e.strerror or e}); the answers are kept in {partial_path(output)}: run the same command to resume"])
    partial_path(output).unlink(missing_ok=True)
    asked = sum(1 for key, _ in answers if key.startswith("fact:"))
    typer.echo(f"wrote {output} ({len(answers)} answers, {asked} of them facts the decision turns on; facts not asked are left out)")
    try:
        now = typer.confirm("assess it now? / 现在评估？", default=True)
    except typer.Abort:
        now = False
    if now:
        assess(output, Format.text, Lang.zh, None, None, True, False, None)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="worker processes (each assesses one request at a time; about one per CPU)"),
) -> None:
    """Serve the workbench pages (/, /statutes, /rules) and the HTTP API (POST /assess, /assess/batch;
    GET /statutes/{id}, /rules, /health; docs at /docs), all offline."""
    try:
        import uvicorn

        from liability.api import app as api_app
    except ImportError as e:
        _fail([f"liability serve needs FastAPI, uvicorn, fastapi-offline and jinja2 ({e.name} is missing): pip install fastapi uvicorn fastapi-offline jinja2 — or, in the checkout, pip install '.[api]'"])
    from rich.console import Console

    from liability import __version__

    each = f", {workers} worker processes" if workers > 1 else ""
    Console(stderr=True, soft_wrap=True).print(f"liability {__version__}: serving the API on http://{host}:{port}{each} (the workbench: /; docs: /docs; Ctrl-C stops)")
    # More than one worker: uvicorn starts each from the import string.
    uvicorn.run("liability.api:app" if workers > 1 else api_app, host=host, port=port, workers=workers, log_level="info", access_log=True)


class BatchFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"


@app.command()
def batch(
    paths: list[Path] = typer.Argument(..., help="incident files, folders of them, or JSONL files (one incident a line)"),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="worker processes"),
    out: Path = typer.Option(None, "--out", "-o", help="write records here (default: standard output)"),
    format: BatchFormat = typer.Option(BatchFormat.jsonl, "--format", "-f"),
    decided_on: str = typer.Option(None, "--decided-on"),
) -> None:
    """Assess many incidents: one record a line, in input order; a bad incident never stops the rest.

    Exit status: 0 all decided, 1 some open, 2 any rejected (or bad usage)."""
    import csv
    import json
    import time

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    from liability.batch import collect, run

    on = _date_option(decided_on, "--decided-on")
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail([f"{m}: no such file or folder" for m in missing])
    items = collect(paths)
    err = Console(stderr=True)
    sink = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    writer = csv.writer(sink) if format is BatchFormat.csv else None
    if writer:
        writer.writerow(["source", "status", "findings", "questions", "errors"])
    counts = {"decided": 0, "open": 0, "rejected": 0}
    start = time.perf_counter()
    show = err.is_terminal
    progress = Progress(
        TextColumn("assessing"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
        TextColumn("{task.fields[rate]}/s"), TimeRemainingColumn(), console=err, disable=not show,
    )
    try:
        with progress:
            task = progress.add_task("assess", total=len(items), rate="–")
            for n, result in enumerate(run(items, jobs=jobs, decided_on=on), 1):
                counts[result.status] += 1
                rec = result.record()
                if writer:
                    findings = "; ".join(
                        f"{f['party']}:{f['harm']}:{f['kind']}:{f['degree'] or ''}:{f['share'] if f['share'] is not None else ''}"
                        for f in rec.get("findings", [])
                    )
                    writer.writerow([rec["source"], rec["status"], findings, "; ".join(rec.get("questions", [])), " | ".join(rec.get("errors", []))])
                else:
                    sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
                elapsed = time.perf_counter() - start
                progress.update(task, advance=1, rate=f"{n / elapsed:.0f}" if elapsed else "–")
    finally:
        if out:
            sink.close()
    elapsed = time.perf_counter() - start
    total = sum(counts.values())
    rate = total / elapsed if elapsed else 0.0
    err.print(
        f"{total} incidents: {counts['decided']} decided, {counts['open']} open, {counts['rejected']} rejected "
        f"in {elapsed:.2f}s ({rate:.0f}/s, {jobs} job{'s' if jobs > 1 else ''})",
        highlight=False,
    )
    raise typer.Exit(2 if counts["rejected"] else 1 if counts["open"] else 0)


statutes_app = typer.Typer(no_args_is_help=True, help="The statute library: list, show and search articles.")
app.add_typer(statutes_app, name="statutes")


@statutes_app.command("list")
def statutes_list(law: str = typer.Option(None, "--law", help="a law id (e.g. CC, GPCL, PMR2018): list its articles")) -> None:
    """List the laws in the library, or the articles of one law."""
    from rich.console import Console
    from rich.table import Table

    from liability.library import registry

    reg = registry()
    console = Console()
    if law is None:
        table = Table(title="Statute library")
        table.add_column("id", no_wrap=True)
        table.add_column("name", ratio=1, min_width=14, overflow="fold")
        table.add_column("in force", no_wrap=True)
        # articles, and how their wording came here: official text / third-party copy / inferred / none
        for col in ("arts", "off.", "3rd", "inf.", "none"):
            table.add_column(col, justify="right", no_wrap=True)
        table.caption = "arts: articles; off.: official text; 3rd: read from a third-party copy; inf.: inferred from another version; none: no text"
        for lw in sorted(reg.laws.values(), key=lambda x: (x.in_force, x.id)):
            arts = [a for a in reg.articles.values() if a.law.id == lw.id]
            table.add_row(
                lw.id,
                f"{lw.name_zh}\n{lw.name_en}",
                f"{lw.in_force}\n– {lw.ends or 'today'}",
                str(len(arts)),
                *(str(sum(a.wording == w for a in arts)) for w in ("official", "third-party", "inferred", "missing")),
            )
        console.print(table)
        return
    if law not in reg.laws:
        _fail([f"--law: no law {law!r} in the library (known: {', '.join(sorted(reg.laws))})"])
    table = Table(title=f"{reg.laws[law].name_zh} · {reg.laws[law].name_en}")
    for col in ("id", "article", "gloss", "wording"):
        table.add_column(col)
    for a in sorted((a for a in reg.articles.values() if a.law.id == law), key=lambda a: a.number):
        table.add_row(a.id, a.number_zh or str(a.number), a.gloss_en or "", a.wording)
    console.print(table)


@statutes_app.command("show")
def statutes_show(
    id: str = typer.Argument(..., help="an article id (CC-1253, GPCL-126) or a provision id"),
    on: str = typer.Option(None, "--on", help="show which article governed the provision on this date"),
) -> None:
    """Show an article: its text, gloss, dates, predecessors and successors, and the rules citing it."""
    from rich.console import Console

    from liability.library import registry
    from liability.review import neighbours, rules_citing

    reg = registry()
    console = Console()
    day = _date_option(on, "--on")
    if id not in reg.articles and id not in reg.provisions:
        _fail([f"{id}: no article or provision with this id (try `liability statutes search`)"])
    if day is not None and id in reg.provisions:
        art = reg.resolve(id, day)
        if art is None:
            per = reg.provision(id).period_on(day)
            why = per.why_en if per and per.why_en else ""
            console.print(f"On {day} no article governed {id}. {why}")
            if per and per.why_zh:
                console.print(per.why_zh)
            return
        console.print(f"On {day} provision {id} was governed by {art.id}.")
        id = art.id
    if id in reg.articles:
        a = reg.article(id)
        console.print(f"[bold]{a.title_zh}[/bold]  ({a.id})")
        console.print(a.title_en)
        console.print(f"{a.law.body_zh or ''} {a.law.document_no or ''}".strip())
        console.print(f"in force {a.law.in_force} – {a.law.ends or 'today'}" + (f" ({a.law.ended_by})" if a.law.ended_by else ""))
        console.print()
        console.print(a.text_zh or "[italic](no text: see the note)[/italic]")
        console.print()
        console.print(a.gloss_en or "")
        console.print(f"wording checked against an official text: {'yes' if a.checked else 'NO'} — {a.wording_en} / {a.wording_zh}")
        for src in a.sources or ([a.law.source] if a.law.source else ["—"]):
            console.print(f"read from: {src}", soft_wrap=True)
        if a.note:
            console.print(f"note: {a.note}")
        before, after = neighbours(reg, a.id)
        console.print(f"predecessors: {', '.join(before) or '—'}")
        console.print(f"successors: {', '.join(after) or '—'}")
        for prov, per in reg.history(a.id):
            over = f"; prevailed over {', '.join(per.prevails_over)}" if per.prevails_over else ""
            console.print(f"governed {prov.id} ({prov.subject_en}) {per.start} – {per.end or '…'}{over}")
        cited = rules_citing(a.id)
        console.print(f"rules citing it: {', '.join(r.id for r in cited) or '—'}")
    else:
        prov = reg.provision(id)
        console.print(f"[bold]{prov.id}[/bold] {prov.subject_zh} / {prov.subject_en}")
        for per in prov.periods:
            console.print(f"  {per.start} – {per.end or '…'}: {per.article or 'no rule governed'}")


@statutes_app.command("index")
def statutes_index(
    folder: Path = typer.Option(
        None, "--dir", help="the statutes/ folder of a checkout (default: the library this command reads)", file_okay=False, exists=True
    ),
) -> None:
    """Rebuild index.json (the pre-parsed library read at start-up) after editing the YAML."""
    from liability.library import write_index

    typer.echo(f"wrote {write_index(folder)}")


@statutes_app.command("search")
def statutes_search(text: str = typer.Argument(..., help="words in Chinese or English")) -> None:
    """Find articles whose text, gloss or law name contains TEXT."""
    from rich.console import Console

    from liability.library import registry
    from liability.review import search

    found = search(registry(), text)
    console = Console()
    if not found:
        console.print(f"no article mentions {text!r}")
        raise typer.Exit(1)
    for a in found:
        snippet = (a.text_zh or "")[:80]
        console.print(f"[bold]{a.id}[/bold] {a.title_zh} — {a.gloss_en or ''}\n    {snippet}")


class ScoreFormat(str, Enum):
    text = "text"
    md = "md"
    json = "json"


@app.command("precedents")
def precedents_command(
    directory: Path = typer.Argument(None, help="a folder of precedent files (default: the project's corpus)"),
    format: ScoreFormat = typer.Option(ScoreFormat.text, "--format", "-f", help="text, md or json"),
    output: Path = typer.Option(None, "--output", "-o", help="write the report to this file"),
    baseline: Path = typer.Option(None, "--baseline", help="fail (exit 1) where a case that agreed in this baseline no longer does (default: the corpus's baseline.json)"),
    write_baseline: bool = typer.Option(False, "--write-baseline", help="record today's agreements as the baseline"),
    write_index: bool = typer.Option(False, "--write-index", help="record the corpus's profiles and figures (for similar judgments and estimates) in its index.json"),
    calibration: bool = typer.Option(False, "--calibration", help="leave-one-out: how often the courts' figures fall inside the estimated range and near its median"),
) -> None:
    """Run the engine on every reported judgment and score its agreement with the courts: on who
    (parties held to pay, compensate or act, and those cleared), on shares (within 10 points of
    the court's figure), and on the law (the body of law and the articles the court cited)."""
    import json

    from liability import precedents as pc

    folder = directory or pc.corpus_dir()
    if write_index or calibration:
        from liability import similar

        if write_index:
            typer.echo(f"index written: {similar.write_index(folder)}", err=True)
        if calibration:
            _print_calibration(similar.calibration(similar.load_index(str(similar.index_path(folder)))), format)
        raise typer.Exit(0)
    cases, problems = pc.load_all(folder)
    if problems:
        _fail([str(p) for p in problems])
    if not cases:
        _fail([f"{folder}: no precedent files (*.yaml)"])
    scores = [pc.score(c) for c in cases]
    if format is ScoreFormat.json:
        doc = json.dumps(pc.as_json(scores), ensure_ascii=False, indent=2, default=str) + "\n"
    elif format is ScoreFormat.md:
        doc = pc.to_markdown(scores)
    else:
        doc = None
    if doc is not None and output is not None:
        output.write_text(doc, encoding="utf-8")
    elif doc is not None:
        typer.echo(doc, nl=False)
    else:
        from liability.render import render_scores

        render_scores(scores, pc.totals(scores))
    base_path = baseline or Path(folder) / pc.BASELINE
    if write_baseline:
        base_path.write_text(json.dumps(pc.baseline_of(scores), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        typer.echo(f"baseline written: {base_path}", err=True)
        raise typer.Exit(0)
    if base_path.exists():
        fell = pc.below_baseline(scores, json.loads(base_path.read_text(encoding="utf-8")))
        if fell:
            _fail([f"below the baseline {base_path}:"] + fell, 1)
    elif baseline is not None:
        _fail([f"{baseline}: no such baseline"])


def _print_calibration(c: dict, format: "ScoreFormat") -> None:
    import json

    if format is ScoreFormat.json:
        typer.echo(json.dumps(c, ensure_ascii=False, indent=2))
        return
    est = c["estimated"] or 1
    typer.echo(
        f"{c['figures']} court figures for findings the law leaves without a number; {c['estimated']} could be estimated "
        f"from the other judgments (at least 3 with the same finding).\n"
        f"inside the estimated range: {c['inside_range']}/{c['estimated']} ({100 * c['inside_range'] // est} %); "
        f"within 10 points of the median: {c['near_median']}/{c['estimated']} ({100 * c['near_median'] // est} %)"
    )


@app.command("rules")
def rules_command(
    cites: str = typer.Option(None, "--cites", help="only rules citing this provision or article"),
    examples: Path = typer.Option(None, "--examples", help="the folder of example incidents (default: the examples shipped with liability)"),
) -> None:
    """List the rules: the provisions each cites, and the examples that make it fire."""
    from rich.console import Console
    from rich.table import Table

    from liability.places import examples_dir
    from liability.review import example_firings, rules, rules_citing

    selected = rules_citing(cites) if cites else rules()
    if cites and not selected:
        _fail([f"--cites: no rule cites {cites!r}"])
    folder = examples or examples_dir()
    if folder is None or not folder.is_dir():
        _fail([f"--examples: {folder}: no such folder" if examples else "no examples found beside the package: pass --examples DIR"])
    fired = example_firings(folder)
    table = Table(title=f"Rules (examples from {folder})")
    for col in ("rule", "cites", "examples that fire it"):
        table.add_column(col)
    for r in selected:
        # a rule no example fires says so in words, never a bare dash
        table.add_row(r.id, ", ".join(r.cites) or "(no article: a step of the reasoning)", "\n".join(fired.get(r.id, [])) or "(no example fires it)")
    Console().print(table)


class ReportFormat(str, Enum):
    md = "md"
    html = "html"


@app.command("cites")
def cites_command(
    format: ReportFormat = typer.Option(ReportFormat.md, "--format", "-f"),
    output: Path = typer.Option(None, "--output", "-o", help="write to this file instead of standard output"),
) -> None:
    """The citation review report: every rule × provision × governing article per period, with text."""
    from liability.review import report_html, report_markdown

    text = report_html() if format is ReportFormat.html else report_markdown()
    if output is None:
        typer.echo(text)
    else:
        output.write_text(text, encoding="utf-8")


def main() -> None:
    """The console script. Runs the app, then ends the process at once with the app's exit code:
    every command has finished its work and closed what it opened by then, so the interpreter's
    teardown (freeing every module and object one by one, ~25 ms here) would only delay the
    prompt. Standard output and error are flushed first.

    A crash inside the rule engine's native core (a segmentation fault) would otherwise end the
    process with no word: ``faulthandler`` prints what crashed and where to standard error first."""
    import faulthandler

    faulthandler.enable()
    try:
        app()
        code: int | str | None = 0
    except SystemExit as e:
        code = e.code
    except KeyboardInterrupt:  # pragma: no cover - interactive
        code = 130
    except Exception as e:  # a defect of ours: one line, no traceback, exit 3
        print(f"liability: internal error: {type(e).__name__}: {e}", file=sys.stderr)
        code = 3
    if isinstance(code, str):  # sys.exit("message"): the message goes to standard error
        print(code, file=sys.stderr)
        code = 1
    _exit_now(code or 0)


def _exit_now(code: int) -> None:
    import os

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (e.g. `| head`): nothing more to write
            pass
    os._exit(code)


if __name__ == "__main__":
    main()

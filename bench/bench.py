"""Benchmark: prints figures for this machine. Never a test; nothing here asserts a time.

    python bench/bench.py            # everything (RSS over 100,000 assessments takes a few minutes)
    python bench/bench.py --quick    # smaller counts, for a first look

Figures: time per assessment by stage; assessments per second in one process; cold
`liability assess` wall time against the bare import time of its dependencies; batch speed-up
with 2 jobs; RSS growth over many assessments. Targets (issue "A backlog assessed fast…"):
>= 1,000 assessments/s, cold CLI <= 1.5x the import floor, >= 1.7x with 2 jobs, RSS growth < 5 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stages(rounds: int) -> None:
    import liability
    from liability import pipeline
    from liability.facts import to_facts
    from liability.library import registry
    from liability.render import render_text
    from liability.timelaw import decide
    from rich.console import Console

    incidents = [liability.load(p) for p in EXAMPLES]
    for i in incidents:
        liability.assess(i)
    t = {"load and validate": 0.0, "facts": 0.0, "engine": 0.0, "findings and allocation": 0.0, "render": 0.0}
    console = Console(file=open(os.devnull, "w"), width=160)
    reg = registry()
    n = 0
    for _ in range(rounds):
        for path in EXAMPLES:
            a0 = time.perf_counter()
            inc = liability.load(path)
            a1 = time.perf_counter()
            facts = to_facts(inc)
            a2 = time.perf_counter()
            tl = decide(inc, inc.decided_on or __import__("datetime").date.today(), reg)
            pipeline._engine_for(inc).run(facts, reg, tl.law_date)
            a3 = time.perf_counter()
            result = liability.assess(inc)  # the whole pipeline; minus the engine run above, it is the rest
            a4 = time.perf_counter()
            render_text(result, "zh", console)
            a5 = time.perf_counter()
            t["load and validate"] += a1 - a0
            t["facts"] += a2 - a1
            t["engine"] += a3 - a2
            t["findings and allocation"] += max(0.0, (a4 - a3) - (a3 - a2) - (a2 - a1))
            t["render"] += a5 - a4
            n += 1
    print(f"time per assessment by stage (mean over {n}, the {len(EXAMPLES)} examples):")
    for k, v in t.items():
        print(f"  {k:<26} {v / n * 1000:7.3f} ms")


def throughput(rounds: int) -> float:
    import liability

    incidents = [liability.load(p) for p in EXAMPLES]
    for i in incidents:
        liability.assess(i)
    start = time.perf_counter()
    n = 0
    for _ in range(rounds):
        for i in incidents:
            liability.assess(i)
            n += 1
    rate = n / (time.perf_counter() - start)
    print(f"assessments per second, one process, loaded incidents: {rate:,.0f}  ({n} assessments)")
    return rate


DEPENDENCIES = ("durable_rules_engine", "pydantic", "pydantic_core", "typer", "click", "rich", "yaml", "_yaml",
                "annotated_types", "typing_extensions", "typing_inspection", "shellingham")


def _modules_loaded_by(cli_args: list[str]) -> list[str]:
    """Every module of the CLI's dependencies that `liability <cli_args>` loads, in load order."""
    probe = (
        "import atexit, sys\n"
        f"deps = {DEPENDENCIES!r}\n"
        "atexit.register(lambda: sys.stderr.write('MODULES ' + ' '.join(m for m in sys.modules if m.split('.')[0] in deps) + '\\n'))\n"
        f"sys.argv = ['liability', *{cli_args!r}]\n"
        "from liability.cli import app\n"
        "app()\n"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    line = next(ln for ln in r.stderr.splitlines() if ln.startswith("MODULES "))
    return line.split()[1:]


def cold_cli(repeats: int) -> None:
    """Cold `liability assess` against the bare import of its dependencies, measured in the same
    run. The floor is a process that imports exactly the modules of its dependencies that the
    CLI loads (found by running it once: durable-rules' C core, pydantic with its model
    machinery, typer and click, PyYAML, ...) and exits. The CLI ends its process as soon as its
    output is flushed, skipping the interpreter's teardown; a floor process ends normally, so a
    second figure compares with a floor that skips its teardown too: the CLI's own work (models
    built, statute index read, rules compiled, the incident assessed) over the imports alone."""
    exe = Path(sys.executable).parent / "liability"
    args = ["assess", str(EXAMPLES[0]), "--format", "json", "--no-investigate"]
    modules = _modules_loaded_by(args)
    imports = "\n".join(f"import {m}" for m in modules)
    floor_cmd = [sys.executable, "-c", imports]
    bare_cmd = [sys.executable, "-c", imports + "\nimport os, sys\nsys.stdout.flush()\nos._exit(0)"]
    top_cmd = [sys.executable, "-c", "import durable_rules_engine, pydantic, typer, rich, yaml"]
    cli_cmd = [str(exe), *args]
    text_cmd = [str(exe), "assess", str(EXAMPLES[0]), "--no-investigate"]

    # The commands take turns, round after round, so that a slow spell of a shared machine falls on
    # all of them alike rather than on whichever was being timed then; each figure is a median.
    cmds = (floor_cmd, bare_cmd, top_cmd, cli_cmd, text_cmd)
    times: list[list[float]] = [[] for _ in cmds]
    for _ in range(repeats):
        for i, cmd in enumerate(cmds):
            s = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=False)
            times[i].append(time.perf_counter() - s)
    floor, bare, top, cli, text = (statistics.median(t) for t in times)
    print(
        f"cold `liability assess --format json` {cli * 1000:.0f} ms (text output {text * 1000:.0f} ms); "
        f"bare import of its dependencies ({len(modules)} modules) {floor * 1000:.0f} ms; ratio {cli / floor:.2f}x"
    )
    print(
        f"  the same imports without the interpreter's teardown {bare * 1000:.0f} ms (ratio {cli / bare:.2f}x); "
        f"`import durable_rules_engine, pydantic, typer, rich, yaml` alone {top * 1000:.0f} ms "
        f"(pydantic and rich defer most of their modules until used)"
    )


def batch_speedup(copies: int) -> None:
    import yaml

    lines = []
    for p in EXAMPLES:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
        data.pop("expect", None)
        lines.append(json.dumps(data, default=str, ensure_ascii=False))
    with tempfile.TemporaryDirectory() as d:
        jsonl = Path(d) / "backlog.jsonl"
        jsonl.write_text("\n".join(lines * copies) + "\n", encoding="utf-8")
        exe = Path(sys.executable).parent / "liability"
        runs: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(3):  # interleaved, median of three: one run is at the mercy of the machine
            for jobs in (1, 2):
                s = time.perf_counter()
                subprocess.run([str(exe), "batch", str(jsonl), "--jobs", str(jobs), "--out", os.devnull], capture_output=True)
                runs[jobs].append(time.perf_counter() - s)
        res = {jobs: statistics.median(ts) for jobs, ts in runs.items()}
        n = len(lines) * copies
        print(
            f"batch of {n}: 1 job {res[1]:.2f}s ({n / res[1]:,.0f}/s), 2 jobs {res[2]:.2f}s ({n / res[2]:,.0f}/s); "
            f"speed-up {res[1] / res[2]:.2f}x on {os.cpu_count()} cores"
        )


def rss_growth(count: int) -> None:
    import gc

    import liability

    incidents = [liability.load(p) for p in EXAMPLES]
    for i in incidents:
        liability.assess(i)
    gc.collect()
    before = rss_mb()
    for n in range(count):
        liability.assess(incidents[n % len(incidents)])
    gc.collect()
    after = rss_mb()
    print(f"RSS over {count:,} assessments: {before:.1f} MB -> {after:.1f} MB (growth {after - before:+.1f} MB)")


def huge_fields() -> None:
    """Issue 18: any field of any size renders in every format in under 1 s. The slowest render of
    the first example (by name) with a 1,000,000-character value in each name, description and the title
    in turn (text, Markdown, HTML; in process, after the assessment)."""
    import copy
    import io

    import yaml
    from rich.console import Console

    import liability
    from liability.render import render_text
    from liability.report import to_html, to_markdown

    base = yaml.safe_load(EXAMPLES[0].read_text(encoding="utf-8"))
    base.pop("expect", None)
    slowest: dict[str, tuple[float, str]] = {}
    places = [("title",)] + [(g, i, k) for g, k in (("parties", "name"), ("things", "name"), ("events", "description"), ("harms", "description"))
                             for i in range(len(base.get(g, [])))]
    for where in places:
        data = copy.deepcopy(base)
        item = data
        for key in where[:-1]:
            item = item[key]
        item[where[-1]] = "长" * 1_000_000
        a = liability.assess(liability.Incident.model_validate(data), investigate=True, similar=True)
        for fmt, render in (("text", lambda a: render_text(a, "zh", Console(file=io.StringIO(), width=120))), ("md", to_markdown), ("html", to_html)):
            start = time.perf_counter()
            render(a)
            took = time.perf_counter() - start
            if took > slowest.get(fmt, (0.0, ""))[0]:
                slowest[fmt] = (took, ".".join(map(str, where)))
    print("a 1,000,000-character field, slowest render per format (target < 1 s): "
          + "; ".join(f"{fmt} {t * 1000:.0f} ms ({w})" for fmt, (t, w) in slowest.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smaller counts")
    args = ap.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}")
    stages(2 if args.quick else 10)
    throughput(3 if args.quick else 20)
    cold_cli(5 if args.quick else 15)
    huge_fields()
    batch_speedup(5 if args.quick else 40)
    rss_growth(5_000 if args.quick else 100_000)


if __name__ == "__main__":
    main()

"""The README's table of the seed books' scenarios (issue 16) stays true: every example it names
exists and decides as its ``expect:`` block says (the example tests check that), every scenario row it
marks done or partly done names at least one example whose opening comment names the row, and the
totals under it count the rows."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK = README.split("<!-- seeds:begin -->")[1].split("<!-- seeds:end -->")[0]
ROWS = [line.split("|")[1:-1] for line in BLOCK.splitlines() if re.match(r"\| [RD]\d+ \|", line)]
NAME = re.compile(r"\b[a-z][a-z0-9-]*-(?:19|20)\d\d(?:-\d\d)?\b")


def _opening_comment(name: str) -> str:
    lines = (ROOT / "examples" / f"{name}.yaml").read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines[: next(i for i, l in enumerate(lines) if not l.startswith("#"))])


def test_every_row_of_the_seed_scenarios_is_in_the_table():
    ids = [cells[0].strip() for cells in ROWS]
    assert ids == [f"R{i}" for i in range(1, 45)] + [f"D{i}" for i in range(1, 7)]


def test_every_example_the_table_names_exists():
    for cells in ROWS:
        for name in NAME.findall(cells[2]):
            assert (ROOT / "examples" / f"{name}.yaml").exists(), (cells[0], name)


def test_every_row_decided_names_an_example_that_names_the_row():
    for cells in ROWS:
        row, status = cells[0].strip(), cells[3].strip()
        names = NAME.findall(cells[2])
        if status in ("Y", "P", "fixed"):
            assert names, row
            assert any(re.search(rf"seed-scenarios {row}\b", _opening_comment(n)) for n in names), row
        else:
            assert status == "N" and cells[4].strip() not in ("", "—"), row  # not done: say what is missing


def test_the_totals_count_the_rows():
    counts = {s: sum(1 for c in ROWS if c[3].strip() == s) for s in ("Y", "P", "N")}
    tail = README.split("<!-- seeds:end -->")[1].strip().splitlines()[0]
    assert tail.startswith(f"Totals now: Y {counts['Y']}, P {counts['P']}, N {counts['N']}"), tail


def test_every_relative_link_in_the_readme_resolves_inside_the_repository():
    """Issue 18: the README linked ../shared/…, absent in a clone."""
    text = README
    assert "../shared" not in text  # (an example file's own `../schema/…` line is relative to examples/)
    for target in re.findall(r"\]\(([^)#]+)\)", text):
        if "://" not in target:
            assert (ROOT / target).exists(), target

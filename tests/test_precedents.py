"""The precedent corpus: reported judgments as the measure of the engine (precedents/)."""

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from liability import precedents as pc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "precedents"


@pytest.fixture(scope="module")
def corpus():
    cases, problems = pc.load_all(CORPUS)
    assert not problems, "\n".join(str(p) for p in problems)
    return cases


@pytest.fixture(scope="module")
def scores(corpus):
    return [pc.score(c) for c in corpus]


def test_the_corpus_is_large_enough_and_spread_over_the_periods(corpus):
    assert len(corpus) >= 120
    periods = Counter(pc.period_of(c.incident.date) for c in corpus)
    assert periods["GPCL"] >= 25 and periods["TLL"] >= 45 and periods["CC"] >= 45, periods


def test_every_precedent_is_sourced_and_says_what_was_held(corpus):
    for c in corpus:
        h = c.holding
        assert h.sources and all(u.startswith(("http://", "https://")) for u in h.sources), c.name
        assert h.summary_zh.strip(), c.name
        claimed = {p for harm in c.incident.harms for p in harm.claimed_against}
        # the court's answer is given for parties of the incident, most of all for the defendants
        assert {hp.party for hp in h.parties} & (claimed | {harm.victim for harm in c.incident.harms}), c.name


def test_no_two_files_for_one_judgment(corpus):
    numbers = Counter((c.holding.court, c.holding.case_number) for c in corpus if c.holding.case_number)
    assert not [k for k, n in numbers.items() if n > 1]
    titles = Counter(c.incident.title for c in corpus)
    assert not [k for k, n in titles.items() if n > 1]


def test_no_precedent_carries_an_expectation_of_the_engine():
    for p in CORPUS.glob("*.yaml"):
        assert not re.search(r"(?m)^expect:", p.read_text(encoding="utf-8")), p.name


def test_the_score_can_fail(corpus, scores):
    """Flip what a court held in an agreeing case: the score must notice, and so must the baseline."""
    agreeing = next(s for s in scores if s.who == "yes")
    case = next(c for c in corpus if c.name == agreeing.name)
    first = case.holding.parties[0]
    flipped_held = "not-liable" if first.held in pc.HELD_TO_ACT else "liable"
    flipped = dataclasses.replace(
        case, holding=case.holding.model_copy(update={"parties": [first.model_copy(update={"held": flipped_held, "share": None, "amount": None}), *case.holding.parties[1:]]})
    )
    s = pc.score(flipped)
    assert s.who != "yes" and s.reasons()
    assert pc.below_baseline([s], {"who": [s.name]})


def test_scores_are_deterministic(corpus, scores):
    again = [pc.score(c) for c in corpus[:20]]
    assert [dataclasses.asdict(s) for s in again] == [dataclasses.asdict(s) for s in scores[:20]]


def test_the_committed_baseline_holds(scores):
    """CI fails when a case that agreed with its court in the baseline no longer does."""
    baseline = json.loads((CORPUS / pc.BASELINE).read_text(encoding="utf-8"))
    assert pc.below_baseline(scores, baseline) == []


def test_the_readme_shows_todays_figures(scores):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- precedents:begin -->\n(.*?)<!-- precedents:end -->", readme, re.S)
    assert block, "README lacks the precedent figures block"
    assert block.group(1) == pc.summary_markdown(scores), "README's precedent figures are stale: run `liability precedents --format md` and copy its summary"


def test_cli_scores_the_corpus(tmp_path):
    import subprocess
    import sys

    exe = str(Path(sys.executable).with_name("liability"))
    r = subprocess.run([exe, "precedents", "--format", "json", "-o", str(tmp_path / "s.json")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert data["totals"]["cases"] == len(data["cases"]) >= 120
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.yaml").write_text("date: 2020-01-01\nparties: []\n", encoding="utf-8")
    r = subprocess.run([exe, "precedents", str(bad)], capture_output=True, text=True)
    assert r.returncode == 2 and "holding" in r.stderr and "Traceback" not in r.stderr


def test_a_precedent_file_can_be_assessed_as_it_is(tmp_path):
    """A handler can run `liability assess` on a precedent file; its holding is checked, not ignored."""
    import subprocess
    import sys

    exe = str(Path(sys.executable).with_name("liability"))
    one = sorted(CORPUS.glob("*.yaml"))[0]
    r = subprocess.run([exe, "assess", str(one), "--format", "json"], capture_output=True, text=True)
    assert r.returncode in (0, 1), r.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text(one.read_text(encoding="utf-8").replace("confidence:", "confidance:", 1), encoding="utf-8")
    r = subprocess.run([exe, "assess", str(bad)], capture_output=True, text=True)
    assert r.returncode == 2 and "holding.confidance" in r.stderr and "Traceback" not in r.stderr

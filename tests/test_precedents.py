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


# --- the court's findings on facts the source leaves unknown -----------------------------------------
_GUARD = """
title: 保安接报后未巡查，业主家中被盗
date: 2015-03-02
parties:
  - {id: owner, kind: owner}
  - {id: thief, kind: other}
  - {id: company, kind: property-service-company}
relationships:
  - {id: service, kind: property-service-contract, provider: company, clients: [owner]}
events:
  - {id: theft, kind: act, act: other, actor: thief, fault: true}
  - {id: guard, kind: failure-to-act, actor: company, regarding: theft, duty: security, knew: true}
harms:
  - {id: stolen, victim: owner, kind: property, amount: 10000, caused_by: [theft, guard], claimed_against: [company]}
holding:
  court: 某区人民法院
  sources: [https://example.org/case]
  confidence: anonymised
  parties: [{party: company, harm: stolen, held: liable}]
  summary_zh: 物业公司未尽安全保障义务，承担相应责任。
"""


def _precedent(tmp_path, findings: str = "") -> pc.Precedent:
    text = _GUARD + (f"  findings:\n{findings}" if findings else "")
    path = tmp_path / "guard.yaml"
    path.write_text(text, encoding="utf-8")
    return pc.load(path)


def test_the_courts_findings_are_scored_beside_the_facts_as_stated(tmp_path):
    plain = pc.score(_precedent(tmp_path))
    assert plain.who == plain.who_found != "yes" and plain.findings == 0  # the engine asks whether it could have done more
    found = pc.score(_precedent(tmp_path, "    - {fact: events.guard.able_to_act, value: true, quote: 保安接报后未予重视，未尽到安全防范义务}\n"))
    assert found.who == plain.who, "the facts as stated are scored as they are"
    assert found.who_found == "yes" and found.findings == 1
    # and a finding the other way is scored as the court found it, not as the outcome would suit
    against = pc.score(_precedent(tmp_path, "    - {fact: events.guard.able_to_act, value: false, quote: 物业公司已尽到合理限度的安全保障义务}\n"))
    assert against.who_found == "no"


def test_a_finding_answers_an_open_fact_and_never_overrides_a_stated_one(tmp_path):
    with pytest.raises(pc.IncidentError) as e:
        _precedent(tmp_path, "    - {fact: events.guard.knew, value: false, quote: 保安并不知情云云}\n")
    assert "holding.findings.0.fact" in str(e.value.problems[0]) and "leaves unknown" in str(e.value.problems[0])
    with pytest.raises(pc.IncidentError) as e:
        _precedent(tmp_path, "    - {fact: events.nowhere.fault, value: true, quote: 法院认为有过错}\n")
    assert "holding.findings.0.fact" in str(e.value.problems[0])
    with pytest.raises(pc.IncidentError):
        _precedent(tmp_path, "    - {fact: events.guard.able_to_act, value: true}\n")  # no quote: not a finding


def test_every_finding_in_the_corpus_quotes_the_court(corpus):
    for c in corpus:
        for f in c.holding.findings:
            assert len(f.quote.strip()) >= 4, (c.name, f.fact)

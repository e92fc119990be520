"""A minor's civil capacity from his age, by the law of the incident's date (liability.capacity):
under ten before 2017-10-01 (GPCL art. 12), under eight from then (GPL / CC art. 20) no capacity;
limited to fifteen; sixteen and seventeen asked; adults never assumed. A stated capacity the age
contradicts is a located error; the reasoning chain shows the age, the date and the article."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, strategies as st

import liability
from liability import capacity, intake
from liability.errors import IncidentError
from liability.facts import to_facts
from liability.model import Incident
from liability.render import premise_text
from liability.whatif import unknown_facts, what_if

from conftest import ROOT, run_cli

SWITCH = dt.date(2017, 10, 1)

# A child throws a toy car from the family's balcony and dents a car below; the father is his
# guardian. The child's capacity is left to his age.
STORY = """\
title: 儿童从阳台扔下玩具车
date: {date}
parties:
  - {{id: car-owner, kind: owner, name: 车主}}
  - {{id: boy, kind: other, name: 小明, age: {age}{capacity}}}
  - {{id: father, kind: owner, name: 小明的父亲}}
things:
  - {{id: block, kind: building, name: 8号楼}}
  - {{id: car, kind: vehicle, name: 轿车, owner: car-owner}}
relationships:
  - {{id: parent, kind: guardianship, guardian: father, ward: boy, duty_done: false}}
events:
  - {{id: throw, kind: thrown-object, description: 小明从阳台扔下玩具车, building: block, actor: boy}}
harms:
  - {{id: dent, victim: car-owner, thing: car, amount: 3200, caused_by: [throw], claimed_against: [boy, father]}}
"""


def story(date: str, age: int, capacity: str | None = None) -> str:
    return STORY.format(date=date, age=age, capacity=f", capacity: {capacity}" if capacity else "")


def party_fact(incident: Incident, pid: str = "boy") -> dict:
    return next(f for f in to_facts(incident) if f["t"] == "party" and f["k"] == pid)


# ---------------------------------------------------------------------------------- the derivation
@pytest.mark.parametrize(
    "date, age, expected, article",
    [
        ("2015-06-18", 9, "none", "GPCL-12"),  # under ten before 2017-10-01
        ("2018-06-18", 9, "limited", "GPL-19"),  # eight or more from then
        ("2022-06-18", 9, "limited", "CC-19"),
        ("2017-09-30", 8, "none", "GPCL-12"),  # the last day of the old age
        ("2017-10-01", 8, "limited", "GPL-19"),  # the first of the new
        ("2017-10-01", 7, "none", "GPL-20"),
        ("2009-09-06", 10, "limited", "GPCL-12"),
        ("2023-05-03", 4, "none", "CC-20"),
        ("1990-01-01", 15, "limited", "GPCL-12"),
    ],
)
def test_a_minors_capacity_is_the_law_of_the_date(date, age, expected, article):
    incident = liability.loads(story(date, age))
    fact = party_fact(incident)
    assert (fact["capacity"], fact["age"], fact["capacity_by_age"]) == (expected, age, article)
    assert "parties.boy.capacity" not in unknown_facts(incident)  # settled: no fact to establish
    a = liability.assess(incident)
    assert a.status == "decided" and not [q for q in a.questions if q.fact == "parties.boy.capacity"]
    assert article in a.articles
    guardian = [f for f in a.findings if f.party == "father"]
    assert guardian and guardian[0].kind.value == "liable"  # none or limited: the guardian answers


def test_the_same_child_on_both_sides_of_2017_10_01():
    before, after = (liability.loads(story(d, 9)) for d in ("2015-06-18", "2018-06-18"))
    assert party_fact(before)["capacity"] == "none" and party_fact(after)["capacity"] == "limited"


@pytest.mark.parametrize("age", [16, 17])
def test_sixteen_and_seventeen_stay_unknown_and_are_asked_where_they_matter(age):
    incident = liability.loads(story("2015-06-18", age))
    fact = party_fact(incident)
    assert fact["capacity"] == "unknown" and fact["capacity_by_age"] == "GPCL-11"  # own labour income: a question
    assert "parties.boy.capacity" in unknown_facts(incident)
    a = liability.assess(incident)
    assert a.status == "open"
    assert [q for q in a.questions if q.fact == "parties.boy.capacity"]
    chain = _chain(a, "zh")
    assert f"{age}岁（2015年6月18日）：十六周岁以上的未成年人，以自己的劳动收入为主要生活来源的，视为完全民事行为能力人" in chain
    assert "《中华人民共和国民法通则》第十一条" in chain
    # what a handler then says stands: a 17-year-old living on his own wages answers alone
    decided = liability.assess(liability.loads(story("2015-06-18", age, "full")))
    assert not [q for q in decided.questions if q.fact == "parties.boy.capacity"]
    assert {(f.party, f.kind.value) for f in decided.findings} >= {("boy", "liable"), ("father", "not-liable")}


@pytest.mark.parametrize("age", [18, 40, 90])
def test_an_adults_capacity_is_never_assumed_from_the_age(age):
    incident = liability.loads(story("2022-06-18", age))
    fact = party_fact(incident)
    assert fact["capacity"] == "unknown" and fact["capacity_by_age"] == "none"
    assert "parties.boy.capacity" in unknown_facts(incident)
    stated = liability.loads(story("2022-06-18", age, "none"))  # one who cannot understand his acts: the file says so
    assert party_fact(stated)["capacity"] == "none" and party_fact(stated)["capacity_by_age"] == "none"


@given(st.integers(0, 15), st.dates(dt.date(1987, 1, 1), dt.date(2030, 12, 31)))
def test_property_any_minor_under_sixteen_on_any_date(age, day):
    under = 10 if day < SWITCH else 8
    expected = "none" if age < under else "limited"
    b = capacity.by_age(age, day)
    assert b is not None and b.capacity == expected and b.under == under
    law = "GPCL" if day < SWITCH else "GPL" if day < dt.date(2021, 1, 1) else "CC"
    number = 12 if law == "GPCL" else 20 if expected == "none" else 19
    assert b.article == f"{law}-{number}"
    # and the engine's facts carry it (Incident.date drives it; no date check is needed here)
    data = yaml.safe_load(story(day.isoformat(), age))
    fact = party_fact(Incident.model_validate(data))
    assert (fact["capacity"], fact["capacity_by_age"]) == (expected, b.article)
    # a stated capacity the law of the date contradicts is refused
    wrong = "limited" if expected == "none" else "full"
    data["parties"][1]["capacity"] = wrong
    problems = capacity.problems(Incident.model_validate(data))
    assert len(problems) == 1 and f"means capacity {expected!r}" in problems[0].message


# ---------------------------------------------------------------------------- contradiction: exit 2
@pytest.mark.parametrize(
    "date, age, wrong, right, article",
    [
        ("2015-06-18", 9, "limited", "none", "GPCL art. 12"),  # the Civil Code's age read back
        ("2018-06-18", 12, "full", "limited", "GPL art. 19"),
        ("2022-06-18", 5, "limited", "none", "CC art. 20"),
    ],
)
def test_a_stated_capacity_the_age_contradicts_is_a_located_error(tmp_path, date, age, wrong, right, article):
    path = tmp_path / "child.yaml"
    path.write_text(story(date, age, wrong), encoding="utf-8")
    r = run_cli("assess", str(path))
    assert r.returncode == 2, r.stdout + r.stderr
    first = r.stderr.strip().splitlines()[0]
    assert first.startswith(f"{path}:5: parties.1.capacity: "), first  # file:line: field path
    assert len(first) <= 200
    for part in (f"age {age}", date, article, repr(right), repr(wrong)):
        assert part in first, (part, first)
    assert "Traceback" not in r.stderr


def test_an_age_on_a_date_before_the_library_is_the_dates_error_not_an_internal_one(tmp_path):
    # schemathesis sent an incident of the year 433 with an age: the capacity was looked up before the
    # date was refused, and the API answered 500 (no article governed CC-20 on 0433-03-18)
    path = tmp_path / "old.yaml"
    path.write_text(story("1980-06-18", 9, "limited"), encoding="utf-8")
    r = run_cli("assess", str(path))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "before 1987-01-01" in r.stderr and "capacity" not in r.stderr.splitlines()[0]
    assert capacity.by_age(9, dt.date(433, 3, 18)) is None


def test_none_for_a_minor_of_limited_capacity_by_age_is_no_contradiction():
    # the law also denies capacity to a minor who cannot understand his acts (GPCL 13; GPL / CC 21 para. 2)
    incident = liability.loads(story("2018-06-18", 12, "none"))
    assert capacity.problems(incident) == [] and party_fact(incident)["capacity"] == "none"


def test_a_what_if_cannot_set_a_capacity_the_age_rules_out():
    incident = liability.loads(story("2015-06-18", 9))
    with pytest.raises(IncidentError, match=r"age 9 on 2015-06-18 means capacity 'none' \(under 10: GPCL art. 12\), not 'limited'"):
        what_if(incident, [("parties.boy.capacity", "limited")])
    # the date is a fact like any other: moved past 2017-10-01, the same child has limited capacity
    moved = what_if(incident, [("date", "2018-06-18")])
    assert "GPL-19" in moved.articles and "GPCL-12" not in moved.articles


def test_the_api_refuses_the_contradiction_with_the_same_message():
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from liability.api import app

    body = yaml.safe_load(story("2015-06-18", 9, "limited"))
    body["date"] = "2015-06-18"
    r = TestClient(app).post("/assess", json=body)
    assert r.status_code == 422
    assert any("parties.1.capacity" in e and "GPCL art. 12" in e for e in r.json()["errors"])


# ------------------------------------------------------------------------------ the reasoning chain
def _chain(a, lang: str) -> str:
    return "\n".join(premise_text(a, p, lang) for d in a.derivations for p in d.premises if p.kind == "input")


@pytest.mark.parametrize(
    "date, zh, en",
    [
        ("2015-06-18", "无（9岁（2015年6月18日）：不满十周岁的未成年人，无民事行为能力 — 《中华人民共和国民法通则》第十二条）",
         "none (9 years old on 2015-06-18: a minor under ten has no capacity — General Principles of Civil Law, art. 12)"),
        ("2018-06-18", "限制（9岁（2018年6月18日）：八周岁以上的未成年人，限制民事行为能力 — 《中华人民共和国民法总则》第十九条）",
         "limited (9 years old on 2018-06-18: a minor of eight or more has limited capacity — General Provisions of the Civil Law, art. 19)"),
        ("2022-06-18", "限制（9岁（2022年6月18日）：八周岁以上的未成年人，限制民事行为能力 — 《中华人民共和国民法典》第十九条）",
         "limited (9 years old on 2022-06-18: a minor of eight or more has limited capacity — Civil Code of the People's Republic of China, art. 19)"),
    ],
)
def test_the_chain_shows_the_capacity_came_from_the_age_and_cites_the_article_of_the_date(date, zh, en):
    a = liability.assess(liability.loads(story(date, 9)))
    assert zh in _chain(a, "zh")
    assert en in _chain(a, "en")
    # every format shows it, with the article's text among those cited
    from html import escape

    from liability.report import to_html, to_markdown

    assert zh in to_markdown(a, "zh") and en in to_markdown(a, "en")
    assert escape(zh) in to_html(a, "zh") and escape(en) in to_html(a, "en")


def test_the_cli_report_shows_it(tmp_path):
    path = tmp_path / "child.yaml"
    path.write_text(story("2015-06-18", 8), encoding="utf-8")
    r = run_cli("assess", str(path), "--no-investigate", "--no-similar", columns=400)
    assert r.returncode == 0, r.stderr
    assert "8岁（2015年6月18日）：不满十周岁的未成年人，无民事行为能力 — 《中华人民共和国民法通则》第十二条" in r.stdout
    assert "[GPCL-12]" in r.stdout  # among the articles cited, with its text
    data = run_cli("assess", str(path), "--format", "json", "--no-investigate", "--no-similar")
    assert data.returncode == 0 and '"capacity_by_age": "GPCL-12"' in data.stdout.replace('":"', '": "')


# ------------------------------------------------------------------------------------- the intake
def test_liability_new_takes_an_age_for_a_capacity():
    data = yaml.safe_load(story("2015-06-18", 0))
    del data["parties"][1]["age"]
    said: list[str] = []
    answers = {"parties.boy.capacity": ["9"]}

    def ask(prompt: str) -> str:
        m = re.match(r"^\s+((?:parties|things|relationships|events|harms)\.[^ .]+\.\w+) \(", prompt)
        assert m, prompt
        queue = answers.get(m.group(1))
        if queue:
            assert m.group(1) != "parties.boy.capacity" or "年龄" in prompt or "an age" in prompt
            return queue.pop(0)
        return "unknown"

    out = intake.follow_up(intake.Asker(ask, said.append), data)
    boy = next(p for p in out["parties"] if p["id"] == "boy")
    assert boy.get("age") == 9 and "capacity" not in boy  # the law of 2015 gives none; not asked again
    assert party_fact(Incident.model_validate(out))["capacity"] == "none"


def test_liability_new_asks_again_from_sixteen():
    data = yaml.safe_load(story("2015-06-18", 0))
    del data["parties"][1]["age"]
    asked: list[str] = []
    answers = {"parties.boy.capacity": ["17", "200", "full"]}

    def ask(prompt: str) -> str:
        m = re.match(r"^\s+((?:parties|things|relationships|events|harms)\.[^ .]+\.\w+) \(", prompt)
        asked.append(m.group(1))
        queue = answers.get(m.group(1))
        return queue.pop(0) if queue else "unknown"

    said: list[str] = []
    out = intake.follow_up(intake.Asker(ask, said.append), data)
    boy = next(p for p in out["parties"] if p["id"] == "boy")
    assert (boy.get("age"), boy.get("capacity")) == (17, "full")
    assert asked.count("parties.boy.capacity") == 3  # the age; then "200" refused (an age is given); then full
    assert any("choose one of" in s for s in said)


# ---------------------------------------------------------------------------- the files' own ages
def _files():
    return sorted((ROOT / "precedents").glob("*.yaml")) + sorted((ROOT / "examples").glob("*.yaml"))


def test_every_party_whose_name_states_an_age_carries_it():
    numerals = {"三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
    missing = []
    for path in _files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for p in data.get("parties") or []:
            m = re.search(r"(\d+|[三四五六七八九十])岁", str(p.get("name") or ""))
            if m:
                stated = int(m.group(1)) if m.group(1).isdigit() else numerals[m.group(1)]
                if p.get("age") != stated:
                    missing.append(f"{path.name}: {p['id']} ({p.get('name')}) age {p.get('age')}")
    assert missing == []

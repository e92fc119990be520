"""The API's size limits (liability.limits): every real incident is well within them, and each
limit is found, located, in a parsed document."""

from __future__ import annotations

import json

import pytest
import yaml

import liability
from liability.limits import (
    MAX_DEPTH,
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

from conftest import EXAMPLES, ROOT

CORPUS = EXAMPLES + sorted((ROOT / "precedents").rglob("*.yaml"))


def _json(path) -> object:
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))


def test_every_example_and_precedent_is_well_within_the_limits():
    """The limits refuse nothing real: the largest incident is under half of each."""
    worst = {"work": 0, "facts": 0}
    for path in CORPUS:
        assert document_problems(_json(path), path.name) == [], path
        try:
            incident = liability.load(path)
        except liability.IncidentError:
            continue  # a precedent the engine cannot take yet is another test's business
        assert work_problem(incident, path.name) is None, path
        total, _, facts = work(incident)
        worst["work"] = max(worst["work"], total)
        worst["facts"] = max(worst["facts"], facts)
    assert worst["work"] * 1.5 < MAX_WORK and worst["facts"] * 10 < MAX_FACTS, worst


def test_each_limit_is_found_and_located():
    base = _json(EXAMPLES[0])
    assert document_problems(base, "r") == []
    big = dict(base, parties=base["parties"] * (MAX_ITEMS // len(base["parties"]) + 1))
    (p,) = document_problems(big, "r")
    assert p.path == "parties" and f"the limit is {MAX_ITEMS}" in p.message
    (p,) = document_problems(dict(base, title="x" * (MAX_TEXT + 1)), "r")
    assert p.path == "title" and f"a text of {MAX_TEXT + 1:,} characters" in p.message
    (p,) = document_problems(dict(base, **{"k" * (MAX_TEXT + 1): 1}), "r")
    assert p.path == "" and "a key of" in p.message
    (p,) = document_problems({**base, **{f"k{i}": 1 for i in range(MAX_KEYS)}}, "r")
    assert p.path == "" and f"the limit is {MAX_KEYS}" in p.message
    nested = {k: [[0] * MAX_ITEMS] * MAX_ITEMS for k in "abc"}  # each list within its limit, 30,000 values in all
    (p,) = document_problems(nested, "r")
    assert f"more than {MAX_VALUES:,} values" in p.message
    many = {f"k{i}": "x" * (MAX_TEXT + 1) for i in range(50)}
    assert len(document_problems(many, "r")) == 10  # at most ten, in path order
    # a batch: the top list may be longer, and its incidents start one level down
    assert document_problems([base] * (MAX_ITEMS + 1), "r", top_items=500) == []
    deep: object = 1
    for _ in range(MAX_DEPTH):  # as deep as a document may go
        deep = [deep]
    assert document_problems(deep, "r") == []
    with pytest.raises(TooDeep):
        document_problems(deep, "r", depth=1)


def test_work_counts_reruns_and_facts():
    incident = liability.load(EXAMPLES[0])
    total, reruns, facts = work(incident)
    assert total == (reruns + 1) * facts and reruns > 0 and facts >= sum(len(getattr(incident, g)) for g in ("parties", "things", "events", "harms"))
    assert work(incident, investigate=False) == (facts, 0, facts)

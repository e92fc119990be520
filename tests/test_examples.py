"""Every example file is assessed and compared with its `expect:` block."""

from __future__ import annotations

import pytest

import liability
from liability.expect import check
from liability.loader import load_with_expectation

from conftest import EXAMPLES


def test_there_are_examples():
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example(path):
    incident, expect = load_with_expectation(path)
    assert expect is not None, f"{path.name} has no expect: block"
    assessment = liability.assess(incident)
    assert check(assessment, expect) == []


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_finding_has_a_derivation_and_articles(path):
    a = liability.assess(liability.load(path))
    for f in a.findings:
        assert f.derivations, f
        # Every conclusion of law cites an article; a claim outside the rule book is none, and cites none.
        assert bool(f.articles) == (f.kind != "outside"), f
        for d in f.derivations:
            assert a.derivations[d].concludes
    for d in a.derivations:
        for art in d.articles:
            assert art in a.articles


def test_check_reports_differences():
    """The comparison itself can fail: a wrong expectation is caught."""
    incident, expect = load_with_expectation(EXAMPLES[0])
    a = liability.assess(incident)
    wrong = expect.model_copy(update={"findings": expect.findings[1:], "cites": ["CC-9999"]})
    problems = check(a, wrong)
    assert any(p.startswith("unexpected finding") for p in problems)
    assert "does not cite CC-9999" in problems

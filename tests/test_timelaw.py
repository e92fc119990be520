"""Law in time: the transitional rules, as properties over the examples."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

import liability
from liability.errors import IncidentError
from liability.model import Incident

from conftest import EXAMPLES

INCIDENTS = {p.name: liability.load(p) for p in EXAMPLES}
AFTER = [i for i in INCIDENTS.values() if i.date >= dt.date(2021, 1, 1)]
BEFORE_PLAIN = [
    i for i in INCIDENTS.values() if i.date < dt.date(2021, 1, 1) and i.continues_until() is None and i.damage_appeared is None
]


def governing(a) -> dict[str, str]:
    """Which article each derivation applied: the law that governed."""
    return {f"{d.rule}:{d.id}": ",".join(d.articles) for d in a.derivations}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(AFTER), st.dates(min_value=dt.date(2021, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_moving_the_decision_date_never_changes_the_law_for_facts_after_2021(incident, decided):
    decided = max(decided, incident.date)
    assert governing(liability.assess(incident, decided_on=decided)) == governing(
        liability.assess(incident, decided_on=max(incident.date, dt.date(2026, 1, 1)))
    )


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(BEFORE_PLAIN), st.data())
def test_plain_older_facts_decided_before_2021_are_judged_by_the_law_of_their_date(incident, data):
    decided = data.draw(st.dates(min_value=incident.date, max_value=dt.date(2020, 12, 31)))
    a = liability.assess(incident, decided_on=decided)
    for d in a.derivations:
        assert d.law_date == incident.date
    assert not a.time_law.alternatives  # the SPC's discretion exists only from 2021
    for art in a.articles.values():
        assert not art.law.startswith("SPCTE")


def test_every_step_names_the_rule_that_chose_the_law():
    for name, incident in INCIDENTS.items():
        a = liability.assess(incident)
        assert a.time_law.steps, name
        if a.time_law.decided_on >= dt.date(2021, 1, 1):
            assert all(s.article and s.article.startswith("SPCTE") for s in a.time_law.steps), name


@pytest.mark.parametrize("field", ["decided_on", "damage_appeared", "continuing_until"])
def test_impossible_orders_are_located_errors(field):
    base = INCIDENTS["break-in-2024.yaml"].model_dump(mode="python")
    base[field] = base["date"] - dt.timedelta(days=1)
    bad = Incident.model_validate(base)
    with pytest.raises(IncidentError) as e:
        liability.assess(bad)
    assert e.value.problems[0].path == field


# The Civil Code alternative (SPCTE arts. 2-3) is skipped without a second run when the first run
# proves it would conclude the same. The proof must never be wrong: whenever it says "same", a full
# run under the Civil Code gives the same decision.
CC_DAY = dt.date(2021, 1, 1)
DECIDED = dt.date(2024, 6, 1)


def proof_and_truth(incident: Incident) -> tuple[bool, bool]:
    from liability import pipeline
    from liability.whatif import decision

    old = pipeline._assess_run(incident, DECIDED)
    proved = old.same_under(CC_DAY)
    full = pipeline._assess(incident, DECIDED, law_date_override=CC_DAY)
    return proved, decision(full) == decision(old.assessment)


OLDER_BY_NAME = {n: i for n, i in INCIDENTS.items() if i.date < CC_DAY}
OLDER = list(OLDER_BY_NAME.values())


@pytest.mark.parametrize("name", sorted(OLDER_BY_NAME))
def test_the_shortcut_for_the_civil_code_alternative_is_never_wrong_on_the_examples(name):
    proved, same = proof_and_truth(OLDER_BY_NAME[name])
    assert same or not proved


def test_the_shortcut_both_proves_and_refuses_on_the_examples():
    """Not vacuous: some older examples are proved alike, and the ones whose Civil Code outcome
    differs are all refused (they get their alternative from a real run)."""
    results = [proof_and_truth(i) for i in OLDER]
    assert any(p for p, _ in results)
    assert any(not s for _, s in results)
    assert all(not p for p, s in results if not s)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(OLDER), st.data())
def test_the_shortcut_is_never_wrong_with_facts_varied(incident, data):
    """Every three-valued fact of an older example redrawn: the proof still never says "same" wrongly."""
    from liability.whatif import _three_valued_fields, fact_values, with_fact

    varied = incident
    for group in ("parties", "things", "relationships", "events", "harms"):
        for item in getattr(incident, group):
            for name in _three_valued_fields(item):
                value = data.draw(st.sampled_from([*fact_values(item, name), "unknown"]))
                try:
                    varied = with_fact(varied, f"{group}.{item.id}.{name}", value)
                except IncidentError:
                    pass  # a value the other facts rule out (a government measure without a lawful ground)
    proved, same = proof_and_truth(varied)
    assert same or not proved

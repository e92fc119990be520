"""The engine keeps nothing between assessments, and one process can assess many incidents."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import liability

from conftest import EXAMPLES


def test_a_thousand_assessments_are_identical_and_stateless():
    incidents = [liability.load(p) for p in EXAMPLES]
    first = [liability.assess(i).model_dump_json() for i in incidents]
    for n in range(1000):
        k = n % len(incidents)
        assert liability.assess(incidents[k]).model_dump_json() == first[k]


def test_threads_get_the_same_results_as_sequential_calls():
    incidents = [liability.load(p) for p in EXAMPLES] * 10
    sequential = [liability.assess(i).model_dump_json() for i in incidents]
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(lambda i: liability.assess(i).model_dump_json(), incidents))
    assert threaded == sequential


def test_engine_rejects_rules_that_negate_input_facts():
    import pytest

    from liability.rulebase import RuleBook, absent, fact, rule
    import liability.rulebase as rb

    saved = rb.BOOK
    rb.BOOK = RuleBook()
    try:
        with pytest.raises(ValueError, match="derived facts"):
            rule("x.bad", cites=["CC-1165"], doctrine="tort", when=[fact("e", "event"), absent("harm")], then=lambda e: [], zh="", en="")
        with pytest.raises(ValueError, match="cite"):
            rule("x.uncited", cites=[], doctrine="tort", when=[fact("e", "event")], then=lambda e: [], zh="", en="")
    finally:
        rb.BOOK = saved


def test_an_error_inside_a_rule_is_raised_not_swallowed():
    import datetime as dt

    import pytest

    from liability.engine import Engine
    from liability.errors import EngineError
    from liability.library import registry
    from liability.rulebase import Rule, fact

    def boom(e):
        raise ZeroDivisionError("in a rule")

    r = Rule("test.boom", "tort", ("CC-1165",), (fact("e", "event"),), boom, "", "")
    eng = Engine([r])
    with pytest.raises(EngineError, match="ZeroDivisionError"):
        eng.run([{"t": "event", "k": "e1"}], registry(), lambda d: dt.date(2024, 1, 1))
    # the engine is usable after the failure
    run = Engine([]).run([{"t": "event", "k": "e1"}], registry(), lambda d: dt.date(2024, 1, 1))
    assert run.firings == []


def test_one_session_serves_every_assessment_and_is_left_empty():
    """The engine empties its session after each run instead of deleting it (the C core zeroes
    several MB to create one). Every example, in two orders, leaves it holding nothing, with no
    renewal — so the emptying, not a fallback, is what kept the results equal."""
    import json

    import durable_rules_engine as core

    from liability import pipeline

    incidents = [liability.load(p) for p in EXAMPLES]
    first = [liability.assess(i).model_dump_json() for i in incidents]
    engines = {id(pipeline._engine_for(i)): pipeline._engine_for(i) for i in incidents}
    sids = {k: e._sid for k, e in engines.items()}
    for k in list(range(len(incidents)))[::-1]:
        assert liability.assess(incidents[k]).model_dump_json() == first[k]
        engine = pipeline._engine_for(incidents[k])
        assert json.loads(core.get_facts(engine._handle, engine._sid)) == []
    assert {k: e._sid for k, e in engines.items()} == sids


def test_an_engine_with_only_the_rules_that_can_fire_decides_as_the_whole_book(monkeypatch):
    """Each kind of incident (by the kinds of event in it) runs on an engine compiled with just the
    rules whose event patterns it can match; on every example, what-if leads included, the
    assessment is the one the whole rule book gives."""
    from liability import pipeline

    incidents = [liability.load(p) for p in EXAMPLES]
    pruned = [liability.assess(i, investigate=True).model_dump_json() for i in incidents]
    assert any(len(pipeline._engine_for(i).rules) < len(pipeline._book()) for i in incidents)
    monkeypatch.setattr(pipeline, "_engine_for", lambda incident: pipeline._engine())
    assert [liability.assess(i, investigate=True).model_dump_json() for i in incidents] == pruned


def test_a_failed_run_renews_the_session():
    import datetime as dt

    import pytest

    from liability.engine import Engine
    from liability.errors import EngineError
    from liability.library import registry
    from liability.rulebase import Rule, fact

    def boom(e):
        if e.k == "bad":
            raise ZeroDivisionError("in a rule")
        return [{"t": "danger", "event": e.k, "causer": "none"}]

    eng = Engine([Rule("test.boom", "tort", ("CC-1165",), (fact("e", "event"),), boom, "", "")])
    day = lambda d: dt.date(2024, 1, 1)  # noqa: E731
    good = eng.run([{"t": "event", "k": "ok"}], registry(), day)
    sid = eng._sid
    with pytest.raises(EngineError):
        eng.run([{"t": "event", "k": "bad"}], registry(), day)
    assert eng._sid != sid
    again = eng.run([{"t": "event", "k": "ok"}], registry(), day)
    assert [f.conclusions for f in again.firings] == [f.conclusions for f in good.firings]


def test_many_rules_testing_only_joins_on_one_fact_type_still_run():
    """The C core walks its alpha network with a stack of 64 nodes and pushes every join node
    untested: 100 rules whose harm pattern tests only joins overflowed it (error 303, then a
    crash). The engine spreads such patterns over buckets."""
    import datetime as dt

    from liability.engine import Engine
    from liability.library import registry
    from liability.rulebase import Not, Rule, caused_harm, fact, finding, v

    rules = [
        Rule(
            f"test.join-{i}",
            "tort",
            ("CC-1165",),
            (fact("e", "event", kind="leak"), *caused_harm(by=v.e.k, victim=Not(v.e.actor))),
            lambda e, c, h: [finding("liable", e.actor, h.k)],
            "",
            "",
        )
        for i in range(100)
    ]
    facts = [
        {"t": "event", "k": "leak1", "kind": "leak", "actor": "upstairs"},
        {"t": "event", "k": "leak2", "kind": "leak", "actor": "next-door"},
        {"t": "cause", "event": "leak1", "harm": "damage1"},
        {"t": "cause", "event": "leak2", "harm": "damage2"},
        {"t": "harm", "k": "damage1", "victim": "downstairs"},
        {"t": "harm", "k": "damage2", "victim": "upstairs"},
    ]
    run = Engine(rules).run(facts, registry(), lambda d: dt.date(2024, 1, 1))
    pairs = sorted({(c["party"], c["harm"]) for f in run.firings for c in f.conclusions})
    assert pairs == [("next-door", "damage2"), ("upstairs", "damage1")]  # each leak with its own harm, no other
    assert len(run.firings) == 200

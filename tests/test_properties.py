"""Invariants, checked with hypothesis on incidents built around the break-in case with every
fact, date and list order varied."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import liability
from liability.library import registry
from liability.model import Incident

from conftest import ROOT

BASE = liability.load(ROOT / "examples" / "break-in-2024.yaml")
TRI = st.sampled_from([True, False, "unknown"])


@st.composite
def incidents(draw) -> Incident:
    data = BASE.model_dump(mode="python")
    day = draw(st.dates(min_value=dt.date(1987, 1, 1), max_value=dt.date(2026, 11, 1)))
    data["date"] = day
    for e in data["events"]:
        e["date"] = day
        e["until"] = None
        for k in ("fault", "natural_cause", "knew", "able_to_act", "danger_present", "other_means", "excessive"):
            if k in e:
                e[k] = draw(TRI)
    for h in data["harms"]:
        h["amount"] = draw(st.none() | st.decimals(min_value=0, max_value=10**6, places=2))
    for key in ("parties", "things", "relationships", "events", "harms"):
        data[key] = draw(st.permutations(data[key]))
    return Incident.model_validate(data)


def canonical(a):
    findings = sorted((f.party, f.harm, f.kind.value, f.degree, str(f.share), tuple(f.articles)) for f in a.findings)
    allocations = sorted(
        (al.harm, tuple(sorted((ln.party, ln.kind.value, ln.degree or "", str(ln.share)) for ln in al.lines)))
        for al in a.allocations
    )
    return findings, allocations, sorted(q.fact for q in a.questions), a.status, sorted(a.articles)


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(incidents())
def test_deterministic(incident):
    assert liability.assess(incident).model_dump_json() == liability.assess(incident).model_dump_json()


@SETTINGS
@given(incidents(), st.randoms(use_true_random=False))
def test_independent_of_the_order_of_facts(incident, rnd):
    data = incident.model_dump(mode="python")
    for key in ("parties", "things", "relationships", "events", "harms"):
        rnd.shuffle(data[key])
    shuffled = Incident.model_validate(data)
    assert canonical(liability.assess(shuffled)) == canonical(liability.assess(incident))


@SETTINGS
@given(incidents())
def test_every_cited_article_governed_on_the_date(incident):
    reg = registry()
    a = liability.assess(incident)
    assert a.findings or a.questions or a.allocations
    for d in a.derivations:
        for pid in d.provisions:
            art = reg.resolve(pid, d.law_date)
            if art is not None:
                assert art.law.in_force_on(d.law_date)
        expected = [x.id for x in (reg.resolve(p, d.law_date) for p in d.provisions) if x is not None]
        assert d.articles == list(dict.fromkeys(expected))
        for art in d.articles:
            assert reg.article(art).law.in_force_on(d.law_date), (art, d.law_date)


@SETTINGS
@given(incidents())
def test_numeric_shares_of_a_harm_sum_to_100(incident):
    a = liability.assess(incident)
    for al in a.allocations:
        shares = [ln.share for ln in al.lines if ln.kind.value in ("liable", "bears-own-loss") and not ln.alongside]
        numeric = [s for s in shares if s is not None]
        # Either every line of who bears the harm has a number, and they make 100 %, or none has one
        # (a number beside an unmeasured part, such as the victim's own fault, would be a false sum).
        if numeric:
            assert len(numeric) == len(shares) and sum(numeric) == Decimal(100), al


@SETTINGS
@given(incidents())
def test_no_conclusion_without_a_derivation(incident):
    a = liability.assess(incident)
    for f in a.findings:
        assert f.derivations and all(0 <= d < len(a.derivations) for d in f.derivations)
        assert f.articles
    for q in a.questions:
        assert q.derivations


@SETTINGS
@given(incidents())
def test_an_unknown_fault_is_reported_never_read_as_false(incident):
    leak = next(e for e in incident.events if e.id == "leak")
    a = liability.assess(incident)
    resident = {(f.harm, f.kind.value) for f in a.findings if f.party == "resident-301"}
    if leak.fault == "unknown":
        assert "events.leak.fault" in {q.fact for q in a.questions}
        assert a.status == "open"
        assert ("damage-201", "liable") not in resident and ("damage-201", "not-liable") not in resident
    else:
        assert "events.leak.fault" not in {q.fact for q in a.questions}


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.name)
def test_every_example_is_independent_of_the_order_of_its_facts(path):
    """Each example with every list reversed gives the same assessment (a rule that reads another's
    conclusion within one stratum would make the result depend on the order the core met them)."""
    incident = liability.load(path)
    data = incident.model_dump(mode="python")
    for key in ("parties", "things", "relationships", "events", "harms"):
        data[key] = list(reversed(data[key]))
    assert canonical(liability.assess(Incident.model_validate(data))) == canonical(liability.assess(incident))


def _severity(a, party: str, harm: str) -> tuple[int, int]:
    """How heavily the assessment holds a party for a harm: liable (and how wide), a lesser duty to
    compensate or supplement, or nothing."""
    from liability.pipeline import _WIDTH

    rank = {"liable": 3, "supplementary": 2, "compensates": 1}
    best = (0, 0)
    for f in a.findings:
        if f.party == party and f.harm == harm and f.kind.value in rank:
            best = max(best, (rank[f.kind.value], -_WIDTH.get(f.degree, 1)))
    return best


@SETTINGS
@given(incidents())
def test_an_avoider_who_had_a_milder_means_is_never_better_off(incident):
    """Rule review, invariant: with a milder means at hand, the one who averted the danger is held
    at least as heavily as the same avoider without one — for every harm, in every period."""
    from liability.whatif import with_fact

    measures = [e for e in incident.events if e.kind == "emergency-measure"]
    assert measures  # the break-in case has one
    with_means, without = incident, incident
    for m in measures:
        with_means = with_fact(with_means, f"events.{m.id}.other_means", True)
        without = with_fact(without, f"events.{m.id}.other_means", False)
    a, b = liability.assess(with_means), liability.assess(without)
    for m in measures:
        for h in incident.harms:
            open_either = any(q.party == m.actor and q.harm == h.id for q in a.questions + b.questions)
            if not open_either:
                assert _severity(a, m.actor, h.id) >= _severity(b, m.actor, h.id), (m.actor, h.id)


@SETTINGS
@given(incidents())
def test_an_avoider_who_wrongly_but_reasonably_believed_in_a_danger_is_never_better_off(incident):
    """Rule review 3, its variant: one who acted, without fault, against a danger that was in truth
    no longer present is held at least as heavily as the same actor facing a present danger."""
    from liability.whatif import with_fact

    measures = [e for e in incident.events if e.kind == "emergency-measure"]
    believed, real = incident, incident
    for m in measures:
        believed = with_fact(with_fact(believed, f"events.{m.id}.danger_present", False), f"events.{m.id}.fault", False)
        real = with_fact(real, f"events.{m.id}.danger_present", True)
    a, b = liability.assess(believed), liability.assess(real)
    for m in measures:
        for h in incident.harms:
            if not any(q.party == m.actor and q.harm == h.id for q in a.questions + b.questions):
                assert _severity(a, m.actor, h.id) >= _severity(b, m.actor, h.id), (m.actor, h.id)

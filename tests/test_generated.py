"""Invariants over incidents generated from the model itself (tests/strategies.py)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, strategies as st

import liability
from liability.library import registry
from liability.model import Incident

from strategies import incidents


def canonical(a):
    return (
        sorted((f.party, f.harm, f.kind.value, f.degree or "", str(f.share), tuple(f.articles)) for f in a.findings),
        sorted((al.harm, tuple(sorted((ln.party, ln.kind.value, ln.degree or "", str(ln.share)) for ln in al.lines))) for al in a.allocations),
        sorted(q.fact for q in a.questions),
        a.status,
    )


@given(incidents(), st.randoms(use_true_random=False))
def test_no_crash_deterministic_and_independent_of_order(incident, rnd):
    a = liability.assess(incident)
    assert liability.assess(incident).model_dump_json() == a.model_dump_json()
    data = incident.model_dump(mode="python")
    for key in ("parties", "things", "relationships", "events", "harms"):
        rnd.shuffle(data[key])
    assert canonical(liability.assess(Incident.model_validate(data))) == canonical(a)


@given(incidents())
def test_cited_articles_in_force_shares_sum_and_derivations(incident):
    reg = registry()
    a = liability.assess(incident)
    for d in a.derivations:
        for art in d.articles:
            assert reg.article(art).law.in_force_on(d.law_date), (art, d.law_date)
    for al in a.allocations:
        shares = [ln.share for ln in al.lines if ln.kind.value in ("liable", "bears-own-loss") and not ln.alongside]
        numeric = [s for s in shares if s is not None]
        # Either every line of who bears the harm has a number, and they make 100 %, or none has one
        # (a number beside an unmeasured part, such as the victim's own fault, would be a false sum).
        if numeric:
            assert len(numeric) == len(shares) and sum(numeric) == Decimal(100), al
    for f in a.findings:
        assert f.derivations and f.articles

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
        assert f.derivations and bool(f.articles) == (f.kind != "outside")  # outside the rule book cites nothing


@given(incidents())
def test_every_claim_gets_one_kind_of_answer_and_outside_only_where_no_rule_reached_it(incident):
    """Each claimed party, per harm: liable or not liable, never both; "not liable" never while a
    question about it is open; "outside the rule book" exactly where no rule concluded or asked
    about the claim and the facts connect the party with the harm — else "not liable (no ground)"."""
    from liability.facts import connected_parties

    a = liability.assess(incident)
    for h in incident.harms:
        linked = connected_parties(incident, h)
        for p in set(h.claimed_against) - {h.victim}:
            mine = [f for f in a.findings if f.party == p and f.harm == h.id]
            kinds = {f.kind.value for f in mine}
            asked = any(q.party == p and q.harm == h.id for q in a.questions)
            assert not ({"liable", "supplementary"} & kinds and "not-liable" in kinds), (p, h.id, kinds)
            assert not ("not-liable" in kinds and asked), (p, h.id)
            if "outside" in kinds:
                assert kinds == {"outside"} and not asked and p in linked, (p, h.id, kinds)
                assert a.status == "open"
            elif not kinds and not asked:
                raise AssertionError(f"claim against {p} for {h.id} has no answer")
            # a party the facts connect with the harm is never "not liable (no ground)": a gap in the
            # rule book or in statutes/ is reported as outside the book, never as an acquittal
            assert not (p in linked and any(f.basis and "no-ground" in f.basis for f in mine)), (p, h.id)
            if p not in linked and kinds == {"not-liable"} and not asked:
                assert any(f.basis and "no-ground" in f.basis for f in mine) or len(mine) == 1


@given(incidents())
def test_joint_liability_is_never_alone_nor_split(incident):
    """Rule review invariants: a single liable party is never "joint" (joint and several needs a
    second debtor); parties the law makes jointly liable are never given CC 1172 shares."""
    a = liability.assess(incident)
    for al in a.allocations:
        liable = [ln for ln in al.lines if ln.kind.value == "liable" and not ln.alongside]
        if len(liable) == 1:
            assert liable[0].degree != "joint", al
        for ln in liable:
            if ln.degree == "joint":
                assert ln.share is None, al

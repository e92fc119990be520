"""Doctrines real judgments turn on, beyond what an example's expect: block can say."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import liability

ROOT = Path(__file__).resolve().parent.parent


def _assess(name: str):
    return liability.assess(liability.load(ROOT / "examples" / name))


def test_sums_already_paid_are_deducted():
    a = _assess("thrown-by-child-2015.yaml")
    al = a.allocations[0]
    assert al.already_paid == Decimal(1000) and al.outstanding == Decimal(2200)
    assert "1000" in al.zh and "2200" in al.en
    # and nothing is deducted where nothing was paid
    b = _assess("thrown-by-child-2022.yaml")
    assert b.allocations[0].already_paid is None and b.allocations[0].outstanding is None


def test_a_ward_is_not_a_second_share_beside_its_guardian():
    a = _assess("thrown-by-child-2015.yaml")
    lines = {(ln.party, ln.kind.value): ln for ln in a.allocations[0].lines}
    assert lines[("father", "liable")].share == Decimal(100)
    # the boy answers only from his own property, first: beside his father's line, not a share of it
    boy = lines[("boy", "liable")]
    assert boy.alongside and boy.share is None and boy.degree == "own-property-first"


def test_an_unknown_thrower_before_2010_is_the_courts_discretion_not_the_victims_loss():
    a = _assess("thrown-unknown-2005.yaml")
    kinds = {(f.party, f.kind.value) for f in a.findings}
    assert ("flat-5", "compensates") in kinds and ("flat-6", "compensates") in kinds
    assert not any(ln.kind.value == "bears-own-loss" and ln.degree == "full" for al in a.allocations for ln in al.lines)
    why = next(d for d in a.derivations if d.rule == "thrown-object.possible-users-share-before-2010")
    assert "discretion" in why.en and "dismissed" in why.en


def test_a_second_ground_never_lowers_a_liability():
    """Merging several grounds for one party's liability for one harm keeps the widest degree (rule review 2)."""
    from hypothesis import given, strategies as st

    from liability.assessment import Finding, OutcomeKind
    from liability.pipeline import _WIDTH, _merged

    degrees = st.sampled_from(sorted(_WIDTH, key=lambda d: (d is None, d or "")))

    @given(st.lists(degrees, min_size=1, max_size=4))
    def check(ds):
        fs = [Finding(party="p", harm="h", kind=OutcomeKind.liable, degree=d, basis=f"b{i}", articles=["CC-1165"], derivations=[i]) for i, d in enumerate(ds)]
        (merged,) = _merged(fs)
        assert _WIDTH[merged.degree] == min(_WIDTH[d] for d in ds)

    check()

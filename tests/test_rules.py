"""The rule base's conventions, checked over the examples."""

from __future__ import annotations

import pytest

from liability.review import example_firings, rules

from conftest import EXAMPLES, ROOT

FIRED = example_firings(str(ROOT / "examples"))


@pytest.mark.parametrize("rule", [r.id for r in rules()])
def test_every_rule_has_an_example_that_fires_it_and_one_that_does_not(rule):
    fired_in = FIRED.get(rule, [])
    assert fired_in, f"no example makes {rule} fire"
    assert len(fired_in) < len(EXAMPLES), f"{rule} fires in every example"


def test_every_rule_cites_provisions_except_bookkeeping():
    for r in rules():
        assert r.cites or r.doctrine == "bookkeeping", r.id
        assert r.zh and r.en, r.id


def test_rule_modules_do_not_import_the_engine():
    import liability.rules as pkg

    for module in pkg.MODULES:
        source = open(module.__file__, encoding="utf-8").read()
        assert "durable" not in source, module.__name__

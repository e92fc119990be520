"""Similar judgments and shares estimated from them (liability.similar): the corpus index is current,
the ranking is deterministic and explained, an estimate needs three judgments, calibration leaves the
judgment itself out, and the handler sees it all through the CLI."""

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import liability
from liability import similar
from liability.assessment import OutcomeKind

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, str(ROOT / "cli.py")]


def _case(name, rules, figures, period="CC", events=("act",)):
    return {
        "name": name, "court": "某法院", "date": "2022-01-01", "source": f"https://example.org/{name}",
        "summary_zh": None, "summary_en": None, "held": [], "rules": sorted(rules),
        "doctrines": sorted({r.split(".")[0] for r in rules}), "events": sorted(events), "period": period,
        "figures": [{"party": "company", "party_kind": "property-service-company", "harm": "h", "held": "liable", "figure": f, "keys": ["pays/manager-failure"]} for f in figures],
    }


@pytest.fixture(scope="module")
def index():
    return similar.load_index(str(similar.index_path()))


def test_the_committed_index_is_current(index):
    # the index is what the engine makes of the corpus today: regenerate with
    # `liability precedents --write-index` after changing rules or precedents
    assert similar.build_index() == json.loads(json.dumps(index)), "precedents/index.json is stale: run liability precedents --write-index"


def test_no_estimate_below_three_judgments():
    two = [_case("a", {"security.x"}, [10]), _case("b", {"security.x"}, [30, 50])]  # 3 figures, 2 judgments
    assert similar.estimate(two, "pays/manager-failure") is None
    three = two + [_case("c", {"security.x"}, [20])]
    low, median, high, n, cases = similar.estimate(three, "pays/manager-failure")
    assert (low, median, high, n, cases) == (10, 25, 50, 4, ["a", "b", "c"])


def test_calibration_leaves_the_judgment_itself_out():
    cases = [_case(x, {"security.x"}, [f]) for x, f in (("a", 10), ("b", 20), ("c", 30), ("d", 90))]
    rows = {r["case"]: r for r in similar.calibration({"cases": cases})["rows"]}
    # without d's own 90 the others give 10..30, median 20: d falls outside and far from it
    assert rows["d"]["estimate"] == {"low": 10, "median": 20, "high": 30, "n": 3}
    assert rows["d"]["inside"] is False and rows["d"]["near_median"] is False
    assert rows["b"]["estimate"]["median"] == 30 and rows["b"]["near_median"] is True


def test_ranking_is_deterministic_and_explained():
    profile = {"rules": ["security.a", "fault.b"], "doctrines": ["fault", "security"], "events": ["act"], "period": "CC"}
    cases = [
        _case("z-close", {"security.a", "fault.b"}, []),
        _case("a-partial", {"security.a"}, []),
        _case("m-unrelated", {"objects.c"}, []),
        _case("b-partial", {"security.a"}, [], period="TLL"),
    ]
    got = similar.similar_cases(profile, cases)
    assert [c.name for c in got] == ["z-close", "a-partial", "b-partial"]  # no shared rule: not listed
    assert got == similar.similar_cases(profile, list(reversed(cases)))
    assert "rule:security.a" in got[1].matched and "period:CC" in got[1].matched and not any(m.startswith("period:") for m in got[2].matched)
    assert got[0].score > got[1].score > got[2].score


def test_an_estimate_only_where_the_law_gives_no_number(index):
    incident = liability.load(ROOT / "examples" / "burglary-broken-door-2015.yaml")
    a = liability.assess(incident, similar=True)
    numbered = {(f.party, f.harm) for f in a.findings if f.share is not None}
    assert a.estimates, "the company's proportionate share beside the burglar has precedents"
    for e in a.estimates:
        assert (e.party, e.harm) not in numbered
        assert e.low <= e.median <= e.high and len(e.cases) >= similar.MIN_SUPPORT
        f = next(f for f in a.findings if (f.party, f.harm) == (e.party, e.harm) and f.kind != OutcomeKind.obligation)
        assert f.share is None
    harm = next(h for h in incident.harms if h.id == a.estimates[0].harm)
    if harm.amount is not None:
        assert a.estimates[0].amount == (harm.amount * a.estimates[0].median / Decimal(100)).quantize(Decimal("0.01"))
    assert a.similar and all(s.matched for s in a.similar)


def test_the_handler_sees_similar_judgments_and_estimates():
    path = ROOT / "examples" / "burglary-broken-door-2015.yaml"
    out = subprocess.run(CLI + ["assess", str(path), "--lang", "en", "--no-investigate"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "Similar judgments" in out.stdout and "Shares estimated from similar judgments (not the law's answer)" in out.stdout
    doc = json.loads(subprocess.run(CLI + ["assess", str(path), "-f", "json", "--no-investigate"], capture_output=True, text=True, cwd=ROOT, timeout=120).stdout)
    assert doc["similar"] and doc["estimates"]
    md = subprocess.run(CLI + ["assess", str(path), "-f", "md", "--lang", "en", "--no-similar"], capture_output=True, text=True, cwd=ROOT, timeout=120).stdout
    assert "Similar judgments" not in md


def test_calibration_is_printed():
    out = subprocess.run(CLI + ["precedents", "--calibration"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "inside the estimated range" in out.stdout and "within 10 points of the median" in out.stdout


def _recoveries():
    from liability.precedents import load_all, with_findings

    for path in sorted((ROOT / "examples").glob("*.yaml")):
        incident = liability.load(path)
        yield path.name, liability.assess(incident, similar=True)
    precedents, _ = load_all()
    for p in precedents:
        yield p.name, liability.assess(with_findings(p), decided_on=p.incident.decided_on or p.holding.judgment_date, similar=True)


def test_what_the_victim_recovers_adds_up_to_the_loss():
    """Every decided harm with an amount gets a recovery line; where every part is a sum, the parties'
    sums and the victim's part make up the loss (the victim never bears a negative part)."""
    seen = 0
    for name, a in _recoveries():
        decided_with_amount = {al.harm for al in a.allocations if al.amount is not None and al.decided and any(
            ln.kind.value in ("liable", "supplementary", "compensates") and ln.party != al.victim for ln in al.lines)}
        assert {r.harm for r in a.recovery} == decided_with_amount, name
        for r in a.recovery:
            if any(p.unreachable for p in r.parts):
                continue  # what an unreachable party owes is not recovered in fact: its own test below
            if r.victim_part is None:
                assert any(p.source in ("joint", "open") for p in r.parts), name
                continue
            sums = sum((p.amount for p in r.parts if p.source in ("law", "estimate")), Decimal(0))
            assert r.victim_part >= 0, name
            assert sums + r.victim_part == r.amount or (sums > r.amount and r.victim_part == 0), (name, r)
            assert r.estimated == any(p.source == "estimate" or (p.source == "within" and p.amount is not None) for p in r.parts)
            seen += 1
    assert seen > 50


def test_an_unreachable_wrongdoer_is_shown_as_such_and_not_counted_as_recovered():
    """A burglar never caught stays liable in full; what the victim gets in fact is the company's part
    within that whole, and the rest is left to it."""
    from liability.whatif import with_fact

    incident = liability.load(ROOT / "examples" / "burglary-broken-door-2015.yaml")
    known = liability.assess(incident, similar=True)
    gone = liability.assess(with_fact(incident, "parties.thief.reachable", False), similar=True)
    assert [(f.party, f.kind, f.share) for f in gone.findings] == [(f.party, f.kind, f.share) for f in known.findings]
    (r_known,), (r_gone,) = known.recovery, gone.recovery
    assert r_known.victim_part == 0 and not any(p.unreachable for p in r_known.parts)
    thief = next(p for p in r_gone.parts if p.party == "thief")
    company = next(p for p in r_gone.parts if p.party == "company")
    assert thief.unreachable and thief.amount == r_gone.amount and company.source == "within" and company.amount
    assert r_gone.victim_part == r_gone.amount - company.amount


def test_possible_users_compensation_is_estimated_as_a_whole_and_shown_per_household():
    """The possible users of a building compensate in equal parts among themselves, but the part of the
    loss they compensate together is the court's: estimated from precedent where one party stands for
    them all, and split per household where the file says how many it stands for."""
    from liability.whatif import with_fact

    path = ROOT / "precedents" / "2000-chongqing-yuzhong-ashtray-unknown-thrower.yaml"
    incident = liability.load(path)
    a = liability.assess(incident, similar=True)
    (e,) = [e for e in a.estimates if e.party == "households"]
    assert e.key.startswith("compensates/possible-users") and e.low <= e.median <= e.high
    (r,) = a.recovery
    (part,) = [p for p in r.parts if p.party == "households"]
    assert part.source == "estimate" and part.members == 22
    assert part.per_member == (part.amount / 22).quantize(Decimal("0.01"))
    bare = liability.assess(with_fact(incident, "parties.households.members", None), similar=True)
    (bare_part,) = [p for p in bare.recovery[0].parts if p.party == "households"]
    assert bare_part.amount == part.amount and bare_part.members is None and bare_part.per_member is None
    text = subprocess.run(CLI + ["assess", str(path), "--lang", "en", "--no-investigate"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert "22 households or persons, about CNY" in text.stdout, text.stdout[-2000:]


def test_several_possible_users_get_no_estimate_each():
    """Where each possible user is its own party, the courts' figure for all of them together is no
    estimate of one household's part: none is given."""
    path = ROOT / "examples" / "thrown-leftovers-2022.yaml"
    a = liability.assess(liability.load(path), similar=True)
    users = {f.party for f in a.findings if similar.family_of(f.basis) == "possible-users"}
    assert len(users) > 1
    assert not [e for e in a.estimates if e.party in users]

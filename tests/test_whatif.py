"""Unknown facts, investigate-next, what-if and explain."""

from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

import liability
from liability.whatif import decision, diff, fact_values, unknown_facts, with_fact

from conftest import EXAMPLES, ROOT

INCIDENTS = {p.name: liability.load(p) for p in EXAMPLES}
WITH_UNKNOWNS = sorted(n for n, i in INCIDENTS.items() if unknown_facts(i))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WITH_UNKNOWNS), st.data())
def test_listed_facts_change_the_decision_as_stated_and_unlisted_ones_do_not(name, data):
    incident = INCIDENTS[name]
    a = liability.assess(incident, investigate=True)
    listed = {(lead.fact, lead.value): lead for lead in a.leads}
    path = data.draw(st.sampled_from(unknown_facts(incident)))
    group, ident, field = path.split(".")
    value = data.draw(st.sampled_from(fact_values(next(x for x in getattr(incident, group) if x.id == ident), field)))
    alt = liability.assess(with_fact(incident, path, value))
    changes = diff(decision(a), decision(alt))
    if (path, value) in listed:
        stated = [(c.party, c.harm, c.kind.value, c.degree or "", c.gained) for c in listed[(path, value)].changes]
        assert [(c.party, c.harm, c.kind, c.degree, c.gained) for c in changes] == stated
    else:
        assert changes == ()


def test_falling_pane_presumption_names_its_rebuttal_and_setting_it_flips(cli):
    path = ROOT / "examples" / "falling-pane-unproved-2024.yaml"
    a = liability.assess(liability.load(path), investigate=True)
    liable = next(f for f in a.findings if f.party == "centre" and f.kind.value == "liable")
    assert liable.presumed and liable.rebuttal == "events.fall.proved_no_fault=true"
    lead = next(x for x in a.leads if x.fact == "events.fall.proved_no_fault" and x.value is True)
    assert any(c.party == "centre" and c.kind.value == "liable" and not c.gained for c in lead.changes)
    r = cli("assess", str(path), "--set", "events.fall.proved_no_fault=true", "--format", "json")
    assert r.returncode == 0, r.stderr
    body = json.loads(r.stdout)
    kinds = {(f["party"], f["kind"]) for f in body["findings"]}
    assert ("centre", "liable") not in kinds
    assert {"party": "centre", "harm": "car-damage", "kind": "liable", "degree": "full", "gained": False} in body["what_if"]["changes"]
    assert body["what_if"]["set"] == [{"fact": "events.fall.proved_no_fault", "was": "unknown", "now": True}]


def test_storm_case_reports_the_design_defect_open_with_both_outcomes(cli):
    path = ROOT / "examples" / "storm-flood-2022.yaml"
    # the flat delivered weeks before: within every warranty, so the defect alone decides
    r = cli("assess", str(path), "--format", "json", "--set", "relationships.purchase.delivered_on=2022-06-01")
    assert r.returncode == 1  # open
    a = json.loads(r.stdout)
    assert a["what_if"]["set"][0]["fact"] == "relationships.purchase.delivered_on"
    assert "events.storm.design_defect" in [q["fact"] for q in a["questions"]]
    leads = {(x["fact"], x["value"]): x for x in a["leads"]}
    gained_if_true = leads[("events.storm.design_defect", True)]["changes"]
    gained_if_false = leads[("events.storm.design_defect", False)]["changes"]
    assert any(c["party"] == "developer" and c["kind"] == "liable" and c["gained"] for c in gained_if_true)
    assert any(c["party"] == "developer" and c["kind"] == "not-liable" and c["gained"] for c in gained_if_false)


def test_set_reports_no_change_and_bad_paths_are_located(cli):
    path = str(ROOT / "examples" / "break-in-2024.yaml")
    r = cli("assess", path, "--set", "events.leak.natural_cause=false", "--lang", "en")
    assert r.returncode == 0 and "does not change" in r.stdout
    for bad, needle in [
        ("events.nope.fault=true", "no item with id 'nope'"),
        ("events.leak.colour=red", "no settable field 'colour'"),
        ("events.leak.fault=maybe", "events.leak.fault"),
        ("leak", "PATH=VALUE"),
    ]:
        r = cli("assess", path, "--set", bad)
        assert r.returncode == 2, bad
        assert needle in r.stderr and "Traceback" not in r.stderr, (bad, r.stderr)


def test_explain_shows_why_and_why_not(cli):
    path = str(ROOT / "examples" / "removal-of-workers-2022.yaml")
    r = cli("explain", path, "company", "--lang", "en")
    assert r.returncode == 1, r.stderr  # open: the claim against the owner who asked lies outside the book
    assert "was not at fault" in r.stdout and "not liable" in r.stdout
    r = cli("explain", path, "nobody")
    assert r.returncode == 2 and "no party 'nobody'" in r.stderr


def test_the_decision_alone_is_the_decision_of_the_whole_assessment():
    """What-if and the Civil Code alternative compare decisions computed without the reasoning
    chain; on every example, and under the Civil Code's date, they equal the full assessment's."""
    import datetime as dt

    from liability import pipeline
    from liability.whatif import decision

    from conftest import EXAMPLES

    for p in EXAMPLES:
        incident = liability.load(p)
        full = liability.assess(incident)
        light, status, _ = pipeline.decision_of(incident)
        assert (light, status) == (decision(full), full.status), p.name
        cc = pipeline._assess_run(incident, None, law_date_override=dt.date(2021, 1, 1)).assessment
        assert pipeline.decision_of(incident, law_date_override=dt.date(2021, 1, 1))[:2] == (decision(cc), cc.status), p.name


def test_a_what_if_is_marked_first_in_every_format_and_keeps_the_json_shape(cli, tmp_path):
    """Issue 18: a what-if report in Markdown/HTML looked like a real one, the text named the
    change only at the end without the fact, and the JSON changed its top-level shape."""
    path = str(ROOT / "examples" / "falling-pane-unproved-2024.yaml")
    setting = ["--set", "events.fall.proved_no_fault=true"]
    plain = json.loads(cli("assess", path, "--format", "json").stdout)
    r = cli("assess", path, *setting, "--format", "json")
    body = json.loads(r.stdout)
    assert set(body) == set(plain) and plain["what_if"] is None
    assert body["what_if"]["original_status"] == plain["status"]
    out = tmp_path / "w.json"
    assert cli("assess", path, *setting, "--format", "json", "-o", str(out)).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["what_if"] == body["what_if"]
    for lang, mark, was in (("en", "WHAT-IF — not the facts as entered", "(was unknown)"), ("zh", "假设分析——不是所录入的事实", "（原为unknown）")):
        text = cli("assess", path, *setting, "--lang", lang).stdout
        head = text[: text.index("events.fall.proved_no_fault = true") + 80]
        assert mark in text.splitlines()[0] and was in head  # first: the mark, the fact, its old value
        md = cli("assess", path, *setting, "--lang", lang, "--format", "md").stdout
        assert md.startswith(f"# {mark}") and "events.fall.proved_no_fault = true" in md and was in md
        assert md.index(mark) < md.index("## ")  # the changes come before the decision
        html = cli("assess", path, *setting, "--lang", lang, "--format", "html").stdout
        assert f"<title>{mark}" in html and "class='whatif'" in html and html.index("whatif") < html.index("<table>")
        real = cli("assess", path, "--lang", lang, "--format", "md").stdout
        assert mark not in real and "what_if" not in real


def test_an_organisations_capacity_is_never_a_fact_to_establish():
    # a civil capacity is a natural person's: "if the company had no capacity" is no lead for a handler
    from liability.whatif import ORGANISATIONS

    for name, incident in INCIDENTS.items():
        organisations = {p.id for p in incident.parties if p.kind in ORGANISATIONS}
        assert not [f for f in unknown_facts(incident) if f.endswith(".capacity") and f.split(".")[1] in organisations], name
    # a natural person's unknown capacity still is
    assert any(f.endswith(".capacity") for i in INCIDENTS.values() for f in unknown_facts(i))


def test_a_fact_that_would_settle_one_stated_false_is_not_left_to_establish():
    """An orderer stated not at fault in its choice did not knowingly choose an unqualified contractor:
    `contractor_unqualified` is no fact to establish there (setting it true is refused as a
    contradiction), as a lawful ground stated false rules out a lawful government measure (CI's
    hypothesis run found the first)."""
    for name, incident in INCIDENTS.items():
        for path in unknown_facts(incident):
            group, ident, field = path.split(".")
            item = next(x for x in getattr(incident, group) if x.id == ident)
            for settled, by in getattr(item, "IMPLIED", {}).items():
                if by == field:
                    assert getattr(item, settled) is not False, (name, path)

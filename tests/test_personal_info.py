"""Personal information (rules/personal_info.py): an order to stop and delete needs no fault and no
money loss; consent unknown is asked; a face gate owes another way in unless one was offered; damages
need fault, presumed from 2021-11-01; the law of the date governs, and before 2017-10-01 the claim lies
outside the rule book."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import liability
from liability.model import Incident

from conftest import ROOT

GATE = ROOT / "examples" / "face-gate-no-separate-consent-2022.yaml"
STILL = ROOT / "examples" / "cctv-still-posted-in-owners-group-2019.yaml"
DETAILS = ROOT / "examples" / "owners-details-handed-to-renovator-2022.yaml"


def _on(path, day: dt.date, **event) -> Incident:
    data = liability.load(path).model_dump(mode="python")
    data["date"] = day
    data["events"][0].update(event)
    return Incident.model_validate(data)


def _orders(a) -> set[tuple[str, str, str]]:
    return {(f.party, f.harm, f.degree) for f in a.findings if f.kind == "obligation"}


def test_a_face_gate_without_separate_consent_orders_deletion_and_another_way_in_without_asking_fault():
    # Before this doctrine the engine had no act for it (the Ningbo precedent was entered as an
    # installation, and the generic fault rule asked `events.face-capture.fault`): the order needs no fault.
    a = liability.assess(liability.load(GATE))
    assert a.status == "decided"
    assert _orders(a) == {
        ("company", "face-data", "delete-personal-information"),
        ("company", "face-data", "offer-other-access"),
    }
    assert not [q for q in a.questions if q.fact.endswith(".fault")]
    delete = next(f for f in a.findings if f.degree == "delete-personal-information")
    assert delete.presumed and delete.rebuttal == "events.face-capture.other_lawful_basis=true"
    gate = next(f for f in a.findings if f.degree == "offer-other-access")
    assert gate.articles == ["SPCFR-10"] and not gate.presumed


def test_the_ningbo_precedent_orders_deletion_unless_the_company_proves_consent():
    path = ROOT / "precedents" / "2022-ningbo-zhenhai-face-recognition-gate-data-deleted.yaml"
    from liability import precedents

    p = precedents.load(path)
    a = liability.assess(p.incident)
    # faces from 2021-08-01: the processor must prove the consent it relies on (SPCFR art. 6) — not fault, not a guess
    assert a.questions == [] and a.status == "decided"
    (delete,) = [f for f in a.findings if f.degree == "delete-personal-information"]
    assert delete.presumed and delete.rebuttal == "events.face-capture.consent=true" and "SPCFR-6" in delete.articles
    # before the provisions, the same unknown consent is asked
    before = liability.assess(_on(GATE, dt.date(2021, 7, 31), consent="unknown"))
    assert [q.fact for q in before.questions] == ["events.face-capture.consent"]
    # consent shown: no order on this ground
    shown = liability.assess(_with(p.incident, consent=True))
    assert not _orders(shown)
    # on the court's order to delete, consent false: delete, and the claim to another way in fails (a card)
    w = liability.assess(_with(p.incident, consent=False))
    assert _orders(w) == {("company", "face-data", "delete-personal-information")}
    assert any(f.kind == "not-liable" and f.basis == "other-means-offered" for f in w.findings)


def _with(incident: Incident, **event) -> Incident:
    data = incident.model_dump(mode="python")
    data["events"][0].update(event)
    return Incident.model_validate(data)


@pytest.mark.parametrize(
    "day, articles, gate",
    [
        (dt.date(2021, 7, 31), {"CC-1035", "CC-1034", "CC-1037"}, False),  # before the SPC provisions and the PIPL
        (dt.date(2021, 8, 1), {"CC-1035", "CC-1034", "CC-1037", "SPCFR-2", "SPCFR-6"}, True),
        (dt.date(2021, 11, 1), {"CC-1035", "CC-1034", "CC-1037", "SPCFR-2", "SPCFR-6", "PIPL-13", "PIPL-28", "PIPL-29", "PIPL-47"}, True),
        (dt.date(2020, 6, 1), {"GPL-111"}, False),
    ],
)
def test_the_face_gate_across_the_dates_cites_the_law_of_each(day, articles, gate):
    a = liability.assess(_on(GATE, day))
    delete = next(f for f in a.findings if f.degree == "delete-personal-information")
    assert set(delete.articles) == articles
    assert (("company", "face-data", "offer-other-access") in _orders(a)) is gate
    if not gate:
        assert any(b.rule == "personal-info.face-gate-another-way-in" for b in a.blocked)


def test_before_the_general_provisions_the_claim_is_outside_the_rule_book_never_not_liable():
    for day in (dt.date(2015, 7, 10), dt.date(2017, 9, 30)):
        a = liability.assess(_on(STILL, day))
        assert a.status == "open"
        assert [(f.party, f.kind) for f in a.findings] == [("company", "outside")]
    a = liability.assess(_on(STILL, dt.date(2017, 10, 1)))
    assert _orders(a) == {("company", "image-posted", "delete-personal-information")}


@pytest.mark.parametrize(
    "consent, other_lawful_basis, kind, basis",
    [
        (True, "unknown", "not-liable", "consented"),
        (False, True, "not-liable", "lawful-basis-without-consent"),
        ("unknown", True, "not-liable", "lawful-basis-without-consent"),
        (False, False, "obligation", "personal-information"),
    ],
)
def test_consent_and_other_grounds(consent, other_lawful_basis, kind, basis):
    a = liability.assess(_on(STILL, dt.date(2022, 7, 10), consent=consent, other_lawful_basis=other_lawful_basis))
    assert [(f.kind, f.basis) for f in a.findings] == [(kind, basis)]
    assert a.status == "decided"


def test_consent_unknown_is_a_question_never_not_liable():
    a = liability.assess(_on(STILL, dt.date(2022, 7, 10), consent="unknown"))
    assert a.status == "open" and not a.findings
    assert [q.fact for q in a.questions] == ["events.still-posted.consent"]


def test_damages_need_fault_presumed_only_from_the_pipl():
    # 2021-10-31: the general rule of fault — asked when unknown
    a = liability.assess(_on(DETAILS, dt.date(2021, 10, 31)))
    assert [q.fact for q in a.questions] == ["events.details-handed-on.fault"]
    assert {f.kind for f in a.findings} == {"obligation"}
    # 2021-11-01: presumed; the processor's proof of no fault clears it
    a = liability.assess(_on(DETAILS, dt.date(2021, 11, 1)))
    liable = next(f for f in a.findings if f.kind == "liable")
    assert liable.presumed and liable.rebuttal == "events.details-handed-on.fault=false" and "PIPL-69" in liable.articles
    a = liability.assess(_on(DETAILS, dt.date(2021, 11, 1), fault=False))
    assert {(f.kind, f.basis) for f in a.findings} == {("obligation", "personal-information"), ("not-liable", "no-fault")}


def test_the_gate_asks_what_it_needs():
    # what was processed, not said: the delete order stands on the general articles; whether it was a face
    # (and so whether another way in is owed) is asked
    a = liability.assess(_on(GATE, dt.date(2022, 3, 1), information="unknown"))
    assert [q.fact for q in a.questions] == ["events.face-capture.information"]
    delete = next(f for f in a.findings if f.degree == "delete-personal-information")
    assert "SPCFR-2" not in delete.articles and "PIPL-29" not in delete.articles and "CC-1035" in delete.articles
    a = liability.assess(_on(GATE, dt.date(2022, 3, 1), access_control="unknown", other_means_offered="unknown"))
    assert [q.fact for q in a.questions] == ["events.face-capture.access_control"]
    a = liability.assess(_on(GATE, dt.date(2022, 3, 1), other_means_offered="unknown"))
    assert [q.fact for q in a.questions] == ["events.face-capture.other_means_offered"]
    a = liability.assess(_on(GATE, dt.date(2022, 3, 1), access_control=False))
    assert _orders(a) == {("company", "face-data", "delete-personal-information")} and not a.questions


def test_the_cli_assesses_a_face_gate(cli):
    r = cli("assess", str(GATE), "--no-investigate", "--no-similar")
    assert r.returncode == 0, r.stderr
    assert "删除其个人信息" in r.stdout and "门禁卡" in r.stdout
    r = cli("assess", str(GATE), "--format", "json", "--no-investigate", "--no-similar")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert {f["degree"] for f in out["findings"]} == {"delete-personal-information", "offer-other-access"}
    r = cli("assess", str(ROOT / "examples" / "face-gate-consent-unknown-2021.yaml"), "--no-investigate", "--no-similar")
    assert r.returncode == 1 and "events.face-capture.consent" in r.stdout  # asked before the SPC provisions
    r = cli("assess", str(ROOT / "examples" / "face-gate-consent-unknown-2022.yaml"), "--no-investigate", "--no-similar")
    assert r.returncode == 0 and "events.face-capture.consent=true" in r.stdout  # the company's to prove after

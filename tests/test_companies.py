"""Who answers for a company's liability: the company for its branch (Company Law art. 13 / 14; Civil
Code art. 74), the only shareholder jointly for its company (Company Law art. 23 para. 3 / 63 / 64) —
across the periods of law, as questions where the facts are unknown, and never as a confident
"not liable" for a party the law makes answer."""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal

import pytest

import liability
from liability.loader import read_document
from liability.model import Incident
from liability.precedents import load as load_precedent, with_findings

from conftest import ROOT

EXAMPLES = ROOT / "examples"
BRANCH = EXAMPLES / "lobby-fall-branch-office-2022.yaml"
UNKNOWN_2023 = EXAMPLES / "garden-tree-sole-shareholder-separation-unknown-2023.yaml"
ZHONGSHAN = ROOT / "precedents" / "2023-zhongshan-branch-falls-on-elderly-walker.yaml"


def _data(path) -> dict:
    data, _, _ = read_document(path)
    data.pop("expect", None)
    return copy.deepcopy(data)


def _assess(data: dict, **changes):
    return liability.assess(Incident.model_validate({**data, **changes}))


def _found(a, party: str, harm: str):
    return {f.kind.value: f for f in a.findings if f.party == party and f.harm == harm}


def _with_rel(data: dict, rid: str, **fields) -> dict:
    data = copy.deepcopy(data)
    for r in data["relationships"]:
        if r["id"] == rid:
            r.update(fields)
    return data


# ------------------------------------------------------------------------------------ the branch
@pytest.mark.parametrize(
    "day, company_law, civil",
    [
        ("2000-05-10", "COL1993-13", None),  # the 1993 text (its wording not in the library: cited all the same)
        ("2010-05-10", "COL2005-14", None),
        ("2016-05-10", "COL2013-14", None),
        ("2019-05-10", "COL2018-14", "GPL-74"),
        ("2022-01-18", "COL2018-14", "CC-74"),
        ("2024-08-01", "COL2023-13", "CC-74"),
    ],
)
def test_the_company_bears_its_branchs_liability_in_every_period(day, company_law, civil):
    a = _assess(_data(BRANCH), date=day)
    company = _found(a, "head-office", "injury")
    assert set(company) == {"liable"}, company
    assert company_law in company["liable"].articles
    assert (civil in company["liable"].articles) if civil else not any(x.startswith(("CC-74", "GPL-74")) for x in company["liable"].articles)
    assert company["liable"].basis == "branch-company"
    assert "liable" in _found(a, "branch-office", "injury")


def test_before_the_company_law_no_article_governs_and_the_claim_is_left_to_a_person():
    a = _assess(_data(BRANCH), date="1993-05-10")
    assert set(_found(a, "head-office", "injury")) == {"outside"}
    assert any(b.rule == "company.answers-for-branch" and b.provision == "COL-13" for b in a.blocked)


def test_the_branch_and_its_company_owe_one_debt_not_two_shares():
    a = liability.assess(liability.load(BRANCH))
    (al,) = a.allocations
    shares = [ln.share for ln in al.lines if ln.share is not None]
    assert sum(shares) == Decimal(100)
    company = next(ln for ln in al.lines if ln.party == "head-office")
    assert company.alongside and company.share is None
    assert "分公司不具有法人资格" in al.zh and "no legal person" in al.en


def test_the_companys_liability_for_its_branch_is_no_third_partys_act():
    """A visitor injured where the branch failed its duty of security: the company answering for the
    branch is not a third party whose act the branch's failure let happen (no supplementary liability,
    no recourse of the branch against its own company)."""
    data = _with_rel(_data(EXAMPLES / "lobby-fall-branch-office-duty-met-2022.yaml"), "shares", assets_separate=False)
    data["events"][1].update(knew=True, able_to_act=True)
    a = _assess(data)
    assert a.status == "decided"
    branch = _found(a, "branch-office", "injury")
    assert set(branch) == {"liable"} and branch["liable"].degree == "full"
    assert set(_found(a, "head-office", "injury")) == {"liable"}
    assert _found(a, "group", "injury")["liable"].degree == "joint"


# --------------------------------------------------------------------------- the sole shareholder
@pytest.mark.parametrize("day, article, not_article", [("2023-08-01", "COL2018-63", "COL2023-23"), ("2024-08-01", "COL2023-23", "COL2018-63"), ("2010-08-01", "COL2005-64", "COL2018-63")])
def test_the_sole_shareholder_answers_jointly_by_the_law_of_the_time(day, article, not_article):
    data = _with_rel(_data(UNKNOWN_2023), "shares", assets_separate=False)
    a = _assess(data, date=day)
    assert a.status == "decided"
    parent = _found(a, "parent", "injury")
    assert set(parent) == {"liable"}
    assert parent["liable"].degree == "joint" and article in parent["liable"].articles
    assert not_article not in a.articles
    (al,) = a.allocations
    assert [ln.share for ln in al.lines if ln.share is not None] == [Decimal(100)]  # the company's; the shareholder's line stands beside it
    assert next(ln for ln in al.lines if ln.party == "parent").alongside


@pytest.mark.parametrize("day, article", [("2023-08-01", "COL2018-63"), ("2024-08-01", "COL2023-23")])
def test_separation_unknown_is_a_question_not_an_answer(day, article):
    a = _assess(_data(UNKNOWN_2023), date=day)
    assert a.status == "open"
    assert [q.fact for q in a.questions if q.party == "parent"] == ["relationships.shares.assets_separate"]
    assert "parent" not in {f.party for f in a.findings}  # neither liable nor "not liable" while it is open
    asking = [d for d in a.derivations if d.rule == "company.sole-shareholder-answers-jointly"]
    assert asking and all(article in d.articles for d in asking)


def test_separation_proved_clears_the_shareholder_on_this_ground():
    a = _assess(_with_rel(_data(UNKNOWN_2023), "shares", assets_separate=True))
    assert a.status == "decided"
    assert _found(a, "parent", "injury")["not-liable"].basis == "company-assets-separate"


def test_whether_the_shareholder_is_the_only_one_is_asked_where_unknown():
    data = _with_rel(_data(UNKNOWN_2023), "shares", sole="unknown", assets_separate=False)
    a = _assess(data)
    assert [q.fact for q in a.questions] == ["relationships.shares.sole"]


def test_a_shareholder_of_a_company_with_several_is_outside_the_rule_book_not_cleared():
    """Ordinary shareholders answer only for abusing the company's independence (art. 23 para. 1), which no
    rule encodes: the claim is the book's silence, never "not liable (no ground)"."""
    a = _assess(_with_rel(_data(UNKNOWN_2023), "shares", sole=False))
    assert set(_found(a, "parent", "injury")) == {"outside"}


def test_before_2006_there_was_no_one_person_company_and_no_rule_governs():
    a = _assess(_data(UNKNOWN_2023), date="2005-08-01")
    assert set(_found(a, "parent", "injury")) == {"outside"}
    assert any(b.rule == "company.sole-shareholder-answers-jointly" and b.provision == "COL-23.3" for b in a.blocked)


def test_a_chain_of_answering_parties_is_connected_and_asked_all_the_way():
    """A branch's liability open: its company's and the company's sole shareholder's turn on the same fact."""
    a = liability.assess(liability.load(EXAMPLES / "lobby-fall-branch-office-able-to-act-unknown-2022.yaml"))
    asked = {(q.fact, q.party) for q in a.questions}
    assert asked == {("events.floor-wet.able_to_act", p) for p in ("branch-office", "head-office", "group")}
    assert not any(f.kind.value in ("not-liable", "outside") for f in a.findings)


# ------------------------------------------------------------------- the precedent that was wrong
def test_the_zhongshan_sole_shareholder_is_no_longer_cleared():
    """Before: "not liable (no ground)" for the one-person company's shareholder the court held jointly
    liable. Now: on the facts as the source states them, a question; on the court's finding that it did
    not prove the company's property separate, jointly liable beside the company."""
    p = load_precedent(ZHONGSHAN)
    stated = liability.assess(p.incident, decided_on=p.incident.decided_on)
    assert not [f for f in stated.findings if f.party == "parent-co"]
    assert ("relationships.shares.assets_separate", "parent-co") in {(q.fact, q.party) for q in stated.questions}
    found = liability.assess(with_findings(p), decided_on=p.incident.decided_on)
    parent = _found(found, "parent-co", "injury")
    assert set(parent) == {"liable"} and parent["liable"].degree == "joint"
    assert "COL2018-63" in parent["liable"].articles  # facts of August 2023: the 2018 text's art. 63
    assert set(_found(found, "company", "injury")) == {"liable"}


# ----------------------------------------------------------------------------------- the CLI
def test_cli_on_the_branch_example(cli):
    r = cli("assess", str(BRANCH), "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    company = [f for f in data["findings"] if f["party"] == "head-office"]
    assert [f["kind"] for f in company] == ["liable"] and "COL2018-14" in company[0]["articles"]
    assert "COL2018-14" in data["articles"] and data["articles"]["COL2018-14"]["text_zh"].endswith("依法独立承担民事责任。")


def test_cli_on_the_unknown_separation_example(cli):
    r = cli("assess", str(EXAMPLES / "garden-tree-sole-shareholder-separation-unknown-2024.yaml"), "--lang", "en")
    assert r.returncode == 1, r.stderr  # open: a fact still decides part of the outcome
    assert "relationships.shares.assets_separate" in r.stdout
    assert "Traceback" not in r.stdout + r.stderr
    r = cli("assess", str(EXAMPLES / "garden-tree-sole-shareholder-separation-unknown-2024.yaml"), "--format", "json")
    data = json.loads(r.stdout)
    assert data["status"] == "open" and "COL2023-23" in data["articles"] and "COL2018-63" not in data["articles"]

"""The statute library: complete, dated, and resolving every cited provision on every date."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import liability
from liability.library import registry
from liability.model import Incident
from liability.rulebase import BOOK
import liability.rules  # noqa: F401

from conftest import ROOT

START = dt.date(1987, 1, 1)
TODAY = dt.date.today()


def cited_provisions() -> set[str]:
    return {p for r in BOOK.rules for p in r.cites} | {"SPCTE-1", "CC-1172"}


def test_every_cited_provision_is_in_the_library():
    reg = registry()
    missing = sorted(p for p in cited_provisions() if p not in reg.provisions)
    assert missing == []


@pytest.mark.parametrize("pid", sorted(cited_provisions()))
def test_periods_cover_1987_to_today_without_gaps(pid):
    reg = registry()
    periods = reg.provision(pid).periods
    assert periods[0].start == START
    for a, b in zip(periods, periods[1:]):
        assert a.end is not None and b.start == a.end + dt.timedelta(days=1), (pid, a, b)
    assert periods[-1].end is None


def test_every_period_article_exists_and_its_law_was_in_force_throughout():
    reg = registry()
    for prov in reg.provisions.values():
        for per in prov.periods:
            if per.article is None:
                continue
            art = reg.article(per.article)  # raises for a dangling id
            law = art.law
            assert law.in_force <= per.start, (prov.id, per.article)
            if per.end is not None:
                assert law.ends is None or per.end <= law.ends, (prov.id, per.article)
            else:
                assert law.ends is None, (prov.id, per.article)
            for other in per.prevails_over:
                reg.article(other)


def test_articles_are_well_formed():
    reg = registry()
    assert reg.articles
    for aid, art in reg.articles.items():
        assert aid == f"{art.law.id}-{art.number}", aid
        if art.text_zh is None:
            assert not art.checked and art.note, f"{aid}: no text, so it must be unchecked and say why"
        else:
            assert art.text_zh.strip() == art.text_zh, aid
            assert not re.match(r"^第[零〇一二三四五六七八九十百千]+条", art.text_zh), f"{aid}: the heading belongs in number_zh"
        assert art.gloss_en, aid


BOUNDARY = {
    dt.date(1995, 6, 1): {"CC-182": "GPCL-129", "CC-1165": "GPCL-106", "PMR-46": None},
    dt.date(2008, 6, 1): {"CC-182": "GPCL-129", "CC-1165": "GPCL-106", "PMR-46": "PMR2007-47"},
    dt.date(2012, 6, 1): {"CC-182": "TLL-31", "CC-1165": "TLL-6", "PMR-46": "PMR2007-47"},
    dt.date(2017, 1, 1): {"CC-182": "TLL-31", "CC-1165": "TLL-6", "PMR-46": "PMR2016-46"},
    dt.date(2018, 6, 1): {"CC-182": "GPL-182", "CC-1165": "TLL-6", "PMR-46": "PMR2018-46"},
    dt.date(2024, 6, 1): {"CC-182": "CC-182", "CC-1165": "CC-1165", "PMR-46": "PMR2018-46"},
}


@pytest.mark.parametrize("day", sorted(BOUNDARY))
def test_the_same_incident_across_each_boundary_cites_the_governing_article(day):
    data = liability.load(ROOT / "examples" / "break-in-2024.yaml").model_dump(mode="python")
    data["date"] = day
    for e in data["events"]:
        e["date"] = day
        e["until"] = None
    a = liability.assess(Incident.model_validate(data))
    by_rule = {}
    for d in a.derivations:
        by_rule.setdefault(d.rule, set()).update(d.articles)
    expected = BOUNDARY[day]
    assert expected["CC-182"] in by_rule["emergency-avoidance.cost-on-danger-causer"]
    assert expected["CC-1165"] in by_rule["fault.leak-from-own-facilities"]
    company = by_rule.get("property-service.failed-emergency-measures", set())
    if expected["PMR-46"] is None:
        assert not company
        assert any(b.rule == "property-service.failed-emergency-measures" for b in a.blocked)
    else:
        assert expected["PMR-46"] in company
    for art in a.articles.values():
        assert art.in_force <= day and (art.ends is None or day <= art.ends) or art.law == "SPCTE", art.id


def test_one_gloss_per_article_within_a_law():
    """Two articles of one law never share an English gloss: a shared gloss is a copy slip."""
    reg = registry()
    seen: dict[tuple[str, str], str] = {}
    for aid, art in reg.articles.items():
        key = (art.law.id, art.gloss_en.strip())
        assert key not in seen, f"{aid} repeats the gloss of {seen[key]}"
        seen[key] = aid


def test_a_provision_keeps_its_gloss_across_versions_of_one_instrument():
    """The same provision in successive texts of one instrument (e.g. PMR 2003/2007/2016/2018) reads alike in English."""
    reg = registry()
    for prov in reg.provisions.values():
        by_family: dict[str, set[str]] = {}
        for per in prov.periods:
            if per.article is None:
                continue
            art = reg.article(per.article)
            by_family.setdefault(art.law.family, set()).add(art.gloss_en.strip())
        for family, glosses in by_family.items():
            assert len(glosses) == 1, (prov.id, family, glosses)


def test_the_prebuilt_index_matches_the_yaml():
    """statutes/index.json is what start-up reads; it must be the YAML as committed."""
    from liability.library import index_is_fresh

    assert index_is_fresh(), "statutes/index.json is stale: run `liability statutes index`"


def test_a_stale_index_is_never_used(monkeypatch):
    from liability import library

    parsed = library._parse(library._sources())
    monkeypatch.setattr(library, "_digest", lambda sources: "not the digest in the index")
    assert library._documents() == parsed  # parsed from the YAML, not read from the index


def test_the_index_and_the_yaml_build_the_same_library():
    import json

    from liability import library

    from_yaml = library._build(library._parse(library._sources()))
    from_index = library._build(json.loads(library.build_index())["documents"])
    assert from_index.articles == from_yaml.articles
    assert from_index.provisions == from_yaml.provisions
    assert from_index.laws == from_yaml.laws


def test_every_article_says_how_its_wording_came_here():
    """Official text (checked), a third-party copy, inferred from another version, or missing —
    and the mark agrees with the text and the checked flag."""
    reg = registry()
    for aid, art in reg.articles.items():
        assert (art.wording == "official") == art.checked, aid
        assert (art.wording == "missing") == (art.text_zh is None), aid
        if art.wording in ("third-party", "inferred"):
            assert art.sources and art.note, aid


def test_an_inferred_text_is_the_text_of_another_version_of_its_instrument():
    """An inferred wording is never composed: it is, word for word, the text of the same
    instrument's other version that the note says it was taken from."""
    reg = registry()
    for aid, art in reg.articles.items():
        if art.wording != "inferred":
            continue
        others = {
            o.text_zh for o in reg.articles.values() if o.law.family == art.law.family and o.law.id != art.law.id and o.wording != "inferred"
        }
        assert art.text_zh in others, aid


@pytest.mark.parametrize(
    "entry, message",
    [
        ({"id": "X-1", "text_zh": "文", "checked": False}, "must be one of"),
        ({"id": "X-1", "text_zh": "文", "checked": False, "wording": "official"}, "only an official text is checked"),
        ({"id": "X-1", "text_zh": None, "checked": False, "wording": "third-party"}, "missing exactly when"),
        ({"id": "X-1", "text_zh": "文", "checked": False, "wording": "inferred", "note": "n"}, "lists its sources"),
    ],
)
def test_the_library_refuses_an_article_whose_wording_mark_does_not_fit(entry, message):
    from liability.library import _wording

    with pytest.raises(ValueError, match=message):
        _wording("X.yaml", entry)

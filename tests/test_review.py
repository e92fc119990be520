"""What legal reviewers use: statutes list/show/search, rules, and the citation review report."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from liability.library import registry
from liability.review import rules

from conftest import ROOT, run_cli

ARTIFACTS = ROOT / "test-artifacts"


def test_statutes_list_shows_every_law(cli):
    r = cli("statutes", "list")
    assert r.returncode == 0, r.stderr
    for law in registry().laws:
        assert law in r.stdout
    r = cli("statutes", "list", "--law", "CC")
    assert r.returncode == 0 and "CC-1253" in r.stdout
    r = cli("statutes", "list", "--law", "XYZ")
    assert r.returncode == 2 and "no law 'XYZ'" in r.stderr


@pytest.mark.parametrize("article", sorted(registry().articles))
def test_show_works_for_every_article(cli, article):
    r = cli("statutes", "show", article)
    assert r.returncode == 0, r.stderr
    a = registry().article(article)
    assert a.title_zh in r.stdout and a.title_en in r.stdout
    assert (a.text_zh or "no text: see the note").splitlines()[0][:20] in r.stdout


def test_show_on_a_date_resolves_the_provision_and_lists_history(cli):
    r = cli("statutes", "show", "CC-1253", "--on", "2003-09-10")
    assert r.returncode == 0, r.stderr
    assert "governed by GPCL-126" in r.stdout
    r = cli("statutes", "show", "CC-1253")
    assert "predecessors: GPCL-126, TLL-85" in r.stdout and "falling-object.manager-presumed-fault" in r.stdout
    r = cli("statutes", "show", "CC-1254", "--on", "2005-01-01")
    assert "no article governed CC-1254" in r.stdout
    r = cli("statutes", "show", "SPCTE-19")
    assert r.returncode == 0 and "1254" in r.stdout


@pytest.mark.parametrize("needle,expected", [("抛掷物品", "CC-1254"), ("custody", "CC-897"), ("emergency", "CC-182"), ("物业费", "CC-944")])
def test_search_in_chinese_and_english(cli, needle, expected):
    r = cli("statutes", "search", needle)
    assert r.returncode == 0 and expected in r.stdout


def test_search_without_hits_says_so(cli):
    r = cli("statutes", "search", "no such words anywhere")
    assert r.returncode == 1 and "no article mentions" in r.stdout


def test_rules_lists_citations_and_examples(cli):
    r = cli("rules", "--cites", "CC-1253")
    assert r.returncode == 0, r.stderr
    assert "falling-object.manager-presumed-fault" in r.stdout and "falling-pane-2003.yaml" in r.stdout
    assert "emergency-avoidance" not in r.stdout
    r = cli("rules", "--cites", "GPCL-126")  # an article id finds the rules citing its provision
    assert "falling-object.manager-presumed-fault" in r.stdout


def test_markdown_report_lists_every_rule(cli, tmp_path: Path):
    out = tmp_path / "cites.md"
    r = cli("cites", "--format", "md", "-o", str(out))
    assert r.returncode == 0, r.stderr
    text = out.read_text(encoding="utf-8")
    for rule in rules():
        if rule.cites:
            assert f"`{rule.id}`" in text
    assert "no rule governed" in text and "GPCL-126" in text


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def test_html_report_opens_in_a_real_browser(cli, tmp_path: Path):
    browser = _chromium()
    if browser is None:
        if os.environ.get("LIABILITY_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required (LIABILITY_REQUIRE_BROWSER is set) but not installed")
        pytest.skip("Chromium not installed (.ci/run installs Debian's chromium)")
    report = tmp_path / "cites.html"
    r = cli("cites", "--format", "html", "-o", str(report))
    assert r.returncode == 0, r.stderr
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([browser, *flags, "--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    for rule in rules():
        if rule.cites:
            assert rule.id in dom.stdout
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "cites-report.png"
    done = subprocess.run(
        [browser, *flags, f"--screenshot={shot}", "--window-size=1240,1754", report.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0 and shot.exists() and shot.stat().st_size > 10_000, done.stderr[-2000:]


def test_statutes_index_rebuilds_a_checkout_folder(tmp_path):
    import shutil

    folder = tmp_path / "statutes"
    shutil.copytree(ROOT / "statutes", folder)
    (folder / "index.json").unlink()
    r = run_cli("statutes", "index", "--dir", str(folder))
    assert r.returncode == 0, r.stderr
    assert (folder / "index.json").read_text(encoding="utf-8") == (ROOT / "statutes" / "index.json").read_text(encoding="utf-8")

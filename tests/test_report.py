"""The handler's report: Markdown and one self-contained HTML file, opened in a real browser."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import liability

from conftest import ROOT

ARTIFACTS = ROOT / "test-artifacts"
BREAK_IN = ROOT / "examples" / "break-in-2024.yaml"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _browser() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        if os.environ.get("LIABILITY_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required (LIABILITY_REQUIRE_BROWSER is set) but not installed")
        pytest.skip("Chromium not installed (.ci/run installs Debian's chromium)")
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_html_report_in_a_browser_shows_every_party_and_article(cli, tmp_path: Path, lang):
    browser = _browser()
    out = tmp_path / f"report-{lang}.html"
    r = cli("assess", str(BREAK_IN), "--format", "html", "--lang", lang, "-o", str(out))
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    # nothing loads from elsewhere (a judgment's source address may be printed as text, never fetched)
    assert not re.search(r"<script|<link|src=|@import|url\(|href=[\"']?https?://", page), "the report must be self-contained"
    profile = ["--user-data-dir=" + str(tmp_path / "profile")]
    dom = subprocess.run([browser, *FLAGS, *profile, "--enable-logging=stderr", "--v=0", "--dump-dom", out.as_uri()],
                         capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "Uncaught" not in dom.stderr and ":CONSOLE(" not in dom.stderr, dom.stderr[-2000:]
    a = liability.assess(liability.load(BREAK_IN))
    for party in liability.load(BREAK_IN).parties:
        if any(f.party == party.id for f in a.findings):
            assert party.name in dom.stdout, party.name
    for info in a.articles.values():
        title = info.title_zh if lang == "zh" else info.title_en
        assert title in dom.stdout, title
        if info.text_zh:
            assert info.text_zh.splitlines()[0][:30] in dom.stdout
    assert "<details" in dom.stdout  # the chain folds
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"report-{lang}.png"
    done = subprocess.run([browser, *FLAGS, *profile, f"--screenshot={shot}", "--window-size=1240,1754", out.as_uri()],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and shot.stat().st_size > 20_000, done.stderr[-2000:]
    pdf = ARTIFACTS / f"report-{lang}.pdf"
    printed = subprocess.run([browser, *FLAGS, *profile, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", out.as_uri()],
                             capture_output=True, text=True, timeout=120)
    assert printed.returncode == 0 and pdf.read_bytes().startswith(b"%PDF"), printed.stderr[-2000:]


def test_markdown_report_carries_the_same_content(cli):
    r = cli("assess", str(BREAK_IN), "--format", "md")
    assert r.returncode == 0, r.stderr
    md = r.stdout
    a = liability.assess(liability.load(BREAK_IN))
    for f in a.findings:
        assert a.names[f.party] in md and a.names[f.harm] in md
    for d in a.derivations:
        if any(d.id in f.derivations for f in a.findings):
            assert f"`[{d.rule}]`" in md
    for info in a.articles.values():
        assert f"`[{info.id}]`" in md
    assert md.startswith("# 责任评估报告")


def test_open_questions_and_leads_are_in_the_report(cli):
    r = cli("assess", str(ROOT / "examples" / "storm-flood-2022.yaml"), "--format", "md", "--lang", "en")
    assert r.returncode == 1
    assert "events.storm.design_defect" in r.stdout and "Investigate next" in r.stdout

"""The handler's report: Markdown and one self-contained HTML file, opened in a real browser."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import liability

from conftest import BROWSER_FLAGS, ROOT, chromium

ARTIFACTS = ROOT / "test-artifacts"
BREAK_IN = ROOT / "examples" / "break-in-2024.yaml"
FLAGS = ["--headless", *BROWSER_FLAGS]
_browser = chromium


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


def _every_report(path: Path) -> dict[str, str]:
    """The text, Markdown and HTML an example renders to, in both languages."""
    import io

    from rich.console import Console

    from liability.render import render_text
    from liability.report import to_html, to_markdown

    a = liability.assess(liability.load(path), investigate=True)
    out = {}
    for lang in ("zh", "en"):
        buf = io.StringIO()
        render_text(a, lang, Console(file=buf, width=400, no_color=True))
        out[f"text-{lang}"] = buf.getvalue()
        out[f"md-{lang}"] = to_markdown(a, lang)
        out[f"html-{lang}"] = to_html(a, lang)
    return out


RAW = re.compile(r"\b[a-z_]+=(True|False|unknown|none|[a-z0-9-]+)\b")


@pytest.mark.parametrize("name", ["break-in-2024", "burglary-broken-door-2022", "shared-drain-2004", "air-conditioner-2022",
                                  "cleaner-injured-at-work-2022", "storm-flood-2022"])
def test_the_reasoning_chain_speaks_in_words_not_engine_facts(name):
    """Issue 18: a report meant to be sent showed `kind=failure-to-act, knew=True` and an empty
    citation `security.client ←`. Facts are worded from the model's field descriptions, values as
    yes / no and names; a step that cites no article says so."""
    for fmt, page in _every_report(ROOT / "examples" / f"{name}.yaml").items():
        assert not RAW.search(page), (fmt, RAW.search(page).group(0))
        assert not re.search(r"←\s*(\n|$|</summary>)", page), fmt
    zh = _every_report(BREAK_IN)["text-zh"]
    assert "知道或者被告知：是" in zh and "事实：物业公司以住户不在家为由拒绝入室检修（failure-to-act" in zh
    en = _every_report(ROOT / "examples" / "burglary-broken-door-2022.yaml")["md-en"]
    assert "`[security.client]` ← no article (a step of the reasoning)" in en


def test_a_rule_not_applied_is_one_line_naming_whom_it_concerned():
    """Issue 18: the same "rule not applied" sentence printed once per match without the party."""
    path = ROOT / "examples" / "shared-drain-2004.yaml"
    a = liability.assess(liability.load(path))
    assert len(a.blocked) == len({(b.rule, b.provision, b.law_date, b.en) for b in a.blocked})
    users = [b for b in a.blocked if b.rule == "shared-facility.users-compensate"]
    assert len(users) == 1 and len(users[0].parties) >= 3 and users[0].harms
    for fmt, page in _every_report(path).items():
        line = next(x for x in page.splitlines() if "shared-facility.users-compensate" in x and "CC-1254" in x)
        for p in users[0].parties:
            assert a.names[p] in line, (fmt, p)


@pytest.mark.parametrize("name", ["break-in-2024", "storm-flood-2022"])
def test_no_heading_stands_over_nothing(name):
    """Issue 18: an empty "facts to establish" heading showed when there were none."""
    a = liability.assess(liability.load(ROOT / "examples" / f"{name}.yaml"), investigate=True)
    pages = _every_report(ROOT / "examples" / f"{name}.yaml")
    for lang, heading in (("zh", "待查明的事实"), ("en", "Facts to establish")):
        assert (f"## {heading}" in pages[f"md-{lang}"]) == bool(a.questions)
        assert (f"<h2>{heading}</h2>" in pages[f"html-{lang}"]) == bool(a.questions)
        assert (heading in pages[f"text-{lang}"]) == bool(a.questions)
    lines = [x for x in pages["md-en"].splitlines() if x.strip()] + ["# end"]
    for here, after in zip(lines, lines[1:]):
        if here.startswith("#"):  # a heading is followed by content or by a heading below it
            level = len(here) - len(here.lstrip("#"))
            below = after.startswith("#") and len(after) - len(after.lstrip("#")) > level
            assert not after.startswith("#") or below, f"a heading over nothing: {here}"


def test_the_report_declares_a_chinese_font_stack_this_machine_can_render():
    """Issue 18: the HTML report rendered Chinese as boxes on a machine without a CJK font. The
    report declares a stack of Chinese faces, and at least one of them is installed here with
    Chinese coverage (fontconfig, which Chromium uses on Linux; .ci/run installs fonts-noto-cjk)."""
    from liability.report import CSS

    stack = re.search(r"body\{font-family:([^;]+);", CSS).group(1)
    families = [f.strip().strip('"') for f in stack.split(",")]
    assert {"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei"} <= set(families)  # Linux, macOS, Windows
    if shutil.which("fc-list") is None:
        if os.environ.get("LIABILITY_REQUIRE_BROWSER"):
            pytest.fail("fontconfig is required in CI")
        pytest.skip("no fontconfig here")
    installed = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
    names = {n.strip() for line in installed.splitlines() for n in line.split(",")}
    assert names & set(families), f"none of {families} is installed with Chinese coverage (install fonts-noto-cjk)"

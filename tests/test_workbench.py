"""The workbench in a real browser (issue 19): Playwright driving Debian's Chromium against
`liability serve` on loopback, with every request to another host refused (the pages must work
offline), screenshots saved as test artifacts, and axe-core's accessibility check on every page."""

from __future__ import annotations

import pytest

from conftest import BROWSER_FLAGS, ROOT, chromium, serve

ARTIFACTS = ROOT / "test-artifacts"

# An upstairs leak, told as a handler answers the interview: the answer to each question, by its key.
STORY = {
    "date": "2024-05-01", "title": "楼上漏水淹了楼下", "parties": "up, down, co",
    "parties.up.kind": "owner", "parties.up.name": "楼上业主",
    "parties.down.kind": "owner", "parties.down.name": "楼下业主",
    "parties.co.kind": "property-service-company", "parties.co.name": "物业公司",
    "things": "flat-up, flat-down",
    "things.flat-up.kind": "unit", "things.flat-up.roles": "up, up",
    "things.flat-down.kind": "unit", "things.flat-down.roles": "down, down",
    "things.links": "",
    "relationships": "service", "relationships.service.kind": "property-service-contract",
    "relationships.service.provider": "co", "relationships.service.clients": "up, down",
    "events": "leak", "events.leak.kind": "leak", "events.leak.description": "楼上水管漏水",
    "events.leak.source": "flat-up", "events.leak.actor": "up", "events.leak.possible_users": "",
    "harms": "damage", "harms.damage.description": "楼下天花板和家具泡水", "harms.damage.victim": "down",
    "harms.damage.thing": "flat-down", "harms.damage.kind": "property", "harms.damage.caused_by": "leak",
    "harms.damage.claimed_against": "up", "harms.damage.amount": "8000",
    # the facts the decision turns on, as the engine asks them: the handler knows this one
    "fact:events.leak.fault": "true",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serve(tmp_path_factory.mktemp("workbench") / "serve.log") as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    path = chromium()
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=BROWSER_FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A page on a context that refuses every request to another host, and records any."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="zh-CN")
    elsewhere: list[str] = []

    def route(r):
        if r.request.url.startswith(server) or r.request.url.startswith(("blob:", "data:")):
            r.continue_()
        else:
            elsewhere.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield pg
    context.close()
    assert not elsewhere, f"requests left the machine: {elsewhere}"
    assert not errors, errors


def _shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"workbench-{name}.png"), full_page=True)


def _axe(pg, name: str) -> None:
    """axe-core (vendored by axe-playwright-python): no serious or critical violation."""
    axe_mod = pytest.importorskip("axe_playwright_python.sync_playwright")
    results = axe_mod.Axe().run(pg)
    bad = [v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]
    assert not bad, f"{name}: " + "; ".join(f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes)" for v in bad)


def _answer_the_story(pg) -> int:
    """Answer every question of the interview from STORY; facts the decision turns on: unknown."""
    asked = 0
    for _ in range(120):
        pg.wait_for_function("() => !document.getElementById('interview').hidden || document.querySelector('#decision section')")
        if pg.locator("#decision section").count():
            return asked
        field = pg.locator("#answer")
        key = field.get_attribute("data-key")
        problem = pg.locator("#problem").text_content()
        assert not problem, f"{key}: {problem}"
        if key.startswith("fact:"):
            value = STORY.get(key, "unknown")
        else:
            assert key in STORY, f"the interview asked {key!r}, which the story does not answer"
            value = STORY[key]
        tag = field.evaluate("e => e.tagName")
        if tag == "SELECT":
            field.select_option(value if value else "-")
        else:
            field.fill(value)
        asked += 1
        with pg.expect_response(lambda r: "/workbench/interview" in r.url):
            pg.locator("#next").click()
    raise AssertionError("the interview did not end")


def test_a_handler_enters_an_upstairs_leak_from_scratch_to_a_decision(page, server):
    page.goto(f"{server}/")
    page.evaluate("localStorage.clear()")
    page.goto(f"{server}/")
    _shot(page, "intake")
    _axe(page, "intake")
    asked = _answer_the_story(page)
    assert asked < 60
    decision = page.locator("#decision")
    decision.locator("table").wait_for()
    rows = decision.locator("tr.finding")
    assert rows.count() >= 1
    assert "楼上业主" in decision.inner_text() and "楼下天花板和家具泡水" in decision.inner_text()
    # each article's text on the date, on tap
    art = decision.locator("details.art").first
    art.locator("summary").click()
    assert "侵权责任" in art.inner_text() or "责任" in art.inner_text()
    _shot(page, "decision")
    _axe(page, "decision")

    # a reload keeps the incident
    page.reload()
    page.locator("#decision table").wait_for()
    assert "楼上业主" in page.locator("#decision").inner_text()


def test_toggling_an_unknown_fact_changes_the_decision_and_back(page, server):
    import yaml

    data = yaml.safe_load((ROOT / "examples" / "falling-pane-unproved-2024.yaml").read_text(encoding="utf-8"))
    data.pop("expect", None)
    page.goto(f"{server}/")
    page.evaluate("localStorage.clear()")
    page.goto(f"{server}/")
    page.locator("#editor summary").click()
    page.locator("#yaml").fill(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    page.locator("#apply").click()
    page.locator("#decision table").wait_for()
    before = page.locator("#decision table").inner_text()
    toggle = page.locator("fieldset.toggle[data-fact='events.fall.proved_no_fault']")
    with page.expect_response(lambda r: "/workbench/decision" in r.url):
        toggle.locator("input[value='true']").check()
    page.locator("#decision .whatif").wait_for()
    after = page.locator("#decision table").inner_text()
    assert after != before
    assert page.locator("#decision tr.changed").count() >= 1
    _shot(page, "what-if")
    with page.expect_response(lambda r: "/workbench/decision" in r.url):
        page.locator("fieldset.toggle[data-fact='events.fall.proved_no_fault'] input[value='unknown']").check()
    page.wait_for_function("() => !document.querySelector('#decision .whatif')")
    assert page.locator("#decision table").inner_text() == before
    page.reload()
    page.locator("#decision table").wait_for()
    assert page.locator("#decision table").inner_text() == before


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_statute_pages_show_the_article_of_the_date(page, server, lang):
    page.goto(f"{server}/statutes/CC-1254?on=2015-06-01&lang={lang}")
    body = page.locator("main").inner_text()
    assert ("第八十七条" in body or "art. 87" in body) and ("侵权责任法" in body or "Tort Liability Law" in body)
    _shot(page, f"statute-2015-{lang}")
    _axe(page, f"statute-2015-{lang}")
    page.goto(f"{server}/statutes/CC-1254?on=2022-06-01&lang={lang}")
    body = page.locator("main").inner_text()
    assert ("第一千二百五十四条" in body or "art. 1254" in body) and ("民法典" in body or "Civil Code" in body)
    page.goto(f"{server}/statutes?on=2015-06-01&lang={lang}")
    _shot(page, f"statutes-{lang}")
    _axe(page, f"statutes-{lang}")
    page.goto(f"{server}/rules?lang={lang}")
    assert page.locator("main").inner_text().count(".") > 20
    _shot(page, f"rules-{lang}")
    _axe(page, f"rules-{lang}")


def test_parties_are_added_and_removed_by_changing_an_answer_and_files_go_in_and_out(page, server, tmp_path):
    import liability

    page.goto(f"{server}/")
    page.evaluate("localStorage.clear()")
    page.goto(f"{server}/")
    _answer_the_story(page)
    page.locator("#decision table").wait_for()

    def change_parties(value: str) -> None:
        page.locator("#story summary").click() if not page.locator("#story").get_attribute("open") is not None else None
        row = page.locator("#answers li", has=page.locator("label", has_text="parties")).first
        row.locator("input").fill(value)
        with page.expect_response(lambda r: "/workbench/interview" in r.url):
            row.locator("button").click()

    change_parties("up, down, co, ten")  # a tenant joins the story: only its questions are asked
    page.locator("#answer").wait_for()
    assert page.locator("#answer").get_attribute("data-key") == "parties.ten.kind"
    page.locator("#answer").select_option("tenant")
    with page.expect_response(lambda r: "/workbench/interview" in r.url):
        page.locator("#next").click()
    assert page.locator("#answer").get_attribute("data-key") == "parties.ten.name"
    page.locator("#answer").fill("租客")
    with page.expect_response(lambda r: "/workbench/decision" in r.url):
        page.locator("#next").click()
    page.locator("#decision table").wait_for()
    assert "租客" in page.locator("#yaml").input_value()

    change_parties("up, down, co")  # and leaves it again: nothing is asked
    page.locator("#decision table").wait_for()
    page.wait_for_function("() => !document.getElementById('yaml').value.includes('租客')")

    with page.expect_download() as got:
        page.locator("#download").click()
    saved = tmp_path / "incident.yaml"
    got.value.save_as(saved)
    incident = liability.load(saved)
    assert {p.id for p in incident.parties} == {"up", "down", "co"}

    page.evaluate("localStorage.clear()")
    page.goto(f"{server}/")
    with page.expect_response(lambda r: "/workbench/decision" in r.url):
        page.locator("#upload").set_input_files(str(ROOT / "examples" / "break-in-2024.yaml"))
    page.locator("#decision table").wait_for()
    assert "301住户" in page.locator("#decision").inner_text()

    with page.context.expect_page() as popup:
        page.locator("#report").click()
    report = popup.value
    report.wait_for_load_state()
    assert "责任评估报告" in report.content() and "301住户" in report.content()
    _shot(report, "report")


def test_a_server_stopped_while_warming_up_leaves_no_process_behind(tmp_path):
    """The reviewers' pages assess the examples once, in a child process, when the server starts.
    A server stopped in the meantime — as a test's teardown or a Ctrl-C stops it — must not leave
    that child behind (each held ~390 MB)."""
    import subprocess
    import time
    from pathlib import Path as P

    if not P("/proc/self/status").exists():
        pytest.skip("needs /proc")

    def children(pid: int) -> set[int]:
        out = set()
        for status in P("/proc").glob("[0-9]*/status"):
            try:
                text = status.read_text()
            except OSError:
                continue
            if f"\nPPid:\t{pid}\n" in text:
                out.add(int(status.parent.name))
        return out

    from conftest import free_port, liability_command

    for stop in ("terminate", "kill"):  # as serve()'s teardown stops it, and as a crash ends it
        port = free_port()
        proc = subprocess.Popen([*liability_command(), "serve", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        kids: set[int] = set()
        while time.monotonic() < deadline and not kids:
            kids = children(proc.pid)
            time.sleep(0.05)
        assert kids, "the server started no child to assess the examples"
        getattr(proc, stop)()
        proc.wait(timeout=30)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(P(f"/proc/{k}").exists() for k in kids):
            time.sleep(0.1)
        left = [k for k in kids if P(f"/proc/{k}").exists() and "zombie" not in P(f"/proc/{k}/status").read_text()]
        assert not left, f"{stop}: processes left behind: {left}"


def test_the_interview_speaks_the_pages_language():
    """Issue 19: the page is in Chinese with an English switch — the interview's questions too (the
    terminal's `liability new` keeps both languages)."""
    import re

    from liability.web.workbench import step

    cjk = re.compile(r"[\u4e00-\u9fff]")
    for lang in ("zh", "en"):
        answers: list[list[str]] = []
        texts = []
        for _ in range(120):
            r = step(answers, lang=lang)
            if r["done"]:
                break
            q = r["question"]
            texts.append(q["text"])
            key = q["key"]
            answers.append([key, STORY.get(key, "unknown") if key.startswith("fact:") else STORY[key]])
        else:
            raise AssertionError("the interview did not end")
        structural = [t for t in texts if not t.lstrip().startswith(("events.", "harms.", "things.", "relationships.", "parties."))]
        if lang == "en":
            assert not [t for t in structural if cjk.search(t)], [t for t in structural if cjk.search(t)][:3]
        else:
            assert all(cjk.search(t) for t in structural), [t for t in structural if not cjk.search(t)][:3]
            assert not any("comma-separated" in t for t in texts)


CHILD = {
    "date": "2015-06-18", "title": "儿童从阳台扔下玩具车", "parties": "car-owner, boy, father",
    "parties.car-owner.kind": "owner", "parties.car-owner.name": "车主",
    "parties.boy.kind": "other", "parties.boy.name": "小明",
    "parties.father.kind": "owner", "parties.father.name": "父亲",
    "things": "block, car", "things.block.kind": "building", "things.block.roles": ", , ",
    "things.car.kind": "vehicle", "things.car.roles": "car-owner, ,", "things.links": "",
    "relationships": "parent", "relationships.parent.kind": "guardianship",
    "relationships.parent.guardian": "father", "relationships.parent.ward": "boy",
    "events": "throw", "events.throw.kind": "thrown-object", "events.throw.description": "扔下玩具车",
    "events.throw.building": "block", "events.throw.actor": "boy", "events.throw.possible_users": "",
    "harms": "dent", "harms.dent.description": "车顶凹陷", "harms.dent.victim": "car-owner",
    "harms.dent.thing": "car", "harms.dent.kind": "property", "harms.dent.caused_by": "throw",
    "harms.dent.claimed_against": "father", "harms.dent.amount": "3200",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_page_takes_a_childs_age_for_its_capacity(lang):
    """A handler knows the child is nine, not the legal category: the capacity question takes the age,
    and the law of the incident's date (2015: under ten, GPCL art. 12) gives the capacity."""
    import liability
    from liability.model import Incident
    from liability.web.workbench import step

    answers: list[list[str]] = []
    offered = False
    for _ in range(120):
        r = step(answers, lang=lang)
        if r["done"]:
            break
        q = r["question"]
        assert not q["problem"], (q["key"], q["problem"])
        if q["key"] == "fact:parties.boy.capacity":
            offered = "0–150" in q["text"]
            answers.append([q["key"], "9"])
        else:
            answers.append([q["key"], CHILD.get(q["key"], "unknown" if q["key"].startswith("fact:") else "")])
    else:
        raise AssertionError("the interview did not end")
    assert offered, "the capacity question does not say an age is taken"
    boy = next(p for p in r["incident"]["parties"] if p["id"] == "boy")
    assert boy.get("age") == 9 and "capacity" not in boy
    a = liability.assess(Incident.model_validate(r["incident"]))
    assert ("father", "liable") in {(f.party, f.kind.value) for f in a.findings}
    assert "GPCL-12" in a.articles

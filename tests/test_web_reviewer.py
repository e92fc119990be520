"""The reviewers' pages of the browser workbench (issue 19, item 3): /statutes, /statutes/{id}, /rules.

A small app registers the page functions; the TestClient drives it in-process. Which examples make
a rule fire is assessed once per process (shared with test_rules), so the module costs ~2 s.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import warnings
from html.parser import HTMLParser

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi import FastAPI, Request  # noqa: E402

with warnings.catch_warnings():  # starlette's note that it would rather have httpx2
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from liability.library import registry  # noqa: E402
from liability.review import rules, rules_citing  # noqa: E402
from liability.web.reviewer import firings, rules_page, statute_page, statutes_page  # noqa: E402

REG = registry()
TLL87 = REG.article("TLL-87")
CC1254 = REG.article("CC-1254")


@pytest.fixture(scope="module")
def client():
    app = FastAPI()

    @app.get("/statutes")
    def _statutes(request: Request):
        return statutes_page(request)

    @app.get("/statutes/{article_id}")
    def _statute(request: Request, article_id: str):
        return statute_page(request, article_id)

    @app.get("/rules")
    def _rules(request: Request):
        return rules_page(request)

    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="module")
def pages(client):
    """The pages every structural check runs on, fetched once."""
    urls = [
        "/statutes",
        "/statutes?on=2015-06-01&q=抛掷",
        "/statutes?on=2022-06-01&lang=en&q=thrown",
        "/statutes/CC-1254?on=2015-06-01",
        "/statutes/CC-1254?on=2022-06-01&lang=en",
        "/statutes/CC-1254?on=2005-06-01",
        "/statutes/CC-979.loss",
        "/statutes/PMR2003-46?lang=en",
        "/statutes/NO-SUCH-1",
        "/statutes?on=2015-13-40",
        "/rules",
        "/rules?on=2015-06-01&lang=en",
    ]
    return {u: client.get(u) for u in urls}


class Page(HTMLParser):
    """What the checks below need from a page: headings, links, assets, form controls and labels."""

    def __init__(self, text: str):
        super().__init__()
        self.html_lang = None
        self.headings: list[int] = []
        self.assets: list[str] = []
        self.links: list[tuple[str, str]] = []  # (href, text)
        self.ids: list[str] = []
        self.controls: list[str | None] = []  # ids of visible inputs and selects
        self.label_for: set[str] = set()
        self._a: list | None = None
        self.tables = 0
        self.ths = 0
        self.main = False
        self.nav = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(a["id"])
        if tag == "html":
            self.html_lang = a.get("lang")
        elif re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        elif tag in ("script", "img", "iframe", "source", "audio", "video") and a.get("src"):
            self.assets.append(a["src"])
        elif tag == "link" and a.get("href"):
            self.assets.append(a["href"])
        elif tag == "a":
            self._a = [a.get("href", ""), ""]
        elif tag in ("input", "select", "textarea") and a.get("type") != "hidden":
            self.controls.append(a.get("id"))
        elif tag == "label" and a.get("for"):
            self.label_for.add(a["for"])
        elif tag == "table":
            self.tables += 1
        elif tag == "th":
            self.ths += 1
        elif tag == "main":
            self.main = True
        elif tag == "nav":
            self.nav = True

    def handle_data(self, data):
        if self._a is not None:
            self._a[1] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._a is not None:
            self.links.append((self._a[0], self._a[1].strip()))
            self._a = None


def rows(text: str) -> list[str]:
    return re.findall(r"<tr\b.*?</tr>", text, re.S)


def h1(text: str) -> str:
    m = re.search(r"<h1>(.*?)</h1>", text, re.S)
    assert m, "no h1"
    return html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip()


# --------------------------------------------------------------------------- the article on a date
def test_provision_on_2015_is_the_tort_liability_law_art_87(client):
    r = client.get("/statutes/CC-1254?on=2015-06-01")
    assert r.status_code == 200
    assert "text/html" in r.headers["content-type"]
    assert h1(r.text) == TLL87.title_zh == "《中华人民共和国侵权责任法》第八十七条"
    assert TLL87.text_zh[:30] in r.text  # verbatim from the library
    assert "TLL-87" in r.text and TLL87.title_en in r.text
    assert "2010-07-01" in r.text and "2020-12-31" in r.text  # in force
    assert CC1254.title_zh not in h1(r.text)


def test_provision_on_2022_is_the_civil_code_art_1254(client):
    r = client.get("/statutes/CC-1254?on=2022-06-01")
    assert r.status_code == 200
    assert h1(r.text) == CC1254.title_zh
    assert CC1254.text_zh[:30] in r.text
    assert TLL87.text_zh[:30] not in r.text
    # its predecessor, from the provision's history, links to its page
    assert 'href="/statutes/TLL-87"' in r.text


def test_article_page_has_predecessors_successors_and_history(client):
    r = client.get("/statutes/TLL-87")
    assert r.status_code == 200
    successors = r.text.split('id="neighbours-h"')[1].split('id="prov-')[0]
    assert 'href="/statutes/CC-1254"' in successors
    # the provision's periods, including the one before any article governed it
    why = REG.provision("CC-1254").periods[0].why_zh
    assert html.escape(why) in r.text or why in r.text


def test_a_date_no_article_governed_is_an_answer(client):
    r = client.get("/statutes/CC-1254?on=2005-06-01")
    assert r.status_code == 200
    assert "没有条文调整该规范" in r.text
    assert REG.provision("CC-1254").periods[0].why_zh in r.text
    r = client.get("/statutes/CC-1254?on=2005-06-01&lang=en")
    assert "no article governed this provision" in r.text


def test_unofficial_and_missing_wording_is_said(client):
    missing = next(a for a in REG.articles.values() if a.wording == "missing")
    r = client.get(f"/statutes/{missing.id}?lang=en")
    assert r.status_code == 200
    assert "No text could be found" in r.text and missing.wording_en in r.text
    inferred = next(a for a in REG.articles.values() if a.wording == "inferred")
    r = client.get(f"/statutes/{inferred.id}")
    assert inferred.wording_zh in r.text and "未与官方文本核对" in r.text
    assert inferred.text_zh.splitlines()[0] in r.text


# --------------------------------------------------------------------------- rules and examples
def test_article_page_lists_citing_rules_and_examples(client):
    r = client.get("/statutes/TLL-87?on=2015-06-01")
    citing = rules_citing("TLL-87")
    assert citing
    for rule in citing:
        assert f'href="/rules?on=2015-06-01#{rule.id}"' in r.text
    fired = firings()
    names = [n for rule in citing for n in fired.get(rule.id, [])]
    assert names, "no example makes a rule citing TLL-87 fire"
    assert all(n in r.text for n in names)


def test_rules_page_anchors_every_rule_and_links_statutes(client):
    r = client.get("/rules?on=2015-06-01")
    assert r.status_code == 200
    page = Page(r.text)
    for rule in rules():
        assert rule.id in page.ids
    # on 2015 the thrown-object rules cite CC-1254, which resolved to TLL-87
    thrower = r.text.split('id="thrown-object.thrower-liable"')[1].split("</article>")[0]
    assert 'href="/statutes/TLL-87?on=2015-06-01"' in thrower
    assert 'href="/statutes/CC-1254"' in thrower
    for n in firings()["thrown-object.thrower-liable"]:
        assert n in thrower
    r22 = client.get("/rules?on=2022-06-01")
    thrower = r22.text.split('id="thrown-object.thrower-liable"')[1].split("</article>")[0]
    assert 'href="/statutes/CC-1254?on=2022-06-01"' in thrower and "TLL-87" not in thrower


def test_rules_page_by_doctrine(client):
    r = client.get("/rules?doctrine=thrown-objects")
    page = Page(r.text)
    shown = {rule.id for rule in rules() if rule.id in page.ids}
    assert shown == {rule.id for rule in rules() if rule.doctrine == "thrown-objects"}
    bad = client.get("/rules?doctrine=no-such-doctrine")
    assert bad.status_code == 422 and "no-such-doctrine" in html.unescape(bad.text)


# --------------------------------------------------------------------------- the list by date
def test_statutes_list_differs_between_2015_and_2022(client):
    r15 = client.get("/statutes?on=2015-06-01")
    r22 = client.get("/statutes?on=2022-06-01")
    assert r15.status_code == r22.status_code == 200
    row15 = next(x for x in rows(r15.text) if 'href="/statutes/CC-1254?on=2015-06-01"' in x.split("</th>")[0])
    row22 = next(x for x in rows(r22.text) if 'href="/statutes/CC-1254?on=2022-06-01"' in x.split("</th>")[0])
    assert "TLL-87" in row15 and TLL87.title_zh in row15
    assert "TLL-87" not in row22 and CC1254.title_zh in row22
    # the date picker shows the chosen date, with a label
    assert 'value="2015-06-01"' in r15.text
    # grouped by law: the TLL group exists in 2015 only
    assert 'id="on-TLL"' in r15.text and 'id="on-TLL"' not in r22.text
    assert 'id="on-CC"' in r22.text and 'id="on-CC"' not in r15.text


def test_statutes_list_defaults_to_today(client):
    r = client.get("/statutes")
    assert f'value="{dt.date.today().isoformat()}"' in r.text
    for law in REG.laws.values():
        assert law.name_zh in r.text


def test_search_in_chinese_and_english(client):
    r = client.get("/statutes?q=抛掷")
    found = r.text.split('id="found-h"')[1].split("</section>")[0]
    assert 'href="/statutes/TLL-87' in found and 'href="/statutes/CC-1254' in found
    r = client.get("/statutes?q=thrown&lang=en")
    found = r.text.split('id="found-h"')[1].split("</section>")[0]
    assert "/statutes/TLL-87" in found
    r = client.get("/statutes?q=no-such-words-anywhere")
    assert r.status_code == 200 and "没有条文含" in r.text


# --------------------------------------------------------------------------- language and errors
def test_english(client):
    r = client.get("/statutes/CC-1254?on=2015-06-01&lang=en")
    assert '<html lang="en">' in r.text
    assert h1(r.text) == TLL87.title_en
    assert f'<blockquote class="article-text" lang="zh-CN">{TLL87.text_zh[:10]}' in r.text  # the text stays Chinese, marked so
    assert "Predecessors and successors" in r.text
    # links keep the language
    assert 'href="/statutes/CC-1254?lang=en"' in r.text
    r = client.get("/rules?lang=en")
    assert '<html lang="en">' in r.text and "Examples that make it fire" in r.text
    r = client.get("/statutes?lang=en")
    assert "Laws in the library" in r.text


def test_unknown_article_is_a_404_page_in_the_layout(client):
    r = client.get("/statutes/NO-SUCH-1")
    assert r.status_code == 404
    assert "text/html" in r.headers["content-type"]
    page = Page(r.text)
    assert page.main and page.nav and page.headings == [1]
    assert "NO-SUCH-1" in html.unescape(r.text) and "Traceback" not in r.text
    assert "There is no article or provision" in client.get("/statutes/NO-SUCH-1?lang=en").text


@pytest.mark.parametrize("url", ["/statutes?on=2015-13-40", "/statutes/CC-1254?on=yesterday", "/rules?on=2015/06/01"])
def test_bad_date_is_a_422_page(client, url):
    r = client.get(url)
    assert r.status_code == 422
    assert "YYYY-MM-DD" in r.text and "<main" in r.text and "Traceback" not in r.text


# --------------------------------------------------------------------------- every page
def test_pages_are_offline_and_structurally_accessible(pages):
    for url, r in pages.items():
        assert r.status_code in (200, 404, 422), url
        page = Page(r.text)
        assert page.html_lang in ("zh-CN", "en"), url
        for src in page.assets:
            assert not re.match(r"(?i)(https?:)?//", src), f"{url}: fetches {src}"
        assert page.headings and page.headings[0] == 1 and page.headings.count(1) == 1, url
        for a, b in zip(page.headings, page.headings[1:]):
            assert b <= a + 1, f"{url}: heading h{a} followed by h{b}"
        for href, text in page.links:
            assert href and text, f"{url}: empty link {href!r}"
            assert not href.startswith(("http://", "https://")), f"{url}: link out of the workbench {href}"
        for control in page.controls:
            assert control and control in page.label_for, f"{url}: a form control without a label"
        if page.tables:
            assert page.ths >= page.tables, url
        dupes = {i for i in page.ids if page.ids.count(i) > 1}
        assert not dupes, f"{url}: duplicate ids {dupes}"


def test_internal_links_resolve(client, pages):
    """Every statute and rule link on the pages leads to a page (statutes) or an anchor (rules)."""
    anchors = {rule.id for rule in rules()}
    seen: set[str] = set()
    for url, r in pages.items():
        for href, _ in Page(r.text).links:
            if href.startswith("/statutes/") and href not in seen and len(seen) < 150:
                seen.add(href)
                assert client.get(href).status_code == 200, f"{url} links to {href}"
            elif href.startswith("/rules") and "#" in href and "doctrine-" not in href:
                assert href.split("#", 1)[1] in anchors, f"{url} links to {href}"

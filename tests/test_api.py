"""The HTTP API against a real server on loopback, and fuzzed from its own OpenAPI document."""

from __future__ import annotations

import json
import re
import subprocess

import httpx
import pytest
import yaml

from conftest import EXAMPLES, run_cli, serve


@pytest.fixture(scope="module")
def server_log(tmp_path_factory):
    return tmp_path_factory.mktemp("serve") / "serve.log"


@pytest.fixture(scope="module")
def server(server_log):
    with serve(server_log) as base:
        yield base


def test_serve_says_where_it_listens_and_logs_requests(server, server_log):
    httpx.get(f"{server}/health", timeout=10)
    text = server_log.read_text(errors="replace")
    assert f"serving the API on {server}" in text, text[-1000:]
    assert "GET /health" in text and " 200" in text, text[-1000:]


def _body(path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.pop("expect", None)
    return json.loads(json.dumps(data, default=str))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_post_assess_equals_the_cli_json(server, path):
    r = httpx.post(f"{server}/assess", json=_body(path), timeout=30)
    assert r.status_code == 200, r.text
    cli = run_cli("assess", str(path), "--format", "json")
    assert r.json() == json.loads(cli.stdout)


def test_invalid_input_is_422_with_located_messages(server):
    body = _body(EXAMPLES[0])
    body["events"][0]["faut"] = True
    body["harms"][0]["victim"] = "nobody"
    r = httpx.post(f"{server}/assess", json=body, timeout=30)
    assert r.status_code == 422
    errors = r.json()["errors"]
    assert any(re.match(r"request(:\d+)?: events\.0\.faut: unknown key 'faut'", e) for e in errors), errors
    for bad in (b"not json", b"[1,2]", b"{}", b'"text"'):
        r = httpx.post(f"{server}/assess", content=bad, headers={"content-type": "application/json"}, timeout=30)
        assert r.status_code == 422, (bad, r.text)
        assert r.json()["errors"]


def test_batch_statutes_rules_health(server):
    bodies = [_body(p) for p in EXAMPLES[:3]] + [{"date": "2024-01-01"}]
    r = httpx.post(f"{server}/assess/batch", json=bodies, timeout=60)
    assert r.status_code == 200
    out = r.json()
    assert [x["index"] for x in out] == [0, 1, 2, 3]
    assert out[3]["status"] == "rejected" and out[0]["status"] in ("decided", "open")
    r = httpx.get(f"{server}/statutes/CC-1253", params={"on": "2003-09-10"}, timeout=10)
    assert r.status_code == 200 and r.json()["id"] == "GPCL-126"
    assert httpx.get(f"{server}/statutes/XX-1", timeout=10).status_code == 404
    assert any(x["id"] == "falling-object.manager-presumed-fault" for x in httpx.get(f"{server}/rules", timeout=10).json())
    assert httpx.get(f"{server}/docs", timeout=10).status_code == 200
    spec = httpx.get(f"{server}/openapi.json", timeout=10).json()
    assert "IncidentFile" in spec["components"]["schemas"]


def test_schemathesis_finds_no_server_error(server):
    import schemathesis
    from hypothesis import HealthCheck, settings

    schema = schemathesis.openapi.from_url(f"{server}/openapi.json")
    failures = []
    calls = []

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case):
        response = case.call(timeout=30)
        calls.append(response.status_code)
        if response.status_code >= 500:
            failures.append((case.method, case.path, response.status_code, response.text[:300]))
        elif response.status_code >= 400:  # every 4xx in the one shape
            try:
                errors = response.json()["errors"]
                assert errors and all(isinstance(e, str) and e.startswith("request") for e in errors)
            except (ValueError, KeyError, TypeError, AssertionError):
                failures.append((case.method, case.path, response.status_code, response.text[:300]))

    for op in schema.get_all_operations():
        operation = op.ok()
        strategy = operation.as_strategy()
        from hypothesis import given

        given(strategy)(check)()
    assert failures == []
    assert len(calls) >= 5 * len(list(schema.get_all_operations())), calls  # it really sent requests
    assert any(code == 200 for code in calls) and any(code == 422 for code in calls)


def test_every_4xx_has_one_shape_and_bodies_are_bounded(server):
    """A body over the limit is a 413, deep nesting and huge numbers a located 422, a missing page a
    404 — all as {"errors": ["request…: what is wrong"]}; the content type is not required, and an
    example file with its expect: block is taken as the CLI takes it."""
    from liability.api import MAX_BODY

    def shaped(r, status):
        assert r.status_code == status, r.text[:300]
        errors = r.json()["errors"]
        assert errors and all(isinstance(e, str) and e.startswith("request") and len(e.split("\n")[0]) <= 200 for e in errors), errors
        return errors

    shaped(httpx.post(f"{server}/assess", content=b"[" * (MAX_BODY + 10), timeout=30), 413)
    (deep,) = shaped(httpx.post(f"{server}/assess", content=b"[" * 5000 + b"]" * 5000, timeout=30), 422)
    assert "nested deeper than" in deep and deep.startswith("request:1:")
    (big,) = shaped(httpx.post(f"{server}/assess", content=b'{"date": "2024-01-01", "n": ' + b"9" * 5000 + b"}", timeout=30), 422)
    assert "5000 digits" in big
    shaped(httpx.get(f"{server}/statutes/XX-1", timeout=10), 404)
    shaped(httpx.get(f"{server}/no-such-page", timeout=10), 404)
    shaped(httpx.post(f"{server}/assess", content=b"", timeout=30), 422)
    data = yaml.safe_load(EXAMPLES[0].read_text(encoding="utf-8"))
    assert "expect" in data
    r = httpx.post(f"{server}/assess", content=json.dumps(data, default=str).encode(), timeout=30)  # no content type
    assert r.status_code == 200, r.text[:300]
    assert r.json() == json.loads(run_cli("assess", str(EXAMPLES[0]), "--format", "json").stdout)


# ------------------------------------------------------------------ issue 18: limits, docs, workers
def _many_parties(n: int) -> dict:
    body = _body(EXAMPLES[0])
    body["parties"] += [{"id": f"p{i}", "kind": "owner", "capacity": "full", "reachable": True} for i in range(n)]
    return body


def _shaped(r, status):
    assert r.status_code == status, r.text[:300]
    errors = r.json()["errors"]
    assert errors and all(isinstance(e, str) and e.startswith("request") and len(e.split("\n")[0]) <= 200 for e in errors), errors
    return errors


def test_size_limits_are_a_413_in_the_error_shape(server):
    """A body under MAX_BODY but over a size limit is refused at once, before validation, saying
    where and what the limit is: a 20,000-party body (which cost a minute of CPU), a 1 MB text, too
    many keys; and an incident whose leads would re-run the engine too often, which is assessed
    when asked without its leads."""
    from liability.limits import MAX_ITEMS, MAX_KEYS, MAX_TEXT, MAX_WORK

    body = _many_parties(20_000)
    raw = json.dumps(body).encode()
    assert len(raw) < 2_000_000
    (e,) = _shaped(httpx.post(f"{server}/assess", content=raw, timeout=30), 413)
    assert e == f"request: parties: {len(body['parties']):,} items; the limit is {MAX_ITEMS}", e
    e = _shaped(httpx.post(f"{server}/assess", json={**_body(EXAMPLES[0]), "title": "x" * 1_000_000}, timeout=30), 413)
    assert e == [f"request: title: a text of 1,000,000 characters; the limit is {MAX_TEXT:,}"], e
    e = _shaped(httpx.post(f"{server}/assess", json={**_body(EXAMPLES[0]), **{f"k{i}": 1 for i in range(MAX_KEYS)}}, timeout=30), 413)
    assert "keys; the limit is" in e[0]
    # every fact of n more leaks and harms left unknown: too many what-if re-runs for the leads
    big = _body(EXAMPLES[0])
    n = 12
    big["parties"] += [{"id": f"p{i}", "kind": "owner"} for i in range(n)]
    big["things"] += [{"id": f"t{i}", "kind": "unit", "owner": f"p{i}"} for i in range(n)]
    big["events"] += [{"id": f"leak{i}", "kind": "leak", "source": f"t{i}", "actor": f"p{i}"} for i in range(n)]
    big["harms"] += [{"id": f"h{i}", "victim": f"p{i}", "caused_by": [f"leak{i}"]} for i in range(n)]
    (e,) = _shaped(httpx.post(f"{server}/assess", json=big, timeout=30), 413)
    assert e.startswith("request: too large to assess with its leads:") and f"(the limit is {MAX_WORK:,})" in e and "investigate=false" in e, e
    r = httpx.post(f"{server}/assess", json=big, params={"investigate": "false"}, timeout=60)
    assert r.status_code == 200 and not r.json()["leads"], r.text[:300]
    # in a batch, an incident over a limit is rejected in its place; the others are assessed
    r = httpx.post(f"{server}/assess/batch", json=[_body(EXAMPLES[0]), big, {**_body(EXAMPLES[1]), "place": "x" * (MAX_TEXT + 1)}], timeout=120)
    assert r.status_code == 200, r.text[:300]
    out = r.json()
    assert [x["status"] for x in out][1:] == ["rejected", "rejected"] and out[0]["status"] in ("decided", "open")
    assert out[1]["errors"][0].startswith("request[1]: too large to assess with its leads")
    assert out[2]["errors"] == [f"request[2]: place: a text of {MAX_TEXT + 1:,} characters; the limit is {MAX_TEXT:,}"]


def test_investigate_and_similar_flags_match_the_cli(server):
    path = EXAMPLES[0]
    r = httpx.post(f"{server}/assess", json=_body(path), params={"investigate": "false", "similar": "false"}, timeout=30)
    assert r.status_code == 200, r.text[:300]
    cli = run_cli("assess", str(path), "--format", "json", "--no-investigate", "--no-similar")
    assert r.json() == json.loads(cli.stdout)


def test_the_openapi_document_states_the_limits(server):
    from liability.limits import MAX_ITEMS, MAX_TEXT, MAX_WORK

    spec = httpx.get(f"{server}/openapi.json", timeout=10).json()
    incident = spec["components"]["schemas"]["IncidentFile"]
    assert incident["properties"]["parties"]["maxItems"] == MAX_ITEMS
    assert incident["properties"]["title"]["anyOf"][0]["maxLength"] == MAX_TEXT
    assert f"{MAX_WORK:,}" in spec["info"]["description"] and "413" in spec["info"]["description"]
    assert "413" in spec["paths"]["/assess"]["post"]["responses"]


def _local_assets(html: str) -> list[str]:
    refs = re.findall(r"<script[^>]*\ssrc=[\"']([^\"']+)", html) + re.findall(r"<link[^>]*\shref=[\"']([^\"']+)", html)
    assert refs, html
    assert not [u for u in refs if re.match(r"(?i)([a-z][a-z0-9+.-]*:)?//", u)], refs  # no scheme, no host
    return refs


def test_docs_pages_load_nothing_from_elsewhere(server):
    """/docs (Swagger UI) and /redoc name only this server's files, and every one of them is there."""
    for page in ("/docs", "/redoc"):
        r = httpx.get(f"{server}{page}", timeout=10)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        assert "cdn." not in r.text and "googleapis" not in r.text
        for ref in _local_assets(r.text):
            asset = httpx.get(f"{server}{ref}", timeout=10)
            assert asset.status_code == 200 and len(asset.content) > 100, (page, ref, asset.status_code)


def test_docs_render_in_a_browser_with_every_other_host_blocked(server, tmp_path):
    """Swagger UI renders every operation in headless Chromium when no host but loopback resolves."""
    import os
    import shutil

    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        if os.environ.get("LIABILITY_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required (LIABILITY_REQUIRE_BROWSER is set) but not installed")
        pytest.skip("Chromium not installed (.ci/run installs Debian's chromium)")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
             f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=15000", "--dump-dom"]
    dom = subprocess.run([browser, *flags, f"{server}/docs"], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    for path in ("/assess", "/assess/batch", "/statutes/{article_id}", "/rules", "/health"):
        assert f'data-path="{path}"' in dom.stdout, (path, dom.stdout[-2000:])
    from liability import __version__

    assert re.search(r'class="title"[^>]*>\s*liability', dom.stdout) and __version__ in dom.stdout, dom.stdout[-2000:]


def test_serve_with_two_workers_answers(tmp_path):
    log_path = tmp_path / "serve.log"
    with serve(log_path, "--workers", "2") as base:
        r = httpx.post(f"{base}/assess", json=_body(EXAMPLES[0]), params={"investigate": "false", "similar": "false"}, timeout=60)
        assert r.status_code == 200 and r.json()["status"] in ("decided", "open"), r.text[:300]
    text = log_path.read_text(errors="replace")
    assert f"serving the API on {base}, 2 worker processes" in text, text[-2000:]
    assert len(set(re.findall(r"Started server process \[(\d+)\]", text))) == 2, text[-2000:]


def test_an_id_with_a_dot_is_assessed_with_its_leads(server):
    """An id may hold a dot (model.Id): fact paths are split once from each end (whatif.split_path)."""
    body = _body(EXAMPLES[0])
    old = body["parties"][0]["id"]

    def renamed(x):  # the id wherever it is a value (never a key: an id may be spelt like a field)
        if isinstance(x, dict):
            return {k: renamed(v) for k, v in x.items()}
        if isinstance(x, list):
            return [renamed(v) for v in x]
        return f"{old}.x" if x == old else x

    body = renamed(body)
    r = httpx.post(f"{server}/assess", json=body, timeout=30)
    assert r.status_code == 200, r.text[:300]

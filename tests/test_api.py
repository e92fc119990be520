"""The HTTP API against a real server on loopback, and fuzzed from its own OpenAPI document."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import time

import httpx
import pytest
import yaml

from conftest import EXAMPLES, liability_command, run_cli


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server_log(tmp_path_factory):
    return tmp_path_factory.mktemp("serve") / "serve.log"


@pytest.fixture(scope="module")
def server(server_log):
    port = _free_port()
    log = open(server_log, "wb")  # a file, not a pipe: a server that logs every request never blocks on it
    proc = subprocess.Popen([*liability_command(), "serve", "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("server did not start: " + server_log.read_text(errors="replace")[-2000:])
    yield base
    proc.terminate()
    proc.wait(timeout=10)
    log.close()


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

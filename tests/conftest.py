from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def liability_command() -> list[str]:
    """The installed console script, as a user runs it."""
    exe = Path(sys.executable).parent / "liability"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("liability")
    if found:
        return [found]
    return [sys.executable, "-m", "liability.cli"]


def run_cli(*args: str, cwd: Path = ROOT, timeout: float = 60, columns: int = 200) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*liability_command(), *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": str(columns), "LANG": "C.UTF-8"},
    )


@pytest.fixture
def cli():
    return run_cli


from hypothesis import HealthCheck, settings  # noqa: E402

# CI runs a few hundred generated incidents per property; `pytest --hypothesis-profile thorough`
# runs 10,000 (see the README).
settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile("ci")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(log_path: Path, *args: str):
    """`liability serve` on a free loopback port, as a user starts it; yields its base URL. Its log
    goes to a file, not a pipe (a server that logs every request never blocks on it)."""
    import time

    import httpx

    port = free_port()
    log = open(log_path, "wb")
    proc = subprocess.Popen([*liability_command(), "serve", "--host", "127.0.0.1", "--port", str(port), *args],
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            pytest.fail("server did not start: " + Path(log_path).read_text(errors="replace")[-2000:])
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


BROWSER_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]  # without the networking flags Chromium knocks on closed doors


def chromium() -> str:
    """Debian's Chromium (.ci/run installs it); in CI its absence fails rather than skips."""
    import os

    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        if os.environ.get("LIABILITY_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required (LIABILITY_REQUIRE_BROWSER is set) but not installed")
        pytest.skip("Chromium not installed (.ci/run installs Debian's chromium)")
    return found

from __future__ import annotations

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

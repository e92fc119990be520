"""The installed distribution puts nothing generic (cli, rules, statutes) into site-packages."""

from __future__ import annotations

from importlib import metadata

import pytest


def test_no_generic_top_level_names():
    try:
        files = metadata.files("liability")
    except metadata.PackageNotFoundError:
        pytest.skip("liability is not installed as a distribution")
    tops = {str(f).split("/")[0] for f in files or [] if not str(f).startswith("..")}
    tops = {t for t in tops if not t.endswith((".dist-info", ".pth"))}
    assert tops <= {"liability", "__editable__.liability-0.1.0.pth"}, tops


def test_rules_statutes_and_cli_ship_inside_the_package():
    import liability.cli
    import liability.rules
    from importlib import resources

    assert liability.rules.MODULES
    assert callable(liability.cli.main)
    assert resources.files("liability.statutes").joinpath("provisions.yaml").is_file()


@pytest.fixture(scope="module")
def wheel_install(tmp_path_factory):
    """The wheel as a user installs it, in a folder of its own, away from the checkout."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    where = tmp_path_factory.mktemp("wheel")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(where), str(root)],
                           capture_output=True, text=True, timeout=600)
    if built.returncode != 0:
        pytest.fail(f"pip wheel failed: {built.stderr[-2000:]}")
    target = where / "site"
    wheel = next(where.glob("liability-*.whl"))
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return target


def _run_installed(target, *args: str):
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(target), "COLUMNS": "200"}
    code = "import sys, liability, liability.cli; assert liability.__file__.startswith(sys.argv[1]), liability.__file__; " \
           "sys.argv = ['liability', *sys.argv[2:]]; liability.cli.main()"
    return subprocess.run([sys.executable, "-c", code, str(target), *args], capture_output=True, text=True,
                          cwd=target.parent, env=env, timeout=600)


def test_rules_outside_the_checkout_show_the_examples_that_fire_them(wheel_install):
    """Issue 18: `liability rules` outside the checkout showed "—" for every rule's examples."""
    r = _run_installed(wheel_install, "rules", "--cites", "CC-1254")
    assert r.returncode == 0, r.stderr[-2000:]
    assert str(wheel_install / "liability" / "examples") in r.stdout.replace("\n", "")
    assert ".yaml" in r.stdout and "—" not in r.stdout
    shipped = sorted((wheel_install / "liability" / "examples").glob("*.yaml"))
    assert len(shipped) >= 300
    a = _run_installed(wheel_install, "assess", str(shipped[0]), "--format", "json")
    assert a.returncode in (0, 1), a.stderr[-2000:]


def test_the_workbench_pages_and_their_assets_ship_in_the_wheel(wheel_install):
    """Issue 19: every asset of the pages ships in the wheel (nothing from a CDN)."""
    web = wheel_install / "liability" / "web"
    for name in ("templates/base.html", "templates/workbench.html", "templates/decision.html", "static/workbench.css", "static/workbench.js"):
        assert (web / name).is_file(), name

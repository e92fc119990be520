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

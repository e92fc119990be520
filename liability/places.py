"""Where the data beside the code lives, in a checkout and in the wheel, and the periods of law the
corpus is counted by — kept light, so an assessment does not import the precedent machinery."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def corpus_dir() -> Path:
    """The precedent corpus: the checkout's ``precedents/`` (beside ``liability/``), else the copy
    the wheel ships inside the package (``liability/corpus``)."""
    checkout = _HERE.parent / "precedents"
    return checkout if checkout.is_dir() else _HERE / "corpus"


def examples_dir() -> Path | None:
    """The worked examples: the checkout's ``examples/`` (beside ``liability/``), else the copy the
    wheel ships inside the package (``liability/examples``); None where neither is there."""
    for candidate in (_HERE.parent / "examples", _HERE / "examples"):
        if candidate.is_dir() and any(candidate.glob("*.yaml")):
            return candidate
    return None


def period_of(day: dt.date) -> str:
    """The body of tort law of a date: the General Principles, the Tort Liability Law, the Civil Code."""
    if day < dt.date(2010, 7, 1):
        return "GPCL"
    return "TLL" if day < dt.date(2021, 1, 1) else "CC"

"""liability — who bears liability in property-management incidents under Chinese civil law, and why.

Public API::

    import liability
    incident = liability.load("examples/break-in-2024.yaml")
    assessment = liability.assess(incident)

``assess`` is pure: it keeps no state between calls, and the same incident always gives the same
assessment.
"""

from __future__ import annotations

from pathlib import Path as _Path

# In a source checkout the rule base, the statute library and the CLI live at the top of the
# repository (rules/, statutes/, cli.py) where reviewers find them; the wheel ships them inside
# this package (see pyproject.toml). Extending __path__ makes `liability.rules`,
# `liability.statutes` and `liability.cli` resolve the same way in both layouts.
_root = _Path(__file__).resolve().parent.parent
if (_root / "pyproject.toml").is_file() and (_root / "rules" / "__init__.py").is_file():
    __path__.append(str(_root))  # noqa: F821 - __path__ is defined for packages

from .errors import IncidentError, Problem  # noqa: E402
from .model import Incident  # noqa: E402
from .loader import load, loads  # noqa: E402
from .pipeline import assess  # noqa: E402
from .assessment import Assessment  # noqa: E402


def __getattr__(name: str):
    # The batch machinery (process pools) loads only when asked for: it is not on the path of a
    # single `liability assess`.
    if name == "assess_many":
        from .batch import assess_many

        return assess_many
    if name == "what_if":  # the assessment with facts changed, marked as a what-if
        from .whatif import what_if

        return what_if
    raise AttributeError(f"module 'liability' has no attribute {name!r}")


__all__ = ["assess", "assess_many", "what_if", "load", "loads", "Incident", "Assessment", "IncidentError", "Problem"]
__version__ = "0.1.0"

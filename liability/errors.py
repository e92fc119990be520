"""Errors are values: each problem names the file, the line and the field, in one line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as the input allows."""

    message: str
    path: str = ""  # dotted field path, e.g. "parties.1.kind"; "" for the whole document
    file: str = "<input>"
    line: int | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field = f" {self.path}:" if self.path else ""
        return f"{where}:{field} {self.message}"


class IncidentError(ValueError):
    """An incident that cannot be assessed as given: every problem found, each located."""

    def __init__(self, problems: list[Problem]):
        if not problems:
            raise ValueError("IncidentError needs at least one problem")
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class EngineError(RuntimeError):
    """The rule engine failed inside a rule: a defect in the rule base, never the user's input."""

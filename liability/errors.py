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
        """``file:line: path: message`` on a first line of at most FIRST_LINE characters; a longer
        message goes on in an indented second line, itself bounded (a 1 MB value in a file never
        becomes a 1 MB error)."""
        where = self.file if self.line is None else f"{self.file}:{self.line}"  # never cut: the user needs it whole
        field = f" {elide(self.path, max(24, min(80, FIRST_LINE - len(where) - 70)))}:" if self.path else ""
        head = f"{where}:{field} "
        message = elide(" ".join(self.message.split()), MAX_DETAILS)
        room = max(FIRST_LINE - len(head), 30)
        if len(message) <= room:
            return head + message
        cut = max(message.rfind(sep, 0, room - 2) for sep in ("; ", ": ", ", ", " "))
        cut = cut if cut > room // 3 else room - 2
        return f"{head}{message[:cut].rstrip()} …\n    {message[cut:].lstrip(';:, ')}"


FIRST_LINE = 200  # an error's first line, file and line included
MAX_DETAILS = 2_000


MAX_NAME = 200  # characters of a name or title shown to people; a longer one is elided with a count


def elide(text: str, limit: int) -> str:
    """``text`` cut to about ``limit`` characters in the middle, saying how much was left out."""
    if len(text) <= limit:
        return text
    keep = max(limit // 2 - 12, 1)
    return f"{text[:keep]}…[{len(text) - 2 * keep} characters]…{text[-keep:]}"


class IncidentError(ValueError):
    """An incident that cannot be assessed as given: every problem found, each located."""

    def __init__(self, problems: list[Problem]):
        if not problems:
            raise ValueError("IncidentError needs at least one problem")
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class EngineError(RuntimeError):
    """The rule engine failed inside a rule: a defect in the rule base, never the user's input."""

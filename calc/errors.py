"""Errors and warnings that cross the calc/app seam as codes, never as prose.

``calc`` reports a problem with a machine-readable ``code`` (``"amount.format"``,
``"debt.rate_missing"``), the field ``path`` it concerns
(``"debts[2].annual_rate"``; empty when not tied to a field) and ``params``
(values the message needs, e.g. ``{"min": "0", "max": "60"}``). ``app`` turns
codes into sentences in the user's language (``app/messages.py``), so the CLI,
the GUI and the letters say the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One validation finding."""

    code: str
    path: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)
    severity: Severity = Severity.ERROR


class CalcError(ValueError):
    """Raised by calc for invalid input; carries a code, a path and params."""

    def __init__(self, code: str, path: str = "", **params: Any) -> None:
        self.code = code
        self.path = path
        self.params = params
        super().__init__(f"{path + ': ' if path else ''}{code} {params if params else ''}".strip())

    def at(self, path: str) -> CalcError:
        """The same error re-anchored at ``path`` (used when parsing a plan field)."""
        return CalcError(self.code, path, **self.params)

    def as_problem(self) -> Problem:
        return Problem(self.code, self.path, dict(self.params))


class PlanInvalid(ValueError):
    """A plan failed validation; ``problems`` lists every error and warning found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errs = [p for p in problems if p.severity is Severity.ERROR]
        super().__init__(f"{len(errs)} problem(s): " + "; ".join(f"{p.path} {p.code}" for p in errs[:5]))

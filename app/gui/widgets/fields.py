"""Validated text fields: money, rates and counts typed the way people write them.

A :class:`ValidatedEdit` is a line edit with a message line under it. The text
is parsed by a function from :mod:`calc.parse` when the user presses Enter or
leaves the field; a good value is shown back in its canonical form
(``1.2万`` → ``12,000.00``) and emitted by ``committed``; a bad one stays as
typed, the field turns red and the message names the field and what is
allowed, in the UI language (:func:`app.gui.i18n.problem_text`). Nothing is
written to the plan until the text parses, so a typo never becomes a number.

The parse functions return ``(file_value, shown_text)``: what goes into the
plan file, and what the field shows. Money and rates are ``Decimal`` → exact
strings; never a float.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.gui.i18n import problem_text
from app.report import group
from calc.errors import CalcError, Problem
from calc.parse import ParsedRate, parse_amount, parse_int, parse_rate

__all__ = [
    "Parser",
    "ValidatedEdit",
    "count_parser",
    "money_parser",
    "rate_parser",
    "show_rate",
]

Parser = Callable[[str], tuple[Any, str]]


def money_parser(*, allow_empty: bool = False) -> Parser:
    """``"1.2万"`` → ``("12000.00", "12,000.00")``; empty → ``(None, "")`` when allowed."""

    def parse(text: str) -> tuple[Any, str]:
        if allow_empty and not text.strip():
            return None, ""
        value = parse_amount(text)
        return f"{value:.2f}", group(value)

    return parse


def show_rate(value: Decimal, period: str = "year") -> str:
    """A rate fraction as people read it: ``0.18`` → ``18%``, daily ``0.0005`` → ``0.05%``."""
    pct = (value * 100).normalize()
    text = f"{pct:f}"
    return f"{text}%"


def rate_parser(*, default_period: str = "year", allow_empty: bool = False) -> Parser:
    """``"日利率0.05%"`` → ``(ParsedRate(0.0005, "day"), "日 0.05%")``.

    The value is the :class:`~calc.parse.ParsedRate` so the caller decides the
    plan field (``annual_rate`` or ``daily_rate``); the shown text keeps the period.
    """

    def parse(text: str) -> tuple[Any, str]:
        if allow_empty and not text.strip():
            return None, ""
        rate: ParsedRate = parse_rate(text, default_period=default_period)  # type: ignore[arg-type]
        return rate, show_rate(rate.value)

    return parse


def count_parser(field_min: int, field_max: int, *, allow_empty: bool = False) -> Parser:
    """``"三十六个月"`` → ``(36, "36")``."""

    def parse(text: str) -> tuple[Any, str]:
        if allow_empty and not text.strip():
            return None, ""
        n = parse_int(text, field_min=field_min, field_max=field_max)
        return n, str(n)

    return parse


class ValidatedEdit(QWidget):
    """A line edit that parses on commit and shows its error right under itself.

    ``field_path`` is the plan path the value belongs to (``debts[0].principal``):
    the error sentence names that field. ``committed(value)`` fires with the
    parsed file value after Enter, Tab or focus-out, only when the text parses
    and differs from what was shown.
    """

    committed = Signal(object)

    def __init__(self, parser: Parser, field_path: str = "", *, right_align: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parser = parser
        self._field_path = field_path
        self._shown = ""
        self._own_error: Problem | None = None
        self._doc_error = ""
        self.edit = QLineEdit(self)
        if right_align:
            self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._commit)

    # -- API ------------------------------------------------------------------------------
    def set_field_path(self, path: str) -> None:
        self._field_path = path

    def set_text(self, text: str) -> None:
        """Show ``text`` (the document's value), dropping any half-typed input and its error."""
        self._shown = text
        self._own_error = None
        if self.edit.text() != text:
            self.edit.setText(text)
        self._refresh()

    def set_problem(self, text: str) -> None:
        """An error the document found for this field (``""`` clears it)."""
        self._doc_error = text
        self._refresh()

    def error_text(self) -> str:
        return self.message.text() if self.message.isVisible() or self.message.text() else ""

    def text(self) -> str:
        return self.edit.text()

    def retranslate(self) -> None:
        self._refresh()

    # -- internals -------------------------------------------------------------------------
    @Slot()
    def _commit(self) -> None:
        text = self.edit.text()
        if text == self._shown and self._own_error is None:
            return
        try:
            value, shown = self._parser(text)
        except CalcError as exc:
            self._own_error = exc.at(self._field_path).as_problem()
            self._refresh()
            return
        self._own_error = None
        self._shown = shown
        self.edit.setText(shown)
        self._refresh()
        self.committed.emit(value)

    def _refresh(self) -> None:
        text = problem_text(self._own_error) if self._own_error is not None else self._doc_error
        self.message.setText(("✗ " + text) if text else "")
        self.message.setVisible(bool(text))
        self.edit.setProperty("invalid", bool(text))
        self.edit.setStyleSheet("QLineEdit { border: 1px solid #b3261e; }" if text else "")
        self.edit.setToolTip(text)

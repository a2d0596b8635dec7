"""Typed readers for the fields of a plan file (contract v1), with problem codes.

:mod:`calc.plan` walks the JSON tree; this module reads one value at a time.
Every reader takes the raw JSON value (already ``json.loads``-ed), its field
path (``debts[2].annual_rate``) and a :class:`Report`; it returns the typed
value, or ``None`` after recording a :class:`~calc.errors.Problem`. Readers
never raise, whatever the value: wrong types, NaN/Infinity floats, bools where
numbers are expected, numbers with thousands of digits.

The plan file is strict (no ``1.2万``, no ``18%`` for a rate): free-text input
is :mod:`calc.parse`'s job, for the GUI.

Conventions shared by every reader (see ``shared/spec/plan-file.md``):

- JSON ``null`` for an optional field means "not given" (the default applies);
  for a required field it is ``field.required``.
- ``field.type`` carries ``{"expected": "string"|"number"|"integer"|"object"|
  "list"|"boolean"}``. Money and rates expect ``"string"`` (what the file
  stores) although JSON numbers are accepted too.
- Integers accept JSON ints and integral floats (``8.0``); never bools.
- Money: a decimal string (``"1234.5"``, ``"1234.50"``) or a finite JSON number
  (a float is read through ``repr``, so ``1234.5`` is exactly 1234.5). The value
  must be fen-exact (``"1.500"`` is fine, ``"1.505"`` is
  ``money.too_many_decimals``), within 0..100 000 000 yuan.
- Rates: a decimal fraction string (``"0.18"``) or a finite JSON number,
  non-negative; a ``%`` in the text is ``rate.format`` with ``hint: "fraction"``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from calc.errors import Problem, Severity
from calc.money import FEN, ZERO

E = TypeVar("E", bound=StrEnum)

#: Largest amount accepted anywhere in a plan (yuan): far above any personal debt,
#: low enough to catch a mistyped number.
MONEY_MAX = Decimal(100000000)
#: An annual rate above this (1000 %) is surely a typo or a percentage.
ANNUAL_RATE_MAX = Decimal(10)
#: A daily rate above this (1 % a day) is surely a typo or a percentage.
DAILY_RATE_MAX = Decimal("0.01")
#: The judicial-protection ceiling for private lending before 2020; costs above it
#: are worth a warning (``rate.above_36``). A daily rate is tested × 365, the
#: borrower-friendly day count (rules.md §1.2).
RATE_WARN = Decimal("0.36")
DAYS_PER_YEAR_TEST = 365
DATE_MIN = date(1990, 1, 1)
DATE_MAX = date(2100, 12, 31)

_DECIMAL_TEXT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_PERCENT_TEXT = re.compile(r"\s*(-?[0-9]+(?:\.[0-9]+)?)\s*%\s*")
_DATE_TEXT = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DATETIME_TEXT = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?"
)
_CARD_LAST4 = re.compile(r"[0-9]{4}")


class Report:
    """The problems found so far, in the order found."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def error(self, code: str, path: str, **params: Any) -> None:
        self.problems.append(Problem(code, path, params, Severity.ERROR))

    def warn(self, code: str, path: str, **params: Any) -> None:
        self.problems.append(Problem(code, path, params, Severity.WARNING))

    @property
    def error_count(self) -> int:
        return sum(1 for p in self.problems if p.severity is Severity.ERROR)


def key_path(path: str, key: object) -> str:
    """``key_path("debts[0]", "principal") == "debts[0].principal"``; root keys bare."""
    return f"{path}.{key}" if path else str(key)


def index_path(path: str, index: int) -> str:
    return f"{path}[{index}]"


def plain_decimal(value: Decimal) -> str:
    """A decimal as plain text without exponent or trailing zeros (``"0.18"``, ``"0"``)."""
    if value == 0:
        return "0"
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _decimal_places(value: Decimal) -> int:
    """Decimal places ``value`` really needs (``1.500`` → 1), exactly, for any size."""
    _, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    trailing = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing))


def _number(value: Any, path: str, report: Report, code: str) -> Decimal | None:
    """A decimal from strict text or a finite JSON number; ``code`` names the format error."""
    if isinstance(value, bool):
        report.error("field.type", path, expected="string")
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            report.error(code, path, value=repr(value))
            return None
        return Decimal(repr(value))
    if isinstance(value, str):
        if _DECIMAL_TEXT.fullmatch(value) is None:
            report.error(code, path, value=value)
            return None
        return Decimal(value)
    report.error("field.type", path, expected="string")
    return None


def _clean_zero(value: Decimal) -> Decimal:
    return Decimal(0) if value == 0 else value


# -- scalar readers -------------------------------------------------------------


def read_money(value: Any, path: str, report: Report) -> Decimal | None:
    """Money in yuan, quantized to the fen (see the module docstring for the rules)."""
    amount = _number(value, path, report, "money.format")
    if amount is None:
        return None
    if amount < 0:
        report.error("money.negative", path, value=plain_decimal(amount))
        return None
    if amount > MONEY_MAX:
        report.error("money.too_large", path, max=f"{MONEY_MAX}.00")
        return None
    if _decimal_places(amount) > 2:
        report.error("money.too_many_decimals", path, max_places=2, value=plain_decimal(amount))
        return None
    return ZERO if amount == 0 else amount.quantize(FEN)


def read_rate(value: Any, path: str, report: Report, *, daily: bool = False) -> Decimal | None:
    """A rate fraction (annual unless ``daily``), exact as written.

    Errors: ``rate.format``, ``rate.negative``, ``rate.too_large`` (annual > 10,
    daily > 0.01). Warning: ``rate.above_36`` (annual, or daily × 365, above 0.36).
    """
    if isinstance(value, str) and "%" in value:
        params: dict[str, Any] = {"value": value, "hint": "fraction"}
        match = _PERCENT_TEXT.fullmatch(value)
        if match is not None:
            params["suggestion"] = plain_decimal(_percent_to_fraction(Decimal(match.group(1))))
        report.error("rate.format", path, **params)
        return None
    rate = _number(value, path, report, "rate.format")
    if rate is None:
        return None
    if rate < 0:
        report.error("rate.negative", path, value=plain_decimal(rate))
        return None
    limit = DAILY_RATE_MAX if daily else ANNUAL_RATE_MAX
    if rate > limit:
        report.error("rate.too_large", path, max=plain_decimal(limit), value=plain_decimal(rate))
        return None
    yearly = rate * DAYS_PER_YEAR_TEST if daily else rate
    if yearly > RATE_WARN:
        params = {"value": plain_decimal(rate), "threshold": plain_decimal(RATE_WARN)}
        if daily:
            params["annual"] = plain_decimal(yearly)
        report.warn("rate.above_36", path, **params)
    return _clean_zero(rate)


def _percent_to_fraction(percent: Decimal) -> Decimal:
    """``24`` → ``0.24`` exactly (no context rounding, whatever the size)."""
    sign, digits, exponent = percent.as_tuple()
    assert isinstance(exponent, int)
    return Decimal((sign, digits, exponent - 2))


def read_percent_literal(text: str) -> Decimal | None:
    """``"24%"`` / ``"15.4%"`` → the fraction, or ``None`` when ``text`` is not one."""
    match = _PERCENT_TEXT.fullmatch(text)
    if match is None or match.group(1).startswith("-"):
        return None
    return _clean_zero(_percent_to_fraction(Decimal(match.group(1))))


def read_decimal(
    value: Any, path: str, report: Report, *, lo: Decimal, hi: Decimal
) -> Decimal | None:
    """A plain decimal within ``lo..hi`` (``number.format``, ``number.range``)."""
    number = _number(value, path, report, "number.format")
    if number is None:
        return None
    if not lo <= number <= hi:
        report.error(
            "number.range",
            path,
            min=plain_decimal(lo),
            max=plain_decimal(hi),
            value=plain_decimal(number),
        )
        return None
    return number


def read_int(value: Any, path: str, report: Report, *, lo: int, hi: int) -> int | None:
    """An integer within ``lo..hi`` (``field.type``, ``int.range``)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        report.error("field.type", path, expected="integer")
        return None
    if isinstance(value, float):
        if not value.is_integer():
            report.error("field.type", path, expected="integer")
            return None
        value = int(value)
    if not lo <= value <= hi:
        params: dict[str, Any] = {"min": lo, "max": hi}
        if abs(value) < 10**15:  # huge ints cannot even be printed (int max str digits)
            params["value"] = value
        report.error("int.range", path, **params)
        return None
    return value


def read_int_choice(value: Any, path: str, report: Report, allowed: tuple[int, ...]) -> int | None:
    """One of the integers ``allowed`` (``field.type``, ``enum.invalid``)."""
    number = read_int(value, path, report, lo=-(10**100), hi=10**100)
    if number is None:
        return None
    if number not in allowed:
        params: dict[str, Any] = {"allowed": list(allowed)}
        if abs(number) < 10**15:
            params["value"] = number
        report.error("enum.invalid", path, **params)
        return None
    return number


def read_bool(value: Any, path: str, report: Report) -> bool | None:
    if not isinstance(value, bool):
        report.error("field.type", path, expected="boolean")
        return None
    return value


def read_str(value: Any, path: str, report: Report) -> str | None:
    if not isinstance(value, str):
        report.error("field.type", path, expected="string")
        return None
    return value


def read_enum(value: Any, path: str, report: Report, kind: type[E]) -> E | None:
    """One of ``kind``'s values (``field.type``, ``enum.invalid`` with ``allowed``)."""
    if not isinstance(value, str):
        report.error("field.type", path, expected="string")
        return None
    try:
        return kind(value)
    except ValueError:
        report.error("enum.invalid", path, allowed=[k.value for k in kind], value=value)
        return None


def _check_year(day: date, text: str, path: str, report: Report) -> bool:
    if DATE_MIN <= day <= DATE_MAX:
        return True
    report.error(
        "date.out_of_range", path, min=DATE_MIN.isoformat(), max=DATE_MAX.isoformat(), value=text
    )
    return False


def read_date(value: Any, path: str, report: Report) -> date | None:
    """A strict ISO ``YYYY-MM-DD`` real date in 1990..2100."""
    if not isinstance(value, str):
        report.error("field.type", path, expected="string")
        return None
    match = _DATE_TEXT.fullmatch(value)
    try:
        if match is None:
            raise ValueError(value)
        day = date(*(int(g) for g in match.groups()))
    except ValueError:
        report.error("date.invalid", path, value=value, format="YYYY-MM-DD")
        return None
    return day if _check_year(day, value, path, report) else None


def read_datetime(value: Any, path: str, report: Report) -> datetime | None:
    """A naive local ``YYYY-MM-DDTHH:MM[:SS]`` in 1990..2100."""
    if not isinstance(value, str):
        report.error("field.type", path, expected="string")
        return None
    match = _DATETIME_TEXT.fullmatch(value)
    try:
        if match is None:
            raise ValueError(value)
        moment = datetime(*(int(g) for g in match.groups() if g is not None))
    except ValueError:
        report.error("datetime.invalid", path, value=value, format="YYYY-MM-DDTHH:MM[:SS]")
        return None
    return moment if _check_year(moment.date(), value, path, report) else None


def format_datetime(moment: datetime) -> str:
    """``2026-11-20T23:15`` (seconds only when not zero)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S" if moment.second else "%Y-%m-%dT%H:%M")


# -- objects and lists ----------------------------------------------------------


class Fields:
    """One JSON object being read: its mapping, its path and the shared report.

    Every getter returns ``None`` when the key is absent or ``null`` (after a
    ``field.required`` when ``required``) or when the value is invalid (after
    recording the problem).
    """

    def __init__(self, data: dict[Any, Any], path: str, report: Report) -> None:
        self.data = data
        self.path = path
        self.report = report

    def at(self, key: str) -> str:
        return key_path(self.path, key)

    def raw(self, key: str, *, required: bool = False) -> Any:
        value = self.data.get(key)
        if value is None and required:
            self.report.error("field.required", self.at(key))
        return value

    def given(self, key: str) -> bool:
        return self.data.get(key) is not None

    def extra(self, known: Iterable[str]) -> dict[Any, Any]:
        """The keys this version does not know, kept verbatim for saving.

        A NaN or infinite number inside one is ``field.format``: JSON cannot hold
        it, so the plan could not be saved back as it was read.
        """
        names = set(known)
        out = {k: v for k, v in self.data.items() if k not in names}
        for key, value in out.items():
            if not _finite_json(value):
                self.report.error("field.format", self.at(str(key)))
        return out

    def string(self, key: str, *, required: bool = False, nonempty: bool = False) -> str | None:
        value = self.raw(key, required=required)
        if value is None:
            return None
        text = read_str(value, self.at(key), self.report)
        if text is not None and nonempty and not text.strip():
            self.report.error("field.empty", self.at(key))
            return None
        return text

    def money(self, key: str, *, required: bool = False) -> Decimal | None:
        value = self.raw(key, required=required)
        return None if value is None else read_money(value, self.at(key), self.report)

    def rate(self, key: str, *, daily: bool = False) -> Decimal | None:
        value = self.raw(key)
        return None if value is None else read_rate(value, self.at(key), self.report, daily=daily)

    def integer(self, key: str, lo: int, hi: int, *, required: bool = False) -> int | None:
        value = self.raw(key, required=required)
        return None if value is None else read_int(value, self.at(key), self.report, lo=lo, hi=hi)

    def decimal(self, key: str, lo: Decimal, hi: Decimal) -> Decimal | None:
        value = self.raw(key)
        if value is None:
            return None
        return read_decimal(value, self.at(key), self.report, lo=lo, hi=hi)

    def boolean(self, key: str) -> bool | None:
        value = self.raw(key)
        return None if value is None else read_bool(value, self.at(key), self.report)

    def day(self, key: str, *, required: bool = False) -> date | None:
        value = self.raw(key, required=required)
        return None if value is None else read_date(value, self.at(key), self.report)

    def moment(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.raw(key, required=required)
        return None if value is None else read_datetime(value, self.at(key), self.report)

    def choice(self, key: str, kind: type[E]) -> E | None:
        value = self.raw(key)
        return None if value is None else read_enum(value, self.at(key), self.report, kind)

    def obj(self, key: str) -> Fields | None:
        """The nested object ``key`` (``field.type`` when it is not an object)."""
        value = self.raw(key)
        if value is None:
            return None
        return as_fields(value, self.at(key), self.report)

    def items(self, key: str, *, required: bool = False) -> list[tuple[str, Any]] | None:
        """``(path, value)`` for each element of the list ``key``."""
        value = self.raw(key, required=required)
        if value is None:
            return None
        return list_items(value, self.at(key), self.report)

    def objects(self, key: str) -> Iterator[Fields]:
        """Each element of the list ``key`` that is an object (others: ``field.type``)."""
        for path, value in self.items(key) or ():
            fields = as_fields(value, path, self.report)
            if fields is not None:
                yield fields

    def strings(self, key: str) -> tuple[str, ...] | None:
        found = [read_str(v, p, self.report) for p, v in self.items(key) or ()]
        return tuple(s for s in found if s is not None) if self.given(key) else None

    def choices(self, key: str, kind: type[E]) -> tuple[E, ...] | None:
        found = [read_enum(v, p, self.report, kind) for p, v in self.items(key) or ()]
        return tuple(c for c in found if c is not None) if self.given(key) else None


def as_fields(value: Any, path: str, report: Report) -> Fields | None:
    if not isinstance(value, dict):
        report.error("field.type", path, expected="object")
        return None
    return Fields(value, path, report)


def list_items(value: Any, path: str, report: Report) -> list[tuple[str, Any]] | None:
    if not isinstance(value, list):
        report.error("field.type", path, expected="list")
        return None
    return [(index_path(path, i), item) for i, item in enumerate(value)]


def check_card_last4(text: str, path: str, report: Report) -> str | None:
    """Four ASCII digits, or empty (not given)."""
    if text and _CARD_LAST4.fullmatch(text) is None:
        report.error("field.format", path, pattern="NNNN", value=text)
        return None
    return text


def _finite_json(value: Any) -> bool:
    """No NaN or infinity anywhere inside ``value`` (JSON has no such numbers)."""
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(_finite_json(v) for v in value.values())
    if isinstance(value, list | tuple):
        return all(_finite_json(v) for v in value)
    return True

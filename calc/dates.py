"""Anchored monthly due dates (dateutil ``relativedelta``).

Due date *k* (k = 0, 1, …) is ``anchor + relativedelta(months=k)``, always
computed from the anchor, never by stepping from the previous date — stepping
drifts (01-31 → 02-29 → 03-29); anchoring gives 01-31 → 02-29 → 03-31.
``rrule(MONTHLY)`` is not used: it skips months without the anchor's day.

>>> [str(due_date(date(2024, 1, 31), k)) for k in range(3)]
['2024-01-31', '2024-02-29', '2024-03-31']
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date

from dateutil.relativedelta import relativedelta


def due_date(anchor: date, k: int) -> date:
    """The k-th monthly date from ``anchor`` (k = 0 is the anchor itself)."""
    return anchor + relativedelta(months=k)


def due_dates(anchor: date, count: int) -> tuple[date, ...]:
    """``count`` anchored monthly dates starting at ``anchor``.

    Same dates as ``due_date(anchor, k)`` for k < count (a test checks every anchor
    day over several years), computed with ``calendar.monthrange`` because the
    scenario engines need hundreds per plan and ``relativedelta`` costs ~5 µs each:
    the anchor's day, or the month's last day when the month is shorter.
    """
    out = []
    y, m, d = anchor.year, anchor.month, anchor.day
    for k in range(count):
        yy, mm = divmod(m - 1 + k, 12)
        yy += y
        mm += 1
        out.append(date(yy, mm, min(d, monthrange(yy, mm)[1])))
    return tuple(out)


def months_after(start: date, months: int) -> date:
    """``start`` plus ``months`` calendar months (month-end safe)."""
    return start + relativedelta(months=months)


def count_due_on_or_before(anchor: date, end: date) -> int:
    """How many of the dates ``anchor + k months`` (k ≥ 0) fall on or before ``end``.

    >>> count_due_on_or_before(date(2026, 8, 10), date(2026, 11, 24))
    4
    >>> count_due_on_or_before(date(2026, 8, 10), date(2026, 8, 9))
    0
    """
    if end < anchor:
        return 0
    k = (end.year - anchor.year) * 12 + (end.month - anchor.month)
    while k >= 0 and due_date(anchor, k) > end:
        k -= 1
    return k + 1


def next_due_after(anchor: date, after: date) -> date:
    """The first date ``anchor + k months`` (k ≥ 0) strictly after ``after``."""
    return due_date(anchor, count_due_on_or_before(anchor, after))


def days_between(start: date, end: date) -> int:
    """Actual days from ``start`` to ``end`` (negative if ``end`` is earlier)."""
    return (end - start).days


def months_spanned(start: date, end: date) -> int:
    """Whole months needed to reach ``end`` from ``start`` (ceiling; 0 if end ≤ start).

    >>> months_spanned(date(2026, 11, 24), date(2027, 11, 24))
    12
    >>> months_spanned(date(2026, 11, 24), date(2027, 11, 25))
    13
    """
    if end <= start:
        return 0
    k = (end.year - start.year) * 12 + (end.month - start.month)
    if months_after(start, k) < end:
        k += 1
    while k > 0 and months_after(start, k - 1) >= end:
        k -= 1
    return k

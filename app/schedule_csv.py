"""Repayment schedules as CSV files that Excel on Chinese Windows opens correctly (no Qt).

The caller passes plain tables: a list of header strings (already in the
user's language) and rows of plain values. Cells are written as:

- money (``Decimal``) as a plain decimal string with two places and no
  thousands separators (``Decimal("1478.36")`` → ``1478.36``), so a
  spreadsheet reads it as a number;
- dates as ISO ``YYYY-MM-DD``; integers as digits; ``None`` as an empty cell;
- text as is, except that text starting with ``=``, ``+``, ``-``, ``@`` (or a
  tab / carriage return) gets a leading ``'``: a creditor name typed by the
  user must never run as a spreadsheet formula.

The bytes are UTF-8 with a byte-order mark (without it Excel on a Chinese
Windows reads the file as GBK and shows mojibake) and CRLF line ends
(RFC 4180). :func:`write_schedule_csv` writes them atomically with
:func:`app.storage.write_atomic` (readable by the owner only: a schedule shows
debts and creditors).

>>> from datetime import date
>>> from decimal import Decimal
>>> data = schedule_csv_bytes(["日期", "还款额"], [[date(2027, 3, 24), Decimal("1478.36")]])
>>> data[:3] == BOM.encode("utf-8"), data[3:].decode("utf-8")
(True, '日期,还款额\\r\\n2027-03-24,1478.36\\r\\n')
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.storage import write_atomic

__all__ = ["BOM", "csv_cell", "schedule_csv_bytes", "schedule_csv_text", "write_schedule_csv"]

BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """One cell's text (see the module doc).

    >>> csv_cell(Decimal("12345.6")), csv_cell(date(2027, 3, 24)), csv_cell(None), csv_cell(3)
    ('12345.60', '2027-03-24', '', '3')
    >>> csv_cell("=HYPERLINK(1)"), csv_cell(Decimal("-5"))
    ("'=HYPERLINK(1)", '-5.00')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        raise TypeError("a schedule cell is never a bool")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"not a finite amount: {value}")
        return f"{value:.2f}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_START) else value
    raise TypeError(f"unsupported schedule cell: {type(value).__name__}")


def schedule_csv_text(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The CSV text (BOM first, CRLF line ends) of ``headers`` and ``rows``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([csv_cell(h) for h in headers])
    for row in rows:
        writer.writerow([csv_cell(c) for c in row])
    return BOM + out.getvalue()


def schedule_csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """:func:`schedule_csv_text` encoded as UTF-8 (the BOM becomes ``EF BB BF``)."""
    return schedule_csv_text(headers, rows).encode("utf-8")


def write_schedule_csv(
    path: str | os.PathLike[str], headers: Sequence[str], rows: Iterable[Sequence[object]]
) -> Path:
    """Write the table to ``path`` atomically (mode 0600, no ``.bak``); return the path written.

    Raises ``OSError`` when the folder cannot be written (the caller tells the user).
    """
    return write_atomic(path, schedule_csv_bytes(headers, rows), backup=False)

"""app.schedule_csv: schedules as CSV for Excel on Chinese Windows (BOM, plain amounts, 0600)."""

from __future__ import annotations

import csv
import io
import os
import stat
from datetime import date
from decimal import Decimal

import pytest

from app.schedule_csv import BOM, csv_cell, schedule_csv_bytes, write_schedule_csv

HEADERS = ["期数", "日期", "还款额", "债权人"]
ROWS = [
    [1, date(2027, 3, 24), Decimal("1478.36"), "重庆美团三快小额贷款有限公司"],
    [2, date(2027, 4, 24), Decimal("12345.6"), "招商银行, 信用卡中心"],
    ["合计", None, Decimal("13823.96"), None],
]


def read_back(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_bytes_start_with_bom_and_read_back_as_plain_values() -> None:
    data = schedule_csv_bytes(HEADERS, ROWS)
    assert data.startswith(b"\xef\xbb\xbf")
    assert read_back(data) == [
        HEADERS,
        ["1", "2027-03-24", "1478.36", "重庆美团三快小额贷款有限公司"],
        ["2", "2027-04-24", "12345.60", "招商银行, 信用卡中心"],
        ["合计", "", "13823.96", ""],
    ]


def test_line_ends_are_crlf_and_commas_are_quoted() -> None:
    text = schedule_csv_bytes(HEADERS, ROWS).decode("utf-8")
    assert text.startswith(BOM + "期数,日期,还款额,债权人\r\n")
    assert '"招商银行, 信用卡中心"' in text
    assert text.count("\r\n") == 4 and "\n" not in text.replace("\r\n", "")


def test_money_has_no_thousands_separator_and_two_places() -> None:
    assert csv_cell(Decimal("1234567.8")) == "1234567.80"
    assert csv_cell(Decimal(0)) == "0.00"
    assert csv_cell(Decimal("-12.5")) == "-12.50"  # numbers are never escaped as formulas


@pytest.mark.parametrize("text", ["=1+2", "+86 138", "-借款", "@SUM(A1)", "\t=x"])
def test_text_that_a_spreadsheet_would_run_is_escaped(text: str) -> None:
    assert csv_cell(text) == "'" + text


def test_float_and_non_finite_amounts_are_refused() -> None:
    with pytest.raises(TypeError):
        csv_cell(1478.36)
    with pytest.raises(ValueError):
        csv_cell(Decimal("NaN"))


def test_write_is_private_complete_and_leaves_no_backup(tmp_path) -> None:
    target = tmp_path / "我的方案-还款计划.csv"
    target.write_text("old", encoding="utf-8")
    written = write_schedule_csv(target, HEADERS, ROWS)
    assert written == target.resolve()
    assert target.read_bytes() == schedule_csv_bytes(HEADERS, ROWS)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no .bak, no temp file


def test_write_to_a_missing_folder_raises_oserror_and_creates_nothing(tmp_path) -> None:
    with pytest.raises(OSError):
        write_schedule_csv(tmp_path / "no-such-folder" / "x.csv", HEADERS, ROWS)
    assert list(tmp_path.iterdir()) == []

"""Schedules: golden values from numpy-financial, month-end dates, invariants."""

import itertools
from datetime import date
from decimal import Decimal as D

import numpy_financial as npf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calc.dates import count_due_on_or_before, due_date, due_dates, months_spanned, next_due_after
from calc.errors import CalcError
from calc.model import Method
from calc.money import round_fen
from calc.schedule import amortize, level_payment

JAN31 = date(2024, 1, 31)


@pytest.mark.parametrize(
    "principal, annual, n",
    [("10000", "0.18", 12), ("35000", "0.0", 24), ("8600", "0.144", 36), ("120000", "0.0435", 60),
     ("1000", "0.36", 3), ("50000", "0.0735", 1)],
)
def test_level_payment_matches_numpy_financial(principal, annual, n):
    # oracle: numpy_financial.pmt (independent implementation)
    expected = -npf.pmt(float(annual) / 12, n, float(principal))
    assert abs(float(level_payment(D(principal), D(annual) / 12, n)) - expected) < 1e-6
    rows = amortize(D(principal), n, D(annual), Method.EQUAL_INSTALLMENT, JAN31)
    assert rows[0].payment == round_fen(D(repr(float(expected))))


def test_equal_installment_interest_matches_ipmt():
    # oracle: numpy_financial.ipmt per period on 10,000 at 18 % over 12 months
    rows = amortize(D(10000), 12, D("0.18"), Method.EQUAL_INSTALLMENT, JAN31)
    for k, row in enumerate(rows[:-1], start=1):
        assert abs(float(row.interest) + npf.ipmt(0.015, k, 12, 10000)) < 0.02


def test_equal_principal_first_and_last():
    # hand computation: 12,000 over 12 months at 12 %: principal 1,000 each; first interest
    # 12,000 × 1 % = 120 → 1,120; last interest 1,000 × 1 % = 10 → 1,010
    rows = amortize(D(12000), 12, D("0.12"), Method.EQUAL_PRINCIPAL, JAN31)
    assert rows[0].payment == D("1120.00") and rows[-1].payment == D("1010.00")
    assert all(r.principal == D("1000.00") for r in rows)


def test_interest_first_and_bullet():
    rows = amortize(D(20000), 6, D("0.12"), Method.INTEREST_FIRST, JAN31)
    assert [r.payment for r in rows] == [D("200.00")] * 5 + [D("20200.00")]
    (row,) = amortize(D(20000), 6, D("0.12"), Method.BULLET, JAN31)
    # 到期一次还本付息: simple interest 20,000 × 1 % × 6 = 1,200, due on period 6
    assert row.payment == D("21200.00") and row.date == date(2024, 6, 30)


def test_month_end_dates_are_anchored():
    # Jan 31 → Feb 29 (leap) → Mar 31 → Apr 30, never drifting to the 29th
    assert due_dates(JAN31, 4) == (date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 30))
    assert due_dates(date(2025, 1, 31), 2)[1] == date(2025, 2, 28)
    rows = amortize(D(1200), 13, D(0), Method.EQUAL_INSTALLMENT, JAN31)
    assert rows[12].date == date(2025, 1, 31)


def test_fast_due_dates_equal_relativedelta():
    # due_dates (calendar.monthrange) must give exactly dateutil's relativedelta dates
    for year in (2023, 2024):
        for month in range(1, 13):
            for day in (1, 15, 28, 29, 30, 31):
                try:
                    anchor = date(year, month, day)
                except ValueError:
                    continue
                assert due_dates(anchor, 40) == tuple(due_date(anchor, k) for k in range(40))


def test_date_helpers():
    assert count_due_on_or_before(date(2026, 7, 20), date(2026, 11, 24)) == 5
    assert count_due_on_or_before(date(2026, 1, 31), date(2026, 2, 28)) == 2
    assert next_due_after(date(2026, 1, 31), date(2026, 2, 28)) == date(2026, 3, 31)
    assert months_spanned(date(2026, 11, 24), date(2028, 11, 24)) == 24
    assert months_spanned(date(2026, 1, 31), date(2026, 2, 28)) == 1


def test_fee_on_original_principal():
    # card 账单分期: 10,000 over 12 at 0.60 %/month fee on the original principal → 893.33
    # (rules.md §4 flat-fee table)
    rows = amortize(D(10000), 12, D(0), Method.EQUAL_INSTALLMENT, JAN31, monthly_fee_rate=D("0.006"))
    assert rows[0].payment == D("893.33") and all(r.fees == D("60.00") for r in rows)
    assert sum(r.principal for r in rows) == D("10000.00")


def test_bad_term_and_zero_principal():
    with pytest.raises(CalcError) as e:
        amortize(D(100), 0, D("0.1"), Method.EQUAL_INSTALLMENT, JAN31)
    assert e.value.code == "schedule.term"
    assert amortize(D(0), 5, D("0.1"), Method.EQUAL_INSTALLMENT, JAN31) == ()


money = st.integers(min_value=1, max_value=100_000_000).map(lambda f: D(f) / 100)
rates = st.integers(min_value=0, max_value=3600).map(lambda bp: D(bp) / 10000)


@given(money, st.integers(1, 72), rates, st.sampled_from(list(Method)), st.integers(0, 300).map(lambda b: D(b) / 100000))
def test_schedule_invariants(principal, n, annual, method, fee):
    rows = amortize(principal, n, annual, method, JAN31, monthly_fee_rate=fee)
    # sums to the fen: principal repaid exactly; payments = principal + interest + fees
    assert sum(r.principal for r in rows) == principal
    assert sum(r.payment for r in rows) == principal + sum(r.interest + r.fees for r in rows)
    assert all(r.payment == r.principal + r.interest + r.fees for r in rows)
    # balances never negative and never rise
    balances = [principal] + [r.balance for r in rows]
    assert all(b >= 0 for b in balances)
    assert all(b2 <= b1 for b1, b2 in itertools.pairwise(balances))
    assert rows[-1].balance == 0
    assert all(r.payment.as_tuple().exponent == -2 for r in rows)

"""Tests for calc.apr (APR by the IRR method, PBoC 公告〔2021〕第3号).

Where expected values come from:
* "rules.md §4" — the test-vector tables of ``shared/domain/rules.md`` §4
  (the PBoC worked example as reported there, the 等额本息 and daily-rate
  lines, the flat-fee table).
* "numpy_financial" — ``numpy_financial.irr`` / ``numpy_financial.rate``,
  an independent implementation (polynomial roots / Newton) used as oracle.
* "closed form" — an equation solvable by hand, e.g. one payment C after one
  period: ``r = C/N − 1``.
* "Decimal residual" — the defining equation evaluated in 40-digit Decimal.

Two facts about rules.md found while writing these tests:
* Its 4-decimal PBoC figures (12.8045 %, 13.5834 %) are those of the exact
  payment 100,000/12 + 500 = 8,833.333…; the fen-rounded 8,833.33 gives
  12.8044 % / 13.5833 % (numpy_financial agrees). Both give 12.80 % / 13.58 %.
* The flat-fee table's IRR / 单利 / 复利 columns are computed from the exact
  payment ``10,000/n + fee``, not the fen-rounded payment it displays (with
  3,393.33 the 复利 is 11.31 %, not 11.32 %).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, localcontext

import numpy_financial as npf
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import assume, given
from hypothesis import strategies as st

from calc.apr import AprResult, apr_bullet, apr_dated, apr_level, apr_regular, periodic_irr
from calc.errors import CalcError
from calc.money import money, split_by_weights

D = Decimal
START = date(2026, 1, 15)


def pct(rate: Decimal, places: int) -> Decimal:
    """A rate fraction as percent rounded half-up to ``places`` decimals."""
    return (rate * 100).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def residual(received: Decimal, payments: list[Decimal], r: float) -> Decimal:
    """Decimal residual Σ C_k (1+r)^-k − N of the defining equation."""
    with localcontext() as ctx:
        ctx.prec = 40
        v = 1 / (1 + D(r))
        return sum((c * v**k for k, c in enumerate(payments, start=1)), D(0)) - received


def npf_irr(received: Decimal, payments: list[Decimal]) -> float:
    return float(npf.irr([-float(received)] + [float(c) for c in payments]))


# --- rules.md §4 test vectors -------------------------------------------------

PBOC_EXACT_PAYMENT = D(100000) / 12 + 500  # 8,833.333…


def test_pboc_example_exact_payment_matches_rules_md_to_4_places() -> None:
    # rules.md §4 "PBoC example": N = 99,000, 12 × (100,000/12 + 500).
    res = apr_level(D("99000"), PBOC_EXACT_PAYMENT, 12)
    assert pct(res.periodic_irr, 5) == D("1.06704")
    assert pct(res.apr_simple, 4) == D("12.8045")
    assert pct(res.apr_compound, 4) == D("13.5834")
    assert pct(res.apr_simple, 2) == D("12.80")
    assert pct(res.apr_compound, 2) == D("13.58")


def test_pboc_example_fen_payment() -> None:
    # rules.md §4: IRR 1.06704 %, 12.80 % / 13.58 % for 12 × 8,833.33.
    payments = [D("8833.33")] * 12
    res = apr_regular(D("99000"), payments)
    assert pct(res.periodic_irr, 5) == D("1.06704")
    assert pct(res.apr_simple, 2) == D("12.80")
    assert pct(res.apr_compound, 2) == D("13.58")
    # 4 places from numpy_financial.irr (12.80445 %, 13.58328 %), see module doc.
    oracle = npf_irr(D("99000"), payments)
    assert pct(res.apr_simple, 4) == D("12.8044") == pct(D(12 * oracle), 4)
    assert pct(res.apr_compound, 4) == D("13.5833") == pct(D((1 + oracle) ** 12 - 1), 4)


def test_pboc_example_8833_3() -> None:
    # rules.md §4 "12.8038 with 8,833.3", "13.5826".
    res = apr_level(D("99000"), D("8833.3"), 12)
    assert pct(res.apr_simple, 4) == D("12.8038")
    assert pct(res.apr_compound, 4) == D("13.5826")


def test_equal_installment_18_percent_without_fee() -> None:
    # rules.md §4 "等额本息, no fee, 18 % nominal": 1.5 %, 18.00 %, 19.56 %.
    with localcontext() as ctx:
        ctx.prec = 40
        exact_payment = D(10000) * D("0.015") / (1 - D("1.015") ** -12)
        compound = D("1.015") ** 12 - 1  # closed form
    res = apr_level(D("10000"), exact_payment, 12)
    assert res.periodic_irr == D("0.0150000000")
    assert res.apr_simple == D("0.1800000000")
    assert res.apr_compound == compound.quantize(D("1E-10"), rounding=ROUND_HALF_UP)
    # The fen-rounded payment (916.80) still shows 18.00 % / 19.56 %.
    shown = apr_level(D("10000"), money(exact_payment), 12)
    assert money(exact_payment) == D("916.80")
    assert (pct(shown.apr_simple, 2), pct(shown.apr_compound, 2)) == (D("18.00"), D("19.56"))


# rules.md §4 flat-fee table: fee on the original 10,000 each month.
FLAT_FEE_TABLE = [
    # fee/month, n, payment, IRR/month %, 单利 %, 复利 %
    ("0.0060", 3, "3393.33", "0.89733", "10.77", "11.32"),
    ("0.0060", 6, "1726.67", "1.01995", "12.24", "12.95"),
    ("0.0060", 12, "893.33", "1.08619", "13.03", "13.84"),
    ("0.0075", 24, "491.67", "1.36879", "16.43", "17.72"),
    ("0.0075", 36, "352.78", "1.35369", "16.24", "17.51"),
    ("0.0075", 60, "241.67", "1.30955", "15.71", "16.90"),
]


@pytest.mark.parametrize(("fee", "n", "payment", "irr", "simple", "compound"), FLAT_FEE_TABLE)
def test_flat_fee_table(
    fee: str, n: int, payment: str, irr: str, simple: str, compound: str
) -> None:
    principal = D(10000)
    exact_payment = principal / n + principal * D(fee)
    assert money(exact_payment) == D(payment)
    res = apr_level(principal, exact_payment, n)
    assert pct(res.periodic_irr, 5) == D(irr)
    assert pct(res.apr_simple, 2) == D(simple)
    assert pct(res.apr_compound, 2) == D(compound)


@pytest.mark.parametrize(("fee", "n", "payment", "irr", "simple", "compound"), FLAT_FEE_TABLE)
def test_flat_fee_table_with_displayed_payment(
    fee: str, n: int, payment: str, irr: str, simple: str, compound: str
) -> None:
    # numpy_financial for the fen-rounded payment; within 0.01 pt of the table.
    payments = [D(payment)] * n
    res = apr_regular(D(10000), payments)
    oracle = npf_irr(D(10000), payments)
    assert float(res.periodic_irr) == pytest.approx(oracle, abs=1e-10)
    assert abs(res.apr_simple * 100 - D(simple)) < D("0.01")
    assert abs(res.apr_compound * 100 - D(compound)) < D("0.01")


def test_daily_rate_line() -> None:
    # rules.md §4 "Daily rate, 0.05 %/day": 18.00 % (×360), 18.25 % (×365),
    # compound (1.0005)^365 − 1 = 20.02 %. One day at 0.05 % on 1,000.
    flows = [(START + timedelta(days=1), D("1000.50"))]
    res = apr_dated(D("1000"), START, flows)
    with localcontext() as ctx:
        ctx.prec = 40
        compound = D("1.0005") ** 365 - 1
    assert res.periodic_irr == D("0.0005")
    assert res.apr_simple == D("0.1825")
    assert res.apr_compound == compound.quantize(D("1E-10"), rounding=ROUND_HALF_UP)
    assert pct(res.apr_compound, 2) == D("20.02")
    res360 = apr_dated(D("1000"), START, flows, day_basis=360)
    assert res360.apr_simple == D("0.18")


def test_results_are_quantized_to_1e_10() -> None:
    res = apr_level(D("99000"), D("8833.33"), 12)
    assert isinstance(res, AprResult)
    for value in (res.periodic_irr, res.apr_simple, res.apr_compound):
        assert value.as_tuple().exponent == -10
    with pytest.raises(AttributeError):
        res.apr_simple = D(0)  # type: ignore[misc]


# --- numpy_financial as oracle ------------------------------------------------


@st.composite
def loans(draw: st.DrawFn) -> tuple[Decimal, list[Decimal]]:
    """received 100..1e6; 1..60 payments (zeros allowed) summing to more."""
    received = D(draw(st.integers(10_000, 100_000_000))) / 100
    n = draw(st.integers(1, 60))
    weights = draw(st.lists(st.integers(0, 100), min_size=n, max_size=n).filter(any))
    markup = D(draw(st.integers(1, 20_000))) / 10_000  # total = received × (1 + markup)
    payments = split_by_weights(received * (1 + markup), [D(w) for w in weights])
    return received, payments


@given(loans())
def test_periodic_irr_matches_numpy_financial_irr(loan: tuple[Decimal, list[Decimal]]) -> None:
    received, payments = loan
    assert sum(payments) > received
    r = periodic_irr(received, payments)
    assert r > 0
    assert r == pytest.approx(npf_irr(received, payments), rel=1e-7, abs=1e-10)
    assert abs(residual(received, payments, r)) <= received * D("1E-12")


@given(
    st.integers(10_000, 100_000_000),
    st.integers(1, 60),
    st.integers(1, 20_000),
)
def test_apr_level_matches_numpy_financial_rate(fen: int, months: int, markup: int) -> None:
    received = D(fen) / 100
    payment = money(received * (1 + D(markup) / 10_000) / months)
    assume(payment * months > received)
    oracle = float(npf.rate(months, float(payment), -float(received), 0.0, tol=1e-14, maxiter=500))
    # npf.rate's Newton (guess 0.1) can miss or land on a root below −100 %
    # (the annuity polynomial has one there for even n at large rates).
    assume(math.isfinite(oracle) and oracle > -1)
    res = apr_level(received, payment, months)
    assert float(res.periodic_irr) == pytest.approx(oracle, abs=2e-10)
    assert float(res.apr_simple) == pytest.approx(12 * oracle, abs=2e-9)


def test_deferral_zeros_and_irregular_payments() -> None:
    # numpy_financial: 3 deferral months, then irregular amounts, a zero inside.
    payments = [D(0)] * 3 + [D("2500"), D("0"), D("3000.10"), D("4100"), D("1.01")]
    r = periodic_irr(D("9000"), payments)
    assert r == pytest.approx(npf_irr(D("9000"), payments), rel=1e-9)


def test_sum_equal_to_received_is_exactly_zero() -> None:
    assert periodic_irr(D("300"), [D(0), D("100"), D("200")]) == 0.0
    res = apr_level(D("1200"), D("100"), 12)
    assert res == AprResult(D(0), D(0), D(0))


def test_sum_below_received_gives_negative_rate() -> None:
    # numpy_financial; rules.md §4 "allow negative rates".
    payments = [D("950")] * 10
    res = apr_regular(D("10000"), payments)
    assert res.periodic_irr < 0 and res.apr_simple < 0 and res.apr_compound < 0
    assert float(res.periodic_irr) == pytest.approx(npf_irr(D("10000"), payments), abs=1e-10)


@pytest.mark.parametrize("ratio", ["0.000001", "0.01", "0.5", "2", "11", "10000", "100000000"])
def test_single_payment_closed_form_far_outside_initial_bracket(ratio: str) -> None:
    # closed form: N = C/(1+r) → r = C/N − 1 (bracket widening towards −1 and +∞).
    received = D("1000")
    r = periodic_irr(received, [received * D(ratio)])
    assert 1 + r == pytest.approx(float(D(ratio)), rel=1e-12)


def test_periods_per_year() -> None:
    # quarterly payments: m = 4 (rules.md §4 formula with m periods per year).
    res = apr_regular(D("1000"), [D("1020")], periods_per_year=4)
    assert res.periodic_irr == D("0.02")
    assert res.apr_simple == D("0.08")
    assert res.apr_compound == (D("1.02") ** 4 - 1).quantize(D("1E-10"))


# --- dated flows (XIRR) and bullet loans -------------------------------------


def test_apr_dated_monthly_schedule_close_to_monthly_irr() -> None:
    flows = [(START + relativedelta(months=k), PBOC_EXACT_PAYMENT) for k in range(1, 13)]
    dated = apr_dated(D("99000"), START, flows)
    monthly = apr_level(D("99000"), PBOC_EXACT_PAYMENT, 12)
    # Months of 28–31 days, so only close (13.64 % vs 13.58 %), not equal.
    assert abs(dated.apr_compound - monthly.apr_compound) < D("0.001")
    assert abs(dated.apr_simple - monthly.apr_simple) < D("0.001")


@pytest.mark.parametrize("step_days", [1, 7, 30, 91])
def test_apr_dated_on_a_fixed_day_grid_equals_periodic_irr(step_days: int) -> None:
    # Same equation: (1 + r_d)^step = 1 + r_period for flows every step days,
    # so 复利 (1 + r_d)^365 − 1 = (1 + r_period)^(365/step) − 1. (Compared on
    # the compound rate: the daily periodic_irr keeps only 10 decimal places.)
    payments = [D("0"), D("400"), D("350.25"), D("300")]
    flows = [(START + timedelta(days=step_days * k), c) for k, c in enumerate(payments, 1)]
    dated = apr_dated(D("1000"), START, flows)
    r_period = periodic_irr(D("1000"), payments)
    expected = (1 + r_period) ** (365 / step_days) - 1
    assert float(dated.apr_compound) == pytest.approx(expected, rel=1e-9)
    r_d = float(dated.periodic_irr)
    assert (1 + r_d) ** step_days - 1 == pytest.approx(r_period, abs=step_days * 1e-10)


def test_apr_dated_matches_numpy_financial_on_a_daily_grid() -> None:
    # numpy_financial.irr over a daily grid (zeros on the other days).
    flows = [(10, D("300")), (45, D("400")), (90, D("350.55"))]
    values = [-1000.0] + [0.0] * 90
    for day, amount in flows:
        values[day] += float(amount)
    res = apr_dated(D("1000"), START, [(START + timedelta(days=d), c) for d, c in flows])
    assert float(res.periodic_irr) == pytest.approx(float(npf.irr(values)), abs=1e-10)


def test_apr_dated_order_and_same_day_flows() -> None:
    flows = [
        (START + timedelta(days=60), D("500")),
        (START + timedelta(days=30), D("300")),
        (START + timedelta(days=30), D("250")),
    ]
    merged = [(START + timedelta(days=30), D("550")), (START + timedelta(days=60), D("500"))]
    assert apr_dated(D("1000"), START, flows) == apr_dated(D("1000"), START, merged)


@given(
    st.integers(10_000, 100_000_000),
    st.integers(-5_000, 50_000),
    st.integers(1, 3 * 365),
)
def test_single_dated_flow_matches_apr_bullet(fen: int, cost_fen: int, days: int) -> None:
    # rules.md §4 "Bullet loan": 复利 (1 + K/N)^(365/D) − 1 is the XIRR of one flow.
    received, cost = D(fen) / 100, D(cost_fen) / 100
    assume(received + cost > 0)
    bullet = apr_bullet(received, cost, days)
    dated = apr_dated(received, START, [(START + timedelta(days=days), received + cost)])
    assert abs(bullet.apr_compound - dated.apr_compound) <= D("1E-9") * (
        1 + abs(bullet.apr_compound)
    )
    # 单利 differs by design: K/N × 365/D ≥ 365 × ((1 + K/N)^(1/D) − 1).
    assert bullet.apr_simple >= dated.apr_simple - D("1E-10")


def test_long_horizon_single_flow() -> None:
    # closed form (1 + r_d)^4300 = C/N; once ended in bisection towards −1 and
    # Newton creeping through a huge convex f (regression).
    received, repaid = D("8555887.87"), D("36427431.84")
    res = apr_dated(received, START, [(START + timedelta(days=4300), repaid)])
    expected = float(repaid / received) ** (1 / 4300) - 1
    assert float(res.periodic_irr) == pytest.approx(expected, abs=1e-10)
    assert float(res.apr_compound) == pytest.approx((1 + expected) ** 365 - 1, rel=1e-9)


@given(
    st.integers(10_000, 100_000_000),
    st.lists(
        st.tuples(st.integers(1, 5000), st.integers(0, 100_000_000)), min_size=1, max_size=30
    ).filter(lambda flows: any(c for _, c in flows)),
)
def test_apr_dated_solves_its_equation(fen: int, flows: list[tuple[int, int]]) -> None:
    # Decimal residual: one Newton correction f/f' of the daily rate is within
    # a few float ulps (exp/log1p limit the accuracy at huge rates). The float r_d comes from periodic_irr on a daily grid
    # (zeros on the other days: the same equation), apr_dated must agree.
    received = D(fen) / 100
    grid = [D(0)] * max(d for d, _ in flows)
    for d, c in flows:
        grid[d - 1] += D(c) / 100
    r_d = periodic_irr(received, grid)
    res = apr_dated(received, START, [(START + timedelta(days=d), D(c) / 100) for d, c in flows])
    assert res.periodic_irr == D(r_d).quantize(D("1E-10"), rounding=ROUND_HALF_UP)
    with localcontext() as ctx:
        ctx.prec = 60
        v = 1 / (1 + D(r_d))
        f = sum((D(c) / 100 * v**d for d, c in flows), D(0)) - received
        slope = sum((d * D(c) / 100 * v ** (d + 1) for d, c in flows), D(0))
    assert abs(f / slope) <= D("1E-14") * (1 + abs(D(r_d)))


def test_apr_bullet_formulas() -> None:
    # rules.md §4 "Bullet loan": K = 100 on N = 10,000 for 30 days.
    res = apr_bullet(D("10000"), D("100"), 30)
    assert res.periodic_irr == D("0.01")
    assert res.apr_simple == D("0.1216666667")  # 0.01 × 365 / 30
    assert pct(res.apr_compound, 4) == pct(D(1.01 ** (365 / 30) - 1), 4)
    assert apr_bullet(D("10000"), D("100"), 30, day_basis=360).apr_simple == D("0.12")
    assert apr_bullet(D("10000"), D("-100"), 30).apr_compound < 0


# --- error codes ---------------------------------------------------------------


def _code(call: Callable[[], object]) -> tuple[str, str]:
    with pytest.raises(CalcError) as info:
        call()
    return info.value.code, info.value.path


@pytest.mark.parametrize("received", [D(0), D("-1")])
def test_received_not_positive(received: Decimal) -> None:
    expected = ("apr.received_not_positive", "received")
    assert _code(lambda: periodic_irr(received, [D("10")])) == expected
    assert _code(lambda: apr_dated(received, START, [(START, D("10"))])) == expected
    assert _code(lambda: apr_bullet(received, D("1"), 10)) == expected


def test_no_payments() -> None:
    assert _code(lambda: periodic_irr(D("100"), [])) == ("apr.no_payments", "payments")
    assert _code(lambda: periodic_irr(D("100"), [D(0), D(0)])) == ("apr.no_payments", "payments")
    assert _code(lambda: apr_dated(D("100"), START, [])) == ("apr.no_payments", "flows")
    assert _code(lambda: apr_level(D("100"), D("10"), 0)) == ("apr.no_payments", "months")
    assert _code(lambda: apr_bullet(D("100"), D("-100"), 10)) == ("apr.no_payments", "cost")


def test_payment_negative() -> None:
    assert _code(lambda: periodic_irr(D("100"), [D("60"), D("-1"), D("60")])) == (
        "apr.payment_negative",
        "payments[1]",
    )
    assert _code(lambda: apr_bullet(D("100"), D("-101"), 10)) == ("apr.payment_negative", "cost")


def test_flow_before_start() -> None:
    flows = [(START + timedelta(days=5), D("60")), (START - timedelta(days=1), D("60"))]
    with pytest.raises(CalcError) as info:
        apr_dated(D("100"), START, flows)
    assert info.value.code == "apr.flow_before_start"
    assert info.value.path == "flows[1]"
    assert info.value.params == {"date": "2026-01-14", "start": "2026-01-15"}


def test_no_solution_when_everything_is_paid_on_the_start_day() -> None:
    # f(r) is constant: no rate discounts a same-day payment.
    assert _code(lambda: apr_dated(D("100"), START, [(START, D("110"))]))[0] == "apr.no_solution"
    # ... unless it equals what was received.
    assert apr_dated(D("100"), START, [(START, D("100"))]).periodic_irr == 0


def test_non_positive_periods_and_days() -> None:
    assert _code(lambda: apr_regular(D("100"), [D("110")], periods_per_year=0)) == (
        "apr.periods_not_positive",
        "periods_per_year",
    )
    assert _code(lambda: apr_dated(D("100"), START, [(START, D("110"))], day_basis=0)) == (
        "apr.periods_not_positive",
        "day_basis",
    )
    assert _code(lambda: apr_bullet(D("100"), D("1"), 0)) == ("apr.days_not_positive", "days")


def test_floats_are_refused() -> None:
    # calc.money.to_decimal refuses floats for money.
    with pytest.raises(TypeError):
        periodic_irr(99000.0, [D("8833.33")] * 12)  # type: ignore[arg-type]

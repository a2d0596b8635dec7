"""Annual percentage rate by the IRR method of 中国人民银行公告〔2021〕第3号.

Source: ``shared/domain/rules.md`` §4. The 公告 (art. 3) defines the rate as
all loan costs over the principal actually used, annualised; art. 4 allows
compound or simple annualisation ("复利计算方法即内部收益率法"; a simple figure
must be labelled 单利).

Equation
    ``N`` is the cash the borrower actually received (principal minus
    up-front deductions: service fee, 砍头息, guarantee fee ...), ``C_k`` all
    that is paid at time ``t_k`` (principal, interest, 分期手续费, fees), and
    ``r`` the rate per period solving::

        N = Σ_k C_k / (1 + r)^t_k

    With ``m`` periods per year:  单利 (simple) ``= m × r``,
    复利 (compound) ``= (1 + r)^m − 1``.

    * :func:`apr_regular` / :func:`apr_level`: ``t_k = k`` (one period each,
      usually a month, ``m = 12``).
    * :func:`apr_dated` (XIRR): ``t_k`` = days since disbursement, ``r`` is a
      daily rate, ``m`` the day basis (365 by default; some lenders use 360).
    * :func:`apr_bullet`: one repayment of ``N + K`` after ``D`` days:
      simple ``K/N × 365/D``, compound ``(1 + K/N)^(365/D) − 1``.

    "Simple = m × IRR" is NegoPlan's convention (the 公告 only requires the
    单利 label); it reproduces the PBoC example as reported in rules.md.

Numerics
    Money stays ``Decimal`` in the API. The root ``r`` is found in binary
    floating point (rules.md allows it): Newton's method from a
    duration-based guess, safeguarded by bisection on a bracket that starts at
    ``(-0.99, 10)`` and widens towards ``-1`` and ``+∞`` when needed. Because
    payments are non-negative, ``f(r) = Σ C_k (1+r)^−t_k − N`` is strictly
    decreasing and convex on ``r > −1``, so the root is unique when it exists.
    The annualised figures are then computed in ``Decimal`` from the exact
    value of the float root and quantized to :data:`calc.money.RATE_PLACES`
    (1E-10, ``ROUND_HALF_UP``); display code rounds to 2 places in percent.

Degenerate cases (``CalcError`` codes)
    ``apr.received_not_positive`` (``N ≤ 0``), ``apr.payment_negative`` (a
    payment or flow below zero; mixed-sign flows can have several IRRs),
    ``apr.no_payments`` (no payment or all zero), ``apr.flow_before_start``
    (a dated flow before disbursement), ``apr.periods_not_positive``
    (``periods_per_year``/``day_basis`` below 1), ``apr.days_not_positive``
    (bullet term below 1 day), ``apr.no_solution`` (no root, e.g. every
    payment falls on the disbursement day). ``Σ C_k = N`` gives exactly 0;
    ``Σ C_k < N`` gives a negative rate, which is allowed.

>>> r = apr_level(Decimal("99000"), Decimal("8833.33"), 12)
>>> f"{r.periodic_irr:.5%} {r.apr_simple:.2%} {r.apr_compound:.2%}"
'1.06704% 12.80% 13.58%'
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext

from calc.errors import CalcError
from calc.money import RATE_PLACES, to_decimal

__all__ = [
    "AprResult",
    "apr_bullet",
    "apr_dated",
    "apr_level",
    "apr_regular",
    "periodic_irr",
]

#: Initial bracket for the periodic rate, widened on demand (see module doc).
_LO, _HI = -0.99, 10.0
#: Widening limits: rates within 1e-15 of −100 % or above 1e12 per period are
#: treated as "no solution".
_LO_LIMIT_GAP, _HI_LIMIT = 1e-15, 1e12
_MAX_ITER = 300
#: ``exp`` overflows past ~709; a discount factor above e^700 makes f infinite.
_EXP_MAX = 700.0
#: Decimal precision for annualising (the float root carries ~17 digits).
_PREC = 40


@dataclass(frozen=True)
class AprResult:
    """One loan's cost as rates (fractions: ``Decimal("0.128")`` is 12.8 %).

    Every field is quantized to 1E-10 (:data:`calc.money.RATE_PLACES`).
    """

    #: IRR per period ``r``: per month for :func:`apr_regular`/:func:`apr_level`
    #: (with the default 12 periods), per day for :func:`apr_dated`, per
    #: ``D``-day term (``K/N``) for :func:`apr_bullet`.
    periodic_irr: Decimal
    #: 单利 annualisation, ``m × r`` (bullet: ``K/N × 365/D``). Must be labelled 单利.
    apr_simple: Decimal
    #: 复利 annualisation (IRR method), ``(1 + r)^m − 1``.
    apr_compound: Decimal


def periodic_irr(received: Decimal, payments: Sequence[Decimal]) -> float:
    """Rate ``r`` per period with ``received = Σ_{k=1..n} C_k / (1 + r)^k``.

    ``received`` (``N``, yuan) is the cash actually received at time 0;
    ``payments[k-1]`` (``C_k``, yuan, ≥ 0) is everything paid at the end of
    period ``k``. Zeros (deferral months) and irregular amounts are fine.
    Rules.md §4 (PBoC 公告〔2021〕第3号, IRR method). ``Σ C_k = N`` returns
    ``0.0``; ``Σ C_k < N`` a negative rate.

    Raises ``CalcError`` ``apr.received_not_positive``, ``apr.payment_negative``
    (path ``payments[i]``), ``apr.no_payments`` or ``apr.no_solution``.

    >>> round(periodic_irr(Decimal("99000"), [Decimal("8833.33")] * 12), 7)
    0.0106704
    >>> periodic_irr(Decimal("300"), [Decimal("0"), Decimal("100"), Decimal("200")])
    0.0
    """
    n = _check_received(received)
    amounts = [_check_payment(p, f"payments[{i}]") for i, p in enumerate(payments)]
    return _irr(n, [(float(k), c) for k, c in enumerate(amounts, start=1)], "payments")


def apr_regular(
    received: Decimal, payments: Sequence[Decimal], periods_per_year: int = 12
) -> AprResult:
    """APR of ``payments`` one period apart: 单利 ``m × r``, 复利 ``(1 + r)^m − 1``.

    ``r`` is :func:`periodic_irr` of ``received`` and ``payments``;
    ``m = periods_per_year`` (12 for monthly instalments). Rules.md §4.

    >>> apr_regular(Decimal("99000"), [Decimal(100000) / 12 + 500] * 12)
    AprResult(periodic_irr=Decimal('0.0106704333'), apr_simple=Decimal('0.1280451992'), \
apr_compound=Decimal('0.1358336462'))
    """
    if periods_per_year < 1:
        raise CalcError("apr.periods_not_positive", "periods_per_year", value=periods_per_year)
    return _result(periodic_irr(received, payments), Decimal(periods_per_year))


def apr_level(received: Decimal, payment: Decimal, months: int) -> AprResult:
    """APR of ``months`` equal monthly payments (``apr_regular`` with ``m = 12``).

    ``N = C × Σ_{k=1..n} (1 + r)^−k``; ``months < 1`` is ``apr.no_payments``.
    等额本息 of 10,000 at 18 % nominal (1.5 %/month) pays 916.80 a month:

    >>> apr_level(Decimal("10000"), Decimal("916.80"), 12)
    AprResult(periodic_irr=Decimal('0.0150000124'), apr_simple=Decimal('0.1800001491'), \
apr_compound=Decimal('0.1956183470'))
    """
    if months < 1:
        raise CalcError("apr.no_payments", "months", value=months)
    return apr_regular(received, [payment] * months, 12)


def apr_dated(
    received: Decimal,
    start: date,
    flows: Sequence[tuple[date, Decimal]],
    *,
    day_basis: int = 365,
) -> AprResult:
    """APR of dated payments (XIRR): ``N = Σ C_k / (1 + r_d)^d_k``.

    ``d_k = (date_k − start).days``; ``flows`` need not be sorted and may
    share dates; a flow on ``start`` itself counts at ``d = 0``. ``r_d`` is the
    daily rate (``periodic_irr`` of the result), 单利 ``day_basis × r_d``,
    复利 ``(1 + r_d)^day_basis − 1`` (rules.md §4 "Irregular dates"). The day
    basis is a labelled choice: 365 (default, borrower-friendly) or 360.

    Raises ``apr.flow_before_start`` (path ``flows[i]``) besides the codes of
    :func:`periodic_irr`.

    0.05 %/day for one day (rules.md §4 "Daily rate"):

    >>> apr_dated(Decimal("1000"), date(2026, 1, 1), [(date(2026, 1, 2), Decimal("1000.50"))])
    AprResult(periodic_irr=Decimal('0.0005000000'), apr_simple=Decimal('0.1825000000'), \
apr_compound=Decimal('0.2001594107'))
    """
    n = _check_received(received)
    if day_basis < 1:
        raise CalcError("apr.periods_not_positive", "day_basis", value=day_basis)
    timed: list[tuple[float, Decimal]] = []
    for i, (when, amount) in enumerate(flows):
        days = (when - start).days
        if days < 0:
            raise CalcError(
                "apr.flow_before_start",
                f"flows[{i}]",
                date=when.isoformat(),
                start=start.isoformat(),
            )
        timed.append((float(days), _check_payment(amount, f"flows[{i}]")))
    return _result(_irr(n, timed, "flows"), Decimal(day_basis))


def apr_bullet(received: Decimal, cost: Decimal, days: int, day_basis: int = 365) -> AprResult:
    """APR of one repayment of ``N + K`` after ``D`` days (到期一次还本付息).

    ``periodic_irr = K/N`` (per ``D``-day term), 单利 ``K/N × day_basis/D``,
    复利 ``(1 + K/N)^(day_basis/D) − 1`` (rules.md §4 "Bullet loan"). The
    复利 equals :func:`apr_dated` with that single flow; the 单利 does not
    (``day_basis × r_d`` is a nominal daily-compounded rate, smaller for
    ``D > 1``). ``K < 0`` gives a negative rate; ``K = −N`` is
    ``apr.no_payments``, ``K < −N`` ``apr.payment_negative``.

    >>> apr_bullet(Decimal("10000"), Decimal("100"), 30)
    AprResult(periodic_irr=Decimal('0.0100000000'), apr_simple=Decimal('0.1216666667'), \
apr_compound=Decimal('0.1286952942'))
    """
    n = _check_received(received)
    k = to_decimal(cost)
    if days < 1:
        raise CalcError("apr.days_not_positive", "days", value=days)
    if day_basis < 1:
        raise CalcError("apr.periods_not_positive", "day_basis", value=day_basis)
    repaid = n + k
    if repaid < 0:
        raise CalcError("apr.payment_negative", "cost", value=str(k))
    if repaid == 0:
        raise CalcError("apr.no_payments", "cost")
    with localcontext() as ctx:
        ctx.prec = _PREC
        x = k / n
        simple = x * day_basis / days
        compound = (repaid / n) ** (Decimal(day_basis) / Decimal(days)) - 1
    return AprResult(_quantize(x), _quantize(simple), _quantize(compound))


# --- internals ---------------------------------------------------------------


def _check_received(received: Decimal) -> Decimal:
    n = to_decimal(received)
    if not n > 0:
        raise CalcError("apr.received_not_positive", "received", value=str(n))
    return n


def _check_payment(payment: Decimal, path: str) -> Decimal:
    c = to_decimal(payment)
    if c < 0:
        raise CalcError("apr.payment_negative", path, value=str(c))
    return c


def _irr(received: Decimal, timed: list[tuple[float, Decimal]], path: str) -> float:
    """Root ``r > −1`` of ``Σ C_k (1 + r)^−t_k = N`` for non-negative ``C_k``."""
    paid = sum((c for _, c in timed), Decimal(0))
    if paid == 0:
        raise CalcError("apr.no_payments", path)
    if paid == received:
        return 0.0
    # Work with weights w_k = C_k / N so that f is dimensionless.
    flows = [(t, float(c / received)) for t, c in timed if c != 0]
    return _solve(flows)


def _npv(r: float, flows: list[tuple[float, float]]) -> tuple[float, float]:
    """``f(r) = Σ w_k (1+r)^−t_k − 1`` and ``f'(r)``; ``f = +inf`` on overflow."""
    log_growth = math.log1p(r)
    f = -1.0
    slope = 0.0
    for t, w in flows:
        exponent = -t * log_growth
        if exponent > _EXP_MAX:
            return math.inf, -math.inf
        term = w * math.exp(exponent)
        f += term
        slope -= t * term
    return f, slope / (1.0 + r)


def _solve(flows: list[tuple[float, float]]) -> float:
    """Newton safeguarded by bisection on a bracket ``lo < r < hi``, ``f(lo) > 0 > f(hi)``."""
    lo, hi = _LO, _HI
    f_lo = _npv(lo, flows)[0]
    while f_lo < 0:  # root below lo: move towards −1
        lo = -1.0 + (1.0 + lo) * 1e-3
        if 1.0 + lo < _LO_LIMIT_GAP:
            raise CalcError("apr.no_solution")
        f_lo = _npv(lo, flows)[0]
    f_hi = _npv(hi, flows)[0]
    while f_hi > 0:  # root above hi
        hi *= 100.0
        if hi > _HI_LIMIT:
            raise CalcError("apr.no_solution")
        f_hi = _npv(hi, flows)[0]
    if f_lo == 0:
        return lo
    if f_hi == 0:
        return hi

    # Guess from the money-weighted mean time: (Σw)^(1/t̄) − 1.
    total = sum(w for _, w in flows)
    mean_t = sum(t * w for t, w in flows) / total
    r = total ** (1.0 / mean_t) - 1.0 if mean_t > 0 else 0.0
    if not lo < r < hi:
        r = 0.5 * (lo + hi)

    step = hi - lo
    for _ in range(_MAX_ITER):
        f, slope = _npv(r, flows)
        if f == 0:
            return r
        if f > 0:  # f is decreasing: the root lies above r
            lo = r
        else:
            hi = r
        newton = f / slope if slope < 0 and math.isfinite(slope) else math.nan
        new = r - newton
        # Take the Newton step if it stays inside and at least halves the last step.
        if lo < new < hi and abs(newton) <= 0.5 * abs(step):
            step = newton
        else:  # Newton left the bracket, failed, or is creeping: bisect
            new = lo + 0.5 * (hi - lo)
            step = r - new
        if abs(step) <= 4 * math.ulp(r) or new in (lo, hi):
            return new
        r = new
    raise CalcError("apr.no_solution")  # pragma: no cover - bisection converges first


def _result(r: float, per_year: Decimal) -> AprResult:
    """Annualise the float root exactly in Decimal, then quantize."""
    with localcontext() as ctx:
        ctx.prec = _PREC
        rate = Decimal(r)  # the exact binary value
        simple = rate * per_year
        compound = (1 + rate) ** per_year - 1
    return AprResult(_quantize(rate), _quantize(simple), _quantize(compound))


def _quantize(value: Decimal) -> Decimal:
    """Quantize to 1E-10 with ROUND_HALF_UP, with enough precision for any magnitude."""
    with localcontext() as ctx:
        ctx.prec = max(_PREC, value.adjusted() + 12)
        return value.quantize(RATE_PLACES, rounding=ROUND_HALF_UP)

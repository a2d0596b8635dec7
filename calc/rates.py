"""Rate conversions with an explicit day basis, and the default penalty rate.

All rates are ``Decimal`` fractions (0.18 = 18 %). Conversions are linear
(simple interest, 单利), which is how Chinese lenders state rates:

- daily ↔ annual: ``annual = daily × day_basis``; ``day_basis`` is 360 (the
  bank convention 日利率 = 年利率 ÷ 360, so 0.05 %/day is stated as 18 %) or
  365 (the borrower-friendly reading, 0.05 %/day = 18.25 %) — rules.md §1.2.
  The default basis lives in :class:`calc.model.Settings` (360).
- monthly ↔ annual: ``annual = monthly × 12`` (月利率 × 12).
- penalty: when a contract gives no 罚息 rate the default is
  ``penalty_multiplier × contract rate`` with multiplier 1.5 (上浮50 %;
  银发〔2003〕251号 art. 3 allows +30 % to +50 %; online lenders commonly 1.5×).

>>> daily_to_annual(Decimal("0.0005"), 360)
Decimal('0.1800')
>>> default_penalty_rate(Decimal("0.18"), Decimal("1.5"))
Decimal('0.270')
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from calc.errors import CalcError
from calc.model import Debt, Settings

DayBasis = Literal[360, 365]
Period = Literal["day", "month", "year"]
DAY_BASES: tuple[int, ...] = (360, 365)


def _check_basis(day_basis: int) -> None:
    if day_basis not in DAY_BASES:
        raise CalcError("rate.day_basis", allowed=list(DAY_BASES), value=day_basis)


def daily_to_annual(daily: Decimal, day_basis: int) -> Decimal:
    """``daily × day_basis`` (simple annualisation)."""
    _check_basis(day_basis)
    return daily * day_basis


def annual_to_daily(annual: Decimal, day_basis: int) -> Decimal:
    """``annual ÷ day_basis``."""
    _check_basis(day_basis)
    return annual / day_basis


def monthly_to_annual(monthly: Decimal) -> Decimal:
    """``monthly × 12``."""
    return monthly * 12


def annual_to_monthly(annual: Decimal) -> Decimal:
    """``annual ÷ 12`` — the periodic rate of monthly installments."""
    return annual / 12


def to_annual(value: Decimal, period: Period, day_basis: int) -> Decimal:
    """Annual fraction for a rate stated per ``period`` (``day``, ``month``, ``year``)."""
    if period == "day":
        return daily_to_annual(value, day_basis)
    if period == "month":
        return monthly_to_annual(value)
    if period == "year":
        return value
    raise CalcError("rate.period", allowed=["day", "month", "year"], value=period)


def default_penalty_rate(annual_rate: Decimal, multiplier: Decimal) -> Decimal:
    """Default 罚息 rate: ``multiplier × annual_rate`` (1.5× by default, see module doc)."""
    return annual_rate * multiplier


def contract_annual_rate(debt: Debt, settings: Settings) -> Decimal:
    """The debt's contract rate per year: ``annual_rate``, else ``daily_rate × day_basis``."""
    if debt.annual_rate is not None:
        return debt.annual_rate
    if debt.daily_rate is not None:
        return daily_to_annual(debt.daily_rate, settings.day_basis)
    raise CalcError("debt.rate_missing")


def penalty_annual_rate(debt: Debt, settings: Settings) -> Decimal:
    """The debt's 罚息 rate per year: as given, else the documented default."""
    if debt.penalty_rate is not None:
        return debt.penalty_rate
    return default_penalty_rate(contract_annual_rate(debt, settings), settings.penalty_multiplier)

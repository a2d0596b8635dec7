"""Month-by-month repayment paths of one debt: the status-quo family.

The plan-file spec defines three scenarios on one engine, :func:`simulate`:

- ``status_quo`` — nothing agreed. Installments not yet due follow the
  contract (``remaining_months``, ``method``, ``annual_rate``); the overdue
  part (overdue principal ``O`` + unpaid charges) is paid from what the
  monthly payment ``X`` leaves after the installment; 罚息 keeps accruing on
  ``O`` at the penalty rate ``p``: ``O · p · days / day_basis`` per period.
  Each payment goes to the installment due (interest, then principal), then
  to the overdue part: fees → interest → penalty → principal (民法典 art. 561:
  costs, then interest, then principal). An installment not fully paid falls
  overdue: its principal joins ``O``, its interest the unpaid charges.
- ``deferral`` — the same after ``defer_months`` without payment. The clock
  stops during the deferral: the path is the status-quo path with every
  payment moved ``defer_months`` later (accrual keeps the day counts of the
  undeferred calendar, so a deferral with interest stopped never costs more).
  With ``contract`` the contract interest on the whole principal over the
  deferral (``as_of`` to ``as_of`` + ``defer_months`` months) is first
  capitalised into ``O``; with ``none`` nothing accrues.
- ``penalty_reduction`` — the status quo with ``waive`` applied to the billed
  charges (calc.charges.waive_billed) and to future accrual: ``above_cap``
  limits each period's interest + penalty to the cap allowance on the
  outstanding principal for that period's days (so the charges never exceed
  the cap); ``all_penalty`` stops 罚息; ``all_charges`` stops interest too.

Payment dates are the contract's due dates: the first due date after
``as_of`` on the ``overdue_since`` day of month (or ``as_of`` + 1 month).
A period pays ``min(X, everything due)``; months with no payment produce no
row. A path that has not cleared after ``horizon`` months from ``as_of`` is
returned with ``cleared=False``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_CEILING, Decimal

from calc.charges import Billed, CapCheck, penalty_accrual, waive_billed
from calc.dates import due_date, due_dates, months_after, next_due_after
from calc.model import DeferralInterest, Method, Waive
from calc.money import ZERO, round_fen
from calc.rules import Cap, cap_allowance
from calc.schedule import Row, Schedule, amortize


@dataclass(frozen=True)
class DebtTerms:
    """One debt resolved for the engines (rates, overdue split, cap), built once."""

    debt_id: str
    principal: Decimal
    overdue_principal: Decimal
    billed: Billed
    annual_rate: Decimal
    penalty_rate: Decimal
    remaining_months: int
    method: Method
    next_due: date
    cap: Cap
    cap_check: CapCheck
    dates: tuple[date, ...] = ()  # next_due + k months, precomputed (period_date)
    contract: Schedule | None = None  # contract installments of the not-yet-due part, precomputed

    @property
    def not_due_principal(self) -> Decimal:
        return self.principal - self.overdue_principal

    @property
    def owed(self) -> Decimal:
        return self.principal + self.billed.total


@dataclass(frozen=True)
class Conventions:
    """The settings the engine needs (resolved from calc.model.Settings)."""

    day_basis: int
    cap_day_basis: int
    horizon_months: int


@dataclass(frozen=True)
class PathResult:
    rows: Schedule
    cleared: bool
    remaining: Decimal = ZERO  # still owed when the path stopped uncleared
    unspent: Decimal = ZERO  # monthly × periods allowed − paid, when cleared (how much slack)


def period_dates(next_due: date, count: int) -> tuple[date, ...]:
    """The first ``count`` payment dates ``next_due + k months`` (computed once per debt)."""
    return due_dates(next_due, count)


def period_date(t: DebtTerms, k: int) -> date:
    """Payment date of period ``k`` (0-based) from the precomputed dates when available."""
    return t.dates[k] if k < len(t.dates) else due_date(t.next_due, k)


def shift_rows(t: DebtTerms, rows: Schedule, months: int) -> Schedule:
    """The same payments ``months`` later on the debt's anchored dates (a deferral that stops the clock)."""
    if months == 0:
        return rows
    base = t.next_due.year * 12 + t.next_due.month
    return tuple(
        replace(r, date=period_date(t, r.date.year * 12 + r.date.month - base + months)) for r in rows
    )


def contract_schedule(t: DebtTerms, rate: Decimal) -> Schedule:
    """Installments of the not-yet-due principal over ``remaining_months`` at ``rate``."""
    if t.not_due_principal <= 0 or t.remaining_months <= 0:
        return ()
    return amortize(t.not_due_principal, t.remaining_months, rate, t.method, t.next_due)


def first_due(overdue_since: date | None, as_of: date) -> date:
    """First payment date of the status-quo family (see module doc)."""
    if overdue_since is not None:
        return next_due_after(overdue_since, as_of)
    return months_after(as_of, 1)


def simulate(
    t: DebtTerms,
    as_of: date,
    monthly: Decimal,
    conv: Conventions,
    *,
    waive: Waive = Waive.NONE,
    defer_months: int = 0,
    defer_interest: DeferralInterest = DeferralInterest.NONE,
    record: bool = True,
    give_up: bool = False,
) -> PathResult:
    """Run the engine for one debt paying at most ``monthly`` a month (see module doc).

    ``record=False`` skips building rows (searches only need the outcome).
    ``give_up=True`` stops as soon as the path provably cannot clear: the contract
    installments are over and ``monthly`` does not exceed the penalty accruing on the
    overdue principal in the shortest month (28 days) — from then on the overdue
    principal never falls. The result is then uncleared with ``remaining`` as of
    that period.
    """
    billed = waive_billed(t.billed, waive, t.cap_check.excess)
    c_int, c_pen, c_fee = billed.interest, billed.penalty, billed.fees
    overdue = t.overdue_principal
    not_due = t.not_due_principal
    rate = ZERO if waive is Waive.ALL_CHARGES else t.annual_rate
    pen_rate = ZERO if waive in (Waive.ALL_PENALTY, Waive.ALL_CHARGES) else t.penalty_rate
    capped = waive is Waive.ABOVE_CAP

    if defer_months > 0 and defer_interest is DeferralInterest.CONTRACT and rate > 0:
        end = months_after(as_of, defer_months)
        accrued = (overdue + not_due) * rate * (end - as_of).days / conv.day_basis
        if capped:
            accrued = min(accrued, cap_allowance(t.cap, overdue + not_due, as_of, end, conv.cap_day_basis))
        overdue += round_fen(accrued)

    contract: Schedule = ()
    if not_due > 0 and t.remaining_months > 0:
        contract = (t.contract if t.contract is not None and rate == t.annual_rate
                    else contract_schedule(t, rate))
    elif not_due > 0:
        overdue += not_due
        not_due = ZERO

    rows: list[Row] = []
    paid_total = ZERO
    prev = as_of
    max_periods = conv.horizon_months - defer_months
    k = 0
    while True:
        if not_due == 0 and overdue == 0 and c_int + c_pen + c_fee == 0 and k >= len(contract):
            return PathResult(tuple(rows), True, ZERO, monthly * max(max_periods, k) - paid_total)
        if k >= max_periods:
            return PathResult(tuple(rows), False, not_due + overdue + c_int + c_pen + c_fee)
        day = period_date(t, k)
        days = (day - prev).days
        if give_up and k >= len(contract) and not capped and overdue > 0 \
                and monthly <= penalty_accrual(overdue, pen_rate, 28, conv.day_basis):
            return PathResult(tuple(rows), False, not_due + overdue + c_int + c_pen + c_fee)
        inst = contract[k] if k < len(contract) else None
        inst_int = inst.interest if inst else ZERO
        inst_prin = inst.principal if inst else ZERO
        pen = round_fen(penalty_accrual(overdue, pen_rate, days, conv.day_basis))
        if capped:
            allow = round_fen(cap_allowance(t.cap, overdue + not_due, prev, day, conv.cap_day_basis))
            if inst_int + pen > allow:
                pen = max(ZERO, allow - inst_int)
                inst_int = min(inst_int, allow)
        c_pen += pen
        not_due -= inst_prin

        left = monthly
        paid_int = min(left, inst_int)
        left -= paid_int
        paid_prin = min(left, inst_prin)
        left -= paid_prin
        c_int += inst_int - paid_int
        overdue += inst_prin - paid_prin

        paid_fee = min(left, c_fee)
        left -= paid_fee
        c_fee -= paid_fee
        more_int = min(left, c_int)
        left -= more_int
        c_int -= more_int
        paid_pen = min(left, c_pen)
        left -= paid_pen
        c_pen -= paid_pen
        more_prin = min(left, overdue)
        left -= more_prin
        overdue -= more_prin

        payment = monthly - left
        paid_total += payment
        if payment > 0 and record:
            rows.append(Row(
                date=period_date(t, defer_months + k),
                payment=payment,
                principal=paid_prin + more_prin,
                interest=paid_int + more_int,
                fees=paid_fee,
                balance=not_due + overdue + c_int + c_pen + c_fee,
                penalty=paid_pen,
            ))
        prev = day
        k += 1


def clearing_payment(
    t: DebtTerms,
    as_of: date,
    months: int,
    conv: Conventions,
    *,
    waive: Waive = Waive.NONE,
    defer_months: int = 0,
    defer_interest: DeferralInterest = DeferralInterest.NONE,
) -> Decimal:
    """Smallest constant monthly payment (to the fen) clearing the path within
    ``months`` payment periods (at least the contract's remaining installments).

    :func:`simulate` is monotone in the payment ``x``. The signed residual
    ``f(x)`` — what is left at the end when the path does not clear, minus the
    unused payment capacity when it does — falls almost linearly with ``x``, so
    secant steps bracket the root and the Illinois variant of regula falsi
    (on whole fen, always shrinking the bracket) finishes it in a few runs.
    """
    periods = max(months, t.remaining_months, 1)
    limited = Conventions(conv.day_basis, conv.cap_day_basis, defer_months + periods)
    fen = Decimal("0.01")

    def f(x: Decimal) -> Decimal:
        r = simulate(t, as_of, x, limited, waive=waive, defer_months=defer_months,
                     defer_interest=defer_interest, record=False)
        return -r.unspent if r.cleared else max(r.remaining, fen)

    lo, f_lo = ZERO, f(ZERO)
    if f_lo <= 0:
        return ZERO
    x = max(round_fen(t.owed / periods), fen)
    hi, f_hi = None, ZERO
    for _ in range(60):
        fx = f(x)
        if fx <= 0:
            hi, f_hi = x, fx
            break
        slope = (f_lo - fx) / (x - lo) if x > lo and f_lo > fx else Decimal(periods)
        lo, f_lo = x, fx
        x = round_fen(x + max(fx / slope, fen))
    if hi is None:  # pragma: no cover - the steps above always reach a clearing payment
        hi = x * 2
        while f(hi) > 0:
            hi *= 2
        f_hi = f(hi)
    side = 0
    while hi - lo > fen:
        guess = lo + f_lo * (hi - lo) / (f_lo - f_hi)
        mid = min(max(guess.quantize(fen, rounding=ROUND_CEILING), lo + fen), hi - fen)
        fm = f(mid)
        if fm <= 0:
            hi, f_hi = mid, fm
            if side < 0:
                f_lo /= 2
            side = -1
        else:
            lo, f_lo = mid, fm
            if side > 0:
                f_hi /= 2
            side = 1
    return hi

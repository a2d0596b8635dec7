"""Overdue principal, penalty accrual, the cap check and waivers of billed charges.

- **Overdue principal** (plan-file spec): as given; otherwise all of
  ``principal`` when ``remaining_months`` is 0 (fully due or accelerated);
  otherwise the principal of the ``m`` installments missed since
  ``overdue_since``, where ``m`` = due dates ``overdue_since + k months`` on or
  before ``as_of``, taken from the contract schedule of ``principal`` over
  ``m + remaining_months`` periods. Not overdue → 0.
- **Penalty accrual** on an overdue amount ``A`` at annual penalty rate ``p``
  over ``d`` days: ``A · p · d / day_basis`` (罚息, 银发〔2003〕251号 art. 3).
- **Cap check**: the billed charges (interest + penalty + fees: the cap is on
  the total cost) are compared with the allowance
  ``principal × cap × days(charges_start → as_of) / cap_day_basis``;
  ``excess = max(0, billed − round(allowance))``. ``charges_start`` is the
  debt's ``charges_since`` if given, else one month before ``overdue_since``
  (the unpaid interest of the first missed installment accrued over the month
  before it fell due), never before ``contract_date``; else ``contract_date``.
  The allowance uses today's principal as the base, which can only understate
  it if principal was repaid earlier — the letter therefore says
  "以贵司系统核算为准" and asks for the lender's statement.
- **Waiver of billed charges** (``proposal.waive``): ``none`` keeps them;
  ``above_cap`` removes the excess (penalty first, then fees, then interest);
  ``all_penalty`` removes all 罚息 and fees; ``all_charges`` removes all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from calc.dates import count_due_on_or_before, months_after
from calc.model import Debt, Waive
from calc.money import ZERO, round_fen
from calc.rules import Cap, cap_allowance
from calc.schedule import amortize


@dataclass(frozen=True)
class Billed:
    """Charges billed and unpaid, by kind."""

    interest: Decimal = ZERO
    penalty: Decimal = ZERO
    fees: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return self.interest + self.penalty + self.fees


@dataclass(frozen=True)
class CapCheck:
    """Billed charges measured against the cap as of ``as_of``.

    ``measurable`` is False when no start date is known (no ``charges_since``,
    ``overdue_since`` or ``contract_date``): the excess is then reported as 0.
    """

    cap: Cap
    start: date | None
    allowance: Decimal
    billed: Decimal
    excess: Decimal
    measurable: bool


def billed_of(debt: Debt) -> Billed:
    return Billed(debt.interest_due, debt.penalty_due, debt.fees_due)


def missed_installments(debt: Debt, as_of: date) -> int:
    """Installments fallen due and unpaid: dates ``overdue_since + k months`` ≤ ``as_of``."""
    if debt.overdue_since is None:
        return 0
    return count_due_on_or_before(debt.overdue_since, as_of)


def overdue_principal(debt: Debt, annual_rate: Decimal, as_of: date) -> Decimal:
    """The overdue part of ``principal`` (see module doc for the derivation)."""
    if debt.overdue_principal is not None:
        return min(debt.overdue_principal, debt.principal)
    if debt.overdue_since is None:
        return ZERO
    if debt.remaining_months <= 0:
        return debt.principal
    missed = missed_installments(debt, as_of)
    if missed == 0 or debt.principal == 0:
        return ZERO
    rows = amortize(debt.principal, missed + debt.remaining_months, annual_rate, debt.method,
                    debt.overdue_since)
    return sum((r.principal for r in rows[:missed]), ZERO)


def charges_start(debt: Debt) -> date | None:
    """Date from which the billed, unpaid charges are taken to have accrued."""
    if debt.charges_since is not None:
        return debt.charges_since
    if debt.overdue_since is not None:
        start = months_after(debt.overdue_since, -1)
        if debt.contract_date is not None and start < debt.contract_date:
            start = debt.contract_date
        return start
    return debt.contract_date


def penalty_accrual(amount: Decimal, annual_penalty_rate: Decimal, days: int, day_basis: int) -> Decimal:
    """``amount × rate × days / day_basis`` (unrounded); 0 for non-positive days.

    >>> penalty_accrual(Decimal("8000"), Decimal("0.27"), 30, 360)
    Decimal('180.00')
    """
    if days <= 0 or amount <= 0:
        return Decimal(0)
    return amount * annual_penalty_rate * days / day_basis


def check_cap(debt: Debt, cap: Cap, as_of: date, cap_day_basis: int) -> CapCheck:
    """Measure the debt's billed charges against ``cap`` (see module doc)."""
    billed = debt.billed_charges
    start = charges_start(debt)
    if start is None or start >= as_of:
        measurable = start is not None
        allowance = ZERO
        excess = billed if measurable else ZERO
        return CapCheck(cap, start, allowance, billed, excess, measurable)
    allowance = round_fen(cap_allowance(cap, debt.principal, start, as_of, cap_day_basis))
    return CapCheck(cap, start, allowance, billed, max(ZERO, billed - allowance), True)


def waive_billed(billed: Billed, waive: Waive, excess: Decimal) -> Billed:
    """Billed charges left after ``waive`` (see module doc); never more than before."""
    if waive is Waive.NONE:
        return billed
    if waive is Waive.ALL_CHARGES:
        return Billed()
    if waive is Waive.ALL_PENALTY:
        return Billed(interest=billed.interest)
    # ABOVE_CAP: remove `excess`, penalty first, then fees, then interest
    left = min(excess, billed.total)
    penalty_cut = min(left, billed.penalty)
    left -= penalty_cut
    fees_cut = min(left, billed.fees)
    left -= fees_cut
    interest_cut = min(left, billed.interest)
    return Billed(billed.interest - interest_cut, billed.penalty - penalty_cut, billed.fees - fees_cut)

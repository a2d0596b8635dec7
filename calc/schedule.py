"""Amortization schedules: 等额本息, 等额本金, 先息后本, 到期一次还本付息.

Notation: principal ``P``, ``n`` monthly periods, periodic rate
``r = annual_rate / 12``, balance ``B_k`` before period k.

- 等额本息 (``equal_installment``): level payment
  ``A = P·r·(1+r)^n / ((1+r)^n − 1)`` (``A = P/n`` when ``r = 0``), rounded
  to the fen; interest ``I_k = round(B_k·r)``, principal ``A − I_k``.
- 等额本金 (``equal_principal``): principal ``round(P/n)`` each period,
  interest ``round(B_k·r)``: the payment falls over time.
- 先息后本 (``interest_first``): interest ``round(B·r)`` each period, all
  principal with the last one.
- 到期一次还本付息 (``bullet``): one payment at period n of
  ``P + round(P·r·n)`` (simple interest, no compounding).

Optional flat fee on the *original* principal each period
(``monthly_fee_rate``, the credit-card 分期手续费 pattern): ``fee = round(P·f)``
added to every payment; its real cost is measured by :mod:`calc.apr`, never
as ``12 × f``.

Rounding (calc.money): every interest and fee amount is rounded once per
period; the **last period absorbs the residual**, i.e. it repays exactly the
remaining balance. Hence Σ principal = P to the fen and
Σ payment = Σ principal + Σ interest + Σ fees.

Due dates are anchored: row k is due on ``first_due + k months`` (calc.dates).

>>> rows = amortize(Decimal("1000.00"), 3, Decimal("0"), Method.EQUAL_INSTALLMENT, date(2026, 1, 31))
>>> [(str(r.date), str(r.payment)) for r in rows]
[('2026-01-31', '333.33'), ('2026-02-28', '333.33'), ('2026-03-31', '333.34')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext

from calc.dates import due_date, due_dates
from calc.errors import CalcError
from calc.model import Method
from calc.money import ZERO, round_fen, total


@dataclass(frozen=True)
class Row:
    """One dated payment. ``interest`` is contract/installment interest, ``penalty``
    罚息 (only in status-quo paths), ``fees`` fees; ``balance`` is everything still
    owed after this payment (remaining principal plus unpaid charges)."""

    date: date
    payment: Decimal
    principal: Decimal
    interest: Decimal
    fees: Decimal
    balance: Decimal
    penalty: Decimal = ZERO

    @property
    def charges(self) -> Decimal:
        return self.interest + self.penalty + self.fees


Schedule = tuple[Row, ...]


def level_payment(principal: Decimal, periodic_rate: Decimal, n: int) -> Decimal:
    """Unrounded level payment ``P·r·(1+r)^n / ((1+r)^n − 1)``; ``P/n`` when r = 0.

    Agrees with ``numpy_financial.pmt(r, n, -P)``.

    >>> round_fen(level_payment(Decimal("10000"), Decimal("0.015"), 12))
    Decimal('916.80')
    """
    if n <= 0:
        raise CalcError("schedule.term", min=1, value=n)
    if periodic_rate == 0:
        return principal / n
    with localcontext() as ctx:
        ctx.prec = 40
        growth = (1 + periodic_rate) ** n
        return principal * periodic_rate * growth / (growth - 1)


def amortize(
    principal: Decimal,
    months: int,
    annual_rate: Decimal,
    method: Method,
    first_due: date,
    *,
    monthly_fee_rate: Decimal = Decimal(0),
) -> Schedule:
    """Dated schedule repaying ``principal`` over ``months`` periods (see module doc).

    ``principal`` must be fen-exact and ≥ 0; ``months`` ≥ 1; rates may be 0.
    A zero principal gives an empty schedule.
    """
    if months < 1:
        raise CalcError("schedule.term", min=1, value=months)
    if principal < 0:
        raise CalcError("money.negative", value=str(principal))
    if principal == 0:
        return ()
    r = annual_rate / 12
    fee = round_fen(principal * monthly_fee_rate)
    if method is Method.BULLET:
        interest = round_fen(principal * r * months)
        day = due_date(first_due, months - 1)
        return (Row(day, principal + interest + fee * months, principal, interest, fee * months, ZERO),)

    rows: list[Row] = []
    dates = due_dates(first_due, months)
    balance = principal
    payment = round_fen(level_payment(principal, r, months)) if method is Method.EQUAL_INSTALLMENT else ZERO
    even_principal = round_fen(principal / months)
    for k in range(months):
        interest = round_fen(balance * r)
        last = k == months - 1
        if last:
            paid_principal = balance
        elif method is Method.EQUAL_INSTALLMENT:
            paid_principal = min(max(payment - interest, ZERO), balance)
        elif method is Method.EQUAL_PRINCIPAL:
            paid_principal = min(even_principal, balance)
        elif method is Method.INTEREST_FIRST:
            paid_principal = ZERO
        else:  # pragma: no cover - enum exhausted
            raise CalcError("enum.invalid", value=str(method))
        balance -= paid_principal
        rows.append(
            Row(
                date=dates[k],
                payment=paid_principal + interest + fee,
                principal=paid_principal,
                interest=interest,
                fees=fee,
                balance=balance,
            )
        )
    return tuple(rows)


def total_paid(rows: Iterable[Row]) -> Decimal:
    return total(r.payment for r in rows)


def total_principal(rows: Iterable[Row]) -> Decimal:
    return total(r.principal for r in rows)


def total_charges(rows: Iterable[Row]) -> Decimal:
    return total(r.charges for r in rows)


def first_payment(rows: Sequence[Row]) -> Decimal:
    """The first row's payment (0 for an empty schedule)."""
    return rows[0].payment if rows else ZERO

"""Household budget and how the monthly disposable income is offered to creditors.

``disposable = Σ income − Σ essential expenses`` (may be negative: then
nothing can be offered and every offer is 0).

``offers`` split ``max(disposable, 0)`` across the debts (to the fen, the parts
sum exactly to it, calc.money.split_by_weights):

- ``pro_rata`` — by balance owed (principal + billed charges);
- ``pro_rata_contractual`` — by each debt's contractual monthly payment
  (``contract_payment`` if given, else derived from the contract schedule);
- ``equal`` — the same to every creditor;
- ``avalanche`` — costliest first (highest contract rate, then highest
  penalty rate): each debt in turn receives up to what it needs (its
  proposal installment), whatever is left goes to the costliest debt.

Token floor (a product convention, from the rules data's ``token_payment``):
when the budget covers a token payment for every creditor, no creditor gets
less than the token — creditors below it are raised to it and the rest is
re-split among the others by the same rule. When even the tokens cannot be
covered, the budget is split equally, so no lender is left out of the
proposal.

>>> split_offers(Decimal("100.00"), {"a": Decimal(1), "b": Decimal(3)}, Decimal("30.00"))
{'a': Decimal('30.00'), 'b': Decimal('70.00')}
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from calc.model import Household
from calc.money import ZERO, round_fen, split_by_weights, split_evenly, total
from calc.schedule import level_payment


@dataclass(frozen=True)
class Budget:
    income: Decimal
    expenses: Decimal

    @property
    def disposable(self) -> Decimal:
        return self.income - self.expenses

    @property
    def available(self) -> Decimal:
        """What can be offered each month: the disposable income, never below 0."""
        return max(self.disposable, ZERO)


def household_budget(household: Household) -> Budget:
    return Budget(total(i.monthly for i in household.income), total(e.monthly for e in household.expenses))


def _too_small(amount: Decimal, ids: Sequence[str], token: Decimal) -> dict[str, Decimal] | None:
    """The split when there is nothing to split or not even a token for everyone, else None."""
    if amount <= 0:
        return {i: ZERO for i in ids}
    if token * len(ids) > amount:
        return dict(zip(ids, split_evenly(amount, len(ids))))
    return None


def split_offers(amount: Decimal, weights: Mapping[str, Decimal], token: Decimal) -> dict[str, Decimal]:
    """Split ``amount`` by ``weights`` with the token floor (see module doc)."""
    ids = list(weights)
    small = _too_small(amount, ids, token)
    if small is not None:
        return small
    fixed: dict[str, Decimal] = {}
    while True:
        free = [i for i in ids if i not in fixed]
        rest = amount - token * len(fixed)
        parts = dict(zip(free, split_by_weights(rest, [weights[i] for i in free])))
        low = [i for i in free if parts[i] < token]
        if not low:
            return {i: fixed.get(i, parts.get(i, ZERO)) for i in ids}
        for i in low:
            fixed[i] = token


def avalanche_offers(
    amount: Decimal, order: Sequence[str], needs: Mapping[str, Decimal], token: Decimal
) -> dict[str, Decimal]:
    """Costliest first: fill ``needs`` in ``order``; surplus to the first (costliest) debt.

    With the token floor: when tokens for all fit in ``amount`` every debt first
    gets ``token`` (counted towards its need); otherwise an equal split.
    """
    ids = list(order)
    small = _too_small(amount, ids, token)
    if small is not None:
        return small
    offer = {i: token for i in ids}
    left = amount - token * len(ids)
    for i in ids:
        extra = min(left, max(ZERO, needs[i] - token))
        offer[i] += extra
        left -= extra
    offer[ids[0]] += left
    return offer


def months_to_repay(amount: Decimal, monthly: Decimal, annual_rate: Decimal) -> int | None:
    """Fewest level monthly installments of at most ``monthly`` repaying ``amount``
    at ``annual_rate`` (None if ``monthly`` never covers the interest, 0 if nothing owed).

    ``n = ceil(−ln(1 − r·A/M) / ln(1 + r))`` (``ceil(A/M)`` when r = 0),
    checked against the exact level payment.

    >>> months_to_repay(Decimal("1000"), Decimal("300"), Decimal("0"))
    4
    """
    if amount <= 0:
        return 0
    if monthly <= 0:
        return None
    r = annual_rate / 12
    if r == 0:
        n = math.ceil(amount / monthly)
    else:
        if monthly <= amount * r:
            return None
        n = max(1, math.ceil(-math.log(float(1 - r * amount / monthly)) / math.log(float(1 + r))))
    while n > 1 and round_fen(level_payment(amount, r, n - 1)) <= monthly:
        n -= 1
    while round_fen(level_payment(amount, r, n)) > monthly:
        n += 1
    return n


def income_drop_percent(before: Decimal, now: Decimal) -> int | None:
    """How far monthly income fell, in whole percent: ``(before − now) / before × 100``
    rounded half up (the hardship statement's "收入下降××%"); ``None`` when it did not fall.

    >>> income_drop_percent(Decimal("9000"), Decimal("4200"))
    53
    >>> income_drop_percent(Decimal("4000"), Decimal("4200")) is None
    True
    """
    if before <= 0 or now >= before:
        return None
    return int(((before - now) * 100 / before).quantize(Decimal(1), rounding=ROUND_HALF_UP))

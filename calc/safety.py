"""Date-gated hints that keep users safe and on time (rules.md §7).

PBoC one-off credit repair (一次性信用修复, announced 2025-12-22, 🟡): overdue
records dated ``records_from``..``records_to`` (2020-01-01..2025-12-31) of at
most ``max_per_item`` (CNY 10,000) each, repaid in full by ``repay_by``
(2026-03-31), are not shown in the credit report — automatically, for free,
with no agent. rules.md's date gate: offer it as a prioritisation hint only
while ``as_of ≤ repay_by``; afterwards it is past policy and is not offered.

Which debts qualify, as far as the plan can tell: ``overdue_since`` inside the
records window and what is owed now (``DebtSummary.owed``: principal plus billed
charges, "incl. interest and penalties, per one commentary") at most the
per-item limit. The credit report itself decides; the hint says "may".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calc.model import Plan
from calc.rules import CreditRepair, Rules
from calc.scenarios import Comparison

__all__ = ["CreditRepairHint", "credit_repair_hint"]


@dataclass(frozen=True)
class CreditRepairHint:
    """Debts that may leave the credit report if repaid in full by ``repay_by``."""

    debt_ids: tuple[str, ...]
    repay_by: date
    days_left: int
    rule: CreditRepair


def credit_repair_hint(plan: Plan, comparison: Comparison, rules: Rules) -> CreditRepairHint | None:
    """The hint for ``plan`` on ``plan.as_of``, or ``None`` (no data, past the date, no debt fits).

    >>> from datetime import date
    >>> from decimal import Decimal
    >>> from calc.rules import CreditRepair, Source
    >>> rule = CreditRepair(date(2020, 1, 1), date(2025, 12, 31), Decimal(10000),
    ...                     date(2026, 3, 31), Source("", "", "secondary"))
    >>> _eligible(rule, date(2025, 6, 1), Decimal("8600.00")), _eligible(rule, date(2026, 1, 5), Decimal(1))
    (True, False)
    """
    rule = rules.credit_repair
    if rule is None or plan.as_of > rule.repay_by:
        return None
    owed = {d.debt_id: d.owed for d in comparison.debts}
    ids = tuple(
        d.id for d in plan.debts
        if d.overdue_since is not None and d.id in owed and _eligible(rule, d.overdue_since, owed[d.id])
    )
    if not ids:
        return None
    return CreditRepairHint(ids, rule.repay_by, (rule.repay_by - plan.as_of).days, rule)


def _eligible(rule: CreditRepair, overdue_since: date, owed) -> bool:
    return rule.records_from <= overdue_since <= rule.records_to and owed <= rule.max_per_item

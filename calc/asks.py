"""What a debt's proposal asks of its lender, in numbers (the facts a letter states).

One :class:`DebtAsk` per debt, read off a :class:`~calc.scenarios.Comparison`
(the ``proposal`` scenario's path for that debt) and the plan: nothing here is
recomputed differently from the comparison, so the letter, the CLI and the GUI
show the same figures.

The letter type follows the proposal (``shared/domain/letters.md`` §2):

- a credit card → 个性化分期还款申请书 (``card_installment``), whatever else is
  asked: 信用卡办法 art. 70 frames every card re-arrangement;
- otherwise, when the proposal asks for exactly one special thing —
  a deferral (``deferral_months > 0``) *or* a waiver that removes money
  (``waived.total > 0``) — the letter is titled after it: 延期还款申请书
  (``deferral``) or 减免罚息及违约金申请书 (``waiver``);
- anything else — both, or a plain re-installment — is a 协商还款申请书
  (``general``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from calc.charges import Billed, waive_billed
from calc.dates import months_after
from calc.model import CreditorKind, Debt, Plan, Proposal, effective_proposal
from calc.money import ZERO, total
from calc.scenarios import Comparison, DebtSummary, Offer
from calc.schedule import Row


class LetterKind(StrEnum):
    GENERAL = "general"  # 协商还款申请书
    CARD_INSTALLMENT = "card_installment"  # 个性化分期还款申请书
    DEFERRAL = "deferral"  # 延期还款申请书
    WAIVER = "waiver"  # 减免罚息及违约金申请书


@dataclass(frozen=True)
class DebtAsk:
    """One debt's proposal, as the lender will read it.

    - ``waived``: the billed charges the proposal asks the lender to remove, by
      kind; ``kept``: what remains of them (``summary.billed`` = waived + kept).
    - ``down_payment``: paid on ``as_of`` (the schedule's first row then).
    - ``deferral_end``: the day the deferral ends (``as_of`` + deferral months),
      ``None`` without a deferral; ``capitalised``: contract interest accrued
      during a deferral with ``deferral_interest = contract`` and added to the
      re-installed amount.
    - ``reinstalled``: the amount spread over the new installments
      (principal + kept charges − down payment + capitalised).
    - ``rows``: the full schedule (down payment row first, if any);
      ``installments``: the new monthly installments only.
    - ``regular``: the most common installment amount (what "每期" means);
      ``max_payment``: the largest one (the down payment is not an installment).
    - ``offer``: this creditor's share of the monthly budget (``None`` when the
      comparison has none); ``fits_offer``: every installment is within it.
    """

    debt: Debt
    summary: DebtSummary
    proposal: Proposal
    kind: LetterKind
    waived: Billed
    kept: Billed
    down_payment: Decimal
    deferral_end: date | None
    capitalised: Decimal
    reinstalled: Decimal
    rows: tuple[Row, ...]
    installments: tuple[Row, ...]
    regular: Decimal
    max_payment: Decimal
    total_paid: Decimal
    total_charges: Decimal
    offer: Offer | None
    fits_offer: bool

    @property
    def first(self) -> Row | None:
        """The first payment (the down payment when there is one)."""
        return self.rows[0] if self.rows else None

    @property
    def last(self) -> Row | None:
        return self.rows[-1] if self.rows else None

    @property
    def owed_after_waiver(self) -> Decimal:
        return self.summary.principal + self.kept.total


def _minus(a: Billed, b: Billed) -> Billed:
    return Billed(a.interest - b.interest, a.penalty - b.penalty, a.fees - b.fees)


def letter_kind(debt: Debt, proposal: Proposal, waived_total: Decimal) -> LetterKind:
    """The letter type for a debt's proposal (rule in the module docstring)."""
    if debt.creditor_kind is CreditorKind.CREDIT_CARD:
        return LetterKind.CARD_INSTALLMENT
    deferral = proposal.deferral_months > 0
    waiver = waived_total > 0
    if deferral and not waiver:
        return LetterKind.DEFERRAL
    if waiver and not deferral:
        return LetterKind.WAIVER
    return LetterKind.GENERAL


def debt_asks(plan: Plan, comparison: Comparison) -> tuple[DebtAsk, ...]:
    """Every debt's :class:`DebtAsk`, in plan order."""
    proposal_paths = next(s for s in comparison.scenarios if s.key == "proposal").per_debt
    paths = {p.debt_id: p for p in proposal_paths}
    summaries = {s.debt_id: s for s in comparison.debts}
    offers = {o.debt_id: o for o in comparison.offers}
    out = []
    for debt in plan.debts:
        summary = summaries[debt.id]
        proposal = effective_proposal(plan.proposal, debt)
        kept = waive_billed(summary.billed, proposal.waive, summary.check.excess)
        waived = _minus(summary.billed, kept)
        rows = paths[debt.id].rows
        down_rows = tuple(r for r in rows if r.date <= plan.as_of)
        installments = tuple(r for r in rows if r.date > plan.as_of)
        down = total(r.payment for r in down_rows)
        reinstalled = total(r.principal for r in installments)
        capitalised = max(ZERO, reinstalled - (summary.principal + kept.total - down))
        # Counter keeps first-seen order, so a tie goes to the earlier amount.
        regular = Counter(r.payment for r in installments).most_common(1)[0][0] if installments else ZERO
        max_payment = max((r.payment for r in installments), default=ZERO)
        offer = offers.get(debt.id)
        out.append(DebtAsk(
            debt=debt,
            summary=summary,
            proposal=proposal,
            kind=letter_kind(debt, proposal, waived.total),
            waived=waived,
            kept=kept,
            down_payment=down,
            deferral_end=(months_after(plan.as_of, proposal.deferral_months)
                          if proposal.deferral_months > 0 else None),
            capitalised=capitalised,
            reinstalled=reinstalled,
            rows=rows,
            installments=installments,
            regular=regular,
            max_payment=max_payment,
            total_paid=total(r.payment for r in rows),
            total_charges=total(r.interest + r.fees for r in rows),
            offer=offer,
            fits_offer=offer is not None and max_payment <= offer.monthly,
        ))
    return tuple(out)


__all__ = ["DebtAsk", "LetterKind", "debt_asks", "letter_kind"]

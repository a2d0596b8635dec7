"""calc.asks: the letter facts of each debt, read off the comparison.

Expected values: the letter-type rule of shared/domain/letters.md §2 as written
in calc/asks.py, and the comparison's own proposal schedules (the same numbers
must appear in the letter, the CLI and the GUI).
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.rules_data import load_rules
from calc.asks import LetterKind, debt_asks, letter_kind
from calc.model import CreditorKind, Debt, Proposal
from calc.plan import decode_plan
from calc.scenarios import compare

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.json"))


def debt(kind: CreditorKind = CreditorKind.LICENSED) -> Debt:
    return Debt(id="d", creditor="某消费金融有限公司", principal=Decimal("1000.00"),
                annual_rate=Decimal("0.18"), creditor_kind=kind)


@pytest.mark.parametrize("kind,deferral,waived,expected", [
    (CreditorKind.CREDIT_CARD, 3, Decimal(10), LetterKind.CARD_INSTALLMENT),
    (CreditorKind.CREDIT_CARD, 0, Decimal(0), LetterKind.CARD_INSTALLMENT),
    (CreditorKind.LICENSED, 3, Decimal(0), LetterKind.DEFERRAL),
    (CreditorKind.LICENSED, 0, Decimal("0.01"), LetterKind.WAIVER),
    (CreditorKind.PRIVATE, 0, Decimal(5), LetterKind.WAIVER),
    (CreditorKind.LICENSED, 2, Decimal(5), LetterKind.GENERAL),
    (CreditorKind.LICENSED, 0, Decimal(0), LetterKind.GENERAL),
])
def test_letter_kind_rule(kind, deferral, waived, expected):
    assert letter_kind(debt(kind), Proposal(deferral_months=deferral), waived) is expected


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_asks_add_up_to_the_comparisons_proposal(example):
    plan, _ = decode_plan(json.loads(example.read_text(encoding="utf-8")), today=date(2026, 11, 24))
    comparison = compare(plan, load_rules(), with_suggestions=False)
    proposal = next(s for s in comparison.scenarios if s.key == "proposal")
    asks = debt_asks(plan, comparison)
    assert [a.debt.id for a in asks] == [d.id for d in plan.debts]
    assert sum(a.total_paid for a in asks) == proposal.total_paid
    for a, path in zip(asks, proposal.per_debt):
        s = a.summary
        assert a.rows == path.rows
        for kind in ("interest", "penalty", "fees"):  # waived + kept = billed, by kind
            assert getattr(a.waived, kind) + getattr(a.kept, kind) == getattr(s.billed, kind)
            assert getattr(a.waived, kind) >= 0
        assert a.reinstalled == s.principal + a.kept.total - a.down_payment + a.capitalised
        assert a.total_paid == a.down_payment + sum(r.payment for r in a.installments)
        assert a.regular in {r.payment for r in a.installments}
        assert a.max_payment == max(r.payment for r in a.installments)
        assert a.fits_offer == (a.max_payment <= a.offer.monthly)
        if a.proposal.deferral_months:
            assert a.installments[0].date > a.deferral_end

"""Reverse solve: what to ask each lender so the installment fits its offer.

For every debt ``i`` with monthly offer ``O_i`` the candidates are
waiver ``w`` ∈ (none, above_cap, all_penalty, all_charges) × term
``n`` ∈ 1…``max_term_months`` × deferral ``d`` ∈ 0…12 months, at the debt's
proposal ``installment_rate``, ``method`` and ``deferral_interest``.

Amount re-installed (as in calc.scenarios.installment_path):
``A = principal + billed_after_waiver(w) − down + K(w, d)`` where ``K`` is
the contract interest capitalised over the deferral when
``deferral_interest == contract`` (within the cap for ``above_cap``, none for
``all_charges``). The largest payment of the schedule must fit the offer:

- 等额本息: ``A·r·(1+r)^n / ((1+r)^n − 1)`` (``A/n`` if r = 0)
- 等额本金: the first payment ``A/n + A·r``
- 先息后本: the last payment ``A + A·r``
- 到期一次: ``A·(1 + r·n)``

**Mildest ask** (our reading of the spec's "shortest term, least waiver,
least deferral"): a waiver costs the lender money, a longer term only time,
so candidates are ordered by waiver first (none < above_cap < all_penalty <
all_charges), then by the shortest term, then by the least deferral. The
first fitting candidate is recomputed exactly (Decimal schedule); if fen
rounding makes it miss, the next candidate is tried.

Vectorized with numpy: the whole grid (debts × waivers × deferrals × terms)
is evaluated in float with broadcasting; only the chosen plan is exact.
:func:`suggest_reference` is the straightforward per-candidate loop
giving the same answers (used by tests and ``benchmarks/``).

When nothing fits, the suggestion says what more is needed: the monthly
payment for the strongest ask (all charges waived, longest term, no
deferral), the gap to the offer, and the principal reduction that would make
the offer enough at the longest term (note ``needs_more``; ``offer_zero``
when there is no budget at all).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import numpy as np

from calc.charges import waive_billed
from calc.dates import months_after
from calc.model import WAIVE_ORDER, DeferralInterest, Method, Proposal, Waive
from calc.money import ZERO, round_fen
from calc.rules import cap_allowance
from calc.schedule import level_payment

if TYPE_CHECKING:  # pragma: no cover
    from calc.paths import DebtTerms
    from calc.scenarios import Prepared

MAX_DEFERRAL = 12


@dataclass(frozen=True)
class Ask:
    deferral_months: int
    term_months: int
    installment_rate: Decimal
    waive: Waive


@dataclass(frozen=True)
class Suggestion:
    debt_id: str
    creditor: str
    ask: Ask | None
    monthly: Decimal
    offer: Decimal
    fits: bool
    note: str
    params: Mapping[str, Any] = field(default_factory=dict)


def _max_payment_exact(t: DebtTerms, proposal: Proposal, down: Decimal, as_of: date, conv, ask: Ask) -> Decimal:
    from calc.scenarios import installment_path

    p = Proposal(
        deferral_months=ask.deferral_months,
        deferral_interest=proposal.deferral_interest,
        term_months=ask.term_months,
        installment_rate=ask.installment_rate,
        method=proposal.method,
        waive=ask.waive,
    )
    rows = installment_path(t, p, down, as_of, conv, waive=ask.waive, defer_months=ask.deferral_months)
    return max((r.payment for r in rows if r.date > as_of), default=ZERO)


def _amounts(t: DebtTerms, proposal: Proposal, down: Decimal, as_of: date, conv) -> np.ndarray:
    """Float amounts re-installed, shape (waivers, deferrals)."""
    out = np.zeros((len(WAIVE_ORDER), MAX_DEFERRAL + 1))
    for wi, w in enumerate(WAIVE_ORDER):
        owed = t.principal + waive_billed(t.billed, w, t.cap_check.excess).total
        rest = owed - min(down, owed)
        base = min(t.principal, rest)
        for d in range(MAX_DEFERRAL + 1):
            extra = ZERO
            if d and proposal.deferral_interest is DeferralInterest.CONTRACT and w is not Waive.ALL_CHARGES:
                end = months_after(as_of, d)
                extra = base * t.annual_rate * (end - as_of).days / conv.day_basis
                if w is Waive.ABOVE_CAP:
                    extra = min(extra, cap_allowance(t.cap, base, as_of, end, conv.cap_day_basis))
                extra = round_fen(extra)
            out[wi, d] = float(rest + extra)
    return out


def _max_payment_grid(amount: np.ndarray, rate: float, method: Method, terms: np.ndarray) -> np.ndarray:
    """Largest installment for every amount × term (broadcast: amount[..., None], terms[None, :])."""
    a = amount[..., None]
    n = terms.astype(float)
    r = rate / 12
    if method is Method.EQUAL_INSTALLMENT:
        if r == 0:
            return a / n
        g = (1 + r) ** n
        return a * r * g / (g - 1)
    if method is Method.EQUAL_PRINCIPAL:
        return a / n + a * r
    if method is Method.INTEREST_FIRST:
        return a * (1 + r) + 0 * n
    return a * (1 + r * n)


def _needs_more(t: DebtTerms, proposal: Proposal, down: Decimal, offer: Decimal, max_term: int) -> dict[str, Any]:
    rest = max(t.principal - min(down, t.principal), ZERO)
    r = proposal.installment_rate / 12
    needed = round_fen(level_payment(rest, r, max_term)) if rest > 0 else ZERO
    affordable = ZERO
    if offer > 0:
        affordable = offer / level_payment(Decimal(1), r, max_term)
    return {
        "needed": needed,
        "offer": offer,
        "gap": max(needed - offer, ZERO),
        "max_term": max_term,
        "reduction": round_fen(max(rest - affordable, ZERO)),
    }


Found = tuple[Ask, Decimal] | None


def _each_debt(prep: Prepared, offers: Sequence[Decimal], find) -> list[Suggestion]:
    """Run ``find(t, proposal, down, offer, max_term) -> (ask, exact max payment) | None``
    for every debt with a budget, and word the outcome as a :class:`Suggestion`."""
    max_term = int(prep.settings.max_term_months or 60)
    out: list[Suggestion] = []
    for debt, t, p, down, offer in zip(prep.plan.debts, prep.terms, prep.proposals, prep.down, offers):
        chosen = find(t, p, down, offer, max_term) if offer > 0 else None
        if chosen is not None:
            out.append(Suggestion(t.debt_id, debt.creditor, chosen[0], chosen[1], offer, True, "fits", {}))
            continue
        note = "offer_zero" if offer <= 0 else "needs_more"
        out.append(Suggestion(t.debt_id, debt.creditor, None, ZERO, offer, False, note,
                              _needs_more(t, p, down, offer, max_term)))
    return out


def suggest(prep: Prepared, offers: Sequence[Decimal]) -> list[Suggestion]:
    """Vectorized reverse solve over all debts (see module doc)."""
    as_of = prep.plan.as_of

    def find(t: DebtTerms, p: Proposal, down: Decimal, offer: Decimal, max_term: int) -> Found:
        terms = np.arange(1, max_term + 1)
        grid = _max_payment_grid(_amounts(t, p, down, as_of, prep.conv), float(p.installment_rate),
                                 p.method, terms)
        # grid shape: (waivers, deferrals, terms) -> mildness order (waiver, term, deferral)
        ordered = np.transpose(grid, (0, 2, 1)).reshape(-1)
        for flat in np.flatnonzero(ordered <= float(offer) + 0.005):
            wi, rem = divmod(int(flat), max_term * (MAX_DEFERRAL + 1))
            ni, d = divmod(rem, MAX_DEFERRAL + 1)
            ask = Ask(d, int(terms[ni]), p.installment_rate, WAIVE_ORDER[wi])
            exact = _max_payment_exact(t, p, down, as_of, prep.conv, ask)
            if exact <= offer:
                return ask, exact
        return None

    return _each_debt(prep, offers, find)


def suggest_reference(prep: Prepared, offers: Sequence[Decimal]) -> list[Suggestion]:
    """The same answers by trying every candidate in order with exact schedules (slow)."""
    as_of = prep.plan.as_of

    def find(t: DebtTerms, p: Proposal, down: Decimal, offer: Decimal, max_term: int) -> Found:
        for w in WAIVE_ORDER:
            for n in range(1, max_term + 1):
                for d in range(MAX_DEFERRAL + 1):
                    ask = Ask(d, n, p.installment_rate, w)
                    exact = _max_payment_exact(t, p, down, as_of, prep.conv, ask)
                    if exact <= offer:
                        return ask, exact
        return None

    return _each_debt(prep, offers, find)

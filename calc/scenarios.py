"""The five scenarios of the plan-file spec and their comparison.

``compare(plan, rules)`` returns plain data (:class:`Comparison`):

- per debt: what is owed, the applicable cap (calc.rules), the billed charges
  above it (calc.charges.check_cap) and the capped rebuild of what is owed;
- the budget and the monthly ``offers`` to each creditor (calc.budget);
- the scenarios, each a dated path per debt:

  * ``status_quo`` — calc.paths.simulate paying the debt's offer each month;
  * ``deferral`` — the same after ``deferral_months`` without payment;
  * ``reinstallment`` — everything owed now (principal + billed charges) less
    the down payment, in ``term_months`` installments at ``installment_rate``
    by ``method`` from one month after ``as_of``; nothing else accrues;
  * ``penalty_reduction`` — the status quo with ``waive`` applied;
  * ``proposal`` — the waiver on the billed charges, then the deferral, then the
    re-installment of what remains (first installment one month after the
    deferral ends); under ``deferral_interest == "contract"`` the contract
    interest on the principal during the deferral (within the cap when
    ``waive`` is ``above_cap``, none under ``all_charges``) is capitalised.

  When a status-quo-family path does not clear within ``horizon_months`` from
  the offers, the scenario says so (``clears_from_budget`` False,
  ``fits_budget`` False) and the path shown is the one paying, per debt, the
  constant monthly amount that clears it in ``term_months`` (``required_monthly``).

- the reverse solve's suggestions (calc.solve).

Down payment: a debt's own ``proposal.down_payment`` applies to it; the
plan-wide ``down_payment`` is split across the other debts in proportion to
what they owe, never more than a debt owes. It is paid on ``as_of``.

Summary fields (per scenario, over all debts, payments grouped by calendar
month, the down payment on ``as_of`` excluded from the monthly figures):
``monthly_payment`` = the most common monthly total (the regular installment
even when debts fall due on different days and the first calendar month holds
only some of them; the first month if no total repeats); ``max_payment`` = the largest
month; ``months`` = whole months from ``as_of`` to the last payment;
``total_paid`` includes the down payment; ``total_charges = total_paid −
principal``; ``saving_vs_status_quo`` = status quo ``total_paid`` − this one's;
``fits_budget`` = every month ≤ disposable income (and, for the status-quo
family, cleared from the offers); ``apr`` = the dated IRR of the payments
against the principal owed on ``as_of`` (PBoC 公告〔2021〕第3号 method),
given as 单利 12 × the monthly rate equivalent to the daily IRR
(``(1 + r_d)^(365/12) − 1``).
"""

from __future__ import annotations

import math
from calendar import monthrange
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from calc.apr import apr_dated
from calc.budget import Budget, avalanche_offers, household_budget, months_to_repay, split_offers
from calc.charges import Billed, CapCheck, billed_of, check_cap, overdue_principal, waive_billed
from calc.dates import months_after, months_spanned
from calc.errors import CalcError
from calc.model import (
    Allocation,
    Debt,
    DeferralInterest,
    Plan,
    Proposal,
    Settings,
    Waive,
    effective_proposal,
)
from calc.money import ZERO, round_fen, split_by_weights, total
from calc.paths import (
    Conventions,
    DebtTerms,
    clearing_payment,
    contract_schedule,
    first_due,
    period_dates,
    shift_rows,
    simulate,
)
from calc.rates import contract_annual_rate, penalty_annual_rate
from calc.rules import Cap, Rules, applicable_cap, cap_allowance, resolve_settings
from calc.schedule import Row, Schedule, amortize

SCENARIO_KEYS: tuple[str, ...] = (
    "status_quo", "deferral", "reinstallment", "penalty_reduction", "proposal",
)


@dataclass(frozen=True)
class DebtSummary:
    """What one debt looks like today against its cap."""

    debt_id: str
    creditor: str
    principal: Decimal
    overdue_principal: Decimal
    billed: Billed
    owed: Decimal
    cap: Cap
    check: CapCheck
    annual_rate: Decimal
    penalty_rate: Decimal

    @property
    def excess(self) -> Decimal:
        return self.check.excess

    @property
    def capped_owed(self) -> Decimal:
        """The capped rebuild of what is owed: principal + billed charges within the cap."""
        return self.owed - self.check.excess


@dataclass(frozen=True)
class DebtPath:
    """One debt's dated path in a scenario."""

    debt_id: str
    rows: Schedule
    cleared_from_budget: bool = True
    required_monthly: Decimal | None = None

    @property
    def total_paid(self) -> Decimal:
        return total(r.payment for r in self.rows)


@dataclass(frozen=True)
class Scenario:
    key: str
    per_debt: tuple[DebtPath, ...]
    monthly_payment: Decimal
    max_payment: Decimal
    down_payment: Decimal
    months: int
    first_date: date | None
    last_date: date | None
    total_paid: Decimal
    total_charges: Decimal
    saving_vs_status_quo: Decimal
    fits_budget: bool
    clears_from_budget: bool
    apr: Decimal | None
    by_month: tuple[tuple[date, Decimal], ...] = ()


@dataclass(frozen=True)
class Offer:
    debt_id: str
    creditor: str
    monthly: Decimal
    months: int | None
    share: Decimal


@dataclass(frozen=True)
class Comparison:
    as_of: date
    settings: Settings
    budget: Budget
    debts: tuple[DebtSummary, ...]
    scenarios: tuple[Scenario, ...]
    offers: tuple[Offer, ...]
    suggestions: tuple = field(default=())

    def scenario(self, key: str) -> Scenario:
        for s in self.scenarios:
            if s.key == key:
                return s
        raise KeyError(key)

    @property
    def total_owed(self) -> Decimal:
        """What all lenders claim today: Σ ``DebtSummary.owed``."""
        return total(d.owed for d in self.debts)

    @property
    def total_excess(self) -> Decimal:
        """Billed charges above the legal caps, all debts: Σ ``DebtSummary.excess``."""
        return total(d.excess for d in self.debts)

    def over_budget(self, key: str) -> Decimal:
        """How much the largest monthly payment of scenario ``key`` exceeds the money
        available for debts: ``max(0, max_payment − budget.disposable)``."""
        return max(ZERO, self.scenario(key).max_payment - self.budget.disposable)

    def balance_by_month(self, key: str) -> tuple[tuple[date, Decimal], ...]:
        """What is still owed, all debts together, on ``as_of`` and at each month end
        up to the month of scenario ``key``'s last payment (the balance chart).

        A debt counts with what it owes today (``DebtSummary.owed``) until its
        first payment row, then with the ``balance`` of its latest row on or
        before the day.
        """
        sc = self.scenario(key)
        rows = {p.debt_id: p.rows for p in sc.per_debt}
        last = sc.last_date or self.as_of

        def owed_on(day: date) -> Decimal:
            parts = []
            for d in self.debts:
                value = d.owed
                for r in rows.get(d.debt_id, ()):
                    if r.date > day:
                        break
                    value = r.balance
                parts.append(value)
            return total(parts)

        points = [(self.as_of, owed_on(self.as_of))]
        year, month = self.as_of.year, self.as_of.month
        while (year, month) <= (last.year, last.month):
            end = date(year, month, monthrange(year, month)[1])
            if end > self.as_of:
                points.append((end, owed_on(end)))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return tuple(points)


@dataclass(frozen=True)
class Prepared:
    """A plan resolved for the engines: settings, terms and proposals per debt."""

    plan: Plan
    settings: Settings
    conv: Conventions
    terms: tuple[DebtTerms, ...]
    proposals: tuple[Proposal, ...]
    summaries: tuple[DebtSummary, ...]
    down: tuple[Decimal, ...]


def prepare(plan: Plan, rules: Rules) -> Prepared:
    """Resolve settings, rates, overdue split, caps and down payments for every debt."""
    settings = resolve_settings(plan.settings, rules)
    assert settings.day_basis and settings.cap_day_basis and settings.horizon_months
    conv = Conventions(settings.day_basis, settings.cap_day_basis, settings.horizon_months)
    terms, proposals, summaries = [], [], []
    for i, debt in enumerate(plan.debts):
        try:
            t, p, s = _prepare_debt(debt, plan, rules, settings)
        except CalcError as exc:
            raise exc.at(f"debts[{i}]" + (f".{exc.path}" if exc.path else "")) from None
        terms.append(t)
        proposals.append(p)
        summaries.append(s)
    down = _down_payments(plan, proposals, [t.owed for t in terms])
    return Prepared(plan, settings, conv, tuple(terms), tuple(proposals), tuple(summaries), down)


def _prepare_debt(debt: Debt, plan: Plan, rules: Rules, settings: Settings):
    annual = contract_annual_rate(debt, settings)
    penalty = penalty_annual_rate(debt, settings)
    proposal = effective_proposal(plan.proposal, debt)
    cap = applicable_cap(debt.creditor_kind, debt.contract_date, proposal.cap, rules, plan.as_of)
    check = check_cap(debt, cap, plan.as_of, settings.cap_day_basis or 365)
    overdue = overdue_principal(debt, annual, plan.as_of)
    next_due = first_due(debt.overdue_since, plan.as_of)
    span = max(settings.horizon_months or 120, proposal.term_months, debt.remaining_months) \
        + proposal.deferral_months + 1
    terms = DebtTerms(
        debt_id=debt.id,
        principal=debt.principal,
        overdue_principal=overdue,
        billed=billed_of(debt),
        annual_rate=annual,
        penalty_rate=penalty,
        remaining_months=debt.remaining_months if overdue < debt.principal else 0,
        method=debt.method,
        next_due=next_due,
        cap=cap,
        cap_check=check,
        dates=period_dates(next_due, span),
    )
    terms = replace(terms, contract=contract_schedule(terms, annual))
    summary = DebtSummary(debt.id, debt.creditor, debt.principal, overdue, billed_of(debt),
                          debt.owed, cap, check, annual, penalty)
    return terms, proposal, summary


def _down_payments(plan: Plan, proposals: Sequence[Proposal], owed: Sequence[Decimal]) -> tuple[Decimal, ...]:
    own = [("down_payment" in d.proposal_patch) for d in plan.debts]
    down = [min(p.down_payment, o) if mine else ZERO for p, o, mine in zip(proposals, owed, own)]
    shared_idx = [i for i, mine in enumerate(own) if not mine]
    wide = plan.proposal.down_payment
    if wide > 0 and shared_idx:
        parts = split_by_weights(wide, [owed[i] for i in shared_idx])
        for i, part in zip(shared_idx, parts):
            down[i] = min(part, owed[i])
    return tuple(down)


# --- per-debt paths of the planned (non-status-quo) scenarios ---------------------

def _down_row(as_of: date, down: Decimal, billed: Billed, principal: Decimal, owed_after: Decimal) -> Row:
    """The down payment on ``as_of``: charges first (民法典 art. 561), then principal."""
    to_fees = min(down, billed.fees)
    to_int = min(down - to_fees, billed.interest)
    to_pen = min(down - to_fees - to_int, billed.penalty)
    return Row(as_of, down, down - to_fees - to_int - to_pen, to_int, to_fees, owed_after, to_pen)


def installment_path(
    t: DebtTerms,
    proposal: Proposal,
    down: Decimal,
    as_of: date,
    conv: Conventions,
    *,
    waive: Waive,
    defer_months: int,
) -> Schedule:
    """Waiver on billed charges, deferral, then re-installment (``proposal``;
    ``reinstallment`` is the case ``waive=none, defer_months=0``)."""
    billed = waive_billed(t.billed, waive, t.cap_check.excess)
    owed = t.principal + billed.total
    down = min(down, owed)
    rest = owed - down
    if defer_months > 0 and proposal.deferral_interest is DeferralInterest.CONTRACT and waive is not Waive.ALL_CHARGES:
        end = months_after(as_of, defer_months)
        base = min(t.principal, rest)
        accrued = base * t.annual_rate * (end - as_of).days / conv.day_basis
        if waive is Waive.ABOVE_CAP:
            accrued = min(accrued, cap_allowance(t.cap, base, as_of, end, conv.cap_day_basis))
        rest += round_fen(accrued)
    rows: list[Row] = []
    if down > 0:
        rows.append(_down_row(as_of, down, billed, t.principal, rest))
    if rest > 0:
        first = months_after(as_of, defer_months + 1)
        rows.extend(amortize(rest, proposal.term_months, proposal.installment_rate, proposal.method, first))
    return tuple(rows)


def status_paths(prep: Prepared, offers: Sequence[Decimal]) -> dict[str, tuple[DebtPath, ...]]:
    """The status-quo family per debt, all three paying the same monthly amount.

    That amount is the debt's offer when the status quo clears from it within the
    horizon; otherwise the smallest payment clearing the status quo in
    ``term_months`` (and every path of the debt is flagged as not payable from the
    budget). Comparing the three at one payment keeps the savings meaningful: a
    waiver or an interest-free deferral then never costs more. A deferral with
    interest stopped is the status-quo path moved later (calc.paths.shift_rows).
    A deferral with capitalised interest or a waiver path that still does not clear
    gets its own clearing payment.
    """
    as_of = prep.plan.as_of
    out: dict[str, list[DebtPath]] = {"status_quo": [], "deferral": [], "penalty_reduction": []}
    for t, p, offer in zip(prep.terms, prep.proposals, offers):
        sq = simulate(t, as_of, offer, prep.conv, give_up=True)
        pay, from_budget = offer, True
        if not sq.cleared:
            from_budget = False
            pay = clearing_payment(t, as_of, p.term_months, prep.conv)
            periods = max(p.term_months, t.remaining_months, 1)
            sq = simulate(t, as_of, pay, Conventions(prep.conv.day_basis, prep.conv.cap_day_basis, periods))
        required = None if from_budget else pay
        out["status_quo"].append(DebtPath(t.debt_id, sq.rows, from_budget, required))

        if p.deferral_months == 0:
            out["deferral"].append(out["status_quo"][-1])
        elif p.deferral_interest is DeferralInterest.NONE:
            out["deferral"].append(DebtPath(t.debt_id, shift_rows(t, sq.rows, p.deferral_months),
                                            from_budget, required))
        else:
            out["deferral"].append(_variant(prep, t, p, pay, required, defer_months=p.deferral_months,
                                            defer_interest=p.deferral_interest))
        if p.waive is Waive.NONE:
            out["penalty_reduction"].append(out["status_quo"][-1])
        else:
            out["penalty_reduction"].append(_variant(prep, t, p, pay, required, waive=p.waive))
    return {k: tuple(v) for k, v in out.items()}


def _variant(prep: Prepared, t: DebtTerms, p: Proposal, pay: Decimal, required: Decimal | None,
             **kwargs) -> DebtPath:
    """A status-family variant paying ``pay``; its own clearing payment if that is not enough."""
    as_of = prep.plan.as_of
    r = simulate(t, as_of, pay, prep.conv, **kwargs)
    if r.cleared:
        return DebtPath(t.debt_id, r.rows, required is None, required)
    need = clearing_payment(t, as_of, p.term_months, prep.conv, **kwargs)
    periods = max(p.term_months, t.remaining_months, 1) + kwargs.get("defer_months", 0)
    conv = Conventions(prep.conv.day_basis, prep.conv.cap_day_basis, periods)
    return DebtPath(t.debt_id, simulate(t, as_of, need, conv, **kwargs).rows, False, need)


def _summarize(
    key: str, paths: tuple[DebtPath, ...], as_of: date, principal: Decimal, disposable: Decimal,
    status_quo_paid: Decimal | None,
) -> Scenario:
    rows = [r for p in paths for r in p.rows]
    down = total(r.payment for r in rows if r.date <= as_of)
    months: OrderedDict[tuple[int, int], Decimal] = OrderedDict()
    for r in sorted((r for r in rows if r.date > as_of), key=lambda r: r.date):
        months[(r.date.year, r.date.month)] = months.get((r.date.year, r.date.month), ZERO) + r.payment
    by_month = tuple((date(y, m, 1), v) for (y, m), v in months.items())
    monthly = typical_month(by_month)
    max_payment = max((v for _, v in by_month), default=ZERO)
    paid = total(r.payment for r in rows)
    dates = [r.date for r in rows]
    first_date, last_date = (min(dates), max(dates)) if dates else (None, None)
    cleared = all(p.cleared_from_budget for p in paths)
    return Scenario(
        key=key,
        per_debt=paths,
        monthly_payment=monthly,
        max_payment=max_payment,
        down_payment=down,
        months=months_spanned(as_of, last_date) if last_date else 0,
        first_date=first_date,
        last_date=last_date,
        total_paid=paid,
        total_charges=paid - principal,
        saving_vs_status_quo=(status_quo_paid - paid) if status_quo_paid is not None else ZERO,
        fits_budget=cleared and max_payment <= disposable,
        clears_from_budget=cleared,
        apr=scenario_apr(principal, as_of, [(r.date, r.payment) for r in rows]),
        by_month=by_month,
    )


def typical_month(by_month: Sequence[tuple[date, Decimal]]) -> Decimal:
    """The headline monthly payment: the most common monthly total (ties: the earliest);
    the first month when no total repeats (e.g. 等额本金, where it is also the largest)."""
    if not by_month:
        return ZERO
    counts: dict[Decimal, int] = {}
    for _, v in by_month:
        counts[v] = counts.get(v, 0) + 1
    best = max(counts.values())
    if best < 2:
        return by_month[0][1]
    return next(v for _, v in by_month if counts[v] == best)


def scenario_apr(principal: Decimal, as_of: date, flows: Sequence[tuple[date, Decimal]]) -> Decimal | None:
    """12 × the monthly equivalent of the dated daily IRR (see module doc); None when undefined."""
    if principal <= 0 or not flows or total(a for _, a in flows) <= 0:
        return None
    try:
        yearly = apr_dated(principal, as_of, flows, day_basis=365).apr_compound
    except CalcError:
        return None
    monthly = (1 + float(yearly)) ** (1 / 12) - 1
    result = 12 * monthly
    if not math.isfinite(result):
        return None
    return Decimal(repr(round(result, 10)))


# --- offers -------------------------------------------------------------------

def contractual_payment(debt: Debt, t: DebtTerms, as_of: date) -> Decimal:
    """The debt's contractual monthly payment: as given, else the first installment of
    the not-yet-due principal over ``remaining_months``, else the whole amount owed."""
    if debt.contract_payment is not None:
        return debt.contract_payment
    if t.not_due_principal > 0 and t.remaining_months > 0:
        rows = amortize(t.not_due_principal, t.remaining_months, t.annual_rate, t.method, t.next_due)
        return rows[0].payment
    return t.owed


def compute_offers(prep: Prepared, budget: Budget, needs: Sequence[Decimal]) -> tuple[Offer, ...]:
    plan = prep.plan
    ids = [t.debt_id for t in prep.terms]
    amount = budget.available
    token = prep.settings.token_payment or ZERO
    allocation = plan.proposal.allocation
    if allocation is Allocation.AVALANCHE:
        order = sorted(range(len(ids)), key=lambda i: (-prep.terms[i].annual_rate, -prep.terms[i].penalty_rate, i))
        split = avalanche_offers(amount, [ids[i] for i in order], dict(zip(ids, needs)), token)
    else:
        if allocation is Allocation.PRO_RATA:
            weights = [t.owed for t in prep.terms]
        elif allocation is Allocation.PRO_RATA_CONTRACTUAL:
            weights = [contractual_payment(d, t, plan.as_of) for d, t in zip(plan.debts, prep.terms)]
        else:
            weights = [Decimal(1)] * len(ids)
        split = split_offers(amount, dict(zip(ids, weights)), token)
    offers = []
    for debt, t, p, down in zip(plan.debts, prep.terms, prep.proposals, prep.down):
        monthly = split[t.debt_id]
        remaining = t.principal + waive_billed(t.billed, p.waive, t.cap_check.excess).total - down
        share = (monthly / amount).quantize(Decimal("0.0001")) if amount > 0 else ZERO
        offers.append(Offer(t.debt_id, debt.creditor, monthly,
                            months_to_repay(max(remaining, ZERO), monthly, p.installment_rate), share))
    return tuple(offers)


def proposal_paths(prep: Prepared) -> tuple[DebtPath, ...]:
    """Each debt's path under its proposal (waiver, deferral, re-installment)."""
    return tuple(
        DebtPath(t.debt_id, installment_path(t, p, down, prep.plan.as_of, prep.conv, waive=p.waive,
                                             defer_months=p.deferral_months))
        for t, p, down in zip(prep.terms, prep.proposals, prep.down)
    )


def offers_from(prep: Prepared, budget: Budget, planned: Sequence[DebtPath]) -> tuple[Offer, ...]:
    """The offers, with each debt's need (for avalanche) = its first proposal installment."""
    as_of = prep.plan.as_of
    needs = [next((r.payment for r in dp.rows if r.date > as_of), ZERO) for dp in planned]
    return compute_offers(prep, budget, needs)


# --- the comparison -----------------------------------------------------------------

def compare(plan: Plan, rules: Rules, *, with_suggestions: bool = True) -> Comparison:
    """All five scenarios, the offers and (optionally) the reverse-solve suggestions."""
    prep = prepare(plan, rules)
    budget = household_budget(plan.household)
    as_of = plan.as_of
    principal = total(t.principal for t in prep.terms)

    planned = proposal_paths(prep)
    offers = offers_from(prep, budget, planned)
    offer_amounts = [o.monthly for o in offers]

    family = status_paths(prep, offer_amounts)
    sq = _summarize("status_quo", family["status_quo"], as_of, principal, budget.disposable, None)
    paths = {
        "deferral": family["deferral"],
        "reinstallment": tuple(
            DebtPath(t.debt_id, installment_path(t, p, down, as_of, prep.conv, waive=Waive.NONE, defer_months=0))
            for t, p, down in zip(prep.terms, prep.proposals, prep.down)
        ),
        "penalty_reduction": family["penalty_reduction"],
        "proposal": planned,
    }
    scenarios = [sq]
    for key in SCENARIO_KEYS[1:]:
        scenarios.append(_summarize(key, paths[key], as_of, principal, budget.disposable, sq.total_paid))
    suggestions: tuple = ()
    if with_suggestions:
        from calc.solve import suggest

        suggestions = tuple(suggest(prep, offer_amounts))
    return Comparison(as_of, prep.settings, budget, prep.summaries, tuple(scenarios), offers, suggestions)


__all__ = [
    "SCENARIO_KEYS",
    "Comparison",
    "DebtPath",
    "DebtSummary",
    "Offer",
    "Prepared",
    "Scenario",
    "compare",
    "compute_offers",
    "contractual_payment",
    "installment_path",
    "offers_from",
    "prepare",
    "proposal_paths",
    "scenario_apr",
]

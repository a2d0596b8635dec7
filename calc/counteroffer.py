"""A lender's counter-offer for one debt, measured against the plan.

:func:`evaluate_offer` answers the questions a borrower has the moment a lender
proposes terms (issue 5, "Negotiation log and counter-offers"): what will I pay
and when, what does it really cost a year, do the charges exceed the legal cap,
can I afford it alongside my other debts, and how does it compare with what I
asked for. Numbers and codes only; ``app/negotiation_report.py`` words them.

Cash flows (what the borrower pays, dated)
    The arrangement starts on the plan's ``as_of`` (the day the comparison is
    made, as for the proposal). On ``as_of``: the offer's ``down_payment`` and its
    one-off ``fees`` (when given). Then ``term_months`` instalments of
    ``monthly`` on ``first_due + k months`` (k = 0…n−1, anchored: calc.dates) or,
    without ``first_due``, on ``as_of + k months`` (k = 1…n: the proposal's dates
    without a deferral). The lender's quoted monthly amount is taken as it is: any monthly
    手续费 is inside it, and nothing else is paid. ``total_paid`` = Σ flows.

Real APR (IRR method, PBoC 公告〔2021〕第3号; ``shared/domain/rules.md`` §4)
    ``N`` = the debt's principal on ``as_of`` minus what is paid on ``as_of``
    (a fee or down payment at the start is cash the borrower does not get to
    use, like the PBoC example's 1,000 fee), ``C_k`` the later payments. Every
    payment above the principal is a cost, billed charges kept by the offer
    included (art. 3: "所有贷款成本与其实际占用的贷款本金的比例") — the base
    :func:`calc.scenarios.scenario_apr` also uses.

    * When every later payment falls on ``as_of + j months`` (whole months), the
      periodic IRR is monthly: :func:`calc.apr.apr_regular` with ``m = 12`` (zeros
      for months without payment). This reproduces the rules.md §4 vectors.
    * Otherwise (a ``first_due`` off the monthly grid, a month-end drift), XIRR
      on actual days (:func:`calc.apr.apr_dated`, rules.md §4 "Irregular dates")
      with the plan's ``cap_day_basis`` (365 by default, the borrower-friendly
      basis of rules.md §1.2).

    ``Σ C_k = N`` gives exactly 0. When ``N ≤ 0`` or nothing is paid later the
    rate is undefined: ``apr`` is ``None`` and ``apr_problem`` holds calc.apr's code.

Charges, the waiver and the cap
    The offer's ``waive`` applies to the billed charges as the proposal's does
    (:func:`calc.charges.waive_billed`; ``None`` = nothing waived);
    ``owed_after_waiver`` = principal + the billed charges kept;
    ``extra_charges`` = ``total_paid − owed_after_waiver`` (what the arrangement
    adds; negative when the lender asks for less). The cap is the debt's
    (:func:`calc.rules.applicable_cap` through :func:`calc.scenarios.prepare`),
    measured in money with :func:`calc.rules.cap_allowance` only:

    * past: the billed charges the offer keeps are allowed up to the allowance
      from their start to ``as_of`` (:class:`calc.charges.CapCheck`, the same
      figure as the comparison's); room they leave unused does not carry over to
      later charges. When no start date is known they are all taken as allowed;
    * future: between consecutive payment dates, the cap on the principal still
      outstanding, each payment going first to charges (the kept billed ones and
      the allowance accrued so far), then to principal (民法典 art. 561). That
      allocation keeps the principal highest, so it gives the largest allowance
      any allocation could: an offer found above the cap is above it however
      the lender books the payments.

    ``charges`` = ``total_paid − principal``; ``allowed`` = the kept charges
    within the past allowance + the future allowance; ``excess`` =
    ``max(0, charges − allowed)``, to the fen (= what was billed above the cap
    and kept, plus the new charges above the future allowance).

Budget (calc.budget through calc.scenarios)
    ``share`` is the creditor's monthly offer in the comparison (the disposable
    income split across creditors by ``proposal.allocation``); the offer fits it
    when ``monthly ≤ share``. ``combined_max`` is the largest calendar month of
    this offer plus the other debts' proposal payments (the payment on ``as_of``
    apart); it fits alongside them when ``combined_max ≤`` the disposable income.

Versus the proposal
    The debt's proposal path (:func:`calc.scenarios.proposal_paths`) summarised as
    the offer is (:class:`Terms`: typical monthly payment, months from ``as_of``
    to the last payment, total paid, APR by the same method), and the
    differences ``offer − proposal``.

>>> from calc.model import Debt, Plan, ContactOffer, Waive
>>> from calc.rules import Rules, Source
>>> from calc.model import Settings
>>> rules = Rules(lpr=(), private_multiplier=Decimal(4), transition_cutover=date(2020, 8, 20),
...     transition_old_annual=Decimal("0.24"), judicial_annual=Decimal("0.24"),
...     sources={"judicial": Source("", "", "secondary")},
...     defaults=Settings(360, 365, Decimal("1.5"), 60, 120, Decimal(0)))
>>> plan = Plan(as_of=date(2026, 1, 15), debts=(Debt(id="d", creditor="某银行",
...     principal=Decimal("10000.00"), annual_rate=Decimal("0.18")),))
>>> e = evaluate_offer(plan, "d", ContactOffer(term_months=12, monthly=Decimal("893.33")), rules)
>>> e.total_paid, f"{e.terms.apr.apr_simple:.2%}", e.cap.above
(Decimal('10719.96'), '13.03%', False)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from calc.apr import AprResult, apr_dated, apr_regular
from calc.budget import household_budget
from calc.charges import Billed, waive_billed
from calc.dates import due_dates, months_after, months_spanned
from calc.errors import CalcError, Problem
from calc.model import ContactOffer, Plan, Waive
from calc.money import ZERO, round_fen, total
from calc.rules import Cap, Rules, cap_allowance
from calc.scenarios import offers_from, prepare, proposal_paths, typical_month

__all__ = [
    "AprMethod",
    "BudgetFit",
    "CapTest",
    "Flow",
    "FlowKind",
    "OfferEvaluation",
    "OfferFlag",
    "Terms",
    "Versus",
    "evaluate_offer",
    "offer_flows",
    "repayment_apr",
    "summarize_flows",
]


class FlowKind(StrEnum):
    DOWN_PAYMENT = "down_payment"
    FEES = "fees"
    INSTALLMENT = "installment"


@dataclass(frozen=True)
class Flow:
    """One payment the borrower makes: when, how much (yuan), and what it is."""

    date: date
    amount: Decimal
    kind: FlowKind


class AprMethod(StrEnum):
    MONTHLY = "monthly"  # payments on whole months from as_of: monthly IRR, m = 12
    DAILY = "daily"  # otherwise: XIRR on actual days (day basis in ``Terms.day_basis``)


class OfferFlag(StrEnum):
    """What a borrower should notice about an offer, mildest last."""

    ABOVE_CAP = "above_cap"  # charges exceed the cap's allowance
    OVER_SHARE = "over_share"  # monthly above the creditor's share of the budget
    OVER_BUDGET = "over_budget"  # with the other debts' proposal, a month above disposable
    COSTS_MORE = "costs_more"  # total paid above the proposal's for this debt
    NO_APR = "no_apr"  # the rate is undefined (nothing financed, nothing paid later)


@dataclass(frozen=True)
class Terms:
    """A repayment of one debt summarised (the offer, or the proposal for that debt).

    - ``upfront``: paid on ``as_of`` (down payment, one-off fees).
    - ``monthly``: the typical calendar-month payment after ``as_of``
      (:func:`calc.scenarios.typical_month`); ``months``: whole months from
      ``as_of`` to the last payment; ``first_due``/``last_due``: first and last
      payment after ``as_of``.
    - ``apr``: by ``apr_method`` (module doc); ``None`` with ``apr_problem`` (a
      calc.apr code) when undefined; ``day_basis`` applies to the daily method.
    """

    upfront: Decimal
    monthly: Decimal
    months: int
    total_paid: Decimal
    first_due: date | None
    last_due: date | None
    apr: AprResult | None
    apr_method: AprMethod | None
    apr_problem: Problem | None
    day_basis: int


@dataclass(frozen=True)
class CapTest:
    """The offer's charges against the debt's cap (module doc), yuan to the fen.

    ``past_allowance`` is ``CapCheck.allowance`` (``past_measurable`` True) or,
    with no start date, the kept billed charges; ``past_allowed`` the kept billed
    charges within it and ``past_excess`` those above it (the comparison's excess,
    after the offer's waiver).
    """

    cap: Cap
    past_allowance: Decimal
    past_measurable: bool
    past_allowed: Decimal
    past_excess: Decimal
    future_allowance: Decimal
    charges: Decimal
    excess: Decimal

    @property
    def allowed(self) -> Decimal:
        """The charges the cap allows over the whole arrangement."""
        return self.past_allowed + self.future_allowance

    @property
    def above(self) -> bool:
        return self.excess > 0


@dataclass(frozen=True)
class BudgetFit:
    """The offer's monthly amount against the budget (module doc).

    ``combined_month`` is the first day of the month holding ``combined_max``.
    """

    disposable: Decimal
    share: Decimal
    monthly: Decimal
    combined_max: Decimal
    combined_month: date | None

    @property
    def over_share(self) -> Decimal:
        return max(ZERO, self.monthly - self.share)

    @property
    def fits_share(self) -> bool:
        return self.monthly <= self.share

    @property
    def over_budget(self) -> Decimal:
        return max(ZERO, self.combined_max - self.disposable)

    @property
    def fits_alongside(self) -> bool:
        return self.combined_max <= self.disposable


@dataclass(frozen=True)
class Versus:
    """The offer minus the proposal for the same debt (positive: the offer asks more)."""

    proposal: Terms
    monthly: Decimal
    months: int
    total_paid: Decimal


@dataclass(frozen=True)
class OfferEvaluation:
    """Everything :func:`evaluate_offer` finds; see the module doc for each rule."""

    debt_id: str
    creditor: str
    as_of: date
    offer: ContactOffer
    flows: tuple[Flow, ...]
    terms: Terms
    principal: Decimal
    billed: Billed
    kept: Billed
    cap: CapTest
    budget: BudgetFit
    versus: Versus
    flags: tuple[OfferFlag, ...]

    @property
    def total_paid(self) -> Decimal:
        return self.terms.total_paid

    @property
    def owed(self) -> Decimal:
        """What the lender claims today (principal + billed charges)."""
        return self.principal + self.billed.total

    @property
    def waived(self) -> Decimal:
        """Billed charges the offer waives."""
        return self.billed.total - self.kept.total

    @property
    def owed_after_waiver(self) -> Decimal:
        return self.principal + self.kept.total

    @property
    def extra_charges(self) -> Decimal:
        """What the arrangement adds to the amount owed after the waiver (may be negative)."""
        return self.total_paid - self.owed_after_waiver


# --- cash flows and their rate --------------------------------------------------


def offer_flows(offer: ContactOffer, as_of: date) -> tuple[Flow, ...]:
    """The dated payments of ``offer`` starting on ``as_of`` (module doc), in date order.

    Raises ``CalcError`` ``offer.incomplete`` (``missing``: the fields without a
    usable value; a monthly amount of 0 counts as missing) and
    ``offer.first_due_not_after_as_of`` (path ``first_due``).

    >>> [(str(f.date), str(f.amount), f.kind.value) for f in offer_flows(
    ...     ContactOffer(term_months=2, monthly=Decimal("500.00"), fees=Decimal("30.00")),
    ...     date(2026, 1, 31))]
    [('2026-01-31', '30.00', 'fees'), ('2026-02-28', '500.00', 'installment'), \
('2026-03-31', '500.00', 'installment')]
    """
    missing = [name for name, value in (("term_months", offer.term_months),
                                        ("monthly", offer.monthly)) if not value]
    if missing:
        raise CalcError("offer.incomplete", missing=missing)
    assert offer.term_months is not None and offer.monthly is not None
    first = offer.first_due
    if first is not None and first <= as_of:
        raise CalcError("offer.first_due_not_after_as_of", "first_due",
                        value=first.isoformat(), as_of=as_of.isoformat())
    flows: list[Flow] = []
    if offer.down_payment:
        flows.append(Flow(as_of, offer.down_payment, FlowKind.DOWN_PAYMENT))
    if offer.fees:
        flows.append(Flow(as_of, offer.fees, FlowKind.FEES))
    if first is None:  # anchored on as_of, as the proposal's installments are
        dates = tuple(months_after(as_of, k) for k in range(1, offer.term_months + 1))
    else:
        dates = due_dates(first, offer.term_months)
    flows.extend(Flow(d, offer.monthly, FlowKind.INSTALLMENT) for d in dates)
    return tuple(flows)


def _month_index(start: date, day: date) -> int | None:
    """``j ≥ 1`` with ``day == start + j months``, else None."""
    j = (day.year - start.year) * 12 + (day.month - start.month)
    return j if j >= 1 and months_after(start, j) == day else None


def repayment_apr(
    principal: Decimal, start: date, flows: Sequence[tuple[date, Decimal]], day_basis: int
) -> tuple[AprResult | None, AprMethod | None, Problem | None]:
    """The APR of repaying ``principal`` (outstanding on ``start``) by ``flows`` (module doc).

    Payments on ``start`` reduce the amount financed; the method is monthly when
    every later payment is on ``start + j months``, daily (XIRR, ``day_basis``)
    otherwise. Returns ``(result, method, None)`` or ``(None, method, problem)``.

    rules.md §4, PBoC example as a counter-offer (fee 1,000 paid at the start):

    >>> start = date(2026, 1, 15)
    >>> flows = [(start, Decimal(1000))] + [(months_after(start, k), Decimal("8833.33"))
    ...                                     for k in range(1, 13)]
    >>> r, method, _ = repayment_apr(Decimal(100000), start, flows, 365)
    >>> f"{r.periodic_irr:.5%} {r.apr_simple:.2%} {r.apr_compound:.2%}", method.value
    ('1.06704% 12.80% 13.58%', 'monthly')
    """
    upfront = total(a for d, a in flows if d <= start)
    later = [(d, a) for d, a in flows if d > start]
    received = principal - upfront
    periods = [_month_index(start, d) for d, _ in later]
    method = AprMethod.MONTHLY if all(p is not None for p in periods) else AprMethod.DAILY
    try:
        if method is AprMethod.MONTHLY:
            payments = [ZERO] * max((p for p in periods if p is not None), default=0)
            for p, (_, amount) in zip(periods, later):
                assert p is not None
                payments[p - 1] += amount
            return apr_regular(received, payments, 12), method, None
        return apr_dated(received, start, later, day_basis=day_basis), method, None
    except CalcError as exc:
        return None, method, exc.as_problem()


def summarize_flows(
    principal: Decimal, start: date, flows: Sequence[tuple[date, Decimal]], day_basis: int
) -> Terms:
    """:class:`Terms` of one debt's repayment by ``flows`` from ``start``."""
    ordered = sorted(flows, key=lambda f: f[0])
    later = [(d, a) for d, a in ordered if d > start]
    apr, method, problem = repayment_apr(principal, start, ordered, day_basis)
    return Terms(
        upfront=total(a for d, a in ordered if d <= start),
        monthly=typical_month(_by_month(later)),
        months=months_spanned(start, later[-1][0]) if later else 0,
        total_paid=total(a for _, a in ordered),
        first_due=later[0][0] if later else None,
        last_due=later[-1][0] if later else None,
        apr=apr,
        apr_method=method,
        apr_problem=problem,
        day_basis=day_basis,
    )


def _by_month(flows: Sequence[tuple[date, Decimal]]) -> tuple[tuple[date, Decimal], ...]:
    """Payments summed per calendar month (first day of the month), in date order."""
    months: dict[date, Decimal] = {}
    for day, amount in sorted(flows, key=lambda f: f[0]):
        key = day.replace(day=1)
        months[key] = months.get(key, ZERO) + amount
    return tuple(months.items())


# --- the cap ------------------------------------------------------------------------


def _future_allowance(
    cap: Cap, principal: Decimal, kept: Decimal, flows: Sequence[Flow], start: date,
    cap_day_basis: int,
) -> Decimal:
    """The cap's allowance over the repayment, charges paid first (module doc); unrounded."""
    balance, unpaid, allowed, previous = principal, kept, Decimal(0), start
    for flow in sorted(flows, key=lambda f: f.date):
        if flow.date > previous:
            accrued = cap_allowance(cap, balance, previous, flow.date, cap_day_basis)
            allowed += accrued
            unpaid += accrued
            previous = flow.date
        to_charges = min(flow.amount, unpaid)
        unpaid -= to_charges
        balance = max(Decimal(0), balance - (flow.amount - to_charges))
    return allowed


# --- the evaluation -------------------------------------------------------------------


def evaluate_offer(plan: Plan, debt_id: str, offer: ContactOffer, rules: Rules) -> OfferEvaluation:
    """Evaluate the lender's ``offer`` for debt ``debt_id`` of ``plan`` (see the module doc).

    Raises ``CalcError``: ``contact.unknown_debt`` (path ``debt``: no such debt),
    the codes of :func:`offer_flows`, and those of :func:`calc.scenarios.prepare`
    (rules data, at ``debts[i]``).
    """
    ids = [d.id for d in plan.debts]
    if debt_id not in ids:
        raise CalcError("contact.unknown_debt", "debt", value=debt_id, allowed=ids)
    i = ids.index(debt_id)
    as_of = plan.as_of
    flows = offer_flows(offer, as_of)
    prep = prepare(plan, rules)
    basis = prep.settings.cap_day_basis or 365
    summary = prep.summaries[i]
    check = summary.check

    terms = summarize_flows(summary.principal, as_of, [(f.date, f.amount) for f in flows], basis)
    kept = waive_billed(summary.billed, offer.waive or Waive.NONE, check.excess)

    past = check.allowance if check.measurable else kept.total
    past_allowed = min(kept.total, past)
    future = round_fen(_future_allowance(check.cap, summary.principal, kept.total, flows,
                                         as_of, basis))
    charges = terms.total_paid - summary.principal
    cap = CapTest(
        cap=check.cap,
        past_allowance=past,
        past_measurable=check.measurable,
        past_allowed=past_allowed,
        past_excess=kept.total - past_allowed,
        future_allowance=future,
        charges=charges,
        excess=max(ZERO, charges - past_allowed - future),
    )

    planned = proposal_paths(prep)
    budget = household_budget(plan.household)
    offers = offers_from(prep, budget, planned)
    alongside = [(f.date, f.amount) for f in flows if f.date > as_of]
    for j, path in enumerate(planned):
        if j != i:
            alongside.extend((r.date, r.payment) for r in path.rows if r.date > as_of)
    months = _by_month(alongside)
    top = max(months, key=lambda m: m[1], default=None)
    fit = BudgetFit(
        disposable=budget.disposable,
        share=offers[i].monthly,
        monthly=offer.monthly or ZERO,
        combined_max=top[1] if top else ZERO,
        combined_month=top[0] if top else None,
    )

    ours = summarize_flows(summary.principal, as_of,
                           [(r.date, r.payment) for r in planned[i].rows], basis)
    versus = Versus(ours, terms.monthly - ours.monthly, terms.months - ours.months,
                    terms.total_paid - ours.total_paid)

    flags = [flag for flag, on in (
        (OfferFlag.ABOVE_CAP, cap.above),
        (OfferFlag.OVER_SHARE, not fit.fits_share),
        (OfferFlag.OVER_BUDGET, not fit.fits_alongside),
        (OfferFlag.COSTS_MORE, versus.total_paid > 0),
        (OfferFlag.NO_APR, terms.apr is None),
    ) if on]
    return OfferEvaluation(
        debt_id=debt_id,
        creditor=summary.creditor,
        as_of=as_of,
        offer=offer,
        flows=flows,
        terms=terms,
        principal=summary.principal,
        billed=summary.billed,
        kept=kept,
        cap=cap,
        budget=fit,
        versus=versus,
        flags=tuple(flags),
    )

"""Scenarios, charges, offers and the reverse solve: worked cases and hypothesis invariants."""

import itertools
import json
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.resources import resource_path
from app.rules_data import load_rules
from calc.budget import months_to_repay, split_offers
from calc.charges import Billed, charges_start, check_cap, overdue_principal, waive_billed
from calc.model import (
    Allocation,
    BudgetLine,
    CapSpec,
    CreditorKind,
    Debt,
    DeferralInterest,
    Household,
    Method,
    Plan,
    Proposal,
    Waive,
)
from calc.plan import decode_plan
from calc.rules import applicable_cap
from calc.scenarios import SCENARIO_KEYS, compare, prepare
from calc.solve import suggest, suggest_reference

RULES = load_rules()
AS_OF = date(2026, 11, 24)
ZERO = D("0.00")


def example(name: str) -> Plan:
    data = json.loads(resource_path("examples", name).read_text(encoding="utf-8"))
    return decode_plan(data, today=AS_OF)[0]


def household(income: str, expenses: str = "0") -> Household:
    return Household(income=(BudgetLine("income", D(income)),), expenses=(BudgetLine("rent", D(expenses)),))


def one_debt_plan(debt: Debt, income="3000", proposal: Proposal | None = None) -> Plan:
    return Plan(as_of=AS_OF, debts=(debt,), household=household(income), proposal=proposal or Proposal())


MEITUAN = Debt(id="m", creditor="重庆美团三快小额贷款有限公司", principal=D("7600.00"), interest_due=D("420.00"),
               penalty_due=D("480.00"), fees_due=D("100.00"), annual_rate=D("0.18"), penalty_rate=D("0.27"),
               overdue_since=date(2026, 7, 20), contract_date=date(2025, 7, 20))


# --- charges -------------------------------------------------------------------------

def test_overdue_principal_derivation():
    # fully due (remaining 0) → all principal; with remaining installments → the missed ones
    assert overdue_principal(MEITUAN, D("0.18"), AS_OF) == D("7600.00")
    d = replace(MEITUAN, remaining_months=10, overdue_since=date(2026, 10, 24))
    # two missed (10-24, 11-24) of a 12-period 0 % schedule of 7,600 → 2 × 633.33
    assert overdue_principal(d, D(0), AS_OF) == D("1266.66")
    assert overdue_principal(replace(MEITUAN, overdue_since=None), D("0.18"), AS_OF) == ZERO
    assert overdue_principal(replace(MEITUAN, overdue_principal=D(100)), D("0.18"), AS_OF) == D(100)


def test_charges_start_and_cap_check():
    assert charges_start(MEITUAN) == date(2026, 6, 20)
    assert charges_start(replace(MEITUAN, charges_since=date(2026, 5, 1))) == date(2026, 5, 1)
    assert charges_start(replace(MEITUAN, overdue_since=None)) == date(2025, 7, 20)
    cap = applicable_cap(CreditorKind.LICENSED, MEITUAN.contract_date, CapSpec(), RULES, AS_OF)
    check = check_cap(MEITUAN, cap, AS_OF, 365)
    # 7,600 × 24 % × 157 days / 365 = 784.57 allowed; billed 1,000 → 215.43 above the cap
    assert check.allowance == D("784.57") and check.excess == D("215.43")
    no_dates = replace(MEITUAN, overdue_since=None, contract_date=None)
    assert check_cap(no_dates, cap, AS_OF, 365).measurable is False


def test_waive_billed_order():
    billed = Billed(D(420), D(480), D(100))
    assert waive_billed(billed, Waive.ABOVE_CAP, D(500)) == Billed(D(420), D(0), D(80))
    assert waive_billed(billed, Waive.ALL_PENALTY, D(0)) == Billed(D(420), D(0), D(0))
    assert waive_billed(billed, Waive.ALL_CHARGES, D(0)).total == 0
    assert waive_billed(billed, Waive.NONE, D(999)) == billed


# --- scenarios --------------------------------------------------------------------------

def test_seed_example_comparison():
    c = compare(example("seed-meituan.json"), RULES)
    assert [s.key for s in c.scenarios] == list(SCENARIO_KEYS)
    assert c.budget.disposable == D("1500.00")
    m = c.debts[0]
    assert m.excess == D("215.43") and m.capped_owed == D("8384.57")
    proposal = c.scenario("proposal")
    # waiver above the cap, 3 months deferral with interest stopped, 24 installments at 0 %
    owed_after_waiver = sum(d.owed for d in c.debts) - D("215.43")
    assert proposal.total_paid == owed_after_waiver
    assert proposal.first_date == date(2027, 3, 24) and proposal.months == 27
    assert proposal.fits_budget and proposal.saving_vs_status_quo > 0
    assert sum(o.monthly for o in c.offers) == D("1500.00")
    assert all(s.fits for s in c.suggestions)


def test_private_example_caps():
    c = compare(example("private-loan.json"), RULES)
    wang, zhao = c.debts
    assert wang.cap.annual == D("0.1380") and wang.cap.lpr.date == date(2024, 2, 20)
    assert wang.excess > 0 and zhao.cap.regime.value == "private_transition"


def test_status_quo_that_never_clears_gives_the_clearing_payment():
    # 300 a month against 27 % penalty on 7,600 (≈ 171/month) plus 1,000 billed: clears;
    # 100 a month never does → the scenario says so and pays what clears it in term_months
    plan = one_debt_plan(MEITUAN, income="100", proposal=Proposal(term_months=24))
    sq = compare(plan, RULES).scenario("status_quo")
    path = sq.per_debt[0]
    assert not sq.clears_from_budget and not sq.fits_budget and not path.cleared_from_budget
    assert path.required_monthly is not None and path.required_monthly > D(100)
    assert len(path.rows) <= 24 and path.rows[-1].balance == 0
    # the required payment is the smallest that clears: one fen less does not
    from calc.paths import Conventions, simulate

    prep = prepare(plan, RULES)
    conv = Conventions(360, 365, 24)
    assert simulate(prep.terms[0], AS_OF, path.required_monthly, conv).cleared
    assert not simulate(prep.terms[0], AS_OF, path.required_monthly - D("0.01"), conv).cleared


def test_zero_budget_offers_and_suggestion():
    plan = one_debt_plan(MEITUAN, income="0")
    c = compare(plan, RULES)
    assert c.offers[0].monthly == ZERO and c.offers[0].months is None
    assert c.suggestions[0].note == "offer_zero" and not c.suggestions[0].fits


def test_down_payment_split_and_row():
    plan = example("private-loan.json")
    c = compare(plan, RULES)
    prop = c.scenario("proposal")
    assert prop.down_payment == D("2000.00")
    first_rows = [p.rows[0] for p in prop.per_debt]
    assert all(r.date == AS_OF for r in first_rows)
    assert sum(r.payment for r in first_rows) == D("2000.00")


def test_deferral_with_contract_interest_costs_more_than_none():
    base = one_debt_plan(MEITUAN, proposal=Proposal(deferral_months=3, deferral_interest=DeferralInterest.NONE))
    costly = replace(base, proposal=replace(base.proposal, deferral_interest=DeferralInterest.CONTRACT))
    none_paid = compare(base, RULES).scenario("proposal").total_paid
    contract_paid = compare(costly, RULES).scenario("proposal").total_paid
    # contract interest on 7,600 at 18 % for Nov 24 → Feb 24 (92 days / 360), capped at 24 %/365
    assert contract_paid > none_paid


def test_per_debt_proposal_override():
    plan = example("seed-meituan.json")
    d0 = replace(plan.debts[0], proposal_patch={"term_months": 6, "waive": Waive.ALL_PENALTY})
    plan = replace(plan, debts=(d0,) + plan.debts[1:])
    prop = compare(plan, RULES).scenario("proposal")
    assert len([r for r in prop.per_debt[0].rows if r.date > AS_OF]) == 6
    assert len([r for r in prop.per_debt[1].rows if r.date > AS_OF]) == 24


@pytest.mark.parametrize("allocation", list(Allocation))
def test_offers_sum_to_disposable(allocation):
    plan = example("seed-meituan.json")
    plan = replace(plan, proposal=replace(plan.proposal, allocation=allocation))
    c = compare(plan, RULES)
    assert sum(o.monthly for o in c.offers) == c.budget.available
    assert all(o.monthly >= D(50) for o in c.offers)  # token floor


def test_avalanche_gives_costliest_first():
    plan = example("seed-meituan.json")
    plan = replace(plan, proposal=replace(plan.proposal, allocation=Allocation.AVALANCHE))
    offers = {o.debt_id: o.monthly for o in compare(plan, RULES).offers}
    # the card (18 %/360 = 18 %) and 美团 (18 %) outrank 借呗 (14.4 %): 借呗 gets what is left
    assert offers["jiebei"] <= offers["card"]


def test_split_offers_token_floor():
    assert split_offers(D(120), {"a": D(1), "b": D(100)}, D(50)) == {"a": D(50), "b": D("70.00")}
    assert split_offers(D(60), {"a": D(1), "b": D(100)}, D(50)) == {"a": D("30.00"), "b": D("30.00")}
    assert split_offers(D(-5), {"a": D(1)}, D(50)) == {"a": ZERO}


def test_months_to_repay():
    assert months_to_repay(D(1000), D(300), D(0)) == 4
    assert months_to_repay(D(10000), D("916.80"), D("0.18")) == 12
    assert months_to_repay(D(10000), D(100), D("0.18")) is None  # never covers interest


# --- reverse solve ------------------------------------------------------------------------

def test_vectorized_solve_equals_reference_loop():
    plan = example("seed-meituan.json")
    # tighter budget so waivers and long terms are needed for some debts
    plan = replace(plan, household=household("3700", "2700"),
                   proposal=replace(plan.proposal, deferral_interest=DeferralInterest.CONTRACT))
    prep = prepare(plan, RULES)
    offers = [o.monthly for o in compare(plan, RULES, with_suggestions=False).offers]
    fast, slow = suggest(prep, offers), suggest_reference(prep, offers)
    assert fast == slow
    assert any(s.fits for s in fast)


def test_solve_says_what_more_is_needed():
    plan = one_debt_plan(replace(MEITUAN, principal=D(90000)), income="100")
    (s,) = compare(plan, RULES).suggestions
    assert not s.fits and s.note == "needs_more"
    assert s.params["needed"] == D("1500.00")  # 90,000 / 60 months, all charges waived
    assert s.params["gap"] == D("1400.00")


# --- hypothesis invariants ------------------------------------------------------------------

fen = lambda lo, hi: st.integers(lo, hi).map(lambda f: D(f) / 100)


@st.composite
def debts(draw, i):
    overdue = draw(st.one_of(st.none(), st.integers(1, 400).map(lambda n: AS_OF - timedelta(days=n))))
    return Debt(
        id=f"d{i}",
        creditor=f"lender {i}",
        creditor_kind=draw(st.sampled_from(list(CreditorKind))),
        principal=draw(fen(0, 5_000_000)),
        interest_due=draw(fen(0, 300_000)),
        penalty_due=draw(fen(0, 300_000)),
        fees_due=draw(fen(0, 100_000)),
        annual_rate=D(draw(st.integers(0, 3600))) / 10000,
        penalty_rate=draw(st.one_of(st.none(), st.integers(0, 5400).map(lambda b: D(b) / 10000))),
        overdue_since=overdue,
        remaining_months=draw(st.integers(0, 36)),
        method=draw(st.sampled_from(list(Method))),
        contract_date=draw(st.one_of(st.none(), st.integers(400, 3000).map(lambda n: AS_OF - timedelta(days=n)))),
    )


@st.composite
def plans(draw):
    n = draw(st.integers(1, 3))
    proposal = Proposal(
        deferral_months=draw(st.integers(0, 6)),
        deferral_interest=draw(st.sampled_from(list(DeferralInterest))),
        term_months=draw(st.integers(1, 48)),
        installment_rate=D(draw(st.integers(0, 2400))) / 10000,
        method=draw(st.sampled_from([Method.EQUAL_INSTALLMENT, Method.EQUAL_PRINCIPAL])),
        waive=draw(st.sampled_from(list(Waive))),
        allocation=draw(st.sampled_from(list(Allocation))),
    )
    return Plan(as_of=AS_OF, debts=tuple(draw(debts(i)) for i in range(n)),
                household=household(str(draw(st.integers(0, 20000))), str(draw(st.integers(0, 8000)))),
                proposal=proposal)


@settings(max_examples=60, deadline=None)
@given(plans())
def test_invariants(plan):
    c = compare(plan, RULES, with_suggestions=False)
    by_key = {s.key: s for s in c.scenarios}
    # offers never exceed the disposable income and use all of it
    assert sum(o.monthly for o in c.offers) == c.budget.available
    for s in c.scenarios:
        for path, debt in zip(s.per_debt, plan.debts):
            rows = path.rows
            # every row adds up; nothing negative; every path ends cleared
            assert all(r.payment == r.principal + r.interest + r.penalty + r.fees for r in rows)
            assert all(min(r.payment, r.principal, r.interest, r.penalty, r.fees, r.balance) >= 0 for r in rows)
            if rows:
                assert rows[-1].balance == 0
            if s.key in ("status_quo", "penalty_reduction") or (
                    s.key == "deferral" and plan.proposal.deferral_interest is DeferralInterest.NONE):
                # the status-quo family repays exactly the principal
                assert sum(r.principal for r in rows) == debt.principal
        assert s.total_paid == sum(p.total_paid for p in s.per_debt)
    sq, pr = by_key["status_quo"], by_key["penalty_reduction"]
    for a, b in zip(sq.per_debt, pr.per_debt):
        # a waiver never increases what is paid (both paths pay the same monthly amount)
        assert b.total_paid <= a.total_paid
    assert pr.saving_vs_status_quo >= 0
    if plan.proposal.deferral_interest is DeferralInterest.NONE:
        # a deferral with interest stopped never increases what is paid
        for a, b in zip(sq.per_debt, by_key["deferral"].per_debt):
            assert b.total_paid <= a.total_paid
        assert by_key["deferral"].saving_vs_status_quo >= 0
    # installments of the re-installment never raise the balance
    for path in by_key["reinstallment"].per_debt:
        bal = [r.balance for r in path.rows]
        assert all(b2 <= b1 for b1, b2 in itertools.pairwise(bal))
    # proposal with interest-free installments and no deferral interest pays exactly the waived amount
    if plan.proposal.installment_rate == 0 and (plan.proposal.deferral_interest is DeferralInterest.NONE
                                                 or plan.proposal.deferral_months == 0):
        for path, d in zip(by_key["proposal"].per_debt, c.debts):
            waived = waive_billed(d.billed, plan.proposal.waive, d.excess)
            assert path.total_paid == d.principal + waived.total


@settings(max_examples=60, deadline=None)
@given(plans())
def test_above_cap_never_leaves_charges_above_the_cap(plan):
    plan = replace(plan, proposal=replace(plan.proposal, waive=Waive.ABOVE_CAP))
    c = compare(plan, RULES, with_suggestions=False)
    pr = c.scenario("penalty_reduction")
    for d, path in zip(c.debts, pr.per_debt):
        assume(d.check.measurable)
        left = waive_billed(d.billed, Waive.ABOVE_CAP, d.excess)
        assert left.total <= max(d.check.allowance, ZERO)
        # future charges are within the cap on the principal for the days of the path
        if path.rows:
            days = (path.rows[-1].date - AS_OF).days
            bound = d.principal * d.cap.annual * days / 365 + D("0.01") * len(path.rows)
            charges = sum(r.interest + r.penalty + r.fees for r in path.rows)
            assert charges <= left.total + bound


@settings(max_examples=60, deadline=None)
@given(plans(), st.integers(0, 500_000).map(lambda f: D(f) / 100))
def test_give_up_and_record_shortcuts_never_change_the_outcome(plan, monthly):
    from calc.paths import simulate

    prep = prepare(plan, RULES)
    for t in prep.terms:
        full = simulate(t, AS_OF, monthly, prep.conv)
        quick = simulate(t, AS_OF, monthly, prep.conv, give_up=True)
        bare = simulate(t, AS_OF, monthly, prep.conv, record=False)
        assert quick.cleared == full.cleared
        if full.cleared:
            assert quick.rows == full.rows
        assert (bare.cleared, bare.remaining, bare.unspent, bare.rows) == (
            full.cleared, full.remaining, full.unspent, ())


def test_comparison_totals_and_over_budget_come_from_the_debts_and_budget() -> None:
    c = compare(example("seed-meituan.json"), RULES)
    assert c.total_owed == sum((d.owed for d in c.debts), D(0))
    assert c.total_owed == D("35696.00")  # 8,600 + 12,096 + 15,000 as the example's bills state
    assert c.total_excess == sum((d.excess for d in c.debts), D(0))
    for s in c.scenarios:
        expect = max(D(0), s.max_payment - c.budget.disposable)
        assert c.over_budget(s.key) == expect
        assert (c.over_budget(s.key) == 0) == (s.max_payment <= c.budget.disposable)


def test_balance_by_month_starts_at_what_is_owed_and_ends_at_zero() -> None:
    c = compare(example("seed-meituan.json"), RULES)
    for s in c.scenarios:
        points = c.balance_by_month(s.key)
        assert points[0] == (c.as_of, c.total_owed)
        assert points[-1][1] == 0
        days = [d for d, _ in points]
        assert days == sorted(days) and len(set(days)) == len(days)
        assert days[-1] >= s.last_date
        # Month ends only, after as_of.
        assert all((d + timedelta(days=1)).day == 1 for d in days[1:])

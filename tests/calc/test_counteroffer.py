"""calc.counteroffer: a lender's counter-offer evaluated (flows, APR, cap, budget, proposal).

Where expected values come from:
* "rules.md §4" — the APR test vectors of ``shared/domain/rules.md`` §4, entered as
  counter-offers on a debt with nothing billed (principal = the vector's N, an up-front
  fee as the offer's ``fees``). The flat-fee table's 2-decimal figures are those of the
  exact payment 10,000/n + fee; with the fen-rounded payment a lender quotes they are
  within 0.01 point (tests/calc/test_apr.py module doc).
* "comparison" — ``calc.scenarios.compare`` on the same plan: the creditor's share of
  the budget, the proposal path, the cap check (the evaluation must agree with it).
* "by hand" — arithmetic shown next to the assertion.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules_data import load_rules
from calc.counteroffer import (
    AprMethod,
    FlowKind,
    OfferFlag,
    evaluate_offer,
    offer_flows,
    repayment_apr,
)
from calc.dates import months_after
from calc.errors import CalcError, PlanInvalid
from calc.model import (
    BudgetLine,
    CreditorKind,
    Debt,
    Household,
    Plan,
    Proposal,
    Settings,
    Waive,
)
from calc.model import ContactOffer as Offer
from calc.money import ZERO, money
from calc.plan import decode_plan, encode_plan
from calc.rules import CapRegime
from calc.scenarios import compare
from calc.schedule import level_payment

RULES = load_rules()
AS_OF = date(2026, 1, 15)


def pct(rate: D, places: int = 2) -> D:
    return (rate * 100).quantize(D(1).scaleb(-places))


def debt(principal: str = "10000.00", **kw) -> Debt:
    kw.setdefault("annual_rate", D("0.18"))
    return Debt(id=kw.pop("id", "d"), creditor=kw.pop("creditor", "某消费金融有限公司"),
                principal=D(principal), **kw)


def plan_of(*debts: Debt, income: str = "3000.00", expenses: str = "0.00",
            as_of: date = AS_OF, **kw) -> Plan:
    household = Household(income=(BudgetLine("工资", D(income)),),
                          expenses=(BudgetLine("房租", D(expenses)),))
    return Plan(as_of=as_of, debts=debts, household=household, **kw)


def offer(n: int, monthly: str, **kw) -> Offer:
    return Offer(term_months=n, monthly=D(monthly), **kw)


# --- rules.md §4 vectors as counter-offers ---------------------------------------------


def test_pboc_example_as_a_counter_offer():
    # rules.md §4 "PBoC example": 100,000; 1,000 up-front fee (N = 99,000);
    # 12 × 8,833.33 → IRR 1.06704 %, 单利 12.80 %, 复利 13.58 %.
    e = evaluate_offer(plan_of(debt("100000.00")), "d",
                       offer(12, "8833.33", fees=D("1000.00")), RULES)
    assert [f.kind for f in e.flows] == [FlowKind.FEES] + [FlowKind.INSTALLMENT] * 12
    assert e.flows[0].date == AS_OF and e.flows[1].date == date(2026, 2, 15)
    assert e.terms.apr_method is AprMethod.MONTHLY
    assert pct(e.terms.apr.periodic_irr, 5) == D("1.06704")
    assert pct(e.terms.apr.apr_simple) == D("12.80")
    assert pct(e.terms.apr.apr_compound) == D("13.58")
    assert e.terms.upfront == D("1000.00")
    assert e.total_paid == D("1000.00") + 12 * D("8833.33") == D("106999.96")


def test_equal_installment_18_percent_as_a_counter_offer():
    # rules.md §4 "等额本息, no fee, 18 % nominal": 18.00 % / 19.56 % (916.80 a month on 10,000).
    e = evaluate_offer(plan_of(debt()), "d", offer(12, "916.80"), RULES)
    assert (pct(e.terms.apr.apr_simple), pct(e.terms.apr.apr_compound)) == (D("18.00"), D("19.56"))


FLAT_FEE_TABLE = [  # rules.md §4: fee on the original 10,000 each month
    # n, payment, 单利 %, 复利 %
    (3, "3393.33", "10.77", "11.32"),
    (6, "1726.67", "12.24", "12.95"),
    (12, "893.33", "13.03", "13.84"),
    (24, "491.67", "16.43", "17.72"),
    (36, "352.78", "16.24", "17.51"),
    (60, "241.67", "15.71", "16.90"),
]


@pytest.mark.parametrize(("n", "payment", "simple", "compound"), FLAT_FEE_TABLE)
def test_flat_fee_table_as_counter_offers(n, payment, simple, compound):
    e = evaluate_offer(plan_of(debt()), "d", offer(n, payment), RULES)
    assert e.terms.apr_method is AprMethod.MONTHLY
    assert abs(e.terms.apr.apr_simple * 100 - D(simple)) <= D("0.01")
    assert abs(e.terms.apr.apr_compound * 100 - D(compound)) <= D("0.01")
    if n == 12:  # the table's bold row holds to 2 places with the quoted payment
        assert (pct(e.terms.apr.apr_simple), pct(e.terms.apr.apr_compound)) == (
            D(simple), D(compound))
    # never the "12 × fee" shortcut (rules.md §4: 7.20 % / 9.00 % is wrong)
    assert e.terms.apr.apr_simple > D("0.09")


def test_daily_rate_line_as_a_one_day_offer():
    # rules.md §4 "Daily rate 0.05 %/day": 18.25 % (×365), 18.00 % (×360), 复利 20.02 %.
    one_day = offer(1, "1000.50", first_due=AS_OF + timedelta(days=1))
    e = evaluate_offer(plan_of(debt("1000.00")), "d", one_day, RULES)
    assert e.terms.apr_method is AprMethod.DAILY and e.terms.day_basis == 365
    assert e.terms.apr.periodic_irr == D("0.0005")
    assert e.terms.apr.apr_simple == D("0.1825")
    assert pct(e.terms.apr.apr_compound) == D("20.02")
    basis360 = plan_of(debt("1000.00"), settings=Settings(cap_day_basis=360))
    assert evaluate_offer(basis360, "d", one_day, RULES).terms.apr.apr_simple == D("0.18")


def test_zero_fee_zero_rate_offer_has_apr_zero():
    # 12 × 500 repays 6,000 exactly: no cost, APR exactly 0 (rules.md §4: Σ C = N → 0).
    e = evaluate_offer(plan_of(debt("6000.00")), "d", offer(12, "500.00"), RULES)
    assert e.terms.apr.periodic_irr == e.terms.apr.apr_simple == e.terms.apr.apr_compound == 0
    assert e.cap.charges == ZERO and not e.cap.above
    assert e.extra_charges == ZERO
    # the same with billed charges the lender waives in full
    billed = debt("6000.00", interest_due=D("300.00"), penalty_due=D("200.00"),
                  overdue_since=date(2025, 10, 15))
    e = evaluate_offer(plan_of(billed), "d", offer(12, "500.00", waive=Waive.ALL_CHARGES), RULES)
    assert e.waived == D("500.00") and e.owed_after_waiver == D("6000.00")
    assert e.terms.apr.apr_simple == 0 and OfferFlag.ABOVE_CAP not in e.flags


def test_payments_off_the_monthly_grid_use_xirr():
    # as_of 01-31, first due 02-28 anchored on itself: 03-28 is not 01-31 + 2 months (03-31)
    month_end = plan_of(debt("6000.00"), as_of=date(2026, 1, 31))
    grid = evaluate_offer(month_end, "d", offer(3, "2050.00"), RULES)
    assert [f.date for f in grid.flows] == [date(2026, 2, 28), date(2026, 3, 31),
                                             date(2026, 4, 30)]
    assert grid.terms.apr_method is AprMethod.MONTHLY
    off = evaluate_offer(month_end, "d", offer(3, "2050.00", first_due=date(2026, 2, 28)), RULES)
    assert [f.date for f in off.flows][1:] == [date(2026, 3, 28), date(2026, 4, 28)]
    assert off.terms.apr_method is AprMethod.DAILY
    assert off.terms.apr.apr_simple > 0


def test_undefined_apr_is_reported_not_raised():
    # a down payment of the whole principal leaves nothing financed: N = 0
    e = evaluate_offer(plan_of(debt("1000.00")), "d",
                       offer(1, "10.00", down_payment=D("1000.00")), RULES)
    assert e.terms.apr is None and e.terms.apr_problem.code == "apr.received_not_positive"
    assert OfferFlag.NO_APR in e.flags


# --- the cap ---------------------------------------------------------------------------


def test_offer_above_the_cap_is_flagged():
    # 12 × 1,100 on 10,000: 3,200 of charges in a year ≈ 57 % a year > 24 % (licensed lender)
    e = evaluate_offer(plan_of(debt()), "d", offer(12, "1100.00"), RULES)
    assert e.cap.cap.regime is CapRegime.JUDICIAL_24 and e.cap.cap.annual == D("0.24")
    assert e.cap.charges == D("3200.00") and e.cap.above
    assert e.cap.excess == e.cap.charges - e.cap.allowed > 0
    assert OfferFlag.ABOVE_CAP in e.flags


@pytest.mark.parametrize(("annual", "above"), [("0.23", False), ("0.25", True)])
def test_cap_boundary_with_a_level_payment(annual, above):
    # 等额本息 at 23 % stays inside the 24 % cap, at 25 % exceeds it (12 months from 01-15:
    # the periods are 31, 28, 31, … days, 365 in all, so monthly 2 % ≈ 24 % a year).
    payment = money(level_payment(D(10000), D(annual) / 12, 12))
    e = evaluate_offer(plan_of(debt()), "d", offer(12, str(payment)), RULES)
    assert e.cap.above is above


def test_private_loan_cap_is_4x_lpr():
    # 民间借贷 formed 2025-06-01: 4 × LPR 3.00 % = 12.00 % (rules.md §1.2). The 13.03 % flat-fee
    # offer (rules.md §4 bold row) is within 24 % but above 12 %.
    private = debt(creditor_kind=CreditorKind.PRIVATE, contract_date=date(2025, 6, 1))
    e = evaluate_offer(plan_of(private), "d", offer(12, "893.33"), RULES)
    assert e.cap.cap.regime is CapRegime.PRIVATE_LPR4X and e.cap.cap.annual == D("0.12")
    assert e.cap.above
    # nothing was billed: the room since the contract date does not carry over to new charges
    assert e.cap.past_allowance > 0 and e.cap.past_allowed == ZERO
    licensed = evaluate_offer(plan_of(debt()), "d", offer(12, "893.33"), RULES)
    assert not licensed.cap.above


MEITUAN = debt("7600.00", id="meituan", creditor="重庆美团三快小额贷款有限公司",
               interest_due=D("420.00"), penalty_due=D("480.00"), fees_due=D("100.00"),
               penalty_rate=D("0.27"), overdue_since=date(2026, 7, 20),
               contract_date=date(2025, 7, 20))


def test_past_allowance_is_the_comparisons_cap_check():
    plan = plan_of(MEITUAN, as_of=date(2026, 11, 24))
    check = compare(plan, RULES, with_suggestions=False).debts[0].check
    e = evaluate_offer(plan, "meituan", offer(12, "700.00"), RULES)
    assert e.cap.past_allowance == check.allowance == D("784.57")  # comparison
    assert e.cap.past_measurable and e.cap.past_allowed == D("784.57")
    # nothing waived: the billed 1,000.00 exceed it by the comparison's excess
    assert e.cap.past_excess == check.excess == D("215.43")
    waived = evaluate_offer(plan, "meituan", offer(12, "700.00", waive=Waive.ABOVE_CAP), RULES)
    assert waived.kept.total == D("784.57") and waived.cap.past_excess == ZERO


def test_future_allowance_grows_when_payments_go_to_charges_first():
    # the kept billed charges are paid first, so the principal (and the allowance on it)
    # stays higher than without them: the allowance is the most any allocation gives.
    plan = plan_of(MEITUAN, as_of=date(2026, 11, 24))
    none = evaluate_offer(plan, "meituan", offer(12, "700.00", waive=Waive.ALL_CHARGES), RULES)
    kept = evaluate_offer(plan, "meituan", offer(12, "700.00"), RULES)
    assert kept.cap.future_allowance > none.cap.future_allowance > 0


# --- the budget ---------------------------------------------------------------------------


def two_debts(income: str = "2000.00") -> Plan:
    other = debt("10000.00", id="o", creditor="某银行")
    return plan_of(debt("10000.00"), other, income=income,
                   proposal=Proposal(term_months=10, installment_rate=D(0), waive=Waive.NONE))


def test_fits_the_creditors_share():
    plan = two_debts()
    share = next(o.monthly for o in compare(plan, RULES, with_suggestions=False).offers
                 if o.debt_id == "d")
    assert share == D("1000.00")  # comparison: 2,000 split pro rata over equal debts
    fits = evaluate_offer(plan, "d", offer(10, "1000.00"), RULES)
    assert fits.budget.share == share and fits.budget.fits_share
    assert fits.budget.over_share == ZERO
    # with the other debt's proposal (10 × 1,000): 2,000 a month, all the budget
    assert fits.budget.combined_max == D("2000.00") and fits.budget.fits_alongside
    assert not {OfferFlag.OVER_SHARE, OfferFlag.OVER_BUDGET} & set(fits.flags)


def test_does_not_fit_the_creditors_share():
    e = evaluate_offer(two_debts(), "d", offer(8, "1250.00"), RULES)
    assert not e.budget.fits_share and e.budget.over_share == D("250.00")  # 1,250 − 1,000
    assert e.budget.combined_max == D("2250.00") and e.budget.over_budget == D("250.00")
    assert e.budget.combined_month == date(2026, 2, 1)
    assert {OfferFlag.OVER_SHARE, OfferFlag.OVER_BUDGET} <= set(e.flags)


def test_no_disposable_income_fits_nothing():
    e = evaluate_offer(two_debts(income="0.00"), "d", offer(10, "1.00"), RULES)
    assert e.budget.share == ZERO and not e.budget.fits_share and not e.budget.fits_alongside


# --- versus the proposal ---------------------------------------------------------------------


def test_comparison_with_the_proposal_path():
    plan = two_debts()
    proposal = compare(plan, RULES, with_suggestions=False).scenario("proposal")
    path = next(p for p in proposal.per_debt if p.debt_id == "d")
    assert path.total_paid == D("10000.00")  # 10 × 1,000 at 0 %
    e = evaluate_offer(plan, "d", offer(12, "900.00"), RULES)
    ours = e.versus.proposal
    assert (ours.monthly, ours.months, ours.total_paid) == (D("1000.00"), 10, path.total_paid)
    assert ours.apr.apr_simple == 0
    # 12 × 900 = 10,800: 100 less a month, 2 months longer, 800 more in total
    assert (e.versus.monthly, e.versus.months, e.versus.total_paid) == (
        D("-100.00"), 2, D("800.00"))
    assert OfferFlag.COSTS_MORE in e.flags


def test_seed_offer_from_the_negotiation_example():
    # resources/examples/seed-negotiation.json: 美团 offers 12 × 850.00, all penalty waived.
    import json

    from app.resources import resource_path

    data = json.loads(resource_path("examples", "seed-negotiation.json").read_text("utf-8"))
    plan, _ = decode_plan(data, today=date(2026, 11, 24))
    contact = plan.contacts[0]
    e = evaluate_offer(plan, contact.debt, contact.offer, RULES)
    comparison = compare(plan, RULES, with_suggestions=False)
    assert e.budget.share == comparison.offers[0].monthly == D("361.39")
    assert e.budget.over_share == D("488.61")  # 850.00 − 361.39
    assert e.owed_after_waiver == D("8020.00")  # 7,600 + 420 interest (penalty, fees waived)
    assert e.total_paid == D("10200.00") and e.extra_charges == D("2180.00")
    path = comparison.scenario("proposal").per_debt[0]
    assert e.versus.total_paid == D("10200.00") - path.total_paid
    assert e.cap.above


# --- flows and errors ---------------------------------------------------------------------------


def test_down_payment_and_fees_are_paid_on_as_of():
    flows = offer_flows(offer(2, "400.00", down_payment=D("200.00"), fees=D("50.00")), AS_OF)
    assert [(f.date, f.amount, f.kind) for f in flows] == [
        (AS_OF, D("200.00"), FlowKind.DOWN_PAYMENT), (AS_OF, D("50.00"), FlowKind.FEES),
        (date(2026, 2, 15), D("400.00"), FlowKind.INSTALLMENT),
        (date(2026, 3, 15), D("400.00"), FlowKind.INSTALLMENT)]


@pytest.mark.parametrize("bad", [Offer(monthly=D("100.00")), Offer(term_months=3),
                                 Offer(term_months=3, monthly=D("0.00"))])
def test_incomplete_offer(bad):
    with pytest.raises(CalcError) as err:
        evaluate_offer(plan_of(debt()), "d", bad, RULES)
    assert err.value.code == "offer.incomplete"


def test_first_due_must_be_after_as_of():
    with pytest.raises(CalcError) as err:
        evaluate_offer(plan_of(debt()), "d", offer(3, "100.00", first_due=AS_OF), RULES)
    assert (err.value.code, err.value.path) == ("offer.first_due_not_after_as_of", "first_due")


def test_unknown_debt():
    with pytest.raises(CalcError) as err:
        evaluate_offer(plan_of(debt()), "zz", offer(3, "100.00"), RULES)
    assert err.value.code == "contact.unknown_debt" and err.value.params["allowed"] == ["d"]


def test_repayment_apr_of_nothing_later():
    result, _, problem = repayment_apr(D(100), AS_OF, [(AS_OF, D(50))], 365)
    assert result is None and problem.code == "apr.no_payments"


# --- the plan file -------------------------------------------------------------------------------


def test_offer_extensions_round_trip():
    data = {"format": "negoplan/plan", "version": 1, "as_of": "2026-11-24",
            "debts": [{"id": "d1", "creditor": "美团", "principal": "1000.00",
                       "annual_rate": "0.18"}],
            "contacts": [{"at": "2026-11-22T10:00", "debt": "d1",
                          "offer": {"term_months": 6, "monthly": "180.00", "waive": "all_penalty",
                                    "fees": "30.00", "down_payment": "100.00",
                                    "first_due": "2026-12-20", "note": "kept"}}]}
    plan, _ = decode_plan(data, today=AS_OF)
    o = plan.contacts[0].offer
    assert (o.fees, o.down_payment, o.first_due) == (D("30.00"), D("100.00"), date(2026, 12, 20))
    assert encode_plan(plan)["contacts"][0]["offer"] == data["contacts"][0]["offer"]
    bare = replace(o, fees=None, down_payment=None, first_due=None)
    out = encode_plan(replace(plan, contacts=(replace(plan.contacts[0], offer=bare),)))
    assert set(out["contacts"][0]["offer"]) == {"term_months", "monthly", "waive", "note"}


def test_offer_extensions_are_validated():
    data = {"format": "negoplan/plan", "version": 1, "as_of": "2026-11-24",
            "debts": [{"id": "d1", "creditor": "美团", "principal": "1000.00",
                       "annual_rate": "0.18"}],
            "contacts": [{"at": "2026-11-22T10:00", "debt": "d1",
                          "offer": {"fees": "-1", "first_due": "2026-13-01"}}]}
    with pytest.raises(PlanInvalid) as err:
        decode_plan(data, today=AS_OF)
    paths = {p.path for p in err.value.problems}
    assert {"contacts[0].offer.fees", "contacts[0].offer.first_due"} <= paths


# --- invariants -------------------------------------------------------------------------------


fen = st.integers(min_value=1, max_value=2_000_000).map(lambda n: D(n) / 100)
maybe_fen = st.one_of(st.none(), st.integers(min_value=0, max_value=500_000).map(lambda n: D(n) / 100))


@given(principal=fen, monthly=fen, n=st.integers(1, 60), down=maybe_fen, fees=maybe_fen,
       waive=st.sampled_from(list(Waive)), defer=st.integers(0, 40),
       billed=st.integers(0, 300_000).map(lambda n: D(n) / 100))
def test_totals_add_up_to_the_fen(principal, monthly, n, down, fees, waive, defer, billed):
    d = debt(str(principal), interest_due=billed, overdue_since=date(2025, 11, 1))
    first = None if defer == 0 else AS_OF + timedelta(days=defer)
    o = Offer(term_months=n, monthly=monthly, waive=waive, down_payment=down, fees=fees,
              first_due=first)
    e = evaluate_offer(plan_of(d), "d", o, RULES)
    assert e.total_paid == sum(f.amount for f in e.flows)
    assert e.total_paid == (down or 0) + (fees or 0) + n * monthly
    assert e.total_paid.as_tuple().exponent == -2  # to the fen
    assert len([f for f in e.flows if f.kind is FlowKind.INSTALLMENT]) == n
    assert e.extra_charges == e.total_paid - e.owed_after_waiver
    assert e.cap.charges == e.total_paid - principal
    assert e.cap.excess >= 0 and e.cap.future_allowance >= 0
    assert e.cap.above == (e.cap.charges > e.cap.allowed)
    apr = e.terms.apr
    if apr is not None and e.terms.upfront == 0:  # the sign of the rate follows the cost
        cost = e.total_paid - principal
        assert (apr.apr_simple > 0) == (cost > 0) and (apr.apr_simple < 0) == (cost < 0)
    assert e.terms.last_due == max(f.date for f in e.flows)
    assert months_after(AS_OF, e.terms.months) >= e.terms.last_due

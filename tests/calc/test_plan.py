"""Tests for calc.plan (the plan file, contract v1).

Where expected values come from:
* "spec" — ``shared/spec/plan-file.md``: its example plan (copied below) and
  its rules (required fields, defaults, value sets).
* "brief" — the validation rules and problem codes agreed for calc.plan
  (listed in the module docstring of ``calc/plan.py``).
"""

from __future__ import annotations

import copy
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calc.errors import PlanInvalid, Problem, Severity
from calc.model import (
    Allocation,
    Borrower,
    BudgetLine,
    CapMode,
    CapSpec,
    Channel,
    Contact,
    ContactOffer,
    CreditorKind,
    Debt,
    DeferralInterest,
    EvidenceEntry,
    EvidenceTag,
    Hardship,
    HardshipReason,
    Household,
    Method,
    Plan,
    Proposal,
    Settings,
    Target,
    Waive,
    effective_proposal,
)
from calc.plan import decode_plan, encode_plan, validate_plan

D = Decimal
TODAY = date(2026, 11, 24)

# spec: the example plan of plan-file.md, verbatim.
SPEC_EXAMPLE: dict[str, Any] = {
    "format": "negoplan/plan",
    "version": 1,
    "as_of": "2026-11-24",
    "borrower": {"name": "张三", "id_last4": "1234", "phone": "", "address": ""},
    "household": {
        "income": [{"label": "工资", "monthly": "4500.00"}],
        "expenses": [{"label": "房租", "monthly": "1200.00", "category": "housing"}],
        "dependents": 1,
    },
    "hardship": {"reasons": ["unemployment"], "story": "free text", "documents": ["失业证明"]},
    "debts": [
        {
            "id": "d1",
            "creditor": "美团借钱",
            "creditor_kind": "licensed",
            "contract_date": "2025-03-10",
            "principal": "10000.00",
            "interest_due": "0.00",
            "penalty_due": "0.00",
            "fees_due": "0.00",
            "annual_rate": "0.18",
            "penalty_rate": "0.27",
            "overdue_since": "2026-08-10",
            "remaining_months": 8,
            "method": "equal_installment",
        }
    ],
    "proposal": {
        "deferral_months": 3,
        "deferral_interest": "none",
        "term_months": 24,
        "installment_rate": "0",
        "method": "equal_installment",
        "down_payment": "0.00",
        "waive": "above_cap",
        "cap": "auto",
        "allocation": "pro_rata",
    },
}

# spec: the evidence and negotiation log example, verbatim.
SPEC_LOG: dict[str, Any] = {
    "evidence": [
        {
            "at": "2026-11-20T23:15",
            "channel": "call",
            "from": "0571-88880000",
            "collector": "自称某律所 张某 工号 0231",
            "target": "family",
            "target_name": "母亲",
            "attempts": 3,
            "answered": True,
            "summary": "称要上门，透露了欠款金额",
            "files": ["evidence/1120-call.m4a"],
            "tags": ["disclosure", "threat"],
        }
    ],
    "contacts": [
        {
            "at": "2026-11-22T10:00",
            "debt": "d1",
            "channel": "phone",
            "person": "客服 工号 8812",
            "summary": "同意申请延期，需提交材料",
            "offer": {"term_months": 12, "monthly": "850.00", "waive": "all_penalty"},
            "confirmed_in_writing": False,
            "next_step": "提交失业证明",
            "due": "2026-11-29",
        }
    ],
}


def full_example() -> dict[str, Any]:
    """The spec example with the log, a settings object and a debt override."""
    data = copy.deepcopy(SPEC_EXAMPLE) | copy.deepcopy(SPEC_LOG)
    data["settings"] = {"day_basis": 365, "penalty_multiplier": "1.3", "token_payment": "80"}
    data["debts"][0]["proposal"] = {"term_months": 36, "cap": "24%"}
    return data


DELETE = object()


def with_(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A deep copy of ``base`` with ``changes`` applied; keys are paths like
    ``debts__0__principal`` (``__`` separates levels); ``DELETE`` removes."""
    data = copy.deepcopy(base)
    for dotted, value in changes.items():
        parts: list[Any] = [int(p) if p.isdigit() else p for p in dotted.split("__")]
        node = data
        for part in parts[:-1]:
            node = node[part]
        if value is DELETE:
            del node[parts[-1]]
        else:
            node[parts[-1]] = value
    return data


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]


def warnings(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.WARNING]


# -- the spec example -----------------------------------------------------------


def test_spec_example_decodes() -> None:
    plan, found = decode_plan(full_example(), today=date(2030, 1, 1))
    assert found == []
    assert plan.as_of == date(2026, 11, 24)
    assert plan.borrower == Borrower(name="张三", id_last4="1234")
    assert plan.household.income == (BudgetLine("工资", D("4500.00")),)
    assert plan.household.expenses == (BudgetLine("房租", D("1200.00"), category="housing"),)
    assert plan.household.dependents == 1
    assert plan.hardship == Hardship((HardshipReason.UNEMPLOYMENT,), "free text", ("失业证明",))
    (debt,) = plan.debts
    assert debt == Debt(
        id="d1",
        creditor="美团借钱",
        principal=D("10000.00"),
        annual_rate=D("0.18"),
        penalty_rate=D("0.27"),
        contract_date=date(2025, 3, 10),
        overdue_since=date(2026, 8, 10),
        remaining_months=8,
        proposal_patch={"term_months": 36, "cap": CapSpec(CapMode.ANNUAL, D("0.24"), "24%")},
    )
    assert plan.proposal == Proposal(deferral_months=3, term_months=24)
    assert effective_proposal(plan.proposal, debt).term_months == 36
    (entry,) = plan.evidence
    assert entry.at == datetime(2026, 11, 20, 23, 15)
    assert entry.from_ == "0571-88880000" and entry.target is Target.FAMILY
    assert entry.tags == (EvidenceTag.DISCLOSURE, EvidenceTag.THREAT)
    (contact,) = plan.contacts
    assert contact.offer == ContactOffer(12, D("850.00"), Waive.ALL_PENALTY)
    assert contact.due == date(2026, 11, 29)
    assert plan.settings == Settings(
        day_basis=365, penalty_multiplier=D("1.3"), token_payment=D("80.00")
    )


def test_round_trip_is_equal_and_a_fixed_point() -> None:
    plan, _ = decode_plan(full_example(), today=TODAY)
    encoded = encode_plan(plan)
    again, _ = decode_plan(json.loads(json.dumps(encoded)), today=date(2000, 1, 1))
    assert again == plan
    assert encode_plan(again) == encoded


def test_encoding_writes_the_spec_shapes() -> None:
    encoded = encode_plan(decode_plan(full_example(), today=TODAY)[0])
    assert {k: encoded[k] for k in ("format", "version", "as_of")} == {
        "format": "negoplan/plan",
        "version": 1,
        "as_of": "2026-11-24",
    }
    debt = encoded["debts"][0]
    assert debt["principal"] == "10000.00" and debt["annual_rate"] == "0.18"
    assert "daily_rate" not in debt
    assert debt["proposal"] == {"term_months": 36, "cap": "24%"}
    assert encoded["proposal"] == SPEC_EXAMPLE["proposal"]
    assert encoded["evidence"][0]["at"] == "2026-11-20T23:15"
    assert encoded["contacts"][0]["offer"] == SPEC_LOG["contacts"][0]["offer"]
    assert encoded["settings"] == {
        "day_basis": 365,
        "penalty_multiplier": "1.3",
        "token_payment": "80.00",
    }
    json.dumps(encoded, allow_nan=False)


def test_unknown_fields_survive_at_every_level() -> None:
    marker = {"v": [1, "x", None]}
    data = full_example()
    holders = [
        data,
        data["borrower"],
        data["household"],
        data["household"]["income"][0],
        data["household"]["expenses"][0],
        data["hardship"],
        data["debts"][0],
        data["debts"][0]["proposal"],
        data["proposal"],
        data["evidence"][0],
        data["contacts"][0],
        data["contacts"][0]["offer"],
        data["settings"],
    ]
    for holder in holders:
        holder["x_future"] = marker
    encoded = encode_plan(decode_plan(data, today=TODAY)[0])
    found = [
        encoded,
        encoded["borrower"],
        encoded["household"],
        encoded["household"]["income"][0],
        encoded["household"]["expenses"][0],
        encoded["hardship"],
        encoded["debts"][0],
        encoded["debts"][0]["proposal"],
        encoded["proposal"],
        encoded["evidence"][0],
        encoded["contacts"][0],
        encoded["contacts"][0]["offer"],
        encoded["settings"],
    ]
    assert [h.get("x_future") for h in found] == [marker] * len(holders)
    # the unknown key of a debt's override never reaches the effective proposal
    plan, _ = decode_plan(data, today=TODAY)
    assert effective_proposal(plan.proposal, plan.debts[0]).term_months == 36


def test_unknown_sections_are_kept_even_when_known_ones_are_empty() -> None:
    data = {"format": "negoplan/plan", "version": 1, "debts": [], "borrower": {"x": 1}}
    encoded = encode_plan(decode_plan(data, today=TODAY)[0])
    assert encoded["borrower"] == {"x": 1}


# -- defaults -------------------------------------------------------------------

MINIMAL: dict[str, Any] = {
    "format": "negoplan/plan",
    "version": 1,
    "debts": [{"creditor": "招商银行信用卡中心", "principal": "5000", "annual_rate": "0.18"}],
}


def test_defaults() -> None:
    plan, found = decode_plan(MINIMAL, today=TODAY)
    assert found == []
    assert plan.as_of == TODAY
    assert plan.proposal == Proposal()
    assert plan.settings == Settings()
    assert plan.borrower == Borrower() and plan.household == Household()
    (debt,) = plan.debts
    assert debt == Debt(
        id="d1", creditor="招商银行信用卡中心", principal=D("5000.00"), annual_rate=D("0.18")
    )
    assert debt.creditor_kind is CreditorKind.LICENSED and debt.method is Method.EQUAL_INSTALLMENT
    assert debt.remaining_months == 0 and debt.overdue_since is None
    assert debt.interest_due == debt.penalty_due == debt.fees_due == D("0.00")
    assert decode_plan(with_(MINIMAL, proposal={}), today=TODAY)[0].proposal == Proposal()


def test_null_optional_fields_take_the_default() -> None:
    data = with_(
        MINIMAL, as_of=None, proposal=None, debts__0__method=None, debts__0__overdue_since=None
    )
    plan, _ = decode_plan(data, today=TODAY)
    assert plan.as_of == TODAY and plan.proposal == Proposal()
    assert plan.debts[0].method is Method.EQUAL_INSTALLMENT


@pytest.mark.parametrize(
    ("given_ids", "expected"),
    [
        ([None, None, None], ["d1", "d2", "d3"]),
        ([None, "d2", None], ["d1", "d2", "d3"]),
        ([None, "d1", None], ["d2", "d1", "d3"]),
        (["d3", None, None], ["d3", "d2", "d4"]),
        (["x", None, ""], ["x", "d2", "d3"]),
    ],
)
def test_generated_ids_are_unique(given_ids: list[str | None], expected: list[str]) -> None:
    debt = MINIMAL["debts"][0]
    debts = [debt | ({"id": i} if i is not None else {}) for i in given_ids]
    plan, _ = decode_plan(with_(MINIMAL, debts=debts), today=TODAY)
    assert [d.id for d in plan.debts] == expected


@pytest.mark.parametrize(
    ("given_value", "expected"),
    [
        ("1234.5", D("1234.50")),
        ("1234.50", D("1234.50")),
        ("1.500", D("1.50")),
        (1234.5, D("1234.50")),
        (0.1, D("0.10")),
        (10000, D("10000.00")),
        (0, D("0.00")),
        ("0", D("0.00")),
        ("100000000.00", D("100000000.00")),
    ],
)
def test_money_accepts_strings_and_numbers(given_value: Any, expected: Decimal) -> None:
    plan, _ = decode_plan(with_(MINIMAL, debts__0__principal=given_value), today=TODAY)
    assert plan.debts[0].principal == expected
    assert str(plan.debts[0].principal) == str(expected)


@pytest.mark.parametrize(
    ("given_value", "expected"),
    [
        ("auto", CapSpec()),
        ("lpr4x", CapSpec(CapMode.LPR4X)),
        ("24%", CapSpec(CapMode.ANNUAL, D("0.24"), "24%")),
        ("15.4%", CapSpec(CapMode.ANNUAL, D("0.154"), "15.4%")),
        ({"annual": "0.15"}, CapSpec(CapMode.ANNUAL, D("0.15"), None)),
        ({"annual": 0.15}, CapSpec(CapMode.ANNUAL, D("0.15"), None)),
    ],
)
def test_cap_forms_decode_and_write_back_as_given(given_value: Any, expected: CapSpec) -> None:
    data = with_(SPEC_EXAMPLE, proposal__cap=given_value)
    plan, _ = decode_plan(data, today=TODAY)
    assert plan.proposal.cap == expected
    written = encode_plan(plan)["proposal"]["cap"]
    assert written == ({"annual": "0.15"} if isinstance(given_value, dict) else given_value)


def test_rates_are_written_as_given() -> None:
    both = with_(MINIMAL, debts__0__daily_rate="0.0005")
    daily = with_(MINIMAL, debts__0__annual_rate=DELETE, debts__0__daily_rate=0.0005)
    plan_both, found = decode_plan(both, today=TODAY)
    assert [(p.code, p.path) for p in found] == [("debt.rate_both", "debts[0].daily_rate")]
    out = encode_plan(plan_both)["debts"][0]
    assert (out["annual_rate"], out["daily_rate"]) == ("0.18", "0.0005")
    out = encode_plan(decode_plan(daily, today=TODAY)[0])["debts"][0]
    assert "annual_rate" not in out and out["daily_rate"] == "0.0005"
    tiny = with_(MINIMAL, debts__0__annual_rate=1e-7)
    assert encode_plan(decode_plan(tiny, today=TODAY)[0])["debts"][0]["annual_rate"] == "0.0000001"


def test_integral_float_is_an_integer() -> None:
    plan, _ = decode_plan(with_(MINIMAL, debts__0__remaining_months=8.0), today=TODAY)
    assert plan.debts[0].remaining_months == 8


# -- errors ---------------------------------------------------------------------

NAN, INF = float("nan"), float("inf")
DEBT2 = {"id": "d1", "creditor": "借呗", "principal": "1", "annual_rate": "0.1"}

ERROR_CASES: list[tuple[dict[str, Any], str, str, dict[str, Any]]] = [
    # (changes to full_example(), code, path, expected params subset)
    ({"format": "negoplan/other"}, "plan.format", "format", {"value": "negoplan/other"}),
    ({"format": DELETE}, "field.required", "format", {}),
    ({"format": 1}, "field.type", "format", {"expected": "string"}),
    ({"version": 2}, "plan.version_unsupported", "version", {"version": 2, "supported": [1]}),
    ({"version": "1"}, "field.type", "version", {"expected": "integer"}),
    ({"version": True}, "field.type", "version", {"expected": "integer"}),
    ({"version": DELETE}, "field.required", "version", {}),
    ({"as_of": "24/11/2026"}, "date.invalid", "as_of", {"value": "24/11/2026"}),
    ({"as_of": "2026-02-30"}, "date.invalid", "as_of", {}),
    ({"as_of": "2026-1-05"}, "date.invalid", "as_of", {}),
    ({"as_of": "2101-01-01"}, "date.out_of_range", "as_of", {"min": "1990-01-01"}),
    ({"as_of": 20261124}, "field.type", "as_of", {"expected": "string"}),
    ({"debts": DELETE}, "field.required", "debts", {}),
    ({"debts": {}}, "field.type", "debts", {"expected": "list"}),
    ({"debts__0": "d1"}, "field.type", "debts[0]", {"expected": "object"}),
    ({"debts__0__creditor": DELETE}, "field.required", "debts[0].creditor", {}),
    ({"debts__0__creditor": " "}, "field.empty", "debts[0].creditor", {}),
    ({"debts__0__creditor": 5}, "field.type", "debts[0].creditor", {"expected": "string"}),
    ({"debts__0__principal": DELETE}, "field.required", "debts[0].principal", {}),
    ({"debts__0__principal": "1,000"}, "money.format", "debts[0].principal", {}),
    ({"debts__0__principal": "1e5"}, "money.format", "debts[0].principal", {}),
    ({"debts__0__principal": "¥500"}, "money.format", "debts[0].principal", {}),
    ({"debts__0__principal": NAN}, "money.format", "debts[0].principal", {}),
    ({"debts__0__principal": INF}, "money.format", "debts[0].principal", {}),
    ({"debts__0__principal": True}, "field.type", "debts[0].principal", {"expected": "string"}),
    ({"debts__0__principal": [1]}, "field.type", "debts[0].principal", {}),
    ({"debts__0__principal": "1.005"}, "money.too_many_decimals", "debts[0].principal", {}),
    (
        {"debts__0__principal": 0.30000000000000004},
        "money.too_many_decimals",
        "debts[0].principal",
        {},
    ),
    ({"debts__0__principal": "-1"}, "money.negative", "debts[0].principal", {}),
    (
        {"debts__0__principal": "100000000.01"},
        "money.too_large",
        "debts[0].principal",
        {"max": "100000000.00"},
    ),
    ({"debts__0__principal": 10**400}, "money.too_large", "debts[0].principal", {}),
    ({"debts__0__principal": 1e300}, "money.too_large", "debts[0].principal", {}),
    (
        {"debts__0__annual_rate": DELETE},
        "debt.rate_missing",
        "debts[0]",
        {"allowed": ["annual_rate", "daily_rate"]},
    ),
    (
        {"debts__0__annual_rate": "18%"},
        "rate.format",
        "debts[0].annual_rate",
        {"hint": "fraction", "suggestion": "0.18"},
    ),
    ({"debts__0__annual_rate": "abc"}, "rate.format", "debts[0].annual_rate", {}),
    ({"debts__0__annual_rate": NAN}, "rate.format", "debts[0].annual_rate", {}),
    ({"debts__0__annual_rate": False}, "field.type", "debts[0].annual_rate", {}),
    ({"debts__0__annual_rate": "-0.1"}, "rate.negative", "debts[0].annual_rate", {}),
    ({"debts__0__annual_rate": "10.01"}, "rate.too_large", "debts[0].annual_rate", {"max": "10"}),
    ({"debts__0__annual_rate": 18}, "rate.too_large", "debts[0].annual_rate", {}),
    ({"debts__0__daily_rate": "0.02"}, "rate.too_large", "debts[0].daily_rate", {"max": "0.01"}),
    ({"debts__0__penalty_rate": "-1"}, "rate.negative", "debts[0].penalty_rate", {}),
    (
        {"debts": [SPEC_EXAMPLE["debts"][0], DEBT2]},
        "debt.id_duplicate",
        "debts[1].id",
        {"value": "d1", "first": 0},
    ),
    ({"debts__0__id": 7}, "field.type", "debts[0].id", {"expected": "string"}),
    (
        {"debts__0__creditor_kind": "bank"},
        "enum.invalid",
        "debts[0].creditor_kind",
        {"allowed": ["licensed", "credit_card", "private"], "value": "bank"},
    ),
    ({"debts__0__method": "annuity"}, "enum.invalid", "debts[0].method", {}),
    ({"debts__0__method": 1}, "field.type", "debts[0].method", {"expected": "string"}),
    (
        {"debts__0__remaining_months": 601},
        "int.range",
        "debts[0].remaining_months",
        {"min": 0, "max": 600, "value": 601},
    ),
    ({"debts__0__remaining_months": -1}, "int.range", "debts[0].remaining_months", {}),
    ({"debts__0__remaining_months": 10**30}, "int.range", "debts[0].remaining_months", {}),
    (
        {"debts__0__remaining_months": 1.5},
        "field.type",
        "debts[0].remaining_months",
        {"expected": "integer"},
    ),
    ({"debts__0__remaining_months": "8"}, "field.type", "debts[0].remaining_months", {}),
    ({"debts__0__overdue_since": "2026-13-01"}, "date.invalid", "debts[0].overdue_since", {}),
    ({"debts__0__overdue_since": "1989-12-31"}, "date.out_of_range", "debts[0].overdue_since", {}),
    (
        {"debts__0__overdue_since": "2026-11-25"},
        "debt.overdue_after_as_of",
        "debts[0].overdue_since",
        {"value": "2026-11-25", "as_of": "2026-11-24"},
    ),
    (
        {"debts__0__contract_date": "2027-01-01"},
        "debt.contract_after_as_of",
        "debts[0].contract_date",
        {},
    ),
    (
        {"debts__0__charges_since": "2027-01-01"},
        "debt.charges_after_as_of",
        "debts[0].charges_since",
        {},
    ),
    ({"debts__0__charges_since": "x"}, "date.invalid", "debts[0].charges_since", {}),
    (
        {"debts__0__overdue_principal": "10000.01"},
        "debt.overdue_principal_exceeds",
        "debts[0].overdue_principal",
        {"max": "10000.00"},
    ),
    ({"debts__0__contract_payment": "x"}, "money.format", "debts[0].contract_payment", {}),
    ({"debts__0__interest_due": "-5"}, "money.negative", "debts[0].interest_due", {}),
    ({"debts__0__card_last4": "12a4"}, "field.format", "debts[0].card_last4", {}),
    ({"debts__0__card_last4": "12345"}, "field.format", "debts[0].card_last4", {}),
    ({"debts__0__product": 5}, "field.type", "debts[0].product", {}),
    ({"debts__0__proposal": []}, "field.type", "debts[0].proposal", {"expected": "object"}),
    (
        {"debts__0__proposal__term_months": 0},
        "int.range",
        "debts[0].proposal.term_months",
        {"min": 1, "max": 360},
    ),
    (
        {"debts__0__proposal__down_payment": "10000.01"},
        "proposal.down_payment_exceeds",
        "debts[0].proposal.down_payment",
        {"max": "10000.00"},
    ),
    ({"borrower": []}, "field.type", "borrower", {"expected": "object"}),
    (
        {"borrower__id_last4": "110101199001011234"},
        "borrower.id_too_long",
        "borrower.id_last4",
        {"max": 4},
    ),
    ({"borrower__name": None, "borrower__phone": 138}, "field.type", "borrower.phone", {}),
    ({"household__income": {}}, "field.type", "household.income", {"expected": "list"}),
    ({"household__income__0": 4500}, "field.type", "household.income[0]", {}),
    (
        {"household__income__0__monthly": DELETE},
        "field.required",
        "household.income[0].monthly",
        {},
    ),
    (
        {"household__expenses__0__monthly": "1.2万"},
        "money.format",
        "household.expenses[0].monthly",
        {},
    ),
    ({"household__dependents": 21}, "int.range", "household.dependents", {"max": 20}),
    ({"hardship__reasons": ["bored"]}, "enum.invalid", "hardship.reasons[0]", {}),
    ({"hardship__reasons": "illness"}, "field.type", "hardship.reasons", {"expected": "list"}),
    ({"hardship__documents": ["a", 1]}, "field.type", "hardship.documents[1]", {}),
    ({"proposal": "all"}, "field.type", "proposal", {"expected": "object"}),
    (
        {"proposal__deferral_months": 61},
        "int.range",
        "proposal.deferral_months",
        {"min": 0, "max": 60},
    ),
    ({"proposal__deferral_interest": "some"}, "enum.invalid", "proposal.deferral_interest", {}),
    ({"proposal__term_months": 0}, "int.range", "proposal.term_months", {"min": 1}),
    ({"proposal__term_months": 361}, "int.range", "proposal.term_months", {"max": 360}),
    (
        {"proposal__installment_rate": "5%"},
        "rate.format",
        "proposal.installment_rate",
        {"hint": "fraction"},
    ),
    ({"proposal__method": "x"}, "enum.invalid", "proposal.method", {}),
    (
        {"proposal__down_payment": "10000.01"},
        "proposal.down_payment_exceeds",
        "proposal.down_payment",
        {"value": "10000.01", "max": "10000.00"},
    ),
    (
        {"proposal__waive": "some"},
        "enum.invalid",
        "proposal.waive",
        {"allowed": ["none", "above_cap", "all_penalty", "all_charges"]},
    ),
    ({"proposal__cap": "abc"}, "cap.invalid", "proposal.cap", {"value": "abc"}),
    ({"proposal__cap": 24}, "cap.invalid", "proposal.cap", {}),
    ({"proposal__cap": {}}, "cap.invalid", "proposal.cap", {}),
    ({"proposal__cap": "-5%"}, "cap.invalid", "proposal.cap", {}),
    ({"proposal__cap": {"annual": "x"}}, "rate.format", "proposal.cap.annual", {}),
    ({"proposal__cap": "2000%"}, "rate.too_large", "proposal.cap", {}),
    ({"proposal__allocation": "random"}, "enum.invalid", "proposal.allocation", {}),
    ({"evidence": {}}, "field.type", "evidence", {"expected": "list"}),
    ({"evidence__0__at": "2026-11-20 23:15"}, "datetime.invalid", "evidence[0].at", {}),
    ({"evidence__0__at": "2026-11-20T24:15"}, "datetime.invalid", "evidence[0].at", {}),
    ({"evidence__0__at": DELETE}, "field.required", "evidence[0].at", {}),
    ({"evidence__0__channel": "fax"}, "enum.invalid", "evidence[0].channel", {}),
    ({"evidence__0__target": "boss"}, "enum.invalid", "evidence[0].target", {}),
    ({"evidence__0__attempts": 0}, "int.range", "evidence[0].attempts", {"min": 1, "max": 1000}),
    (
        {"evidence__0__answered": "yes"},
        "field.type",
        "evidence[0].answered",
        {"expected": "boolean"},
    ),
    ({"evidence__0__tags": ["rude"]}, "enum.invalid", "evidence[0].tags[0]", {}),
    ({"evidence__0__files": "a.m4a"}, "field.type", "evidence[0].files", {"expected": "list"}),
    ({"evidence__0__from": 571}, "field.type", "evidence[0].from", {}),
    (
        {"contacts__0__debt": "d9"},
        "contact.unknown_debt",
        "contacts[0].debt",
        {"value": "d9", "allowed": ["d1"]},
    ),
    ({"contacts__0__at": "yesterday"}, "datetime.invalid", "contacts[0].at", {}),
    ({"contacts__0__offer__term_months": 0}, "int.range", "contacts[0].offer.term_months", {}),
    ({"contacts__0__offer__monthly": "-1"}, "money.negative", "contacts[0].offer.monthly", {}),
    ({"contacts__0__offer__waive": "x"}, "enum.invalid", "contacts[0].offer.waive", {}),
    (
        {"contacts__0__confirmed_in_writing": 1},
        "field.type",
        "contacts[0].confirmed_in_writing",
        {"expected": "boolean"},
    ),
    ({"contacts__0__due": "2026/11/29"}, "date.invalid", "contacts[0].due", {}),
    ({"settings": 1}, "field.type", "settings", {"expected": "object"}),
    (
        {"settings__day_basis": 364},
        "enum.invalid",
        "settings.day_basis",
        {"allowed": [360, 365], "value": 364},
    ),
    ({"settings__cap_day_basis": "365"}, "field.type", "settings.cap_day_basis", {}),
    (
        {"settings__penalty_multiplier": "4"},
        "number.range",
        "settings.penalty_multiplier",
        {"min": "1", "max": "3"},
    ),
    ({"settings__penalty_multiplier": "x"}, "number.format", "settings.penalty_multiplier", {}),
    ({"settings__max_term_months": 0}, "int.range", "settings.max_term_months", {}),
    ({"settings__horizon_months": 11}, "int.range", "settings.horizon_months", {"min": 12}),
    ({"settings__token_payment": "-1"}, "money.negative", "settings.token_payment", {}),
]


@pytest.mark.parametrize(
    ("changes", "code", "path", "params"),
    ERROR_CASES,
    ids=[f"{c[2] or 'root'}:{c[1]}:{i}" for i, c in enumerate(ERROR_CASES)],
)
def test_each_error_is_reported_with_its_path(
    changes: dict[str, Any], code: str, path: str, params: dict[str, Any]
) -> None:
    data = with_(full_example(), **changes)
    with pytest.raises(PlanInvalid) as caught:
        decode_plan(data, today=TODAY)
    found = errors(caught.value.problems)
    matching = [p for p in found if (p.code, p.path) == (code, path)]
    assert matching, found
    assert params.items() <= dict(matching[0].params).items()
    assert len(found) == 1, found  # one mistake, one error
    assert validate_plan(data, today=TODAY) == caught.value.problems
    json.dumps([dict(p.params) for p in found], allow_nan=False)  # params are JSON values


@pytest.mark.parametrize("data", [None, [], "plan", 3, 1.5, True, [{"format": "negoplan/plan"}]])
def test_root_must_be_an_object(data: Any) -> None:
    with pytest.raises(PlanInvalid) as caught:
        decode_plan(data, today=TODAY)
    assert [(p.code, p.path) for p in caught.value.problems] == [("plan.not_object", "")]


def test_every_problem_is_listed_at_once() -> None:
    data = with_(
        full_example(),
        format="x",
        debts__0__principal="-3",
        proposal__term_months=0,
        debts__0__annual_rate="0.5",  # a warning too
    )
    with pytest.raises(PlanInvalid) as caught:
        decode_plan(data, today=TODAY)
    assert [(p.code, p.path) for p in errors(caught.value.problems)] == [
        ("plan.format", "format"),
        ("money.negative", "debts[0].principal"),
        ("int.range", "proposal.term_months"),
    ]
    assert [p.code for p in warnings(caught.value.problems)] == ["rate.above_36"]


def test_errors_in_several_records_are_all_listed() -> None:
    bad_debt = {"creditor": "", "principal": "x"}
    data = with_(full_example(), debts=[bad_debt, bad_debt], evidence=[{}, {"at": "x"}])
    codes = [(p.code, p.path) for p in validate_plan(data, today=TODAY)]
    assert codes == [
        ("field.empty", "debts[0].creditor"),
        ("money.format", "debts[0].principal"),
        ("debt.rate_missing", "debts[0]"),
        ("field.empty", "debts[1].creditor"),
        ("money.format", "debts[1].principal"),
        ("debt.rate_missing", "debts[1]"),
        ("field.required", "evidence[0].at"),
        ("datetime.invalid", "evidence[1].at"),
    ]


# -- warnings -------------------------------------------------------------------

WARNING_CASES: list[tuple[dict[str, Any], str, str, dict[str, Any]]] = [
    (
        {"debts__0__annual_rate": "0.40"},
        "rate.above_36",
        "debts[0].annual_rate",
        {"value": "0.4", "threshold": "0.36"},
    ),
    ({"debts__0__penalty_rate": "0.48"}, "rate.above_36", "debts[0].penalty_rate", {}),
    (
        {"debts__0__annual_rate": DELETE, "debts__0__daily_rate": "0.001"},
        "rate.above_36",
        "debts[0].daily_rate",
        {"annual": "0.365"},
    ),
    (
        {"debts__0__daily_rate": "0.0005"},
        "debt.rate_both",
        "debts[0].daily_rate",
        {"used": "annual_rate"},
    ),
    (
        {"proposal__term_months": 61},
        "proposal.term_long",
        "proposal.term_months",
        {"value": 61, "max": 60},
    ),
    (
        {"proposal__deferral_months": 13},
        "proposal.deferral_long",
        "proposal.deferral_months",
        {"value": 13, "max": 12},
    ),
    (
        {"proposal__cap": {"annual": "0.2", "basis": 365}},
        "cap.extra_ignored",
        "proposal.cap",
        {"keys": ["basis"]},
    ),
]


@pytest.mark.parametrize(("changes", "code", "path", "params"), WARNING_CASES)
def test_warnings_do_not_raise(
    changes: dict[str, Any], code: str, path: str, params: dict[str, Any]
) -> None:
    plan, found = decode_plan(with_(full_example(), **changes), today=TODAY)
    assert [(p.code, p.path, p.severity) for p in found] == [(code, path, Severity.WARNING)]
    assert params.items() <= dict(found[0].params).items()
    assert isinstance(plan, Plan)


def test_daily_rate_at_the_36_percent_line_is_no_warning() -> None:
    # brief: the daily rate is tested × 365; 0.0009863 × 365 = 0.3599995 ≤ 0.36
    data = with_(MINIMAL, debts__0__annual_rate=DELETE, debts__0__daily_rate="0.0009863")
    assert decode_plan(data, today=TODAY)[1] == []


# -- fuzzing --------------------------------------------------------------------

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**60), max_value=10**60)
    | st.floats()  # NaN and ±Infinity included: json.loads accepts them
    | st.text(max_size=12)
    | st.sampled_from(
        [
            "",
            "0",
            "1.5",
            "-1",
            "0.18",
            "24%",
            "auto",
            "2026-11-24",
            "2026-11-20T23:15",
            "d1",
            "licensed",
            "call",
            "none",
            "1e5",
        ]
    )
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def _assert_total(data: Any) -> None:
    try:
        plan, found = decode_plan(data, today=TODAY)
    except PlanInvalid as exc:
        assert any(p.severity is Severity.ERROR for p in exc.problems)
        return
    assert all(p.severity is Severity.WARNING for p in found)
    json.dumps(encode_plan(plan), allow_nan=False)  # a decoded plan always encodes


@settings(deadline=None, max_examples=300)
@given(JSON_VALUES)
def test_any_json_value_decodes_or_is_invalid(data: Any) -> None:
    _assert_total(data)
    validate_plan(data, today=TODAY)


@settings(deadline=None, max_examples=300)
@given(
    st.fixed_dictionaries(
        {"format": st.just("negoplan/plan"), "version": st.just(1)},
        optional={
            k: JSON_VALUES
            for k in (
                "as_of",
                "debts",
                "proposal",
                "borrower",
                "household",
                "hardship",
                "evidence",
                "contacts",
                "settings",
            )
        },
    )
)
def test_plausible_roots_decode_or_are_invalid(data: dict[str, Any]) -> None:
    _assert_total(data)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key/index path inside ``node``."""
    found: list[tuple[Any, ...]] = []
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for key, child in items:
        found.append((*prefix, key))
        found.extend(_paths(child, (*prefix, key)))
    return found


VALID_PATHS = _paths(full_example())


@settings(deadline=None, max_examples=300)
@given(st.lists(st.tuples(st.sampled_from(VALID_PATHS), st.booleans(), JSON_VALUES), max_size=3))
def test_mutated_plans_decode_or_are_invalid(
    mutations: list[tuple[tuple[Any, ...], bool, Any]],
) -> None:
    data = full_example()
    for path, delete, value in mutations:
        node = data
        try:
            for key in path[:-1]:
                node = node[key]
            if delete:
                del node[path[-1]]
            else:
                node[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced this path
    _assert_total(data)


# valid plans built directly from records ---------------------------------------

AS_OF = date(2026, 11, 24)
texts = st.text(max_size=10)
money_st = st.decimals(min_value=0, max_value=10**6, places=2)
annual_st = st.decimals(min_value=0, max_value=10, places=6)
daily_st = st.decimals(min_value=0, max_value=D("0.01"), places=8)
past_dates = st.dates(min_value=date(1990, 1, 1), max_value=AS_OF)
moments = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2100, 12, 31, 23, 59)
).map(lambda m: m.replace(microsecond=0))
caps = st.one_of(
    st.just(CapSpec()),
    st.just(CapSpec(CapMode.LPR4X)),
    annual_st.map(lambda a: CapSpec(CapMode.ANNUAL, a)),
    st.integers(0, 100).map(lambda n: CapSpec(CapMode.ANNUAL, D(n) / 100, f"{n}%")),
)


@st.composite
def proposals(draw: st.DrawFn, owed: Decimal) -> Proposal:
    return Proposal(
        deferral_months=draw(st.integers(0, 60)),
        deferral_interest=draw(st.sampled_from(DeferralInterest)),
        term_months=draw(st.integers(1, 360)),
        installment_rate=draw(annual_st),
        method=draw(st.sampled_from(Method)),
        down_payment=draw(st.decimals(min_value=0, max_value=owed, places=2)),
        waive=draw(st.sampled_from(Waive)),
        cap=draw(caps),
        allocation=draw(st.sampled_from(Allocation)),
    )


@st.composite
def debts(draw: st.DrawFn, debt_id: str) -> Debt:
    principal = draw(money_st)
    rates = draw(st.sampled_from(["annual", "daily", "both"]))
    dues = {k: draw(money_st) for k in ("interest_due", "penalty_due", "fees_due")}
    owed = principal + sum(dues.values())
    full = draw(proposals(owed))
    keys = draw(
        st.lists(st.sampled_from(["term_months", "cap", "waive", "down_payment"]), unique=True)
    )
    return Debt(
        id=debt_id,
        creditor=draw(st.text(min_size=1, max_size=10).filter(str.strip)),
        principal=principal,
        annual_rate=draw(annual_st) if rates != "daily" else None,
        daily_rate=draw(daily_st) if rates != "annual" else None,
        creditor_kind=draw(st.sampled_from(CreditorKind)),
        product=draw(texts),
        contract_no=draw(texts),
        card_last4=draw(st.sampled_from(["", "1234", "0007"])),
        contract_date=draw(st.none() | past_dates),
        penalty_rate=draw(st.none() | annual_st),
        overdue_since=draw(st.none() | past_dates),
        overdue_principal=draw(st.none() | st.decimals(min_value=0, max_value=principal, places=2)),
        remaining_months=draw(st.integers(0, 600)),
        method=draw(st.sampled_from(Method)),
        contract_payment=draw(st.none() | money_st),
        charges_since=draw(st.none() | past_dates),
        proposal_patch={k: getattr(full, k) for k in keys},
        **dues,
    )


lines = st.builds(BudgetLine, label=texts, monthly=money_st, category=texts, note=texts)
evidence_entries = st.builds(
    EvidenceEntry,
    at=moments,
    channel=st.sampled_from(Channel),
    from_=texts,
    collector=texts,
    target=st.sampled_from(Target),
    target_name=texts,
    attempts=st.integers(1, 1000),
    answered=st.booleans(),
    summary=texts,
    files=st.lists(texts, max_size=2).map(tuple),
    tags=st.lists(st.sampled_from(EvidenceTag), max_size=3).map(tuple),
)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    ids = draw(st.lists(st.text(min_size=1, max_size=4), max_size=3, unique=True))
    plan_debts = tuple(draw(debts(i)) for i in ids)
    owed = sum((d.owed for d in plan_debts), D("0.00"))
    offers = st.none() | st.builds(
        ContactOffer,
        term_months=st.none() | st.integers(1, 360),
        monthly=st.none() | money_st,
        waive=st.none() | st.sampled_from(Waive),
    )
    contacts = st.builds(
        Contact,
        at=moments,
        debt=st.sampled_from(["", *ids]),
        channel=texts,
        person=texts,
        summary=texts,
        offer=offers,
        confirmed_in_writing=st.booleans(),
        next_step=texts,
        due=st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
    )
    return Plan(
        as_of=AS_OF,
        debts=plan_debts,
        borrower=draw(
            st.builds(
                Borrower, name=texts, id_last4=st.text(max_size=4), phone=texts, address=texts
            )
        ),
        household=draw(
            st.builds(
                Household,
                income=st.lists(lines, max_size=2).map(tuple),
                expenses=st.lists(lines, max_size=2).map(tuple),
                dependents=st.integers(0, 20),
            )
        ),
        hardship=draw(
            st.builds(
                Hardship,
                reasons=st.lists(st.sampled_from(HardshipReason), max_size=3).map(tuple),
                story=texts,
                documents=st.lists(texts, max_size=2).map(tuple),
            )
        ),
        proposal=draw(proposals(owed)),
        evidence=tuple(draw(st.lists(evidence_entries, max_size=2))),
        contacts=tuple(draw(st.lists(contacts, max_size=2))),
        settings=draw(
            st.builds(
                Settings,
                day_basis=st.sampled_from([360, 365]),
                cap_day_basis=st.sampled_from([360, 365]),
                penalty_multiplier=st.decimals(min_value=1, max_value=3, places=2),
                max_term_months=st.integers(1, 360),
                horizon_months=st.integers(12, 600),
                token_payment=money_st,
            )
        ),
    )


@settings(deadline=None, max_examples=150)
@given(plans())
def test_valid_plans_round_trip(plan: Plan) -> None:
    text = json.dumps(encode_plan(plan), allow_nan=False)
    again, found = decode_plan(json.loads(text), today=date(2000, 1, 1))
    assert all(p.severity is Severity.WARNING for p in found)
    assert again == plan

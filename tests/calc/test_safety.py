"""The date-gated PBoC credit-repair hint (rules.md §7): window, amount limit, date gate."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

from app.resources import resource_path
from app.rules_data import load_rules
from calc.plan import decode_plan
from calc.safety import credit_repair_hint
from calc.scenarios import compare

RULES = load_rules()


def _plan(as_of: str, overdue_since: str, principal: str):
    data = json.loads(resource_path("examples", "seed-meituan.json").read_text("utf-8"))
    data["as_of"] = as_of
    data["debts"] = [dict(data["debts"][0], overdue_since=overdue_since, principal=principal,
                          contract_date="2025-01-20")]
    data.pop("evidence", None)
    plan, _ = decode_plan(data, today=date.fromisoformat(as_of))
    return plan


def _hint(as_of: str, overdue_since: str, principal: str = "7600.00"):
    plan = _plan(as_of, overdue_since, principal)
    return credit_repair_hint(plan, compare(plan, RULES), RULES)


def test_rules_data_states_the_policy_with_its_source() -> None:
    rule = RULES.credit_repair
    assert rule is not None
    assert (rule.records_from, rule.records_to) == (date(2020, 1, 1), date(2025, 12, 31))
    assert rule.max_per_item == 10000 and rule.repay_by == date(2026, 3, 31)  # rules.md §7
    assert rule.source.zh and rule.source.confidence == "secondary"


def test_a_2025_arrear_under_10000_before_the_deadline_is_offered() -> None:
    hint = _hint("2026-01-10", "2025-10-20")
    assert hint is not None and hint.debt_ids == ("meituan",)
    assert hint.days_left == (date(2026, 3, 31) - date(2026, 1, 10)).days
    assert _hint("2026-03-31", "2025-10-20") is not None  # the last day counts


def test_date_gate_amount_limit_and_window() -> None:
    assert _hint("2026-04-01", "2025-10-20") is None  # past policy: not offered
    assert _hint("2026-01-10", "2026-01-02") is None  # arrear after 2025-12-31
    assert _hint("2026-01-10", "2019-12-31") is None  # before 2020
    # owed = principal + billed charges (1,000.00 in the example): 9,000 + 1,000 is the limit.
    assert _hint("2026-01-10", "2025-10-20", "9000.00") is not None
    assert _hint("2026-01-10", "2025-10-20", "9000.01") is None


def test_no_data_no_hint() -> None:
    plan = _plan("2026-01-10", "2025-10-20", "7600.00")
    rules = dataclasses.replace(RULES, credit_repair=None)
    assert credit_repair_hint(plan, compare(plan, rules), rules) is None


def test_the_seed_example_today_gets_no_hint() -> None:
    data = json.loads(resource_path("examples", "seed-meituan.json").read_text("utf-8"))
    plan, _ = decode_plan(data, today=date(2026, 11, 24))
    assert credit_repair_hint(plan, compare(plan, RULES), RULES) is None

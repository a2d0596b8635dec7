"""app.messages: every problem code calc (or the CLI) can emit has a zh and an en sentence.

Three layers:

1. the source of calc/ and app/ is scanned for codes (call sites of
   ``CalcError(``, ``Problem(``, ``report.error(``/``.warn(`` plus every string
   literal shaped like a code, since some codes travel in variables) and each
   must be in :data:`app.messages.MESSAGES`;
2. each call site that names its params is checked statically: the templates
   use only params that call passes;
3. real problems are produced (bad plans through :func:`calc.plan.validate_plan`,
   bad input to calc's parsers and APR functions, bad files through the CLI
   readers) and worded in both languages: no placeholder left, no ``?`` for a
   missing param.
"""

from __future__ import annotations

import ast
import copy
import json
import re
import string
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app import messages
from app.letters.templates import KINDS, load_templates
from app.messages import FIELD_NAMES, MESSAGES, describe_path, message, problem_line
from calc.errors import CalcError, PlanInvalid, Problem, Severity

ROOT = Path(__file__).resolve().parents[2]
CALC_SOURCES = sorted((ROOT / "calc").glob("*.py"))
APP_SOURCES = sorted(p for p in (ROOT / "app").glob("*.py") if p.name != "messages.py")
SOURCES = CALC_SOURCES + APP_SOURCES
TODAY = date(2026, 11, 24)

CODE = re.compile(r"[a-z_]+\.[a-z_0-9]+")
# A code as the first argument of a call that reports a problem (may span lines).
CALL_SITE = re.compile(
    r"(?:\bCalcError|\bProblem|\.error|\.warn)\(\s*[\"']([a-z_]+\.[a-z_0-9]+)[\"']"
)
# String literals shaped like a code that are not codes.
NOT_CODES = {"app._data"}  # the installed name of resources/ (app/resources.py)
# Keys of the document wording (resources/templates/<kind>.zh.toml, e.g. "report.title" in
# app/evidence_report.py) are sentences of a document, not problem codes.
TEMPLATE_KEYS = {key for kind in KINDS for key in load_templates("zh", kind)}
FILE_SUFFIXES = (".json", ".csv", ".toml", ".txt", ".pdf", ".py", ".md")
# Call sites whose params do not cover their template, with the reason it is acceptable.
KNOWN_PARAM_GAPS = {
    # `else` branch after every Method was handled: unreachable ("pragma: no cover").
    ("schedule.py", "enum.invalid"),
}
CJK = re.compile(r"[\u4e00-\u9fff]")
LEFTOVER = re.compile(r"\{[A-Za-z_][A-Za-z_0-9]*\}")


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def call_site_codes() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in SOURCES:
        for code in CALL_SITE.findall(path.read_text(encoding="utf-8")):
            found.setdefault(code, set()).add(_rel(path))
    return found


def literal_codes() -> dict[str, set[str]]:
    """Every string constant in the code (not docstrings: they hold prose) shaped like a code."""
    found: dict[str, set[str]] = {}
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and CODE.fullmatch(node.value)
                and node.value not in NOT_CODES
                and node.value not in TEMPLATE_KEYS
                and not node.value.endswith(FILE_SUFFIXES)
            ):
                found.setdefault(node.value, set()).add(_rel(path))
    return found


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# --- 1. every code has words ---------------------------------------------------


def test_the_scans_find_the_codes() -> None:
    sites, literals = call_site_codes(), literal_codes()
    # sanity: the scans see what we know is there
    for code in (
        "money.format",
        "field.required",
        "debt.rate_missing",
        "amount.format",
        "apr.no_solution",
        "file.not_found",
        "rate.above_36",
    ):
        assert code in literals, code
    assert len(sites) >= 40
    assert set(sites) <= set(literals)


def test_every_code_in_the_source_has_zh_and_en_templates() -> None:
    missing = {
        code: sorted(where) for code, where in literal_codes().items() if code not in MESSAGES
    }
    assert not missing, f"add these codes to app/messages.py MESSAGES: {missing}"


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_templates_are_complete(code: str) -> None:
    zh, en = MESSAGES[code]
    assert zh.strip() and en.strip()
    assert CJK.search(zh), code
    for template in (zh, en):
        template.format_map({name: "x" for name in placeholders(template)})  # well-formed
    # the same facts in both languages (zh may use the Chinese name of `expected`)
    assert placeholders(zh) - {"expected_zh"} == placeholders(en) - {"expected"}, code


# --- 2. call sites pass what their template needs ------------------------------


def _static_calls() -> Iterator[tuple[Path, int, str, set[str]]]:
    """(file, line, code, param names) for calls naming a literal code and only literal params."""
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in ("CalcError", "Problem", "error", "warn"):
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            if not CODE.fullmatch(first.value):
                continue
            if any(k.arg is None for k in node.keywords):
                continue  # **params: checked with real problems below
            params = {k.arg for k in node.keywords if k.arg}
            if name == "Problem" and len(node.args) >= 3:
                third = node.args[2]
                if not isinstance(third, ast.Dict) or not all(
                    isinstance(k, ast.Constant) for k in third.keys
                ):
                    continue
                params |= {k.value for k in third.keys if isinstance(k, ast.Constant)}
            yield path, node.lineno, first.value, params


def test_call_sites_pass_the_params_their_templates_use() -> None:
    calls = list(_static_calls())
    assert len(calls) >= 40
    gaps = []
    for path, line, code, params in calls:
        given = params | {"field"} | ({"expected_zh"} if "expected" in params else set())
        for template in MESSAGES.get(code, ()):
            lacking = placeholders(template) - given
            if lacking and (path.name, code) not in KNOWN_PARAM_GAPS:
                gaps.append(f"{_rel(path)}:{line} {code} lacks {sorted(lacking)}")
    assert not gaps, "\n".join(gaps)


# --- 3. real problems, worded ---------------------------------------------------

BASE: dict[str, Any] = {
    "format": "negoplan/plan",
    "version": 1,
    "as_of": "2026-11-24",
    "debts": [{"id": "d1", "creditor": "美团", "principal": "1000.00", "annual_rate": "0.18"}],
}


def _plan(**changes: Any) -> dict[str, Any]:
    """BASE with ``changes``: ``debt=`` updates debts[0], other keys replace top-level keys."""
    plan = copy.deepcopy(BASE)
    plan["debts"][0].update(changes.pop("debt", {}))
    plan.update(changes)
    return plan


BAD_PLANS: dict[str, Any] = {
    "not object": [1, 2],
    "format": _plan(format="something/else"),
    "version": _plan(version=2),
    "version type": _plan(version="1"),
    "version huge": _plan(version=10**20),
    "required": _plan(debt={"creditor": None}),
    "empty": _plan(debt={"creditor": "  "}),
    "card": _plan(debt={"card_last4": "12a4"}),
    "enum": _plan(debt={"method": "monthly", "creditor_kind": "shark"}),
    "int choice": _plan(settings={"day_basis": 300, "cap_day_basis": 10**20}),
    "int range": _plan(debt={"remaining_months": 601}, proposal={"term_months": 0}),
    "int huge": _plan(proposal={"term_months": 10**30}),
    "number": _plan(settings={"penalty_multiplier": "5", "horizon_months": 1}),
    "number format": _plan(settings={"penalty_multiplier": "abc"}),
    "money": _plan(
        debt={
            "principal": "abc",
            "interest_due": "-1",
            "penalty_due": "1.234",
            "fees_due": "1000000000",
        }
    ),
    "money nan": _plan(debt={"principal": float("nan")}),
    "rate": _plan(debt={"annual_rate": "18%", "penalty_rate": "-0.1"}),
    "rate large": _plan(debt={"annual_rate": "18"}),
    "rate warn": _plan(debt={"annual_rate": "0.4"}),
    "daily warn": _plan(debt={"annual_rate": None, "daily_rate": "0.002"}),
    "daily large": _plan(debt={"annual_rate": None, "daily_rate": "0.5"}),
    "dates": _plan(debt={"overdue_since": "2026-13-01", "contract_date": "1980-01-01"}),
    "datetime": _plan(evidence=[{"at": "yesterday"}, {"at": "1900-01-01T10:00"}]),
    "rate missing": _plan(debt={"annual_rate": None}),
    "rate both": _plan(debt={"daily_rate": "0.0005"}),
    "duplicate id": _plan(debts=[BASE["debts"][0], BASE["debts"][0]]),
    "after as_of": _plan(
        debt={
            "overdue_since": "2027-01-01",
            "contract_date": "2027-01-01",
            "charges_since": "2027-01-01",
        }
    ),
    "overdue principal": _plan(debt={"overdue_principal": "2000.00"}),
    "id last4": _plan(borrower={"id_last4": "330102199001011234"}),
    "long asks": _plan(proposal={"deferral_months": 13, "term_months": 61}),
    "down payment": _plan(proposal={"down_payment": "5000.00"}),
    "debt down payment": _plan(debt={"proposal": {"down_payment": "5000.00"}}),
    "cap invalid": _plan(proposal={"cap": "bogus"}),
    "cap object": _plan(proposal={"cap": {"annual": "0.15", "note": "x"}}),
    "cap large": _plan(proposal={"cap": "2000%"}),
    "unknown debt": _plan(contacts=[{"at": "2026-11-20T10:00", "debt": "zz"}]),
    "evidence for an unknown debt": _plan(evidence=[{"at": "2026-11-20T10:00", "debt": "zz"}]),
    "types": _plan(
        household={"income": "lots", "expenses": [3]},
        hardship=[],
        debts=[1],
        borrower={"name": 5},
        evidence=[{"at": "2026-11-20T10:00", "answered": 1}],
    ),
}


def plan_problems() -> list[Problem]:
    found: list[Problem] = []
    for data in BAD_PLANS.values():
        found += _validate(data)
    return found


def _validate(data: Any) -> list[Problem]:
    from calc.plan import validate_plan

    return validate_plan(json.loads(json.dumps(data)), today=TODAY)


def _raising(fn: Callable[[], Any]) -> Problem:
    try:
        fn()
    except CalcError as exc:
        return exc.as_problem()
    except PlanInvalid as exc:
        assert len(exc.problems) == 1, exc.problems
        return exc.problems[0]
    raise AssertionError(f"{fn} did not raise")


def calc_error_triggers() -> dict[str, Callable[[], Any]]:
    from calc import apr, parse, rates, schedule
    from calc.model import CapMode, CapSpec, CreditorKind, Debt, Settings
    from calc.rules import applicable_cap, build_rules, parse_lpr_csv

    def rules() -> Any:
        from app.rules_data import load_rules

        return load_rules()

    d = Decimal
    return {
        "amount.empty": lambda: parse.parse_amount("  "),
        "amount.format": lambda: parse.parse_amount("abc"),
        "amount.negative": lambda: parse.parse_amount("-5"),
        "amount.too_large": lambda: parse.parse_amount("99999亿"),
        "amount.too_many_decimals": lambda: parse.parse_amount("1.234"),
        "rate.empty": lambda: parse.parse_rate(""),
        "rate.format": lambda: parse.parse_rate("abc"),
        "rate.negative": lambda: parse.parse_rate("-5%"),
        "rate.too_large": lambda: parse.parse_rate("5000%"),
        "int.format": lambda: parse.parse_int("abc", field_min=1, field_max=60),
        "int.range": lambda: parse.parse_int("0", field_min=1, field_max=60),
        "rate.day_basis": lambda: rates.daily_to_annual(d("0.0005"), 300),
        "rate.period": lambda: rates.to_annual(d("0.1"), "week", 365),  # type: ignore[arg-type]
        "debt.rate_missing": lambda: rates.contract_annual_rate(
            Debt(id="d1", creditor="x", principal=d(1)), Settings()
        ),
        "apr.received_not_positive": lambda: apr.apr_level(d(0), d(100), 12),
        "apr.no_payments": lambda: apr.apr_level(d(100), d(10), 0),
        "apr.periods_not_positive": lambda: apr.apr_regular(d(100), [d(110)], 0),
        "apr.days_not_positive": lambda: apr.apr_bullet(d(100), d(10), 0),
        "apr.payment_negative": lambda: apr.apr_regular(d(100), [d(60), d(-10)]),
        "apr.flow_before_start": lambda: apr.apr_dated(
            d(100), date(2026, 1, 1), [(date(2025, 12, 1), d(110))]
        ),
        "schedule.term": lambda: schedule.level_payment(d(100), d("0.01"), 0),
        "rules.lpr_row": lambda: parse_lpr_csv("date,lpr_1y\nnot-a-date,x\n"),
        "rules.invalid": lambda: build_rules({}, ""),
        "cap.invalid": lambda: applicable_cap(
            CreditorKind.LICENSED, None, CapSpec(mode=CapMode.ANNUAL), rules(), TODAY
        ),
        "rules.no_lpr": lambda: applicable_cap(
            CreditorKind.PRIVATE, date(1995, 1, 1), CapSpec(), rules(), date(1995, 1, 2)
        ),
    }


def app_problems(folder: Path) -> list[Problem]:
    from app import cli
    from app.planio import read_plan_json

    (folder / "bad.json").write_text('{\n  "a": ,\n}', encoding="utf-8")
    (folder / "gbk.json").write_bytes("债务".encode("gbk"))
    (folder / "flows.txt").write_text("100\nabc\n", encoding="utf-8")
    (folder / "mixed.txt").write_text("2026-12-01,100\n100\n", encoding="utf-8")
    return [
        _raising(lambda: read_plan_json(folder / "missing.json")),
        _raising(lambda: read_plan_json(folder / "bad.json")),
        _raising(lambda: read_plan_json(folder / "gbk.json")),
        _raising(lambda: cli._read_schedule(str(folder / "flows.txt"), None)),
        _raising(lambda: cli._read_schedule(str(folder / "mixed.txt"), None)),
        _raising(lambda: cli._read_schedule(str(folder / "nothere.txt"), None)),
    ]


def all_problems(folder: Path) -> list[Problem]:
    problems = plan_problems()
    for code, trigger in calc_error_triggers().items():
        p = _raising(trigger)
        assert p.code == code, (code, p)
        problems.append(p)
    return problems + app_problems(folder)


def test_bad_plans_produce_every_code_calc_plan_can_emit() -> None:
    emitted = {p.code for p in plan_problems()}
    in_plan_source = {
        code
        for path in (ROOT / "calc" / "plan.py", ROOT / "calc" / "plan_fields.py")
        for code in literal_codes_in(path)
    }
    assert in_plan_source <= emitted, (
        f"no bad plan here produces {sorted(in_plan_source - emitted)}"
    )


def literal_codes_in(path: Path) -> set[str]:
    rel = _rel(path)
    return {code for code, where in literal_codes().items() if rel in where}


def _templates(p: Problem) -> tuple[str, str]:
    """The templates message() uses for ``p`` (a shorter one when a huge value was left out)."""
    short = messages._WITHOUT_VALUE.get(p.code)
    if short is not None and p.params.get(short[0]) is None:
        return short[1]
    return MESSAGES[p.code]


def test_every_message_formats_with_the_params_calc_passes(tmp_path: Path) -> None:
    problems = all_problems(tmp_path)
    covered = {p.code for p in problems}
    assert len(covered) >= 55, sorted(set(MESSAGES) - covered)
    bad = []
    for p in problems:
        given = set(p.params) | {"field"} | ({"expected_zh"} if "expected" in p.params else set())
        for lang, template in zip(("zh", "en"), _templates(p)):
            text = message(p.code, p.path, p.params, lang)
            lacking = placeholders(template) - given
            if lacking:
                bad.append(f"{p.code} [{p.path}] {lang}: template needs {sorted(lacking)}")
            if LEFTOVER.search(text) or ("?" in text and "?" not in template):
                bad.append(f"{p.code} [{p.path}] {lang}: {text}")
            if " None" in text or "None " in text:
                bad.append(f"{p.code} [{p.path}] {lang}: {text}")
    assert not bad, "\n".join(bad)


def test_plan_problems_name_their_fields_in_words() -> None:
    """A zh sentence names the field in Chinese ("第1笔债务的剩余本金"), never ``principal``."""
    for p in plan_problems():
        if not p.path:
            continue
        if "{field}" not in MESSAGES[p.code][0]:
            continue
        text = message(p.code, p.path, p.params, "zh")
        field = describe_path(p.path, "zh")
        assert field in text, (p, text)
        leftover = re.sub(r"\[\d+\]", "", field)
        assert not re.search(r"[a-z]{2,}", leftover), (p.path, field)


def test_cli_apr_fields_are_named_in_words() -> None:
    for path in ("amount", "payment", "months", "start", "received", "payments", "flows[0]"):
        assert not re.search(r"[a-z]{2,}", describe_path(path, "zh")), path
        assert describe_path(path, "en")


def test_huge_values_are_left_out_of_the_sentence() -> None:
    problems = _validate(_plan(version=10**20, settings={"day_basis": 10**20}))
    texts = [message(p.code, p.path, p.params, lang) for p in problems for lang in ("zh", "en")]
    assert texts == [
        "不支持的计划文件版本，本程序支持：1",
        "Unsupported plan version; supported: 1",
        "计算设置的计息天数基准：不是可选值，可选：360、365",
        "settings, day basis: not allowed; choose one of 360, 365",
    ]


def test_every_key_of_the_plan_file_has_a_name() -> None:
    import calc.model
    import calc.plan

    keys = set(calc.model.PROPOSAL_KEYS)
    for name in dir(calc.plan):
        if name.endswith("_KEYS"):
            keys |= set(getattr(calc.plan, name))
    assert not sorted(keys - set(FIELD_NAMES)), "add to app/messages.py FIELD_NAMES"


def test_unknown_code_falls_back_to_a_generic_sentence() -> None:
    assert (
        message("no.such_code", "debts[0].principal", {}, "zh")
        == "第1笔债务的剩余本金：输入有误（no.such_code）"
    )
    assert message("no.such_code", "", {}, "en") == "plan file: invalid input (no.such_code)"


def test_list_params_are_joined() -> None:
    text = message("enum.invalid", "debts[0].method", {"allowed": ["a", "b"], "value": "c"}, "zh")
    assert "a、b" in text and "“c”" in text


def test_field_type_uses_the_chinese_type_name() -> None:
    p = Problem("field.type", "debts", {"expected": "list"})
    assert "列表" in message(p.code, p.path, p.params, "zh")
    assert "expected list" in message(p.code, p.path, p.params, "en")


def test_problem_line_puts_the_path_first() -> None:
    p = Problem("money.negative", "debts[0].principal", {"value": "-5"})
    assert problem_line(p, "zh") == "错误 [debts[0].principal] 第1笔债务的剩余本金：金额不能为负数"
    assert (
        problem_line(p, "en")
        == "error [debts[0].principal] debt 1, principal: the amount cannot be negative"
    )
    w = Problem(
        "proposal.term_long", "proposal.term_months", {"value": 72, "max": 60}, Severity.WARNING
    )
    assert problem_line(w, "zh").startswith("提醒 [proposal.term_months] ")
    assert problem_line(w, "en").startswith("warning [proposal.term_months] ")
    assert problem_line(Problem("plan.not_object", "", {}), "en").startswith("error The plan file")


# --- describe_path --------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "zh", "en"),
    [
        ("debts[1].annual_rate", "第2笔债务的年利率", "debt 2, annual rate"),
        ("debts[0].principal", "第1笔债务的剩余本金", "debt 1, principal"),
        ("debts[2]", "第3笔债务", "debt 3"),
        (
            "debts[0].proposal.term_months",
            "第1笔债务的协商方案的分期期数",
            "debt 1, proposal, term (months)",
        ),
        (
            "household.income[0].monthly",
            "家庭收支的第1项收入的每月金额",
            "household, income line 1, monthly amount",
        ),
        (
            "household.expenses[3].label",
            "家庭收支的第4项支出的名称",
            "household, expense line 4, label",
        ),
        ("proposal.cap.annual", "协商方案的利率上限的年利率", "proposal, cap, annual rate"),
        ("evidence[0].at", "第1条证据的时间", "evidence entry 1, time"),
        ("contacts[1].debt", "第2条协商记录的关联债务", "contact 2, debt"),
        ("hardship.documents[1]", "困难情况的证明材料[2]", "hardship, documents[2]"),
        ("flows[4]", "第5笔现金流", "cash flow 5"),
        ("settings.day_basis", "计算设置的计息天数基准", "settings, day basis"),
        ("", "计划文件", "plan file"),
        ("mystery_key", "mystery_key", "mystery_key"),
    ],
)
def test_describe_path(path: str, zh: str, en: str) -> None:
    assert describe_path(path, "zh") == zh
    assert describe_path(path, "en") == en


def test_field_names_have_both_languages() -> None:
    for key, (zh, en) in FIELD_NAMES.items():
        assert zh and en, key
        assert CJK.search(zh), key
        assert not CJK.search(en), key

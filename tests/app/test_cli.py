"""The ``negoplan`` command line against its contract (shared/spec/plan-file.md).

Everything runs in-process through :func:`app.cli.main` except one subprocess
test proving ``python -m app.cli`` works. Exit codes: 0 ok, 2 invalid input
(every problem listed on stderr, no traceback), 1 unexpected failure (one line).
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import cli
from app.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.json"))
EXAMPLE_IDS = [p.name for p in EXAMPLES]

MONEY = re.compile(r"^-?\d+\.\d{2}$")
RATE = re.compile(r"^-?\d+(\.\d+)?$")  # a decimal fraction: no '%', no exponent
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CJK = re.compile(r"[\u4e00-\u9fff]")

SCENARIO_KEYS = ("status_quo", "deferral", "reinstallment", "penalty_reduction", "proposal")
BUDGET_KEYS = {"income", "expenses", "disposable"}
DEBT_KEYS = {"id", "creditor", "owed", "cap", "excess"}
CAP_KEYS = {"regime", "annual", "source"}
SCENARIO_FIELDS = {
    "key",
    "title",
    "monthly_payment",
    "max_payment",
    "down_payment",
    "months",
    "first_date",
    "last_date",
    "total_paid",
    "total_charges",
    "saving_vs_status_quo",
    "fits_budget",
    "apr",
    "per_debt",
}
SCENARIO_MONEY = (
    "monthly_payment",
    "max_payment",
    "down_payment",
    "total_paid",
    "total_charges",
    "saving_vs_status_quo",
)
PER_DEBT_KEYS = {"id", "total_paid", "schedule"}
ROW_KEYS = {"date", "payment", "principal", "interest", "fees", "balance"}
ROW_MONEY = ("payment", "principal", "interest", "fees", "balance")
OFFER_KEYS = {"id", "creditor", "monthly", "months", "share"}
SUGGESTION_KEYS = {"id", "creditor", "ask", "monthly", "fits", "note"}
ASK_KEYS = {"deferral_months", "term_months", "installment_rate", "waive"}


def run(argv: list[str]) -> tuple[int, str, str]:
    """``main(argv)`` → (exit code, stdout, stderr); argparse's SystemExit counts as a code."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return code, out.getvalue(), err.getvalue()


def write(folder: Path, name: str, content: str | bytes | Any) -> str:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return str(path)


@cache
def compare_json(example: str) -> dict[str, Any]:
    code, out, err = run(["compare", example, "--json"])
    assert code == 0, err
    assert "Traceback" not in err
    return json.loads(out)


def example_plan(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def money(text: str) -> Decimal:
    assert isinstance(text, str) and MONEY.fullmatch(text), text
    return Decimal(text)


def assert_rate(text: Any) -> None:
    assert isinstance(text, str) and RATE.fullmatch(text), text


def assert_date(text: Any) -> None:
    assert isinstance(text, str) and ISO_DATE.fullmatch(text), text
    date.fromisoformat(text)


def assert_clean(err: str) -> None:
    assert "Traceback" not in err
    assert 'File "' not in err


# --- compare --json -----------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=EXAMPLE_IDS)
def test_compare_json_has_the_spec_keys_and_formats(example: Path) -> None:
    data = compare_json(str(example))
    assert {"as_of", "budget", "debts", "scenarios", "offers", "suggestions"} <= data.keys()
    assert_date(data["as_of"])
    assert data["as_of"] == example_plan(example)["as_of"]

    assert BUDGET_KEYS <= data["budget"].keys()
    for key in BUDGET_KEYS:
        money(data["budget"][key])

    plan_debts = example_plan(example)["debts"]
    assert [d["id"] for d in data["debts"]] == [d["id"] for d in plan_debts]
    for debt in data["debts"]:
        assert DEBT_KEYS <= debt.keys()
        money(debt["owed"])
        money(debt["excess"])
        assert CAP_KEYS <= debt["cap"].keys()
        assert_rate(debt["cap"]["annual"])
        assert isinstance(debt["cap"]["regime"], str) and debt["cap"]["regime"]
        assert isinstance(debt["cap"]["source"], str) and debt["cap"]["source"]

    keys = [s["key"] for s in data["scenarios"]]
    assert set(SCENARIO_KEYS) <= set(keys)
    assert len(keys) == len(set(keys))
    for s in data["scenarios"]:
        assert SCENARIO_FIELDS <= s.keys(), s["key"]
        assert isinstance(s["title"], str) and s["title"]
        for key in SCENARIO_MONEY:
            money(s[key])
        assert isinstance(s["months"], int) and not isinstance(s["months"], bool)
        assert isinstance(s["fits_budget"], bool)
        for key in ("first_date", "last_date"):
            if s[key] is not None:
                assert_date(s[key])
        if s["apr"] is not None:
            assert_rate(s["apr"])
        assert [p["id"] for p in s["per_debt"]] == [d["id"] for d in data["debts"]]
        for p in s["per_debt"]:
            assert PER_DEBT_KEYS <= p.keys()
            money(p["total_paid"])
            for row in p["schedule"]:
                assert ROW_KEYS <= row.keys()
                assert_date(row["date"])
                for key in ROW_MONEY:
                    money(row[key])

    assert [o["id"] for o in data["offers"]] == [d["id"] for d in data["debts"]]
    for o in data["offers"]:
        assert OFFER_KEYS <= o.keys()
        money(o["monthly"])
        assert_rate(o["share"])
        assert o["months"] is None or isinstance(o["months"], int)

    for sug in data["suggestions"]:
        assert SUGGESTION_KEYS <= sug.keys()
        money(sug["monthly"])
        assert isinstance(sug["fits"], bool)
        assert isinstance(sug["note"], str) and sug["note"]
        if sug["ask"] is not None:
            assert ASK_KEYS <= sug["ask"].keys()
            assert_rate(sug["ask"]["installment_rate"])
            assert isinstance(sug["ask"]["term_months"], int)
            assert isinstance(sug["ask"]["deferral_months"], int)
            assert isinstance(sug["ask"]["waive"], str)


@pytest.mark.parametrize("example", EXAMPLES, ids=EXAMPLE_IDS)
def test_compare_json_figures_add_up_exactly(example: Path) -> None:
    data = compare_json(str(example))
    for s in data["scenarios"]:
        total = Decimal(0)
        for p in s["per_debt"]:
            rows = p["schedule"]
            paid = sum((money(r["payment"]) for r in rows), Decimal(0))
            assert paid == money(p["total_paid"]), (s["key"], p["id"])
            total += money(p["total_paid"])
            for r in rows:
                # interest already includes the penalty (report.py's extra "penalty" key)
                parts = money(r["principal"]) + money(r["interest"]) + money(r["fees"])
                assert money(r["payment"]) == parts, (s["key"], p["id"], r)
        assert total == money(s["total_paid"]), s["key"]
    disposable = money(data["budget"]["disposable"])
    offered = sum((money(o["monthly"]) for o in data["offers"]), Decimal(0))
    assert offered == max(disposable, Decimal(0))


def test_module_entry_point_runs_compare_json() -> None:
    example = str(EXAMPLES[0])
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli", "compare", example, "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert json.loads(proc.stdout) == compare_json(example)


# --- compare, human output ----------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=EXAMPLE_IDS)
def test_compare_text_in_chinese_names_the_creditors(example: Path) -> None:
    code, out, err = run(["compare", str(example)])
    assert code == 0, err
    assert "协商方案" in out
    for debt in example_plan(example)["debts"]:
        assert debt["creditor"] in out


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("example", EXAMPLES, ids=EXAMPLE_IDS)
def test_compare_text_in_english(example: Path, where: str) -> None:
    argv = (
        ["--lang", "en", "compare", str(example)]
        if where == "before"
        else ["compare", str(example), "--lang", "en"]
    )
    code, out, err = run(argv)
    assert code == 0, err
    assert "Proposal" in out
    assert "协商方案" not in out


# --- check --------------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=EXAMPLE_IDS)
def test_check_accepts_the_examples(example: Path) -> None:
    code, out, err = run(["check", str(example)])
    assert code == 0, err
    assert "有效" in out


BROKEN = {
    "format": "negoplan/plan",
    "version": 1,
    "as_of": "2026-11-24",
    "debts": [
        {"creditor": "", "principal": "-5", "annual_rate": "18%"},
        {"principal": "1.234", "overdue_since": "2026-13-01"},
    ],
    "proposal": {"term_months": 0, "waive": "everything"},
}
BROKEN_PATHS = (
    "debts[0].creditor",
    "debts[0].principal",
    "debts[0].annual_rate",
    "debts[1].creditor",
    "debts[1].principal",
    "debts[1].overdue_since",
    "debts[1]",
    "proposal.term_months",
    "proposal.waive",
)


def test_check_lists_every_problem_with_its_path_in_chinese(tmp_path: Path) -> None:
    code, _out, err = run(["check", write(tmp_path, "broken.json", BROKEN)])
    assert code == 2
    assert_clean(err)
    for path in BROKEN_PATHS:
        line = next((x for x in err.splitlines() if f"[{path}] " in x), None)
        assert line is not None, (path, err)
        assert CJK.search(line.split("] ", 1)[1]), line
    assert f"{len(BROKEN_PATHS)} 处问题" in err
    assert "第1笔债务的剩余本金" in err


def test_check_lists_every_problem_in_english(tmp_path: Path) -> None:
    code, _out, err = run(["--lang", "en", "check", write(tmp_path, "broken.json", BROKEN)])
    assert code == 2
    assert_clean(err)
    for path in BROKEN_PATHS:
        line = next((x for x in err.splitlines() if f"[{path}] " in x), None)
        assert line is not None, (path, err)
        sentence = line.split("] ", 1)[1]
        assert not CJK.search(sentence), line
        assert re.search(r"[a-z]{3,}", sentence), line
    assert "debt 1, principal" in err


def test_compare_on_a_broken_plan_lists_the_problems_too(tmp_path: Path) -> None:
    code, out, err = run(["compare", write(tmp_path, "broken.json", BROKEN), "--json"])
    assert code == 2
    assert out == ""
    assert_clean(err)
    for path in BROKEN_PATHS:
        assert f"[{path}]" in err


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere.negoplan.json")
    for command in (["check", missing], ["compare", missing], ["compare", missing, "--json"]):
        code, _out, err = run(command)
        assert code == 2
        assert missing in err
        assert "找不到文件" in err
        assert_clean(err)
    code, _, err = run(["--lang", "en", "check", missing])
    assert code == 2 and "File not found" in err and missing in err


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = write(
        tmp_path, "bad.json", '{"format": "negoplan/plan",\n "version": 1,\n "debts": [}\n'
    )
    code, _, err = run(["check", path])
    assert code == 2
    assert "第 3 行" in err
    assert_clean(err)
    code, _, err = run(["--lang", "en", "compare", path])
    assert code == 2
    assert "line 3" in err


def test_non_utf8_file_is_invalid_input(tmp_path: Path) -> None:
    path = write(
        tmp_path, "gbk.json", '{"format": "negoplan/plan", "债权人": "美团"}'.encode("gbk")
    )
    for command in (["check", path], ["compare", path]):
        code, _, err = run(command)
        assert code == 2
        assert "UTF-8" in err
        assert_clean(err)


def test_a_directory_is_invalid_input(tmp_path: Path) -> None:
    code, _, err = run(["check", str(tmp_path)])
    assert code == 2
    assert_clean(err)


def test_version_2_is_invalid_input(tmp_path: Path) -> None:
    plan = example_plan(EXAMPLES[0]) | {"version": 2}
    path = write(tmp_path, "v2.json", plan)
    for command in (["check", path], ["compare", path, "--json"]):
        code, _out, err = run(command)
        assert code == 2
        assert "[version]" in err
        assert "2" in err
        assert_clean(err)


def test_check_prints_warnings_but_passes(tmp_path: Path) -> None:
    plan = example_plan(EXAMPLES[0])
    plan["proposal"]["term_months"] = 72  # > 60: a warning, not an error
    code, out, err = run(["check", write(tmp_path, "long.json", plan)])
    assert code == 0, err
    assert "[proposal.term_months]" in out
    assert "有效" in out


# --- apr ----------------------------------------------------------------------


def apr_json(argv: list[str]) -> dict[str, Decimal]:
    code, out, err = run(["apr", *argv, "--json"])
    assert code == 0, err
    data = json.loads(out)
    for key in ("periodic_irr", "apr_simple", "apr_compound"):
        assert_rate(data[key])
    return {k: Decimal(v) for k, v in data.items() if k != "period"}


def test_apr_pboc_example() -> None:
    # PBoC 公告〔2021〕第3号 as reported in shared/domain/rules.md §4: N = 99,000, 12 × 8,833.33
    r = apr_json(["--amount", "99000", "--payment", "8833.33", "--months", "12"])
    assert abs(r["periodic_irr"] - Decimal("0.0106704")) < Decimal("0.0000005")
    assert r["apr_simple"].quantize(Decimal("0.0001")) == Decimal("0.1280")
    assert r["apr_compound"].quantize(Decimal("0.0001")) == Decimal("0.1358")


def test_apr_text_output_in_both_languages() -> None:
    argv = ["apr", "--amount", "99000", "--payment", "8833.33", "--months", "12"]
    code, out, err = run(argv)
    assert code == 0, err
    assert "12.80%" in out and "13.58%" in out and "单利" in out
    code, out, err = run(["--lang", "en", *argv])
    assert code == 0, err
    assert "12.80%" in out and "simple" in out


def test_apr_accepts_chinese_style_amounts() -> None:
    wan = apr_json(["--amount", "1.2万", "--payment", "1,100", "--months", "12期"])
    plain = apr_json(["--amount", "12000", "--payment", "1100", "--months", "12"])
    assert wan == plain
    assert abs(plain["apr_simple"] - Decimal("0.18")) < Decimal("0.001")  # ≈ 1.5 %/month


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_apr_bad_amount_is_invalid_input(lang: str) -> None:
    code, _out, err = run(
        ["--lang", lang, "apr", "--amount", "abc", "--payment", "100", "--months", "12"]
    )
    assert code == 2
    assert "[amount]" in err and "abc" in err
    assert_clean(err)


def test_apr_missing_payment_is_invalid_input() -> None:
    code, _, err = run(["apr", "--amount", "1000", "--months", "12"])
    assert code == 2
    assert "[payment]" in err
    assert "[months]" not in err
    code, _, err = run(["apr", "--amount", "1000"])
    assert code == 2
    assert "[payment]" in err and "[months]" in err
    assert_clean(err)


@pytest.mark.parametrize(
    "argv",
    [
        ["--amount", "0", "--payment", "100", "--months", "12"],
        ["--amount", "1000", "--payment", "0", "--months", "12"],
        ["--amount", "1000", "--payment", "100", "--months", "0"],
        ["--amount", "1000", "--payment", "-100", "--months", "12"],
        ["--amount", "1000", "--payment", "100", "--months", "一年"],
    ],
)
def test_apr_degenerate_inputs_are_invalid_input(argv: list[str]) -> None:
    code, _, err = run(["apr", *argv])
    assert code == 2, err
    assert_clean(err)
    assert "?" not in err


def test_apr_periodic_schedule_file(tmp_path: Path) -> None:
    # card 账单分期 of 10,000 at 0.60 %/month for 12 months (rules.md §4): 13.03 % / 13.84 %
    path = write(tmp_path, "flows.txt", "# one payment per month\n" + "893.33\n" * 12)
    r = apr_json(["--amount", "10000", "--schedule", path])
    assert abs(r["periodic_irr"] - Decimal("0.0108619")) < Decimal("0.000001")
    assert r["apr_simple"].quantize(Decimal("0.0001")) == Decimal("0.1303")
    assert r["apr_compound"].quantize(Decimal("0.0001")) == Decimal("0.1384")


def test_apr_dated_schedule_file(tmp_path: Path) -> None:
    # 10,000 received, 11,000 repaid 365 days later: exactly 10 % compound a year
    path = write(tmp_path, "dated.txt", "2026-11-24,11000\n")
    code, out, err = run(
        ["apr", "--amount", "10000", "--schedule", path, "--start", "2025-11-24", "--json"]
    )
    assert code == 0, err
    data = json.loads(out)
    assert abs(Decimal(data["apr_compound"]) - Decimal("0.10")) < Decimal("0.00001")
    assert data.get("period", "day") == "day"

    path = write(
        tmp_path, "dated3.txt", "2026-12-24,893.33\n2027-01-24, 893.33\n2027-02-24\t893.33\n"
    )
    code, out, err = run(["apr", "--amount", "2600", "--schedule", path, "--start", "2026-11-24"])
    assert code == 0, err
    assert "%" in out


def test_apr_dated_schedule_needs_start(tmp_path: Path) -> None:
    path = write(tmp_path, "dated.txt", "2026-12-24,893.33\n2027-01-24,893.33\n")
    code, _, err = run(["apr", "--amount", "1700", "--schedule", path])
    assert code == 2
    assert "[start]" in err
    assert_clean(err)


@pytest.mark.parametrize(
    ("content", "extra"),
    [
        ("2026-12-24,893.33\n", ["--start", "not-a-date"]),
        ("2026-12-24,893.33\n", ["--start", "2027-01-01"]),  # payment before the loan
        ("893.33\nabc\n", []),
        ("2026-12-24,893.33\n893.33\n", ["--start", "2026-11-24"]),  # mixed kinds
        ("", []),
    ],
    ids=["bad-start", "before-start", "bad-row", "mixed", "empty"],
)
def test_apr_bad_schedules_are_invalid_input(
    tmp_path: Path, content: str, extra: list[str]
) -> None:
    path = write(tmp_path, "flows.txt", content)
    code, _, err = run(["apr", "--amount", "1000", "--schedule", path, *extra])
    assert code == 2, err
    assert_clean(err)


def test_apr_missing_schedule_file(tmp_path: Path) -> None:
    missing = str(tmp_path / "none.txt")
    code, _, err = run(["apr", "--amount", "1000", "--schedule", missing])
    assert code == 2
    assert missing in err


# --- reserved commands, unexpected failures, usage errors ---------------------


def test_every_command_of_the_spec_is_available() -> None:
    for command in ("compare", "apr", "check", "letter", "evidence", "complaint", "contacts",
                    "reply", "family-script", "gui"):
        code, out, _err = run([command, "--help"])
        assert code == 0 and "usage" in out, command


@pytest.mark.parametrize(
    "target",
    ["app.rules_data.load_rules", "calc.scenarios.compare", "app.report.comparison_json"],
)
def test_unexpected_exception_is_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(target, boom)
    code, _out, err = run(["compare", str(EXAMPLES[0]), "--json"])
    assert code == 1
    assert len(err.splitlines()) == 1, err
    assert "boom" in err
    assert_clean(err)


def test_unexpected_multiline_message_is_still_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("first line\nsecond line")

    monkeypatch.setattr("calc.scenarios.compare", boom)
    code, _, err = run(["--lang", "en", "compare", str(EXAMPLES[0])])
    assert code == 1
    assert err.splitlines() == [err.strip()]
    assert "unexpected error" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["bogus"],
        ["compare"],
        ["compare", "plan.json", "--frob"],
        ["check", "plan.json", "extra-argument"],
        ["--lang", "fr", "check", "plan.json"],
        ["apr"],
        ["apr", "--payment", "100", "--months", "12"],
    ],
)
def test_usage_errors_exit_2(argv: list[str]) -> None:
    code, _out, err = run(argv)
    assert code == 2
    assert "usage" in err
    assert_clean(err)


# --- anything at all in a plan file: 0 or 2, never 1, never an exception ------

_SCRATCH = Path(tempfile.mkdtemp(prefix="negoplan-cli-"))

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(
        [
            "0",
            "1.5",
            "0.18",
            "18%",
            "-1",
            "2026-11-24",
            "1e5",
            "1.2万",
            "auto",
            "lpr4x",
            "24%",
            "private",
            "bullet",
            "",
            " ",
        ]
    )
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)

PLAN_SPOTS = (
    ("as_of",),
    ("version",),
    ("debts",),
    ("household",),
    ("household", "income"),
    ("household", "expenses", 0, "monthly"),
    ("household", "income", 0, "monthly"),
    ("proposal",),
    ("proposal", "term_months"),
    ("proposal", "deferral_months"),
    ("proposal", "installment_rate"),
    ("proposal", "down_payment"),
    ("proposal", "waive"),
    ("proposal", "cap"),
    ("proposal", "allocation"),
    ("proposal", "method"),
    ("proposal", "deferral_interest"),
    ("settings",),
    ("debts", 0),
    ("debts", 0, "principal"),
    ("debts", 0, "annual_rate"),
    ("debts", 0, "daily_rate"),
    ("debts", 0, "penalty_rate"),
    ("debts", 0, "remaining_months"),
    ("debts", 0, "method"),
    ("debts", 0, "overdue_since"),
    ("debts", 0, "contract_date"),
    ("debts", 0, "interest_due"),
    ("debts", 0, "penalty_due"),
    ("debts", 0, "fees_due"),
    ("debts", 0, "creditor_kind"),
    ("debts", 0, "overdue_principal"),
    ("debts", 0, "contract_payment"),
    ("debts", 0, "id"),
    ("debts", 0, "proposal"),
    ("debts", 1, "id"),
    ("evidence",),
    ("contacts",),
)


def _put(plan: Any, spot: tuple[Any, ...], value: Any) -> None:
    """Set ``plan[spot...] = value`` when the containers on the way are still there."""

    def holds(node: Any, key: Any) -> bool:
        if isinstance(node, dict):
            return key in node
        return isinstance(node, list) and isinstance(key, int) and key < len(node)

    node = plan
    for key in spot[:-1]:
        if not holds(node, key):
            return
        node = node[key]
    if isinstance(node, dict) or holds(node, spot[-1]):
        node[spot[-1]] = value


@st.composite
def mutated_plans(draw: Callable[..., Any]) -> Any:
    plan = example_plan(draw(st.sampled_from(EXAMPLES)))
    for spot, value in draw(
        st.lists(st.tuples(st.sampled_from(PLAN_SPOTS), json_values), min_size=1, max_size=3)
    ):
        _put(plan, spot, value)
    return plan


def _never_crashes(path: Path) -> None:
    for argv in (
        ["check", str(path)],
        ["compare", str(path), "--json"],
        ["--lang", "en", "compare", str(path)],
    ):
        code, out, err = run(argv)
        assert code in (0, 2), (argv, code, err, path.read_bytes()[:2000])
        assert "Traceback" not in err
        if code == 0 and "--json" in argv:
            json.loads(out)


FUZZ = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=200))
def test_random_bytes_exit_0_or_2(data: bytes) -> None:
    path = _SCRATCH / "bytes.negoplan.json"
    path.write_bytes(data)
    _never_crashes(path)


@FUZZ
@given(json_values)
def test_random_json_values_exit_0_or_2(value: Any) -> None:
    path = _SCRATCH / "value.negoplan.json"
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    _never_crashes(path)


@FUZZ
@given(mutated_plans())
def test_mutated_example_plans_exit_0_or_2(plan: Any) -> None:
    path = _SCRATCH / "mutated.negoplan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    _never_crashes(path)


def test_as_of_defaults_to_today(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    plan = example_plan(EXAMPLES[0])
    del plan["as_of"]
    monkeypatch.setattr(cli, "_today", lambda: date(2026, 12, 1))
    code, out, err = run(["compare", write(tmp_path, "no-as-of.json", plan), "--json"])
    assert code == 0, err
    assert json.loads(out)["as_of"] == "2026-12-01"


def test_runaway_apr_is_still_a_plain_decimal(tmp_path: Path) -> None:
    # a 1e8 penalty billed on a private loan, looked at twenty years on: the status-quo APR
    # came out near 1.2E+24, too many digits for fmt_rate's default context (was exit 1)
    plan = example_plan(ROOT / "resources" / "examples" / "private-loan.json")
    plan["as_of"] = "2046-11-13"
    plan["debts"][0].update(interest_due="4852.59", penalty_due="99999999.99")
    plan["proposal"]["term_months"] = 44
    code, out, err = run(["compare", write(tmp_path, "runaway.json", plan), "--json"])
    assert code == 0, err
    for s in json.loads(out)["scenarios"]:
        if s["apr"] is not None:
            assert_rate(s["apr"])


@pytest.mark.parametrize("value", ["1.1811625420561583E+24", "1E+60", "-0.99999", "0.1280444811"])
def test_rate_format_any_magnitude(value: str) -> None:
    from calc.money import fmt_rate

    text = fmt_rate(Decimal(value))
    assert RATE.fullmatch(text), text
    assert Decimal(text) == Decimal(value).quantize(Decimal("1E-10"), context=_wide())


def _wide() -> Any:
    import decimal

    return decimal.Context(prec=100)


def test_infinite_apr_is_null_not_a_crash(tmp_path: Path) -> None:
    # debts overdue since 2012 with a 1e8 penalty: calc's status-quo APR came out as
    # Decimal("Infinity"); the JSON says null (no rate) and the table "—" (was exit 1)
    plan = example_plan(ROOT / "resources" / "examples" / "seed-meituan.json")
    meituan, jiebei = plan["debts"][0], plan["debts"][1]
    meituan.update(contract_date=None, penalty_due="99999999.99", overdue_since="2012-09-25")
    jiebei.update(daily_rate="0.000061", overdue_since="2014-06-03", penalty_due="289.74")
    path = write(tmp_path, "infinite.json", plan)
    code, out, err = run(["compare", path, "--json"])
    assert code == 0, err
    for s in json.loads(out)["scenarios"]:
        assert s["apr"] is None or RATE.fullmatch(s["apr"]), s["apr"]
    code, out, err = run(["compare", path])
    assert code == 0, err
    assert "Infinity" not in out


def test_compare_several_plans_gives_an_array_in_order(tmp_path: Path, capsys) -> None:
    # the "negoplan compare resources/examples/*.json --json": a shell glob
    from app.cli import main
    from app.resources import resource_path

    paths = sorted(str(p) for p in resource_path("examples").glob("*.json"))
    assert main(["compare", *paths, "--json"]) == 0
    objects = json.loads(capsys.readouterr().out)
    assert isinstance(objects, list) and len(objects) == len(paths)
    for obj in objects:
        assert [s["key"] for s in obj["scenarios"]][:5] == [
            "status_quo", "deferral", "reinstallment", "penalty_reduction", "proposal"]
        assert obj["offers"]
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["compare", paths[0], str(bad)]) == 2
    captured = capsys.readouterr()
    assert "== " in captured.out and str(bad) in captured.err


def test_evidence_and_family_script_are_wired(capsys, tmp_path) -> None:
    seed = str(Path(__file__).parents[2] / "resources" / "examples" / "seed-meituan.json")
    assert main(["evidence", seed]) == 0
    out = capsys.readouterr().out
    assert "夜间催收" in out and "母亲" in out
    assert main(["evidence", seed, "--json", "--lang", "en"]) == 0
    assert json.loads(capsys.readouterr().out)["violations"]
    target = tmp_path / "family.pdf"
    assert main(["family-script", seed, "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert main(["family-script", "-o", str(tmp_path / "generic.pdf")]) == 0


def test_complaint_and_contacts_are_wired(capsys, tmp_path) -> None:
    examples = Path(__file__).parents[2] / "resources" / "examples"
    seed = str(examples / "seed-meituan.json")
    assert main(["complaint", seed]) == 0  # advice: which channel fits and why
    assert "--to lender" in capsys.readouterr().out
    target = tmp_path / "c.pdf"
    assert main(["complaint", seed, "--to", "lender", "--debt", "meituan", "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert main(["complaint", seed, "--to", "nowhere", "--debt", "meituan", "--text"]) == 2
    assert main(["contacts", str(examples / "seed-negotiation.json")]) == 0
    assert "850.00" in capsys.readouterr().out


def test_compare_text_carries_the_credit_repair_hint_while_it_applies(capsys, tmp_path) -> None:
    data = json.loads((Path(__file__).parents[2] / "resources" / "examples" /
                       "seed-meituan.json").read_text("utf-8"))
    data["as_of"] = "2026-01-10"
    data["debts"] = [dict(data["debts"][0], overdue_since="2025-10-20", contract_date="2025-01-20")]
    data.pop("evidence")
    plan = tmp_path / "p.json"
    plan.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert main(["compare", str(plan)]) == 0
    assert "一次性信用修复" in capsys.readouterr().out
    assert main(["compare", str(plan), "--lang", "en"]) == 0
    assert "one-off credit repair" in capsys.readouterr().out


def test_reply_is_wired(tmp_path) -> None:
    plan = str(Path(__file__).parents[2] / "resources" / "examples" / "seed-negotiation.json")
    for kind in ("accept", "counter", "no_reply", "confirm_call"):
        out = tmp_path / f"{kind}.pdf"
        assert main(["reply", plan, "--contact", "1", "--kind", kind, "-o", str(out)]) == 0
        assert out.read_bytes().startswith(b"%PDF")
    assert main(["reply", plan, "--contact", "9", "--kind", "accept", "-o", str(tmp_path / "x.pdf")]) == 2

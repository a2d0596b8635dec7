"""The ``negoplan`` command line (contract: shared/spec/plan-file.md).

Subcommands: ``gui`` (default), ``compare``, ``apr``, ``check``, ``letter``,
``evidence``, ``complaint``, ``contacts``, ``reply``, ``family-script``.
Exit codes: 0 success, 2 invalid input (every problem listed on stderr in the
user's language, never a traceback), 1 unexpected failure (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from calc.errors import CalcError, PlanInvalid, Problem, Severity

EXIT_OK, EXIT_FAIL, EXIT_INVALID = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as invalid input (exit 2) in the user's language."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_INVALID, f"negoplan: 参数错误 / invalid arguments: {message}\n")


def _today() -> date:
    return date.today()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="negoplan", description="NegoPlan 协商还款计划器 — repayment negotiation planner")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="output language (default zh)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("gui", help="open the app")
    p.add_argument("plan", nargs="?")

    p = sub.add_parser("compare", help="compare the scenarios of a plan (several plans: one report each)")
    p.add_argument("plan", nargs="+")
    p.add_argument("--json", action="store_true", help="print the JSON object of the spec")

    p = sub.add_parser("apr", help="annualized rate by the IRR method (PBoC 2021 No. 3)")
    p.add_argument("--amount", required=True, help="cash actually received")
    p.add_argument("--payment", help="level payment per month")
    p.add_argument("--months", help="number of monthly payments")
    p.add_argument("--schedule", help="file of payments: one 'amount' per line (monthly), "
                   "or 'YYYY-MM-DD,amount' per line (dated; needs --start)")
    p.add_argument("--start", help="loan date for a dated schedule (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("check", help="validate a plan file")
    p.add_argument("plan")

    p = sub.add_parser("letter", help="the proposal letter(s) with schedule, budget and hardship pages, as PDF")
    p.add_argument("plan")
    p.add_argument("-o", "--output", required=True,
                   help="OUT.pdf: one PDF holding each creditor's letter; an existing folder "
                   "(or a path ending in /): one PDF per creditor in it")
    p.add_argument("--debt", action="append", metavar="ID", help="only this debt's letter (repeatable)")
    p.add_argument("--no-schedule", action="store_true", help="leave out the repayment schedule page")
    p.add_argument("--no-budget", action="store_true", help="leave out the household budget page")
    p.add_argument("--no-hardship", action="store_true", help="leave out the hardship statement page")

    p = sub.add_parser("evidence", help="check the collection-contact log against the conduct rules")
    p.add_argument("plan")
    p.add_argument("--json", action="store_true", help="print a JSON object")

    p = sub.add_parser("complaint", help="a complaint draft (to the lender, 12378, the local regulator, 12321, 110)")
    p.add_argument("plan")
    p.add_argument("--to", help="lender | 12378 | local_finance (local) | 12321 | 110 (police) | list; "
                   "without it: which channel fits and why")
    p.add_argument("-o", "--output", help="OUT.pdf, or an existing folder")
    p.add_argument("--debt", metavar="ID", help="the debt the complaint is about")
    p.add_argument("--text", action="store_true", help="print plain text (for online forms) instead of a PDF")

    p = sub.add_parser("reply", help="a reply or follow-up letter for a logged contact, as PDF")
    p.add_argument("plan")
    p.add_argument("--contact", type=int, required=True, metavar="N",
                   help="the contact's number as `negoplan contacts` shows it")
    p.add_argument("--kind", required=True,
                   help="accept | counter | no_reply | confirm_call")
    p.add_argument("-o", "--output", required=True, help="OUT.pdf, or an existing folder")
    p.add_argument("--days", type=int, default=7, help="days the lender is given to reply (default 7)")

    p = sub.add_parser("contacts", help="the negotiation log: reminders, counter-offers evaluated")
    p.add_argument("plan")
    p.add_argument("--json", action="store_true", help="print a JSON object")

    p = sub.add_parser("family-script", help="one printable page for family members who get collection calls")
    p.add_argument("plan", nargs="?", help="personalise with the borrower's name and phone")
    p.add_argument("-o", "--output", required=True, help="OUT.pdf, or an existing folder")

    for sp in sub.choices.values():
        sp.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    lang = args.lang
    try:
        if args.command in (None, "gui"):
            from app.gui import run_gui

            return run_gui(getattr(args, "plan", None))
        if args.command == "compare":
            return _compare(args.plan, args.json, lang)
        if args.command == "apr":
            return _apr(args, lang)
        if args.command == "check":
            return _check(args.plan, lang)
        if args.command == "letter":
            return _letter(args, lang)
        if args.command == "evidence":
            from app.evidence_report import run_evidence

            return run_evidence(args.plan, json_out=args.json, lang=lang, today=_today())
        if args.command == "complaint":
            from app.letters.complaint_cli import run_complaint

            return run_complaint(args.plan, to=args.to, output=args.output, debt=args.debt,
                                 text=args.text, lang=lang, today=_today())
        if args.command == "reply":
            from app.letters.reply_cli import run_reply

            return run_reply(args.plan, contact=args.contact, kind=args.kind, output=args.output,
                             lang=lang, today=_today(), days=args.days)
        if args.command == "contacts":
            from app.negotiation_report import run_contacts

            return run_contacts(args.plan, json_out=args.json, lang=lang, today=_today())
        if args.command == "family-script":
            from app.letters.family_cli import run_family_script

            return run_family_script(args.plan, args.output, lang=lang, today=_today())
        raise AssertionError(f"unhandled command {args.command!r}")  # argparse rejects others
    except PlanInvalid as exc:
        _print_problems(exc.problems, lang)
        return EXIT_INVALID
    except CalcError as exc:
        _print_problems([exc.as_problem()], lang)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return EXIT_FAIL
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the contract: one line, exit 1, no traceback
        msg = "意外错误" if lang == "zh" else "unexpected error"
        print(f"negoplan: {msg}: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        return EXIT_FAIL


def _print_problems(problems: list[Problem], lang: str) -> None:
    from app.messages import problem_line

    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        head = f"输入有 {len(errors)} 处问题：" if lang == "zh" else f"{len(errors)} problem(s) in the input:"
        print(head, file=sys.stderr)
    for p in problems:
        print("  " + problem_line(p, lang), file=sys.stderr)


def _load(path: str, lang: str):
    from app.planio import load_plan

    plan, warnings = load_plan(path, today=_today())
    if warnings:
        _print_problems(warnings, lang)
    return plan


def _print_credit_repair(plan, result, lang: str) -> None:
    """The date-gated PBoC credit-repair hint, when it applies to this plan (rules.md §7)."""
    from app.report import credit_repair_note
    from app.rules_data import load_rules
    from calc.safety import credit_repair_hint

    hint = credit_repair_hint(plan, result, load_rules())
    if hint is not None:
        print()
        print(credit_repair_note(hint, plan, lang))


def _compare(paths: list[str], as_json: bool, lang: str) -> int:
    """One plan: the spec's JSON object (or text). Several plans (e.g. a shell glob):
    a JSON array of those objects in the order given (or one text report per file,
    headed by its name). Invalid plans are reported on stderr naming the file; the
    others are still compared; the exit code is then 2."""
    from app.report import comparison_json, comparison_text
    from app.rules_data import load_rules
    from calc.scenarios import compare

    if len(paths) == 1:
        plan = _load(paths[0], lang)
        result = compare(plan, load_rules())
        if as_json:
            print(json.dumps(comparison_json(result, lang), ensure_ascii=False, indent=2))
        else:
            print(comparison_text(result, lang))
            _print_credit_repair(plan, result, lang)
        return EXIT_OK
    objects, texts, status = [], [], EXIT_OK
    for path in paths:
        try:
            result = compare(_load(path, lang), load_rules())
        except (PlanInvalid, CalcError) as exc:
            print(f"{path}:", file=sys.stderr)
            _print_problems(exc.problems if isinstance(exc, PlanInvalid) else [exc.as_problem()], lang)
            status = EXIT_INVALID
            continue
        if as_json:
            objects.append(comparison_json(result, lang))
        else:
            texts.append(f"== {path}\n{comparison_text(result, lang)}")
    if as_json:
        print(json.dumps(objects, ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(texts))
    return status


def _check(path: str, lang: str) -> int:
    from app.planio import read_plan_json
    from calc.plan import validate_plan

    problems = validate_plan(read_plan_json(path), today=_today())
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        _print_problems(problems, lang)
        return EXIT_INVALID
    for p in problems:
        from app.messages import problem_line

        print("  " + problem_line(p, lang))
    print("计划文件有效。" if lang == "zh" else "The plan file is valid.")
    return EXIT_OK


def _letter_targets(output: str, plan_path: str, ids: Sequence[str]) -> list[tuple[str, list[str]]]:
    """[(file, debt ids)]: one file for all, or one per debt when ``output`` is a folder."""
    import os
    import re
    from pathlib import Path

    if not (output.endswith(("/", os.sep)) or Path(output).is_dir()):
        return [(output, list(ids))]
    folder = Path(output)
    folder.mkdir(parents=True, exist_ok=True)
    stem = Path(plan_path).name.removesuffix(".json").removesuffix(".negoplan")
    safe = [re.sub(r'[\\/:*?"<>|\s]', "_", i) for i in ids]  # keeps 中文 ids readable
    return [(str(folder / f"{stem}-{name}.pdf"), [i]) for name, i in zip(safe, ids)]


def _letter(args: argparse.Namespace, lang: str) -> int:
    """``negoplan letter PLAN -o OUT``: write the PDF(s); warn when a proposal exceeds the budget."""
    from app.letters.build import glyph_problems, letter_documents, render
    from app.letters.compose import LetterOptions
    from app.letters.fonts import missing_glyphs
    from app.messages import message
    from app.report import group
    from app.rules_data import load_rules
    from app.storage import write_atomic

    plan = _load(args.plan, lang)
    problems = glyph_problems(plan, missing_glyphs)
    if problems:
        raise PlanInvalid(problems)
    options = LetterOptions(schedule=not args.no_schedule, budget=not args.no_budget,
                            hardship=not args.no_hardship)
    docs, asks, _ = letter_documents(plan, load_rules(), lang, debt_ids=args.debt, options=options)
    chosen = [a for a in asks if not args.debt or a.debt.id in args.debt]
    by_id = dict(zip([a.debt.id for a in chosen], docs))
    for a in chosen:
        if a.offer is not None and not a.fits_offer:
            print(message("letter.over_budget", "", {"creditor": a.debt.creditor,
                          "payment": group(a.max_payment), "offer": group(a.offer.monthly)}, lang),
                  file=sys.stderr)
    for path, ids in _letter_targets(args.output, args.plan, list(by_id)):
        try:
            written = write_atomic(path, render([by_id[i] for i in ids]), backup=False)
        except OSError as exc:
            raise PlanInvalid([Problem("file.write_failed", "output", {"path": path, "error": exc.strerror or str(exc)})]) from None
        print(message("letter.written", "", {"path": str(written), "count": len(ids)}, lang))
    return EXIT_OK


def _read_schedule(path: str, start: str | None) -> tuple[list[Decimal], list[tuple[date, Decimal]] | None]:
    from app.storage import read_text
    from calc.parse import parse_amount

    try:
        text = read_text(path)
    except OSError as exc:
        raise PlanInvalid([Problem("file.not_found" if isinstance(exc, FileNotFoundError) else "file.unreadable",
                                   "", {"path": path, "error": str(exc)})]) from None
    periodic: list[Decimal] = []
    dated: list[tuple[date, Decimal]] = []
    problems: list[Problem] = []
    for n, line in enumerate(text.splitlines()):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [x.strip() for x in line.replace("\t", ",").split(",", 1)]
        try:
            if len(parts) == 2 and "-" in parts[0] and not parts[0].startswith("-"):
                dated.append((date.fromisoformat(parts[0]), parse_amount(parts[1])))
            else:
                periodic.append(parse_amount(parts[0]))
        except (ValueError, CalcError):
            problems.append(Problem("apr.schedule_row", f"flows[{len(periodic) + len(dated)}]", {"line": n + 1}))
    if problems:
        raise PlanInvalid(problems)
    if dated and periodic:
        raise PlanInvalid([Problem("apr.schedule_row", "", {})])
    if dated:
        if start is None:
            raise PlanInvalid([Problem("field.required", "start", {})])
        return [], dated
    return periodic, None


def _iso_date(text: str) -> date:
    """``YYYY-MM-DD`` from the command line; a bad date is invalid input (exit 2), not a crash."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CalcError("date.invalid", value=text, format="YYYY-MM-DD") from None


def _apr(args: argparse.Namespace, lang: str) -> int:
    from calc import apr as aprmod
    from calc.parse import parse_amount, parse_int

    def field(fn, value, name):
        try:
            return fn(value)
        except CalcError as exc:
            raise exc.at(name) from None

    received = field(parse_amount, args.amount, "amount")
    period = "month"
    if args.schedule:
        periodic, dated = _read_schedule(args.schedule, args.start)
        if dated is not None:
            start = field(_iso_date, args.start, "start") if args.start else None
            result = aprmod.apr_dated(received, start, dated)
            period = "day"
        else:
            result = aprmod.apr_regular(received, periodic, 12)
    else:
        missing = [Problem("field.required", name, {}) for name in ("payment", "months")
                   if getattr(args, name) is None]
        if missing:
            raise PlanInvalid(missing)
        payment = field(parse_amount, args.payment, "payment")
        months = field(lambda v: parse_int(v, field_min=1, field_max=600), args.months, "months")
        result = aprmod.apr_level(received, payment, months)
    if args.json:
        print(json.dumps({"periodic_irr": str(result.periodic_irr), "apr_simple": str(result.apr_simple),
                          "apr_compound": str(result.apr_compound), "period": period}))
        return EXIT_OK
    from app.report import pct

    unit = {"month": ("月", "monthly"), "day": ("日", "daily")}[period]
    if lang == "zh":
        print(f"内部收益率（每{unit[0]}）：{result.periodic_irr * 100:.5f}%")
        print(f"年化利率（单利）：{pct(result.apr_simple)}")
        print(f"年化利率（复利）：{pct(result.apr_compound)}")
        print("按中国人民银行公告〔2021〕第3号的内部收益率法，以实际到手金额计算。")
    else:
        print(f"IRR ({unit[1]}): {result.periodic_irr * 100:.5f}%")
        print(f"APR (simple): {pct(result.apr_simple)}")
        print(f"APR (compound): {pct(result.apr_compound)}")
        print("IRR method of PBoC Announcement [2021] No. 3, on the cash actually received.")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

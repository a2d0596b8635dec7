"""``negoplan complaint PLAN [--to CHANNEL] [--debt ID] [-o OUT.pdf] [--text]``.

The lead's ``app/cli.py`` wires the subcommand to :func:`run_complaint`.

- Without ``--to`` (or ``--to list``): print which channels fit each debt's
  evidence and why (:func:`app.letters.complaint.advice_text` over
  :func:`calc.complaints.route`), with the lender's reply dates if filed today.
- ``--to lender|12378|local_finance|12321|110`` (the spec's ``local`` and
  ``police`` are accepted for ``local_finance`` and ``110``): the draft for one
  debt — without ``--debt``, the one lender the log is about — as a PDF (``-o``: a file, or a
  folder → ``<plan>-<debt>-complaint-<channel>.pdf``; written atomically,
  owner-only, as it names the borrower) and/or as plain text for online forms
  (``--text``, on stdout; messages then go to stderr).

Errors are invalid input (exit 2) worded in the user's language like the other
commands: a plan that cannot be read or is invalid, an unknown debt or channel,
no ``--debt`` while the log is about several lenders, no evidence entries for the debt, a channel
that does not fit the debt (the advice says which do), nothing the channel
takes, neither ``-o`` nor ``--text``, a character the font cannot print, a file
that cannot be written.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date

from app.letters.complaint import (
    ComplaintTemplates,
    advice_text,
    complained_debts,
    complaint_entries,
    complaint_text,
    compose_complaint,
)
from app.letters.document import Document
from calc.complaints import CHANNELS, ChannelAdvice, complaint_deadlines, debt_entries, route
from calc.errors import CalcError, PlanInvalid, Problem, Severity
from calc.evidence import EvidenceReport, check_evidence
from calc.model import Debt, Plan

#: The spec's names (plan-file.md: ``--to lender|12378|local|12321|police``) for the channel keys.
ALIASES = {"local": "local_finance", "police": "110"}
#: Everything ``--to`` accepts.
TO_CHOICES: tuple[str, ...] = ("list", *CHANNELS, *ALIASES)


def complaint_templates(lang: str) -> ComplaintTemplates:
    """The bundled complaint wording and the evidence rule wording for ``lang``."""
    from app.letters.templates import load_templates

    return ComplaintTemplates(load_templates(lang, "complaint"), load_templates(lang, "evidence"))


def channel_key(to: str | None) -> str | None:
    """``--to`` as a channel key; None for the advice (missing or ``list``)."""
    if to is None or to == "list":
        return None
    key = ALIASES.get(to, to)
    if key not in CHANNELS:
        raise PlanInvalid([Problem("complaint.unknown_channel", "to",
                                   {"value": to, "allowed": ", ".join(TO_CHOICES)})])
    return key


def _debt(plan: Plan, debt_id: str | None) -> Debt:
    from app.letters.build import check_request

    check_request(plan, [debt_id] if debt_id else None)  # no debts, unknown id
    if not debt_id and len(plan.debts) > 1:
        candidates = complained_debts(plan)
        if len(candidates) != 1:  # the log names several lenders (or none): ask
            raise PlanInvalid([Problem("complaint.choose_debt", "debt", {
                "allowed": ", ".join(candidates or tuple(d.id for d in plan.debts))})])
        debt_id = candidates[0]
    if debt_id:
        return next(d for d in plan.debts if d.id == debt_id)
    return plan.debts[0]


def debt_advice(plan: Plan, rules, debt_id: str) -> tuple[EvidenceReport, list[ChannelAdvice]]:
    """The evidence report on the entries a complaint about ``debt_id`` may state
    (:func:`app.letters.complaint.complaint_entries`) and the channels that fit it
    (:func:`calc.complaints.route`, lender first): what the advice and the app's
    complaint dialog show. An empty log gives an empty report (the lender only)."""
    debt = next(d for d in plan.debts if d.id == debt_id)
    report = check_evidence(complaint_entries(plan, debt_id), rules.collection)
    return report, route(debt, report.violations, rules)


def _evidence(plan: Plan, debt: Debt, rules) -> EvidenceReport:
    entries = complaint_entries(plan, debt.id)
    if not entries:
        raise PlanInvalid([Problem("complaint.no_evidence", "evidence", {"debt": debt.id})])
    return check_evidence(entries, rules.collection)


def complaint_draft(plan: Plan, rules, *, channel: str, debt_id: str | None, lang: str,
                    today: date) -> tuple[Document, ChannelAdvice]:
    """The draft for ``channel`` about one debt, and that channel's advice — the path
    the CLI takes (and the GUI can). :class:`PlanInvalid` for the errors in the
    module docstring (no evidence, a channel that does not fit, nothing to state)."""
    debt = _debt(plan, debt_id)
    report = _evidence(plan, debt, rules)
    advice = route(debt, report.violations, rules)
    fit = [a for a in advice if a.channel == channel]
    if not fit:
        raise PlanInvalid([Problem("complaint.channel_not_fit", "to", {
            "value": channel, "debt": debt.id, "allowed": ", ".join(a.channel for a in advice)})])
    if not fit[0].violations:
        raise PlanInvalid([Problem("complaint.nothing_to_report", "to",
                                   {"value": channel, "debt": debt.id})])
    doc = compose_complaint(complaint_templates(lang), plan, debt.id, channel, report, fit[0], today)
    return doc, fit[0]


def printed_texts(plan: Plan, debt_id: str) -> Iterator[tuple[str, str]]:
    """The plan's free texts a complaint about ``debt_id`` prints, with their field paths."""
    b = plan.borrower
    for key in ("name", "id_last4", "phone", "address"):
        yield f"borrower.{key}", getattr(b, key)
    for i, d in enumerate(plan.debts):
        if d.id == debt_id:
            for key in ("creditor", "product", "contract_no", "card_last4"):
                yield f"debts[{i}].{key}", getattr(d, key)
    for i in debt_entries(plan.evidence, debt_id, [d.id for d in plan.debts]):
        e = plan.evidence[i]
        for key, value in (("from", e.from_), ("collector", e.collector),
                           ("target_name", e.target_name), ("summary", e.summary)):
            yield f"evidence[{i}].{key}", value
        for k, file in enumerate(e.files):
            yield f"evidence[{i}].files[{k}]", file


def complaint_glyph_problems(plan: Plan, debt_id: str) -> list[Problem]:
    """``letter.missing_glyphs`` for each text the draft prints that the font cannot show."""
    from app.letters.fonts import missing_glyphs

    problems = []
    for path, text in printed_texts(plan, debt_id):
        chars = missing_glyphs(text) if text else []
        if chars:
            problems.append(Problem("letter.missing_glyphs", path, {"chars": " ".join(chars)}))
    return problems


def _advice(plan: Plan, plan_path: str, rules, debt_id: str | None, lang: str,
            today: date) -> str:
    from app.letters.build import check_request

    check_request(plan, [debt_id] if debt_id else None)
    templates = complaint_templates(lang)
    deadlines = complaint_deadlines(today, rules)
    parts = []
    for debt in plan.debts:
        if debt_id and debt.id != debt_id:
            continue
        if not complaint_entries(plan, debt.id) and (debt_id or len(plan.debts) > 1):
            continue
        report, advice = debt_advice(plan, rules, debt.id)
        parts.append(advice_text(templates, plan, debt.id, report, advice, deadlines, plan_path))
    if not parts:
        raise PlanInvalid([Problem("complaint.no_evidence", "evidence",
                                   {"debt": debt_id or ", ".join(d.id for d in plan.debts)})])
    return "\n\n".join(parts)


def _has_files(plan: Plan, debt_id: str) -> bool:
    return any(f.strip() for e in complaint_entries(plan, debt_id) for f in e.files)


def run_complaint(plan_path: str, *, to: str | None, output: str | None, debt: str | None,
                  text: bool, lang: str, today: date) -> int:
    """``negoplan complaint``: the advice, or the draft as PDF and/or text; the exit code.

    0 done; 2 invalid input (every problem worded on stderr in ``lang``).
    ``today`` is the plan's default ``as_of`` and the filing day of the deadline dates.
    """
    # Imported here: app.cli imports this module lazily, when the subcommand runs.
    from app.cli import EXIT_INVALID, EXIT_OK, _letter_targets, _print_problems
    from app.letters.build import render
    from app.messages import message, problem_line
    from app.planio import load_plan
    from app.rules_data import load_rules
    from app.storage import write_atomic

    try:
        channel = channel_key(to)
        plan, warnings = load_plan(plan_path, today=today)
        if warnings:
            _print_problems(warnings, lang)
        rules = load_rules()
        if channel is None:
            print(_advice(plan, plan_path, rules, debt, lang, today))
            return EXIT_OK
        doc, _ = complaint_draft(plan, rules, channel=channel, debt_id=debt, lang=lang,
                                 today=today)
        if output is None and not text:
            raise PlanInvalid([Problem("complaint.no_output", "output", {})])
        debt_id = _debt(plan, debt).id
        notes = sys.stderr if text else sys.stdout
        if output is not None:
            problems = complaint_glyph_problems(plan, debt_id)
            if problems:
                raise PlanInvalid(problems)
            [(path, _)] = _letter_targets(output, plan_path, [f"{debt_id}-complaint-{channel}"])
            try:
                written = write_atomic(path, render([doc]), backup=False)
            except OSError as exc:
                params = {"path": path, "error": exc.strerror or str(exc)}
                raise PlanInvalid([Problem("file.write_failed", "output", params)]) from None
            print(message("complaint.written", "", {"path": str(written)}, lang), file=notes)
        if text:
            print(complaint_text(doc))
        if not _has_files(plan, debt_id):
            print(problem_line(Problem("complaint.no_files", "evidence", {},
                                       Severity.WARNING), lang), file=sys.stderr)
        print(complaint_templates(lang).text("advice.draft_note"), file=notes)
    except PlanInvalid as exc:
        _print_problems(exc.problems, lang)
        return EXIT_INVALID
    except CalcError as exc:
        _print_problems([exc.as_problem()], lang)
        return EXIT_INVALID
    return EXIT_OK


__all__ = [
    "ALIASES",
    "TO_CHOICES",
    "channel_key",
    "complaint_draft",
    "complaint_glyph_problems",
    "complaint_templates",
    "debt_advice",
    "printed_texts",
    "run_complaint",
]

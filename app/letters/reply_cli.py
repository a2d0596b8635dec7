"""``negoplan reply PLAN --contact N --kind accept|counter|no_reply|confirm_call -o OUT.pdf
[--days 7]``: a reply or follow-up letter about one entry of the negotiation log.

The lead's ``app/cli.py`` wires the subcommand to :func:`run_reply`. ``N`` is the
entry's number as ``negoplan contacts`` prints it (``[1]`` = the first entry of the
plan's ``contacts``). ``--days`` is the reply window of ``no_reply`` and
``confirm_call`` (a reply is asked by today + N days). The plan is read by
:func:`app.planio.load_plan` (warnings printed, errors worded in the user's
language), the fields the letter prints are checked against the font, ``-o`` may
name a file or a folder (``<plan>-<debt>-reply-<N>-<kind>.pdf`` in it), and the
file is written atomically, owner-only (:func:`app.storage.write_atomic`): the
letter names the borrower. Accepting an offer that does not fit the budget or
charges above the cap prints a note on stderr (the letter is still written).

Exit codes: 0 written; 2 invalid input — an unreadable or invalid plan, an
unknown kind or contact number, a contact without a debt, ``accept``/``counter``
on a contact without an offer (or one that cannot be evaluated), a follow-up on a
contact from today, a confirmation with nothing to confirm, ``--days`` below 1, a
character the font cannot print, a file that cannot be written.
"""

from __future__ import annotations

import sys
from datetime import date

from app.letters.reply import DEFAULT_DAYS, REPLY_KINDS
from calc.counteroffer import OfferEvaluation
from calc.errors import CalcError, PlanInvalid, Problem

#: What ``--kind`` accepts (for the parser's ``choices``).
KIND_CHOICES: tuple[str, ...] = REPLY_KINDS


def _accept_notes(evaluation: OfferEvaluation, lang: str) -> list[str]:
    """Notes to the borrower before accepting an offer that does not fit."""
    from app.messages import message
    from app.report import group

    fit, cap, out = evaluation.budget, evaluation.cap, []
    if not fit.fits_share or not fit.fits_alongside:
        out.append(message("reply.accept_over_budget", "", {
            "monthly": group(fit.monthly), "share": group(fit.share),
            "max": group(fit.combined_max), "disposable": group(fit.disposable)}, lang))
    if cap.above:
        out.append(message("reply.accept_above_cap", "", {
            "charges": group(cap.charges), "allowed": group(cap.allowed),
            "excess": group(cap.excess)}, lang))
    return out


def run_reply(plan_path: str, *, contact: int, kind: str, output: str, lang: str, today: date,
              days: int = DEFAULT_DAYS) -> int:
    """Write the ``kind`` letter about contact number ``contact`` (1-based) of
    ``plan_path`` to ``output``; the exit code (module docstring).

    ``today`` is the plan's default ``as_of``, the letter's date and the day the
    reply window counts from (the CLI passes the date).
    """
    # Imported here: app.cli imports this module lazily, when the subcommand runs.
    from app.cli import EXIT_INVALID, EXIT_OK, _letter_targets, _print_problems
    from app.letters.build import render
    from app.letters.fonts import missing_glyphs
    from app.letters.reply_build import check_reply, glyph_problems, reply_document
    from app.messages import message
    from app.planio import load_plan
    from app.rules_data import load_rules
    from app.storage import write_atomic

    notes: list[str] = []
    try:
        if kind not in REPLY_KINDS:  # before reading the plan: the request itself is wrong
            raise PlanInvalid([Problem("reply.unknown_kind", "kind",
                                       {"value": kind, "allowed": ", ".join(REPLY_KINDS)})])
        plan, warnings = load_plan(plan_path, today=today)
        if warnings:
            _print_problems(warnings, lang)
        index = contact - 1
        check_reply(plan, index, kind, today, days)
        problems = glyph_problems(plan, index, missing_glyphs)
        if problems:
            raise PlanInvalid(problems)
        doc, evaluation = reply_document(plan, load_rules(), index, kind, lang, today, days=days)
        if kind == "accept" and evaluation is not None:
            notes = _accept_notes(evaluation, lang)
        debt = plan.contacts[index].debt
        [(path, _)] = _letter_targets(output, plan_path, [f"{debt}-reply-{contact}-{kind}"])
        try:
            written = write_atomic(path, render([doc]), backup=False)
        except OSError as exc:
            params = {"path": path, "error": exc.strerror or str(exc)}
            raise PlanInvalid([Problem("file.write_failed", "output", params)]) from None
    except PlanInvalid as exc:
        _print_problems(exc.problems, lang)
        return EXIT_INVALID
    except CalcError as exc:
        _print_problems([exc.as_problem()], lang)
        return EXIT_INVALID
    for note in notes:
        print(note, file=sys.stderr)
    print(message("reply.written", "", {"path": str(written)}, lang))
    return EXIT_OK


__all__ = ["KIND_CHOICES", "run_reply"]

"""``negoplan family-script [PLAN] -o OUT.pdf``: the one-page note for the family, as PDF.

The lead's ``app/cli.py`` wires the subcommand to :func:`run_family_script`.
It works like ``negoplan letter`` and reuses its pieces: the plan is read by
:func:`app.planio.load_plan` (warnings printed, errors worded in the user's
language, exit 2), the fields the page prints (the borrower's name and phone)
are checked against the font first (:func:`app.letters.build.glyph_problems`),
``-o`` may name a file or a folder (``_letter_targets``: ``<plan>-family.pdf``
in it), and the file is written atomically, owner-only
(:func:`app.storage.write_atomic`) — the page names the borrower.
Without a plan the page is the generic one and names nobody.
"""

from __future__ import annotations

from datetime import date

from calc.errors import CalcError, PlanInvalid, Problem

#: The file name stem (before ``-family.pdf``) when ``-o`` is a folder and no plan is given.
GENERIC_STEM = "negoplan"


def run_family_script(plan_path: str | None, output: str, *, lang: str, today: date) -> int:
    """Write the family script for ``plan_path`` (or the generic one) to ``output``; the exit code.

    0 written (one line on stdout naming the file); 2 invalid input — a plan that
    cannot be read or is invalid, a name or phone the font cannot print, a file
    that cannot be written — each problem worded on stderr in ``lang``.
    ``today`` is the default ``as_of`` of the plan (the CLI passes the date).
    """
    # Imported here: app.cli imports this module lazily, when the subcommand runs.
    from app.cli import EXIT_INVALID, EXIT_OK, _letter_targets, _print_problems
    from app.letters.build import family_document, glyph_problems, render
    from app.letters.family import PRINTED_FIELDS
    from app.letters.fonts import missing_glyphs
    from app.messages import message
    from app.planio import load_plan
    from app.storage import write_atomic

    try:
        plan = None
        if plan_path is not None:
            plan, warnings = load_plan(plan_path, today=today)
            if warnings:
                _print_problems(warnings, lang)
            problems = glyph_problems(plan, missing_glyphs)
            problems = [p for p in problems if p.path in PRINTED_FIELDS]
            if problems:
                raise PlanInvalid(problems)
        data = render([family_document(plan, lang)])
        [(path, _)] = _letter_targets(output, plan_path or GENERIC_STEM, ["family"])
        try:
            written = write_atomic(path, data, backup=False)
        except OSError as exc:
            params = {"path": path, "error": exc.strerror or str(exc)}
            raise PlanInvalid([Problem("file.write_failed", "output", params)]) from None
    except PlanInvalid as exc:
        _print_problems(exc.problems, lang)
        return EXIT_INVALID
    except CalcError as exc:
        _print_problems([exc.as_problem()], lang)
        return EXIT_INVALID
    print(message("family.written", "", {"path": str(written)}, lang))
    return EXIT_OK


__all__ = ["GENERIC_STEM", "run_family_script"]

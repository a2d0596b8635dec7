"""From a loaded plan to letter Documents and PDF bytes: the one path the CLI and the GUI share.

``letter_documents`` runs the comparison, checks the request (known debt ids,
at least one debt) and composes; ``glyph_problems`` names every plan field
holding a character the bundled font cannot draw, so the user can fix the
field instead of getting a box in the letter; ``render`` turns Documents into
PDF bytes (reportlab is imported only here, lazily). ``family_document`` is the
one-page family script (:mod:`app.letters.family`), with or without a plan.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from app.letters.compose import LetterOptions, compose_letter
from app.letters.document import Document, plain_text
from app.letters.family import compose_family_script
from app.letters.templates import load_templates
from calc.asks import DebtAsk, debt_asks
from calc.errors import PlanInvalid, Problem
from calc.model import Plan
from calc.scenarios import Comparison, compare


def plan_texts(plan: Plan) -> Iterator[tuple[str, str]]:
    """Every free text of the plan that a letter may print, with its field path."""
    b = plan.borrower
    for key in ("name", "id_last4", "phone", "address"):
        yield f"borrower.{key}", getattr(b, key)
    for section in ("income", "expenses"):
        for i, line in enumerate(getattr(plan.household, section)):
            yield f"household.{section}[{i}].label", line.label
            yield f"household.{section}[{i}].note", line.note
            yield f"household.{section}[{i}].category", line.category
    yield "hardship.story", plan.hardship.story
    for i, doc in enumerate(plan.hardship.documents):
        yield f"hardship.documents[{i}]", doc
    for i, d in enumerate(plan.debts):
        for key in ("creditor", "product", "contract_no", "card_last4"):
            yield f"debts[{i}].{key}", getattr(d, key)
    for i, e in enumerate(plan.evidence):
        yield f"evidence[{i}].target_name", e.target_name


def glyph_problems(plan: Plan, missing_glyphs) -> list[Problem]:
    """``letter.missing_glyphs`` for each field with characters the font lacks.

    ``missing_glyphs(text) -> list[str]`` is the font's coverage check
    (:func:`app.letters.fonts.missing_glyphs`), handed in so this stays testable.
    """
    problems = []
    for path, text in plan_texts(plan):
        if text:
            chars = missing_glyphs(text)
            if chars:
                problems.append(Problem("letter.missing_glyphs", path, {"chars": " ".join(chars)}))
    return problems


def check_request(plan: Plan, debt_ids: Sequence[str] | None) -> None:
    """Raise :class:`PlanInvalid` when there is nothing to write or a ``--debt`` id is unknown."""
    if not plan.debts:
        raise PlanInvalid([Problem("letter.no_debts", "debts", {})])
    known = [d.id for d in plan.debts]
    bad = [i for i in (debt_ids or ()) if i not in known]
    if bad:
        raise PlanInvalid([Problem("letter.unknown_debt", "debt", {"value": i, "allowed": ", ".join(known)})
                           for i in bad])


def letter_documents(
    plan: Plan,
    rules,
    lang: str,
    *,
    debt_ids: Sequence[str] | None = None,
    options: LetterOptions | None = None,
) -> tuple[tuple[Document, ...], tuple[DebtAsk, ...], Comparison]:
    """The Documents (one per chosen creditor), every debt's ask and the comparison."""
    check_request(plan, debt_ids)
    options = options or LetterOptions()
    comparison = compare(plan, rules, with_suggestions=False)
    asks = debt_asks(plan, comparison)
    templates = load_templates(lang)
    docs = tuple(compose_letter(plan, a, asks, templates, options)
                 for a in asks if debt_ids is None or a.debt.id in debt_ids)
    return docs, asks, comparison


def family_document(plan: Plan | None, lang: str) -> Document:
    """The one-page family script (给家人的说明), in the borrower's name when a plan is given."""
    return compose_family_script(load_templates(lang, "family"), plan)


def render(docs: Sequence[Document]) -> bytes:
    """PDF bytes of ``docs`` (each numbered on its own), fonts embedded."""
    from app.letters.pdf import render_pdf

    return render_pdf(docs)


__all__ = [
    "check_request",
    "family_document",
    "glyph_problems",
    "letter_documents",
    "plain_text",
    "plan_texts",
    "render",
]

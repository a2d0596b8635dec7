"""From a loaded plan to a reply letter about one negotiation contact: the path the CLI
(:mod:`app.letters.reply_cli`) and the GUI share.

:func:`reply_document` checks the request and words what stops it as
:class:`~calc.errors.Problem` s at the plan's field paths (the GUI can mark the
field, the CLI prints the sentence), runs the comparison and the offer's
evaluation and composes (:func:`app.letters.reply.compose_reply`);
:func:`reply_pdf` adds the font check on the fields the letter prints and renders.
reportlab is imported only when a PDF is made (:func:`app.letters.build.render`,
:mod:`app.letters.fonts`), so importing this module stays light.

Contacts are numbered from 0 here (``plan.contacts[contact_index]``); messages
name them from 1, as ``negoplan contacts`` prints them (``[1]``) and the CLI
takes them (``--contact 1``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from app.letters.document import Document
from app.letters.reply import DEFAULT_DAYS, OFFER_KINDS, REPLY_KINDS, compose_reply, has_call_facts
from app.letters.templates import load_templates
from calc.counteroffer import OfferEvaluation
from calc.errors import PlanInvalid, Problem
from calc.model import Plan
from calc.rules import Rules


def check_reply(plan: Plan, contact_index: int, kind: str, today: date,
                days: int = DEFAULT_DAYS) -> None:
    """Raise :class:`PlanInvalid` when the ``kind`` letter cannot be written about
    ``plan.contacts[contact_index]`` (codes ``reply.*`` in :mod:`app.messages`)."""
    if kind not in REPLY_KINDS:
        raise PlanInvalid([Problem("reply.unknown_kind", "kind",
                                   {"value": kind, "allowed": ", ".join(REPLY_KINDS)})])
    if not 0 <= contact_index < len(plan.contacts):
        raise PlanInvalid([Problem("reply.unknown_contact", "contact",
                                   {"value": contact_index + 1, "count": len(plan.contacts)})])
    if days < 1:
        raise PlanInvalid([Problem("reply.days_invalid", "days", {"value": days})])
    i, c = contact_index, plan.contacts[contact_index]
    if c.debt not in {d.id for d in plan.debts}:
        raise PlanInvalid([Problem("reply.no_debt", f"contacts[{i}].debt", {})])
    if kind in OFFER_KINDS and c.offer is None:
        raise PlanInvalid([Problem("reply.no_offer", f"contacts[{i}].offer", {"kind": kind})])
    on = {"date": c.at.date().isoformat(), "today": today.isoformat()}
    if kind == "no_reply" and c.at.date() >= today:
        raise PlanInvalid([Problem("reply.too_early", f"contacts[{i}].at", on)])
    if kind == "confirm_call":
        if c.at.date() > today:
            raise PlanInvalid([Problem("reply.contact_in_future", f"contacts[{i}].at", on)])
        if not has_call_facts(c):
            raise PlanInvalid([Problem("reply.nothing_to_confirm", f"contacts[{i}]", {})])


def reply_document(plan: Plan, rules: Rules, contact_index: int, kind: str, lang: str,
                   today: date, *, days: int = DEFAULT_DAYS
                   ) -> tuple[Document, OfferEvaluation | None]:
    """The letter and the offer's evaluation (``None`` without an offer, or when an
    offer noted only in part is confirmed as noted).

    :class:`PlanInvalid` for the requests :func:`check_reply` refuses, and for an
    offer ``accept``/``counter`` cannot evaluate (its problem at ``contacts[i].offer…``).
    """
    from app.negotiation_report import evaluate_contacts
    from calc.scenarios import compare

    check_reply(plan, contact_index, kind, today, days)
    evaluation = None
    if plan.contacts[contact_index].offer is not None:
        outcome = evaluate_contacts(plan, rules)[contact_index]
        if isinstance(outcome, Problem):
            if kind in OFFER_KINDS:
                raise PlanInvalid([outcome])
        else:
            evaluation = outcome
    comparison = compare(plan, rules, with_suggestions=False)
    doc = compose_reply(load_templates(lang, "reply"), plan, contact_index, kind, comparison,
                        evaluation, today, days=days)
    return doc, evaluation


def printed_texts(plan: Plan, contact_index: int) -> Iterator[tuple[str, str]]:
    """The plan's free texts a reply about ``plan.contacts[contact_index]`` prints,
    with their field paths."""
    b = plan.borrower
    for key in ("name", "id_last4", "phone", "address"):
        yield f"borrower.{key}", getattr(b, key)
    c = plan.contacts[contact_index]
    for i, d in enumerate(plan.debts):
        if d.id == c.debt:
            for key in ("creditor", "product", "contract_no", "card_last4"):
                yield f"debts[{i}].{key}", getattr(d, key)
    for key in ("channel", "person", "summary", "next_step"):
        yield f"contacts[{contact_index}].{key}", getattr(c, key)


def glyph_problems(plan: Plan, contact_index: int,
                   missing_glyphs: Callable[[str], list[str]]) -> list[Problem]:
    """``letter.missing_glyphs`` for each printed field holding characters the font lacks
    (``missing_glyphs``: :func:`app.letters.fonts.missing_glyphs`, handed in)."""
    problems = []
    for path, text in printed_texts(plan, contact_index):
        chars = missing_glyphs(text) if text else []
        if chars:
            problems.append(Problem("letter.missing_glyphs", path, {"chars": " ".join(chars)}))
    return problems


def reply_pdf(plan: Plan, contact_index: int, kind: str, lang: str, today: date,
              *, days: int = DEFAULT_DAYS) -> bytes:
    """PDF bytes of the ``kind`` letter (``accept``, ``counter``, ``no_reply``,
    ``confirm_call``) about ``plan.contacts[contact_index]`` (0-based), in ``lang``,
    dated ``today``; ``days``: the reply window of ``no_reply`` and ``confirm_call``.

    Raises :class:`PlanInvalid` (problems with field paths, worded by
    :func:`app.messages.message`) for a request that cannot be answered
    (:func:`check_reply`), an offer that cannot be evaluated, or a printed field
    the font cannot draw; :class:`calc.errors.CalcError` for a plan the
    comparison rejects (as ``negoplan letter``).
    """
    from app.letters.build import render
    from app.letters.fonts import missing_glyphs
    from app.rules_data import load_rules

    doc, _ = reply_document(plan, load_rules(), contact_index, kind, lang, today, days=days)
    problems = glyph_problems(plan, contact_index, missing_glyphs)
    if problems:
        raise PlanInvalid(problems)
    return render([doc])


__all__ = ["check_reply", "glyph_problems", "printed_texts", "reply_document", "reply_pdf"]

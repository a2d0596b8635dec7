"""The family script (给家人的说明): one printable page for the people collectors call.

Borrowers come to NegoPlan because collectors call their parents, spouse or
employer. This page is what the borrower hands them: who may be calling, that an
emergency contact (紧急联系人) is neither borrower nor guarantor and owes nothing
(with the spouse caveat), what to say, what never to do, when to call 110, whom
to tell — and a call-log sheet to fill in by hand. Content:
``shared/domain/letters.md`` §10–11; the one legal point it makes (contact stops
on objection) is a 🟡 industry guideline, so it is worded "按照行业催收工作指引"
without an article number (``rules.md`` §5.1, §9).

Pure: no file, no clock, no reportlab. The sentences come from
``resources/templates/family.{zh,en}.toml`` (``load_templates(lang, "family")``);
from the plan only the borrower's name and phone are used, and only when present
— without a plan (or a name) the page speaks of "the borrower" generically.
The page must fit one A4 sheet with the log table (``tests/letters/test_family.py``
renders it): when a sentence grows, shorten another, never the font.
"""

from __future__ import annotations

from app.letters.document import (
    Align,
    Block,
    Column,
    Document,
    Fields,
    Note,
    Paragraph,
    Table,
    Title,
)
from app.letters.templates import Templates
from calc.model import Plan

#: Empty rows of the call-log sheet (as many as fit the page under the text).
LOG_ROWS = 6
#: Content of an empty log cell: two blank lines, room to write by hand.
BLANK_CELL = "\u00a0\n\u00a0"  # no-break spaces: the renderer keeps them, in both languages

# (template key, relative width, alignment) of the call-log columns.
_LOG_COLUMNS = (
    ("log.when", 1.2, Align.LEFT),
    ("log.number", 1.2, Align.LEFT),
    ("log.claimed", 1.2, Align.LEFT),
    ("log.said", 2.4, Align.LEFT),
    ("log.threat", 0.8, Align.CENTER),
)

# Fields of the plan this page prints (checked against the font by the CLI).
PRINTED_FIELDS = ("borrower.name", "borrower.phone")


def compose_family_script(templates: Templates, plan: Plan | None = None) -> Document:
    """The one-page family script in ``templates``' language.

    With a ``plan`` whose borrower has a name, the page speaks in the borrower's
    voice ("我是张伟…") and ends with the name and phone to report to; otherwise
    (no plan, or no name) it is the generic page, which names nobody.
    """
    t = templates
    name, phone = _borrower(plan)
    voice = "personal" if name else "generic"
    if not name:
        tell = t("tell.generic")
    elif phone:
        tell = t("tell.personal_phone", name=name, phone=phone)
    else:
        tell = t("tell.personal", name=name)
    say = "\n".join(t(f"say.{key}") for key in ("not_borrower", "official", "stop", "after"))
    sections = (
        (t("who.label"), t("who.text")),
        (t("owe.label"), t("owe.text")),
        (t("say.label"), say),
        (t("never.label"), t("never.text")),
        (t("police.label"), t("police.text")),
        (t(f"tell.label_{voice}"), tell),
    )
    blocks: list[Block] = [
        Title(t("title.text"), t("title.subtitle")),
        Paragraph(t(f"intro.{voice}", name=name), indent=t.lang == "zh"),
        # A label column instead of headings: six headings would push the log off the page.
        Fields(sections),
        call_log(t),
        Note(t("note.text")),
    ]
    return Document(title=t("title.text"), lang=t.lang, blocks=tuple(blocks))


def call_log(t: Templates, rows: int = LOG_ROWS) -> Table:
    """The call-log sheet: a header (日期时间 / 来电号码 / 对方自称 / 说了什么 / 是否威胁), empty rows."""
    columns = tuple(Column(t(key), align, weight) for key, weight, align in _LOG_COLUMNS)
    blank = (BLANK_CELL,) * len(columns)
    return Table(columns, (blank,) * rows, caption=t("log.caption"))


def _borrower(plan: Plan | None) -> tuple[str, str]:
    if plan is None:
        return "", ""
    return plan.borrower.name.strip(), plan.borrower.phone.strip()


__all__ = ["LOG_ROWS", "PRINTED_FIELDS", "call_log", "compose_family_script"]

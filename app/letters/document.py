"""A printable document as plain data: what the PDF renderer and the print preview know.

Letters (协商还款申请书 and its kin), the hardship statement, the budget page,
the repayment schedule — and, in a later issue, complaint drafts and the family
script — are all :class:`Document` values built by pure functions
(:mod:`app.letters.compose`). The renderer (:mod:`app.letters.pdf`) turns them
into pages and knows nothing about debts, plans or law.

Text is plain Unicode: no markup, no HTML; the renderer escapes it. Numbers are
already formatted (the composer decides "1,234.56" and 大写), so the renderer
never formats a value and the golden tests see exactly what is printed.

This module imports neither Qt nor reportlab and reads no file.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


@dataclass(frozen=True)
class Title:
    """The centred document title, with an optional smaller subtitle line."""

    text: str
    subtitle: str = ""


@dataclass(frozen=True)
class Heading:
    """A section heading ("一、欠款情况"), flush left."""

    text: str


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of running text.

    ``indent``: first-line indent of two characters (Chinese body text; off for
    English, the addressee line and closings). ``keep_with_next``: do not end a
    page right after this paragraph (headings-like lines such as "此致").
    """

    text: str
    align: Align = Align.JUSTIFY
    indent: bool = False
    keep_with_next: bool = False


@dataclass(frozen=True)
class Fields:
    """Label/value lines without borders (applicant details, account numbers)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Column:
    title: str
    align: Align = Align.LEFT
    weight: float = 1.0  # relative width


@dataclass(frozen=True)
class Table:
    """A ruled table; on a page break the header row is repeated.

    ``footer`` rows (totals) are drawn after the body, set off by a rule.
    Every row has one cell per column.
    """

    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    footer: tuple[tuple[str, ...], ...] = ()
    caption: str = ""

    def __post_init__(self) -> None:
        width = len(self.columns)
        for row in self.rows + self.footer:
            if len(row) != width:
                raise ValueError(f"table row has {len(row)} cells, expected {width}: {row!r}")


@dataclass(frozen=True)
class NumberedList:
    """A numbered list ("1. 身份证复印件")."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Signature:
    """The signature block, bottom right: label lines with room to write by hand.

    Each line is printed as ``label`` followed by ``value`` (or a blank to fill in
    when ``value`` is empty). ``space_mm`` is the room left above the block for a
    handwritten signature.
    """

    lines: tuple[tuple[str, str], ...]
    space_mm: float = 12.0


@dataclass(frozen=True)
class Note:
    """Small print: a remark under a table, the "not legal advice" line."""

    text: str


@dataclass(frozen=True)
class PageBreak:
    """Start a new page (the next part of the same document)."""


Block = Title | Heading | Paragraph | Fields | Table | NumberedList | Signature | Note | PageBreak


@dataclass(frozen=True)
class Document:
    """One document: numbered on its own ("第 1 页 共 N 页").

    ``title`` goes into the PDF metadata and must not carry personal data (no
    names, ID or phone numbers); ``lang`` is ``"zh"`` or ``"en"`` and selects the
    page-number wording.
    """

    title: str
    lang: str
    blocks: tuple[Block, ...]


def plain_text(doc: Document) -> str:
    """All the document's text in reading order, one block per line (for tests and search)."""
    out: list[str] = []
    for block in doc.blocks:
        match block:
            case Title(text=text, subtitle=sub):
                out.extend(t for t in (text, sub) if t)
            case Heading(text=text) | Paragraph(text=text) | Note(text=text):
                out.append(text)
            case Fields(rows=rows) | Signature(lines=rows):
                out.extend(f"{label}{value}" for label, value in rows)
            case Table(columns=cols, rows=rows, footer=footer, caption=caption):
                if caption:
                    out.append(caption)
                out.append(" | ".join(c.title for c in cols))
                out.extend(" | ".join(r) for r in rows + footer)
            case NumberedList(items=items):
                out.extend(f"{i}. {item}" for i, item in enumerate(items, 1))
            case PageBreak():
                out.append("")
    return "\n".join(out)

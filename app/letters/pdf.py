"""Render :class:`~app.letters.document.Document` values into one PDF with reportlab.

The renderer knows page layout, not debts: it turns each block of a document
into reportlab platypus flowables (``Paragraph``, ``Table``, ``KeepTogether``,
``PageBreak``, ``Spacer``) on A4 pages, in the bundled CJK font
(:mod:`app.letters.fonts`), which is embedded (subset) in the file.

Several documents go into one PDF (a letter, its schedule, the budget page):
each starts on a new page and is numbered on its own ("第 1 页 共 3 页",
"Page 1 of 3"). That is the "numbered canvas" recipe: :class:`_NumberedCanvas`
keeps every finished page's state instead of writing it, and draws the
footers once the page count of every document is known; a zero-size marker
flowable (:class:`_DocumentStart`) at each document's start tells the canvas
which document the pages belong to.

Text is checked before anything is drawn: a character the font lacks raises
:class:`MissingGlyphs` instead of printing a box.

Only the CLI and the GUI import this module, lazily (reportlab costs ≈ 120 ms).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    PageBreakIfNotEmpty,
    SimpleDocTemplate,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from app.letters import document as d
from app.letters.fonts import MissingGlyphs, has_cjk, missing_glyphs, register_font

__all__ = ["MissingGlyphs", "render_pdf"]

PAGE_SIZE = A4
LEFT_MARGIN = RIGHT_MARGIN = 25 * mm
TOP_MARGIN = 22 * mm
BOTTOM_MARGIN = 20 * mm
FRAME_WIDTH = PAGE_SIZE[0] - LEFT_MARGIN - RIGHT_MARGIN
FOOTER_Y = 10 * mm  # baseline of the page number, inside the bottom margin
FOOTER_SIZE = 9

BODY_SIZE = 11.0
LEADING = 1.6  # line height / font size: Chinese text needs air
TABLE_SIZE = 9.5
NOTE_SIZE = 8.5
SIGNATURE_LEFT = 0.55  # the signature block starts this far across the text width
SIGNATURE_BLANK = 38 * mm  # room to write on after a label with no value

GREY_TEXT = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.55, 0.55, 0.55)
HEADER_FILL = colors.Color(0.9, 0.9, 0.9)

_ALIGN = {
    d.Align.LEFT: TA_LEFT,
    d.Align.CENTER: TA_CENTER,
    d.Align.RIGHT: TA_RIGHT,
    d.Align.JUSTIFY: TA_JUSTIFY,
}
# What str.splitlines() breaks on: every one becomes <br/>.
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_FOOTER = {"zh": "第 {page} 页 共 {pages} 页", "en": "Page {page} of {pages}"}


# --- entry point ---------------------------------------------------------------


def render_pdf(
    docs: Sequence[d.Document], out: BinaryIO | None = None, *, invariant: bool = False
) -> bytes:
    """One PDF holding ``docs`` in order; returns its bytes and also writes them to ``out``.

    Raises :class:`MissingGlyphs` (nothing is written) when some text has a
    character the bundled font cannot draw, ``FontMissing`` when the font file
    is gone, ``ValueError`` for no documents. ``invariant=True`` makes
    reportlab write a fixed creation date and file ID, so the same documents
    give the same bytes (for tests).
    """
    if not docs:
        raise ValueError("render_pdf needs at least one document")
    font = register_font()
    check_glyphs(docs)
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        initialFontName=font,  # no stray (unembedded) Helvetica in the page streams
        title=docs[0].title,  # documents' titles carry no personal data (see Document)
        author="",
        subject="",
        keywords="",
        creator="NegoPlan",
        producer="NegoPlan",
        lang=_pdf_lang(docs[0].lang),
        displayDocTitle=True,
        invariant=1 if invariant else 0,
        keepTogetherClass=_KeepWithStart,  # how reportlab groups keepWithNext flowables
    )
    template.build(_story(docs, _Styles(font)), canvasmaker=_NumberedCanvas)
    data = buffer.getvalue()
    if out is not None:
        out.write(data)
    return data


def check_glyphs(docs: Sequence[d.Document]) -> None:
    """Raise :class:`MissingGlyphs` listing every character of ``docs`` the font lacks."""
    missing: dict[str, None] = {}
    for doc in docs:
        missing.update(dict.fromkeys(missing_glyphs(d.plain_text(doc))))
    if missing:
        raise MissingGlyphs(missing)


def _pdf_lang(lang: str) -> str:
    return "zh-CN" if lang == "zh" else lang


# --- styles --------------------------------------------------------------------


class _Styles:
    """The paragraph styles for one font; CJK line breaking or Western word wrap per language."""

    def __init__(self, font: str) -> None:
        self.font = font

    def make(self, lang: str, size: float = BODY_SIZE, **kw: Any) -> ParagraphStyle:
        """A style in the bundled font (also for bullets: reportlab's default is Helvetica)."""
        kw.setdefault("leading", size * LEADING)
        return ParagraphStyle(
            f"negoplan-{lang}-{size}",
            fontName=self.font,
            bulletFontName=self.font,
            fontSize=size,
            bulletFontSize=size,
            wordWrap="CJK" if lang != "en" else None,
            **kw,
        )


# --- story: documents -> flowables ----------------------------------------------


def _story(docs: Sequence[d.Document], styles: _Styles) -> list[Flowable]:
    story: list[Flowable] = []
    for index, doc in enumerate(docs):
        if index:
            story.append(PageBreakIfNotEmpty())  # every document starts on a new page
        story.append(_DocumentStart(index, doc.lang))
        renderer = _BlockRenderer(doc.lang, styles)
        for block in doc.blocks:
            story.extend(renderer.render(block))
    return story


def markup(text: str) -> str:
    """Plain text as reportlab Paragraph markup: escaped, line breaks kept, tabs as spaces.

    reportlab collapses runs of white space, the ideographic space U+3000
    included; Chinese text uses it on purpose ("日期：　　年　　月　　日", a
    two-character indent), so it is written as a character reference, which
    reportlab keeps.
    """
    text = text.replace("\t", " ")
    return "<br/>".join(
        escape(part).replace("\u3000", "&#12288;") for part in _LINE_BREAK.split(text)
    )


@dataclass
class _BlockRenderer:
    """Turns the blocks of one document (one language) into flowables."""

    lang: str
    styles: _Styles

    def para(self, text: str, style: ParagraphStyle) -> RLParagraph:
        return RLParagraph(markup(text), style)

    def render(self, block: d.Block) -> Iterator[Flowable]:
        match block:
            case d.Title():
                yield from self.title(block)
            case d.Heading(text=text):
                yield self.para(
                    text,
                    self.styles.make(self.lang, 12.5, spaceBefore=10, spaceAfter=4, keepWithNext=1),
                )
            case d.Paragraph():
                yield self.paragraph(block)
            case d.Fields(rows=rows):
                yield self.fields(rows)
            case d.Table():
                yield from self.table(block)
            case d.NumberedList(items=items):
                yield from self.numbered(items)
            case d.Signature():
                yield self.signature(block)
            case d.Note(text=text):
                yield self.para(
                    text,
                    self.styles.make(
                        self.lang,
                        NOTE_SIZE,
                        leading=NOTE_SIZE * 1.45,
                        textColor=GREY_TEXT,
                        spaceBefore=4,
                        spaceAfter=2,
                    ),
                )
            case d.PageBreak():
                yield PageBreak()
            case _:
                raise TypeError(f"not a document block: {block!r}")

    def title(self, block: d.Title) -> Iterator[Flowable]:
        after = 4 if block.subtitle else 14
        yield self.para(
            block.text,
            self.styles.make(
                self.lang, 18, leading=26, alignment=TA_CENTER, spaceAfter=after, keepWithNext=1
            ),
        )
        if block.subtitle:
            yield self.para(
                block.subtitle,
                self.styles.make(
                    self.lang, 11.5, alignment=TA_CENTER, textColor=GREY_TEXT, spaceAfter=14
                ),
            )

    def paragraph(self, block: d.Paragraph) -> RLParagraph:
        # Chinese text quoted in an English letter (the borrower's own story) has no
        # spaces to wrap at: break it the Chinese way rather than inside a number.
        chinese = self.lang != "en" or (" " not in block.text.strip() and has_cjk(block.text))
        style = self.styles.make(
            "zh" if chinese else self.lang,
            alignment=_ALIGN[block.align],
            firstLineIndent=2 * BODY_SIZE if block.indent else 0,
            spaceAfter=3,
            keepWithNext=int(block.keep_with_next),
        )
        return self.para(block.text, style)

    def fields(self, rows: tuple[tuple[str, str], ...]) -> Flowable:
        """Label/value lines as a borderless two-column table, the label column sized to fit."""
        style = self.styles.make(self.lang)
        label_width = _fit_width([label for label, _ in rows], style, FRAME_WIDTH * 0.45)
        data = [[self.para(label, style), self.para(value, style)] for label, value in rows]
        table = RLTable(data, colWidths=[label_width, FRAME_WIDTH - label_width], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    *_cell_font(self.styles.font),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        table.spaceBefore, table.spaceAfter = 2, 6
        return table

    def table(self, block: d.Table) -> Iterator[Flowable]:
        """Caption, then a ruled table: grey header repeated on each page, totals set off."""
        if block.caption:
            yield self.para(
                block.caption,
                self.styles.make(self.lang, 10, spaceBefore=6, spaceAfter=3, keepWithNext=1),
            )
        total = sum(c.weight for c in block.columns) or 1.0
        widths = [FRAME_WIDTH * c.weight / total for c in block.columns]
        cell = [
            self.styles.make(
                self.lang, TABLE_SIZE, leading=TABLE_SIZE * 1.35, alignment=_ALIGN[c.align]
            )
            for c in block.columns
        ]
        data = [[self.para(c.title, s) for c, s in zip(block.columns, cell, strict=True)]]
        data += [
            [self.para(text, s) for text, s in zip(row, cell, strict=True)]
            for row in block.rows + block.footer
        ]
        table = RLTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(_table_style(self.styles.font, len(block.rows), len(block.footer)))
        table.spaceBefore, table.spaceAfter = 2, 8
        yield table

    def numbered(self, items: tuple[str, ...]) -> Iterator[Flowable]:
        """Numbered lines ("1. item"), hanging indent as wide as the largest number."""
        label_style = self.styles.make(self.lang)
        labels = [f"{i}." for i in range(1, len(items) + 1)]
        # reportlab shifts line one when the bullet plus 0.6 em overruns the indent.
        indent = _fit_width(labels, label_style, FRAME_WIDTH / 4, gap=0.7)
        style = self.styles.make(self.lang, leftIndent=indent, bulletIndent=0, spaceAfter=2)
        for label, item in zip(labels, items, strict=True):
            yield RLParagraph(markup(item), style, bulletText=label)

    def signature(self, block: d.Signature) -> Flowable:
        """Label lines from 55 % across, room above to sign; an empty value is a line to write on."""
        style = self.styles.make(self.lang)
        width = FRAME_WIDTH * (1 - SIGNATURE_LEFT)
        label_width = _fit_width([label for label, _ in block.lines], style, width * 0.6)
        data = [[self.para(label, style), self.para(value, style)] for label, value in block.lines]
        commands: list[tuple] = [
            *_cell_font(self.styles.font),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
        for row, (_, value) in enumerate(block.lines):
            if not value:
                commands.append(("LINEBELOW", (1, row), (1, row), 0.6, colors.black))
                commands.append(("TOPPADDING", (0, row), (-1, row), 12))  # room to write
        value_width = max(width - label_width, SIGNATURE_BLANK)
        # Flush right, so it starts SIGNATURE_LEFT across (earlier if labels are long).
        commands.append(("NOSPLIT", (0, 0), (-1, -1)))
        table = RLTable(data, colWidths=[label_width, value_width], hAlign="RIGHT",
                        spaceBefore=block.space_mm * mm)
        table.setStyle(TableStyle(commands))
        # A plain Table, not a KeepTogether: reportlab never joins a KeepTogether to a
        # keepWithNext group, and the signature must share a page with the text above it.
        table.keep_whole = True
        return table


def _fit_width(texts: Sequence[str], style: ParagraphStyle, cap: float, gap: float = 0.8) -> float:
    """Width of the widest line of ``texts`` in ``style`` plus ``gap`` ems, at most ``cap``."""
    widest = max(
        (
            stringWidth(line, style.fontName, style.fontSize)
            for text in texts
            for line in _LINE_BREAK.split(text)
        ),
        default=0.0,
    )
    return min(widest + style.fontSize * gap, cap)


def _cell_font(font: str) -> list[tuple]:
    """TableStyle command naming the cell font.

    Every cell holds a Paragraph with its own font, but reportlab's
    ``Table._drawCell`` still calls ``setFont`` with the cell style's font
    (Helvetica by default), which would put an unembedded Helvetica into the PDF.
    """
    return [("FONT", (0, 0), (-1, -1), font, BODY_SIZE)]


def _table_style(font: str, body_rows: int, footer_rows: int) -> TableStyle:
    """Thin grid, shaded header, a heavier rule above the totals which stay with the last row."""
    commands: list[tuple] = [
        *_cell_font(font),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if footer_rows:
        first_footer = 1 + body_rows
        commands += [
            ("LINEABOVE", (0, first_footer), (-1, first_footer), 0.8, colors.black),
            # never leave the totals alone on a page: keep them with the last body row
            ("NOSPLIT", (0, max(first_footer - 1, 1)), (-1, -1)),
        ]
    return TableStyle(commands)


# --- flowables and canvas --------------------------------------------------------


class _KeepWithStart(KeepTogether):
    """The group reportlab makes of keepWithNext flowables and the one after them.

    reportlab's own ``KeepTogether`` moves the whole group to the next page
    when it does not fit, so a heading followed by a 70-row table would leave
    most of a page blank. This one moves the group only when the leading
    flowables plus the *start* of the last one (:func:`_start_height`: the
    table header and two rows, two lines of a paragraph) do not fit, and
    otherwise lets the last flowable split as usual.
    """

    def split(self, aW: float, aH: float) -> list[Flowable]:
        content = list(self._content)
        frame = self._doctemplateAttr("frame")
        at_top = frame is not None and frame._atTop  # nothing gained by a new page
        if at_top or self._needed(aW, aH) <= aH:
            return content
        return [self.FrameBreak(), *content]

    def _needed(self, width: float, height: float) -> float:
        *lead, last = self._content
        needed = 0.0
        for flowable in lead:
            _, used = flowable.wrapOn(self.canv, width, height)
            needed += flowable.getSpaceBefore() + used + flowable.getSpaceAfter()
        return needed + last.getSpaceBefore() + _start_height(last, self.canv, width, height)


def _start_height(flowable: Flowable, canv: Canvas, width: float, avail: float) -> float:
    """Height of the least of ``flowable`` that should share a page with what precedes it."""
    if isinstance(flowable, KeepTogether):
        flowable.wrapOn(canv, width, avail)
        return flowable._H  # KeepTogether.wrap reports a huge height and keeps the real one here
    _, height = flowable.wrapOn(canv, width, avail)
    if getattr(flowable, "keep_whole", False):
        return height
    if isinstance(flowable, RLTable):
        rows = flowable.repeatRows + 2
        return sum(flowable._rowHeights[:rows])  # set by Table.wrap
    if isinstance(flowable, RLParagraph):
        return min(height, 2 * flowable.style.leading)
    return height


class _DocumentStart(Flowable):
    """Zero-size marker: pages from here on belong to document ``index`` (in ``lang``)."""

    def __init__(self, index: int, lang: str) -> None:
        super().__init__()
        self.index, self.lang = index, lang

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.negoplan_document = (self.index, self.lang)


class _NumberedCanvas(Canvas):
    """reportlab Canvas that writes "page n of N" footers, counting pages per document.

    ``showPage`` only stores the page's state; ``save`` knows every document's
    page count and then draws the footers and writes the pages.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.negoplan_document: tuple[int, str] = (0, "zh")
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        documents = [page["negoplan_document"] for page in self._pages]
        counts = {doc: documents.count(doc) for doc in documents}
        seen: dict[tuple[int, str], int] = {}
        for page in self._pages:
            self.__dict__.update(page)
            doc = self.negoplan_document
            seen[doc] = seen.get(doc, 0) + 1
            self._draw_footer(seen[doc], counts[doc], doc[1])
            super().showPage()
        super().save()

    def _draw_footer(self, page: int, pages: int, lang: str) -> None:
        wording = _FOOTER.get(lang, _FOOTER["en"])
        self.saveState()
        self.setFont(register_font(), FOOTER_SIZE)
        self.setFillColor(GREY_TEXT)
        self.drawCentredString(PAGE_SIZE[0] / 2, FOOTER_Y, wording.format(page=page, pages=pages))
        self.restoreState()

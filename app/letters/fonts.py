"""The bundled CJK font for PDFs: register it with reportlab, check text against it.

NegoPlan embeds one font, ``resources/fonts/NegoPlanSans-GBK.ttf`` (a GBK
subset of WenQuanYi Micro Hei with TrueType outlines; see
``resources/fonts/README.md``), so a letter prints the same on any machine and
viewer. reportlab draws a box (extracted as ``'\\x00'``) for a character the
font lacks and raises no error, so :func:`missing_glyphs` lets the renderer
refuse such text first (:class:`MissingGlyphs`).

Registering also fixes two things in reportlab's CJK paragraphs: its line
breaking lets full-width ，。！？ etc. start a line (:func:`apply_kinsoku_fix`,
:func:`line_breaks`), and it justifies lines only at spaces, so justified
Chinese text had a ragged right edge (:func:`apply_cjk_justification`).

Only :mod:`app.letters.pdf` imports this module (lazily, when a PDF is made),
so importing reportlab here costs nothing at start-up.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import reportlab.lib.textsplit
import reportlab.platypus.paragraph
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resource_path

__all__ = [
    "FONT_FILE",
    "FONT_NAME",
    "FontMissing",
    "MissingGlyphs",
    "apply_cjk_justification",
    "apply_kinsoku_fix",
    "font_path",
    "line_breaks",
    "missing_glyphs",
    "register_font",
]

FONT_FILE = "NegoPlanSans-GBK.ttf"
#: The name the font is registered under in reportlab (and its PostScript name).
FONT_NAME = "NegoPlanSans"

#: Full-width punctuation that must not start a line, missing from reportlab's
#: ``ALL_CANNOT_START`` (which has 、。」』】〕）but not ，！？：；》 ...).
KINSOKU_CANNOT_START = "，。、！？：；》」』”’）】〕〉…—．"

#: Characters the renderer never draws as glyphs: line breaks (it splits text on
#: them, as ``str.splitlines`` does) and the tab (it becomes a space).
RENDERER_WHITESPACE = frozenset("\n\r\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


class FontMissing(FileNotFoundError):
    """The bundled font file is not where NegoPlan expects it (a broken install)."""


class MissingGlyphs(ValueError):
    """Text holds characters the bundled font cannot draw; ``chars`` lists them.

    Raised before rendering, so a letter never prints boxes in place of, say, a
    rare character in a name. The message names each character and its code
    point (an invisible one pasted from elsewhere is otherwise hard to find).
    """

    def __init__(self, chars: Iterable[str]) -> None:
        self.chars = list(chars)
        shown = ", ".join(f"{ch!r} (U+{ord(ch):04X})" for ch in self.chars)
        super().__init__(f"the PDF font cannot draw these characters: {shown}")


def font_path() -> Path:
    """Where the bundled font file is (whether or not it exists)."""
    return resource_path("fonts", FONT_FILE)


@functools.cache
def _load_font() -> TTFont:
    """Parse the font file once (≈ 0.2 s) and register it with reportlab's pdfmetrics."""
    path = font_path()
    if not path.is_file():
        raise FontMissing(
            f"NegoPlan's PDF font is missing: {path} (reinstall NegoPlan; in a source "
            "checkout see resources/fonts/README.md to rebuild it)"
        )
    font = TTFont(FONT_NAME, str(path))
    pdfmetrics.registerFont(font)
    return font


def register_font() -> str:
    """Register the bundled font with reportlab (once) and return its name.

    Also applies :func:`apply_kinsoku_fix` and :func:`apply_cjk_justification`.
    Raises :class:`FontMissing` when the font file is absent (not cached: a
    later call tries again).
    """
    _load_font()
    apply_kinsoku_fix()
    apply_cjk_justification()
    return FONT_NAME


def missing_glyphs(text: str) -> list[str]:
    """The distinct characters of ``text`` the font cannot draw, in order of first appearance.

    Line breaks and tabs (:data:`RENDERER_WHITESPACE`) are not drawn, so they
    never count as missing. Looks the characters up in the cmap of the
    reportlab ``TTFont`` face (``face.charToGlyph``).
    """
    char_to_glyph = _load_font().face.charToGlyph
    missing: dict[str, None] = {}  # an ordered set
    for ch in text:
        if ch not in RENDERER_WHITESPACE and ord(ch) not in char_to_glyph:
            missing[ch] = None
    return list(missing)


def apply_kinsoku_fix() -> None:
    """Keep closing punctuation off the start of a line, opening marks off its end (idempotent).

    Two parts:

    1. The fix from ``shared/domain/stack.md``: add the full-width marks
       :data:`KINSOKU_CANNOT_START` to reportlab's ``ALL_CANNOT_START`` (in
       ``reportlab.lib.textsplit``, and in ``reportlab.platypus.paragraph``,
       which imported its own reference); characters already there are not
       added twice.
    2. reportlab hangs at most one such mark in the margin, so "…借款）。" or
       "同意。”" still put the second mark at the start of the next line, and
       it never checks line ends. So the two CJK line splitters
       ``paragraph.cjkFragSplit`` (several text fragments) and
       ``paragraph.wordSplit`` (one fragment) are replaced by versions that
       choose their break points with :func:`line_breaks`. They build the
       lines with reportlab's own ``cjkU`` and ``makeCJKParaLine``.
    """
    for module in (reportlab.lib.textsplit, reportlab.platypus.paragraph):
        current: str = module.ALL_CANNOT_START
        extra = "".join(ch for ch in KINSOKU_CANNOT_START if ch not in current)
        if extra:
            module.ALL_CANNOT_START = current + extra
    paragraph = reportlab.platypus.paragraph
    if _REPORTLAB_CJK_SPLIT is not None:  # None: reportlab changed; keep its own splitter
        paragraph.cjkFragSplit = _cjk_frag_split
        paragraph.wordSplit = _word_split


# --- line breaking -----------------------------------------------------------

_FUZZ = 1e-6  # points: rounding slack when a line is exactly full
_CJK_START = 0x2E80  # CJK radicals, punctuation, kana, ideographs, full-width forms...

# reportlab's splitters, kept to fall back on for content this module does not handle
# (inline images); None if reportlab no longer has the pieces _cjk_frag_split reuses.
_REPORTLAB_CJK_SPLIT = (
    reportlab.platypus.paragraph.cjkFragSplit
    if all(
        hasattr(reportlab.platypus.paragraph, name)
        for name in ("cjkFragSplit", "cjkU", "makeCJKParaLine", "ParaLines", "wordSplit")
    )
    else None
)


def _is_word_char(ch: str) -> bool:
    """Part of a Western word or number ("HT-2024", "1,234.56"): no break inside."""
    return bool(ch) and not ch.isspace() and ord(ch) < _CJK_START


def line_breaks(
    chars: Sequence[str],
    widths: Sequence[float],
    max_widths: Sequence[float],
    forced: Sequence[bool] | None = None,
) -> list[tuple[int, int]]:
    """Split ``chars`` into lines: ``(start, end)`` index pairs, in order.

    Greedy: a line takes characters while they fit in its width
    (``max_widths[k]`` for line ``k``, the last one for the rest). Where a
    character does not fit:

    - inside a Western word or number, the break moves back to the last space
      or CJK character (a word longer than the line is cut);
    - a space or a mark that cannot start a line (reportlab's
      ``ALL_CANNOT_START`` and :data:`KINSOKU_CANNOT_START`: ，。）」 ...)
      hangs at the end of the line if the character after it may start one
      (:func:`apply_cjk_justification` squeezes the line to fit);
    - otherwise characters move to the next line until it does not start with
      such a mark and this line does not end with an opening mark
      (``ALL_CANNOT_END``: （《“ ...), keeping at least one character.

    ``forced[i]`` marks a line break element (``<br/>``): it ends its line.
    """
    cannot_start = frozenset(reportlab.lib.textsplit.ALL_CANNOT_START + KINSOKU_CANNOT_START)
    cannot_end = frozenset(reportlab.lib.textsplit.ALL_CANNOT_END)
    forced = forced or [False] * len(chars)
    lines: list[tuple[int, int]] = []
    start = i = 0
    used = 0.0
    while i < len(chars):
        limit = max_widths[min(len(lines), len(max_widths) - 1)]
        if forced[i] or (i > start and used + widths[i] > limit + _FUZZ):
            end = i + 1 if forced[i] else _line_end(chars, start, i, cannot_start, cannot_end)
            lines.append((start, end))
            start = i = end
            used = 0.0
            continue
        used += widths[i]
        i += 1
    if start < len(chars):
        lines.append((start, len(chars)))
    return lines


def _line_end(
    chars: Sequence[str],
    start: int,
    end: int,
    cannot_start: frozenset[str],
    cannot_end: frozenset[str],
) -> int:
    """Where the line ``chars[start:]`` ends, ``chars[end]`` being the first that does not fit."""
    if _is_word_char(chars[end]) and _is_word_char(chars[end - 1]):
        for j in range(end - 1, start, -1):
            if not (_is_word_char(chars[j - 1]) and _is_word_char(chars[j])):
                end = j
                break
    following = chars[end + 1] if end + 1 < len(chars) else ""
    if (chars[end] == " " or chars[end] in cannot_start) and following not in cannot_start:
        return end + 1  # hang it
    while end > start + 1 and (chars[end] in cannot_start or chars[end - 1] in cannot_end):
        end -= 1
    return end


def _without_trailing_spaces(chars: Sequence[str], start: int, end: int) -> int:
    """``end`` moved back over spaces ending the line (hung there; they print as nothing)."""
    while end > start + 1 and chars[end - 1] == " ":
        end -= 1
    return end


def _cjk_frag_split(
    frags: list, maxWidths: list[float], calcBounds: bool, encoding: str = "utf8"
) -> Any:
    """Drop-in for ``reportlab.platypus.paragraph.cjkFragSplit`` using :func:`line_breaks`."""
    paragraph = reportlab.platypus.paragraph
    if any(hasattr(f, "cbDefn") for f in frags):  # inline images etc.: not ours to lay out
        return _REPORTLAB_CJK_SPLIT(frags, maxWidths, calcBounds, encoding)
    units = []  # one per character, each knowing its fragment and width
    for frag in frags:
        text = frag.text.decode(encoding) if isinstance(frag.text, bytes) else frag.text
        units.extend(paragraph.cjkU(ch, frag, encoding) for ch in text or [text])
    widths = [u.width for u in units]
    forced = [hasattr(u.frag, "lineBreak") for u in units]
    lines = []
    for number, (start, end) in enumerate(line_breaks(units, widths, maxWidths, forced)):
        max_width = maxWidths[min(number, len(maxWidths) - 1)]
        is_break = forced[end - 1]
        end = _without_trailing_spaces(units, start, end)
        used = sum(widths[start:end])
        if used > 0 or is_break:
            line = paragraph.makeCJKParaLine(
                units[start:end], max_width, used, max_width - used, is_break, calcBounds
            )
            lines.append(line)
    return paragraph.ParaLines(kind=1, lines=lines)


def _word_split(
    word: str | bytes,
    maxWidths: list[float] | float,
    fontName: str,
    fontSize: float,
    encoding: str = "utf8",
) -> list[list]:
    """Drop-in for ``reportlab.lib.textsplit.wordSplit`` (one-fragment CJK paragraphs)."""
    text = word.decode(encoding) if isinstance(word, bytes) else word
    max_widths = maxWidths if isinstance(maxWidths, list | tuple) else [maxWidths]
    widths = [pdfmetrics.stringWidth(ch, fontName, fontSize) for ch in text]
    lines: list[list] = []
    for number, (start, end) in enumerate(line_breaks(text, widths, max_widths)):
        max_width = max_widths[min(number, len(max_widths) - 1)]
        end = _without_trailing_spaces(text, start, end)
        lines.append([max_width - sum(widths[start:end]), text[start:end]])
    return lines


# --- justification -------------------------------------------------------------

# reportlab's line drawers for justified paragraphs (one text run; several fragments).
_REPORTLAB_JUSTIFY = getattr(reportlab.platypus.paragraph, "_justifyDrawParaLine", None)
_REPORTLAB_JUSTIFY_X = getattr(reportlab.platypus.paragraph, "_justifyDrawParaLineX", None)


def apply_cjk_justification() -> None:
    """Justify Chinese lines by spacing every character, not only the spaces (idempotent).

    reportlab justifies a line by widening its spaces (PDF word spacing), so a
    Chinese line, which has none, stays ragged, and a line with a hanging
    mark sticks out into the margin. Its two line drawers for justified
    paragraphs, ``paragraph._justifyDrawParaLine`` and
    ``paragraph._justifyDrawParaLineX``, are wrapped: a line holding CJK text
    gets character spacing (PDF ``Tc``) of its spare width over its gaps,
    negative for a line with a hanging mark; other lines, the last line and
    lines ending at an explicit break are drawn by reportlab as before.
    """
    if _REPORTLAB_JUSTIFY is None or _REPORTLAB_JUSTIFY_X is None:
        return  # reportlab changed its internals: keep its own drawing
    reportlab.platypus.paragraph._justifyDrawParaLine = _justify_line
    reportlab.platypus.paragraph._justifyDrawParaLineX = _justify_frag_line


def has_cjk(text: str) -> bool:
    return any(ord(ch) >= _CJK_START for ch in text)


def _char_space(extra: float, texts: Sequence[str], last: bool) -> float | None:
    """Character spacing that makes a line of ``texts`` exactly full, or None: leave it alone."""
    count = sum(len(text) for text in texts)
    if count < 2 or abs(extra) <= 1e-8 or (last and extra > 0) or not any(map(has_cjk, texts)):
        return None
    if any(" " in text.strip() for text in texts):
        # a line of words (English with a Chinese name in it): reportlab widens the spaces
        return None
    return extra / (count - 1)


def _justify_line(
    tx: Any, offset: float, extraspace: float, words: list[str], last: int = 0
) -> float:
    """``paragraph._justifyDrawParaLine`` with character spacing for CJK lines."""
    text = " ".join(words)
    space = None if getattr(tx, "preformatted", False) else _char_space(extraspace, [text], last)
    if space is None:
        return _REPORTLAB_JUSTIFY(tx, offset, extraspace, words, last)
    paragraph = reportlab.platypus.paragraph
    paragraph.setXPos(tx, offset)
    tx.setCharSpace(space)
    tx._textOut(text, 1)
    tx.setCharSpace(0)
    paragraph.setXPos(tx, -offset)
    return offset


def _justify_frag_line(tx: Any, offset: float, line: Any, last: int = 0) -> None:
    """``paragraph._justifyDrawParaLineX`` with character spacing for CJK lines."""
    texts = [w.text for w in line.words if not hasattr(w, "cbDefn")]
    space = None if line.lineBreak else _char_space(line.extraSpace, texts, last)
    if space is None:
        _REPORTLAB_JUSTIFY_X(tx, offset, line, last)
        return
    paragraph = reportlab.platypus.paragraph
    tx._x_offset = offset
    paragraph.setXPos(tx, offset)
    tx.setCharSpace(space)
    paragraph._putFragLine(offset, tx, line, last, "justify")
    tx.setCharSpace(0)
    paragraph.setXPos(tx, -offset)

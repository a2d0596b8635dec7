"""The bundled CJK font for PDFs: register it with reportlab, check text against it.

NegoPlan embeds one font, ``resources/fonts/NegoPlanSans-GBK.ttf`` (a GBK
subset of WenQuanYi Micro Hei with TrueType outlines; see
``resources/fonts/README.md``), so a letter prints the same on any machine and
viewer. reportlab draws a box (extracted as ``'\\x00'``) for a character the
font lacks and raises no error, so :func:`missing_glyphs` lets the renderer
refuse such text first (:class:`MissingGlyphs`).

Registering also applies the line-breaking (kinsoku) fix: reportlab's CJK
wrapping lets full-width ，。！？ etc. start a line; :func:`apply_kinsoku_fix`
adds them to reportlab's "cannot start a line" set.

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

    Also applies :func:`apply_kinsoku_fix`. Raises :class:`FontMissing` when the
    font file is absent (not cached: a later call tries again).
    """
    _load_font()
    apply_kinsoku_fix()
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
    if all(hasattr(reportlab.platypus.paragraph, name)
           for name in ("cjkFragSplit", "cjkU", "makeCJKParaLine", "ParaLines", "wordSplit"))
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
      ``ALL_CANNOT_START``: ，。）」 ...) hangs at the end of the line, if the
      character after it may start one (justified lines absorb it);
    - otherwise characters move to the next line until it does not start with
      such a mark and this line does not end with an opening mark
      (``ALL_CANNOT_END``: （《“ ...), keeping at least one character.

    ``forced[i]`` marks a line break element (``<br/>``): it ends its line.
    """
    cannot_start = frozenset(reportlab.lib.textsplit.ALL_CANNOT_START)
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
    chars: Sequence[str], start: int, end: int, cannot_start: frozenset[str],
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


def _cjk_frag_split(frags: list, maxWidths: list[float], calcBounds: bool,
                    encoding: str = "utf8") -> Any:
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
    for start, end in line_breaks(units, widths, maxWidths, forced):
        max_width = maxWidths[min(len(lines), len(maxWidths) - 1)]
        used = sum(widths[start:end])
        is_break = forced[end - 1]
        if used > 0 or is_break:
            lines.append(paragraph.makeCJKParaLine(
                units[start:end], max_width, used, max_width - used, is_break, calcBounds))
    return paragraph.ParaLines(kind=1, lines=lines)


def _word_split(word: str | bytes, maxWidths: list[float] | float, fontName: str,
                fontSize: float, encoding: str = "utf8") -> list[list]:
    """Drop-in for ``reportlab.lib.textsplit.wordSplit`` (one-fragment CJK paragraphs)."""
    text = word.decode(encoding) if isinstance(word, bytes) else word
    max_widths = maxWidths if isinstance(maxWidths, list | tuple) else [maxWidths]
    widths = [pdfmetrics.stringWidth(ch, fontName, fontSize) for ch in text]
    lines: list[list] = []
    for start, end in line_breaks(text, widths, max_widths):
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        lines.append([max_width - sum(widths[start:end]), text[start:end]])
    return lines

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
from collections.abc import Iterable
from pathlib import Path

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
    """Keep full-width closing punctuation off the start of a line (idempotent).

    reportlab's CJK line breaker (``reportlab.platypus.paragraph.cjkFragSplit``)
    lets a character that would overflow the line hang in the margin only if it
    is in ``ALL_CANNOT_START``. That string lives in
    ``reportlab.lib.textsplit`` and ``paragraph`` imported its own reference,
    so both module attributes are replaced; characters already there are not
    added twice.
    """
    for module in (reportlab.lib.textsplit, reportlab.platypus.paragraph):
        current: str = module.ALL_CANNOT_START
        extra = "".join(ch for ch in KINSOKU_CANNOT_START if ch not in current)
        if extra:
            module.ALL_CANNOT_START = current + extra

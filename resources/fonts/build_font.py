"""Rebuild ``NegoPlanSans-GBK.ttf``, the font NegoPlan embeds in its PDFs and shows in its window.

Source: WenQuanYi Micro Hei 0.2.0-beta (Debian package ``fonts-wqy-microhei``,
face 0 of ``wqy-microhei.ttc``; Apache-2.0 or GPL-3+ with font exception, see
``LICENSE-wqy-microhei.txt``). It is one of the few free CJK fonts with
TrueType (``glyf``) outlines, which reportlab needs, and it covers GBK, so
names such as 堃 镕 喆 print (GB2312 alone lacks them).

What this script changes, with :mod:`fontTools.subset` (fixed options):

- keeps only the characters a Chinese letter can need (:func:`wanted_codepoints`):
  ASCII, Latin-1, general punctuation, CJK symbols and punctuation, full-width
  forms, a few symbols (¥ ￥ × ÷ № ①–⑳ ✓ □ ...) and every character encodable
  in GBK — 5.2 MB collection → about 3 MB single font;
- keeps the TrueType hinting of the Latin glyphs (Droid Sans): dropping it
  would save only 24 KB (0.8 %), and Qt on Windows draws small Latin text
  better with it; the ``kern`` feature is kept too;
- renames the family to "NegoPlan Sans" (so it never clashes with an installed
  WenQuanYi font) and keeps the copyright, trademark, designer and licence
  name records, with a description that says the font was modified;
- fixes ``head.created``/``head.modified`` so the same source gives the same
  bytes (checked with ``--check``).

Run from the repository root (needs ``apt install fonts-wqy-microhei`` and
``pip install -e '.[dev]'`` for fontTools)::

    .venv/bin/python resources/fonts/build_font.py
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.misc.timeTools import timestampFromString
from fontTools.ttLib import TTFont

DEFAULT_SOURCE = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
SOURCE_FONT_NUMBER = 0  # "WenQuanYi Micro Hei"; 1 is the Mono face
DEFAULT_OUT = Path(__file__).resolve().parent / "NegoPlanSans-GBK.ttf"

FAMILY = "NegoPlan Sans"
POSTSCRIPT_NAME = "NegoPlanSans"
# A fixed modification date: same input -> same bytes (fontTools would stamp "now").
MODIFIED = "Sun Nov 01 00:00:00 2026"

# Name records copied from the source unchanged: copyright (0), trademark (7),
# manufacturer (8), vendor/designer URLs (11, 12), licence (13, 14).
KEPT_NAME_IDS = (0, 7, 8, 11, 12, 13, 14)

RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement
    (0x2000, 0x206F),  # general punctuation (— – … ‘ ’ “ ” ‰ ※)
    (0x3000, 0x303F),  # CJK symbols and punctuation (、。〇《》「」【】〔〕)
    (0xFF00, 0xFFEF),  # half-width and full-width forms (，：；！？（）．￥)
    (0x2460, 0x2473),  # ① – ⑳
)
EXTRA = "¥￥×÷№✓✗□☐"


def gbk_codepoints() -> Iterable[int]:
    """Every BMP character Python's GBK codec can encode (GB2312 + GBK extensions)."""
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        try:
            chr(cp).encode("gbk")
        except UnicodeEncodeError:
            continue
        yield cp


def wanted_codepoints() -> set[int]:
    """The characters to keep (whether or not the source has a glyph for each)."""
    wanted = {cp for lo, hi in RANGES for cp in range(lo, hi + 1)}
    wanted.update(ord(ch) for ch in EXTRA)
    wanted.update(gbk_codepoints())
    return wanted


def subset_options() -> subset.Options:
    """fontTools subsetter options, fixed here so every build does the same thing."""
    options = subset.Options()
    options.hinting = True  # dropping it saves only ~24 KB (see the module docstring)
    options.drop_tables += ["FFTM"]  # FontForge timestamp table: not needed, not stable
    options.name_IDs = list(KEPT_NAME_IDS)  # the rest is rewritten by rename()
    options.name_languages = [0x0409]  # English (Windows); Chinese names were the old family
    options.name_legacy = False  # no Macintosh-platform name records
    options.glyph_names = False  # post format 3: no glyph names needed
    options.notdef_outline = True  # a visible box where Qt lacks a glyph
    options.recalc_timestamp = False
    return options


def rename(font: TTFont, source_version: str) -> None:
    """Give the subset its own family name; say in the description it was modified."""
    name = font["name"]
    records = {
        1: FAMILY,
        2: "Regular",
        3: f"{POSTSCRIPT_NAME}-GBK; derived from WenQuanYi Micro Hei {source_version}",
        4: FAMILY,
        5: f"Version {source_version}; NegoPlan GBK subset",
        6: POSTSCRIPT_NAME,
        10: (
            "NegoPlan Sans is WenQuanYi Micro Hei (derived from Droid Sans Fallback), "
            "modified for NegoPlan: subset to GBK and common punctuation, hinting "
            "removed, family renamed. Apache License 2.0."
        ),
    }
    for name_id, text in records.items():
        name.setName(text, name_id, 3, 1, 0x0409)


def source_version(font: TTFont) -> str:
    """ "0.2.0-beta" from the source's "Version 0.2.0-beta" record."""
    version = font["name"].getDebugName(5) or "unknown"
    return version.removeprefix("Version ").strip()


def build(source: Path) -> bytes:
    """The subset font's bytes, built from face 0 of the ``source`` collection."""
    # recalcTimestamp=False: otherwise save() stamps head.modified with "now".
    font = TTFont(source, fontNumber=SOURCE_FONT_NUMBER, lazy=False, recalcTimestamp=False)
    version = source_version(font)
    created = font["head"].created
    subsetter = subset.Subsetter(options=subset_options())
    subsetter.populate(unicodes=sorted(wanted_codepoints()))
    subsetter.subset(font)
    rename(font, version)
    font["head"].created = created
    font["head"].modified = timestampFromString(MODIFIED)
    buffer = io.BytesIO()
    font.save(buffer, reorderTables=True)
    return buffer.getvalue()


def coverage_gaps(data: bytes) -> list[str]:
    """Wanted characters the source has no glyph for (reported, not fatal)."""
    cmap = TTFont(io.BytesIO(data))["cmap"].getBestCmap()
    wanted = set(gbk_codepoints()) | {ord(ch) for ch in EXTRA}
    return [chr(cp) for cp in sorted(wanted - cmap.keys())]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source",
        type=Path,
        default=DEFAULT_SOURCE,
        help=f"WenQuanYi Micro Hei collection (default {DEFAULT_SOURCE})",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="where to write the .ttf (default: next to this script)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="build twice and fail unless both builds are byte-identical",
    )
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(f"{args.source} not found: apt install fonts-wqy-microhei", file=sys.stderr)
        return 2
    data = build(args.source)
    if args.check and build(args.source) != data:
        print("two builds differ: the output is not deterministic", file=sys.stderr)
        return 1
    args.out.write_bytes(data)
    gaps = coverage_gaps(data)
    print(f"{args.out}: {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}")
    if gaps:
        print(
            f"no glyph in the source for: {' '.join(gaps)} "
            f"({', '.join(f'U+{ord(ch):04X}' for ch in gaps)})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""app.letters.fonts: the shipped GBK font, the glyph check and the line-breaking fix.

The font file is checked without fontTools (a dev-only dependency): the sfnt
table directory is read with :mod:`struct`.
"""

from __future__ import annotations

import itertools
import re
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
import reportlab.lib.textsplit
import reportlab.platypus.paragraph
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from app.letters import fonts
from app.letters.fonts import (
    FONT_FILE,
    FONT_NAME,
    KINSOKU_CANNOT_START,
    FontMissing,
    MissingGlyphs,
    apply_kinsoku_fix,
    font_path,
    line_breaks,
    missing_glyphs,
    register_font,
)

# GBK characters WenQuanYi Micro Hei has no glyph for (resources/fonts/README.md):
# the pinyin letters ɑ ɡ and the sun sign ☉.
KNOWN_GBK_GAPS = ["\u0251", "\u0261", "\u2609"]

PUNCTUATED = (
    "本人因失业导致收入骤减，自二〇二五年三月起无法按期归还贵司借款（合同号HT-2024-000123），"
    "对此深表歉意！他说：“我同意。”现将情况说明如下：一是收入仅为3,000.00元；二是需要抚养子女、"
    "赡养父母；三是另有欠款。恳请贵司考虑实际困难（每期约一千二百元）。是否可行？请予答复；谢谢。"
    "“诚信还款”是原则，《民法典》第六百八十条……规定——禁止高利放贷。Please reply by e-mail."
)


def gbk_characters() -> Iterator[str]:
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        try:
            chr(cp).encode("gbk")
        except UnicodeEncodeError:
            continue
        yield chr(cp)


def sfnt_tables(path: Path) -> tuple[bytes, set[bytes]]:
    """The sfnt version tag and the table tags of a single-font TrueType/OpenType file."""
    with path.open("rb") as handle:
        header = handle.read(12)
        version, count = header[:4], struct.unpack(">H", header[4:6])[0]
        directory = handle.read(16 * count)
    return version, {directory[i * 16 : i * 16 + 4] for i in range(count)}


# --- the file ------------------------------------------------------------------


def test_font_file_is_a_single_truetype_font_of_about_3_mb() -> None:
    path = font_path()
    assert path.name == FONT_FILE
    assert path.is_file()
    version, tables = sfnt_tables(path)
    assert version == b"\x00\x01\x00\x00"  # TrueType outlines; a collection starts b"ttcf"
    assert {b"glyf", b"loca", b"cmap", b"name", b"head"} <= tables
    assert b"CFF " not in tables  # reportlab cannot embed PostScript outlines
    assert 2_500_000 < path.stat().st_size < 4_000_000


def test_licence_and_build_notes_ship_next_to_the_font() -> None:
    folder = font_path().parent
    licence = (folder / "LICENSE-wqy-microhei.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence and "WenQuanYi" in licence
    assert "build_font.py" in (folder / "README.md").read_text(encoding="utf-8")


def test_register_font_is_idempotent_and_registers_the_name() -> None:
    assert register_font() == FONT_NAME
    assert register_font() == FONT_NAME
    assert pdfmetrics.getFont(FONT_NAME).face.name  # the TTF face is loaded


# --- coverage --------------------------------------------------------------------


def test_every_gbk_character_is_covered_but_the_known_gaps() -> None:
    assert missing_glyphs("".join(gbk_characters())) == KNOWN_GBK_GAPS


@pytest.mark.parametrize(
    "text",
    [
        "王堃 朱镕基 张喆",  # GBK, not GB2312: common in names
        "二〇二六年 ¥1,234.56 ￥8.00 × ÷ № ①⑳ ✓ □",
        "，。、！？：；“”‘’（）【】《》「」『』〔〕…—．～",
        "ASCII !\"#$%&'()*+,-./0123456789:;<=>?@[\\]^_`{|}~ Latin-1 äöüéñ ©®°±",
    ],
)
def test_letter_characters_are_covered(text: str) -> None:
    assert missing_glyphs(text) == []


def test_missing_glyphs_lists_distinct_characters_in_order() -> None:
    assert missing_glyphs("还款😀计划𠀀😀表\U0001f4b0") == ["😀", "𠀀", "\U0001f4b0"]


def test_line_breaks_and_tabs_are_not_missing() -> None:
    assert missing_glyphs("a\nb\r\nc\td\u2028e\u2029f\x0b\x0c") == []


def test_missing_glyphs_error_names_the_code_points() -> None:
    error = MissingGlyphs(["𠀀", "\u2609"])
    assert error.chars == ["𠀀", "\u2609"]
    assert "U+20000" in str(error) and "U+2609" in str(error)


@pytest.fixture
def no_font_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    fonts._load_font.cache_clear()
    monkeypatch.setattr(fonts, "font_path", lambda: tmp_path / FONT_FILE)
    yield
    fonts._load_font.cache_clear()


@pytest.mark.usefixtures("no_font_file")
def test_a_missing_font_file_is_a_clear_error() -> None:
    with pytest.raises(FontMissing, match=FONT_FILE):
        register_font()
    with pytest.raises(OSError):
        missing_glyphs("还款")


# --- line breaking -----------------------------------------------------------------


def test_kinsoku_fix_is_idempotent_and_patches_both_modules() -> None:
    apply_kinsoku_fix()
    once = reportlab.lib.textsplit.ALL_CANNOT_START
    apply_kinsoku_fix()
    assert reportlab.lib.textsplit.ALL_CANNOT_START == once
    assert reportlab.platypus.paragraph.ALL_CANNOT_START == once
    assert set(KINSOKU_CANNOT_START) <= set(once)
    assert reportlab.platypus.paragraph.cjkFragSplit is fonts._cjk_frag_split
    assert reportlab.platypus.paragraph.wordSplit is fonts._word_split


def lines_of(text: str, width: float, per_char: float = 10.0) -> list[str]:
    """``line_breaks`` on equal-width characters, as strings."""
    breaks = line_breaks(text, [per_char] * len(text), [width])
    return [text[start:end] for start, end in breaks]


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("一二三四五六", 30, ["一二三", "四五六"]),
        ("一二三，四五", 30, ["一二三，", "四五"]),  # one mark hangs in the margin
        ("一二三。”四五", 30, ["一二", "三。”", "四五"]),  # two marks: a character moves down
        ("一二（三四五", 30, ["一二", "（三四", "五"]),  # an opening mark never ends a line
        ("一二三……四", 30, ["一二", "三……", "四"]),
        ("一 word here", 60, ["一 word ", "here"]),  # no break inside a Western word
        ("一二三3,000.00", 80, ["一二三", "3,000.00"]),
        ("abcdefghij", 30, ["abc", "def", "ghi", "j"]),  # longer than a line: cut
    ],
)
def test_line_breaks(text: str, width: float, expected: list[str]) -> None:
    assert lines_of(text, width) == expected


def test_forced_breaks_end_their_line() -> None:
    chars = ["一", "二", "", "三"]
    breaks = line_breaks(chars, [10, 10, 0, 10], [100], forced=[False, False, True, False])
    assert breaks == [(0, 3), (3, 4)]


def test_first_line_width_differs() -> None:
    text = "一二三四五六七八"
    assert [text[a:b] for a, b in line_breaks(text, [10] * 8, [20, 30])] == [
        "一二",
        "三四五",
        "六七八",
    ]


@given(
    text=st.text(alphabet="一二三四，。、！？：；”’）】》（“《 ab1.—…", min_size=1, max_size=60),
    width=st.integers(min_value=10, max_value=80),
)
def test_line_breaks_keep_every_character_once(text: str, width: int) -> None:
    breaks = line_breaks(text, [10.0] * len(text), [float(width)])
    assert breaks[0][0] == 0 and breaks[-1][1] == len(text)
    for (_, end), (start, _) in itertools.pairwise(breaks):
        assert end == start
    assert all(end > start for start, end in breaks)


def paragraph_lines(markup: str, width: float) -> list[str]:
    style = ParagraphStyle(
        "t", fontName=register_font(), fontSize=11, leading=17.6, wordWrap="CJK", firstLineIndent=22
    )
    para = Paragraph(markup, style)
    para.wrap(width, 100_000)
    return [
        "".join(line[1]) if isinstance(line, tuple) else "".join(w.text for w in line.words)
        for line in para.blPara.lines
    ]


@pytest.mark.parametrize(
    "markup", [PUNCTUATED * 2, PUNCTUATED + "<br/>日期：&#12288;年" + PUNCTUATED]
)
def test_reportlab_paragraphs_obey_kinsoku_at_every_width(markup: str) -> None:
    # One fragment goes through wordSplit, several (<br/>, entities) through cjkFragSplit.
    cannot_start = set(reportlab.lib.textsplit.ALL_CANNOT_START)
    cannot_end = set(reportlab.lib.textsplit.ALL_CANNOT_END)
    for width in range(150, 460, 7):
        lines = paragraph_lines(markup, width)
        for before, after in itertools.pairwise(lines):
            assert not (after and after[0] in cannot_start), (width, after)
            assert not (before and before[-1] in cannot_end), (width, before)
        # Every character is kept (spaces hung at a line end are dropped: they print as nothing).
        printed = "".join(lines).replace("\u3000", "").replace(" ", "")
        assert printed == re.sub(r"<br/>|&#12288;| ", "", markup)

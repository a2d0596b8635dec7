"""app.letters.pdf: documents become one PDF with embedded CJK font, page numbers, tables.

PDFs are read back with pypdf: the text of every block must come out exactly
(whitespace aside), no glyph may be missing (``'\\x00'``), every font must be
embedded, and footers count the pages of each document on its own.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from app.letters import document as d
from app.letters.fonts import KINSOKU_CANNOT_START
from app.letters.pdf import MissingGlyphs, markup, render_pdf

SCHEDULE_COLUMNS = (
    d.Column("期数", d.Align.CENTER, 0.6),
    d.Column("还款日", weight=1.2),
    d.Column("应还本金（元）", d.Align.RIGHT, 1.3),
    d.Column("应还利息（元）", d.Align.RIGHT, 1.2),
    d.Column("剩余本金（元）", d.Align.RIGHT, 1.3),
    d.Column("备注", weight=1.5),
)

LONG_PARAGRAPH = (
    "本人因失业导致收入骤减，自二〇二五年三月起无法按期归还贵司借款，对此深表歉意！"
    "现将情况说明如下：一是家庭月收入仅为三千元；二是需要抚养两名子女、赡养年迈父母；"
    "三是另有其他欠款尚未结清。恳请贵司考虑本人实际困难（每期约一千二百元）。是否可行？"
    "请予答复；谢谢。他说：“我同意。”《民法典》第六百八十条规定：禁止高利放贷。"
)


def schedule(rows: int) -> d.Table:
    body = tuple(
        (
            str(i),
            f"2027-{(i - 1) % 12 + 1:02d}-15",
            f"{1000 + i:,}.00",
            f"{i * 3}.50",
            f"{90_000 - i * 1000:,}.00",
            "首期" if i == 1 else "",
        )
        for i in range(1, rows + 1)
    )
    return d.Table(
        SCHEDULE_COLUMNS,
        body,
        footer=(("合计", "", "99,999.00", "1,234.00", "", ""),),
        caption="表 1 还款计划",
    )


def zh_letter(rows: int = 5) -> d.Document:
    return d.Document(
        title="协商还款申请书",
        lang="zh",
        blocks=(
            d.Title("协商还款申请书", subtitle="致：某某消费金融有限公司"),
            d.Paragraph("尊敬的贷后管理部门：", align=d.Align.LEFT),
            d.Paragraph(LONG_PARAGRAPH, indent=True),
            d.Heading("一、申请人信息"),
            d.Fields(
                (
                    ("姓名：", "王堃"),
                    ("身份证号：", "110101199001011234"),
                    ("地址：", "北京市东城区某某路 1 号\n3 单元 502 室"),
                )
            ),
            d.Heading("二、还款计划"),
            schedule(rows),
            d.Note("注：以上金额以贵司系统核算为准。本文件不构成法律意见。"),
            d.NumberedList(("身份证复印件；", "失业证明；", "家庭情况说明。")),
            d.PageBreak(),
            d.Paragraph("此致", indent=True, keep_with_next=True),
            d.Paragraph("敬礼", align=d.Align.LEFT),
            d.Signature((("申请人（签名）：", ""), ("日期：", "　　年　　月　　日"))),
        ),
    )


def en_letter() -> d.Document:
    return d.Document(
        title="Repayment proposal",
        lang="en",
        blocks=(
            d.Title("Repayment proposal", subtitle="to Example Finance Ltd."),
            d.Heading("1. My situation"),
            d.Paragraph("I lost my job in March 2025 & cannot repay <in full> on time. " * 3),
            d.Fields((("Name:", "Wang Kun"), ("Contract:", "HT-2024-0001"))),
            d.Table(
                (d.Column("Month"), d.Column("Amount", d.Align.RIGHT)),
                (("2027-01", "1,000.00"), ("2027-02", "1,000.00")),
                footer=(("Total", "2,000.00"),),
            ),
            d.NumberedList(("ID card copy", "Proof of income")),
            d.Signature((("Signature:", ""), ("Date:", ""))),
            d.Note("Not legal advice."),
            d.PageBreak(),
            d.Paragraph("Second page.", align=d.Align.RIGHT),
        ),
    )


def block_strings(doc: d.Document) -> Iterator[str]:
    """Every string a document prints, cell by cell."""
    yield from (line for line in d.plain_text(doc).splitlines() if " | " not in line)
    for block in doc.blocks:
        if isinstance(block, d.Table):
            yield from (c.title for c in block.columns)
            yield from (cell for row in block.rows + block.footer for cell in row)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture(scope="module")
def zh_en_pdf() -> bytes:
    return render_pdf([zh_letter(), en_letter()], invariant=True)


# --- content ---------------------------------------------------------------------


def test_every_string_of_every_block_is_in_the_pdf(zh_en_pdf: bytes) -> None:
    text = "".join(page_texts(zh_en_pdf))
    assert "\x00" not in text  # a missing glyph extracts as NUL
    flat = squash(text)
    for doc in (zh_letter(), en_letter()):
        for string in block_strings(doc):
            assert squash(string) in flat, string


def test_every_font_is_embedded_and_none_is_helvetica(zh_en_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(zh_en_pdf))
    seen = 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "Helvetica" not in font["/BaseFont"]
            faces = [f.get_object() for f in font.get("/DescendantFonts", [font])]
            for face in faces:  # Type0 -> CIDFont; reportlab's TrueType subsets directly
                assert "/FontFile2" in face["/FontDescriptor"], font["/BaseFont"]
                seen += 1
    assert seen
    assert b"/Helvetica" not in zh_en_pdf


def test_metadata_has_the_title_and_no_author(zh_en_pdf: bytes) -> None:
    meta = PdfReader(io.BytesIO(zh_en_pdf)).metadata
    assert meta.title == "协商还款申请书"
    assert not meta.get("/Author")
    assert not meta.get("/Subject") and not meta.get("/Keywords")
    assert meta.producer == "NegoPlan" and meta.creator == "NegoPlan"


def test_page_numbers_restart_for_each_document(zh_en_pdf: bytes) -> None:
    pages = [squash(t) for t in page_texts(zh_en_pdf)]
    assert len(pages) == 4  # zh: letter + page break; en: letter + page break
    assert "第1页共2页" in pages[0] and "第2页共2页" in pages[1]
    assert "Page1of2" in pages[2] and "Page2of2" in pages[3]


def test_each_document_starts_on_a_new_page(zh_en_pdf: bytes) -> None:
    pages = page_texts(zh_en_pdf)
    assert "Repayment proposal" in pages[2] and "Repayment proposal" not in pages[1]


def test_long_table_repeats_its_header_on_every_page() -> None:
    intro = d.Paragraph(LONG_PARAGRAPH * 2, indent=True)
    doc = d.Document(
        "还款计划表", "zh", (d.Title("还款计划表"), intro, d.Heading("计划"), schedule(80))
    )
    pages = [squash(t) for t in page_texts(render_pdf([doc]))]
    assert len(pages) >= 3
    # The heading keeps with the start of the table, not the whole of it: no half-empty page 1.
    assert "2027-01-15" in pages[0]
    for number, page in enumerate(pages, 1):
        assert all(squash(c.title) in page for c in SCHEDULE_COLUMNS), number
        assert f"第{number}页共{len(pages)}页" in page
    assert "99,999.00" in pages[-1]  # the totals row comes last


def test_sixty_row_letter_is_small() -> None:
    assert len(render_pdf([zh_letter(rows=60)])) < 1_000_000


def test_no_closing_punctuation_starts_a_line() -> None:
    doc = d.Document(
        "说明", "zh", tuple(d.Paragraph(LONG_PARAGRAPH * 3, indent=True) for _ in range(3))
    )
    for line in page_texts(render_pdf([doc]))[0].splitlines():
        assert not (line and line[0] in KINSOKU_CANNOT_START), line


def test_justified_chinese_lines_are_spaced_out() -> None:
    # reportlab alone justifies only at spaces; CJK lines get character spacing (PDF Tc).
    doc = d.Document("说明", "zh", (d.Paragraph(LONG_PARAGRAPH, indent=True),))
    page = PdfReader(io.BytesIO(render_pdf([doc]))).pages[0]
    spacings = re.findall(rb"(-?[\d.]+) Tc", page.get_contents().get_data())
    assert any(float(value) != 0 for value in spacings)


# --- behaviour -------------------------------------------------------------------


def test_missing_glyphs_raise_before_anything_is_written() -> None:
    table = d.Table((d.Column("姓名"),), (("𠀀先生",),))
    out = io.BytesIO()
    with pytest.raises(MissingGlyphs) as caught:
        render_pdf([zh_letter(), d.Document("x", "zh", (table, d.Note("好😀")))], out)
    assert caught.value.chars == ["𠀀", "😀"]
    assert out.getvalue() == b""


def test_out_receives_the_returned_bytes_and_invariant_is_stable() -> None:
    out = io.BytesIO()
    data = render_pdf([en_letter()], out, invariant=True)
    assert out.getvalue() == data
    assert data.startswith(b"%PDF-")
    assert render_pdf([en_letter()], invariant=True) == data


def test_no_documents_is_an_error() -> None:
    with pytest.raises(ValueError):
        render_pdf([])


def test_markup_escapes_and_keeps_line_breaks_and_ideographic_spaces() -> None:
    assert markup("a<b>&c\nd\r\ne\tf") == "a&lt;b&gt;&amp;c<br/>d<br/>e f"
    assert markup("日期：\u3000年") == "日期：&#12288;年"

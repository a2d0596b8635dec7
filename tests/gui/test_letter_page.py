"""Step ⑤ 申请书: the preview is the letter command's PDF; print, export, the letter's facts.

Driven through the real widgets offscreen on the bundled seed example
(today 2026-11-24). The PDF text is read back with pypdf from the very bytes
the page previews, prints and exports.
"""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

from app.gui.i18n import problem_text
from app.gui.pages.letter import LetterPage, date_parser, valid_id_last4
from app.gui.printing import new_printer, pages_to_print, print_pdf_pages
from calc.errors import CalcError

from .typing_helpers import type_text

MEITUAN = "重庆美团三快小额贷款有限公司"
ANT = "重庆蚂蚁消费金融有限公司"


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "".join(page.extract_text() for page in reader.pages)


def pdf_pages(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def wait_preview(qtbot, page: LetterPage, after: int) -> None:
    """Wait until the page has rebuilt its preview since ``after`` and nothing is pending."""
    qtbot.waitUntil(lambda: page.generated > after and not page.preview_pending(), timeout=10000)


@pytest.fixture
def page(doc, qtbot):
    p = LetterPage(doc)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    wait_preview(qtbot, p, 0)
    return p



def retype(qtbot, edit, text: str) -> None:
    """Replace the field's text by typing, then press Enter."""
    edit.setFocus()
    edit.selectAll()
    if not text:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# -- the preview --------------------------------------------------------------------------

def test_preview_shows_the_first_creditors_letter(page):
    pdf = page.pdf_document()
    assert pdf.status() == QPdfDocument.Status.Ready
    assert pdf.pageCount() >= 2
    assert page.selected_debt_id() == "meituan"
    text = pdf_text(page.pdf_bytes())
    assert MEITUAN in text and "协商还款申请书" in text and "张伟" in text
    assert pdf_pages(page.pdf_bytes()) == pdf.pageCount()
    headline = page.headline.text()
    assert headline == f"致 {MEITUAN}：协商还款申请书（{pdf.pageCount()} 页）"
    assert not page.warning.isVisible()  # the seed's proposal fits its budget
    assert page.print_button.isEnabled() and page.export_button.isEnabled()
    assert page.is_complete()


def test_preview_is_the_letter_commands_pdf(page, doc):
    """Same plan, same options → the same text as app.letters.build gives the CLI."""
    from app.letters.build import letter_documents, render

    docs, _, _ = letter_documents(doc.results.plan, doc.rules, "zh", debt_ids=["meituan"])
    assert pdf_text(render(docs)) == pdf_text(page.pdf_bytes())


def test_switching_creditor_changes_the_pdf(page, qtbot):
    before = page.pdf_bytes()
    n = page.generated
    page.creditor_combo.setFocus()
    qtbot.keyClick(page.creditor_combo, Qt.Key.Key_Down)
    assert page.selected_debt_id() == "jiebei"
    wait_preview(qtbot, page, n)
    text = pdf_text(page.pdf_bytes())
    assert page.pdf_bytes() != before
    assert ANT in text and "延期还款申请书" in text
    assert f"{MEITUAN}：" not in text  # addressed to 蚂蚁 now
    assert page.headline.text().startswith(f"致 {ANT}：延期还款申请书")


def test_attachment_checkboxes_drop_pages(page, qtbot):
    full = page.pdf_document().pageCount()
    assert "还款计划表" in pdf_text(page.pdf_bytes())
    n = page.generated
    qtbot.mouseClick(page.attach_schedule, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not page.attach_schedule.isChecked()
    wait_preview(qtbot, page, n)
    n = page.generated
    qtbot.mouseClick(page.attach_budget, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    wait_preview(qtbot, page, n)
    text = pdf_text(page.pdf_bytes())
    assert page.pdf_document().pageCount() < full
    assert "家庭收支情况表" not in text  # neither the page nor its line in the 附件 list
    assert "还款计划表" not in text
    assert "困难情况说明" in text  # still attached


def test_letter_in_english(page, qtbot):
    n = page.generated
    page.lang_combo.setFocus()
    qtbot.keyClick(page.lang_combo, Qt.Key.Key_Down)
    assert page.letter_lang() == "en"
    wait_preview(qtbot, page, n)
    text = pdf_text(page.pdf_bytes())
    assert "Request for a Negotiated Repayment Plan" in text
    assert "协商还款申请书" not in text
    assert page.headline.text().startswith(f"致 {MEITUAN}：Request for a Negotiated")
    # the proof checklist follows the letter's language
    assert "Proof of unemployment or of leaving my job (termination notice)" in page.proof_items()


def test_over_budget_warning_as_the_cli_gives_it(page, doc, qtbot):
    n = page.generated
    doc.set(("household", "expenses", 0, "monthly"), "2000.00", "test")
    doc.flush()
    wait_preview(qtbot, page, n)
    assert page.warning.isVisible()
    warning = page.warning.text()
    assert "注意：致重庆美团三快小额贷款有限公司的方案每期最多349.36元" in warning
    assert "240.92" in warning
    assert page.preview.has_pdf()  # a warning, not a refusal


def test_plan_with_errors_shows_the_problem_and_no_preview(page, doc, qtbot):
    n = page.generated
    doc.set(("debts", 0, "principal"), "很多", "test")
    doc.flush()
    wait_preview(qtbot, page, n)
    assert page.pdf_bytes() == b""
    assert page.preview.showing_message()
    message = page.preview.message.text()
    assert doc.results.errors
    assert problem_text(doc.results.errors[0]) in message
    assert page.headline.text() == "申请书暂时无法生成"
    assert not page.print_button.isEnabled() and not page.export_button.isEnabled()
    assert page.export_pdf("/nonexistent/never.pdf") is False
    assert not page.is_complete()
    # fixed → the letter comes back
    n = page.generated
    doc.undo_stack.undo()
    doc.flush()
    wait_preview(qtbot, page, n)
    assert page.preview.has_pdf()


def test_missing_glyph_is_named_instead_of_a_preview(page, doc, qtbot):
    n = page.generated
    doc.set(("borrower", "address"), "浙江省杭州市𠀀村", "test")  # U+20000: outside GBK
    doc.flush()
    wait_preview(qtbot, page, n)
    assert page.pdf_bytes() == b""
    message = page.preview.message.text()
    assert "𠀀" in message and "申请书字体无法" in message


def test_no_debts_says_so(empty_doc, qtbot):
    p = LetterPage(empty_doc)
    qtbot.addWidget(p)
    p.show()
    wait_preview(qtbot, p, 0)
    assert p.pdf_bytes() == b""
    assert "计划中没有债务" in p.preview.message.text()
    assert not p.is_complete()


def test_reportlab_is_not_imported_until_the_page_needs_a_pdf():
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from datetime import date\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from app.gui.document import PlanDocument\n"
        "from app.gui.pages.letter import LetterPage\n"
        "from app.resources import example_plan_path\n"
        "from app.rules_data import load_rules\n"
        "d = PlanDocument(load_rules(), today=lambda: date(2026, 11, 24))\n"
        "d.open(example_plan_path(), example=True)\n"
        "p = LetterPage(d)\n"
        "print('reportlab' in sys.modules)\n"
        "os._exit(0)\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                         timeout=120, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"


# -- export and print -------------------------------------------------------------------

def test_export_pdf_writes_the_letter_owner_only(page, tmp_path):
    target = tmp_path / "x.pdf"
    assert page.export_pdf(str(target)) is True
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert data == page.pdf_bytes()
    text = pdf_text(data)
    assert MEITUAN in text and "张伟" in text
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_export_pdf_failure_is_a_message_not_a_traceback(page, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("app.gui.export.QMessageBox.warning",
                        lambda parent, title, text: shown.append((title, text)))
    assert page.export_pdf(str(tmp_path / "missing-folder" / "x.pdf")) is False
    assert shown and shown[0][0] == "导出失败"
    assert "无法保存到" in shown[0][1] and "Traceback" not in shown[0][1]


def test_default_export_path(page, doc, tmp_path):
    # the bundled example is never written next to: the documents folder instead
    assert page.default_export_path().name == "seed-meituan-meituan.pdf"
    assert page.default_export_path().parent != Path(doc.path).parent
    doc.mark_saved(tmp_path / "我的计划.negoplan.json")
    assert page.default_export_path() == tmp_path / "我的计划-meituan.pdf"


def test_export_through_the_file_dialog(page, tmp_path, monkeypatch):
    chosen = tmp_path / "申请书"
    monkeypatch.setattr("app.gui.export.QFileDialog.getSaveFileName",
                        lambda *args, **kw: (str(chosen), "PDF"))
    page.export_button.click()
    assert (tmp_path / "申请书.pdf").read_bytes() == page.pdf_bytes()


def _pdf_printer(path: Path) -> QPrinter:
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)  # keeps the test light; real printers keep theirs (≤ 300 dpi used)
    return printer


def test_print_pdf_pages_to_a_pdf_file(page, tmp_path):
    out = tmp_path / "printed.pdf"
    printer = _pdf_printer(out)
    count = page.pdf_document().pageCount()
    assert print_pdf_pages(page.pdf_document(), printer) == count
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_pages(data) == count


def test_print_respects_the_page_range(page, tmp_path):
    out = tmp_path / "range.pdf"
    printer = _pdf_printer(out)
    printer.setFromTo(2, 3)
    assert pages_to_print(page.pdf_document().pageCount(), printer) == [1, 2]
    assert print_pdf_pages(page.pdf_document(), printer) == 2
    assert pdf_pages(out.read_bytes()) == 2


def test_pages_to_print_copies_and_order():
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    if printer.supportsMultipleCopies():
        pytest.skip("this printer makes copies itself")
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    assert pages_to_print(3, printer) == [0, 1, 2, 0, 1, 2]
    printer.setCollateCopies(False)
    assert pages_to_print(3, printer) == [0, 0, 1, 1, 2, 2]
    printer.setCopyCount(1)
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert pages_to_print(3, printer) == [2, 1, 0]


def test_print_letter_through_the_print_dialog(page, tmp_path, monkeypatch):
    out = tmp_path / "dialog.pdf"
    printer = page.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    assert page.print_letter() is True
    assert pdf_pages(out.read_bytes()) == page.pdf_document().pageCount()
    # cancelled: nothing printed
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    assert page.print_letter() is False


def test_print_preview_draws_the_same_pages(page, tmp_path, monkeypatch):
    out = tmp_path / "preview.pdf"
    target = _pdf_printer(out)

    def fake_exec(dialog):
        dialog.paintRequested.emit(target)  # what the preview widget does to draw
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    assert page.print_preview() is True
    assert pdf_pages(out.read_bytes()) == page.pdf_document().pageCount()


# -- the letter's facts -------------------------------------------------------------------

def test_typing_the_borrower_name_updates_plan_and_letter(page, doc, qtbot):
    n = page.generated
    retype(qtbot, page.name_edit, "李小明")
    assert doc.get(("borrower", "name")) == "李小明"
    assert doc.undo_stack.undoText() == "修改姓名"
    doc.flush()
    wait_preview(qtbot, page, n)
    assert "李小明" in pdf_text(page.pdf_bytes())
    doc.undo_stack.undo()
    assert page.name_edit.text() == "张伟"


def test_empty_name_makes_the_step_incomplete(page, doc, qtbot):
    assert page.is_complete()
    with qtbot.waitSignal(page.completeChanged):
        retype(qtbot, page.name_edit, " ")
        doc.flush()
    assert doc.get(("borrower", "name")) == ""
    assert not page.is_complete()


def test_invalid_id_last4_shows_a_message_and_writes_nothing(page, doc, qtbot):
    depth = doc.undo_stack.count()
    retype(qtbot, page.id_edit, "12A4")
    assert page.id_message.isVisible()
    assert "4 个字符" in page.id_message.text()
    assert doc.get(("borrower", "id_last4")) == "3015"
    assert doc.undo_stack.count() == depth
    retype(qtbot, page.id_edit, "330102199001011234")  # the whole ID: refused, never stored
    assert doc.get(("borrower", "id_last4")) == "3015"
    retype(qtbot, page.id_edit, "301x")
    assert not page.id_message.isVisible()
    assert doc.get(("borrower", "id_last4")) == "301X"
    assert page.id_edit.text() == "301X"


def test_valid_id_last4_rules():
    assert valid_id_last4("1234") == "1234"
    assert valid_id_last4(" 123x ") == "123X"
    assert valid_id_last4("") == ""
    for bad in ("123", "12345", "X123", "12 4", "abcd", "１２３４"):
        assert valid_id_last4(bad) is None, bad


def test_phone_and_address(page, doc, qtbot):
    retype(qtbot, page.phone_edit, "13912345678")
    retype(qtbot, page.address_edit, "浙江省宁波市")
    assert doc.get(("borrower", "phone")) == "13912345678"
    assert doc.get(("borrower", "address")) == "浙江省宁波市"


def test_hardship_reason_checkbox_writes_the_reasons(page, doc, qtbot):
    box = page.reason_boxes["illness"]
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert doc.get(("hardship", "reasons")) == ["unemployment", "income_drop", "illness"]
    assert doc.undo_stack.undoText() == "修改困难原因"
    assert "诊断证明书、住院病历或出院小结、医疗费用票据" in page.proof_items()
    qtbot.mouseClick(page.reason_boxes["unemployment"], Qt.MouseButton.LeftButton,
                     pos=QPoint(5, 5))
    assert doc.get(("hardship", "reasons")) == ["income_drop", "illness"]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.get(("hardship", "reasons")) == ["unemployment", "income_drop"]
    assert page.reason_boxes["unemployment"].isChecked()
    assert not page.reason_boxes["illness"].isChecked()


def _box(page, item: str):
    return next(b for b in page.doc_boxes if b.isVisible() and b.property("item") == item)


def test_proof_checklist_comes_from_the_letter_templates(page):
    from app.letters.templates import load_templates

    t = load_templates("zh")
    items = page.proof_items()
    # the usual proofs for the chosen reasons first, then the borrower's own documents
    assert items[:2] == [t("attach.reason.unemployment"), t("attach.reason.income_drop")]
    assert items[2:] == ["解除劳动合同证明", "近六个月银行流水", "临时工工资记录"]
    assert [b.isChecked() for b in page.doc_boxes if b.isVisible()] == [False, False, True, True, True]


def test_ticking_proofs_writes_the_documents(page, doc, qtbot):
    proof = page.proof_items()[0]
    qtbot.mouseClick(_box(page, proof), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert doc.get(("hardship", "documents"))[-1] == proof
    qtbot.mouseClick(_box(page, "临时工工资记录"), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert doc.get(("hardship", "documents")) == ["解除劳动合同证明", "近六个月银行流水", proof]
    assert doc.undo_stack.undoText() == "修改证明材料"
    # the unticked own document stays in the list (to tick again) until the list is rebuilt
    retype(qtbot, page.doc_add_edit, "房屋租赁合同")
    assert doc.get(("hardship", "documents"))[-1] == "房屋租赁合同"
    assert _box(page, "房屋租赁合同").isChecked()
    assert page.doc_add_edit.text() == ""


def test_clicking_a_proofs_text_ticks_it(page, doc, qtbot):
    proof = page.proof_items()[1]
    row = _box(page, proof).parentWidget()
    assert row.label.text() == proof  # the text wraps in its own label
    qtbot.mouseClick(row.label, Qt.MouseButton.LeftButton)
    assert _box(page, proof).isChecked()
    assert proof in doc.get(("hardship", "documents"))


def test_ticked_proofs_reach_the_letters_attachments(page, doc, qtbot):
    n = page.generated
    qtbot.mouseClick(_box(page, page.proof_items()[0]), Qt.MouseButton.LeftButton,
                     pos=QPoint(5, 5))
    doc.flush()
    wait_preview(qtbot, page, n)
    assert "失业登记证明或离职证明" in pdf_text(page.pdf_bytes())


def test_story_commits_when_the_field_loses_focus(page, doc, qtbot):
    page.story_edit.setFocus()
    page.story_edit.selectAll()
    type_text(qtbot, page.story_edit, "公司倒闭后失业。")
    assert doc.get(("hardship", "story")) != "公司倒闭后失业。"  # not on every key
    page.name_edit.setFocus()  # leave the field
    qtbot.waitUntil(lambda: doc.get(("hardship", "story")) == "公司倒闭后失业。")
    assert doc.undo_stack.undoText() == "修改困难经过"


def test_since_and_income_before(page, doc, qtbot):
    depth = doc.undo_stack.count()
    retype(qtbot, page.since_edit.edit, "2026-13-01")
    assert page.since_edit.message.isVisible()
    assert doc.get(("hardship", "since")) == "2026-06-30"
    assert doc.undo_stack.count() == depth
    retype(qtbot, page.since_edit.edit, "2026年5月1日")
    assert doc.get(("hardship", "since")) == "2026-05-01"
    assert page.since_edit.text() == "2026-05-01"
    retype(qtbot, page.since_edit.edit, "")
    assert doc.get(("hardship", "since")) is None
    retype(qtbot, page.income_before_edit.edit, "1.2万")
    assert doc.get(("hardship", "income_before")) == "12000.00"
    assert page.income_before_edit.text() == "12,000.00"


def test_date_parser():
    parse = date_parser()
    assert parse("2026-6-30") == ("2026-06-30", "2026-06-30")
    assert parse(" ") == (None, "")
    with pytest.raises(CalcError) as bad:
        parse("2026-02-30")
    assert bad.value.code == "date.invalid"
    with pytest.raises(CalcError) as old:
        parse("1900-01-01")
    assert old.value.code == "date.out_of_range"


def test_new_plan_refreshes_every_field(page, doc, qtbot):
    doc.new()
    assert page.name_edit.text() == ""
    assert not any(b.isChecked() for b in page.reason_boxes.values())
    assert page.creditor_combo.count() == 0
    assert page.story_edit.toPlainText() == ""


def test_ui_language_switch_relabels_and_follows(page, qtbot):
    from app.gui.i18n import set_language

    assert page.step_title() == "申请书"
    set_language("en")
    page.retranslate()  # (also runs on LanguageChange)
    assert page.letter_lang() == "en"  # not chosen by hand: follows the UI
    set_language("zh")
    page.retranslate()
    page.set_letter_lang("en")  # chosen by hand: stays
    set_language("zh")
    page.retranslate()
    assert page.letter_lang() == "en"

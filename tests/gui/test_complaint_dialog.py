"""The complaint dialog of step ⑥ (写投诉稿…): routed channels with why, the draft's PDF
preview, plain text for online forms, PDF export, the lender's reply dates.

Expected values come from the same functions the CLI uses (the GUI must show
what ``negoplan complaint`` says): ``debt_advice`` / ``channel_texts`` for the
advice, ``complaint_draft`` + ``complaint_text`` for the draft, and the
templates for the wording. The seed example (resources/examples/seed-meituan.json)
is about 重庆美团三快小额贷款有限公司, a microcredit company: lender first, then
the local financial regulator (not 12378), 12321 for the contact with the
mother, 110 for the threat (rules.md §6). Reply dates: a bank card debt filed
on 2026-11-24 → 2026-12-09 / 2026-12-24 / 2027-01-23 (15 / 30 / 60 days,
calc/complaints.py).
"""

from __future__ import annotations

import copy
import io
import json
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.evidence_files import import_file
from app.gui.i18n import set_language
from app.gui.pages.collection import CollectionPage
from app.gui.widgets.complaint_dialog import ComplaintDialog
from app.letters.complaint import channel_texts, complaint_text
from app.letters.complaint_cli import complaint_draft, complaint_templates, debt_advice
from app.resources import example_plan_path
from calc.complaints import complaint_deadlines

from .conftest import TODAY

NOW = QDateTime(QDate(2026, 11, 24), QTime(9, 0))


def _dialog(doc, qtbot, **kwargs) -> ComplaintDialog:
    d = ComplaintDialog(doc, **kwargs)
    qtbot.addWidget(d)
    d.show()
    return d


@pytest.fixture
def dialog(doc, qtbot) -> ComplaintDialog:
    return _dialog(doc, qtbot)


def _seed() -> dict:
    return json.loads(example_plan_path().read_text(encoding="utf-8"))


def _bank_data() -> dict:
    """The seed plus two entries about the card debt (招商银行…信用卡中心): a bank, with deadlines."""
    data = _seed()
    data["evidence"] += [
        {"at": "2026-11-22T07:20", "channel": "call", "from": "025-66660000",
         "collector": "自称招行委外 王某", "target": "colleague", "target_name": "单位主管",
         "attempts": 2, "answered": True, "summary": "向主管询问本人欠款",
         "tags": ["disclosure"], "debt": "card"},
        {"at": "2026-11-23T12:00", "channel": "wechat", "from": "微信号 zhao_cs01",
         "collector": "自称法院执行局", "target": "self", "attempts": 1, "answered": True,
         "summary": "发来“传票”图片", "tags": ["impersonation", "fake_document"], "debt": "card"},
    ]
    return data


def _expected_advice(doc, debt_id: str):
    plan = doc.results.plan
    report, advice = debt_advice(plan, doc.rules, debt_id)
    deadlines = complaint_deadlines(TODAY, doc.rules)
    return channel_texts(complaint_templates("zh"), report, advice, deadlines)


# --- channels ----------------------------------------------------------------------------------

def test_the_seed_debt_is_offered_first_with_its_routed_channels(dialog, doc) -> None:
    assert dialog.debts() == ["meituan", "jiebei", "card"]
    assert dialog.selected_debt_id() == "meituan"  # the debt the log is linked to
    # rules.md §6: a 小贷 goes to the local regulator, not 12378; lender first
    assert dialog.channels() == ["lender", "local_finance", "12321", "110"]
    expected = _expected_advice(doc, "meituan")
    assert [c.text for c in dialog.cards] == expected
    t = complaint_templates("zh").text
    first = dialog.cards[0]
    assert first.radio.text() == "1. " + t("channel.lender")
    assert first.radio.isChecked() and dialog.selected_channel() == "lender"
    body = first.body.text()
    assert t("reason.lender_first") in body and t("reason.no_reply_deadline") in body
    assert body.splitlines()[0] == expected[0].why.strip()  # the CLI's line, unindented
    assert t("reason.supervises_microcredit") in dialog.cards[1].body.text()
    assert t("lender_type.microcredit") in dialog.intro.text()
    assert t("advice.unlinked", n=1) in dialog.intro.text()  # the SMS names no debt
    # a microcredit company: no reply deadline on file, so no dates
    assert dialog.deadline.isHidden()


def test_the_preview_shows_the_drafts_pdf(dialog, doc) -> None:
    from pypdf import PdfReader

    assert dialog.pdf_document().status() == QPdfDocument.Status.Ready
    assert dialog.pdf_document().pageCount() >= 1
    expected, _ = complaint_draft(doc.results.plan, doc.rules, channel="lender",
                                  debt_id="meituan", lang="zh", today=TODAY)
    assert dialog.document() == expected
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(dialog.pdf_bytes())).pages)
    assert "重庆美团三快小额贷款有限公司" in text.replace(" ", "").replace("\n", "")


def test_picking_a_channel_and_a_language_changes_the_draft(dialog, doc, qtbot) -> None:
    radio = dialog.cards[3].radio
    dialog.cards_scroll.ensureWidgetVisible(radio)
    # on the button's own text (a radio button takes clicks on its indicator and label only)
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(12, radio.height() // 2))
    assert dialog.selected_channel() == "110"
    t = complaint_templates("zh").text
    assert dialog.plain_text().startswith(t("title.110", creditor="重庆美团三快小额贷款有限公司"))
    dialog.set_draft_lang("en")
    en = complaint_templates("en").text
    assert dialog.plain_text().startswith(en("title.110", creditor="重庆美团三快小额贷款有限公司"))
    assert dialog.pdf_document().status() == QPdfDocument.Status.Ready
    assert dialog.intro.text().startswith(t("advice.lender_type", kind=t("lender_type.microcredit")))


def test_a_bank_debt_shows_the_lenders_reply_dates(doc, qtbot) -> None:
    doc.load_data(_bank_data(), None)
    d = _dialog(doc, qtbot, debt_id="card")
    assert d.selected_debt_id() == "card"
    assert d.channels() == ["lender", "12378", "12321", "110"]
    assert d.selected_channel() == "lender"
    t = complaint_templates("zh").text
    dates = t("advice.dates", today="2026-11-24", reply_due="2026-12-09",
              extended_due="2026-12-24", final_due="2027-01-23").strip()
    assert d.deadline.isVisible() and d.deadline.text() == dates
    assert "2026-12-09" in d.deadline.text()
    d.select_channel("12378")  # a regulator has no reply dates of the lender's
    assert d.deadline.isHidden()
    d.select_channel("lender")
    assert d.deadline.text() == dates
    # the draft asks the lender for a reply within the rule's days
    assert t("demand.reply_deadline", reply=15, extended=30) in d.plain_text()


def test_a_debt_without_entries_says_so(dialog) -> None:
    dialog.select_debt("jiebei")
    assert dialog.channels() == []
    assert dialog.preview.showing_message()
    assert not dialog.copy_button.isEnabled() and not dialog.export_button.isEnabled()
    assert "没有这笔债务的催收" in dialog.intro.text()


# --- copy and export ---------------------------------------------------------------------------

def test_copy_puts_the_plain_text_on_the_clipboard(dialog, doc, qtbot) -> None:
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    expected, _ = complaint_draft(doc.results.plan, doc.rules, channel="lender",
                                  debt_id="meituan", lang="zh", today=TODAY)
    assert QGuiApplication.clipboard().text() == complaint_text(expected)
    assert "已复制" in dialog.status.text()


def test_export_writes_the_pdf_owner_only(dialog, qtbot, tmp_path, monkeypatch) -> None:
    target = tmp_path / "投诉稿"
    seen = {}

    def ask(parent, caption, start, filters):
        seen["start"] = start
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warning {a[1:]}"))
    dialog.select_channel("local_finance")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = Path(str(target) + ".pdf")
    assert written.read_bytes() == dialog.pdf_bytes()
    assert stat.S_IMODE(os.stat(written).st_mode) == 0o600
    # as `negoplan complaint -o DIR/` names it
    assert seen["start"].endswith("seed-meituan-meituan-complaint-local_finance.pdf")


# --- following the plan ------------------------------------------------------------------------

def test_no_draft_while_the_plan_has_errors(dialog, doc) -> None:
    doc.set(("debts", 0, "principal"), "-1", "bad")
    doc.flush()
    assert dialog.preview.showing_message()
    assert "结果未更新" in dialog.preview.message.text()
    assert not dialog.copy_button.isEnabled() and not dialog.export_button.isEnabled()
    doc.undo_stack.undo()
    doc.flush()
    assert dialog.channels()[0] == "lender" and dialog.preview.has_pdf()


def test_altered_or_missing_attachments_are_named(doc, qtbot, tmp_path) -> None:
    plan_path = tmp_path / "张伟.json"
    data = _seed()
    plan_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    src = tmp_path / "录音.m4a"
    src.write_bytes(b"voice")
    file, digest = import_file(plan_path, src, now=NOW.toPython())
    entry = copy.deepcopy(data["evidence"][0])
    entry["files"] = [file, "张伟-证据/不见了.png"]
    entry["file_hashes"] = {file: digest}
    data["evidence"][0] = entry
    plan_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    doc.open(plan_path)
    d = _dialog(doc, qtbot)
    assert d.files_warning.text().splitlines()[0] == "✗ 找不到附件：张伟-证据/不见了.png"
    (tmp_path / file).write_bytes(b"voice, cut")
    d.refresh()
    assert f"✗ 附件在添加后被改动过（与记下的校验值不同）：{file}" in d.files_warning.text()
    assert digest in d.plain_text()  # the draft lists the recorded hash


def test_the_pages_button_opens_it_on_the_selected_entrys_debt(doc, qtbot) -> None:
    doc.load_data(_bank_data(), None)
    page = CollectionPage(doc, now=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    page._select_row(3)  # an entry about the card debt
    qtbot.mouseClick(page.complaint_button, Qt.MouseButton.LeftButton)
    d = page.complaint_dialog
    qtbot.addWidget(d)
    assert d is not None and d.isVisible()
    assert d.selected_debt_id() == "card"
    page._select_row(0)  # about meituan
    assert page.open_complaint_dialog() is d and d.selected_debt_id() == "meituan"


def test_language_switch_relabels(dialog) -> None:
    tr = QCoreApplication.translate
    set_language("en")
    try:
        assert dialog.windowTitle() == tr("ComplaintDialog", "写投诉稿")
        en = complaint_templates("en").text
        assert dialog.cards[0].radio.text() == "1. " + en("channel.lender")
    finally:
        set_language("zh")
    assert dialog.windowTitle() == "写投诉稿"

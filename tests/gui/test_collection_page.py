"""Step ⑥ 应对催收: the evidence timeline, quick entry from the keyboard, filters, undo,
the violations from calc, the family script PDF.

Expected findings come from ``calc.evidence.check_evidence`` on the plan (the
page must show what calc found, in the evidence templates' wording) and from
the seed story in ``resources/examples/seed-meituan.json`` (mother called on
2026-11-20 at 21:40, an SMS at 22:35 the next night). The clock is fixed:
"now" is 2026-11-24 09:00 (the fixtures' today).
"""

from __future__ import annotations

import copy
import doctest
import hashlib
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.gui.i18n import set_language
from app.gui.models import evidence_model
from app.gui.models.evidence_model import (
    ANY_RULE,
    RULES_ROLE,
    Col,
    EvidenceFilter,
    EvidenceModel,
    TargetFilter,
    evidence_report,
)
from app.gui.pages.collection import CollectionPage
from app.letters.templates import load_templates
from app.resources import example_plan_path
from calc.evidence import check_evidence

from .typing_helpers import type_text as _keys

NOW = QDateTime(QDate(2026, 11, 24), QTime(9, 0))

#: The seed story's night call, as the quick-entry form must write it (plan-file.md).
NIGHT_CALL = {
    "at": "2026-11-22T23:10",
    "channel": "call",
    "from": "0571-88880000",
    "collector": "自称律师 李某",
    "target": "family",
    "target_name": "母亲",
    "attempts": 1,
    "answered": True,
    "summary": "半夜打给母亲催款",
}



def _make_page(doc, qtbot) -> CollectionPage:
    p = CollectionPage(doc, now=lambda: NOW)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    p.activateWindow()
    qtbot.waitUntil(p.isActiveWindow, timeout=2000)
    return p


@pytest.fixture
def page(doc, qtbot):
    return _make_page(doc, qtbot)


@pytest.fixture
def empty_page(empty_doc, qtbot):
    return _make_page(empty_doc, qtbot)


def _focused():
    return QApplication.focusWidget()


def _tab(qtbot) -> None:
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)


def _type_night_call(qtbot, page: CollectionPage) -> None:
    """Log the night call with the keyboard only, field by field in tab order."""
    form = page.form
    qtbot.mouseClick(page.quick_button, Qt.MouseButton.LeftButton)
    assert _focused() is form.when_edit
    assert form.when_edit.text() == "2026-11-24 09:00"  # now, selected: typing replaces it
    _keys(qtbot, form.when_edit, "2026-11-22 23:10")
    _tab(qtbot)
    assert _focused() is form.channel_combo  # 电话 is the default
    _tab(qtbot)
    _keys(qtbot, _focused(), "0571-88880000")
    _tab(qtbot)
    assert _focused() is form.collector_edit
    _keys(qtbot, form.collector_edit, "自称律师 李某")
    _tab(qtbot)
    assert _focused() is form.target_combo
    qtbot.keyClick(form.target_combo, Qt.Key.Key_Down)  # 本人 → 家人
    _tab(qtbot)
    assert _focused() is form.target_name_edit
    _keys(qtbot, form.target_name_edit, "母亲")
    _tab(qtbot)
    assert _focused() is form.attempts_spin  # 1 is the default
    _tab(qtbot)
    assert _focused() is form.answered_box
    qtbot.keyClick(form.answered_box, Qt.Key.Key_Space)
    _tab(qtbot)
    assert _focused() is form.summary_edit
    _keys(qtbot, form.summary_edit, "半夜打给母亲催款")
    qtbot.keyClick(form.summary_edit, Qt.Key.Key_Return)


def _rows(page: CollectionPage, col: Col = Col.TIME) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def _zh() -> object:
    return load_templates("zh", "evidence")


# -- the model -------------------------------------------------------------------------------

def test_model_and_filter_pass_qtmodeltester(doc, qtmodeltester) -> None:
    model = EvidenceModel(doc)
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # the seed's two entries
    proxy = EvidenceFilter()
    proxy.setSourceModel(model)
    proxy.sort(Col.TIME, Qt.SortOrder.DescendingOrder)
    proxy.set_target(TargetFilter.THIRD)
    proxy.set_rule("night")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_model_shows_the_file_values_and_calcs_findings(doc) -> None:
    model = EvidenceModel(doc)
    report = check_evidence(doc.results.plan.evidence, doc.rules.collection)
    cell = lambda row, col: model.index(row, col).data()
    assert cell(0, Col.TIME) == "2026-11-20 21:40"
    assert cell(0, Col.CHANNEL) == "电话"
    assert cell(1, Col.CHANNEL) == "短信"
    assert cell(0, Col.TARGET) == "母亲（家人）"
    assert cell(0, Col.ATTEMPTS) == "3"
    assert cell(0, Col.ANSWERED) == "是"
    assert cell(0, Col.COLLECTOR) == "自称美团合作律所 张某 工号 0231"
    assert "把我欠钱的事告诉了别人" in cell(0, Col.TAGS)
    # the violations column: exactly the rules calc lists the entry under
    for row in (0, 1):
        keys = tuple(dict.fromkeys(v.key for v in report.violations if row in v.entries))
        assert model.index(row, 0).data(RULES_ROLE) == keys
    assert model.index(1, 0).data(RULES_ROLE) == ("night", "third_party", "public_shaming")
    assert "夜间催收" in cell(1, Col.VIOLATIONS)
    assert "夜间催收" not in cell(0, Col.VIOLATIONS)
    assert model.headerData(1, Qt.Orientation.Vertical) == "2"  # the report's [2]


def test_model_helpers_doctests() -> None:
    result = doctest.testmod(evidence_model, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 5
    assert result.failed == 0


# -- quick entry -----------------------------------------------------------------------------

def test_quick_entry_by_keyboard_logs_the_night_call(empty_doc, empty_page, qtbot) -> None:
    page = empty_page
    assert page.left.currentIndex() == 0  # the empty state
    _type_night_call(qtbot, page)
    assert empty_doc.get(("evidence",)) == [NIGHT_CALL]
    empty_doc.flush()
    # calc's verdict on that one entry: at night, and a third party
    report = evidence_report(empty_doc)
    assert [v.key for v in report.violations] == ["night", "third_party"]
    assert page.headline.text() == "已记录 1 条催收，发现 2 个问题：夜间催收、联系借款人以外的人"
    assert [c.violation.key for c in page.cards] == ["night", "third_party"]
    assert "夜间催收" in page.cards[0].title.text()
    assert "可在投诉中引用" in page.cards[0].next_step.text()
    assert "给家人的说明" in page.cards[1].next_step.text()
    assert page.left.currentIndex() == 1
    assert _rows(page) == ["2026-11-22 23:10"]
    # the form is empty again, ready for the next call, the cursor in the time field
    assert page.form.when_edit.text() == "2026-11-24 09:00"
    assert page.form.summary_edit.text() == ""
    assert page.form.target_combo.currentData() == "self"
    assert _focused() is page.form.when_edit
    assert page.is_complete()


def test_quick_entry_adds_to_the_seed_night_finding(doc, page, qtbot) -> None:
    night_before = next(v for v in page.model.report.violations if v.key == "night")
    assert night_before.entries == (1,)
    _type_night_call(qtbot, page)
    assert doc.get(("evidence", 2)) == NIGHT_CALL
    doc.flush()
    night = next(v for v in page.model.report.violations if v.key == "night")
    assert night.entries == (1, 2)  # the SMS at 22:35 and the call at 23:10
    assert page.headline.text().startswith("已记录 3 条催收，发现 5 个问题")
    assert "2 次联系" in page.cards[0].fact.text()


def test_time_alone_means_the_latest_such_moment(empty_doc, empty_page, qtbot) -> None:
    form = empty_page.form
    empty_page.start_quick_entry()
    _keys(qtbot, form.when_edit, "23:10")  # typed at 09:00: last night
    qtbot.keyClick(form.when_edit, Qt.Key.Key_Return)
    assert empty_doc.get(("evidence", 0, "at")) == "2026-11-23T23:10"
    assert empty_doc.get(("evidence", 0)) == {"at": "2026-11-23T23:10", "channel": "call",
                                              "target": "self", "attempts": 1,
                                              "answered": False}


def test_a_bad_time_is_not_saved(empty_doc, empty_page, qtbot) -> None:
    form = empty_page.form
    empty_page.start_quick_entry()
    _keys(qtbot, form.when_edit, "昨晚")
    qtbot.keyClick(form.when_edit, Qt.Key.Key_Return)
    assert empty_doc.count(("evidence",)) == 0
    assert form.when_error.isVisibleTo(empty_page)
    assert "21:40" in form.when_error.text()


def test_tags_have_plain_labels_and_the_legal_term_on_hover(page) -> None:
    from calc.model import EvidenceTag

    box = page.form.tag_boxes[EvidenceTag.IMPERSONATION]
    assert box.text() == "冒充警察、法院或律师"
    assert "法律用语：冒充他人身份" in box.toolTip()


def test_edit_an_entry_keeps_its_other_keys_and_undoes(doc, page, qtbot) -> None:
    page.table.selectRow(0)  # sorted by time: the 2026-11-20 call, entry 1
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form.edit_row == 0
    assert form.title() == "修改第 1 条记录"
    assert form.summary_edit.text() == "对母亲说了欠款金额，称要“上门走访”"
    form.attempts_spin.setFocus()
    form.attempts_spin.selectAll()
    qtbot.keyClicks(form.attempts_spin, "7")
    qtbot.keyClick(form.attempts_spin, Qt.Key.Key_Return)
    entry = doc.get(("evidence", 0))
    assert entry["attempts"] == 7
    assert entry["debt"] == "meituan" and entry["files"] == []  # kept as they were
    assert entry["tags"] == ["threat", "disclosure"]  # the form writes EvidenceTag order
    assert form.edit_row is None
    doc.flush()
    # 7 calls to the mother on 2026-11-20: over the 指引's 6 a day (calc's frequency rule)
    assert "frequency" in [v.key for v in page.model.report.violations]
    doc.undo_stack.undo()
    assert doc.get(("evidence", 0, "attempts")) == 3


# -- filters and sorting ---------------------------------------------------------------------

def test_filter_by_third_party_violation_and_words_and_sort_by_time(doc, page, qtbot) -> None:
    doc.insert(("evidence",), 2, {"at": "2026-11-19T10:05", "channel": "call",
                                  "from": "95188", "target": "self", "attempts": 2,
                                  "answered": True, "summary": "问何时还款"}, "test")
    doc.flush()
    assert _rows(page) == ["2026-11-19 10:05", "2026-11-20 21:40", "2026-11-21 22:35"]
    page.table.sortByColumn(Col.TIME, Qt.SortOrder.DescendingOrder)
    assert _rows(page) == ["2026-11-21 22:35", "2026-11-20 21:40", "2026-11-19 10:05"]
    page.table.sortByColumn(Col.TIME, Qt.SortOrder.AscendingOrder)

    page.target_filter.setCurrentIndex(page.target_filter.findData(TargetFilter.THIRD))
    assert _rows(page) == ["2026-11-20 21:40", "2026-11-21 22:35"]
    assert page.count_label.text() == "显示 2 / 3 条"
    page.target_filter.setCurrentIndex(page.target_filter.findData(TargetFilter.SELF))
    assert _rows(page) == ["2026-11-19 10:05"]
    page.target_filter.setCurrentIndex(0)

    # the violation filter offers what calc found
    offered = [page.rule_filter.itemData(i) for i in range(page.rule_filter.count())]
    assert offered == [None, ANY_RULE, "night", "third_party", "threat", "disclosure",
                       "public_shaming"]
    page.rule_filter.setCurrentIndex(page.rule_filter.findData("night"))
    assert _rows(page) == ["2026-11-21 22:35"]
    page.rule_filter.setCurrentIndex(page.rule_filter.findData(ANY_RULE))
    assert _rows(page) == ["2026-11-20 21:40", "2026-11-21 22:35"]
    page.rule_filter.setCurrentIndex(0)

    # a card's 「只看这些记录」 sets the same filter
    card = next(c for c in page.cards if c.violation.key == "threat")
    qtbot.mouseClick(card.show_button, Qt.MouseButton.LeftButton)
    assert page.rule_filter.currentData() == "threat"
    assert _rows(page) == ["2026-11-20 21:40"]
    page.clear_filters()

    page.search_edit.setFocus()
    _keys(qtbot, page.search_edit, "村委会")
    assert _rows(page) == ["2026-11-21 22:35"]
    page.search_edit.clear()
    _keys(qtbot, page.search_edit, "95188")
    assert _rows(page) == ["2026-11-19 10:05"]


def test_saving_an_entry_hidden_by_a_filter_shows_it(doc, page, qtbot) -> None:
    page.target_filter.setCurrentIndex(page.target_filter.findData(TargetFilter.SELF))
    assert _rows(page) == []
    _type_night_call(qtbot, page)  # a third party: the filter would hide it
    assert page.target_filter.currentData() == TargetFilter.ALL
    assert page.selected_row() == 2


# -- undo / redo -----------------------------------------------------------------------------

def test_undo_redo_of_add_and_remove(doc, page, qtbot) -> None:
    before = copy.deepcopy(doc.get(("evidence",)))
    _type_night_call(qtbot, page)
    assert doc.count(("evidence",)) == 3
    assert doc.undo_stack.undoText() == "记一笔催收"
    doc.undo_stack.undo()
    assert doc.get(("evidence",)) == before
    doc.flush()
    assert page.headline.text().startswith("已记录 2 条催收")
    doc.undo_stack.redo()
    assert doc.get(("evidence", 2)) == NIGHT_CALL

    # remove the first entry with the Delete key on the table
    page.table.setFocus()
    page.table.selectRow(0)
    assert page.selected_row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert doc.count(("evidence",)) == 2
    assert doc.get(("evidence", 0, "at")) == "2026-11-21T22:35"
    assert doc.undo_stack.undoText() == "删除催收记录"
    doc.undo_stack.undo()
    assert doc.get(("evidence",)) == [*before, NIGHT_CALL]
    doc.undo_stack.redo()
    assert doc.count(("evidence",)) == 2


# -- states ----------------------------------------------------------------------------------

def test_empty_state_explains_what_to_record(empty_doc, empty_page) -> None:
    page = empty_page
    assert page.headline.text() == "还没有催收记录"
    assert page.left.currentIndex() == 0
    assert "时间、号码、对方自称、联系了谁、说了什么" in page.empty_label.text()
    assert "投诉和协商的证据" in page.empty_label.text()
    assert not page.is_complete()
    assert not page.edit_button.isEnabled()
    assert page.safety_label.text().startswith("谨防付费“停息挂账”“代理维权”")
    assert "不是法律意见" in page.safety_label.text()


def test_no_stale_findings_while_the_plan_has_errors(doc, page) -> None:
    doc.set(("debts", 0, "principal"), "abc", "test")
    doc.flush()
    assert doc.results.errors
    assert page.model.report is None
    assert page.headline.text() == "已记录 2 条催收"  # the count of rows, no finding
    assert page.cards == []
    assert page.model.index(1, Col.VIOLATIONS).data() == "—"
    assert not page.family_button.isEnabled()
    assert page.banner.isVisibleTo(page)
    doc.undo_stack.undo()
    doc.flush()
    assert len(page.cards) == 5


# -- which debt, attachments -----------------------------------------------------------------

def test_a_new_entry_can_name_the_debt_it_is_about(doc, page, qtbot) -> None:
    form = page.form
    ids = [form.debt_combo.itemData(i) for i in range(form.debt_combo.count())]
    assert ids == ["", "meituan", "jiebei", "card"]  # "not known" first, then the plan's debts
    assert form.debt_combo.itemText(1) == "美团借钱 · 重庆美团三快小额贷款有限公司"
    page.start_quick_entry()
    form.summary_edit.setText("又打给母亲")
    form.debt_combo.setCurrentIndex(3)
    qtbot.keyClick(form.summary_edit, Qt.Key.Key_Return)
    assert doc.get(("evidence", 2, "debt")) == "card"
    page._select_row(1)  # the SMS, linked to no debt
    page.edit_selected()
    assert form.debt() == ""


def _saved_plan(doc, tmp_path: Path) -> Path:
    """The seed saved as the user's own file 张伟.json (attachments go next to it)."""
    plan = tmp_path / "张伟.json"
    plan.write_text(example_plan_path().read_text(encoding="utf-8"), encoding="utf-8")
    doc.open(plan)
    doc.flush()
    return plan


def _file_rows(page: CollectionPage) -> list[str]:
    files = page.form.files_list
    return [files.item(i).text() for i in range(files.count())]


def test_attachments_wait_until_the_plan_is_saved(doc, page) -> None:
    # the bundled example is never saved over: there is no folder of the user's yet
    form = page.form
    assert not form.attach_button.isEnabled()
    assert form.files_note.isVisible()
    assert form.files_note.text() == "先保存方案，附件会复制到方案旁边的文件夹"
    assert page.attach_files(["/tmp/x.png"]) == 0
    assert form.status.text() == "先保存方案，附件会复制到方案旁边的文件夹"


def test_attach_copies_with_its_hash_saves_with_the_entry_and_undoes(
        doc, page, qtbot, tmp_path, monkeypatch) -> None:
    _saved_plan(doc, tmp_path)
    src = tmp_path / "phone" / "1120-通话录音.m4a"
    src.parent.mkdir()
    src.write_bytes(b"voice of 2026-11-20")
    asked = {}

    def ask(parent, caption, start, filters):
        asked["caption"] = caption
        return [str(src)], filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", ask)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warning {a[1:]}"))
    form = page.form
    page._select_row(0)
    page.edit_selected()
    assert form.attach_button.isEnabled() and form.files_note.isHidden()
    qtbot.mouseClick(form.attach_button, Qt.MouseButton.LeftButton)
    rel = "张伟-证据/1120-通话录音.m4a"
    assert _file_rows(page) == ["✓ " + rel]
    assert (tmp_path / rel).read_bytes() == b"voice of 2026-11-20"
    digest = hashlib.sha256(b"voice of 2026-11-20").hexdigest()
    assert digest in form.files_list.item(0).toolTip()
    assert doc.get(("evidence", 0, "files")) == []  # nothing written before Enter
    qtbot.keyClick(form.summary_edit, Qt.Key.Key_Return)
    entry = doc.get(("evidence", 0))
    assert entry["files"] == [rel] and entry["file_hashes"] == {rel: digest}
    assert entry["debt"] == "meituan"  # the other keys as they were
    doc.flush()
    assert doc.results.errors == ()  # the plan-file extension decodes
    assert dict(doc.results.plan.evidence[0].file_hashes) == {rel: digest}
    doc.undo_stack.undo()
    assert doc.get(("evidence", 0, "files")) == [] and "file_hashes" not in doc.get(("evidence", 0))
    assert (tmp_path / rel).is_file()  # undo never deletes evidence
    doc.undo_stack.redo()
    assert doc.get(("evidence", 0, "file_hashes")) == {rel: digest}


def test_the_list_marks_missing_and_changed_files(doc, page, tmp_path) -> None:
    _saved_plan(doc, tmp_path)
    for name, data in (("a.png", b"a"), ("b.m4a", b"b")):
        (tmp_path / name).write_bytes(data)
    page._select_row(0)
    page.edit_selected()
    assert page.attach_files([str(tmp_path / "a.png"), str(tmp_path / "b.m4a")]) == 2
    page.save_entry()
    (tmp_path / "张伟-证据" / "a.png").unlink()
    (tmp_path / "张伟-证据" / "b.m4a").write_bytes(b"b, edited")
    page._select_row(0)
    page.edit_selected()
    assert _file_rows(page) == ["✗ 张伟-证据/a.png（找不到文件）", "✗ 张伟-证据/b.m4a（文件已被改动）"]
    for i in range(2):
        assert page.form.files_list.item(i).foreground().color() == QColor("#b3261e")
    # 移除所选: the reference goes, the file stays
    page.form.files_list.setCurrentRow(1)
    page.form.detach_button.click()
    assert _file_rows(page) == ["✗ 张伟-证据/a.png（找不到文件）"]
    page.save_entry()
    assert doc.get(("evidence", 0, "files")) == ["张伟-证据/a.png"]
    assert set(doc.get(("evidence", 0, "file_hashes"))) == {"张伟-证据/a.png"}
    assert (tmp_path / "张伟-证据" / "b.m4a").is_file()


# -- the family script -----------------------------------------------------------------------

def test_family_script_export_writes_one_private_page(doc, page, qtbot, tmp_path,
                                                      monkeypatch) -> None:
    from pypdf import PdfReader

    target = tmp_path / "给家人的说明"
    seen = {}

    def ask(parent, caption, start, filters):
        seen["start"] = start
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warning {a[1:]}"))
    qtbot.mouseClick(page.family_button, Qt.MouseButton.LeftButton)
    written = Path(str(target) + ".pdf")
    assert written.is_file()
    assert stat.S_IMODE(os.stat(written).st_mode) == 0o600
    reader = PdfReader(str(written))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "张伟" in text  # personalised with the borrower's name, as the CLI does
    assert seen["start"].endswith("-family.pdf")


# -- language --------------------------------------------------------------------------------

def test_language_switch_relabels(doc, page) -> None:
    tr = QCoreApplication.translate
    set_language("en")
    try:
        en = load_templates("en", "evidence")
        assert page.cards[0].title.text().startswith("1. " + en("rule.night.name"))
        assert page.model.index(0, Col.CHANNEL).data() == "Call"
        assert page.form.channel_combo.currentText() == "Call"
        assert page.quick_button.text() == tr("CollectionPage", "＋ 记一笔")
        assert page.step_title() == tr("Steps", "应对催收")
        assert page.model.headerData(Col.TIME, Qt.Orientation.Horizontal) == tr(
            "EvidenceModel", "时间")
    finally:
        set_language("zh")
    assert page.cards[0].title.text().startswith("1. " + _zh()("rule.night.name"))
    assert page.model.index(0, Col.CHANNEL).data() == "电话"
    assert page.quick_button.text() == "＋ 记一笔"


# -- the main window -------------------------------------------------------------------------

def test_sixth_step_and_ctrl_shift_e_from_any_step(qtbot, gui_app, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from app.gui import build_window
    from app.gui.recovery import RecoveryStore
    from app.gui.steps import STEPS

    from .conftest import TODAY

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = build_window(None, settings=settings, recovery=RecoveryStore(tmp_path / "recovery"),
                     today=lambda: TODAY, offer_recovery=False)
    qtbot.addWidget(w, before_close_func=lambda w: w.doc.undo_stack.setClean())
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    assert [s.key for s in STEPS][5] == "collection"  # ⑥ (a step ⑦ may follow)
    assert w.steps.item(5).text().startswith("⑥ 应对催收")
    qtbot.keyClick(w, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentIndex() == 5
    assert isinstance(w.page(5), CollectionPage)
    w.go_to_step(0)
    qtbot.keyClick(w, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.stack.currentIndex() == 5
    assert QApplication.focusWidget() is w.page(5).form.when_edit

"""Step ① 我的债务: the debts table model and page, driven like a user would.

Expected numbers come from calc itself (``doc.results.comparison``), never
from a guess: the page must show what calc computed, formatted by
``app.report.group``.
"""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.gui.models.debts_model import Col, DebtsModel, new_debt_id
from app.gui.pages.base import GREEN, RED
from app.gui.pages.debts import DebtsPage
from app.gui.widgets.fields import show_rate
from app.report import group
from calc.money import total

from .typing_helpers import type_text as _keys


@pytest.fixture
def page(doc, qtbot):
    p = DebtsPage(doc)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.fixture
def empty_page(empty_doc, qtbot):
    p = DebtsPage(empty_doc)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    qtbot.waitExposed(p)
    return p



def _type(qtbot, widget, text: str) -> None:
    """Replace the text of a line edit by typing, then press Enter."""
    widget.setFocus()
    widget.clear()
    _keys(qtbot, widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


# -- the model -------------------------------------------------------------------------------

def test_model_passes_qtmodeltester(doc, qtmodeltester):
    model = DebtsModel(doc)
    qtmodeltester.check(model)
    assert model.rowCount() == 4  # three debts and the totals row
    assert model.columnCount() == len(Col)


def test_model_passes_qtmodeltester_empty_and_after_edits(empty_doc, qtmodeltester):
    model = DebtsModel(empty_doc)
    qtmodeltester.check(model)
    assert model.rowCount() == 0  # no totals row without debts
    empty_doc.insert(("debts",), 0, {"id": "d1", "creditor": "甲", "principal": "100.00",
                                     "annual_rate": "0.1"}, "add")
    empty_doc.flush()
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_new_debt_id_skips_taken_ids():
    assert new_debt_id([]) == "d1"
    assert new_debt_id(["d1", "d3", "meituan"]) == "d2"


def test_result_columns_show_calcs_owed_cap_and_excess(page, doc):
    comparison = doc.results.comparison
    assert comparison is not None
    model = page.model
    assert any(d.excess > 0 for d in comparison.debts)  # the seed has one debt above the cap
    for row, summary in enumerate(comparison.debts):
        assert model.data(model.index(row, Col.OWED)) == group(summary.owed)
        assert model.data(model.index(row, Col.CAP)) == show_rate(summary.cap.annual)
        assert summary.cap.source.zh in model.data(model.index(row, Col.CAP), Qt.ItemDataRole.ToolTipRole)
        excess = model.data(model.index(row, Col.EXCESS))
        colour = model.data(model.index(row, Col.EXCESS), Qt.ItemDataRole.ForegroundRole).color().name()
        if summary.excess > 0:
            assert excess == "✗ " + group(summary.excess)
            assert colour == RED
        else:
            assert excess == "✓ 未超出"
            assert colour == GREEN
        align = model.data(model.index(row, Col.OWED), Qt.ItemDataRole.TextAlignmentRole)
        assert align & Qt.AlignmentFlag.AlignRight
    totals_row = len(comparison.debts)
    owed = total(d.owed for d in comparison.debts)
    excess = total(d.excess for d in comparison.debts)
    assert model.data(model.index(totals_row, Col.OWED)) == group(owed)
    assert model.data(model.index(totals_row, Col.EXCESS)) == "✗ " + group(excess)
    assert not model.flags(model.index(totals_row, Col.PRINCIPAL)) & Qt.ItemFlag.ItemIsEditable
    assert page.headline.text() == f"共欠 {group(owed)} 元 · 其中超出法定上限 {group(excess)} 元"


def test_input_columns_show_the_plan_as_typed(page):
    model = page.model
    assert model.data(model.index(0, Col.CREDITOR)) == "美团借钱（重庆美团三快小额贷款有限公司）"
    assert model.data(model.index(0, Col.KIND)) == "持牌机构"
    assert model.data(model.index(2, Col.KIND)) == "信用卡"
    assert model.data(model.index(0, Col.PRINCIPAL)) == "7,600.00"
    assert model.data(model.index(0, Col.RATE)) == "年化 18%"
    assert model.data(model.index(1, Col.RATE)) == "日利率 0.04%"
    assert model.data(model.index(0, Col.PENALTY_RATE)) == "年化 27%"
    assert model.data(model.index(0, Col.METHOD)) == "等额本息"
    assert model.data(model.index(0, Col.OVERDUE_SINCE)) == "2026-07-20"
    # the jiebei debt gives no penalty rate: calc's default is shown, marked as default
    penalty = page.doc.results.comparison.debts[1].penalty_rate
    assert model.data(model.index(1, Col.PENALTY_RATE)) == f"默认 {show_rate(penalty)}"


# -- typing a debt ------------------------------------------------------------------------------

def test_type_a_new_debt_with_the_keyboard(empty_page, empty_doc, qtbot):
    page, doc = empty_page, empty_doc
    assert page.stack.currentIndex() == 0  # empty state
    assert "还没有债务" in page.empty_label.text()
    assert not page.is_complete()
    changes = []
    page.completeChanged.connect(lambda: changes.append(page.is_complete()))

    qtbot.mouseClick(page.empty_add_button, Qt.MouseButton.LeftButton)
    assert doc.count(("debts",)) == 1
    assert page.stack.currentIndex() == 1
    assert QApplication.focusWidget() is page.fields["creditor"].edit

    _keys(qtbot, page.fields["creditor"].edit, "重庆美团三快小额贷款有限公司")
    qtbot.keyClick(page.fields["creditor"].edit, Qt.Key.Key_Return)
    _type(qtbot, page.fields["principal"].edit, "8600")
    _type(qtbot, page.fields["rate"].edit, "日利率0.05%")
    doc.flush()

    debt = doc.get(("debts", 0))
    assert debt["creditor"] == "重庆美团三快小额贷款有限公司"
    assert debt["principal"] == "8600.00"
    assert debt["daily_rate"] == "0.0005"
    assert "annual_rate" not in debt
    assert page.fields["rate"].text() == "日利率 0.05%"
    comparison = doc.results.comparison
    assert comparison is not None and len(comparison.debts) == 1
    assert comparison.debts[0].owed == Decimal("8600.00")
    assert page.headline.text().startswith(f"共欠 {group(comparison.debts[0].owed)} 元")
    assert page.model.data(page.model.index(0, Col.OWED)) == "8,600.00"
    assert page.is_complete()
    assert changes and changes[-1] is True


def test_month_rate_is_stored_as_annual_and_one_undo_restores(page, doc, qtbot):
    page.select_row(1)  # jiebei: daily_rate 0.0004
    before = copy.deepcopy(doc.data)
    _type(qtbot, page.fields["rate"].edit, "月息1.5%")
    debt = doc.get(("debts", 1))
    assert debt["annual_rate"] == "0.18"
    assert "daily_rate" not in debt
    doc.undo_stack.undo()
    assert doc.data == before


def test_inline_edit_through_set_data(page, doc):
    model = page.model
    assert model.setData(model.index(0, Col.PRINCIPAL), "1.2万")
    assert doc.get(("debts", 0, "principal")) == "12000.00"
    doc.flush()
    assert doc.results.comparison.debts[0].principal == Decimal("12000.00")
    assert model.data(model.index(0, Col.OWED)) == group(doc.results.comparison.debts[0].owed)
    assert doc.undo_stack.undoText() == "修改剩余本金"
    doc.undo_stack.undo()
    assert doc.get(("debts", 0, "principal")) == "7600.00"


def test_inline_edit_with_the_view_editor_and_enter_moves_down(page, doc, qtbot):
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.model.index(1, Col.PRINCIPAL))
    qtbot.keyClick(table, Qt.Key.Key_F2)  # open the editor
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "12,000.00"
    editor.selectAll()
    qtbot.keyClicks(editor, "9,500")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits and closes the editor from the event loop (a queued call)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert doc.get(("debts", 1, "principal")) == "9500.00"
    assert table.currentIndex().row() == 2  # Enter committed and moved down
    assert table.currentIndex().column() == Col.PRINCIPAL


def test_typing_on_a_cell_starts_editing(page, doc, qtbot):
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, Col.REMAINING))
    qtbot.keyClick(table, Qt.Key.Key_5)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "5"  # the key replaced the cell's text
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert doc.get(("debts", 0, "remaining_months")) == 5
    assert table.currentIndex().row() == 1


def test_enter_moves_down_without_editing(page, qtbot):
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, Col.RATE))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, Col.RATE)
    assert page.form_title.text() == "填写或修改：借呗"
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # the last debt: stays (the totals row is not a debt)
    assert table.currentIndex().row() == 2


def test_combo_editor_in_the_table_sets_the_lender_class(page, doc, qtbot):
    table = page.table
    table.setFocus()
    index = page.model.index(0, Col.KIND)
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    combo.setCurrentIndex(combo.findData("private"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert doc.get(("debts", 0, "creditor_kind")) == "private"
    assert page.model.data(index) == "民间借贷"
    assert table.currentIndex().row() == 1  # Enter moved down to the next debt
    page.select_row(0)
    assert page.fields["creditor_kind"].currentData() == "private"


# -- invalid input --------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["abc", "1.234"])
def test_invalid_amount_in_the_form_shows_the_message_and_keeps_the_data(page, doc, qtbot, typed):
    before = copy.deepcopy(doc.data)
    steps = doc.undo_stack.count()
    field = page.fields["principal"]
    _type(qtbot, field.edit, typed)
    message = field.error_text()
    assert "第1笔债务的剩余本金" in message
    assert field.message.isVisible()
    assert doc.data == before
    assert doc.undo_stack.count() == steps


@pytest.mark.parametrize("typed", ["abc", "1.234"])
def test_invalid_amount_in_the_table_shows_the_message_and_keeps_the_data(page, doc, typed):
    before = copy.deepcopy(doc.data)
    assert not page.model.setData(page.model.index(2, Col.FEES), typed)
    assert page.edit_error.isVisible()
    assert "第3笔债务的已出账费用/违约金" in page.edit_error.text()
    assert doc.data == before
    assert page.model.setData(page.model.index(2, Col.FEES), "300")
    assert page.edit_error.isHidden()


def test_problem_cells_are_red_with_the_message(page, doc):
    doc.set(("debts", 0, "overdue_since"), "2027-01-05", "x")
    doc.flush()
    index = page.model.index(0, Col.OVERDUE_SINCE)
    assert page.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    tip = page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "逾期开始日期晚于计算日期" in tip
    assert "逾期开始日期晚于计算日期" in page.fields["overdue_since"].error_text()


def test_invalid_plan_shows_no_stale_numbers(page, doc):
    assert page.is_complete()
    changes = []
    page.completeChanged.connect(lambda: changes.append(page.is_complete()))
    doc.set(("debts", 1, "creditor"), "", "x")
    doc.flush()
    assert doc.results.comparison is None
    assert not any(ch.isdigit() for ch in page.headline.text())
    assert "数据需要修正" in page.headline.text()
    assert page.model.data(page.model.index(0, Col.OWED)) == "—"
    assert page.model.data(page.model.index(3, Col.OWED)) == "—"
    assert not page.is_complete()
    assert changes == [False]
    creditor = page.model.index(1, Col.CREDITOR)
    assert "不能为空" in page.model.data(creditor, Qt.ItemDataRole.ToolTipRole)


def test_bad_date_in_the_form_is_refused(page, doc, qtbot):
    before = copy.deepcopy(doc.data)
    field = page.fields["contract_date"]
    _type(qtbot, field.edit, "2025/13/01")
    assert "合同签订日期" in field.error_text()
    assert doc.data == before
    _type(qtbot, field.edit, "2025-08-01")
    assert doc.get(("debts", 0, "contract_date")) == "2025-08-01"


# -- add, duplicate, remove, undo ------------------------------------------------------------

def test_undo_redo_add_remove_and_field_edits_restore_exactly(page, doc, qtbot):
    original = copy.deepcopy(doc.data)

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    added = copy.deepcopy(doc.data)
    assert doc.count(("debts",)) == 4
    assert doc.get(("debts", 3)) == {"id": "d1", "creditor": "", "creditor_kind": "licensed",
                                     "principal": "0.00", "annual_rate": "0"}
    doc.undo_stack.undo()
    assert doc.data == original
    doc.undo_stack.redo()
    assert doc.data == added
    doc.undo_stack.undo()

    page.select_row(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [d["id"] for d in doc.data["debts"]] == ["jiebei", "card"]
    assert "美团借钱" in page.status_label.text()
    assert "美团借钱" in doc.undo_stack.undoText()
    doc.undo_stack.undo()
    assert doc.data == original
    doc.undo_stack.redo()
    assert [d["id"] for d in doc.data["debts"]] == ["jiebei", "card"]
    doc.undo_stack.undo()

    page.select_row(0)
    _type(qtbot, page.fields["rate"].edit, "日息万五")  # annual_rate → daily_rate, one undo step
    _type(qtbot, page.fields["fees_due"].edit, "1,000")
    edited = copy.deepcopy(doc.data)
    assert edited["debts"][0]["daily_rate"] == "0.0005"
    assert "annual_rate" not in edited["debts"][0]
    assert edited["debts"][0]["fees_due"] == "1000.00"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.data == original
    assert page.fields["rate"].text() == "年化 18%"
    assert page.fields["fees_due"].text() == "100.00"
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert doc.data == edited


def test_duplicate_gets_a_fresh_id(page, doc, qtbot):
    page.select_row(0)
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    debts = doc.data["debts"]
    assert len(debts) == 4
    copy_ = debts[1]
    assert copy_["id"] == "d1"
    assert copy_["id"] not in [d["id"] for i, d in enumerate(debts) if i != 1]
    assert {k: v for k, v in copy_.items() if k != "id"} == {
        k: v for k, v in debts[0].items() if k != "id"}
    assert page.table.currentIndex().row() == 1
    doc.flush()
    assert doc.results.ok  # ids stay unique, the plan stays valid
    doc.undo_stack.undo()
    assert len(doc.data["debts"]) == 3


def test_insert_and_delete_keys_on_the_table(page, doc, qtbot):
    table = page.table
    table.setFocus()
    page.select_row(2)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [d["id"] for d in doc.data["debts"]] == ["meituan", "jiebei"]
    assert "招商银行信用卡" in page.status_label.text()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert doc.count(("debts",)) == 3
    assert doc.get(("debts", 2, "id")) == "d1"
    assert page.form_title.text().startswith("填写或修改：")


def test_removing_the_last_debt_shows_the_empty_state(empty_page, empty_doc, qtbot):
    qtbot.mouseClick(empty_page.add_button, Qt.MouseButton.LeftButton)
    assert empty_page.stack.currentIndex() == 1
    qtbot.mouseClick(empty_page.remove_button, Qt.MouseButton.LeftButton)
    assert empty_doc.count(("debts",)) == 0
    assert empty_page.stack.currentIndex() == 0
    assert empty_page.headline.text() == "还没有债务：先添加一笔借款"
    empty_doc.undo_stack.undo()
    assert empty_page.stack.currentIndex() == 1


def test_form_combo_and_text_fields_write_through_the_document(page, doc, qtbot):
    page.select_row(2)
    combo = page.fields["method"]
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("interest_first"))
    assert doc.get(("debts", 2, "method")) == "interest_first"
    assert doc.undo_stack.undoText() == "修改还款方式"
    _type(qtbot, page.fields["product"].edit, "")
    assert "product" not in doc.get(("debts", 2))
    doc.undo_stack.undo()
    assert doc.get(("debts", 2, "product")) == "招商银行信用卡"
    assert page.fields["product"].edit.text() == "招商银行信用卡"


def test_explanation_names_the_excess_and_the_next_step(page, doc):
    summary = doc.results.comparison.debts[0]
    page.select_row(0)
    assert summary.excess > 0
    assert page.explain_excess.text() == f"✗ 超出法定上限 {group(summary.excess)} 元"
    assert page.explain_next.text() == "可在申请书中要求减免这部分。"
    assert summary.cap.source.zh in page.explain_excess.toolTip()
    page.select_row(1)
    assert page.explain_excess.text().startswith("✓")


def test_language_switch_relabels_without_losing_data(page, doc, gui_app):
    from app.gui.i18n import set_language

    before = copy.deepcopy(doc.data)
    set_language("en")
    QApplication.processEvents()
    set_language("zh")
    QApplication.processEvents()
    assert page.add_button.text() == "添加债务"
    assert page.model.headerData(Col.OWED, Qt.Orientation.Horizontal) == "共欠"
    assert doc.data == before


def test_tab_walks_the_form_in_reading_order(page, qtbot):
    order = ["creditor", "product", "creditor_kind", "contract_no", "card_last4", "contract_date",
             "principal", "interest_due"]
    first = page.fields["creditor"].edit
    first.setFocus()
    assert QApplication.focusWidget() is first
    for key in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = page.fields[key]
        assert QApplication.focusWidget() is getattr(widget, "edit", widget), key

"""Step ② 收入支出: the budget page and its table model, driven like a user would.

Expected numbers come from calc (``doc.results.comparison.budget``) after
``doc.flush()``; the seed example has income 4,200.00 and essential expenses
2,700.00 (1,500 + 900 + 300), so 1,500.00 a month is disposable.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from app.gui.models.budget_model import BudgetLinesModel, Column
from app.gui.pages.budget import BudgetPage
from app.report import group

from .typing_helpers import type_text as _type

INCOME = ("household", "income")
EXPENSES = ("household", "expenses")


@pytest.fixture
def page(doc, qtbot):
    p = BudgetPage(doc)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    qtbot.waitExposed(p)
    return p


def _editor(table) -> QWidget:
    """The open cell editor of ``table`` (a line edit or the category combo)."""
    editors = [w for w in table.viewport().findChildren(QWidget)
               if isinstance(w, QLineEdit | QComboBox) and w.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]



def _edit_cell(qtbot, table, row: int, col: int, text: str) -> None:
    """Go to a cell, press F2, type over its text, press Enter (as a user would)."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, col))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = _editor(table)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    _type(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits an Enter through a queued call: let it run.
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    QApplication.processEvents()


# -- the model ------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["income", "expenses"])
def test_model_passes_qtmodeltester(doc, qtmodeltester, kind):
    model = BudgetLinesModel(doc, kind)
    qtmodeltester.check(model)
    assert model.rowCount() == doc.count(("household", kind))


def test_model_passes_qtmodeltester_when_empty(empty_doc, qtmodeltester):
    model = BudgetLinesModel(empty_doc, "income")
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_model_shows_money_right_aligned_with_separators(doc):
    model = BudgetLinesModel(doc, "income")
    index = model.index(0, Column.MONTHLY)
    assert model.data(index) == "4,200.00"
    assert model.data(index, Qt.ItemDataRole.EditRole) == "4200.00"
    assert model.data(index, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.headerData(Column.MONTHLY, Qt.Orientation.Horizontal) == "每月金额（元）"


# -- headline -------------------------------------------------------------------------------

def test_headline_is_calc_disposable_and_compares_with_status_quo(doc, page):
    budget = doc.results.comparison.budget
    assert budget.disposable == Decimal("1500.00")
    assert page.headline.text() == f"每月可用于还款 {group(budget.disposable)} 元"
    status_quo = doc.results.comparison.scenario("status_quo")
    assert status_quo.fits_budget
    assert page.status_line.text().startswith("✓")
    assert group(status_quo.monthly_payment) in page.status_line.text()
    assert "#1b7f3b" in page.status_line.styleSheet()
    assert page.income.total_label.text() == "收入合计：4,200.00 元"
    assert page.expenses.total_label.text() == "必要开支合计：2,700.00 元"
    assert page.explain.text() == "只算每月必须的开支；还款能力 = 收入 − 必要支出"


def test_negative_budget_says_so_with_a_next_step(doc, page, qtbot):
    _edit_cell(qtbot, page.expenses.table, 0, Column.MONTHLY, "5000")
    doc.flush()
    budget = doc.results.comparison.budget
    assert budget.disposable == Decimal("-2000.00")
    assert page.headline.text() == "每月可用于还款 0.00 元"
    assert page.status_line.text().startswith("✗")
    assert "收入不够支付必要开支" in page.status_line.text()
    assert "先列出能削减的开支，或在申请书中说明" in page.status_line.text()
    assert "#b3261e" in page.status_line.styleSheet()


def test_status_quo_over_budget_is_red(doc, page):
    # A small budget the status quo cannot clear from: it asks more than is available.
    doc.set((*EXPENSES, 0, "monthly"), "2990.00")
    doc.flush()
    status_quo = doc.results.comparison.scenario("status_quo")
    assert doc.results.comparison.budget.disposable == Decimal("10.00")
    assert not status_quo.fits_budget
    assert page.status_line.text().startswith("✗")
    assert group(status_quo.max_payment) in page.status_line.text()
    assert "方案对比" in page.status_line.text()


def test_errors_elsewhere_show_no_old_numbers(doc, page):
    doc.set((*INCOME, 0, "monthly"), "abc")
    doc.flush()
    assert not doc.results.ok
    assert "—" in page.headline.text() and "1,500.00" not in page.headline.text()
    assert page.income.total_label.text() == "收入合计：—"
    assert page.banner.isVisible()
    model = page.income.model
    index = model.index(0, Column.MONTHLY)
    assert model.data(index) == "abc"
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert "第1项收入的每月金额" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert not page.is_complete()


# -- editing with the keyboard ----------------------------------------------------------------

def test_add_income_line_with_keyboard_updates_headline(doc, page, qtbot):
    table = page.income.table
    qtbot.mouseClick(page.income.add_button, Qt.MouseButton.LeftButton)
    assert doc.count(INCOME) == 2
    assert table.currentIndex().row() == 1
    editor = _editor(table)
    _type(qtbot, editor, "兼职送外卖")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)          # → category (combo)
    combo = _editor(table)
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Tab)           # → amount, category left empty
    editor = _editor(table)
    qtbot.keyClicks(editor, "800")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc.get((*INCOME, 1, "monthly")) == "800.00")
    assert doc.get((*INCOME, 1)) == {"label": "兼职送外卖", "monthly": "800.00"}
    doc.flush()
    budget = doc.results.comparison.budget
    assert budget.disposable == Decimal("2300.00")
    assert page.headline.text() == f"每月可用于还款 {group(budget.disposable)} 元"
    assert page.income.total_label.text() == f"收入合计：{group(budget.income)} 元"


def test_edit_expense_amount_inline_with_wan(doc, page, qtbot):
    table = page.expenses.table
    _edit_cell(qtbot, table, 0, Column.MONTHLY, "1.2万")
    assert doc.get((*EXPENSES, 0, "monthly")) == "12000.00"
    assert page.expenses.model.data(page.expenses.model.index(0, Column.MONTHLY)) == "12,000.00"
    assert table.currentIndex().row() == 1  # Enter moved down
    assert not page.expenses.message.isVisible()
    doc.flush()
    assert doc.results.comparison.budget.expenses == Decimal("13200.00")
    assert page.expenses.total_label.text() == "必要开支合计：13,200.00 元"


@pytest.mark.parametrize("typed, stored", [("¥500", "500.00"), ("1,500", "1500.00")])
def test_amount_formats_calc_parses(doc, page, qtbot, typed, stored):
    _edit_cell(qtbot, page.income.table, 0, Column.MONTHLY, typed)
    assert doc.get((*INCOME, 0, "monthly")) == stored


def test_invalid_amount_shows_message_and_writes_nothing(doc, page, qtbot):
    table = page.expenses.table
    steps = doc.undo_stack.count()
    _edit_cell(qtbot, table, 1, Column.MONTHLY, "九百块左右")
    assert doc.get((*EXPENSES, 1, "monthly")) == "900.00"
    assert doc.undo_stack.count() == steps
    assert page.expenses.message.isVisible()
    text = page.expenses.message.text()
    assert "第2项支出" in text and "每月金额" in text and "九百块左右" in text
    assert table.currentIndex().row() == 1  # stays on the refused cell
    # A good value afterwards clears the message.
    _edit_cell(qtbot, table, 1, Column.MONTHLY, "950")
    assert doc.get((*EXPENSES, 1, "monthly")) == "950.00"
    assert not page.expenses.message.isVisible()


def test_enter_moves_down_without_editing(page, qtbot):
    table = page.expenses.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, Column.LABEL))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert table.currentIndex().row() == 1
    assert table.state() != table.State.EditingState


def test_label_and_note_edited_inline(doc, page, qtbot):
    _edit_cell(qtbot, page.income.table, 0, Column.LABEL, "零工工资")
    _edit_cell(qtbot, page.income.table, 0, Column.NOTE, "")
    assert doc.get((*INCOME, 0, "label")) == "零工工资"
    assert "note" not in doc.get((*INCOME, 0))  # an emptied note is removed


# -- categories ------------------------------------------------------------------------------

def test_category_shown_translated_and_stored_as_key(doc, page, qtbot):
    model = page.expenses.model
    index = model.index(0, Column.CATEGORY)
    assert model.data(index) == "住房"
    assert model.data(index, Qt.ItemDataRole.EditRole) == "housing"

    table = page.income.table
    table.setFocus()
    table.setCurrentIndex(page.income.model.index(0, Column.CATEGORY))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = _editor(table)
    assert isinstance(combo, QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "", "wage", "temp_work", "benefits", "family_support", "other"]
    combo.setCurrentIndex(combo.findText("临时工/零工"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc.get((*INCOME, 0, "category")) == "temp_work")
    assert page.income.model.data(page.income.model.index(0, Column.CATEGORY)) == "临时工/零工"


def test_unknown_category_from_file_shown_and_kept(doc, page, qtbot):
    doc.set((*EXPENSES, 1, "category"), "pets")
    model = page.expenses.model
    assert model.data(model.index(1, Column.CATEGORY)) == "pets"
    table = page.expenses.table
    table.setFocus()
    table.setCurrentIndex(model.index(1, Column.CATEGORY))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = _editor(table)
    assert combo.currentText() == "pets"
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert doc.get((*EXPENSES, 1, "category")) == "pets"


# -- undo / redo -----------------------------------------------------------------------------

def test_undo_redo_add_remove_edit(doc, page, qtbot):
    stack = doc.undo_stack
    qtbot.mouseClick(page.expenses.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(_editor(page.expenses.table), Qt.Key.Key_Escape)
    assert doc.count(EXPENSES) == 4
    assert stack.undoText() == "添加支出"
    stack.undo()
    assert doc.count(EXPENSES) == 3
    assert page.expenses.model.rowCount() == 3
    stack.redo()
    assert page.expenses.model.rowCount() == 4
    stack.undo()

    table = page.expenses.table
    table.setCurrentIndex(page.expenses.model.index(0, Column.LABEL))
    assert page.expenses.remove_button.isEnabled()
    qtbot.mouseClick(page.expenses.remove_button, Qt.MouseButton.LeftButton)
    assert [line["label"] for line in doc.get(EXPENSES)] == ["伙食", "交通和话费"]
    assert stack.undoText() == "删除支出"
    stack.undo()
    assert [line["label"] for line in doc.get(EXPENSES)] == ["房租", "伙食", "交通和话费"]
    assert page.expenses.model.data(page.expenses.model.index(0, Column.LABEL)) == "房租"
    stack.redo()
    assert doc.count(EXPENSES) == 2
    stack.undo()

    _edit_cell(qtbot, table, 2, Column.MONTHLY, "450")
    assert stack.undoText() == "修改支出金额"
    stack.undo()
    assert doc.get((*EXPENSES, 2, "monthly")) == "300.00"
    assert page.expenses.model.data(page.expenses.model.index(2, Column.MONTHLY)) == "300.00"
    doc.flush()
    assert doc.results.comparison.budget.expenses == Decimal("2700.00")
    stack.redo()
    doc.flush()
    assert doc.results.comparison.budget.expenses == Decimal("2850.00")
    assert page.expenses.total_label.text() == "必要开支合计：2,850.00 元"


# -- empty state, dependents, completeness ---------------------------------------------------

def test_empty_state_on_empty_doc(empty_doc, qtbot):
    page = BudgetPage(empty_doc)
    qtbot.addWidget(page)
    page.show()
    assert page.income.stack.currentWidget() is page.income.empty_label
    assert page.income.empty_label.text() == "还没有收入记录。点击「添加收入」，填每月到手的钱。"
    assert page.expenses.stack.currentWidget() is page.expenses.empty_label
    assert "房租、吃饭、交通、看病、孩子" in page.expenses.empty_label.text()
    assert not page.is_complete()
    with qtbot.waitSignal(page.completeChanged):
        qtbot.mouseClick(page.income.add_button, Qt.MouseButton.LeftButton)
        empty_doc.flush()
    assert page.income.stack.currentWidget() is page.income.table
    assert page.is_complete()
    empty_doc.undo_stack.undo()
    assert page.income.stack.currentWidget() is page.income.empty_label


def test_dependents_spin_box_writes_value(doc, page, qtbot):
    spin = page.dependents
    assert (spin.minimum(), spin.maximum()) == (0, 20)
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "2")
    assert doc.get(("household", "dependents")) == 2
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert doc.get(("household", "dependents")) == 3
    assert doc.undo_stack.undoText() == "修改供养人数"
    doc.undo_stack.undo()  # consecutive edits of one field are one step
    assert doc.get(("household", "dependents")) == 0
    assert spin.value() == 0


def test_is_complete_follows_income_lines(doc, page, qtbot):
    assert page.is_complete()
    page.income.table.setCurrentIndex(page.income.model.index(0, Column.LABEL))
    with qtbot.waitSignal(page.completeChanged):
        qtbot.mouseClick(page.income.remove_button, Qt.MouseButton.LeftButton)
        doc.flush()
    assert not page.is_complete()
    assert page.income.stack.currentWidget() is page.income.empty_label
    assert page.step_title() == "收入支出"

"""Step ② 收入支出: what the borrower can afford each month.

The headline is the monthly disposable income from ``calc``
(:class:`~calc.budget.Budget` in ``doc.results.comparison.budget``), with a line
under it comparing it with what the status quo (nothing negotiated) asks each
month. Below: the income lines and the essential expense lines, one
:class:`~app.gui.models.budget_model.BudgetLinesModel` each, edited in place
(Enter moves down, Tab moves right), with their totals from ``calc``; and the
number of dependents. The page computes no money: every figure comes from
``calc`` and is only formatted here.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.document import PlanDocument
from app.gui.models.budget_model import BudgetLinesModel, Column, category_text
from app.gui.pages.base import GREEN, MUTED, RED, Page
from app.report import group
from calc.plan import DEPENDENTS_MAX

__all__ = ["BudgetPage"]

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _LineDelegate(QStyledItemDelegate):
    """Cell editors: a combo box of categories, a right-aligned field for amounts."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        model = index.model()
        if index.column() == Column.CATEGORY and isinstance(model, BudgetLinesModel):
            combo = QComboBox(parent)
            combo.addItem(self.tr("（不分类）"), "")
            for key in model.categories():
                combo.addItem(category_text(key), key)
            current = index.data(Qt.ItemDataRole.EditRole)
            if current and current not in model.categories():
                combo.addItem(current, current)  # from the file: shown as it is, kept
            return combo
        editor = super().createEditor(parent, option, index)
        if index.column() == Column.MONTHLY and isinstance(editor, QLineEdit):
            editor.setAlignment(_RIGHT)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class _LinesTable(QTableView):
    """A budget table where Enter moves down, as in a spreadsheet (Tab moves right)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.state() != QAbstractItemView.State.EditingState:
            self.move_down()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # The delegate ends an edit with SubmitModelCache when Enter was pressed.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            model = self.model()
            if not isinstance(model, BudgetLinesModel) or model.last_edit_ok:
                self.move_down()
            return
        super().closeEditor(editor, hint)

    def move_down(self) -> None:
        current = self.currentIndex()
        model = self.model()
        if current.isValid() and current.row() + 1 < model.rowCount():
            self.setCurrentIndex(model.index(current.row() + 1, current.column()))


class _LinesSection(QGroupBox):
    """One list (income or expenses): buttons, the table or its empty state, message, total."""

    def __init__(self, doc: PlanDocument, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.model = BudgetLinesModel(doc, kind, self)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.remove_button.setEnabled(False)
        self.table = _LinesTable(self)
        self.table.setObjectName(f"{kind}Table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(_LineDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setTabKeyNavigation(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.LABEL, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.CATEGORY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.MONTHLY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NOTE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(Column.LABEL, 130)
        header.resizeSection(Column.CATEGORY, 100)
        self.table.verticalHeader().setDefaultAlignment(_RIGHT)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName(f"{kind}Empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(f"color: {MUTED}; padding: 12px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.table)
        self.message = QLabel(self)
        self.message.setObjectName(f"{kind}Message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(f"color: {RED};")
        self.message.hide()
        self.total_label = QLabel(self)
        self.total_label.setObjectName(f"{kind}Total")
        self.total_label.setAlignment(_RIGHT)
        font = QFont(self.total_label.font())
        font.setBold(True)
        self.total_label.setFont(font)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.total_label)

    def show_message(self, text: str) -> None:
        self.message.setText(("✗ " + text) if text else "")
        self.message.setVisible(bool(text))

    def selected_rows(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedIndexes()}
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows.add(current.row())
        return sorted(r for r in rows if 0 <= r < self.model.rowCount())

    def update_state(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.table if has_rows else self.empty_label)
        self.remove_button.setEnabled(has_rows and bool(self.selected_rows()))


class BudgetPage(Page):
    """收入支出: the disposable income large, the income and expense tables, dependents."""

    step_key = "budget"

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self._complete = False

        self.status_line = QLabel(self)
        self.status_line.setObjectName("statusQuoLine")
        self.status_line.setWordWrap(True)
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.status_line.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.status_line.setFont(font)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet(f"color: {MUTED};")

        self.income = _LinesSection(doc, "income", self)
        self.expenses = _LinesSection(doc, "expenses", self)
        tables = QHBoxLayout()
        tables.addWidget(self.income, 1)
        tables.addWidget(self.expenses, 1)

        self.dependents_label = QLabel(self)
        self.dependents = QSpinBox(self)
        self.dependents.setObjectName("dependents")
        self.dependents.setRange(0, DEPENDENTS_MAX)
        self.dependents.setAlignment(_RIGHT)
        self.dependents.setMinimumWidth(90)
        self.dependents_label.setBuddy(self.dependents)
        self.dependents_hint = QLabel(self)
        self.dependents_hint.setWordWrap(True)
        self.dependents_hint.setStyleSheet(f"color: {MUTED};")
        dependents_row = QHBoxLayout()
        dependents_row.addWidget(self.dependents_label)
        dependents_row.addWidget(self.dependents)
        dependents_row.addWidget(self.dependents_hint, 1)

        self.page_layout.addWidget(self.status_line)
        self.page_layout.addWidget(self.explain)
        self.page_layout.addLayout(tables, 1)
        self.page_layout.addLayout(dependents_row)

        self.setTabOrder(self.income.add_button, self.income.remove_button)
        self.setTabOrder(self.income.remove_button, self.income.table)
        self.setTabOrder(self.income.table, self.expenses.add_button)
        self.setTabOrder(self.expenses.add_button, self.expenses.remove_button)
        self.setTabOrder(self.expenses.remove_button, self.expenses.table)
        self.setTabOrder(self.expenses.table, self.dependents)

        self._connect_signals()
        self._refresh_values()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.doc.dataChanged.connect(self._on_data_changed)
        self.doc.resultsChanged.connect(self._refresh_results)
        self.dependents.valueChanged.connect(self._on_dependents)
        for section in (self.income, self.expenses):
            section.add_button.clicked.connect(lambda _=False, s=section: self._add_line(s))
            section.remove_button.clicked.connect(
                lambda _=False, s=section: self._remove_lines(s))
            section.model.invalidInput.connect(section.show_message)
            section.model.inputAccepted.connect(lambda s=section: s.show_message(""))
            section.model.modelReset.connect(section.update_state)
            section.table.selectionModel().selectionChanged.connect(
                lambda *_, s=section: s.update_state())
            section.table.selectionModel().currentChanged.connect(
                lambda *_, s=section: s.update_state())

    # -- Page -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.explain.setText(self.tr("只算每月必须的开支；还款能力 = 收入 − 必要支出"))
        self.income.setTitle(self.tr("每月收入"))
        self.expenses.setTitle(self.tr("每月必要开支"))
        self.income.add_button.setText(self.tr("添加收入"))
        self.expenses.add_button.setText(self.tr("添加支出"))
        self.income.remove_button.setText(self.tr("删除所选收入"))
        self.expenses.remove_button.setText(self.tr("删除所选支出"))
        self.income.empty_label.setText(
            self.tr("还没有收入记录。点击「添加收入」，填每月到手的钱。"))
        self.expenses.empty_label.setText(self.tr(
            "还没有必要开支。点击「添加支出」。只填必须的开支：房租、吃饭、交通、看病、孩子。"))
        self.dependents_label.setText(self.tr("供养人数："))
        self.dependents.setSuffix(self.tr(" 人"))
        self.dependents.setToolTip(self.tr("靠你的收入生活的家人人数"))
        self.dependents_hint.setText(
            self.tr("靠你养活的家人（孩子、老人等）。申请书里会写明，帮助对方理解你的困难。"))
        self.income.model.retranslate()
        self.expenses.model.retranslate()
        self._refresh_results()

    # -- edits ------------------------------------------------------------------------------
    def _add_line(self, section: _LinesSection) -> None:
        row = self.doc.count(section.model.list_path)
        text = self.tr("添加收入") if section.kind == "income" else self.tr("添加支出")
        self.doc.insert(section.model.list_path, row, {"label": "", "monthly": "0.00"}, text)
        index = section.model.index(row, Column.LABEL)
        if index.isValid():
            section.table.setFocus(Qt.FocusReason.OtherFocusReason)
            section.table.setCurrentIndex(index)
            section.table.scrollTo(index)
            section.table.edit(index)

    def _remove_lines(self, section: _LinesSection) -> None:
        rows = section.selected_rows()
        if not rows:
            return
        text = self.tr("删除收入") if section.kind == "income" else self.tr("删除支出")
        if len(rows) > 1:
            self.doc.begin_macro(text)
        for row in reversed(rows):
            self.doc.remove(section.model.list_path, row, text)
        if len(rows) > 1:
            self.doc.end_macro()
        section.show_message("")

    @Slot(int)
    def _on_dependents(self, value: int) -> None:
        self.doc.set(("household", "dependents"), value, self.tr("修改供养人数"))

    # -- refresh ----------------------------------------------------------------------------
    @Slot(tuple)
    def _on_data_changed(self, path: tuple) -> None:
        if not path or path[0] == "household":
            self._refresh_values()

    def _refresh_values(self) -> None:
        value = self.doc.get(("household", "dependents"), 0)
        if isinstance(value, bool) or not isinstance(value, int):
            value = 0
        blocked = self.dependents.blockSignals(True)
        self.dependents.setValue(value)
        self.dependents.blockSignals(blocked)
        self.income.update_state()
        self.expenses.update_state()

    @Slot()
    def _refresh_results(self) -> None:
        comparison = self.doc.results.comparison
        if comparison is None:
            # Errors somewhere in the plan: no numbers from old results (the banner says why).
            self.headline.setText(self.tr("每月可用于还款：—"))
            self._set_status("", None)
            self.income.total_label.setText(self.tr("收入合计：—"))
            self.expenses.total_label.setText(self.tr("必要开支合计：—"))
        else:
            budget = comparison.budget
            self.income.total_label.setText(
                self.tr("收入合计：{amount} 元").format(amount=group(budget.income)))
            self.expenses.total_label.setText(
                self.tr("必要开支合计：{amount} 元").format(amount=group(budget.expenses)))
            self.headline.setText(
                self.tr("每月可用于还款 {amount} 元").format(amount=group(budget.available)))
            self._refresh_status()
        self._update_complete()

    def _refresh_status(self) -> None:
        results = self.doc.results
        comparison = results.comparison
        assert comparison is not None
        budget = comparison.budget
        if self.doc.count(("household", "income")) == 0:
            self._set_status(self.tr("先填每月收入和必要开支，这里会算出每月能拿出多少钱还款。"), None)
            return
        if budget.disposable <= 0:
            if budget.disposable == 0:
                text = self.tr("✗ 收入刚好只够支付必要开支，没有余钱还款。"
                               "先列出能削减的开支，或在申请书中说明。")
            else:
                text = self.tr("✗ 收入 {income} 元，必要开支 {expenses} 元：收入不够支付必要开支。"
                               "先列出能削减的开支，或在申请书中说明。").format(
                    income=group(budget.income), expenses=group(budget.expenses))
            self._set_status(text, RED)
            return
        if results.plan is None or not results.plan.debts:
            self._set_status(
                self.tr("还没有填写债务；填好后，这里会告诉你不协商的话每月要还多少。"), None)
            return
        try:
            status_quo = comparison.scenario("status_quo")
        except KeyError:
            self._set_status("", None)
            return
        if status_quo.fits_budget:
            text = self.tr("✓ 不协商、照现状还：每月还 {payment} 元，%n 个月还清，在预算内。"
                           "协商能少付多少，见「方案对比」。", "", status_quo.months).format(
                payment=group(status_quo.monthly_payment))
            self._set_status(text, GREEN)
        elif not status_quo.clears_from_budget:
            text = self.tr("✗ 不协商的话，按你能拿出的钱还不清：要在 %n 个月内还清，"
                           "每月最多需 {payment} 元，超出预算。到「方案对比」看怎样协商能还得起。",
                           "", status_quo.months).format(payment=group(status_quo.max_payment))
            self._set_status(text, RED)
        else:
            text = self.tr("✗ 不协商、照现状还：每月最多要还 {payment} 元，超出预算。"
                           "到「方案对比」看怎样协商能还得起。").format(
                payment=group(status_quo.max_payment))
            self._set_status(text, RED)

    def _set_status(self, text: str, colour: str | None) -> None:
        self.status_line.setText(text)
        self.status_line.setStyleSheet(f"color: {colour};" if colour else f"color: {MUTED};")
        self.status_line.setVisible(bool(text))

    def _update_complete(self) -> None:
        complete = self.is_complete()
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

"""Step ① 我的债务: what do I owe, and how much of it is above the legal cap?

The headline answers first (共欠 … 元 · 其中超出法定上限 … 元). Below it, on the
left, the debts table (:class:`~app.gui.models.debts_model.DebtsModel`: inputs
edited in place, calc's owed / cap / excess columns, a totals row); on the
right, a form for the selected debt with validated fields and the plain-words
explanation of its cap. Every edit goes through the document (undoable);
nothing here computes a number.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.document import PlanDocument, path_text
from app.gui.i18n import problem_text
from app.gui.models.debts_model import (
    DATE_KEYS,
    KEY_OF,
    MONEY_KEYS,
    Col,
    DebtsModel,
    date_parser,
    money_text,
    new_debt,
    new_debt_id,
    parse_field,
    rate_key,
    write_field,
)
from app.gui.pages.base import GREEN, MUTED, RED, Page
from app.gui.widgets.fields import (
    ValidatedEdit,
    count_parser,
    money_parser,
    rate_parser,
    show_rate,
)
from app.report import group
from calc.plan import REMAINING_MONTHS_MAX

__all__ = ["DebtsDelegate", "DebtsPage", "DebtsTable"]

Idx = QModelIndex | QPersistentModelIndex

# Form fields in tab order: (key, kind) where kind is text / combo / validated.
_WHO = ("creditor", "product", "creditor_kind", "contract_no", "card_last4", "contract_date")
_AMOUNTS = ("principal", "interest_due", "penalty_due", "fees_due")
_TERMS = ("rate", "penalty_rate", "overdue_since", "remaining_months", "method")
_TEXT_KEYS = ("creditor", "product", "contract_no", "card_last4")
_COMBO_KEYS = ("creditor_kind", "method")


class DebtsDelegate(QStyledItemDelegate):
    """Combo boxes for the lender class and method; right-aligned editors for numbers."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Idx) -> QWidget:
        model = index.model()
        col = Col(index.column())
        if col in (Col.KIND, Col.METHOD) and isinstance(model, DebtsModel):
            combo = QComboBox(parent)
            for label, value, tip in model.choices(col):
                combo.addItem(label, value)
                if tip:
                    combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            return combo
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            align = index.data(Qt.ItemDataRole.TextAlignmentRole)
            if align is not None:
                editor.setAlignment(Qt.AlignmentFlag(int(align)))
        return editor

    def setEditorData(self, editor: QWidget, index: Idx) -> None:
        if isinstance(editor, QComboBox):
            i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(i, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Idx) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class DebtsTable(QTableView):
    """The debts table: typing starts editing, Enter commits and moves down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.AnyKeyPressed | triggers.DoubleClicked
                             | triggers.EditKeyPressed | triggers.SelectedClicked)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the form
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setItemDelegate(DebtsDelegate(self))
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def move_down(self) -> None:
        """The cell below the current one (same column), staying on the debt rows."""
        model = self.model()
        index = self.currentIndex()
        if not isinstance(model, DebtsModel) or not index.isValid():
            return
        if index.row() + 1 < model.debt_count():
            self.setCurrentIndex(model.index(index.row() + 1, index.column()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.state() != QAbstractItemView.State.EditingState):
            self.move_down()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        model = self.model()
        ok = not isinstance(model, DebtsModel) or model.last_edit_ok
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            if ok:
                self.move_down()
            return
        super().closeEditor(editor, hint)


class TextField(QWidget):
    """A plain line edit with the document's problem for it shown underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(f"color: {RED};")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)

    def set_problem(self, text: str) -> None:
        self.message.setText(("✗ " + text) if text else "")
        self.message.setVisible(bool(text))
        self.edit.setStyleSheet(f"QLineEdit {{ border: 1px solid {RED}; }}" if text else "")


def _muted(label: QLabel) -> QLabel:
    label.setStyleSheet(f"color: {MUTED};")
    label.setWordWrap(True)
    return label


class DebtsPage(Page):
    """我的债务: the debts table, the selected debt's form, the total owed first."""

    step_key = "debts"

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.model = DebtsModel(doc, self)
        self._row: int | None = None
        self._restore: tuple[int, int] | None = None
        self._complete = False
        self._build()
        self._connect_signals()
        self.retranslate()
        self._on_reset()
        self._refresh_results()
        self._complete = self.is_complete()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        # toolbar: add / duplicate / remove, then a quiet status line
        self.add_button = QPushButton(self)
        self.add_button.setDefault(True)
        self.duplicate_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.status_label = _muted(QLabel(self))
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.duplicate_button)
        bar.addWidget(self.remove_button)
        bar.addSpacing(12)
        bar.addWidget(self.status_label, 1)
        self.page_layout.addLayout(bar)

        self.edit_error = QLabel(self)
        self.edit_error.setObjectName("tableEditError")
        self.edit_error.setWordWrap(True)
        self.edit_error.setTextFormat(Qt.TextFormat.PlainText)
        self.edit_error.setStyleSheet(f"color: {RED};")
        self.edit_error.hide()
        self.page_layout.addWidget(self.edit_error)

        self.stack = QStackedWidget(self)
        self.page_layout.addWidget(self.stack, 1)

        # empty state
        empty = QWidget(self.stack)
        self.empty_label = QLabel(empty)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.empty_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty_label.setFont(font)
        self.empty_add_button = QPushButton(empty)
        big = QFont(self.empty_add_button.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.empty_add_button.setFont(big)
        self.empty_add_button.setMinimumSize(220, 48)
        # the system accent colour: green and red are kept for "within / above the cap"
        self.empty_add_button.setStyleSheet(
            "QPushButton { background: palette(highlight); color: palette(highlighted-text);"
            " border-radius: 6px; padding: 8px 24px; }"
            "QPushButton:focus { border: 2px solid palette(text); }")
        el = QVBoxLayout(empty)
        el.addStretch(1)
        el.addWidget(self.empty_label)
        el.addSpacing(16)
        el.addWidget(self.empty_add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        el.addStretch(2)
        self.stack.addWidget(empty)

        # table (and the selected debt's explanation) | form
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.stack)
        left = QWidget(self.splitter)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.table = DebtsTable(left)
        self.table.setModel(self.model)
        ll.addWidget(self.table, 1)
        self.explain_box = self._build_explanation(left)
        ll.addWidget(self.explain_box)
        self.form_scroll = QScrollArea(self.splitter)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setMinimumWidth(340)
        self.form = QWidget()
        self.form_scroll.setWidget(self.form)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.form_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.stack.addWidget(self.splitter)
        self._build_form()

        # keyboard actions on the table
        self.add_action = QAction(self)
        self.add_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.remove_action = QAction(self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.duplicate_action = QAction(self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        for action in (self.add_action, self.remove_action, self.duplicate_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)

        QWidget.setTabOrder(self.add_button, self.duplicate_button)
        QWidget.setTabOrder(self.duplicate_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.table)
        previous: QWidget = self.table
        for key in (*_WHO, *_AMOUNTS, *_TERMS):
            widget = self.fields[key]
            target = widget.edit if isinstance(widget, ValidatedEdit | TextField) else widget
            QWidget.setTabOrder(previous, target)
            previous = target

    def _build_form(self) -> None:
        outer = QVBoxLayout(self.form)
        outer.setContentsMargins(8, 0, 4, 0)
        self.form_title = QLabel(self.form)
        title_font = QFont(self.form_title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.form_title.setFont(title_font)
        self.form_title.setWordWrap(True)
        outer.addWidget(self.form_title)

        self.fields: dict[str, Any] = {}
        self.field_labels: dict[str, QLabel] = {}
        self.section_labels: list[QLabel] = []
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(4)
        for keys in (_WHO, _AMOUNTS, _TERMS):
            header = QLabel(self.form)
            f = QFont(header.font())
            f.setBold(True)
            header.setFont(f)
            header.setStyleSheet(f"color: {MUTED}; padding-top: 6px;")
            self.section_labels.append(header)
            form.addRow(header)
            for key in keys:
                widget = self._make_field(key)
                label = QLabel(self.form)
                label.setBuddy(widget.edit if isinstance(widget, ValidatedEdit | TextField) else widget)
                self.fields[key] = widget
                self.field_labels[key] = label
                form.addRow(label, widget)
        outer.addLayout(form)
        outer.addStretch(1)

    def _build_explanation(self, parent: QWidget) -> QFrame:
        """Plain words about the selected debt: what is owed, the cap, what is above it."""
        box = QFrame(parent)
        box.setObjectName("debtExplanation")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        eb = QVBoxLayout(box)
        self.explain_title = QLabel(box)
        bold = QFont(self.explain_title.font())
        bold.setBold(True)
        self.explain_title.setFont(bold)
        self.explain_owed = QLabel(box)
        self.explain_cap = QLabel(box)
        self.explain_excess = QLabel(box)
        self.explain_next = QLabel(box)
        self.explain_rates = _muted(QLabel(box))
        for label in (self.explain_title, self.explain_owed, self.explain_cap, self.explain_excess,
                      self.explain_next, self.explain_rates):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            eb.addWidget(label)
        return box

    def _make_field(self, key: str) -> Any:
        if key in _TEXT_KEYS:
            field = TextField(self.form)
            if key == "card_last4":
                field.edit.setMaxLength(4)
            field.edit.editingFinished.connect(lambda k=key: self._commit_text(k))
            return field
        if key in _COMBO_KEYS:
            combo = QComboBox(self.form)
            col = Col.KIND if key == "creditor_kind" else Col.METHOD
            for _label, value, _tip in self.model.choices(col):
                combo.addItem("", value)
            combo.currentIndexChanged.connect(lambda _i, k=key: self._commit_combo(k))
            return combo
        if key in MONEY_KEYS:
            field = ValidatedEdit(money_parser(allow_empty=key != "principal"), parent=self.form)
        elif key == "rate":
            field = ValidatedEdit(rate_parser(), parent=self.form)
        elif key == "penalty_rate":
            field = ValidatedEdit(rate_parser(allow_empty=True), parent=self.form)
        elif key == "remaining_months":
            field = ValidatedEdit(count_parser(0, REMAINING_MONTHS_MAX, allow_empty=True),
                                  parent=self.form)
        else:
            assert key in DATE_KEYS
            field = ValidatedEdit(date_parser, right_align=False, parent=self.form)
        field.committed.connect(lambda value, k=key: self._commit_value(k, value))
        return field

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_debt)
        self.empty_add_button.clicked.connect(self.add_debt)
        self.duplicate_button.clicked.connect(self.duplicate_debt)
        self.remove_button.clicked.connect(self.remove_debt)
        self.add_action.triggered.connect(self.add_debt)
        self.remove_action.triggered.connect(self.remove_debt)
        self.duplicate_action.triggered.connect(self.duplicate_debt)
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._on_reset)
        self.model.editFailed.connect(self._show_edit_error)
        self.model.editDone.connect(self._clear_edit_error)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.doc.dataChanged.connect(self._on_data_changed)
        self.doc.resultsChanged.connect(self._on_results_changed)

    # -- Page API ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.add_button.setText(self.tr("添加债务"))
        self.add_button.setToolTip(self.tr("添加一笔债务（在表格中按 Insert 键）"))
        self.empty_add_button.setText(self.tr("添加债务"))
        self.duplicate_button.setText(self.tr("复制"))
        self.duplicate_button.setToolTip(self.tr("复制选中的债务，再修改不同的地方（Ctrl+D）"))
        self.remove_button.setText(self.tr("删除"))
        self.remove_button.setToolTip(self.tr("删除选中的债务（在表格中按 Delete 键）；可以撤销"))
        self.add_action.setText(self.tr("添加债务"))
        self.remove_action.setText(self.tr("删除债务"))
        self.duplicate_action.setText(self.tr("复制债务"))
        self.empty_label.setText(self.tr("还没有债务。点击「添加债务」，照着借款App里的数字填写。"))
        self.table.setToolTip("")
        for header, text in zip(self.section_labels,
                                (self.tr("出借方"), self.tr("还欠多少"), self.tr("利率和逾期")),
                                strict=True):
            header.setText(text)
        labels = {
            "creditor": self.tr("债权人"),
            "product": self.tr("借款App / 产品"),
            "creditor_kind": self.tr("出借人类型"),
            "contract_no": self.tr("合同编号"),
            "card_last4": self.tr("卡号后四位"),
            "contract_date": self.tr("合同日期"),
            "principal": self.tr("剩余本金"),
            "interest_due": self.tr("已出账利息"),
            "penalty_due": self.tr("已出账罚息"),
            "fees_due": self.tr("已出账费用"),
            "rate": self.tr("合同利率"),
            "penalty_rate": self.tr("罚息利率"),
            "overdue_since": self.tr("逾期开始"),
            "remaining_months": self.tr("剩余期数"),
            "method": self.tr("还款方式"),
        }
        tips = {
            "creditor": self.tr("合同或征信报告上的出借机构全称，例如：重庆美团三快小额贷款有限公司。"
                                "申请书寄给这家机构。"),
            "product": self.tr("你在手机上看到的名字，例如：美团借钱、借呗"),
            "contract_no": self.tr("借款合同编号或借据号（可不填）"),
            "card_last4": self.tr("信用卡卡号的最后四位数字（可不填）"),
            "contract_date": self.tr("借款合同签订的日期；民间借贷的法定上限按这一天的LPR计算"),
            "rate": self.tr("照合同写：年化18%、日利率0.05%、日息万五、月息1.5% 都可以"),
            "penalty_rate": self.tr("逾期后的罚息年利率；合同没写就留空，按合同利率的1.5倍估算"),
            "overdue_since": self.tr("第一次没按时还款的日期"),
            "remaining_months": self.tr("还没到期的期数；已全部到期或被要求一次还清时填 0"),
        }
        placeholders = {
            "product": self.tr("如：美团借钱"),
            "creditor": self.tr("如：重庆美团三快小额贷款有限公司"),
            "contract_date": self.tr("年-月-日，如 2025-07-20"),
            "overdue_since": self.tr("年-月-日，如 2026-07-20"),
            "rate": self.tr("如：年化18% 或 日利率0.05%"),
            "remaining_months": "0",
            "principal": "0.00",
            "interest_due": "0.00",
            "penalty_due": "0.00",
            "fees_due": "0.00",
        }
        for key, widget in self.fields.items():
            self.field_labels[key].setText(labels[key])
            tip = tips.get(key) or (self.model.header_tip(self._col_of(key))
                                    if key in KEY_OF.values() else "")
            self.field_labels[key].setToolTip(tip)
            if isinstance(widget, ValidatedEdit):
                # the edit's own tooltip carries its error message
                widget.setToolTip(tip)
                widget.retranslate()
            elif isinstance(widget, TextField):
                widget.edit.setToolTip(tip)
            else:
                widget.setToolTip(tip)
            if isinstance(widget, ValidatedEdit | TextField) and key in placeholders:
                widget.edit.setPlaceholderText(placeholders[key])
        for key in _COMBO_KEYS:
            combo: QComboBox = self.fields[key]
            col = Col.KIND if key == "creditor_kind" else Col.METHOD
            with QSignalBlocker(combo):
                for i, (label, _value, tip) in enumerate(self.model.choices(col)):
                    combo.setItemText(i, label)
                    combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        self.model.refresh_texts()
        self._refresh_form_title()
        self._refresh_results()
        self._refresh_penalty_placeholder()

    def _col_of(self, key: str) -> Col:
        for col, k in KEY_OF.items():
            if k == key:
                return col
        return Col.CREDITOR

    # -- actions -------------------------------------------------------------------------
    def _ids(self) -> list[Any]:
        debts = self.doc.get(("debts",)) or []
        return [d.get("id") for d in debts if isinstance(d, dict)]

    def debt_name(self, row: int) -> str:
        """How the user calls debt ``row``: its app name, else the creditor, else 第n笔债务."""
        debt = self.model.debt(row)
        name = str(debt.get("product") or debt.get("creditor") or "")
        return name or self.tr("第{n}笔债务").format(n=row + 1)

    @Slot()
    def add_debt(self) -> None:
        """Append a new empty debt (undoable), select it and put the cursor in 债权人."""
        n = self.doc.count(("debts",))
        self.doc.insert(("debts",), n, new_debt(self._ids()), self.tr("添加债务"))
        self.select_row(n)
        self.status_label.setText(self.tr("已添加第{n}笔债务：照着借款App里的数字，在右边填写。")
                                  .format(n=n + 1))
        edit = self.fields["creditor"].edit
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.selectAll()

    @Slot()
    def duplicate_debt(self) -> None:
        """Insert a copy of the selected debt below it, with a fresh id (undoable)."""
        row = self._row
        if row is None:
            return
        debt = copy.deepcopy(self.model.debt(row))
        debt["id"] = new_debt_id(self._ids())
        name = self.debt_name(row)
        self.doc.insert(("debts",), row + 1, debt, self.tr("复制债务“{name}”").format(name=name))
        self.select_row(row + 1)
        self.status_label.setText(self.tr("已复制“{name}”：修改不同的地方。").format(name=name))

    @Slot()
    def remove_debt(self) -> None:
        """Remove the selected debt (undoable: no confirmation; the status line names it)."""
        row = self._row
        if row is None or row >= self.doc.count(("debts",)):
            return
        name = self.debt_name(row)
        self.doc.remove(("debts",), row, self.tr("删除债务“{name}”").format(name=name))
        n = self.doc.count(("debts",))
        if n:
            self.select_row(min(row, n - 1))
        self.status_label.setText(self.tr("已删除“{name}”。按 Ctrl+Z 可以撤销。").format(name=name))

    def select_row(self, row: int, column: int | None = None) -> None:
        """Make debt ``row`` current in the table (and in the form)."""
        if not 0 <= row < self.model.debt_count():
            return
        col = column if column is not None else max(self.table.currentIndex().column(), 0)
        self.table.setCurrentIndex(self.model.index(row, col))
        self._show_row(row)

    # -- editing from the form -----------------------------------------------------------
    def _commit_text(self, key: str) -> None:
        row = self._row
        if row is None:
            return
        widget: TextField = self.fields[key]
        text = widget.edit.text()
        current = self.model.debt(row).get(key)
        if text.strip() == ("" if current is None else str(current)):
            return
        write_field(self.doc, row, key, parse_field(key, text), self.model.undo_text(key))

    def _commit_combo(self, key: str) -> None:
        row = self._row
        if row is None:
            return
        combo: QComboBox = self.fields[key]
        value = combo.currentData()
        if value is None:
            return
        write_field(self.doc, row, key, value, self.model.undo_text(key))

    def _commit_value(self, key: str, value: Any) -> None:
        row = self._row
        if row is None:
            return
        write_field(self.doc, row, key, value, self.model.undo_text(key))
        self._refresh_field(key)

    # -- refreshing ----------------------------------------------------------------------
    @Slot()
    def _before_reset(self) -> None:
        index = self.table.currentIndex()
        self._restore = (index.row(), index.column()) if index.isValid() else None

    @Slot()
    def _on_reset(self) -> None:
        n = self.model.debt_count()
        self.stack.setCurrentIndex(1 if n else 0)
        self._update_buttons()
        if n == 0:
            self._row = None
            return
        row, col = self._restore or (self._row if self._row is not None else 0, 0)
        row = min(max(row, 0), n - 1)
        self.table.setCurrentIndex(self.model.index(row, col))
        self._show_row(row)
        self._fit_columns()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        if header.sectionSize(Col.CREDITOR) > 240:
            header.resizeSection(Col.CREDITOR, 240)

    def _update_buttons(self) -> None:
        has = self._row is not None and self.model.debt_count() > 0
        self.duplicate_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        valid = current.isValid() and current.row() < self.model.debt_count()
        if valid and current.row() != self._row:
            self._show_row(current.row())

    def _show_row(self, row: int) -> None:
        self._row = row
        for key, widget in self.fields.items():
            if isinstance(widget, ValidatedEdit):
                field = rate_key(self.model.debt(row)) if key == "rate" else key
                widget.set_field_path(path_text(("debts", row, field)))
        for key in self.fields:
            self._refresh_field(key)
        self._refresh_form_title()
        self._refresh_form_problems()
        self._refresh_explanation()
        self._refresh_penalty_placeholder()
        self._update_buttons()

    def _field_text(self, key: str, debt: dict[str, Any]) -> str:
        if key == "rate":
            return self.model.rate_text(debt)
        value = debt.get(key)
        if key == "penalty_rate":
            return self.model.data(self.model.index(self._row or 0, Col.PENALTY_RATE),
                                   Qt.ItemDataRole.DisplayRole) if value is not None else ""
        if key in MONEY_KEYS:
            return money_text(value)
        return "" if value is None else str(value)

    def _refresh_field(self, key: str) -> None:
        row = self._row
        if row is None or key not in self.fields:
            return
        debt = self.model.debt(row)
        widget = self.fields[key]
        with QSignalBlocker(widget):
            if isinstance(widget, ValidatedEdit):
                if key == "rate":
                    widget.set_field_path(path_text(("debts", row, rate_key(debt))))
                widget.set_text(self._field_text(key, debt))
            elif isinstance(widget, TextField):
                with QSignalBlocker(widget.edit):
                    widget.edit.setText(self._field_text(key, debt))
            else:
                default = "licensed" if key == "creditor_kind" else "equal_installment"
                with QSignalBlocker(widget):
                    i = widget.findData(str(debt.get(key, default)))
                    widget.setCurrentIndex(max(i, 0))

    def _refresh_form_title(self) -> None:
        if self._row is None:
            self.form_title.setText("")
            self.explain_title.setText("")
            return
        name = self.debt_name(self._row)
        self.form_title.setText(self.tr("填写或修改：{name}").format(name=name))
        self.explain_title.setText(self.tr("第{n}笔：{name}").format(n=self._row + 1, name=name))

    def _refresh_form_problems(self) -> None:
        row = self._row
        if row is None:
            return
        results = self.doc.results
        for key, widget in self.fields.items():
            if key == "rate":
                problems = [p for p in results.problems_at(("debts", row))
                            if p.path in (path_text(("debts", row, "annual_rate")),
                                          path_text(("debts", row, "daily_rate")))
                            or p.code == "debt.rate_missing"]
            else:
                problems = list(results.problems_at(("debts", row, key)))
            text = "\n".join(problem_text(p) for p in problems)
            if isinstance(widget, ValidatedEdit | TextField):
                widget.set_problem(text)
            else:
                widget.setStyleSheet(f"QComboBox {{ border: 1px solid {RED}; }}" if text else "")

    def _refresh_penalty_placeholder(self) -> None:
        row = self._row
        widget: ValidatedEdit = self.fields["penalty_rate"]
        summary = self.model.summary(row) if row is not None else None
        if summary is not None:
            widget.edit.setPlaceholderText(self.tr("不填：按默认 年化 {rate}").format(
                rate=show_rate(summary.penalty_rate)))
        else:
            widget.edit.setPlaceholderText(self.tr("不填：按合同利率的1.5倍"))

    def _refresh_explanation(self) -> None:
        row = self._row
        summary = self.model.summary(row) if row is not None else None
        self.explain_box.setVisible(row is not None)
        for label in (self.explain_cap, self.explain_excess, self.explain_next, self.explain_rates):
            label.setVisible(summary is not None)
        if summary is None:
            self.explain_owed.setText(self.tr("结果未更新：请先改正标红的输入。"))
            self.explain_owed.setStyleSheet(f"color: {MUTED};")
            return
        self.explain_owed.setStyleSheet("")
        self.explain_owed.setText(self.tr(
            "共欠 {owed} 元：本金 {principal} 元，加上已出账的利息、罚息和费用 {billed} 元").format(
            owed=group(summary.owed), principal=group(summary.principal),
            billed=group(summary.billed.total)))
        self.explain_cap.setText(self.tr("法定上限：年化 {rate}（鼠标停留可看法律依据）").format(
            rate=show_rate(summary.cap.annual)))
        self.explain_cap.setToolTip(self.model.cap_tip(summary))
        legal = self.tr("法律术语：利息、复利、罚息、违约金和其他费用合计超过法定上限的部分，"
                        "借款人可以请求调减。") + "\n" + self.model.cap_tip(summary)
        if summary.excess > 0:
            self.explain_excess.setText(self.tr("✗ 超出法定上限 {amount} 元").format(
                amount=group(summary.excess)))
            self.explain_excess.setStyleSheet(f"color: {RED}; font-weight: bold;")
            self.explain_next.setText(self.tr("可在申请书中要求减免这部分。"))
            self.explain_next.show()
        elif summary.check.measurable:
            self.explain_excess.setText(self.tr("✓ 已出账的利息、罚息和费用没有超出法定上限"))
            self.explain_excess.setStyleSheet(f"color: {GREEN};")
            self.explain_next.hide()
        else:
            self.explain_excess.setText(self.tr("还无法判断是否超出上限"))
            self.explain_excess.setStyleSheet(f"color: {MUTED};")
            self.explain_next.setText(self.tr("请填写逾期开始日期或合同日期。"))
            self.explain_next.show()
        self.explain_excess.setToolTip(legal)
        self.explain_next.setToolTip(legal)
        self.explain_rates.setText(self.tr("按年计算：合同利率 {rate}，罚息 {penalty}").format(
            rate=self.model.annual_text(summary.annual_rate),
            penalty=self.model.annual_text(summary.penalty_rate)))

    def _refresh_headline(self) -> None:
        n = self.doc.count(("debts",))
        if n == 0:
            self.headline.setText(self.tr("还没有债务：先添加一笔借款"))
            return
        totals = self.model.totals()
        if totals is None:
            self.headline.setText(self.tr("数据需要修正：改好标红的输入后，这里会显示共欠多少"))
            return
        owed, excess = totals
        if excess > 0:
            self.headline.setText(self.tr("共欠 {owed} 元 · 其中超出法定上限 {excess} 元").format(
                owed=group(owed), excess=group(excess)))
        else:
            self.headline.setText(self.tr("共欠 {owed} 元 · 已出账费用都没有超出法定上限").format(
                owed=group(owed)))

    def _refresh_results(self) -> None:
        self._refresh_headline()
        self._refresh_form_problems()
        self._refresh_explanation()

    @Slot(tuple)
    def _on_data_changed(self, path: tuple) -> None:
        if len(path) >= 3 and path[0] == "debts" and path[1] == self._row:
            key = path[2]
            key = "rate" if key in ("annual_rate", "daily_rate") else key
            self._refresh_field(str(key))
            if key in ("creditor", "product"):
                self._refresh_form_title()
        if not path or path[0] == "debts":
            self._refresh_headline_if_empty()
            self._update_complete()

    def _refresh_headline_if_empty(self) -> None:
        if self.doc.count(("debts",)) == 0:
            self._refresh_headline()

    @Slot()
    def _on_results_changed(self) -> None:
        self._refresh_results()
        self._fit_columns()  # the owed/cap/excess columns get their figures only now
        self._refresh_penalty_placeholder()
        self._update_complete()

    def _update_complete(self) -> None:
        complete = self.is_complete()
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

    @Slot(str)
    def _show_edit_error(self, text: str) -> None:
        self.edit_error.setText("✗ " + text)
        self.edit_error.show()

    @Slot()
    def _clear_edit_error(self) -> None:
        self.edit_error.clear()
        self.edit_error.hide()

"""The household budget lines (income or essential expenses) as a table model.

One :class:`BudgetLinesModel` shows one list of the plan file,
``household.income`` or ``household.expenses``: a row per line, the columns of
:class:`Column`. It reads the plan's JSON through the document on every
``data()`` call and writes through ``doc.set`` (undoable), so undo, redo and
loads show up by themselves. It formats, it never computes: totals come from
``calc``'s :class:`~calc.budget.Budget` on the page.

Categories are stored as English keys (``"housing"``) and shown translated;
a key the app does not know (written by another tool) is shown as it is and
kept. Amounts are parsed with :func:`calc.parse.parse_amount` (``1.2万``,
``¥500``, ``1,500``) and stored as canonical ``"12000.00"`` strings; text that
does not parse writes nothing and :attr:`BudgetLinesModel.invalidInput` carries
the sentence that names the field.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor

from app.gui.document import PlanDocument, path_text
from app.gui.i18n import problem_text
from app.report import group
from calc.errors import CalcError
from calc.parse import parse_amount

__all__ = [
    "EXPENSE_CATEGORIES",
    "INCOME_CATEGORIES",
    "KINDS",
    "BudgetLinesModel",
    "Column",
    "category_text",
]

KINDS = ("income", "expenses")

INCOME_CATEGORIES: tuple[str, ...] = ("wage", "temp_work", "benefits", "family_support", "other")
EXPENSE_CATEGORIES: tuple[str, ...] = (
    "housing", "food", "transport", "utilities", "medical", "education", "dependents",
    "insurance", "other",
)

_CATEGORY_CONTEXT = "BudgetCategories"
_CATEGORY_SOURCE: dict[str, str] = {
    "wage": QT_TRANSLATE_NOOP("BudgetCategories", "工资"),
    "temp_work": QT_TRANSLATE_NOOP("BudgetCategories", "临时工/零工"),
    "benefits": QT_TRANSLATE_NOOP("BudgetCategories", "补助"),
    "family_support": QT_TRANSLATE_NOOP("BudgetCategories", "家人资助"),
    "housing": QT_TRANSLATE_NOOP("BudgetCategories", "住房"),
    "food": QT_TRANSLATE_NOOP("BudgetCategories", "伙食"),
    "transport": QT_TRANSLATE_NOOP("BudgetCategories", "交通通讯"),
    "utilities": QT_TRANSLATE_NOOP("BudgetCategories", "水电燃气"),
    "medical": QT_TRANSLATE_NOOP("BudgetCategories", "医疗"),
    "education": QT_TRANSLATE_NOOP("BudgetCategories", "教育"),
    "dependents": QT_TRANSLATE_NOOP("BudgetCategories", "子女/赡养"),
    "insurance": QT_TRANSLATE_NOOP("BudgetCategories", "保险"),
    "other": QT_TRANSLATE_NOOP("BudgetCategories", "其他"),
}

_RED = QColor("#b3261e")
_ROOT = QModelIndex()


def category_text(key: str) -> str:
    """The category ``key`` in the UI language; an unknown key as it is; ``""`` stays empty."""
    source = _CATEGORY_SOURCE.get(key)
    return QCoreApplication.translate(_CATEGORY_CONTEXT, source) if source else key


class Column(IntEnum):
    LABEL = 0
    CATEGORY = 1
    MONTHLY = 2
    NOTE = 3


_FIELDS: dict[Column, str] = {
    Column.LABEL: "label",
    Column.CATEGORY: "category",
    Column.MONTHLY: "monthly",
    Column.NOTE: "note",
}
_COLUMN_OF_FIELD = {name: col for col, name in _FIELDS.items()}


def _shown_money(value: Any) -> str:
    """A stored amount as the table shows it (``"1500.00"`` → ``1,500.00``); bad values as-is."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        return str(value)
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    return group(amount) if amount.is_finite() else str(value)


class BudgetLinesModel(QAbstractTableModel):
    """``household.<kind>`` of the document as rows (``kind`` is ``income`` or ``expenses``).

    Signals: ``invalidInput(str)`` — typed text was refused (the sentence names
    the field, nothing was written); ``inputAccepted()`` — an edit was written.
    """

    invalidInput = Signal(str)
    inputAccepted = Signal()

    def __init__(self, doc: PlanDocument, kind: str, parent: QObject | None = None) -> None:
        if kind not in KINDS:
            raise ValueError(kind)
        super().__init__(parent)
        self._doc = doc
        self._kind = kind
        self._rows = doc.count(self.list_path)
        self.last_edit_ok = True
        doc.dataChanged.connect(self._on_data_changed)
        doc.resultsChanged.connect(self._on_results_changed)

    # -- what it shows -----------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self._kind

    @property
    def list_path(self) -> tuple[str, str]:
        return ("household", self._kind)

    def categories(self) -> tuple[str, ...]:
        """The category keys offered for this list, in display order."""
        return INCOME_CATEGORIES if self._kind == "income" else EXPENSE_CATEGORIES

    def field_path(self, row: int, column: int) -> tuple[str | int, ...]:
        return (*self.list_path, row, _FIELDS[Column(column)])

    def _line(self, row: int) -> dict[str, Any] | None:
        item = self._doc.get((*self.list_path, row))
        return item if isinstance(item, dict) else None

    # -- QAbstractItemModel ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(Column):
                return None
            col = Column(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return self._header_text(col)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                if col == Column.MONTHLY:
                    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self._rows:
            return str(section + 1)
        return None

    def _header_text(self, col: Column) -> str:
        if col == Column.LABEL:
            return self.tr("名称")
        if col == Column.CATEGORY:
            return self.tr("类别")
        if col == Column.MONTHLY:
            return self.tr("每月金额（元）")
        return self.tr("备注")

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._line(index.row()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._rows:
            return None
        col = Column(index.column())
        line = self._line(index.row()) or {}
        value = line.get(_FIELDS[col])
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Column.MONTHLY:
                return _shown_money(value)
            if col == Column.CATEGORY:
                return category_text(value) if isinstance(value, str) else _text(value)
            return _text(value)
        if role == Qt.ItemDataRole.EditRole:
            return _text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == Column.MONTHLY:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _RED if self._problems(index.row(), col) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self._problems(index.row(), col)
            if problems:
                return "\n".join(problems)
            if col == Column.CATEGORY and isinstance(value, str) and value \
                    and value not in _CATEGORY_SOURCE:
                return self.tr("文件中的类别，原样保留")
            if col in (Column.LABEL, Column.NOTE) and value:
                return _text(value)  # the whole text when the cell cuts it short
            return None
        return None

    def _problems(self, row: int, col: Column) -> list[str]:
        results = self._doc.results
        field = results.problems_at(self.field_path(row, col))
        if col == Column.LABEL:
            # Problems of the line itself (not of one field) show on its first cell.
            own = path_text((*self.list_path, row))
            field = field + tuple(p for p in results.problems if p.path == own)
        return [problem_text(p) for p in field]

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() \
                or not 0 <= index.row() < self._rows or self._line(index.row()) is None:
            return False
        col = Column(index.column())
        path = self.field_path(index.row(), col)
        text = "" if value is None else str(value)
        if col == Column.MONTHLY:
            try:
                amount = parse_amount(text)
            except CalcError as exc:
                self.last_edit_ok = False
                self.invalidInput.emit(problem_text(exc.at(path_text(path)).as_problem()))
                return False
            self._doc.set(path, f"{amount:.2f}", self._undo_text(col))
        elif col == Column.LABEL:
            self._doc.set(path, text.strip(), self._undo_text(col))
        else:
            # Category and note are optional: empty removes the key.
            self._doc.set(path, text.strip() or None, self._undo_text(col))
        self.last_edit_ok = True
        self.inputAccepted.emit()
        return True

    def _undo_text(self, col: Column) -> str:
        if self._kind == "income":
            texts = {
                Column.LABEL: self.tr("修改收入名称"),
                Column.CATEGORY: self.tr("修改收入类别"),
                Column.MONTHLY: self.tr("修改收入金额"),
                Column.NOTE: self.tr("修改收入备注"),
            }
        else:
            texts = {
                Column.LABEL: self.tr("修改支出名称"),
                Column.CATEGORY: self.tr("修改支出类别"),
                Column.MONTHLY: self.tr("修改支出金额"),
                Column.NOTE: self.tr("修改支出备注"),
            }
        return texts[col]

    # -- following the document ---------------------------------------------------------------
    def retranslate(self) -> None:
        """Headers and category names in the new UI language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self._all_changed()

    def _all_changed(self, roles: list[int] | None = None) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(Column) - 1),
                                  roles or [])

    @Slot(tuple)
    def _on_data_changed(self, path: tuple) -> None:
        base = self.list_path
        if len(path) >= 4 and path[:2] == base and isinstance(path[2], int):
            row = path[2]
            col = _COLUMN_OF_FIELD.get(path[3]) if isinstance(path[3], str) else None
            if 0 <= row < self._rows and self._doc.count(base) == self._rows:
                if col is None:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
                else:
                    self.dataChanged.emit(self.index(row, col), self.index(row, col))
                return
        # A whole line, the list, the household or everything (load, New, undo of
        # an insert): the rows may have moved.
        if path[:len(base)] == base[:len(path)]:
            self.beginResetModel()
            self._rows = self._doc.count(base)
            self.endResetModel()

    @Slot()
    def _on_results_changed(self) -> None:
        self._all_changed([Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole])


def _text(value: Any) -> str:
    return "" if value is None else str(value)

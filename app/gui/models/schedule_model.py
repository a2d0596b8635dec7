"""Table models of the 还款计划 page: one debt's dated rows, all debts by month, the totals row.

They show ``calc`` results and compute no money (``app/gui/README.md``):

- :class:`DebtScheduleModel` — the rows of one :class:`~calc.scenarios.DebtPath`
  (期数, 日期, 还款额, 本金, 利息, 罚息, 费用, 剩余欠款), the footer the path's
  ``total_paid``. A payment on or before ``as_of`` (a down payment) is labelled
  首付 instead of an installment number.
- :class:`MonthScheduleModel` — a scenario by calendar month: one column per
  debt with that month's payment (the debt's rows falling in the month, whatever
  the day), the total column ``Scenario.by_month``; payments on or before
  ``as_of`` (down payments, which ``by_month`` leaves out) form a first 首付 row
  whose total is ``Scenario.down_payment``. Footer: each ``DebtPath.total_paid``
  and ``Scenario.total_paid``.
- :class:`TotalsRowModel` — the footer of either as a one-row model, shown
  pinned under the table.

Cells are kept as plain values (``Decimal``, ``date``, ``int``, ``str``,
``None``): :data:`RAW_ROLE` returns them, the display role formats them (money
with :func:`app.report.group`, dates ISO), and :meth:`ScheduleModelBase.csv_table`
hands them to :mod:`app.schedule_csv` unformatted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from app.report import group
from calc.money import total
from calc.scenarios import DebtPath, Scenario
from calc.schedule import Row

__all__ = [
    "RAW_ROLE",
    "DebtColumn",
    "DebtLabel",
    "DebtScheduleModel",
    "MonthScheduleModel",
    "ScheduleModelBase",
    "TotalsRowModel",
    "cell_text",
]

RAW_ROLE = Qt.ItemDataRole.UserRole
"""The cell's plain value: ``Decimal`` money, ``date``, ``int``, ``str`` or ``None``."""

_RIGHT_INT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT_INT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)

Index = QModelIndex | QPersistentModelIndex


def cell_text(value: object) -> str:
    """What a cell shows: money ``12,345.60``, dates ``2027-03-24``, ``None`` empty."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return group(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class DebtLabel:
    """How a debt is named in a column header: short (product) and full (creditor)."""

    debt_id: str
    short: str
    full: str


class ScheduleModelBase(QAbstractTableModel):
    """Read-only table of plain cells plus a totals row (see the module doc).

    Subclasses implement :meth:`raw`, :meth:`footer_raw`, :meth:`header_text`,
    :meth:`money_column` and the counts.
    """

    footerChanged = Signal()
    """The totals row changed (after every reset and language switch)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts: dict[tuple[int, int], str] = {}

    # -- for subclasses ----------------------------------------------------------------------
    def raw(self, row: int, column: int) -> object:
        raise NotImplementedError

    def footer_raw(self, column: int) -> object:
        """The totals row's cell (``None`` when calc has no total for that column)."""
        raise NotImplementedError

    def has_footer(self) -> bool:
        return False

    def header_text(self, column: int) -> str:
        raise NotImplementedError

    def header_tooltip(self, column: int) -> str | None:
        return None

    def money_column(self, column: int) -> bool:
        """True for columns of amounts (right-aligned, header too)."""
        raise NotImplementedError

    def right_aligned(self, column: int) -> bool:
        """True for columns shown right-aligned (amounts; counts too)."""
        return self.money_column(column)

    def _clear_cache(self) -> None:
        """Forget the formatted texts (call inside every reset and on language change)."""
        self._texts.clear()

    # -- Qt model API ------------------------------------------------------------------------
    # data() runs for every role of every visible cell at each repaint: answer the
    # roles it uses from a cache of formatted texts and return early for the rest.
    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:
            if not index.isValid():
                return None
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = cell_text(self.raw(*key))
            return text
        if role == _ALIGN:
            if not index.isValid():
                return None
            return _RIGHT_INT if self.right_aligned(index.column()) else _LEFT_INT
        if role == RAW_ROLE and index.isValid():
            return self.raw(index.row(), index.column())
        return None

    def footer_data(self, column: int, role: int = _DISPLAY) -> Any:
        if not self.has_footer() or not 0 <= column < self.columnCount():
            return None
        if role == _DISPLAY:
            return cell_text(self.footer_raw(column))
        if role == _ALIGN:
            return _RIGHT_INT if self.right_aligned(column) else _LEFT_INT
        if role == RAW_ROLE:
            return self.footer_raw(column)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tooltip(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT_INT if self.right_aligned(section) else _LEFT_INT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- language and export -----------------------------------------------------------------
    def retranslate(self) -> None:
        """Re-label headers and the 首付 / 合计 cells after a language switch."""
        self._clear_cache()
        columns = self.columnCount()
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
            rows = self.rowCount()
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))
        self.footerChanged.emit()

    def csv_table(self) -> tuple[list[str], list[list[object]]]:
        """Headers and rows (the totals row last) as plain values, for :mod:`app.schedule_csv`."""
        columns = range(self.columnCount())
        headers = [self.header_text(c) for c in columns]
        rows = [[self.raw(r, c) for c in columns] for r in range(self.rowCount())]
        if self.has_footer() and rows:
            rows.append([self.footer_raw(c) for c in columns])
        return headers, rows


class DebtColumn(IntEnum):
    NO = 0
    DATE = 1
    PAYMENT = 2
    PRINCIPAL = 3
    INTEREST = 4
    PENALTY = 5
    FEES = 6
    BALANCE = 7


class DebtScheduleModel(ScheduleModelBase):
    """The dated rows of one debt in one scenario (columns :class:`DebtColumn`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path: DebtPath | None = None
        self._rows: tuple[Row, ...] = ()
        self._numbers: tuple[int | None, ...] = ()

    def set_path(self, path: DebtPath | None, as_of: date | None) -> None:
        """Show ``path`` (``None``: nothing). Rows on or before ``as_of`` are down payments."""
        self.beginResetModel()
        self._clear_cache()
        self._path = path
        self._rows = tuple(path.rows) if path is not None else ()
        numbers: list[int | None] = []
        n = 0
        for row in self._rows:
            if as_of is not None and row.date <= as_of:
                numbers.append(None)
            else:
                n += 1
                numbers.append(n)
        self._numbers = tuple(numbers)
        self.endResetModel()
        self.footerChanged.emit()

    @property
    def path(self) -> DebtPath | None:
        return self._path

    def installment_count(self) -> int:
        """How many rows are installments (not down payments)."""
        return sum(1 for n in self._numbers if n is not None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(DebtColumn)

    def raw(self, row: int, column: int) -> object:
        r = self._rows[row]
        match DebtColumn(column):
            case DebtColumn.NO:
                number = self._numbers[row]
                return number if number is not None else self.tr("首付")
            case DebtColumn.DATE:
                return r.date
            case DebtColumn.PAYMENT:
                return r.payment
            case DebtColumn.PRINCIPAL:
                return r.principal
            case DebtColumn.INTEREST:
                return r.interest
            case DebtColumn.PENALTY:
                return r.penalty
            case DebtColumn.FEES:
                return r.fees
            case DebtColumn.BALANCE:
                return r.balance

    def has_footer(self) -> bool:
        return self._path is not None and bool(self._rows)

    def footer_raw(self, column: int) -> object:
        if self._path is None:
            return None
        if column == DebtColumn.NO:
            return self.tr("合计")
        if column == DebtColumn.PAYMENT:
            return self._path.total_paid
        return None  # calc gives no per-path totals of principal, interest, fees

    def header_text(self, column: int) -> str:
        return {
            DebtColumn.NO: self.tr("期数"),
            DebtColumn.DATE: self.tr("日期"),
            DebtColumn.PAYMENT: self.tr("还款额"),
            DebtColumn.PRINCIPAL: self.tr("本金"),
            DebtColumn.INTEREST: self.tr("利息"),
            DebtColumn.PENALTY: self.tr("罚息"),
            DebtColumn.FEES: self.tr("费用"),
            DebtColumn.BALANCE: self.tr("剩余欠款"),
        }[DebtColumn(column)]

    def header_tooltip(self, column: int) -> str | None:
        if column == DebtColumn.BALANCE:
            return self.tr("这一笔还完后还欠的钱：剩余本金加上还没还的利息、罚息和费用。")
        if column == DebtColumn.PENALTY:
            return self.tr("逾期后按罚息利率计收的利息（只在继续逾期的方案里出现）。")
        return None

    def money_column(self, column: int) -> bool:
        return column not in (DebtColumn.NO, DebtColumn.DATE)

    def right_aligned(self, column: int) -> bool:
        return column != DebtColumn.DATE


@dataclass(frozen=True)
class _MonthRow:
    when: date  # the down-payment day, or the first of the month
    down: bool
    cells: tuple[Decimal | None, ...]  # per debt, in column order
    total: Decimal


class MonthScheduleModel(ScheduleModelBase):
    """One scenario by calendar month: 月份, one column per debt, 合计."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scenario: Scenario | None = None
        self._labels: tuple[DebtLabel, ...] = ()
        self._paths: tuple[DebtPath | None, ...] = ()
        self._rows: tuple[_MonthRow, ...] = ()

    def set_scenario(self, scenario: Scenario | None, as_of: date | None,
                     labels: Sequence[DebtLabel] = ()) -> None:
        """Show ``scenario`` (``None``: nothing), its debts named by ``labels`` in that order."""
        self.beginResetModel()
        self._clear_cache()
        self._scenario = scenario
        if scenario is None or as_of is None:
            self._labels, self._paths, self._rows = (), (), ()
        else:
            by_id = {p.debt_id: p for p in scenario.per_debt}
            known = {label.debt_id for label in labels}
            extra = [DebtLabel(p.debt_id, p.debt_id, p.debt_id) for p in scenario.per_debt
                     if p.debt_id not in known]
            self._labels = (*(lb for lb in labels if lb.debt_id in by_id), *extra)
            self._paths = tuple(by_id.get(lb.debt_id) for lb in self._labels)
            self._rows = self._build_rows(scenario, as_of)
        self.endResetModel()
        self.footerChanged.emit()

    def _build_rows(self, scenario: Scenario, as_of: date) -> tuple[_MonthRow, ...]:
        per_month: list[dict[tuple[int, int], list[Decimal]]] = []
        down: list[list[Decimal]] = []
        down_day: date | None = None
        for path in self._paths:
            months: dict[tuple[int, int], list[Decimal]] = {}
            early: list[Decimal] = []
            for r in path.rows if path is not None else ():
                if r.date <= as_of:
                    early.append(r.payment)
                    down_day = r.date if down_day is None else min(down_day, r.date)
                else:
                    months.setdefault((r.date.year, r.date.month), []).append(r.payment)
            per_month.append(months)
            down.append(early)
        rows: list[_MonthRow] = []
        if down_day is not None:
            rows.append(_MonthRow(down_day, True, tuple(_one(p) for p in down), scenario.down_payment))
        for month, month_total in scenario.by_month:
            key = (month.year, month.month)
            rows.append(_MonthRow(month, False, tuple(_one(m.get(key, [])) for m in per_month),
                                  month_total))
        return tuple(rows)

    @property
    def scenario(self) -> Scenario | None:
        return self._scenario

    def debt_ids(self) -> tuple[str, ...]:
        return tuple(lb.debt_id for lb in self._labels)

    def total_column(self) -> int:
        return len(self._labels) + 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._labels) + 2

    def raw(self, row: int, column: int) -> object:
        r = self._rows[row]
        if column == 0:
            if r.down:
                return self.tr("{date} 首付").format(date=r.when.isoformat())
            return f"{r.when.year:04d}-{r.when.month:02d}"
        if column == self.total_column():
            return r.total
        return r.cells[column - 1]

    def has_footer(self) -> bool:
        return self._scenario is not None and bool(self._rows)

    def footer_raw(self, column: int) -> object:
        if self._scenario is None:
            return None
        if column == 0:
            return self.tr("合计")
        if column == self.total_column():
            return self._scenario.total_paid
        path = self._paths[column - 1]
        return path.total_paid if path is not None else None

    def header_text(self, column: int) -> str:
        if column == 0:
            return self.tr("月份")
        if column == self.total_column():
            return self.tr("当月合计")
        return self._labels[column - 1].short

    def header_tooltip(self, column: int) -> str | None:
        if 0 < column < self.total_column():
            return self._labels[column - 1].full
        if column == 0:
            return self.tr("同一个月里不同日期到期的还款算在这个月。")
        return None

    def money_column(self, column: int) -> bool:
        return column != 0


def _one(payments: Sequence[Decimal]) -> Decimal | None:
    """A debt's payment in a month: its one row's payment (calc's exact sum if it has several)."""
    if not payments:
        return None
    if len(payments) == 1:
        return payments[0]
    return total(payments)


class TotalsRowModel(QAbstractTableModel):
    """The totals row of a :class:`ScheduleModelBase` as a one-row model (empty when it has none)."""

    def __init__(self, source: ScheduleModelBase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._rows = 0
        self._columns = 0
        source.footerChanged.connect(self._reload)
        self._reload()

    @property
    def source(self) -> ScheduleModelBase:
        return self._source

    def _reload(self) -> None:
        self.beginResetModel()
        self._rows = 1 if self._source.has_footer() else 0
        self._columns = self._source.columnCount()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._columns

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() != 0:
            return None
        return self._source.footer_data(index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self._columns:
            return self._source.headerData(section, orientation, role)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled

"""What the monthly budget offers each lender (``Comparison.offers``), one row per debt.

Formats only: the split, the share and the months to clear come from
:func:`calc.scenarios.compare` (``proposal.allocation``).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.report import group, pct
from calc.scenarios import Comparison, Offer

__all__ = ["OfferColumn", "OffersModel"]

_Index = QModelIndex | QPersistentModelIndex


class OfferColumn(IntEnum):
    CREDITOR = 0
    MONTHLY = 1
    SHARE = 2
    MONTHS = 3


class OffersModel(QAbstractTableModel):
    """Rows: the offers in debt order; ``names`` maps debt id → the name the user knows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._offers: tuple[Offer, ...] = ()
        self._names: dict[str, str] = {}

    def set_comparison(self, comparison: Comparison | None,
                       names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._offers = comparison.offers if comparison is not None else ()
        self._names = dict(names or {})
        self.endResetModel()

    def offer(self, row: int) -> Offer:
        return self._offers[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(OfferColumn) - 1)
        if self._offers:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._offers) - 1, len(OfferColumn) - 1))

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._offers)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(OfferColumn)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(OfferColumn):
            return None
        col = OfferColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                OfferColumn.CREDITOR: self.tr("出借人"),
                OfferColumn.MONTHLY: self.tr("每月可给（元）"),
                OfferColumn.SHARE: self.tr("占比"),
                OfferColumn.MONTHS: self.tr("按此还清需要"),
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                OfferColumn.CREDITOR: self.tr("债权人（合同上的出借机构）"),
                OfferColumn.MONTHLY: self.tr("每月可用于还款的钱按分配方式分给这家的部分"),
                OfferColumn.SHARE: self.tr("占每月可用于还款的比例"),
                OfferColumn.MONTHS: self.tr("每月还这么多、按方案的分期利率，需要几个月还清"),
            }[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col is not OfferColumn.CREDITOR:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._offers) \
                or not 0 <= index.column() < len(OfferColumn):
            return None
        o = self._offers[index.row()]
        col = OfferColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col is OfferColumn.CREDITOR:
                return self._names.get(o.debt_id) or o.creditor
            if col is OfferColumn.MONTHLY:
                return group(o.monthly)
            if col is OfferColumn.SHARE:
                return pct(o.share)
            if o.months is None:
                return self.tr("还不清")
            return self.tr("%n 个月", "", o.months)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col is OfferColumn.CREDITOR:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col is OfferColumn.CREDITOR:
                return o.creditor
            if col is OfferColumn.MONTHS and o.months is None:
                return self.tr("这个金额连利息都不够，按此永远还不清")
        if role == Qt.ItemDataRole.UserRole:
            return o.debt_id
        return None

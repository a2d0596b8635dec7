"""The five scenarios side by side: one column per scenario, one row per figure.

The model only formats what :func:`calc.scenarios.compare` produced (money with
:func:`app.report.group`, dates ``YYYY-MM-DD``, the APR with
:func:`app.report.pct`); it computes nothing. The "是否在预算内" row pairs the
colour with ✓/✗ and words (``shared/UI.md``).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.gui.pages.base import GREEN, RED
from app.report import group, pct
from calc.scenarios import SCENARIO_KEYS, Comparison, Scenario

__all__ = [
    "Metric",
    "ScenariosModel",
    "fits_text",
    "scenario_short_title",
    "scenario_title",
    "scenario_tooltip",
]

_Index = QModelIndex | QPersistentModelIndex


def scenario_title(key: str) -> str:
    """The scenario's short name in the UI language (column header, chart legend)."""
    return {
        "status_quo": QCoreApplication.translate("Scenarios", "现状（继续逾期）"),
        "deferral": QCoreApplication.translate("Scenarios", "延期还款"),
        "reinstallment": QCoreApplication.translate("Scenarios", "二次分期"),
        "penalty_reduction": QCoreApplication.translate("Scenarios", "减免罚息"),
        "proposal": QCoreApplication.translate("Scenarios", "我的方案"),
    }.get(key, key)


def scenario_short_title(key: str) -> str:
    """A shorter name where space is tight (chart axis labels)."""
    if key == "status_quo":
        return QCoreApplication.translate("Scenarios", "现状")
    return scenario_title(key)


def scenario_tooltip(key: str) -> str:
    """One sentence saying what the scenario assumes."""
    return {
        "status_quo": QCoreApplication.translate("Scenarios", "什么都不谈：按现在的预算每月还，罚息照常计算"),
        "deferral": QCoreApplication.translate("Scenarios", "先停几个月不还，之后照现状还"),
        "reinstallment": QCoreApplication.translate("Scenarios", "把现在欠的全部重新分期，不减免"),
        "penalty_reduction": QCoreApplication.translate("Scenarios", "按现状还，但减免罚息和费用"),
        "proposal": QCoreApplication.translate("Scenarios", "你在左边设置的方案：减免、延期、再分期"),
    }.get(key, "")


def fits_text(s: Scenario) -> str:
    """✓/✗ with words: in the budget, over it, or not payable from it at all."""
    if not s.clears_from_budget:
        return QCoreApplication.translate("Scenarios", "✗ 按预算还不清")
    return QCoreApplication.translate("Scenarios", "✓ 在预算内") if s.fits_budget else QCoreApplication.translate("Scenarios", "✗ 超出预算")


class Metric(IntEnum):
    MONTHLY = 0
    MAX = 1
    MONTHS = 2
    LAST_DATE = 3
    TOTAL_PAID = 4
    CHARGES = 5
    SAVING = 6
    APR = 7
    FITS = 8


class ScenariosModel(QAbstractTableModel):
    """Rows: :class:`Metric`; columns: the scenarios in :data:`SCENARIO_KEYS` order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._scenarios: tuple[Scenario, ...] = ()

    # -- data in ---------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison | None) -> None:
        """Show ``comparison`` (``None``: no results — the table is empty)."""
        self.beginResetModel()
        self._comparison = comparison
        if comparison is None or not comparison.debts:
            self._scenarios = ()
        else:
            order = {k: i for i, k in enumerate(SCENARIO_KEYS)}
            self._scenarios = tuple(sorted(
                (s for s in comparison.scenarios if s.key in order), key=lambda s: order[s.key]
            ))
        self.endResetModel()

    def scenario(self, column: int) -> Scenario:
        return self._scenarios[column]

    def column_of(self, key: str) -> int:
        """The column showing scenario ``key`` (-1 when absent)."""
        return next((i for i, s in enumerate(self._scenarios) if s.key == key), -1)

    def retranslate(self) -> None:
        """Re-emit every label and cell (after a language change)."""
        if self._scenarios:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._scenarios) - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(Metric) - 1)
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(Metric) - 1, len(self._scenarios) - 1))

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self._scenarios:
            return 0
        return len(Metric)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._scenarios)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._scenarios):
                return None
            key = self._scenarios[section].key
            if role == Qt.ItemDataRole.DisplayRole:
                return scenario_title(key)
            if role == Qt.ItemDataRole.ToolTipRole:
                return scenario_tooltip(key)
            if role == Qt.ItemDataRole.FontRole and key == "proposal":
                font = QFont()
                font.setBold(True)
                return font
            return None
        if not 0 <= section < len(Metric):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._metric_label(Metric(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._metric_tip(Metric(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._scenarios) \
                or not 0 <= index.row() < len(Metric):
            return None
        s = self._scenarios[index.column()]
        metric = Metric(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(s, metric)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if metric is Metric.FITS:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and metric is Metric.FITS:
            return QBrush(QColor(GREEN if s.fits_budget else RED))
        if (role == Qt.ItemDataRole.ForegroundRole and metric is Metric.SAVING
                and s.saving_vs_status_quo < 0):
            return QBrush(QColor(RED))
        if role == Qt.ItemDataRole.FontRole and (s.key == "proposal" or metric is Metric.FITS):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tip(s, metric)
        if role == Qt.ItemDataRole.UserRole:
            return s.key
        return None

    # -- formatting ----------------------------------------------------------------------
    def _metric_label(self, m: Metric) -> str:
        return {
            Metric.MONTHLY: self.tr("月供"),
            Metric.MAX: self.tr("最高月供"),
            Metric.MONTHS: self.tr("还清用时"),
            Metric.LAST_DATE: self.tr("结清日期"),
            Metric.TOTAL_PAID: self.tr("共还"),
            Metric.CHARGES: self.tr("利息罚息费用"),
            Metric.SAVING: self.tr("比现状节省"),
            Metric.APR: self.tr("年化利率"),
            Metric.FITS: self.tr("是否在预算内"),
        }[m]

    def _metric_tip(self, m: Metric) -> str:
        return {
            Metric.MONTHLY: self.tr("大多数月份要还的总额（元/月）"),
            Metric.MAX: self.tr("还得最多的那个月的总额（元/月）"),
            Metric.MONTHS: self.tr("从今天到最后一笔还款的月数（含延期的月份）"),
            Metric.LAST_DATE: self.tr("最后一笔还款的日期"),
            Metric.TOTAL_PAID: self.tr("从今天起一共要还的钱，含首付（元）"),
            Metric.CHARGES: self.tr("共还减去本金：利息、罚息和各种费用（元）"),
            Metric.SAVING: self.tr("和继续逾期相比少还多少（元）"),
            Metric.APR: self.tr("年化利率（单利，IRR法，中国人民银行公告〔2021〕第3号）"),
            Metric.FITS: self.tr("每个月的还款都不超过每月可用于还款的钱"),
        }[m]

    def _cell(self, s: Scenario, m: Metric) -> str:
        if m is Metric.MONTHLY:
            return group(s.monthly_payment)
        if m is Metric.MAX:
            return group(s.max_payment)
        if m is Metric.MONTHS:
            return self.tr("%n 个月", "", s.months)
        if m is Metric.LAST_DATE:
            return s.last_date.isoformat() if s.last_date else "—"
        if m is Metric.TOTAL_PAID:
            return group(s.total_paid)
        if m is Metric.CHARGES:
            return group(s.total_charges)
        if m is Metric.SAVING:
            if s.key == "status_quo":
                return "—"
            if s.saving_vs_status_quo < 0:  # costs more than staying overdue: say it in words
                return self.tr("✗ 多付 %1").replace("%1", group(abs(s.saving_vs_status_quo)))
            return group(s.saving_vs_status_quo)
        if m is Metric.APR:
            return pct(s.apr)
        return fits_text(s)

    def _cell_tip(self, s: Scenario, m: Metric) -> str:
        if m is Metric.FITS and not s.clears_from_budget:
            return self.tr("按现在的预算，这个方案在计算期限内还不清；表中的月供是要在方案期限内还清"
                            "每月需要还的钱")
        if m is Metric.SAVING and s.key == "status_quo":
            return self.tr("现状是比较的基准")
        return self._metric_tip(m)

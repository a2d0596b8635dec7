"""The compare page's two charts (QtCharts): remaining balance over time, monthly payments.

- :class:`BalanceChart`: one line per scenario, what is still owed at the end of
  each month (x axis labelled ``YYYY-MM`` on month starts).
- :class:`PaymentChart`: per scenario a bar for the usual monthly payment and one
  for the largest month, against a horizontal line at the money available each
  month (the budget).

Figures come from :func:`calc.scenarios.compare` (the balance line from
``Comparison.balance_by_month``). Points are plotted as floats (a chart needs
coordinates); tables and letters keep the exact Decimals.
Fonts follow the widget font (the bundled CJK application font).
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.gui.models.scenarios_model import scenario_short_title, scenario_title
from app.report import group
from calc.scenarios import Comparison

__all__ = ["BalanceChart", "PaymentChart"]

# Distinct, colour-blind-friendly hues (Okabe–Ito), neutral in meaning: green and
# red stay reserved for "fits" / "does not fit".
SCENARIO_COLOURS = {
    "status_quo": "#5f6368",
    "deferral": "#e69f00",
    "reinstallment": "#56b4e9",
    "penalty_reduction": "#cc79a7",
    "proposal": "#0072b2",
}
BUDGET_COLOUR = "#202124"


def _month_x(day: date, origin: date) -> float:
    """``day`` as months since the first day of ``origin``'s month (fraction within the month)."""
    whole = (day.year - origin.year) * 12 + day.month - origin.month
    days = calendar.monthrange(day.year, day.month)[1]
    return whole + (day.day - 1) / days


def _month_label(origin: date, months: int) -> str:
    index = origin.year * 12 + origin.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _label_step(span: int) -> int:
    """Months between x-axis labels: at most about seven labels."""
    for step in (1, 2, 3, 6, 12, 24, 60):
        if span / step <= 7:
            return step
    return 120


class _ChartView(QChartView):
    """A chart view with antialiasing, the widget's font on every text, no animation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self._chart.setMargins(QMargins(4, 4, 28, 4))
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setMinimumHeight(220)

    @property
    def chart_(self) -> QChart:
        return self._chart

    def _fonts(self) -> tuple[QFont, QFont]:
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.9, 8.0))
        title = QFont(base)
        title.setBold(True)
        return title, small

    def _style_axis(self, axis, title_text: str = "") -> None:
        _title, small = self._fonts()
        axis.setLabelsFont(small)
        axis.setTitleFont(small)
        axis.setTitleText(title_text)

    def _reset(self) -> None:
        self._chart.removeAllSeries()
        for axis in self._chart.axes():
            self._chart.removeAxis(axis)
        title, small = self._fonts()
        self._chart.setTitleFont(title)
        self._chart.legend().setFont(small)


class BalanceChart(_ChartView):
    """Remaining balance over time, one line per scenario."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self.clear()

    def series_keys(self) -> list[str]:
        """The scenario key of each line, in order (tests, legend)."""
        return [s.property("scenario") for s in self.chart_.series()]

    def clear(self) -> None:
        self._comparison = None
        self._reset()
        self.chart_.setTitle("")

    def set_comparison(self, comparison: Comparison | None, keys: Sequence[str]) -> None:
        if comparison is None or not comparison.debts:
            self.clear()
            return
        self._comparison = comparison
        self._reset()
        chart = self.chart_
        chart.setTitle(self.tr("还剩多少没还（所有债务合计）"))
        origin = comparison.as_of
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self._style_axis(x_axis)
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.0f")
        self._style_axis(y_axis, self.tr("元"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        span, top = 1, 0.0
        for key in keys:
            try:
                scenario = comparison.scenario(key)
            except KeyError:
                continue
            series = QLineSeries()
            series.setProperty("scenario", key)
            series.setName(scenario_title(key))
            pen = QPen(QColor(SCENARIO_COLOURS.get(key, BUDGET_COLOUR)))
            pen.setWidthF(3.0 if key == "proposal" else 1.8)
            series.setPen(pen)
            points = comparison.balance_by_month(scenario.key)
            series.replace([QPointF(_month_x(d, origin), float(v)) for d, v in points])
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            span = max(span, math.ceil(_month_x(points[-1][0], origin)))
            top = max([top, *(float(v) for _, v in points)])
        step = _label_step(span)
        for m in range(0, span + 1, step):
            x_axis.append(_month_label(origin, m), float(m))
        x_axis.setRange(0.0, float(span))
        y_axis.setRange(0.0, max(top, 1.0) * 1.05)
        y_axis.applyNiceNumbers()

    def retranslate(self) -> None:
        if self._comparison is not None:
            self.set_comparison(self._comparison, self.series_keys())


class PaymentChart(_ChartView):
    """Monthly payment per scenario (usual and largest month) against the budget line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._keys: list[str] = []
        self.budget_series: QLineSeries | None = None
        self.bar_series: QBarSeries | None = None
        self.clear()

    def clear(self) -> None:
        self._comparison = None
        self.budget_series = None
        self.bar_series = None
        self._reset()
        self.chart_.setTitle("")

    def categories(self) -> list[str]:
        """The scenario key of each bar group, in order."""
        return list(self._keys)

    def set_comparison(self, comparison: Comparison | None, keys: Sequence[str]) -> None:
        if comparison is None or not comparison.debts:
            self.clear()
            return
        self._comparison = comparison
        self._reset()
        chart = self.chart_
        chart.setTitle(self.tr("每月要还多少，和每月可用于还款的钱比较"))
        scenarios = []
        for key in keys:
            try:
                scenarios.append(comparison.scenario(key))
            except KeyError:
                continue
        self._keys = [s.key for s in scenarios]
        usual = QBarSet(self.tr("月供"))
        usual.setColor(QColor("#0072b2"))
        largest = QBarSet(self.tr("最高月供"))
        largest.setColor(QColor("#9ecae1"))
        for s in scenarios:
            usual.append(float(s.monthly_payment))
            largest.append(float(s.max_payment))
        bars = QBarSeries()
        bars.append(usual)
        bars.append(largest)
        bars.setBarWidth(0.7)
        self.bar_series = bars
        chart.addSeries(bars)

        disposable = comparison.budget.disposable
        line = QLineSeries()
        line.setName(self.tr("每月可用于还款 %1 元").replace("%1", group(disposable)))
        pen = QPen(QColor(BUDGET_COLOUR))
        pen.setWidthF(2.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        line.append(-0.5, float(disposable))
        line.append(len(scenarios) - 0.5, float(disposable))
        self.budget_series = line
        chart.addSeries(line)

        x_axis = QBarCategoryAxis()
        x_axis.append([scenario_short_title(s.key) for s in scenarios])
        self._style_axis(x_axis)
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.0f")
        self._style_axis(y_axis, self.tr("元/月"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (bars, line):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        top = max([float(disposable), *(float(s.max_payment) for s in scenarios), 1.0])
        y_axis.setRange(min(0.0, float(disposable) * 1.15), top * 1.15)
        y_axis.applyNiceNumbers()

    def retranslate(self) -> None:
        if self._comparison is not None:
            self.set_comparison(self._comparison, self._keys)

"""Step ④ 还款计划: when to pay how much, per debt or all debts by month; export to CSV.

The headline answers "when do I pay?" for the proposal (first payment, the
regular monthly amount, the day it is all paid). Below it the user picks a
scenario (default 我的方案) and a view:

- 按月合计 — one row per calendar month, one column per debt, the month's
  total (calc's ``Scenario.by_month``); a down payment on ``as_of`` gets its own
  first row;
- 按债务 — the dated rows of the debt picked in the combo box.

A totals row is pinned under each table; its amounts are calc's totals
(``DebtPath.total_paid``, ``Scenario.total_paid``), never sums made here.
「导出 CSV」 writes the table on screen (UTF-8 with BOM, plain amounts, mode
0600) through :mod:`app.schedule_csv`. The page edits nothing in the plan.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.document import PlanDocument
from app.gui.export import export_folder
from app.gui.models.schedule_model import (
    DebtLabel,
    DebtScheduleModel,
    MonthScheduleModel,
    ScheduleModelBase,
    TotalsRowModel,
)
from app.gui.pages.base import MUTED, RED, Page
from app.report import group
from app.schedule_csv import write_schedule_csv
from calc.model import Plan
from calc.scenarios import SCENARIO_KEYS, Scenario

__all__ = ["SchedulePage"]

VIEW_MONTH = 0
VIEW_DEBT = 1
_BAD_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class TotalsTable(QWidget):
    """A table with its totals row pinned underneath (a one-row view that follows the columns)."""

    def __init__(self, model: ScheduleModelBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.footer_model = TotalsRowModel(model, self)
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        # Measure column widths on the rows in view plus a few (not all: speed).
        self.view.verticalHeader().setResizeContentsPrecision(30)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)

        self.footer = QTableView(self)
        self.footer.setObjectName("totalsRow")
        self.footer.setModel(self.footer_model)
        self.footer.horizontalHeader().hide()
        self.footer.verticalHeader().hide()
        self.footer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.footer.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.footer.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.footer.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.footer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.footer.setWordWrap(False)
        self.footer.setStyleSheet("QTableView#totalsRow { background: #f1f3f4; }")
        row_height = self.view.verticalHeader().defaultSectionSize()
        self.footer.verticalHeader().setDefaultSectionSize(row_height)
        self.footer.setFixedHeight(row_height + 2 * self.footer.frameWidth())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        self._footer_row = QHBoxLayout()
        self._footer_row.setContentsMargins(0, 0, 0, 0)
        self._footer_row.addWidget(self.footer)
        layout.addLayout(self._footer_row)

        header = self.view.horizontalHeader()
        header.sectionResized.connect(self._follow_width)
        self.view.horizontalScrollBar().valueChanged.connect(
            self.footer.horizontalScrollBar().setValue)
        self.view.verticalScrollBar().rangeChanged.connect(self._follow_scrollbar)
        self.footer_model.modelReset.connect(self.fit_columns)
        self._content_widths: list[int] = []
        self.view.viewport().installEventFilter(self)

    @Slot(int, int, int)
    def _follow_width(self, column: int, _old: int, new: int) -> None:
        self.footer.setColumnWidth(column, new)

    @Slot(int, int)
    def _follow_scrollbar(self, _minimum: int, maximum: int) -> None:
        # Keep the footer's columns under the table's when the table shows a scroll bar.
        bar = self.view.verticalScrollBar()
        right = bar.sizeHint().width() if maximum > 0 else 0
        self._footer_row.setContentsMargins(0, 0, right, 0)

    @Slot()
    def fit_columns(self) -> None:
        """Columns wide enough for the header, the rows and the totals (measured after a reset)."""
        self.footer.setVisible(self.footer_model.rowCount() > 0)
        header = self.view.horizontalHeader()
        # A long creditor name may not widen its column beyond ~6 characters: the header
        # elides it and its tooltip shows it whole.
        header_cap = header.fontMetrics().horizontalAdvance("中") * 6
        self._content_widths = [
            max(self.view.sizeHintForColumn(c), self.footer.sizeHintForColumn(c),
                min(header.sectionSizeHint(c), header_cap)) + 16
            for c in range(self.model.columnCount())
        ]
        self._spread_columns()

    def _spread_columns(self) -> None:
        # Share the spare width evenly so a narrow table fills the page without one huge column.
        widths = list(self._content_widths)
        if not widths:
            return
        spare = self.view.viewport().width() - sum(widths)
        if spare > 0:
            extra, rest = divmod(spare, len(widths))
            widths = [w + extra for w in widths]
            widths[-1] += rest
        header = self.view.horizontalHeader()
        for c, width in enumerate(widths):
            header.resizeSection(c, width)
            self.footer.setColumnWidth(c, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._spread_columns()
        return super().eventFilter(watched, event)


class SchedulePage(Page):
    """还款计划: the dated payments of a scenario, per debt or by month, exportable to CSV."""

    step_key = "schedule"

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self._complete = False
        self._stale = {VIEW_MONTH, VIEW_DEBT}
        self._building = True  # build both tables once, even before the page is shown

        self.summary = QLabel(self)
        self.summary.setObjectName("scheduleSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet(f"color: {MUTED};")
        self.note = QLabel(self)
        self.note.setObjectName("scheduleNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet(f"color: {RED};")
        self.note.hide()

        self.scenario_label = QLabel(self)
        self.scenario_combo = QComboBox(self)
        for key in SCENARIO_KEYS:
            self.scenario_combo.addItem("", key)
        self.scenario_combo.setCurrentIndex(SCENARIO_KEYS.index("proposal"))
        self.scenario_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scenario_label.setBuddy(self.scenario_combo)

        self.month_radio = QRadioButton(self)
        self.debt_radio = QRadioButton(self)
        self.view_group = QButtonGroup(self)
        self.view_group.addButton(self.month_radio, VIEW_MONTH)
        self.view_group.addButton(self.debt_radio, VIEW_DEBT)
        self.month_radio.setChecked(True)

        self.debt_label = QLabel(self)
        self.debt_combo = QComboBox(self)
        self.debt_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.debt_label.setBuddy(self.debt_combo)

        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportCsv")
        self.export_status = QLabel(self)
        self.export_status.setObjectName("exportStatus")
        self.export_status.setTextFormat(Qt.TextFormat.PlainText)
        self.export_status.setStyleSheet(f"color: {MUTED};")
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        controls = QHBoxLayout()
        controls.addWidget(self.scenario_label)
        controls.addWidget(self.scenario_combo)
        controls.addSpacing(24)
        controls.addWidget(self.month_radio)
        controls.addWidget(self.debt_radio)
        controls.addSpacing(12)
        controls.addWidget(self.debt_label)
        controls.addWidget(self.debt_combo)
        controls.addStretch(1)
        controls.addWidget(self.export_button)

        self.month_model = MonthScheduleModel(self)
        self.debt_model = DebtScheduleModel(self)
        self.month_table = TotalsTable(self.month_model, self)
        self.debt_table = TotalsTable(self.debt_model, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.month_table)  # VIEW_MONTH
        self.stack.addWidget(self.debt_table)  # VIEW_DEBT

        self.page_layout.addWidget(self.summary)
        self.page_layout.addWidget(self.note)
        self.page_layout.addLayout(controls)
        self.page_layout.addWidget(self.stack, 1)
        self.page_layout.addWidget(self.export_status)

        self.setTabOrder(self.scenario_combo, self.month_radio)
        self.setTabOrder(self.month_radio, self.debt_radio)
        self.setTabOrder(self.debt_radio, self.debt_combo)
        self.setTabOrder(self.debt_combo, self.export_button)
        self.setTabOrder(self.export_button, self.month_table.view)
        self.setTabOrder(self.month_table.view, self.debt_table.view)

        self.scenario_combo.currentIndexChanged.connect(self._show_tables)
        self.debt_combo.currentIndexChanged.connect(self._show_tables)
        self.view_group.idToggled.connect(self._on_view_toggled)
        self.export_button.clicked.connect(self.export_csv)
        doc.resultsChanged.connect(self.refresh)
        doc.fileChanged.connect(self._clear_export_status)

        self.retranslate()
        self.refresh()
        self._build(VIEW_DEBT)
        self._building = False

    # -- Page API --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.scenario_label.setText(self.tr("方案："))
        labels = self.scenario_labels()
        for i in range(self.scenario_combo.count()):
            self.scenario_combo.setItemText(i, labels[self.scenario_combo.itemData(i)])
        self.month_radio.setText(self.tr("按月合计"))
        self.month_radio.setToolTip(self.tr("每个月一共要还多少，分给哪家。"))
        self.debt_radio.setText(self.tr("按债务"))
        self.debt_radio.setToolTip(self.tr("一家债权人的每一期：日期、本金、利息、费用。"))
        self.debt_label.setText(self.tr("债务："))
        self.export_button.setText(self.tr("导出 CSV"))
        self.export_button.setToolTip(
            self.tr("把下面这张表保存为 CSV 文件，可以用 Excel 或 WPS 打开。"))
        self.month_model.retranslate()
        self.debt_model.retranslate()
        self._update_texts()

    def scenario_labels(self) -> dict[str, str]:
        """The five scenarios' names in the UI language."""
        return {
            "status_quo": self.tr("现状（继续逾期）"),
            "deferral": self.tr("延期还款"),
            "reinstallment": self.tr("二次分期"),
            "penalty_reduction": self.tr("减免罚息"),
            "proposal": self.tr("我的方案"),
        }

    # -- state -----------------------------------------------------------------------------
    def current_scenario_key(self) -> str:
        return str(self.scenario_combo.currentData())

    def current_view(self) -> int:
        return VIEW_DEBT if self.debt_radio.isChecked() else VIEW_MONTH

    def current_debt_id(self) -> str | None:
        data = self.debt_combo.currentData()
        return str(data) if data is not None else None

    def current_model(self) -> ScheduleModelBase:
        return self.debt_model if self.current_view() == VIEW_DEBT else self.month_model

    def _scenario(self, key: str) -> Scenario | None:
        comparison = self.doc.results.comparison
        if comparison is None:
            return None
        try:
            return comparison.scenario(key)
        except KeyError:
            return None

    # -- refreshing ------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Rebuild from ``doc.results`` (new results, a load, New)."""
        self._fill_debt_combo()
        self._show_tables()
        complete = self.is_complete()
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

    def _fill_debt_combo(self) -> None:
        plan = self.doc.results.plan if self.doc.results.ok else None
        labels = debt_labels(plan)
        current = self.current_debt_id()
        wanted = [(lb.debt_id, lb.short, lb.full) for lb in labels]
        have = [(self.debt_combo.itemData(i), self.debt_combo.itemText(i),
                 self.debt_combo.itemData(i, Qt.ItemDataRole.ToolTipRole))
                for i in range(self.debt_combo.count())]
        if wanted == have:
            return
        blocked = self.debt_combo.blockSignals(True)
        try:
            self.debt_combo.clear()
            for debt_id, short, full in wanted:
                self.debt_combo.addItem(short, debt_id)
                self.debt_combo.setItemData(self.debt_combo.count() - 1, full,
                                            Qt.ItemDataRole.ToolTipRole)
            index = self.debt_combo.findData(current) if current is not None else -1
            self.debt_combo.setCurrentIndex(max(index, 0) if self.debt_combo.count() else -1)
        finally:
            self.debt_combo.blockSignals(blocked)

    @Slot()
    def _show_tables(self) -> None:
        """New results, scenario or debt: the tables are out of date; rebuild the one on screen."""
        self._stale = {VIEW_MONTH, VIEW_DEBT}
        if not self.doc.results.ok:  # emptying is cheap: never keep old numbers anywhere
            self._build(VIEW_MONTH)
            self._build(VIEW_DEBT)
        self._sync_tables()
        self._update_view()
        self._update_texts()

    def _sync_tables(self) -> None:
        # Only the table on screen is rebuilt, and only while the page is shown (the
        # rebuild after each edit then costs nothing on the other steps); showEvent and
        # the view switch catch up. Both are built once at construction.
        view = self.current_view()
        if view in self._stale and (self.isVisible() or self._building):
            self._build(view)

    def _build(self, view: int) -> None:
        self._stale.discard(view)
        results = self.doc.results
        plan = results.plan if results.ok else None
        scenario = self._scenario(self.current_scenario_key())
        as_of = plan.as_of if plan is not None else None
        if view == VIEW_MONTH:
            self.month_model.set_scenario(scenario, as_of, debt_labels(plan))
            return
        path = None
        debt_id = self.current_debt_id()
        if scenario is not None and debt_id is not None:
            path = next((p for p in scenario.per_debt if p.debt_id == debt_id), None)
        self.debt_model.set_path(path, as_of)

    @Slot(int, bool)
    def _on_view_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._sync_tables()
            self._update_view()

    def showEvent(self, event: QShowEvent) -> None:
        self._sync_tables()
        self._update_view()
        super().showEvent(event)

    def _update_view(self) -> None:
        view = self.current_view()
        self.stack.setCurrentIndex(view)
        show_debt = view == VIEW_DEBT
        self.debt_label.setVisible(show_debt)
        self.debt_combo.setVisible(show_debt)
        self.export_button.setEnabled(self.current_model().rowCount() > 0)

    def _update_texts(self) -> None:
        self.headline.setText(self._headline_text())
        self.summary.setText(self._summary_text())
        self.summary.setVisible(bool(self.summary.text()))
        note = self._note_text()
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def _headline_text(self) -> str:
        results = self.doc.results
        if not results.ok:
            return self.tr("修正下面提示的输入后，这里会列出每一笔还款的日期和金额。")
        if self.doc.count(("debts",)) == 0:
            return self.tr("还没有债务，先在「我的债务」里添加。")
        proposal = self._scenario("proposal")
        if proposal is None or proposal.first_date is None or proposal.last_date is None:
            return self.tr("我的方案里没有需要还的款项。")
        if proposal.down_payment > 0:
            return self.tr("第一笔还款 {first}（首付 {down} 元），之后每月 {monthly} 元，{last} 还清").format(
                first=proposal.first_date.isoformat(), down=group(proposal.down_payment),
                monthly=group(proposal.monthly_payment), last=proposal.last_date.isoformat())
        return self.tr("第一笔还款 {first}，每月 {monthly} 元，{last} 还清").format(
            first=proposal.first_date.isoformat(), monthly=group(proposal.monthly_payment),
            last=proposal.last_date.isoformat())

    def _summary_text(self) -> str:
        scenario = self._scenario(self.current_scenario_key())
        plan = self.doc.results.plan
        if scenario is None or plan is None or scenario.last_date is None:
            return ""
        label = self.scenario_labels().get(scenario.key, scenario.key)
        return self.tr(
            "{scenario}：共还 {paid} 元，其中利息、罚息和费用 {charges} 元；"
            "最后一笔 {last}，从 {as_of} 算起共 %n 个月。", "", scenario.months,
        ).format(scenario=label, paid=group(scenario.total_paid),
                 charges=group(scenario.total_charges), last=scenario.last_date.isoformat(),
                 as_of=plan.as_of.isoformat())

    def _note_text(self) -> str:
        scenario = self._scenario(self.current_scenario_key())
        if scenario is None or scenario.clears_from_budget or not scenario.per_debt:
            return ""
        return self.tr("✗ 按你现在每月能还的钱，这个方案还不清。下表列出的是在期限内还清每月需要还多少。")

    # -- export ----------------------------------------------------------------------------
    def default_csv_path(self) -> Path:
        """``<plan name>-还款计划.csv`` in the plan's folder (Documents for an unsaved plan)."""
        path = self.doc.path
        folder = export_folder(self.doc)
        name = path.stem if path is not None else self.tr("未命名方案")
        parts = [name, self.tr("还款计划")]
        if self.current_scenario_key() != "proposal":
            parts.append(self.scenario_combo.currentText())
        if self.current_view() == VIEW_DEBT and self.debt_combo.currentIndex() >= 0:
            parts.append(self.debt_combo.currentText())
        filename = _BAD_FILE_CHARS.sub("_", "-".join(parts)) + ".csv"
        return folder / filename

    @Slot()
    def export_csv(self) -> None:
        """Ask for a file name, then write the table on screen as CSV (errors in a message box)."""
        model = self.current_model()
        if model.rowCount() == 0:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出还款计划"), str(self.default_csv_path()),
            self.tr("CSV 文件 (*.csv)"))
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        headers, rows = model.csv_table()
        try:
            write_schedule_csv(target, headers, rows)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("无法导出"),
                self.tr("无法保存文件「{file}」。\n{reason}").format(
                    file=str(target), reason=self._os_error_text(exc)))
            return
        self.export_status.setText(self.tr("已导出：{file}").format(file=str(target)))

    def _os_error_text(self, exc: OSError) -> str:
        if isinstance(exc, PermissionError):
            return self.tr("没有在这个文件夹里写文件的权限，请换一个文件夹（比如“文档”）。")
        if isinstance(exc, IsADirectoryError):
            return self.tr("这个名字已经是一个文件夹，请换一个文件名。")
        if isinstance(exc, FileNotFoundError | NotADirectoryError):
            return self.tr("这个文件夹不存在，请换一个文件夹。")
        if exc.errno == errno.ENOSPC:
            return self.tr("磁盘已满，请清理空间或换一个位置。")
        return self.tr("文件夹不能写入，或文件正被其他程序（比如 Excel）打开。请关闭它或换一个位置。")

    @Slot()
    def _clear_export_status(self) -> None:
        self.export_status.clear()


def debt_labels(plan: Plan | None) -> list[DebtLabel]:
    """Column / combo names of the plan's debts: the product (``美团借钱``), else the creditor.

    When two debts would get the same name, the creditor is added.
    """
    if plan is None:
        return []
    shorts = [(d.product or d.creditor or d.id).strip() for d in plan.debts]
    out = []
    for d, short in zip(plan.debts, shorts, strict=True):
        if shorts.count(short) > 1 and d.creditor and d.creditor != short:
            short = f"{short}（{d.creditor}）"
        if d.card_last4:
            short = f"{short} *{d.card_last4}"
        out.append(DebtLabel(d.id, short, d.creditor or short))
    return out

"""The debts table: one row per debt of the plan, then a totals row.

Input columns show the plan's values (``doc.data["debts"]``) and are edited in
place: :meth:`DebtsModel.setData` parses the typed text with :mod:`calc.parse`
and writes the canonical file value through ``doc.set`` (undoable); a text
that does not parse writes nothing and leaves a message in
:attr:`DebtsModel.error_text` (and :attr:`DebtsModel.editFailed`). Result
columns (共欠, 法定上限, 超出上限) show :class:`calc.scenarios.DebtSummary`
values of ``doc.results.comparison``; when the plan has errors they show "—".

The model computes nothing of its own: rate conversions are
:func:`calc.rates.to_annual`, and the totals row adds the calculator's per-debt
amounts with :func:`calc.money.total` (calc's exact sum; ``Comparison`` has no
plan-wide totals).

The same parse/write functions serve the page's detail form
(:func:`parse_field`, :func:`write_field`), so a value typed in the table and in
the form lands in the file the same way.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.gui.document import PlanDocument, path_text
from app.gui.i18n import problem_text, ui_lang
from app.gui.widgets.fields import show_rate
from app.report import REGIMES, group
from calc.errors import CalcError, Problem, Severity
from calc.model import CreditorKind, Method
from calc.money import fmt_rate
from calc.parse import ParsedRate, normalize_text, parse_amount, parse_int, parse_rate
from calc.plan import REMAINING_MONTHS_MAX
from calc.plan_fields import Report, read_date
from calc.rates import to_annual
from calc.scenarios import DebtSummary

__all__ = [
    "DATE_KEYS",
    "KEY_OF",
    "KINDS",
    "METHODS",
    "MONEY_KEYS",
    "Col",
    "DebtsModel",
    "date_parser",
    "day_basis",
    "money_text",
    "new_debt",
    "new_debt_id",
    "parse_field",
    "rate_key",
    "write_field",
]

RED = "#b3261e"
GREEN = "#1b7f3b"
MUTED = "#5f6368"
ERROR_BG = "#fdecea"

Idx = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    """Columns of the debts table: who, then calc's answer (owed, cap, excess), then the inputs."""

    CREDITOR = 0
    OWED = 1
    CAP = 2
    EXCESS = 3
    KIND = 4
    PRINCIPAL = 5
    INTEREST = 6
    PENALTY = 7
    FEES = 8
    RATE = 9
    PENALTY_RATE = 10
    OVERDUE_SINCE = 11
    REMAINING = 12
    METHOD = 13
    CONTRACT_DATE = 14


#: The plan field each input column edits ("rate" is annual_rate or daily_rate).
KEY_OF: dict[Col, str] = {
    Col.CREDITOR: "creditor",
    Col.KIND: "creditor_kind",
    Col.PRINCIPAL: "principal",
    Col.INTEREST: "interest_due",
    Col.PENALTY: "penalty_due",
    Col.FEES: "fees_due",
    Col.RATE: "rate",
    Col.PENALTY_RATE: "penalty_rate",
    Col.OVERDUE_SINCE: "overdue_since",
    Col.REMAINING: "remaining_months",
    Col.METHOD: "method",
    Col.CONTRACT_DATE: "contract_date",
}
INPUT_COLS = tuple(KEY_OF)
RESULT_COLS = (Col.OWED, Col.CAP, Col.EXCESS)
MONEY_KEYS = ("principal", "interest_due", "penalty_due", "fees_due")
DATE_KEYS = ("overdue_since", "contract_date")
KINDS = tuple(k.value for k in CreditorKind)
METHODS = tuple(m.value for m in Method)
_RIGHT_COLS = {Col.PRINCIPAL, Col.INTEREST, Col.PENALTY, Col.FEES, Col.RATE, Col.PENALTY_RATE,
               Col.REMAINING, Col.OWED, Col.CAP, Col.EXCESS}

# Plan fields whose problems mark a column; anything else marks the creditor cell.
_COL_OF_FIELD: dict[str, Col] = {
    **{key: col for col, key in KEY_OF.items() if key != "rate"},
    "annual_rate": Col.RATE,
    "daily_rate": Col.RATE,
}


# --------------------------------------------------------------------------------------
# Parsing and writing one field (shared by the table and the detail form)

def rate_key(debt: dict[str, Any]) -> str:
    """The key holding the debt's contract rate: ``daily_rate`` when only that is given."""
    if "annual_rate" not in debt and "daily_rate" in debt:
        return "daily_rate"
    return "annual_rate"


def day_basis(doc: PlanDocument) -> int:
    """Days per year for turning a day rate into a year rate (the plan's resolved setting)."""
    comparison = doc.results.comparison
    if comparison is not None and comparison.settings.day_basis:
        return comparison.settings.day_basis
    basis = doc.get(("settings", "day_basis"))
    if basis in (360, 365):
        return int(basis)
    return int(doc.rules.defaults.day_basis or 360)


def date_parser(text: str) -> tuple[str | None, str]:
    """``"2026-07-20"`` → ``("2026-07-20", "2026-07-20")``; empty → ``(None, "")``.

    The date rule is calc's (:func:`calc.plan_fields.read_date`: strict ISO,
    1990–2100); its problem is raised as a :class:`CalcError`.
    """
    norm = normalize_text(text)
    if not norm:
        return None, ""
    report = Report()
    day = read_date(norm, "", report)
    if day is None:
        problem = report.problems[0]
        raise CalcError(problem.code, **dict(problem.params))
    return day.isoformat(), day.isoformat()


def parse_field(key: str, text: str) -> Any:
    """The file value for ``text`` typed into field ``key``; raises :class:`CalcError`.

    ``key`` ``"rate"`` (the contract rate) returns the :class:`ParsedRate` so the
    caller picks ``annual_rate`` or ``daily_rate``; ``penalty_rate`` also returns
    a ``ParsedRate`` (or ``None`` when empty: the default applies). Optional
    fields left empty give ``None`` (the key is removed).
    """
    text = text if isinstance(text, str) else str(text)
    if key == "principal":
        return f"{parse_amount(text):.2f}"
    if key in MONEY_KEYS:
        if not text.strip():
            return None
        return f"{parse_amount(text):.2f}"
    if key == "rate":
        return parse_rate(text, default_period="year")
    if key == "penalty_rate":
        if not text.strip():
            return None
        return parse_rate(text, default_period="year")
    if key == "remaining_months":
        if not text.strip():
            return None
        return parse_int(text, field_min=0, field_max=REMAINING_MONTHS_MAX)
    if key in DATE_KEYS:
        return date_parser(text)[0]
    if key == "creditor_kind":
        if text not in KINDS:
            raise CalcError("enum.invalid", allowed=list(KINDS), value=text)
        return text
    if key == "method":
        if text not in METHODS:
            raise CalcError("enum.invalid", allowed=list(METHODS), value=text)
        return text
    if key == "creditor":
        return text.strip()
    stripped = text.strip()
    return stripped or None


def write_field(doc: PlanDocument, row: int, key: str, value: Any, undo_text: str) -> None:
    """Write a parsed value of debt ``row`` through the document (one undo step).

    The contract rate stated per day is stored as ``daily_rate`` (``annual_rate``
    removed); per month or year as ``annual_rate`` (monthly × 12 by
    :func:`calc.rates.to_annual`), ``daily_rate`` removed. The penalty rate is
    annual: a day or month rate is converted the same way.
    """
    base = ("debts", row)
    if key == "rate":
        rate: ParsedRate = value
        if rate.period == "day":
            new_key, old_key, stored = "daily_rate", "annual_rate", rate.value
        else:
            new_key, old_key = "annual_rate", "daily_rate"
            stored = to_annual(rate.value, rate.period, day_basis(doc))
        doc.begin_macro(undo_text)
        try:
            doc.set((*base, new_key), fmt_rate(stored), undo_text)
            doc.set((*base, old_key), None, undo_text)
        finally:
            doc.end_macro()
        return
    if key == "penalty_rate" and isinstance(value, ParsedRate):
        value = fmt_rate(to_annual(value.value, value.period, day_basis(doc)))
    doc.set((*base, key), value, undo_text)


def new_debt_id(existing: list[Any]) -> str:
    """``d1``, ``d2``… : the first not among ``existing`` ids."""
    taken = {str(x) for x in existing}
    n = 1
    while f"d{n}" in taken:
        n += 1
    return f"d{n}"


def new_debt(existing_ids: list[Any]) -> dict[str, Any]:
    """A new, empty debt for the table (the user fills it in)."""
    return {
        "id": new_debt_id(existing_ids),
        "creditor": "",
        "creditor_kind": CreditorKind.LICENSED.value,
        "principal": "0.00",
        "annual_rate": "0",
    }


def money_text(value: Any) -> str:
    """A file money value with thousands separators; raw text when it is not a number."""
    if value is None or value == "":
        return ""
    if isinstance(value, float | bool):
        return str(value)
    try:
        return group(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return str(value)


def _rate_value(value: Any) -> Decimal | None:
    if value is None or isinstance(value, float | bool):
        return None
    try:
        d = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return d if d.is_finite() else None


# --------------------------------------------------------------------------------------
# The model

class DebtsModel(QAbstractTableModel):
    """Debts of the plan as table rows, plus a totals row when there is a debt.

    Signals: ``editFailed(str)`` — a typed value did not parse (the sentence
    names the field); ``editDone()`` — a typed value was written.
    """

    editFailed = Signal(str)
    editDone = Signal()

    def __init__(self, doc: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._n = doc.count(("debts",))
        self._summaries: list[DebtSummary | None] = []
        self._problems: list[dict[Col, list[Problem]]] = []
        self.error_text = ""
        self.last_edit_ok = True
        self._collect_results()
        doc.dataChanged.connect(self._on_data_changed)
        doc.resultsChanged.connect(self._on_results_changed)

    # -- labels (translated) -------------------------------------------------------------
    def header_text(self, col: Col) -> str:
        return {
            Col.CREDITOR: self.tr("债权人"),
            Col.KIND: self.tr("出借人类型"),
            Col.PRINCIPAL: self.tr("剩余本金"),
            Col.INTEREST: self.tr("已出账利息"),
            Col.PENALTY: self.tr("已出账罚息"),
            Col.FEES: self.tr("已出账费用"),
            Col.RATE: self.tr("合同利率"),
            Col.PENALTY_RATE: self.tr("罚息利率"),
            Col.OVERDUE_SINCE: self.tr("逾期开始"),
            Col.REMAINING: self.tr("剩余期数"),
            Col.METHOD: self.tr("还款方式"),
            Col.CONTRACT_DATE: self.tr("合同日期"),
            Col.OWED: self.tr("共欠"),
            Col.CAP: self.tr("法定上限"),
            Col.EXCESS: self.tr("超出上限"),
        }[col]

    def header_tip(self, col: Col) -> str:
        return {
            Col.CREDITOR: self.tr("合同或征信报告上的出借机构全称（括号里是借款App的名字）"),
            Col.KIND: self.tr("出借人类型决定适用哪条法定上限"),
            Col.PRINCIPAL: self.tr("还没还的本金，已逾期的部分也算在内"),
            Col.INTEREST: self.tr("已经出账、还没还的正常利息"),
            Col.PENALTY: self.tr("已经出账、还没还的罚息和复利"),
            Col.FEES: self.tr("已经出账、还没还的违约金、手续费等"),
            Col.RATE: self.tr("合同写的利率：年化利率或日利率"),
            Col.PENALTY_RATE: self.tr("逾期后计收罚息的年利率；合同没写时按合同利率的1.5倍估算"),
            Col.OVERDUE_SINCE: self.tr("第一次没按时还款的日期"),
            Col.REMAINING: self.tr("还没到期的期数；已全部到期或被要求一次还清时填 0"),
            Col.METHOD: self.tr("合同约定的还款方式"),
            Col.CONTRACT_DATE: self.tr("借款合同签订日期（民间借贷的上限按这一天的LPR计算）"),
            Col.OWED: self.tr("本金加上已出账的利息、罚息和费用"),
            Col.CAP: self.tr("法律保护的最高综合年利率（法定上限）；鼠标停留可看依据"),
            Col.EXCESS: self.tr("已出账的利息、罚息、费用中超出法定上限的部分，可在申请书中要求减免"),
        }[col]

    def kind_label(self, kind: str) -> str:
        return {
            "licensed": self.tr("持牌机构"),
            "credit_card": self.tr("信用卡"),
            "private": self.tr("民间借贷"),
        }.get(kind, kind)

    def kind_tip(self, kind: str) -> str:
        return {
            "licensed": self.tr("银行、消费金融公司、小额贷款公司、网络借贷平台的贷款"),
            "credit_card": self.tr("银行信用卡的透支和分期"),
            "private": self.tr("个人之间或非金融机构的借款（民间借贷）"),
        }.get(kind, "")

    def method_label(self, method: str) -> str:
        return {
            "equal_installment": self.tr("等额本息"),
            "equal_principal": self.tr("等额本金"),
            "interest_first": self.tr("先息后本"),
            "bullet": self.tr("到期一次还本付息"),
        }.get(method, method)

    def choices(self, col: Col) -> list[tuple[str, str, str]]:
        """``(label, file value, tooltip)`` of an enum column's editor."""
        if col == Col.KIND:
            return [(self.kind_label(k), k, self.kind_tip(k)) for k in KINDS]
        if col == Col.METHOD:
            return [(self.method_label(m), m, "") for m in METHODS]
        return []

    def field_label(self, key: str) -> str:
        """The everyday name of a field (undo texts)."""
        for col, k in KEY_OF.items():
            if k == key:
                return self.header_text(col)
        return {
            "product": self.tr("产品名称"),
            "contract_no": self.tr("合同编号"),
            "card_last4": self.tr("卡号后四位"),
        }.get(key, key)

    def undo_text(self, key: str) -> str:
        return self.tr("修改{field}").format(field=self.field_label(key))

    def rate_text(self, debt: dict[str, Any]) -> str:
        """The contract rate as the contract states it: ``年化 18%`` or ``日利率 0.05%``."""
        key = rate_key(debt)
        value = _rate_value(debt.get(key))
        if value is None:
            raw = debt.get(key)
            return "" if raw is None else str(raw)
        if key == "daily_rate":
            return self.tr("日利率 {rate}").format(rate=show_rate(value))
        return self.tr("年化 {rate}").format(rate=show_rate(value))

    def annual_text(self, value: Decimal) -> str:
        return self.tr("年化 {rate}").format(rate=show_rate(value))

    @staticmethod
    def rate_edit_text(debt: dict[str, Any]) -> str:
        """The contract rate in calc's input grammar (what the table editor starts with)."""
        key = rate_key(debt)
        value = _rate_value(debt.get(key))
        if value is None:
            raw = debt.get(key)
            return "" if raw is None else str(raw)
        return ("日利率" if key == "daily_rate" else "年化") + show_rate(value)

    # -- shape ---------------------------------------------------------------------------
    def rowCount(self, parent: Idx = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return self._n + 1 if self._n else 0

    def columnCount(self, parent: Idx = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def debt_count(self) -> int:
        return self._n

    def is_total_row(self, row: int) -> bool:
        return self._n > 0 and row == self._n

    def flags(self, index: Idx) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_total_row(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if Col(index.column()) in KEY_OF:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(Col):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self.header_text(Col(section))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tip(Col(section))
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
            return self.tr("合计") if self.is_total_row(section) else str(section + 1)
        return None

    # -- results -------------------------------------------------------------------------
    def summary(self, row: int) -> DebtSummary | None:
        """calc's summary of debt ``row`` (``None`` while the plan has errors)."""
        return self._summaries[row] if 0 <= row < len(self._summaries) else None

    def totals(self) -> tuple[Decimal, Decimal] | None:
        """(owed, excess) over all debts, from calc; ``None`` without results."""
        comparison = self.doc.results.comparison
        if comparison is None:
            return None
        return comparison.total_owed, comparison.total_excess

    def problems(self, row: int, col: Col) -> list[Problem]:
        if 0 <= row < len(self._problems):
            return self._problems[row].get(col, [])
        return []

    def _collect_results(self) -> None:
        results = self.doc.results
        debts = self.doc.get(("debts",)) or []
        self._summaries = [None] * self._n
        comparison = results.comparison
        if comparison is not None:
            if len(comparison.debts) == self._n:
                self._summaries = list(comparison.debts)
            else:  # an edit is pending: match by id
                by_id = {d.debt_id: d for d in comparison.debts}
                self._summaries = [by_id.get(str(d.get("id"))) if isinstance(d, dict) else None
                                   for d in debts[: self._n]]
        self._problems = []
        for row in range(self._n):
            cells: dict[Col, list[Problem]] = {}
            prefix = path_text(("debts", row))
            for p in results.problems_at(("debts", row)):
                rest = p.path[len(prefix):].lstrip(".")
                field = rest.split(".")[0].split("[")[0]
                col = _COL_OF_FIELD.get(field, Col.CREDITOR)
                if p.code == "debt.rate_missing":
                    col = Col.RATE
                cells.setdefault(col, []).append(p)
            self._problems.append(cells)

    @Slot()
    def _on_results_changed(self) -> None:
        self._collect_results()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(Col) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    @Slot(tuple)
    def _on_data_changed(self, path: tuple) -> None:
        if path and path[0] != "debts":
            return
        n = self.doc.count(("debts",))
        if len(path) >= 2 and isinstance(path[1], int) and n == self._n and path[1] < n:
            row = path[1]
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Col) - 1))
            return
        self.beginResetModel()
        self._n = n
        self._collect_results()
        self.endResetModel()

    def refresh_texts(self) -> None:
        """Re-label after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)
        if self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(Col) - 1))

    # -- data ----------------------------------------------------------------------------
    def debt(self, row: int) -> dict[str, Any]:
        value = self.doc.get(("debts", row))
        return value if isinstance(value, dict) else {}

    def data(self, index: Idx, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, col = index.row(), Col(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if col in _RIGHT_COLS else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if self.is_total_row(row):
            return self._total_data(col, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, col)
        if role == Qt.ItemDataRole.BackgroundRole:
            if any(p.severity is Severity.ERROR for p in self.problems(row, col)):
                return QBrush(QColor(ERROR_BG))
            return None
        return None

    def _total_data(self, col: Col, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        totals = self.totals()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Col.CREDITOR:
                return self.tr("共 %n 笔债务", "", self._n)
            if totals is None:
                return "—" if col in (Col.OWED, Col.EXCESS) else None
            if col == Col.OWED:
                return group(totals[0])
            if col == Col.EXCESS:
                return ("✗ " + group(totals[1])) if totals[1] > 0 else ("✓ " + self.tr("未超出"))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == Col.EXCESS and totals is not None:
            return QBrush(QColor(RED if totals[1] > 0 else GREEN))
        if role == Qt.ItemDataRole.ToolTipRole and col in (Col.OWED, Col.EXCESS):
            if totals is None:
                return self.tr("结果未更新：请先改正标红的输入")
            return self.header_tip(col)
        return None

    def _display(self, row: int, col: Col) -> Any:
        debt = self.debt(row)
        if col in RESULT_COLS:
            return self._result_text(row, col)
        key = KEY_OF[col]
        if col == Col.CREDITOR:
            creditor = str(debt.get("creditor") or "")
            product = str(debt.get("product") or "")
            if not creditor and not product:
                return self.tr("（未填写）")
            if product and creditor:
                return self.tr("{product}（{creditor}）").format(product=product, creditor=creditor)
            return creditor or product
        if col == Col.KIND:
            return self.kind_label(str(debt.get(key, "licensed")))
        if col == Col.METHOD:
            return self.method_label(str(debt.get(key, "equal_installment")))
        if col == Col.RATE:
            return self.rate_text(debt)
        if col == Col.PENALTY_RATE:
            value = _rate_value(debt.get(key))
            if value is not None:
                return self.annual_text(value)
            if debt.get(key) is not None:
                return str(debt.get(key))
            summary = self.summary(row)
            if summary is None:
                return self.tr("默认")
            return self.tr("默认 {rate}").format(rate=show_rate(summary.penalty_rate))
        if key in MONEY_KEYS:
            return money_text(debt.get(key)) or ("0.00" if key != "principal" else "")
        if col == Col.REMAINING:
            value = debt.get(key, 0)
            return str(value)
        value = debt.get(key)
        return "" if value is None else str(value)

    def _edit(self, row: int, col: Col) -> Any:
        if col in RESULT_COLS:
            return self._result_text(row, col)
        debt = self.debt(row)
        key = KEY_OF[col]
        if col == Col.KIND:
            return str(debt.get(key, "licensed"))
        if col == Col.METHOD:
            return str(debt.get(key, "equal_installment"))
        if col == Col.RATE:
            return self.rate_edit_text(debt)
        if col == Col.PENALTY_RATE:
            value = _rate_value(debt.get(key))
            if value is not None:
                return "年化" + show_rate(value)
            return "" if debt.get(key) is None else str(debt.get(key))
        if key in MONEY_KEYS:
            return money_text(debt.get(key))
        value = debt.get(key)
        return "" if value is None else str(value)

    def _result_text(self, row: int, col: Col) -> str:
        summary = self.summary(row)
        if summary is None:
            return "—"
        if col == Col.OWED:
            return group(summary.owed)
        if col == Col.CAP:
            return show_rate(summary.cap.annual)
        if summary.excess > 0:
            return "✗ " + group(summary.excess)
        if not summary.check.measurable:
            return self.tr("无法判断")
        return "✓ " + self.tr("未超出")

    def cap_tip(self, summary: DebtSummary) -> str:
        """The cap's regime and legal source, in the UI language."""
        cap = summary.cap
        zh = ui_lang() == "zh"
        lines = [
            self.tr("法定上限：年化 {rate}").format(rate=show_rate(cap.annual)),
            REGIMES[cap.regime][0 if zh else 1],
        ]
        if cap.lpr is not None:
            lines.append(self.tr("一年期LPR {rate}（{date}公布）").format(
                rate=show_rate(cap.lpr.lpr_1y), date=cap.lpr.date.isoformat()))
        if cap.lpr_fallback:
            lines.append(self.tr("没有填写合同日期，暂按最新的LPR计算"))
        if cap.earlier is not None and cap.cutover is not None:
            lines.append(self.tr("{date}之前按年化 {rate}").format(
                date=cap.cutover.isoformat(), rate=show_rate(cap.earlier)))
        lines.append(self.tr("依据：{source}").format(source=cap.source.zh if zh else cap.source.en))
        return "\n".join(lines)

    def _tooltip(self, row: int, col: Col) -> str | None:
        problems = self.problems(row, col)
        if problems:
            return "\n".join(problem_text(p) for p in problems)
        debt = self.debt(row)
        if col == Col.CREDITOR:
            parts = [str(debt.get("creditor") or "")]
            if debt.get("product"):
                parts.append(self.tr("产品：{product}").format(product=debt["product"]))
            if debt.get("contract_no"):
                parts.append(self.tr("合同编号：{no}").format(no=debt["contract_no"]))
            if debt.get("card_last4"):
                parts.append(self.tr("卡号后四位：{last4}").format(last4=debt["card_last4"]))
            return "\n".join(p for p in parts if p) or self.header_tip(col)
        if col == Col.KIND:
            return self.kind_tip(str(debt.get("creditor_kind", "licensed")))
        summary = self.summary(row)
        if col in RESULT_COLS and summary is None:
            return self.tr("结果未更新：请先改正标红的输入")
        if col == Col.CAP and summary is not None:
            return self.cap_tip(summary)
        if col == Col.EXCESS and summary is not None:
            if summary.excess > 0:
                return self.tr("超出法定上限 {amount} 元，可在申请书中要求减免").format(
                    amount=group(summary.excess))
            if not summary.check.measurable:
                return self.tr("请填写逾期开始日期或合同日期，才能判断是否超出上限")
            return self.tr("已出账的利息、罚息和费用没有超出法定上限")
        if col == Col.PENALTY_RATE and debt.get("penalty_rate") is None:
            return self.tr("合同没写罚息利率时，按合同利率的1.5倍估算")
        return self.header_tip(col)

    def _foreground(self, row: int, col: Col) -> QBrush | None:
        if any(p.severity is Severity.ERROR for p in self.problems(row, col)):
            return QBrush(QColor(RED))
        if col == Col.EXCESS:
            summary = self.summary(row)
            if summary is not None and summary.check.measurable:
                return QBrush(QColor(RED if summary.excess > 0 else GREEN))
            return QBrush(QColor(MUTED))
        if col == Col.CREDITOR and not (self.debt(row).get("creditor") or self.debt(row).get("product")):
            return QBrush(QColor(MUTED))
        if col == Col.PENALTY_RATE and self.debt(row).get("penalty_rate") is None:
            return QBrush(QColor(MUTED))
        return None

    # -- editing -------------------------------------------------------------------------
    def setData(self, index: Idx, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, col = index.row(), Col(index.column())
        if self.is_total_row(row) or col not in KEY_OF:
            return False
        text = "" if value is None else str(value)
        if text == self._edit(row, col):  # the editor closed without a change
            self.last_edit_ok = True
            return True
        key = KEY_OF[col]
        field = rate_key(self.debt(row)) if key == "rate" else key
        try:
            parsed = parse_field(key, text)
        except CalcError as exc:
            self.error_text = problem_text(exc.at(path_text(("debts", row, field))).as_problem())
            self.last_edit_ok = False
            self.editFailed.emit(self.error_text)
            return False
        write_field(self.doc, row, key, parsed, self.undo_text(key))
        self.error_text = ""
        self.last_edit_ok = True
        self.editDone.emit()
        return True

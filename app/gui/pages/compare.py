"""Step ③ 方案对比: set the proposal, see the five scenarios, the offers and what to ask.

Left: the proposal controls (plan-wide ``proposal``) and the per-debt overrides
(``debts[i].proposal``); every control writes its plan-file value through
``doc.set`` (undoable). Right: the suggestion box (calc's reverse solve), the
scenarios side by side, the per-creditor offers and two charts. Everything shown
comes from ``doc.results.comparison``; the page computes no money, except the
headline's "超出预算" figure (the proposal's largest month minus the budget).
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui.i18n import problem_text, ui_lang
from app.gui.models.offers_model import OffersModel
from app.gui.models.scenarios_model import ScenariosModel
from app.gui.pages.base import GREEN, MUTED, RED, Page
from app.gui.widgets.charts import BalanceChart, PaymentChart
from app.gui.widgets.fields import ValidatedEdit, money_parser, rate_parser, show_rate
from app.report import group, suggestion_note
from calc.errors import CalcError, Severity
from calc.model import Allocation, DeferralInterest, Method, Proposal, Waive
from calc.money import fmt_rate
from calc.parse import ParsedRate, parse_rate
from calc.rates import to_annual
from calc.scenarios import SCENARIO_KEYS
from calc.solve import Suggestion

__all__ = ["ComparePage"]

DEFERRAL_MAX = 24
CHARTS_MIN_HEIGHT = 150  # small screens (1024×600): the scenario table first, charts shrink
TERM_MAX = 120
CAP_CUSTOM = "custom"
OVERRIDE_KEYS = ("term_months", "deferral_months", "waive")
_DEFAULTS = Proposal()


def _combo(values: list[str]) -> QComboBox:
    box = QComboBox()
    for v in values:
        box.addItem(v, v)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    return box


def _set_combo(box: QComboBox, value: Any) -> None:
    box.setCurrentIndex(box.findData(value) if isinstance(value, str) else -1)


def _int(value: Any, default: int) -> int:
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return default


def _hint_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {MUTED};")
    return label


def _problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


class _Field:
    """One proposal control: its label (legal term on hover), editor, hint and problem line."""

    def __init__(self, key: str, editor: QWidget, extra: QWidget | None = None) -> None:
        self.key = key
        self.editor = editor
        self.label = QLabel()
        self.label.setBuddy(editor)
        self.hint = _hint_label()
        self.problem = _problem_label()
        self.cell = QWidget()
        box = QVBoxLayout(self.cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        if extra is not None:
            box.addWidget(extra)
        box.addWidget(self.hint)
        box.addWidget(self.problem)

    def set_tips(self, label: str, hint: str, legal: str) -> None:
        self.label.setText(label)
        self.hint.setText(hint)
        self.label.setToolTip(legal)
        self.editor.setToolTip(legal)

    def show_problems(self, problems) -> None:
        lines = [("✗ " if p.severity is Severity.ERROR else "⚠ ") + problem_text(p) for p in problems]
        worst = any(p.severity is Severity.ERROR for p in problems)
        self.problem.setText("\n".join(lines))
        self.problem.setStyleSheet(f"color: {RED if worst else MUTED};")
        self.problem.setVisible(bool(lines))


class ComparePage(Page):
    """③ 方案对比 (see module doc)."""

    step_key = "compare"

    def __init__(self, doc, parent=None) -> None:
        super().__init__(doc, parent)
        self._complete = False
        self._cap_custom_pending = False
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_results_split)
        self._build()
        self._connect_signals()
        self.retranslate()
        self._refresh_controls()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.page_layout.addWidget(self.splitter, 1)
        self.splitter.addWidget(self._build_controls())
        self.splitter.addWidget(self._build_results())
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])

    def _build_controls(self) -> QWidget:
        # Plan-wide proposal.
        self.deferral = QSpinBox()
        self.deferral.setRange(0, DEFERRAL_MAX)
        self.deferral.setKeyboardTracking(False)
        self.deferral_interest = _combo([v.value for v in DeferralInterest])
        self.term = QSpinBox()
        self.term.setRange(1, TERM_MAX)
        self.term.setKeyboardTracking(False)
        self.rate = ValidatedEdit(rate_parser(), "proposal.installment_rate")
        self.method = _combo([v.value for v in Method])
        self.down = ValidatedEdit(money_parser(allow_empty=True), "proposal.down_payment")
        self.waive = _combo([v.value for v in Waive])
        self.cap = _combo(["auto", "lpr4x", CAP_CUSTOM])
        self.cap_rate = ValidatedEdit(rate_parser(), "proposal.cap")
        self.cap_rate.hide()
        self.allocation = _combo([v.value for v in Allocation])
        for spin in (self.deferral, self.term):
            spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.fields: dict[str, _Field] = {
            "deferral_months": _Field("deferral_months", self.deferral),
            "deferral_interest": _Field("deferral_interest", self.deferral_interest),
            "term_months": _Field("term_months", self.term),
            "installment_rate": _Field("installment_rate", self.rate),
            "method": _Field("method", self.method),
            "down_payment": _Field("down_payment", self.down),
            "waive": _Field("waive", self.waive),
            "cap": _Field("cap", self.cap, self.cap_rate),
            "allocation": _Field("allocation", self.allocation),
        }
        self.plan_box = QGroupBox()
        form = QFormLayout(self.plan_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        for f in self.fields.values():
            form.addRow(f.label, f.cell)

        # Per-debt overrides.
        self.debt_box = QGroupBox()
        debt_layout = QVBoxLayout(self.debt_box)
        self.debt_combo = QComboBox()
        self.debt_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.debt_combo.setMinimumContentsLength(10)
        self.override_check = QCheckBox()
        self.debt_term = QSpinBox()
        self.debt_term.setRange(1, TERM_MAX)
        self.debt_term.setKeyboardTracking(False)
        self.debt_deferral = QSpinBox()
        self.debt_deferral.setRange(0, DEFERRAL_MAX)
        self.debt_deferral.setKeyboardTracking(False)
        self.debt_waive = _combo([v.value for v in Waive])
        for spin in (self.debt_term, self.debt_deferral):
            spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.debt_term_label = QLabel()
        self.debt_deferral_label = QLabel()
        self.debt_waive_label = QLabel()
        self.debt_term_label.setBuddy(self.debt_term)
        self.debt_deferral_label.setBuddy(self.debt_deferral)
        self.debt_waive_label.setBuddy(self.debt_waive)
        debt_form = QFormLayout()
        debt_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        debt_form.addRow(self.debt_term_label, self.debt_term)
        debt_form.addRow(self.debt_deferral_label, self.debt_deferral)
        debt_form.addRow(self.debt_waive_label, self.debt_waive)
        self.debt_info = _hint_label()
        self.debt_problem = _problem_label()
        self.apply_suggestion = QPushButton()
        debt_layout.addWidget(self.debt_combo)
        debt_layout.addWidget(self.override_check)
        debt_layout.addLayout(debt_form)
        debt_layout.addWidget(self.debt_problem)
        debt_layout.addWidget(self.debt_info)
        debt_layout.addWidget(self.apply_suggestion, 0, Qt.AlignmentFlag.AlignLeft)

        inner = QWidget()
        col = QVBoxLayout(inner)
        col.setContentsMargins(0, 0, 6, 0)
        col.addWidget(self.plan_box)
        col.addWidget(self.debt_box)
        col.addStretch(1)
        self.controls_scroll = QScrollArea()
        self.controls_scroll.setWidgetResizable(True)
        self.controls_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.controls_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controls_scroll.setWidget(inner)
        self.controls_scroll.setMinimumWidth(280)
        return self.controls_scroll

    def _build_results(self) -> QWidget:
        # Suggestion box: what to ask each lender (calc.solve).
        self.suggestion_box = QFrame()
        self.suggestion_box.setObjectName("suggestionBox")
        self.suggestion_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.suggestion_box.setStyleSheet(
            "QFrame#suggestionBox { border: 1px solid #c7c7c7; border-radius: 4px;"
            " background: #f8f9fa; }")
        box = QVBoxLayout(self.suggestion_box)
        box.setContentsMargins(8, 6, 8, 6)
        box.setSpacing(3)
        self.suggestion_title = QLabel()
        self.suggestion_title.setWordWrap(True)
        self.suggestion_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.suggestion_title.font()
        font.setBold(True)
        self.suggestion_title.setFont(font)
        self.suggestion_text = QLabel()
        self.suggestion_text.setWordWrap(True)
        self.suggestion_text.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.suggestion_title)
        box.addWidget(self.suggestion_text)

        # Scenarios side by side.
        self.scenarios_model = ScenariosModel(self)
        self.scenarios_view = QTableView()
        self.scenarios_view.setModel(self.scenarios_model)
        self.scenarios_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.scenarios_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scenarios_view.setWordWrap(False)
        self.scenarios_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.scenarios_view.horizontalHeader().setMinimumSectionSize(76)
        self.scenarios_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.scenarios_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scenarios_empty = _hint_label()
        self.status_note = QLabel()
        self.status_note.setWordWrap(True)
        self.status_note.setTextFormat(Qt.TextFormat.PlainText)
        self.status_note.hide()

        top = QWidget()
        self._results_top = top
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.suggestion_box)
        # Date-gated PBoC credit-repair hint (calc.safety; rules.md §7): shown only when it applies.
        self.repair_note = QLabel()
        self.repair_note.setObjectName("creditRepairNote")
        self.repair_note.setWordWrap(True)
        self.repair_note.setStyleSheet("QLabel { background: #eef6ee; padding: 6px; }")
        self.repair_note.hide()
        top_layout.addWidget(self.repair_note)
        top_layout.addWidget(self.scenarios_view, 1)
        top_layout.addWidget(self.scenarios_empty)
        top_layout.addWidget(self.status_note)

        # Offers and charts.
        self.offers_model = OffersModel(self)
        self.offers_view = QTableView()
        self.offers_view.setModel(self.offers_model)
        self.offers_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.offers_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.offers_view.verticalHeader().hide()
        header = self.offers_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, 4):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.offers_intro = _hint_label()
        offers_tab = QWidget()
        offers_layout = QVBoxLayout(offers_tab)
        offers_layout.setContentsMargins(4, 4, 4, 4)
        offers_layout.addWidget(self.offers_intro)
        offers_layout.addWidget(self.offers_view, 1)

        self.balance_chart = BalanceChart()
        self.payment_chart = PaymentChart()
        self.tabs = QTabWidget()
        self.tabs.addTab(offers_tab, "")
        self.tabs.addTab(self.balance_chart, "")
        self.tabs.addTab(self.payment_chart, "")

        self.top_scroll = QScrollArea()
        self.top_scroll.setWidgetResizable(True)
        self.top_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.top_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.top_scroll.setWidget(top)
        self.top_scroll.setMinimumHeight(120)
        self.tabs.setMinimumHeight(CHARTS_MIN_HEIGHT)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(self.top_scroll)
        right.addWidget(self.tabs)
        right.setStretchFactor(0, 0)
        right.setStretchFactor(1, 1)
        self.results_splitter = right
        return right

    def _connect_signals(self) -> None:
        self.doc.dataChanged.connect(self._on_data_changed)
        self.doc.resultsChanged.connect(self._refresh_results)
        self.deferral.valueChanged.connect(self._on_deferral)
        self.term.valueChanged.connect(self._on_term)
        self.rate.committed.connect(self._on_rate)
        self.down.committed.connect(self._on_down)
        self.cap_rate.committed.connect(self._on_cap_rate)
        self.cap.currentIndexChanged.connect(self._on_cap)
        for key, box in (("deferral_interest", self.deferral_interest), ("method", self.method),
                         ("waive", self.waive), ("allocation", self.allocation)):
            box.currentIndexChanged.connect(self._combo_writer(key, box))
        self.debt_combo.currentIndexChanged.connect(self._on_debt_selected)
        self.override_check.toggled.connect(self._on_override_toggled)
        self.debt_term.valueChanged.connect(
            lambda v: self._set_debt_key("term_months", int(v), self.tr("修改这笔债务的期数")))
        self.debt_deferral.valueChanged.connect(
            lambda v: self._set_debt_key("deferral_months", int(v),
                                         self.tr("修改这笔债务的延期月数")))
        self.debt_waive.currentIndexChanged.connect(self._on_debt_waive)
        self.apply_suggestion.clicked.connect(self._on_apply_suggestion)

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "deferral_months": (
                self.tr("延期几个月"), self.tr("先停几个月不还，之后再开始分期"),
                self.tr("法律用语：展期 / 延期还款（《民法典》第六百七十八条：借款人可以在还款期限届满前"
                   "向贷款人申请展期；贷款人同意的，可以展期）")),
            "deferral_interest": (
                self.tr("延期时利息"), self.tr("延期的几个月里，利息停不停"),
                self.tr("法律用语：停息（延期期间停止计收利息和罚息）；选“照常计息”时利息并入欠款")),
            "term_months": (
                self.tr("分几期还"), self._term_hint(),
                self.tr("法律用语：个性化分期还款（《商业银行信用卡业务监督管理办法》第七十条："
                   "个性化分期还款协议的最长期限不得超过5年）")),
            "installment_rate": (
                self.tr("分期利率"), self.tr("分期期间的年利率；0 表示免息"),
                self.tr("法律用语：分期年化利率（单利）。可以写 0、5%、日利率0.02% 等")),
            "method": (
                self.tr("每期怎么还"), self.tr("每期还款金额怎么算"),
                self.tr("法律用语：还款方式（等额本息、等额本金、先息后本、到期一次还本付息）")),
            "down_payment": (
                self.tr("先还一笔"), self.tr("申请时先还的钱，可以不填"),
                self.tr("法律用语：首付款（协商达成时先行偿还的款项）")),
            "waive": (
                self.tr("请求减免"), self.tr("请出借方免掉哪些利息和费用"),
                self.tr("法律用语：减免罚息、复利、违约金（《民法典》第五百八十五条：违约金过分高于损失的"
                   "可请求减少；金融借款利息、罚息、费用总计超过年利率24%的部分可请求调减）")),
            "cap": (
                self.tr("法定上限"), self.tr("判断利息罚息是否收多了的标准"),
                self.tr("法律用语：利率保护上限（金融借款：综合成本年化24%；民间借贷：合同成立时一年期"
                   "LPR的4倍，《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条）")),
            "allocation": (
                self.tr("每月的钱怎么分"), self.tr("每月能还的钱在几家之间怎么分"),
                self.tr("法律用语：按比例清偿（多个债权人之间分配还款）")),
        }
        for key, (label, hint, legal) in texts.items():
            self.fields[key].set_tips(label, hint, legal)
        self.deferral.setSuffix(self.tr(" 个月"))
        self.term.setSuffix(self.tr(" 期"))
        self.debt_deferral.setSuffix(self.tr(" 个月"))
        self.debt_term.setSuffix(self.tr(" 期"))
        self._label_items(self.deferral_interest, {
            "none": self.tr("延期期间停止计息"), "contract": self.tr("延期期间照常计息"),
        })
        self._label_items(self.method, {
            "equal_installment": self.tr("等额本息（每月一样多）"),
            "equal_principal": self.tr("等额本金（先多后少）"),
            "interest_first": self.tr("先息后本（最后还本金）"),
            "bullet": self.tr("到期一次还本付息"),
        })
        waive_labels = {
            "none": self.tr("不申请减免"),
            "above_cap": self.tr("减免超出法定上限的部分"),
            "all_penalty": self.tr("减免全部罚息和费用"),
            "all_charges": self.tr("只还本金"),
        }
        self._label_items(self.waive, waive_labels)
        self._label_items(self.debt_waive, waive_labels)
        self._label_items(self.cap, {
            "auto": self.tr("按出借人类型自动"), "lpr4x": self.tr("4倍LPR"), CAP_CUSTOM: self.tr("自定年化上限"),
        }, {
            "auto": self.tr("银行、消费金融、小贷等：年化24%；民间借贷：4倍LPR"),
            "lpr4x": self.tr("合同成立时一年期LPR的4倍（目前约12%）"),
            CAP_CUSTOM: self.tr("自己输入一个年化利率作为上限"),
        })
        self._label_items(self.allocation, {
            "pro_rata": self.tr("按欠款多少分"),
            "pro_rata_contractual": self.tr("按原来每月应还的比例分"),
            "equal": self.tr("各家平均分"),
            "avalanche": self.tr("先还利率最高的"),
        }, {
            "pro_rata": self.tr("欠得多的一家分得多（最常见、最公平）"),
            "pro_rata_contractual": self.tr("按各家合同上原本每月应还的金额比例分"),
            "equal": self.tr("每家每月给一样多"),
            "avalanche": self.tr("先集中还利率最高的一家，其他家先给最低金额，总利息最少"),
        })
        self.plan_box.setTitle(self.tr("我的方案（所有债务）"))
        self.debt_box.setTitle(self.tr("为某一笔债务单独设置"))
        self.override_check.setText(self.tr("为这笔债务单独设置"))
        self.override_check.setToolTip(
            self.tr("勾选后，这笔债务用下面自己的期数、延期和减免；取消勾选恢复用上面的方案"))
        self.debt_term_label.setText(self.tr("分几期还"))
        self.debt_deferral_label.setText(self.tr("延期几个月"))
        self.debt_waive_label.setText(self.tr("请求减免"))
        self.apply_suggestion.setText(self.tr("按建议设置这笔债务"))
        self.apply_suggestion.setToolTip(self.tr("把下面建议的期数、延期和减免写入这笔债务的单独设置"))
        self.rate.edit.setPlaceholderText(self.tr("如 0 或 5%"))
        self.cap_rate.edit.setPlaceholderText(self.tr("如 15%，按回车确认"))
        self.down.edit.setPlaceholderText(self.tr("0.00"))
        self.offers_intro.setText(self.tr("每月可用于还款的钱，按“每月的钱怎么分”分给各家："))
        self.tabs.setTabText(0, self.tr("每家每月可给"))
        self.tabs.setTabText(1, self.tr("剩余欠款变化"))
        self.tabs.setTabText(2, self.tr("月供对比"))
        self.scenarios_empty.setText(self.tr("还没有结果：先在「我的债务」里填写借款，"
                                        "在「收入支出」里填写每月收入和必要支出。"))
        self.scenarios_model.retranslate()
        self.offers_model.retranslate()
        for w in (self.rate, self.down, self.cap_rate):
            w.retranslate()
        self._refresh_debt_list()
        self._refresh_results()

    @staticmethod
    def _label_items(box: QComboBox, labels: dict[str, str],
                     tips: dict[str, str] | None = None) -> None:
        for i in range(box.count()):
            value = box.itemData(i)
            box.setItemText(i, labels.get(value, value))
            if tips and value in tips:
                box.setItemData(i, tips[value], Qt.ItemDataRole.ToolTipRole)

    def _term_hint(self) -> str:
        return self.tr("剩下的钱分几个月还完；一般最长 %1 期").replace("%1", str(self._max_term()))

    # -- reading the document ------------------------------------------------------------
    def _max_term(self) -> int:
        c = self.doc.results.comparison
        if c is not None and c.settings.max_term_months:
            return int(c.settings.max_term_months)
        return int(self.doc.rules.defaults.max_term_months or 60)

    def _day_basis(self) -> int:
        c = self.doc.results.comparison
        if c is not None and c.settings.day_basis:
            return int(c.settings.day_basis)
        return int(self.doc.rules.defaults.day_basis or 360)

    def _proposal_value(self, key: str) -> Any:
        value = self.doc.get(("proposal", key))
        if value is None:
            default = getattr(_DEFAULTS, key)
            return default.value if hasattr(default, "value") else default
        return value

    def _debt_index(self) -> int:
        i = self.debt_combo.currentData()
        return i if isinstance(i, int) and 0 <= i < self.doc.count(("debts",)) else -1

    def _debt_names(self) -> dict[str, str]:
        """debt id → the name the borrower knows (product, else the creditor)."""
        plan = self.doc.results.plan
        if plan is None:
            return {}
        return {d.id: (d.product or d.creditor) for d in plan.debts}

    def _debt_id(self, i: int) -> str | None:
        plan = self.doc.results.plan
        if plan is not None and 0 <= i < len(plan.debts):
            return plan.debts[i].id
        return None

    # -- refreshing controls (doc → widgets, signals blocked) ------------------------------
    @Slot(tuple)
    def _on_data_changed(self, path: tuple) -> None:
        if not path or path[0] in ("proposal", "debts", "settings"):
            self._refresh_controls()

    def _refresh_controls(self) -> None:
        widgets = [self.deferral, self.term, self.deferral_interest, self.method, self.waive,
                   self.cap, self.allocation]
        for w in widgets:
            w.blockSignals(True)
        try:
            self.deferral.setValue(_int(self._proposal_value("deferral_months"), 0))
            self.term.setValue(_int(self._proposal_value("term_months"), _DEFAULTS.term_months))
            _set_combo(self.deferral_interest, self._proposal_value("deferral_interest"))
            _set_combo(self.method, self._proposal_value("method"))
            _set_combo(self.waive, self._proposal_value("waive"))
            _set_combo(self.allocation, self._proposal_value("allocation"))
            self._refresh_rate()
            self._refresh_down()
            self._refresh_cap()
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._refresh_debt_list()

    def _refresh_rate(self) -> None:
        raw = self._proposal_value("installment_rate")
        try:
            shown = show_rate(Decimal(str(raw)))
        except (InvalidOperation, ValueError):
            shown = str(raw)
        self.rate.set_text(shown)

    def _refresh_down(self) -> None:
        raw = self.doc.get(("proposal", "down_payment"))
        if raw is None:
            self.down.set_text("")
            return
        try:
            self.down.set_text(group(Decimal(str(raw))))
        except (InvalidOperation, ValueError):
            self.down.set_text(str(raw))

    def _refresh_cap(self) -> None:
        raw = self._proposal_value("cap")
        annual: Decimal | None = None
        if isinstance(raw, dict):
            try:
                annual = Decimal(str(raw.get("annual")))
            except (InvalidOperation, ValueError):
                annual = None
            mode = CAP_CUSTOM
        elif raw in ("auto", "lpr4x"):
            mode = CAP_CUSTOM if self._cap_custom_pending else raw
        else:
            mode = CAP_CUSTOM
            try:
                annual = parse_rate(str(raw)).value
            except CalcError:
                annual = None
        if mode != CAP_CUSTOM or annual is not None:
            self._cap_custom_pending = False
        _set_combo(self.cap, mode)
        self.cap_rate.setVisible(mode == CAP_CUSTOM)
        if annual is not None and annual.is_finite():
            self.cap_rate.set_text(show_rate(annual))
        elif mode != CAP_CUSTOM:
            self.cap_rate.set_text("")

    def _refresh_debt_list(self) -> None:
        current = self.debt_combo.currentData()
        self.debt_combo.blockSignals(True)
        try:
            self.debt_combo.clear()
            for i in range(self.doc.count(("debts",))):
                name = (self.doc.get(("debts", i, "product")) or self.doc.get(("debts", i, "creditor"))
                        or self.tr("第 %1 笔债务").replace("%1", str(i + 1)))
                self.debt_combo.addItem(str(name), i)
            index = self.debt_combo.findData(current) if isinstance(current, int) else -1
            self.debt_combo.setCurrentIndex(index if index >= 0 else (0 if self.debt_combo.count()
                                                                       else -1))
        finally:
            self.debt_combo.blockSignals(False)
        self._refresh_debt_override()

    def _refresh_debt_override(self) -> None:
        i = self._debt_index()
        own = self.doc.get(("debts", i, "proposal")) if i >= 0 else None
        own = own if isinstance(own, dict) else {}
        widgets = [self.override_check, self.debt_term, self.debt_deferral, self.debt_waive]
        for w in widgets:
            w.blockSignals(True)
        try:
            has = i >= 0 and bool(own)
            self.override_check.setChecked(has)
            self.override_check.setEnabled(i >= 0)

            def value(key: str) -> Any:
                return own[key] if key in own else self._proposal_value(key)

            self.debt_term.setValue(_int(value("term_months"), _DEFAULTS.term_months))
            self.debt_deferral.setValue(_int(value("deferral_months"), 0))
            _set_combo(self.debt_waive, value("waive"))
            for w in (self.debt_term, self.debt_deferral, self.debt_waive):
                w.setEnabled(has)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._refresh_debt_results()

    def _refresh_debt_results(self) -> None:
        """The selected debt's offer, the suggestion for it, its override problems."""
        i = self._debt_index()
        results = self.doc.results
        c = results.comparison
        debt_id = self._debt_id(i)
        lines: list[str] = []
        suggestion = None
        if c is not None and debt_id is not None:
            offer = next((o for o in c.offers if o.debt_id == debt_id), None)
            if offer is not None:
                lines.append(self.tr("每月可给这家 %1 元。").replace("%1", group(offer.monthly)))
            suggestion = next((s for s in c.suggestions if s.debt_id == debt_id), None)
            if suggestion is not None:
                lines.append(("✓ " if suggestion.fits else "✗ ")
                             + suggestion_note(self._named(suggestion), ui_lang()))
        self.debt_info.setText("\n".join(lines))
        self.debt_info.setVisible(bool(lines))
        self.apply_suggestion.setEnabled(bool(suggestion and suggestion.fits and suggestion.ask))
        problems = results.problems_at(("debts", i, "proposal")) if i >= 0 else ()
        lines = [("✗ " if p.severity is Severity.ERROR else "⚠ ") + problem_text(p) for p in problems]
        self.debt_problem.setText("\n".join(lines))
        self.debt_problem.setStyleSheet(
            f"color: {RED if any(p.severity is Severity.ERROR for p in problems) else MUTED};")
        self.debt_problem.setVisible(bool(lines))

    def _suggestion_line(self, s: Suggestion) -> str:
        """calc's sentence for ``s``; prefixed with the lender when the sentence lacks it."""
        named = self._named(s)
        note = suggestion_note(named, ui_lang())
        if s.fits:
            return note
        return self.tr("%1：%2").replace("%1", named.creditor).replace("%2", note)

    def _named(self, s: Suggestion) -> Suggestion:
        name = self._debt_names().get(s.debt_id)
        return dataclasses.replace(s, creditor=name) if name else s

    # -- refreshing results ----------------------------------------------------------------
    @Slot()
    def _refresh_results(self) -> None:
        results = self.doc.results
        c = results.comparison
        shown = c if (c is not None and c.debts) else None
        names = self._debt_names()
        self.scenarios_model.set_comparison(shown)
        self.offers_model.set_comparison(shown, names)
        self.balance_chart.set_comparison(shown, SCENARIO_KEYS)
        self.payment_chart.set_comparison(shown, SCENARIO_KEYS)
        self.scenarios_view.setVisible(shown is not None)
        self._fit_scenarios_table()
        self.scenarios_empty.setVisible(shown is None and results.ok)
        self._refresh_headline()
        self._refresh_suggestions()
        self._refresh_status_note()
        self._refresh_repair_note()
        for key, f in self.fields.items():
            problems = results.problems_at(("proposal", key))
            if key == "installment_rate":
                self.rate.set_problem(self._error_lines(problems))
            elif key == "down_payment":
                self.down.set_problem(self._error_lines(problems))
            else:
                f.show_problems(problems)
        self.fields["term_months"].hint.setText(self._term_hint())
        self._refresh_debt_results()
        self._fit_timer.start()  # once the labels have their new text laid out
        complete = self.is_complete()
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

    def _fit_scenarios_table(self) -> None:
        """The scenarios table exactly as tall as its rows: spare height goes to the charts."""
        view = self.scenarios_view
        view.resizeRowsToContents()
        height = view.horizontalHeader().sizeHint().height() + view.verticalHeader().length() \
            + 2 * view.frameWidth() + 2
        view.setFixedHeight(max(height, 60))

    @Slot()
    def _fit_results_split(self) -> None:
        """Give the suggestion box and the scenarios table the height they need, the charts
        the rest (never below their minimum; the top scrolls when the window is too small)."""
        sizes = self.results_splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        layout = self._results_top.layout()
        width = self.top_scroll.viewport().width()
        want = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        top = max(120, min(want + 2, total - CHARTS_MIN_HEIGHT))
        if sizes[0] != top:
            self.results_splitter.setSizes([top, total - top])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_timer.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    @staticmethod
    def _error_lines(problems) -> str:
        return "\n".join(problem_text(p) for p in problems)

    def _refresh_headline(self) -> None:
        results = self.doc.results
        c = results.comparison
        if c is None:
            self.headline.setText(self.tr("方案月供：输入有误，暂时算不出"))
            self.headline.setStyleSheet(f"color: {MUTED};")
            return
        if not c.debts:
            self.headline.setText(self.tr("还没有债务：先在「我的债务」里填写借款"))
            self.headline.setStyleSheet(f"color: {MUTED};")
            return
        p = c.scenario("proposal")
        monthly = group(p.monthly_payment)
        if p.max_payment != p.monthly_payment:
            monthly = self.tr("%1（最高 %2）").replace("%1", monthly).replace(
                "%2", group(p.max_payment))
        if c.budget.disposable <= 0:
            text = self.tr("✗ 每月没有钱可用于还款：先到「收入支出」核对收入和必要开支")
            colour = RED
        elif p.fits_budget:
            text = self.tr("方案月供 %1 元/月 ✓ 在预算内").replace("%1", monthly)
            colour = GREEN
        else:
            over = c.over_budget("proposal")
            text = self.tr("方案月供 %1 元/月 ✗ 超出预算 %2 元/月").replace("%1", monthly).replace(
                "%2", group(over))
            colour = RED
        self.headline.setText(text)
        self.headline.setStyleSheet(f"color: {colour};")

    def _refresh_repair_note(self) -> None:
        from app.report import credit_repair_note
        from calc.safety import credit_repair_hint

        results = self.doc.results
        hint = None
        if results.plan is not None and results.comparison is not None:
            hint = credit_repair_hint(results.plan, results.comparison, self.doc.rules)
        if hint is None:
            self.repair_note.hide()
            return
        self.repair_note.setText(credit_repair_note(hint, results.plan, ui_lang()))
        self.repair_note.show()

    def _refresh_suggestions(self) -> None:
        c = self.doc.results.comparison
        if c is None or not c.debts:
            self.suggestion_box.hide()
            return
        self.suggestion_box.show()
        if c.budget.disposable > 0:
            title = self.tr("每月可用于还款 %1 元。要在这个数内还清，可以这样向各家申请：")
        else:
            title = self.tr("每月收入扣除必要支出后没有余钱（%1 元）。可以这样向各家说明：")
        self.suggestion_title.setText(title.replace("%1", group(c.budget.disposable)))
        lines = []
        for s in c.suggestions:
            mark, colour = ("✓", GREEN) if s.fits else ("✗", RED)
            note = html.escape(self._suggestion_line(s))
            lines.append(f'<span style="color:{colour}; font-weight:bold">{mark}</span> {note}')
        if not lines:
            lines.append(html.escape(self.tr("暂时没有建议。")))
        self.suggestion_text.setText("<br>".join(lines))

    def _refresh_status_note(self) -> None:
        """Say so when the status quo cannot be paid off from the budget (as the CLI does)."""
        c = self.doc.results.comparison
        if c is None or not c.debts:
            self.status_note.hide()
            return
        names = self._debt_names()
        offers = {o.debt_id: o.monthly for o in c.offers}
        lines = []
        for p in c.scenario("status_quo").per_debt:
            if p.cleared_from_budget:
                continue
            lines.append(
                self.tr("注意：按现在的预算（每月给这家 %1 元），%2的欠款在 %3 个月内还不清；"
                        "要在方案期限内还清，每月需还 %4 元（表中“现状”按此计算）。")
                .replace("%1", group(offers.get(p.debt_id)))
                .replace("%2", names.get(p.debt_id, p.debt_id))
                .replace("%3", str(c.settings.horizon_months))
                .replace("%4", group(p.required_monthly)))
        self.status_note.setText("\n".join(lines))
        self.status_note.setVisible(bool(lines))

    # -- writing (widgets → doc) --------------------------------------------------------
    def _set(self, key: str, value: Any, text: str) -> None:
        self.doc.set(("proposal", key), value, text)

    @Slot(int)
    def _on_deferral(self, value: int) -> None:
        self._set("deferral_months", int(value), self.tr("修改延期月数"))

    @Slot(int)
    def _on_term(self, value: int) -> None:
        self._set("term_months", int(value), self.tr("修改期数"))

    def _combo_writer(self, key: str, box: QComboBox) -> Callable[[int], None]:
        undo_texts = {
            "deferral_interest": self.tr("修改延期时利息"),
            "method": self.tr("修改还款方式"),
            "waive": self.tr("修改减免方式"),
            "allocation": self.tr("修改分配方式"),
        }

        def write(_index: int) -> None:
            value = box.currentData()
            if isinstance(value, str):
                self._set(key, value, undo_texts[key])

        return write

    def _annual(self, rate: ParsedRate) -> str:
        return fmt_rate(to_annual(rate.value, rate.period, self._day_basis()))

    @Slot(object)
    def _on_rate(self, rate: ParsedRate) -> None:
        self._set("installment_rate", self._annual(rate), self.tr("修改分期利率"))

    @Slot(object)
    def _on_down(self, value: str | None) -> None:
        self._set("down_payment", value, self.tr("修改先还的金额"))

    @Slot(int)
    def _on_cap(self, _index: int) -> None:
        mode = self.cap.currentData()
        if mode == CAP_CUSTOM:
            self._cap_custom_pending = True
            self.cap_rate.show()
            try:
                rate, _shown = rate_parser()(self.cap_rate.text())
            except CalcError:
                self.cap_rate.setFocus()
                return
            self._on_cap_rate(rate)
            return
        self._cap_custom_pending = False
        self.cap_rate.hide()
        if isinstance(mode, str):
            self._set("cap", mode, self.tr("修改法定上限"))

    @Slot(object)
    def _on_cap_rate(self, rate: ParsedRate) -> None:
        self._set("cap", {"annual": self._annual(rate)}, self.tr("修改法定上限"))

    # -- per-debt overrides ---------------------------------------------------------------
    @Slot(int)
    def _on_debt_selected(self, _index: int) -> None:
        self._refresh_debt_override()

    @Slot(bool)
    def _on_override_toggled(self, checked: bool) -> None:
        i = self._debt_index()
        if i < 0:
            return
        if checked:
            self.doc.begin_macro(self.tr("为这笔债务单独设置"))
            try:
                for key in OVERRIDE_KEYS:
                    self.doc.set(("debts", i, "proposal", key), self._proposal_value(key))
            finally:
                self.doc.end_macro()
        else:
            self.doc.set(("debts", i, "proposal"), None, self.tr("取消这笔债务的单独设置"))
        self._refresh_debt_override()

    def _set_debt_key(self, key: str, value: Any, text: str) -> None:
        i = self._debt_index()
        if i >= 0 and self.override_check.isChecked():
            self.doc.set(("debts", i, "proposal", key), value, text)

    @Slot(int)
    def _on_debt_waive(self, _index: int) -> None:
        value = self.debt_waive.currentData()
        if isinstance(value, str):
            self._set_debt_key("waive", value, self.tr("修改这笔债务的减免方式"))

    @Slot()
    def _on_apply_suggestion(self) -> None:
        i = self._debt_index()
        c = self.doc.results.comparison
        debt_id = self._debt_id(i)
        if i < 0 or c is None or debt_id is None:
            return
        s = next((s for s in c.suggestions if s.debt_id == debt_id), None)
        if s is None or s.ask is None:
            return
        values = {"term_months": s.ask.term_months, "deferral_months": s.ask.deferral_months,
                  "waive": s.ask.waive.value}
        self.doc.begin_macro(self.tr("按建议设置这笔债务"))
        try:
            for key, value in values.items():
                self.doc.set(("debts", i, "proposal", key), value)
        finally:
            self.doc.end_macro()

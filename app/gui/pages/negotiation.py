"""Step ⑦ 协商记录: where does each negotiation stand, and is the lender's offer any good?

The headline answers first, the most pressing fact of the log (calc decides what
is due and what is unconfirmed, :mod:`calc.contacts`; ``today`` is ``doc.today()``):

1. an open next step overdue or due today (red, ✗): "✗ 已过期 2 天：提交失业证明（美团借钱…）";
2. a step due within the reminder window (``REMIND_WITHIN_DAYS``, as ``negoplan contacts``):
   "下一步：提交失业证明（美团借钱，2026-11-29 截止，还有 2 天）";
3. an offer not confirmed in writing: "美团借钱提出的方案还没有书面确认";
4. the next step due later, then a next step without a date, else the count.

Under it the reminders in the report's own words (``resources/templates/negotiation.*.toml``):
overdue and due today in red with ✗, due soon, offers not confirmed in writing
(✗, with the advice to get them in writing), later steps quietly.

Then the log (:class:`~app.gui.models.contacts_model.ContactsModel`, one row per
contact) and, on the right, the form of the selected contact: every field is
written to the plan as it is committed (Enter, Tab, leaving the field) through
``doc.set`` — undoable, in the plan file's format (``shared/spec/plan-file.md``,
``docs/plan-file-extensions.md``: ``offer.term_months/monthly/waive/fees/
down_payment/first_due``). ＋ 记一次沟通 (Insert in the table) adds a contact at
the current minute about the selected contact's debt; 删除 (Delete) removes one.

Below the table, the selected contact's offer evaluated at once — calc's
:func:`~calc.counteroffer.evaluate_offer` in the report's lines
(:func:`app.negotiation_report.offer_lines`): real APR (IRR), total paid against
what is owed, the cap ✓/✗, this lender's budget share ✓/✗, the month all debts
together exceed the budget, the comparison with our proposal. Then the reply
letters (accept and ask for written confirmation, counter-propose, chase a
reply, confirm a phone call): a PDF from
:func:`app.letters.reply_build.reply_pdf`, saved 0600 with
:func:`app.storage.write_atomic`.

While the plan has errors nothing calc said is shown (the base page's banner
explains). "Now" comes from a callable (``now``) so tests fix the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QModelIndex,
    QSignalBlocker,
    Qt,
    QTime,
    Slot,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.document import PlanDocument, path_text
from app.gui.export import choose_pdf_path, export_folder, plan_stem, safe_name, write_export
from app.gui.i18n import LANGS, problem_text, ui_lang
from app.gui.models.contacts_model import (
    CHANNELS,
    CONTACTS,
    Col,
    ContactsModel,
    NegotiationState,
    channel_label,
    debt_label,
    negotiation_templates,
    new_contact,
    time_parser,
    waive_label,
)
from app.gui.models.debts_model import date_parser, money_text
from app.gui.pages.base import GREEN, MUTED, RED, Page
from app.gui.widgets.fields import ValidatedEdit, count_parser, money_parser
from app.negotiation_report import REMIND_WITHIN_DAYS, debt_name, offer_lines
from calc.contacts import Reminder, ReminderStatus, due_reminders
from calc.counteroffer import OfferEvaluation, OfferFlag
from calc.errors import CalcError, PlanInvalid, Problem
from calc.model import Waive
from calc.plan import TERM_MAX

__all__ = ["REPLY_KINDS", "NegotiationPage"]

#: The reply letters, in the order of their buttons (``reply_pdf``'s ``kind``).
REPLY_KINDS = ("accept", "counter", "no_reply", "confirm_call")
#: Kinds that answer an offer (the contact must hold one).
_OFFER_KINDS = frozenset({"accept", "counter"})

#: Form fields inside ``offer`` (``docs/plan-file-extensions.md``).
OFFER_KEYS = ("term_months", "monthly", "waive", "fees", "down_payment", "first_due")
_TEXT_KEYS = ("person", "summary", "next_step")
_MONEY_KEYS = ("monthly", "fees", "down_payment")
_FIELD_ORDER = ("at", "debt", "channel", "person", "summary", *OFFER_KEYS,
                "confirmed_in_writing", "next_step", "due")
#: Far enough ahead for every open step with a date (plan dates stop at 2100).
_ALL_AHEAD = 366 * 200


def _muted(label: QLabel) -> QLabel:
    label.setStyleSheet(f"color: {MUTED};")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _plain(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _drop(layout: QVBoxLayout, labels: list[QLabel]) -> None:
    """Take rebuilt lines off the page now (``deleteLater`` alone leaves them painted
    until the event loop comes round)."""
    for label in labels:
        layout.removeWidget(label)
        label.hide()
        label.setParent(None)
        label.deleteLater()


def _default_now(doc: PlanDocument) -> Callable[[], QDateTime]:
    def now() -> QDateTime:
        today = doc.today()
        return QDateTime(QDate(today.year, today.month, today.day), QTime.currentTime())

    return now


def _mark_colour(line: str) -> str:
    """A report line's colour from its own verdict mark: ✗ red, ✓ green, else none."""
    if "✗" in line:
        return f"color: {RED};"
    if "✓" in line:
        return f"color: {GREEN};"
    return ""


class NegotiationPage(Page):
    """协商记录: reminders, the log, the selected contact's form, its offer evaluated, replies."""

    step_key = "negotiation"

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None, *,
                 now: Callable[[], QDateTime] | None = None) -> None:
        super().__init__(doc, parent)
        self._now = now or _default_now(doc)
        self._row: int | None = None
        self._restore: int | None = None
        self._complete = False
        self._fitted = -1
        self.model = ContactsModel(doc, self)
        self.eval_lines: list[QLabel] = []
        self.reminder_lines: list[QLabel] = []
        self._build()
        self._connect_signals()
        self.retranslate()
        self._on_reset()
        self._complete = self.is_complete()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.reminders_box = QFrame(self)
        self.reminders_box.setObjectName("reminders")
        self.reminders_layout = QVBoxLayout(self.reminders_box)
        self.reminders_layout.setContentsMargins(0, 0, 0, 4)
        self.reminders_layout.setSpacing(2)
        self.reminders_title = _bold(_plain(QLabel(self.reminders_box)))
        self.reminders_layout.addWidget(self.reminders_title)
        self.page_layout.addWidget(self.reminders_box)

        bar = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addContactButton")
        # the system accent colour: green and red keep their one meaning
        accent = ("QPushButton { background: palette(highlight); color: palette(highlighted-text);"
                  " border-radius: 6px; padding: 6px 18px; }"
                  "QPushButton:focus { border: 2px solid palette(text); }")
        self.add_button.setStyleSheet(accent)
        bold = QFont(self.add_button.font())
        bold.setBold(True)
        self.add_button.setFont(bold)
        self.remove_button = QPushButton(self)
        self.status_label = _muted(QLabel(self))
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addSpacing(12)
        bar.addWidget(self.status_label, 1)
        self.page_layout.addLayout(bar)

        self.stack = QStackedWidget(self)
        self.page_layout.addWidget(self.stack, 1)

        # the empty state
        empty = QWidget(self.stack)
        self.empty_label = _plain(QLabel(empty))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.empty_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty_label.setFont(font)
        self.empty_hint = _muted(QLabel(empty))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_add_button = QPushButton(empty)
        big = QFont(self.empty_add_button.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.empty_add_button.setFont(big)
        self.empty_add_button.setMinimumSize(220, 48)
        self.empty_add_button.setStyleSheet(accent)
        el = QVBoxLayout(empty)
        el.addStretch(1)
        el.addWidget(self.empty_label)
        el.addSpacing(12)
        el.addWidget(self.empty_hint)
        el.addSpacing(16)
        el.addWidget(self.empty_add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        el.addStretch(2)
        self.stack.addWidget(empty)

        # the log and the evaluation | the form
        self.table = QTableView()
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        lower = QWidget()
        lo = QVBoxLayout(lower)
        lo.setContentsMargins(0, 4, 0, 0)
        lo.addWidget(self._build_evaluation(), 1)
        lo.addWidget(self._build_replies())
        self.left_split = QSplitter(Qt.Orientation.Vertical)
        self.left_split.addWidget(self.table)
        self.left_split.addWidget(lower)
        self.left_split.setStretchFactor(0, 2)
        self.left_split.setStretchFactor(1, 3)
        self.left_split.setChildrenCollapsible(False)
        self.left_split.setSizes([170, 430])

        self.form = QWidget()
        self.form.setObjectName("contactForm")
        self._build_form()
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setMinimumWidth(340)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.stack)
        self.splitter.addWidget(self.left_split)
        self.splitter.addWidget(self.form_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([760, 400])
        self.stack.addWidget(self.splitter)

        self.add_action = QAction(self)
        self.add_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.remove_action = QAction(self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action in (self.add_action, self.remove_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)

        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.table)
        previous: QWidget = self.table
        for key in _FIELD_ORDER:
            widget = self.fields[key]
            target = widget.edit if isinstance(widget, ValidatedEdit) else widget
            QWidget.setTabOrder(previous, target)
            previous = target

    def _build_evaluation(self) -> QWidget:
        """The selected offer in plain words: calc's evaluation, one finding a line."""
        box = QFrame()
        box.setObjectName("offerEvaluation")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(box)
        self.eval_title = _bold(_plain(QLabel(box)))
        outer.addWidget(self.eval_title)
        host = QWidget()
        self.eval_layout = QVBoxLayout(host)
        self.eval_layout.setContentsMargins(0, 0, 4, 0)
        self.eval_layout.setSpacing(4)
        self.eval_placeholder = _muted(QLabel(host))
        self.eval_placeholder.setObjectName("evaluationPlaceholder")
        self.eval_layout.addWidget(self.eval_placeholder)
        self.eval_notes = _muted(QLabel(host))
        small = QFont(self.eval_notes.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.eval_notes.setFont(small)
        self.eval_layout.addWidget(self.eval_notes)
        self.eval_layout.addStretch(1)
        scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(host)
        outer.addWidget(scroll, 1)
        return box

    def _build_replies(self) -> QWidget:
        self.replies_box = QGroupBox()
        self.replies_box.setObjectName("replies")
        grid = QGridLayout(self.replies_box)
        self.reply_buttons: dict[str, QPushButton] = {}
        for n, kind in enumerate(REPLY_KINDS):  # two by two: narrow windows keep the form
            button = QPushButton(self.replies_box)
            button.setObjectName(f"reply_{kind}")
            button.clicked.connect(lambda _=False, k=kind: self._reply_clicked(k))
            self.reply_buttons[kind] = button
            grid.addWidget(button, n // 2, n % 2)
        self.reply_lang = QComboBox(self.replies_box)
        for lang in LANGS:
            self.reply_lang.addItem("", lang)
        grid.addWidget(self.reply_lang, 0, 2)
        grid.setColumnStretch(3, 1)
        self.reply_hint = _muted(QLabel(self.replies_box))
        grid.addWidget(self.reply_hint, 2, 0, 1, 4)
        return self.replies_box

    def _build_form(self) -> None:
        outer = QVBoxLayout(self.form)
        outer.setContentsMargins(8, 0, 4, 0)
        self.form_title = _bold(_plain(QLabel(self.form)), 1.15)
        outer.addWidget(self.form_title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(4)
        self.fields: dict[str, Any] = {}
        self.field_labels: dict[str, QLabel] = {}

        def add(key: str, widget: QWidget) -> None:
            if isinstance(widget, QComboBox):  # long lender names must not widen the form
                widget.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                widget.setMinimumContentsLength(8)
            label = QLabel(self.form)
            label.setBuddy(widget.edit if isinstance(widget, ValidatedEdit) else widget)
            self.fields[key] = widget
            self.field_labels[key] = label
            form.addRow(label, widget)

        at = ValidatedEdit(time_parser(self.now), right_align=False, parent=self.form)
        at.committed.connect(lambda value: self._write("at", value))
        add("at", at)
        debt = QComboBox(self.form)
        debt.currentIndexChanged.connect(lambda _i: self._combo_changed("debt"))
        add("debt", debt)
        channel = QComboBox(self.form)
        for value in CHANNELS:
            channel.addItem("", value)
        channel.currentIndexChanged.connect(lambda _i: self._combo_changed("channel"))
        add("channel", channel)
        for key in ("person", "summary"):
            edit = QLineEdit(self.form)
            edit.editingFinished.connect(lambda k=key: self._text_changed(k))
            add(key, edit)

        self.offer_header = _bold(QLabel(self.form))
        self.offer_header.setStyleSheet(f"color: {MUTED}; padding-top: 6px;")
        form.addRow(self.offer_header)
        term = ValidatedEdit(count_parser(1, TERM_MAX, allow_empty=True), parent=self.form)
        term.committed.connect(lambda value: self._write("term_months", value))
        add("term_months", term)
        for key in ("monthly",):
            self._money_field(key, add)
        waive = QComboBox(self.form)
        waive.addItem("", None)
        for w in Waive:
            waive.addItem("", w.value)
        waive.currentIndexChanged.connect(lambda _i: self._combo_changed("waive"))
        add("waive", waive)
        for key in ("fees", "down_payment"):
            self._money_field(key, add)
        first_due = ValidatedEdit(date_parser, right_align=False, parent=self.form)
        first_due.committed.connect(lambda value: self._write("first_due", value))
        add("first_due", first_due)

        self.after_header = _bold(QLabel(self.form))
        self.after_header.setStyleSheet(f"color: {MUTED}; padding-top: 6px;")
        form.addRow(self.after_header)
        confirmed = QCheckBox(self.form)
        confirmed.toggled.connect(lambda on: self._write("confirmed_in_writing", bool(on)))
        add("confirmed_in_writing", confirmed)
        edit = QLineEdit(self.form)
        edit.editingFinished.connect(lambda: self._text_changed("next_step"))
        add("next_step", edit)
        due = ValidatedEdit(date_parser, right_align=False, parent=self.form)
        due.committed.connect(lambda value: self._write("due", value))
        add("due", due)
        outer.addLayout(form)
        outer.addStretch(1)

    def _money_field(self, key: str, add: Callable[[str, QWidget], None]) -> None:
        field = ValidatedEdit(money_parser(allow_empty=True), parent=self.form)
        field.committed.connect(lambda value, k=key: self._write(k, value))
        add(key, field)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_contact)
        self.empty_add_button.clicked.connect(self.add_contact)
        self.remove_button.clicked.connect(self.remove_contact)
        self.add_action.triggered.connect(self.add_contact)
        self.remove_action.triggered.connect(self.remove_contact)
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._on_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.doc.dataChanged.connect(self._on_data_changed)
        self.doc.resultsChanged.connect(self._on_results_changed)

    # -- Page API ------------------------------------------------------------------------
    def now(self) -> datetime:
        """The current minute, from the injected clock."""
        return self._now().toPython().replace(second=0, microsecond=0)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("＋ 记一次沟通"))
        self.add_button.setToolTip(self.tr(
            "刚和贷款机构通过电话、App 客服或短信？记下来：时间已经填好（在表格中按 Insert 键）"))
        self.empty_add_button.setText(self.tr("＋ 记一次沟通"))
        self.remove_button.setText(self.tr("删除"))
        self.remove_button.setToolTip(self.tr("删除选中的记录（可以撤销；在表格中按 Delete 键）"))
        self.empty_label.setText(self.tr(
            "每次和贷款机构沟通（电话、App 客服、短信），记下时间、对方工号、说了什么、答应了什么。"
            "口头答应的，一定要对方书面确认。"))
        self.empty_hint.setText(self.tr(
            "对方提出分期方案时，把期数和每月金额填进来，这里马上算出真实年化、"
            "是否超出法定上限、每月付不付得起，并可以生成回复信。"))
        labels = {
            "at": self.tr("时间"),
            "debt": self.tr("哪笔债务"),
            "channel": self.tr("方式"),
            "person": self.tr("对方"),
            "summary": self.tr("说了什么"),
            "term_months": self.tr("期数"),
            "monthly": self.tr("每月金额"),
            "waive": self.tr("减免"),
            "fees": self.tr("一次性费用"),
            "down_payment": self.tr("首付"),
            "first_due": self.tr("首期还款日"),
            "confirmed_in_writing": self.tr("书面确认"),
            "next_step": self.tr("下一步"),
            "due": self.tr("截止日期"),
        }
        for key, text in labels.items():
            self.field_labels[key].setText(text)
        self.offer_header.setText(self.tr("对方提出的方案（没有就不填）"))
        self.after_header.setText(self.tr("之后"))
        f = self.fields
        f["at"].edit.setPlaceholderText(self.tr("如 2026-11-22 10:00，或只写 10:00"))
        f["person"].setPlaceholderText(self.tr("姓名、工号、部门，如“美团客服 工号 8812”"))
        f["summary"].setPlaceholderText(self.tr("对方说了什么、答应了什么，尽量照实写"))
        f["term_months"].edit.setPlaceholderText(self.tr("如 12"))
        f["monthly"].edit.setPlaceholderText(self.tr("如 850"))
        f["fees"].edit.setPlaceholderText(self.tr("没有就不填"))
        f["down_payment"].edit.setPlaceholderText(self.tr("没有就不填"))
        f["first_due"].edit.setPlaceholderText(self.tr("不填：计算日期后一个月"))
        f["next_step"].setPlaceholderText(self.tr("如 提交失业证明"))
        f["due"].edit.setPlaceholderText(self.tr("如 2026-11-29"))
        f["confirmed_in_writing"].setText(self.tr("已收到对方的书面确认"))
        f["confirmed_in_writing"].setToolTip(self.tr(
            "短信、App 消息、邮件或书面协议都算；电话里口头答应的不算"))
        f["waive"].setToolTip(self.tr("对方答应减免哪些利息、罚息和费用"))
        with QSignalBlocker(f["channel"]):
            for i in range(f["channel"].count()):
                f["channel"].setItemText(i, channel_label(f["channel"].itemData(i)))
        with QSignalBlocker(f["waive"]):
            f["waive"].setItemText(0, self.tr("没有说"))
            for i in range(1, f["waive"].count()):
                f["waive"].setItemText(i, waive_label(f["waive"].itemData(i)))
        self.eval_title.setText(self.tr("对方方案的评估"))
        self.replies_box.setTitle(self.tr("回复信（PDF）"))
        texts = {
            "accept": (self.tr("接受并要求书面确认…"),
                       self.tr("同意对方的方案，并请对方书面确认方案内容后再按新方案还款")),
            "counter": (self.tr("还价…"),
                        self.tr("说明对方方案付不起或超出上限，提出按你的方案还款")),
            "no_reply": (self.tr("催促答复…"),
                         self.tr("对方答应答复却迟迟没有消息：请对方在期限内书面答复")),
            "confirm_call": (self.tr("确认电话内容…"),
                             self.tr("把电话里谈好的内容写下来，请对方书面确认")),
        }
        for kind, (text, tip) in texts.items():
            self.reply_buttons[kind].setText(text)
            self.reply_buttons[kind].setToolTip(tip)
        self.reply_lang.setItemText(0, self.tr("中文"))
        self.reply_lang.setItemText(1, self.tr("英文"))
        self.reply_lang.setToolTip(self.tr("回复信用哪种语言"))
        self.reply_hint.setText(self.tr(
            "回复信针对选中的这条记录；保存后请通过贷款机构的官方渠道发送，并保留发送记录。"))
        self.remove_action.setText(self.tr("删除记录"))
        self.add_action.setText(self.tr("记一次沟通"))
        for field in self.fields.values():
            if isinstance(field, ValidatedEdit):
                field.retranslate()
        self.model.refresh_texts()
        self._fill_debts()
        self._refresh_all()

    # -- refreshing ----------------------------------------------------------------------
    def _refresh_all(self) -> None:
        self._refresh_headline()
        self._refresh_reminders()
        self._refresh_form()
        self._refresh_evaluation()
        self._update_buttons()

    @Slot()
    def _before_reset(self) -> None:
        self._restore = self._row

    @Slot()
    def _on_reset(self) -> None:
        n = self.model.rowCount()
        self.stack.setCurrentIndex(1 if n else 0)
        if n == 0:
            self._row = None
        else:
            row = self._restore if self._restore is not None else (self._row or 0)
            self.select_row(min(max(row, 0), n - 1))
        self._restore = None
        if n != self._fitted:
            self._fitted = n
            self._fit_columns()
        self._refresh_all()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents, none wider than a sixth of the table (the
        due date stays in view; long texts are elided, whole in the tooltip)."""
        self.table.resizeColumnsToContents()
        widest = max(self.table.viewport().width() // 6, 110)
        header = self.table.horizontalHeader()
        for col in Col:
            if header.sectionSize(col) > widest:
                header.resizeSection(col, widest)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() != self._row:
            self._row = current.row()
            self._refresh_form()
            self._refresh_evaluation()
            self._update_buttons()

    @Slot(tuple)
    def _on_data_changed(self, path: tuple) -> None:
        if path and path[0] not in (CONTACTS[0], "debts"):
            return
        if not path or path[0] == "debts":
            self._fill_debts()
        self._refresh_form()
        if self.doc.count(CONTACTS) == 0:
            self._refresh_headline()
            self._refresh_reminders()
        self._update_complete()

    @Slot()
    def _on_results_changed(self) -> None:
        self._refresh_headline()
        self._refresh_reminders()
        self._refresh_form_problems()
        self._refresh_evaluation()
        self._update_buttons()
        self._update_complete()

    def _update_complete(self) -> None:
        complete = self.is_complete()
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

    # -- the headline and the reminders --------------------------------------------------
    def _debt_names(self, state: NegotiationState) -> dict[str, str]:
        return {d.id: debt_name(d) for d in state.plan.debts}

    def _later(self, state: NegotiationState) -> list[Reminder]:
        """Open steps with a date beyond the reminder window (calc's reminders, looking further)."""
        return [r for r in due_reminders(state.plan.contacts, state.today, within_days=_ALL_AHEAD)
                if r.index not in state.reminders]

    def _refresh_headline(self) -> None:
        n = self.doc.count(CONTACTS)
        state = self.model.state
        red = False
        if n == 0:
            text = self.tr("还没有协商记录")
        elif state is None:
            text = self.tr("已记录 %n 次沟通", "", n)
        else:
            text, red = self._pressing(state, n)
        self.headline.setText(text)
        self.headline.setStyleSheet(f"color: {RED};" if red else "")

    def _pressing(self, state: NegotiationState, n: int) -> tuple[str, bool]:
        """The most pressing fact of the log (module doc) and whether it is a ✗."""
        t = negotiation_templates()
        names = self._debt_names(state)
        contacts = state.plan.contacts

        def debt_of(index: int) -> str:
            return names.get(contacts[index].debt) or t("report.unlinked")

        def step_of(r: Reminder) -> str:
            return r.next_step.strip() or t("reminders.no_step")

        reminders = sorted(state.reminders.values(), key=lambda r: (r.due, r.index))
        urgent = [r for r in reminders if r.status is not ReminderStatus.DUE_SOON]
        if urgent:
            r = urgent[0]
            if r.status is ReminderStatus.OVERDUE:
                return self.tr("✗ 已过期 %n 天：{step}（{debt}，{date} 截止）", "", -r.days).format(
                    step=step_of(r), debt=debt_of(r.index), date=r.due.isoformat()), True
            return self.tr("✗ 今天截止：{step}（{debt}）").format(
                step=step_of(r), debt=debt_of(r.index)), True
        upcoming = reminders  # due soon (the urgent ones are handled above)
        if not upcoming and not state.unconfirmed:
            upcoming = self._later(state)
        if upcoming:
            r = upcoming[0]
            return self.tr("下一步：{step}（{debt}，{date} 截止，还有 %n 天）", "", r.days).format(
                step=step_of(r), debt=debt_of(r.index), date=r.due.isoformat()), False
        if state.unconfirmed:
            return self.tr("{debt}提出的方案还没有书面确认").format(
                debt=debt_of(state.unconfirmed[0])), False
        steps = [i for i in sorted(state.open, key=lambda i: (contacts[i].at, i))
                 if contacts[i].next_step.strip()]
        if steps:
            i = steps[-1]
            return self.tr("下一步：{step}（{debt}）").format(
                step=contacts[i].next_step.strip(), debt=debt_of(i)), False
        return self.tr("已记录 %n 次沟通，没有待办事项", "", n), False

    def _refresh_reminders(self) -> None:
        _drop(self.reminders_layout, self.reminder_lines)
        self.reminder_lines = []
        state = self.model.state
        if state is None or self.doc.count(CONTACTS) == 0:
            self.reminders_box.hide()
            return
        t = negotiation_templates()
        names = self._debt_names(state)
        contacts = state.plan.contacts

        def debt_of(index: int) -> str:
            return names.get(contacts[index].debt) or t("report.unlinked")

        def line(r: Reminder) -> str:
            step = r.next_step.strip() or t("reminders.no_step")
            return t(f"reminders.{r.status.value}", n=abs(r.days), debt=debt_of(r.index),
                     step=step, date=r.due.isoformat())

        items: list[tuple[str, str]] = []
        reminders = sorted(state.reminders.values(), key=lambda r: (r.due, r.index))
        for r in reminders:
            if r.status is ReminderStatus.DUE_SOON:
                items.append((line(r), "font-weight: bold;"))
            else:
                items.append(("✗ " + line(r), f"color: {RED}; font-weight: bold;"))
        for i in state.unconfirmed:
            c = contacts[i]
            when = f"{c.at.date().isoformat()} {c.at.strftime('%H:%M')}"
            items.append(("✗ " + t("unconfirmed.item", debt=debt_of(i), when=when,
                                   person=c.person.strip()), f"color: {RED};"))
        if state.unconfirmed:
            items.append(("   " + t("unconfirmed.advice"), f"color: {MUTED};"))
        for r in self._later(state):
            items.append((line(r), f"color: {MUTED};"))
        if not items:
            items.append((t("reminders.none", days=REMIND_WITHIN_DAYS), f"color: {MUTED};"))
        for text, style in items:
            label = _plain(QLabel(text, self.reminders_box))
            label.setObjectName("reminderLine")
            label.setStyleSheet(f"QLabel {{ {style} }}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.reminders_layout.addWidget(label)
            self.reminder_lines.append(label)
        self.reminders_title.setText(t("reminders.heading"))
        self.reminders_box.show()

    def reminder_texts(self) -> list[str]:
        """The reminder lines shown (tests, screen readers)."""
        return [label.text() for label in self.reminder_lines]

    # -- the form ------------------------------------------------------------------------
    def _path(self, row: int, key: str) -> tuple:
        if key in OFFER_KEYS:
            return (*CONTACTS, row, "offer", key)
        return (*CONTACTS, row, key)

    def _fill_debts(self) -> None:
        """The debt choices: the plan's debts by name, then "not linked"."""
        combo: QComboBox = self.fields["debt"]
        with QSignalBlocker(combo):
            combo.clear()
            for debt in self.doc.get(("debts",)) or []:
                if isinstance(debt, dict) and isinstance(debt.get("id"), str) and debt["id"]:
                    label = debt_label(debt)
                    creditor = str(debt.get("creditor") or "").strip()
                    if creditor and creditor != label:
                        label = self.tr("{name}（{creditor}）").format(name=label, creditor=creditor)
                    combo.addItem(label, debt["id"])
            combo.addItem(self.tr("（不关联债务）"), "")
        self._refresh_field("debt")

    def _refresh_form(self) -> None:
        row = self._row
        has = row is not None and row < self.doc.count(CONTACTS)
        self.form.setEnabled(has)
        if not has:
            self.form_title.setText("")
            return
        assert row is not None
        for key in self.fields:
            self._refresh_field(key)
        name = self.model.index(row, Col.DEBT).data()
        self.form_title.setText(self.tr("第 {n} 条记录：{debt}").format(n=row + 1, debt=name))
        self._refresh_form_problems()

    def _refresh_field(self, key: str) -> None:
        row = self._row
        if row is None or row >= self.doc.count(CONTACTS):
            return
        widget = self.fields[key]
        entry = self.model.entry(row)
        source = (self.model.offer(row) or {}) if key in OFFER_KEYS else entry
        value = source.get(key)
        with QSignalBlocker(widget):
            if isinstance(widget, ValidatedEdit):
                widget.set_field_path(path_text(self._path(row, key)))
                if value is None or value == "":
                    shown = ""
                elif key in _MONEY_KEYS:
                    shown = money_text(value)
                elif key == "at":
                    shown = str(value).replace("T", " ")
                else:
                    shown = str(value)
                widget.set_text(shown)
            elif isinstance(widget, QLineEdit):
                text = "" if value is None else str(value)
                if widget.text() != text:
                    widget.setText(text)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(value is True)
            elif isinstance(widget, QComboBox):
                data = "" if value is None else str(value)
                index = 0 if key == "waive" and value is None else widget.findData(data)
                if index < 0 and data not in (None, ""):
                    # a value of the file the form does not offer: keep it, as written
                    widget.addItem(str(data), data)
                    index = widget.count() - 1
                widget.setCurrentIndex(max(index, 0))

    def _refresh_form_problems(self) -> None:
        row = self._row
        if row is None or row >= self.doc.count(CONTACTS):
            return
        results = self.doc.results
        extra: list[Problem] = []
        state = self.model.state
        if state is not None and row < len(state.outcomes):
            outcome = state.outcomes[row]
            if isinstance(outcome, Problem):
                extra.append(outcome)
        for key, widget in self.fields.items():
            path = self._path(row, key)
            problems = [p for p in results.problems_at(path)]
            problems += [p for p in extra if p.path == path_text(path)]
            text = "\n".join(problem_text(p) for p in problems)
            if isinstance(widget, ValidatedEdit):
                widget.set_problem(text)
            else:
                widget.setToolTip(text)
                kind = type(widget).__name__
                widget.setStyleSheet(f"{kind} {{ border: 1px solid {RED}; }}" if text else "")

    # -- editing -------------------------------------------------------------------------
    def _undo_text(self, key: str) -> str:
        return self.tr("修改协商记录：{field}").format(field=self.field_labels[key].text())

    def _write(self, key: str, value: Any) -> None:
        """Write the form's ``key`` into the selected contact (undoable); ``None`` removes it,
        and an offer left with no field is removed as a whole."""
        row = self._row
        if row is None or row >= self.doc.count(CONTACTS):
            return
        text = self._undo_text(key)
        if key in OFFER_KEYS and value is None:
            offer = dict(self.model.offer(row) or {})
            if key not in offer:
                return
            offer.pop(key)
            if not offer:
                self.doc.set((*CONTACTS, row, "offer"), None, text)
                return
        self.doc.set(self._path(row, key), value, text)

    def _text_changed(self, key: str) -> None:
        row = self._row
        if row is None or row >= self.doc.count(CONTACTS):
            return
        text = " ".join(self.fields[key].text().split()) if key != "summary" else \
            self.fields[key].text().strip()
        current = self.model.entry(row).get(key)
        if text == ("" if current is None else str(current)):
            return
        self._write(key, text or None)

    def _combo_changed(self, key: str) -> None:
        combo: QComboBox = self.fields[key]
        value = combo.currentData()
        if key in ("debt", "channel") and value == "":
            value = None
        self._write(key, value)

    # -- actions -------------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        """Make contact ``row`` current in the table and the form."""
        if not 0 <= row < self.model.rowCount():
            return
        col = max(self.table.currentIndex().column(), 0)
        self.table.setCurrentIndex(self.model.index(row, col))
        self.table.scrollTo(self.model.index(row, col))
        if self._row != row:
            self._row = row
        self._refresh_form()
        self._refresh_evaluation()
        self._update_buttons()

    @Slot()
    def add_contact(self) -> None:
        """Append a contact now, about the selected contact's debt (else the first debt);
        select it and put the cursor in 时间. Undoable."""
        debt = ""
        if self._row is not None:
            debt = str(self.model.entry(self._row).get("debt") or "")
        if not debt:
            combo: QComboBox = self.fields["debt"]
            debt = str(combo.itemData(0) or "") if combo.count() else ""
        n = self.doc.count(CONTACTS)
        self.doc.insert(CONTACTS, n, new_contact(self.now(), debt), self.tr("记一次沟通"))
        self.select_row(n)
        self.status_label.setText(self.tr(
            "已添加第 {n} 条记录：在右边填写对方是谁、说了什么；对方提出方案时填写期数和每月金额。")
            .format(n=n + 1))
        edit = self.fields["at"].edit
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.selectAll()

    @Slot()
    def remove_contact(self) -> None:
        """Remove the selected contact (undoable: no confirmation; the status line says so)."""
        row = self._row
        if row is None or row >= self.doc.count(CONTACTS):
            return
        self.doc.remove(CONTACTS, row, self.tr("删除协商记录"))
        self.status_label.setText(self.tr("已删除第 {n} 条记录。按 Ctrl+Z 可以撤销。").format(n=row + 1))

    # -- the evaluation ------------------------------------------------------------------
    def evaluation(self) -> OfferEvaluation | Problem | None:
        """calc's outcome for the selected contact's offer (``None``: none, or no results)."""
        state = self.model.state
        row = self._row
        if state is None or row is None or row >= len(state.outcomes):
            return None
        return state.outcomes[row]

    def evaluation_texts(self) -> list[str]:
        """The evaluation lines shown (tests)."""
        return [label.text() for label in self.eval_lines]

    def _refresh_evaluation(self) -> None:
        _drop(self.eval_layout, self.eval_lines)
        self.eval_lines = []
        self.eval_notes.setText("")
        self.eval_notes.hide()
        row = self._row
        placeholder = ""
        style = f"color: {MUTED};"
        if row is None or row >= self.doc.count(CONTACTS):
            placeholder = self.tr("选中一条记录，这里显示对方方案的评估。")
        elif self.model.offer(row) is None:
            placeholder = self.tr(
                "这条记录没有记下对方的方案。对方提出分期方案时，在右边填写期数和每月金额，"
                "这里马上算出真实年化、是否超出法定上限、每月付不付得起，并和你的方案比较。")
        elif self.model.state is None:
            placeholder = (self.tr("结果未更新：请先改正标红的输入")
                           if self.doc.results.errors else "")
        else:
            outcome = self.evaluation()
            t = negotiation_templates()
            if isinstance(outcome, OfferEvaluation):
                self._show_evaluation(outcome)
            elif isinstance(outcome, Problem):
                placeholder = t("contact.problem", message=problem_text(outcome))
                style = f"color: {RED};"
            else:
                placeholder = t("contact.no_debt")
        self.eval_placeholder.setText(placeholder)
        self.eval_placeholder.setStyleSheet(f"QLabel {{ {style} }}")
        self.eval_placeholder.setVisible(bool(placeholder))
        title = self.tr("对方方案的评估")
        if row is not None and row < self.doc.count(CONTACTS):
            title = self.tr("第 {n} 条记录：对方方案的评估").format(n=row + 1)
        self.eval_title.setText(title)

    def _show_evaluation(self, e: OfferEvaluation) -> None:
        state = self.model.state
        assert state is not None
        debt = next(d for d in state.plan.debts if d.id == e.debt_id)
        t = negotiation_templates()
        lines = offer_lines(t, e, debt, ui_lang())
        for n, line in enumerate(lines):
            label = _plain(QLabel(line))
            label.setObjectName("evaluationLine")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if n == 0:
                _bold(label)
            else:
                label.setStyleSheet(f"QLabel {{ {_mark_colour(line)} }}")
            self.eval_layout.insertWidget(self.eval_layout.indexOf(self.eval_notes), label)
            self.eval_lines.append(label)
        self.eval_notes.setText(t("report.apr_note") + "\n" + t(
            "report.cap_note", basis=e.terms.day_basis) + "\n" + t("report.disclaimer"))
        self.eval_notes.show()

    # -- reply letters -------------------------------------------------------------------
    @Slot()
    def _update_buttons(self) -> None:
        row = self._row
        has = row is not None and row < self.doc.count(CONTACTS)
        self.remove_button.setEnabled(has)
        state = self.model.state
        contact = (state.plan.contacts[row] if state is not None and row is not None
                   and row < len(state.plan.contacts) else None)
        linked = has and contact is not None and bool(contact.debt)
        offer = linked and contact is not None and contact.offer is not None
        for kind, button in self.reply_buttons.items():
            button.setEnabled(offer if kind in _OFFER_KINDS else linked)

    def reply_letter_lang(self) -> str:
        return str(self.reply_lang.currentData())

    def default_reply_path(self, kind: str) -> Path:
        """``<plan name>-<debt id>-reply-<kind>.pdf`` in the plan's folder (the documents
        folder for the example or a new plan)."""
        stem = plan_stem(self.doc, "negoplan")
        debt = str(self.model.entry(self._row).get("debt") or "") if self._row is not None else ""
        safe = safe_name("-".join(p for p in (stem, debt) if p))
        return export_folder(self.doc) / f"{safe}-reply-{kind}.pdf"

    def _accept_anyway(self) -> bool:
        """Before accepting an offer calc finds above the cap or beyond the budget: ask."""
        e = self.evaluation()
        if not isinstance(e, OfferEvaluation):
            return True
        worries = []
        if OfferFlag.ABOVE_CAP in e.flags:
            worries.append(self.tr("✗ 超出本金的部分超过法定上限允许的数额"))
        if OfferFlag.OVER_SHARE in e.flags or OfferFlag.OVER_BUDGET in e.flags:
            worries.append(self.tr("✗ 每月要还的钱超出你的预算"))
        if not worries:
            return True
        text = "\n".join([self.tr("按你记录的数字，这个方案："), *worries, "",
                          self.tr("接受后付不起，会再次逾期。可以改用「还价」。仍然生成接受函吗？")])
        answer = QMessageBox.question(
            self, self.tr("接受这个方案？"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _reply_clicked(self, kind: str) -> None:
        self.export_reply(kind)

    def export_reply(self, kind: str, path: str | None = None) -> bool:
        """Make reply letter ``kind`` for the selected contact and save it as a PDF (0600)."""
        results = self.doc.results
        plan = results.plan
        row = self._row
        if plan is None or results.errors or row is None or row >= len(plan.contacts):
            QMessageBox.warning(self, self.tr("无法生成"), self.tr("结果未更新：请先改正标红的输入"))
            return False
        if kind == "accept" and not self._accept_anyway():
            return False
        # Imported here: the letter code (and reportlab) loads only when a letter is made.
        from app.letters.reply_build import reply_pdf
        try:
            data = reply_pdf(plan, row, kind, self.reply_letter_lang(), self.doc.today())
        except PlanInvalid as exc:  # what stops this letter, at its field (reply_build)
            QMessageBox.warning(self, self.tr("无法生成"),
                                "\n".join(problem_text(p) for p in exc.problems))
            return False
        except CalcError as exc:
            QMessageBox.warning(self, self.tr("无法生成"), problem_text(exc.as_problem()))
            return False
        if path is None:
            path = choose_pdf_path(self, self.tr("保存回复信"), self.default_reply_path(kind))
            if path is None:
                return False
        if write_export(self, path, data) is None:
            return False
        self.status_label.setText(self.tr("已保存回复信：{path}").format(path=str(path)))
        return True

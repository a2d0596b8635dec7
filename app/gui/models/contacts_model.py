"""The negotiation log (the plan's ``contacts`` list) as a table; formats, never judges.

One row per logged contact with a lender, in file order: the row number is the
entry's number, the ``[n]`` of ``negoplan contacts``. Columns are :class:`Col`:
when, which debt, how, who (name, 工号), what was offered, whether the lender
confirmed it in writing, the next step and its due date, then what was said.

What the log means comes from calc, through :func:`negotiation_state`:
:func:`calc.contacts.due_reminders` (which open step is overdue, due today, due
soon), :func:`calc.contacts.open_steps`, :func:`calc.contacts.unconfirmed_agreements`
and each offer's :func:`calc.counteroffer.evaluate_offer` (through
:func:`app.negotiation_report.evaluate_contacts`). It is computed only when the
plan has no errors and the results are those of the rows shown, so no stale
verdict is ever on screen; without it the table shows the file values only.

Wording: channel names, reminder sentences and the "not confirmed" words are the
report's (``resources/templates/negotiation.*.toml``) in the UI language; the
waiver names are the comparison report's (:data:`app.report.WAIVE_TEXT`); column
headers and short cell words are GUI strings (``tr``).

Also here, the conversions the page's form needs: the time typed
(:func:`time_parser`, the evidence form's :func:`~app.gui.models.evidence_model.parse_when`)
and a new entry in the plan file's format (:func:`new_contact`,
``shared/spec/plan-file.md``: ``"at": "YYYY-MM-DDTHH:MM"``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QBrush, QColor

from app.gui.document import PlanDocument
from app.gui.i18n import problem_text, ui_lang
from app.gui.models.debts_model import money_text
from app.gui.models.evidence_model import parse_when, when_text
from app.letters.templates import Templates, load_templates
from app.negotiation_report import REMIND_WITHIN_DAYS, Outcome, evaluate_contacts
from app.report import WAIVE_TEXT
from calc.contacts import (
    Reminder,
    ReminderStatus,
    due_reminders,
    open_steps,
    unconfirmed_agreements,
)
from calc.errors import CalcError, Severity
from calc.model import Plan
from calc.plan_fields import format_datetime

__all__ = [
    "CHANNELS",
    "CONTACTS",
    "Col",
    "ContactsModel",
    "NegotiationState",
    "channel_label",
    "debt_label",
    "negotiation_state",
    "negotiation_templates",
    "new_contact",
    "time_parser",
    "waive_label",
]

Idx = QModelIndex | QPersistentModelIndex

CONTACTS = ("contacts",)

#: Channels the form offers, in that order (the report's channel words; ``call`` reads as
#: ``phone`` and is kept when a file has it).
CHANNELS = ("phone", "app", "sms", "wechat", "visit", "letter", "email", "other")

_RED = "#b3261e"
_GREEN = "#1b7f3b"
_MUTED = "#5f6368"


class Col(IntEnum):
    """Columns: when and with whom, what was offered and confirmed, what is next, what was said."""

    WHEN = 0
    DEBT = 1
    CHANNEL = 2
    PERSON = 3
    OFFER = 4
    CONFIRMED = 5
    NEXT_STEP = 6
    DUE = 7
    SUMMARY = 8  # free text, often long: last, it takes the rest of the width


# -- words -----------------------------------------------------------------------------------

def negotiation_templates() -> Templates:
    """The negotiation wording in the UI language (read once per language)."""
    return load_templates(ui_lang(), "negotiation")


def channel_label(value: Any) -> str:
    """``"phone"`` → 电话 (the report's word, capitalised in English); unknown: as written."""
    t = negotiation_templates()
    text = str(value or "").strip()
    key = f"channel.{text}"
    if key in t:
        word = t(key)
        return word[:1].upper() + word[1:]
    return text


def waive_label(value: Any) -> str:
    """``"all_penalty"`` → 减免全部罚息和违约金 (the comparison report's words)."""
    pair = WAIVE_TEXT.get(str(value))
    if pair is None:
        return str(value or "")
    return pair[0 if ui_lang() == "zh" else 1]


def debt_label(debt: Any) -> str:
    """How the user names a debt of the file: its product (美团借钱), else the lender, else the id."""
    if not isinstance(debt, dict):
        return ""
    for key in ("product", "creditor", "id"):
        value = debt.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


# -- what calc makes of the log --------------------------------------------------------------

@dataclass(frozen=True)
class NegotiationState:
    """calc's reading of the log for the rows shown (see the module doc).

    ``reminders`` by contact index; ``open`` the entries whose next step is the open
    one; ``unconfirmed`` the offers not confirmed in writing; ``outcomes`` one per
    contact (the offer's evaluation, the problem that stops it, or ``None``).
    """

    plan: Plan
    today: date
    reminders: dict[int, Reminder]
    open: frozenset[int]
    unconfirmed: tuple[int, ...]
    outcomes: tuple[Outcome, ...]


def negotiation_state(doc: PlanDocument) -> NegotiationState | None:
    """calc's reading of the log, or ``None`` while the plan has errors (no stale verdict)
    or the results are not those of the current rows (an edit waits for its recomputation)."""
    results = doc.results
    plan = results.plan
    if (plan is None or results.errors or doc.pending
            or len(plan.contacts) != doc.count(CONTACTS)):
        return None
    today = doc.today()
    reminders = due_reminders(plan.contacts, today, within_days=REMIND_WITHIN_DAYS)
    return NegotiationState(
        plan=plan,
        today=today,
        reminders={r.index: r for r in reminders},
        open=frozenset(open_steps(plan.contacts)),
        unconfirmed=unconfirmed_agreements(plan.contacts),
        outcomes=tuple(evaluate_contacts(plan, doc.rules)),
    )


# -- the time typed, the entry the page adds -------------------------------------------------

def time_parser(now: Callable[[], datetime]) -> Callable[[str], tuple[str, str]]:
    """A :class:`~app.gui.widgets.fields.ValidatedEdit` parser for 时间: ``"2026-11-22 10:00"``
    (or ``"10:00"``, the latest such moment up to ``now()``) → ``("2026-11-22T10:00",
    "2026-11-22 10:00")``; anything else raises ``datetime.invalid``.

    >>> parse = time_parser(lambda: datetime(2026, 11, 24, 9, 0))
    >>> parse("2026年11月22日 10点")
    ('2026-11-22T10:00', '2026-11-22 10:00')
    """

    def parse(text: str) -> tuple[str, str]:
        moment = parse_when(text, now())
        if moment is None:
            raise CalcError("datetime.invalid", value=text.strip(), format="YYYY-MM-DD HH:MM")
        return format_datetime(moment), when_text(moment)

    return parse


def new_contact(at: datetime, debt: str) -> dict[str, Any]:
    """A new log entry at ``at`` about ``debt`` (``""``: none), by phone, not confirmed.

    >>> new_contact(datetime(2026, 11, 24, 9, 30), "meituan")
    ... # doctest: +NORMALIZE_WHITESPACE
    {'at': '2026-11-24T09:30', 'debt': 'meituan', 'channel': 'phone',
     'confirmed_in_writing': False}
    """
    out: dict[str, Any] = {"at": format_datetime(at.replace(second=0, microsecond=0))}
    if debt:
        out["debt"] = debt
    out["channel"] = "phone"
    out["confirmed_in_writing"] = False
    return out


# -- the table -------------------------------------------------------------------------------

class ContactsModel(QAbstractTableModel):
    """The log's rows over ``doc`` (raw file values) plus calc's reading of them."""

    def __init__(self, doc: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._n = doc.count(CONTACTS)
        self._state: NegotiationState | None = negotiation_state(doc)
        doc.dataChanged.connect(self._on_data_changed)
        doc.resultsChanged.connect(self._on_results_changed)

    # -- results -------------------------------------------------------------------------
    @property
    def state(self) -> NegotiationState | None:
        """calc's reading of the rows shown (``None``: errors, or an edit is pending)."""
        return self._state

    def _all_changed(self) -> None:
        if self._n:
            self.dataChanged.emit(self.index(0, 0), self.index(self._n - 1, len(Col) - 1))

    @Slot()
    def _on_results_changed(self) -> None:
        self._state = negotiation_state(self.doc)
        self._all_changed()

    @Slot(tuple)
    def _on_data_changed(self, path: tuple) -> None:
        if path and path[0] not in (CONTACTS[0], "debts"):
            return
        # The log (or the debts it names) changed: calc's reading waits for the recomputation.
        self._state = None
        n = self.doc.count(CONTACTS)
        if path and path[0] == "debts" or (
                len(path) >= 2 and isinstance(path[1], int) and n == self._n and path[1] < n):
            self._all_changed()
            return
        self.beginResetModel()
        self._n = n
        self.endResetModel()

    def refresh_texts(self) -> None:
        """Re-label after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)
        self._all_changed()

    # -- shape ---------------------------------------------------------------------------
    def rowCount(self, parent: Idx = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._n

    def columnCount(self, parent: Idx = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def flags(self, index: Idx) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def header_text(self, col: Col) -> str:
        texts = {
            Col.WHEN: self.tr("时间"),
            Col.DEBT: self.tr("哪笔债务"),
            Col.CHANNEL: self.tr("方式"),
            Col.PERSON: self.tr("对方（姓名、工号）"),
            Col.SUMMARY: self.tr("说了什么"),
            Col.OFFER: self.tr("对方方案"),
            Col.CONFIRMED: self.tr("书面确认"),
            Col.NEXT_STEP: self.tr("下一步"),
            Col.DUE: self.tr("截止日期"),
        }
        return texts[col]

    def header_tip(self, col: Col) -> str:
        tips = {
            Col.WHEN: self.tr("和贷款机构沟通的时间（到分钟）"),
            Col.PERSON: self.tr("和你沟通的人：姓名、工号、部门"),
            Col.OFFER: self.tr("对方提出的还款方案：期数、每月金额、减免"),
            Col.CONFIRMED: self.tr("对方有没有用短信、App 消息或书面协议确认"),
            Col.DUE: self.tr("下一步的截止日期；过期、今天到期标红"),
        }
        return tips.get(col, "")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(Col):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self.header_text(Col(section))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tip(Col(section)) or None
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self._n:
            return str(section + 1)  # the entry's number, as in the report
        return None

    # -- data ----------------------------------------------------------------------------
    def entry(self, row: int) -> dict[str, Any]:
        value = self.doc.get((*CONTACTS, row))
        return value if isinstance(value, dict) else {}

    def offer(self, row: int) -> dict[str, Any] | None:
        value = self.entry(row).get("offer")
        return value if isinstance(value, dict) else None

    def debt_of(self, row: int) -> dict[str, Any] | None:
        """The file's debt object entry ``row`` names (``None``: none or unknown)."""
        debt_id = self.entry(row).get("debt")
        for debt in self.doc.get(("debts",)) or []:
            if isinstance(debt, dict) and debt.get("id") == debt_id and debt_id:
                return debt
        return None

    def data(self, index: Idx, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._n:
            return None
        row, col = index.row(), Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignCenter if col == Col.CONFIRMED
                          else Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, col)
        return None

    def _errors(self, row: int) -> list[str]:
        return [problem_text(p) for p in self.doc.results.problems_at((*CONTACTS, row))
                if p.severity is Severity.ERROR]

    def _reminder(self, row: int) -> Reminder | None:
        return self._state.reminders.get(row) if self._state is not None else None

    def _display(self, row: int, col: Col) -> str:
        e = self.entry(row)
        if col == Col.WHEN:
            return str(e.get("at", "")).replace("T", " ")
        if col == Col.DEBT:
            debt = self.debt_of(row)
            if debt is not None:
                return debt_label(debt)
            value = e.get("debt")
            return str(value) if value else self.tr("（未关联）")
        if col == Col.CHANNEL:
            return channel_label(e.get("channel", ""))
        if col == Col.PERSON:
            return str(e.get("person", ""))
        if col == Col.SUMMARY:
            return " ".join(str(e.get("summary", "")).split())
        if col == Col.OFFER:
            return self._offer_text(row)
        if col == Col.CONFIRMED:
            return self._confirmed_text(row)
        if col == Col.NEXT_STEP:
            return " ".join(str(e.get("next_step", "")).split())
        return self._due_text(row)

    def _offer_text(self, row: int) -> str:
        offer = self.offer(row)
        if offer is None:
            return ""
        months, monthly = offer.get("term_months"), offer.get("monthly")
        parts = []
        if months or monthly:
            parts.append(self.tr("{months} 期 × {monthly} 元").format(
                months=months if months else "?", monthly=money_text(monthly) if monthly else "?"))
        if offer.get("waive"):
            parts.append(waive_label(offer.get("waive")))
        return self.tr("；").join(parts)

    def _confirmed_text(self, row: int) -> str:
        if self.entry(row).get("confirmed_in_writing") is True:
            return self.tr("✓ 已确认")
        if self._state is not None and row in self._state.unconfirmed:
            return self.tr("✗ 还没有")
        return self.tr("没有")

    def _due_text(self, row: int) -> str:
        due = self.entry(row).get("due")
        if not due:
            return ""
        r = self._reminder(row)
        if r is None:
            return str(due)
        if r.status is ReminderStatus.OVERDUE:
            return self.tr("✗ {date}（已过期 %n 天）", "", -r.days).format(date=due)
        if r.status is ReminderStatus.DUE_TODAY:
            return self.tr("✗ {date}（今天到期）").format(date=due)
        return self.tr("{date}（还有 %n 天）", "", r.days).format(date=due)

    def _foreground(self, row: int, col: Col) -> QBrush | None:
        if self._errors(row):
            return QBrush(QColor(_RED))
        if col == Col.CONFIRMED:
            if self.entry(row).get("confirmed_in_writing") is True:
                return QBrush(QColor(_GREEN))
            if self._state is not None and row in self._state.unconfirmed:
                return QBrush(QColor(_RED))
            return QBrush(QColor(_MUTED))
        if col == Col.DUE:
            r = self._reminder(row)
            if r is not None and r.status is not ReminderStatus.DUE_SOON:
                return QBrush(QColor(_RED))
            if self._state is not None and row not in self._state.open:
                return QBrush(QColor(_MUTED))  # superseded by a later contact
        return None

    def _tooltip(self, row: int, col: Col) -> str | None:
        errors = self._errors(row)
        if errors:
            return "\n".join(errors)
        e = self.entry(row)
        if col == Col.SUMMARY:
            return str(e.get("summary", "")) or None
        if col == Col.OFFER:
            return self._offer_tip(row)
        if col == Col.CONFIRMED and self._state is not None and row in self._state.unconfirmed:
            return negotiation_templates()("unconfirmed.advice")
        if col == Col.DUE and self._state is not None and e.get("due") and row not in self._state.open:
            return self.tr("后来又有沟通记录：以最新一条的下一步为准")
        return self.header_tip(col) or None

    def _offer_tip(self, row: int) -> str | None:
        offer = self.offer(row)
        if offer is None:
            return None
        lines = [self._offer_text(row)]
        if offer.get("fees"):
            lines.append(self.tr("一次性费用 {amount} 元").format(amount=money_text(offer["fees"])))
        if offer.get("down_payment"):
            lines.append(self.tr("首付 {amount} 元").format(amount=money_text(offer["down_payment"])))
        if offer.get("first_due"):
            lines.append(self.tr("首期 {date}").format(date=offer["first_due"]))
        return "\n".join(line for line in lines if line) or None

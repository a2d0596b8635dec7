"""Step ⑥ 应对催收: how do I stop the calls? Log every contact, see what breaks the rules.

The headline answers first (已记录 2 条催收，发现 5 个问题：夜间催收、联系借款人以外的人…),
from :func:`calc.evidence.check_evidence` — this page judges nothing itself.
Below it: the timeline of logged contacts
(:class:`~app.gui.models.evidence_model.EvidenceModel` through
:class:`~app.gui.models.evidence_model.EvidenceFilter`: sorted by time, filtered
by who was contacted, by violation, by words), the violations in the report's
own wording with source and confidence, each followed by a next step; on the
right the quick-entry form (记一笔, Ctrl+Shift+E from anywhere in the window):
a collector calls while the app is open, the user types as they talk, Enter
saves — an undoable ``doc.insert(("evidence",), …)`` in the plan file's format —
and the form clears for the next one. Existing entries can be edited and
removed (undoable). The form also says which debt the collector called about
(``evidence[].debt``: a complaint states an entry only to its lender) and holds
the entry's attachments: 「添加附件…」 copies files into ``<plan name>-证据/``
beside the plan with their SHA-256 (:mod:`app.evidence_files`; only once the
plan is a saved file of the user's), listed ✓ / ✗ missing / ✗ changed; they are
written with the entry (``files``, ``file_hashes``), so undo takes them back
(the copies stay: the app never deletes evidence). 「写投诉稿…」 opens
:class:`~app.gui.widgets.complaint_dialog.ComplaintDialog` on the debt the
selected entry (or most of the log) names. 「给家人的说明」 writes the same
one-page PDF as ``negoplan family-script`` (:func:`app.letters.build.family_document`).

"Now" comes from a callable (``now``), so tests fix the clock: by default the
date of ``doc.today()`` and the clock's time of day.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QItemSelectionModel,
    QModelIndex,
    QSignalBlocker,
    QStandardPaths,
    Qt,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.evidence_files import FileState, entry_files, entry_hashes, file_states, import_file
from app.evidence_report import (
    person_text,
    rule_text,
    source_text,
    violation_fact,
    violation_name,
)
from app.gui.document import PlanDocument
from app.gui.export import choose_pdf_path, export_folder, plan_stem, safe_name, write_export
from app.gui.i18n import LANGS, problem_text
from app.gui.models.evidence_model import (
    ANY_RULE,
    EVIDENCE,
    Col,
    EvidenceFilter,
    EvidenceModel,
    TargetFilter,
    channel_label,
    entry_data,
    evidence_templates,
    parse_when,
    tag_label,
    tag_term,
    target_label,
    when_text,
)
from app.gui.pages.base import MUTED, RED, Page
from app.gui.widgets.complaint_dialog import ComplaintDialog
from calc.evidence import EvidenceReport, Violation
from calc.model import Channel, EvidenceTag, Target
from calc.plan import ATTEMPTS_MAX

__all__ = ["CollectionPage", "QuickEntryForm", "ViolationCard"]

#: Rules whose next step is the family script (someone other than the borrower was involved).
FAMILY_RULES = frozenset({"third_party", "disclosure", "public_shaming"})
#: Rules whose next step includes the police (rules.md §6: threats, insults, impersonation → 110).
POLICE_RULES = frozenset({"threat", "insult", "impersonation"})
#: Rules whose next step includes 12321 (rules.md §6: harassing calls and SMS).
HARASSMENT_RULES = frozenset({"night", "frequency", "private_channel"})


def _muted(label: QLabel) -> QLabel:
    label.setStyleSheet(f"color: {MUTED};")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _plain(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _default_now(doc: PlanDocument) -> Callable[[], QDateTime]:
    def now() -> QDateTime:
        today = doc.today()
        return QDateTime(QDate(today.year, today.month, today.day), QTime.currentTime())

    return now


class QuickEntryForm(QGroupBox):
    """记一笔: one contact on one short form. Enter saves (anywhere in the form), Esc cancels.

    The form only collects values; the page turns them into the plan entry and
    pushes the undoable edit. ``edit_row`` is the entry being changed, ``None``
    for a new one.
    """

    saveRequested = Signal()
    cancelRequested = Signal()
    attachRequested = Signal()
    filesChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickEntry")
        self.edit_row: int | None = None
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(6)

        when = QWidget(self)
        wl = QVBoxLayout(when)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.setSpacing(2)
        self.when_edit = QLineEdit(when)
        self.when_error = QLabel(when)
        self.when_error.setObjectName("fieldError")
        _plain(self.when_error).setStyleSheet(f"color: {RED};")
        self.when_error.hide()
        wl.addWidget(self.when_edit)
        wl.addWidget(self.when_error)
        self._row(form, "when", when, self.when_edit)

        self.channel_combo = QComboBox(self)
        for channel in Channel:
            self.channel_combo.addItem("", channel.value)
        self._row(form, "channel", self.channel_combo)
        self.from_edit = QLineEdit(self)
        self._row(form, "from", self.from_edit)
        self.collector_edit = QLineEdit(self)
        self._row(form, "collector", self.collector_edit)

        who = QWidget(self)
        hl = QHBoxLayout(who)
        hl.setContentsMargins(0, 0, 0, 0)
        self.target_combo = QComboBox(who)
        for target in Target:
            self.target_combo.addItem("", target.value)
        self.target_name_edit = QLineEdit(who)
        hl.addWidget(self.target_combo)
        hl.addWidget(self.target_name_edit, 1)
        self._row(form, "target", who, self.target_combo)

        how = QWidget(self)
        hl = QHBoxLayout(how)
        hl.setContentsMargins(0, 0, 0, 0)
        self.attempts_spin = QSpinBox(how)
        self.attempts_spin.setRange(1, ATTEMPTS_MAX)
        self.attempts_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.answered_box = QCheckBox(how)
        hl.addWidget(self.attempts_spin)
        hl.addSpacing(12)
        hl.addWidget(self.answered_box)
        hl.addStretch(1)
        self._row(form, "attempts", how, self.attempts_spin)

        self.summary_edit = QLineEdit(self)
        self._row(form, "summary", self.summary_edit)
        self.debt_combo = QComboBox(self)
        self.debt_combo.setObjectName("entryDebt")
        self.debt_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.debt_combo.setMinimumContentsLength(10)
        self.debt_combo.addItem("", "")
        self._row(form, "debt", self.debt_combo)

        tags = QWidget(self)
        grid = QGridLayout(tags)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.tag_boxes: dict[EvidenceTag, QCheckBox] = {}
        for i, tag in enumerate(EvidenceTag):
            box = QCheckBox(tags)
            box.setObjectName(f"tag_{tag.value}")
            self.tag_boxes[tag] = box
            grid.addWidget(box, i, 0)
        self._row(form, "tags", tags, next(iter(self.tag_boxes.values())))

        files = QWidget(self)
        fl = QVBoxLayout(files)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.setSpacing(3)
        self.files_list = QListWidget(files)
        self.files_list.setObjectName("entryFiles")
        self.files_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files_list.setMaximumHeight(90)
        self.files_list.setWordWrap(False)
        self.files_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.files_list.hide()
        file_buttons = QHBoxLayout()
        file_buttons.setContentsMargins(0, 0, 0, 0)
        self.attach_button = QPushButton(files)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setAutoDefault(True)
        self.detach_button = QPushButton(files)
        self.detach_button.setAutoDefault(True)
        self.detach_button.hide()
        file_buttons.addWidget(self.attach_button)
        file_buttons.addWidget(self.detach_button)
        file_buttons.addStretch(1)
        self.files_note = _muted(QLabel(files))
        self.files_note.setObjectName("filesNote")
        fl.addWidget(self.files_list)
        fl.addLayout(file_buttons)
        fl.addWidget(self.files_note)
        self._row(form, "files", files, self.attach_button)
        #: The entry's attachments as the form will save them: paths as written, recorded hashes.
        self.files: list[str] = []
        self.hashes: dict[str, str] = {}

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveEntry")
        self.save_button.setAutoDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(True)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.status = _muted(QLabel(self))
        form.addRow(self.status)

        order = [self.when_edit, self.channel_combo, self.from_edit, self.collector_edit,
                 self.target_combo, self.target_name_edit, self.attempts_spin, self.answered_box,
                 self.summary_edit, self.debt_combo, *self.tag_boxes.values(),
                 self.files_list, self.attach_button, self.detach_button,
                 self.save_button, self.cancel_button]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)

        self.save_button.clicked.connect(self.saveRequested)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.target_combo.currentIndexChanged.connect(self._on_target_changed)
        self.when_edit.textEdited.connect(lambda _text: self.set_when_error(""))
        self.attach_button.clicked.connect(self.attachRequested)
        self.detach_button.clicked.connect(self._detach_selected)
        self.files_list.currentRowChanged.connect(self._update_file_buttons)

    def _row(self, form: QFormLayout, key: str, widget: QWidget,
             buddy: QWidget | None = None) -> None:
        label = QLabel(self)
        label.setBuddy(buddy or widget)
        self._labels[key] = label
        form.addRow(label, widget)

    # -- values --------------------------------------------------------------------------
    def channel(self) -> Channel:
        return Channel(self.channel_combo.currentData())

    def target(self) -> Target:
        return Target(self.target_combo.currentData())

    def tags(self) -> list[EvidenceTag]:
        return [tag for tag, box in self.tag_boxes.items() if box.isChecked()]

    def debt(self) -> str:
        """The id of the debt the collector called about; ``""``: not known."""
        return str(self.debt_combo.currentData() or "")

    def set_debts(self, debts: list[tuple[str, str]]) -> None:
        """The plan's debts as ``(id, label)`` for the "which debt" choice (kept selected)."""
        current = self.debt()
        with QSignalBlocker(self.debt_combo):
            while self.debt_combo.count() > 1:
                self.debt_combo.removeItem(1)
            for debt_id, label in debts:
                self.debt_combo.addItem(label, debt_id)
            self._select_debt(current)

    def _select_debt(self, debt_id: str) -> None:
        index = self.debt_combo.findData(debt_id)
        if index < 0:  # an id the plan does not have (calc reports it): keep it as written
            self.debt_combo.addItem(debt_id, debt_id)
            index = self.debt_combo.count() - 1
        self.debt_combo.setCurrentIndex(index)

    def file_hashes(self) -> dict[str, str]:
        """The recorded SHA-256 of the attachments the form lists."""
        return {f: self.hashes[f] for f in self.files if f in self.hashes}

    def add_file(self, file: str, sha256: str) -> None:
        """Attach ``file`` (as it goes into ``files``) with its SHA-256."""
        if file not in self.files:
            self.files.append(file)
        self.hashes[file] = sha256
        self.filesChanged.emit()

    def show_files(self, rows: list[tuple[str, str, bool, str]]) -> None:
        """The attachments list: ``(file, text, is_problem, tooltip)`` per file, in order."""
        keep = self.files_list.currentRow()
        self.files_list.clear()
        for file, text, problem, tip in rows:
            item = QListWidgetItem(text, self.files_list)
            item.setData(Qt.ItemDataRole.UserRole, file)
            item.setToolTip(tip)
            if problem:
                item.setForeground(QColor(RED))
        self.files_list.setVisible(bool(rows))
        if rows:
            self.files_list.setCurrentRow(min(max(keep, 0), len(rows) - 1))
        self._update_file_buttons()

    @Slot()
    def _detach_selected(self) -> None:
        item = self.files_list.currentItem()
        if item is None:
            return
        file = item.data(Qt.ItemDataRole.UserRole)
        if file in self.files:
            self.files.remove(file)
        self.hashes.pop(file, None)
        self.filesChanged.emit()

    @Slot()
    def _update_file_buttons(self) -> None:
        self.detach_button.setVisible(bool(self.files))
        self.detach_button.setEnabled(self.files_list.currentItem() is not None)

    def clear(self, now: datetime) -> None:
        """Empty form for the next contact, its time ``now``."""
        self.edit_row = None
        self.when_edit.setText(when_text(now))
        self.when_edit.setModified(False)
        self.set_when_error("")
        self.channel_combo.setCurrentIndex(0)
        for edit in (self.from_edit, self.collector_edit, self.target_name_edit, self.summary_edit):
            edit.clear()
        self.target_combo.setCurrentIndex(0)
        self.attempts_spin.setValue(1)
        self.answered_box.setChecked(False)
        for box in self.tag_boxes.values():
            box.setChecked(False)
        self.debt_combo.setCurrentIndex(0)
        self.files = []
        self.hashes = {}
        self._on_target_changed()
        self.filesChanged.emit()

    def load(self, row: int, entry: dict[str, Any]) -> None:
        """Show entry ``row`` of the log for editing."""
        self.clear(datetime(2000, 1, 1))
        self.edit_row = row
        self.when_edit.setText(str(entry.get("at", "")).replace("T", " "))
        self.channel_combo.setCurrentIndex(max(self.channel_combo.findData(entry.get("channel")), 0))
        self.from_edit.setText(str(entry.get("from", "")))
        self.collector_edit.setText(str(entry.get("collector", "")))
        self.target_combo.setCurrentIndex(max(self.target_combo.findData(entry.get("target")), 0))
        self.target_name_edit.setText(str(entry.get("target_name", "")))
        attempts = entry.get("attempts", 1)
        self.attempts_spin.setValue(attempts if isinstance(attempts, int) else 1)
        self.answered_box.setChecked(entry.get("answered") is True)
        self.summary_edit.setText(str(entry.get("summary", "")))
        tags = entry.get("tags") if isinstance(entry.get("tags"), list) else []
        for tag, box in self.tag_boxes.items():
            box.setChecked(tag.value in tags)
        debt = entry.get("debt")
        self._select_debt(debt if isinstance(debt, str) else "")
        self.files = list(entry_files(entry))
        self.hashes = entry_hashes(entry)
        self._on_target_changed()
        self.filesChanged.emit()

    def set_when_error(self, text: str) -> None:
        self.when_error.setText(("✗ " + text) if text else "")
        self.when_error.setVisible(bool(text))
        self.when_edit.setStyleSheet(f"QLineEdit {{ border: 1px solid {RED}; }}" if text else "")

    @Slot()
    def _on_target_changed(self) -> None:
        is_self = self.target_combo.currentData() == Target.SELF.value
        self.target_name_edit.setEnabled(not is_self)
        if is_self:
            self.target_name_edit.clear()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self, rules: Any) -> None:
        editing = self.edit_row is not None
        self.setTitle(self.tr("修改第 {n} 条记录").format(n=self.edit_row + 1) if editing
                      else self.tr("记一笔"))
        labels = {
            "when": self.tr("时间"),
            "channel": self.tr("方式"),
            "from": self.tr("对方号码"),
            "collector": self.tr("对方自称"),
            "target": self.tr("联系了谁"),
            "attempts": self.tr("几次"),
            "summary": self.tr("说了什么"),
            "debt": self.tr("催哪笔债"),
            "tags": self.tr("你注意到"),
            "files": self.tr("附件"),
        }
        for key, text in labels.items():
            self._labels[key].setText(text)
        self.when_edit.setPlaceholderText(self.tr("如 2026-11-20 21:40，或只写 21:40"))
        self.when_edit.setToolTip(self.tr(
            "只写时刻（21:40）时，指最近的那一次：早上记昨晚的电话也不用写日期"))
        for i in range(self.channel_combo.count()):
            self.channel_combo.setItemText(i, channel_label(self.channel_combo.itemData(i)))
        for i in range(self.target_combo.count()):
            self.target_combo.setItemText(i, target_label(self.target_combo.itemData(i)))
        self.from_edit.setPlaceholderText(self.tr("来电号码、短信号码或微信号"))
        self.collector_edit.setPlaceholderText(self.tr("姓名、工号、公司，如“自称某律所 张某 工号 0231”"))
        self.target_name_edit.setPlaceholderText(self.tr("是谁，如 母亲"))
        self.attempts_spin.setSuffix(self.tr(" 次"))
        self.attempts_spin.setToolTip(self.tr("这一次对方连着打来或发来几次"))
        self.answered_box.setText(self.tr("接通了"))
        self.summary_edit.setPlaceholderText(self.tr("对方原话，尽量照实写"))
        self.debt_combo.setItemText(0, self.tr("不清楚 / 没说"))
        self.debt_combo.setToolTip(self.tr(
            "对方说是为哪家机构的哪笔欠款催收。注明后，投诉稿只把这条记录写进对这家机构的投诉"))
        self.attach_button.setText(self.tr("添加附件…"))
        self.attach_button.setToolTip(self.tr(
            "截图、录音、通话详单等：复制到方案旁边的证据文件夹，并记下 SHA-256 校验值，"
            "以后可以证明文件没有被改动过"))
        self.detach_button.setText(self.tr("移除所选"))
        self.detach_button.setToolTip(self.tr("从这条记录里去掉所选附件（文件本身不会删除）"))
        for tag, box in self.tag_boxes.items():
            box.setText(tag_label(tag))
            box.setToolTip(tag_term(tag, rules))
        self.save_button.setText(self.tr("保存修改（Enter）") if editing else self.tr("保存（Enter）"))
        self.cancel_button.setText(self.tr("取消修改（Esc）") if editing else self.tr("清空"))

    # -- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.saveRequested.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancelRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ViolationCard(QFrame):
    """One violation: what the log shows, the rule in the allowed wording, its sources,
    the entries, and what to do next."""

    showEntries = Signal(str)
    familyScript = Signal()

    def __init__(self, n: int, v: Violation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("violationCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.violation = v
        t = evidence_templates()
        layout = QVBoxLayout(self)
        layout.setSpacing(3)
        self.title = _plain(QLabel(self))
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        level = t("fmt.confidence", level=t(f"confidence.{v.rule.confidence}"))
        self.title.setText(t("fmt.violation", n=n, name=violation_name(t, v.rule), confidence=level))
        self.fact = _plain(QLabel(t("report.facts") + violation_fact(t, v), self))
        self.rule = _plain(QLabel(t("report.rule") + rule_text(t, v.rule), self))
        sources = t.raw("fmt.source_sep").join(source_text(t, s) for s in v.rule.sources)
        self.sources = _muted(QLabel(t("report.sources") + sources, self))
        small = QFont(self.sources.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.sources.setFont(small)
        numbers = self.tr("、").join(f"#{i + 1}" for i in v.entries)
        self.entries = _muted(QLabel(self.tr("相关记录：{numbers}").format(numbers=numbers), self))
        self.next_step = _plain(QLabel(self))
        self.next_step.setObjectName("nextStep")
        steps = [self.tr("→ 可在投诉中引用这一条")]
        if v.key in FAMILY_RULES:
            steps.append(self.tr("→ 发给家人看「给家人的说明」：他们不欠这笔钱，可以请对方不要再联系"))
        if v.key in POLICE_RULES:
            steps.append(self.tr("→ 受到威胁、辱骂，或有人冒充警察、法院时，可以报警（110），带上这些记录"))
        if v.key in HARASSMENT_RULES:
            steps.append(self.tr("→ 骚扰电话和短信还可以向 12321 举报"))
        self.next_step.setText("\n".join(steps))
        for label in (self.title, self.fact, self.rule, self.sources, self.entries, self.next_step):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        buttons = QHBoxLayout()
        self.show_button = QPushButton(self.tr("只看这些记录"), self)
        self.show_button.clicked.connect(lambda: self.showEntries.emit(v.key))
        buttons.addWidget(self.show_button)
        if v.key in FAMILY_RULES:
            self.family_button = QPushButton(self.tr("给家人的说明…"), self)
            self.family_button.clicked.connect(self.familyScript)
            buttons.addWidget(self.family_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)


class CollectionPage(Page):
    """应对催收: the evidence log, what it shows, the quick entry and the family script."""

    step_key = "collection"

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None, *,
                 now: Callable[[], QDateTime] | None = None) -> None:
        super().__init__(doc, parent)
        self._now = now or _default_now(doc)
        self._complete = False
        self._fitted = -1  # rows when the columns were last fitted
        self.model = EvidenceModel(doc, self)
        self.proxy = EvidenceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.cards: list[ViolationCard] = []
        self.complaint_dialog: ComplaintDialog | None = None
        self._build()
        self._connect_signals()
        self.form.clear(self.now())
        self.retranslate()
        self._complete = self.is_complete()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.summary_label = _muted(QLabel(self))
        self.summary_label.setObjectName("evidenceSummary")
        self.page_layout.insertWidget(1, self.summary_label)

        bar = QHBoxLayout()
        self.quick_button = QPushButton(self)
        self.quick_button.setObjectName("quickEntryButton")
        big = QFont(self.quick_button.font())
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.15)
        self.quick_button.setFont(big)
        self.quick_button.setMinimumHeight(36)
        # the system accent colour: green and red keep their one meaning
        self.quick_button.setStyleSheet(
            "QPushButton { background: palette(highlight); color: palette(highlighted-text);"
            " border-radius: 6px; padding: 6px 18px; }"
            "QPushButton:focus { border: 2px solid palette(text); }")
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.family_button = QPushButton(self)
        self.family_button.setObjectName("familyScriptButton")
        self.family_lang = QComboBox(self)
        for lang in LANGS:
            self.family_lang.addItem("", lang)
        self.complaint_button = QPushButton(self)
        self.complaint_button.setObjectName("complaintButton")
        bar.addWidget(self.quick_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        bar.addWidget(self.complaint_button)
        bar.addWidget(self.family_button)
        bar.addWidget(self.family_lang)
        self.page_layout.addLayout(bar)

        # left: the empty state, or the filters, the timeline and the violations
        self.left = QStackedWidget(self)
        empty = QWidget(self.left)
        self.empty_label = _plain(QLabel(empty))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.empty_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty_label.setFont(font)
        self.empty_hint = _muted(QLabel(empty))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        el = QVBoxLayout(empty)
        el.addStretch(1)
        el.addWidget(self.empty_label)
        el.addSpacing(12)
        el.addWidget(self.empty_hint)
        el.addStretch(2)
        self.left.addWidget(empty)

        log = QWidget(self.left)
        ll = QVBoxLayout(log)
        ll.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.target_label = QLabel(log)
        self.target_filter = QComboBox(log)
        self.target_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_filter.setMinimumContentsLength(8)
        for kind in (TargetFilter.ALL, TargetFilter.SELF, TargetFilter.THIRD):
            self.target_filter.addItem("", kind)
        self.target_label.setBuddy(self.target_filter)
        self.rule_label = QLabel(log)
        self.rule_filter = QComboBox(log)
        self.rule_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule_filter.setMinimumContentsLength(10)
        self.rule_label.setBuddy(self.rule_filter)
        self.search_edit = QLineEdit(log)
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = _muted(QLabel(log))
        self.count_label.setWordWrap(False)
        for w in (self.target_label, self.target_filter, self.rule_label, self.rule_filter):
            filters.addWidget(w)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.count_label)
        ll.addLayout(filters)

        self.table = QTableView(log)
        self.table.setObjectName("evidenceTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Col.TIME, Qt.SortOrder.AscendingOrder)
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

        self.violations_title = QLabel(log)
        bold = QFont(self.violations_title.font())
        bold.setBold(True)
        self.violations_title.setFont(bold)
        self.violations_host = QWidget()
        self.violations_layout = QVBoxLayout(self.violations_host)
        self.violations_layout.setContentsMargins(0, 0, 4, 0)
        self.violations_placeholder = _muted(QLabel(self.violations_host))
        self.violations_layout.addWidget(self.violations_placeholder)
        self.violations_layout.addStretch(1)
        self.violations_scroll = QScrollArea(log)
        self.violations_scroll.setWidgetResizable(True)
        self.violations_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.violations_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.violations_scroll.setWidget(self.violations_host)
        lower = QWidget(log)
        lo = QVBoxLayout(lower)
        lo.setContentsMargins(0, 4, 0, 0)
        lo.addWidget(self.violations_title)
        lo.addWidget(self.violations_scroll, 1)
        self.cautious_label = _muted(QLabel(lower))
        small = QFont(self.cautious_label.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.cautious_label.setFont(small)
        lo.addWidget(self.cautious_label)
        self.left_split = QSplitter(Qt.Orientation.Vertical, log)
        self.left_split.addWidget(self.table)
        self.left_split.addWidget(lower)
        self.left_split.setStretchFactor(0, 2)
        self.left_split.setStretchFactor(1, 3)
        self.left_split.setChildrenCollapsible(False)
        self.left_split.setSizes([200, 400])
        ll.addWidget(self.left_split, 1)
        self.left.addWidget(log)

        # right: the quick-entry form
        self.form = QuickEntryForm()
        form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_scroll.setWidget(self.form)
        form_scroll.setMinimumWidth(360)
        self.form_scroll = form_scroll

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(form_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([700, 400])
        self.page_layout.addWidget(self.splitter, 1)

        self.safety_label = _muted(QLabel(self))
        self.safety_label.setObjectName("safetyNote")
        self.page_layout.addWidget(self.safety_label)

        self.remove_action = QAction(self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.remove_action)
        self.edit_action = QAction(self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_F2)])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.edit_action)
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.doc.dataChanged.connect(self._on_data_changed)
        self.doc.resultsChanged.connect(self._refresh)
        self.doc.fileChanged.connect(self._refresh_files)
        self.complaint_button.clicked.connect(self.open_complaint_dialog)
        self.form.attachRequested.connect(self.attach_files)
        self.form.filesChanged.connect(self._refresh_files)
        self.quick_button.clicked.connect(self.start_quick_entry)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_action.triggered.connect(self.remove_selected)
        self.edit_action.triggered.connect(self.edit_selected)
        self.family_button.clicked.connect(self._family_clicked)
        self.form.saveRequested.connect(self.save_entry)
        self.form.cancelRequested.connect(self.cancel_entry)
        self.target_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.rule_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.search_edit.textChanged.connect(self._on_filter_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    # -- Page API ------------------------------------------------------------------------
    def now(self) -> datetime:
        """The current minute, from the injected clock."""
        return self._now().toPython().replace(second=0, microsecond=0)

    def retranslate(self) -> None:
        self.quick_button.setText(self.tr("＋ 记一笔"))
        self.quick_button.setToolTip(self.tr(
            "催收电话或短信来了？边听边记：时间已经填好，按 Enter 保存（Ctrl+Shift+E）"))
        self.edit_button.setText(self.tr("修改"))
        self.edit_button.setToolTip(self.tr("把选中的记录放到右边修改（双击也可以）"))
        self.remove_button.setText(self.tr("删除"))
        self.remove_button.setToolTip(self.tr("删除选中的记录（可以撤销）"))
        self.family_button.setText(self.tr("给家人的说明（PDF）…"))
        self.family_button.setToolTip(self.tr(
            "一页纸：家人接到催收电话时该怎么说、什么不要做、什么时候报警，附来电登记表。"
            "与命令 negoplan family-script 生成的相同。"))
        self.family_lang.setItemText(0, self.tr("中文"))
        self.family_lang.setItemText(1, self.tr("英文"))
        self.family_lang.setToolTip(self.tr("给家人的说明用哪种语言"))
        self.complaint_button.setText(self.tr("写投诉稿…"))
        self.complaint_button.setToolTip(self.tr(
            "按你的记录写投诉稿：先看该向哪里投诉、为什么，再预览、复制文字或导出 PDF。"
            "与命令 negoplan complaint 生成的相同。"))
        self.target_label.setText(self.tr("联系了谁"))
        self.target_filter.setItemText(0, self.tr("所有人"))
        self.target_filter.setItemText(1, self.tr("只看本人"))
        self.target_filter.setItemText(2, self.tr("只看家人、同事等第三人"))
        self.rule_label.setText(self.tr("问题"))
        self.search_edit.setPlaceholderText(self.tr("搜索号码、自称、内容…"))
        self.violations_title.setText(self.tr("发现的问题和下一步"))
        self.empty_label.setText(self.tr(
            "还没有催收记录。\n每次催收来电或短信，花一分钟记下来：时间、号码、对方自称、"
            "联系了谁、说了什么。\n这些记录是投诉和协商的证据。"))
        self.empty_hint.setText(self.tr(
            "在右边「记一笔」里填写，按 Enter 保存。录音、截图请另外保存好，不要删除。"))
        self.safety_label.setText(self.tr(
            "谨防付费“停息挂账”“代理维权”：2026年2月金融监管总局等五部门提醒，这类收费代理常让人"
            "损失钱财和个人信息。本工具不收费、不代办协商、不保证结果，以上内容不是法律意见。"))
        self.edit_action.setText(self.tr("修改记录"))
        self.remove_action.setText(self.tr("删除记录"))
        self.form.retranslate(self.doc.rules.collection)
        self.model.refresh_texts()
        self._refresh_debts()
        self._refresh_files()
        self._refresh()

    # -- refreshing ----------------------------------------------------------------------
    @Slot(tuple)
    def _on_data_changed(self, path: tuple) -> None:
        if not path or path[0] == "debts":
            self._refresh_debts()
        if path and path[0] != EVIDENCE[0]:
            return
        if self.form.edit_row is not None and (
                len(path) < 2 or self.form.edit_row >= self.doc.count(EVIDENCE)):
            # the list changed shape (undo, load): the row being edited may be another now
            self.form.clear(self.now())
            self.form.retranslate(self.doc.rules.collection)
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        report = self.model.report
        n = self.doc.count(EVIDENCE)
        self.left.setCurrentIndex(0 if n == 0 else 1)
        self.headline.setText(self._headline(n, report))
        self.summary_label.setText(self._summary(report))
        self.summary_label.setVisible(report is not None and n > 0)
        self._fill_rule_filter(report)
        self._fill_cards(report)
        if self.model.rowCount() != self._fitted:
            self._fitted = self.model.rowCount()
            self._fit_columns()
        usable = self.doc.results.plan is not None and not self.doc.results.errors
        self.family_button.setEnabled(usable)
        self.complaint_button.setEnabled(usable and n > 0)
        self._update_count()
        self._update_buttons()
        complete = self.is_complete()
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

    def _headline(self, n: int, report: EvidenceReport | None) -> str:
        if n == 0:
            return self.tr("还没有催收记录")
        records = self.tr("已记录 %n 条催收", "", n)
        if report is None:
            return records
        if not report.violations:
            return self.tr("{records}，按已收录的规则没有发现问题").format(records=records)
        t = evidence_templates()
        names = list(dict.fromkeys(violation_name(t, v.rule) for v in report.violations))
        shown = t.raw("fmt.list_sep").join(names[:2]) + ("…" if len(names) > 2 else "")
        return self.tr("{records}，{problems}：{names}").format(
            records=records, problems=self.tr("发现 %n 个问题", "", len(report.violations)),
            names=shown)

    def _summary(self, report: EvidenceReport | None) -> str:
        """The log's facts in the report's wording: contacts, third parties, night, worst day."""
        if report is None:
            return ""
        t = evidence_templates()
        s = report.summary
        parts = [t("summary.entries", entries=s.entries, contacts=s.contacts)]
        if s.third_parties:
            people = t.raw("fmt.list_sep").join(person_text(t, p) for p in s.third_parties)
            parts.append(t("summary.third_parties", people=people, contacts=s.third_party_contacts))
        else:
            parts.append(t("summary.no_third_parties"))
        night = report.rules.get("night")
        if night is not None and s.night_contacts is not None and night.start and night.end:
            parts.append(t("summary.night", n=s.night_contacts, start=night.start.strftime("%H:%M"),
                           end=night.end.strftime("%H:%M")))
        if s.worst_day is not None:
            parts.append(t("summary.worst_day", date=s.worst_day.isoformat(),
                           n=s.worst_day_attempts))
        return self.tr(" · ").join(parts)

    def _fill_rule_filter(self, report: EvidenceReport | None) -> None:
        """The violation filter offers the rules the report found (kept while results update)."""
        if report is None and self.rule_filter.count():
            return
        current = self.rule_filter.currentData()
        t = evidence_templates()
        items: list[tuple[str, str | None]] = [(self.tr("全部记录"), None),
                                               (self.tr("有问题的记录"), ANY_RULE)]
        if report is not None:
            seen: dict[str, str] = {}
            for v in report.violations:
                seen.setdefault(v.key, violation_name(t, v.rule))
            items += [(name, key) for key, name in seen.items()]
        with QSignalBlocker(self.rule_filter):
            self.rule_filter.clear()
            for text, key in items:
                self.rule_filter.addItem(text, key)
            index = self.rule_filter.findData(current)
            self.rule_filter.setCurrentIndex(max(index, 0))
        if self.rule_filter.currentData() != self.proxy.rule:
            self.proxy.set_rule(self.rule_filter.currentData())

    def _fill_cards(self, report: EvidenceReport | None) -> None:
        for card in self.cards:
            self.violations_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        if report is None:
            self.violations_placeholder.setText(
                self.tr("结果未更新：请先改正标红的输入") if self.doc.results.errors else "")
        elif not report.violations:
            self.violations_placeholder.setText(evidence_templates()("report.none_found"))
        else:
            self.violations_placeholder.setText(evidence_templates()("report.disclaimer"))
            for n, v in enumerate(report.violations, 1):
                card = ViolationCard(n, v, self.violations_host)
                card.showEntries.connect(self.show_rule)
                card.familyScript.connect(self._family_clicked)
                self.violations_layout.insertWidget(self.violations_layout.count() - 1, card)
                self.cards.append(card)
        cautious = report is not None and any(
            s.confidence != "high" for v in report.violations for s in v.rule.sources)
        self.cautious_label.setText(evidence_templates()("report.cautious") if cautious else "")
        self.cautious_label.setVisible(cautious)

    def _fit_columns(self) -> None:
        """Columns as wide as their contents, none wider than a third of the table."""
        self.table.resizeColumnsToContents()
        widest = max(self.table.viewport().width() // 3, 160)
        header = self.table.horizontalHeader()
        for col in Col:
            if header.sectionSize(col) > widest:
                header.resizeSection(col, widest)

    @Slot()
    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.count_label.setText(self.tr("显示 {shown} / {total} 条").format(shown=shown, total=total)
                                 if shown != total else self.tr("共 %n 条", "", total))

    @Slot()
    def _update_buttons(self) -> None:
        has = self.selected_row() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # -- filters -------------------------------------------------------------------------
    @Slot()
    def _on_filter_changed(self) -> None:
        self.proxy.set_target(self.target_filter.currentData())
        self.proxy.set_rule(self.rule_filter.currentData())
        self.proxy.set_text(self.search_edit.text())
        self._update_count()

    @Slot(str)
    def show_rule(self, key: str) -> None:
        """Show only the entries of violation ``key`` (a card's 「只看这些记录」)."""
        index = self.rule_filter.findData(key)
        if index >= 0:
            self.rule_filter.setCurrentIndex(index)

    def clear_filters(self) -> None:
        self.target_filter.setCurrentIndex(0)
        self.rule_filter.setCurrentIndex(0)
        self.search_edit.clear()

    # -- the quick entry -----------------------------------------------------------------
    @Slot()
    def start_quick_entry(self) -> None:
        """记一笔 (Ctrl+Shift+E): a fresh form with the time now, the cursor in it."""
        if self.form.edit_row is not None or not self.form.when_edit.isModified():
            self.form.clear(self.now())
            self.form.retranslate(self.doc.rules.collection)
        self.form_scroll.ensureWidgetVisible(self.form.when_edit)
        self.form.when_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.when_edit.selectAll()

    @Slot()
    def save_entry(self) -> bool:
        """Save the form: a new entry (appended) or the entry being edited; undoable."""
        form = self.form
        moment = parse_when(form.when_edit.text(), self.now())
        if moment is None:
            form.set_when_error(self.tr("时间写成 2026-11-20 21:40，或只写 21:40"))
            form.when_edit.setFocus()
            return False
        form.set_when_error("")
        row = form.edit_row
        base = None
        if row is not None:
            value = self.doc.get((*EVIDENCE, row))
            base = value if isinstance(value, dict) else None
        entry = entry_data(base, at=moment, channel=form.channel(), from_=form.from_edit.text(),
                           collector=form.collector_edit.text(), target=form.target(),
                           target_name=form.target_name_edit.text(),
                           attempts=form.attempts_spin.value(),
                           answered=form.answered_box.isChecked(),
                           summary=form.summary_edit.text(), tags=form.tags(),
                           debt=form.debt(), files=form.files, file_hashes=form.file_hashes())
        if row is None:
            row = self.doc.count(EVIDENCE)
            self.doc.insert(EVIDENCE, row, entry, self.tr("记一笔催收"))
            message = self.tr("已保存第 {n} 条记录。可以接着记下一条。").format(n=row + 1)
        else:
            # a macro: two saves of one entry stay two undo steps
            self.doc.begin_macro(self.tr("修改催收记录"))
            self.doc.set((*EVIDENCE, row), entry, self.tr("修改催收记录"))
            self.doc.end_macro()
            message = self.tr("已保存对第 {n} 条记录的修改。").format(n=row + 1)
        self.doc.flush()
        self._select_row(row)
        form.clear(self.now())
        form.retranslate(self.doc.rules.collection)
        form.status.setText(message)
        form.when_edit.setFocus()
        form.when_edit.selectAll()
        return True

    @Slot()
    def cancel_entry(self) -> None:
        """Esc / 清空: drop what is typed; leave editing."""
        self.form.clear(self.now())
        self.form.status.clear()
        self.form.retranslate(self.doc.rules.collection)

    def _select_row(self, row: int) -> None:
        source = self.model.index(row, 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():  # hidden by a filter: show everything again
            self.clear_filters()
            index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    # -- edit and remove -----------------------------------------------------------------
    def selected_row(self) -> int | None:
        """The log index of the selected entry (``None``: none)."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        source: QModelIndex = self.proxy.mapToSource(rows[0])
        return source.row() if source.isValid() else None

    @Slot()
    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.form.load(row, self.model.entry(row))
        self.form.status.clear()
        self.form.retranslate(self.doc.rules.collection)
        self.form.when_edit.setFocus()

    @Slot()
    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if self.form.edit_row == row:
            self.cancel_entry()
        self.doc.remove(EVIDENCE, row, self.tr("删除催收记录"))

    # -- which debt, attachments ----------------------------------------------------------
    def _refresh_debts(self) -> None:
        """The form's "which debt" choice: the plan's debts as the file has them."""
        debts = self.doc.get(("debts",))
        items = []
        for i, raw in enumerate(debts if isinstance(debts, list) else []):
            raw = raw if isinstance(raw, dict) else {}
            debt_id = raw.get("id")
            if not isinstance(debt_id, str) or not debt_id.strip():
                continue
            parts = [str(raw.get(k) or "").strip() for k in ("product", "creditor")]
            label = " · ".join(p for p in parts if p) or self.tr("第 %n 笔债务", "", i + 1)
            items.append((debt_id, label))
        self.form.set_debts(items)

    def plan_saved(self) -> bool:
        """True when the plan is a file of the user's (attachments go next to it)."""
        return self.doc.path is not None and not self.doc.is_example

    @Slot()
    def _refresh_files(self) -> None:
        """The form's attachments with their state (✓ / ✗ missing / ✗ changed)."""
        form = self.form
        saved = self.plan_saved()
        form.attach_button.setEnabled(saved)
        form.files_note.setText("" if saved else self.tr(
            "先保存方案，附件会复制到方案旁边的文件夹"))
        form.files_note.setVisible(not saved)
        entry = {"files": list(form.files), "file_hashes": form.file_hashes()}
        states = dict(file_states(self.doc.path, entry)) if saved else {}
        rows = []
        for file in form.files:
            digest = form.hashes.get(file)
            tip = [file]
            if digest:
                tip.append(self.tr("SHA-256 校验值：{sha256}").format(sha256=digest))
            state = states.get(file)
            if state is FileState.MISSING:
                text, problem = self.tr("✗ {file}（找不到文件）").format(file=file), True
                tip.append(self.tr("方案旁边找不到这个文件：是否被移动、改名或删除了？"))
            elif state is FileState.CHANGED:
                text, problem = self.tr("✗ {file}（文件已被改动）").format(file=file), True
                tip.append(self.tr("文件内容与添加时记下的校验值不同：它在添加后被改动过"))
            elif state is FileState.OK:
                text, problem = "✓ " + file, False
                if not digest:
                    tip.append(self.tr("没有记下校验值：重新添加这个文件可以记下"))
            else:
                text, problem = file, False
                tip.append(self.tr("方案保存后才能检查文件"))
            rows.append((file, text, problem, "\n".join(tip)))
        form.show_files(rows)

    @Slot()
    def attach_files(self, paths: list[str] | None = None) -> int:
        """添加附件…: copy files into the evidence folder next to the plan, with their SHA-256,
        and list them in the form (saved with the entry: undoable). Returns how many were added."""
        form = self.form
        if not self.plan_saved():
            self._refresh_files()
            form.status.setText(self.tr("先保存方案，附件会复制到方案旁边的文件夹"))
            return 0
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("添加附件：截图、录音、通话详单"),
                str(QStandardPaths.writableLocation(
                    QStandardPaths.StandardLocation.PicturesLocation) or Path.home()),
                self.tr("所有文件 (*)"))
            if not paths:
                return 0
        added = 0
        for source in paths:
            try:
                file, digest = import_file(self.doc.path, source, now=self.now())
            except OSError as exc:
                QMessageBox.warning(self, self.tr("无法添加附件"), self.tr(
                    "无法复制 {path}：{error}").format(path=str(source),
                                                     error=exc.strerror or str(exc)))
                continue
            form.add_file(file, digest)
            added += 1
        if added:
            n = form.edit_row + 1 if form.edit_row is not None else None
            form.status.setText(
                self.tr("已复制到方案旁边的证据文件夹。按 Enter 保存第 {n} 条记录。").format(n=n)
                if n is not None else
                self.tr("已复制到方案旁边的证据文件夹。按 Enter 保存这条记录。"))
        return added

    # -- the complaint draft ---------------------------------------------------------------
    def default_complaint_debt(self) -> str | None:
        """The debt the selected entry names, else the one the log names most, else ``None``."""
        row = self.selected_row()
        if row is not None:
            debt = self.model.entry(row).get("debt")
            if isinstance(debt, str) and debt:
                return debt
        counts: dict[str, int] = {}
        for i in range(self.doc.count(EVIDENCE)):
            debt = self.model.entry(i).get("debt")
            if isinstance(debt, str) and debt:
                counts[debt] = counts.get(debt, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    @Slot()
    def open_complaint_dialog(self) -> ComplaintDialog:
        """写投诉稿…: the complaint dialog (one, kept; raised when already open)."""
        if self.complaint_dialog is None:
            self.complaint_dialog = ComplaintDialog(self.doc, self,
                                                    debt_id=self.default_complaint_debt())
        else:
            self.complaint_dialog.select_debt(self.default_complaint_debt())
        self.complaint_dialog.show()
        self.complaint_dialog.raise_()
        self.complaint_dialog.activateWindow()
        return self.complaint_dialog

    # -- the family script ---------------------------------------------------------------
    @Slot()
    def _family_clicked(self) -> None:
        self.export_family_script()

    def family_script_lang(self) -> str:
        return str(self.family_lang.currentData())

    def default_family_path(self) -> Path:
        """``<plan name>-family.pdf`` in the plan's folder (as the CLI names it in a folder)."""
        return export_folder(self.doc) / f"{safe_name(plan_stem(self.doc, 'negoplan'))}-family.pdf"

    def export_family_script(self, path: str | None = None) -> bool:
        """给家人的说明: the one-page PDF of ``negoplan family-script`` (mode 0600)."""
        results = self.doc.results
        plan = results.plan
        if plan is None or results.errors:
            QMessageBox.warning(self, self.tr("无法生成"), self.tr("结果未更新：请先改正标红的输入"))
            return False
        # Imported here: reportlab loads only when a PDF is made.
        from app.letters.build import family_document, glyph_problems, render
        from app.letters.family import PRINTED_FIELDS
        from app.letters.fonts import missing_glyphs
        problems = [p for p in glyph_problems(plan, missing_glyphs) if p.path in PRINTED_FIELDS]
        if problems:
            QMessageBox.warning(self, self.tr("无法生成"),
                                "\n".join(problem_text(p) for p in problems))
            return False
        if path is None:
            path = choose_pdf_path(self, self.tr("保存给家人的说明"), self.default_family_path())
            if path is None:
                return False
        data = render([family_document(plan, self.family_script_lang())])
        if write_export(self, path, data) is None:
            return False
        self.form.status.setText(self.tr("已保存给家人的说明：{path}").format(path=str(path)))
        return True


"""Step ⑤ 申请书: the letter to one creditor, previewed as it prints; print and export.

Left: which creditor, the letter's language, which attachment pages to add,
and the facts only the letter needs (the borrower block, the hardship: reasons,
story, since, income before, the proofs the borrower will attach). Right: the
PDF that ``negoplan letter`` writes for the same plan and options
(:mod:`app.letters.build`), rendered in-process by PDFium, with 打印… /
打印预览… / 导出 PDF….

The preview is rebuilt, debounced by :data:`PREVIEW_DELAY_MS`, after every
recomputation of the plan and every change of the options, and only while the
page is on screen (or when printing/exporting needs it). When the plan has
errors, no debt, or a character the letter font lacks, a message in the UI
language replaces the pages — never an old letter. ``app.letters`` (and with
it reportlab) is imported only then, not at app start.

The proof checklist takes its items from the letter templates'
``attach.reason.<reason>`` entries, the same data the composer lists when the
borrower names no documents (``docs/letters.md`` "Personal, not boilerplate").
"""

from __future__ import annotations

import functools
import logging
import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.gui.document import PathKey, PlanDocument
from app.gui.export import choose_pdf_path, export_folder, plan_stem, safe_name, write_export
from app.gui.i18n import LANGS, problem_text, ui_lang
from app.gui.pages.base import MUTED, RED, Page
from app.gui.printing import new_printer, print_pdf_pages
from app.gui.widgets.fields import ValidatedEdit, money_parser
from app.gui.widgets.pdf_preview import PdfPreview
from app.report import group
from calc.errors import CalcError, PlanInvalid, Problem
from calc.model import HardshipReason

__all__ = ["PREVIEW_DELAY_MS", "LetterPage", "date_parser", "valid_id_last4"]

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 300
"""Quiet time after the last change before the letter is rebuilt (typing never waits)."""

_ID_LAST4 = re.compile(r"[0-9]{3}[0-9X]")
_DATE_TEXT = re.compile(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*")

BORROWER = ("borrower",)
HARDSHIP = ("hardship",)
REASONS = ("hardship", "reasons")
DOCUMENTS = ("hardship", "documents")
STORY = ("hardship", "story")
SINCE = ("hardship", "since")
INCOME_BEFORE = ("hardship", "income_before")


def valid_id_last4(text: str) -> str | None:
    """The ID ending as stored (``"301x"`` → ``"301X"``), ``""`` for none, ``None`` when invalid.

    Only the last four characters of a resident ID are kept (privacy): three
    digits and a digit or the check character X.
    """
    value = text.strip().upper()
    if not value:
        return ""
    return value if _ID_LAST4.fullmatch(value) else None


def date_parser(*, allow_empty: bool = True):
    """``"2026-6-30"`` / ``"2026年6月30日"`` → ``("2026-06-30", "2026-06-30")``.

    A real date in 1990..2100; errors are the plan file's own problems
    (``date.invalid``, ``date.out_of_range``) so the field says what the CLI says.
    """
    def parse(text: str) -> tuple[Any, str]:
        if allow_empty and not text.strip():
            return None, ""
        match = _DATE_TEXT.fullmatch(text)
        try:
            if match is None:
                raise ValueError(text)
            day = date(*(int(g) for g in match.groups()))
        except ValueError:
            raise CalcError("date.invalid", value=text.strip(), format="YYYY-MM-DD") from None
        if not 1990 <= day.year <= 2100:
            raise CalcError("date.out_of_range", value=text.strip())
        return day.isoformat(), day.isoformat()

    return parse


def _affects(changed: PathKey, path: PathKey) -> bool:
    """True when a change at ``changed`` may alter the value at ``path`` (one is a prefix)."""
    n = min(len(changed), len(path))
    return tuple(changed[:n]) == tuple(path[:n])


class _CommitTextEdit(QPlainTextEdit):
    """A multi-line edit that reports ``editingFinished`` when it loses focus."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class _CheckRow(QWidget):
    """A check box whose text wraps (a long proof name must not widen the form).

    Clicking the text toggles the box, as a check box's own text does.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(120)
        self.label.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def set_item(self, text: str, checked: bool) -> None:
        self.box.setProperty("item", text)
        self.box.setAccessibleName(text)
        self.box.setChecked(checked)
        self.label.setText(text)
        self.setToolTip(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.label and event.type() == QEvent.Type.MouseButtonRelease
                and self.box.isEnabled()):
            self.box.click()
            return True
        return super().eventFilter(watched, event)


class LetterPage(Page):
    """The letter of the selected creditor, its options, and the facts it needs."""

    step_key = "letter"

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self._letter_lang: str | None = None  # None: follow the UI language
        self._dirty = True
        self._state: tuple[Any, ...] = ("busy",)
        self._printer: QPrinter | None = None
        self._debt_key: str | None = None
        self._id_error = False
        self.generated = 0  # counts finished rebuilds (a PDF or a message): tests wait on it
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._generate)
        self._build()
        self._connect_signals()
        self._refresh_all()
        self.retranslate()

    # -- construction -----------------------------------------------------------------
    def _build(self) -> None:
        self.warning = QLabel(self)
        self.warning.setObjectName("overBudget")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet(f"QLabel {{ color: {RED}; }}")
        self.warning.hide()
        self.page_layout.addWidget(self.warning)

        self._labels: dict[str, QLabel] = {}
        form_host = QWidget(self)
        left = QVBoxLayout(form_host)
        left.setContentsMargins(0, 0, 8, 0)

        # The letter: creditor, language, attachment pages.
        self.letter_box = QGroupBox(form_host)
        form = self._form(self.letter_box)
        self.creditor_combo = QComboBox(self.letter_box)
        self.creditor_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.creditor_combo.setMinimumContentsLength(12)
        self.lang_combo = QComboBox(self.letter_box)
        for lang in LANGS:
            self.lang_combo.addItem("", lang)
        attach = QWidget(self.letter_box)
        attach_layout = QVBoxLayout(attach)
        attach_layout.setContentsMargins(0, 0, 0, 0)
        self.attach_schedule = QCheckBox(attach)
        self.attach_budget = QCheckBox(attach)
        self.attach_hardship = QCheckBox(attach)
        for box in (self.attach_schedule, self.attach_budget, self.attach_hardship):
            box.setChecked(True)
            attach_layout.addWidget(box)
        self._row(form, "creditor", self.creditor_combo)
        self._row(form, "lang", self.lang_combo)
        self._row(form, "attach", attach)
        left.addWidget(self.letter_box)

        # The borrower block.
        self.borrower_box = QGroupBox(form_host)
        form = self._form(self.borrower_box)
        self.name_edit = QLineEdit(self.borrower_box)
        id_host = QWidget(self.borrower_box)
        id_layout = QVBoxLayout(id_host)
        id_layout.setContentsMargins(0, 0, 0, 0)
        id_layout.setSpacing(2)
        self.id_edit = QLineEdit(id_host)
        self.id_edit.setMaxLength(18)
        self.id_message = QLabel(id_host)
        self.id_message.setObjectName("fieldError")
        self.id_message.setWordWrap(True)
        self.id_message.setTextFormat(Qt.TextFormat.PlainText)
        self.id_message.setStyleSheet(f"color: {RED};")
        self.id_message.hide()
        id_layout.addWidget(self.id_edit)
        id_layout.addWidget(self.id_message)
        self.phone_edit = QLineEdit(self.borrower_box)
        self.address_edit = QLineEdit(self.borrower_box)
        self._row(form, "name", self.name_edit)
        self._row(form, "id_last4", id_host)
        self._row(form, "phone", self.phone_edit)
        self._row(form, "address", self.address_edit)
        left.addWidget(self.borrower_box)

        # The hardship.
        self.hardship_box = QGroupBox(form_host)
        form = self._form(self.hardship_box)
        reasons = QWidget(self.hardship_box)
        grid = QGridLayout(reasons)
        grid.setContentsMargins(0, 0, 0, 0)
        self.reason_boxes: dict[str, QCheckBox] = {}
        for i, reason in enumerate(HardshipReason):
            box = QCheckBox(reasons)
            self.reason_boxes[reason.value] = box
            grid.addWidget(box, i // 3, i % 3)
        self.story_edit = _CommitTextEdit(self.hardship_box)
        self.story_edit.setTabChangesFocus(True)
        self.story_edit.setMinimumHeight(90)
        self.story_edit.setMaximumHeight(160)
        self.since_edit = ValidatedEdit(date_parser(), "hardship.since", right_align=False,
                                        parent=self.hardship_box)
        self.income_before_edit = ValidatedEdit(money_parser(allow_empty=True),
                                                "hardship.income_before", parent=self.hardship_box)
        docs = QWidget(self.hardship_box)
        self._docs_layout = QVBoxLayout(docs)
        self._docs_layout.setContentsMargins(0, 0, 0, 0)
        self._docs_layout.setSpacing(2)
        self.doc_boxes: list[QCheckBox] = []  # the proof checklist's boxes (property "item")
        self._doc_rows: list[_CheckRow] = []
        self.docs_hint = QLabel(docs)
        self.docs_hint.setWordWrap(True)
        self.docs_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.docs_hint.setStyleSheet(f"color: {MUTED};")
        self.doc_add_edit = QLineEdit(docs)
        self._docs_layout.addWidget(self.docs_hint)
        self._docs_layout.addWidget(self.doc_add_edit)
        self._row(form, "reasons", reasons)
        self._row(form, "story", self.story_edit)
        self._row(form, "since", self.since_edit)
        self._row(form, "income_before", self.income_before_edit)
        self._row(form, "documents", docs)
        left.addWidget(self.hardship_box)
        left.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_host)
        scroll.setMinimumWidth(380)

        # The preview and its buttons.
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(right)
        self.preview_button = QPushButton(right)
        self.export_button = QPushButton(right)
        for button in (self.print_button, self.preview_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        self.preview = PdfPreview(right)
        right_layout.addWidget(self.preview, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([440, 760])
        self.page_layout.addWidget(self.splitter, 1)
        self._set_actions_enabled(False)

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label = QLabel(form.parentWidget())
        label.setBuddy(widget)
        self._labels[key] = label
        form.addRow(label, widget)

    def _connect_signals(self) -> None:
        self.doc.dataChanged.connect(self._on_data_changed)
        self.doc.resultsChanged.connect(self._on_results_changed)
        self.creditor_combo.currentIndexChanged.connect(self._on_creditor_changed)
        self.lang_combo.activated.connect(self._on_lang_chosen)
        for box in (self.attach_schedule, self.attach_budget, self.attach_hardship):
            box.toggled.connect(self._schedule)
        for key, edit in (("name", self.name_edit), ("phone", self.phone_edit),
                          ("address", self.address_edit)):
            edit.editingFinished.connect(functools.partial(self._commit_borrower, key, edit))
        self.id_edit.editingFinished.connect(self._commit_id)
        for reason, box in self.reason_boxes.items():
            box.clicked.connect(functools.partial(self._on_reason_clicked, reason))
        self.story_edit.editingFinished.connect(self._commit_story)
        self.since_edit.committed.connect(self._commit_since)
        self.income_before_edit.committed.connect(self._commit_income_before)
        self.doc_add_edit.returnPressed.connect(self._add_document)
        self.print_button.clicked.connect(self.print_letter)
        self.preview_button.clicked.connect(self.print_preview)
        self.export_button.clicked.connect(self._export_clicked)

    # -- Page API ---------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "creditor": self.tr("写给"),
            "lang": self.tr("申请书语言"),
            "attach": self.tr("附上"),
            "name": self.tr("姓名"),
            "id_last4": self.tr("身份证后四位"),
            "phone": self.tr("电话"),
            "address": self.tr("地址"),
            "reasons": self.tr("困难原因"),
            "story": self.tr("经过"),
            "since": self.tr("困难开始日期"),
            "income_before": self.tr("之前的月收入"),
            "documents": self.tr("证明材料"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.letter_box.setTitle(self.tr("申请书"))
        self.borrower_box.setTitle(self.tr("申请人"))
        self.hardship_box.setTitle(self.tr("困难情况"))
        self.lang_combo.setItemText(0, self.tr("中文"))
        self.lang_combo.setItemText(1, self.tr("英文"))
        self.lang_combo.setToolTip(self.tr("申请书用哪种语言书写（与界面语言无关）"))
        self.attach_schedule.setText(self.tr("还款计划表"))
        self.attach_budget.setText(self.tr("家庭收支情况表"))
        self.attach_hardship.setText(self.tr("困难情况说明"))
        self.name_edit.setPlaceholderText(self.tr("例如：张伟"))
        self.id_edit.setPlaceholderText(self.tr("只填最后 4 位，如 3015"))
        self.id_edit.setToolTip(self.tr("为保护隐私，只保存身份证号的最后 4 位"))
        self.phone_edit.setPlaceholderText(self.tr("对方联系你用的电话"))
        self.address_edit.setPlaceholderText(self.tr("可只写到市"))
        reason_names = {
            "unemployment": self.tr("失业"),
            "illness": self.tr("生病"),
            "income_drop": self.tr("收入下降"),
            "business_failure": self.tr("经营失败"),
            "family_emergency": self.tr("家庭变故"),
            "disaster": self.tr("灾害"),
            "other": self.tr("其他"),
        }
        for reason, box in self.reason_boxes.items():
            box.setText(reason_names[reason])
        self.story_edit.setPlaceholderText(
            self.tr("用自己的话写发生了什么、什么时候开始、现在怎样。申请书会原文引用。"))
        self.since_edit.edit.setPlaceholderText(self.tr("年-月-日，如 2026-06-30"))
        self.income_before_edit.edit.setPlaceholderText(self.tr("出事前每月收入，可不填"))
        self.doc_add_edit.setPlaceholderText(self.tr("添加其他材料，按回车"))
        self.print_button.setText(self.tr("打印…"))
        self.print_button.setToolTip(self.tr("打印这封申请书（Ctrl+P）"))
        self.preview_button.setText(self.tr("打印预览…"))
        self.export_button.setText(self.tr("导出 PDF…"))
        self.since_edit.retranslate()
        self.income_before_edit.retranslate()
        if self._letter_lang is None:
            self._select_lang(ui_lang())
            self._schedule()
        self._refresh_creditors()
        self._refresh_id_message()
        self._refresh_documents()
        self._present()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty and not self._timer.isActive():
            self._timer.start()

    # -- public actions (the main window's Ctrl+P calls print_letter) ----------------------
    def letter_lang(self) -> str:
        """The language the letter is written in (``zh``/``en``)."""
        return self._letter_lang or ui_lang()

    def set_letter_lang(self, lang: str) -> None:
        """Choose the letter's language (as picking it in the combo does)."""
        self._letter_lang = lang if lang in LANGS else "zh"
        self._select_lang(self._letter_lang)
        self._refresh_documents()
        self._schedule()

    def pdf_bytes(self) -> bytes:
        """The PDF shown in the preview (``b""`` when there is none)."""
        return self.preview.pdf_bytes()

    def pdf_document(self):
        """The preview's ``QPdfDocument``."""
        return self.preview.document()

    def selected_debt_id(self) -> str | None:
        """Id of the chosen creditor's debt (``None`` while the plan has errors or no debt)."""
        plan = self.doc.results.plan
        index = self.creditor_combo.currentIndex()
        if plan is None or not 0 <= index < len(plan.debts):
            return None
        return plan.debts[index].id

    def preview_pending(self) -> bool:
        """True while the preview waits to be rebuilt (a change came after the last PDF)."""
        return self._dirty or self._timer.isActive()

    def refresh_preview(self) -> bool:
        """Bring the preview up to date now (before printing, exporting); ``True`` if a PDF is shown."""
        self.doc.flush()
        if self._dirty or self._timer.isActive():
            self._generate()
        return self.preview.has_pdf()

    @Slot()
    def print_letter(self) -> bool:
        """打印…: the print dialog, then the letter's pages; ``True`` when pages were printed."""
        if not self.refresh_preview():
            return False
        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印申请书"))
        dialog.setMinMax(1, self.preview.page_count())
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        return print_pdf_pages(self.preview.document(), printer) > 0

    @Slot()
    def print_preview(self) -> bool:
        """打印预览…: Qt's print preview drawing the same pages; ``False`` when there is no letter."""
        if not self.refresh_preview():
            return False
        dialog = QPrintPreviewDialog(self.printer(), self)
        dialog.setWindowTitle(self.tr("打印预览"))
        dialog.paintRequested.connect(self._paint_preview)
        dialog.exec()
        return True

    def export_pdf(self, path: str | None = None) -> bool:
        """导出 PDF…: write the letter's PDF (mode 0600) to ``path`` or where the user chooses."""
        if not self.refresh_preview():
            return False
        data = self.preview.pdf_bytes()
        if path is None:
            path = choose_pdf_path(self, self.tr("导出申请书 PDF"), self.default_export_path())
            if path is None:
                return False
        return write_export(self, path, data) is not None

    def default_export_path(self) -> Path:
        """``<plan name>-<debt id>.pdf`` in the plan's folder (the documents folder for the example)."""
        stem = plan_stem(self.doc, self.tr("申请书"))
        safe = safe_name(self.selected_debt_id() or "")  # as the CLI names per-creditor files
        return export_folder(self.doc) / (f"{stem}-{safe}.pdf" if safe else f"{stem}.pdf")

    def printer(self) -> QPrinter:
        """The page's printer (kept, so the dialog remembers the choices between prints)."""
        if self._printer is None:
            self._printer = new_printer(self.tr("申请书"))
        return self._printer

    # -- refreshing from the document ----------------------------------------------------
    @Slot(tuple)
    def _on_data_changed(self, path: tuple) -> None:
        if _affects(path, ("debts",)):
            self._refresh_creditors()
        if _affects(path, BORROWER):
            self._refresh_borrower()
        if _affects(path, HARDSHIP):
            self._refresh_hardship()
        if path == ():
            self._letter_lang_reset_if_following()

    @Slot()
    def _on_results_changed(self) -> None:
        self._refresh_creditors()
        self._refresh_field_problems()
        self._schedule()
        self.completeChanged.emit()

    def _refresh_all(self) -> None:
        self._refresh_creditors()
        self._refresh_borrower()
        self._refresh_hardship()
        self._refresh_field_problems()

    def _letter_lang_reset_if_following(self) -> None:
        if self._letter_lang is None:
            self._select_lang(ui_lang())

    def _select_lang(self, lang: str) -> None:
        index = self.lang_combo.findData(lang)
        self.lang_combo.blockSignals(True)
        self.lang_combo.setCurrentIndex(max(index, 0))
        self.lang_combo.blockSignals(False)

    def _refresh_creditors(self) -> None:
        debts = self.doc.get(("debts",))
        debts = debts if isinstance(debts, list) else []
        plan = self.doc.results.plan
        ids = [d.id for d in plan.debts] if plan is not None and len(plan.debts) == len(debts) else []
        labels = []
        keys = []
        for i, raw in enumerate(debts):
            raw = raw if isinstance(raw, dict) else {}
            creditor = str(raw.get("creditor") or "").strip()
            product = str(raw.get("product") or "").strip()
            parts = [p for p in (product, creditor) if p]
            labels.append(" · ".join(parts) if parts else self.tr("第 %n 笔债务", "", i + 1))
            keys.append(ids[i] if ids else str(raw.get("id") or f"#{i}"))
        combo = self.creditor_combo
        current = [combo.itemData(i) for i in range(combo.count())]
        shown = [combo.itemText(i) for i in range(combo.count())]
        if current == keys and shown == labels:
            return
        keep = self._debt_key
        combo.blockSignals(True)
        combo.clear()
        for label, key in zip(labels, keys, strict=True):
            combo.addItem(label, key)
        index = keys.index(keep) if keep in keys else min(max(combo.currentIndex(), 0),
                                                          len(keys) - 1)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        self._debt_key = combo.currentData()
        self._schedule()

    def _refresh_borrower(self) -> None:
        for key, edit in (("name", self.name_edit), ("phone", self.phone_edit),
                          ("address", self.address_edit)):
            self._show_text(edit, self.doc.get(("borrower", key), ""))
        self._id_error = False
        self._show_text(self.id_edit, self.doc.get(("borrower", "id_last4"), ""))
        self._refresh_id_message()

    def _refresh_hardship(self) -> None:
        reasons = self._reasons()
        for reason, box in self.reason_boxes.items():
            box.blockSignals(True)
            box.setChecked(reason in reasons)
            box.blockSignals(False)
        story = self.doc.get(STORY, "")
        story = story if isinstance(story, str) else ""
        if self.story_edit.toPlainText() != story:
            self.story_edit.blockSignals(True)
            self.story_edit.setPlainText(story)
            self.story_edit.blockSignals(False)
        since = self.doc.get(SINCE)
        self.since_edit.set_text(since if isinstance(since, str) else "")
        before = self.doc.get(INCOME_BEFORE)
        try:
            shown = money_parser(allow_empty=True)(str(before))[1] if before is not None else ""
        except CalcError:
            shown = str(before)
        self.income_before_edit.set_text(shown)
        self._refresh_documents()

    def _refresh_field_problems(self) -> None:
        results = self.doc.results
        for path, edit in ((SINCE, self.since_edit), (INCOME_BEFORE, self.income_before_edit)):
            problems = results.problems_at(path)
            edit.set_problem(problem_text(problems[0]) if problems else "")
        self._refresh_id_message()

    def _refresh_id_message(self) -> None:
        if self._id_error:
            text = self.tr("身份证后四位应为 4 个字符：数字，最后一位也可以是 X（如 3015、301X）。")
        else:
            problems = self.doc.results.problems_at(("borrower", "id_last4"))
            text = problem_text(problems[0]) if problems else ""
        self.id_message.setText(("✗ " + text) if text else "")
        self.id_message.setVisible(bool(text))
        self.id_edit.setStyleSheet(f"QLineEdit {{ border: 1px solid {RED}; }}" if text else "")

    @staticmethod
    def _show_text(edit: QLineEdit, value: Any) -> None:
        text = value if isinstance(value, str) else ""
        if edit.text() != text:
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)

    def _reasons(self) -> list[str]:
        raw = self.doc.get(REASONS, [])
        return [r for r in raw if isinstance(r, str)] if isinstance(raw, list) else []

    def _documents(self) -> list[str]:
        raw = self.doc.get(DOCUMENTS, [])
        return [d for d in raw if isinstance(d, str)] if isinstance(raw, list) else []

    def proof_items(self) -> list[str]:
        """The checklist: the usual proofs for the chosen reasons (in the letter's language),
        then the borrower's own documents not among them."""
        from app.letters.compose import usual_proofs
        from app.letters.templates import load_templates

        items = usual_proofs(load_templates(self.letter_lang()), self._reasons())
        for document in self._documents():
            if document.strip() and document not in items:
                items.append(document)
        return items

    def _refresh_documents(self) -> None:
        items = self.proof_items()
        chosen = set(self._documents())
        while len(self._doc_rows) < len(items):
            row = _CheckRow(self.docs_hint.parentWidget())
            row.box.clicked.connect(functools.partial(self._on_document_clicked, row.box))
            self._docs_layout.insertWidget(len(self._doc_rows), row)
            self._doc_rows.append(row)
            self.doc_boxes.append(row.box)
        for i, row in enumerate(self._doc_rows):
            row.box.blockSignals(True)
            if i < len(items):
                row.set_item(items[i], items[i] in chosen)
                row.show()
            else:
                row.set_item("", False)
                row.hide()
            row.box.blockSignals(False)
        if not items:
            hint = self.tr("先勾选困难原因，这里会列出常用的证明材料。")
        elif not chosen:
            hint = self.tr("还没有勾选：申请书会列出上面这些常用证明，请准备好；"
                           "勾选你会附上的材料，申请书就只列勾选的。")
        else:
            hint = self.tr("申请书的附件只列勾选的材料。")
        self.docs_hint.setText(hint)

    # -- edits ------------------------------------------------------------------------
    def _commit_borrower(self, key: str, edit: QLineEdit) -> None:
        text = edit.text().strip()
        if text != edit.text():
            edit.setText(text)
        undo = {"name": self.tr("修改姓名"), "phone": self.tr("修改电话"),
                "address": self.tr("修改地址")}[key]
        self.doc.set(("borrower", key), text, undo)

    @Slot()
    def _commit_id(self) -> None:
        value = valid_id_last4(self.id_edit.text())
        if value is None:
            self._id_error = True
            self._refresh_id_message()
            return
        self._id_error = False
        if self.id_edit.text() != value:
            self.id_edit.setText(value)
        self.doc.set(("borrower", "id_last4"), value, self.tr("修改身份证后四位"))
        self._refresh_id_message()

    def _on_reason_clicked(self, reason: str, *_args: Any) -> None:
        checked = self.reason_boxes[reason].isChecked()
        reasons = self._reasons()
        if checked and reason not in reasons:
            reasons.append(reason)
        elif not checked:
            reasons = [r for r in reasons if r != reason]
        self.doc.set(REASONS, reasons, self.tr("修改困难原因"))

    @Slot()
    def _commit_story(self) -> None:
        text = self.story_edit.toPlainText()
        current = self.doc.get(STORY, "")
        if text == (current if isinstance(current, str) else ""):
            return
        self.doc.set(STORY, text, self.tr("修改困难经过"))

    @Slot(object)
    def _commit_since(self, value: Any) -> None:
        self.doc.set(SINCE, value, self.tr("修改困难开始日期"))

    @Slot(object)
    def _commit_income_before(self, value: Any) -> None:
        self.doc.set(INCOME_BEFORE, value, self.tr("修改之前的月收入"))

    def _on_document_clicked(self, box: QCheckBox, *_args: Any) -> None:
        checked = box.isChecked()
        item = box.property("item")
        if not item:
            return
        documents = self._documents()
        if checked and item not in documents:
            documents.append(item)
        elif not checked:
            documents = [d for d in documents if d != item]
        self.doc.set(DOCUMENTS, documents, self.tr("修改证明材料"))

    @Slot()
    def _add_document(self) -> None:
        text = self.doc_add_edit.text().strip()
        if not text:
            return
        documents = self._documents()
        if text not in documents:
            documents.append(text)
            self.doc.set(DOCUMENTS, documents, self.tr("添加证明材料"))
        self.doc_add_edit.clear()

    @Slot(int)
    def _on_creditor_changed(self, _index: int) -> None:
        self._debt_key = self.creditor_combo.currentData()
        self._schedule()

    @Slot(int)
    def _on_lang_chosen(self, index: int) -> None:
        self.set_letter_lang(self.lang_combo.itemData(index))

    @Slot()
    def _export_clicked(self) -> None:
        self.export_pdf()

    @Slot(QPrinter)
    def _paint_preview(self, printer: QPrinter) -> None:
        print_pdf_pages(self.preview.document(), printer)

    # -- the preview --------------------------------------------------------------------
    @Slot()
    def _schedule(self) -> None:
        """The letter must be rebuilt: soon if on screen, else when shown or printed."""
        self._dirty = True
        if self.isVisible():
            self._timer.start()
        if self.preview.has_pdf():
            self.preview.set_status(self.tr("正在生成…"))
        elif self._state[0] == "busy":
            self._present()

    @Slot()
    def _generate(self) -> None:
        self._timer.stop()
        if self.doc.pending:  # an edit waits for its results: wait for them too
            self._timer.start()
            return
        self._dirty = False
        self._state = self._build_letter()
        self.generated += 1
        self._present()
        self._set_actions_enabled(self.preview.has_pdf())

    def _build_letter(self) -> tuple[Any, ...]:
        """Make the PDF (loaded in the preview) and return what the page should say."""
        results = self.doc.results
        if not results.ok or results.plan is None:
            return ("problems", "errors", results.errors)
        plan = results.plan
        debt_id = self.selected_debt_id()
        if not plan.debts or debt_id is None:
            return ("problems", "no_debts", (Problem("letter.no_debts", "debts", {}),))
        try:
            from app.letters.build import glyph_problems, letter_documents, render
            from app.letters.compose import LetterOptions
            from app.letters.document import Title
            from app.letters.fonts import FontMissing, MissingGlyphs, missing_glyphs
        except ImportError:
            log.exception("letter modules unavailable")
            return ("failed",)
        try:
            problems = glyph_problems(plan, missing_glyphs)
            if problems:
                return ("problems", "glyphs", tuple(problems))
            options = LetterOptions(schedule=self.attach_schedule.isChecked(),
                                    budget=self.attach_budget.isChecked(),
                                    hardship=self.attach_hardship.isChecked())
            docs, asks, _ = letter_documents(plan, self.doc.rules, self.letter_lang(),
                                             debt_ids=[debt_id], options=options)
            data = render(docs)
        except PlanInvalid as exc:
            return ("problems", "errors", tuple(exc.problems))
        except CalcError as exc:
            return ("problems", "errors", (exc.as_problem(),))
        except FontMissing:
            log.exception("letter font missing")
            return ("font",)
        except MissingGlyphs as exc:
            chars = " ".join(exc.chars)
            return ("problems", "glyphs",
                    (Problem("letter.missing_glyphs", "", {"chars": chars}),))
        except Exception:  # never a traceback in the UI; logged for a bug report
            log.exception("letter rendering failed")
            return ("failed",)
        if not self.preview.set_pdf(data):
            return ("failed",)
        ask = next(a for a in asks if a.debt.id == debt_id)
        title = next((b.text for b in docs[0].blocks if isinstance(b, Title)), docs[0].title)
        over = None
        if ask.offer is not None and not ask.fits_offer:
            over = Problem("letter.over_budget", "", {
                "creditor": ask.debt.creditor, "payment": group(ask.max_payment),
                "offer": group(ask.offer.monthly)})
        return ("ok", ask.debt.creditor, title, self.preview.page_count(), over)

    def _present(self) -> None:
        """Show the current state (headline, warning, preview or message) in the UI language."""
        state = self._state
        kind = state[0]
        self.warning.hide()
        if kind == "ok":
            _, creditor, title, pages, over = state
            headline = self.tr("致 %1：%2（%n 页）", "", pages)
            self.headline.setText(headline.replace("%1", creditor).replace("%2", title))
            if over is not None:
                self.warning.setText("✗ " + problem_text(over))
                self.warning.show()
            if self._dirty:
                self.preview.set_status(self.tr("正在生成…"))
            return
        if kind == "busy":
            self.headline.setText(self.tr("正在生成申请书…"))
            self.preview.show_message(self.tr("正在生成…"))
            return
        self.headline.setText(self.tr("申请书暂时无法生成"))
        if kind == "problems":
            _, why, problems = state
            head = {
                "errors": self.tr("请先修正下面的输入，才能生成申请书："),
                "no_debts": self.tr("还没有可以写申请书的债务："),
                "glyphs": self.tr("申请书字体无法打印下面这些字符，请改用常用汉字："),
            }[why]
            lines = [problem_text(p) for p in problems[:6]]
            if len(problems) > 6:
                lines.append("…")
            self.preview.show_message("\n".join([head, "", *lines]))
        elif kind == "font":
            self.preview.show_message(self.tr("找不到申请书用的字体文件，请重新安装 NegoPlan。"))
        else:
            self.preview.show_message(self.tr("申请书生成失败。请检查输入后再试一次。"))

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (self.print_button, self.preview_button, self.export_button):
            button.setEnabled(enabled)

"""写投诉稿: where to complain about one debt's collectors, why, and the draft itself.

The dialog of step ⑥ (「写投诉稿…」). It words and shows; it decides nothing:

- the channels and why each fits: :func:`app.letters.complaint_cli.debt_advice`
  (:func:`calc.complaints.route` on :func:`calc.evidence.check_evidence` of the
  entries a complaint about the debt may state), worded by
  :func:`app.letters.complaint.channel_texts` / :func:`~app.letters.complaint.advice_intro`
  — the lines ``negoplan complaint PLAN`` prints, in the UI language;
- the lender's reply dates if filed today: :func:`calc.complaints.complaint_deadlines`
  on ``doc.today()``, in the template's words ("如今天（…）提交：对方应在…前答复…"),
  shown only for a channel that has a reply deadline;
- the draft: :func:`app.letters.complaint_cli.complaint_draft` (the CLI's path)
  → :func:`app.letters.build.render` → :class:`~app.gui.widgets.pdf_preview.PdfPreview`,
  in the draft language chosen (default: the UI's);
- attachments the draft lists that are missing or altered since they were
  added (:mod:`app.evidence_files`), in red, so the borrower finds the originals;
- 「复制文字」: :func:`app.letters.complaint.complaint_text` of that draft, for
  online forms (12378, 12321); 「导出 PDF…」: the same bytes, written atomically,
  owner-only (the draft names the borrower).

The debt offered first is the one the log links to (the page passes it);
only debts come up, and a debt whose complaint would state no entry says so.
The dialog follows the document: a change in the plan re-runs all of the above
(while visible; otherwise when shown again).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.evidence_files import check_files, verify
from app.gui.document import PlanDocument
from app.gui.export import choose_pdf_path, export_folder, plan_stem, safe_name, write_export
from app.gui.i18n import LANGS, problem_text, ui_lang
from app.gui.widgets.pdf_preview import PdfPreview
from app.letters.complaint import (
    ChannelText,
    advice_intro,
    channel_texts,
    complained_debts,
    complaint_entries,
    complaint_text,
)
from app.letters.complaint_cli import (
    complaint_draft,
    complaint_glyph_problems,
    complaint_templates,
    debt_advice,
)
from app.letters.document import Document
from calc.complaints import complaint_deadlines
from calc.errors import CalcError, PlanInvalid

__all__ = ["ChannelCard", "ComplaintDialog"]

log = logging.getLogger(__name__)

MUTED = "#5f6368"  # app.gui.pages.base.MUTED
RED = "#b3261e"  # app.gui.pages.base.RED


def _label(parent: QWidget, *, muted: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        label.setStyleSheet(f"color: {MUTED};")
    return label


class ChannelCard(QFrame):
    """One routed channel: a radio button with its name, then why it fits, what it
    covers, how to file, the reply dates (lender) and how sure the routing is."""

    def __init__(self, n: int, text: ChannelText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = text
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        self.radio = QRadioButton(f"{n}. {text.name}", self)
        self.radio.setObjectName(f"channel_{text.channel}")
        bold = QFont(self.radio.font())
        bold.setBold(True)
        self.radio.setFont(bold)
        layout.addWidget(self.radio)
        self.body = _label(self)
        # the CLI's lines, without its indentation
        self.body.setText("\n".join(line.strip() for line in text.lines()))
        self.body.setContentsMargins(22, 0, 0, 0)
        layout.addWidget(self.body)


class ComplaintDialog(QDialog):
    """Pick the debt and the channel, read why, preview the draft, copy or export it."""

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None, *,
                 debt_id: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintDialog")
        self.doc = doc
        self._debt_id = debt_id
        self._channel: str | None = None
        self._draft_lang: str | None = None  # None: follow the UI language
        self._document: Document | None = None
        self._texts: list[ChannelText] = []
        self._stale = False
        self.cards: list[ChannelCard] = []
        self.generated = 0  # drafts rendered (tests)
        self._build()
        self._connect_signals()
        self.retranslate()
        self.resize(1180, 760)

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 8, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.debt_label = QLabel(left)
        self.debt_combo = QComboBox(left)
        self.debt_combo.setObjectName("complaintDebt")
        self.debt_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.debt_combo.setMinimumContentsLength(16)
        self.debt_label.setBuddy(self.debt_combo)
        self.lang_label = QLabel(left)
        self.lang_combo = QComboBox(left)
        for lang in LANGS:
            self.lang_combo.addItem("", lang)
        self.lang_label.setBuddy(self.lang_combo)
        form.addRow(self.debt_label, self.debt_combo)
        form.addRow(self.lang_label, self.lang_combo)
        ll.addLayout(form)

        self.intro = _label(left, muted=True)
        self.intro.setObjectName("complaintIntro")
        ll.addWidget(self.intro)
        self.channels_title = QLabel(left)
        bold = QFont(self.channels_title.font())
        bold.setBold(True)
        self.channels_title.setFont(bold)
        ll.addWidget(self.channels_title)

        self.cards_host = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_host)
        self.cards_layout.setContentsMargins(0, 0, 4, 0)
        self.cards_layout.addStretch(1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        scroll = QScrollArea(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.cards_host)
        self.cards_scroll = scroll
        ll.addWidget(scroll, 1)

        self.deadline = _label(left)
        self.deadline.setObjectName("replyDeadline")
        self.deadline.setFont(bold)
        self.deadline.hide()
        ll.addWidget(self.deadline)
        self.files_warning = _label(left)
        self.files_warning.setObjectName("filesWarning")
        self.files_warning.setStyleSheet(f"color: {RED};")
        self.files_warning.hide()
        ll.addWidget(self.files_warning)
        self.notes = _label(left, muted=True)
        self.notes.setObjectName("complaintNotes")
        small = QFont(self.notes.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.notes.setFont(small)
        ll.addWidget(self.notes)

        self.preview = PdfPreview(self)
        self.preview.setMinimumWidth(420)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        split.setSizes([470, 700])

        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyText")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportPdf")
        self.close_button = QPushButton(self)
        self.status = _label(self, muted=True)
        self.status.setObjectName("complaintStatus")
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.doc.resultsChanged.connect(self._on_results_changed)
        self.debt_combo.currentIndexChanged.connect(self._on_debt_chosen)
        self.lang_combo.currentIndexChanged.connect(self._on_lang_chosen)
        self.group.idClicked.connect(self._on_channel_clicked)
        self.copy_button.clicked.connect(self.copy_text)
        self.export_button.clicked.connect(self._export_clicked)
        self.close_button.clicked.connect(self.close)

    # -- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("写投诉稿"))
        self.debt_label.setText(self.tr("投诉哪笔债务的催收"))
        self.lang_label.setText(self.tr("投诉稿语言"))
        self.lang_combo.setItemText(0, self.tr("中文"))
        self.lang_combo.setItemText(1, self.tr("英文"))
        self.channels_title.setText(self.tr("可以向哪里投诉（按建议的先后顺序，选一个看投诉稿）"))
        self.copy_button.setText(self.tr("复制文字"))
        self.copy_button.setToolTip(self.tr("复制投诉稿的纯文字，粘贴到 12378、12321 等网上投诉表单"))
        self.export_button.setText(self.tr("导出 PDF…"))
        self.export_button.setToolTip(self.tr("保存投诉稿 PDF，打印后签名，或作为附件提交"))
        self.close_button.setText(self.tr("关闭"))
        self._select_lang(self.draft_lang())
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- API ------------------------------------------------------------------------------
    def debts(self) -> list[str]:
        """The ids of the debts offered, in plan order."""
        return [self.debt_combo.itemData(i) for i in range(self.debt_combo.count())]

    def selected_debt_id(self) -> str | None:
        data = self.debt_combo.currentData()
        return data if isinstance(data, str) else None

    def select_debt(self, debt_id: str | None) -> None:
        """Show the complaint about ``debt_id`` (``None``: the default choice)."""
        self._debt_id = debt_id
        index = self.debt_combo.findData(debt_id) if debt_id else -1
        if index < 0:
            index = self._default_index()
        if index >= 0 and index != self.debt_combo.currentIndex():
            self.debt_combo.setCurrentIndex(index)  # → _on_debt_chosen

    def channels(self) -> list[str]:
        """The routed channels for the chosen debt, in the advice's order."""
        return [t.channel for t in self._texts]

    def channel_text(self, channel: str) -> ChannelText | None:
        return next((t for t in self._texts if t.channel == channel), None)

    def selected_channel(self) -> str | None:
        return self._channel

    def select_channel(self, channel: str) -> None:
        """Choose ``channel`` (one of :meth:`channels`) and show its draft."""
        for i, card in enumerate(self.cards):
            if card.text.channel == channel:
                card.radio.setChecked(True)
                self.cards_scroll.ensureWidgetVisible(card)
                self._on_channel_clicked(i)
                return
        raise ValueError(f"channel {channel!r} is not offered for this debt")

    def draft_lang(self) -> str:
        """The draft's language: as chosen, else the UI's."""
        return self._draft_lang or ui_lang()

    def set_draft_lang(self, lang: str) -> None:
        self._draft_lang = lang if lang in LANGS else "zh"
        self._select_lang(self._draft_lang)
        self._refresh_draft()

    def document(self) -> Document | None:
        """The draft shown (``None``: none)."""
        return self._document

    def pdf_document(self):
        """The preview's ``QPdfDocument``."""
        return self.preview.document()

    def pdf_bytes(self) -> bytes:
        return self.preview.pdf_bytes()

    def plain_text(self) -> str:
        """The draft as plain text for online forms (``""``: no draft)."""
        return complaint_text(self._document) if self._document is not None else ""

    @Slot()
    def copy_text(self) -> bool:
        """复制文字: the draft's plain text to the clipboard."""
        text = self.plain_text()
        if not text:
            return False
        QGuiApplication.clipboard().setText(text)
        self.status.setText(self.tr("已复制投诉稿文字，可以粘贴到网上投诉表单。提交前请逐条核对。"))
        return True

    def export_pdf(self, path: str | None = None) -> bool:
        """导出 PDF…: the draft's PDF to ``path`` or where the user chooses (mode 0600)."""
        data = self.preview.pdf_bytes()
        if not data:
            return False
        if path is None:
            path = choose_pdf_path(self, self.tr("导出投诉稿 PDF"), self.default_export_path())
            if path is None:
                return False
        written = write_export(self, path, data)
        if written is None:
            return False
        self.status.setText(self.tr("已保存投诉稿：{path}").format(path=str(written)))
        return True

    def default_export_path(self) -> Path:
        """``<plan name>-<debt>-complaint-<channel>.pdf`` (as ``negoplan complaint -o DIR/``
        names it) in the plan's folder; the documents folder for the example or a new plan."""
        stem = plan_stem(self.doc, "negoplan")
        name = f"{stem}-{self.selected_debt_id() or ''}-complaint-{self._channel or ''}"
        return export_folder(self.doc) / (safe_name(name) + ".pdf")

    # -- refreshing -----------------------------------------------------------------------
    @Slot()
    def _on_results_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Everything again from the document: debts, advice, draft."""
        self._stale = False
        self._fill_debts()
        self._refresh_advice()

    def _fill_debts(self) -> None:
        plan = self.doc.results.plan
        keep = self.selected_debt_id() or self._debt_id
        self.debt_combo.blockSignals(True)
        self.debt_combo.clear()
        if plan is not None and not self.doc.results.errors:
            for d in plan.debts:
                n = len(complaint_entries(plan, d.id))
                name = " · ".join(x for x in (d.product.strip(), d.creditor.strip()) if x)
                label = (self.tr("{name}（%n 条记录）", "", n).format(name=name) if n
                         else self.tr("{name}（没有相关记录）").format(name=name))
                self.debt_combo.addItem(label, d.id)
        index = self.debt_combo.findData(keep) if keep else -1
        self.debt_combo.setCurrentIndex(index if index >= 0 else self._default_index())
        self.debt_combo.blockSignals(False)

    def _default_index(self) -> int:
        """The first debt whose complaint would state some entry (else the first debt)."""
        plan = self.doc.results.plan
        if plan is None or self.debt_combo.count() == 0:
            return -1
        candidates = complained_debts(plan)
        index = self.debt_combo.findData(candidates[0]) if candidates else -1
        return max(index, 0)

    def _clear_cards(self) -> None:
        for card in self.cards:
            self.group.removeButton(card.radio)
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        self._texts = []

    def _refresh_advice(self) -> None:
        """The chosen debt's channels in words; then the draft of the channel kept or the first."""
        self._clear_cards()
        plan = self.doc.results.plan
        debt_id = self.selected_debt_id()
        if plan is None or self.doc.results.errors or debt_id is None:
            self.intro.setText(self.tr("结果未更新：请先改正标红的输入") if self.doc.results.errors
                               else self.tr("方案里还没有债务"))
            self.notes.setText("")
            self._channel = None
            self._refresh_draft()
            return
        templates = complaint_templates(ui_lang())
        report, advice = debt_advice(plan, self.doc.rules, debt_id)
        deadlines = complaint_deadlines(self.doc.today(), self.doc.rules)
        entries = complaint_entries(plan, debt_id)
        if entries:
            self._texts = channel_texts(templates, report, advice, deadlines)
            self.intro.setText("\n".join(advice_intro(templates, plan, debt_id, report, advice)))
        else:
            self.intro.setText(self.tr(
                "记录里没有这笔债务的催收：投诉稿只写注明是这家机构催收的记录"
                "（没有注明的记录，在方案只有一笔债务或所有记录都没有注明时才会写入）。"
                "可以在「记一笔」里修改记录，选「催哪笔债」。"))
        for n, text in enumerate(self._texts, 1):
            card = ChannelCard(n, text, self.cards_host)
            self.group.addButton(card.radio, n - 1)
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            self.cards.append(card)
        notes = []
        if entries and not any(f.strip() for e in entries for f in e.files):
            notes.append(self.tr(
                "提醒：这些记录还没有附件（截图、录音、通话详单等）。可以在「记一笔」里修改记录，"
                "用「添加附件…」加入；投诉稿的证据清单会列出它们和校验值。"))
        notes.append(templates.text("advice.draft_note"))
        self.notes.setText("\n".join(notes))
        warning = self._files_warning(entries)
        self.files_warning.setText(warning)
        self.files_warning.setVisible(bool(warning))
        keep = self._channel if self._channel in self.channels() else None
        self._channel = keep or (self._texts[0].channel if self._texts else None)
        for card in self.cards:
            card.radio.setChecked(card.text.channel == self._channel)
        self._refresh_draft()

    def _files_warning(self, entries) -> str:
        """✗ lines for the attachments the draft lists that are missing or were altered
        (:mod:`app.evidence_files`; only for a plan saved to a file)."""
        plan_path = self.doc.path
        if plan_path is None or self.doc.is_example:
            return ""
        missing = [s.file for s in check_files(plan_path, entries) if not s.exists]
        changed = [f for e in entries for f in verify(plan_path, e)]
        lines = [self.tr("✗ 找不到附件：{file}").format(file=f) for f in missing]
        lines += [self.tr("✗ 附件在添加后被改动过（与记下的校验值不同）：{file}").format(file=f)
                  for f in changed]
        if lines:
            lines.append(self.tr("投诉稿的证据清单会照样列出它们：提交前请找回原始文件。"))
        return "\n".join(lines)

    def _refresh_draft(self) -> None:
        """The chosen channel's reply dates and its draft in the preview."""
        text = self.channel_text(self._channel) if self._channel else None
        dates = text.dates.strip() if text is not None else ""
        self.deadline.setText(dates)
        self.deadline.setVisible(bool(dates))
        self._document = None
        state = self._build_draft()
        self.generated += 1
        if state is not None:
            self.preview.show_message(state)
        self.copy_button.setEnabled(self._document is not None)
        self.export_button.setEnabled(self.preview.has_pdf())

    def _build_draft(self) -> str | None:
        """Compose and render the draft; ``None`` when it is shown, else what to say instead."""
        plan = self.doc.results.plan
        debt_id = self.selected_debt_id()
        if plan is None or self.doc.results.errors:
            return self.tr("结果未更新：请先改正标红的输入")
        if debt_id is None or self._channel is None:
            return self.tr("这笔债务还没有可以写进投诉稿的记录")
        try:
            document, _ = complaint_draft(plan, self.doc.rules, channel=self._channel,
                                          debt_id=debt_id, lang=self.draft_lang(),
                                          today=self.doc.today())
        except PlanInvalid as exc:
            return "\n".join(problem_text(p) for p in exc.problems)
        except CalcError as exc:
            return problem_text(exc.as_problem())
        self._document = document
        problems = complaint_glyph_problems(plan, debt_id)
        if problems:
            return "\n".join(problem_text(p) for p in problems)
        try:
            from app.letters.build import render
            from app.letters.fonts import FontMissing, MissingGlyphs
        except ImportError:
            log.exception("letter modules unavailable")
            return self.tr("无法生成预览：缺少生成 PDF 的组件")
        try:
            data = render([document])
        except (FontMissing, MissingGlyphs):
            log.exception("complaint font")
            return self.tr("无法生成预览：字体文件缺失或缺字")
        if not self.preview.set_pdf(data):
            return self.tr("无法生成预览")
        return None

    # -- choices --------------------------------------------------------------------------
    @Slot(int)
    def _on_debt_chosen(self, _index: int) -> None:
        self._debt_id = self.selected_debt_id()
        self._refresh_advice()

    @Slot(int)
    def _on_lang_chosen(self, index: int) -> None:
        self._draft_lang = self.lang_combo.itemData(index)
        self._refresh_draft()

    @Slot(int)
    def _on_channel_clicked(self, index: int) -> None:
        if 0 <= index < len(self.cards):
            channel = self.cards[index].text.channel
            if channel != self._channel:
                self._channel = channel
                self._refresh_draft()

    @Slot()
    def _export_clicked(self) -> None:
        self.export_pdf()

    def _select_lang(self, lang: str) -> None:
        self.lang_combo.blockSignals(True)
        self.lang_combo.setCurrentIndex(max(self.lang_combo.findData(lang), 0))
        self.lang_combo.blockSignals(False)

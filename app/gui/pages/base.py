"""What every step page shares: the document, the headline, re-labelling, the stale-results line.

A page is a ``QWidget`` over one :class:`~app.gui.document.PlanDocument`. It
reads plan values with ``doc.get(path)``, writes them with ``doc.set(path,
value, undo_text)`` (never touching the data directly), and shows
``doc.results``. It sets every visible text in :meth:`Page.retranslate`, which
runs once at construction and again on every ``QEvent.LanguageChange``.

Page layout (``shared/UI.md``): the headline (the answer, large) on top, then
the content. When the plan has errors there are no results: the
:class:`ProblemsBanner` says so and names the fields, instead of leaving old
numbers on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.gui.document import PlanDocument
from app.gui.i18n import problem_text
from app.gui.steps import step_complete, step_name

__all__ = ["Page", "ProblemsBanner", "headline_label"]

GREEN = "#1b7f3b"
RED = "#b3261e"
MUTED = "#5f6368"


def headline_label(parent: QWidget | None = None) -> QLabel:
    """The large answer-first line at the top of a page."""
    label = QLabel(parent)
    label.setObjectName("headline")
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ProblemsBanner(QLabel):
    """"数字未更新" line: visible only while the plan has errors (lists the first few)."""

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self.setObjectName("problemsBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"QLabel {{ background: #fdecea; color: {RED}; padding: 6px; }}")
        doc.resultsChanged.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        errors = self._doc.results.errors
        if not errors:
            self.hide()
            return
        head = self.tr("✗ 结果未更新：有 %n 处输入需要修正。", "", len(errors))
        lines = [problem_text(p) for p in errors[:3]]
        if len(errors) > 3:
            lines.append("…")
        self.setText("\n".join([head, *lines]))
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


class Page(QWidget):
    """Base of the step pages. Subclasses build widgets, then call ``retranslate()``."""

    completeChanged = Signal()

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.headline = headline_label(self)
        self.banner = ProblemsBanner(doc, self)
        self.page_layout = QVBoxLayout(self)
        self.page_layout.addWidget(self.headline)
        self.page_layout.addWidget(self.banner)

    #: The page's key in :data:`app.gui.steps.STEPS`.
    step_key = ""

    def step_title(self) -> str:
        """The step's name in the navigator (translated)."""
        return step_name(self.step_key)

    def is_complete(self) -> bool:
        """True once the step has enough data for a check mark in the navigator."""
        return step_complete(self.step_key, self.doc)

    def retranslate(self) -> None:
        """Set every visible text (called at start and on LanguageChange)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

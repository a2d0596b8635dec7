"""A PDF shown as it will print: ``QPdfDocument`` (PDFium) in a multi-page, fit-width ``QPdfView``.

The bytes are loaded in-process from a ``QBuffer`` (no temporary file: the
letter holds personal data). Instead of the pages the widget can show a
message — "正在生成…", or why there is no preview — so an old PDF is never
left on screen as if it were current. A one-line status above the pages says
when a newer version is being made. The widget owns no wording: callers pass
translated text.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

__all__ = ["PdfPreview"]


class PdfPreview(QWidget):
    """Pages of one PDF, or a message in their place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = b""
        self._buffer: QBuffer | None = None
        self._pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self._pdf)
        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)
        self.status = QLabel(self)
        self.status.setObjectName("previewStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet("color: #5f6368;")
        self.status.hide()
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.status)
        layout.addWidget(self._stack, 1)
        self._stack.setCurrentWidget(self.message)

    # -- API ----------------------------------------------------------------------------
    def document(self) -> QPdfDocument:
        """The loaded PDF (status ``Ready`` while pages are shown)."""
        return self._pdf

    def pdf_bytes(self) -> bytes:
        """The bytes of the PDF shown (``b""`` when a message is shown)."""
        return self._data

    def has_pdf(self) -> bool:
        return bool(self._data) and self._pdf.status() == QPdfDocument.Status.Ready

    def page_count(self) -> int:
        return self._pdf.pageCount() if self.has_pdf() else 0

    def set_pdf(self, data: bytes) -> bool:
        """Show the PDF ``data``; ``False`` (and nothing shown) when PDFium cannot read it."""
        self._close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer  # the document reads from it as long as it is open
        self._pdf.load(buffer)
        if self._pdf.status() != QPdfDocument.Status.Ready:
            self._close()
            return False
        self._data = data
        self.status.hide()
        self._stack.setCurrentWidget(self.view)
        return True

    def show_message(self, text: str) -> None:
        """Drop the PDF and show ``text`` in its place."""
        self._close()
        self.status.hide()
        self.message.setText(text)
        self._stack.setCurrentWidget(self.message)

    def set_status(self, text: str) -> None:
        """A line above the pages ("正在生成…"); ``""`` hides it."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def showing_message(self) -> bool:
        return self._stack.currentWidget() is self.message

    # -- internals ------------------------------------------------------------------------
    def _close(self) -> None:
        self._data = b""
        self._pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

"""Printing a rendered PDF (the letter) on a ``QPrinter``: real printers, print preview, PDF files.

The letter page shows the very PDF the ``letter`` command writes
(:func:`app.letters.build.render`); printing draws the pages of that PDF, so
what comes out of the printer is what the preview showed. Each page is
rasterised by PDFium (``QPdfDocument.render``) at the printer's resolution —
capped at :data:`MAX_DPI`, which is plenty for text and keeps an A4 page
around 35 MB instead of the 550 MB a 1200 dpi "high resolution" printer would
ask for — and drawn scaled onto the paper. The PDF carries its own margins,
so the printer is used in full-page mode.

Qt-only: no reportlab here; the bytes come from the caller.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

__all__ = ["MAX_DPI", "new_printer", "pages_to_print", "print_pdf_pages"]

MAX_DPI = 300
"""Highest resolution a page is rasterised at for printing (dots per inch)."""

POINTS_PER_INCH = 72.0


def new_printer(doc_name: str = "") -> QPrinter:
    """A high-resolution printer set to A4 portrait (the letters' page size)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if doc_name:
        printer.setDocName(doc_name)
    return printer


def pages_to_print(page_count: int, printer: QPrinter) -> list[int]:
    """The 0-based page indexes to print, in order, copies included.

    Follows the printer's page ranges (chosen in the print dialog; none = all
    pages), page order (last page first) and copy count when the printer does
    not make the copies itself (collated or not).
    """
    ranges = printer.pageRanges()
    if ranges.isEmpty():
        pages = list(range(page_count))
    else:
        pages = [i for i in range(page_count) if ranges.contains(i + 1)]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    if copies == 1:
        return pages
    if printer.collateCopies():
        return pages * copies
    return [p for p in pages for _ in range(copies)]


def print_pdf_pages(pdf_doc: QPdfDocument, printer: QPrinter) -> int:
    """Draw the pages of ``pdf_doc`` on ``printer``; return how many pages were printed.

    ``pdf_doc`` must be loaded (status ``Ready``); nothing is printed (0) when
    it is not, or when the printer cannot start (no device, file not writable).
    Works for real printers, the ``QPrintPreviewDialog`` printer and PDF
    output (``QPrinter.OutputFormat.PdfFormat`` + ``setOutputFileName``).
    """
    if pdf_doc.status() != QPdfDocument.Status.Ready or pdf_doc.pageCount() <= 0:
        return 0
    pages = pages_to_print(pdf_doc.pageCount(), printer)
    if not pages:
        return 0
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        area = QRectF(painter.viewport())
        dpi = min(printer.resolution(), MAX_DPI)
        for index in pages:
            if printed and not printer.newPage():
                break
            points = pdf_doc.pagePointSize(index)
            if points.isEmpty():
                points = QSizeF(595.0, 842.0)  # A4, should the PDF not say
            target = _fit(points, area)
            pixels = QSize(max(1, round(points.width() * dpi / POINTS_PER_INCH)),
                           max(1, round(points.height() * dpi / POINTS_PER_INCH)))
            image = pdf_doc.render(index, pixels)
            if image.isNull():
                break
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


def _fit(size: QSizeF, area: QRectF) -> QRectF:
    """``size`` scaled to fit ``area`` (aspect kept), centred in it."""
    scale = min(area.width() / size.width(), area.height() / size.height())
    w, h = size.width() * scale, size.height() * scale
    top_left = QPointF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2)
    return QRectF(top_left, QSizeF(w, h))

"""Writing exported files (letters, complaints, replies, the family script, CSV) from the GUI.

One place for what every export shares: the default folder (the plan's own
folder; Documents for the bundled example or a plan never saved), the plan's
name as the start of a file name, the save dialog for a PDF, and writing the
bytes atomically, readable by the owner only (:func:`app.storage.write_atomic`)
with a sentence in the UI language when that fails (never a traceback).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.gui.document import PlanDocument
from app.gui.i18n import problem_text
from app.storage import write_atomic
from calc.errors import Problem

__all__ = ["choose_pdf_path", "export_folder", "plan_stem", "safe_name", "write_export"]

_BAD_FILE_CHARS = re.compile(r'[\\/:*?"<>|\s]')


def safe_name(text: str) -> str:
    """``text`` with the characters file systems refuse (and spaces) replaced by ``_``."""
    return _BAD_FILE_CHARS.sub("_", text)


def export_folder(doc: PlanDocument) -> Path:
    """The plan's folder; Documents (or home) for the example or an unsaved plan."""
    if doc.path is not None and not doc.is_example:
        return doc.path.parent
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


def plan_stem(doc: PlanDocument, fallback: str) -> str:
    """The plan file's name without ``.negoplan.json`` / ``.json``; ``fallback`` when unsaved."""
    if doc.path is None:
        return fallback
    return doc.path.name.removesuffix(".json").removesuffix(".negoplan")


def choose_pdf_path(parent: QWidget, title: str, default: Path) -> str | None:
    """Ask where to save a PDF (``.pdf`` added when missing); ``None`` when cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(default),
        QCoreApplication.translate("Export", "PDF 文件 (*.pdf)"))
    if not path:
        return None
    return path if path.lower().endswith(".pdf") else path + ".pdf"


def write_export(parent: QWidget, path: str | Path, data: bytes) -> Path | None:
    """Write ``data`` to ``path`` (atomic, 0600); on failure say why in a box and return None."""
    try:
        return write_atomic(path, data, backup=False)
    except OSError as exc:
        problem = Problem("file.write_failed", "output",
                          {"path": str(path), "error": exc.strerror or str(exc)})
        QMessageBox.warning(parent, QCoreApplication.translate("Export", "导出失败"),
                            problem_text(problem))
        return None

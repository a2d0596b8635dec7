"""Writing plan files from the GUI: QSaveFile (atomic), a ``.bak`` of the previous version, 0600.

``QSaveFile`` writes to a temporary file and renames it over the target only on
``commit()``, so a crash or a full disk leaves the old plan intact. Before the
commit the previous version is copied to ``<name>.bak`` (through
:func:`app.storage.make_backup`, the same backup the CLI makes). The file is
made readable by its owner only: plans hold names, ID digits and debts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileDevice, QSaveFile

from app.storage import make_backup

__all__ = ["SaveFailed", "save_text"]

_OWNER_RW = QFileDevice.Permission.ReadOwner | QFileDevice.Permission.WriteOwner


class SaveFailed(OSError):
    """The file could not be written; ``reason`` is Qt's error string (for the log, not the user)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def save_text(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically, keeping ``<name>.bak``; return the path."""
    target = Path(path)
    if target.is_file():
        try:
            make_backup(target)
        except OSError as exc:
            raise SaveFailed(target, str(exc)) from exc
    f = QSaveFile(str(target))
    if not f.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise SaveFailed(target, f.errorString())
    f.setPermissions(_OWNER_RW)
    data = text.encode("utf-8")
    if f.write(data) != len(data):
        reason = f.errorString()
        f.cancelWriting()
        f.commit()
        raise SaveFailed(target, reason)
    if not f.commit():
        raise SaveFailed(target, f.errorString())
    # QSaveFile keeps an existing file's permissions; make sure the result is private.
    target.chmod(0o600)
    return target

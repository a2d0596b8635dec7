"""Saving and reading plan files safely, without Qt (the CLI uses this too).

A save never leaves a half-written plan behind: :func:`write_atomic` writes a
temporary file in the target's folder, flushes it to disk, then renames it
over the target in one step (``os.replace``), so after a crash or a full disk
the file holds either the old plan or the new one, never a mix. The previous
version is kept as ``<name>.bak``. Plans hold debts, names and ID digits, so
new files are readable by their owner only (``0o600``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

__all__ = ["backup_path", "copy_atomic", "make_backup", "read_text", "write_atomic"]

PRIVATE_MODE = 0o600


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where :func:`write_atomic` keeps the previous version: ``<name>.bak``."""
    path = Path(path)
    return path.with_name(path.name + ".bak")


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of a UTF-8 file; a leading byte-order mark (Windows editors) is dropped.

    Raises ``OSError`` when the file cannot be read and ``UnicodeDecodeError``
    when it is not UTF-8.
    """
    return Path(path).read_text(encoding="utf-8-sig")


def write_atomic(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    backup: bool = True,
    mode: int = PRIVATE_MODE,
) -> Path:
    """Replace the file at ``path`` with ``data`` in one step; return the path written.

    - The data goes to a temporary file in the same folder, is flushed and
      ``fsync``-ed, then renamed over the target with ``os.replace``; the folder
      is ``fsync``-ed too, so the rename survives a power cut.
    - If the target existed and ``backup`` is true, its previous content is
      first copied to ``<name>.bak`` (replacing an older ``.bak``, also atomically).
    - The new file gets permission bits ``mode`` (default ``0o600``: owner only),
      whatever the umask.
    - If ``path`` is a symbolic link, the file it points to is replaced and the
      link is kept.
    - On any failure the temporary file is removed, the target is untouched,
      and the exception propagates.
    """
    target = Path(os.path.realpath(path))
    folder = target.parent
    if backup and target.is_file():
        _copy_atomic(target, backup_path(target), mode)
    _write_temp_then_replace(folder, target, mode, lambda f: f.write(data))
    _fsync_dir(folder)
    return target


def make_backup(path: str | os.PathLike[str], mode: int = PRIVATE_MODE) -> Path:
    """Copy the file at ``path`` to ``<name>.bak`` atomically (mode ``0o600``); return the copy.

    Used before a save that does not go through :func:`write_atomic` (the GUI's QSaveFile).
    """
    target = Path(os.path.realpath(path))
    copy = backup_path(target)
    _copy_atomic(target, copy, mode)
    return copy


def copy_atomic(
    source: str | os.PathLike[str], destination: str | os.PathLike[str], mode: int = PRIVATE_MODE
) -> Path:
    """Copy the file ``source`` to ``destination`` as :func:`write_atomic` writes (a temporary
    file renamed over the target, folder ``fsync``-ed, mode ``0o600``), streaming, without
    reading it whole into memory; return the path written. The copy keeps ``source``'s
    access and modification times (evidence files: when the recording was made)."""
    target = Path(os.path.realpath(destination))
    _copy_atomic(Path(source), target, mode)
    _fsync_dir(target.parent)
    st = os.stat(source)
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
    return target


def _copy_atomic(source: Path, destination: Path, mode: int) -> None:
    with source.open("rb") as src:
        _write_temp_then_replace(
            destination.parent, destination, mode, lambda f: shutil.copyfileobj(src, f)
        )


def _write_temp_then_replace(
    folder: Path, target: Path, mode: int, fill: Callable[[BinaryIO], object]
) -> None:
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            _chmod(f.fileno(), temp_name, mode)
            fill(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def _chmod(fd: int, name: str, mode: int) -> None:
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)
    else:  # Windows before Python 3.13
        os.chmod(name, mode)


def _fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX only; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

"""Evidence files (screenshots, recordings, 通话详单) next to the plan, with their SHA-256.

Issue 5: "Files are referenced by path relative to the plan file and checked for
existence; the app can copy them into an evidence folder next to the plan and
record a SHA-256 of each so the user can show nothing was altered."

- **Where.** An entry's ``files`` (``shared/spec/plan-file.md``) are paths
  relative to the plan file's folder, written with ``/`` (an absolute path is
  used as written). :func:`import_file` copies a file into
  ``<plan folder>/<plan name>-证据/`` (:func:`evidence_folder`; the plan name
  without ``.json``/``.negoplan``, as exported PDFs are named) and returns its
  relative path, e.g. ``"张伟-证据/1120-通话录音.m4a"``.
- **The record.** The copy's SHA-256 goes into the entry's ``file_hashes``
  object (plan-file extension, ``docs/plan-file-extensions.md``; decoded into
  :attr:`calc.model.EvidenceEntry.file_hashes`), keyed by the path as written in
  ``files``. The complaint draft prints it in its evidence list.
- **Checks.** :func:`check_files` says which files exist (cheap: no reading);
  :func:`verify` re-hashes an entry's files and names those whose content no
  longer matches the record; :func:`file_states` gives both per file, for the
  app's list (✓ / ✗ missing / ✗ changed).
- **Safety.** Copies are owner-only (``0o600``, the folder ``0o700``: they
  show debts, names, voices), written atomically, keep the original's
  modification time (when the recording was made), and never replace another
  file: a different file with the same name gets the import time as a suffix
  (``录音-20261124-0900.m4a``, then ``-2``, ``-3``…); the same content already
  there is reused, not copied twice. Nothing here ever deletes a file.

Entries may be the plan file's JSON objects (what the app edits) or decoded
:class:`calc.model.EvidenceEntry` records (what the CLI holds). No Qt.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import Any

from app.storage import copy_atomic
from calc.model import EvidenceEntry

__all__ = [
    "FOLDER_SUFFIX",
    "FileState",
    "FileStatus",
    "check_files",
    "entry_files",
    "entry_hashes",
    "evidence_folder",
    "file_states",
    "import_file",
    "plan_stem",
    "resolve",
    "sha256_file",
    "verify",
]

FOLDER_SUFFIX = "-证据"
"""The evidence folder is ``<plan name>-证据`` beside the plan file."""

_CHUNK = 1 << 20

Entry = Mapping[str, Any] | EvidenceEntry


class FileState(StrEnum):
    """One attached file as the app lists it."""

    OK = "ok"  # exists, and matches its recorded SHA-256 when one is recorded
    MISSING = "missing"  # not found where the entry says
    CHANGED = "changed"  # exists, but its SHA-256 differs from the record


@dataclass(frozen=True)
class FileStatus:
    """One file of one entry.

    - ``entry``: the entry's index in the list checked.
    - ``file``: the path as written in the entry (relative to the plan's folder).
    - ``path``: where that is on disk.
    - ``exists``: a regular file is there.
    - ``sha256``: the recorded digest (lower-case hex), ``None`` when none is recorded.
    """

    entry: int
    file: str
    path: Path
    exists: bool
    sha256: str | None


# --- reading entries ------------------------------------------------------------------------

def entry_files(entry: Entry) -> tuple[str, ...]:
    """The entry's ``files`` (blank and non-string items left out)."""
    if isinstance(entry, EvidenceEntry):
        files: Iterable[Any] = entry.files
    else:
        raw = entry.get("files")
        files = raw if isinstance(raw, list) else ()
    return tuple(f for f in files if isinstance(f, str) and f.strip())


def entry_hashes(entry: Entry) -> dict[str, str]:
    """The entry's recorded ``file_hashes``, digests lower-cased (not-a-string values left out)."""
    if isinstance(entry, EvidenceEntry):
        raw: Any = entry.file_hashes
    else:
        raw = entry.get("file_hashes")
    if not isinstance(raw, Mapping):
        return {}
    return {str(k): v.lower() for k, v in raw.items() if isinstance(v, str)}


# --- places ---------------------------------------------------------------------------------

def plan_stem(plan_path: str | os.PathLike[str]) -> str:
    """The plan's name without ``.json`` / ``.negoplan``: ``张伟.negoplan.json`` → ``张伟``."""
    return Path(plan_path).name.removesuffix(".json").removesuffix(".negoplan") or "negoplan"


def evidence_folder(plan_path: str | os.PathLike[str]) -> Path:
    """``<plan folder>/<plan name>-证据``, where :func:`import_file` copies files."""
    path = Path(plan_path)
    return path.parent / f"{plan_stem(path)}{FOLDER_SUFFIX}"


def resolve(plan_path: str | os.PathLike[str], file: str) -> Path:
    """Where ``file`` (as written in an entry) is: relative to the plan's folder, or absolute."""
    written = Path(file.strip())
    return written if written.is_absolute() else Path(plan_path).parent / written


def sha256_file(path: str | os.PathLike[str]) -> str:
    """The SHA-256 of the file at ``path``, lower-case hex (read in 1 MiB chunks).

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile(delete=False) as f:
    ...     _ = f.write(b"abc")
    >>> sha256_file(f.name)  # FIPS 180-2 example "abc"
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    >>> os.unlink(f.name)
    """
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# --- checks ---------------------------------------------------------------------------------

def check_files(plan_path: str | os.PathLike[str], entries: Sequence[Entry]) -> list[FileStatus]:
    """Every file of every entry: where it is and whether it exists (nothing is read).

    In entry order, then file order; ``entry`` is the index in ``entries``.
    """
    out = []
    for i, entry in enumerate(entries):
        hashes = entry_hashes(entry)
        for file in entry_files(entry):
            path = resolve(plan_path, file)
            out.append(FileStatus(i, file, path, path.is_file(), hashes.get(file)))
    return out


def verify(plan_path: str | os.PathLike[str], entry: Entry) -> list[str]:
    """The entry's files whose content no longer matches the recorded SHA-256.

    Only files that exist and have a record are compared (a missing file is
    :func:`check_files`' finding; a file without a record cannot be checked).
    A file that cannot be read counts as changed: it cannot be shown unaltered.
    """
    changed = []
    for status in check_files(plan_path, [entry]):
        if not status.exists or status.sha256 is None:
            continue
        try:
            same = sha256_file(status.path) == status.sha256
        except OSError:
            same = False
        if not same:
            changed.append(status.file)
    return changed


def file_states(plan_path: str | os.PathLike[str], entry: Entry) -> list[tuple[str, FileState]]:
    """Each file of ``entry`` with its state: missing, changed (re-hashed), or ok."""
    changed = set(verify(plan_path, entry))
    out = []
    for status in check_files(plan_path, [entry]):
        if not status.exists:
            state = FileState.MISSING
        elif status.file in changed:
            state = FileState.CHANGED
        else:
            state = FileState.OK
        out.append((status.file, state))
    return out


# --- copying in -----------------------------------------------------------------------------

def _relative(plan_path: Path, path: Path) -> str:
    return PurePosixPath(*path.relative_to(plan_path.parent).parts).as_posix()


def _inside(folder: Path, path: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _candidates(folder: Path, name: str, now: datetime) -> Iterable[Path]:
    """``name``, then ``<stem>-<YYYYMMDD-HHMM><suffix>``, then ``…-2``, ``…-3``…"""
    yield folder / name
    p = Path(name)
    stamp = now.strftime("%Y%m%d-%H%M")
    yield folder / f"{p.stem}-{stamp}{p.suffix}"
    n = 2
    while True:
        yield folder / f"{p.stem}-{stamp}-{n}{p.suffix}"
        n += 1


def import_file(plan_path: str | os.PathLike[str], source_path: str | os.PathLike[str], *,
                now: datetime) -> tuple[str, str]:
    """Copy ``source_path`` into the plan's evidence folder; its path for ``files`` and its SHA-256.

    The returned path is relative to the plan's folder, with ``/``. A file already
    inside the evidence folder is not copied. A name already taken by another
    file gets ``now`` (the import time, to the minute) as a suffix, then a number;
    the same content under the same name is reused. Raises ``OSError`` when the
    source cannot be read or the copy cannot be written (``FileNotFoundError``,
    ``IsADirectoryError``…); nothing is left half-written.
    """
    plan = Path(plan_path).absolute()
    source = Path(source_path)
    if source.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(source))
    digest = sha256_file(source)
    folder = evidence_folder(plan)
    if _inside(folder, source):
        return _relative(plan, folder / source.resolve().relative_to(folder.resolve())), digest
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    for target in _candidates(folder, source.name, now):
        if not target.exists():
            break
        if target.is_file() and sha256_file(target) == digest:
            return _relative(plan, target), digest
    copy_atomic(source, target)
    return _relative(plan, target), sha256_file(target)

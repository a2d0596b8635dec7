"""Autosave and crash recovery: a copy of unsaved work, offered again after a crash.

Every minute while a plan has unsaved edits, the main window writes a recovery
file (the plan data plus where it came from) into the user's state folder
(``platformdirs.user_state_path("NegoPlan") / "recovery"``, or a folder handed in).
Saving, or closing with "discard", deletes it. A recovery file still present at
start-up therefore means the app did not close normally: the user is offered
the unsaved work back. Recovery files are written atomically and are readable
by their owner only (:func:`app.storage.write_atomic`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.storage import read_text, write_atomic

__all__ = ["Recovered", "RecoveryStore", "default_recovery_dir"]

AUTOSAVE_INTERVAL_MS = 60_000
_KIND = "negoplan/recovery"


def default_recovery_dir() -> Path:
    """``<user state dir>/NegoPlan/recovery`` (platformdirs)."""
    from platformdirs import user_state_path

    return user_state_path("NegoPlan", appauthor=False) / "recovery"


@dataclass(frozen=True)
class Recovered:
    """One recovery file: the unsaved plan data, its original file (if any) and when it was written."""

    file: Path
    data: dict[str, Any]
    source: Path | None
    saved_at: str
    example: bool = False  # edits of the bundled example: Save must still ask for a name


class RecoveryStore:
    """Recovery files in one folder; one file per plan (named after the plan's path)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def file_for(self, source: Path | None) -> Path:
        key = str(source.resolve()) if source is not None else "untitled"
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
        return self.folder / f"{digest}.recovery.json"

    def write(self, data: dict[str, Any], source: Path | None, now: datetime, *,
              example: bool = False) -> Path:
        """Write the recovery copy of ``data`` (unsaved work of the plan at ``source``)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {
            "format": _KIND,
            "source": str(source) if source is not None else None,
            "saved_at": now.isoformat(timespec="seconds"),
            "example": example,
            "plan": data,
        }
        text = json.dumps(payload, ensure_ascii=False, indent=1) + "\n"
        return write_atomic(self.file_for(source), text.encode("utf-8"), backup=False)

    def discard(self, source: Path | None) -> None:
        self.file_for(source).unlink(missing_ok=True)

    def pending(self) -> list[Recovered]:
        """Recovery files left behind (newest first); unreadable ones are skipped."""
        if not self.folder.is_dir():
            return []
        found: list[Recovered] = []
        for f in self.folder.glob("*.recovery.json"):
            try:
                payload = json.loads(read_text(f))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError):
                continue
            if not isinstance(payload, dict) or payload.get("format") != _KIND:
                continue
            plan = payload.get("plan")
            if not isinstance(plan, dict):
                continue
            source = payload.get("source")
            found.append(Recovered(f, plan, Path(source) if source else None,
                                   str(payload.get("saved_at", "")),
                                   payload.get("example") is True))
        return sorted(found, key=lambda r: r.saved_at, reverse=True)

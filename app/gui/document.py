"""The open plan: its JSON data, undo history, file name and the latest results.

The GUI edits the plan *as the file holds it* (the JSON object of
``shared/spec/plan-file.md``), never a private copy of the numbers: every edit
is a :mod:`app.gui.commands` undo command that sets, inserts or removes one
value at a path such as ``("debts", 0, "principal")``. Widgets write canonical
file values (money as ``"8600.00"``, rates as fractions ``"0.18"``), after
parsing what the user typed with :mod:`calc.parse`. Unknown fields written by
other tools stay untouched.

After every change the document re-validates and re-computes (debounced by
:data:`RECOMPUTE_DELAY_MS` so typing never waits): ``calc.plan.decode_plan``
→ :class:`~calc.model.Plan` → ``calc.scenarios.compare``. Pages read
:attr:`PlanDocument.results`; when the plan has errors there is no comparison
and pages say so instead of showing old numbers.

Saving goes through :func:`app.gui.files.save_plan_file` (QSaveFile, ``.bak``,
mode 0600); autosave writes a recovery copy (:mod:`app.gui.recovery`).
"""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack

from app.planio import read_plan_json
from calc.errors import CalcError, PlanInvalid, Problem, Severity
from calc.model import Plan
from calc.plan import decode_plan, validate_plan
from calc.rules import Rules
from calc.scenarios import Comparison, compare

__all__ = ["PathKey", "PlanDocument", "Results", "new_plan_data", "path_text"]

PathKey = tuple[str | int, ...]

RECOMPUTE_DELAY_MS = 40


def path_text(path: Sequence[str | int]) -> str:
    """The calc problem path of ``path``: ``("debts", 0, "principal")`` → ``"debts[0].principal"``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


def new_plan_data(as_of: date) -> dict[str, Any]:
    """The JSON object of an empty plan dated ``as_of`` (what File ▸ New starts from)."""
    return {
        "format": "negoplan/plan",
        "version": 1,
        "as_of": as_of.isoformat(),
        "borrower": {"name": "", "id_last4": "", "phone": "", "address": ""},
        "household": {"income": [], "expenses": [], "dependents": 0},
        "hardship": {"reasons": [], "story": "", "documents": []},
        "debts": [],
        "proposal": {
            "deferral_months": 0,
            "deferral_interest": "none",
            "term_months": 12,
            "installment_rate": "0",
            "method": "equal_installment",
            "down_payment": "0.00",
            "waive": "above_cap",
            "cap": "auto",
            "allocation": "pro_rata",
        },
    }


@dataclass(frozen=True)
class Results:
    """What the calculator made of the current data (plain values; Qt-free).

    ``plan`` and ``comparison`` are ``None`` when the data has errors;
    ``problems`` lists every error and warning with its field path.
    ``generation`` counts recomputations (views can tell a new result).
    """

    plan: Plan | None = None
    comparison: Comparison | None = None
    problems: tuple[Problem, ...] = ()
    generation: int = 0
    notes: tuple[Problem, ...] = field(default=())

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def ok(self) -> bool:
        return self.comparison is not None

    def problems_at(self, path: Sequence[str | int]) -> tuple[Problem, ...]:
        """Problems of the field at ``path`` or inside it (a row, a section)."""
        prefix = path_text(path)
        return tuple(
            p for p in self.problems
            if p.path == prefix or p.path.startswith(prefix + ".") or p.path.startswith(prefix + "[")
        )


def _get(data: Any, path: Sequence[str | int]) -> Any:
    node = data
    for part in path:
        if isinstance(part, int):
            if not isinstance(node, list) or not -len(node) <= part < len(node):
                raise KeyError(path)
            node = node[part]
        else:
            if not isinstance(node, dict) or part not in node:
                raise KeyError(path)
            node = node[part]
    return node


class PlanDocument(QObject):
    """The plan being edited. One per main window.

    Signals:
      - ``dataChanged(tuple)``: the value at this path (or something inside it)
        changed — by an edit, undo, redo; ``()`` after a load or New.
      - ``resultsChanged()``: :attr:`results` was recomputed.
      - ``fileChanged()``: the file name, the example flag or the clean state changed.
    """

    dataChanged = Signal(tuple)
    resultsChanged = Signal()
    fileChanged = Signal()

    def __init__(
        self,
        rules: Rules,
        *,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._rules = rules
        self._today = today
        self._data: dict[str, Any] = new_plan_data(today())
        self._path: Path | None = None
        self._is_example = False
        self._results = Results()
        self._generation = 0
        self._defaults: dict[str, Any] = {}
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.recompute)
        self.recompute()

    # -- reading ------------------------------------------------------------------------
    @property
    def rules(self) -> Rules:
        return self._rules

    @property
    def data(self) -> dict[str, Any]:
        """The plan's JSON object. Read it; change it only through :meth:`set` & co."""
        return self._data

    def get(self, path: Sequence[str | int], default: Any = None) -> Any:
        """The value at ``path``, or ``default`` when a part of the path is missing."""
        try:
            return _get(self._data, path)
        except KeyError:
            return default

    def count(self, list_path: Sequence[str | int]) -> int:
        """Length of the list at ``list_path`` (0 when missing)."""
        value = self.get(list_path)
        return len(value) if isinstance(value, list) else 0

    @property
    def results(self) -> Results:
        return self._results

    @property
    def pending(self) -> bool:
        """True while an edit waits for its recomputation (results are about to change)."""
        return self._timer.isActive()

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def is_example(self) -> bool:
        """True while the bundled example is open (it is never saved over)."""
        return self._is_example

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def today(self) -> date:
        return self._today()

    # -- editing (through undo commands) --------------------------------------------
    def set(self, path: Sequence[str | int], value: Any, text: str = "") -> None:
        """Set the value at ``path`` (creating missing objects on the way); undoable.

        ``value`` ``None`` removes the key (an optional field left empty).
        """
        from app.gui.commands import SetValue

        path = tuple(path)
        old = self.get(path, _MISSING)
        if value is None and old is _MISSING:
            return
        if old is not _MISSING and old == value and type(old) is type(value):
            return
        self.undo_stack.push(SetValue(self, path, old, _MISSING if value is None else value, text))

    def insert(self, list_path: Sequence[str | int], index: int, value: Any, text: str = "") -> None:
        """Insert ``value`` into the list at ``list_path`` (created when missing); undoable."""
        from app.gui.commands import InsertItem

        self.undo_stack.push(InsertItem(self, tuple(list_path), index, value, text))

    def remove(self, list_path: Sequence[str | int], index: int, text: str = "") -> None:
        """Remove item ``index`` of the list at ``list_path``; undoable."""
        from app.gui.commands import RemoveItem

        self.undo_stack.push(RemoveItem(self, tuple(list_path), index, text))

    def begin_macro(self, text: str) -> None:
        """Group the following edits into one undo step (end with :meth:`end_macro`)."""
        self.undo_stack.beginMacro(text)

    def end_macro(self) -> None:
        self.undo_stack.endMacro()

    # -- raw mutation, used only by the undo commands ------------------------------------
    def _snapshot(self, key: str | int) -> Any:
        """A deep copy of top-level section ``key`` (or the missing marker): what undo restores."""
        return copy.deepcopy(self._data.get(key, _MISSING)) if isinstance(key, str) else _MISSING

    def _restore(self, key: str | int, value: Any, changed: PathKey) -> None:
        """Put section ``key`` back exactly as it was (undo), then announce ``changed``."""
        if isinstance(key, str):
            if value is _MISSING:
                self._data.pop(key, None)
            else:
                self._data[key] = copy.deepcopy(value)
        self._changed(changed)

    def _raw_set(self, path: PathKey, value: Any) -> None:
        parent = self._ensure_parent(path)
        key = path[-1]
        if value is _MISSING:
            if isinstance(parent, dict):
                parent.pop(key, None)
        elif isinstance(parent, list) and isinstance(key, int):
            parent[key] = copy.deepcopy(value)
        else:
            parent[key] = copy.deepcopy(value)
        self._changed(path)

    def _raw_insert(self, list_path: PathKey, index: int, value: Any) -> None:
        parent = self._ensure_parent(list_path)
        key = list_path[-1]
        target = parent[key] if isinstance(key, int) else parent.get(key)
        if not isinstance(target, list):
            target = []
            parent[key] = target
        target.insert(index, copy.deepcopy(value))
        self._changed(list_path)

    def _raw_remove(self, list_path: PathKey, index: int) -> Any:
        target = _get(self._data, list_path)
        value = target.pop(index)
        self._changed(list_path)
        return value

    def _ensure_parent(self, path: PathKey) -> Any:
        """The container holding ``path[-1]``, creating (or replacing wrong-shaped) objects
        and lists on the way. List indexes must exist (the views only offer existing rows)."""
        node: Any = self._data
        for part, nxt in itertools.pairwise(path):
            want: type = list if isinstance(nxt, int) else dict
            if isinstance(part, int):
                if not isinstance(node[part], want):
                    node[part] = want()
                node = node[part]
                continue
            if not isinstance(node.get(part), want):
                node[part] = want()
            node = node[part]
        return node

    def _changed(self, path: PathKey) -> None:
        self.dataChanged.emit(tuple(path))
        self._timer.start()

    # -- computing ----------------------------------------------------------------------
    def set_defaults(self, **settings: Any) -> None:
        """Preferences used for calculation settings the plan does not set itself.

        Keys are ``settings`` fields of the plan file (``day_basis``,
        ``max_term_months``); ``None`` leaves the rules default.
        """
        self._defaults = {k: v for k, v in settings.items() if v is not None}
        self.schedule_recompute()

    def schedule_recompute(self) -> None:
        self._timer.start()

    def flush(self) -> None:
        """Recompute now if an edit is waiting (tests and before printing/saving)."""
        if self._timer.isActive():
            self._timer.stop()
            self.recompute()

    def _effective_data(self) -> dict[str, Any]:
        if not self._defaults:
            return self._data
        data = dict(self._data)
        settings = dict(data.get("settings") or {}) if isinstance(data.get("settings"), dict) else {}
        for key, value in self._defaults.items():
            settings.setdefault(key, value)
        data["settings"] = settings
        return data

    @Slot()
    def recompute(self) -> None:
        """Validate and compare now; emits ``resultsChanged``."""
        self._timer.stop()
        self._generation += 1
        data = self._effective_data()
        today = self._today()
        plan: Plan | None = None
        comparison: Comparison | None = None
        try:
            plan, problems = decode_plan(data, today=today)
        except PlanInvalid as exc:
            problems = list(exc.problems)
        if plan is not None:
            try:
                comparison = compare(plan, self._rules)
            except CalcError as exc:
                problems.append(exc.as_problem())
        self._results = Results(plan, comparison, tuple(problems), self._generation)
        self.resultsChanged.emit()

    # -- files ---------------------------------------------------------------------------
    def load_data(self, data: dict[str, Any], path: Path | None, *, example: bool = False,
                  modified: bool = False) -> None:
        """Replace everything with ``data`` (from ``path``); clears the undo history."""
        self._data = copy.deepcopy(data)
        self._path = path
        self._is_example = example
        self.undo_stack.clear()
        if modified:
            # A recovered copy differs from what is on disk: unsaved until saved.
            self.undo_stack.resetClean()
        self.dataChanged.emit(())
        self.recompute()
        self.fileChanged.emit()

    def open(self, path: str | Path, *, example: bool = False) -> list[Problem]:
        """Load the plan file at ``path``. Raises :class:`PlanInvalid` when it is not a plan.

        A file with field errors still opens (the fields show their errors). One
        that is not a JSON object, has another format or version, or whose
        sections/lists/items have the wrong shape (``"debts": 5``,
        ``"household": []``, ``"debts": [1]``) does not: the pages could not
        edit it safely. Returns the problems found.
        """
        data = read_plan_json(path)
        problems = validate_plan(data, today=self._today())
        fatal = [p for p in problems if p.severity is Severity.ERROR and _structural(p)]
        if not isinstance(data, dict) or fatal:
            raise PlanInvalid(fatal or problems)
        self.load_data(data, Path(path), example=example)
        return problems

    def new(self) -> None:
        """An empty plan dated today."""
        self.load_data(new_plan_data(self._today()), None)

    def mark_saved(self, path: Path) -> None:
        """The data now equals the file at ``path`` (after Save / Save As)."""
        self._path = path
        self._is_example = False
        self.undo_stack.setClean()
        self.fileChanged.emit()

    def to_json(self) -> str:
        """The plan file text (the data as the user left it, pretty JSON, UTF-8)."""
        return json.dumps(self._data, ensure_ascii=False, indent=2) + "\n"

    @Slot(bool)
    def _on_clean_changed(self, _clean: bool) -> None:
        self.fileChanged.emit()


def _structural(p: Problem) -> bool:
    """A problem that makes the file unusable by the GUI: not a plan, or a wrong-shaped container."""
    if p.path in ("", "format", "version"):
        return True
    return p.code == "field.type" and p.params.get("expected") in ("object", "list")


class _Missing:
    """Marker for "no value at this path" (distinct from JSON null)."""

    def __repr__(self) -> str:
        return "<missing>"

    def __deepcopy__(self, memo: dict[int, Any]) -> _Missing:
        return self


_MISSING: Any = _Missing()

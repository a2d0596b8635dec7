"""Undo commands (QUndoCommand) for every edit of the plan data.

Three kinds cover every edit in the app: set one value, insert a list item,
remove a list item. Redo applies the change; undo puts the whole top-level
section (``debts``, ``proposal``…) back as it was before the first redo, so undo
is exact even when the edit had to create objects on the way (a debt's own
``proposal``). Consecutive :class:`SetValue` edits of the same field merge into
one undo step (typing a number, spinning a term), as Qt's ``mergeWith`` intends.

A command never lets an exception escape into Qt (``QUndoStack.push`` would take
the process down): if the change cannot be applied, the section is restored and
the command becomes obsolete.
"""

from __future__ import annotations

import copy
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from app.gui.document import PathKey, PlanDocument

__all__ = ["InsertItem", "RemoveItem", "SetValue"]

_SET_ID = 1
_log = logging.getLogger(__name__)


class _SectionCommand(QUndoCommand):
    """Undo restores the top-level section as it was before the first redo."""

    def __init__(self, doc: PlanDocument, path: PathKey, text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self._section = path[0]
        self._changed = path
        self._before: Any = None
        self._taken = False

    def redo(self) -> None:
        if not self._taken:
            self._before = self._doc._snapshot(self._section)
            self._taken = True
        try:
            self.apply()
        except (KeyError, IndexError, TypeError, AttributeError, ValueError):
            _log.exception("edit could not be applied at %s", self._changed)
            self._doc._restore(self._section, self._before, self._changed)
            self.setObsolete(True)

    def undo(self) -> None:
        self._doc._restore(self._section, self._before, self._changed)

    def apply(self) -> None:
        raise NotImplementedError


class SetValue(_SectionCommand):
    """Set (or remove, with the missing marker) the value at a path."""

    def __init__(self, doc: PlanDocument, path: PathKey, old: Any, new: Any, text: str = "") -> None:
        super().__init__(doc, path, text)
        self.path = path
        self._new = copy.deepcopy(new)

    def id(self) -> int:
        return _SET_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or other.path != self.path:
            return False
        self._new = copy.deepcopy(other._new)
        return True

    def apply(self) -> None:
        self._doc._raw_set(self.path, self._new)


class InsertItem(_SectionCommand):
    """Insert a value into a list (a debt, a budget line, an evidence entry...)."""

    def __init__(self, doc: PlanDocument, list_path: PathKey, index: int, value: Any, text: str = "") -> None:
        super().__init__(doc, list_path, text)
        self.list_path = list_path
        self.index = index
        self._value = copy.deepcopy(value)

    def apply(self) -> None:
        self._doc._raw_insert(self.list_path, self.index, self._value)


class RemoveItem(_SectionCommand):
    """Remove one item of a list; undo puts it back where it was."""

    def __init__(self, doc: PlanDocument, list_path: PathKey, index: int, text: str = "") -> None:
        super().__init__(doc, list_path, text)
        self.list_path = list_path
        self.index = index

    def apply(self) -> None:
        self._doc._raw_remove(self.list_path, self.index)

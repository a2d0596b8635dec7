"""Undo commands (QUndoCommand) for every edit of the plan data.

Three kinds cover every edit in the app: set one value, insert a list item,
remove a list item. Each holds the path and both values, so undo and redo are
exact. Consecutive :class:`SetValue` edits of the same field merge into one
undo step (typing a number, spinning a term), as Qt's ``mergeWith`` intends.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from app.gui.document import PathKey, PlanDocument

__all__ = ["InsertItem", "RemoveItem", "SetValue"]

_SET_ID = 1


class SetValue(QUndoCommand):
    """Set (or remove, with the missing marker) the value at a path."""

    def __init__(self, doc: PlanDocument, path: PathKey, old: Any, new: Any, text: str = "") -> None:
        super().__init__(text)
        self._doc = doc
        self.path = path
        self._old = copy.deepcopy(old)
        self._new = copy.deepcopy(new)

    def id(self) -> int:
        return _SET_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or other.path != self.path:
            return False
        self._new = copy.deepcopy(other._new)
        if self._new == self._old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._doc._raw_set(self.path, self._new)

    def undo(self) -> None:
        self._doc._raw_set(self.path, self._old)


class InsertItem(QUndoCommand):
    """Insert a value into a list (a debt, a budget line, an evidence entry...)."""

    def __init__(self, doc: PlanDocument, list_path: PathKey, index: int, value: Any, text: str = "") -> None:
        super().__init__(text)
        self._doc = doc
        self.list_path = list_path
        self.index = index
        self._value = copy.deepcopy(value)

    def redo(self) -> None:
        self._doc._raw_insert(self.list_path, self.index, self._value)

    def undo(self) -> None:
        self._doc._raw_remove(self.list_path, self.index)


class RemoveItem(QUndoCommand):
    """Remove one item of a list; undo puts it back where it was."""

    def __init__(self, doc: PlanDocument, list_path: PathKey, index: int, text: str = "") -> None:
        super().__init__(text)
        self._doc = doc
        self.list_path = list_path
        self.index = index
        self._value: Any = None

    def redo(self) -> None:
        self._value = self._doc._raw_remove(self.list_path, self.index)

    def undo(self) -> None:
        self._doc._raw_insert(self.list_path, self.index, self._value)

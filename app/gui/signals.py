"""``blocked(*widgets)``: block Qt signals while the GUI refreshes widgets from the plan.

Use this, never ``with QSignalBlocker(w):`` — in PySide6 6.12 the context-manager
exit of ``QSignalBlocker`` drops a reference to ``None`` each time, and after a
few thousand refreshes the interpreter aborts ("deallocating None").
``tests/test_architecture.py`` keeps ``QSignalBlocker`` out of the code.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject

__all__ = ["blocked"]


@contextmanager
def blocked(*objects: QObject) -> Iterator[None]:
    """Block the signals of ``objects`` inside the ``with`` block; restore the previous state."""
    previous = [o.blockSignals(True) for o in objects]
    try:
        yield
    finally:
        for o, was in zip(objects, previous, strict=True):
            o.blockSignals(was)

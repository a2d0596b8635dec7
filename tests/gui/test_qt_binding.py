"""The Qt binding must not leak references to None/True/False.

PySide6 6.12.0 on Python 3.11 released a reference to ``None`` on every call
returning nothing (and to ``True`` on every ``Signal.emit``): a long session
aborted with "deallocating None". pyproject pins a version without the bug;
this test fails if a future pin brings it back (on Python ≥ 3.12 these objects
are immortal and the counts do not move at all).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QLabel


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_calls_and_emits_keep_refcounts(qapp) -> None:
    label, combo, emitter = QLabel(), QComboBox(), _Emitter()
    combo.addItem("a")
    seen = []
    emitter.fired.connect(seen.append)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("x")
        combo.setItemText(0, "b")
        qapp.processEvents()
        emitter.fired.emit(True)
        with QSignalBlocker(combo):  # the pages' refresh idiom
            combo.setCurrentIndex(0)
    seen.clear()
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] >= before[0] - 50
    assert after[1] >= before[1] - 50

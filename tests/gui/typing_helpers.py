"""Typing into real widgets in tests as a user would, Chinese included.

QTest can only press keys for Latin-1 characters (it aborts on others), so ASCII
runs are typed as key presses and everything else reaches the widget the way an
input method delivers it: a ``QInputMethodEvent`` with a commit string.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget``: ASCII as key presses, the rest as input-method commits."""
    for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)

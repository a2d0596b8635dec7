"""Placeholder window until the real GUI lands: ``negoplan gui`` opens *something*.

It names the plan it was given and points to the command line. PySide6 is
imported inside the functions, so importing this module stays cheap and Qt-free
(the CLI imports it only for the ``gui`` subcommand).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from app.resources import example_plan_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

__all__ = ["build_window", "run_gui"]

_CONTEXT = "Placeholder"


def build_window(plan_path: str | None) -> QMainWindow:
    """The placeholder main window for ``plan_path`` (the example plan when ``None``).

    A ``QApplication`` must already exist.
    """
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QLabel, QMainWindow

    def tr(text: str) -> str:
        return QCoreApplication.translate(_CONTEXT, text)

    shown = plan_path if plan_path is not None else str(example_plan_path())
    window = QMainWindow()
    window.setWindowTitle(tr("NegoPlan 协商还款计划器"))
    label = QLabel(
        "\n".join(
            [
                tr("计划文件：{path}").format(path=shown),
                "",
                tr("图形界面正在开发中，请先使用命令行：negoplan compare <计划文件>"),
                tr(
                    "The graphical interface is being built; for now use the command line: "
                    "negoplan compare <plan file>"
                ),
            ]
        )
    )
    label.setObjectName("placeholderLabel")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setMargin(24)
    window.setCentralWidget(label)
    window.resize(720, 360)
    return window


def run_gui(plan_path: str | None) -> int:
    """Open the placeholder window and run the event loop; return its exit code."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("NegoPlan")
    window = build_window(plan_path)
    window.show()
    return app.exec()

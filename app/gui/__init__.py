"""The desktop app (PySide6). ``run_gui`` is what ``negoplan`` / ``negoplan gui`` starts.

Start-up: the plan given on the command line; otherwise the plan opened last
time (QSettings ``last_plan``) if it still opens; otherwise (first start) the
bundled seed example with its "示例方案" banner. Then any recovery file left
by a crash is offered. Importing this package imports no Qt (the CLI imports
it for every command); reportlab is imported only when a letter is built.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from app.gui.main_window import MainWindow
    from app.gui.recovery import RecoveryStore

__all__ = ["build_window", "run_gui"]

ORGANIZATION = "NegoPlan"
APPLICATION = "NegoPlan"


def app_settings() -> QSettings:
    """The user's settings (language, recent files...): ``~/.config/NegoPlan/NegoPlan.conf``."""
    from PySide6.QtCore import QSettings

    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def build_window(
    plan_path: str | None = None,
    *,
    settings: QSettings | None = None,
    recovery: RecoveryStore | None = None,
    today=date.today,
    offer_recovery: bool = True,
) -> MainWindow:
    """The main window on ``plan_path`` (or the last plan, or the example). A QApplication must exist."""
    from app.gui.document import PlanDocument
    from app.gui.i18n import set_language
    from app.gui.main_window import MainWindow
    from app.gui.recovery import RecoveryStore, default_recovery_dir
    from app.resources import example_plan_path
    from app.rules_data import load_rules

    settings = settings if settings is not None else app_settings()
    recovery = recovery if recovery is not None else RecoveryStore(default_recovery_dir())
    set_language(str(settings.value("language", "zh")))
    doc = PlanDocument(load_rules(), today=today)
    window = MainWindow(doc, settings, recovery)
    opened = False
    if plan_path:
        opened = window.open_path(Path(plan_path), ask=False)
    if not opened:
        last = settings.value("last_plan")
        if last and Path(str(last)).is_file():
            opened = window.open_path(Path(str(last)), ask=False)
    if not opened:
        window.open_path(example_plan_path(), ask=False, example=True)
    if offer_recovery:
        window.offer_recovery()
    return window


def run_gui(plan_path: str | None) -> int:
    """Open the app window and run the event loop; return its exit code."""
    from PySide6.QtWidgets import QApplication

    from app.gui.i18n import register_font

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANIZATION)
    register_font(app)
    window = build_window(plan_path)
    window.show()
    return app.exec()

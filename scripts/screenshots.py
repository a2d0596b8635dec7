"""Walk through the seven steps of the app on the example plan and save a screenshot of each.

    .venv/bin/python scripts/screenshots.py [OUT_DIR] [--lang zh|en] [--plan PLAN] [--size 1280x800]

Runs offscreen unless QT_QPA_PLATFORM says otherwise (``xcb`` under Xvfb shows a
real window). Uses a throw-away settings file and recovery folder, so it never
touches the user's recent files. Prints the PNG paths; look at every one.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STEPS = ("debts", "budget", "compare", "schedule", "letter", "collection", "negotiation")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "build" / "screenshots"))
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--plan", default=None, help="plan file (default: the bundled example)")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.gui import build_window
    from app.gui.i18n import register_font
    from app.gui.recovery import RecoveryStore

    app = QApplication.instance() or QApplication(sys.argv[:1])
    register_font(app)
    tmp = Path(tempfile.mkdtemp(prefix="negoplan-shots-"))
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", args.lang)
    as_of = date(2026, 11, 24) if args.plan is None else date.today()
    window = build_window(args.plan, settings=settings, recovery=RecoveryStore(tmp / "recovery"),
                          today=lambda: as_of, offer_recovery=False)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(STEPS):
        window.go_to_step(i)
        page = window.page(i)
        window.doc.flush()
        app.processEvents()
        if hasattr(page, "refresh_preview"):  # the letter preview is built after a debounce
            page.refresh_preview()
        for _ in range(20):
            app.processEvents()
        path = out / f"{i + 1}-{name}.{args.lang}.png"
        window.grab().save(str(path))
        print(path)
    window.doc.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Fixtures for the GUI tests: a document on the bundled example, a fixed today.

``today`` is 2026-11-24 (the example's own as_of), so numbers never depend on
the clock. Qt runs offscreen (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from app.resources import example_plan_path

TODAY = date(2026, 11, 24)


@pytest.fixture
def gui_app(qapp):
    """The QApplication with the bundled font and Chinese UI (reset after the test)."""
    from app.gui.i18n import register_font, set_language

    register_font(qapp)
    set_language("zh")
    yield qapp
    set_language("zh")


@pytest.fixture
def doc(gui_app):
    """A PlanDocument holding the bundled seed example, recomputed."""
    from app.gui.document import PlanDocument
    from app.rules_data import load_rules

    d = PlanDocument(load_rules(), today=lambda: TODAY)
    d.open(example_plan_path(), example=True)
    return d


@pytest.fixture
def empty_doc(gui_app):
    """A PlanDocument holding a new, empty plan."""
    from app.gui.document import PlanDocument
    from app.rules_data import load_rules

    d = PlanDocument(load_rules(), today=lambda: TODAY)
    d.new()
    return d

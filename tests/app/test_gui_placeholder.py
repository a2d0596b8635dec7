"""The placeholder window that `negoplan gui` opens until the real GUI lands."""

from __future__ import annotations

from app.gui import build_window
from app.resources import example_plan_path


def _label_text(window) -> str:
    from PySide6.QtWidgets import QLabel

    label = window.findChild(QLabel, "placeholderLabel")
    assert label is not None
    return label.text()


def test_title_and_text_name_the_plan(qtbot) -> None:
    window = build_window("/home/me/我的计划.negoplan.json")
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "NegoPlan 协商还款计划器"
    text = _label_text(window)
    assert "/home/me/我的计划.negoplan.json" in text
    assert "negoplan compare <计划文件>" in text
    assert "negoplan compare <plan file>" in text


def test_without_a_plan_it_names_the_example(qtbot) -> None:
    window = build_window(None)
    qtbot.addWidget(window)
    assert str(example_plan_path()) in _label_text(window)

"""The main window: start-up, files (save/open/recent/.bak/0600), unsaved prompt, recovery,
undo/redo through the menu actions, step shortcuts, language switch."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from app.gui import build_window
from app.gui.recovery import RecoveryStore
from app.planio import load_plan
from app.resources import example_plan_path
from calc.plan import encode_plan

from .conftest import TODAY


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    s.clear()
    return s


@pytest.fixture
def recovery(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "recovery")


@pytest.fixture
def make_window(qtbot, gui_app, settings, recovery):
    def make(plan: str | None = None, **kw):
        w = build_window(plan, settings=settings, recovery=recovery, today=lambda: TODAY, **kw)
        # Teardown closes the window: never let the unsaved-changes dialog block the run.
        qtbot.addWidget(w, before_close_func=lambda w: w.doc.undo_stack.setClean())
        w.show()
        # Window shortcuts (Ctrl+Z, Ctrl+1…) only reach the active window.
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow, timeout=2000)
        return w

    return make


def _save_as(window, monkeypatch, path: Path) -> None:
    monkeypatch.setattr("app.gui.main_window.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(path), ""))
    assert window.save()


def test_first_start_opens_the_example_with_its_banner(make_window) -> None:
    w = make_window()
    assert w.doc.is_example
    assert w.doc.path == example_plan_path()
    assert w.example_banner.isVisible()
    assert "示例方案" in w.example_text.text()
    assert w.doc.results.ok
    assert w.windowTitle().startswith("示例方案[*]")
    assert w.file_label.text().startswith("示例方案")


def test_new_plan_from_the_banner_empties_the_plan(make_window, qtbot) -> None:
    w = make_window()
    qtbot.mouseClick(w.new_from_example, Qt.MouseButton.LeftButton)
    assert w.doc.get(("debts",)) == []
    assert not w.doc.is_example
    assert not w.example_banner.isVisible()
    assert "未命名方案" in w.windowTitle()


def test_save_reopen_and_compare_field_by_field(make_window, monkeypatch, tmp_path) -> None:
    w = make_window()
    w.doc.set(("debts", 0, "principal"), "7000.00", "principal")
    w.doc.set(("proposal", "term_months"), 36, "term")
    assert w.isWindowModified()
    target = tmp_path / "mine.negoplan.json"
    _save_as(w, monkeypatch, target)
    assert not w.isWindowModified()
    assert not w.doc.is_example
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    # A second save keeps the previous version as .bak.
    w.doc.set(("borrower", "name"), "李雷", "name")
    assert w.save()
    bak = target.with_name(target.name + ".bak")
    assert json.loads(bak.read_text("utf-8"))["borrower"]["name"] == "张伟"
    assert stat.S_IMODE(os.stat(bak).st_mode) == 0o600

    saved, _ = load_plan(target, today=TODAY)
    original, _ = load_plan(example_plan_path(), today=TODAY)
    assert saved.debts[0].principal == 7000
    assert saved.proposal.term_months == 36
    assert saved.borrower.name == "李雷"
    # Everything else is as in the example, field by field (unknown keys included).
    expect = encode_plan(original)
    got = encode_plan(saved)
    expect["debts"][0]["principal"] = "7000.00"
    expect["proposal"]["term_months"] = 36
    expect["borrower"]["name"] = "李雷"
    assert got == expect
    assert json.loads(target.read_text("utf-8"))["example"] == json.loads(
        example_plan_path().read_text("utf-8"))["example"]

    w.close()
    again = make_window()  # no path: the last plan comes back
    assert again.doc.path == target.resolve()
    assert again.doc.data == json.loads(target.read_text("utf-8"))
    assert not again.doc.is_example


def test_the_example_is_never_saved_over(make_window, monkeypatch, tmp_path) -> None:
    w = make_window()
    before = example_plan_path().read_bytes()
    w.doc.set(("proposal", "term_months"), 30)
    asked = []
    monkeypatch.setattr("app.gui.main_window.QFileDialog.getSaveFileName",
                        lambda *a, **k: asked.append(a) or ("", ""))
    assert not w.save()
    assert asked, "Save on the example must ask for a new file name"
    assert example_plan_path().read_bytes() == before


def test_unsaved_prompt_cancel_keeps_the_window_discard_closes(make_window, monkeypatch) -> None:
    w = make_window()
    w.doc.set(("proposal", "term_months"), 30)
    monkeypatch.setattr(w, "_ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    assert not w.close()
    assert w.isVisible()
    monkeypatch.setattr(w, "_ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    assert w.close()


def test_unsaved_prompt_before_opening_another_plan(make_window, monkeypatch, tmp_path) -> None:
    w = make_window()
    w.doc.set(("proposal", "term_months"), 30)
    other = Path(__file__).parents[2] / "resources" / "examples" / "private-loan.json"
    monkeypatch.setattr(w, "_ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    assert not w.open_path(other)
    assert w.doc.get(("proposal", "term_months")) == 30
    monkeypatch.setattr(w, "_ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    assert w.open_path(other)
    assert w.doc.path == other
    assert str(other.resolve()) in w._recent()
    assert [a.data() for a in w.menu_recent.actions()] == [str(other.resolve())]


def test_a_file_that_is_not_a_plan_is_refused_with_a_sentence(make_window, monkeypatch, tmp_path) -> None:
    w = make_window()
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", "utf-8")
    shown = []
    monkeypatch.setattr(w, "_warn", lambda title, text: shown.append(text))
    assert not w.open_path(bad)
    assert w.doc.is_example
    assert shown and "bad.json" in shown[0] and "Traceback" not in shown[0]
    assert "第 1 行" in shown[0] or "行" in shown[0]


def test_save_failure_is_reported_and_nothing_is_marked_saved(make_window, monkeypatch, tmp_path) -> None:
    w = make_window()
    w.doc.set(("proposal", "term_months"), 30)
    shown = []
    monkeypatch.setattr(w, "_warn", lambda title, text: shown.append(text))
    missing = tmp_path / "no-such-folder" / "x.negoplan.json"
    monkeypatch.setattr("app.gui.main_window.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(missing), ""))
    assert not w.save()
    assert shown and str(missing) in shown[0]
    assert w.doc.modified


def test_recovery_is_offered_after_a_crash(make_window, monkeypatch, recovery) -> None:
    w = make_window()
    w.doc.set(("borrower", "name"), "王芳")
    w.doc.set(("proposal", "term_months"), 18)
    w.autosave()
    assert recovery.pending()
    # Crash: the window is never closed. The next start finds the recovery file.
    monkeypatch.setattr("app.gui.main_window.MainWindow._ask_recover", lambda self, found: True)
    again = make_window()
    assert again.doc.get(("borrower", "name")) == "王芳"
    assert again.doc.get(("proposal", "term_months")) == 18
    assert again.doc.modified, "recovered work is unsaved until saved"
    assert again.isWindowModified()


def test_recovered_example_is_still_the_example(make_window, monkeypatch, tmp_path) -> None:
    """Unsaved edits of the bundled example come back as the example: Save asks for a name."""
    w = make_window()
    w.doc.set(("proposal", "term_months"), 18)
    w.autosave()
    monkeypatch.setattr("app.gui.main_window.MainWindow._ask_recover", lambda self, found: True)
    again = make_window()
    assert again.doc.get(("proposal", "term_months")) == 18
    assert again.doc.is_example
    assert again.example_banner.isVisible()
    before = example_plan_path().read_bytes()
    asked = []
    monkeypatch.setattr("app.gui.main_window.QFileDialog.getSaveFileName",
                        lambda *a, **k: asked.append(a) or ("", ""))
    assert not again.save()
    assert asked
    assert example_plan_path().read_bytes() == before


def test_declined_recovery_is_dropped(make_window, monkeypatch, recovery) -> None:
    w = make_window()
    w.doc.set(("borrower", "name"), "王芳")
    w.autosave()
    monkeypatch.setattr("app.gui.main_window.MainWindow._ask_recover", lambda self, found: False)
    again = make_window()
    assert again.doc.get(("borrower", "name")) == "张伟"
    assert recovery.pending() == []


def test_clean_close_leaves_no_recovery_file(make_window, monkeypatch, recovery, tmp_path) -> None:
    w = make_window()
    w.doc.set(("borrower", "name"), "王芳")
    w.autosave()
    _save_as(w, monkeypatch, tmp_path / "p.negoplan.json")
    assert recovery.pending() == []
    assert w.close()
    assert recovery.pending() == []


def test_recovery_file_is_private(make_window, recovery) -> None:
    w = make_window()
    w.doc.set(("borrower", "name"), "王芳")
    w.autosave()
    (found,) = recovery.pending()
    assert stat.S_IMODE(os.stat(found.file).st_mode) == 0o600


def test_undo_redo_through_the_edit_menu_and_shortcuts(make_window, qtbot) -> None:
    w = make_window()
    w.doc.set(("proposal", "term_months"), 36, "期数")
    w.doc.flush()
    monthly_36 = w.doc.results.comparison.scenario("proposal").monthly_payment
    w.act_undo.trigger()
    assert w.doc.get(("proposal", "term_months")) == 24
    assert not w.isWindowModified()
    # Focus on the step list (a text field keeps Ctrl+Z for its own text, as usual in Qt).
    w.steps.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.doc.get(("proposal", "term_months")) == 36
    w.doc.flush()
    assert w.doc.results.comparison.scenario("proposal").monthly_payment == monthly_36
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.doc.get(("proposal", "term_months")) == 24


def test_ctrl_number_jumps_between_steps(make_window, qtbot) -> None:
    w = make_window()
    for i in range(5):
        qtbot.keyClick(w, getattr(Qt.Key, f"Key_{i + 1}"), Qt.KeyboardModifier.ControlModifier)
        assert w.stack.currentIndex() == i
        assert w.steps.currentRow() == i


def test_language_switch_relabels_without_restart(make_window, settings) -> None:
    w = make_window()
    assert w.menu_file.title() == "文件(&F)"
    zh_step = w.steps.item(0).text()
    w.switch_language("en")
    try:
        assert w.menu_file.title() == "&File"
        assert w.steps.item(0).text() != zh_step
        assert "Debts" in w.steps.item(0).text()
        assert settings.value("language") == "en"
        assert "NegoPlan" in w.windowTitle()
    finally:
        w.switch_language("zh")
    assert w.menu_file.title() == "文件(&F)"


def test_language_setting_applies_at_start(make_window, settings) -> None:
    settings.setValue("language", "en")
    w = make_window()
    assert w.menu_file.title() == "&File"


def test_preferences_reach_the_calculation(make_window, settings) -> None:
    w = make_window()
    settings.setValue("day_basis", 365)
    w.apply_preferences()
    w.doc.flush()
    assert w.doc.results.comparison.settings.day_basis == 365
    settings.remove("day_basis")
    w.apply_preferences()
    w.doc.flush()
    assert w.doc.results.comparison.settings.day_basis == 360


def test_whole_flow_with_the_keyboard_updates_the_comparison_and_offers(make_window, qtbot) -> None:
    """A fourth lender typed on step ①; step ③ (Ctrl+3) then compares four debts and
    offers each a share; the letter step can address the new lender."""
    from .test_debts_page import _keys, _type

    w = make_window()
    before = w.doc.results.comparison.scenario("proposal").monthly_payment
    compare = w.page(2)  # built before the edit: it must follow it live
    assert compare.offers_model.rowCount() == 3
    debts = w.page(0)
    qtbot.mouseClick(debts.add_button, Qt.MouseButton.LeftButton)
    _keys(qtbot, debts.fields["creditor"].edit, "深圳前海微众银行股份有限公司")
    qtbot.keyClick(debts.fields["creditor"].edit, Qt.Key.Key_Return)
    _type(qtbot, debts.fields["principal"].edit, "6000")
    _type(qtbot, debts.fields["rate"].edit, "日利率0.05%")
    w.steps.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentIndex() == 2
    w.doc.flush()
    c = w.doc.results.comparison
    assert len(c.debts) == 4
    assert w.page(2) is compare
    offers = compare.offers_model
    assert offers.rowCount() == 4
    assert [offers.data(offers.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(4)] == [
        o.debt_id for o in c.offers]
    after = c.scenario("proposal").monthly_payment
    assert after != before
    model = compare.scenarios_model
    shown = model.data(model.index(0, model.column_of("proposal")))  # row 0: 月供
    assert shown == f"{after:,.2f}"
    # Undo (Ctrl+Z) takes the whole new debt away again, step by step.
    while w.doc.count(("debts",)) == 4:
        w.act_undo.trigger()
    w.doc.flush()
    assert w.doc.results.comparison.scenario("proposal").monthly_payment == before


def test_the_computation_date_is_shown_and_can_become_today(gui_app, qtbot, settings, recovery,
                                                           tmp_path) -> None:
    from datetime import date

    data = json.loads(example_plan_path().read_text("utf-8"))
    plan = tmp_path / "old.negoplan.json"
    plan.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    later = date(2026, 12, 24)
    w = build_window(str(plan), settings=settings, recovery=recovery, today=lambda: later,
                     offer_recovery=False)
    qtbot.addWidget(w, before_close_func=lambda w: w.doc.undo_stack.setClean())
    assert "按 2026-11-24 计算" in w.as_of_label.text()
    assert "不是今天" in w.as_of_label.text()
    owed_before = w.doc.results.comparison.total_owed
    w.act_today.trigger()
    w.doc.flush()
    assert w.doc.get(("as_of",)) == "2026-12-24"
    assert w.as_of_label.text() == "按 2026-12-24 计算"
    assert not w.act_today.isEnabled()
    assert w.doc.results.comparison.as_of == later
    w.act_undo.trigger()
    w.doc.flush()
    assert w.doc.results.comparison.total_owed == owed_before

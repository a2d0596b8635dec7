"""The compare page (step ③) driven like a user: keyboard, mouse, undo; results from calc."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.gui.models.offers_model import OfferColumn, OffersModel
from app.gui.models.scenarios_model import Metric, ScenariosModel
from app.gui.pages.compare import ComparePage
from app.report import group
from calc.scenarios import SCENARIO_KEYS


@pytest.fixture
def page(qtbot, doc):
    p = ComparePage(doc)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    qtbot.waitExposed(p)
    return p


def _cell(page: ComparePage, key: str, metric: Metric) -> str:
    model = page.scenarios_model
    return model.data(model.index(int(metric), model.column_of(key)))


def _type_into_spin(qtbot, spin, text: str) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def _commit_text(widget, text: str) -> None:
    """Chinese text as the input method delivers it (QTest can only press Latin-1 keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _click_box(qtbot, box) -> None:
    """Click the check box's indicator (its left end), as a user does."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _proposal_installments(doc, debt_index: int) -> int:
    c = doc.results.comparison
    debt_id = doc.results.plan.debts[debt_index].id
    path = next(p for p in c.scenario("proposal").per_debt if p.debt_id == debt_id)
    return sum(1 for r in path.rows if r.date > c.as_of)


# -- models ---------------------------------------------------------------------------------

def test_scenarios_model_passes_modeltester(qtmodeltester, doc):
    model = ScenariosModel()
    model.set_comparison(doc.results.comparison)
    assert model.columnCount() == len(SCENARIO_KEYS)
    assert model.rowCount() == len(Metric)
    qtmodeltester.check(model)
    model.set_comparison(None)
    assert model.rowCount() == 0 and model.columnCount() == 0
    qtmodeltester.check(model)


def test_offers_model_passes_modeltester(qtmodeltester, doc):
    model = OffersModel()
    c = doc.results.comparison
    model.set_comparison(c, {"meituan": "美团借钱"})
    qtmodeltester.check(model)
    assert model.rowCount() == len(c.offers) == 3
    assert model.data(model.index(0, OfferColumn.CREDITOR)) == "美团借钱"
    # Without a known name the lender's legal name is shown.
    assert model.data(model.index(1, OfferColumn.CREDITOR)) == c.offers[1].creditor
    assert model.data(model.index(0, OfferColumn.MONTHLY)) == group(c.offers[0].monthly)
    align = model.data(model.index(0, OfferColumn.MONTHLY), Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)
    model.set_comparison(None)
    assert model.rowCount() == 0
    qtmodeltester.check(model)


# -- the table follows calc -----------------------------------------------------------------

def test_table_shows_calc_figures(page, doc):
    c = doc.results.comparison
    for s in c.scenarios:
        assert _cell(page, s.key, Metric.MONTHLY) == group(s.monthly_payment)
        assert _cell(page, s.key, Metric.TOTAL_PAID) == group(s.total_paid)
        assert _cell(page, s.key, Metric.LAST_DATE) == s.last_date.isoformat()
    model = page.scenarios_model
    align = model.data(model.index(int(Metric.MONTHLY), 0), Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)
    assert page.headline.text().startswith("方案月供 " + group(c.scenario("proposal").monthly_payment))


def test_term_typed_with_keyboard_changes_proposal_monthly(qtbot, page, doc):
    before = _cell(page, "proposal", Metric.MONTHLY)
    _type_into_spin(qtbot, page.term, "36")
    assert doc.get(("proposal", "term_months")) == 36
    doc.flush()
    expected = group(doc.results.comparison.scenario("proposal").monthly_payment)
    assert _cell(page, "proposal", Metric.MONTHLY) == expected
    assert expected != before
    assert _proposal_installments(doc, 0) == 36


def test_term_arrow_keys_merge_into_one_undo_step_and_undo_restores(qtbot, page, doc):
    steps = doc.undo_stack.count()
    original = _cell(page, "proposal", Metric.MONTHLY)
    page.term.setFocus()
    qtbot.keyClick(page.term, Qt.Key.Key_Up)
    qtbot.keyClick(page.term, Qt.Key.Key_Up)
    assert doc.get(("proposal", "term_months")) == 26
    assert doc.undo_stack.count() == steps + 1
    doc.flush()
    assert _cell(page, "proposal", Metric.MONTHLY) != original

    doc.undo_stack.undo()
    doc.flush()
    assert doc.get(("proposal", "term_months")) == 24
    assert page.term.value() == 24
    assert _cell(page, "proposal", Metric.MONTHLY) == original


def test_long_term_shows_calc_warning(qtbot, page, doc):
    _type_into_spin(qtbot, page.term, "72")
    doc.flush()
    problem = page.fields["term_months"].problem
    assert problem.isVisible()
    assert "60" in problem.text() and problem.text().startswith("⚠")
    assert doc.results.ok


def test_waiver_combo_writes_key(qtbot, page, doc):
    assert page.waive.currentData() == "above_cap"
    page.waive.setFocus()
    qtbot.keyClick(page.waive, Qt.Key.Key_Down)
    assert doc.get(("proposal", "waive")) == "all_penalty"
    doc.flush()
    assert doc.results.plan.proposal.waive.value == "all_penalty"
    assert page.waive.currentText() == "减免全部罚息和费用"


def test_cap_custom_rate_writes_annual_fraction(qtbot, page, doc):
    assert not page.cap_rate.isVisible()
    page.cap.setFocus()
    qtbot.keyClick(page.cap, Qt.Key.Key_End)
    assert page.cap.currentData() == "custom"
    assert page.cap_rate.isVisible()
    assert doc.get(("proposal", "cap")) == "auto"  # nothing written before a rate is typed
    qtbot.keyClicks(page.cap_rate.edit, "15%")
    qtbot.keyClick(page.cap_rate.edit, Qt.Key.Key_Return)
    assert doc.get(("proposal", "cap")) == {"annual": "0.15"}
    doc.flush()
    assert page.cap.currentData() == "custom"
    assert page.cap_rate.text() == "15%"
    assert doc.results.comparison.debts[0].cap.annual == Decimal("0.15")

    page.cap.setFocus()
    qtbot.keyClick(page.cap, Qt.Key.Key_Home)
    assert doc.get(("proposal", "cap")) == "auto"
    assert not page.cap_rate.isVisible()


def test_invalid_installment_rate_shows_message_and_writes_nothing(qtbot, page, doc):
    steps = doc.undo_stack.count()
    page.rate.edit.selectAll()
    qtbot.keyClicks(page.rate.edit, "abc")
    qtbot.keyClick(page.rate.edit, Qt.Key.Key_Return)
    assert page.rate.message.isVisible()
    assert page.rate.message.text().startswith("✗")
    assert doc.get(("proposal", "installment_rate")) == "0"
    assert doc.undo_stack.count() == steps


def test_installment_rate_stored_as_annual_fraction(qtbot, page, doc):
    page.rate.edit.selectAll()
    qtbot.keyClicks(page.rate.edit, "6%")
    qtbot.keyClick(page.rate.edit, Qt.Key.Key_Return)
    assert doc.get(("proposal", "installment_rate")) == "0.06"
    assert not page.rate.message.isVisible()
    page.rate.edit.selectAll()
    _commit_text(page.rate.edit, "月息")
    qtbot.keyClicks(page.rate.edit, "0.5%")
    qtbot.keyClick(page.rate.edit, Qt.Key.Key_Return)
    assert doc.get(("proposal", "installment_rate")) == "0.06"  # 0.5 % a month = 6 % a year


def test_down_payment_writes_money_and_empty_removes(qtbot, page, doc):
    page.down.edit.selectAll()
    qtbot.keyClicks(page.down.edit, "1")
    _commit_text(page.down.edit, "千")
    qtbot.keyClick(page.down.edit, Qt.Key.Key_Return)
    assert doc.get(("proposal", "down_payment")) == "1000.00"
    assert page.down.text() == "1,000.00"
    page.down.edit.selectAll()
    qtbot.keyClick(page.down.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(page.down.edit, Qt.Key.Key_Return)
    assert doc.get(("proposal", "down_payment")) is None


def test_allocation_and_method_combos_write_keys(qtbot, page, doc):
    page.allocation.setFocus()
    qtbot.keyClick(page.allocation, Qt.Key.Key_End)
    assert doc.get(("proposal", "allocation")) == "avalanche"
    page.method.setFocus()
    qtbot.keyClick(page.method, Qt.Key.Key_Down)
    assert doc.get(("proposal", "method")) == "equal_principal"
    page.deferral_interest.setFocus()
    qtbot.keyClick(page.deferral_interest, Qt.Key.Key_Down)
    assert doc.get(("proposal", "deferral_interest")) == "contract"


# -- per-debt overrides -------------------------------------------------------------------

def test_per_debt_override_writes_and_clearing_removes(qtbot, page, doc):
    page.debt_combo.setCurrentIndex(page.debt_combo.findData(1))
    assert page.debt_combo.currentText() == "借呗"
    assert not page.debt_term.isEnabled()
    page.controls_scroll.ensureWidgetVisible(page.override_check)  # the user scrolls down
    _click_box(qtbot, page.override_check)
    assert page.override_check.isChecked()
    assert doc.get(("debts", 1, "proposal")) == {
        "term_months": 24, "deferral_months": 3, "waive": "above_cap",
    }
    assert page.debt_term.isEnabled()

    _type_into_spin(qtbot, page.debt_term, "12")
    assert doc.get(("debts", 1, "proposal", "term_months")) == 12
    assert doc.get(("proposal", "term_months")) == 24  # the plan-wide value is untouched
    doc.flush()
    assert _proposal_installments(doc, 1) == 12
    assert _proposal_installments(doc, 0) == 24

    page.debt_waive.setFocus()
    qtbot.keyClick(page.debt_waive, Qt.Key.Key_End)
    assert doc.get(("debts", 1, "proposal", "waive")) == "all_charges"

    page.controls_scroll.ensureWidgetVisible(page.override_check)
    _click_box(qtbot, page.override_check)
    assert not page.override_check.isChecked()
    assert doc.get(("debts", 1, "proposal")) is None
    assert "proposal" not in doc.data["debts"][1]
    doc.flush()
    assert _proposal_installments(doc, 1) == 24

    doc.undo_stack.undo()  # undo the clearing: the override comes back
    assert doc.get(("debts", 1, "proposal", "term_months")) == 12
    assert page.override_check.isChecked()
    assert page.debt_term.value() == 12


def test_apply_suggestion_writes_the_ask(qtbot, page, doc):
    page.debt_combo.setCurrentIndex(page.debt_combo.findData(0))
    s = doc.results.comparison.suggestions[0]
    assert s.fits and page.apply_suggestion.isEnabled()
    assert "美团借钱" in page.debt_info.text()
    page.controls_scroll.ensureWidgetVisible(page.apply_suggestion)
    qtbot.mouseClick(page.apply_suggestion, Qt.MouseButton.LeftButton)
    assert doc.get(("debts", 0, "proposal")) == {
        "term_months": s.ask.term_months,
        "deferral_months": s.ask.deferral_months,
        "waive": s.ask.waive.value,
    }
    assert page.override_check.isChecked()


# -- budget verdicts ------------------------------------------------------------------------

def test_fits_row_and_headline_follow_calc(qtbot, page, doc):
    c = doc.results.comparison
    for s in c.scenarios:
        text = _cell(page, s.key, Metric.FITS)
        assert text == ("✓ 在预算内" if s.fits_budget else "✗ 超出预算")
    assert page.headline.text().endswith("✓ 在预算内")
    assert page.is_complete()

    with qtbot.waitSignal(page.completeChanged):
        _type_into_spin(qtbot, page.term, "6")
        doc.flush()
    c = doc.results.comparison
    proposal = c.scenario("proposal")
    assert not proposal.fits_budget
    assert _cell(page, "proposal", Metric.FITS) == "✗ 超出预算"
    over = group(proposal.max_payment - c.budget.disposable)
    assert page.headline.text().endswith(f"✗ 超出预算 {over} 元/月")
    assert not page.is_complete()
    for s in c.scenarios:
        assert _cell(page, s.key, Metric.FITS).startswith("✓" if s.fits_budget else "✗")


def test_status_quo_that_cannot_clear_says_so(page, doc):
    doc.set(("household", "income", 0, "monthly"), "2800.00")
    doc.flush()
    c = doc.results.comparison
    stuck = [p for p in c.scenario("status_quo").per_debt if not p.cleared_from_budget]
    assert stuck, "the test needs a budget too small for the status quo"
    assert _cell(page, "status_quo", Metric.FITS) == "✗ 按预算还不清"
    assert page.status_note.isVisible()
    assert group(stuck[0].required_monthly) in page.status_note.text()
    assert page.suggestion_box.isVisible()
    assert page.suggestion_text.text().count("✗") == len([s for s in c.suggestions if not s.fits])


# -- charts ---------------------------------------------------------------------------------

def test_charts_have_a_series_per_scenario_and_a_budget_line(page, doc):
    c = doc.results.comparison
    assert page.balance_chart.series_keys() == list(SCENARIO_KEYS)
    for series in page.balance_chart.chart_.series():
        assert series.count() > 2
        assert series.name()
    assert page.payment_chart.categories() == list(SCENARIO_KEYS)
    budget = page.payment_chart.budget_series
    assert budget is not None and budget.count() == 2
    assert {p.y() for p in budget.points()} == {float(c.budget.disposable)}
    bars = page.payment_chart.bar_series.barSets()
    assert [bars[0].at(i) for i in range(bars[0].count())] == [
        float(s.monthly_payment) for s in c.scenarios
    ]


def test_balance_by_month_runs_from_what_is_owed_to_zero(doc):
    c = doc.results.comparison
    for s in c.scenarios:
        points = c.balance_by_month(s.key)
        assert points[0] == (c.as_of, c.total_owed)
        assert c.total_owed == sum((d.owed for d in c.debts), Decimal(0))
        assert points[-1][1] == 0
        assert points[-1][0] >= s.last_date
        assert [d for d, _ in points] == sorted(d for d, _ in points)


# -- no stale numbers -------------------------------------------------------------------------

def test_errors_clear_tables_and_charts(qtbot, page, doc):
    doc.set(("debts", 0, "principal"), "abc")
    doc.flush()
    assert not doc.results.ok
    assert page.scenarios_model.rowCount() == 0
    assert page.offers_model.rowCount() == 0
    assert page.balance_chart.chart_.series() == []
    assert page.payment_chart.chart_.series() == []
    assert page.banner.isVisible()
    assert "算不出" in page.headline.text()
    assert not page.is_complete()
    doc.undo_stack.undo()
    doc.flush()
    assert page.scenarios_model.rowCount() == len(Metric)
    assert len(page.balance_chart.chart_.series()) == len(SCENARIO_KEYS)


def test_empty_plan_explains_what_to_do(qtbot, empty_doc):
    p = ComparePage(empty_doc)
    qtbot.addWidget(p)
    assert p.scenarios_model.rowCount() == 0
    assert "还没有债务" in p.headline.text()
    assert p.debt_combo.count() == 0
    assert not p.override_check.isEnabled()
    assert not p.is_complete()


def test_undo_of_data_refreshes_controls_without_new_edits(qtbot, page, doc):
    doc.set(("proposal", "deferral_months"), 6, "x")
    doc.set(("proposal", "waive"), "none", "y")
    assert page.deferral.value() == 6 and page.waive.currentData() == "none"
    steps = doc.undo_stack.count()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert page.deferral.value() == 3 and page.waive.currentData() == "above_cap"
    assert doc.undo_stack.count() == steps  # refreshing pushed nothing
    assert doc.undo_stack.index() == steps - 2


def test_language_switch_rewords_suggestions_and_keeps_numbers(qtbot, page, doc):
    from app.gui.i18n import set_language

    before = _cell(page, "proposal", Metric.MONTHLY)
    assert "可向" in page.suggestion_text.text()
    set_language("en")
    qtbot.waitUntil(lambda: "Ask " in page.suggestion_text.text())
    assert _cell(page, "proposal", Metric.MONTHLY) == before
    assert page.term.value() == 24
    set_language("zh")
    qtbot.waitUntil(lambda: "可向" in page.suggestion_text.text())


def test_a_proposal_dearer_than_the_status_quo_says_so_in_red(page, doc):
    doc.set(("proposal", "installment_rate"), "0.36")
    doc.set(("proposal", "term_months"), 60)
    doc.flush()
    s = doc.results.comparison.scenario("proposal")
    assert s.saving_vs_status_quo < 0  # 36 % over five years costs more than staying overdue
    text = _cell(page, "proposal", Metric.SAVING)
    assert text == f"✗ 多付 {group(-s.saving_vs_status_quo)}"
    model = page.scenarios_model
    brush = model.data(model.index(int(Metric.SAVING), model.column_of("proposal")),
                       Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == "#b3261e"


def test_no_money_left_for_debts_is_said_plainly(page, doc):
    doc.set(("household", "income"), [])
    doc.flush()
    assert doc.results.comparison.budget.disposable <= 0
    assert page.headline.text().startswith("✗ 每月没有钱可用于还款")


def test_credit_repair_hint_appears_only_when_it_applies(page, doc):
    assert page.repair_note.isHidden()  # the example is dated 2026-11-24: past the policy
    doc.remove(("debts",), 2)
    doc.remove(("debts",), 1)
    doc.set(("as_of",), "2026-01-10")
    doc.set(("debts", 0, "contract_date"), "2025-01-20")
    doc.set(("debts", 0, "overdue_since"), "2025-10-20")
    doc.flush()
    assert doc.results.ok, doc.results.errors
    assert not page.repair_note.isHidden()
    assert "一次性信用修复" in page.repair_note.text()
    assert "2026-03-31" in page.repair_note.text()
    doc.set(("as_of",), "2026-04-01")
    doc.flush()
    assert page.repair_note.isHidden()

"""Step ④ 还款计划: the tables show calc's rows and totals to the fen; CSV export."""

from __future__ import annotations

import csv
import os
import stat
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.gui.models.schedule_model import (
    RAW_ROLE,
    DebtColumn,
    DebtScheduleModel,
    MonthScheduleModel,
    TotalsRowModel,
)
from app.gui.pages.schedule import VIEW_DEBT, VIEW_MONTH, SchedulePage
from app.report import group
from calc.scenarios import SCENARIO_KEYS

TEN_DEBTS = Path(__file__).resolve().parents[2] / "benchmarks" / "plan-10-debts.json"


@pytest.fixture
def ten_doc(doc):
    """The benchmark plan: ten debts due on different days, a 5,000 down payment."""
    doc.open(TEN_DEBTS)
    return doc


@pytest.fixture
def page(doc, qtbot):
    p = SchedulePage(doc)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    return p


def raw_column(model, column: int) -> list[object]:
    return [model.index(r, column).data(RAW_ROLE) for r in range(model.rowCount())]


def footer(table) -> list[object]:
    m = table.footer_model
    assert m.rowCount() == 1
    return [m.index(0, c).data(RAW_ROLE) for c in range(m.columnCount())]


def footer_text(table, column: int) -> str:
    return table.footer_model.index(0, column).data(Qt.ItemDataRole.DisplayRole)


def show_debt_view(qtbot, page: SchedulePage) -> None:
    qtbot.mouseClick(page.debt_radio, Qt.MouseButton.LeftButton)
    assert page.current_view() == VIEW_DEBT
    assert page.stack.currentWidget() is page.debt_table
    assert page.debt_combo.isVisible()


def pick_scenario(qtbot, page: SchedulePage, key: str) -> None:
    """Choose a scenario with the keyboard (Home, then Down) in the scenario combo."""
    combo = page.scenario_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(SCENARIO_KEYS.index(key)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert page.current_scenario_key() == key


# -- models -----------------------------------------------------------------------------
def test_models_pass_qtmodeltester(page, doc, qtmodeltester, qtbot):
    qtmodeltester.check(page.month_model)
    qtmodeltester.check(page.month_table.footer_model)
    show_debt_view(qtbot, page)
    qtmodeltester.check(page.debt_model)
    qtmodeltester.check(page.debt_table.footer_model)
    assert page.debt_model.rowCount() == 24


def test_models_pass_qtmodeltester_when_empty(qtmodeltester):
    debts, months = DebtScheduleModel(), MonthScheduleModel()
    debts.set_path(None, None)
    months.set_scenario(None, None)
    for model in (debts, months, TotalsRowModel(debts), TotalsRowModel(months)):
        qtmodeltester.check(model)
        assert model.rowCount() == 0


# -- headline ---------------------------------------------------------------------------
def test_headline_gives_first_payment_monthly_amount_and_end(page, doc):
    proposal = doc.results.comparison.scenario("proposal")
    assert (proposal.first_date.isoformat(), proposal.monthly_payment,
            proposal.last_date.isoformat()) == ("2027-03-24", Decimal("1478.36"), "2029-02-24")
    assert page.headline.text() == "第一笔还款 2027-03-24，每月 1,478.36 元，2029-02-24 还清"
    assert "共还 35,480.57 元" in page.summary.text()
    assert "共 27 个月" in page.summary.text()
    assert page.scenario_combo.currentText() == "我的方案"
    assert [page.scenario_combo.itemText(i) for i in range(5)] == [
        "现状（继续逾期）", "延期还款", "二次分期", "减免罚息", "我的方案"]


def test_headline_mentions_the_down_payment(ten_doc, qtbot):
    d = ten_doc
    p = SchedulePage(d)
    qtbot.addWidget(p)
    assert p.headline.text() == (
        "第一笔还款 2026-11-24（首付 5,000.00 元），之后每月 6,587.06 元，2030-02-24 还清")


# -- per debt ---------------------------------------------------------------------------
def test_per_debt_rows_and_footer_equal_calc(page, doc, qtbot):
    show_debt_view(qtbot, page)
    proposal = doc.results.comparison.scenario("proposal")
    combo = page.debt_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["meituan", "jiebei", "card"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for i, path in enumerate(proposal.per_debt):
        if i:
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert page.current_debt_id() == path.debt_id
        model = page.debt_model
        assert raw_column(model, DebtColumn.DATE) == [r.date for r in path.rows]
        assert raw_column(model, DebtColumn.PAYMENT) == [r.payment for r in path.rows]
        assert raw_column(model, DebtColumn.BALANCE) == [r.balance for r in path.rows]
        assert raw_column(model, DebtColumn.NO) == list(range(1, len(path.rows) + 1))
        row = footer(page.debt_table)
        assert row[DebtColumn.NO] == "合计"
        assert row[DebtColumn.PAYMENT] == path.total_paid
        assert footer_text(page.debt_table, DebtColumn.PAYMENT) == group(path.total_paid)
    # the seed's meituan proposal path, as shown
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    first = page.debt_model.index(0, DebtColumn.PAYMENT)
    assert first.data() == "349.36"
    assert page.debt_model.index(0, DebtColumn.DATE).data() == "2027-03-24"
    assert footer_text(page.debt_table, DebtColumn.PAYMENT) == "8,384.57"
    align = Qt.AlignmentFlag(first.data(Qt.ItemDataRole.TextAlignmentRole))
    assert align & Qt.AlignmentFlag.AlignRight


def test_money_is_grouped_and_right_aligned(page, doc):
    model = page.month_model
    total_col = model.total_column()
    index = model.index(0, total_col)
    assert index.data() == "1,478.36"
    assert Qt.AlignmentFlag(index.data(Qt.ItemDataRole.TextAlignmentRole)) & Qt.AlignmentFlag.AlignRight
    header_align = model.headerData(total_col, Qt.Orientation.Horizontal,
                                    Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(header_align) & Qt.AlignmentFlag.AlignRight
    assert footer_text(page.month_table, total_col) == "35,480.57"


def test_down_payment_is_labelled_not_numbered(ten_doc, qtbot):
    d = ten_doc
    p = SchedulePage(d)
    qtbot.addWidget(p)
    p.show()
    show_debt_view(qtbot, p)
    p.debt_combo.setCurrentIndex(p.debt_combo.findData("friend"))
    path = next(x for x in d.results.comparison.scenario("proposal").per_debt
                if x.debt_id == "friend")
    numbers = raw_column(p.debt_model, DebtColumn.NO)
    assert numbers[0] == "首付"
    assert numbers[1:] == list(range(1, len(path.rows)))
    assert p.debt_model.installment_count() == 36
    assert footer(p.debt_table)[DebtColumn.PAYMENT] == path.total_paid


# -- by month ---------------------------------------------------------------------------
def test_by_month_total_column_and_footer_equal_calc(page, doc):
    proposal = doc.results.comparison.scenario("proposal")
    model = page.month_model
    assert page.current_view() == VIEW_MONTH
    assert model.debt_ids() == ("meituan", "jiebei", "card")
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] \
        == ["月份", "美团借钱", "借呗", "招商银行信用卡 *8866", "当月合计"]
    total_col = model.total_column()
    assert raw_column(model, total_col) == [v for _, v in proposal.by_month]
    assert raw_column(model, 0) == [f"{d.year:04d}-{d.month:02d}" for d, _ in proposal.by_month]
    for c, path in enumerate(proposal.per_debt, start=1):
        assert raw_column(model, c) == [r.payment for r in path.rows]
    row = footer(page.month_table)
    assert row[0] == "合计"
    assert row[total_col] == proposal.total_paid == Decimal("35480.57")
    assert row[1:total_col] == [p.total_paid for p in proposal.per_debt]


def test_by_month_groups_days_into_months_and_lists_the_down_payment(ten_doc, qtbot):
    d = ten_doc
    p = SchedulePage(d)
    qtbot.addWidget(p)
    p.show()
    comparison = d.results.comparison
    # status quo: ten debts due on different days of the month
    pick_scenario(qtbot, p, "status_quo")
    sq = comparison.scenario("status_quo")
    model = p.month_model
    total_col = model.total_column()
    assert raw_column(model, total_col) == [v for _, v in sq.by_month]
    for c, path in enumerate(sq.per_debt, start=1):
        cells = raw_column(model, c)
        assert [x for x in cells if x is not None] == [r.payment for r in path.rows]
        for r in path.rows:
            month_row = raw_column(model, 0).index(f"{r.date.year:04d}-{r.date.month:02d}")
            assert cells[month_row] == r.payment
    assert footer(p.month_table)[total_col] == sq.total_paid
    # proposal: 5,000 down on as_of, which by_month leaves out
    pick_scenario(qtbot, p, "proposal")
    proposal = comparison.scenario("proposal")
    totals = raw_column(model, total_col)
    assert model.index(0, 0).data() == "2026-11-24 首付"
    assert totals[0] == proposal.down_payment == Decimal("5000.00")
    assert totals[1:] == [v for _, v in proposal.by_month]
    row = footer(p.month_table)
    assert row[total_col] == proposal.total_paid
    assert row[1:total_col] == [x.total_paid for x in proposal.per_debt]


def test_switching_scenario_updates_table_and_summary(page, doc, qtbot):
    comparison = doc.results.comparison
    total_col = page.month_model.total_column()
    pick_scenario(qtbot, page, "status_quo")
    sq = comparison.scenario("status_quo")
    assert raw_column(page.month_model, total_col) == [v for _, v in sq.by_month]
    assert footer(page.month_table)[total_col] == sq.total_paid == Decimal("49504.73")
    assert page.summary.text().startswith("现状（继续逾期）：共还 49,504.73 元")
    assert page.headline.text().startswith("第一笔还款 2027-03-24")  # always the proposal
    show_debt_view(qtbot, page)
    assert raw_column(page.debt_model, DebtColumn.PAYMENT) == [
        r.payment for r in sq.per_debt[0].rows]
    pick_scenario(qtbot, page, "reinstallment")
    re = comparison.scenario("reinstallment")
    assert raw_column(page.debt_model, DebtColumn.DATE) == [r.date for r in re.per_debt[0].rows]
    assert footer(page.debt_table)[DebtColumn.PAYMENT] == re.per_debt[0].total_paid


# -- live updates -----------------------------------------------------------------------
def test_edit_in_doc_updates_the_table(page, doc, qtbot):
    show_debt_view(qtbot, page)
    page.debt_combo.setCurrentIndex(page.debt_combo.findData("jiebei"))
    assert page.debt_model.rowCount() == 24
    doc.set(("proposal", "term_months"), 36, "修改期数")
    doc.flush()
    assert page.current_debt_id() == "jiebei"  # the choice survives the refresh
    assert page.debt_model.rowCount() == 36
    assert page.debt_model.installment_count() == 36
    path = next(p for p in doc.results.comparison.scenario("proposal").per_debt
                if p.debt_id == "jiebei")
    assert raw_column(page.debt_model, DebtColumn.PAYMENT) == [r.payment for r in path.rows]
    assert footer(page.debt_table)[DebtColumn.PAYMENT] == path.total_paid
    doc.undo_stack.undo()
    doc.flush()
    assert page.debt_model.rowCount() == 24


def test_hidden_page_catches_up_when_shown(page, doc, qtbot):
    page.hide()
    doc.set(("proposal", "term_months"), 36, "修改期数")
    doc.flush()
    assert page.headline.text().endswith("2030-02-24 还清")  # texts follow at once
    page.show()
    proposal = doc.results.comparison.scenario("proposal")
    assert raw_column(page.month_model, page.month_model.total_column()) == [
        v for _, v in proposal.by_month]
    assert len(proposal.by_month) == 36
    show_debt_view(qtbot, page)
    assert page.debt_model.installment_count() == 36


def test_errors_empty_the_tables(page, doc, qtbot):
    assert page.is_complete()
    with qtbot.waitSignal(page.completeChanged):
        doc.set(("debts", 0, "principal"), "abc", "修改本金")
        doc.flush()
    assert not doc.results.ok
    assert not page.is_complete()
    assert page.month_model.rowCount() == 0
    assert page.month_table.footer_model.rowCount() == 0
    assert page.month_table.footer.isHidden()
    assert page.debt_model.rowCount() == 0
    assert not page.export_button.isEnabled()
    assert page.banner.isVisible()
    assert "元" not in page.headline.text()  # no old numbers
    assert not page.summary.isVisible()


def test_empty_plan_says_what_to_do(empty_doc, qtbot):
    p = SchedulePage(empty_doc)
    qtbot.addWidget(p)
    assert p.headline.text() == "还没有债务，先在「我的债务」里添加。"
    assert not p.is_complete()
    assert p.month_model.rowCount() == 0
    assert p.debt_combo.count() == 0
    assert not p.export_button.isEnabled()


# -- export -----------------------------------------------------------------------------
def read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_export_by_month_csv(page, doc, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "计划.csv"
    asked = {}

    def fake_dialog(parent, caption, default, filters):
        asked.update(caption=caption, default=default, filters=filters)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked["default"].endswith("seed-meituan-还款计划.csv")
    assert "*.csv" in asked["filters"]
    rows = read_csv(target)
    proposal = doc.results.comparison.scenario("proposal")
    assert rows[0] == ["月份", "美团借钱", "借呗", "招商银行信用卡 *8866", "当月合计"]
    assert len(rows) == 1 + len(proposal.by_month) + 1
    assert rows[1] == ["2027-03", "349.36", "504.00", "625.00", "1478.36"]
    assert [r[-1] for r in rows[1:-1]] == [f"{v:.2f}" for _, v in proposal.by_month]
    assert rows[-1] == ["合计", "8384.57", "12096.00", "15000.00", "35480.57"]
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert "计划.csv" in page.export_status.text()


def test_export_per_debt_csv_adds_the_extension(page, doc, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "美团"), "")))
    show_debt_view(qtbot, page)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    rows = read_csv(tmp_path / "美团.csv")
    path = doc.results.comparison.scenario("proposal").per_debt[0]
    assert rows[0] == ["期数", "日期", "还款额", "本金", "利息", "罚息", "费用", "剩余欠款"]
    assert [r[1] for r in rows[1:-1]] == [r.date.isoformat() for r in path.rows]
    assert [r[2] for r in rows[1:-1]] == [f"{r.payment:.2f}" for r in path.rows]
    assert rows[1] == ["1", "2027-03-24", "349.36", "349.36", "0.00", "0.00", "0.00", "8035.21"]
    assert rows[-1] == ["合计", "", "8384.57", "", "", "", "", ""]


def test_cancelled_dialog_writes_nothing(page, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    monkeypatch.chdir(tmp_path)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.iterdir()) == []
    assert page.export_status.text() == ""


def test_export_error_is_a_sentence_naming_the_file(page, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "没有这个文件夹" / "计划.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append((title, text))))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "无法导出"
    assert str(target) in text
    assert "文件夹不存在" in text
    assert "Errno" not in text and "Traceback" not in text
    assert not target.exists()


def test_default_csv_name_is_in_the_plans_folder(page, doc, tmp_path, qtbot):
    doc.mark_saved(tmp_path / "我的计划.json")
    assert page.default_csv_path() == tmp_path / "我的计划-还款计划.csv"
    pick_scenario(qtbot, page, "status_quo")
    show_debt_view(qtbot, page)
    assert page.default_csv_path() == tmp_path / "我的计划-还款计划-现状（继续逾期）-美团借钱.csv"

"""Step ⑦ 协商记录: the contacts table, the form driven from the keyboard, the offer
evaluated at once, reminders, undo, the reply letters, language.

Expected numbers come from calc itself (``calc.counteroffer.evaluate_offer`` on the
decoded plan, ``calc.contacts``), worded by the report's templates
(``resources/templates/negotiation.*.toml``): the page must show what calc found.
The story is ``resources/examples/seed-negotiation.json`` (美团 offered 12 × 850.00 by
phone on 2026-11-22, not confirmed in writing; next step 提交失业证明 by 2026-11-29).
The clock is fixed: today is 2026-11-24 (the fixtures'), now 09:00.
"""

from __future__ import annotations

import copy
import doctest
import os
import stat
import sys
import types
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.gui.i18n import set_language
from app.gui.models import contacts_model
from app.gui.models.contacts_model import Col, ContactsModel
from app.gui.pages.base import RED
from app.gui.pages.negotiation import REPLY_KINDS, NegotiationPage
from app.letters.templates import load_templates
from app.report import group, pct
from calc.counteroffer import evaluate_offer
from calc.model import ContactOffer, Waive

from .conftest import TODAY
from .typing_helpers import type_text as _keys

NOW = QDateTime(QDate(2026, 11, 24), QTime(9, 0))

#: The contact the keyboard test types (plan-file.md format; the offer as in
#: docs/plan-file-extensions.md): 借呗 offers 30 × 450.00 with nothing waived.
JIEBEI_CALL = {
    "at": "2026-11-23T15:30",
    "debt": "jiebei",
    "channel": "phone",
    "confirmed_in_writing": False,
    "person": "借呗客服 工号 5566",
    "summary": "可以分30期",
    "offer": {"term_months": 30, "monthly": "450.00", "waive": "none"},
    "next_step": "等短信确认",
    "due": "2026-11-26",
}


def _zh():
    return load_templates("zh", "negotiation")



def _focused():
    return QApplication.focusWidget()


def _tab(qtbot) -> None:
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)


def _make_page(doc, qtbot) -> NegotiationPage:
    p = NegotiationPage(doc, now=lambda: NOW)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    p.activateWindow()
    qtbot.waitUntil(p.isActiveWindow, timeout=2000)
    return p


@pytest.fixture
def nego_doc(gui_app):
    """A PlanDocument on the negotiation example (today 2026-11-24, its as_of)."""
    from app.gui.document import PlanDocument
    from app.resources import example_plan_path
    from app.rules_data import load_rules

    d = PlanDocument(load_rules(), today=lambda: TODAY)
    d.open(example_plan_path("seed-negotiation.json"), example=True)
    return d


@pytest.fixture
def page(nego_doc, qtbot):
    return _make_page(nego_doc, qtbot)


@pytest.fixture
def seed_page(doc, qtbot):
    """The Meituan seed: three debts, an empty negotiation log."""
    return _make_page(doc, qtbot)


def _evaluation_text(page: NegotiationPage) -> str:
    return "\n".join(page.evaluation_texts())


# -- the model -------------------------------------------------------------------------------

def test_model_passes_qtmodeltester(nego_doc, empty_doc, qtmodeltester) -> None:
    model = ContactsModel(nego_doc)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.columnCount() == len(Col)
    qtmodeltester.check(ContactsModel(empty_doc))


def test_model_shows_the_file_values_and_calcs_reading(nego_doc) -> None:
    model = ContactsModel(nego_doc)
    cell = lambda col: model.index(0, col).data()
    assert cell(Col.WHEN) == "2026-11-22 10:00"
    assert cell(Col.DEBT) == "美团借钱"
    assert cell(Col.CHANNEL) == "电话"  # the report's channel word for "phone"
    assert cell(Col.PERSON) == "美团客服 工号 8812"
    assert cell(Col.SUMMARY) == "同意按分期协商，需提交失业证明后审核"
    assert cell(Col.OFFER) == "12 期 × 850.00 元；减免全部罚息和违约金"
    # calc.contacts.unconfirmed_agreements lists it: ✗ in red
    assert model.state.unconfirmed == (0,)
    assert cell(Col.CONFIRMED) == "✗ 还没有"
    assert model.index(0, Col.CONFIRMED).data(Qt.ItemDataRole.ForegroundRole).color().name() == RED
    assert cell(Col.NEXT_STEP) == "提交失业证明"
    assert cell(Col.DUE) == "2026-11-29"  # 5 days ahead: beyond the 3-day reminder window
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"  # the report's [1]


def test_model_helpers_doctests() -> None:
    result = doctest.testmod(contacts_model, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 2
    assert result.failed == 0


# -- the seed story --------------------------------------------------------------------------

def test_seed_headline_reminders_and_evaluation_are_calcs(nego_doc, page) -> None:
    t = _zh()
    assert page.headline.text() == "美团借钱提出的方案还没有书面确认"
    assert page.reminder_texts() == [
        "✗ " + t("unconfirmed.item", debt="美团借钱", when="2026-11-22 10:00",
                 person="美团客服 工号 8812"),
        "   " + t("unconfirmed.advice"),
        t("reminders.due_soon", n=5, debt="美团借钱", step="提交失业证明", date="2026-11-29"),
    ]
    plan = nego_doc.results.plan
    e = evaluate_offer(plan, "meituan", plan.contacts[0].offer, nego_doc.rules)
    text = _evaluation_text(page)
    assert t("offer.apr_monthly", simple=pct(e.terms.apr.apr_simple),
             compound=pct(e.terms.apr.apr_compound), basis=365) in text
    assert "58.14%" in text  # what `negoplan contacts` prints for the seed
    # over this lender's share, over the budget with the others, above the cap: ✗ in red
    assert not e.budget.fits_share and not e.budget.fits_alongside and e.cap.above
    assert t("offer.share_over", share=group(e.budget.share), over=group(e.budget.over_share)) \
        in text
    assert "2027年3月" in text  # the month all debts together exceed the budget
    red = [label.text() for label in page.eval_lines if RED in label.styleSheet()]
    assert len(red) == 3 and all("✗" in line for line in red)
    assert any(label.text().startswith("→ 和你的方案比") for label in page.eval_lines)
    assert page.is_complete()


# -- adding a contact with an offer, by keyboard ---------------------------------------------

def test_add_a_contact_with_an_offer_by_keyboard_evaluates_it_at_once(doc, seed_page,
                                                                      qtbot) -> None:
    page = seed_page
    assert page.stack.currentIndex() == 0  # the empty state
    qtbot.mouseClick(page.empty_add_button, Qt.MouseButton.LeftButton)
    f = page.fields
    assert _focused() is f["at"].edit
    assert f["at"].text() == "2026-11-24 09:00"  # now, selected: typing replaces it
    _keys(qtbot, f["at"].edit, "2026-11-23 15:30")
    _tab(qtbot)
    assert _focused() is f["debt"]  # the first debt, 美团借钱
    qtbot.keyClick(f["debt"], Qt.Key.Key_Down)  # → 借呗
    _tab(qtbot)
    assert _focused() is f["channel"]  # 电话 is the default
    _tab(qtbot)
    _keys(qtbot, _focused(), "借呗客服 工号 5566")
    _tab(qtbot)
    assert _focused() is f["summary"]
    _keys(qtbot, f["summary"], "可以分30期")
    _tab(qtbot)
    assert _focused() is f["term_months"].edit
    _keys(qtbot, f["term_months"].edit, "30")
    _tab(qtbot)
    _keys(qtbot, f["monthly"].edit, "450")
    _tab(qtbot)
    assert _focused() is f["waive"]
    qtbot.keyClick(f["waive"], Qt.Key.Key_Down)  # 没有说 → 不减免
    for _ in range(4):  # fees, down payment, first due: none; the confirmation box
        _tab(qtbot)
    assert _focused() is f["confirmed_in_writing"]
    _tab(qtbot)
    _keys(qtbot, f["next_step"], "等短信确认")
    _tab(qtbot)
    _keys(qtbot, f["due"].edit, "2026-11-26")
    qtbot.keyClick(f["due"].edit, Qt.Key.Key_Return)

    assert doc.get(("contacts",)) == [JIEBEI_CALL]
    assert f["monthly"].text() == "450.00"
    doc.flush()
    plan = doc.results.plan
    e = evaluate_offer(plan, "jiebei", ContactOffer(term_months=30, monthly=Decimal("450.00"),
                                                     waive=Waive.NONE), doc.rules)
    t = _zh()
    text = _evaluation_text(page)
    assert page.evaluation_texts()[0] == t("offer.terms", debt="借呗", months=30,
                                           monthly="450.00") + t("offer.waive", waive="不减免")
    assert t("offer.apr_monthly", simple=pct(e.terms.apr.apr_simple),
             compound=pct(e.terms.apr.apr_compound), basis=365) in text
    assert pct(e.terms.apr.apr_simple) == "9.33%"
    # the budget verdict: within this lender's share and alongside the other debts
    assert e.budget.fits_share and e.budget.fits_alongside
    fits = t("offer.share_fits", share=group(e.budget.share),
             left=group(e.budget.share - e.budget.monthly))
    assert "→ " + fits in page.evaluation_texts()
    label = next(x for x in page.eval_lines if x.text() == "→ " + fits)
    assert "#1b7f3b" in label.styleSheet()  # green, with its ✓
    assert not e.cap.above
    # due in 2 days: the headline says the next step; the table shows the days left
    assert page.headline.text() == "下一步：等短信确认（借呗，2026-11-26 截止，还有 2 天）"
    assert page.model.index(0, Col.DUE).data() == "2026-11-26（还有 2 天）"
    assert page.stack.currentIndex() == 1
    assert page.is_complete()


def test_a_bad_amount_is_not_written_and_says_why(nego_doc, page, qtbot) -> None:
    field = page.fields["monthly"]
    field.edit.setFocus()
    field.edit.selectAll()
    _keys(qtbot, field.edit, "八百块")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert nego_doc.get(("contacts", 0, "offer", "monthly")) == "850.00"
    # the parser's own message, naming the field (app.messages)
    assert field.error_text() == ("✗ 第1条协商记录的对方方案的每月金额：看不懂这个金额“八百块”，"
                                  "可以写 12345.67、1.2万 或 ¥500")


def test_clearing_the_offer_fields_removes_the_offer(nego_doc, page, qtbot) -> None:
    for key in ("term_months", "monthly"):
        edit = page.fields[key].edit
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert nego_doc.get(("contacts", 0, "offer")) == {"waive": "all_penalty"}
    nego_doc.flush()
    # calc cannot evaluate it: its own message, in red, instead of numbers
    assert page.eval_lines == []
    assert page.eval_placeholder.text().startswith("无法评估对方方案：")
    assert "需要期数和每月金额" in page.eval_placeholder.text()
    page.fields["waive"].setCurrentIndex(0)  # 没有说: the offer has nothing left
    assert nego_doc.get(("contacts", 0, "offer")) is None
    nego_doc.flush()
    assert "没有记下对方的方案" in page.eval_placeholder.text()
    assert not page.reply_buttons["accept"].isEnabled()
    assert page.reply_buttons["no_reply"].isEnabled()


# -- reminders -------------------------------------------------------------------------------

def _log(doc) -> None:
    """One contact per debt, each with its next step due: overdue, today, in 2 days; and a
    later contact for 美团 that supersedes its older step."""
    contacts = [
        {"at": "2026-11-10T10:00", "debt": "meituan", "channel": "phone",
         "next_step": "寄材料", "due": "2026-11-20"},
        {"at": "2026-11-20T10:00", "debt": "jiebei", "channel": "app",
         "next_step": "回电", "due": "2026-11-24"},
        {"at": "2026-11-21T10:00", "debt": "card", "channel": "phone",
         "next_step": "提交流水", "due": "2026-11-26"},
        {"at": "2026-11-05T10:00", "debt": "meituan", "channel": "phone",
         "next_step": "旧的一步", "due": "2026-11-01"},
    ]
    doc.set(("contacts",), contacts, "test")
    doc.flush()


def test_reminders_overdue_today_and_soon_from_calc(doc, seed_page) -> None:
    page = seed_page
    _log(doc)
    t = _zh()
    # 2026-11-20 is 4 days before today (2026-11-24): the most pressing, in red
    assert page.headline.text() == "✗ 已过期 4 天：寄材料（美团借钱，2026-11-20 截止）"
    assert RED in page.headline.styleSheet()
    texts = page.reminder_texts()
    assert texts == [
        "✗ " + t("reminders.overdue", n=4, debt="美团借钱", step="寄材料", date="2026-11-20"),
        "✗ " + t("reminders.due_today", n=0, debt="借呗", step="回电", date="2026-11-24"),
        t("reminders.due_soon", n=2, debt="招商银行信用卡", step="提交流水", date="2026-11-26"),
    ]  # the 2026-11-01 step was superseded by the later 美团 contact: not reminded
    styles = [label.styleSheet() for label in page.reminder_lines]
    assert RED in styles[0] and RED in styles[1] and RED not in styles[2]
    model = page.model
    assert model.index(0, Col.DUE).data() == "✗ 2026-11-20（已过期 4 天）"
    assert model.index(1, Col.DUE).data() == "✗ 2026-11-24（今天到期）"
    assert model.index(2, Col.DUE).data() == "2026-11-26（还有 2 天）"
    assert model.index(3, Col.DUE).data() == "2026-11-01"
    for row in (0, 1):
        brush = model.index(row, Col.DUE).data(Qt.ItemDataRole.ForegroundRole)
        assert brush.color().name() == RED
    assert model.index(2, Col.DUE).data(Qt.ItemDataRole.ForegroundRole) is None

    # the overdue step done (a later contact for 美团): today's is the most pressing
    doc.insert(("contacts",), 4, {"at": "2026-11-24T08:30", "debt": "meituan",
                                  "channel": "phone", "summary": "材料已寄出"}, "test")
    doc.flush()
    assert page.headline.text() == "✗ 今天截止：回电（借呗）"


# -- undo / redo -----------------------------------------------------------------------------

def test_undo_redo_of_add_edit_and_remove(nego_doc, page, qtbot) -> None:
    before = copy.deepcopy(nego_doc.get(("contacts",)))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert nego_doc.count(("contacts",)) == 2
    added = nego_doc.get(("contacts", 1))
    # now, about the selected contact's debt
    assert added == {"at": "2026-11-24T09:00", "debt": "meituan", "channel": "phone",
                     "confirmed_in_writing": False}
    assert page.table.currentIndex().row() == 1
    assert nego_doc.undo_stack.undoText() == "记一次沟通"

    # edit: the person, by keyboard (the form follows the selected row)
    _keys(qtbot, page.fields["at"].edit, "10:15")
    _tab(qtbot)
    # a time alone is the latest such moment: 10:15 typed at 09:00 is yesterday's
    assert nego_doc.get(("contacts", 1, "at")) == "2026-11-23T10:15"
    person = page.fields["person"]
    person.setFocus()
    _keys(qtbot, person, "客服 工号 9001")
    qtbot.keyClick(person, Qt.Key.Key_Return)
    assert nego_doc.get(("contacts", 1, "person")) == "客服 工号 9001"
    assert nego_doc.undo_stack.undoText() == "修改协商记录：对方"
    nego_doc.undo_stack.undo()
    assert "person" not in nego_doc.get(("contacts", 1))
    assert person.text() == ""
    nego_doc.undo_stack.redo()
    assert person.text() == "客服 工号 9001"

    # remove the first contact with the Delete key on the table
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert nego_doc.count(("contacts",)) == 1
    assert nego_doc.get(("contacts", 0, "person")) == "客服 工号 9001"
    assert nego_doc.undo_stack.undoText() == "删除协商记录"
    nego_doc.undo_stack.undo()
    assert nego_doc.get(("contacts", 0)) == before[0]
    assert nego_doc.count(("contacts",)) == 2

    # undo everything: the log as it was; redo brings the new contact back
    while nego_doc.undo_stack.canUndo():
        nego_doc.undo_stack.undo()
    assert nego_doc.get(("contacts",)) == before
    nego_doc.flush()
    assert page.headline.text() == "美团借钱提出的方案还没有书面确认"
    nego_doc.undo_stack.redo()
    assert nego_doc.count(("contacts",)) == 2


def test_edit_of_the_offer_reevaluates_and_undoes(nego_doc, page, qtbot) -> None:
    before = _evaluation_text(page)
    monthly = page.fields["monthly"].edit
    monthly.setFocus()
    monthly.selectAll()
    _keys(qtbot, monthly, "300")
    qtbot.keyClick(monthly, Qt.Key.Key_Return)
    assert nego_doc.get(("contacts", 0, "offer", "monthly")) == "300.00"
    nego_doc.flush()
    plan = nego_doc.results.plan
    e = evaluate_offer(plan, "meituan", plan.contacts[0].offer, nego_doc.rules)
    assert e.budget.fits_share  # 300.00 ≤ the 361.39 share
    assert "✓" in page.evaluation_texts()[4]
    nego_doc.undo_stack.undo()
    nego_doc.flush()
    assert nego_doc.get(("contacts", 0, "offer", "monthly")) == "850.00"
    assert page.fields["monthly"].text() == "850.00"
    assert _evaluation_text(page) == before


# -- states ----------------------------------------------------------------------------------

def test_empty_state_explains_what_to_log(empty_doc, qtbot) -> None:
    page = _make_page(empty_doc, qtbot)
    assert page.headline.text() == "还没有协商记录"
    assert page.stack.currentIndex() == 0
    assert page.empty_label.text() == (
        "每次和贷款机构沟通（电话、App 客服、短信），记下时间、对方工号、说了什么、答应了什么。"
        "口头答应的，一定要对方书面确认。")
    assert not page.reminders_box.isVisibleTo(page)
    assert not page.remove_button.isEnabled()
    assert not any(b.isEnabled() for b in page.reply_buttons.values())
    assert not page.is_complete()
    # a contact without any debt to link: it is logged, not linked
    qtbot.mouseClick(page.empty_add_button, Qt.MouseButton.LeftButton)
    assert empty_doc.get(("contacts", 0)) == {"at": "2026-11-24T09:00", "channel": "phone",
                                             "confirmed_in_writing": False}
    assert page.model.index(0, Col.DEBT).data() == "（未关联）"


def test_no_stale_numbers_while_the_plan_has_errors(nego_doc, page) -> None:
    assert page.eval_lines
    nego_doc.set(("debts", 0, "principal"), "abc", "test")
    nego_doc.flush()
    assert nego_doc.results.errors
    assert page.model.state is None
    assert page.headline.text() == "已记录 1 次沟通"
    assert page.eval_lines == []
    assert page.eval_placeholder.text() == "结果未更新：请先改正标红的输入"
    assert not page.reminders_box.isVisibleTo(page)
    assert page.model.index(0, Col.CONFIRMED).data() == "没有"  # no verdict from old results
    assert not any(b.isEnabled() for b in page.reply_buttons.values())
    assert page.banner.isVisibleTo(page)
    nego_doc.undo_stack.undo()
    nego_doc.flush()
    assert len(page.eval_lines) == 7


def test_an_error_in_the_log_is_shown_at_its_field(nego_doc, page) -> None:
    nego_doc.set(("contacts", 0, "due"), "2026-13-40", "test")
    nego_doc.flush()
    assert "日期无效" in page.fields["due"].error_text()
    assert not page.is_complete()


# -- reply letters ---------------------------------------------------------------------------

def _stand_in(monkeypatch) -> list[tuple]:
    """A stand-in for app.letters.reply_build.reply_pdf: records its arguments and
    returns a small PDF (the page's part, apart from the letter itself)."""
    calls: list[tuple] = []

    def reply_pdf(plan, contact_index, kind, lang, today):
        calls.append((plan, contact_index, kind, lang, today))
        return b"%PDF-1.4\n% stand-in " + kind.encode() + b"\n%%EOF\n"

    module = types.ModuleType("app.letters.reply_build")
    module.reply_pdf = reply_pdf
    monkeypatch.setitem(sys.modules, "app.letters.reply_build", module)
    return calls


def _answer(monkeypatch, button) -> list[str]:
    """Answer QMessageBox.question with ``button``; returns the questions' texts."""
    asked: list[str] = []

    def question(parent, title, text, buttons, default):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_reply_buttons_export_a_private_pdf_through_reply_pdf(nego_doc, page, qtbot, tmp_path,
                                                              monkeypatch) -> None:
    calls = _stand_in(monkeypatch)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    seen = {}

    def ask(parent, caption, start, filters):
        seen["start"] = start
        return str(tmp_path / f"回复-{len(calls)}"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warning {a[1:]}"))
    for kind in REPLY_KINDS:
        assert page.reply_buttons[kind].isEnabled()
        qtbot.mouseClick(page.reply_buttons[kind], Qt.MouseButton.LeftButton)
    assert [c[1:] for c in calls] == [(0, kind, "zh", date(2026, 11, 24)) for kind in REPLY_KINDS]
    assert calls[0][0] is nego_doc.results.plan
    for n, kind in enumerate(REPLY_KINDS, 1):
        written = tmp_path / f"回复-{n}.pdf"
        assert written.read_bytes().startswith(b"%PDF-1.4\n% stand-in " + kind.encode())
        assert stat.S_IMODE(os.stat(written).st_mode) == 0o600
    assert seen["start"].endswith("-meituan-reply-confirm_call.pdf")
    assert str(tmp_path / "回复-4.pdf") in page.status_label.text()
    # accepting the seed's offer (above the cap, beyond the budget: calc's flags) asks first
    assert len(asked) == 1
    assert "✗ 超出本金的部分超过法定上限允许的数额" in asked[0]
    assert "✗ 每月要还的钱超出你的预算" in asked[0]
    # the English letter when asked
    page.reply_lang.setCurrentIndex(page.reply_lang.findData("en"))
    assert page.export_reply("no_reply", str(tmp_path / "en.pdf"))
    assert calls[-1][3] == "en"


def test_accepting_an_offer_beyond_the_budget_can_be_called_off(nego_doc, page, tmp_path,
                                                                 monkeypatch) -> None:
    calls = _stand_in(monkeypatch)
    _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert not page.export_reply("accept", str(tmp_path / "accept.pdf"))
    assert calls == []
    assert not (tmp_path / "accept.pdf").exists()


def test_reply_errors_are_said_in_the_ui_language(nego_doc, page, tmp_path,
                                                  monkeypatch) -> None:
    from calc.errors import PlanInvalid, Problem

    def reply_pdf(plan, contact_index, kind, lang, today):
        raise PlanInvalid([Problem("reply.nothing_to_confirm", f"contacts[{contact_index}]")])

    module = types.ModuleType("app.letters.reply_build")
    module.reply_pdf = reply_pdf
    monkeypatch.setitem(sys.modules, "app.letters.reply_build", module)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(
        (title, text)))
    assert not page.export_reply("confirm_call", str(tmp_path / "x.pdf"))
    assert shown == [("无法生成", ("第1条协商记录：这条协商记录没有沟通内容、对方方案或下一步，"
                                   "没有可确认的内容：请先补充记录"))]
    assert not (tmp_path / "x.pdf").exists()
    # a folder that cannot be written: the storage error, in words
    _stand_in(monkeypatch)
    shown.clear()
    assert not page.export_reply("counter", str(tmp_path / "missing" / "x.pdf"))
    assert shown[0][0] == "导出失败" and shown[0][1].startswith("无法保存到")


def test_reply_with_the_real_reply_pdf(nego_doc, page, tmp_path, monkeypatch) -> None:
    pytest.importorskip("app.letters.reply_build")
    from pypdf import PdfReader

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warning {a[1:]}"))
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    target = tmp_path / "counter.pdf"
    assert page.export_reply("counter", str(target))
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "重庆美团三快小额贷款有限公司" in text and "张伟" in text  # to the lender, from the plan


# -- language --------------------------------------------------------------------------------

def test_language_switch_relabels(nego_doc, page) -> None:
    tr = QCoreApplication.translate
    set_language("en")
    try:
        en = load_templates("en", "negotiation")
        assert page.model.index(0, Col.CHANNEL).data() == "Phone"
        assert page.model.headerData(Col.WHEN, Qt.Orientation.Horizontal) == tr(
            "ContactsModel", "时间")
        assert page.add_button.text() == tr("NegotiationPage", "＋ 记一次沟通")
        assert page.step_title() == tr("Steps", "协商记录")
        assert page.reminders_title.text() == en("reminders.heading")
        assert page.evaluation_texts()[0].startswith("美团借钱 offers: 12 instalments")
        assert page.fields["waive"].currentText() == "waive all penalty and fees"
        assert page.fields["channel"].currentText() == "Phone"
    finally:
        set_language("zh")
    assert page.model.index(0, Col.CHANNEL).data() == "电话"
    assert page.evaluation_texts()[0].startswith("美团借钱 提出：12 期")
    assert page.add_button.text() == "＋ 记一次沟通"
    assert page.headline.text() == "美团借钱提出的方案还没有书面确认"


# -- the main window -------------------------------------------------------------------------

def test_seventh_step_and_ctrl_7(qtbot, gui_app, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from app.gui import build_window
    from app.gui.recovery import RecoveryStore
    from app.gui.steps import STEPS
    from app.resources import example_plan_path

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = build_window(str(example_plan_path("seed-negotiation.json")), settings=settings,
                     recovery=RecoveryStore(tmp_path / "recovery"), today=lambda: TODAY,
                     offer_recovery=False)
    qtbot.addWidget(w, before_close_func=lambda w: w.doc.undo_stack.setClean())
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    assert [s.key for s in STEPS][6] == "negotiation"
    assert w.steps.item(6).text() == "⑦ 协商记录  ✓"  # one contact logged
    qtbot.keyClick(w, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentIndex() == 6
    assert isinstance(w.page(6), NegotiationPage)


def test_screenshot_script_walks_seven_steps() -> None:
    root = Path(__file__).resolve().parents[2]
    text = (root / "scripts" / "screenshots.py").read_text(encoding="utf-8")
    assert '"collection", "negotiation")' in text

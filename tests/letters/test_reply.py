"""Replies and follow-up letters about a negotiation contact (app/letters/reply*.py).

The seed (resources/examples/seed-negotiation.json): 张伟 owes 美团借钱
(重庆美团三快小额贷款有限公司) principal 7,600.00 + interest 420.00 + penalty 480.00
+ fees 100.00; on 2026-11-22 10:00 美团客服 工号 8812 offered by phone 12 × 850.00 with
all penalty and fees waived, no first date given, not confirmed in writing; next step
提交失业证明 by 2026-11-29. Every kind is composed on it and read back from the PDF
with pypdf. Expected figures: the offer's terms from the plan file; its total, dates,
APR, cap and budget test from calc.counteroffer.evaluate_offer (with the arithmetic
that checks them written next to each); our proposal from the comparison
(calc.asks.debt_asks), as ``negoplan letter`` states it. ``run_reply`` is exercised as
the CLI subcommand will call it.
"""

from __future__ import annotations

import copy
import difflib
import io
import json
import os
import re
import stat
import subprocess
import sys
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import numpy_financial as npf
import pytest
from pypdf import PdfReader

from app.letters.build import render
from app.letters.document import Fields, NumberedList, plain_text
from app.letters.reply import REPLY_KINDS, compose_reply, reply_by
from app.letters.reply_build import check_reply, reply_document, reply_pdf
from app.letters.reply_cli import run_reply
from app.letters.templates import LANGS, load_templates, placeholders
from app.messages import message
from app.rules_data import load_rules
from calc.asks import debt_asks
from calc.errors import PlanInvalid
from calc.plan import decode_plan
from calc.scenarios import compare

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "examples" / "seed-negotiation.json"
PRIVATE = ROOT / "resources" / "examples" / "private-loan.json"
AS_OF = date(2026, 11, 24)  # the seed's as_of
TODAY = date(2026, 11, 30)  # the day the letters are written: 8 days after the call
RULES = load_rules()
FORBIDDEN = {
    "zh": ("必须", "否则", "起诉", "坐牢", "曝光", "百分百", "保证成功", "删除征信", "停催",
           "投诉", "后果自负"),
    "en": ("must", "otherwise", "jail", "prison", "sue", "we guarantee", "100%", "complain",
           "consequences"),
}


def raw(path: Path = SEED) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def plan_of(data: dict):
    plan, _ = decode_plan(data, today=AS_OF)
    return plan


@cache
def seed_plan():
    return plan_of(raw())


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(data: bytes) -> str:
    return "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


@cache
def printed(kind: str, lang: str):
    """(document, evaluation, PDF text) of ``kind`` on the seed's contact [1]."""
    doc, evaluation = reply_document(seed_plan(), RULES, 0, kind, lang, TODAY)
    return doc, evaluation, pdf_text(render([doc]))


def t(lang: str):
    return load_templates(lang, "reply")


def seed_ask():
    plan = seed_plan()
    comparison = compare(plan, RULES, with_suggestions=False)
    return next(a for a in debt_asks(plan, comparison) if a.debt.id == "meituan")


def assert_clean(doc, text: str, lang: str) -> None:
    """Everything composed reached the PDF; no box, placeholder or pressure word."""
    flat = squash(text)
    assert "\x00" not in text
    for line in plain_text(doc).splitlines():
        assert squash(line) in flat, line
    body = plain_text(doc)
    assert "{" not in body and "None" not in body
    for word in FORBIDDEN[lang]:
        assert word not in text.lower(), word


def confirm_list(lang: str) -> list[str]:
    """The items of the written confirmation that hold no figure (letters.md §6)."""
    w = t(lang)
    lender = w("lender.other")
    return [w("confirm.charges_stop"), w("confirm.third_party", lender=lender),
            w("confirm.credit"), w("confirm.channel", lender=lender)]


# --- templates ---------------------------------------------------------------------


def test_both_languages_have_the_same_keys_and_placeholders():
    zh, en = t("zh"), t("en")
    assert set(zh) == set(en)
    for key in zh:
        z, e = placeholders(zh.raw(key)), placeholders(en.raw(key))
        if key in ("fmt.date", "fmt.month"):  # English spells the month: {d} {month_name} {y}
            assert (z - e, e - z) == ({"m"}, {"month_name"}), key
            continue
        assert z == e, key


@pytest.mark.parametrize("lang", LANGS)
def test_no_pressure_threats_or_promises_in_the_wording(lang):
    w = t(lang)
    for key in w:
        for word in FORBIDDEN[lang]:
            assert word not in w.raw(key).lower(), (key, word)


def test_every_cap_regime_waiver_allocation_and_channel_has_its_wording():
    from calc.model import Allocation, Waive
    from calc.rules import CapRegime

    w = t("zh")
    assert {f"cap.{r.value}" for r in CapRegime} <= w.keys()
    assert {f"allocation.{a.value}" for a in Allocation} <= w.keys()
    assert {f"offer.waive_{v.value}" for v in Waive} <= w.keys()
    assert {f"proposal.waiver_{v.value}" for v in Waive if v is not Waive.NONE} <= w.keys()
    assert {f"title.{k}" for k in REPLY_KINDS} <= w.keys()
    # the channels the negotiation log names (resources/templates/negotiation.zh.toml)
    log = load_templates("zh", "negotiation")
    assert {k for k in log if k.startswith("channel.")} <= w.keys()


# --- the four letters on the seed ------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_accept_restates_the_offer_and_asks_for_written_confirmation(lang):
    doc, e, text = printed("accept", lang)
    flat, w = squash(text), t(lang)
    assert_clean(doc, text, lang)
    # the offer as noted in the plan file: 12 instalments of 850.00, penalty and fees waived
    assert squash(w("offer.waive_all_penalty")) in flat
    assert "850.00" in flat and squash(load_templates(lang, "letter")("fmt.periods", n=12)) in flat
    # calc's evaluation: 12 × 850.00 = 10,200.00; first due as_of + 1 month (none given),
    # last 11 months later; waived 480.00 + 100.00 = 580.00, leaving 7,600 + 420 = 8,020.00
    assert (e.total_paid, e.waived, e.owed_after_waiver) == (
        Decimal("10200.00"), Decimal("580.00"), Decimal("8020.00"))
    assert (e.terms.first_due, e.terms.last_due) == (date(2026, 12, 24), date(2027, 11, 24))
    for figure in ("10,200.00", "580.00", "8,020.00", "7,600.00", "1,000.00"):
        assert figure in flat, figure
    if lang == "zh":
        assert "壹万零贰佰元整" in flat  # the total in 大写
        assert squash("2026年12月24日") in flat and squash("2027年11月24日") in flat
        assert squash("美团客服 工号 8812") in flat and squash("2026年11月22日 10:00") in flat
    else:
        assert squash("24 December 2026") in flat and squash("24 November 2027") in flat
    # the first date was not given: the letter says it is an estimate
    assert squash(w("offer.first_assumed", lender=w("lender.other"),
                    date=("2026年12月24日" if lang == "zh" else "24 December 2026"))) in flat
    # the acceptance is conditional on written confirmation, and says what it states
    assert squash(w("accept.agree", lender=w("lender.other"))) in flat
    for item in confirm_list(lang):
        assert squash(item.rstrip("；;")) in flat, item
    [items] = [b for b in doc.blocks if isinstance(b, NumberedList)]
    assert len(items.items) == 6  # amounts, schedule, charges stop, third parties, credit, channel


@pytest.mark.parametrize("lang", LANGS)
def test_counter_explains_with_calcs_numbers_and_proposes_our_plan(lang):
    doc, e, text = printed("counter", lang)
    flat = squash(text)
    assert_clean(doc, text, lang)
    # budget: disposable 4,200 − (1,500 + 900 + 300) = 1,500.00; this lender's pro-rata
    # share 1,500 × 8,600 / (8,600 + 12,096 + 15,000) = 361.39; the offer 850.00 is 488.61 over
    fit = e.budget
    assert (fit.disposable, fit.share, fit.over_share) == (
        Decimal("1500.00"), Decimal("361.39"), Decimal("488.61"))
    for figure in ("4,200.00", "2,700.00", "1,500.00", "361.39", "850.00", "488.61"):
        assert figure in flat, figure
    # alongside the other debts' proposals, the largest month (March 2027) is 1,979.00
    assert (fit.combined_max, fit.combined_month) == (Decimal("1979.00"), date(2027, 3, 1))
    assert "1,979.00" in flat and squash("2027年3月" if lang == "zh" else "March 2027") in flat
    # the real APR by the IRR method: 7,600 = Σ 850 / (1 + r)^k, k = 1…12 (numpy_financial.rate)
    monthly = Decimal(str(npf.rate(12, -850, 7600, 0)))
    assert round(monthly * 12, 4) == round(e.terms.apr.apr_simple, 4)
    assert "58.14%" in flat
    # charges 10,200 − 7,600 = 2,600.00 above the principal, the 24 % cap allows 1,364.01
    assert (e.cap.charges, e.cap.allowed, e.cap.excess) == (
        Decimal("2600.00"), Decimal("1364.01"), Decimal("1235.99"))
    for figure in ("2,600.00", "1,364.01", "1,235.99", "24%"):
        assert figure in flat, figure
    # our proposal for this debt, from the comparison (as the proposal letter states it)
    ask = seed_ask()
    assert e.versus.proposal.total_paid == ask.total_paid == Decimal("8384.57")
    assert (len(ask.installments), ask.regular, ask.installments[0].date) == (
        24, Decimal("349.36"), date(2027, 3, 24))
    for figure in ("8,384.57", "349.36", "349.29", "215.43", "1,815.43"):
        assert figure in flat, figure
    first = "2027年3月24日" if lang == "zh" else "24 March 2027"
    assert squash(first) in flat
    # the reasons and our plan are numbered lists; a written reply is asked for
    lists = [b for b in doc.blocks if isinstance(b, NumberedList)]
    assert [len(x.items) for x in lists] == [4, 4]  # share, month, cap, total | waiver…rate
    assert squash(t(lang)("counter.reply", lender=t(lang)("lender.other"))) in flat


@pytest.mark.parametrize("lang", LANGS)
def test_no_reply_counts_the_days_and_asks_for_a_reply_by_a_date(lang):
    doc, _, text = printed("no_reply", lang)
    flat, w = squash(text), t(lang)
    assert_clean(doc, text, lang)
    # 2026-11-22 → 2026-11-30: 8 days; reply asked by 2026-11-30 + 7 = 2026-12-07
    assert reply_by(TODAY, 7) == date(2026, 12, 7)
    if lang == "zh":
        assert squash("已过去8天") in flat and squash("于2026年12月7日前") in flat
        assert squash("同意按分期协商，需提交失业证明后审核") in flat
    else:
        assert squash("8 days have passed") in flat and squash("by 7 December 2026") in flat
    # the proposal restated briefly: the waiver above the cap, the deferral, the instalments
    for figure in ("215.43", "8,384.57", "349.36"):
        assert figure in flat, figure
    assert squash(w("no_reply.resend", lender=w("lender.other"))) in flat
    assert "138****6621" in flat


@pytest.mark.parametrize("lang", LANGS)
def test_confirm_call_states_who_when_and_what_and_asks_to_confirm_or_correct(lang):
    doc, _, text = printed("confirm_call", lang)
    flat, w = squash(text), t(lang)
    assert_clean(doc, text, lang)
    assert doc.blocks[0].text == w("title.confirm_call_phone")  # the contact was a call
    for fact in ("美团客服 工号 8812", "同意按分期协商，需提交失业证明后审核", "提交失业证明"):
        assert squash(fact) in flat, fact
    when = "2026年11月22日 10:00" if lang == "zh" else "10:00 on 22 November 2026"
    due = "2026年11月29日" if lang == "zh" else "29 November 2026"
    by = "2026年12月7日" if lang == "zh" else "7 December 2026"
    for fact in (when, due, by, "10,200.00"):
        assert squash(fact) in flat, fact
    days = load_templates(lang, "letter")("fmt.days", n=7)
    assert squash(w("call.confirm_by", lender=w("lender.other"), date=by, days=days)) in flat
    for item in confirm_list(lang):
        assert squash(item.rstrip("；;")) in flat, item


def test_the_reply_window_is_a_parameter():
    doc, _ = reply_document(seed_plan(), RULES, 0, "confirm_call", "zh", TODAY, days=14)
    assert "2026年12月14日前（14天内）" in plain_text(doc)
    doc, _ = reply_document(seed_plan(), RULES, 0, "no_reply", "zh", TODAY, days=3)
    assert "于2026年12月3日前" in plain_text(doc)


def test_the_document_title_names_no_person_and_the_letter_is_dated_today():
    for kind in REPLY_KINDS:
        doc, _, _ = printed(kind, "zh")
        assert "张伟" not in doc.title and "138" not in doc.title
        assert "重庆美团三快小额贷款有限公司" in doc.title
        assert "日期：2026年11月30日" in plain_text(doc)


# --- other plans -------------------------------------------------------------------------


def card_plan_raw() -> dict:
    """Another borrower, the card debt, a written offer with a first date and a fee."""
    data = raw()
    data["as_of"] = "2026-11-20"
    data["proposal"].update({"deferral_months": 2, "term_months": 18})
    data["borrower"] = {"name": "李娜", "id_last4": "0428", "phone": "139****1024",
                        "address": "江苏省南京市"}
    data["household"]["income"] = [{"label": "工资", "monthly": "6800.00"}]
    data["contacts"] = [
        {"at": "2026-11-18T15:30", "debt": "card", "channel": "app",
         "person": "招行信用卡中心 协商专员 工号 A1024",
         "summary": "可办理个性化分期，需收取分期手续费",
         "offer": {"term_months": 36, "monthly": "520.00", "fees": "300.00",
                   "first_due": "2026-12-05"},
         "confirmed_in_writing": False, "next_step": "", "due": None},
    ]
    return data


def test_two_plans_never_share_a_body():
    seed_doc, _, _ = printed("counter", "zh")
    card = plan_of(card_plan_raw())
    card_doc, e = reply_document(card, RULES, 0, "counter", "zh", TODAY)
    assert e.offer.first_due == date(2026, 12, 5) and e.offer.fees == Decimal("300.00")

    def facts(doc):
        """The printed fields, and the list items stating a figure or a date."""
        fields = [v for b in doc.blocks if isinstance(b, Fields) for _, v in b.rows]
        items = [i for b in doc.blocks if isinstance(b, NumberedList) for i in b.items
                 if re.search(r"\d", i)]
        return set(fields), set(items)

    (f1, i1), (f2, i2) = facts(seed_doc), facts(card_doc)
    assert not (f1 & f2) and not (i1 & i2)
    a, b = plain_text(seed_doc), plain_text(card_doc)
    assert difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() < 0.75
    flat = squash(plain_text(card_doc))
    assert "尊敬的" not in flat and "贵行" in flat  # a card issuer is 贵行
    assert squash("招行信用卡中心 协商专员 工号 A1024") in flat and "2026年12月5日" in flat
    assert "300.00" in flat  # the one-off fee restated
    # the same plan gives the same letter (pure)
    assert reply_document(card, RULES, 0, "counter", "zh", TODAY)[0] == card_doc


def test_a_private_lender_is_asked_for_a_written_agreement_and_no_credit_report():
    data = raw(PRIVATE)
    debt = data["debts"][0]["id"]
    data["contacts"] = [{"at": "2026-11-20T19:00", "debt": debt, "channel": "wechat",
                         "person": "", "summary": "同意分期",
                         "offer": {"term_months": 10, "monthly": "1000.00"}}]
    plan, _ = decode_plan(data, today=AS_OF)
    doc, _ = reply_document(plan, RULES, 0, "accept", "zh", TODAY)
    text = plain_text(doc)
    w = t("zh")
    assert w("confirm.credit") not in text and w("confirm.channel_private") in text
    assert "您" in text and "贵司" not in text
    assert squash(w("accept.ask_private", first="2026年12月24日")) in squash(text)


def test_counter_without_reasons_simply_proposes():
    data = raw()
    # the lender asks exactly our plan's regular amount over as many months: no flag holds
    data["contacts"][0]["offer"] = {"term_months": 24, "monthly": "340.00", "waive": "all_charges",
                                    "first_due": "2027-03-24"}
    doc, e = reply_document(plan_of(data), RULES, 0, "counter", "zh", TODAY)
    assert e.flags == ()
    w = t("zh")
    text = plain_text(doc)
    assert w("counter.reasons_intro") not in text
    assert w("counter.no_reasons", lender="贵司") in text


# --- the composer's contract and the request checks -------------------------------------


def test_the_composer_refuses_what_it_cannot_write():
    plan = seed_plan()
    comparison = compare(plan, RULES, with_suggestions=False)
    w = t("zh")
    with pytest.raises(ValueError):
        compose_reply(w, plan, 0, "thanks", comparison, None, TODAY)
    with pytest.raises(ValueError):
        compose_reply(w, plan, 1, "no_reply", comparison, None, TODAY)
    with pytest.raises(ValueError):
        compose_reply(w, plan, 0, "accept", comparison, None, TODAY)  # no evaluation
    with pytest.raises(ValueError):
        compose_reply(w, plan, 0, "no_reply", comparison, None, date(2026, 11, 22))
    with pytest.raises(ValueError):
        compose_reply(w, plan, 0, "no_reply", comparison, None, TODAY, days=0)


def _problem(plan, index, kind, today=TODAY, days=7):
    with pytest.raises(PlanInvalid) as exc:
        check_reply(plan, index, kind, today, days)
    [p] = exc.value.problems
    return p


def test_request_problems_have_codes_paths_and_sentences():
    plan = seed_plan()
    assert _problem(plan, 0, "thanks").path == "kind"
    p = _problem(plan, 1, "accept")
    assert (p.code, p.path, p.params["value"]) == ("reply.unknown_contact", "contact", 2)
    p = _problem(plan, 0, "no_reply", today=date(2026, 11, 22))
    assert (p.code, p.path) == ("reply.too_early", "contacts[0].at")
    p = _problem(plan, 0, "confirm_call", today=date(2026, 11, 21))
    assert p.code == "reply.contact_in_future"
    assert _problem(plan, 0, "confirm_call", days=0).code == "reply.days_invalid"
    data = raw()
    data["contacts"][0].pop("offer")
    data["contacts"].append({"at": "2026-11-23T09:00", "channel": "phone"})
    plan = plan_of(data)
    p = _problem(plan, 0, "counter")
    assert (p.code, p.path) == ("reply.no_offer", "contacts[0].offer")
    assert _problem(plan, 1, "no_reply").code == "reply.no_debt"
    check_reply(plan, 0, "no_reply", TODAY)  # a follow-up needs no offer
    for problem in (p, _problem(plan, 1, "no_reply")):
        for lang in LANGS:
            sentence = message(problem.code, problem.path, problem.params, lang)
            assert "?" not in sentence and "{" not in sentence


def test_an_offer_calc_cannot_evaluate_stops_accept_but_not_a_confirmation():
    data = raw()
    data["contacts"][0]["offer"] = {"term_months": 12}  # no monthly amount noted
    plan = plan_of(data)
    with pytest.raises(PlanInvalid) as exc:
        reply_document(plan, RULES, 0, "accept", "zh", TODAY)
    assert [(p.code, p.path) for p in exc.value.problems] == [
        ("offer.incomplete", "contacts[0].offer")]
    doc, evaluation = reply_document(plan, RULES, 0, "confirm_call", "zh", TODAY)
    assert evaluation is None and "分12期" in plain_text(doc)


def test_reply_pdf_is_the_documents_pdf_and_checks_the_font():
    data = reply_pdf(seed_plan(), 0, "accept", "zh", TODAY)
    assert data.startswith(b"%PDF") and "10,200.00" in pdf_text(data)
    raw_plan = raw()
    raw_plan["contacts"][0]["person"] = "客服 \U0001F600"  # an emoji the font lacks
    with pytest.raises(PlanInvalid) as exc:
        reply_pdf(plan_of(raw_plan), 0, "confirm_call", "zh", TODAY)
    assert [(p.code, p.path) for p in exc.value.problems] == [
        ("letter.missing_glyphs", "contacts[0].person")]


def test_the_composer_loads_no_pdf_or_gui_and_reads_no_clock_or_file():
    program = (
        "import json, sys\n"
        "import app.letters.reply, app.letters.reply_build, app.letters.reply_cli\n"
        "print(json.dumps(sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('PySide6', 'shiboken6', 'reportlab'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
    source = (ROOT / "app" / "letters" / "reply.py").read_text(encoding="utf-8")
    for call in ("open(", "date.today", "datetime.now", "time.time", "read_text"):
        assert call not in source, call


# --- run_reply (what `negoplan reply` calls) ----------------------------------------------


def run(capsys, plan_path, *, contact=1, kind="accept", output, lang="zh", days=7, today=TODAY):
    code = run_reply(str(plan_path), contact=contact, kind=kind, output=str(output), lang=lang,
                     today=today, days=days)
    out, err = capsys.readouterr()
    return code, out, err


def write_plan(tmp_path, data, name="plan.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", REPLY_KINDS)
def test_writes_each_kind_owner_only(tmp_path, capsys, kind):
    out = tmp_path / f"{kind}.pdf"
    code, stdout, err = run(capsys, SEED, kind=kind, output=out)
    assert code == 0, err
    assert stdout.splitlines() == [message("reply.written", "", {"path": str(out.resolve())})]
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert "Traceback" not in err
    doc, _, _ = printed(kind, "zh")
    assert squash(doc.blocks[0].text) in squash(pdf_text(out.read_bytes()))


def test_accepting_an_offer_over_budget_and_cap_prints_notes(tmp_path, capsys):
    code, _, err = run(capsys, SEED, kind="accept", output=tmp_path / "a.pdf")
    assert code == 0
    assert message("reply.accept_over_budget", "", {"monthly": "850.00", "share": "361.39",
                                                     "max": "1,979.00",
                                                     "disposable": "1,500.00"}) in err
    assert message("reply.accept_above_cap", "", {"charges": "2,600.00", "allowed": "1,364.01",
                                                   "excess": "1,235.99"}) in err


def test_a_folder_output_gets_a_file_named_after_plan_debt_contact_and_kind(tmp_path, capsys):
    folder = tmp_path / "out"
    folder.mkdir()
    assert run(capsys, SEED, kind="no_reply", output=folder)[0] == 0
    assert [p.name for p in folder.iterdir()] == ["seed-negotiation-meituan-reply-1-no_reply.pdf"]


def _no_offer_plan(tmp_path) -> Path:
    data = raw()
    data["contacts"].append({"at": "2026-11-25T09:00", "debt": "card", "channel": "phone",
                             "person": "招行客服", "summary": "已提交申请，等待审核"})
    data["contacts"].append({"at": "2026-11-26T09:00", "channel": "phone",
                             "summary": "未说明是哪家机构"})
    return write_plan(tmp_path, data)


@pytest.mark.parametrize("kwargs, code, words", [
    ({"kind": "thanks"}, "reply.unknown_kind", "thanks"),
    ({"contact": 0}, "reply.unknown_contact", "0"),
    ({"contact": 4}, "reply.unknown_contact", "4"),
    ({"contact": 2, "kind": "accept"}, "reply.no_offer", "accept"),
    ({"contact": 2, "kind": "counter"}, "reply.no_offer", "counter"),
    ({"contact": 3, "kind": "no_reply"}, "reply.no_debt", ""),
    ({"contact": 1, "kind": "no_reply", "today": date(2026, 11, 22)}, "reply.too_early", "2026-11-22"),
    ({"contact": 1, "kind": "confirm_call", "days": 0}, "reply.days_invalid", "0"),
])
def test_invalid_requests_exit_2_with_a_sentence(tmp_path, capsys, kwargs, code, words):
    from app.messages import MESSAGES

    out = tmp_path / "r.pdf"
    status, stdout, err = run(capsys, _no_offer_plan(tmp_path), output=out, **kwargs)
    assert status == 2
    assert "Traceback" not in err and stdout == ""
    assert words in err
    longest = max(re.split(r"\{[a-z_]+\}", MESSAGES[code][0]), key=len)  # the sentence's words
    assert longest in err
    assert not out.exists()


def test_a_follow_up_on_a_contact_without_an_offer_works(tmp_path, capsys):
    out = tmp_path / "f.pdf"
    code, _, err = run(capsys, _no_offer_plan(tmp_path), contact=2, kind="no_reply", output=out)
    assert code == 0, err
    text = squash(pdf_text(out.read_bytes()))
    assert squash("已提交申请，等待审核") in text and "招商银行股份有限公司信用卡中心" in text
    assert "贵行" in text and "已过去5天" in text  # 2026-11-25 → 2026-11-30


def test_an_invalid_plan_exits_2(tmp_path, capsys):
    data = copy.deepcopy(raw())
    data["debts"][0]["principal"] = "-1"
    code, _, err = run(capsys, write_plan(tmp_path, data), output=tmp_path / "x.pdf")
    assert code == 2 and "Traceback" not in err and err

"""The negotiation report (app/negotiation_report.py): text zh/en, JSON, exit codes.

The example is resources/examples/seed-negotiation.json (seed-meituan.json with one
contact: 美团 customer service offered 12 × 850.00 with all penalty waived, not
confirmed in writing, next step 提交失业证明 due 2026-11-29). Expected figures:
the creditor's share 361.39 and the proposal path (24 × 349.36 from 2027-03-24,
8,384.57 in all) come from ``negoplan compare`` on that plan; 850.00 − 361.39 =
488.61; 12 × 850.00 = 10,200.00; owed after the waiver 7,600 + 420 = 8,020.00.
Wording rules: letters.md §6 (get it in writing, official channels), rules.md §9
(state 单利/复利 next to a rate; no "必须").
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from app.letters.templates import load_templates, placeholders
from app.negotiation_report import (
    evaluate_contacts,
    negotiation_json,
    negotiation_text,
    run_contacts,
)
from app.planio import load_plan
from app.rules_data import load_rules

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "examples" / "seed-negotiation.json"
AS_OF = date(2026, 11, 24)


def seed():
    plan, _ = load_plan(SEED, today=AS_OF)
    return plan, evaluate_contacts(plan, load_rules())


def seed_data() -> dict:
    return json.loads(SEED.read_text(encoding="utf-8"))


def write_plan(tmp_path: Path, data: dict) -> str:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


# --- text ----------------------------------------------------------------------------


def test_seed_text_zh():
    plan, outcomes = seed()
    text = negotiation_text(plan, outcomes, date(2026, 11, 27), "zh")
    assert "还有 2 天：美团借钱 — 提交失业证明（截止 2026-11-29）" in text
    assert "美团借钱：2026-11-22 10:00 美团客服 工号 8812 提出的方案还没有书面确认。" in text
    assert "只通过官方渠道还款" in text
    assert "美团借钱（重庆美团三快小额贷款有限公司）" in text
    assert "[1] 2026-11-22 10:00  电话  美团客服 工号 8812" in text
    assert "下一步：提交失业证明，截止 2026-11-29" in text
    assert "美团借钱 提出：12 期，每月 850.00 元，减免全部罚息和违约金" in text
    assert "共还 10,200.00 元（2026-12-24 至 2027-11-24），比减免后应还的 8,020.00 元多 2,180.00 元" in text
    assert re.search(r"实际年化 \d+\.\d\d%（单利，按月计；复利 \d+\.\d\d%）", text)
    assert "✗ 超出本金的部分共 2,600.00 元，超过年化 24.00% 上限" in text
    assert "在你给这家的预算 361.39 元内？✗ 超出 488.61 元" in text
    assert "2027年3月要还 1,979.00 元，超过每月可支配的 1,500.00 元 ✗" in text  # 850 + 504 + 625
    assert ("和你的方案比（每月 349.36 元，27 个月，共 8,384.57 元）："
            "每月多 500.64 元，少还 15 个月，总共多付 1,815.43 元") in text
    assert "中国人民银行公告〔2021〕第3号" in text and "不构成法律意见" in text


def test_seed_text_en():
    plan, outcomes = seed()
    text = negotiation_text(plan, outcomes, date(2026, 11, 29), "en")
    assert "Due today: 美团借钱 — 提交失业证明 (2026-11-29)" in text
    assert "not confirmed in writing yet" in text
    assert "美团借钱 offers: 12 instalments of 850.00, waive all penalty and fees" in text
    assert "Within your budget of 361.39 for this lender? ✗ 488.61 over" in text
    assert "500.64 more a month, 15 months shorter, 1,815.43 more in total" in text
    assert "simple, monthly periods" in text and "not legal advice" in text


def test_overdue_and_none_due():
    plan, outcomes = seed()
    assert "已过期 3 天：美团借钱" in negotiation_text(plan, outcomes, date(2026, 12, 2), "zh")
    text = negotiation_text(plan, outcomes, AS_OF, "zh", within_days=3)  # due in 5 days
    assert "3 天内没有到期的待办事项。" in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_wording_is_factual(lang):
    plan, outcomes = seed()
    t = load_templates(lang, "negotiation")
    for body in (negotiation_text(plan, outcomes, AS_OF, lang), "\n".join(t.raw(k) for k in t)):
        assert "必须" not in body
        assert not re.search(r"\bmust\b", body, re.IGNORECASE)


def test_templates_have_the_same_keys_and_placeholders_in_both_languages():
    zh, en = load_templates("zh", "negotiation"), load_templates("en", "negotiation")
    assert zh.keys() == en.keys()
    for key in zh:
        assert placeholders(zh.raw(key)) == placeholders(en.raw(key)), key


def test_no_contacts_says_what_to_log():
    plan, _ = load_plan(ROOT / "resources" / "examples" / "seed-meituan.json", today=AS_OF)
    text = negotiation_text(plan, [], AS_OF, "zh")
    assert "还没有协商记录" in text and "待办提醒" not in text


def test_offer_problems_are_shown_at_their_field(tmp_path):
    data = seed_data()
    data["contacts"] += [
        {"at": "2026-11-23T09:00", "debt": "card", "channel": "wechat", "person": "招行 李经理",
         "offer": {"waive": "all_penalty"}, "confirmed_in_writing": True},
        {"at": "2026-11-23T11:00", "channel": "call", "person": "某客服",
         "offer": {"term_months": 6, "monthly": "100.00"}},
    ]
    plan, _ = load_plan(write_plan(tmp_path, data), today=AS_OF)
    outcomes = evaluate_contacts(plan, load_rules())
    assert outcomes[1].code == "offer.incomplete" and outcomes[1].path == "contacts[1].offer"
    assert outcomes[2] is None  # no debt linked: nothing to evaluate against
    text = negotiation_text(plan, outcomes, AS_OF, "zh")
    assert "无法评估对方方案：第2条协商记录的对方方案：需要期数和每月金额" in text
    assert "未关联债务的记录" in text and "这条记录没有关联债务" in text
    assert "书面确认：已收到" in text
    obj = negotiation_json(plan, outcomes, AS_OF, "en")
    problem = obj["debts"][1]["contacts"][0]["problem"]
    assert problem["code"] == "offer.incomplete" and "contact 2" in problem["message"]
    assert [d["id"] for d in obj["debts"]] == ["meituan", "card", ""]


# --- JSON ---------------------------------------------------------------------------------


def test_seed_json():
    plan, outcomes = seed()
    obj = json.loads(json.dumps(negotiation_json(plan, outcomes, date(2026, 11, 28))))
    assert obj["as_of"] == "2026-11-24" and obj["within_days"] == 3
    assert obj["reminders"] == [{"contact": 0, "debt": "meituan", "next_step": "提交失业证明",
                                 "due": "2026-11-29", "days": 1, "status": "due_soon"}]
    assert obj["unconfirmed"] == [0]
    (debt,) = obj["debts"]
    assert debt["id"] == "meituan" and debt["product"] == "美团借钱"
    (contact,) = debt["contacts"]
    assert contact["offer"] == {"term_months": 12, "monthly": "850.00", "waive": "all_penalty",
                                "fees": None, "down_payment": None, "first_due": None}
    e = contact["evaluation"]
    assert e["total_paid"] == "10200.00" and len(e["flows"]) == 12
    assert e["flows"][0] == {"date": "2026-12-24", "amount": "850.00", "kind": "installment"}
    assert (e["owed"], e["waived"], e["owed_after_waiver"], e["extra_charges"]) == (
        "8600.00", "580.00", "8020.00", "2180.00")
    assert e["apr"]["method"] == "monthly" and float(e["apr"]["simple"]) > 0.24
    assert e["cap"]["regime"] == "judicial_24" and e["cap"]["above"] is True
    assert e["budget"]["share"] == "361.39" and e["budget"]["over_share"] == "488.61"
    assert e["budget"]["fits_share"] is False and e["budget"]["combined_month"] == "2027-03-01"
    vs = e["versus_proposal"]
    assert (vs["proposal"]["monthly"], vs["proposal"]["months"], vs["proposal"]["total_paid"]) == (
        "349.36", 27, "8384.57")
    assert (vs["monthly"], vs["months"], vs["total_paid"]) == ("500.64", -15, "1815.43")
    assert e["flags"] == ["above_cap", "over_share", "over_budget", "costs_more"]
    assert contact["problem"] is None


# --- run_contacts --------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "needle"), [("zh", "协商记录"), ("en", "Negotiation log")])
def test_run_prints_the_report(capsys, lang, needle):
    assert run_contacts(str(SEED), json_out=False, lang=lang, today=AS_OF) == 0
    out = capsys.readouterr().out
    assert needle in out and "361.39" in out


def test_run_json(capsys):
    assert run_contacts(str(SEED), json_out=True, lang="zh", today=date(2026, 11, 28),
                        within_days=1) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["within_days"] == 1 and obj["reminders"][0]["status"] == "due_soon"


@pytest.mark.parametrize(
    ("content", "lang", "needles"),
    [(None, "zh", ("找不到文件", "plan.json")),
     ("{not json", "en", ("not valid JSON", "line 1")),
     ({"format": "negoplan/plan", "version": 1,
       "debts": [{"id": "d1", "creditor": "美团", "principal": "1000.00", "annual_rate": "0.18"}],
       "contacts": [{"at": "2026-11-20T10:00", "debt": "zz",
                     "offer": {"monthly": "abc"}}]}, "zh",
      ("contacts[0]", "zz"))],
)
def test_a_bad_plan_exits_2_with_a_message(tmp_path, capsys, content, lang, needles):
    path = tmp_path / "plan.json"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif content is not None:
        path.write_text(json.dumps(content), encoding="utf-8")
    assert run_contacts(str(path), json_out=True, lang=lang, today=AS_OF) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Traceback" not in captured.err
    assert all(n in captured.err for n in needles), captured.err

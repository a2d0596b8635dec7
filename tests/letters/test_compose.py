"""The letter model: plan + comparison + templates → Documents (no PDF here).

Expected values come from the calculator (``calc.scenarios.compare``) for the
same plan, from ``shared/domain/letters.md`` (skeleton, attachments by hardship
type) and ``rules.md`` §9 (how each legal basis may be phrased).
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.letters.compose import LetterOptions, attachments, compose_letters
from app.letters.document import Document, Fields, NumberedList, Signature, Table, Title, plain_text
from app.letters.templates import LANGS, load_templates, placeholders
from app.rules_data import load_rules
from calc.asks import LetterKind, debt_asks
from calc.daxie import to_daxie
from calc.model import HardshipReason
from calc.plan import decode_plan
from calc.scenarios import compare

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "examples" / "seed-meituan.json"
PRIVATE = ROOT / "resources" / "examples" / "private-loan.json"
AS_OF = date(2026, 11, 24)


def raw(path: Path = SEED) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def letters(data: dict[str, Any], lang: str = "zh", **kw: Any) -> tuple[Document, ...]:
    plan, _ = decode_plan(data, today=AS_OF)
    return compose_letters(plan, compare(plan, load_rules(), with_suggestions=False),
                           load_templates(lang), **kw)


def asks_of(data: dict[str, Any]):
    plan, _ = decode_plan(data, today=AS_OF)
    return {a.debt.id: a for a in debt_asks(plan, compare(plan, load_rules(), with_suggestions=False))}


def text(doc: Document) -> str:
    return plain_text(doc)


def one_debt(data: dict[str, Any], debt_id: str, **proposal: Any) -> dict[str, Any]:
    out = copy.deepcopy(data)
    out["debts"] = [d for d in out["debts"] if d["id"] == debt_id]
    out["evidence"] = [e for e in out.get("evidence", []) if e.get("debt", debt_id) == debt_id]
    out["proposal"].update(proposal)
    return out


# --- templates -----------------------------------------------------------------

def test_both_languages_have_the_same_keys_and_placeholders():
    zh, en = load_templates("zh"), load_templates("en")
    assert set(zh) == set(en)
    # Differences allowed: English names the month and says "once" without a number;
    # it addresses the lender as "you/your" where Chinese repeats 贵司/贵行 ({lender}).
    for key in zh:
        z, e = placeholders(zh.raw(key)), placeholders(en.raw(key))
        assert e - z <= {"month_name"}, key
        assert z - e <= {"lender", "m", "n"}, key


@pytest.mark.parametrize("lang", LANGS)
def test_no_placeholder_or_none_is_left_in_any_letter(lang):
    for data in (raw(SEED), raw(PRIVATE)):
        for doc in letters(data, lang):
            body = text(doc)
            assert not re.search(r"\{[a-z_]+\}", body)
            assert "None" not in body


# --- letter type follows the proposal ---------------------------------------------

def test_letter_types_of_the_seed_example():
    asks = asks_of(raw())
    # 美团: waiver of 215.43 above the 24 % threshold + deferral → the general letter
    assert asks["meituan"].kind is LetterKind.GENERAL
    # 借呗: deferral, nothing above the cap to waive → a deferral letter
    assert asks["jiebei"].kind is LetterKind.DEFERRAL
    # a credit card is always a 个性化分期 letter
    assert asks["card"].kind is LetterKind.CARD_INSTALLMENT
    titles = [doc.blocks[0] for doc in letters(raw())]
    assert [t.text for t in titles] == ["协商还款申请书", "延期还款申请书", "个性化分期还款申请书"]


def test_waiver_only_gives_the_waiver_letter():
    data = one_debt(raw(), "meituan", deferral_months=0)
    (doc,) = letters(data)
    assert doc.blocks[0] == Title("减免罚息及违约金申请书", "（美团借钱）")
    assert "延期还款：" not in text(doc)


def test_plain_reinstallment_is_a_general_letter():
    data = one_debt(raw(), "jiebei", deferral_months=0)
    (doc,) = letters(data)
    assert doc.blocks[0].text == "协商还款申请书"


# --- content: facts from the plan, figures from the calculator ------------------

def test_the_letter_carries_the_calculators_figures_in_digits_and_daxie():
    data = raw()
    asks = asks_of(data)
    doc = letters(data, debt_ids=["meituan"])[0]
    body = text(doc)
    a = asks["meituan"]
    assert a.summary.owed == Decimal("8600.00") and a.waived.total == Decimal("215.43")
    assert "重庆美团三快小额贷款有限公司：" in body  # addressee: the legal entity, not the brand
    assert "合计8,600.00元（人民币捌仟陆佰元整）" in body
    assert "超出部分为215.43元（人民币贰佰壹拾伍元肆角叁分）" in body
    assert "减免后应还金额为8,384.57元（人民币捌仟叁佰捌拾肆元伍角柒分）" in body
    first = a.installments[0]
    assert f"首期还款：2027年3月24日，349.36元（人民币{to_daxie(first.payment)}）" in body
    assert "共计还款8,384.57元（人民币捌仟叁佰捌拾肆元伍角柒分）" in body
    assert "自2027年3月24日起于每月24日还款" in body
    assert "以贵司系统核算为准" in body


def test_schedule_table_rows_and_totals_equal_the_calculators():
    data = raw()
    plan, _ = decode_plan(data, today=AS_OF)
    comparison = compare(plan, load_rules(), with_suggestions=False)
    proposal = next(s for s in comparison.scenarios if s.key == "proposal")
    for doc, path in zip(letters(data), proposal.per_debt):
        (table,) = [b for b in doc.blocks if isinstance(b, Table) and b.columns[0].title == "期数"]
        assert len(table.rows) == len(path.rows)
        for cells, row in zip(table.rows, path.rows):
            assert cells[1] == row.date.isoformat()
            assert cells[2] == f"{row.payment:,.2f}"
            assert cells[5] == f"{row.balance:,.2f}"
        total = sum((r.payment for r in path.rows), Decimal(0))
        assert table.footer[0][2] == f"{total:,.2f}"
        assert sum(Decimal(c[2].replace(",", "")) for c in table.rows) == total


def test_applicant_block_masks_the_id_and_names_the_contract():
    doc = letters(raw(), debt_ids=["meituan"])[0]
    (fields,) = [b for b in doc.blocks if isinstance(b, Fields)][:1]
    assert ("申请人：", "张伟") in fields.rows
    assert ("身份证号码：", "尾号3015") in fields.rows
    assert ("借款合同编号：", "MT2025070812345") in fields.rows
    card = letters(raw(), debt_ids=["card"])[0]
    assert ("信用卡：", "卡号尾号8866") in next(b for b in card.blocks if isinstance(b, Fields)).rows


def test_hardship_facts_are_the_borrowers_own():
    data = raw()
    body = text(letters(data, debt_ids=["meituan"])[0])
    assert data["hardship"]["story"] in body
    assert "自2026年6月30日起，本人因失业和收入大幅下降" in body
    assert "下降了53%" in body  # (9000 − 4200) / 9000 = 53.3 %
    assert "每月最多可用于偿还全部欠款的金额为1,500.00元" in body


def test_missing_facts_are_left_out_not_invented():
    data = raw()
    data["hardship"] = {}
    data["household"] = {}
    data["evidence"] = []
    data["borrower"] = {"name": "王五"}
    body = text(letters(data, debt_ids=["meituan"])[0])
    assert "本人目前收入不足以按原合同按期足额还款。" in body
    letter = body.split("困难情况说明")[0]
    for absent in ("下降了", "身份证号码", "母亲", "每月最多可用于", "失业"):
        assert absent not in letter, absent
    # the skeleton's must-haves are left blank to fill in by hand, not invented
    assert "联系电话：____________________（请手写补填）" in letter


def test_two_plans_never_share_a_letter_body():
    a = letters(raw(SEED))
    b = letters(raw(PRIVATE))
    bodies = [text(d) for d in a + b]
    assert len(set(bodies)) == len(bodies)
    other = raw()
    other["borrower"]["name"] = "李雷"
    other["hardship"]["story"] = "本人2026年5月起生病住院，收入中断。"
    assert text(letters(other)[0]) != bodies[0]


def test_requests_stop_third_party_contact_and_ask_for_writing():
    body = text(letters(raw(), debt_ids=["meituan"])[0])
    # the log's entries linked to this debt: 3 attempts on 11-20 (the 11-21 SMS names no debt)
    assert "2026年11月20日，本人的母亲接到了有关本笔欠款的催收电话或短信。" not in body
    assert "本人的母亲共3次接到有关本笔欠款的催收电话或短信" in body
    assert "停止联系本人的家人、朋友和同事等第三人" in body
    assert "以书面形式" in body and "官方渠道还款" in body
    assert "《中华人民共和国民法典》第一千零三十三条" in body  # ✅ cited by article


def test_card_letter_uses_article_70_as_a_possibility_not_a_right():
    body = text(letters(raw(), debt_ids=["card"])[0])
    assert "第七十条" in body and "发卡银行可以与持卡人平等协商" in body
    assert "必须" not in body
    assert "不再申领新的信用卡" in body
    assert "贵行" in body and "贵司" not in body


def test_no_promises_threats_or_success_rates():
    for doc in letters(raw()) + letters(raw(PRIVATE)):
        body = text(doc)
        for word in ("成功率", "保证成功", "起诉你", "曝光", "法律规定必须", "百分百"):
            assert word not in body


def test_private_lender_basis_states_the_lpr_and_its_date():
    docs = letters(raw(PRIVATE))
    body = text(docs[0])
    assert docs[0].blocks[0].text == "减免罚息及违约金申请书"
    assert "第二十五条、第二十九条" in body
    assert "一年期贷款市场报价利率为3.45%（2024年2月20日发布），四倍即年化13.80%" in body
    assert "向您借款" in body  # a natural person is not 贵司


def test_licensed_lender_basis_is_the_24_percent_threshold_as_a_request():
    body = text(letters(raw(), debt_ids=["meituan"])[0])
    assert "《最高人民法院关于进一步加强金融审判工作的若干意见》的规定" in body
    assert "恳请贵司在协商中对超出部分予以核减" in body
    assert "年化24%（单利，每年按365天折算）" in body
    assert "四倍" not in body.split("五、")[0]  # 4×LPR is not claimed against a licensed lender


def test_deferral_with_contract_interest_states_the_capitalised_interest():
    data = one_debt(raw(), "jiebei", deferral_interest="contract")
    a = asks_of(data)["jiebei"]
    assert a.capitalised > 0
    body = text(letters(data)[0])
    assert f"利息按合同利率计算并计入分期金额（约{a.capitalised:,.2f}元）" in body


def test_down_payment_is_the_first_payment_and_the_first_schedule_row():
    data = one_debt(raw(), "meituan", down_payment="500.00", deferral_months=0)
    doc = letters(data)[0]
    body = text(doc)
    assert "首付款：本人于2026年11月24日先行还款500.00元（人民币伍佰元整）" in body
    assert "首期还款：2026年11月24日，500.00元（人民币伍佰元整）" in body
    (table,) = [b for b in doc.blocks if isinstance(b, Table) and b.columns[0].title == "期数"]
    assert table.rows[0][:3] == ("首付", "2026-11-24", "500.00")
    assert table.rows[1][0] == "1"


def test_interest_bearing_installments_state_the_rate_as_simple():
    data = one_debt(raw(), "jiebei", installment_rate="0.06")
    body = text(letters(data)[0])
    assert re.search(r"分期期间按年化6%（单利）计息，利息合计[\d,]+\.\d\d元", body)


@pytest.mark.parametrize("reason,expected", [
    ("unemployment", "失业登记证明或离职证明（解除劳动合同通知）"),
    ("illness", "诊断证明书、住院病历或出院小结、医疗费用票据"),
    ("income_drop", "近6个月银行流水及收入证明"),
    ("business_failure", "营业执照、停业证明或近期经营流水"),
    ("family_emergency", "家庭变故的相关证明材料"),
    ("disaster", "受灾证明或事故认定书"),
    ("other", "村（居）委会出具的困难情况证明"),
])
def test_attachments_follow_each_hardship_reason_when_no_documents_are_listed(reason, expected):
    data = raw()
    data["hardship"] = {"reasons": [reason]}
    plan, _ = decode_plan(data, today=AS_OF)
    items = attachments(load_templates("zh"), plan, LetterOptions())
    assert items == ["身份证复印件", expected, "还款计划表", "家庭收支情况表", "困难情况说明"]
    doc = letters(data, debt_ids=["meituan"])[0]
    assert NumberedList(tuple(items)) in doc.blocks


def test_every_reason_has_an_attachment_in_both_languages():
    for lang in LANGS:
        t = load_templates(lang)
        for reason in HardshipReason:
            assert t(f"attach.reason.{reason.value}")
            assert t(f"hardship.reason.{reason.value}")


def test_the_borrowers_own_documents_replace_the_standard_list():
    plan, _ = decode_plan(raw(), today=AS_OF)
    items = attachments(load_templates("zh"), plan, LetterOptions(schedule=False, budget=False))
    assert items == ["身份证复印件", "解除劳动合同证明", "近六个月银行流水", "临时工工资记录", "困难情况说明"]


def test_options_leave_out_pages_and_their_attachment_lines():
    doc = letters(raw(), debt_ids=["meituan"], options=LetterOptions(schedule=False, budget=False))[0]
    body = text(doc)
    assert "还款计划表" not in body and "家庭收支情况表" not in body
    assert "共计还款8,384.57元" in body  # the total is still stated in the letter


def test_signature_block_leaves_room_to_sign_and_date_by_hand():
    doc = letters(raw(), debt_ids=["meituan"])[0]
    sig = next(b for b in doc.blocks if isinstance(b, Signature))
    assert sig.lines == (("申请人：", "张伟"), ("签名（手写）/按手印：", ""), ("日期：", "________年____月____日"))


def test_budget_page_lists_every_creditor_with_the_proposed_installment():
    doc = letters(raw(), debt_ids=["jiebei"])[0]
    table = next(b for b in doc.blocks if isinstance(b, Table) and b.columns[0].title == "债权人")
    assert [r[0] for r in table.rows] == ["重庆美团三快小额贷款有限公司", "重庆蚂蚁消费金融有限公司",
                                          "招商银行股份有限公司信用卡中心"]
    assert [r[2] for r in table.rows] == ["349.36", "504.00", "625.00"]
    assert table.footer[0][1] == "35,696.00"


def test_hardship_statement_quantifies_the_gap():
    body = text(letters(raw(), debt_ids=["meituan"])[0]).split("困难情况说明\n")[-1]
    # due now: 美团 8,600 + 借呗 4,714.30 overdue principal + 96 interest + card 15,000 = 28,410.30
    assert "其中已到期应还28,410.30元" in body
    assert "需要约19个月" in body  # ceil(28,410.30 / 1,500)
    assert "困难发生前，本人每月收入约9,000.00元" in body


def test_document_title_has_no_personal_data():
    for doc in letters(raw()):
        assert "张伟" not in doc.title and "3015" not in doc.title and "6621" not in doc.title


def test_english_letter():
    doc = letters(raw(), "en", debt_ids=["meituan"])[0]
    body = text(doc)
    assert doc.blocks[0].text == "Request for a Negotiated Repayment Plan"
    assert "To 重庆美团三快小额贷款有限公司:" in body
    assert "CNY 8,600.00 (in words: 人民币捌仟陆佰元整) in total" in body
    assert "the excess is CNY 215.43 (in words: 人民币贰佰壹拾伍元肆角叁分)" in body
    assert "First payment: CNY 349.36 (in words: 人民币叁佰肆拾玖元叁角陆分) on 24 March 2027." in body
    assert "Besides your company, I have 2 debts with other creditors" in body


def test_evidence_is_told_only_to_the_lender_it_is_linked_to():
    for debt_id in ("jiebei", "card"):
        body = text(letters(raw(), debt_ids=[debt_id])[0])
        assert "母亲" not in body.split("困难情况说明")[0]


def test_derived_start_of_the_cap_window_is_marked_as_an_estimate():
    body = text(letters(raw(), debt_ids=["meituan"])[0])
    assert "自2026年6月20日（逾期前一期，本人按此估算）起" in body
    data = raw()
    data["debts"][0]["charges_since"] = "2026-06-20"
    assert "本人按此估算" not in text(letters(data, debt_ids=["meituan"])[0])


def test_private_lender_register():
    docs = letters(raw(PRIVATE))
    first, second = (text(d) for d in docs)
    assert "尊敬的王强：" in first
    assert "行业催收工作指引" not in first and "催收机构" not in first
    assert "恳请您体谅本人的实际困难，同意上述方案。" in first
    assert "在您考虑本申请期间，恳请暂停计算逾期利息。" in first
    # 赵敏's loan has interest only: the title does not speak of 罚息 or 违约金
    assert docs[1].blocks[0].text == "减免超额利息申请书"
    assert "按约定计算的利息" in second


def test_card_letter_asks_the_bank_to_verify_rather_than_asserting():
    body = text(letters(raw(), debt_ids=["card"])[0])
    assert "本人认为自身情况符合上述情形，恳请贵行核实" in body

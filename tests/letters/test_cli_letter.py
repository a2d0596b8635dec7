"""``negoplan letter`` end to end: the PDF read back with pypdf.

Expected figures come from the calculator for the same plan (``debt_asks``
over ``compare``); the text checks are what a lender reads: creditor entity,
applicant, amounts in digits and 大写, every schedule row, totals, attachments.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import cli
from app.cli import main
from app.rules_data import load_rules
from calc.asks import debt_asks
from calc.daxie import to_daxie
from calc.plan import decode_plan
from calc.scenarios import compare

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "examples" / "seed-meituan.json"
PRIVATE = ROOT / "resources" / "examples" / "private-loan.json"
AS_OF = date(2026, 11, 24)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(cli, "_today", lambda: AS_OF)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def pdf_text(path: Path) -> tuple[list[str], PdfReader]:
    reader = PdfReader(str(path))
    return [re.sub(r"[ \t]+", " ", page.extract_text() or "") for page in reader.pages], reader


def squash(text: str) -> str:
    """Extraction breaks lines where the PDF wraps them: compare without any whitespace."""
    return re.sub(r"\s+", "", text)


@cache
def seed_asks():
    plan, _ = decode_plan(json.loads(SEED.read_text(encoding="utf-8")), today=AS_OF)
    return {a.debt.id: a for a in debt_asks(plan, compare(plan, load_rules(), with_suggestions=False))}


@cache
def seed_pdf(tmp: str, lang: str) -> tuple[list[str], PdfReader]:
    out = Path(tmp) / f"seed-{lang}.pdf"
    code, _stdout, err = run("letter", str(SEED), "-o", str(out), "--lang", lang)
    assert code == 0, err
    return pdf_text(out)


@pytest.fixture(scope="module")
def tmp_module(tmp_path_factory) -> str:
    return str(tmp_path_factory.mktemp("letters"))


def test_one_pdf_holds_every_creditors_letter(tmp_module):
    pages, _reader = seed_pdf(tmp_module, "zh")
    text = squash("".join(pages))
    for creditor in ("重庆美团三快小额贷款有限公司：", "重庆蚂蚁消费金融有限公司：", "招商银行股份有限公司信用卡中心："):
        assert creditor in text
    # per letter: the applicant block, the letter's signature, the hardship statement's signature
    assert text.count("申请人：张伟") == 3 * 3
    assert "\x00" not in "".join(pages)  # no missing glyph anywhere


def test_page_numbers_restart_for_each_letter(tmp_module):
    pages, _ = seed_pdf(tmp_module, "zh")
    numbers = [re.search(r"第 ?(\d+) ?页 ?共 ?(\d+) ?页", p) for p in pages]
    assert all(numbers)
    firsts = [i for i, m in enumerate(numbers) if m.group(1) == "1"]
    assert len(firsts) == 3
    for m in numbers:
        assert int(m.group(1)) <= int(m.group(2))


def test_amounts_in_digits_and_daxie_and_every_schedule_row(tmp_module):
    pages, _ = seed_pdf(tmp_module, "zh")
    text = squash("".join(pages))
    for a in seed_asks().values():
        assert squash(f"合计{a.summary.owed:,.2f}元（人民币{to_daxie(a.summary.owed)}）") in text
        assert squash(f"共计还款{a.total_paid:,.2f}元（人民币{to_daxie(a.total_paid)}）") in text
        first = a.installments[0]
        assert squash(f"{first.payment:,.2f}元（人民币{to_daxie(first.payment)}）") in text
        for n, row in enumerate(a.installments, 1):
            cells = f"{n}{row.date.isoformat()}{row.payment:,.2f}{row.principal:,.2f}"
            assert cells in text, cells
        assert squash(f"合计{a.total_paid:,.2f}{a.total_paid:,.2f}0.00") in text  # the totals row


def test_attachments_are_listed(tmp_module):
    pages, _ = seed_pdf(tmp_module, "zh")
    text = squash("".join(pages))
    for item in ("1.身份证复印件", "2.解除劳动合同证明", "3.近六个月银行流水", "4.临时工工资记录",
                 "5.还款计划表", "6.家庭收支情况表", "7.困难情况说明"):
        assert item in text


def test_fonts_are_embedded_and_metadata_holds_no_personal_data(tmp_module):
    _, reader = seed_pdf(tmp_module, "zh")
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            assert "Helvetica" not in str(font.get("/BaseFont"))
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            assert "/FontFile2" in target["/FontDescriptor"]
    meta = reader.metadata
    assert meta.title and "张伟" not in meta.title
    for key in ("/Author", "/Subject", "/Keywords"):
        assert not meta.get(key) or "张伟" not in str(meta.get(key))


def test_english_letter(tmp_module):
    pages, _ = seed_pdf(tmp_module, "en")
    text = " ".join(pages)
    assert "Request for a Negotiated Repayment Plan" in text
    assert "Page 1 of" in text
    assert "人民币捌仟陆佰元整" in squash(text)
    assert "\x00" not in text


def test_one_debt_and_no_optional_pages(tmp_path):
    out = tmp_path / "one.pdf"
    code, stdout, _ = run("letter", str(SEED), "-o", str(out), "--debt", "card", "--no-schedule", "--no-budget")
    assert code == 0
    pages, _ = pdf_text(out)
    text = squash("".join(pages))
    assert "个性化分期还款申请书" in text and "重庆美团三快" not in text
    assert "还款计划表" not in text and "家庭收支情况表" not in text
    assert "困难情况说明" in text
    assert "1封申请书" in stdout


def test_output_folder_writes_one_file_per_creditor(tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    code, _stdout, _ = run("letter", str(SEED), "-o", str(folder))
    assert code == 0
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["seed-meituan-card.pdf", "seed-meituan-jiebei.pdf", "seed-meituan-meituan.pdf"]
    text = squash("".join(pdf_text(folder / "seed-meituan-jiebei.pdf")[0]))
    assert "延期还款申请书" in text and "招商银行" not in text.split("家庭收支情况表")[0]
    assert (folder / "seed-meituan-card.pdf").stat().st_mode & 0o077 == 0  # personal data: owner only


def test_private_loan_letter(tmp_path):
    out = tmp_path / "private.pdf"
    code, _, err = run("letter", str(PRIVATE), "-o", str(out))
    assert code == 0, err
    text = squash("".join(pdf_text(out)[0]))
    assert "王强：" in text and "赵敏：" in text
    assert "四倍即年化13.80%" in text


def test_unknown_debt_is_invalid_input(tmp_path):
    code, _, err = run("letter", str(SEED), "-o", str(tmp_path / "x.pdf"), "--debt", "nope")
    assert code == 2
    assert "nope" in err and "meituan" in err
    assert not (tmp_path / "x.pdf").exists()


def test_plan_without_debts_is_invalid_input(tmp_path):
    plan = tmp_path / "empty.json"
    plan.write_text(json.dumps({"format": "negoplan/plan", "version": 1, "debts": []}), encoding="utf-8")
    code, _, err = run("letter", str(plan), "-o", str(tmp_path / "x.pdf"), "--lang", "en")
    assert code == 2 and "no debts" in err


def test_a_character_the_font_lacks_names_the_field(tmp_path):
    data = json.loads(SEED.read_text(encoding="utf-8"))
    data["borrower"]["name"] = "张\U00020000"  # CJK Extension B: outside GBK
    plan = tmp_path / "p.json"
    plan.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run("letter", str(plan), "-o", str(tmp_path / "x.pdf"))
    assert code == 2
    assert "借款人信息" in err or "borrower.name" in err
    assert "\U00020000" in err
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_output_is_a_clear_error(tmp_path):
    code, _, err = run("letter", str(SEED), "-o", str(tmp_path / "missing" / "deeper" / "x.pdf"))
    assert code == 2
    assert "无法保存" in err


def test_over_budget_proposal_is_warned_about(tmp_path):
    data = json.loads(SEED.read_text(encoding="utf-8"))
    data["proposal"]["term_months"] = 6
    plan = tmp_path / "p.json"
    plan.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run("letter", str(plan), "-o", str(tmp_path / "x.pdf"))
    assert code == 0
    assert "超过了按预算可分给该债权人" in err


@pytest.mark.parametrize("example", [SEED, PRIVATE], ids=["seed", "private"])
def test_signature_never_stands_alone_on_a_page(tmp_path, example):
    out = tmp_path / "x.pdf"
    assert run("letter", str(example), "-o", str(out))[0] == 0
    for page in pdf_text(out)[0]:
        text = squash(page)
        if "签名（手写）" in text:  # the statement it signs is on the same page
            assert "本人保证以上所述情况" in text

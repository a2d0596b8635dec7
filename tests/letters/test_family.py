"""The family script (给家人的说明): one printed page, read back with pypdf.

What a parent or spouse reads when a collector calls: the key sentences of
``shared/domain/letters.md`` §10 in both languages, the borrower's name only
when a plan gives it, the call-log sheet, and all of it on exactly one A4 page
(the tests render it; if a wording change spills onto a second page, shorten
the wording, not the font). ``run_family_script`` is exercised as the CLI
subcommand will call it.
"""

from __future__ import annotations

import copy
import dataclasses
import io
import json
import os
import re
import stat
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.letters import document as d
from app.letters.build import family_document, render
from app.letters.family import BLANK_CELL, LOG_ROWS, compose_family_script
from app.letters.family_cli import run_family_script
from app.letters.templates import LANGS, load_templates, placeholders
from calc.plan import decode_plan

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "examples" / "seed-meituan.json"
AS_OF = date(2026, 11, 24)
NAME, PHONE = "张伟", "138****6621"  # the seed plan's borrower

# The sentences the page exists for (letters.md §10), as printed.
KEY_SENTENCES = {
    "zh": (
        "我不是借款人，也不是担保人。",
        "请通过本人或官方渠道联系借款人。",
        "请不要再联系我。",
        "紧急联系人不是借款人，也不是担保人，没有替人还款的义务",
        "如是夫妻共同债务另当别论，可咨询律师",
        "有时会自称律师、法院或公安",
        "外包催收公司",
        "请拨打110",
        "付钱或转账",
        "点短信里的链接、扫对方发来的二维码",
        "说出其他亲友的电话",
        "本页不是法律意见",
    ),
    "en": (
        "I am not the borrower, and not a guarantor.",
        "Please contact the borrower directly or through official channels.",
        "Please do not contact me again.",
        "An emergency contact is not the borrower or a guarantor and owes nothing.",
        "a joint marital debt",
        "some claim to be a lawyer, a court or the police",
        "an agency it hired",
        "Call 110 if",
        "pay or transfer money",
        "click links or scan codes they send",
        "give other relatives' numbers",
        "This page is not legal advice",
    ),
}
LOG_HEADER = {
    "zh": ("日期时间", "来电号码", "对方自称", "说了什么", "是否威胁"),
    "en": ("Date, time", "Number", "Said they were", "What they said", "Threats?"),
}
# Pressure, promises and alarm have no place on this page (letters.md §11).
FORBIDDEN = {
    "zh": ("必须", "一定要", "保证", "成功率", "停催", "起诉你", "坐牢", "曝光", "立即"),
    "en": ("must", "guarantee", "success rate", "jail", "prison", "sue you", "immediately"),
}


def raw_seed() -> dict:
    return json.loads(SEED.read_text(encoding="utf-8"))


@cache
def seed_plan():
    plan, _ = decode_plan(raw_seed(), today=AS_OF)
    return plan


def with_borrower(**fields):
    plan = seed_plan()
    return dataclasses.replace(plan, borrower=dataclasses.replace(plan.borrower, **fields))


def squash(text: str) -> str:
    """Extraction breaks lines where the PDF wraps them: compare without any whitespace."""
    return re.sub(r"\s+", "", text)


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


@cache
def rendered(lang: str, personal: bool) -> tuple[d.Document, list[str]]:
    doc = family_document(seed_plan() if personal else None, lang)
    return doc, pdf_pages(render([doc]))


# --- templates -------------------------------------------------------------------


def test_both_languages_have_the_same_keys_and_placeholders():
    zh, en = load_templates("zh", "family"), load_templates("en", "family")
    assert set(zh) == set(en)
    for key in zh:
        assert placeholders(zh.raw(key)) == placeholders(en.raw(key)), key
    # the only facts the page takes from a plan
    used = set().union(*(placeholders(zh.raw(k)) for k in zh))
    assert used == {"name", "phone"}


def test_family_templates_are_a_kind_beside_the_letter():
    assert set(load_templates("zh")) == set(load_templates("zh", "letter"))
    assert "title.general" in load_templates("zh")  # the letter wording, as before
    assert "say.stop" in load_templates("zh", "family")
    assert "say.stop" not in load_templates("zh")
    with pytest.raises(ValueError):
        load_templates("zh", "complaint-draft")
    with pytest.raises(ValueError):
        load_templates("fr", "family")
    with pytest.raises(KeyError, match="family template zh:nothing"):
        load_templates("zh", "family")("nothing")


@pytest.mark.parametrize("lang", LANGS)
def test_no_pressure_promises_or_alarm_in_the_wording(lang):
    t = load_templates(lang, "family")
    for key in t:
        text = t.raw(key).lower()
        for word in FORBIDDEN[lang]:
            assert word not in text, (key, word)


# --- the composer ----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_composer_is_pure_and_names_the_borrower_only_from_a_plan(lang):
    t = load_templates(lang, "family")
    personal = compose_family_script(t, seed_plan())
    assert personal == compose_family_script(t, seed_plan())  # same input, same page
    generic = compose_family_script(t, None)
    assert NAME in d.plain_text(personal) and PHONE in d.plain_text(personal)
    assert NAME not in d.plain_text(generic) and PHONE not in d.plain_text(generic)
    for doc in (personal, generic):
        assert doc.lang == lang
        assert NAME not in doc.title  # the PDF metadata carries no personal data
        assert "{" not in d.plain_text(doc) and "None" not in d.plain_text(doc)


def test_a_plan_without_a_name_gives_the_generic_page():
    t = load_templates("zh", "family")
    nameless = with_borrower(name="  ", phone=PHONE)
    assert compose_family_script(t, nameless) == compose_family_script(t, None)


def test_a_name_without_a_phone_is_told_without_one():
    t = load_templates("zh", "family")
    text = d.plain_text(compose_family_script(t, with_borrower(phone="")))
    assert t("tell.personal", name=NAME) in text
    assert PHONE not in text


def test_the_call_log_has_its_columns_and_blank_rows_to_write_on():
    doc = compose_family_script(load_templates("zh", "family"), None)
    [log] = [b for b in doc.blocks if isinstance(b, d.Table)]
    assert tuple(c.title for c in log.columns) == LOG_HEADER["zh"]
    assert len(log.rows) == LOG_ROWS
    assert all(cell.strip() == "" for row in log.rows for cell in row)


@pytest.mark.parametrize("lang", LANGS)
def test_a_blank_log_cell_is_two_lines_high(lang):
    # The rows are for handwriting: an empty cell would collapse to a few points.
    from reportlab.platypus import Paragraph

    from app.letters.fonts import register_font
    from app.letters.pdf import TABLE_SIZE, _Styles, markup

    style = _Styles(register_font()).make(lang, TABLE_SIZE, leading=TABLE_SIZE * 1.35)
    _, height = Paragraph(markup(BLANK_CELL), style).wrap(100, 1000)
    assert height >= 2 * style.leading - 0.01


# --- the printed page ------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("personal", [True, False], ids=["plan", "no-plan"])
def test_one_page_with_every_sentence_and_no_missing_glyph(lang, personal):
    doc, pages = rendered(lang, personal)
    assert len(pages) == 1, "the family script must fit one page: shorten the wording"
    text = pages[0]
    assert "\x00" not in text  # a glyph the font lacks
    flat = squash(text)
    for sentence in KEY_SENTENCES[lang]:
        assert squash(sentence) in flat, sentence
    for line in d.plain_text(doc).splitlines():  # everything composed was printed (table: " | ")
        assert squash(line.replace(" | ", "")) in flat, line
    for title in LOG_HEADER[lang]:
        assert squash(title) in flat, title
    assert (squash(NAME) in flat) is personal
    assert (squash(PHONE) in flat) is personal


@pytest.mark.parametrize("lang", LANGS)
def test_a_long_name_and_phone_still_fit_one_page(lang):
    plan = with_borrower(name="欧阳娜娜娜", phone="+86 138 0000 0000 / 0571-8888 0000")
    pages = pdf_pages(render([family_document(plan, lang)]))
    assert len(pages) == 1
    assert "欧阳娜娜娜" in squash(pages[0])


# --- run_family_script (what `negoplan family-script` calls) ----------------------


def run(capsys, plan_path, output, lang="zh"):
    code = run_family_script(plan_path, str(output), lang=lang, today=AS_OF)
    out, err = capsys.readouterr()
    return code, out, err


def test_writes_the_personal_page_owner_only(tmp_path, capsys):
    out = tmp_path / "family.pdf"
    code, stdout, err = run(capsys, str(SEED), out)
    assert (code, err) == (0, "")
    assert stdout.strip() == f"已生成给家人的说明：{out.resolve()}"
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600  # the page names the borrower
    [page] = pdf_pages(out.read_bytes())
    assert NAME in squash(page)


def test_without_a_plan_writes_the_generic_page(tmp_path, capsys):
    out = tmp_path / "family.pdf"
    code, stdout, _ = run(capsys, None, out, lang="en")
    assert code == 0 and stdout.startswith("Written: ")
    [page] = pdf_pages(out.read_bytes())
    assert NAME not in page and "telltheborrower" in squash(page)


def test_a_folder_output_gets_a_file_named_after_the_plan(tmp_path, capsys):
    folder = tmp_path / "out"
    folder.mkdir()
    assert run(capsys, str(SEED), folder)[0] == 0
    assert run(capsys, None, str(folder) + "/")[0] == 0
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["negoplan-family.pdf", "seed-meituan-family.pdf"]


def test_a_missing_plan_is_invalid_input(tmp_path, capsys):
    code, stdout, err = run(capsys, str(tmp_path / "nope.json"), tmp_path / "x.pdf")
    assert code == 2 and stdout == ""
    assert "找不到文件" in err
    assert not (tmp_path / "x.pdf").exists()


def test_an_invalid_plan_is_invalid_input(tmp_path, capsys):
    data = raw_seed()
    data["debts"][0]["principal"] = "abc"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, str(path), tmp_path / "x.pdf", lang="en")
    assert code == 2 and "debts[0].principal" in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_name_the_font_cannot_print_is_named(tmp_path, capsys):
    data = copy.deepcopy(raw_seed())
    data["borrower"]["name"] = "𠮷田"  # U+20BB7 is outside GBK
    data["debts"][0]["product"] = "𠮷"  # not printed on this page: not reported
    path = tmp_path / "glyph.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, str(path), tmp_path / "x.pdf")
    assert code == 2
    assert "borrower.name" in err and "𠮷" in err
    assert "debts[0]" not in err


def test_an_unwritable_output_is_invalid_input(tmp_path, capsys):
    code, _, err = run(capsys, None, tmp_path / "no-such-folder" / "x.pdf")
    assert code == 2 and "无法保存" in err

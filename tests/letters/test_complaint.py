"""Complaint drafts (letters.md §7): composed from the borrower's own facts, read back with pypdf.

The seed example (resources/examples/seed-meituan.json: 重庆美团三快小额贷款有限公司
behind 美团借钱; the collector told the mother the debt and spoke of a visit; an
unlinked SMS at night speaking of the 村委会) is sent to the lender and to the
local regulator; a bank card debt with its own log goes to 12378. Expected
wording comes from the templates (resources/templates/complaint.*.toml, and the
rule wording of evidence.*.toml shared with ``negoplan evidence``); facts from
the plan. ``run_complaint`` is exercised as the CLI subcommand will call it.
"""

from __future__ import annotations

import copy
import difflib
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

from app.evidence_report import rule_text, violation_name
from app.letters.build import render
from app.letters.complaint import (
    ComplaintTemplates,
    complaint_entries,
    complaint_text,
    compose_complaint,
)
from app.letters.complaint_cli import complaint_draft, complaint_templates, run_complaint
from app.letters.document import Fields, NumberedList, Table, plain_text
from app.letters.templates import LANGS, load_templates, placeholders
from app.rules_data import load_rules
from calc.complaints import route
from calc.errors import PlanInvalid
from calc.evidence import check_evidence
from calc.plan import decode_plan

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "examples" / "seed-meituan.json"
TODAY = date(2026, 11, 24)
RULES = load_rules()
FORBIDDEN = {
    "zh": ("必须", "否则", "起诉你", "坐牢", "曝光", "百分百", "保证成功", "删除征信", "停催"),
    "en": ("must", "otherwise", "jail", "prison", "sue you", "we guarantee", "100%"),
}


def raw_seed() -> dict:
    return json.loads(SEED.read_text(encoding="utf-8"))


def bank_plan_raw() -> dict:
    """The seed with a log about the card debt (招商银行信用卡中心): another borrower, lender, facts."""
    data = raw_seed()
    data["borrower"] = {"name": "李娜", "id_last4": "0428", "phone": "139****1024",
                        "address": "江苏省南京市"}
    data["evidence"] = [
        {"at": "2026-10-03T07:20", "channel": "call", "from": "025-66660000",
         "collector": "自称招行委外 王某", "target": "colleague", "target_name": "单位主管",
         "attempts": 2, "answered": True, "summary": "向主管询问本人欠款何时还清",
         "files": ["evidence/1003-boss.m4a"], "tags": ["disclosure"], "debt": "card"},
        {"at": "2026-10-04T12:00", "channel": "wechat", "from": "微信号 zhao_cs01",
         "collector": "自称法院执行局", "target": "self", "attempts": 1, "answered": True,
         "summary": "发来“传票”图片，称三天内不还就拘留", "files": ["evidence/1004-wechat.png"],
         "tags": ["impersonation", "fake_document", "private_channel"], "debt": "card"},
    ]
    return data


def plan_of(data: dict):
    plan, _ = decode_plan(data, today=TODAY)
    return plan


@cache
def seed_plan():
    return plan_of(raw_seed())


@cache
def bank_plan():
    return plan_of(bank_plan_raw())


def draft(plan, debt_id: str, channel: str, lang: str = "zh"):
    doc, advice = complaint_draft(plan, RULES, channel=channel, debt_id=debt_id, lang=lang,
                                  today=TODAY)
    return doc, advice


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(doc) -> str:
    pages = PdfReader(io.BytesIO(render([doc]))).pages
    return "".join(p.extract_text() or "" for p in pages)


@cache
def printed(which: str, debt_id: str, channel: str, lang: str):
    plan = {"seed": seed_plan, "bank": bank_plan}[which]()
    doc, advice = draft(plan, debt_id, channel, lang)
    return plan, doc, advice, pdf_text(doc)


# --- templates -------------------------------------------------------------------


def test_both_languages_have_the_same_keys_and_placeholders():
    zh, en = load_templates("zh", "complaint"), load_templates("en", "complaint")
    assert set(zh) == set(en)
    for key in zh:
        if key == "fmt.date":  # English dates spell the month: {d} {month_name} {y}
            z, e = placeholders(zh.raw(key)), placeholders(en.raw(key))
            assert (z - e, e - z) == ({"m"}, {"month_name"})
            continue
        assert placeholders(zh.raw(key)) == placeholders(en.raw(key)), key


def test_every_channel_and_reason_has_its_wording():
    from calc.complaints import CHANNELS, LenderType

    t = load_templates("zh", "complaint")
    for ch in CHANNELS:
        for part in ("title", "addressee", "intro", "channel", "how"):
            assert f"{part}.{ch}" in t
    for kind in LenderType:
        assert f"lender_type.{kind.value}" in t
    # every reason code calc.complaints.route can give with the shipped data
    channels = RULES.complaints.channels.values()
    reasons = {"lender_first", "reply_deadline", "no_reply_deadline", "lender_type_unknown",
               "no_violations", "after_lender"}
    reasons |= {f"supervises_{k.value}" for c in channels for k in c.lender_types}
    reasons |= {r for c in channels if c.key != "lender" and not c.after_lender
                for r in c.covers.values()}
    assert {r for r in reasons if f"reason.{r}" not in t} == set()


@pytest.mark.parametrize("lang", LANGS)
def test_no_pressure_threats_or_promises_in_the_wording(lang):
    t = load_templates(lang, "complaint")
    for key in t:
        text = t.raw(key).lower()
        for word in FORBIDDEN[lang]:
            assert word not in text, (key, word)


# --- the seed to the lender and to the local regulator ----------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("channel", ["lender", "local_finance"])
def test_seed_complaint_states_the_respondent_timeline_violations_and_demands(channel, lang):
    plan, doc, advice, text = printed("seed", "meituan", channel, lang)
    flat = squash(text)
    assert "\x00" not in text
    t, ev = load_templates(lang, "complaint"), load_templates(lang, "evidence")
    # respondent entity, product, contract and the number the collector used
    for fact in ("重庆美团三快小额贷款有限公司", "美团借钱", "MT2025070812345", "0571-88880000",
                 "自称美团合作律所张某工号0231", "张伟", "3015"):
        assert squash(fact) in flat, fact
    # the debt acknowledged plainly: 7,600 principal + 420 + 480 + 100 = 8,600 (seed file)
    assert "8,600.00" in flat and "7,600.00" in flat
    assert squash(t("debt.acknowledge")) in flat
    # the timeline: the only entry linked to meituan (the unlinked night SMS is left out)
    entries = complaint_entries(plan, "meituan")
    assert [e.from_ for e in entries] == ["0571-88880000"]
    assert "2026-11-2021:40" in flat and squash("对母亲说了欠款金额，称要“上门走访”") in flat
    assert "10690000" not in flat and "村委会" not in flat
    # each violation the channel takes, named and in the rule's allowed wording
    report = check_evidence(entries, RULES)
    assert advice.violations == ("third_party", "threat", "disclosure")
    for v in report.violations:
        assert squash(violation_name(ev, v.rule)) in flat
        assert squash(rule_text(ev, v.rule, check=False)) in flat
    assert squash(ev("rule.third_party.check")) not in flat  # that note is for the borrower
    # the demands
    [demands] = [b for b in doc.blocks if getattr(b, "items", None)
                  and any(t("demand.negotiate") == i or t("demand.supervise") == i for i in b.items)]
    for item in demands.items:
        assert squash(item) in flat
    if channel == "lender":
        assert squash(t("demand.name_agency", numbers="0571-88880000")) in flat
        assert squash(t("demand.reply")) in flat  # microcredit: no regulated reply deadline
        assert squash(t("respondent.agency_unknown")) in flat
    else:
        assert squash(t("demand.supervise")) in flat
        assert squash(t("respondent.earlier_blank")) in flat
    stop = t("demand.stop_third_party", people="母亲")
    assert squash(stop) in flat
    # evidence list, truthfulness statement, signature and date blanks
    assert squash(t("evidence.table", n=1)) in flat
    assert squash(t("closing.truth")) in flat
    assert squash(t("signature.blank_date")) in flat
    # nothing composed went missing in the PDF, no placeholder, no pressure words
    for line in plain_text(doc).splitlines():
        assert squash(line.replace(" | ", "")) in flat, line
    assert "{" not in plain_text(doc) and "None" not in plain_text(doc)
    for word in FORBIDDEN[lang]:
        assert word not in text.lower()


def test_the_document_title_names_no_person():
    _, doc, _, _ = printed("seed", "meituan", "lender", "zh")
    assert "张伟" not in doc.title and "138" not in doc.title
    assert "重庆美团三快小额贷款有限公司" in doc.title


def test_the_bank_card_complaint_to_12378_and_the_lender_deadline():
    _, _, advice, text = printed("bank", "card", "12378", "zh")
    flat = squash(text)
    assert advice.reasons == ("supervises_bank", "after_lender")
    assert squash("招商银行股份有限公司信用卡中心") in flat and "尾号8866" in flat
    assert squash("国家金融监督管理总局（12378）") in flat
    for fact in ("025-66660000", "微信号zhao_cs01", "自称法院执行局", "单位主管",
                 "evidence/1003-boss.m4a", "evidence/1004-wechat.png"):
        assert squash(fact) in flat, fact
    ev = load_templates("zh", "evidence")
    for key in ("third_party", "disclosure", "impersonation", "fake_document", "private_channel"):
        assert squash(ev(f"rule.{key}.name")) in flat
    # the lender's own draft asks for a reply within the deadline of the rules data
    _, _, lender_advice, lender_text = printed("bank", "card", "lender", "zh")
    assert lender_advice.deadline_days == (15, 30, 60)
    t = load_templates("zh", "complaint")
    assert squash(t("demand.reply_deadline", reply=15, extended=30)) in squash(lender_text)


def test_the_110_draft_states_only_what_the_police_take():
    _, _, advice, text = printed("bank", "card", "110", "zh")
    assert advice.violations == ("impersonation",)
    ev = load_templates("zh", "evidence")
    flat = squash(text)
    assert squash(ev("rule.impersonation.name")) in flat
    assert squash(ev("rule.private_channel.name")) not in flat
    assert squash(load_templates("zh", "complaint")("demand.police_record")) in flat


def test_the_timeline_table_has_one_row_per_entry_in_time_order():
    data = bank_plan_raw()
    data["evidence"].reverse()  # logged out of order
    doc, _ = draft(plan_of(data), "card", "lender")
    [table] = [b for b in doc.blocks if isinstance(b, Table)]
    assert [r[0] for r in table.rows] == ["1", "2"]
    assert [r[1] for r in table.rows] == ["2026-10-03 07:20", "2026-10-04 12:00"]
    assert table.rows[0][2] == "电话 025-66660000" and table.rows[0][5] == "2 次，已接通"


# --- two users, two bodies -----------------------------------------------------------


def _facts(doc) -> dict[str, list[str]]:
    """The parts of a draft built from the borrower's own facts (letters.md §7 items 2–5, 8)."""
    fields = [b for b in doc.blocks if isinstance(b, Fields)]
    [table] = [b for b in doc.blocks if isinstance(b, Table)]
    heading = next(i for i, b in enumerate(doc.blocks) if getattr(b, "text", "") == "三、基本情况")
    lists = [b for b in doc.blocks if isinstance(b, NumberedList)]
    return {
        "complainant": [v for _, v in fields[0].rows],
        "respondent": [v for _, v in fields[1].rows[:4]],  # institution, product, contract, numbers
        "debt": [doc.blocks[heading + 1].text],
        "timeline": [" | ".join(r) for r in table.rows],
        "evidence": list(lists[-1].items),
    }


def test_two_plans_never_share_a_body():
    seed_doc, _ = draft(seed_plan(), "meituan", "lender")
    bank_doc, _ = draft(bank_plan(), "card", "lender")
    seed, bank = _facts(seed_doc), _facts(bank_doc)
    for part in seed:
        assert not set(seed[part]) & set(bank[part]), part
    # and the bodies as a whole are far from the > 90 % similarity lenders flag (letters.md §4)
    a, b = plain_text(seed_doc), plain_text(bank_doc)
    assert difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() < 0.75
    # the same plan gives the same draft (pure)
    assert draft(seed_plan(), "meituan", "lender")[0] == seed_doc


@pytest.mark.parametrize("lang", LANGS)
def test_plain_text_for_online_forms_is_the_documents_text(lang):
    _, doc, _, _ = printed("seed", "meituan", "local_finance", lang)
    assert complaint_text(doc) == plain_text(doc)
    assert complaint_text(doc).startswith(doc.blocks[0].text)


# --- the composer's contract -----------------------------------------------------


def test_a_report_on_other_entries_is_refused():
    plan = seed_plan()
    t = ComplaintTemplates(load_templates("zh", "complaint"), load_templates("zh", "evidence"))
    wrong = check_evidence(plan.evidence, RULES)  # the whole log, not the debt's entries
    [advice] = [a for a in route(plan.debts[0], wrong.violations, RULES) if a.channel == "lender"]
    with pytest.raises(ValueError, match="entries"):
        compose_complaint(t, plan, "meituan", "lender", wrong, advice, TODAY)
    with pytest.raises(ValueError):
        compose_complaint(t, plan, "meituan", "12378", wrong, advice, TODAY)
    with pytest.raises(ValueError):
        ComplaintTemplates(load_templates("zh", "complaint"), load_templates("en", "evidence"))


def test_unlinked_entries_count_when_the_log_links_none():
    data = raw_seed()
    for e in data["evidence"]:
        e.pop("debt", None)
    plan = plan_of(data)
    assert len(complaint_entries(plan, "meituan")) == 2
    doc, advice = draft(plan, "meituan", "lender")
    assert "night" in advice.violations and "public_shaming" in advice.violations
    assert "村委会" in plain_text(doc)


def test_errors_of_the_request_are_problems():
    with pytest.raises(PlanInvalid) as exc:
        draft(seed_plan(), "meituan", "12378")  # a microcredit company is not 12378's
    assert exc.value.problems[0].code == "complaint.channel_not_fit"
    with pytest.raises(PlanInvalid) as exc:
        draft(seed_plan(), "card", "lender")  # no entry about the card in the seed
    assert exc.value.problems[0].code == "complaint.no_evidence"
    # No --debt: the one debt the log is about (the spec's `--to lender -o OUT.pdf`) ...
    doc, _ = draft(seed_plan(), None, "lender")
    assert "重庆美团三快小额贷款有限公司" in plain_text(doc)
    # ... but a log about two lenders needs the choice.
    both = raw_seed()
    both["evidence"][1]["debt"] = "jiebei"
    with pytest.raises(PlanInvalid) as exc:
        draft(plan_of(both), None, "lender")
    assert exc.value.problems[0].code == "complaint.choose_debt"
    assert exc.value.problems[0].params["allowed"] == "meituan, jiebei"
    with pytest.raises(PlanInvalid) as exc:
        draft(seed_plan(), "nope", "lender")
    assert exc.value.problems[0].code == "letter.unknown_debt"
    data = bank_plan_raw()
    data["evidence"] = data["evidence"][1:]  # only the WeChat "court summons"
    with pytest.raises(PlanInvalid) as exc:
        draft(plan_of(data), "card", "12321")  # impersonation is not 12321's
    assert exc.value.problems[0].code == "complaint.channel_not_fit"


# --- run_complaint (what `negoplan complaint` calls) ------------------------------


def run(capsys, plan_path, *, to=None, output=None, debt=None, text=False, lang="zh"):
    code = run_complaint(str(plan_path), to=to, output=None if output is None else str(output),
                         debt=debt, text=text, lang=lang, today=TODAY)
    out, err = capsys.readouterr()
    return code, out, err


def write_plan(tmp_path, data, name="plan.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("to", [None, "list"])
def test_without_a_channel_the_advice_says_which_fits_and_why(capsys, to):
    code, out, err = run(capsys, SEED, to=to)
    assert (code, err) == (0, "")
    t = complaint_templates("zh").text
    assert t("advice.heading", creditor="重庆美团三快小额贷款有限公司", id="meituan") in out
    assert t("lender_type.microcredit") in out
    assert "--to lender" in out and "--to local_finance" in out and "--to 12378" not in out
    assert t("reason.supervises_microcredit") in out and t("reason.no_reply_deadline") in out
    assert t("advice.unlinked", n=1) in out  # the SMS about the 村委会 names no debt
    assert out.index("--to lender") < out.index("--to local_finance")


def test_the_advice_for_a_bank_gives_the_reply_dates_from_today(capsys, tmp_path):
    code, out, _ = run(capsys, write_plan(tmp_path, bank_plan_raw()), debt="card")
    assert code == 0
    # 2026-11-24 + 15 / 30 / 60 days (calc/complaints.py, rules.md §6)
    assert "2026-12-09" in out and "2026-12-24" in out and "2027-01-23" in out
    assert "--to 12378" in out and "--to 110" in out


def test_writes_the_pdf_owner_only(tmp_path, capsys):
    out = tmp_path / "c.pdf"
    code, stdout, err = run(capsys, SEED, to="lender", output=out, debt="meituan")
    assert code == 0
    assert stdout.splitlines()[0] == f"已生成投诉稿：{out.resolve()}"
    assert "complaint.no_files" not in err and "附件" in err  # warned: no files in the log
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "重庆美团三快小额贷款有限公司" in squash(text)


def test_text_prints_the_plain_text_for_online_forms(tmp_path, capsys):
    path = write_plan(tmp_path, bank_plan_raw())
    code, stdout, err = run(capsys, path, to="12378", debt="card", text=True)
    assert code == 0
    doc, _ = draft(bank_plan(), "card", "12378")
    assert stdout == complaint_text(doc) + "\n"
    assert "附件" not in err  # these entries have files


def test_the_specs_channel_names_are_accepted(tmp_path, capsys):
    path = write_plan(tmp_path, bank_plan_raw())
    assert run(capsys, path, to="police", debt="card", text=True)[0] == 0
    assert run(capsys, SEED, to="local", debt="meituan", text=True)[0] == 0


def test_a_folder_output_gets_a_file_named_after_plan_debt_and_channel(tmp_path, capsys):
    folder = tmp_path / "out"
    folder.mkdir()
    assert run(capsys, SEED, to="local_finance", output=folder, debt="meituan")[0] == 0
    assert [p.name for p in folder.iterdir()] == ["seed-meituan-meituan-complaint-local_finance.pdf"]


@pytest.mark.parametrize("kwargs, code, words", [
    ({"to": "lender", "debt": "nope", "text": True}, "letter.unknown_debt", "nope"),
    ({"to": "12345", "debt": "meituan", "text": True}, "complaint.unknown_channel", "12345"),
    ({"to": "lender", "debt": "card", "text": True}, "complaint.no_evidence", "card"),
    ({"to": "12378", "debt": "meituan", "text": True}, "complaint.channel_not_fit", "local_finance"),
    ({"to": "lender", "debt": "meituan"}, "complaint.no_output", "--text"),
])
def test_invalid_requests_exit_2_with_a_sentence(capsys, kwargs, code, words):
    from app.messages import MESSAGES

    rc, out, err = run(capsys, SEED, **kwargs)
    assert rc == 2 and out == ""
    assert code in MESSAGES and words in err
    assert "Traceback" not in err


def test_without_debt_the_spec_command_writes_the_one_lenders_draft(tmp_path, capsys):
    out = tmp_path / "c.pdf"
    assert run(capsys, SEED, to="lender", output=out)[0] == 0  # spec: --to lender -o OUT.pdf
    assert out.read_bytes().startswith(b"%PDF")
    both = raw_seed()
    both["evidence"][1]["debt"] = "jiebei"
    rc, _out, err = run(capsys, write_plan(tmp_path, both), to="lender", text=True)
    assert rc == 2 and "--debt" in err


def test_a_plan_without_evidence_is_invalid_input(tmp_path, capsys):
    data = raw_seed()
    data["evidence"] = []
    rc, out, err = run(capsys, write_plan(tmp_path, data))
    assert rc == 2 and out == "" and "催收记录" in err


def test_a_bad_plan_is_invalid_input(tmp_path, capsys):
    data = raw_seed()
    data["debts"][0]["principal"] = "abc"
    rc, _, err = run(capsys, write_plan(tmp_path, data), to="lender", debt="meituan",
                     output=tmp_path / "x.pdf", lang="en")
    assert rc == 2 and "debts[0].principal" in err
    assert not (tmp_path / "x.pdf").exists()
    rc, _, err = run(capsys, tmp_path / "missing.json", lang="zh")
    assert rc == 2 and "找不到文件" in err


def test_a_character_the_font_cannot_print_is_named(tmp_path, capsys):
    data = copy.deepcopy(raw_seed())
    data["evidence"][0]["collector"] = "自称𠮷律所"  # U+20BB7 is outside GBK
    rc, _, err = run(capsys, write_plan(tmp_path, data), to="lender", debt="meituan",
                     output=tmp_path / "x.pdf")
    assert rc == 2 and "evidence[0].collector" in err and "𠮷" in err
    assert not (tmp_path / "x.pdf").exists()

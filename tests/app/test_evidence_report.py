"""The evidence report (app/evidence_report.py): text in zh/en, the spec's JSON, exit codes.

Expected facts come from resources/examples/seed-meituan.json (the collector calls the
mother three times at 21:40, texts her at 22:35) checked against rules.md §5; wording
rules from rules.md §8–§9 and letters.md §3: factual, no "必须"/"must", no invented
"3 calls a day" rule, 🟡 sources without article numbers.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from app.evidence_report import evidence_json, evidence_text, run_evidence
from app.letters.templates import load_templates, placeholders
from app.planio import load_plan
from app.rules_data import load_rules
from calc.evidence import check_evidence

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "examples" / "seed-meituan.json"
TODAY = date(2026, 11, 24)
# a daily limit of three, in either language, for anyone (rules.md §8: unfounded)
THREE_A_DAY = re.compile(r"(每天|每日|一天)[^。\n]{0,6}(3|三)\s*次|(3|三)\s*次\s*/\s*天"
                         r"|\b(3|three) (calls|times|attempts) a day", re.IGNORECASE)


def seed_report():
    plan, _ = load_plan(SEED, today=TODAY)
    return plan, check_evidence(plan.evidence, load_rules().collection)


def seed_plan_data() -> dict:
    return json.loads(SEED.read_text(encoding="utf-8"))


def write_plan(tmp_path: Path, data: dict) -> str:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


# --- text --------------------------------------------------------------------


def test_seed_text_zh_names_each_violation_with_its_facts_and_sources():
    plan, report = seed_report()
    text = evidence_text(report, plan, "zh")
    for name in ("夜间催收", "联系借款人以外的人", "威胁、恐吓", "向他人透露欠款情况",
                 "公开张扬、泄露隐私"):
        assert name in text
    assert "一天内频繁呼叫" not in text and "冒充" not in text
    # the entries that show them: date time, who, channel, number
    assert "2026-11-21 22:35  母亲（家人）  短信 1 次  10690000" in text
    assert "2026-11-20 21:40  母亲（家人）  电话 3 次，已接通  0571-88880000" in text
    # summary
    assert "记录 2 条，共被联系 4 次" in text
    assert "被联系的第三人：母亲（家人），共 4 次" in text
    assert "夜间（22:00—次日08:00）联系：1 次" in text
    assert "联系最多的一天：2026-11-20，3 次" in text
    # sources: ✅ with article, 🟡 named without article numbers (rules.md §9)
    assert "《中华人民共和国个人信息保护法》第二十五条" in text
    assert "《金融机构个人消费类贷款催收工作指引（试行）》" in text
    assert "第六十八条" not in text
    assert "不构成法律意见" in text


def test_seed_text_en():
    plan, report = seed_report()
    text = evidence_text(report, plan, "en")
    for name in ("Collection at night", "Contacting people other than the borrower",
                 "Threats and intimidation", "Telling others about the debt",
                 "Public shaming and privacy leaks"):
        assert name in text
    assert "2026-11-21 22:35  母亲 (family)  SMS 1×  10690000" in text
    assert "Attempts at night (22:00–08:00 next morning): 1" in text
    assert "Personal Information Protection Law of the PRC, art. 25" in text
    assert "art. 68" not in text
    assert "not legal advice" in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_wording_is_factual(lang):
    plan, report = seed_report()
    text = evidence_text(report, plan, lang)
    every_sentence = "\n".join(load_templates(lang, "evidence").raw(k)
                               for k in load_templates(lang, "evidence"))
    for body in (text, every_sentence):
        assert "必须" not in body
        assert not re.search(r"\bmust\b", body, re.IGNORECASE)
        assert not THREE_A_DAY.search(body)


def test_a_frequency_violation_names_the_day_person_and_count(tmp_path):
    data = seed_plan_data()
    data["evidence"] = [
        {"at": "2026-11-22T09:00", "channel": "call", "target": "family", "target_name": "父亲",
         "attempts": 4},
        {"at": "2026-11-22T15:00", "channel": "call", "target": "family", "target_name": "父亲",
         "attempts": 3},
    ]
    plan, _ = load_plan(write_plan(tmp_path, data), today=TODAY)
    report = check_evidence(plan.evidence, load_rules().collection)
    zh, en = evidence_text(report, plan, "zh"), evidence_text(report, plan, "en")
    assert "2026-11-22 当天呼叫父亲（家人）共 7 次，超过每日 6 次。" in zh
    assert "On 2026-11-22, 父亲 (family) was called 7 times, more than 6 a day." in en
    assert "不宜超过 6 次" in zh


def test_no_evidence_says_what_to_log():
    plan, _ = load_plan(SEED, today=TODAY)
    from dataclasses import replace

    empty = replace(plan, evidence=())
    text = evidence_text(check_evidence((), load_rules().collection), empty, "zh")
    assert "还没有催收记录" in text and "发现的问题" not in text


def test_templates_have_the_same_keys_and_placeholders_in_both_languages():
    zh, en = load_templates("zh", "evidence"), load_templates("en", "evidence")
    assert zh.keys() == en.keys()
    for key in zh:
        assert placeholders(zh.raw(key)) == placeholders(en.raw(key)), key
    for rule in load_rules().collection.values():  # every rule's wording key is worded
        assert {f"rule.{rule.wording}.{part}" for part in ("name", "fact", "rule")} <= zh.keys()


# --- JSON --------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_seed_json(lang):
    _, report = seed_report()
    obj = json.loads(json.dumps(evidence_json(report, lang), ensure_ascii=False))
    assert [(v["rule"], v["entries"]) for v in obj["violations"]] == [
        ("night", [1]), ("third_party", [0, 1]), ("threat", [0]), ("disclosure", [0]),
        ("public_shaming", [1])]
    for v in obj["violations"]:
        assert {"rule", "source", "entries", "detail", "confidence", "sources"} <= set(v)
        assert v["source"] and v["confidence"] in ("high", "medium", "low")
        assert all(s["confidence"] in ("high", "medium", "low") for s in v["sources"])
    night = obj["violations"][0]
    assert night["detail"] == {"attempts": 1, "people": [{"target": "family", "name": "母亲"}],
                               "start": "22:00", "end": "08:00"}
    assert ("指引" in night["source"]) if lang == "zh" else ("Guidelines" in night["source"])
    s = obj["summary"]
    assert {"entries", "third_party_contacts", "night", "max_attempts_per_day"} <= set(s)
    assert (s["entries"], s["contacts"], s["third_party_contacts"], s["night"]) == (2, 4, 4, 1)
    assert s["max_attempts_per_day"] == 3
    assert s["worst_day"] == {"date": "2026-11-20", "attempts": 3}
    assert s["third_parties"] == [{"target": "family", "name": "母亲"}]
    assert (s["first"], s["last"]) == ("2026-11-20T21:40", "2026-11-21T22:35")


def test_json_of_an_empty_log():
    obj = evidence_json(check_evidence((), load_rules().collection))
    assert obj["violations"] == []
    assert obj["summary"]["worst_day"] is None and obj["summary"]["first"] is None


# --- run_evidence ----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_run_prints_the_report(capsys, lang):
    assert run_evidence(str(SEED), json_out=False, lang=lang, today=TODAY) == 0
    out = capsys.readouterr().out
    assert ("夜间催收" if lang == "zh" else "Collection at night") in out


def test_run_json(capsys):
    assert run_evidence(str(SEED), json_out=True, lang="zh", today=TODAY) == 0
    obj = json.loads(capsys.readouterr().out)
    assert len(obj["violations"]) == 5


@pytest.mark.parametrize(
    ("content", "lang", "needles"),
    [(None, "zh", ("找不到文件", "plan.json")),  # missing file: its path is named
     ("{not json", "en", ("not valid JSON", "line 1")),
     ({"format": "negoplan/plan", "version": 1, "debts": [],
       "evidence": [{"at": "2026-11-20 25:99", "target": "family"}]}, "zh",
      ("evidence[0].at", "2026-11-20T23:15"))],
)
def test_a_bad_plan_exits_2_with_a_message(tmp_path, capsys, content, lang, needles):
    path = tmp_path / "plan.json"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif content is not None:
        path.write_text(json.dumps(content), encoding="utf-8")
    assert run_evidence(str(path), json_out=True, lang=lang, today=TODAY) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # nothing half-printed on stdout
    assert "Traceback" not in captured.err
    assert all(n in captured.err for n in needles), captured.err

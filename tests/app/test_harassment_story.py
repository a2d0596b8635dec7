"""Issue 5's story end to end through the command line: the mother is called every day, once at
night, by a collector who falsely claims to be a lawyer; the borrower logs it, gets the
violation list, a routed complaint draft, a family script, and a lender's counter-offer
evaluated. Every figure and finding comes from calc; this checks that the pieces connect."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from app.cli import main

EXAMPLES = Path(__file__).parents[2] / "resources" / "examples"


def _story_plan(tmp_path: Path) -> Path:
    data = json.loads((EXAMPLES / "seed-negotiation.json").read_text("utf-8"))
    entries = [
        {"at": f"2026-11-{day:02d}T{'22:40' if day == 19 else '10:15'}", "channel": "call",
         "from": "0571-88880000", "collector": "自称“律师” 张某", "target": "family",
         "target_name": "母亲", "attempts": 2, "answered": True,
         "summary": "说是律师，要起诉我儿子，透露了欠款金额" if day == 19 else "让转告还款",
         "tags": ["impersonation", "disclosure"] if day == 19 else [], "debt": "meituan"}
        for day in range(15, 22)
    ]
    data["evidence"] = entries
    path = tmp_path / "story.negoplan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def test_the_story_from_log_to_complaint_family_script_and_counter_offer(tmp_path, capsys) -> None:
    plan = str(_story_plan(tmp_path))

    assert main(["evidence", plan, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    found = {v["rule"] for v in report["violations"]}
    assert {"night", "third_party", "impersonation", "disclosure"} <= found
    assert "frequency" not in found  # 2 calls a day is not more than 6 (rules.md §5)
    assert report["summary"]["entries"] == 7

    assert main(["complaint", plan]) == 0  # which channel fits and why
    advice = capsys.readouterr().out
    assert advice.index("--to lender") < advice.index("--to local_finance")  # lender first
    assert "--to 110" in advice  # impersonation of a lawyer: the police may take it

    draft = tmp_path / "complaint.pdf"
    assert main(["complaint", plan, "--to", "lender", "--debt", "meituan", "-o", str(draft)]) == 0
    capsys.readouterr()
    text = "".join(page.extract_text() for page in PdfReader(draft).pages)
    assert "重庆美团三快小额贷款有限公司" in text and "0571-88880000" in text and "\x00" not in text

    family = tmp_path / "family.pdf"
    assert main(["family-script", plan, "-o", str(family)]) == 0
    capsys.readouterr()
    assert len(PdfReader(family).pages) == 1
    assert "张伟" in PdfReader(family).pages[0].extract_text()

    assert main(["contacts", plan, "--json"]) == 0
    log = json.loads(capsys.readouterr().out)
    evaluation = log["debts"][0]["contacts"][0]["evaluation"]
    assert evaluation["debt"] == "meituan"
    assert log["unconfirmed"], "the phone offer is not confirmed in writing yet"

    reply = tmp_path / "counter.pdf"
    assert main(["reply", plan, "--contact", "1", "--kind", "counter", "-o", str(reply)]) == 0
    assert "850.00" in "".join(p.extract_text() for p in PdfReader(reply).pages)

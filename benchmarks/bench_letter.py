"""How long one proposal letter takes to build, and how big its PDF is.

The case of the issue: one creditor's letter with the budget page, the
hardship statement and a 60-row schedule (the seed example's 美团 debt
re-installed over 60 months). Measured warm (fonts registered, templates and
rules loaded, reportlab imported), ``--runs`` times:

- compose: plan → comparison → Document (``app.letters.build.letter_documents``);
- render: Document → PDF bytes (``app.letters.pdf.render_pdf``);
- total: both, the time a user waits for one letter.

Also reports the cold first letter (imports and font registration included)
and the PDF size. Targets (issue 3): total ≤ 0.5 s warm per letter, PDF ≤ 1 MB.

Run: ``.venv/bin/python benchmarks/bench_letter.py [--runs 20]``
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common then adds the repo root

from _common import machine_lines, stats_line, time_calls

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 0.5
TARGET_BYTES = 1_000_000


def plan_60_rows():
    from datetime import date

    from calc.plan import decode_plan

    data = json.loads((ROOT / "resources" / "examples" / "seed-meituan.json").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["debts"] = [d for d in data["debts"] if d["id"] == "meituan"]
    data["proposal"].update(term_months=60, deferral_months=0)
    plan, _ = decode_plan(data, today=date(2026, 11, 24))
    return plan


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--lang", default="zh", choices=("zh", "en"))
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    from app.letters.build import letter_documents
    from app.letters.pdf import render_pdf
    from app.rules_data import load_rules

    plan = plan_60_rows()
    rules = load_rules()
    docs, asks, _ = letter_documents(plan, rules, args.lang)
    pdf = render_pdf(docs)
    cold = time.perf_counter() - t0
    assert len(asks[0].rows) == 60, len(asks[0].rows)

    compose = time_calls(lambda: letter_documents(plan, rules, args.lang), args.runs)
    render = time_calls(lambda: render_pdf(docs), args.runs)
    both = time_calls(lambda: render_pdf(letter_documents(plan, rules, args.lang)[0]), args.runs)

    print("NegoPlan benchmark: one letter (letter + 60-row schedule + budget + hardship pages)")
    for line in machine_lines():
        print("  " + line)
    print()
    print(stats_line("compose (plan -> Document)", compose))
    print(stats_line("render  (Document -> PDF) ", render))
    print(stats_line("total   (warm)            ", both))
    print(f"  cold first letter (imports, font, rules): {cold * 1000:.0f} ms")
    print(f"  PDF size: {len(pdf):,} bytes")
    med_s = statistics.median(both) / 1000
    ok = med_s <= TARGET_S and len(pdf) <= TARGET_BYTES
    print()
    print(f"target: total <= {TARGET_S} s warm, PDF <= 1 MB -> {med_s:.3f} s, {len(pdf) / 1e6:.3f} MB: "
          f"{'MET' if ok else 'NOT MET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

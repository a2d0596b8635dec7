"""How long ``compare`` takes on a 10-debt plan (exact Decimal schedules).

Measures ``calc.scenarios.compare(plan, rules, with_suggestions=False)`` —
the five scenarios with every dated per-debt schedule, the cap checks, the
offers and the summaries (IRR included) — ``--runs`` times after a warm-up, on
a plan loaded once. Also times ``compare(..., with_suggestions=True)`` (the
same plus the vectorized reverse solve, calc.solve.suggest).

Target (issue note): median of ``compare(with_suggestions=False)`` ≤ 20 ms.

Run: ``.venv/bin/python benchmarks/bench_compare.py [--runs 200] [--plan FILE]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common then adds the repo root

from _common import DEFAULT_PLAN, load, machine_lines, stats_line, time_calls

TARGET_MS = 20.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=200, help="timed runs of compare(with_suggestions=False)")
    ap.add_argument("--suggest-runs", type=int, default=50, help="timed runs of compare(with_suggestions=True)")
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--plan", type=Path, default=DEFAULT_PLAN)
    args = ap.parse_args(argv)

    from calc.scenarios import compare

    plan, rules = load(args.plan)
    for _ in range(args.warmup):
        compare(plan, rules, with_suggestions=False)
        compare(plan, rules, with_suggestions=True)

    c = compare(plan, rules, with_suggestions=True)
    rows = sum(len(p.rows) for s in c.scenarios for p in s.per_debt)
    print("NegoPlan benchmark: compare")
    for line in machine_lines():
        print("  " + line)
    print(f"  plan     {args.plan.name}: {len(plan.debts)} debts, {len(c.scenarios)} scenarios, "
          f"{rows} schedule rows, {sum(s.fits for s in c.suggestions)}/{len(c.suggestions)} suggestions fit")
    print()

    plain = time_calls(lambda: compare(plan, rules, with_suggestions=False), args.runs)
    full = time_calls(lambda: compare(plan, rules, with_suggestions=True), args.suggest_runs)
    print(stats_line("compare(with_suggestions=False)", plain))
    print(stats_line("compare(with_suggestions=True) ", full))
    med = statistics.median(plain)
    print()
    print(f"target: median compare(with_suggestions=False) <= {TARGET_MS:.0f} ms -> "
          f"{med:.2f} ms: {'MET' if med <= TARGET_MS else 'NOT MET'}")
    return 0 if med <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())

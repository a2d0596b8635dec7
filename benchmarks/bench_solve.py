"""The reverse solve: vectorized ``suggest`` versus the per-candidate loop.

On the 10-debt plan, prepared once (``calc.scenarios.prepare``) with the
monthly offers built exactly as ``compare`` builds them (the proposal paths
give each debt's need, ``compute_offers`` splits the budget), this times
``calc.solve.suggest`` (numpy over the whole candidate grid, then one exact
Decimal check of the first fitting candidate) and
``calc.solve.suggest_reference`` (every candidate in order — waiver, then
term, then deferral — with an exact Decimal schedule each), checks that both
give the same answer for every debt (same ask, monthly payment, fits, note)
and prints the speed-up.

Targets (issue note): ``suggest`` ≥ 20× faster than the loop and ≤ 100 ms.

Run: ``.venv/bin/python benchmarks/bench_solve.py [--runs 20] [--ref-runs 3]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common then adds the repo root

from _common import DEFAULT_PLAN, load, machine_lines, stats_line, time_calls

TARGET_RATIO = 20.0
TARGET_MS = 100.0


def offers_as_in_compare(prep, plan):
    """The monthly offers, through the same functions calc.scenarios.compare uses."""
    from calc.budget import household_budget
    from calc.scenarios import offers_from, proposal_paths

    return [o.monthly for o in offers_from(prep, household_budget(plan.household), proposal_paths(prep))]


def candidates_tried(s, max_term: int, max_deferral: int) -> int:
    """How many candidates the in-order loop evaluates before it stops for this suggestion."""
    from calc.model import WAIVE_ORDER

    per_waiver = max_term * (max_deferral + 1)
    if s.ask is None:
        return 0 if s.note == "offer_zero" else len(WAIVE_ORDER) * per_waiver
    wi = WAIVE_ORDER.index(s.ask.waive)
    return wi * per_waiver + (s.ask.term_months - 1) * (max_deferral + 1) + s.ask.deferral_months + 1


def key(s):
    return (s.debt_id, s.ask, s.monthly, s.fits, s.note)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20, help="timed runs of suggest (vectorized)")
    ap.add_argument("--ref-runs", type=int, default=3, help="timed runs of suggest_reference (slow)")
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--plan", type=Path, default=DEFAULT_PLAN)
    args = ap.parse_args(argv)

    from calc.scenarios import compare, prepare
    from calc.solve import MAX_DEFERRAL, suggest, suggest_reference

    plan, rules = load(args.plan)
    prep = prepare(plan, rules)
    offers = offers_as_in_compare(prep, plan)
    if offers != [o.monthly for o in compare(plan, rules, with_suggestions=False).offers]:
        raise SystemExit("the offers rebuilt here differ from compare's: update offers_as_in_compare")
    max_term = int(prep.settings.max_term_months or 60)

    for _ in range(args.warmup):
        suggest(prep, offers)
    fast_ms = time_calls(lambda: suggest(prep, offers), args.runs)
    fast = suggest(prep, offers)
    ref_out: list = []
    ref_ms = time_calls(lambda: ref_out.append(suggest_reference(prep, offers)), args.ref_runs)
    ref = ref_out[-1]

    print("NegoPlan benchmark: reverse solve")
    for line in machine_lines():
        print("  " + line)
    print(f"  plan     {args.plan.name}: {len(plan.debts)} debts, candidates per debt "
          f"4 waivers x {max_term} terms x {MAX_DEFERRAL + 1} deferrals = {4 * max_term * (MAX_DEFERRAL + 1)}")
    print()
    print(f"  {'debt':<11} {'offer':>8}  {'answer':<42} {'monthly':>8}  {'loop tries':>10}")
    total_tried = 0
    for s, offer in zip(fast, offers):
        tried = candidates_tried(s, max_term, MAX_DEFERRAL)
        total_tried += tried
        if s.ask is not None:
            answer = f"{s.ask.waive.value}, {s.ask.term_months} months, deferral {s.ask.deferral_months}"
        else:
            answer = s.note
        print(f"  {s.debt_id:<11} {offer:>8}  {answer:<42} {s.monthly:>8}  {tried:>10}")
    print(f"  {'':<11} {'':>8}  {'':<42} {'':>8}  {total_tried:>10} exact schedules in the loop")
    print()

    if [key(a) for a in fast] != [key(b) for b in ref]:  # not an assert: must hold under -O too
        raise SystemExit("suggest and suggest_reference disagree:\n" + "\n".join(
            f"  {key(a)}\n  {key(b)}" for a, b in zip(fast, ref) if key(a) != key(b)))
    print("answers: identical for every debt (ask, monthly, fits, note)")
    print(stats_line("suggest (vectorized)     ", fast_ms))
    print(stats_line("suggest_reference (loop) ", ref_ms))
    med = statistics.median(fast_ms)
    ratio = statistics.median(ref_ms) / med
    print(f"speed-up: {ratio:.0f}x (median loop / median vectorized)")
    print()
    ok_ratio, ok_ms = ratio >= TARGET_RATIO, med <= TARGET_MS
    print(f"target: >= {TARGET_RATIO:.0f}x faster -> {ratio:.0f}x: {'MET' if ok_ratio else 'NOT MET'}")
    print(f"target: suggest <= {TARGET_MS:.0f} ms -> {med:.2f} ms: {'MET' if ok_ms else 'NOT MET'}")
    return 0 if ok_ratio and ok_ms else 1


if __name__ == "__main__":
    raise SystemExit(main())

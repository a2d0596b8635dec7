"""Shared helpers for the hand-run benchmarks (not imported by the app or the tests).

The benchmarks import ``calc`` and ``app`` from the checkout they live in (the
repository root is put first on ``sys.path``), so ``.venv/bin/python
benchmarks/bench_compare.py`` measures the working tree, not an installed copy.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_PLAN = Path(__file__).resolve().parent / "plan-10-debts.json"
# The benchmark plan is dated; load it as of its own date so results never depend on the clock.
AS_OF = date(2026, 11, 24)


def load(path: Path | str = DEFAULT_PLAN):
    """The plan in ``path`` (validated; warnings ignored) and the bundled rules."""
    from app.planio import load_plan
    from app.rules_data import load_rules
    from calc.errors import Severity

    plan, problems = load_plan(path, today=AS_OF)
    errors = [p for p in problems if p.severity is Severity.ERROR]  # decode_plan raises on errors; belt and braces
    if errors:
        raise SystemExit(f"invalid plan {path}: {errors}")
    return plan, load_rules()


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_lines() -> list[str]:
    import numpy as np

    return [
        f"python   {platform.python_implementation()} {platform.python_version()}",
        f"numpy    {np.__version__}",
        f"platform {platform.platform()}",
        f"cpu      {cpu_model()} ({os.cpu_count()} logical CPUs"
        + (f", {len(os.sched_getaffinity(0))} usable" if hasattr(os, "sched_getaffinity") else "")
        + ")",
    ]


def time_calls(fn: Callable[[], object], runs: int) -> list[float]:
    """Wall time of ``runs`` calls of ``fn`` in milliseconds (time.perf_counter, gc left on)."""
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    s = sorted(values)
    k = max(0, min(len(s) - 1, -(-len(s) * q // 100) - 1))
    return s[int(k)]


def stats_line(label: str, ms: list[float]) -> str:
    return (f"{label}: median {statistics.median(ms):8.2f} ms   p90 {percentile(ms, 90):8.2f} ms   "
            f"min {min(ms):8.2f} ms   ({len(ms)} runs)")

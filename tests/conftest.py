"""Shared test set-up: headless Qt and hypothesis profiles.

Qt must be told to draw offscreen before anything imports it: without a
display and without this, pytest-qt's ``qapp`` fixture aborts the whole run
(SIGABRT, no summary line). An explicit QT_QPA_PLATFORM (e.g. ``xcb`` under
Xvfb, to look at real windows) still wins.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, settings  # after the env var, on purpose


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() not in ("", "0", "false", "no")


# "ci" (when CI is set): the same examples on every run (a red CI can be
# reproduced), no timing-based failures on a busy 2-core machine, no example
# database left in the clone. "dev": quicker, randomised, remembers failing
# examples. HYPOTHESIS_PROFILE=ci picks one by hand.
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if _truthy(os.environ.get("CI")) else "dev")
)

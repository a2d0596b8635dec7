"""Open and save plan files: the only place the app turns files into Plans and back.

Reading: UTF-8 (BOM tolerated) → ``json.loads`` → :func:`calc.plan.decode_plan`.
A file that cannot be read or is not JSON raises :class:`calc.errors.PlanInvalid`
with a single problem (``file.not_found``, ``file.unreadable``, ``plan.json_syntax``
with line and column), so callers handle every bad input one way.

Saving: :func:`calc.plan.encode_plan` → pretty UTF-8 JSON → :func:`app.storage.write_atomic`
(temp file + rename, previous version kept as ``.bak``, mode 0600).
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from app.storage import read_text, write_atomic
from calc.errors import PlanInvalid, Problem
from calc.model import Plan
from calc.plan import decode_plan, encode_plan


def read_plan_json(path: str | os.PathLike[str]) -> object:
    """The JSON value in ``path``; raises PlanInvalid for a missing, unreadable or non-JSON file."""
    p = Path(path)
    try:
        text = read_text(p)
    except FileNotFoundError:
        raise PlanInvalid([Problem("file.not_found", "", {"path": str(p)})]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PlanInvalid([Problem("file.unreadable", "", {"path": str(p), "error": str(exc)})]) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlanInvalid([Problem("plan.json_syntax", "", {"line": exc.lineno, "column": exc.colno})]) from None
    except RecursionError:
        raise PlanInvalid([Problem("plan.json_syntax", "", {"line": 0, "column": 0})]) from None


def load_plan(path: str | os.PathLike[str], *, today: date) -> tuple[Plan, list[Problem]]:
    """Read, validate and build the plan in ``path`` (``as_of`` defaults to ``today``)."""
    return decode_plan(read_plan_json(path), today=today)


def dumps_plan(plan: Plan) -> str:
    """The plan as pretty-printed JSON text (Chinese kept readable, not \\u-escaped)."""
    return json.dumps(encode_plan(plan), ensure_ascii=False, indent=2) + "\n"


def save_plan(path: str | os.PathLike[str], plan: Plan) -> None:
    """Save atomically with a ``.bak`` of the previous version, readable by the owner only."""
    write_atomic(path, dumps_plan(plan).encode("utf-8"))

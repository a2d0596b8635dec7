"""Golden letters: the exact text of every example letter, so wording changes are deliberate.

The files under ``tests/letters/golden/`` hold :func:`plain_text` of each
example plan's letters (all creditors, with every attachment page) in zh and en.
After an intended change to the templates or the composer, regenerate them with

    NEGOPLAN_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/letters/test_golden.py

and review the diff before committing.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from app.letters.compose import compose_letters
from app.letters.document import plain_text
from app.letters.templates import LANGS, load_templates
from app.rules_data import load_rules
from calc.plan import decode_plan
from calc.scenarios import compare

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).with_name("golden")
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.json"))
AS_OF = date(2026, 11, 24)


def render_text(example: Path, lang: str) -> str:
    plan, _ = decode_plan(json.loads(example.read_text(encoding="utf-8")), today=AS_OF)
    docs = compose_letters(plan, compare(plan, load_rules(), with_suggestions=False), load_templates(lang))
    return "".join(f"===== {doc.title}\n{plain_text(doc)}\n" for doc in docs)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_letters_match_the_golden_text(example, lang):
    golden = GOLDEN / f"{example.stem}.{lang}.txt"
    actual = render_text(example, lang)
    if os.environ.get("NEGOPLAN_UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    assert golden.is_file(), f"missing {golden.name}: run with NEGOPLAN_UPDATE_GOLDEN=1"
    assert actual == golden.read_text(encoding="utf-8")

"""Load the bundled rules data (LPR table, caps, defaults) once, from resources/rules/."""

from __future__ import annotations

import json
from functools import lru_cache

from app.resources import resource_path
from calc.rules import Rules, build_rules


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """The rules shipped in ``resources/rules`` (``rules.json`` + the LPR csv it names)."""
    folder = resource_path("rules")
    data = json.loads((folder / "rules.json").read_text(encoding="utf-8"))
    lpr_text = (folder / data["lpr"]["file"]).read_text(encoding="utf-8")
    return build_rules(data, lpr_text)

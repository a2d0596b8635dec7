"""The documents' wording: translatable templates under ``resources/templates/``.

``<kind>.<lang>.toml`` holds every sentence one kind of document can contain,
with ``{placeholders}`` the composer fills from the borrower's own data:
``letter`` (the proposal letter and its attachments, :mod:`app.letters.compose`),
``family`` (the one-page note for family members, :mod:`app.letters.family`),
``evidence`` (the evidence-log report and its rule wording, :mod:`app.evidence_report`),
``negotiation`` (the negotiation log and counter-offer evaluation,
:mod:`app.negotiation_report`), ``complaint`` (complaint drafts and the channel
advice, :mod:`app.letters.complaint`) and ``reply`` (replies and follow-up letters
during a negotiation, :mod:`app.letters.reply`).
Nested TOML tables are flattened to dotted keys (``plan.waiver_cap``,
``hardship.reason.unemployment``). Reading the file is the only I/O; the
composers receive a :class:`Templates` and stay pure.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from functools import cache
from typing import Any

LANGS = ("zh", "en")
KINDS = ("letter", "family", "evidence", "negotiation", "complaint", "reply")


class Templates:
    """Template strings of one language; ``t("plan.first", date=..., amount=...)``."""

    def __init__(self, lang: str, strings: Mapping[str, str], kind: str = "letter") -> None:
        self.lang = lang
        self.kind = kind
        self._strings = dict(strings)

    def __call__(self, key: str, **params: Any) -> str:
        try:
            template = self._strings[key]
        except KeyError:
            raise KeyError(f"{self.kind} template {self.lang}:{key} is missing") from None
        try:
            return template.format_map(params)
        except KeyError as exc:
            name = f"{self.kind} template {self.lang}:{key}"
            raise KeyError(f"{name} needs {exc.args[0]!r}") from None

    def keys(self) -> set[str]:
        return set(self._strings)

    def __contains__(self, key: object) -> bool:
        return key in self._strings

    def __iter__(self):
        return iter(self._strings)

    def raw(self, key: str) -> str:
        return self._strings[key]


def flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    """``{"a": {"b": "x"}}`` → ``{"a.b": "x"}``."""
    out: dict[str, str] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flatten(value, name + "."))
        else:
            out[name] = str(value)
    return out


def placeholders(template: str) -> set[str]:
    """The ``{names}`` a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def parse_templates(lang: str, text: str, kind: str = "letter") -> Templates:
    return Templates(lang, flatten(tomllib.loads(text)), kind)


@cache
def load_templates(lang: str, kind: str = "letter") -> Templates:
    """The bundled templates of ``kind`` (one of :data:`KINDS`) for ``lang``
    (``zh``, ``en``).

    Read once; ``load_templates("zh")`` is the letter wording, as before.
    """
    from app.resources import resource_path

    if kind not in KINDS:
        raise ValueError(f"no such kind of templates: {kind!r}")
    if lang not in LANGS:
        raise ValueError(f"no {kind} templates for language {lang!r}")
    path = resource_path("templates", f"{kind}.{lang}.toml")
    return parse_templates(lang, path.read_text(encoding="utf-8"), kind)

"""Legal caps and conventions over rules data handed in (no file I/O here).

The data lives in ``resources/rules/`` (``rules.json`` with sources and
confidence marks, ``lpr.csv`` with every one-year LPR fixing) and is read by
``app/rules_data.py``; tests may hand in a tiny table.

Cap per debt (``proposal.cap == "auto"``), shared/domain/rules.md §1:

- ``private`` (民间借贷), contract formed on ``F``:
  * ``F ≥ 2020-08-20``: ``cap = 4 × LPR_1Y(F)`` on interest, overdue interest,
    违约金 and fees combined, where ``LPR_1Y(F)`` is the latest fixing dated on
    or before ``F`` (民间借贷规定 arts. 25, 29).
  * ``F < 2020-08-20`` (transition, art. 31): charges accrued up to 2020-08-19
    under the old 24 % rule; from 2020-08-20 ``4 × LPR_1Y(S)`` with ``S`` the
    filing date — for a letter, ``as_of`` (so today's LPR).
- ``licensed`` and ``credit_card``: the 24 % judicial threshold on the total
  cost (interest + penalty + compound interest + fees), on the borrower's
  request (SPC 2017 opinion art. 2).
- ``proposal.cap`` may instead force ``lpr4x`` (4 × LPR at ``contract_date``,
  a persuasive reference for licensed lenders) or a user annual rate.

A cap is an annual rate on the principal; the allowance for a period is
``base × annual × days / cap_day_basis`` (365 by default: the borrower-friendly
reading, rules.md §1.2).

Collection conduct (``rules.json`` → ``collection``, rules.md §5): one
:class:`ConductRule` per rule the sources support — ``night``, ``frequency``,
``third_party`` and one per observed :class:`calc.model.EvidenceTag` — each
with its parameters, its sources (:class:`Source` with the article, date and
URL rules.md gives) and a confidence (``high`` ✅, ``medium`` 🟡+/🟡, ``low``
⚠️). :mod:`calc.evidence` checks an evidence log against them.
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, time
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from calc.errors import CalcError
from calc.model import CapMode, CapSpec, Channel, CreditorKind, EvidenceTag, Settings

if TYPE_CHECKING:
    from calc.complaints import ComplaintRules


@dataclass(frozen=True)
class LprFixing:
    """One LPR publication; rates are fractions (0.03 = 3.00 %)."""

    date: date
    lpr_1y: Decimal
    lpr_5y: Decimal
    confirmed: bool


class CapRegime(StrEnum):
    PRIVATE_LPR4X = "private_lpr4x"
    PRIVATE_TRANSITION = "private_transition"
    JUDICIAL_24 = "judicial_24"
    LPR4X_REFERENCE = "lpr4x_reference"
    USER = "user"


@dataclass(frozen=True)
class Source:
    """Where a rule comes from, as ``rules.json`` states it.

    - ``zh``/``en``: the citation (for caps the full text with its article;
      for collection rules the document's title, the article apart).
    - ``confidence``: caps use ``confirmed``/``secondary``/``user``; collection
      rules ``high`` (✅ official text), ``medium`` (🟡+/🟡), ``low`` (⚠️).
    - ``article_zh``/``article_en``: the article rules.md cites ("" when it cites none).
    - ``date``: ISO date of issue or publication ("" when rules.md gives none).
    - ``url``: where rules.md found it ("" when none).
    - ``note_zh``/``note_en``: what the source says on this point (rules.md's summary).
    """

    zh: str
    en: str
    confidence: str
    article_zh: str = ""
    article_en: str = ""
    date: str = ""
    url: str = ""
    note_zh: str = ""
    note_en: str = ""


CONFIDENCES = ("high", "medium", "low")

#: The collection rules the evidence check knows, in report order: the three
#: computed from the log, then one per tag the user observed.
CONDUCT_RULES: tuple[str, ...] = (
    "night", "frequency", "third_party", *(tag.value for tag in EvidenceTag)
)


@dataclass(frozen=True)
class ConductRule:
    """One collection-conduct rule (``rules.json`` → ``collection.rules.<key>``).

    - ``key``: ``night``, ``frequency``, ``third_party`` or an ``EvidenceTag`` value.
    - ``confidence``: that of the source(s) stating the rule's criterion
      (``high``/``medium``/``low``); backing texts keep their own mark in ``sources``.
    - ``sources``: the citations, strongest first as listed in the data.
    - ``wording``: key of the allowed phrasing (``app`` templates, rules.md §9).
    - ``start``/``end``: the night window (``night`` only), local time.
    - ``max_per_day``: the most attempts one person may get in a day (``frequency`` only).
    - ``channels``: the channels the rule reads (all of them unless the data narrows it).
    """

    key: str
    confidence: str
    sources: tuple[Source, ...]
    wording: str
    start: time | None = None
    end: time | None = None
    max_per_day: int | None = None
    channels: frozenset[Channel] = frozenset(Channel)


@dataclass(frozen=True)
class Cap:
    """The cap on a debt's total charges, as an annual rate on principal.

    ``annual`` applies from ``cutover`` on (or always when ``cutover`` is None);
    ``earlier`` applies before ``cutover`` (transition rule for old private loans).
    ``lpr`` is the fixing the cap was derived from, if any; ``lpr_fallback``
    says the contract date was unknown so the latest fixing on ``as_of`` was used.
    """

    regime: CapRegime
    annual: Decimal
    source: Source
    lpr: LprFixing | None = None
    earlier: Decimal | None = None
    cutover: date | None = None
    lpr_fallback: bool = False


@dataclass(frozen=True)
class CreditRepair:
    """The PBoC one-off credit repair (rules.md §7, 🟡): overdue records dated
    ``records_from``..``records_to``, at most ``max_per_item`` each, repaid in full by
    ``repay_by``, are not shown in the credit report. See :mod:`calc.safety`."""

    records_from: date
    records_to: date
    max_per_item: Decimal
    repay_by: date
    source: Source


@dataclass(frozen=True)
class Rules:
    """Rules data: the LPR table (sorted by date), cap sources, default conventions
    and the collection-conduct rules (``collection``, keyed as :data:`CONDUCT_RULES`;
    empty when the data carries none); ``complaints``: the complaint channels and
    deadlines (:mod:`calc.complaints`; None when the data carries none)."""

    lpr: tuple[LprFixing, ...]
    private_multiplier: Decimal
    transition_cutover: date
    transition_old_annual: Decimal
    judicial_annual: Decimal
    sources: Mapping[str, Source]
    defaults: Settings
    reference_lines: tuple[Decimal, ...] = ()
    updated: str = ""
    collection: Mapping[str, ConductRule] = field(default_factory=dict)
    complaints: ComplaintRules | None = None
    credit_repair: CreditRepair | None = None


def parse_lpr_csv(text: str) -> tuple[LprFixing, ...]:
    """Parse ``date,lpr_1y,lpr_5y,confirmed`` rows (percent per year) into sorted fixings."""
    rows = []
    for i, rec in enumerate(csv.DictReader(io.StringIO(text))):
        try:
            rows.append(
                LprFixing(
                    date=date.fromisoformat(rec["date"].strip()),
                    lpr_1y=Decimal(rec["lpr_1y"].strip()) / 100,
                    lpr_5y=Decimal(rec["lpr_5y"].strip()) / 100,
                    confirmed=rec.get("confirmed", "yes").strip() == "yes",
                )
            )
        except (KeyError, ValueError, ArithmeticError, AttributeError) as exc:
            raise CalcError("rules.lpr_row", f"lpr.csv[{i + 2}]", error=str(exc)) from None
    rows.sort(key=lambda f: f.date)
    return tuple(rows)


def _source(d: Mapping[str, Any]) -> Source:
    return Source(zh=str(d["source_zh"]), en=str(d["source_en"]), confidence=str(d["confidence"]))


def build_rules(data: Mapping[str, Any], lpr_csv: str) -> Rules:
    """Build :class:`Rules` from the parsed ``rules.json`` and the text of ``lpr.csv``."""
    try:
        caps = data["caps"]
        d = data["defaults"]
        defaults = Settings(
            day_basis=int(d["day_basis"]),
            cap_day_basis=int(d["cap_day_basis"]),
            penalty_multiplier=Decimal(str(d["penalty_multiplier"])),
            max_term_months=int(d["max_term_months"]),
            horizon_months=int(d["horizon_months"]),
            token_payment=Decimal(str(d["token_payment"])),
        )
        return Rules(
            lpr=parse_lpr_csv(lpr_csv),
            private_multiplier=Decimal(str(caps["private"]["multiplier"])),
            transition_cutover=date.fromisoformat(caps["private_transition"]["cutover"]),
            transition_old_annual=Decimal(str(caps["private_transition"]["old_annual"])),
            judicial_annual=Decimal(str(caps["judicial"]["annual"])),
            sources={k: _source(v) for k, v in caps.items()},
            defaults=defaults,
            reference_lines=tuple(Decimal(str(r["annual"])) for r in data.get("reference_lines", [])),
            updated=str(data.get("updated", "")),
            collection=build_collection(data.get("collection", {})),
            complaints=_complaints(data.get("complaints")),
            credit_repair=_credit_repair(data.get("credit_repair")),
        )
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise CalcError("rules.invalid", "rules.json", error=str(exc)) from None


def _credit_repair(data: Mapping[str, Any] | None) -> CreditRepair | None:
    if not data:
        return None
    return CreditRepair(
        records_from=date.fromisoformat(data["records_from"]),
        records_to=date.fromisoformat(data["records_to"]),
        max_per_item=Decimal(str(data["max_per_item"])),
        repay_by=date.fromisoformat(data["repay_by"]),
        source=_source(data),
    )


def _complaints(data: Mapping[str, Any] | None) -> ComplaintRules | None:
    """The ``complaints`` section (channels, deadlines; :mod:`calc.complaints`), if any."""
    if not data:
        return None
    from calc.complaints import build_complaints  # it builds on this module's citations

    return build_complaints(data)


def _clock(text: str) -> time:
    hours, minutes = str(text).split(":")
    return time(int(hours), int(minutes))


def _confidence(value: Any, where: str) -> str:
    if value not in CONFIDENCES:
        raise ValueError(f"{where}: confidence {value!r} is not one of {', '.join(CONFIDENCES)}")
    return str(value)


def _citation(c: Mapping[str, Any], documents: Mapping[str, Any], where: str) -> Source:
    doc = documents[c["document"]]
    return Source(
        zh=str(doc["title_zh"]),
        en=str(doc["title_en"]),
        confidence=_confidence(c.get("confidence", doc["confidence"]), where),
        article_zh=str(c.get("article_zh", "")),
        article_en=str(c.get("article_en", "")),
        date=str(doc.get("date", "")),
        url=str(c.get("url", doc.get("url", ""))),
        note_zh=str(c.get("note_zh", "")),
        note_en=str(c.get("note_en", "")),
    )


def build_collection(data: Mapping[str, Any]) -> dict[str, ConductRule]:
    """The ``collection`` section of ``rules.json`` as :class:`ConductRule` records.

    ``documents`` holds each text once (title, date, URL, confidence);
    ``rules.<key>`` cites them with the article and what they say. Unknown
    rule keys, channels or confidences, a rule without sources, a night rule
    without its window or a frequency rule without its limit raise
    ``ValueError`` (wrapped as ``rules.invalid`` by :func:`build_rules`): a
    typo must not silently drop a rule.

    >>> doc = {"title_zh": "指引", "title_en": "Guideline", "confidence": "medium"}
    >>> r = build_collection({"documents": {"g": doc}, "rules": {"night": {
    ...     "start": "22:00", "end": "08:00", "confidence": "medium", "wording": "night",
    ...     "sources": [{"document": "g"}]}}})["night"]
    >>> r.start, r.end, r.sources[0].en, r.max_per_day
    (datetime.time(22, 0), datetime.time(8, 0), 'Guideline', None)
    """
    if not data:
        return {}
    documents = data["documents"]
    out: dict[str, ConductRule] = {}
    for key, r in data["rules"].items():
        where = f"collection.rules.{key}"
        if key not in CONDUCT_RULES:
            raise ValueError(f"{where}: unknown rule (known: {', '.join(CONDUCT_RULES)})")
        sources = tuple(_citation(c, documents, where) for c in r["sources"])
        if not sources:
            raise ValueError(f"{where}: a rule needs at least one source")
        rule = ConductRule(
            key=key,
            confidence=_confidence(r["confidence"], where),
            sources=sources,
            wording=str(r["wording"]),
            start=_clock(r["start"]) if "start" in r else None,
            end=_clock(r["end"]) if "end" in r else None,
            max_per_day=int(r["max_attempts_per_day"]) if "max_attempts_per_day" in r else None,
            channels=(frozenset(Channel(c) for c in r["channels"]) if "channels" in r
                      else frozenset(Channel)),
        )
        if key == "night" and (rule.start is None or rule.end is None):
            raise ValueError(f"{where}: start and end are required")
        if key == "frequency" and (rule.max_per_day is None or rule.max_per_day < 0):
            raise ValueError(f"{where}: max_attempts_per_day is required")
        out[key] = rule
    return {k: out[k] for k in CONDUCT_RULES if k in out}


def resolve_settings(settings: Settings, rules: Rules) -> Settings:
    """``settings`` with every ``None`` replaced by the rules' default."""
    filled = {
        name: getattr(rules.defaults, name)
        for name in ("day_basis", "cap_day_basis", "penalty_multiplier", "max_term_months",
                     "horizon_months", "token_payment")
        if getattr(settings, name) is None
    }
    return replace(settings, **filled) if filled else settings


def lpr_on(table: tuple[LprFixing, ...], day: date) -> LprFixing | None:
    """The fixing in force on ``day``: the latest one dated on or before it (None before 2019-08-20).

    >>> t = (LprFixing(date(2019, 8, 20), Decimal("0.0425"), Decimal("0.0485"), True),)
    >>> lpr_on(t, date(2019, 8, 19)) is None, lpr_on(t, date(2019, 8, 20)).lpr_1y
    (True, Decimal('0.0425'))
    """
    i = bisect_right([f.date for f in table], day)
    return table[i - 1] if i else None


def _lpr_or_latest(rules: Rules, day: date | None, as_of: date) -> tuple[LprFixing, bool]:
    fixing = lpr_on(rules.lpr, day) if day is not None else None
    if fixing is not None:
        return fixing, False
    latest = lpr_on(rules.lpr, as_of)
    if latest is None:
        raise CalcError("rules.no_lpr", date=str(day or as_of))
    return latest, True


def applicable_cap(
    kind: CreditorKind,
    contract_date: date | None,
    spec: CapSpec,
    rules: Rules,
    as_of: date,
) -> Cap:
    """The cap for one debt under ``spec`` (see the module docstring for the rules)."""
    if spec.mode is CapMode.ANNUAL:
        if spec.annual is None:
            raise CalcError("cap.invalid")
        return Cap(CapRegime.USER, spec.annual, rules.sources["user"])
    mult = rules.private_multiplier
    if spec.mode is CapMode.LPR4X and kind is not CreditorKind.PRIVATE:
        fixing, fallback = _lpr_or_latest(rules, contract_date, as_of)
        return Cap(CapRegime.LPR4X_REFERENCE, mult * fixing.lpr_1y, rules.sources["private"],
                   lpr=fixing, lpr_fallback=fallback)
    if kind is CreditorKind.PRIVATE:
        if contract_date is not None and contract_date < rules.transition_cutover:
            fixing, _ = _lpr_or_latest(rules, as_of, as_of)
            return Cap(
                CapRegime.PRIVATE_TRANSITION,
                mult * fixing.lpr_1y,
                rules.sources["private_transition"],
                lpr=fixing,
                earlier=rules.transition_old_annual,
                cutover=rules.transition_cutover,
            )
        fixing, fallback = _lpr_or_latest(rules, contract_date, as_of)
        return Cap(CapRegime.PRIVATE_LPR4X, mult * fixing.lpr_1y, rules.sources["private"],
                   lpr=fixing, lpr_fallback=fallback)
    return Cap(CapRegime.JUDICIAL_24, rules.judicial_annual, rules.sources["judicial"])


def cap_allowance(cap: Cap, base: Decimal, start: date, end: date, cap_day_basis: int) -> Decimal:
    """Charges the cap allows on ``base`` over ``start … end`` (unrounded yuan).

    ``base × annual × days / cap_day_basis``, split at ``cap.cutover`` when the
    transition rule applies. Zero when ``end ≤ start``.

    >>> c = Cap(CapRegime.USER, Decimal("0.24"), Source("", "", ""))
    >>> cap_allowance(c, Decimal("10000"), date(2026, 1, 1), date(2027, 1, 1), 365)
    Decimal('2400.00')
    """
    if end <= start:
        return Decimal(0)
    if cap.cutover is None or cap.earlier is None or start >= cap.cutover:
        return base * cap.annual * (end - start).days / cap_day_basis
    if end <= cap.cutover:
        return base * cap.earlier * (end - start).days / cap_day_basis
    before = base * cap.earlier * (cap.cutover - start).days / cap_day_basis
    after = base * cap.annual * (end - cap.cutover).days / cap_day_basis
    return before + after

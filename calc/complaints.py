"""Where to complain about collection conduct, and when the lender must answer (rules.md §6).

Codes and data only: which channels fit one debt's evidence, why (reason
codes), which violations each covers and the lender's reply deadline. ``app``
words it (``resources/templates/complaint.{zh,en}.toml``). The routing data —
channels, lender-type markers, deadlines, each with its sources and
confidence — is ``rules.json`` → ``complaints`` (:func:`build_complaints`),
handed in as ``Rules.complaints``.

**Lender type** (:func:`lender_type`). Route by the lender named on the
contract or credit report, not the brand (``letters.md`` §7; ``rules.md`` §1:
美团借钱 may be 重庆美团三快小额贷款有限公司 or a partner bank):

1. ``creditor_kind == private`` (民间借贷) → ``private``;
2. ``creditor_kind == credit_card`` → ``bank`` (cards are issued by banks, rules.md §1);
3. otherwise the first marker of the data's ordered list found in
   ``debt.creditor`` (the legal entity): 消费金融 → ``consumer_finance``;
   小额贷款/小贷 → ``microcredit``; 融资担保 → ``guarantee`` (a guarantor that
   paid the lender and now collects); 银行/信用卡中心 → ``bank``. 消费金融 is
   checked before 银行 so a bank-founded 消金 is a 消金;
4. nothing found (a brand such as "美团借钱", a name in English) → ``unknown``:
   both regulators are offered with the reason ``lender_type_unknown`` (check
   the 放款机构 on the contract or 征信报告). No plan field overrides the type:
   the name on the contract is the fact to fix.

**Routing** (:func:`route`), channels in the data's order (``CHANNELS``):

- ``lender`` — always first (letters.md §7 "lender first"; 《银行业保险业消费
  投诉处理管理办法》 art. 13 ✅ for what a complaint contains). Covers every
  violation. ``reply_deadline`` and the deadline days when the lender type is
  one the deadline rule names (banks, 消费金融: the 办法 governs banking and
  insurance institutions), else ``no_reply_deadline``. With no violation at
  all it is still listed, with ``no_violations``.
- ``12378`` (国家金融监督管理总局; banks, 消金) and ``local_finance``
  (provincial 地方金融管理局; 小贷, 融资担保 ⚠️) — when the lender type is one
  they supervise (reason ``supervises_<type>``) or unknown
  (``lender_type_unknown``), and the log shows at least one violation; both
  carry ``after_lender``: escalate when the lender's reply is late or unsatisfying.
- ``12321`` (harassing calls and SMS, contact-list and personal-information
  leaks) and ``110`` (threats, insults, impersonation, doxxing) — when the log
  shows a violation they take; one reason per violation kind (data).

Deadlines (:func:`complaint_deadlines`): reply within 15 days of receipt, 30
when complex, a further 30 with approval (rules.md §6, 🟡 新华社 2020-01-17; no
article number on file). Days are calendar days and the day of filing is not
counted (the usual way periods are counted, 民法典 art. 201, seen in secondary
copies only); a last day on a public holiday is not moved (art. 203 is not
modelled): the dates are the nominal ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from calc.model import CreditorKind, Debt, EvidenceEntry
from calc.rules import CONDUCT_RULES, Source, _citation, _confidence

if TYPE_CHECKING:
    from calc.evidence import Violation
    from calc.rules import Rules


class LenderType(StrEnum):
    """What kind of institution the lender is, as far as its name shows (module docstring)."""

    BANK = "bank"  # banks and their credit-card centres
    CONSUMER_FINANCE = "consumer_finance"  # 消费金融公司
    MICROCREDIT = "microcredit"  # 小额贷款公司, incl. online 小贷
    GUARANTEE = "guarantee"  # 融资担保公司
    PRIVATE = "private"  # 民间借贷
    UNKNOWN = "unknown"


#: The channels, in the order advice lists them (the lender first).
CHANNELS: tuple[str, ...] = ("lender", "12378", "local_finance", "12321", "110")


@dataclass(frozen=True)
class ComplaintChannel:
    """One complaint channel (``rules.json`` → ``complaints.channels.<key>``).

    - ``key``: one of :data:`CHANNELS`.
    - ``lender_types``: the lender types it handles; empty = any lender.
    - ``covers``: rule key (``calc.rules.CONDUCT_RULES``) → reason code, the
      violations the channel takes and why.
    - ``after_lender``: a supervisor, used after the lender (reason ``after_lender``).
    - ``confidence``/``sources``: where the routing comes from (rules.md §6).
    """

    key: str
    lender_types: frozenset[LenderType]
    covers: Mapping[str, str]
    after_lender: bool
    confidence: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class DeadlineRule:
    """The lender's reply deadline (``complaints.deadlines``).

    ``reply_days`` after receipt; ``extended_days`` in all when the case is
    complex; ``approved_extra_days`` more with approval. ``lender_types``: the
    lenders the rule governs.
    """

    reply_days: int
    extended_days: int
    approved_extra_days: int
    lender_types: frozenset[LenderType]
    confidence: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class ComplaintRules:
    """``channels`` keyed and ordered as :data:`CHANNELS`; ``markers``: (type, name
    fragments) checked in order by :func:`lender_type`; the lender's ``deadline``."""

    channels: Mapping[str, ComplaintChannel]
    markers: tuple[tuple[LenderType, tuple[str, ...]], ...]
    deadline: DeadlineRule


@dataclass(frozen=True)
class ChannelAdvice:
    """One channel that fits a debt's evidence.

    - ``channel``: the key (:data:`CHANNELS`).
    - ``reasons``: reason codes, most important first (module docstring).
    - ``violations``: the rule keys of the debt's violations this channel takes,
      in report order, each once.
    - ``deadline_days``: days after filing by which the lender should reply,
      cumulative (15, 30, 60); empty when no deadline is on file.
    - ``lender_type``: the type the routing used.
    - ``confidence``/``sources``: of the routing (the deadline's when it applies
      are in the rules).
    """

    channel: str
    reasons: tuple[str, ...]
    violations: tuple[str, ...]
    deadline_days: tuple[int, ...] = ()
    lender_type: LenderType = LenderType.UNKNOWN
    confidence: str = ""
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class ComplaintDeadlines:
    """The lender's reply dates for a complaint filed on ``filed_on`` (last days, inclusive):
    ``reply_due`` (15 days), ``extended_due`` (30, when complex), ``final_due`` (+30 approved)."""

    filed_on: date
    reply_due: date
    extended_due: date
    final_due: date


# --- the data --------------------------------------------------------------------


def _types(value: Any, where: str) -> frozenset[LenderType]:
    if value == "all":
        return frozenset()
    try:
        return frozenset(LenderType(v) for v in value)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None


def _covers(value: Any, reason: Any, where: str) -> dict[str, str]:
    if value == "all":
        if not reason:
            raise ValueError(f"{where}: 'violations': 'all' needs a 'reason'")
        return {k: str(reason) for k in CONDUCT_RULES}
    unknown = [k for k in value if k not in CONDUCT_RULES]
    if unknown:
        raise ValueError(f"{where}: unknown violations {unknown}")
    return {k: str(value[k]) for k in CONDUCT_RULES if k in value}


def _sources(items: Iterable[Mapping[str, Any]], documents: Mapping[str, Any],
             where: str) -> tuple[Source, ...]:
    sources = tuple(_citation(c, documents, where) for c in items)
    if not sources:
        raise ValueError(f"{where}: needs at least one source")
    return sources


def build_complaints(data: Mapping[str, Any]) -> ComplaintRules:
    """The ``complaints`` section of ``rules.json`` as :class:`ComplaintRules`.

    A channel key outside :data:`CHANNELS`, an unknown lender type or rule key,
    a missing source or deadline raise ``ValueError`` (``rules.invalid`` from
    :func:`calc.rules.build_rules`): a typo must not silently drop a channel.

    >>> doc = {"title_zh": "办法", "title_en": "Measures", "confidence": "medium"}
    >>> c = build_complaints({"documents": {"m": doc},
    ...     "lender_types": [{"type": "bank", "markers": ["银行"]}],
    ...     "deadlines": {"reply_days": 15, "extended_days": 30, "approved_extra_days": 30,
    ...                   "lender_types": ["bank"], "confidence": "medium",
    ...                   "sources": [{"document": "m"}]},
    ...     "channels": {"lender": {"lender_types": "all", "violations": "all",
    ...                  "reason": "lender_first", "confidence": "high",
    ...                  "sources": [{"document": "m"}]}}})
    >>> list(c.channels), c.deadline.reply_days, c.markers
    (['lender'], 15, ((<LenderType.BANK: 'bank'>, ('银行',)),))
    """
    documents = data["documents"]
    channels: dict[str, ComplaintChannel] = {}
    for key, ch in data["channels"].items():
        where = f"complaints.channels.{key}"
        if key not in CHANNELS:
            raise ValueError(f"{where}: unknown channel (known: {', '.join(CHANNELS)})")
        channels[key] = ComplaintChannel(
            key=key,
            lender_types=_types(ch["lender_types"], where),
            covers=_covers(ch["violations"], ch.get("reason"), where),
            after_lender=bool(ch.get("after_lender", False)),
            confidence=_confidence(ch["confidence"], where),
            sources=_sources(ch["sources"], documents, where),
        )
    d, where = data["deadlines"], "complaints deadlines"
    deadline = DeadlineRule(
        reply_days=int(d["reply_days"]),
        extended_days=int(d["extended_days"]),
        approved_extra_days=int(d["approved_extra_days"]),
        lender_types=_types(d["lender_types"], where),
        confidence=_confidence(d["confidence"], where),
        sources=_sources(d["sources"], documents, where),
    )
    if not 0 < deadline.reply_days <= deadline.extended_days or deadline.approved_extra_days < 0:
        raise ValueError(f"{where}: need 0 < reply_days <= extended_days")
    markers = tuple((LenderType(m["type"]), tuple(str(x) for x in m["markers"]))
                    for m in data["lender_types"])
    return ComplaintRules({k: channels[k] for k in CHANNELS if k in channels}, markers, deadline)


def _complaint_rules(rules: Rules | ComplaintRules) -> ComplaintRules:
    if isinstance(rules, ComplaintRules):
        return rules
    if rules.complaints is None:
        raise ValueError("the rules data has no complaints section")
    return rules.complaints


# --- lender type, routing, deadlines -----------------------------------------------


def lender_type(debt: Debt, rules: Rules | ComplaintRules) -> LenderType:
    """The lender's type from ``creditor_kind`` and the legal entity name (module docstring).

    >>> from decimal import Decimal
    >>> r = ComplaintRules({}, ((LenderType.CONSUMER_FINANCE, ("消费金融",)),
    ...     (LenderType.MICROCREDIT, ("小额贷款", "小贷")), (LenderType.BANK, ("银行", "信用卡中心"))),
    ...     DeadlineRule(15, 30, 30, frozenset(), "medium", ()))
    >>> def kind(name, k=CreditorKind.LICENSED):
    ...     return lender_type(Debt("d", name, Decimal(1), creditor_kind=k), r).value
    >>> kind("重庆美团三快小额贷款有限公司"), kind("重庆蚂蚁消费金融有限公司"), kind("深圳前海微众银行")
    ('microcredit', 'consumer_finance', 'bank')
    >>> kind("美团借钱"), kind("某某", CreditorKind.CREDIT_CARD), kind("张三", CreditorKind.PRIVATE)
    ('unknown', 'bank', 'private')
    """
    if debt.creditor_kind is CreditorKind.PRIVATE:
        return LenderType.PRIVATE
    if debt.creditor_kind is CreditorKind.CREDIT_CARD:
        return LenderType.BANK
    name = debt.creditor
    for kind, markers in _complaint_rules(rules).markers:
        if any(m in name for m in markers):
            return kind
    return LenderType.UNKNOWN


def _keys(violations: Iterable[Violation | str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for v in violations:
        seen.setdefault(v if isinstance(v, str) else v.key, None)
    return tuple(seen)


def route(debt: Debt, violations: Iterable[Violation | str],
          rules: Rules | ComplaintRules) -> list[ChannelAdvice]:
    """The channels that fit ``debt`` given its evidence's ``violations`` (the
    :class:`calc.evidence.Violation` list of the debt's report, or rule keys), lender first.

    >>> from decimal import Decimal
    >>> src = (Source("", "", "medium"),)
    >>> r = ComplaintRules({
    ...     "lender": ComplaintChannel("lender", frozenset(), {"threat": "lender_first"}, False,
    ...                                "high", src),
    ...     "12378": ComplaintChannel("12378", frozenset({LenderType.BANK}),
    ...                               {"threat": "collection"}, True, "medium", src),
    ...     "110": ComplaintChannel("110", frozenset(), {"threat": "threat"}, False, "low", src)},
    ...     ((LenderType.BANK, ("银行",)),),
    ...     DeadlineRule(15, 30, 30, frozenset({LenderType.BANK}), "medium", src))
    >>> bank = Debt("d", "某某银行股份有限公司", Decimal(1))
    >>> [(a.channel, a.reasons, a.violations, a.deadline_days) for a in route(bank, ["threat"], r)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('lender', ('lender_first', 'reply_deadline'), ('threat',), (15, 30, 60)),
     ('12378', ('supervises_bank', 'after_lender'), ('threat',), ()),
     ('110', ('threat',), ('threat',), ())]
    """
    data = _complaint_rules(rules)
    kind = lender_type(debt, data)
    found = _keys(violations)
    deadline = data.deadline
    out: list[ChannelAdvice] = []
    for key, ch in data.channels.items():
        covered = tuple(k for k in found if k in ch.covers)
        reasons: list[str] = []
        days: tuple[int, ...] = ()
        if key == "lender":
            reasons.append("lender_first")
            if kind in deadline.lender_types:
                reasons.append("reply_deadline")
                days = (deadline.reply_days, deadline.extended_days,
                        deadline.extended_days + deadline.approved_extra_days)
            else:
                reasons.append("lender_type_unknown" if kind is LenderType.UNKNOWN
                               else "no_reply_deadline")
            if not found:
                reasons.append("no_violations")
        else:
            if not covered:
                continue
            if ch.lender_types:
                if kind in ch.lender_types:
                    reasons.append(f"supervises_{kind.value}")
                elif kind is LenderType.UNKNOWN:
                    reasons.append("lender_type_unknown")
                else:
                    continue
            if ch.after_lender:
                reasons.append("after_lender")
            else:
                reasons.extend(dict.fromkeys(ch.covers[k] for k in covered))
        out.append(ChannelAdvice(key, tuple(reasons), covered, days, kind, ch.confidence,
                                 ch.sources))
    return out


def complaint_deadlines(filed_on: date, rules: Rules | ComplaintRules) -> ComplaintDeadlines:
    """The lender's reply dates for a complaint it receives on ``filed_on``.

    ``filed_on + reply_days``, ``filed_on + extended_days`` and that plus
    ``approved_extra_days`` (calendar days, the filing day not counted; module docstring).

    >>> from calc.rules import Source
    >>> rule = DeadlineRule(15, 30, 30, frozenset(), "medium", (Source("", "", "medium"),))
    >>> d = complaint_deadlines(date(2026, 1, 31), ComplaintRules({}, (), rule))
    >>> d.reply_due, d.extended_due, d.final_due
    (datetime.date(2026, 2, 15), datetime.date(2026, 3, 2), datetime.date(2026, 4, 1))
    """
    rule = _complaint_rules(rules).deadline
    extended = filed_on + timedelta(days=rule.extended_days)
    return ComplaintDeadlines(
        filed_on=filed_on,
        reply_due=filed_on + timedelta(days=rule.reply_days),
        extended_due=extended,
        final_due=extended + timedelta(days=rule.approved_extra_days),
    )


def debt_entries(entries: Iterable[EvidenceEntry], debt_id: str,
                 debt_ids: Iterable[str]) -> tuple[int, ...]:
    """Indexes of the evidence entries a complaint about ``debt_id`` may state.

    An entry names its debt (``evidence[].debt``, plan-file extension) when the
    borrower knows which lender the collector worked for. A complaint states
    the entries linked to ``debt_id``; an entry linked to no debt only when
    no entry in the log names a debt (the borrower does not link them) or the
    plan has a single debt — never another lender's collectors, and never an
    unlinked entry when the borrower has been telling them apart.

    >>> from datetime import datetime
    >>> from calc.model import EvidenceEntry
    >>> log = [EvidenceEntry(datetime(2026, 1, 1), debt="a"), EvidenceEntry(datetime(2026, 1, 2))]
    >>> debt_entries(log, "a", ["a", "b"]), debt_entries(log, "a", ["a"]), debt_entries(log, "b", ["a", "b"])
    ((0,), (0, 1), ())
    """
    entries = list(entries)
    linked = any(e.debt for e in entries)
    single = len(set(debt_ids)) == 1
    return tuple(i for i, e in enumerate(entries)
                 if e.debt == debt_id or (not e.debt and (not linked or single)))


__all__ = [
    "CHANNELS",
    "ChannelAdvice",
    "ComplaintChannel",
    "ComplaintDeadlines",
    "ComplaintRules",
    "DeadlineRule",
    "LenderType",
    "build_complaints",
    "complaint_deadlines",
    "debt_entries",
    "lender_type",
    "route",
]

"""The evidence log checked against the collection-conduct rules (rules.md §5).

:func:`check_evidence` reads the borrower's log (``plan.evidence``, plan-file
spec) and the :class:`calc.rules.ConductRule` records handed in
(``Rules.collection``, from ``resources/rules/rules.json``) and returns which
entries show which rule being broken, plus a factual summary. Only rules the
data carries are ever reported: a rule missing from ``collection`` is never
claimed, whatever the log says.

Semantics (times are the local, timezone-naive times the user logged; an
entry with ``attempts = N`` counts N attempts, all at its ``at``):

- ``night`` — an entry on one of the rule's ``channels`` whose time of day
  ``t`` lies in the window: ``t ≥ start or t < end`` when the window wraps
  midnight (22:00–08:00: 22:00 and 07:59 are night, 21:59 and 08:00 are not),
  ``start ≤ t < end`` otherwise. Source: 2026 银行业协会《催收工作指引》
  (no collection 22:00–08:00 without the debtor's consent) and GB/T 45251-2025
  (unless agreed), both 🟡; 民法典 1033 (一) ✅ backs it. Letters are left out
  of the data's channels: the time logged for a letter is when it was read.
- ``frequency`` — attempts on the rule's channels (calls in the data) to one
  person on one calendar day (00:00–23:59), summed over entries; a violation
  when the sum exceeds ``max_per_day`` (6): 6 is fine, 4 + 3 = 7 is not; 6
  attempts split by midnight are two days. A person is ``(target,
  target_name)``, the name stripped; the borrower (``self``) is one person
  whatever name is written. Source: 2026 指引 (unanswered calls "不宜" exceed
  6 a day per number, unless agreed; 🟡). The log's ``attempts`` are counted
  whether or not one was answered (plan-file spec: "more than 6 attempts to
  one person in one day").
- ``third_party`` — every entry whose ``target`` is not ``self``. Source: 2026
  指引 and GB/T 45251 (third parties only when the debtor is unreachable, never
  told the debt), 信用卡办法 art. 68 (cards: debtor and guarantor only), all
  🟡; PIPL art. 13 and 民法典 1033 (一) ✅ back it. The log cannot show whether
  the borrower was reachable; the wording says so.
- each :class:`calc.model.EvidenceTag` — the entries the user tagged with it,
  one rule per tag (``disclosure``, ``threat``, ...). Tags are observations;
  nothing here infers one from the summary text.

Violations come in :data:`calc.rules.CONDUCT_RULES` order, one per rule, except
``frequency``: one per (day, person) over the limit. Entries in a violation are
listed chronologically (ties by position), so the result does not depend on
the order of the log (entries logged at the same minute are ordered by their
content); indexes are positions in ``entries``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from calc.model import EvidenceEntry, Target
from calc.rules import CONDUCT_RULES, ConductRule, Rules

_TARGET_ORDER = {t: i for i, t in enumerate(Target)}


@dataclass(frozen=True)
class Person:
    """Who was contacted: ``target`` and the name the user wrote ("" for the borrower)."""

    target: Target
    name: str = ""

    @property
    def third_party(self) -> bool:
        return self.target is not Target.SELF


def person_of(entry: EvidenceEntry) -> Person:
    """The person an entry reached; the borrower is one person whatever the name.

    >>> person_of(EvidenceEntry(datetime(2026, 1, 1), target=Target.FAMILY, target_name=" 母亲 "))
    Person(target=<Target.FAMILY: 'family'>, name='母亲')
    """
    if entry.target is Target.SELF:
        return Person(Target.SELF)
    return Person(entry.target, entry.target_name.strip())


def _person_key(p: Person) -> tuple[int, str]:
    return _TARGET_ORDER[p.target], p.name


@dataclass(frozen=True)
class Violation:
    """One rule the log shows broken.

    - ``rule``: the rule with its key, sources, confidence and wording key.
    - ``entries``: indexes into the log, chronological (see the module docstring).
    - ``attempts``: attempts in those entries (for ``frequency``: that person's
      attempts that day on the rule's channels).
    - ``people``: who those entries reached, in order of first contact.
    - ``day``: the calendar day (``frequency`` only).
    """

    rule: ConductRule
    entries: tuple[int, ...]
    attempts: int
    people: tuple[Person, ...]
    day: date | None = None

    @property
    def key(self) -> str:
        return self.rule.key

    @property
    def person(self) -> Person | None:
        """The one person concerned (``frequency``), else None."""
        return self.people[0] if self.day is not None and self.people else None


@dataclass(frozen=True)
class EvidenceSummary:
    """Facts about the log (all channels unless said otherwise).

    - ``entries``: number of entries; ``contacts``: attempts over all entries.
    - ``third_parties``: distinct people other than the borrower, in order of
      first contact; ``third_party_contacts``: attempts to them.
    - ``night_contacts``: attempts in the ``night`` rule's window and channels
      (None when the rules carry no night rule).
    - ``worst_day``/``worst_day_attempts``: the day with most attempts, all
      people together (earliest on a tie); None/0 for an empty log.
    - ``busiest``: (person, day, attempts) — most attempts to one person on one
      day, all channels (earliest day, then person order, on a tie).
    - ``first``/``last``: the earliest and latest entry time.
    """

    entries: int
    contacts: int
    third_parties: tuple[Person, ...]
    third_party_contacts: int
    night_contacts: int | None
    worst_day: date | None
    worst_day_attempts: int
    busiest: tuple[Person, date, int] | None
    first: datetime | None
    last: datetime | None


@dataclass(frozen=True)
class EvidenceReport:
    """``violations`` in report order, the ``summary``, and the ``rules`` checked
    (rule key → :class:`ConductRule`, so a report can word the night window or
    the daily limit it used)."""

    violations: tuple[Violation, ...]
    summary: EvidenceSummary
    rules: Mapping[str, ConductRule]


def in_window(moment: time, start: time, end: time) -> bool:
    """Whether a time of day lies in ``[start, end)``, wrapping midnight when ``start > end``.

    >>> night = (time(22), time(8))
    >>> [in_window(time(h, m), *night) for h, m in ((21, 59), (22, 0), (7, 59), (8, 0))]
    [False, True, True, False]
    """
    if start <= end:
        return start <= moment < end
    return moment >= start or moment < end


def _chronological(entries: Sequence[EvidenceEntry]) -> list[int]:
    """Indexes by time; entries logged at the same minute by their content, then position,
    so the same log in another order lists the same entries in the same order."""

    def key(i: int) -> tuple:
        e = entries[i]
        return (e.at, _TARGET_ORDER[e.target], e.target_name.strip(), e.channel.value, e.from_,
                e.collector, e.attempts, e.answered, e.summary, tuple(t.value for t in e.tags),
                e.files, e.debt, i)

    return sorted(range(len(entries)), key=key)


def _attempts(entry: EvidenceEntry) -> int:
    return max(entry.attempts, 0)


def _people(entries: Sequence[EvidenceEntry], indexes: Iterable[int]) -> tuple[Person, ...]:
    seen: dict[Person, None] = {}
    for i in indexes:
        seen.setdefault(person_of(entries[i]), None)
    return tuple(seen)


def _violation(rule: ConductRule, entries: Sequence[EvidenceEntry], indexes: list[int],
               day: date | None = None) -> Violation:
    return Violation(rule, tuple(indexes), sum(_attempts(entries[i]) for i in indexes),
                     _people(entries, indexes), day)


def _frequency(rule: ConductRule, entries: Sequence[EvidenceEntry],
               order: list[int]) -> list[Violation]:
    per: dict[tuple[date, Person], list[int]] = defaultdict(list)
    for i in order:
        e = entries[i]
        if e.channel in rule.channels:
            per[(e.at.date(), person_of(e))].append(i)
    limit = rule.max_per_day if rule.max_per_day is not None else 0
    found = []
    for (day, person), idx in sorted(per.items(), key=lambda kv: (kv[0][0], _person_key(kv[0][1]))):
        v = _violation(rule, entries, idx, day)
        if v.attempts > limit:
            found.append(v)
    return found


def _summary(entries: Sequence[EvidenceEntry], order: list[int],
             night: Violation | None, has_night: bool) -> EvidenceSummary:
    by_day: dict[date, int] = defaultdict(int)
    by_person_day: dict[tuple[date, Person], int] = defaultdict(int)
    for i in order:
        e = entries[i]
        by_day[e.at.date()] += _attempts(e)
        by_person_day[(e.at.date(), person_of(e))] += _attempts(e)
    third = [i for i in order if entries[i].target is not Target.SELF]
    worst = min(by_day.items(), key=lambda kv: (-kv[1], kv[0]), default=None)
    busiest = min(by_person_day.items(), key=lambda kv: (-kv[1], kv[0][0], _person_key(kv[0][1])),
                  default=None)
    return EvidenceSummary(
        entries=len(entries),
        contacts=sum(_attempts(e) for e in entries),
        third_parties=_people(entries, third),
        third_party_contacts=sum(_attempts(entries[i]) for i in third),
        night_contacts=(night.attempts if night else 0) if has_night else None,
        worst_day=worst[0] if worst else None,
        worst_day_attempts=worst[1] if worst else 0,
        busiest=(busiest[0][1], busiest[0][0], busiest[1]) if busiest else None,
        first=entries[order[0]].at if order else None,
        last=entries[order[-1]].at if order else None,
    )


def check_evidence(entries: Sequence[EvidenceEntry],
                   rules: Rules | Mapping[str, ConductRule]) -> EvidenceReport:
    """Violations and summary of an evidence log (semantics in the module docstring).

    ``rules`` is the rules data (its ``collection`` is used) or any mapping of
    rule key → :class:`ConductRule`; a key absent from it is never reported.

    >>> from calc.model import Channel, EvidenceTag
    >>> from calc.rules import ConductRule, Source
    >>> src = (Source("指引", "Guideline", "medium"),)
    >>> rules = {"night": ConductRule("night", "medium", src, "night", start=time(22), end=time(8)),
    ...          "frequency": ConductRule("frequency", "medium", src, "frequency", max_per_day=6),
    ...          "third_party": ConductRule("third_party", "medium", src, "third_party"),
    ...          "threat": ConductRule("threat", "medium", src, "threat")}
    >>> mother = dict(target=Target.FAMILY, target_name="母亲")
    >>> log = [EvidenceEntry(datetime(2026, 11, 20, 21, 0), attempts=4, **mother),
    ...        EvidenceEntry(datetime(2026, 11, 20, 22, 0), attempts=3, **mother,
    ...                      tags=(EvidenceTag.THREAT,)),
    ...        EvidenceEntry(datetime(2026, 11, 21, 8, 0), channel=Channel.SMS)]
    >>> report = check_evidence(log, rules)
    >>> [(v.key, v.entries, v.attempts, v.day) for v in report.violations]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('night', (1,), 3, None),
     ('frequency', (0, 1), 7, datetime.date(2026, 11, 20)),
     ('third_party', (0, 1), 7, None),
     ('threat', (1,), 3, None)]
    >>> s = report.summary
    >>> s.contacts, s.third_parties, s.night_contacts, s.worst_day, s.worst_day_attempts
    ... # doctest: +NORMALIZE_WHITESPACE
    (8, (Person(target=<Target.FAMILY: 'family'>, name='母亲'),), 3,
     datetime.date(2026, 11, 20), 7)
    """
    if isinstance(rules, Rules):
        rules = rules.collection
    order = _chronological(entries)
    found: list[Violation] = []
    night: Violation | None = None
    for key in CONDUCT_RULES:
        rule = rules.get(key)
        if rule is None:
            continue
        if key == "frequency":
            found.extend(_frequency(rule, entries, order))
            continue
        if key == "night":
            if rule.start is None or rule.end is None:
                continue
            start, end = rule.start, rule.end
            idx = [i for i in order if entries[i].channel in rule.channels
                   and in_window(entries[i].at.time(), start, end)]
        elif key == "third_party":
            idx = [i for i in order if entries[i].channel in rule.channels
                   and entries[i].target is not Target.SELF]
        else:
            idx = [i for i in order if entries[i].channel in rule.channels
                   and any(t.value == key for t in entries[i].tags)]
        if idx:
            v = _violation(rule, entries, idx)
            found.append(v)
            if key == "night":
                night = v
    summary = _summary(entries, order, night, "night" in rules)
    return EvidenceReport(tuple(found), summary, {k: rules[k] for k in CONDUCT_RULES if k in rules})

"""The evidence log (the plan's ``evidence`` list) as a timeline table; formats, never judges.

One row per logged contact, in file order: the row number is the entry's
number, the ``[n]`` of ``negoplan evidence``. The view sorts and filters
through :class:`EvidenceFilter` (by time; who was contacted; which violation;
words). Columns are :class:`Col`. The last column names the violations calc
found in the entry: :func:`evidence_report` runs
:func:`calc.evidence.check_evidence` on the decoded plan — only when the plan
has no errors and the results match the rows, so no stale finding is shown.

Wording: channel and target names and the rule names are the evidence
templates' (``resources/templates/evidence.*.toml``, the words of the report
and the complaint draft) in the UI language; a tag's plain-words label is a GUI
string (``tr``), with the legal term and the rule's allowed wording on hover.

Also here, the two conversions the quick-entry form needs: the time the user
typed (:func:`parse_when`) and the file's entry object (:func:`entry_data`,
``shared/spec/plan-file.md``: ``"at": "YYYY-MM-DDTHH:MM"``).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QBrush, QColor

from app.evidence_report import person_text, rule_text, violation_fact, violation_name
from app.gui.document import PlanDocument
from app.gui.i18n import problem_text, ui_lang
from app.letters.templates import Templates, load_templates
from calc.errors import Severity
from calc.evidence import EvidenceReport, Person, Violation, check_evidence
from calc.model import Channel, EvidenceTag, Target
from calc.plan_fields import format_datetime
from calc.rules import ConductRule

__all__ = [
    "RULES_ROLE",
    "SEARCH_ROLE",
    "SORT_ROLE",
    "TARGET_ROLE",
    "Col",
    "EvidenceFilter",
    "EvidenceModel",
    "TargetFilter",
    "channel_label",
    "entry_data",
    "evidence_report",
    "evidence_templates",
    "parse_when",
    "tag_label",
    "tag_term",
    "target_label",
]

Idx = QModelIndex | QPersistentModelIndex

EVIDENCE = ("evidence",)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Sort key of a cell: the ISO time, the attempt count, else the shown text."""
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2
"""The entry's ``target`` file value (``"self"``, ``"family"``…)."""
RULES_ROLE = Qt.ItemDataRole.UserRole + 3
"""The keys of the rules the entry shows broken (``("night", "third_party")``); ``()`` without results."""
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4
"""Every text of the entry, lower-cased, for the word filter."""

ANY_RULE = "*"
"""Violation filter value: entries showing any violation."""

_RED = "#b3261e"


class Col(IntEnum):
    """Columns: when, how, whom and how often first, then what calc found, then the details."""

    TIME = 0
    CHANNEL = 1
    TARGET = 2
    ATTEMPTS = 3
    ANSWERED = 4
    VIOLATIONS = 5
    FROM = 6
    COLLECTOR = 7
    SUMMARY = 8
    TAGS = 9


class TargetFilter:
    """Values of the "who was contacted" filter."""

    ALL = "all"
    SELF = "self"
    THIRD = "third"


# -- words -----------------------------------------------------------------------------------

def evidence_templates() -> Templates:
    """The evidence wording in the UI language (read once per language)."""
    return load_templates(ui_lang(), "evidence")


def _capital(text: str) -> str:
    """A label starts with a capital letter (the templates' words are mid-sentence: "call")."""
    return text[:1].upper() + text[1:]


def channel_label(value: Any) -> str:
    """``"call"`` → 电话 (the report's word); an unknown value is shown as written."""
    t = evidence_templates()
    key = f"channel.{value}"
    return _capital(t(key)) if isinstance(value, str) and key in t else str(value or "")


def target_label(value: Any) -> str:
    """``"family"`` → 家人; an unknown value is shown as written."""
    t = evidence_templates()
    key = f"target.{value}"
    return _capital(t(key)) if isinstance(value, str) and key in t else str(value or "")


def tag_label(tag: EvidenceTag) -> str:
    """What the user noticed, in plain words (the check box and the table)."""
    # Literal translate() calls: pyside6-lupdate must see every string.
    labels = {
        EvidenceTag.DISCLOSURE: QCoreApplication.translate("EvidenceTags", "把我欠钱的事告诉了别人"),
        EvidenceTag.THREAT: QCoreApplication.translate("EvidenceTags", "威胁、吓唬（说要上门、抓人等）"),
        EvidenceTag.INSULT: QCoreApplication.translate("EvidenceTags", "骂人、侮辱"),
        EvidenceTag.IMPERSONATION: QCoreApplication.translate(
            "EvidenceTags", "冒充警察、法院或律师"),
        EvidenceTag.FAKE_DOCUMENT: QCoreApplication.translate(
            "EvidenceTags", "发来“律师函”“立案通知”之类的文书"),
        EvidenceTag.FEES_OR_NEW_LOAN: QCoreApplication.translate(
            "EvidenceTags", "要我另交费用，或借新钱还旧债"),
        EvidenceTag.PRIVATE_CHANNEL: QCoreApplication.translate(
            "EvidenceTags", "用私人手机号或私人微信催"),
        EvidenceTag.PUBLIC_SHAMING: QCoreApplication.translate(
            "EvidenceTags", "说要公开我的欠款（发群、找村委会等）"),
    }
    return labels[tag]


def tag_term(tag: EvidenceTag, rules: dict[str, ConductRule] | Any) -> str:
    """The legal term and the rule's allowed wording for a tag (the check box's tooltip)."""
    t = evidence_templates()
    rule = rules.get(tag.value) if rules is not None else None
    if rule is None:
        return ""
    head = QCoreApplication.translate("EvidenceTags", "法律用语：{term}").format(
        term=violation_name(t, rule))
    return head + "\n" + rule_text(t, rule)


def _tags_text(tags: Any, sep: str | None = None) -> str:
    if not isinstance(tags, list):
        return ""
    names = []
    for value in tags:
        try:
            names.append(tag_label(EvidenceTag(value)))
        except ValueError:
            names.append(str(value))
    if sep is None:
        sep = QCoreApplication.translate("EvidenceTags", "；")
    return sep.join(names)


# -- the report ------------------------------------------------------------------------------

def evidence_report(doc: PlanDocument) -> EvidenceReport | None:
    """calc's check of the log, or ``None`` while the plan has errors (no stale findings)
    or the results are not those of the current rows (an edit waits for its recomputation)."""
    results = doc.results
    plan = results.plan
    if (plan is None or results.errors or doc.pending
            or len(plan.evidence) != doc.count(EVIDENCE)):
        return None
    return check_evidence(plan.evidence, doc.rules.collection)


# -- the time the user typed, the entry the form writes --------------------------------------

_WHEN = re.compile(
    r"(?:(?:(?P<y>\d{4})-)?(?P<mo>\d{1,2})-(?P<d>\d{1,2})\s*)?(?P<h>\d{1,2}):(?P<mi>\d{1,2})?")
_NORMALIZE = (("：", ":"), ("点", ":"), ("時", ":"), ("时", ":"), ("分", ""), ("年", "-"),
              ("月", "-"), ("日", " "), ("号", " "), ("/", "-"), (".", "-"), ("T", " "),
              ("t", " "))


def parse_when(text: str, now: datetime) -> datetime | None:
    """The moment typed in the quick-entry form, to the minute; ``None`` when it is not one.

    ``2026-11-20 21:40`` (also ``2026/11/20 21:40``, ``2026年11月20日21点40分``),
    ``11-20 21:40`` or just ``21:40``. Without the year (or the day) it is the most
    recent such moment up to ``now``: ``21:40`` typed at 09:00 is last night's call.
    Years 1990..2100, as the plan file allows.

    >>> now = datetime(2026, 11, 24, 9, 0)
    >>> parse_when("21:40", now), parse_when("8:05", now)
    (datetime.datetime(2026, 11, 23, 21, 40), datetime.datetime(2026, 11, 24, 8, 5))
    >>> parse_when("2026年11月20日 23点15分", now)
    datetime.datetime(2026, 11, 20, 23, 15)
    >>> parse_when("12-31 22:00", now), parse_when("25:00", now)
    (datetime.datetime(2025, 12, 31, 22, 0), None)
    """
    s = text.strip()
    for a, b in _NORMALIZE:
        s = s.replace(a, b)
    match = _WHEN.fullmatch(s.strip())
    if match is None:
        return None
    g = match.groupdict()
    hour, minute = int(g["h"]), int(g["mi"] or 0)
    now = now.replace(second=0, microsecond=0)
    try:
        if g["mo"] is None:
            moment = now.replace(hour=hour, minute=minute)
            if moment > now:
                moment -= timedelta(days=1)
        elif g["y"] is None:
            moment = datetime(now.year, int(g["mo"]), int(g["d"]), hour, minute)
            if moment > now:
                moment = moment.replace(year=now.year - 1)
        else:
            moment = datetime(int(g["y"]), int(g["mo"]), int(g["d"]), hour, minute)
    except ValueError:
        return None
    return moment if 1990 <= moment.year <= 2100 else None


def when_text(moment: datetime) -> str:
    """``2026-11-20 21:40``: how the form and the table show a time."""
    return moment.strftime("%Y-%m-%d %H:%M")


def entry_data(base: dict[str, Any] | None, *, at: datetime, channel: Channel, from_: str,
               collector: str, target: Target, target_name: str, attempts: int, answered: bool,
               summary: str, tags: Sequence[EvidenceTag], debt: str | None = None,
               files: Sequence[str] | None = None,
               file_hashes: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The plan file's entry object for the form's values (``shared/spec/plan-file.md``).

    Empty texts and empty lists are left out; ``base`` (an entry being edited)
    keeps its other keys (fields of other tools, and ``debt``, ``files``,
    ``file_hashes`` when they are not given: ``None``). ``debt`` ``""`` removes
    the link; ``file_hashes`` (plan-file extension) keeps only listed files.

    >>> entry_data(None, at=datetime(2026, 11, 22, 23, 10), channel=Channel.CALL, from_="",
    ...            collector="", target=Target.FAMILY, target_name=" 母亲 ", attempts=1,
    ...            answered=True, summary="", tags=[EvidenceTag.THREAT])
    ... # doctest: +NORMALIZE_WHITESPACE
    {'at': '2026-11-22T23:10', 'channel': 'call', 'target': 'family', 'target_name': '母亲',
     'attempts': 1, 'answered': True, 'tags': ['threat']}
    """
    out: dict[str, Any] = copy.deepcopy(base) if base else {}
    values: dict[str, Any] = {
        "at": format_datetime(at),
        "channel": channel.value,
        "from": from_.strip(),
        "collector": collector.strip(),
        "target": target.value,
        "target_name": "" if target is Target.SELF else target_name.strip(),
        "attempts": attempts,
        "answered": answered,
        "summary": summary.strip(),
        "tags": [t.value for t in EvidenceTag if t in tags],
    }
    if debt is not None:
        values["debt"] = debt.strip()
    if files is not None:
        values["files"] = list(dict.fromkeys(f for f in files if f.strip()))
    if file_hashes is not None:
        listed = values.get("files", out.get("files"))
        listed = listed if isinstance(listed, list) else []
        values["file_hashes"] = {f: h for f, h in file_hashes.items() if f in listed}
    for key in ("debt", "files", "file_hashes"):
        if key in values and key in out and out[key] == values[key]:
            del values[key]  # unchanged: stays as written (an empty list too)
    for key, value in values.items():
        if value in ("", [], {}):
            out.pop(key, None)
        else:
            out[key] = value
    return out


# -- the table -------------------------------------------------------------------------------

class EvidenceModel(QAbstractTableModel):
    """The log's rows over ``doc`` (raw file values) plus calc's findings per entry."""

    def __init__(self, doc: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._n = doc.count(EVIDENCE)
        self._report: EvidenceReport | None = None
        self._by_entry: dict[int, list[Violation]] = {}
        self._collect_results()
        doc.dataChanged.connect(self._on_data_changed)
        doc.resultsChanged.connect(self._on_results_changed)

    # -- results -------------------------------------------------------------------------
    @property
    def report(self) -> EvidenceReport | None:
        """calc's report for the rows shown (``None``: errors, or an edit is pending)."""
        return self._report

    def violations_of(self, row: int) -> list[Violation]:
        return self._by_entry.get(row, [])

    def _collect_results(self) -> None:
        self._report = evidence_report(self.doc)
        self._by_entry = {}
        if self._report is not None:
            for v in self._report.violations:
                for i in v.entries:
                    self._by_entry.setdefault(i, []).append(v)

    @Slot()
    def _on_results_changed(self) -> None:
        self._collect_results()
        if self._n:
            self.dataChanged.emit(self.index(0, 0), self.index(self._n - 1, len(Col) - 1))

    @Slot(tuple)
    def _on_data_changed(self, path: tuple) -> None:
        if path and path[0] != EVIDENCE[0]:
            return
        # The log changed: calc's findings are stale until the recomputation (resultsChanged).
        self._report = None
        self._by_entry = {}
        n = self.doc.count(EVIDENCE)
        if len(path) >= 2 and isinstance(path[1], int) and n == self._n and path[1] < n:
            if n:
                self.dataChanged.emit(self.index(0, 0), self.index(n - 1, len(Col) - 1))
            return
        self.beginResetModel()
        self._n = n
        self.endResetModel()

    def refresh_texts(self) -> None:
        """Re-label after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)
        if self._n:
            self.dataChanged.emit(self.index(0, 0), self.index(self._n - 1, len(Col) - 1))

    # -- shape ---------------------------------------------------------------------------
    def rowCount(self, parent: Idx = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._n

    def columnCount(self, parent: Idx = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def flags(self, index: Idx) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def header_text(self, col: Col) -> str:
        texts = {
            Col.TIME: self.tr("时间"),
            Col.CHANNEL: self.tr("方式"),
            Col.FROM: self.tr("对方号码"),
            Col.COLLECTOR: self.tr("对方自称"),
            Col.TARGET: self.tr("联系了谁"),
            Col.ATTEMPTS: self.tr("次数"),
            Col.ANSWERED: self.tr("接通"),
            Col.SUMMARY: self.tr("说了什么"),
            Col.TAGS: self.tr("你注意到的"),
            Col.VIOLATIONS: self.tr("可能违规"),
        }
        return texts[col]

    def header_tip(self, col: Col) -> str:
        tips = {
            Col.TIME: self.tr("对方联系的时间（到分钟）"),
            Col.FROM: self.tr("来电号码、短信号码或微信号"),
            Col.COLLECTOR: self.tr("对方说自己是谁：姓名、工号、公司"),
            Col.ATTEMPTS: self.tr("这一次记录里对方打来或发来几次"),
            Col.VIOLATIONS: self.tr("按催收规则核对你的记录后发现的问题，依据见下方列表"),
        }
        return tips.get(col, "")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(Col):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self.header_text(Col(section))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tip(Col(section)) or None
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self._n:
            return str(section + 1)  # the entry's number, as in the report
        return None

    # -- data ----------------------------------------------------------------------------
    def entry(self, row: int) -> dict[str, Any]:
        value = self.doc.get((*EVIDENCE, row))
        return value if isinstance(value, dict) else {}

    def data(self, index: Idx, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._n:
            return None
        row, col = index.row(), Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SORT_ROLE:
            return self._sort_key(row, col)
        if role == TARGET_ROLE:
            return str(self.entry(row).get("target", Target.SELF.value))
        if role == RULES_ROLE:
            return tuple(dict.fromkeys(v.key for v in self.violations_of(row)))
        if role == SEARCH_ROLE:
            return self._search_text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if col == Col.ATTEMPTS
                          else Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and self._errors(row):
            return QBrush(QColor(_RED))
        return None

    def _errors(self, row: int) -> list[str]:
        return [problem_text(p) for p in self.doc.results.problems_at((*EVIDENCE, row))
                if p.severity is Severity.ERROR]

    def _display(self, row: int, col: Col) -> str:
        e = self.entry(row)
        if col == Col.TIME:
            return str(e.get("at", "")).replace("T", " ")
        if col == Col.CHANNEL:
            return channel_label(e.get("channel", Channel.CALL.value))
        if col == Col.FROM:
            return str(e.get("from", ""))
        if col == Col.COLLECTOR:
            return str(e.get("collector", ""))
        if col == Col.TARGET:
            return self._person(e)
        if col == Col.ATTEMPTS:
            return str(e.get("attempts", 1))
        if col == Col.ANSWERED:
            if e.get("answered") is True:
                return self.tr("是")
            return self.tr("否") if e.get("channel", "call") in ("call", "visit") else ""
        if col == Col.SUMMARY:
            return " ".join(str(e.get("summary", "")).split())
        if col == Col.TAGS:
            return _tags_text(e.get("tags"))
        return self._violations_text(row)

    def _person(self, e: dict[str, Any]) -> str:
        target = e.get("target", Target.SELF.value)
        name = str(e.get("target_name", "")).strip()
        try:
            person = Person(Target(target), "" if target == Target.SELF.value else name)
        except ValueError:
            return f"{target} {name}".strip()
        return _capital(person_text(evidence_templates(), person))

    def _violations_text(self, row: int) -> str:
        if self._report is None:
            return "—" if self._n else ""
        t = evidence_templates()
        names = dict.fromkeys(violation_name(t, v.rule) for v in self.violations_of(row))
        return "⚠ " + t.raw("fmt.list_sep").join(names) if names else ""

    def _sort_key(self, row: int, col: Col) -> Any:
        e = self.entry(row)
        if col == Col.TIME:
            return str(e.get("at", ""))
        if col == Col.ATTEMPTS:
            value = e.get("attempts", 1)
            return value if isinstance(value, int) else 0
        return self._display(row, col)

    def _search_text(self, row: int) -> str:
        e = self.entry(row)
        parts = [self._display(row, c) for c in Col]
        parts += [str(e.get(k, "")) for k in ("at", "target_name", "summary")]
        return "\n".join(parts).lower()

    def _tooltip(self, row: int, col: Col) -> str | None:
        errors = self._errors(row)
        if errors:
            return "\n".join(errors)
        if col == Col.VIOLATIONS:
            if self._report is None:
                return self.tr("结果未更新：请先改正标红的输入")
            t = evidence_templates()
            lines = [self.tr("{name}：{fact}").format(name=violation_name(t, v.rule),
                                                     fact=violation_fact(t, v))
                     for v in self.violations_of(row)]
            return "\n".join(lines) or None
        if col == Col.SUMMARY:
            return str(self.entry(row).get("summary", "")) or None
        if col == Col.TAGS:
            tags = self.entry(row).get("tags")
            return _tags_text(tags, "\n") if tags else None
        return self.header_tip(col) or None


class EvidenceFilter(QSortFilterProxyModel):
    """The timeline's sorting (by :data:`SORT_ROLE`) and filters: who, which violation, words."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._target = TargetFilter.ALL
        self._rule: str | None = None
        self._words: tuple[str, ...] = ()

    @property
    def target(self) -> str:
        return self._target

    @property
    def rule(self) -> str | None:
        return self._rule

    def set_target(self, kind: str) -> None:
        """:class:`TargetFilter` value: everyone, the borrower only, third parties only."""
        if kind != self._target:
            self.beginFilterChange()
            self._target = kind
            self.endFilterChange()

    def set_rule(self, key: str | None) -> None:
        """Only entries showing the rule ``key`` (:data:`ANY_RULE`: any); ``None``: all."""
        if key != self._rule:
            self.beginFilterChange()
            self._rule = key
            self.endFilterChange()

    def set_text(self, text: str) -> None:
        """Only entries containing every word of ``text`` (case-insensitive)."""
        words = tuple(text.lower().split())
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Idx) -> bool:
        model = self.sourceModel()
        if model is None:
            return True
        index = model.index(source_row, 0, source_parent)
        target = index.data(TARGET_ROLE)
        if self._target == TargetFilter.SELF and target != Target.SELF.value:
            return False
        if self._target == TargetFilter.THIRD and target == Target.SELF.value:
            return False
        if self._rule is not None:
            rules = index.data(RULES_ROLE) or ()
            if not (rules if self._rule == ANY_RULE else self._rule in rules):
                return False
        if self._words:
            text = index.data(SEARCH_ROLE) or ""
            return all(w in text for w in self._words)
        return True

"""A collection complaint draft (违规催收投诉) for one debt and one channel, as a Document.

The skeleton is ``shared/domain/letters.md`` §7: title; the complainant; the
respondent — the lender's legal entity, the product and contract, the numbers
the collectors used and who they said they were; the debt acknowledged
plainly (what is owed as of the plan's ``as_of``, with the breakdown and "以…核算为准");
what happened — a summary and the timeline table of the evidence entries;
each violation with the logged facts and its rule in the allowed wording;
concrete demands; the evidence list (the entries' files, each with the SHA-256
recorded when the app copied it, ``evidence[].file_hashes``); the truthfulness
statement; signature and date blanks to fill in by hand.

Where the pieces come from:

- the facts: the plan only (borrower, debt, the evidence entries this debt's
  complaint may state: :func:`calc.complaints.debt_entries` — entries linked
  to the debt, or unlinked ones when the log does not tell lenders apart).
  Nothing is invented: a missing fact leaves its line out or a blank to fill.
  Two borrowers' drafts therefore never share a body (``tests/letters/test_complaint.py``).
- which violations, and for which channel: the evidence report computed on
  those entries (:func:`calc.evidence.check_evidence`) and the channel's
  :class:`calc.complaints.ChannelAdvice` (:func:`calc.complaints.route`);
  a channel states only the violations it takes (12321: calls, messages and
  leaks; 110: threats, insults, impersonation, doxxing).
- each violation's name, facts and rule: ``resources/templates/evidence.*.toml``
  through :mod:`app.evidence_report` (the same words as ``negoplan evidence``);
  only ✅ sources are cited by article (rules.md §9), the rest is in the rule's
  cautious wording. The evidence report's note to the borrower (e.g. "say
  truthfully whether you were reachable") stays out of the draft.
- the other sentences: ``resources/templates/complaint.{zh,en}.toml``.

Pure: no file, no clock, no reportlab; ``today`` is handed in (it is not
printed: the date line is left blank to be written when signing).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.evidence_report import person_text, rule_text, source_text, violation_fact, violation_name
from app.letters.compose import Fmt
from app.letters.document import (
    Align,
    Block,
    Column,
    Document,
    Fields,
    Heading,
    NumberedList,
    Paragraph,
    Signature,
    Table,
    Title,
    plain_text,
)
from app.letters.templates import Templates
from calc.complaints import CHANNELS, ChannelAdvice, ComplaintDeadlines, debt_entries
from calc.evidence import EvidenceReport, Person, Violation
from calc.model import CreditorKind, Debt, EvidenceEntry, Plan

#: Channels addressed to (or about) the lender's conduct as a whole, with the full demands.
_REGULATORS = ("12378", "local_finance")
_THIRD_PARTY_RULES = ("third_party", "disclosure", "public_shaming")


@dataclass(frozen=True)
class ComplaintTemplates:
    """The wording a complaint needs: its own (``complaint.<lang>.toml``) and the rule
    wording shared with the evidence report (``evidence.<lang>.toml``)."""

    text: Templates
    evidence: Templates

    def __post_init__(self) -> None:
        if self.text.lang != self.evidence.lang:
            raise ValueError("complaint and evidence templates in different languages")

    @property
    def lang(self) -> str:
        return self.text.lang


def complaint_entries(plan: Plan, debt_id: str) -> tuple[EvidenceEntry, ...]:
    """The evidence entries a complaint about ``debt_id`` states (see
    :func:`calc.complaints.debt_entries`); the report must be computed on exactly these."""
    idx = debt_entries(plan.evidence, debt_id, [d.id for d in plan.debts])
    return tuple(plan.evidence[i] for i in idx)


def complained_debts(plan: Plan) -> tuple[str, ...]:
    """Ids of the debts a complaint could be about: those with entries to state, in plan order.
    When only one qualifies it is the natural choice (CLI without ``--debt``, the app's dialog)."""
    return tuple(d.id for d in plan.debts if complaint_entries(plan, d.id))


def _debt(plan: Plan, debt_id: str) -> Debt:
    for d in plan.debts:
        if d.id == debt_id:
            return d
    raise ValueError(f"no debt with id {debt_id!r}")


def _when(t: Templates, moment: datetime) -> str:
    return t("fmt.datetime", date=moment.date().isoformat(), time=moment.strftime("%H:%M"))


def _unique(values: Sequence[str]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v.strip():
            seen.setdefault(v.strip(), None)
    return list(seen)


def _chronological(entries: Sequence[EvidenceEntry]) -> list[int]:
    return sorted(range(len(entries)), key=lambda i: (entries[i].at, i))


class _Draft:
    """The parts of one draft; ``n[i]`` is entry ``i``'s row number in the timeline."""

    def __init__(self, templates: ComplaintTemplates, plan: Plan, debt: Debt, channel: str,
                 entries: Sequence[EvidenceEntry], report: EvidenceReport,
                 advice: ChannelAdvice) -> None:
        self.t, self.ev = templates.text, templates.evidence
        self.f = Fmt(self.t)
        self.plan, self.debt, self.channel = plan, debt, channel
        self.entries, self.report, self.advice = entries, report, advice
        self.order = _chronological(entries)
        self.n = {i: k for k, i in enumerate(self.order, 1)}
        self.violations: list[Violation] = [v for v in report.violations
                                            if v.key in advice.violations]
        self.numbers = _unique([entries[i].from_ for i in self.order])

    @property
    def zh(self) -> bool:
        return self.f.zh

    def lender(self) -> str:
        return self.t("debt.lender_self" if self.channel == "lender" else "debt.lender_other")

    # --- parts -----------------------------------------------------------------------

    def complainant(self) -> Fields:
        t, b = self.t, self.plan.borrower
        blank = t("complainant.blank")
        rows = [(t("complainant.name"), b.name.strip() or blank)]
        if b.id_last4:
            rows.append((t("complainant.id"), t("complainant.id_value", last4=b.id_last4)))
        rows.append((t("complainant.phone"), b.phone.strip() or blank))
        rows.append((t("complainant.address"), b.address.strip() or blank))
        return Fields(tuple(rows))

    def respondent(self) -> Fields:
        t, d = self.t, self.debt
        rows = [(t("respondent.creditor"), d.creditor)]
        if d.product:
            rows.append((t("respondent.product"), d.product))
        if d.creditor_kind is CreditorKind.CREDIT_CARD and d.card_last4:
            rows.append((t("respondent.card"), t("respondent.card_value", last4=d.card_last4)))
        elif d.contract_no:
            rows.append((t("respondent.contract_no"), d.contract_no))
        rows.append((t("respondent.numbers"),
                     self.f.join(self.numbers, last=False) or t("respondent.numbers_none")))
        collectors = _unique([self.entries[i].collector for i in self.order])
        if collectors:
            rows.append((t("respondent.collectors"), self.f.join(collectors, last=False)))
        if self.channel == "lender":
            rows.append((t("respondent.agency"), t("respondent.agency_unknown")))
        elif self.channel in _REGULATORS:
            rows.append((t("respondent.agency"), t("respondent.agency_unknown_other")))
            rows.append((t("respondent.earlier"), t("respondent.earlier_blank")))
        return Fields(tuple(rows))

    def debt_paragraph(self) -> Paragraph:
        t, f, d, plan = self.t, self.f, self.debt, self.plan
        lender = self.lender() if self.channel == "lender" else d.creditor
        if d.creditor_kind is CreditorKind.CREDIT_CARD:
            card = t("debt.card_ref", last4=d.card_last4) if d.card_last4 else ""
            opening = t("debt.card", lender=lender, card=card)
        else:
            opening = t(
                "debt.loan", lender=lender,
                when=t("debt.loan_when", date=f.date(d.contract_date)) if d.contract_date else "",
                via=t("debt.loan_via", product=d.product) if d.product else "",
                contract=(t("debt.loan_contract", contract_no=d.contract_no)
                          if d.contract_no else ""),
            )
        parts = "".join(
            t("debt.owed_part", label=t(f"debt.{kind}"), amount=f.money(amount))
            for kind, amount in (("interest", d.interest_due), ("penalty", d.penalty_due),
                                 ("fees", d.fees_due))
            if amount > 0
        )
        sentences = [opening, t("debt.owed", as_of=f.date(plan.as_of), principal=f.money(d.principal),
                                breakdown=parts, owed=f.money(d.owed), lender=self.lender())]
        if d.overdue_since is not None:
            sentences.append(t("debt.overdue", since=f.date(d.overdue_since)))
        sentences.append(t("debt.acknowledge"))
        return Paragraph(f.sentences(sentences), indent=self.zh)

    def _people(self, people: Sequence[Person]) -> str:
        """Names where the log has them ("母亲"), else the kind of person ("同事")."""
        ev = self.ev
        return ev.raw("fmt.list_sep").join(p.name or ev(f"target.{p.target.value}") for p in people)

    def facts(self) -> list[Block]:
        t, s = self.t, self.report.summary
        sentences = []
        if s.first is not None and s.last is not None:
            key = "facts.summary" if s.first != s.last else "facts.summary_one"
            sentences.append(t(key, first=_when(t, s.first), last=_when(t, s.last),
                               entries=s.entries, contacts=s.contacts))
        if s.third_parties:
            sentences.append(t("facts.third_parties", people=self._people(s.third_parties),
                               contacts=s.third_party_contacts))
        night = self.report.rules.get("night")
        if night is not None and night.start and night.end and s.night_contacts:
            sentences.append(t("facts.night", n=s.night_contacts,
                               start=night.start.strftime("%H:%M"), end=night.end.strftime("%H:%M")))
        columns = (
            Column(t("facts.col_n"), Align.CENTER, 0.45),
            Column(t("facts.col_when"), Align.LEFT, 1.2),
            Column(t("facts.col_how"), Align.LEFT, 1.45),
            Column(t("facts.col_collector"), Align.LEFT, 1.3),
            Column(t("facts.col_target"), Align.LEFT, 1.0),
            Column(t("facts.col_attempts"), Align.CENTER, 1.0),
            Column(t("facts.col_summary"), Align.LEFT, 2.3),
        )
        rows = tuple(self._row(i) for i in self.order)
        return [Paragraph(self.f.sentences(sentences), indent=self.zh),
                Table(columns, rows, caption=t("facts.table_caption"))]

    def _row(self, i: int) -> tuple[str, ...]:
        e, ev = self.entries[i], self.ev
        how = self.t("fmt.how", channel=ev(f"channel.{e.channel.value}"), number=e.from_.strip())
        attempts = ev("fmt.attempts", n=e.attempts) + (ev("fmt.answered") if e.answered else "")
        target = person_text(ev, Person(e.target, e.target_name.strip()))
        return (str(self.n[i]), _when(self.t, e.at), how.strip(), e.collector.strip(), target,
                attempts, e.summary.strip())

    def violation_items(self) -> list[str]:
        t, ev = self.t, self.ev
        items = []
        for v in self.violations:
            refs = t.raw("violation.refs_sep").join(str(n) for n in sorted(self.n[i] for i in v.entries))
            cited = [source_text(ev, s) for s in v.rule.sources
                     if s.confidence == "high" and (s.article_zh if self.zh else s.article_en)]
            law = t("violation.law", sources=t.raw("violation.law_sep").join(cited)) if cited else ""
            items.append(t("violation.item", name=violation_name(ev, v.rule),
                           fact=violation_fact(ev, v), refs=refs,
                           rule=rule_text(ev, v.rule, check=False), law=law))
        return items

    def demands(self) -> list[str]:
        t, ch = self.t, self.channel
        keys = {v.key for v in self.violations}
        phone = self.plan.borrower.phone.strip()
        numbers = self.f.join(self.numbers, last=False)
        third = self.report.summary.third_parties
        out: list[str] = []
        if ch in ("lender", *_REGULATORS, "12321") and keys & set(_THIRD_PARTY_RULES) and third:
            out.append(t("demand.stop_third_party", people=self._people(third)))
        if ch == "lender":
            out.append(t("demand.stop_conduct", phone=phone) if phone
                       else t("demand.stop_conduct_no_phone"))
            out.append(t("demand.name_agency", numbers=numbers) if numbers
                       else t("demand.name_agency_no_numbers"))
            days = self.advice.deadline_days
            out.append(t("demand.reply_deadline", reply=days[0], extended=days[1])
                       if len(days) >= 2 else t("demand.reply"))
            out.append(t("demand.negotiate"))
        elif ch in _REGULATORS:
            out += [t("demand.supervise"), t("demand.reply_regulator")]
        elif ch == "12321":
            out += [t("demand.verify_numbers", numbers=numbers) if numbers
                    else t("demand.verify_no_numbers"), t("demand.reply_regulator")]
        else:  # 110
            out += [t("demand.police_record"), t("demand.police_stop")]
        return out

    def evidence_items(self) -> list[str]:
        t = self.t
        items = []
        for i in self.order:
            hashes = self.entries[i].file_hashes
            for file in self.entries[i].files:
                if not file.strip():
                    continue
                digest = hashes.get(file, "").lower()
                items.append(t("evidence.file_hash", file=file.strip(), n=self.n[i], sha256=digest)
                             if digest else t("evidence.file", file=file.strip(), n=self.n[i]))
        return [*items, t("evidence.table", n=len(self.entries))]

    def signature(self) -> Signature:
        t = self.t
        return Signature(((t("signature.complainant"), self.plan.borrower.name.strip()),
                          (t("signature.sign"), ""),
                          (t("signature.date"), t("signature.blank_date"))))


def compose_complaint(templates: ComplaintTemplates, plan: Plan, debt_id: str, channel: str,
                      report: EvidenceReport, advice: ChannelAdvice, today: date) -> Document:
    """The complaint draft about debt ``debt_id`` for ``channel`` (a key of
    :data:`calc.complaints.CHANNELS`), in ``templates``' language.

    ``report`` is :func:`calc.evidence.check_evidence` on :func:`complaint_entries`
    (``ValueError`` when it was computed on other entries); ``advice`` the channel's
    :class:`ChannelAdvice` from :func:`calc.complaints.route` (its violations are
    the ones stated; its deadline days the reply asked of the lender). ``today``
    (the day the draft is made) is part of the contract but nothing printed depends
    on it yet: the debt is stated as of ``plan.as_of`` and the signing date is a blank.
    """
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    if advice.channel != channel:
        raise ValueError(f"advice for {advice.channel!r}, draft for {channel!r}")
    debt = _debt(plan, debt_id)
    entries = complaint_entries(plan, debt_id)
    if report.summary.entries != len(entries):
        raise ValueError("the evidence report was not computed on this debt's entries")
    draft = _Draft(templates, plan, debt, channel, entries, report, advice)
    t, f = templates.text, draft.f
    sections: list[tuple[str, list[Block]]] = [
        ("complainant", [draft.complainant()]),
        ("respondent", [draft.respondent()]),
        ("debt", [draft.debt_paragraph()]),
        ("facts", draft.facts()),
        ("violations", [NumberedList(tuple(draft.violation_items()))]),
        ("demands", [NumberedList(tuple(draft.demands()))]),
        ("evidence", [NumberedList(tuple(draft.evidence_items()))]),
    ]
    blocks: list[Block] = [
        Title(t(f"title.{channel}", creditor=debt.creditor)),
        Paragraph(t(f"addressee.{channel}", creditor=debt.creditor), align=Align.LEFT),
        Paragraph(t(f"intro.{channel}", creditor=debt.creditor), indent=f.zh),
    ]
    for i, (key, body) in enumerate(sections):
        blocks.append(Heading(f.section(i, t(f"section.{key}"))))
        blocks.extend(body)
    blocks += [Paragraph(t("closing.truth"), indent=f.zh, keep_with_next=True), draft.signature()]
    return Document(title=t("title.document", creditor=debt.creditor), lang=t.lang,
                    blocks=tuple(blocks))


@dataclass(frozen=True)
class ChannelText:
    """One routed channel in the borrower's words: the CLI's advice and the app's dialog.

    Each text is its ``complaint.<lang>.toml`` line as the CLI prints it (with the
    template's indentation and label: strip it for a window). ``name``: the channel
    (``channel.<key>``); ``why``: the reasons; ``covers``: the problems it takes
    (``""`` when none); ``how``: how to file; ``dates``: the lender's reply dates if
    filed on ``deadlines.filed_on`` (``""`` when the channel has no reply deadline
    or no dates were asked for); ``confidence``: how sure the routing is.
    """

    channel: str
    name: str
    why: str
    covers: str
    how: str
    dates: str
    confidence: str

    def lines(self) -> list[str]:
        """The lines under the channel's name, in the advice's order."""
        return [x for x in (self.why, self.covers, self.how, self.dates, self.confidence) if x]


def channel_texts(templates: ComplaintTemplates, report: EvidenceReport,
                  advice: Sequence[ChannelAdvice],
                  deadlines: ComplaintDeadlines | None) -> list[ChannelText]:
    """Each channel of ``advice`` (:func:`calc.complaints.route`, lender first) in words:
    why it fits, the violations of ``report`` it covers, how to file, the confidence of
    the routing and — for a lender with a reply deadline — the dates if filed on
    ``deadlines.filed_on`` (:func:`calc.complaints.complaint_deadlines`)."""
    t, ev = templates.text, templates.evidence
    rule_names = {v.key: violation_name(ev, v.rule) for v in report.violations}
    out = []
    for a in advice:
        days = a.deadline_days
        params = {"reply": days[0], "extended": days[1], "final": days[2]} if len(days) >= 3 else {}
        why = [t(f"reason.{r}", **params) for r in a.reasons]
        covers = (t("advice.covers") + t.raw("fmt.name_sep").join(rule_names[k] for k in a.violations)
                  if a.violations else "")
        dates = ""
        if days and deadlines is not None:
            dates = t("advice.dates", today=deadlines.filed_on.isoformat(),
                      reply_due=deadlines.reply_due.isoformat(),
                      extended_due=deadlines.extended_due.isoformat(),
                      final_due=deadlines.final_due.isoformat())
        out.append(ChannelText(
            channel=a.channel, name=t(f"channel.{a.channel}"),
            why=t("advice.why") + Fmt(t).sentences(why), covers=covers,
            how=t("advice.how") + t(f"how.{a.channel}"), dates=dates,
            confidence=t("advice.confidence", level=ev(f"confidence.{a.confidence}"))))
    return out


def advice_intro(templates: ComplaintTemplates, plan: Plan, debt_id: str, report: EvidenceReport,
                 advice: Sequence[ChannelAdvice]) -> list[str]:
    """What the advice says before the channels: the lender's type, how many entries,
    the problems found, entries linked to no debt, and what to check about them."""
    t, ev = templates.text, templates.evidence
    entries = complaint_entries(plan, debt_id)
    kind = advice[0].lender_type if advice else None
    lines = []
    if kind is not None:
        lines.append(t("advice.lender_type", kind=t(f"lender_type.{kind.value}")))
    lines.append(t("advice.entries", n=len(entries)))
    names = _unique([violation_name(ev, v.rule) for v in report.violations])
    lines.append(t("advice.violations", names=t.raw("fmt.name_sep").join(names)) if names
                 else t("advice.no_violations"))
    unlinked = sum(1 for e in plan.evidence if not e.debt) - sum(1 for e in entries if not e.debt)
    if unlinked:
        lines.append(t("advice.unlinked", n=unlinked))
    check = [ev(f"rule.{v.rule.wording}.check") for v in report.violations
             if f"rule.{v.rule.wording}.check" in ev]
    lines.extend(_unique(check))
    return lines


def advice_text(templates: ComplaintTemplates, plan: Plan, debt_id: str, report: EvidenceReport,
                advice: Sequence[ChannelAdvice], deadlines: ComplaintDeadlines | None,
                plan_path: str) -> str:
    """Which channels fit debt ``debt_id`` and why, for the borrower (``negoplan complaint``
    without ``--to``): the lender's type, the problems found (:func:`advice_intro`), then
    each channel of ``advice`` (:func:`calc.complaints.route`, lender first) with its
    reasons, the violations it covers, how to file, the confidence of the routing and —
    for a lender with a reply deadline — the dates if filed on ``deadlines.filed_on``
    (:func:`channel_texts`)."""
    t = templates.text
    debt = _debt(plan, debt_id)
    entries = complaint_entries(plan, debt_id)
    lines = [t("advice.heading", creditor=debt.creditor, id=debt.id),
             *advice_intro(templates, plan, debt_id, report, advice)]
    for n, c in enumerate(channel_texts(templates, report, advice, deadlines), 1):
        lines += ["", t("advice.item", n=n, channel=c.name, to=c.channel), *c.lines()]
    lines.append("")
    if entries and not any(f.strip() for e in entries for f in e.files):
        lines.append(t("advice.no_files"))
    lines += [t("advice.usage", plan=plan_path, id=debt.id), t("advice.draft_note")]
    return "\n".join(lines)


def complaint_text(document: Document) -> str:
    """The draft as plain text, to paste into an online form (12378, 12321): the
    document's text in reading order (:func:`app.letters.document.plain_text`)."""
    return plain_text(document)


__all__ = [
    "ChannelText",
    "ComplaintTemplates",
    "advice_intro",
    "advice_text",
    "channel_texts",
    "complaint_entries",
    "complaint_text",
    "compose_complaint",
]

"""Plan + comparison + templates → one :class:`Document` per creditor.

Pure: no file, no clock, no reportlab. Every figure comes from the calculator
(:func:`calc.asks.debt_asks` over :func:`calc.scenarios.compare`); every
sentence from the templates (:mod:`app.letters.templates`); every fact about
the borrower from the plan — nothing is invented. Sentences whose facts are
missing are left out rather than filled with placeholders.

Each creditor's document is the letter (the 13-element skeleton of
``shared/domain/letters.md`` §1, type from :class:`calc.asks.LetterKind`)
followed by its attachments the app can produce: the repayment schedule
(还款计划表), the household budget (家庭收支情况表, the same for every creditor,
like the financial statement UK debt advisers send with offers) and the
hardship statement (困难情况说明). Legal wording follows ``rules.md`` §9:
✅ items cited by article, 🟡 items only as "根据…规定" or "行业催收工作指引".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.letters.document import (
    Align,
    Block,
    Column,
    Document,
    Fields,
    Heading,
    Note,
    NumberedList,
    PageBreak,
    Paragraph,
    Signature,
    Table,
    Title,
)
from app.letters.templates import Templates
from app.report import group
from calc.asks import DebtAsk, LetterKind, debt_asks
from calc.budget import household_budget, income_drop_percent, months_to_repay
from calc.daxie import to_daxie
from calc.model import CreditorKind, DeferralInterest, HardshipReason, Plan, Target, Waive
from calc.money import ZERO, total
from calc.rules import CapRegime
from calc.scenarios import Comparison


@dataclass(frozen=True)
class LetterOptions:
    """Which attachments to add after each letter (CLI ``--no-schedule``, ``--no-budget``)."""

    schedule: bool = True
    budget: bool = True
    hardship: bool = True


class Fmt:
    """Numbers, dates and lists in the letter's language (from the ``fmt.*`` templates)."""

    def __init__(self, t: Templates) -> None:
        self.t = t
        self.zh = t.lang == "zh"

    def money(self, amount: Decimal) -> str:
        return self.t("fmt.money", amount=group(amount))

    def number(self, amount: Decimal) -> str:
        """A table cell: digits only (the column says 元)."""
        return group(amount)

    def words(self, amount: Decimal) -> str:
        """Digits and 大写: "8,600.00元（人民币捌仟陆佰元整）"."""
        return self.t("fmt.money_words", money=self.money(amount), daxie=to_daxie(amount))

    def date(self, value: date) -> str:
        months = self.t.raw("fmt.month_names").split(",")
        return self.t("fmt.date", y=value.year, m=value.month, d=value.day,
                      month_name=months[value.month - 1])

    def rate(self, annual: Decimal) -> str:
        pct = (annual * 100).quantize(Decimal("0.01"))
        return self.t("fmt.rate", pct=f"{pct.normalize():f}" if pct == pct.to_integral() else f"{pct:f}")

    def count(self, unit: str, n: int) -> str:
        return self.t(f"fmt.{unit}_one" if n == 1 else f"fmt.{unit}", n=n)

    def join(self, items: Sequence[str], *, last: bool = True) -> str:
        """"A、B和C" (``last``: the final pair joined by "和"/"and"; off for lists of
        labels that may themselves contain "和")."""
        items = list(items)
        if len(items) <= 1:
            return "".join(items)
        if not last:
            return self.t.raw("fmt.enum_sep").join(items)
        return self.t.raw("fmt.list_sep").join(items[:-1]) + self.t.raw("fmt.list_last") + items[-1]

    def sentences(self, parts: Sequence[str]) -> str:
        return self.t.raw("fmt.sentence_sep").join(p for p in parts if p)

    def section(self, index: int, title: str) -> str:
        """"一、欠款情况" / "1. The debt" (``index`` from 0)."""
        num = self.t.raw("fmt.numerals")[index] if self.zh else str(index + 1)
        return self.t("fmt.section", num=num, title=title)


# --- the parts of a letter -------------------------------------------------------------

def _lender(t: Templates, ask: DebtAsk) -> str:
    """How the letter addresses the lender: 贵行 (card issuer), 您 (a private lender), 贵司."""
    kind = ask.debt.creditor_kind
    if kind is CreditorKind.CREDIT_CARD:
        return t("lender.card")
    return t("lender.private" if kind is CreditorKind.PRIVATE else "lender.other")


def _private(ask: DebtAsk) -> bool:
    return ask.debt.creditor_kind is CreditorKind.PRIVATE


def _title(t: Templates, ask: DebtAsk) -> Title:
    sub = t("title.subtitle", product=ask.debt.product) if ask.debt.product else ""
    return Title(_title_text(t, ask), sub)


def _title_text(t: Templates, ask: DebtAsk) -> str:
    """The type's title; a waiver of interest only is not a 罚息及违约金 letter."""
    if ask.kind is LetterKind.WAIVER and ask.waived.penalty + ask.waived.fees == 0:
        return t("title.waiver_interest")
    return t(f"title.{ask.kind.value}")


def _applicant(t: Templates, plan: Plan, ask: DebtAsk) -> Fields:
    b, d = plan.borrower, ask.debt
    blank = t("applicant.blank")  # the skeleton's must-haves are left to fill in by hand
    rows = [(t("applicant.name"), b.name or blank)]
    if b.id_last4:
        rows.append((t("applicant.id"), t("applicant.id_value", last4=b.id_last4)))
    rows.append((t("applicant.phone"), b.phone or blank))
    if b.address:
        rows.append((t("applicant.address"), b.address))
    if d.product:
        rows.append((t("applicant.product"), d.product))
    if d.creditor_kind is CreditorKind.CREDIT_CARD:
        card = t("applicant.card_value", last4=d.card_last4) if d.card_last4 else blank
        rows.append((t("applicant.card"), card))
    elif d.contract_no or not _private(ask):
        rows.append((t("applicant.contract_no"), d.contract_no or blank))
    return Fields(tuple(rows))


def _status(t: Templates, f: Fmt, plan: Plan, ask: DebtAsk) -> list[Block]:
    d, s, lender = ask.debt, ask.summary, _lender(t, ask)
    if d.creditor_kind is CreditorKind.CREDIT_CARD:
        card = t("status.card_ref", last4=d.card_last4) if d.card_last4 else ""
        opening = t("status.card", lender=lender, card=card)
    else:
        opening = t(
            "status.loan",
            lender=lender,
            when=t("status.loan_when", date=f.date(d.contract_date)) if d.contract_date else "",
            via=t("status.loan_via", product=d.product) if d.product else "",
            contract=t("status.loan_contract", contract_no=d.contract_no) if d.contract_no else "",
        )
    parts = [
        t("status.owed_part", label=t(f"status.{kind}"), amount=f.money(amount))
        for kind, amount in (("interest", s.billed.interest), ("penalty", s.billed.penalty),
                             ("fees", s.billed.fees))
        if amount > 0
    ]
    owed = t("status.owed", as_of=f.date(plan.as_of), lender=lender, principal=f.money(s.principal),
             breakdown="".join(parts), owed=f.words(s.owed))
    sentences = [opening, owed]
    if d.overdue_since is not None:
        sentences.append(t("status.overdue", since=f.date(d.overdue_since),
                           days=f.count("days", (plan.as_of - d.overdue_since).days)))
        if ZERO < s.overdue_principal < s.principal:
            sentences.append(t("status.overdue_part", overdue=f.money(s.overdue_principal),
                               rest=f.money(s.principal - s.overdue_principal)))
    sentences.append(t("status.verify_private") if _private(ask) else t("status.verify", lender=lender))
    return [Paragraph(f.sentences(sentences), indent=f.zh)]


def _reasons(t: Templates, f: Fmt, reasons: Sequence[HardshipReason]) -> str:
    return f.join([t(f"hardship.reason.{r.value}") for r in reasons])


def _cause(t: Templates, f: Fmt, plan: Plan) -> str:
    h = plan.hardship
    if not h.reasons:
        return t("hardship.cause_none")
    if h.since is not None:
        return t("hardship.cause_since", since=f.date(h.since), reasons=_reasons(t, f, h.reasons))
    return t("hardship.cause", reasons=_reasons(t, f, h.reasons))


def _hardship(t: Templates, f: Fmt, plan: Plan, ask: DebtAsk, asks: Sequence[DebtAsk]) -> list[Block]:
    h, lender = plan.hardship, _lender(t, ask)
    budget = household_budget(plan.household)
    income, expenses = budget.income, budget.expenses
    first = [_cause(t, f, plan)]
    drop = income_drop_percent(h.income_before, income) if h.income_before is not None else None
    if drop is not None:
        first.append(t("hardship.drop", before=f.money(h.income_before), now=f.money(income), pct=drop))
    blocks: list[Block] = [Paragraph(f.sentences(first), indent=f.zh)]
    if h.story.strip():
        blocks.append(Paragraph(h.story.strip(), indent=f.zh))
    numbers: list[str] = []
    if plan.household.income or plan.household.expenses:
        labels = [x.label for x in plan.household.expenses if x.label][:3]
        if budget.disposable <= 0:
            numbers.append(t("hardship.budget_short", income=f.money(income), expenses=f.money(expenses)))
        elif labels:
            numbers.append(t("hardship.budget", income=f.money(income), items=f.join(labels, last=False),
                             expenses=f.money(expenses), disposable=f.money(budget.disposable)))
        else:
            numbers.append(t("hardship.budget_no_items", income=f.money(income),
                             expenses=f.money(expenses), disposable=f.money(budget.disposable)))
    if plan.household.dependents > 0:
        numbers.append(t("hardship.dependents", people=f.count("people", plan.household.dependents)))
    others = [a for a in asks if a.debt.id != ask.debt.id]
    if others:
        numbers.append(t("hardship.others", lender=lender, debts=f.count("debts", len(others)),
                         owed=f.money(total(a.summary.owed for a in asks))))
    if numbers:
        blocks.append(Paragraph(f.sentences(numbers), indent=f.zh))
    return blocks


def _willing(t: Templates, f: Fmt, ask: DebtAsk) -> list[Block]:
    blocks: list[Block] = [Paragraph(t("willing.text", lender=_lender(t, ask)), indent=f.zh)]
    if ask.kind is LetterKind.CARD_INSTALLMENT:
        blocks.append(Paragraph(t("willing.card_rule"), indent=f.zh))
    return blocks


def _cap_basis(t: Templates, f: Fmt, plan: Plan, ask: DebtAsk) -> tuple[str, str]:
    """(the short "按…标准，" clause, the paragraph stating the legal basis)."""
    cap = ask.summary.cap
    lender = _lender(t, ask)
    lpr_note = ""
    if cap.lpr is not None and not cap.lpr.confirmed:
        lpr_note = t("plan.lpr_unconfirmed")
    match cap.regime:
        case CapRegime.JUDICIAL_24:
            return t("plan.short_judicial"), t("plan.basis_judicial", lender=lender)
        case CapRegime.PRIVATE_LPR4X if cap.lpr is not None and ask.debt.contract_date is not None:
            return t("plan.short_private"), t(
                "plan.basis_private", contract_date=f.date(ask.debt.contract_date),
                lpr=f.rate(cap.lpr.lpr_1y), lpr_date=f.date(cap.lpr.date), cap=f.rate(cap.annual),
            ) + lpr_note
        case CapRegime.PRIVATE_TRANSITION if cap.lpr is not None and ask.debt.contract_date is not None:
            return t("plan.short_transition"), t(
                "plan.basis_transition", contract_date=f.date(ask.debt.contract_date),
                earlier=f.rate(cap.earlier or ZERO), as_of=f.date(plan.as_of),
                lpr=f.rate(cap.lpr.lpr_1y), cap=f.rate(cap.annual),
            ) + lpr_note
        case CapRegime.LPR4X_REFERENCE:
            return t("plan.short_reference"), t("plan.basis_reference", lender=lender,
                                                   cap=f.rate(cap.annual))
        case _:
            return t("plan.short_user", cap=f.rate(cap.annual)), ""


def _waiver(t: Templates, f: Fmt, plan: Plan, ask: DebtAsk) -> list[str]:
    """The waiver item of the plan with its legal basis (empty when nothing is waived)."""
    if ask.waived.total <= 0:
        return []
    s, lender = ask.summary, _lender(t, ask)
    if ask.proposal.waive is Waive.ABOVE_CAP:
        short, basis = _cap_basis(t, f, plan, ask)
        charged = t("plan.charged_private") if _private(ask) else t("plan.charged", lender=lender)
        item = t(
            "plan.waiver_cap", as_of=f.date(plan.as_of), charged=charged, lender=lender,
            billed=f.money(s.billed.total), basis_short=short,
            start=f.date(s.check.start) if s.check.start else "",
            start_note=t("plan.start_derived") if ask.debt.charges_since is None else "",
            principal=f.money(s.principal), cap=f.rate(s.cap.annual),
            year_days=plan.settings.cap_day_basis or 365,
            allowance=f.money(s.check.allowance), excess=f.words(ask.waived.total),
            capped=f.words(ask.owed_after_waiver),
        )
        return [f.sentences([item, basis])]
    if ask.proposal.waive is Waive.ALL_PENALTY:
        return [t("plan.waiver_all_penalty", lender=lender, waived=f.words(ask.waived.total),
                  capped=f.words(ask.owed_after_waiver))]
    return [t("plan.waiver_all_charges", lender=lender, waived=f.words(ask.waived.total),
              principal=f.words(s.principal))]


def _composition(t: Templates, f: Fmt, ask: DebtAsk) -> str:
    principal = ask.summary.principal - ask.down_payment
    kept = ask.kept.total
    if ask.down_payment > 0 or (kept <= 0 and ask.capitalised <= 0) or principal <= 0:
        return ""
    charges = t("plan.charges_label" if ask.waived.total > 0 else "plan.charges_label_billed")
    if ask.capitalised > 0:
        return t("plan.composition_capitalised", principal=f.money(ask.summary.principal),
                 charges=charges, kept=f.money(kept), capitalised=f.money(ask.capitalised))
    return t("plan.composition", principal=f.money(ask.summary.principal), charges=charges,
             kept=f.money(kept))


def _per_period(t: Templates, f: Fmt, ask: DebtAsk) -> str:
    inst = ask.installments
    payments = [r.payment for r in inst]
    if all(p == payments[0] for p in payments):
        return t("plan.per_equal", regular=f.words(payments[0]))
    if all(p == payments[0] for p in payments[:-1]):
        return t("plan.per_equal_last", regular=f.words(payments[0]), last=f.money(payments[-1]))
    return t("plan.per_varying", first=f.words(payments[0]), last=f.money(payments[-1]))


def _plan_items(t: Templates, f: Fmt, plan: Plan, ask: DebtAsk, options: LetterOptions) -> tuple[list[str], list[Block]]:
    """(the numbered items of the plan, paragraphs after them)."""
    p, lender = ask.proposal, _lender(t, ask)
    items: list[str] = []
    waiver = _waiver(t, f, plan, ask)
    items.extend(waiver[:1])
    if ask.down_payment > 0:
        items.append(t("plan.down", date=f.date(plan.as_of), amount=f.words(ask.down_payment)))
    if ask.deferral_end is not None:
        key = ("plan.deferral_contract" if p.deferral_interest is DeferralInterest.CONTRACT
               else "plan.deferral_none")
        items.append(t(key, months=f.count("months", p.deferral_months), start=f.date(plan.as_of),
                       end=f.date(ask.deferral_end), capitalised=f.money(ask.capitalised)))
    inst = ask.installments
    if len(inst) == 1:
        items.append(t("plan.single", date=f.date(inst[0].date), amount=f.words(inst[0].payment),
                       composition=_composition(t, f, ask)))
    elif inst:
        items.append(t("plan.installments", amount=f.money(ask.reinstalled),
                       composition=_composition(t, f, ask), count=f.count("periods", len(inst)),
                       first_date=f.date(inst[0].date), day=inst[0].date.day,
                       per_period=_per_period(t, f, ask)))
        if p.installment_rate > 0:
            items.append(t("plan.rate", rate=f.rate(p.installment_rate),
                           interest=f.money(total(r.interest for r in inst))))
        else:
            items.append(t("plan.rate_zero"))
    after: list[Block] = []
    closing: list[str] = []
    if ask.first is not None:
        closing.append(t("plan.first", date=f.date(ask.first.date), amount=f.words(ask.first.payment)))
    if ask.last is not None:
        key = "plan.total_schedule" if options.schedule else "plan.total"
        closing.append(t(key, total=f.words(ask.total_paid), last_date=f.date(ask.last.date)))
    if ask.fits_offer and ask.offer is not None:
        closing.append(t("plan.fits", lender=lender, offer=f.money(ask.offer.monthly),
                         disposable=f.money(household_budget(plan.household).disposable),
                         allocation=t(f"plan.allocation.{plan.proposal.allocation.value}")))
    if ask.kind is LetterKind.CARD_INSTALLMENT:
        closing.append(t("plan.card_fees" if p.installment_rate == 0 else "plan.card_no_new"))
    if closing:
        after.append(Paragraph(f.sentences(closing), indent=f.zh))
    return items, after


def _third_party_fact(t: Templates, f: Fmt, plan: Plan, ask: DebtAsk) -> str:
    """What the evidence log says about calls to third parties over this debt; only
    entries the borrower linked to this debt (``evidence[].debt``) are told to its lender."""
    entries = [e for e in plan.evidence if e.target is not Target.SELF and e.debt == ask.debt.id]
    if not entries:
        return ""
    names: list[str] = []
    for e in entries:
        name = e.target_name or t(f"requests.target.{e.target.value}")
        if name not in names:
            names.append(name)
    days = sorted(e.at.date() for e in entries)
    count = sum(max(e.attempts, 1) for e in entries)
    if days[0] == days[-1] and count == 1:
        return t("requests.third_party_fact_one", start=f.date(days[0]), who=f.join(names))
    return t("requests.third_party_fact", start=f.date(days[0]), end=f.date(days[-1]),
             who=f.join(names), count=f.count("times", count))


def _requests(t: Templates, f: Fmt, plan: Plan, ask: DebtAsk) -> list[str]:
    lender = _lender(t, ask)
    phone = plan.borrower.phone
    if _private(ask):
        stop, basis = t("requests.third_party_private"), t("requests.third_party_basis_private")
    else:
        stop = (t("requests.third_party", lender=lender, phone=phone) if phone
                else t("requests.third_party_no_phone", lender=lender))
        basis = t("requests.third_party_basis")
    stop = f.sentences([_third_party_fact(t, f, plan, ask), stop, basis])
    written = ("requests.card_written" if ask.kind is LetterKind.CARD_INSTALLMENT
               else "requests.written_private" if _private(ask) else "requests.written")
    pause = t("requests.pause_private") if _private(ask) else t("requests.pause", lender=lender)
    return [stop, pause, t("requests.statement", lender=lender), t(written, lender=lender)]


def usual_proofs(t: Templates, reasons: Iterable[str]) -> list[str]:
    """The proofs people usually attach for each hardship reason (letters.md §4), in order,
    without repeats: ``["unemployment"]`` → ``["解除劳动合同证明或失业登记证明…"]``.
    The GUI shows them as a checklist; letters list them when the borrower names none."""
    out: list[str] = []
    for reason in reasons:
        key = f"attach.reason.{reason}"
        if key in t and t(key) not in out:
            out.append(t(key))
    return out


def attachments(t: Templates, plan: Plan, options: LetterOptions) -> list[str]:
    """The numbered 附件: the ID copy, the borrower's own documents — or, when none
    are listed, the usual proofs for each hardship reason (letters.md §4) —, then
    the pages NegoPlan attaches."""
    items = [t("attach.id_copy")]
    docs = [d for d in plan.hardship.documents if d.strip()]
    if docs:
        items.extend(docs)
    else:
        items.extend(usual_proofs(t, (r.value for r in plan.hardship.reasons)))
    if options.schedule:
        items.append(t("attach.schedule"))
    if options.budget:
        items.append(t("attach.budget"))
    if options.hardship:
        items.append(t("attach.hardship"))
    seen: list[str] = []
    return [x for x in items if not (x in seen or seen.append(x))]


def _signature(t: Templates, plan: Plan) -> Signature:
    return Signature((
        (t("signature.applicant"), plan.borrower.name),
        (t("signature.sign"), ""),
        (t("signature.date"), t("fmt.blank_date")),
    ))


def _letter(t: Templates, f: Fmt, plan: Plan, ask: DebtAsk, asks: Sequence[DebtAsk],
            options: LetterOptions) -> list[Block]:
    lender = _lender(t, ask)
    blocks: list[Block] = [
        _title(t, ask),
        Paragraph(t("applicant.addressee_private" if _private(ask) else "applicant.addressee",
                    creditor=ask.debt.creditor), align=Align.LEFT),
        _applicant(t, plan, ask),
    ]
    sections: list[tuple[str, list[Block]]] = [
        ("status", _status(t, f, plan, ask)),
        ("hardship", _hardship(t, f, plan, ask, asks)),
        ("willing", _willing(t, f, ask)),
    ]
    items, after = _plan_items(t, f, plan, ask, options)
    sections.append(("plan", [NumberedList(tuple(items)), *after]))
    sections.append(("requests", [NumberedList(tuple(_requests(t, f, plan, ask)))]))
    promises = tuple(t(f"promise.{k}", lender=lender) for k in ("on_time", "truthful", "prepay", "default"))
    sections.append(("promise", [NumberedList(promises)]))
    for i, (key, body) in enumerate(sections):
        blocks.append(Heading(f.section(i, t(f"section.{key}"))))
        blocks.extend(body)
    blocks += [
        Paragraph(t("closing.request_private") if _private(ask) else t("closing.request", lender=lender),
                  indent=f.zh),
        Paragraph(t("closing.yours"), align=Align.LEFT, indent=f.zh, keep_with_next=True),
        *([Paragraph(t("closing.regards"), align=Align.LEFT, keep_with_next=True)]
          if t.raw("closing.regards") else []),
        Heading(t("section.attachments")),
        NumberedList(tuple(attachments(t, plan, options))),
        Note(t("closing.copies", creditor=ask.debt.creditor)),
        Paragraph(t("closing.truth"), indent=f.zh, keep_with_next=True),
        _signature(t, plan),
    ]
    return blocks


# --- the attachments ---------------------------------------------------------------

def _schedule_page(t: Templates, f: Fmt, plan: Plan, ask: DebtAsk) -> list[Block]:
    d = ask.debt
    name = f"{d.creditor}（{d.product}）" if d.product and f.zh else (
        f"{d.creditor} ({d.product})" if d.product else d.creditor)
    notes: list[str] = []
    if ask.deferral_end is not None:
        notes.append(t("schedule.deferral", start=f.date(plan.as_of), end=f.date(ask.deferral_end)))
    if ask.reinstalled > 0:
        notes.append(t("schedule.reinstalled", amount=f.words(ask.reinstalled)))
    rows: list[tuple[str, ...]] = []
    n = 0
    for r in ask.rows:
        if r.date <= plan.as_of:
            label = t("schedule.down")
        else:
            n += 1
            label = str(n)
        rows.append((label, r.date.isoformat(), f.number(r.payment), f.number(r.principal),
                     f.number(r.interest + r.fees), f.number(r.balance)))
    footer = ((t("schedule.sum"), "", f.number(ask.total_paid), f.number(total(r.principal for r in ask.rows)),
               f.number(ask.total_charges), ""),)
    columns = (
        Column(t("schedule.period"), Align.CENTER, 0.7),
        Column(t("schedule.date"), Align.CENTER, 1.3),
        Column(t("schedule.payment"), Align.RIGHT, 1.2),
        Column(t("schedule.principal"), Align.RIGHT, 1.2),
        Column(t("schedule.charges"), Align.RIGHT, 1.1),
        Column(t("schedule.balance"), Align.RIGHT, 1.3),
    )
    blocks: list[Block] = [Title(t("title.schedule"), t("schedule.subtitle", creditor=name))]
    if notes:
        blocks.append(Paragraph(f.sentences(notes), align=Align.LEFT))
    blocks.append(Table(columns, tuple(rows), footer, caption=t("fmt.unit_yuan")))
    blocks.append(Note(t("schedule.verify_private") if _private(ask)
                       else t("schedule.verify", lender=_lender(t, ask))))
    return blocks


def _category(t: Templates, category: str) -> str:
    key = f"budget.category.{category}"
    return t(key) if category and key in t else category


def _budget_page(t: Templates, f: Fmt, plan: Plan, asks: Sequence[DebtAsk]) -> list[Block]:
    h = plan.household
    budget = household_budget(h)
    income, expenses = budget.income, budget.expenses
    blocks: list[Block] = [Title(t("title.budget"), t("budget.subtitle", as_of=f.date(plan.as_of)))]
    if h.income:
        blocks.append(Table(
            (Column(t("budget.item"), weight=2), Column(t("budget.monthly"), Align.RIGHT, 1.2),
             Column(t("budget.note"), weight=3)),
            tuple((x.label, f.number(x.monthly), x.note) for x in h.income),
            ((t("budget.sum"), f.number(income), ""),),
            caption=f"{t('budget.income')}（{t('fmt.unit_yuan')}）" if f.zh
            else f"{t('budget.income')} ({t('fmt.unit_yuan')})",
        ))
    if h.expenses:
        blocks.append(Table(
            (Column(t("budget.item"), weight=2), Column(t("budget.category_col"), weight=1.2),
             Column(t("budget.monthly"), Align.RIGHT, 1.2), Column(t("budget.note"), weight=1.8)),
            tuple((x.label, _category(t, x.category), f.number(x.monthly), x.note) for x in h.expenses),
            ((t("budget.sum"), "", f.number(expenses), ""),),
            caption=f"{t('budget.expenses')}（{t('fmt.unit_yuan')}）" if f.zh
            else f"{t('budget.expenses')} ({t('fmt.unit_yuan')})",
        ))
    blocks.append(Fields(((t("budget.disposable"), f.money(budget.disposable)),)))
    if asks:
        rows = tuple(
            (a.debt.creditor, f.number(a.summary.owed), f.number(a.regular),
             str(len(a.installments)), a.installments[0].date.isoformat() if a.installments else "")
            for a in asks
        )
        footer = ((t("budget.sum"), f.number(total(a.summary.owed for a in asks)),
                   f.number(total(a.regular for a in asks)), "", ""),)
        blocks.append(Table(
            (Column(t("budget.creditor"), weight=3), Column(t("budget.owed"), Align.RIGHT, 1.3),
             Column(t("budget.plan_monthly"), Align.RIGHT, 1.2), Column(t("budget.count"), Align.CENTER, 0.7),
             Column(t("budget.first"), Align.CENTER, 1.4)),
            rows, footer, caption=t("budget.creditors"),
        ))
        blocks.append(Note(t("budget.explain",
                             allocation=t(f"plan.allocation.{plan.proposal.allocation.value}"))))
    return blocks


def _statement_page(t: Templates, f: Fmt, plan: Plan, asks: Sequence[DebtAsk]) -> list[Block]:
    b, h, hh = plan.borrower, plan.hardship, plan.household
    budget = household_budget(hh)
    income, expenses = budget.income, budget.expenses
    intro = (t("statement.intro", name=b.name, last4=b.id_last4) if b.id_last4
             else t("statement.intro_no_id", name=b.name))
    blocks: list[Block] = [Title(t("title.hardship")), Paragraph(intro, indent=f.zh)]
    sections: list[tuple[str, list[Block]]] = []
    family = (t("statement.family_dependents", people=f.count("people", hh.dependents)) if hh.dependents > 0
              else t("statement.family_none"))
    sections.append(("family", [Paragraph(family, indent=f.zh)]))
    income_items = f.join([f"{x.label}{f.money(x.monthly)}" if f.zh else f"{x.label} {f.money(x.monthly)}"
                           for x in hh.income], last=False) or f.money(income)
    drop = income_drop_percent(h.income_before, income) if h.income_before is not None else None
    if drop is not None:
        text = t("statement.income_before", before=f.money(h.income_before), now=f.money(income),
                 items=income_items, pct=drop)
    else:
        text = t("statement.income_now", now=f.money(income), items=income_items)
    sections.append(("income", [Paragraph(text, indent=f.zh)]))
    cause: list[Block] = [Paragraph(_cause(t, f, plan), indent=f.zh)]
    if h.story.strip():
        cause.append(Paragraph(h.story.strip(), indent=f.zh))
    sections.append(("cause", cause))
    expense_items = f.join([f"{x.label}{f.money(x.monthly)}" if f.zh else f"{x.label} {f.money(x.monthly)}"
                            for x in hh.expenses], last=False) or f.money(expenses)
    disposable = budget.disposable
    gap: list[str] = []
    if disposable > 0:
        gap.append(t("statement.gap_expenses", expenses=f.money(expenses), items=expense_items,
                     disposable=f.money(disposable)))
    else:
        gap.append(t("statement.gap_short", expenses=f.money(expenses), items=expense_items,
                     gap=f.money(-disposable)))
    owed = total(a.summary.owed for a in asks)
    due = total(a.summary.overdue_principal + a.summary.billed.total for a in asks)
    gap.append(t("statement.gap_debts", debts=f.count("debts", len(asks)), owed=f.money(owed), due=f.money(due)))
    if disposable > 0 and due > 0:
        months = months_to_repay(due, disposable, ZERO)  # ceil(due / disposable), no interest
        gap.append(t("statement.gap_months", disposable=f.money(disposable), months=f.count("months", months)))
    sections.append(("gap", [Paragraph(f.sentences(gap), indent=f.zh)]))
    sections.append(("request", [Paragraph(t("statement.request_text"), indent=f.zh)]))
    for i, (key, body) in enumerate(sections):
        blocks.append(Heading(f.section(i, t(f"statement.{key}"))))
        blocks.extend(body)
    blocks += [Paragraph(t("closing.truth"), indent=f.zh, keep_with_next=True), _signature(t, plan)]
    return blocks


# --- public ----------------------------------------------------------------------

def compose_letter(plan: Plan, ask: DebtAsk, asks: Sequence[DebtAsk], t: Templates,
                   options: LetterOptions = LetterOptions()) -> Document:
    """One creditor's letter with its attachments, as one separately numbered Document."""
    f = Fmt(t)
    blocks = _letter(t, f, plan, ask, asks, options)
    if options.schedule and ask.rows:
        blocks += [PageBreak(), *_schedule_page(t, f, plan, ask)]
    if options.budget:
        blocks += [PageBreak(), *_budget_page(t, f, plan, asks)]
    if options.hardship:
        blocks += [PageBreak(), *_statement_page(t, f, plan, asks)]
    title = t("title.document", title=_title_text(t, ask), creditor=ask.debt.creditor)
    return Document(title=title, lang=t.lang, blocks=tuple(blocks))


def compose_letters(plan: Plan, comparison: Comparison, t: Templates, *,
                    debt_ids: Sequence[str] | None = None,
                    options: LetterOptions = LetterOptions()) -> tuple[Document, ...]:
    """One Document per creditor (all debts, or those in ``debt_ids`` in plan order)."""
    asks = debt_asks(plan, comparison)
    chosen = [a for a in asks if debt_ids is None or a.debt.id in debt_ids]
    return tuple(compose_letter(plan, a, asks, t, options) for a in chosen)


__all__ = ["Fmt", "LetterOptions", "attachments", "compose_letter", "compose_letters"]

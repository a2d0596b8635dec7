"""Replies and follow-up letters during a negotiation, as Documents (issue 5).

One letter about one entry of the negotiation log (``plan.contacts[i]``), to
the lender of the debt it is linked to. Four kinds (:data:`REPLY_KINDS`):

``accept``
    Accept the lender's offer noted in the contact, its terms restated as
    noted (instalments, monthly amount, waiver, down payment, fees, first due
    date) with the dates and total of calc's evaluation, **on condition** of a
    written confirmation, and what that confirmation should state
    (``shared/domain/letters.md`` §6 and element 10 of §1): the amounts and the
    waiver, the schedule, that penalty interest and fees stop, that no third
    party is contacted, how the debt and the plan are reported to the credit
    reference system, the official repayment channel (never a personal
    account). For a private lender: a written agreement, their own account,
    no credit-report item.
``counter``
    Thank them, say with calc's numbers why the offer does not fit — its
    monthly amount over this lender's share of the budget, a month over the
    disposable income alongside the other debts, charges above the cap (with
    the real APR by the PBoC IRR method), a total above our proposal's — and
    propose our plan for this debt (the comparison's proposal path through
    :func:`calc.asks.debt_asks`: waiver, deferral, instalments, first date,
    total), asking for a written reply. Only the reasons that hold are stated;
    with none, the letter simply proposes.
``no_reply``
    Follow-up when the lender has not answered since the contact: when and
    with whom, the days elapsed to ``today``, our proposal restated briefly,
    a written reply asked by ``today + days``.
``confirm_call``
    Confirmation of what was said in that contact (when, how, who — the
    staff member's name/工号 as noted, or a blank to fill in — the summary,
    the offer, the next step), asking the lender to confirm in writing or
    correct within ``days`` days; with an offer, what the confirmation should
    state, as for ``accept``.

Where things come from: facts from the plan only (borrower, debt, the contact;
the borrower's notes are printed as written); figures from calc
(:class:`calc.counteroffer.OfferEvaluation` for the offer, the comparison for
our proposal and the budget); sentences from ``resources/templates/reply.{zh,en}.toml``.
Register: formal and respectful (贵司/贵行/您, 本人), requests, no pressure,
no threats, no talk of complaints or courts, no promised result; rates with
"单利", the method and "以贵司核算为准" (``rules.md`` §9).

Pure: no file, no clock, no reportlab. ``today`` is the letter's date (printed
by the signature) and the day the reply dates count from.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from app.letters.compose import Fmt
from app.letters.document import (
    Align,
    Block,
    Document,
    Fields,
    Heading,
    NumberedList,
    Paragraph,
    Signature,
    Title,
)
from app.letters.templates import Templates
from calc.asks import DebtAsk, debt_asks
from calc.budget import household_budget
from calc.counteroffer import AprMethod, OfferEvaluation
from calc.model import Contact, ContactOffer, CreditorKind, Debt, DeferralInterest, Plan, Waive
from calc.money import total
from calc.scenarios import Comparison

#: The kinds of reply, in the order the CLI lists them.
REPLY_KINDS: tuple[str, ...] = ("accept", "counter", "no_reply", "confirm_call")
#: The kinds about the lender's offer in the contact (they need one, and its evaluation).
OFFER_KINDS: frozenset[str] = frozenset({"accept", "counter"})
#: Days the lender is asked to reply within (no_reply, confirm_call) unless the caller
#: says otherwise: a product convention, not a legal deadline.
DEFAULT_DAYS = 7
#: Contact channels that are a telephone call (the confirmation is titled after it).
PHONE_CHANNELS = ("phone", "call")
#: Trailing punctuation dropped from the borrower's notes before a template adds its own.
_TRAILING = "。．.；;，,、 "


def reply_by(today: date, days: int) -> date:
    """The date a written reply is asked by: ``today + days`` calendar days."""
    return today + timedelta(days=days)


def _note(text: str) -> str:
    return text.strip().rstrip(_TRAILING)


class _Reply:
    """The parts of one reply letter."""

    def __init__(self, t: Templates, plan: Plan, index: int, comparison: Comparison,
                 evaluation: OfferEvaluation | None, today: date, days: int) -> None:
        self.t, self.f = t, Fmt(t)
        self.plan, self.index, self.today, self.days = plan, index, today, days
        self.contact: Contact = plan.contacts[index]
        debts = {d.id: d for d in plan.debts}
        if self.contact.debt not in debts:
            raise ValueError(f"contacts[{index}] is not linked to a debt of the plan")
        self.debt: Debt = debts[self.contact.debt]
        self.ask: DebtAsk = next(a for a in debt_asks(plan, comparison) if a.debt.id == self.debt.id)
        if evaluation is not None and evaluation.debt_id != self.debt.id:
            raise ValueError(f"evaluation of {evaluation.debt_id!r}, contact about {self.debt.id!r}")
        self.e = evaluation

    # --- small pieces -------------------------------------------------------------

    @property
    def zh(self) -> bool:
        return self.f.zh

    @property
    def private(self) -> bool:
        return self.debt.creditor_kind is CreditorKind.PRIVATE

    @property
    def lender(self) -> str:
        kind = self.debt.creditor_kind
        if kind is CreditorKind.CREDIT_CARD:
            return self.t("lender.card")
        return self.t("lender.private" if self.private else "lender.other")

    def when(self) -> str:
        at = self.contact.at
        return self.t("fmt.datetime", date=self.f.date(at.date()), time=at.strftime("%H:%M"))

    def channel(self) -> str:
        key = f"channel.{self.contact.channel.strip()}"
        return self.t(key) if key in self.t else (self.contact.channel.strip() or self.t("channel.other"))

    def who(self) -> str:
        """The lender's side of the contact: "贵司工作人员（美团客服 工号 8812）"."""
        person = self.contact.person.strip()
        if self.private:
            return self.t("person.private", lender=self.lender)
        if person:
            return self.t("person.named", lender=self.lender, person=person)
        return self.t("person.unnamed", lender=self.lender)

    def _p(self, text: str) -> Paragraph:
        return Paragraph(text, indent=self.zh)

    def _sentences(self, parts: Sequence[str]) -> Paragraph:
        return self._p(self.f.sentences(parts))

    def _list(self, items: Sequence[str]) -> NumberedList:
        """Items ending "；" (zh) or ";" (en), the last one closed with "。" / "."."""
        out = list(items)
        if out:
            last = out[-1]
            if last.endswith("；"):
                out[-1] = last[:-1] + "。"
            elif last.endswith(";"):
                out[-1] = last[:-1] + "."
        return NumberedList(tuple(out))

    # --- the frame ----------------------------------------------------------------

    def title(self, kind: str) -> str:
        """The kind's title; a confirmation of a phone call says so."""
        if kind == "confirm_call" and self.contact.channel.strip() in PHONE_CHANNELS:
            return self.t("title.confirm_call_phone")
        return self.t(f"title.{kind}")

    def head(self, kind: str) -> list[Block]:
        t, d = self.t, self.debt
        sub = t("title.subtitle", product=d.product) if d.product else ""
        addressee = t("addressee.private" if self.private else "addressee.normal",
                      creditor=d.creditor)
        return [Title(self.title(kind), sub), Paragraph(addressee, align=Align.LEFT),
                self.borrower()]

    def borrower(self) -> Fields:
        """Who writes and about which debt (as the proposal letter's applicant block)."""
        t, b, d = self.t, self.plan.borrower, self.debt
        blank = t("fields.blank")
        rows = [(t("fields.name"), b.name.strip() or blank)]
        if b.id_last4:
            rows.append((t("fields.id"), t("fields.id_value", last4=b.id_last4)))
        rows.append((t("fields.phone"), b.phone.strip() or blank))
        if b.address.strip():
            rows.append((t("fields.address"), b.address.strip()))
        if d.product:
            rows.append((t("fields.product"), d.product))
        if d.creditor_kind is CreditorKind.CREDIT_CARD:
            card = t("fields.card_value", last4=d.card_last4) if d.card_last4 else blank
            rows.append((t("fields.card"), card))
        elif d.contract_no or not self.private:
            rows.append((t("fields.contract_no"), d.contract_no or blank))
        return Fields(tuple(rows))

    def closing(self, key: str) -> list[Block]:
        t, f = self.t, self.f
        blocks: list[Block] = [
            self._p(t(key, lender=self.lender)),
            Paragraph(t("closing.yours"), align=Align.LEFT, indent=f.zh, keep_with_next=True),
        ]
        if t.raw("closing.regards"):
            blocks.append(Paragraph(t("closing.regards"), align=Align.LEFT, keep_with_next=True))
        blocks.append(Signature(((t("signature.borrower"), self.plan.borrower.name.strip()),
                                 (t("signature.sign"), ""),
                                 (t("signature.date"), f.date(self.today)))))
        return blocks

    # --- the offer ----------------------------------------------------------------

    @property
    def offer(self) -> ContactOffer:
        assert self.contact.offer is not None
        return self.contact.offer

    def waive_text(self, waive: Waive | None) -> str:
        return self.t(f"offer.waive_{(waive or Waive.NONE).value}")

    def offer_fields(self) -> Fields:
        """The lender's offer restated term by term (accept)."""
        t, f, o, e = self.t, self.f, self.offer, self.e
        assert e is not None and o.term_months is not None and o.monthly is not None
        waive = self.waive_text(o.waive)
        if e.waived > 0:
            waive = t("offer.waive_amount", waive=waive, waived=f.money(e.waived),
                      owed=f.money(e.owed_after_waiver))
        rows = [(t("offer.months"), f.count("periods", o.term_months)),
                (t("offer.monthly"), f.words(o.monthly)),
                (t("offer.waive"), waive)]
        if o.down_payment:
            rows.append((t("offer.down"), f.words(o.down_payment)))
        if o.fees:
            rows.append((t("offer.fees"), f.words(o.fees)))
        rows.append((t("offer.first"), self.first_text()))
        if e.terms.last_due is not None:
            rows.append((t("offer.last"), f.date(e.terms.last_due)))
        rows.append((t("offer.total"), f.words(e.total_paid)))
        return Fields(tuple(rows))

    def first_text(self) -> str:
        """The first due date as the lender said it, or calc's assumption, marked as such."""
        o, e = self.offer, self.e
        if o.first_due is not None:
            return self.f.date(o.first_due)
        assumed = e.terms.first_due if e is not None else None
        if assumed is None:
            return self.t("fields.blank")
        return self.t("offer.first_assumed", lender=self.lender, date=self.f.date(assumed))

    def offer_summary(self) -> str:
        """The offer in one line: "分12期，每期850.00元，减免全部罚息和违约金，…，共计还款…"."""
        t, f, o, e = self.t, self.f, self.offer, self.e
        parts = []
        if o.term_months:
            parts.append(t("offer.summary_months", count=f.count("periods", o.term_months)))
        if o.monthly:
            parts.append(t("offer.summary_monthly", monthly=f.money(o.monthly)))
        if o.waive is not None and o.waive is not Waive.NONE:
            parts.append(self.waive_text(o.waive))
        if o.down_payment:
            parts.append(t("offer.summary_down", amount=f.money(o.down_payment)))
        if o.fees:
            parts.append(t("offer.summary_fees", amount=f.money(o.fees)))
        if o.first_due is not None:
            parts.append(t("offer.summary_first", date=f.date(o.first_due)))
        elif e is not None and e.terms.first_due is not None:
            parts.append(t("offer.summary_first_assumed", date=f.date(e.terms.first_due)))
        if e is not None:
            parts.append(t("offer.summary_total", total=f.money(e.total_paid)))
        return t.raw("offer.summary_sep").join(parts)

    def confirm_items(self) -> list[str]:
        """What the lender's written confirmation should state (letters.md §6)."""
        t, f, e, lender = self.t, self.f, self.e, self.lender
        items: list[str] = []
        o = self.contact.offer
        if e is not None and o is not None and o.term_months and o.monthly:
            waiver = t("confirm.amounts_waiver", waived=f.money(e.waived)) if e.waived > 0 else ""
            items.append(t("confirm.amounts", as_of=f.date(self.plan.as_of),
                           principal=f.money(e.principal), billed=f.money(e.billed.total),
                           waiver=waiver, total=f.money(e.total_paid)))
            last = f.date(e.terms.last_due) if e.terms.last_due else t("fields.blank")
            if o.first_due is not None:
                items.append(t("confirm.schedule", count=f.count("periods", o.term_months),
                               monthly=f.money(o.monthly), first=f.date(o.first_due), last=last))
            elif e.terms.first_due is not None:
                items.append(t("confirm.schedule_assumed", count=f.count("periods", o.term_months),
                               monthly=f.money(o.monthly), first=f.date(e.terms.first_due),
                               last=last))
        items.append(t("confirm.charges_stop"))
        if self.private:
            items += [t("confirm.third_party_private"), t("confirm.channel_private")]
        else:
            items += [t("confirm.third_party", lender=lender), t("confirm.credit"),
                      t("confirm.channel", lender=lender)]
        return items

    # --- our proposal -------------------------------------------------------------

    def proposal_items(self) -> list[str]:
        """Our plan for this debt (the comparison's proposal path), item by item."""
        t, f, a, plan = self.t, self.f, self.ask, self.plan
        items: list[str] = []
        if a.waived.total > 0 and a.proposal.waive is not Waive.NONE:
            items.append(t(f"proposal.waiver_{a.proposal.waive.value}",
                           waived=f.money(a.waived.total), owed=f.money(a.owed_after_waiver)))
        if a.down_payment > 0:
            items.append(t("proposal.down", date=f.date(plan.as_of), amount=f.money(a.down_payment)))
        if a.deferral_end is not None:
            key = ("proposal.deferral_contract"
                   if a.proposal.deferral_interest is DeferralInterest.CONTRACT
                   else "proposal.deferral_none")
            items.append(t(key, months=f.count("months", a.proposal.deferral_months),
                           start=f.date(plan.as_of), end=f.date(a.deferral_end),
                           capitalised=f.money(a.capitalised)))
        inst = a.installments
        if len(inst) == 1:
            items.append(t("proposal.single", date=f.date(inst[0].date),
                           amount=f.money(inst[0].payment)))
        elif inst:
            last = inst[-1].payment
            items.append(t("proposal.installments", amount=f.money(a.reinstalled),
                           count=f.count("periods", len(inst)), first=f.date(inst[0].date),
                           day=inst[0].date.day, regular=f.money(a.regular),
                           last=(t("proposal.installments_last", amount=f.money(last))
                                 if last != a.regular else "")))
            if a.proposal.installment_rate > 0:
                items.append(t("proposal.rate", rate=f.rate(a.proposal.installment_rate),
                               interest=f.money(total(r.interest for r in inst))))
            else:
                items.append(t("proposal.rate_zero"))
        return items

    def proposal_after(self) -> list[str]:
        """The total and last date of our plan, and that it fits this lender's share."""
        t, f, a = self.t, self.f, self.ask
        out = []
        if a.last is not None:
            out.append(t("proposal.total", total=f.words(a.total_paid), last=f.date(a.last.date)))
        if a.fits_offer and a.offer is not None:
            out.append(t("proposal.fits", lender=self.lender, share=f.money(a.offer.monthly)))
        return out

    # --- why the offer does not fit (counter) -------------------------------------

    def reasons(self) -> list[str]:
        t, f, e, lender = self.t, self.f, self.e, self.lender
        assert e is not None
        fit, cap, out = e.budget, e.cap, []
        if not fit.fits_share:
            budget = household_budget(self.plan.household)
            out.append(t("counter.over_share", income=f.money(budget.income),
                         expenses=f.money(budget.expenses), disposable=f.money(fit.disposable),
                         allocation=t(f"allocation.{self.plan.proposal.allocation.value}"),
                         lender=lender, share=f.money(fit.share), monthly=f.money(fit.monthly),
                         over=f.money(fit.over_share)))
        if not fit.fits_alongside and fit.combined_month is not None:
            m = fit.combined_month
            month = t("fmt.month", y=m.year, m=m.month,
                      month_name=t.raw("fmt.month_names").split(",")[m.month - 1])
            out.append(t("counter.over_budget", month=month, max=f.money(fit.combined_max),
                         disposable=f.money(fit.disposable)))
        if cap.above:
            out.append(t("counter.above_cap", total=f.money(e.total_paid),
                         principal=f.money(e.principal), charges=f.money(cap.charges),
                         basis=t(f"cap.{cap.cap.regime.value}", cap=f.rate(cap.cap.annual)),
                         allowed=f.money(cap.allowed), excess=f.money(cap.excess),
                         apr=self.apr_sentence()))
        if e.versus.total_paid > 0:
            out.append(t("counter.costs_more", ours=f.money(e.versus.proposal.total_paid),
                         diff=f.money(e.versus.total_paid)))
        return out

    def apr_sentence(self) -> str:
        e = self.e
        assert e is not None
        terms = e.terms
        if terms.apr is None:
            return ""
        rate = (terms.apr.apr_simple * 100).quantize(Decimal("0.01"))
        key = "counter.apr_monthly" if terms.apr_method is AprMethod.MONTHLY else "counter.apr_daily"
        return self.t(key, apr=self.t("fmt.rate", pct=f"{rate:f}"), basis=terms.day_basis,
                      as_of=self.f.date(self.plan.as_of))

    # --- the four letters -----------------------------------------------------------

    def sections(self, parts: Sequence[tuple[str, list[Block]]]) -> list[Block]:
        blocks: list[Block] = []
        for i, (key, body) in enumerate(parts):
            blocks.append(Heading(self.f.section(i, self.t(f"section.{key}", lender=self.lender))))
            blocks.extend(body)
        return blocks

    def accept(self) -> list[Block]:
        t, lender = self.t, self.lender
        assert self.e is not None
        intro = self._p(t("accept.intro", when=self.when(), channel=self.channel(),
                          who=self.who(), lender=lender))
        day = self.offer.first_due or self.e.terms.first_due
        first = self.f.date(day) if day is not None else t("fields.blank")
        ask = t("accept.ask_private" if self.private else "accept.ask", lender=lender, first=first)
        return [intro, *self.sections([
            ("offer", [self.offer_fields(), self._p(t("offer.verify", lender=lender))]),
            ("answer", [self._p(t("accept.agree", lender=lender))]),
            ("confirm", [self._p(ask), self._list(self.confirm_items())]),
        ]), *self.closing("closing.thanks")]

    def counter(self) -> list[Block]:
        t, lender = self.t, self.lender
        person = self.contact.person.strip()
        thanks = self._p(t("counter.thanks", lender=lender, when=self.when(), channel=self.channel(),
                           person=t("person.paren", person=person) if person else "",
                           offer=self.offer_summary()))
        reasons = self.reasons()
        parts: list[tuple[str, list[Block]]] = []
        if reasons:
            parts.append(("reasons", [self._p(t("counter.reasons_intro")),
                                      self._list(reasons),
                                      self._p(t("counter.verify", lender=lender))]))
        intro = t("counter.proposal_intro", lender=lender)
        if not reasons:
            intro = self.f.sentences([t("counter.no_reasons", lender=lender), intro])
        proposal: list[Block] = [self._p(intro), self._list(self.proposal_items())]
        after = self.proposal_after()
        if after:
            proposal.append(self._sentences(after))
        parts.append(("proposal", proposal))
        reply = (t("counter.reply_private") if self.private else t("counter.reply", lender=lender))
        third = (t("counter.third_party_private") if self.private
                 else t("counter.third_party", lender=lender))
        parts.append(("reply", [self._p(reply), self._p(third)]))
        return [thanks, *self.sections(parts), *self.closing("closing.thanks")]

    def no_reply(self) -> list[Block]:
        t, f, lender, c = self.t, self.f, self.lender, self.contact
        opening = [t("no_reply.intro", when=self.when(), channel=self.channel(), who=self.who())]
        if _note(c.summary):
            opening.append(t("no_reply.summary", summary=_note(c.summary)))
        elapsed = (self.today - c.at.date()).days
        opening.append(t("no_reply.elapsed", today=f.date(self.today), lender=lender,
                         days=f.count("days", elapsed)))
        blocks: list[Block] = [self._sentences(opening),
                               self._p(t("no_reply.restate", lender=lender)),
                               self._list(self.proposal_items())]
        after = self.proposal_after()
        if after:
            blocks.append(self._sentences(after))
        by = f.date(reply_by(self.today, self.days))
        ask = [t("no_reply.reply_by_private", date=by) if self.private
               else t("no_reply.reply_by", lender=lender, date=by),
               t("no_reply.resend", lender=lender)]
        if self.plan.borrower.phone.strip():
            ask.append(t("no_reply.phone", phone=self.plan.borrower.phone.strip()))
        blocks.append(self._sentences(ask))
        return [*blocks, *self.closing("closing.thanks_letter")]

    def confirm_call(self) -> list[Block]:
        t, f, lender, c = self.t, self.f, self.lender, self.contact
        call = Fields(((t("fields.call_when"), self.when()),
                       (t("fields.call_channel"), self.channel()),
                       (t("fields.call_person"), c.person.strip() or t("fields.blank"))))
        items = []
        if _note(c.summary):
            items.append(t("call.summary", summary=_note(c.summary)))
        if c.offer is not None:
            items.append(t("call.offer", lender=lender, offer=self.offer_summary()))
        step = _note(c.next_step)
        if step and c.due is not None:
            items.append(t("call.next_step_due", step=step, date=f.date(c.due)))
        elif step:
            items.append(t("call.next_step", step=step))
        body: list[Block] = [
            self._p(t("call.intro", when=self.when(), channel=self.channel(), who=self.who())),
            self._list(items),
            self._p(t("call.confirm_by", lender=lender, date=f.date(reply_by(self.today, self.days)),
                      days=f.count("days", self.days))),
        ]
        if c.offer is not None:
            body += [self._p(t("call.offer_confirm", lender=lender)),
                     self._list(self.confirm_items())]
        return [call, *body, *self.closing("closing.thanks_letter")]


def has_call_facts(contact: Contact) -> bool:
    """Whether a contact holds anything to confirm (a summary, an offer or a next step)."""
    return bool(_note(contact.summary) or contact.offer is not None or _note(contact.next_step))


def compose_reply(templates: Templates, plan: Plan, contact_index: int, kind: str,
                  comparison: Comparison, evaluation: OfferEvaluation | None, today: date,
                  *, days: int = DEFAULT_DAYS) -> Document:
    """The ``kind`` letter (one of :data:`REPLY_KINDS`) about ``plan.contacts[contact_index]``
    (0-based), to the lender of the debt it is linked to, in ``templates``' language
    (``reply.<lang>.toml``).

    ``comparison`` is :func:`calc.scenarios.compare` on ``plan`` (our proposal for
    the debt and the budget share); ``evaluation`` is
    :func:`calc.counteroffer.evaluate_offer` of the contact's offer — required for
    ``accept`` and ``counter``, used by ``confirm_call`` when there is one (the
    total and dates), ignored by ``no_reply``. ``today`` dates the letter;
    ``days`` (≥ 1) is the reply window of ``no_reply`` and ``confirm_call``
    (the letter asks for a reply by ``today + days``).

    ``ValueError`` for a request the letter cannot answer (the callers check these
    first and word them: :mod:`app.letters.reply_build`): an unknown kind or
    contact, a contact without a known debt, ``accept``/``counter`` without an
    offer or its evaluation, an evaluation of another debt, ``no_reply`` on a
    contact not before ``today``, ``confirm_call`` on a contact after ``today``
    or with nothing to confirm, ``days`` below 1.
    """
    if kind not in REPLY_KINDS:
        raise ValueError(f"unknown reply kind {kind!r}")
    if not 0 <= contact_index < len(plan.contacts):
        raise ValueError(f"no contact {contact_index} (the plan has {len(plan.contacts)})")
    if days < 1:
        raise ValueError("days must be at least 1")
    contact = plan.contacts[contact_index]
    if kind in OFFER_KINDS and (contact.offer is None or evaluation is None):
        raise ValueError(f"{kind} needs the contact's offer and its evaluation")
    if kind == "no_reply" and contact.at.date() >= today:
        raise ValueError("a follow-up needs a contact before today")
    if kind == "confirm_call":
        if contact.at.date() > today:
            raise ValueError("the contact is after today")
        if not has_call_facts(contact):
            raise ValueError("the contact holds nothing to confirm")
    r = _Reply(templates, plan, contact_index, comparison,
               evaluation if contact.offer is not None else None, today, days)
    body = {"accept": r.accept, "counter": r.counter, "no_reply": r.no_reply,
            "confirm_call": r.confirm_call}[kind]()
    title = templates("title.document", title=r.title(kind), creditor=r.debt.creditor)
    return Document(title=title, lang=templates.lang,
                    blocks=(*r.head(kind), *body))


__all__ = [
    "DEFAULT_DAYS",
    "OFFER_KINDS",
    "PHONE_CHANNELS",
    "REPLY_KINDS",
    "compose_reply",
    "has_call_facts",
    "reply_by",
]

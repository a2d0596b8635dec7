"""The negotiation log as text (zh/en) and JSON: reminders, unconfirmed offers, and each
lender's counter-offer evaluated.

Plain data in, text out: :mod:`calc.contacts` decides what is due and what is not
confirmed, :func:`calc.counteroffer.evaluate_offer` computes an offer's flows, APR,
cap test, budget fit and comparison with the proposal; this module only words them.
Sentences come from ``resources/templates/negotiation.{zh,en}.toml``; the waiver and
cap-regime names are the comparison report's (:mod:`app.report`).

JSON (``negoplan contacts PLAN --json``)::

    {"as_of", "within_days",
     "reminders": [{"contact", "debt", "next_step", "due", "days", "status"}],
     "unconfirmed": [contact indexes],
     "debts": [{"id", "creditor", "product", "contacts": [{
         "index", "at", "channel", "person", "summary", "confirmed_in_writing",
         "next_step", "due", "offer": {...} | null,
         "evaluation": {...} | null, "problem": {"code", "path", "params", "message"} | null}]}]}

``debts`` lists the debts with at least one contact, in plan order, then the
entries without a debt (``"id": ""``). Money as decimal strings in yuan, rates as
decimal fraction strings, dates ISO (as ``compare --json``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from app.letters.templates import Templates, load_templates
from app.messages import message
from app.report import REGIMES, WAIVE_TEXT, group, pct
from calc.contacts import Reminder, due_reminders, unconfirmed_agreements
from calc.counteroffer import AprMethod, OfferEvaluation, Terms, evaluate_offer
from calc.errors import CalcError, Problem
from calc.model import Contact, ContactOffer, Debt, Plan
from calc.money import fmt_plain, fmt_rate
from calc.plan_fields import format_datetime
from calc.rules import Rules

#: Days ahead a next step is reminded (a product convention, not a rule).
REMIND_WITHIN_DAYS = 3

Outcome = OfferEvaluation | Problem | None  # None: no offer to evaluate


def _t(lang: str) -> Templates:
    return load_templates(lang, "negotiation")


def _li(lang: str) -> int:
    return 0 if lang == "zh" else 1


def debt_name(debt: Debt | None) -> str:
    """The short name a borrower uses: the product (美团借钱), else the lender."""
    if debt is None:
        return ""
    return (debt.product or debt.creditor or debt.id).strip()


def _debt_heading(t: Templates, debt: Debt) -> str:
    name = debt_name(debt)
    if debt.creditor and debt.creditor != name:
        return t("report.debt", name=name, creditor=debt.creditor)
    return name


def _when(c: Contact) -> str:
    return f"{c.at.date().isoformat()} {c.at.strftime('%H:%M')}"


def _channel(t: Templates, channel: str) -> str:
    key = f"channel.{channel.strip()}"
    return t(key) if key in t else channel.strip()


# --- evaluation --------------------------------------------------------------------


def evaluate_contacts(plan: Plan, rules: Rules) -> list[Outcome]:
    """One outcome per ``plan.contacts`` entry: the offer's evaluation, the problem that
    stops it (at the entry's field path), or ``None`` (no offer, or no debt linked)."""
    out: list[Outcome] = []
    for i, c in enumerate(plan.contacts):
        if c.offer is None or not c.debt:
            out.append(None)
            continue
        try:
            out.append(evaluate_offer(plan, c.debt, c.offer, rules))
        except CalcError as exc:
            out.append(_anchor(exc, i).as_problem())
    return out


def _anchor(exc: CalcError, i: int) -> CalcError:
    """Offer problems are reported at ``contacts[i].offer…``, a bad debt id at ``contacts[i].debt``."""
    if exc.code.startswith("offer."):
        return exc.at(f"contacts[{i}].offer" + (f".{exc.path}" if exc.path else ""))
    if exc.path == "debt":
        return exc.at(f"contacts[{i}].debt")
    return exc


# --- text ---------------------------------------------------------------------------


def _diff(t: Templates, key: str, value: Decimal | int, money: bool = True) -> str:
    if value == 0:
        return t(f"offer.{key}_same")
    shown = group(abs(value)) if money else abs(value)
    params = {"amount": shown} if money else {"n": shown}
    return t(f"offer.{key}_{'more' if value > 0 else 'less'}", **params)


def _apr_text(t: Templates, terms: Terms, lang: str) -> str:
    if terms.apr is None:
        p = terms.apr_problem
        reason = message(p.code, "", p.params, lang) if p else "—"
        return t("offer.apr_none", reason=reason)
    key = "offer.apr_monthly" if terms.apr_method is AprMethod.MONTHLY else "offer.apr_daily"
    return t(key, simple=pct(terms.apr.apr_simple), compound=pct(terms.apr.apr_compound),
             basis=terms.day_basis)


def _month_text(t: Templates, day: date | None) -> str:
    return t("offer.month", year=day.year, month=day.month) if day else "—"


def offer_lines(t: Templates, e: OfferEvaluation, debt: Debt, lang: str) -> list[str]:
    """The offer in one line, then what it means, one finding a line (``→ …``)."""
    o, li = e.offer, _li(lang)
    head = t("offer.terms", debt=debt_name(debt), months=o.term_months, monthly=group(o.monthly))
    if o.waive is not None:
        head += t("offer.waive", waive=WAIVE_TEXT[o.waive.value][li])
    if o.down_payment:
        head += t("offer.down", amount=group(o.down_payment))
    if o.fees:
        head += t("offer.fees", amount=group(o.fees))
    if o.first_due is not None:
        head += t("offer.first_due", date=o.first_due.isoformat())
    owed = e.owed_after_waiver
    gap = e.extra_charges
    compare = (t("offer.same_as_owed", owed=group(owed)) if gap == 0 else
               t("offer.more_than_owed" if gap > 0 else "offer.less_than_owed",
                 owed=group(owed), diff=group(abs(gap))))
    terms, cap, fit, vs = e.terms, e.cap, e.budget, e.versus
    lines = [
        t("offer.total", total=group(terms.total_paid), compare=compare,
          first=terms.first_due.isoformat() if terms.first_due else "—",
          last=terms.last_due.isoformat() if terms.last_due else "—"),
        _apr_text(t, terms, lang),
        t("offer.cap_above" if cap.above else "offer.cap_within", charges=group(cap.charges),
          cap=pct(cap.cap.annual), regime=REGIMES[cap.cap.regime][li],
          allowed=group(cap.allowed), excess=group(cap.excess)),
        (t("offer.share_fits", share=group(fit.share), left=group(fit.share - fit.monthly))
         if fit.fits_share else t("offer.share_over", share=group(fit.share),
                                  over=group(fit.over_share))),
        t("offer.alongside_fits" if fit.fits_alongside else "offer.alongside_over",
          max=group(fit.combined_max), month=_month_text(t, fit.combined_month),
          disposable=group(fit.disposable)),
        t("offer.versus", monthly=group(vs.proposal.monthly), months=vs.proposal.months,
          total=group(vs.proposal.total_paid), monthly_diff=_diff(t, "monthly", vs.monthly),
          months_diff=_diff(t, "months", vs.months, money=False),
          total_diff=_diff(t, "total", vs.total_paid)),
    ]
    return [head, *("→ " + line for line in lines)]


def _reminder_line(t: Templates, r: Reminder, debts: dict[str, Debt]) -> str:
    name = debt_name(debts.get(r.debt)) or t("report.unlinked")
    step = r.next_step.strip() or t("reminders.no_step")
    return t(f"reminders.{r.status.value}", n=abs(r.days), debt=name, step=step,
             date=r.due.isoformat())


def _groups(plan: Plan) -> list[tuple[Debt | None, list[int]]]:
    """(debt, indexes of its contacts in time order) for debts with contacts, in plan
    order, then the entries without a (known) debt."""
    order = sorted(range(len(plan.contacts)), key=lambda i: (plan.contacts[i].at, i))
    known = {d.id for d in plan.debts}
    groups: list[tuple[Debt | None, list[int]]] = [
        (d, [i for i in order if plan.contacts[i].debt == d.id]) for d in plan.debts]
    groups.append((None, [i for i in order if plan.contacts[i].debt not in known]))
    return [(d, idx) for d, idx in groups if idx]


def negotiation_text(plan: Plan, outcomes: Sequence[Outcome], today: date, lang: str = "zh",
                     within_days: int = REMIND_WITHIN_DAYS) -> str:
    """The report a borrower reads: reminders, unconfirmed offers, then the log per debt
    with each offer's evaluation."""
    t = _t(lang)
    head = [t("report.title")]
    if plan.borrower.name:
        head.append(t("report.who", name=plan.borrower.name))
    head += [t("report.as_of", date=plan.as_of.isoformat()), t("report.disclaimer")]
    if not plan.contacts:
        return "\n".join([*head, "", t("report.empty")])
    debts = {d.id: d for d in plan.debts}
    lines = [*head, "", t("reminders.heading")]
    reminders = due_reminders(plan.contacts, today, within_days=within_days)
    lines += ["  " + _reminder_line(t, r, debts) for r in reminders] or [
        "  " + t("reminders.none", days=within_days)]
    unconfirmed = unconfirmed_agreements(plan.contacts)
    if unconfirmed:
        lines += ["", t("unconfirmed.heading")]
        for i in unconfirmed:
            c = plan.contacts[i]
            name = debt_name(debts.get(c.debt)) or t("report.unlinked")
            lines.append("  " + t("unconfirmed.item", debt=name, when=_when(c),
                                  person=c.person.strip()))
        lines.append("  " + t("unconfirmed.advice"))
    evaluated = False
    for debt, indexes in _groups(plan):
        lines += ["", _debt_heading(t, debt) if debt else t("report.unlinked")]
        for i in indexes:
            c = plan.contacts[i]
            parts = [t("contact.line", n=i + 1, when=_when(c), channel=_channel(t, c.channel),
                       person=c.person.strip())]
            if c.summary.strip():
                parts.append(c.summary.strip())
            if c.next_step.strip() or c.due:
                step = c.next_step.strip() or t("reminders.no_step")
                parts.append(t("contact.next_step_due", step=step, date=c.due.isoformat())
                             if c.due else t("contact.next_step", step=step))
            parts.append(t("contact.confirmed" if c.confirmed_in_writing
                           else "contact.not_confirmed"))
            outcome = outcomes[i]
            if isinstance(outcome, OfferEvaluation) and debt is not None:
                parts += offer_lines(t, outcome, debt, lang)
                evaluated = True
            elif isinstance(outcome, Problem):
                parts.append(t("contact.problem", message=message(
                    outcome.code, outcome.path, outcome.params, lang)))
            elif c.offer is not None:
                parts.append(t("contact.no_debt"))
            lines.append("  " + parts[0])
            lines += ["      " + p for p in parts[1:]]
    if evaluated:
        basis = next(o.terms.day_basis for o in outcomes if isinstance(o, OfferEvaluation))
        lines += ["", t("report.apr_note"), t("report.cap_note", basis=basis)]
    return "\n".join(lines)


# --- JSON ---------------------------------------------------------------------------


def _money(value: Decimal | None) -> str | None:
    return None if value is None else fmt_plain(value)


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _offer_json(o: ContactOffer) -> dict[str, Any]:
    return {"term_months": o.term_months, "monthly": _money(o.monthly),
            "waive": o.waive.value if o.waive else None, "fees": _money(o.fees),
            "down_payment": _money(o.down_payment), "first_due": _iso(o.first_due)}


def _terms_json(terms: Terms) -> dict[str, Any]:
    apr = None
    if terms.apr is not None:
        apr = {"method": terms.apr_method.value if terms.apr_method else None,
               "periodic_irr": fmt_rate(terms.apr.periodic_irr),
               "simple": fmt_rate(terms.apr.apr_simple),
               "compound": fmt_rate(terms.apr.apr_compound),
               "day_basis": terms.day_basis}
    return {"upfront": fmt_plain(terms.upfront), "monthly": fmt_plain(terms.monthly),
            "months": terms.months, "total_paid": fmt_plain(terms.total_paid),
            "first_due": _iso(terms.first_due), "last_due": _iso(terms.last_due), "apr": apr,
            "apr_problem": terms.apr_problem.code if terms.apr_problem else None}


def evaluation_json(e: OfferEvaluation) -> dict[str, Any]:
    """One offer's evaluation as JSON-ready data."""
    cap, fit, vs = e.cap, e.budget, e.versus
    return {
        "debt": e.debt_id,
        "flows": [{"date": f.date.isoformat(), "amount": fmt_plain(f.amount), "kind": f.kind.value}
                  for f in e.flows],
        **_terms_json(e.terms),
        "owed": fmt_plain(e.owed),
        "waived": fmt_plain(e.waived),
        "owed_after_waiver": fmt_plain(e.owed_after_waiver),
        "extra_charges": fmt_plain(e.extra_charges),
        "cap": {"regime": cap.cap.regime.value, "annual": fmt_rate(cap.cap.annual),
                "past_allowance": fmt_plain(cap.past_allowance),
                "past_measurable": cap.past_measurable,
                "past_allowed": fmt_plain(cap.past_allowed),
                "past_excess": fmt_plain(cap.past_excess),
                "future_allowance": fmt_plain(cap.future_allowance),
                "allowed": fmt_plain(cap.allowed), "charges": fmt_plain(cap.charges),
                "excess": fmt_plain(cap.excess), "above": cap.above},
        "budget": {"disposable": fmt_plain(fit.disposable), "share": fmt_plain(fit.share),
                   "monthly": fmt_plain(fit.monthly), "fits_share": fit.fits_share,
                   "over_share": fmt_plain(fit.over_share),
                   "combined_max": fmt_plain(fit.combined_max),
                   "combined_month": _iso(fit.combined_month),
                   "fits_alongside": fit.fits_alongside,
                   "over_budget": fmt_plain(fit.over_budget)},
        "versus_proposal": {"proposal": _terms_json(vs.proposal),
                            "monthly": fmt_plain(vs.monthly), "months": vs.months,
                            "total_paid": fmt_plain(vs.total_paid)},
        "flags": [f.value for f in e.flags],
    }


def _contact_json(i: int, c: Contact, outcome: Outcome, lang: str) -> dict[str, Any]:
    problem = None
    if isinstance(outcome, Problem):
        problem = {"code": outcome.code, "path": outcome.path, "params": dict(outcome.params),
                   "message": message(outcome.code, outcome.path, outcome.params, lang)}
    return {
        "index": i, "at": format_datetime(c.at), "channel": c.channel, "person": c.person,
        "summary": c.summary, "confirmed_in_writing": c.confirmed_in_writing,
        "next_step": c.next_step, "due": _iso(c.due),
        "offer": _offer_json(c.offer) if c.offer is not None else None,
        "evaluation": evaluation_json(outcome) if isinstance(outcome, OfferEvaluation) else None,
        "problem": problem,
    }


def negotiation_json(plan: Plan, outcomes: Sequence[Outcome], today: date, lang: str = "zh",
                     within_days: int = REMIND_WITHIN_DAYS) -> dict[str, Any]:
    """The object of the module docstring; ``lang`` picks the language of problem messages."""
    reminders = due_reminders(plan.contacts, today, within_days=within_days)
    return {
        "as_of": plan.as_of.isoformat(),
        "within_days": within_days,
        "reminders": [{"contact": r.index, "debt": r.debt, "next_step": r.next_step,
                       "due": r.due.isoformat(), "days": r.days, "status": r.status.value}
                      for r in reminders],
        "unconfirmed": list(unconfirmed_agreements(plan.contacts)),
        "debts": [
            {"id": debt.id if debt else "", "creditor": debt.creditor if debt else "",
             "product": debt.product if debt else "",
             "contacts": [_contact_json(i, plan.contacts[i], outcomes[i], lang) for i in idx]}
            for debt, idx in _groups(plan)
        ],
    }


def run_contacts(plan_path: str, *, json_out: bool, lang: str, today: date,
                 within_days: int = REMIND_WITHIN_DAYS) -> int:
    """``negoplan contacts PLAN [--json]``: print the negotiation log with reminders (due
    within ``within_days`` of ``today``) and each counter-offer evaluated; 0 ok, 2 for an
    invalid plan (problems on stderr in the user's language, as the other commands do)."""
    from app.cli import EXIT_INVALID, EXIT_OK, _print_problems
    from app.planio import load_plan
    from app.rules_data import load_rules
    from calc.errors import PlanInvalid

    try:
        plan, warnings = load_plan(plan_path, today=today)
        rules = load_rules()
    except PlanInvalid as exc:
        _print_problems(exc.problems, lang)
        return EXIT_INVALID
    except CalcError as exc:
        _print_problems([exc.as_problem()], lang)
        return EXIT_INVALID
    if warnings:
        _print_problems(warnings, lang)
    outcomes = evaluate_contacts(plan, rules)
    if json_out:
        print(json.dumps(negotiation_json(plan, outcomes, today, lang, within_days),
                         ensure_ascii=False, indent=2))
    else:
        print(negotiation_text(plan, outcomes, today, lang, within_days))
    return EXIT_OK

"""A Comparison as the spec's JSON object and as a readable table (zh/en).

Plain-data in, text out: nothing here computes a number; every figure comes
from :func:`calc.scenarios.compare`. The JSON follows
``shared/spec/plan-file.md`` (money as decimal strings in yuan, rates as
decimal fraction strings); extra keys are added compatibly (``penalty`` in a
schedule row — already included in ``interest`` —, ``clears_from_budget``,
``required_monthly``, ``capped_owed``, cap details, suggestion note codes).
"""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal
from typing import Any

from calc.money import fmt_plain, fmt_rate
from calc.rules import Cap, CapRegime
from calc.scenarios import Comparison, DebtSummary, Scenario
from calc.schedule import Row
from calc.solve import Suggestion

TITLES: dict[str, tuple[str, str]] = {
    "status_quo": ("维持现状", "Status quo"),
    "deferral": ("延期还款", "Deferral"),
    "reinstallment": ("二次分期", "Re-instalment"),
    "penalty_reduction": ("减免罚息", "Penalty reduction"),
    "proposal": ("协商方案", "Proposal"),
}

REGIMES: dict[str, tuple[str, str]] = {
    CapRegime.PRIVATE_LPR4X: ("民间借贷：合同成立时一年期LPR的4倍", "private loan: 4 × one-year LPR at contract date"),
    CapRegime.PRIVATE_TRANSITION: ("民间借贷（2020-08-20前成立）：此后按一年期LPR的4倍", "private loan formed before 2020-08-20: 4 × LPR from then on"),
    CapRegime.JUDICIAL_24: ("金融借款：综合成本年化24%司法保护上限", "financial loan: 24 % judicial threshold on total cost"),
    CapRegime.LPR4X_REFERENCE: ("参考：一年期LPR的4倍", "reference: 4 × one-year LPR"),
    CapRegime.USER: ("自定上限", "user cap"),
}

WAIVE_TEXT: dict[str, tuple[str, str]] = {
    "none": ("不减免", "no waiver"),
    "above_cap": ("减免超出法定上限的部分", "waive charges above the legal cap"),
    "all_penalty": ("减免全部罚息和违约金", "waive all penalty and fees"),
    "all_charges": ("减免全部息费，只还本金", "waive all charges, principal only"),
}


def _li(lang: str) -> int:
    return 0 if lang == "zh" else 1


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _money(value: Decimal | None) -> str | None:
    return fmt_plain(value) if value is not None else None


def _cap_json(cap: Cap, lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "regime": cap.regime.value,
        "annual": fmt_rate(cap.annual),
        "source": cap.source.zh if lang == "zh" else cap.source.en,
        "confidence": cap.source.confidence,
    }
    if cap.lpr is not None:
        out["lpr_date"] = cap.lpr.date.isoformat()
        out["lpr_1y"] = fmt_rate(cap.lpr.lpr_1y)
        out["lpr_confirmed"] = cap.lpr.confirmed
    if cap.lpr_fallback:
        out["lpr_fallback"] = True
    if cap.earlier is not None and cap.cutover is not None:
        out["earlier_annual"] = fmt_rate(cap.earlier)
        out["cutover"] = cap.cutover.isoformat()
    return out


def _debt_json(d: DebtSummary, lang: str) -> dict[str, Any]:
    return {
        "id": d.debt_id,
        "creditor": d.creditor,
        "owed": fmt_plain(d.owed),
        "cap": _cap_json(d.cap, lang),
        "excess": fmt_plain(d.excess),
        "principal": fmt_plain(d.principal),
        "overdue_principal": fmt_plain(d.overdue_principal),
        "billed": {"interest": fmt_plain(d.billed.interest), "penalty": fmt_plain(d.billed.penalty),
                   "fees": fmt_plain(d.billed.fees)},
        "capped_owed": fmt_plain(d.capped_owed),
        "cap_allowance": fmt_plain(d.check.allowance),
        "charges_since": _d(d.check.start),
        "excess_measurable": d.check.measurable,
        "annual_rate": fmt_rate(d.annual_rate),
        "penalty_rate": fmt_rate(d.penalty_rate),
    }


def _row_json(r: Row) -> dict[str, Any]:
    return {
        "date": r.date.isoformat(),
        "payment": fmt_plain(r.payment),
        "principal": fmt_plain(r.principal),
        "interest": fmt_plain(r.interest + r.penalty),
        "fees": fmt_plain(r.fees),
        "balance": fmt_plain(r.balance),
        "penalty": fmt_plain(r.penalty),
    }


def _scenario_json(s: Scenario, lang: str) -> dict[str, Any]:
    return {
        "key": s.key,
        "title": TITLES[s.key][_li(lang)],
        "monthly_payment": fmt_plain(s.monthly_payment),
        "max_payment": fmt_plain(s.max_payment),
        "down_payment": fmt_plain(s.down_payment),
        "months": s.months,
        "first_date": _d(s.first_date),
        "last_date": _d(s.last_date),
        "total_paid": fmt_plain(s.total_paid),
        "total_charges": fmt_plain(s.total_charges),
        "saving_vs_status_quo": fmt_plain(s.saving_vs_status_quo),
        "fits_budget": s.fits_budget,
        "apr": fmt_rate(s.apr) if s.apr is not None else None,
        "clears_from_budget": s.clears_from_budget,
        "per_debt": [
            {
                "id": p.debt_id,
                "total_paid": fmt_plain(p.total_paid),
                "cleared_from_budget": p.cleared_from_budget,
                "required_monthly": _money(p.required_monthly),
                "schedule": [_row_json(r) for r in p.rows],
            }
            for p in s.per_debt
        ],
    }


def suggestion_note(s: Suggestion, lang: str) -> str:
    """One sentence for a suggestion, in the user's language."""
    zh = lang == "zh"
    if s.fits and s.ask is not None:
        a = s.ask
        parts_zh = [f"分{a.term_months}期"]
        parts_en = [f"{a.term_months} monthly instalments"]
        if a.deferral_months:
            parts_zh.insert(0, f"先延期{a.deferral_months}个月")
            parts_en.insert(0, f"a {a.deferral_months}-month deferral")
        if a.waive.value != "none":
            parts_zh.append(WAIVE_TEXT[a.waive.value][0])
            parts_en.append(WAIVE_TEXT[a.waive.value][1])
        if zh:
            return f"可向{s.creditor}申请：" + "，".join(parts_zh) + f"，每月约{group(s.monthly)}元，在每月可还{group(s.offer)}元以内"
        return (f"Ask {s.creditor} for " + ", ".join(parts_en)
                + f": about {group(s.monthly)} a month, within the {group(s.offer)} you can offer")
    p = s.params
    if s.note == "offer_zero":
        return ("目前收入扣除必要支出后没有余力还款：可先申请延期，并说明困难情况；"
                f"若要在{p.get('max_term')}期内只还本金，每月需{group(p.get('needed'))}元") if zh else (
                "There is nothing left after essential expenses: ask for a deferral and explain the hardship; "
                f"repaying only the principal over {p.get('max_term')} months needs {group(p.get('needed'))} a month")
    return (f"即使减免全部息费、分{p.get('max_term')}期，每月仍需{group(p.get('needed'))}元，"
            f"比可还金额多{group(p.get('gap'))}元；需要增加收入、减少支出，或请求减免本金约{group(p.get('reduction'))}元") if zh else (
            f"Even with all charges waived over {p.get('max_term')} months the instalment is {group(p.get('needed'))}, "
            f"{group(p.get('gap'))} more than you can offer: raise income, cut expenses, or ask for about "
            f"{group(p.get('reduction'))} of principal to be reduced")


def _suggestion_json(s: Suggestion, lang: str) -> dict[str, Any]:
    ask = None
    if s.ask is not None:
        ask = {
            "deferral_months": s.ask.deferral_months,
            "term_months": s.ask.term_months,
            "installment_rate": fmt_rate(s.ask.installment_rate),
            "waive": s.ask.waive.value,
        }
    return {
        "id": s.debt_id,
        "creditor": s.creditor,
        "ask": ask,
        "monthly": fmt_plain(s.monthly),
        "fits": s.fits,
        "note": suggestion_note(s, lang),
        "note_code": s.note,
        "params": {k: (fmt_plain(v) if isinstance(v, Decimal) else v) for k, v in s.params.items()},
    }


def comparison_json(c: Comparison, lang: str = "zh") -> dict[str, Any]:
    """The ``compare --json`` object of the spec."""
    return {
        "as_of": c.as_of.isoformat(),
        "budget": {
            "income": fmt_plain(c.budget.income),
            "expenses": fmt_plain(c.budget.expenses),
            "disposable": fmt_plain(c.budget.disposable),
        },
        "debts": [_debt_json(d, lang) for d in c.debts],
        "scenarios": [_scenario_json(s, lang) for s in c.scenarios],
        "offers": [
            {"id": o.debt_id, "creditor": o.creditor, "monthly": fmt_plain(o.monthly), "months": o.months,
             "share": fmt_rate(o.share)}
            for o in c.offers
        ],
        "suggestions": [_suggestion_json(s, lang) for s in c.suggestions],
        "settings": {
            "day_basis": c.settings.day_basis,
            "cap_day_basis": c.settings.cap_day_basis,
            "penalty_multiplier": fmt_rate(c.settings.penalty_multiplier or Decimal(0)),
            "max_term_months": c.settings.max_term_months,
        },
    }


# --- human-readable ----------------------------------------------------------------

def credit_repair_note(hint: Any, plan: Any, lang: str) -> str:
    """The PBoC one-off credit-repair hint (calc.safety) in words, with its source."""
    names = {d.id: (d.product or d.creditor) for d in plan.debts}
    which = ("、" if lang == "zh" else ", ").join(names[i] for i in hint.debt_ids)
    rule = hint.rule
    if lang == "zh":
        return (f"提示：{which}的逾期可能符合人民银行一次性信用修复条件（{rule.records_from:%Y}—"
                f"{rule.records_to:%Y}年的逾期、单笔不超过 {group(rule.max_per_item)} 元）："
                f"在 {hint.repay_by.isoformat()} 前（还有 {hint.days_left} 天）全额还清，逾期记录不再展示。"
                f"自动办理、不收费，不需要任何中介。可以考虑优先还清这几笔。"
                f"来源：{rule.source.zh}（二手报道，以征信中心为准）。")
    return (f"Note: the overdue record of {which} may qualify for the PBoC one-off credit repair "
            f"(arrears from {rule.records_from:%Y}–{rule.records_to:%Y}, at most "
            f"CNY {group(rule.max_per_item)} per item): repaid in full by "
            f"{hint.repay_by.isoformat()} ({hint.days_left} days left), the record is no longer "
            f"shown. It is automatic and free; no agent is needed. Consider repaying these first. "
            f"Source: {rule.source.en} (secondary reports; the credit bureau decides).")


def group(value: Any) -> str:
    """``12345.6`` → ``12,345.60`` (thousands separators, two decimals)."""
    if value is None:
        return "—"
    return f"{Decimal(value):,.2f}"


def pct(value: Decimal | None) -> str:
    return "—" if value is None or not value.is_finite() else f"{value * 100:.2f}%"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(text: str, width: int, right: bool) -> str:
    pad = " " * max(0, width - _width(text))
    return pad + text if right else text + pad


def table(headers: list[str], rows: list[list[str]], right: set[int]) -> str:
    """A plain-text table with CJK-aware column widths."""
    widths = [max(_width(x) for x in col) for col in zip(headers, *rows)]
    lines = ["  ".join(_cell(h, w, i in right) for i, (h, w) in enumerate(zip(headers, widths)))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_cell(c, w, i in right) for i, (c, w) in enumerate(zip(r, widths))) for r in rows]
    return "\n".join(lines)


def comparison_text(c: Comparison, lang: str = "zh") -> str:
    """The readable report of ``negoplan compare`` (no --json)."""
    zh = lang == "zh"
    li = _li(lang)
    out: list[str] = []
    b = c.budget
    out.append(f"NegoPlan 方案对比 · 计算日期 {c.as_of}" if zh else f"NegoPlan comparison · as of {c.as_of}")
    out.append(
        f"每月收入 {group(b.income)} 元 − 必要支出 {group(b.expenses)} 元 = 每月可用于还款 {group(b.disposable)} 元"
        if zh else f"Monthly income {group(b.income)} − essential expenses {group(b.expenses)} = "
        f"available for debts {group(b.disposable)}"
    )
    out.append("")
    if not c.debts:
        out.append("计划中还没有债务：先在计划文件的 debts 中照着借款App里的数字填写。" if zh
                   else "The plan has no debts yet: add them under debts, copying the figures from the lender's app.")
        return "\n".join(out)
    headers = (["债务", "欠款", "其中本金", "适用上限", "超出上限"] if zh
               else ["Debt", "Owed", "Principal", "Legal cap", "Above cap"])
    rows = []
    for d in c.debts:
        cap = f"{pct(d.cap.annual)} {REGIMES[d.cap.regime][li]}"
        if d.cap.lpr is not None:
            cap += (f"（LPR {pct(d.cap.lpr.lpr_1y)}，{d.cap.lpr.date}）" if zh
                    else f" (LPR {pct(d.cap.lpr.lpr_1y)}, {d.cap.lpr.date})")
        if d.cap.lpr_fallback:
            cap += "（未填合同日期，暂按最新LPR）" if zh else " (no contract date: latest LPR used)"
        rows.append([d.creditor, group(d.owed), group(d.principal), cap, group(d.excess)])
    out.append(table(headers, rows, {1, 2, 4}))
    total_excess = sum((d.excess for d in c.debts), Decimal(0))
    if total_excess > 0:
        out.append(f"→ 已出账费用中共 {group(total_excess)} 元超出上限，可在申请书中要求减免。" if zh
                   else f"→ {group(total_excess)} of the billed charges exceed the cap: ask for it to be waived in the letter.")
    out.append("")
    headers = (["方案", "月供", "最高月供", "月数", "结清日期", "共还", "利息罚息费用", "比现状节省", "年化(单利)", "预算内"]
               if zh else ["Scenario", "Monthly", "Max", "Months", "Paid off", "Total paid", "Charges",
                           "Saving", "APR", "Fits"])
    rows = []
    for s in c.scenarios:
        fits = ("✓ 在预算内" if s.fits_budget else "✗ 超出预算") if zh else ("✓ yes" if s.fits_budget else "✗ no")
        rows.append([TITLES[s.key][li], group(s.monthly_payment), group(s.max_payment), str(s.months),
                     str(s.last_date or "—"), group(s.total_paid), group(s.total_charges),
                     group(s.saving_vs_status_quo), pct(s.apr), fits])
    out.append(table(headers, rows, {1, 2, 3, 5, 6, 7, 8}))
    sq = c.scenario("status_quo")
    offers = {o.debt_id: o.monthly for o in c.offers}
    for p in sq.per_debt:
        if p.cleared_from_budget:
            continue
        name = next(d.creditor for d in c.debts if d.debt_id == p.debt_id)
        offer = offers.get(p.debt_id)
        out.append(
            f"注意：按现在的预算（每月给这家 {group(offer)} 元），{name} 的欠款在 {c.settings.horizon_months} "
            f"个月内还不清；要在方案期限内还清，每月需还 {group(p.required_monthly)} 元（上表“维持现状”按此计算）。"
            if zh else
            f"Note: with this budget ({group(offer)} a month to this lender) {name} is not paid off within "
            f"{c.settings.horizon_months} months; clearing it in the proposal's term needs "
            f"{group(p.required_monthly)} a month (the status quo above assumes that)."
        )
    out.append("")
    out.append("每月可以给各家的还款（按分配方式）" if zh else "What you can offer each lender per month")
    headers = ["债权人", "每月", "占比", "还清需要月数"] if zh else ["Creditor", "Monthly", "Share", "Months to clear"]
    rows = [[o.creditor, group(o.monthly), pct(o.share), str(o.months) if o.months is not None else "—"]
            for o in c.offers]
    out.append(table(headers, rows, {1, 2, 3}))
    if c.suggestions:
        out.append("")
        out.append("建议向各家提出" if zh else "What to ask each lender")
        for s in c.suggestions:
            mark = "✓" if s.fits else "✗"
            out.append(f"  {mark} {suggestion_note(s, lang)}")
    out.append("")
    out.append("以上为估算，以贵司系统核算为准；本工具不联网、不收费，不构成法律意见。" if zh
               else "Estimates only; the lender's own statement prevails. NegoPlan is offline and free; not legal advice.")
    return "\n".join(out)

"""The plan file (contract v1, ``shared/spec/plan-file.md``): JSON value <-> :class:`Plan`.

Pure: the caller reads the file and ``json.loads`` it, and passes ``today``
(the default ``as_of``). Problems are reported as codes with field paths and
params (:class:`~calc.errors.Problem`); ``app`` words them.

- :func:`decode_plan` validates and builds a :class:`~calc.model.Plan`; it
  returns the warnings, or raises :class:`~calc.errors.PlanInvalid` listing
  every error (and warning) when there is at least one error. It raises nothing
  else, for any JSON value.
- :func:`encode_plan` gives the JSON-ready dict; unknown keys kept in the
  records' ``extra`` are written back, so decode → encode preserves them.
- :func:`validate_plan` is the problem list alone (never raises).

Codes (path examples in brackets; params after the colon)
    plan.not_object [""]: expected "object"
    plan.format [format]: expected, value
    plan.version_unsupported [version]: version, supported
    field.required [debts[0].creditor, evidence[1].at, household.income[0].monthly]
    field.type [any]: expected ∈ string|number|integer|object|list|boolean
    field.empty [debts[0].creditor]
    field.format [debts[0].card_last4]: pattern "NNNN", value
    enum.invalid [debts[0].method, settings.day_basis]: allowed, value
    int.range [proposal.term_months]: min, max, value (omitted when huge)
    number.range / number.format [settings.penalty_multiplier]: min, max, value
    money.format / money.negative / money.too_many_decimals (max_places) /
      money.too_large (max) [debts[0].principal]: value
    rate.format [debts[0].annual_rate]: value (+ hint "fraction", suggestion for "18%")
    rate.negative, rate.too_large (max, value); warning rate.above_36 (value,
      threshold, annual for a daily rate)
    date.invalid (value, format), date.out_of_range (min, max, value)
    datetime.invalid [evidence[0].at]: value, format
    debt.rate_missing [debts[0]]: allowed
    debt.rate_both (warning) [debts[0].daily_rate]: used "annual_rate"
    debt.id_duplicate [debts[1].id]: value, first (index of the first use)
    debt.overdue_after_as_of / debt.contract_after_as_of / debt.charges_after_as_of
      [debts[0].overdue_since]: value, as_of
    debt.overdue_principal_exceeds [debts[0].overdue_principal]: value, max
    borrower.id_too_long [borrower.id_last4]: max 4
    proposal.deferral_long (warning, > 12 months) [proposal.deferral_months]: value, max
    proposal.term_long (warning, > 60 months) [proposal.term_months]: value, max
    proposal.down_payment_exceeds [proposal.down_payment, debts[0].proposal.down_payment]:
      value, max (the total owed, or that debt's owed)
    cap.invalid [proposal.cap]: allowed, value; cap.extra_ignored (warning): keys
    contact.unknown_debt [contacts[0].debt]: value, allowed
    evidence.unknown_debt [evidence[0].debt]: value, allowed
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from calc.errors import PlanInvalid, Problem
from calc.model import (
    PLAN_FORMAT,
    PLAN_VERSION,
    PROPOSAL_KEYS,
    Allocation,
    Borrower,
    BudgetLine,
    CapMode,
    CapSpec,
    Channel,
    Contact,
    ContactOffer,
    CreditorKind,
    Debt,
    DeferralInterest,
    EvidenceEntry,
    EvidenceTag,
    Hardship,
    HardshipReason,
    Household,
    Method,
    Plan,
    Proposal,
    Settings,
    Target,
    Waive,
)
from calc.money import ZERO, fmt_plain
from calc.plan_fields import (
    ANNUAL_RATE_MAX,
    Fields,
    Report,
    as_fields,
    check_card_last4,
    format_datetime,
    plain_decimal,
    read_int_choice,
    read_percent_literal,
    read_rate,
)

__all__ = ["decode_plan", "encode_plan", "validate_plan"]

# fmt: off
ROOT_KEYS = ("format", "version", "as_of", "borrower", "household", "hardship", "debts",
             "proposal", "evidence", "contacts", "settings")
BORROWER_KEYS = ("name", "id_last4", "phone", "address")
ID_LAST4_MAX = 4  # privacy: only the last four characters of the ID card are kept
LINE_KEYS = ("label", "monthly", "category", "note")
HOUSEHOLD_KEYS = ("income", "expenses", "dependents")
DEPENDENTS_MAX = 20
HARDSHIP_KEYS = ("reasons", "story", "documents", "since", "income_before")
DEBT_MONEY = ("interest_due", "penalty_due", "fees_due")
DEBT_DATES = ("contract_date", "overdue_since", "charges_since")
DEBT_STRINGS = ("product", "contract_no", "card_last4")
DEBT_KEYS = ("id", "creditor", "creditor_kind", "principal", "annual_rate", "daily_rate",
             "penalty_rate", "remaining_months", "method", "overdue_principal",
             "contract_payment", "proposal", *DEBT_MONEY, *DEBT_DATES, *DEBT_STRINGS)
AFTER_AS_OF_CODES = {"overdue_since": "debt.overdue_after_as_of",
                     "contract_date": "debt.contract_after_as_of",
                     "charges_since": "debt.charges_after_as_of"}
REMAINING_MONTHS_MAX = 600
DEFERRAL_MAX, DEFERRAL_WARN = 60, 12
TERM_MAX, TERM_WARN = 360, 60
CAP_ALLOWED = ("auto", "lpr4x", "<percent>%", {"annual": "<fraction>"})
EVIDENCE_KEYS = ("at", "channel", "from", "collector", "target", "target_name", "attempts",
                 "answered", "summary", "files", "tags", "debt", "file_hashes")
SHA256_HEX = re.compile(r"[0-9a-fA-F]{64}")
"""A SHA-256 digest as ``evidence[].file_hashes`` holds it: 64 hex digits."""
EVIDENCE_STRINGS = {"from": "from_", "collector": "collector", "target_name": "target_name",
                    "summary": "summary"}  # JSON key -> EvidenceEntry attribute
ATTEMPTS_MAX = 1000
CONTACT_KEYS = ("at", "debt", "channel", "person", "summary", "offer",
                "confirmed_in_writing", "next_step", "due")
CONTACT_STRINGS = ("channel", "person", "summary", "next_step")
OFFER_KEYS = ("term_months", "monthly", "waive", "fees", "down_payment", "first_due")
SETTINGS_KEYS = ("day_basis", "cap_day_basis", "penalty_multiplier", "max_term_months",
                 "horizon_months", "token_payment")
DAY_BASES = (360, 365)
HORIZON_MIN = 12
# fmt: on


# -- decoding -------------------------------------------------------------------


def decode_plan(data: object, *, today: date) -> tuple[Plan, list[Problem]]:
    """Validate the JSON value ``data`` and build the :class:`Plan`.

    Returns the plan and its warnings. Raises :class:`PlanInvalid` with every
    problem found (errors and warnings) when there is at least one error.
    ``today`` is the default ``as_of``.
    """
    report = Report()
    plan = _decode(data, today, report)
    if plan is None or report.error_count:
        raise PlanInvalid(report.problems)
    return plan, report.problems


def validate_plan(data: object, *, today: date) -> list[Problem]:
    """Every problem (errors and warnings) in ``data``; never raises."""
    report = Report()
    _decode(data, today, report)
    return report.problems


def _decode(data: object, today: date, report: Report) -> Plan | None:
    if not isinstance(data, dict):
        report.error("plan.not_object", "", expected="object")
        return None
    root = Fields(data, "", report)
    _check_header(root)
    given_as_of = root.day("as_of")
    as_of_valid = given_as_of is not None or not root.given("as_of")
    as_of = given_as_of or (today.date() if isinstance(today, datetime) else today)
    check_as_of = as_of if as_of_valid else None  # an invalid as_of compares with nothing
    borrower = root.obj("borrower")
    household = root.obj("household")
    hardship = root.obj("hardship")
    settings = root.obj("settings")
    debts = _debts(root, check_as_of)
    owed = _total_owed(debts)
    proposal = root.obj("proposal")
    return Plan(
        as_of=as_of,
        debts=tuple(d for d, _ in debts or ()),
        borrower=_borrower(borrower) if borrower else Borrower(),
        household=_household(household) if household else Household(),
        hardship=_hardship(hardship) if hardship else Hardship(),
        proposal=_proposal(proposal, owed) if proposal else Proposal(),
        evidence=tuple(_evidence(f, [d.id for d, _ in debts] if debts is not None else None)
                       for f in root.objects("evidence")),
        contacts=_contacts(root, debts),
        settings=_settings(settings) if settings else Settings(),
        extra=root.extra(ROOT_KEYS),
    )


def _check_header(root: Fields) -> None:
    fmt = root.string("format", required=True)
    if fmt is not None and fmt != PLAN_FORMAT:
        root.report.error("plan.format", "format", expected=PLAN_FORMAT, value=fmt)
    version = root.raw("version", required=True)
    if version is None:
        return
    number = version if isinstance(version, int) and not isinstance(version, bool) else None
    if isinstance(version, float) and version.is_integer():
        number = int(version)
    if number is None:
        root.report.error("field.type", "version", expected="integer")
    elif number != PLAN_VERSION:
        shown = number if abs(number) < 10**15 else None
        root.report.error(
            "plan.version_unsupported", "version", version=shown, supported=[PLAN_VERSION]
        )


def _borrower(f: Fields) -> Borrower:
    values = {k: f.string(k) for k in BORROWER_KEYS}
    last4 = values["id_last4"]
    if last4 is not None and len(last4) > ID_LAST4_MAX:
        f.report.error("borrower.id_too_long", f.at("id_last4"), max=ID_LAST4_MAX)
    return Borrower(**{k: v or "" for k, v in values.items()}, extra=f.extra(BORROWER_KEYS))


def _budget_line(f: Fields) -> BudgetLine:
    return BudgetLine(
        label=f.string("label") or "",
        monthly=_or(f.money("monthly", required=True), ZERO),
        category=f.string("category") or "",
        note=f.string("note") or "",
        extra=f.extra(LINE_KEYS),
    )


def _household(f: Fields) -> Household:
    return Household(
        income=tuple(_budget_line(x) for x in f.objects("income")),
        expenses=tuple(_budget_line(x) for x in f.objects("expenses")),
        dependents=_or(f.integer("dependents", 0, DEPENDENTS_MAX), 0),
        extra=f.extra(HOUSEHOLD_KEYS),
    )


def _hardship(f: Fields) -> Hardship:
    return Hardship(
        reasons=f.choices("reasons", HardshipReason) or (),
        story=f.string("story") or "",
        documents=f.strings("documents") or (),
        since=f.day("since"),
        income_before=f.money("income_before"),
        extra=f.extra(HARDSHIP_KEYS),
    )


DebtRead = tuple[Debt, Decimal | None]  # the debt and what it owes (None: unknown)


def _debts(root: Fields, as_of: date | None) -> list[DebtRead] | None:
    """Every debt, ids filled in; ``None`` when ``debts`` is missing or not a list, or
    when an entry is not an object or has a non-string id (so that the checks that
    need every debt — contact references, the down payment — stay quiet)."""
    items = root.items("debts", required=True)
    if items is None:
        return None
    read: list[tuple[int, DebtRead, str | None]] = []
    first_use: dict[str, int] = {}
    complete = True
    for i, (path, value) in enumerate(items):
        f = as_fields(value, path, root.report)
        if f is None:
            complete = False
            continue
        given_id = f.string("id")
        complete = complete and (given_id is not None or not f.given("id"))
        debt_id = given_id or None
        if debt_id is not None:
            if debt_id in first_use:
                root.report.error(
                    "debt.id_duplicate", f.at("id"), value=debt_id, first=first_use[debt_id]
                )
            else:
                first_use[debt_id] = i
        read.append((i, _debt(f, as_of), debt_id))
    used = set(first_use)
    debts: list[DebtRead] = []
    for i, (debt, owed), debt_id in read:
        if debt_id is None:  # d<position>, or the next free d<n>
            n = i + 1
            while f"d{n}" in used:
                n += 1
            debt_id = f"d{n}"
            used.add(debt_id)
        debts.append((replace(debt, id=debt_id), owed))
    return debts if complete else None


def _debt(f: Fields, as_of: date | None) -> DebtRead:
    report = f.report
    creditor = f.string("creditor", required=True, nonempty=True)
    principal = f.money("principal", required=True)
    dues = {k: f.money(k) for k in DEBT_MONEY}
    owed: Decimal | None = None
    if principal is not None and all(dues[k] is not None or not f.given(k) for k in dues):
        owed = principal + sum((v for v in dues.values() if v is not None), ZERO)
    annual, daily = f.rate("annual_rate"), f.rate("daily_rate", daily=True)
    if not f.given("annual_rate") and not f.given("daily_rate"):
        report.error("debt.rate_missing", f.path, allowed=["annual_rate", "daily_rate"])
    elif f.given("annual_rate") and f.given("daily_rate"):
        report.warn("debt.rate_both", f.at("daily_rate"), used="annual_rate")
    dates = {k: f.day(k) for k in DEBT_DATES}
    for key, code in AFTER_AS_OF_CODES.items():
        day = dates[key]
        if day is not None and as_of is not None and day > as_of:
            report.error(code, f.at(key), value=day.isoformat(), as_of=as_of.isoformat())
    overdue_principal = f.money("overdue_principal")
    if overdue_principal is not None and principal is not None and overdue_principal > principal:
        report.error(
            "debt.overdue_principal_exceeds",
            f.at("overdue_principal"),
            value=fmt_plain(overdue_principal),
            max=fmt_plain(principal),
        )
    texts = {k: f.string(k) or "" for k in DEBT_STRINGS}
    texts["card_last4"] = check_card_last4(texts["card_last4"], f.at("card_last4"), report) or ""
    patch: dict[Any, Any] = {}
    override = f.obj("proposal")
    if override is not None:
        patch = {**override.extra(PROPOSAL_KEYS), **_proposal_values(override, owed)}
    debt = Debt(
        id="",
        creditor=creditor or "",
        principal=_or(principal, ZERO),
        annual_rate=annual,
        daily_rate=daily,
        creditor_kind=_or(f.choice("creditor_kind", CreditorKind), CreditorKind.LICENSED),
        penalty_rate=f.rate("penalty_rate"),
        remaining_months=_or(f.integer("remaining_months", 0, REMAINING_MONTHS_MAX), 0),
        method=_or(f.choice("method", Method), Method.EQUAL_INSTALLMENT),
        overdue_principal=overdue_principal,
        contract_payment=f.money("contract_payment"),
        proposal_patch=patch,
        extra=f.extra(DEBT_KEYS),
        **{k: _or(v, ZERO) for k, v in dues.items()},
        **dates,
        **texts,
    )
    return debt, owed


def _total_owed(debts: list[DebtRead] | None) -> Decimal | None:
    if debts is None or any(owed is None for _, owed in debts):
        return None
    return sum((owed for _, owed in debts if owed is not None), ZERO)


def _proposal(f: Fields, owed: Decimal | None) -> Proposal:
    return Proposal(**_proposal_values(f, owed), extra=f.extra(PROPOSAL_KEYS))


def _proposal_values(f: Fields, owed: Decimal | None) -> dict[str, Any]:
    """The typed values of the proposal keys present in ``f`` (a plan-wide proposal
    or a debt's override); ``owed`` bounds the down payment (``None``: unknown)."""
    report = f.report
    values: dict[str, Any] = {
        "deferral_months": f.integer("deferral_months", 0, DEFERRAL_MAX),
        "deferral_interest": f.choice("deferral_interest", DeferralInterest),
        "term_months": f.integer("term_months", 1, TERM_MAX),
        "installment_rate": f.rate("installment_rate"),
        "method": f.choice("method", Method),
        "down_payment": f.money("down_payment"),
        "waive": f.choice("waive", Waive),
        "cap": _cap(f),
        "allocation": f.choice("allocation", Allocation),
    }
    deferral, term = values["deferral_months"], values["term_months"]
    if deferral is not None and deferral > DEFERRAL_WARN:
        report.warn(
            "proposal.deferral_long", f.at("deferral_months"), value=deferral, max=DEFERRAL_WARN
        )
    if term is not None and term > TERM_WARN:
        report.warn("proposal.term_long", f.at("term_months"), value=term, max=TERM_WARN)
    down = values["down_payment"]
    if down is not None and owed is not None and down > owed:
        report.error(
            "proposal.down_payment_exceeds",
            f.at("down_payment"),
            value=fmt_plain(down),
            max=fmt_plain(owed),
        )
    return {k: v for k, v in values.items() if v is not None}


def _cap(f: Fields) -> CapSpec | None:
    value, path, report = f.raw("cap"), f.at("cap"), f.report
    if value is None:
        return None
    if isinstance(value, str):
        if value in (CapMode.AUTO, CapMode.LPR4X):
            return CapSpec(mode=CapMode(value))
        annual = read_percent_literal(value)
        if annual is not None:
            return _cap_annual(annual, value, path, report)
    elif isinstance(value, dict) and "annual" in value:
        unknown = sorted(str(k) for k in value if k != "annual")
        if unknown:
            report.warn("cap.extra_ignored", path, keys=unknown)
        annual = read_rate(value["annual"], f"{path}.annual", report)
        return None if annual is None else _cap_annual(annual, None, path, report)
    report.error(
        "cap.invalid",
        path,
        allowed=list(CAP_ALLOWED),
        value=value if isinstance(value, str) else None,
    )
    return None


def _cap_annual(annual: Decimal, literal: str | None, path: str, report: Report) -> CapSpec | None:
    if annual > ANNUAL_RATE_MAX:
        report.error(
            "rate.too_large", path, max=plain_decimal(ANNUAL_RATE_MAX), value=plain_decimal(annual)
        )
        return None
    return CapSpec(mode=CapMode.ANNUAL, annual=annual, literal=literal)


def _evidence(f: Fields, debt_ids: list[str] | None) -> EvidenceEntry:
    strings = {attr: f.string(key) or "" for key, attr in EVIDENCE_STRINGS.items()}
    debt = f.string("debt") or ""
    if debt and debt_ids is not None and debt not in debt_ids:
        f.report.error("evidence.unknown_debt", f.at("debt"), value=debt, allowed=debt_ids)
    return EvidenceEntry(
        debt=debt,
        at=_or(f.moment("at", required=True), datetime(2000, 1, 1)),
        channel=_or(f.choice("channel", Channel), Channel.CALL),
        target=_or(f.choice("target", Target), Target.SELF),
        attempts=_or(f.integer("attempts", 1, ATTEMPTS_MAX), 1),
        answered=_or(f.boolean("answered"), False),
        files=f.strings("files") or (),
        tags=f.choices("tags", EvidenceTag) or (),
        file_hashes=_file_hashes(f),
        extra=f.extra(EVIDENCE_KEYS),
        **strings,
    )


def _file_hashes(f: Fields) -> dict[str, str]:
    """``evidence[].file_hashes`` (plan-file extension, issue 5 "record a SHA-256 of
    each [file]"; ``docs/plan-file-extensions.md``): file path as written in
    ``files`` → SHA-256 digest, 64 hex digits (FIPS 180-4).

    Not an object: ``field.type``; any value that is not a string of 64 hex
    digits: one ``field.format`` — both at ``evidence[i].file_hashes`` (a file
    name is no field path). A key need not be in ``files`` (a file dropped from
    the list may keep its record).
    """
    sub = f.obj("file_hashes")
    out: dict[str, str] = {}
    bad = False
    for key, value in (sub.data.items() if sub is not None else ()):
        if isinstance(value, str) and SHA256_HEX.fullmatch(value) is not None:
            out[str(key)] = value
        else:
            bad = True
    if bad:
        f.report.error("field.format", f.at("file_hashes"))
    return out


def _contacts(root: Fields, debts: list[DebtRead] | None) -> tuple[Contact, ...]:
    ids = [d.id for d, _ in debts] if debts is not None else None
    return tuple(_contact(f, ids) for f in root.objects("contacts"))


def _contact(f: Fields, debt_ids: list[str] | None) -> Contact:
    debt = f.string("debt") or ""
    if debt and debt_ids is not None and debt not in debt_ids:
        f.report.error("contact.unknown_debt", f.at("debt"), value=debt, allowed=debt_ids)
    offer_fields = f.obj("offer")
    offer = None
    if offer_fields is not None:
        offer = ContactOffer(
            term_months=offer_fields.integer("term_months", 1, TERM_MAX),
            monthly=offer_fields.money("monthly"),
            waive=offer_fields.choice("waive", Waive),
            fees=offer_fields.money("fees"),
            down_payment=offer_fields.money("down_payment"),
            first_due=offer_fields.day("first_due"),
            extra=offer_fields.extra(OFFER_KEYS),
        )
    return Contact(
        at=_or(f.moment("at", required=True), datetime(2000, 1, 1)),
        debt=debt,
        offer=offer,
        confirmed_in_writing=_or(f.boolean("confirmed_in_writing"), False),
        due=f.day("due"),
        extra=f.extra(CONTACT_KEYS),
        **{k: f.string(k) or "" for k in CONTACT_STRINGS},
    )


def _settings(f: Fields) -> Settings:
    values: dict[str, Any] = {key: _day_basis(f, key) for key in ("day_basis", "cap_day_basis")}
    values["penalty_multiplier"] = f.decimal("penalty_multiplier", Decimal(1), Decimal(3))
    values["max_term_months"] = f.integer("max_term_months", 1, TERM_MAX)
    values["horizon_months"] = f.integer("horizon_months", HORIZON_MIN, REMAINING_MONTHS_MAX)
    values["token_payment"] = f.money("token_payment")
    known = {k: v for k, v in values.items() if v is not None}
    return Settings(**known, extra=f.extra(SETTINGS_KEYS))


def _day_basis(f: Fields, key: str) -> int | None:
    value = f.raw(key)
    return None if value is None else read_int_choice(value, f.at(key), f.report, DAY_BASES)


def _or(value: Any, default: Any) -> Any:
    return default if value is None else value


# -- encoding -------------------------------------------------------------------


def encode_plan(plan: Plan) -> dict[str, Any]:
    """The JSON-ready dict of ``plan`` (money ``"1234.50"``, rates ``"0.18"``, ISO dates).

    Always writes ``format``, ``version``, ``as_of``, ``debts`` and ``proposal``;
    other sections only when they hold something. Unknown keys (``extra``) are
    merged back; known keys win over a clashing ``extra`` entry.
    """
    out: dict[str, Any] = dict(plan.extra)
    out.update(format=plan.format, version=plan.version, as_of=plan.as_of.isoformat())
    _put_section(out, "borrower", _encode_borrower(plan.borrower))
    _put_section(out, "household", _encode_household(plan.household))
    _put_section(out, "hardship", _encode_hardship(plan.hardship))
    out["debts"] = [_encode_debt(d) for d in plan.debts]
    out["proposal"] = _encode_proposal(plan.proposal)
    if plan.evidence:
        out["evidence"] = [_encode_evidence(e) for e in plan.evidence]
    if plan.contacts:
        out["contacts"] = [_encode_contact(c) for c in plan.contacts]
    _put_section(out, "settings", _encode_settings(plan.settings))
    return out


def _put_section(out: dict[str, Any], key: str, section: dict[str, Any]) -> None:
    if section:
        out[key] = section
    else:
        out.pop(key, None)


def _with_extra(record: Any, known: dict[str, Any]) -> dict[str, Any]:
    out = dict(record.extra)
    out.update(known)
    return out


def _set(out: dict[str, Any], key: str, value: Any) -> None:
    """Write ``value`` (a date ISO, a tuple as a list) unless it is ``None``, "" or ()."""
    if value is None or value == "" or value == ():
        return
    if isinstance(value, date):
        out[key] = value.isoformat()
    elif isinstance(value, tuple):
        out[key] = [str(v) for v in value]
    else:
        out[key] = value


def _encode_borrower(b: Borrower) -> dict[str, Any]:
    out = dict(b.extra)
    for key in BORROWER_KEYS:
        _set(out, key, getattr(b, key))
    return out


def _encode_line(line: BudgetLine) -> dict[str, Any]:
    out = _with_extra(line, {"label": line.label, "monthly": fmt_plain(line.monthly)})
    _set(out, "category", line.category)
    _set(out, "note", line.note)
    return out


def _encode_household(h: Household) -> dict[str, Any]:
    out = dict(h.extra)
    if h.income:
        out["income"] = [_encode_line(x) for x in h.income]
    if h.expenses:
        out["expenses"] = [_encode_line(x) for x in h.expenses]
    if h.dependents:
        out["dependents"] = h.dependents
    return out


def _encode_hardship(h: Hardship) -> dict[str, Any]:
    out = dict(h.extra)
    _set(out, "reasons", h.reasons)
    _set(out, "story", h.story)
    _set(out, "documents", h.documents)
    _set(out, "since", h.since)
    _set(out, "income_before", _money(h.income_before))
    return out


def _rate(value: Decimal | None) -> str | None:
    return None if value is None else plain_decimal(value)


def _money(value: Decimal | None) -> str | None:
    return None if value is None else fmt_plain(value)


def _encode_debt(d: Debt) -> dict[str, Any]:
    out = _with_extra(d, {"id": d.id, "creditor": d.creditor})
    _set(out, "product", d.product)
    out["creditor_kind"] = d.creditor_kind.value
    _set(out, "contract_no", d.contract_no)
    _set(out, "card_last4", d.card_last4)
    _set(out, "contract_date", d.contract_date)
    out["principal"] = fmt_plain(d.principal)
    for key in DEBT_MONEY:
        out[key] = fmt_plain(getattr(d, key))
    _set(out, "annual_rate", _rate(d.annual_rate))
    _set(out, "daily_rate", _rate(d.daily_rate))
    _set(out, "penalty_rate", _rate(d.penalty_rate))
    _set(out, "overdue_since", d.overdue_since)
    _set(out, "overdue_principal", _money(d.overdue_principal))
    _set(out, "charges_since", d.charges_since)
    out["remaining_months"] = d.remaining_months
    out["method"] = d.method.value
    _set(out, "contract_payment", _money(d.contract_payment))
    if d.proposal_patch:
        out["proposal"] = {
            k: _encode_proposal_value(k, v) if k in PROPOSAL_KEYS else v
            for k, v in d.proposal_patch.items()
        }
    return out


def _encode_proposal(p: Proposal) -> dict[str, Any]:
    return _with_extra(p, {k: _encode_proposal_value(k, getattr(p, k)) for k in PROPOSAL_KEYS})


def _encode_proposal_value(key: str, value: Any) -> Any:
    if key == "cap":
        return _encode_cap(value)
    if key == "installment_rate":
        return plain_decimal(value)
    if key == "down_payment":
        return fmt_plain(value)
    return value.value if isinstance(value, StrEnum) else value


def _encode_cap(cap: CapSpec) -> Any:
    if cap.literal is not None:
        return cap.literal
    if cap.mode is CapMode.ANNUAL and cap.annual is not None:
        return {"annual": plain_decimal(cap.annual)}
    return CapMode.LPR4X.value if cap.mode is CapMode.LPR4X else CapMode.AUTO.value


def _encode_evidence(e: EvidenceEntry) -> dict[str, Any]:
    out = _with_extra(e, {"at": format_datetime(e.at), "channel": e.channel.value})
    _set(out, "from", e.from_)
    _set(out, "collector", e.collector)
    out["target"] = e.target.value
    _set(out, "target_name", e.target_name)
    out["attempts"] = e.attempts
    out["answered"] = e.answered
    _set(out, "summary", e.summary)
    _set(out, "files", e.files)
    _set(out, "tags", e.tags)
    _set(out, "debt", e.debt)
    if e.file_hashes:
        out["file_hashes"] = dict(e.file_hashes)
    return out


def _encode_contact(c: Contact) -> dict[str, Any]:
    out = _with_extra(c, {"at": format_datetime(c.at)})
    for key in ("debt", *CONTACT_STRINGS):
        _set(out, key, getattr(c, key))
    if c.offer is not None:
        offer = dict(c.offer.extra)
        _set(offer, "term_months", c.offer.term_months)
        _set(offer, "monthly", _money(c.offer.monthly))
        _set(offer, "waive", c.offer.waive.value if c.offer.waive else None)
        _set(offer, "fees", _money(c.offer.fees))
        _set(offer, "down_payment", _money(c.offer.down_payment))
        _set(offer, "first_due", c.offer.first_due)
        out["offer"] = offer
    out["confirmed_in_writing"] = c.confirmed_in_writing
    _set(out, "due", c.due)
    return out


def _encode_settings(s: Settings) -> dict[str, Any]:
    """Only the settings that differ from the defaults (plus ``extra``)."""
    out = dict(s.extra)
    default = Settings()
    for key in SETTINGS_KEYS:
        value = getattr(s, key)
        if value != getattr(default, key):
            out[key] = value
    if "penalty_multiplier" in out:
        out["penalty_multiplier"] = plain_decimal(s.penalty_multiplier)
    if "token_payment" in out:
        out["token_payment"] = fmt_plain(s.token_payment)
    return out

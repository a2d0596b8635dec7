"""Frozen records for one borrower's plan (plan file contract v1).

Dumb data, smart functions: these records only hold validated values; the
behaviour lives in module functions (:mod:`calc.schedule`,
:mod:`calc.scenarios`, ...). :mod:`calc.plan` builds them from the plan file
(``shared/spec/plan-file.md``) and turns them back into JSON.

Units are in the names: ``annual_rate`` is a fraction per year (0.18 = 18 %),
``daily_rate`` a fraction per day, money is ``Decimal`` yuan rounded to the
fen (:mod:`calc.money`), ``*_months`` are counts of monthly periods, dates are
``datetime.date``.

Every record has an ``extra`` mapping holding the keys of its JSON object that
this version does not know, so a round trip through the app never drops a
field written by a newer version or another tool.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from calc.money import ZERO

PLAN_FORMAT = "negoplan/plan"
PLAN_VERSION = 1


class CreditorKind(StrEnum):
    """Lender class; selects the legal cap when ``proposal.cap`` is ``auto``."""

    LICENSED = "licensed"  # banks, consumer-finance, microcredit, platform lenders
    CREDIT_CARD = "credit_card"
    PRIVATE = "private"  # 民间借贷


class Method(StrEnum):
    """How a loan amortizes."""

    EQUAL_INSTALLMENT = "equal_installment"  # 等额本息
    EQUAL_PRINCIPAL = "equal_principal"  # 等额本金
    INTEREST_FIRST = "interest_first"  # 先息后本
    BULLET = "bullet"  # 到期一次还本付息


class DeferralInterest(StrEnum):
    NONE = "none"  # interest stops during the deferral (what the borrower asks)
    CONTRACT = "contract"  # contract interest accrues and is capitalised


class Waive(StrEnum):
    """Waiver requested, mildest first (the order matters to the reverse solve)."""

    NONE = "none"
    ABOVE_CAP = "above_cap"
    ALL_PENALTY = "all_penalty"
    ALL_CHARGES = "all_charges"


WAIVE_ORDER: tuple[Waive, ...] = (Waive.NONE, Waive.ABOVE_CAP, Waive.ALL_PENALTY, Waive.ALL_CHARGES)


class Allocation(StrEnum):
    PRO_RATA = "pro_rata"
    PRO_RATA_CONTRACTUAL = "pro_rata_contractual"
    EQUAL = "equal"
    AVALANCHE = "avalanche"


class CapMode(StrEnum):
    AUTO = "auto"  # by creditor_kind
    LPR4X = "lpr4x"  # 4 × one-year LPR at contract_date
    ANNUAL = "annual"  # a user-given annual rate ("24%" or {"annual": "0.15"})


class HardshipReason(StrEnum):
    UNEMPLOYMENT = "unemployment"
    ILLNESS = "illness"
    INCOME_DROP = "income_drop"
    BUSINESS_FAILURE = "business_failure"
    FAMILY_EMERGENCY = "family_emergency"
    DISASTER = "disaster"
    OTHER = "other"


class Channel(StrEnum):
    CALL = "call"
    SMS = "sms"
    WECHAT = "wechat"
    VISIT = "visit"
    LETTER = "letter"
    OTHER = "other"


class Target(StrEnum):
    SELF = "self"
    FAMILY = "family"
    COLLEAGUE = "colleague"
    FRIEND = "friend"
    OTHER = "other"


class EvidenceTag(StrEnum):
    THREAT = "threat"
    INSULT = "insult"
    DISCLOSURE = "disclosure"
    IMPERSONATION = "impersonation"
    FAKE_DOCUMENT = "fake_document"
    FEES_OR_NEW_LOAN = "fees_or_new_loan"
    PRIVATE_CHANNEL = "private_channel"
    PUBLIC_SHAMING = "public_shaming"


def _no_extra() -> Mapping[str, Any]:
    return {}


@dataclass(frozen=True)
class Borrower:
    name: str = ""
    id_last4: str = ""  # only the last four characters of the ID card are stored
    phone: str = ""
    address: str = ""
    extra: Mapping[str, Any] = field(default_factory=_no_extra, compare=False)


@dataclass(frozen=True)
class BudgetLine:
    """One monthly income or essential-expense line of the household."""

    label: str
    monthly: Decimal
    category: str = ""
    note: str = ""
    extra: Mapping[str, Any] = field(default_factory=_no_extra, compare=False)


@dataclass(frozen=True)
class Household:
    income: tuple[BudgetLine, ...] = ()
    expenses: tuple[BudgetLine, ...] = ()
    dependents: int = 0
    extra: Mapping[str, Any] = field(default_factory=_no_extra, compare=False)


@dataclass(frozen=True)
class Hardship:
    """Why the borrower fell behind, in their own words.

    ``since`` (when the hardship began) and ``income_before`` (monthly income
    before it) are optional extensions of the plan contract: the hardship
    statement quantifies the drop from them (收入下降××%) and never guesses.
    """

    reasons: tuple[HardshipReason, ...] = ()
    story: str = ""
    documents: tuple[str, ...] = ()
    since: date | None = None
    income_before: Decimal | None = None
    extra: Mapping[str, Any] = field(default_factory=_no_extra, compare=False)


@dataclass(frozen=True)
class CapSpec:
    """``proposal.cap``: ``auto``, ``lpr4x`` or a user annual rate.

    ``literal`` keeps the text the user wrote (``"24%"``) so saving writes it back.
    """

    mode: CapMode = CapMode.AUTO
    annual: Decimal | None = None
    literal: str | None = None


@dataclass(frozen=True)
class Proposal:
    """What the borrower asks for (plan-wide, or a debt's override)."""

    deferral_months: int = 0
    deferral_interest: DeferralInterest = DeferralInterest.NONE
    term_months: int = 12
    installment_rate: Decimal = Decimal(0)
    method: Method = Method.EQUAL_INSTALLMENT
    down_payment: Decimal = ZERO
    waive: Waive = Waive.ABOVE_CAP
    cap: CapSpec = CapSpec()
    allocation: Allocation = Allocation.PRO_RATA
    extra: Mapping[str, Any] = field(default_factory=_no_extra, compare=False)


PROPOSAL_KEYS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(Proposal) if f.name != "extra"
)


@dataclass(frozen=True)
class Debt:
    """One debt as the borrower sees it on ``Plan.as_of``.

    ``annual_rate`` / ``daily_rate``: exactly one is normally given; use
    :func:`calc.rates.contract_annual_rate` to get the annual figure.
    ``penalty_rate`` ``None`` means the documented default
    (:func:`calc.rates.default_penalty_rate`). ``overdue_principal`` ``None``
    means the documented derivation (:func:`calc.charges.overdue_principal`).
    ``proposal_patch`` holds the keys of the debt's own ``proposal`` object
    (typed values) that override the plan-wide proposal.
    """

    id: str
    creditor: str
    principal: Decimal
    annual_rate: Decimal | None = None
    daily_rate: Decimal | None = None
    creditor_kind: CreditorKind = CreditorKind.LICENSED
    product: str = ""
    contract_no: str = ""
    card_last4: str = ""
    contract_date: date | None = None
    interest_due: Decimal = ZERO
    penalty_due: Decimal = ZERO
    fees_due: Decimal = ZERO
    penalty_rate: Decimal | None = None
    overdue_since: date | None = None
    overdue_principal: Decimal | None = None
    remaining_months: int = 0
    method: Method = Method.EQUAL_INSTALLMENT
    contract_payment: Decimal | None = None
    charges_since: date | None = None
    proposal_patch: Mapping[str, Any] = field(default_factory=_no_extra)
    extra: Mapping[str, Any] = field(default_factory=_no_extra, compare=False)

    @property
    def billed_charges(self) -> Decimal:
        """Interest, penalty and fees already billed and unpaid."""
        return self.interest_due + self.penalty_due + self.fees_due

    @property
    def owed(self) -> Decimal:
        """What the lender claims now: principal plus billed charges."""
        return self.principal + self.billed_charges


@dataclass(frozen=True)
class EvidenceEntry:
    """One collection contact the borrower logged (plan file ``evidence``).

    ``debt`` (optional extension): the id of the debt the collector called about,
    when the borrower knows it; letters state an entry's facts only to that lender.
    ``file_hashes`` (optional extension): SHA-256 (64 hex digits) of files of
    ``files``, recorded when the app copied them next to the plan, keyed by the
    path as written in ``files``; the complaint's evidence list prints them so the
    borrower can show a file was not altered (``app/evidence_files.py``).
    """

    at: datetime
    channel: Channel = Channel.CALL
    from_: str = ""  # JSON key "from"
    collector: str = ""
    target: Target = Target.SELF
    target_name: str = ""
    attempts: int = 1
    answered: bool = False
    summary: str = ""
    files: tuple[str, ...] = ()
    tags: tuple[EvidenceTag, ...] = ()
    debt: str = ""
    file_hashes: Mapping[str, str] = field(default_factory=_no_extra)
    extra: Mapping[str, Any] = field(default_factory=_no_extra, compare=False)


@dataclass(frozen=True)
class ContactOffer:
    """A lender's counter-offer as the borrower noted it (``contacts[].offer``).

    - ``term_months``: number of monthly instalments offered.
    - ``monthly``: the amount of each instalment, yuan (what the lender quotes:
      any monthly 手续费 is inside it).
    - ``waive``: which billed charges the lender waives (:class:`Waive`, as in
      the proposal; ``None``: the lender did not say, read as nothing waived).
    - ``fees`` (extension): a one-off fee the arrangement costs (手续费, 服务费),
      paid when it starts; ``None``: none mentioned.
    - ``down_payment`` (extension): a first payment asked when it starts.
    - ``first_due`` (extension): date of the first instalment; ``None``: one
      month after the plan's ``as_of`` (as in the proposal).

    :func:`calc.counteroffer.evaluate_offer` turns it into dated cash flows.
    """

    term_months: int | None = None
    monthly: Decimal | None = None
    waive: Waive | None = None
    fees: Decimal | None = None
    down_payment: Decimal | None = None
    first_due: date | None = None
    extra: Mapping[str, Any] = field(default_factory=_no_extra, compare=False)


@dataclass(frozen=True)
class Contact:
    """One entry of the negotiation log (plan file ``contacts``): when the borrower
    (or the lender) got in touch about ``debt``, through ``channel`` with ``person``
    (name, 工号), what was said (``summary``) or offered (``offer``), whether the
    lender confirmed it in writing, and the ``next_step`` due on ``due``."""

    at: datetime
    debt: str = ""
    channel: str = ""
    person: str = ""
    summary: str = ""
    offer: ContactOffer | None = None
    confirmed_in_writing: bool = False
    next_step: str = ""
    due: date | None = None
    extra: Mapping[str, Any] = field(default_factory=_no_extra, compare=False)


@dataclass(frozen=True)
class Settings:
    """Calculation conventions (optional top-level ``settings`` object; an extension).

    ``None`` means "the default from the rules data" (``resources/rules/rules.json``,
    resolved by :func:`calc.rules.resolve_settings`); the defaults and their sources:

    - ``day_basis``: days per year used to turn annual rates into daily accrual
      and a contract ``daily_rate`` into an annual one. Default 360, the bank
      convention (日利率 = 年利率 ÷ 360; rules.md §1.2).
    - ``cap_day_basis``: days per year when measuring charges against an annual
      cap. Default 365, the borrower-friendly test (rules.md §1.2).
    - ``penalty_multiplier``: default penalty rate = multiplier × contract rate
      when a debt gives none; 1.5 (上浮50%, 银发〔2003〕251号 art. 3 allows +30–50 %).
    - ``max_term_months``: longest term the reverse solve may ask for (60 =
      the 5-year ceiling of 信用卡办法 art. 70; rules.md §3).
    - ``horizon_months``: the status quo is simulated this long before it is
      declared unpayable from the budget (spec: 120).
    - ``token_payment``: the smallest monthly offer per creditor when the
      budget is too small to cover every creditor's share (a product
      convention, not a legal rule).
    """

    day_basis: int | None = None
    cap_day_basis: int | None = None
    penalty_multiplier: Decimal | None = None
    max_term_months: int | None = None
    horizon_months: int | None = None
    token_payment: Decimal | None = None
    extra: Mapping[str, Any] = field(default_factory=_no_extra, compare=False)


@dataclass(frozen=True)
class Plan:
    """Everything one borrower enters. ``as_of`` is always set (the loader fills today)."""

    as_of: date
    debts: tuple[Debt, ...] = ()
    borrower: Borrower = Borrower()
    household: Household = Household()
    hardship: Hardship = Hardship()
    proposal: Proposal = Proposal()
    evidence: tuple[EvidenceEntry, ...] = ()
    contacts: tuple[Contact, ...] = ()
    settings: Settings = Settings()
    format: str = PLAN_FORMAT
    version: int = PLAN_VERSION
    extra: Mapping[str, Any] = field(default_factory=_no_extra, compare=False)


def effective_proposal(plan_proposal: Proposal, debt: Debt) -> Proposal:
    """The proposal for ``debt``: the plan-wide one with the debt's overrides applied."""
    if not debt.proposal_patch:
        return plan_proposal
    known = {k: v for k, v in debt.proposal_patch.items() if k in PROPOSAL_KEYS}
    return dataclasses.replace(plan_proposal, **known)

"""Complaint routing and the lender's reply deadline (calc/complaints.py, rules.md §6).

Expected values come from rules.md §6 and letters.md §7: the lender first; banks
and consumer-finance companies → 12378; microcredit (e.g. 重庆美团三快小额贷款有限公司,
behind some 美团借钱 loans) and financing-guarantee companies → the provincial
地方金融管理局; harassing calls/SMS and contact-list or personal-information leaks →
12321; threats, insults, impersonation, doxxing → 110. Deadline: 15 days, 30 when
complex, 30 more with approval (rules.md §6, 🟡) — calendar days, the filing day
not counted. Lender names are the legal entities of the seed example
(resources/examples/seed-meituan.json) and other real lenders of each kind.
"""

from __future__ import annotations

import copy
import json
from datetime import date, datetime
from decimal import Decimal

import pytest

from app.resources import resource_path
from app.rules_data import load_rules
from calc.complaints import (
    CHANNELS,
    LenderType,
    build_complaints,
    complaint_deadlines,
    debt_entries,
    lender_type,
    route,
)
from calc.errors import CalcError
from calc.evidence import check_evidence
from calc.model import CreditorKind, Debt, EvidenceEntry, EvidenceTag, Target
from calc.rules import CONDUCT_RULES, build_rules

RULES = load_rules()
DATA = json.loads(resource_path("rules", "rules.json").read_text(encoding="utf-8"))


def debt(creditor: str, kind: CreditorKind = CreditorKind.LICENSED) -> Debt:
    return Debt("d", creditor, Decimal("1000.00"), annual_rate=Decimal("0.18"), creditor_kind=kind)


def channels(advice) -> list[str]:
    return [a.channel for a in advice]


def by_channel(advice) -> dict:
    return {a.channel: a for a in advice}


# --- the data --------------------------------------------------------------------


def test_the_data_carries_every_channel_lender_first_with_sources():
    c = RULES.complaints
    assert tuple(c.channels) == CHANNELS == ("lender", "12378", "local_finance", "12321", "110")
    for ch in c.channels.values():
        assert ch.sources and ch.confidence in ("high", "medium", "low")
        assert set(ch.covers) <= set(CONDUCT_RULES)
    # rules.md §6 marks: the 办法 ✅ (art. 13), 12378 and 12321 🟡, 地方金融管理局 and 110's procedure ⚠️
    assert [c.channels[k].confidence for k in CHANNELS] == ["high", "medium", "low", "medium", "low"]
    assert c.channels["lender"].sources[0].article_zh == "第十三条"


def test_the_deadline_is_rules_md_15_30_plus_30_for_banks_and_consumer_finance():
    d = RULES.complaints.deadline
    assert (d.reply_days, d.extended_days, d.approved_extra_days) == (15, 30, 30)
    assert d.lender_types == {LenderType.BANK, LenderType.CONSUMER_FINANCE}
    assert d.confidence == "medium"  # 🟡: reported by 新华社, no article number on file
    assert all(not s.article_zh for s in d.sources)


def test_rules_without_a_complaints_section_have_none():
    data = {k: v for k, v in DATA.items() if k != "complaints"}
    lpr = resource_path("rules", "lpr.csv").read_text(encoding="utf-8")
    rules = build_rules(data, lpr)
    assert rules.complaints is None
    with pytest.raises(ValueError):
        route(debt("某某银行"), [], rules)


@pytest.mark.parametrize("mutate", [
    lambda c: c["channels"].update({"12345": c["channels"]["110"]}),
    lambda c: c["channels"]["12378"].update({"lender_types": ["bank", "pawnshop"]}),
    lambda c: c["channels"]["12321"]["violations"].update({"three_calls_to_family": "x"}),
    lambda c: c["channels"]["110"].update({"sources": []}),
    lambda c: c["deadlines"].update({"extended_days": 10}),
    lambda c: c["channels"]["lender"].pop("reason"),
    lambda c: c["lender_types"].append({"type": "fintech", "markers": ["科技"]}),
])
def test_a_typo_in_the_data_is_an_error_not_a_dropped_channel(mutate):
    data = copy.deepcopy(DATA)
    mutate(data["complaints"])
    lpr = resource_path("rules", "lpr.csv").read_text(encoding="utf-8")
    with pytest.raises(CalcError) as exc:
        build_rules(data, lpr)
    assert exc.value.code == "rules.invalid"
    with pytest.raises(ValueError):
        build_complaints(data["complaints"])


# --- lender type -----------------------------------------------------------------


@pytest.mark.parametrize("creditor, kind, expected", [
    # the seed example's three lenders
    ("重庆美团三快小额贷款有限公司", CreditorKind.LICENSED, LenderType.MICROCREDIT),
    ("重庆蚂蚁消费金融有限公司", CreditorKind.LICENSED, LenderType.CONSUMER_FINANCE),
    ("招商银行股份有限公司信用卡中心", CreditorKind.CREDIT_CARD, LenderType.BANK),
    # the same card centre entered as a licensed lender: the name still says bank
    ("招商银行股份有限公司信用卡中心", CreditorKind.LICENSED, LenderType.BANK),
    ("深圳前海微众银行股份有限公司", CreditorKind.LICENSED, LenderType.BANK),
    ("招联消费金融股份有限公司", CreditorKind.LICENSED, LenderType.CONSUMER_FINANCE),
    # 消费金融 is checked before 银行: a bank-founded 消金 is a 消金
    ("某某银行消费金融有限公司", CreditorKind.LICENSED, LenderType.CONSUMER_FINANCE),
    ("某某网络小贷", CreditorKind.LICENSED, LenderType.MICROCREDIT),
    ("某某融资担保有限公司", CreditorKind.LICENSED, LenderType.GUARANTEE),
    # a card is issued by a bank whatever the name says
    ("信用卡", CreditorKind.CREDIT_CARD, LenderType.BANK),
    # a brand is not a legal entity: unknown
    ("美团借钱", CreditorKind.LICENSED, LenderType.UNKNOWN),
    ("WeBank", CreditorKind.LICENSED, LenderType.UNKNOWN),
    # 民间借贷: a private lender even if the name reads like a company
    ("张三", CreditorKind.PRIVATE, LenderType.PRIVATE),
    ("某某小额贷款有限公司", CreditorKind.PRIVATE, LenderType.PRIVATE),
])
def test_lender_type_from_the_kind_and_the_legal_entity_name(creditor, kind, expected):
    assert lender_type(debt(creditor, kind), RULES) is expected


# --- routing ---------------------------------------------------------------------


def test_a_bank_with_threats_goes_to_itself_then_12378_and_110():
    advice = route(debt("某某银行股份有限公司信用卡中心", CreditorKind.CREDIT_CARD), ["threat"], RULES)
    assert channels(advice) == ["lender", "12378", "110"]
    a = by_channel(advice)
    assert a["lender"].reasons == ("lender_first", "reply_deadline")
    assert a["lender"].deadline_days == (15, 30, 60)
    assert a["12378"].reasons == ("supervises_bank", "after_lender")
    assert a["12378"].deadline_days == ()
    assert a["110"].reasons == ("threat",)
    assert all(x.violations == ("threat",) for x in advice)
    assert all(x.lender_type is LenderType.BANK for x in advice)


def test_a_consumer_finance_company_with_night_calls_goes_to_12378_and_12321():
    advice = route(debt("重庆蚂蚁消费金融有限公司"), ["night"], RULES)
    assert channels(advice) == ["lender", "12378", "12321"]
    a = by_channel(advice)
    assert a["lender"].deadline_days == (15, 30, 60)
    assert a["12378"].reasons == ("supervises_consumer_finance", "after_lender")
    assert a["12321"].reasons == ("harassing_calls",)


def test_a_microcredit_company_goes_to_the_local_regulator_without_a_reply_deadline():
    advice = route(debt("重庆美团三快小额贷款有限公司"), ["third_party", "disclosure"], RULES)
    assert channels(advice) == ["lender", "local_finance", "12321"]
    a = by_channel(advice)
    assert a["lender"].reasons == ("lender_first", "no_reply_deadline")
    assert a["lender"].deadline_days == ()  # the 办法 governs banks and insurers only
    assert a["local_finance"].reasons == ("supervises_microcredit", "after_lender")
    assert a["12321"].reasons == ("contact_list", "personal_information")
    assert a["12321"].violations == ("third_party", "disclosure")


def test_a_guarantee_company_goes_to_the_local_regulator():
    advice = route(debt("某某融资担保有限公司"), ["insult"], RULES)
    assert channels(advice) == ["lender", "local_finance", "110"]
    assert by_channel(advice)["local_finance"].reasons == ("supervises_guarantee", "after_lender")


def test_an_unknown_lender_is_offered_both_regulators_and_told_to_check_the_contract():
    advice = route(debt("美团借钱"), ["impersonation"], RULES)
    assert channels(advice) == ["lender", "12378", "local_finance", "110"]
    a = by_channel(advice)
    assert a["lender"].reasons == ("lender_first", "lender_type_unknown")
    assert a["lender"].deadline_days == ()
    assert a["12378"].reasons[0] == a["local_finance"].reasons[0] == "lender_type_unknown"


def test_a_private_lender_has_no_regulator_but_the_police_still_take_threats():
    advice = route(debt("张三", CreditorKind.PRIVATE), ["threat", "fees_or_new_loan"], RULES)
    assert channels(advice) == ["lender", "110"]
    assert by_channel(advice)["lender"].reasons == ("lender_first", "no_reply_deadline")
    assert by_channel(advice)["110"].violations == ("threat",)


def test_without_violations_only_the_lender_is_listed_and_says_so():
    [a] = route(debt("某某银行"), [], RULES)
    assert a.channel == "lender" and a.violations == ()
    assert a.reasons == ("lender_first", "reply_deadline", "no_violations")


# Which violation each channel beyond the lender and its regulator takes (rules.md §6).
EXPECTED_EXTRA = {
    "night": {"12321"},
    "frequency": {"12321"},
    "third_party": {"12321"},
    "disclosure": {"12321"},
    "threat": {"110"},
    "insult": {"110"},
    "impersonation": {"110"},
    "fake_document": set(),
    "fees_or_new_loan": set(),
    "private_channel": set(),
    "public_shaming": {"12321", "110"},
}


@pytest.mark.parametrize("key", CONDUCT_RULES)
def test_each_violation_is_routed(key):
    assert set(EXPECTED_EXTRA) == set(CONDUCT_RULES)
    advice = route(debt("某某银行"), [key], RULES)
    assert set(channels(advice)) == {"lender", "12378"} | EXPECTED_EXTRA[key]
    assert channels(advice)[0] == "lender"
    assert channels(advice) == [c for c in CHANNELS if c in channels(advice)]
    assert all(a.violations == (key,) for a in advice)


def test_violations_from_a_real_log_are_covered_once_in_report_order():
    mother = {"target": Target.FAMILY, "target_name": "母亲"}
    log = [EvidenceEntry(datetime(2026, 11, 20, 21, 0), attempts=7, **mother),
           EvidenceEntry(datetime(2026, 11, 21, 23, 0), attempts=7, **mother,
                         tags=(EvidenceTag.THREAT,))]
    report = check_evidence(log, RULES)
    keys = [v.key for v in report.violations]
    assert keys == ["night", "frequency", "frequency", "third_party", "threat"]
    a = by_channel(route(debt("重庆美团三快小额贷款有限公司"), report.violations, RULES))
    assert a["lender"].violations == ("night", "frequency", "third_party", "threat")
    assert a["12321"].violations == ("night", "frequency", "third_party")
    assert a["12321"].reasons == ("harassing_calls", "contact_list")
    assert a["110"].violations == ("threat",)


# --- deadlines -------------------------------------------------------------------


@pytest.mark.parametrize("filed, reply, extended, final", [
    # the seed's as_of
    (date(2026, 11, 24), date(2026, 12, 9), date(2026, 12, 24), date(2027, 1, 23)),
    # month end in a common year: February has 28 days
    (date(2026, 1, 31), date(2026, 2, 15), date(2026, 3, 2), date(2026, 4, 1)),
    # leap year: 2028-02-29 exists
    (date(2028, 1, 31), date(2028, 2, 15), date(2028, 3, 1), date(2028, 3, 31)),
    # across the year end
    (date(2026, 12, 20), date(2027, 1, 4), date(2027, 1, 19), date(2027, 2, 18)),
    # the last day of a 30-day month
    (date(2026, 4, 30), date(2026, 5, 15), date(2026, 5, 30), date(2026, 6, 29)),
])
def test_reply_dates_count_calendar_days_after_filing(filed, reply, extended, final):
    d = complaint_deadlines(filed, RULES)
    assert (d.filed_on, d.reply_due, d.extended_due, d.final_due) == (filed, reply, extended, final)
    assert ((d.reply_due - filed).days, (d.extended_due - filed).days,
            (d.final_due - filed).days) == (15, 30, 60)


# --- which entries a complaint states -------------------------------------------


def entry(debt_id: str = "") -> EvidenceEntry:
    return EvidenceEntry(datetime(2026, 11, 20, 10, 0), debt=debt_id)


def test_entries_linked_to_the_debt_and_never_another_lenders():
    log = [entry("a"), entry("b"), entry(""), entry("a")]
    assert debt_entries(log, "a", ["a", "b"]) == (0, 3)
    assert debt_entries(log, "b", ["a", "b"]) == (1,)
    assert debt_entries(log, "c", ["a", "b", "c"]) == ()


def test_unlinked_entries_count_when_the_log_links_none_or_there_is_one_debt():
    assert debt_entries([entry(), entry()], "a", ["a", "b"]) == (0, 1)
    assert debt_entries([entry("a"), entry()], "a", ["a"]) == (0, 1)
    assert debt_entries([], "a", ["a"]) == ()

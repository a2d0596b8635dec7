"""LPR lookup and caps: change points of the LPR table, transition rule, regimes."""

from datetime import date
from decimal import Decimal as D

import pytest

from app.rules_data import load_rules
from calc.errors import CalcError
from calc.model import CapMode, CapSpec, CreditorKind, Debt, Settings
from calc.rates import annual_to_daily, contract_annual_rate, daily_to_annual, default_penalty_rate
from calc.rules import CapRegime, applicable_cap, cap_allowance, lpr_on, parse_lpr_csv

RULES = load_rules()
AUTO = CapSpec()
AS_OF = date(2026, 11, 24)


def private_cap(contract: date):
    return applicable_cap(CreditorKind.PRIVATE, contract, AUTO, RULES, AS_OF)


def test_lpr_table_is_the_shipped_data():
    assert RULES.lpr[0].date == date(2019, 8, 20) and RULES.lpr[0].lpr_1y == D("0.0425")
    assert RULES.lpr[-1].date == date(2026, 9, 20) and RULES.lpr[-1].lpr_1y == D("0.0300")
    # rows that are not fixings (2020-01-01, 2023-01-01) are absent (rules.md §1.2)
    assert all(f.date not in (date(2020, 1, 1), date(2023, 1, 1)) for f in RULES.lpr)
    # September 2021 fixing is dated 2021-09-22 (rules.md §1.2)
    assert any(f.date == date(2021, 9, 22) for f in RULES.lpr)


CHANGE_POINTS = [i for i in range(1, len(RULES.lpr)) if RULES.lpr[i].date >= date(2020, 8, 20)]


@pytest.mark.parametrize("i", CHANGE_POINTS, ids=[str(RULES.lpr[i].date) for i in CHANGE_POINTS])
def test_private_cap_on_and_just_before_every_lpr_fixing(i):
    # every fixing in lpr.csv since the 2020-08-20 rule: a contract on the fixing date takes
    # it, a contract the day before takes the previous fixing (latest dated ≤ contract date)
    fixing, previous = RULES.lpr[i], RULES.lpr[i - 1]
    on = private_cap(fixing.date)
    assert on.regime is CapRegime.PRIVATE_LPR4X and on.annual == 4 * fixing.lpr_1y and on.lpr == fixing
    before = date.fromordinal(fixing.date.toordinal() - 1)
    if before >= date(2020, 8, 20):
        assert private_cap(before).annual == 4 * previous.lpr_1y
        assert private_cap(before).lpr == previous


def test_known_private_caps():
    # 2024-03-15: LPR 3.45 % (2024-02-20 fixing) → 13.80 %; 2025-05-20 onward: 3.00 % → 12.00 %
    assert private_cap(date(2024, 3, 15)).annual == D("0.1380")
    assert private_cap(date(2025, 5, 20)).annual == D("0.1200")
    assert private_cap(date(2025, 5, 19)).annual == D("0.1240")
    # 2020-08-20 itself: LPR 3.85 % (2020-04-20 fixing) → 15.4 %
    assert private_cap(date(2020, 8, 20)).annual == D("0.1540")


def test_transition_rule_before_2020_08_20():
    cap = private_cap(date(2020, 8, 19))
    assert cap.regime is CapRegime.PRIVATE_TRANSITION
    assert cap.annual == D("0.1200")  # 4 × LPR at filing, for a letter as_of (3.00 %)
    assert cap.earlier == D("0.24") and cap.cutover == date(2020, 8, 20)
    # allowance: 24 % before the cutover, 12 % after
    allowance = cap_allowance(cap, D(10000), date(2020, 8, 10), date(2020, 8, 30), 365)
    assert allowance == D(10000) * D("0.24") * 10 / 365 + D(10000) * D("0.12") * 10 / 365


def test_licensed_card_and_user_caps():
    for kind in (CreditorKind.LICENSED, CreditorKind.CREDIT_CARD):
        cap = applicable_cap(kind, date(2025, 1, 1), AUTO, RULES, AS_OF)
        assert cap.regime is CapRegime.JUDICIAL_24 and cap.annual == D("0.24")
        assert "24%" in cap.source.zh
    user = applicable_cap(CreditorKind.LICENSED, None, CapSpec(CapMode.ANNUAL, D("0.15"), None), RULES, AS_OF)
    assert user.regime is CapRegime.USER and user.annual == D("0.15")
    ref = applicable_cap(CreditorKind.LICENSED, date(2024, 3, 15), CapSpec(CapMode.LPR4X), RULES, AS_OF)
    assert ref.regime is CapRegime.LPR4X_REFERENCE and ref.annual == D("0.1380")


def test_private_without_contract_date_falls_back_to_latest():
    cap = private_cap(None)
    assert cap.lpr_fallback and cap.annual == D("0.1200")


def test_lpr_lookup_before_first_fixing_and_tiny_table():
    table = parse_lpr_csv("date,lpr_1y,lpr_5y,confirmed\n2021-01-20,3.85,4.65,yes\n")
    assert lpr_on(table, date(2021, 1, 19)) is None
    assert lpr_on(table, date(2030, 1, 1)).lpr_1y == D("0.0385")
    with pytest.raises(CalcError) as e:
        parse_lpr_csv("date,lpr_1y,lpr_5y,confirmed\n2021-13-20,x,4.65,yes\n")
    assert e.value.code == "rules.lpr_row"


def test_rate_conversions():
    # rules.md §4: 0.05 %/day = 18.00 % on 360 days, 18.25 % on 365
    assert daily_to_annual(D("0.0005"), 360) == D("0.18")
    assert daily_to_annual(D("0.0005"), 365) == D("0.1825")
    assert annual_to_daily(D("0.18"), 360) == D("0.0005")
    assert default_penalty_rate(D("0.18"), D("1.5")) == D("0.27")
    with pytest.raises(CalcError):
        daily_to_annual(D("0.0005"), 300)
    debt = Debt(id="x", creditor="c", principal=D(1), daily_rate=D("0.0004"))
    assert contract_annual_rate(debt, Settings(day_basis=360)) == D("0.144")


def test_rules_defaults_carry_sources():
    assert RULES.defaults.day_basis == 360 and RULES.defaults.cap_day_basis == 365
    assert RULES.defaults.penalty_multiplier == D("1.5") and RULES.defaults.max_term_months == 60
    assert all(s.zh and s.en and s.confidence for s in RULES.sources.values())

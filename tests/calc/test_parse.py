"""calc.parse: amounts, rates and counts as Chinese users type them.

Expected values are worked by hand from the grammar in calc/parse.py; the
inputs are the forms listed in the parse spec (task brief for calc.parse) and
forms seen in Chinese banking/lending apps and loan contracts (年化, 日息万五,
月息2分). Exact Decimal comparisons throughout.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calc.errors import CalcError
from calc.parse import (
    MAX_AMOUNT,
    ParsedRate,
    normalize_text,
    parse_amount,
    parse_int,
    parse_rate,
)

D = Decimal
FULLWIDTH = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


# --------------------------------------------------------------------------
# normalize_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("１２，３４５．６７", "12,345.67"),  # full-width digits, comma, point
        ("￥５００", "¥500"),  # full-width yen sign → U+00A5
        ("１８％", "18%"),
        ("０．０５％／天", "0.05%/天"),  # CJK characters unchanged
        ("\u3000500\u3000", "500"),  # ideographic spaces trimmed
        ("－500", "-500"),  # full-width hyphen-minus
        ("\u2212500", "-500"),  # U+2212 MINUS SIGN
    ],
)
def test_normalize_text(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


# --------------------------------------------------------------------------
# parse_amount: accepted forms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spec examples
        ("12,345.67", "12345.67"),
        ("12，345.67", "12345.67"),  # full-width comma
        ("１２３４５", "12345.00"),  # full-width digits
        ("１２３４５．６７", "12345.67"),
        ("1.2万", "12000.00"),
        ("1.2345万", "12345.00"),  # 4 decimals × 1e4 → whole yuan
        ("3千", "3000.00"),
        ("2亿", "200000000.00"),
        ("¥500", "500.00"),
        ("￥500", "500.00"),
        ("500元", "500.00"),
        ("RMB 500", "500.00"),
        ("人民币500元", "500.00"),
        ("   500  ", "500.00"),
        # letters typed by users (k = 千, w = 万, any case)
        ("3k", "3000.00"),
        ("3K", "3000.00"),
        ("5w", "50000.00"),
        ("1.5W", "15000.00"),
        # other currency spellings and decorations
        ("rmb500", "500.00"),
        ("CNY 1,000", "1000.00"),
        ("1,000 CNY", "1000.00"),
        ("500元整", "500.00"),  # as written on receipts
        ("¥ 1,234.5", "1234.50"),
        ("1.2 万元", "12000.00"),
        ("人民币 1.2万 元", "12000.00"),
        ("\u3000１２，３４５．６７元\u3000", "12345.67"),
        # multi-character units and compounds
        ("1千万", "10000000.00"),
        ("2.5百万", "2500000.00"),
        ("3十万", "300000.00"),
        ("5百", "500.00"),
        ("3万5千", "35000.00"),
        ("1亿2千万", "120000000.00"),
        ("1亿2000万", "120000000.00"),
        ("1万2千3百", "12300.00"),
        # numbers
        ("0", "0.00"),
        ("0.1", "0.10"),
        ("12.340", "12.34"),  # trailing zero: still two decimals of value
        ("1,234,567.89", "1234567.89"),
        ("999", "999.00"),
        ("+500", "500.00"),
        ("-0", "0.00"),  # negative zero is zero, not negative
        ("1000000000000", "1000000000000.00"),  # the bound itself (1e12) is allowed
        ("10000亿", "1000000000000.00"),  # 1e12 written with 亿
    ],
)
def test_parse_amount_accepts(text: str, expected: str) -> None:
    result = parse_amount(text)
    assert result == D(expected)
    assert str(result) == expected  # two places, never "-0.00"


def test_parse_amount_negative_when_allowed() -> None:
    assert parse_amount("-500", allow_negative=True) == D("-500.00")
    assert parse_amount("-¥500", allow_negative=True) == D("-500.00")
    assert parse_amount("¥-1.2万", allow_negative=True) == D("-12000.00")
    assert parse_amount("－５００元", allow_negative=True) == D("-500.00")


def test_parse_amount_int_and_decimal_pass_through() -> None:
    assert parse_amount(500) == D("500.00")
    assert str(parse_amount(D("12.3"))) == "12.30"
    assert parse_amount(D("12.3400")) == D("12.34")
    with pytest.raises(CalcError) as exc:
        parse_amount(D("12.345"))
    assert exc.value.code == "amount.too_many_decimals"
    with pytest.raises(CalcError) as exc:
        parse_amount(-1)
    assert exc.value.code == "amount.negative"
    with pytest.raises(CalcError) as exc:
        parse_amount(D("NaN"))
    assert exc.value.code == "amount.format"


@pytest.mark.parametrize("value", [1.5, True])
def test_parse_amount_refuses_float_and_bool(value: object) -> None:
    with pytest.raises(TypeError):
        parse_amount(value)  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# parse_amount: refused forms


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "amount.empty"),
        ("   ", "amount.empty"),
        ("\u3000", "amount.empty"),
        # thousands separators in the wrong places / foreign conventions
        ("1,23,456", "amount.format"),  # Indian grouping
        ("1234,567", "amount.format"),
        ("1,2345", "amount.format"),
        ("1 234,56", "amount.format"),  # French: ambiguous
        ("1.234,56", "amount.format"),  # German
        ("1 234", "amount.format"),  # space between digits
        ("1, 234", "amount.format"),
        (",123", "amount.format"),
        # malformed numbers
        ("12.", "amount.format"),
        (".5", "amount.format"),
        ("1..2", "amount.format"),
        ("1.2.3", "amount.format"),
        ("1e5", "amount.format"),
        ("abc", "amount.format"),
        ("十二", "amount.format"),  # Chinese numerals are not amounts here
        ("¥", "amount.format"),
        ("元", "amount.format"),
        ("--5", "amount.format"),
        ("-¥-5", "amount.format"),
        ("5-", "amount.format"),
        ("$500", "amount.format"),
        # units
        ("万", "amount.format"),
        ("1万亿", "amount.format"),  # 万亿 is not a unit here
        ("3万5", "amount.format"),  # colloquially 35000, literally 30005
        ("1万12千", "amount.format"),  # part not below the unit before it
        ("5千3万", "amount.format"),  # units not decreasing
        ("1万1万", "amount.format"),
        ("1亿20000万", "amount.format"),
        # value checks
        ("-500", "amount.negative"),
        ("¥-500", "amount.negative"),
        ("-1.2万", "amount.negative"),
        ("12.345", "amount.too_many_decimals"),
        ("0.001", "amount.too_many_decimals"),
        ("1.23456789万", "amount.too_many_decimals"),  # 12345.6789
        ("1000000000000.01", "amount.too_large"),
        ("1000000000001", "amount.too_large"),
        ("10001亿", "amount.too_large"),
        ("9" * 40, "amount.too_large"),  # long input: checked exactly, no rounding
    ],
)
def test_parse_amount_refuses(text: str, code: str) -> None:
    with pytest.raises(CalcError) as exc:
        parse_amount(text)
    assert exc.value.code == code


def test_parse_amount_error_params() -> None:
    with pytest.raises(CalcError) as exc:
        parse_amount("1,23,456")
    assert exc.value.params == {"text": "1,23,456"}  # the original text
    with pytest.raises(CalcError) as exc:
        parse_amount("１２．３４５")
    assert exc.value.params == {"text": "１２．３４５"}
    with pytest.raises(CalcError) as exc:
        parse_amount("20000亿")
    assert exc.value.code == "amount.too_large"
    assert exc.value.params["max"] == str(MAX_AMOUNT)
    with pytest.raises(CalcError) as exc:
        parse_amount(" ")
    assert exc.value.params == {}
    assert exc.value.path == ""


def test_parse_amount_too_large_even_when_negative_allowed() -> None:
    with pytest.raises(CalcError) as exc:
        parse_amount("-10001亿", allow_negative=True)
    assert exc.value.code == "amount.too_large"


# --------------------------------------------------------------------------
# parse_amount: properties

fen_amounts = st.integers(min_value=0, max_value=10**12).map(lambda fen: D(fen).scaleb(-2))


@given(fen_amounts)
def test_parse_amount_inverts_thousands_format(x: Decimal) -> None:
    assert parse_amount(f"{x:,}") == x
    assert parse_amount(f"{x}") == x


@given(fen_amounts)
def test_parse_amount_fullwidth_and_decorations(x: Decimal) -> None:
    wide = f"{x:,}".translate(FULLWIDTH)
    assert parse_amount(wide) == x
    assert parse_amount(f"￥{wide}元") == x
    assert parse_amount(f"人民币 {x} 元") == x
    assert parse_amount(f"-{x}", allow_negative=True) == -x


@given(fen_amounts)
def test_parse_amount_wan_unit(x: Decimal) -> None:
    assert parse_amount(f"{x.scaleb(-4):f}万") == x
    assert parse_amount(f"{x.scaleb(-4):f}w") == x


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=999))
def test_parse_amount_three_decimals_refused(whole: int, thousandths: int) -> None:
    if thousandths % 10 == 0:
        return  # x.xx0 has only two decimals of value
    with pytest.raises(CalcError) as exc:
        parse_amount(f"{whole}.{thousandths:03d}")
    assert exc.value.code == "amount.too_many_decimals"


# --------------------------------------------------------------------------
# parse_rate: accepted forms


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        # spec examples
        ("18%", "0.18", "year"),
        ("18％", "0.18", "year"),
        ("0.18", "0.18", "year"),  # bare ≤ 1: a fraction
        ("18", "0.18", "year"),  # bare > 1: percent
        ("年化18%", "0.18", "year"),
        ("年利率 18%", "0.18", "year"),
        ("18%/年", "0.18", "year"),
        ("0.05%/天", "0.0005", "day"),
        ("日利率0.05%", "0.0005", "day"),
        ("日息万五", "0.0005", "day"),  # 万分之五
        ("万5", "0.0005", "year"),  # no period word: default period
        ("月息1.5%", "0.015", "month"),
        ("1.5%/月", "0.015", "month"),
        ("月利率1%", "0.01", "month"),
        ("千分之五/天", "0.005", "day"),
        ("18 %", "0.18", "year"),
        ("１８％", "0.18", "year"),
        ("年化１８．２５％", "0.1825", "year"),
        # more period words
        ("年化利率 24%", "0.24", "year"),
        ("年息24%", "0.24", "year"),
        ("利率18%", "0.18", "year"),
        ("月费率0.6%", "0.006", "month"),  # credit-card installment fee rate
        ("月费率 0.75%", "0.0075", "month"),
        ("日息0.05%", "0.0005", "day"),
        ("每天万五", "0.0005", "day"),
        ("万五每天", "0.0005", "day"),
        ("0.05%每日", "0.0005", "day"),
        ("0.05%/日", "0.0005", "day"),
        ("18%每年", "0.18", "year"),
        ("年化18%/年", "0.18", "year"),  # prefix and suffix agree
        ("０．０５％／天", "0.0005", "day"),
        # per-mille/per-myriad forms
        ("5‰", "0.005", "year"),
        ("5‱/天", "0.0005", "day"),
        ("万分之五", "0.0005", "year"),
        ("万分之2.5", "0.00025", "year"),
        ("万分之二点五", "0.00025", "year"),
        ("日息万2.5", "0.00025", "day"),
        ("百分之十八", "0.18", "year"),
        ("千三/天", "0.003", "day"),
        ("日息万一", "0.0001", "day"),
        # traditional 分/厘 with an explicit period (民间借贷 usage)
        ("月息2分", "0.02", "month"),
        ("月息两分", "0.02", "month"),
        ("月息1.5分", "0.015", "month"),
        ("月息8厘", "0.008", "month"),
        ("年息1分", "0.1", "year"),
        ("年息5厘", "0.05", "year"),
        # bare numbers with a period word
        ("月息1.5", "0.015", "month"),
        ("年化24", "0.24", "year"),
        ("1.5", "0.015", "year"),
        ("1", "1", "year"),  # ≤ 1: 100 %, documented
        ("0.5", "0.5", "year"),
        # zero, sign, bound
        ("0", "0", "year"),
        ("0%", "0", "year"),
        ("-0%", "0", "year"),
        ("+18%", "0.18", "year"),
        ("1000%", "10", "year"),  # the bound itself
        ("2.7%/天", "0.027", "day"),  # ×365 = 9.855 ≤ 10
        ("83%/月", "0.83", "month"),  # ×12 = 9.96
    ],
)
def test_parse_rate_accepts(text: str, value: str, period: str) -> None:
    assert parse_rate(text) == ParsedRate(D(value), period)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "default", "expected"),
    [
        ("0.05%", "day", ParsedRate(D("0.0005"), "day")),
        ("1.5%", "month", ParsedRate(D("0.015"), "month")),
        ("万五", "day", ParsedRate(D("0.0005"), "day")),
        ("年化18%", "day", ParsedRate(D("0.18"), "year")),  # explicit beats default
        ("0.05%/天", "year", ParsedRate(D("0.0005"), "day")),
    ],
)
def test_parse_rate_default_period(text: str, default: str, expected: ParsedRate) -> None:
    assert parse_rate(text, default_period=default) == expected  # type: ignore[arg-type]


def test_parse_rate_bad_default_period_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        parse_rate("18%", default_period="week")  # type: ignore[arg-type]


def test_parsed_rate_is_frozen() -> None:
    rate = parse_rate("18%")
    with pytest.raises(AttributeError):
        rate.value = D("0.2")  # type: ignore[misc]


# --------------------------------------------------------------------------
# parse_rate: refused forms


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "rate.empty"),
        (" \u3000 ", "rate.empty"),
        ("abc", "rate.format"),
        ("%", "rate.format"),
        ("%18", "rate.format"),
        ("18%%", "rate.format"),
        ("1 8%", "rate.format"),
        ("18.%", "rate.format"),
        ("年化", "rate.format"),
        ("年化0.05%/天", "rate.format"),  # prefix and suffix disagree
        ("月息18%/年", "rate.format"),
        ("2分", "rate.format"),  # 分 needs an explicit month/year period
        ("日息1分", "rate.format"),  # 日息X分 is not supported (meaning varies)
        ("万", "rate.format"),
        ("万分之", "rate.format"),
        ("万分之x", "rate.format"),
        ("18%/周", "rate.format"),
        ("1,8%", "rate.format"),
        ("-18%", "rate.negative"),
        ("年化-18%", "rate.negative"),
        ("-0.05%/天", "rate.negative"),
        ("1001%", "rate.too_large"),
        ("2.74%/天", "rate.too_large"),  # ×365 = 10.001
        ("日息0.05", "rate.too_large"),  # bare 0.05 = 5 %/day: caught by the bound
        ("月息1", "rate.too_large"),  # 100 %/month
        ("84%/月", "rate.too_large"),  # ×12 = 10.08
    ],
)
def test_parse_rate_refuses(text: str, code: str) -> None:
    with pytest.raises(CalcError) as exc:
        parse_rate(text)
    assert exc.value.code == code


def test_parse_rate_error_params() -> None:
    with pytest.raises(CalcError) as exc:
        parse_rate("１８％％")
    assert exc.value.params == {"text": "１８％％"}
    with pytest.raises(CalcError) as exc:
        parse_rate("1001%")
    assert exc.value.params == {"text": "1001%", "max": "10"}
    with pytest.raises(CalcError) as exc:
        parse_rate("-1%")
    assert exc.value.params == {"text": "-1%"}


# --------------------------------------------------------------------------
# parse_rate: properties

percents = st.decimals(min_value=0, max_value=1000, places=4, allow_nan=False)


@given(percents)
def test_parse_rate_percent_is_value_over_100(p: Decimal) -> None:
    assert parse_rate(f"{p}%") == ParsedRate(p / 100, "year")
    assert parse_rate(f"年化{p}%".translate(FULLWIDTH)).value == p / 100


@given(st.decimals(min_value=0, max_value=1, places=6, allow_nan=False))
def test_parse_rate_bare_fraction(f: Decimal) -> None:
    assert parse_rate(f"{f}").value == f


@given(st.decimals(min_value="1.0001", max_value=1000, places=4, allow_nan=False))
def test_parse_rate_bare_percent(p: Decimal) -> None:
    assert parse_rate(f"{p}").value == p / 100


# --------------------------------------------------------------------------
# parse_int


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", 12),
        ("１２", 12),
        ("12期", 12),
        ("12个月", 12),
        ("１２期", 12),
        (" 12 期 ", 12),
        ("360", 360),
        ("1", 1),
        ("+6", 6),
        ("十二期", 12),
        ("三十六个月", 36),
        ("二十四", 24),
        ("一百二十期", 120),
        (12, 12),
    ],
)
def test_parse_int_accepts(text: str | int, expected: int) -> None:
    assert parse_int(text, field_min=1, field_max=360) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "int.format"),
        ("abc", "int.format"),
        ("12.0", "int.format"),
        ("12.5", "int.format"),
        ("1,2", "int.format"),
        ("1 2", "int.format"),
        ("12年", "int.format"),  # 1年 = 12 months: not guessed
        ("12天", "int.format"),
        ("期", "int.format"),
        ("一百五", "int.format"),  # ambiguous (150 colloquially)
        ("0", "int.range"),
        ("-3", "int.range"),
        ("361", "int.range"),
        ("361期", "int.range"),
        (0, "int.range"),
    ],
)
def test_parse_int_refuses(text: str | int, code: str) -> None:
    with pytest.raises(CalcError) as exc:
        parse_int(text, field_min=1, field_max=360)
    assert exc.value.code == code


def test_parse_int_params_and_custom_suffixes() -> None:
    with pytest.raises(CalcError) as exc:
        parse_int("61", field_min=0, field_max=60)
    assert exc.value.params == {"text": "61", "min": "0", "max": "60"}
    assert parse_int("0", field_min=0, field_max=60) == 0
    assert parse_int("15天", field_min=0, field_max=90, suffixes=("天", "日")) == 15
    with pytest.raises(TypeError):
        parse_int(True, field_min=0, field_max=1)


@given(st.integers(min_value=-1000, max_value=1000))
def test_parse_int_round_trip(n: int) -> None:
    inside = 0 <= n <= 600
    for text in (str(n), f"{n}期".translate(FULLWIDTH)):
        if inside:
            assert parse_int(text, field_min=0, field_max=600) == n
        else:
            with pytest.raises(CalcError) as exc:
                parse_int(text, field_min=0, field_max=600)
            assert exc.value.code == "int.range"

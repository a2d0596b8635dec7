"""calc.daxie: 金额大写 for letters.

Sources of the expected strings:
- "PBoC": the worked examples of 中国人民银行《支付结算办法》附件
  《正确填写票据和结算凭证的基本规定》 (where it allows two forms, the first
  one shown, which is what calc.daxie writes);
- "spec": the vectors of the calc.daxie spec (task brief);
- "hand": written by hand from the same rules.
Properties check every output against an independent decoder (大写 → number)
and an independent statement of where 零 must appear.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calc.daxie import MAX_DAXIE, to_daxie, to_daxie_rmb
from calc.errors import CalcError

D = Decimal


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        # PBoC 基本规定 examples
        ("1409.50", "壹仟肆佰零玖元伍角"),
        ("6007.14", "陆仟零柒元壹角肆分"),
        ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
        ("107000.53", "壹拾万柒仟元零伍角叁分"),
        ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
        ("325.04", "叁佰贰拾伍元零肆分"),
        # spec
        ("12000", "壹万贰仟元整"),
        ("10203.05", "壹万零贰佰零叁元零伍分"),
        ("0.50", "伍角"),
        ("0.05", "伍分"),
        ("0", "零元整"),
        ("100000", "壹拾万元整"),
        ("1004.10", "壹仟零肆元壹角"),
        ("105000000.00", "壹亿零伍佰万元整"),
        ("1.10", "壹元壹角"),
        ("0.01", "壹分"),
        ("10.01", "壹拾元零壹分"),
        ("1000000.01", "壹佰万元零壹分"),
        ("100010000", "壹亿零壹万元整"),
        ("10000100", "壹仟万零壹佰元整"),
        ("20000000.40", "贰仟万元零肆角"),
        # hand: small numbers and the leading 壹拾
        ("1", "壹元整"),
        ("10", "壹拾元整"),
        ("11", "壹拾壹元整"),
        ("19.99", "壹拾玖元玖角玖分"),
        ("20", "贰拾元整"),
        ("100", "壹佰元整"),
        ("101", "壹佰零壹元整"),
        ("110", "壹佰壹拾元整"),
        ("1000", "壹仟元整"),
        ("1001", "壹仟零壹元整"),
        ("1010", "壹仟零壹拾元整"),
        ("1100", "壹仟壹佰元整"),
        ("0.15", "壹角伍分"),
        ("0.10", "壹角"),
        ("0.99", "玖角玖分"),
        ("100.50", "壹佰元零伍角"),
        ("100.05", "壹佰元零伍分"),
        ("100.55", "壹佰元零伍角伍分"),
        ("5.55", "伍元伍角伍分"),
        ("5.05", "伍元零伍分"),
        # hand: sections and zeros across 万/亿
        ("10000", "壹万元整"),
        ("10001", "壹万零壹元整"),
        ("10010", "壹万零壹拾元整"),
        ("10100", "壹万零壹佰元整"),
        ("11000", "壹万壹仟元整"),
        ("100010", "壹拾万零壹拾元整"),
        ("150000", "壹拾伍万元整"),
        ("1000000", "壹佰万元整"),
        ("10000000", "壹仟万元整"),
        ("100000000", "壹亿元整"),
        ("1000000000", "壹拾亿元整"),
        ("100000000000", "壹仟亿元整"),
        ("100001000", "壹亿零壹仟元整"),  # whole 万 section zero
        ("100000001", "壹亿零壹元整"),
        ("110001000", "壹亿壹仟万壹仟元整"),  # next section starts at 仟
        ("101010101", "壹亿零壹佰零壹万零壹佰零壹元整"),
        ("1000000000.10", "壹拾亿元零壹角"),
        ("100000000.01", "壹亿元零壹分"),
        ("123456789012.34", "壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分"),
        ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        ("3500000", "叁佰伍拾万元整"),
        ("80000.80", "捌万元零捌角"),
        ("50000.08", "伍万元零捌分"),
    ],
)
def test_to_daxie(amount: str, expected: str) -> None:
    assert to_daxie(D(amount)) == expected


def test_to_daxie_accepts_int_and_str_and_trailing_zeros() -> None:
    assert to_daxie(12000) == "壹万贰仟元整"
    assert to_daxie("1.1") == "壹元壹角"
    assert to_daxie(D("1.100")) == "壹元壹角"  # fen-exact value, three places written
    assert to_daxie(D("-0.00")) == "零元整"
    assert to_daxie(D("1E+4")) == "壹万元整"


def test_to_daxie_rmb() -> None:
    assert to_daxie_rmb(D("12000")) == "人民币壹万贰仟元整"
    assert to_daxie_rmb(D("0.05")) == "人民币伍分"


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        (D("-0.01"), "amount.negative"),
        (D("-12000"), "amount.negative"),
        (D("1000000000000"), "amount.too_large"),  # 1 万亿: above 9999亿
        (MAX_DAXIE + D("0.01"), "amount.too_large"),
        (D("1.005"), "amount.too_many_decimals"),
        (D("NaN"), "amount.format"),
        (D("Infinity"), "amount.format"),
    ],
)
def test_to_daxie_refuses(amount: Decimal, code: str) -> None:
    with pytest.raises(CalcError) as exc:
        to_daxie(amount)
    assert exc.value.code == code


def test_to_daxie_refuses_float() -> None:
    with pytest.raises(TypeError):
        to_daxie(1.5)  # type: ignore[arg-type]


def test_to_daxie_too_large_params() -> None:
    with pytest.raises(CalcError) as exc:
        to_daxie(D("1000000000000"))
    assert exc.value.params == {"text": "1000000000000", "max": "999999999999.99"}


# --------------------------------------------------------------------------
# Independent reference: decoder and the 零 rule, written from the regulation
# rather than from calc/daxie.py.

_DIGIT = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
_PLACE = {"拾": 10, "佰": 100, "仟": 1000}
_SHAPE = re.compile(
    r"(?:(?P<int>[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+)元)?(?P<frac>[零壹贰叁肆伍陆柒捌玖角分]*)(?P<zheng>整?)"
)


def _decode_integer(text: str) -> int:
    total = section = digit = 0
    for ch in text:
        if ch in _DIGIT:
            digit = _DIGIT[ch]
        elif ch in _PLACE:
            assert digit, f"place {ch} without a digit in {text}"  # 壹拾, never bare 拾
            section += digit * _PLACE[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10**4
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 10**8
            section = digit = 0
    return total + section + digit


def decode(text: str) -> Decimal:
    """大写 → Decimal yuan (the inverse the letters' readers apply)."""
    m = _SHAPE.fullmatch(text)
    assert m, text
    yuan = _decode_integer(m["int"] or "")
    frac = m["frac"].replace("零", "")
    fm = re.fullmatch(r"(?:([壹贰叁肆伍陆柒捌玖])角)?(?:([壹贰叁肆伍陆柒捌玖])分)?", frac)
    assert fm, text
    jiao = _DIGIT[fm[1]] if fm[1] else 0
    fen = _DIGIT[fm[2]] if fm[2] else 0
    return D(yuan * 100 + jiao * 10 + fen).scaleb(-2)


def expected_zero_count(fen: int) -> int:
    """How many 零 the regulation (with calc.daxie's choices) puts in the text.

    Integer part: each maximal run of 0 digits followed by a non-zero digit
    gives one 零, except when that digit is at a 仟 place (power 4k+3) and the
    run does not cover a whole four-digit section. After 元: one 零 if 角 is 0
    and 分 is not, or if the 元 digit is 0 and 角 is not.
    """
    yuan, jiao, fen_digit = fen // 100, fen // 10 % 10, fen % 10
    if fen == 0:
        return 1  # 零元整
    count = 0
    if yuan:
        digits = str(yuan)
        for match in re.finditer(r"0+(?=[1-9])", digits):
            power_of_next = len(digits) - 1 - match.end()
            if not (power_of_next % 4 == 3 and len(match[0]) < 4):
                count += 1
        if (jiao == 0 and fen_digit) or (yuan % 10 == 0 and jiao):
            count += 1
    return count


def check_daxie(fen: int) -> None:
    amount = D(fen).scaleb(-2)
    text = to_daxie(amount)
    assert decode(text) == amount, text
    assert text.count("零") == expected_zero_count(fen), text
    assert "零零" not in text
    assert text.endswith("整") == (fen % 100 == 0), text  # 整 exactly when ending at 元
    assert ("元" in text) == (fen >= 100 or fen == 0), text
    assert not text.startswith("零") or text == "零元整"
    assert not re.search(r"零[拾佰仟万亿元角分]", text) or text == "零元整", text


# Amounts with many zeros exercise the 零 rules; plain integers cover the rest.
_sparse_fen = st.lists(st.sampled_from("00000123456789"), min_size=1, max_size=14).map(
    lambda ds: int("".join(ds))
)
_any_fen = st.integers(min_value=0, max_value=int(MAX_DAXIE * 100))


@given(st.one_of(_sparse_fen, _any_fen))
def test_to_daxie_matches_reference(fen: int) -> None:
    check_daxie(fen)


def test_to_daxie_all_zero_one_patterns() -> None:
    """Every yuan amount whose digits are 0/1 (up to 12 digits), with 0, 角, 分, 角分."""
    for length in range(1, 13):
        for tail in itertools.product("01", repeat=length - 1):
            yuan = int("1" + "".join(tail))
            for cents in (0, 10, 1, 11):
                check_daxie(yuan * 100 + cents)


def test_to_daxie_small_amounts_exhaustive() -> None:
    for fen in range(0, 200_001, 7):  # 0 .. 2000 yuan, every 7th fen
        check_daxie(fen)


def test_reference_decoder_on_known_vectors() -> None:
    # the reference itself, checked on PBoC examples
    assert decode("壹拾万柒仟元零伍角叁分") == D("107000.53")
    assert decode("壹亿零伍佰万元整") == D("105000000.00")
    assert decode("伍分") == D("0.05")
    assert expected_zero_count(10203_05) == 3  # 壹万零贰佰零叁元零伍分

"""Chinese capital amounts (金额大写) for letters: 壹万零贰佰零叁元零伍分.

Source: 中国人民银行《支付结算办法》附件《正确填写票据和结算凭证的基本规定》
(the rules every bank form follows). Digits 零壹贰叁肆伍陆柒捌玖, places
拾佰仟, sections 万亿, then 元角分.

Rules as applied here (where the regulation allows two forms, the choice
made is the first form the regulation shows, noted "choice"):

1. Integer part in sections of four digits (亿, 万, units). Inside a section
   a run of zeros followed by a non-zero digit is one 零 (1001 → 壹仟零壹);
   trailing zeros of a section are silent (1000 → 壹仟).
2. Across sections: one 零 when the next non-zero section does not start at
   its 仟 place, or when a whole section is zero (1 0000 0100 → 壹仟万零壹佰;
   1 0000 1000 → 壹亿零壹仟). When a section ends in zeros and the next one
   starts at 仟 no 零 is written (107000 → 壹拾万柒仟; choice: the rule
   allows 壹拾万零柒仟 too).
3. A leading ten is written 壹拾 (10 → 壹拾元整), never bare 拾.
4. 元 is followed by 整 when there are no 角 and 分 (to the 元: write 整).
   No 整 after 角 (the rule says it may be omitted; choice) nor after 分.
5. 零 after 元 when the 角 digit is 0 and the 分 digit is not (325.04 →
   叁佰贰拾伍元零肆分), and when the 元 place digit is 0 but the 角 digit is
   not (1680.32 → 壹仟陆佰捌拾元零叁角贰分; choice: the rule allows
   壹仟陆佰捌拾元叁角贰分 too).
6. Less than one yuan has no 元 part (0.50 → 伍角, 0.05 → 伍分); zero is
   零元整.

Range 0 to 9999亿 (999 999 999 999.99), fen-exact.

>>> to_daxie(Decimal("10203.05"))
'壹万零贰佰零叁元零伍分'
>>> to_daxie_rmb(Decimal("105000000.00"))
'人民币壹亿零伍佰万元整'
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from calc.errors import CalcError
from calc.money import FEN, to_decimal

#: Largest amount that has a 大写 form here (below 1 万亿).
MAX_DAXIE: Final = Decimal("999999999999.99")

_DIGITS: Final = "零壹贰叁肆伍陆柒捌玖"
_PLACES: Final = ("", "拾", "佰", "仟")
_SECTIONS: Final = (("亿", 10**8), ("万", 10**4), ("", 1))


def _section(n: int) -> str:
    """``0 < n < 10000`` in capitals; inner zero runs are one 零, trailing zeros silent.

    >>> _section(1001), _section(101), _section(1000), _section(10)
    ('壹仟零壹', '壹佰零壹', '壹仟', '壹拾')
    """
    out: list[str] = []
    zero_pending = False
    for place in (3, 2, 1, 0):
        digit = n // 10**place % 10
        if digit == 0:
            zero_pending = bool(out)
        else:
            if zero_pending:
                out.append("零")
                zero_pending = False
            out.append(_DIGITS[digit] + _PLACES[place])
    return "".join(out)


def _integer(n: int) -> str:
    """``0 < n < 10**12`` in capitals without 元 (rules 1-3).

    >>> _integer(100010000), _integer(10000100), _integer(107000)
    ('壹亿零壹万', '壹仟万零壹佰', '壹拾万柒仟')
    """
    out: list[str] = []
    gap = False  # a zero section (or more) since the last written one
    for unit, size in _SECTIONS:
        value = n // size % 10**4
        if value == 0:
            gap = gap or bool(out)
            continue
        if out and (gap or value < 1000):
            out.append("零")
        out.append(_section(value) + unit)
        gap = False
    return "".join(out)


def _checked(amount: Decimal | int | str) -> Decimal:
    """``amount`` as a Decimal in 0..MAX_DAXIE, fen-exact, or a CalcError."""
    value = to_decimal(amount)  # TypeError for float/bool
    if not value.is_finite():
        raise CalcError("amount.format", text=str(amount))
    if value < 0:
        raise CalcError("amount.negative", text=str(amount))
    if value > MAX_DAXIE:
        raise CalcError("amount.too_large", text=str(amount), max=str(MAX_DAXIE))
    if value % FEN != 0:
        raise CalcError("amount.too_many_decimals", text=str(amount))
    return value


def to_daxie(amount: Decimal | int | str) -> str:
    """The 大写 form of a fen-exact amount in yuan (rules in the module docstring).

    Errors (``params``: ``text``; ``max`` for too_large): ``amount.negative``,
    ``amount.too_large`` (above 9999亿 = 999999999999.99),
    ``amount.too_many_decimals`` (not fen-exact), ``amount.format`` (NaN,
    Infinity). ``float`` raises ``TypeError``.

    >>> to_daxie(Decimal("12000"))
    '壹万贰仟元整'
    >>> to_daxie(Decimal("20000000.40"))
    '贰仟万元零肆角'
    >>> to_daxie(Decimal("0.05"))
    '伍分'
    >>> to_daxie(Decimal("0"))
    '零元整'
    """
    fen = int(_checked(amount).scaleb(2))
    yuan, jiao, fen_digit = fen // 100, fen // 10 % 10, fen % 10
    if fen == 0:
        return "零元整"
    out: list[str] = []
    if yuan:
        out.append(_integer(yuan) + "元")
        if jiao == 0 and fen_digit == 0:
            return "".join(out) + "整"
    if jiao:
        if yuan and yuan % 10 == 0:
            out.append("零")  # 元 place is 0, 角 is not (rule 5)
        out.append(_DIGITS[jiao] + "角")
    if fen_digit:
        if yuan and not jiao:
            out.append("零")  # 角 is 0, 分 is not (rule 5)
        out.append(_DIGITS[fen_digit] + "分")
    return "".join(out)


def to_daxie_rmb(amount: Decimal | int | str) -> str:
    """``"人民币"`` + :func:`to_daxie` (the form a letter or a bank form shows).

    >>> to_daxie_rmb(Decimal("1.10"))
    '人民币壹元壹角'
    """
    return "人民币" + to_daxie(amount)

"""Read amounts, rates and counts the way Chinese users type them.

Every parser first runs :func:`normalize_text` (NFKC: full-width digits and
punctuation become ASCII, so ``１２，３４５．６７`` reads as ``12,345.67``,
``￥`` as ``¥`` and ``％`` as ``%``), drops spaces that do not sit between two
digits, then applies a small strict grammar. Whatever the grammar does not
cover is refused with a :class:`~calc.errors.CalcError` code rather than
guessed; ``app`` turns the code into a sentence. The errors carry no field
path: callers re-anchor them with :meth:`CalcError.at`.

Amounts (:func:`parse_amount`) return ``Decimal`` yuan with two places.
Rates (:func:`parse_rate`) return the fraction *and the period it was stated
for*; turning a daily or monthly rate into an annual one needs a day basis and
is :mod:`calc.rates`' job. Counts (:func:`parse_int`) are terms and months.

>>> parse_amount("１．２万元")
Decimal('12000.00')
>>> parse_rate("日息万五")
ParsedRate(value=Decimal('0.0005'), period='day')
>>> parse_int("12期", field_min=1, field_max=360)
12
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Final

from calc.errors import CalcError
from calc.money import FEN, money, to_decimal
from calc.rates import Period

#: Largest amount :func:`parse_amount` accepts: 1e12 yuan (1 万亿), inclusive.
MAX_AMOUNT: Final = Decimal(1_000_000_000_000)

#: Largest rate :func:`parse_rate` accepts, as a simple annual fraction (1000 %).
MAX_ANNUAL_RATE: Final = Decimal(10)

PERIODS: Final[tuple[str, ...]] = ("day", "month", "year")

# Periods per year used only for the MAX_ANNUAL_RATE sanity bound (365, the
# larger day basis, so the bound never lets through what a 365-day reading
# would put above 1000 %). Real conversions live in calc.rates.
_BOUND_FACTOR: Final[dict[str, int]] = {"day": 365, "month": 12, "year": 1}


# --------------------------------------------------------------------------
# Text normalisation


def normalize_text(text: str) -> str:
    """Full-width → ASCII (Unicode NFKC), U+2212 minus → ``-``, trimmed.

    NFKC maps full-width digits, ``，．％／－￥`` and the ideographic space to
    their ASCII forms (``￥`` to ``¥``); CJK characters are unchanged.

    >>> normalize_text("　１２，３４５．６７％ ")
    '12,345.67%'
    >>> normalize_text("\\u221218") == "-18"
    True
    """
    return unicodedata.normalize("NFKC", text).replace("\u2212", "-").strip()


# Whitespace not sitting between two of [digit . ,]: "RMB 500", "18 %",
# "1.2 万" lose their spaces; "1 234" and "1, 234" keep theirs (and fail).
_LOOSE_SPACE_RE: Final = re.compile(r"(?<![0-9.,])\s+|\s+(?![0-9.,])")


def _squeeze(text: str) -> str:
    """:func:`normalize_text`, then drop every space not between two digits/separators."""
    return _LOOSE_SPACE_RE.sub("", normalize_text(text))


# --------------------------------------------------------------------------
# Small Chinese numbers (五, 十八, 一百零五, 二点五) for rates and counts

_CN_DIGITS: Final = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_CN_PLACES: Final = {"十": 10, "百": 100, "千": 1000}
_ASCII_NUMBER_RE: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _cn_integer(text: str) -> int | None:
    """Value of a Chinese integer below 10 000, or ``None`` if malformed.

    Places must decrease (一百零五 = 105, 十八 = 18, 两千 = 2000); a bare digit
    after 百/千 is refused unless a 零 precedes it (一百五 is colloquially 150,
    literally 105: ambiguous).

    >>> [_cn_integer(s) for s in ("五", "十八", "三十六", "一百零五", "一百五", "一二")]
    [5, 18, 36, 105, None, None]
    """
    if not text:
        return None
    total, digit, last_place, after_zero = 0, None, 10_000, False
    for ch in text:
        if ch in _CN_DIGITS:
            if digit not in (None, 0):
                return None  # two digits in a row: 一二
            digit = _CN_DIGITS[ch]
            after_zero = after_zero or digit == 0
        elif ch in _CN_PLACES:
            place = _CN_PLACES[ch]
            if place >= last_place or digit == 0:
                return None
            if digit is None:
                if ch != "十" or total:
                    return None
                digit = 1  # 十八 = 18
            total += digit * place
            digit, last_place, after_zero = None, place, False
        else:
            return None
    if digit:
        if last_place in (100, 1000) and not after_zero:
            return None
        total += digit
    return total


def _number(text: str) -> Decimal | None:
    """ASCII ``12.5`` or Chinese ``十二点五`` as an exact ``Decimal``; ``None`` if neither.

    >>> _number("2.5"), _number("二点五"), _number("五"), _number("2.")
    (Decimal('2.5'), Decimal('2.5'), Decimal('5'), None)
    """
    if _ASCII_NUMBER_RE.fullmatch(text):
        return Decimal(text)
    whole, dot, frac = text.partition("点")
    value = _cn_integer(whole)
    if value is None:
        return None
    if not dot:
        return Decimal(value)
    if not frac or any(ch not in _CN_DIGITS or ch == "两" for ch in frac):
        return None
    return Decimal(f"{value}.{''.join(str(_CN_DIGITS[ch]) for ch in frac)}")


# --------------------------------------------------------------------------
# Amounts

# A number: thousands commas in groups of three, or plain digits; optional
# decimal fraction. No leading or trailing dot.
_AMOUNT_NUMBER: Final = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
_AMOUNT_UNITS: Final = {
    "亿": 8, "千万": 7, "百万": 6, "十万": 5, "万": 4, "W": 4, "千": 3, "K": 3, "百": 2,
}  # fmt: skip
_AMOUNT_SEGMENT_RE: Final = re.compile(rf"({_AMOUNT_NUMBER})(亿|千万|百万|十万|万|W|千|K|百)?")
_AMOUNT_RE: Final = re.compile(
    r"(?P<sign1>[-+]?)(?:人民币|RMB|CNY|¥)?(?P<sign2>[-+]?)(?P<body>.+?)(?:元整|元|RMB|CNY)?"
)


def _amount_body(body: str) -> Decimal | None:
    """Unsigned value of ``body`` (number, unit, compound), exact; ``None`` if malformed.

    Rules: ``number [unit]`` or ``(number unit)+`` with strictly decreasing
    units, each part smaller than the unit before it (``3万5千`` = 35000,
    ``1亿2千万`` = 120000000; ``1万12千`` is refused), and no bare number after
    a unit (``3万5`` is colloquially 35000 but literally 30005: refused).

    >>> _amount_body("3万5千"), _amount_body("3万5"), _amount_body("1,23,456")
    (Decimal('35000'), None, None)
    """
    parts: list[tuple[Decimal, int]] = []
    pos = 0
    while pos < len(body):
        m = _AMOUNT_SEGMENT_RE.match(body, pos)
        if m is None or (parts and m[2] is None):
            return None
        parts.append((Decimal(m[1].replace(",", "")), _AMOUNT_UNITS.get(m[2] or "", 0)))
        pos = m.end()
        if m[2] is None and pos < len(body):
            return None
    if not parts:
        return None
    with localcontext() as ctx:
        ctx.prec = len(body) + 30  # exact: no rounding of long inputs
        total = Decimal(0)
        previous = None
        for number, exponent in parts:
            value = number.scaleb(exponent)
            if previous is not None and (
                exponent >= previous or value >= Decimal(1).scaleb(previous)
            ):
                return None
            total += value
            previous = exponent
        return total


def _checked_amount(value: Decimal, text: str, allow_negative: bool) -> Decimal:
    """``value`` as fen-exact money after the sign, size and decimals checks."""
    if value == 0:
        value = abs(value)  # no "-0.00"
    if value < 0 and not allow_negative:
        raise CalcError("amount.negative", text=text)
    if abs(value) > MAX_AMOUNT:
        raise CalcError("amount.too_large", text=text, max=str(MAX_AMOUNT))
    if value % FEN != 0:
        raise CalcError("amount.too_many_decimals", text=text)
    return money(value)


def parse_amount(text: str | int | Decimal, *, allow_negative: bool = False) -> Decimal:
    """Yuan, fen-exact, from what a user typed (``12,345.67``, ``1.2万``, ``人民币500元``).

    Grammar, after :func:`normalize_text` and dropping spaces that are not
    between two digits (letters are matched in any case)::

        amount   := [sign] [currency] [sign] body [suffix]   (at most one sign)
        currency := 人民币 | RMB | CNY | ¥                   (￥ is NFKC'd to ¥)
        suffix   := 元 | 元整 | RMB | CNY
        body     := number [unit] | (number unit)+            (compound, see below)
        number   := digits, optionally grouped 1,234,567 (groups of exactly
                    three; 1,23,456 and 1 234,56 are refused), optional .fraction
        unit     := 亿 1e8 | 千万 1e7 | 百万 1e6 | 十万 1e5 | 万 = w 1e4
                    | 千 = k 1e3 | 百 1e2

    ``w`` (万) and ``k`` (千) are accepted because Chinese users type them
    (``3w``, ``5k``). A compound body has strictly decreasing units, each part
    below the unit before it: ``3万5千`` = 35000, ``1亿2千万`` = 120000000.
    A bare number after a unit (``3万5``) is refused: colloquially 35000,
    literally 30005.

    The value after units may have at most two decimals: ``1.2345万`` =
    12345.00 is fine, ``12.345`` is ``amount.too_many_decimals``. ``int`` and
    ``Decimal`` arguments skip the text grammar but get the same checks
    (``float`` raises ``TypeError``, as in :func:`calc.money.to_decimal`).

    Errors (``CalcError.code`` — ``params``):
    ``amount.empty`` — none; ``amount.format`` — ``text``;
    ``amount.negative`` — ``text`` (unless ``allow_negative``);
    ``amount.too_large`` — ``text``, ``max`` (|value| > 1e12 yuan);
    ``amount.too_many_decimals`` — ``text``. ``text`` is the original input.

    >>> parse_amount("12，345.67")
    Decimal('12345.67')
    >>> parse_amount("１．２３４５万")
    Decimal('12345.00')
    >>> parse_amount("人民币 3万5千元")
    Decimal('35000.00')
    >>> parse_amount("-¥500", allow_negative=True)
    Decimal('-500.00')
    >>> parse_amount("1,23,456")
    Traceback (most recent call last):
    ...
    calc.errors.CalcError: amount.format {'text': '1,23,456'}
    """
    if not isinstance(text, str):
        value = to_decimal(text)  # TypeError for float/bool
        if not value.is_finite():
            raise CalcError("amount.format", text=str(text))
        return _checked_amount(value, str(text), allow_negative)
    norm = _squeeze(text).upper()
    if not norm:
        raise CalcError("amount.empty")
    m = _AMOUNT_RE.fullmatch(norm)
    body = _amount_body(m["body"]) if m and not (m["sign1"] and m["sign2"]) else None
    if m is None or body is None:
        raise CalcError("amount.format", text=text)
    negative = "-" in (m["sign1"], m["sign2"])
    return _checked_amount(-body if negative else body, text, allow_negative)


# --------------------------------------------------------------------------
# Rates


@dataclass(frozen=True)
class ParsedRate:
    """A rate as the user stated it.

    value
        Fraction per ``period`` (``Decimal("0.18")`` for 18 %), exact, ≥ 0.
    period
        ``"day"``, ``"month"`` or ``"year"``: the period the rate was stated
        for. Not converted: :func:`calc.rates.to_annual` does that with an
        explicit day basis.
    """

    value: Decimal
    period: Period


# Longest first, so 年化利率 wins over 年化.
_RATE_PREFIXES: Final[dict[str, Period | None]] = {
    "年化利率": "year", "年化费率": "year", "年利率": "year", "年费率": "year",
    "年化": "year", "年息": "year", "年利": "year", "年率": "year", "每年": "year",
    "月利率": "month", "月费率": "month", "月息": "month", "月利": "month",
    "月率": "month", "每月": "month",
    "日利率": "day", "日费率": "day", "日息": "day", "日利": "day", "日率": "day",
    "每日": "day", "每天": "day",
    "利率": None, "费率": None,
}  # fmt: skip
_RATE_SUFFIXES: Final[dict[str, Period]] = {
    "/年": "year", "每年": "year", "/月": "month", "每月": "month",
    "/日": "day", "/天": "day", "每日": "day", "每天": "day",
}  # fmt: skip
_RATE_RE: Final = re.compile(
    "(?P<pre>{})?(?P<sign>[-+]?)(?P<core>.+?)(?P<suf>{})?".format(
        "|".join(sorted(_RATE_PREFIXES, key=len, reverse=True)),
        "|".join(re.escape(s) for s in sorted(_RATE_SUFFIXES, key=len, reverse=True)),
    )
)
_PERCENT_RE: Final = re.compile(r"([0-9]+(?:\.[0-9]+)?)([%‰‱])")
_PER_RE: Final = re.compile(r"(百|千|万)分之(.+)")  # 万分之五
_SLANG_PER_RE: Final = re.compile(r"(千|万)(.+)")  # 万五 = 万分之五, 千三 = 千分之三
_FEN_LI_RE: Final = re.compile(r"(.+)(分|厘)")  # 月息2分 = 2 %/month
_SCALE: Final = {"%": -2, "‰": -3, "‱": -4, "百": -2, "千": -3, "万": -4}
# Traditional 分/厘: 年息1分 = 10 %, 月息1分 = 1 %; 1厘 = 0.1分.
_FEN_LI_SCALE: Final = {("year", "分"): -1, ("year", "厘"): -2,
                        ("month", "分"): -2, ("month", "厘"): -3}  # fmt: skip


def _rate_value(core: str, explicit_period: str | None) -> Decimal | None:
    """The fraction written by ``core`` (no sign, no period words); ``None`` if malformed.

    >>> _rate_value("18%", None), _rate_value("万五", None), _rate_value("18", None)
    (Decimal('0.18'), Decimal('0.0005'), Decimal('0.18'))
    """
    if m := _PERCENT_RE.fullmatch(core):
        return Decimal(m[1]).scaleb(_SCALE[m[2]])
    for pattern in (_PER_RE, _SLANG_PER_RE):
        if m := pattern.fullmatch(core):
            number = _number(m[2])
            return None if number is None else number.scaleb(_SCALE[m[1]])
    if (m := _FEN_LI_RE.fullmatch(core)) and (explicit_period, m[2]) in _FEN_LI_SCALE:
        number = _number(m[1])
        return None if number is None else number.scaleb(_FEN_LI_SCALE[explicit_period, m[2]])
    if _ASCII_NUMBER_RE.fullmatch(core):
        bare = Decimal(core)
        return bare if bare <= 1 else bare.scaleb(-2)
    return None


def parse_rate(text: str, *, default_period: Period = "year") -> ParsedRate:
    """A rate and the period it is stated for, from ``18%``, ``日息万五``, ``1.5%/月``...

    Grammar, after :func:`normalize_text` and dropping spaces not between
    digits::

        rate   := [prefix] [sign] value [suffix]
        prefix := 年化利率 | 年化 | 年利率 | 年息 | 年利 | 年率 | 年(化)费率 | 每年   → year
                | 月利率 | 月息 | 月利 | 月率 | 月费率 | 每月                   → month
                | 日利率 | 日息 | 日利 | 日率 | 日费率 | 每日 | 每天          → day
                | 利率 | 费率                                                → default
        suffix := /年 | 每年 → year;  /月 | 每月 → month;  /日 | /天 | 每日 | 每天 → day
        value  := N%  | N‰  | N‱                       (18% = 0.18, 5‰ = 0.005)
                | 百分之X | 千分之X | 万分之X            (万分之五 = 0.0005)
                | 万X | 千X                            (slang: 万五 = 万5 = 0.0005)
                | X分 | X厘    (only with a month/year period: 月息2分 = 0.02,
                                年息1分 = 0.10; 1厘 = 0.1分)
                | N                                    (bare number, see below)

    ``N`` is an ASCII number (after NFKC), ``X`` an ASCII number or a small
    Chinese one (五, 十八, 二点五). Without prefix or suffix the period is
    ``default_period``; a prefix and a suffix must agree (``年化0.05%/天`` is
    ``rate.format``).

    Bare numbers: ``N ≤ 1`` is a fraction, ``N > 1`` is a percentage, so
    ``0.18`` and ``18`` both mean 18 %, ``1.5`` means 1.5 % but ``1`` means
    100 % and ``0.5`` means 50 % (type ``1%`` / ``0.5%`` to be unambiguous;
    daily or monthly rates misread this way are caught by the bound below).

    Errors (``CalcError.code`` — ``params``; ``text`` is the original input):
    ``rate.empty`` — none; ``rate.format`` — ``text``; ``rate.negative`` —
    ``text``; ``rate.too_large`` — ``text``, ``max`` (the rate times 365 per
    day or 12 per month exceeds ``max`` = 10, i.e. 1000 % a year; a sanity
    bound, not a conversion).

    >>> parse_rate("年化18%")
    ParsedRate(value=Decimal('0.18'), period='year')
    >>> parse_rate("0.05%/天")
    ParsedRate(value=Decimal('0.0005'), period='day')
    >>> parse_rate("月息１.５％")
    ParsedRate(value=Decimal('0.015'), period='month')
    >>> parse_rate("18", default_period="year").value
    Decimal('0.18')
    """
    if default_period not in PERIODS:
        raise ValueError(f"default_period must be one of {PERIODS}, not {default_period!r}")
    norm = _squeeze(text)
    if not norm:
        raise CalcError("rate.empty")
    m = _RATE_RE.fullmatch(norm)
    if m is None:
        raise CalcError("rate.format", text=text)
    pre = _RATE_PREFIXES.get(m["pre"]) if m["pre"] else None
    suf = _RATE_SUFFIXES.get(m["suf"]) if m["suf"] else None
    if pre and suf and pre != suf:
        raise CalcError("rate.format", text=text)
    explicit = pre or suf
    value = _rate_value(m["core"], explicit)
    if value is None:
        raise CalcError("rate.format", text=text)
    if m["sign"] == "-" and value != 0:
        raise CalcError("rate.negative", text=text)
    period: Period = explicit or default_period
    if value * _BOUND_FACTOR[period] > MAX_ANNUAL_RATE:
        raise CalcError("rate.too_large", text=text, max=str(MAX_ANNUAL_RATE))
    return ParsedRate(value=value, period=period)


# --------------------------------------------------------------------------
# Counts

_INT_RE: Final = re.compile(r"([-+]?)([0-9]+)")


def parse_int(
    text: str | int,
    *,
    field_min: int,
    field_max: int,
    suffixes: tuple[str, ...] = ("期", "个月"),
) -> int:
    """A whole count in ``field_min..field_max`` (inclusive): ``12``, ``１２``, ``12期``.

    After :func:`normalize_text`, one optional trailing unit from
    ``suffixes`` (default ``期``, ``个月``; ``年`` is deliberately not a
    default: 1年 is 12 months) is dropped; the rest is an optionally signed
    run of digits or a Chinese number below 10 000 (``十二期``, ``三十六个月``).
    No separators, no decimals (``12.0`` is ``int.format``). ``int`` arguments
    get only the range check (``bool`` raises ``TypeError``).

    Errors (``params``): ``int.format`` — ``text`` (also for empty text);
    ``int.range`` — ``text``, ``min``, ``max`` (as decimal strings).

    >>> parse_int("３６个月", field_min=1, field_max=360)
    36
    >>> parse_int("0", field_min=1, field_max=60)
    Traceback (most recent call last):
    ...
    calc.errors.CalcError: int.range {'text': '0', 'min': '1', 'max': '60'}
    """
    if isinstance(text, bool) or not isinstance(text, (str, int)):
        raise TypeError(f"parse_int takes str or int, not {type(text).__name__}")
    if isinstance(text, int):
        value: int | None = text
        text = str(text)
    else:
        norm = _squeeze(text)
        for suffix in sorted(suffixes, key=len, reverse=True):
            if suffix and norm.endswith(suffix):
                norm = norm[: -len(suffix)]
                break
        if m := _INT_RE.fullmatch(norm):
            value = int(m[2]) * (-1 if m[1] == "-" else 1)
        else:
            value = _cn_integer(norm)
    if value is None:
        raise CalcError("int.format", text=text)
    if not field_min <= value <= field_max:
        raise CalcError("int.range", text=text, min=str(field_min), max=str(field_max))
    return value

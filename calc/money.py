"""Exact money: ``Decimal`` yuan, rounded to the fen in one place.

Representation
    Every amount in ``calc`` is a :class:`decimal.Decimal` number of yuan.
    Amounts a user sees (schedule rows, totals, offers) are quantized to the
    fen (0.01 yuan); intermediate products (rate × balance × days) stay
    unrounded until :func:`round_fen` is applied at a defined point.

Rounding rule (the only one in the project)
    ``ROUND_HALF_UP`` to 0.01 yuan (四舍五入到分), the convention of Chinese
    bank statements. A schedule rounds each period's interest/fee once; its
    last installment absorbs the residual so the rows sum to the fen.

Construction refuses ``float``: ``money(0.1)`` raises ``TypeError`` because
binary floats cannot represent most fen amounts. Build from ``str``, ``int``
or ``Decimal``. User-typed text (``1.2万``, ``¥500``) is parsed by
:mod:`calc.parse`, not here.

>>> money("12345.675")
Decimal('12345.68')
>>> split_evenly(money("100"), 3)
[Decimal('33.34'), Decimal('33.33'), Decimal('33.33')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal, localcontext

FEN = Decimal("0.01")
ZERO = Decimal("0.00")

#: Rates (fractions) keep this many decimal places when they are quantized for
#: output; 10 places keeps 0.05%/day × 365 exact.
RATE_PLACES = Decimal("1E-10")


def to_decimal(value: str | int | Decimal) -> Decimal:
    """Return ``value`` as a ``Decimal`` without rounding; refuse floats and bools."""
    if isinstance(value, (bool, float)):
        raise TypeError(f"refusing inexact {type(value).__name__} for money or rates: {value!r}")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        return Decimal(value.strip())
    raise TypeError(f"cannot make a Decimal from {type(value).__name__}")


def round_fen(value: Decimal) -> Decimal:
    """Quantize to the fen with ROUND_HALF_UP (the project's one rounding rule)."""
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


def money(value: str | int | Decimal) -> Decimal:
    """An amount in yuan rounded to the fen. ``money("1.005") == Decimal("1.01")``."""
    return round_fen(to_decimal(value))


def total(values: Iterable[Decimal]) -> Decimal:
    """Exact sum of amounts, starting from 0.00 so an empty sum keeps two places."""
    result = ZERO
    for v in values:
        result += v
    return result


def split_evenly(amount: Decimal, parts: int) -> list[Decimal]:
    """Split ``amount`` into ``parts`` fen amounts that sum exactly to it.

    Earlier parts take the extra fen (largest-remainder with equal weights).
    """
    return split_by_weights(amount, [Decimal(1)] * parts)


def split_by_weights(amount: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """Split ``amount`` (fen-exact) in proportion to non-negative ``weights``.

    Largest-remainder method on whole fen: each part is floored to the fen,
    the remaining fen go one each to the largest fractional remainders (ties:
    the earlier weight). The parts sum exactly to ``amount``. All-zero weights
    split evenly.

    >>> split_by_weights(Decimal("10.00"), [Decimal(1), Decimal(2)])
    [Decimal('3.33'), Decimal('6.67')]
    """
    if not weights:
        return []
    if any(w < 0 for w in weights):
        raise ValueError("weights must be non-negative")
    wsum = sum(weights, Decimal(0))
    if wsum == 0:
        weights = [Decimal(1)] * len(weights)
        wsum = Decimal(len(weights))
    fen_total = int((round_fen(amount) / FEN).to_integral_value())
    with localcontext() as ctx:
        ctx.prec = 50
        exact = [Decimal(fen_total) * w / wsum for w in weights]
    floors = [int(e.to_integral_value(rounding="ROUND_FLOOR")) for e in exact]
    left = fen_total - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return [Decimal(f) * FEN for f in floors]


def fmt_plain(amount: Decimal) -> str:
    """Fen-exact decimal string as used in the plan file and JSON (``"1234.50"``)."""
    return str(round_fen(amount))


def fmt_rate(rate: Decimal) -> str:
    """A rate fraction as a plain decimal string without exponent (``"0.18"``),
    rounded to 10 places; any finite magnitude (a runaway APR of 1E+24 too).

    >>> fmt_rate(Decimal("0.1800")), fmt_rate(Decimal("1.2E+24"))
    ('0.18', '1200000000000000000000000')
    """
    if not rate.is_finite():
        raise ValueError(f"not a finite rate: {rate}")
    with localcontext() as ctx:
        ctx.prec = max(28, rate.adjusted() + 12)
        q = rate.quantize(RATE_PLACES, rounding=ROUND_HALF_UP).normalize()
    text = format(q, "f")
    return text if text not in ("-0", "") else "0"

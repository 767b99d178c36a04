"""Rounding-aware intervals: what a stated figure allows, and interval arithmetic.

A figure stated to a precision stands for an interval of true values (statcheck / GRIM):
"19%" is [18.5, 19.5) when rounded half-up and [19, 20) when truncated. A check passes when
the stated interval and the recomputed interval meet.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["ROUNDINGS", "Interval", "exact_or_rounded", "first_passing", "stated_interval"]

ROUNDINGS = ("half-up", "truncation")


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float
    hi_open: bool = False

    def meets(self, other: Interval) -> bool:
        """True when the two intervals share a point.

        >>> Interval(18.5, 19.5, True).meets(Interval(19.26, 19.26))
        True
        >>> Interval(18.5, 19.5, True).meets(Interval(19.5, 19.6))
        False
        """
        if self.lo > other.hi or other.lo > self.hi:
            return False
        if self.hi_open and other.lo >= self.hi:
            return False
        return not (other.hi_open and self.lo >= other.hi)

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2

    def bounds(self) -> tuple[float | None, float | None]:
        return (
            None if math.isinf(self.lo) else round(self.lo, 6),
            None if math.isinf(self.hi) else round(self.hi, 6),
        )

    def scaled(self, factor: float) -> Interval:
        lo, hi = sorted((self.lo * factor, self.hi * factor))
        return Interval(lo, hi, self.hi_open)


def _snap(x: float, step: float) -> float:
    """``x`` without the binary noise of ``value ± step / 2`` (641.2 - 0.05 is
    641.1500000000001 in floats; the bound meant is 641.15).

    >>> _snap(641.2 - 0.1 / 2, 0.1)
    641.15
    """
    if step <= 0 or not math.isfinite(x):
        return x
    return round(x, max(0, -math.floor(math.log10(step))) + 2)


def stated_interval(value: float, step: float, rounding: str = "half-up") -> Interval:
    """The true values a figure stated as ``value`` to precision ``step`` stands for.

    >>> stated_interval(19, 1)
    Interval(lo=18.5, hi=19.5, hi_open=True)
    >>> stated_interval(-20, 1)
    Interval(lo=-20.5, hi=-19.5, hi_open=False)
    >>> stated_interval(19, 1, "truncation")
    Interval(lo=19, hi=20, hi_open=True)
    """
    if rounding == "truncation":
        return (
            Interval(value, _snap(value + step, step), True)
            if value >= 0
            else Interval(_snap(value - step, step), value, True)
        )
    # half-up on the magnitude: "-62.8" stands for -62.85 < x <= -62.75
    return Interval(_snap(value - step / 2, step), _snap(value + step / 2, step), value >= 0)


def exact_or_rounded(value: float, step: float) -> Interval:
    """An input figure: a whole count stated to the unit is exact; anything coarser
    ("1.3 mln", "£75 million") is an interval of half a step either side.

    >>> exact_or_rounded(31842, 1)
    Interval(lo=31842, hi=31842, hi_open=False)
    >>> exact_or_rounded(1_300_000, 100_000)
    Interval(lo=1250000.0, hi=1350000.0, hi_open=False)
    """
    if step <= 1 and float(value).is_integer():
        return Interval(value, value)
    return Interval(_snap(value - step / 2, step), _snap(value + step / 2, step))


def first_passing(value: float, step: float, computed: Interval) -> tuple[str | None, Interval]:
    """The first editorial rounding under which the stated figure meets ``computed``."""
    for rounding in ROUNDINGS:
        allowed = stated_interval(value, step, rounding)
        if allowed.meets(computed):
            return rounding, allowed
    return None, stated_interval(value, step, ROUNDINGS[0])

"""One number found in text, as :func:`factex.quantities.numerals.find_numbers` returns it."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NumberMatch", "alternation"]


@dataclass(frozen=True)
class NumberMatch:
    start: int
    end: int
    value: float
    step: float
    """Unit in the last stated place, scaled: "1.3 mln" → 100000."""
    currency: str | None = None
    percent: str | None = None
    """"percent" or "percentage_point" when the number carries a percent sign or words."""
    multiplier_word: str | None = None
    is_word: bool = False
    value_max: float | None = None
    """Upper end of a range ("5-7%", "between 200 and 300", "thousands")."""
    unit: str | None = None
    """A unit written against the digits or in the number phrase ("256GB", "15-year-old")."""
    sign: str | None = None
    """"+" or "-" written before the digits ("+0.2%", "-5C")."""
    vague: bool = False
    """A vague amount ("dozens", "tens of thousands"): value..value_max is an order of magnitude."""


def alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

"""Fractions ("1/2", "two-thirds", "half", "one in five") and vague amounts ("dozens of",
"tens of thousands of") as number matches; :func:`factex.quantities.numerals.find_numbers`
merges them with the digits and number words it reads."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..resources import load_lexicon
from .match import NumberMatch, alternation

__all__ = ["vague_amounts", "with_fractions"]


_FRACTION = re.compile(
    r"(?<![\w/.,])(?:(?P<num>\d{1,3})\s?[/⁄](?P<den>\d{1,4})(?![\d/])|"
    r"(?P<word>(?:a|one|two|three|four)[\s-](?P<part>half|thirds?|quarters?|fifths|fourths|"
    r"tenths|(?:fifth|fourth|tenth)(?=\s+of\b))|half)|"
    r"(?P<rn>one|a|two|three|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<rd>two|three|"
    r"four|five|six|seven|eight|nine|ten|\d{1,3})(?!\s*(?:years?|months?|weeks?|days?|hours?|"
    r"minutes?|seconds?|games?|matches|starts?|races?|appearances?|innings|attempts?|shots?|"
    r"seasons?|%|per\b|percent|cent|[.,:]\d)))\b(?!-)",
    re.I,
)
_PERIOD_HALF = re.compile(r"\b(?:this|first|second|last|next|previous|current|latest)\s+$", re.I)
_PARTS = {
    "half": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def with_fractions(text: str, singles: list[NumberMatch]) -> list[NumberMatch]:
    """ "1/2 pound", "two-thirds", "half", "a quarter": fractions replace the digits they cover."""
    fractions: list[NumberMatch] = []
    for m in _FRACTION.finditer(text):
        if m.group("rn"):  # "one in five", "1 out of 3"
            words = load_lexicon().number_words
            rn, rd = (m.group(g).lower() for g in ("rn", "rd"))
            a = 1 if rn == "a" else int(rn) if rn.isdigit() else words[rn]
            b = int(rd) if rd.isdigit() else words[rd]
            if not 0 < a < b:
                continue
            value, is_word = a / b, not rn.isdigit()
        elif m.group("num"):
            den = int(m.group("den"))
            if den == 0 or den in (19, 20) or int(m.group("num")) >= den:
                continue  # "24/7", "9/11", "2019/20": not fractions
            value = int(m.group("num")) / den
            is_word = False
        else:
            word = m.group("word").lower()
            if word == "half":
                if _PERIOD_HALF.search(text, max(0, m.start() - 10), m.start()):
                    continue  # "sales grew this half", "in the first half": a period
                value = 0.5
            else:
                count = word.replace("-", " ").split()[0]
                value = _SMALL[count] / _PARTS[m.group("part").lower()]
            is_word = True
        fractions.append(
            NumberMatch(
                start=m.start(),
                end=m.end(),
                value=value,
                step=value,
                unit="fraction",
                is_word=is_word,
            )
        )
    # Fractions never overlap each other: only the last one starting at or before a
    # number can cover it (bisect keeps this linear on texts full of fractions).
    starts = [f.start for f in fractions]

    def covered(n: NumberMatch) -> bool:
        i = bisect.bisect_right(starts, n.start) - 1
        return i >= 0 and n.start < fractions[i].end

    out = [n for n in singles if not covered(n)] + fractions
    return sorted(out, key=lambda n: n.start)


@lru_cache(maxsize=1)
def _vague_pattern() -> re.Pattern[str]:
    words = load_lexicon().vague_numbers
    words_re = alternation(list(words)).replace(r"\ ", r"\s+")
    return re.compile(rf"\b({words_re})\s+of\b", re.I)


def vague_amounts(text: str) -> list[NumberMatch]:
    """ "dozens of", "tens of thousands of": an order of magnitude, as a range."""
    found = []
    for m in _vague_pattern().finditer(text):
        word = " ".join(m.group(1).lower().split())
        low = _VAGUE_RANGES.get(word)
        if low is None:
            continue
        found.append(
            NumberMatch(
                start=m.start(1),
                end=m.end(1),
                value=low[0],
                value_max=low[1],
                step=low[0],
                is_word=True,
                vague=True,
            )
        )
    return found


_VAGUE_RANGES = {
    "dozens": (12.0, 120.0),
    "scores": (20.0, 200.0),
    "hundreds": (100.0, 1000.0),
    "thousands": (1000.0, 10000.0),
    "tens of thousands": (10000.0, 100000.0),
    "hundreds of thousands": (100000.0, 1000000.0),
    "millions": (1000000.0, 10000000.0),
    "tens of millions": (10000000.0, 100000000.0),
    "hundreds of millions": (100000000.0, 1000000000.0),
    "billions": (1000000000.0, 10000000000.0),
}

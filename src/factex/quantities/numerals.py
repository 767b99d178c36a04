"""Read numbers the way news writes them: "3,197", "1.3 mln", "£75 million", "five", "19%".

Pure functions over strings; :mod:`factex.quantities.extract` places them in a parsed Doc.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..resources import load_lexicon

__all__ = ["NumberMatch", "find_numbers", "parse_numeral"]


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


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    lex = load_lexicon()
    symbols = [s for s in lex.currencies if not s.isalpha()]
    words = [w for w in lex.number_words if not w.startswith("a ")]
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    mult = _alternation(list(lex.multipliers))
    return re.compile(
        rf"(?<![\w.,£$€¥/:-])(?:(?P<cur>{_alternation(symbols)})\s?)?"
        r"(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        rf"|(?P<word>(?:{tens})-(?:{ones})|{_alternation(words)}))"
        rf"(?:\s?(?P<mult>{mult})(?![\w]))?"
        r"(?:\s?(?P<pct>%|per\s?cent\b|percent\b|pct\b|percentage\s+points?\b))?"
        r"(?![\w£$€]|[.,]\d|:\d|-[A-Za-z]|/\d)",
        re.I,
    )


def _decimal_step(numeral: str) -> Decimal:
    """Unit in the last place of a written numeral: "1.30" → 0.01, "3,197" → 1."""
    if "." in numeral:
        return Decimal(1).scaleb(-len(numeral.split(".")[1]))
    return Decimal(1)


def parse_numeral(numeral: str) -> float | None:
    """Value of digits with thousands separators, or of a number word.

    >>> parse_numeral("3,197"), parse_numeral("1.30"), parse_numeral("forty-two")
    (3197.0, 1.3, 42.0)
    >>> parse_numeral("1,2,3") is None
    True
    """
    text = numeral.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", text):
        try:
            return float(Decimal(text.replace(",", "")))
        except InvalidOperation:  # pragma: no cover - the regex rules this out
            return None
    words = load_lexicon().number_words
    if text in words:
        return float(words[text])
    if "-" in text:
        tens, _, ones = text.partition("-")
        if tens in words and ones in words:
            return float(words[tens] + words[ones])
    return None


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in ``text`` with its currency, multiplier and percent sign.

    >>> [(m.value, m.currency, m.step) for m in find_numbers("an extra £75 million")]
    [(75000000.0, 'GBP', 1000000.0)]
    >>> [(m.value, m.percent) for m in find_numbers("up 19% on 2,000 and 3.5 percentage points")]
    [(19.0, 'percent'), (2000.0, None), (3.5, 'percentage_point')]
    >>> find_numbers("numbers like 1,2,3 or Covid-19 or A1 or 10:30")
    []
    """
    lex = load_lexicon()
    found: list[NumberMatch] = []
    for m in _pattern().finditer(text):
        numeral = m.group("num") or m.group("word")
        value = parse_numeral(numeral)
        if value is None:
            continue
        step = _decimal_step(numeral) if m.group("num") else Decimal(1)
        mult_word = m.group("mult")
        scale = Decimal(str(lex.multipliers[mult_word.lower()])) if mult_word else Decimal(1)
        if mult_word and mult_word.lower() in ("m", "b", "k") and not m.group("cur"):
            scale, mult_word = Decimal(1), None  # "5m" is metres unless it is money
        end = (
            m.end()
            if mult_word or m.group("pct")
            else m.end("num")
            if m.group("num")
            else m.end("word")
        )
        pct = m.group("pct")
        percent = None
        if pct:
            percent = "percentage_point" if "point" in pct.lower() else "percent"
        cur = m.group("cur")
        found.append(
            NumberMatch(
                start=m.start(),
                end=end,
                value=float(Decimal(str(value)) * scale),
                step=float(step * scale),
                currency=lex.currencies.get(cur) if cur else None,
                percent=percent,
                multiplier_word=mult_word,
                is_word=m.group("word") is not None,
            )
        )
    return found

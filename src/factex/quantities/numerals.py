"""Read numbers the way news writes them: "3,197", "1.3 mln", "£75 million", "five", "19%",
"256GB", "HK$3.7bn", "15-year-old", "5-7%", "between 200 and 300", "tens of thousands".

Pure functions over strings; :mod:`factex.quantities.extract` places them in a parsed Doc.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..resources import load_lexicon
from .fractions import vague_amounts, with_fractions
from .match import NumberMatch, alternation
from .units import load_units, measurement_unit, unit_after

__all__ = ["NumberMatch", "find_numbers", "parse_numeral"]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    lex = load_lexicon()
    table = load_units()
    symbols = [s for s in lex.currencies if not s.isalpha()]
    prefixes = sorted({*symbols, *table.currency_prefixes}, key=len, reverse=True)
    words = [w for w in lex.number_words if not w.startswith("a ")]
    article = rf"an?\s+(?:{alternation(list(_ARTICLE_SCALES))})\b"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    small_words = [w for w, v in lex.number_words.items() if 0 < v < 100 and " " not in w]
    small = rf"(?:(?:{tens})[- ](?:{ones})\b|{alternation(small_words)})"
    hundreds = rf"{small}(?:\s+hundred\b(?:\s+(?:and\s+)?{small})?)?"
    compound = rf"{hundreds}(?:\s+thousand\b(?:\s+(?:and\s+)?{hundreds})?)?"
    mult = alternation(list(lex.multipliers))
    return re.compile(
        r"(?:(?<![\w.,£$€¥/:\-–+])|(?<=\d[-–])|(?<=\bsub-)|(?<=,)(?=minus\s))"
        rf"(?:(?P<cur>{alternation(prefixes)})\s?)?"
        r"(?P<sign>[-−+](?=[\d.])|minus[-\s](?=\d))?"
        r"(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
        rf"|(?P<word>{article}|{compound}(?![\w-])|{alternation(words)}))"
        r"(?P<exp>\s?(?:×\s?10(?:\^|\*\*)?(?:[-−]\d{1,3}|[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|(?<=\^)\d{1,3}"
        r"|(?<=\*\*)\d{1,3})|[xX]\s?10(?:\^|\*\*)[-−]?\d{1,3})(?!\d))?"
        rf"(?:\s?(?P<mult>(?<=\d\s)hundred(?:\s+(?:{mult}))?|{mult})(?![a-z]|\.[a-z]))?"
        r"(?:\s?(?P<pct>%|per\s?cent\b|percent\b|pct\b|pc\b|percentage[\s-]points?\b))?"
        r"(?P<age>[-\s]?(?:years?|yr|months?)[-\s]old\b)?"
        r"(?P<glued>(?<=[\d%a-z])-?[A-Za-zµμ°º″][A-Za-z]*[23]?(?:/[A-Za-z]+[23]?)?)?"
        r"(?![\w£$]|[.,]\d|:\d|(?<![%t])-[A-Za-z]|/\d)",
        re.I,
    )


_CURRENCY_PREFIX_OK = re.compile(r"^(?:[A-Z]{2,3}|Rs)$")
_ARTICLE_SCALES = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
"""Scale words read with an article: "a million dollar house", "a dozen eggs"."""
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--")


def _transliterated_pound(m: re.Match[str]) -> bool:
    """ "PS2.7m", "PS21,700": "£" written "PS" by an ASCII transliteration. Only against
    the digits and with a scale word or a decimal/thousands separator ("PS5" is a console)."""
    num = m.group("num") or ""
    return m.end("cur") == m.start("num") and bool(m.group("mult") or re.search(r"[.,]", num))


def _exponent(written: str) -> int:
    """The power of ten in "×10−30", "x 10^8", "×10⁸".

    >>> _exponent("×10−30"), _exponent(" x 10^8"), _exponent("×10⁸")
    (-30, 8, 8)
    """
    digits = re.sub(r"^\s?(?:×|[xX])\s?10(?:\^|\*\*)?", "", written).translate(_SUPERSCRIPT)
    return int(digits)


def _decimal_step(numeral: str) -> Decimal:
    """Unit in the last place of a written numeral: "1.30" → 0.01, "3,197" → 1."""
    if "." in numeral:
        return Decimal(1).scaleb(-len(numeral.split(".")[1]))
    return Decimal(1)


def parse_numeral(numeral: str) -> float | None:
    """Value of digits with thousands separators, or of a number word.

    >>> parse_numeral("3,197"), parse_numeral("1.30"), parse_numeral("forty-two")
    (3197.0, 1.3, 42.0)
    >>> parse_numeral(".500"), parse_numeral("1,2,3") is None
    (0.5, True)
    >>> parse_numeral("twenty-eight thousand six hundred and forty-two")
    28642.0
    """
    text = numeral.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+", text):
        try:
            return float(Decimal(text.replace(",", "")))
        except InvalidOperation:  # pragma: no cover - the regex rules this out
            return None
    words = load_lexicon().number_words
    if text in words:
        return float(words[text])
    return _compound_words(text)


def _compound_words(text: str) -> float | None:
    """ "twenty-eight thousand six hundred forty-two" → 28642; "four hundred" → 400."""
    words = load_lexicon().number_words
    total = current = 0
    for word in re.split(r"[\s-]+", text):
        if word == "and":
            continue
        if word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total, current = total + max(current, 1) * 1000, 0
        elif word in words and words[word] < 100:
            current += words[word]
        else:
            return None
    return float(total + current)


def _glued(word: str, has_currency: bool) -> tuple[str | None, str | None, float | None]:
    """A suffix written against the digits → (unit, currency, multiplier).

    ("GB" → gigabyte; "p" → pence; "bn" → 1e9; "fold" → times; "m" → million for money,
    metres otherwise.)"""
    lex = load_lexicon()
    table = load_units()
    lower = word.lower()
    if lower in ("fold",):
        return "times", None, None
    if lower in lex.multipliers and (has_currency or lower not in ("m", "b")):
        return None, None, lex.multipliers[lower]
    if lower in table.currency_words and lower not in ("pound", "pounds") and not has_currency:
        return None, table.currency_words[lower], None
    unit = measurement_unit(word, glued=True)
    return unit, None, None


def _one(m: re.Match[str]) -> NumberMatch | None:
    lex = load_lexicon()
    table = load_units()
    numeral = m.group("num") or m.group("word")
    words = numeral.lower().split()
    if m.group("word") and words[0] in ("a", "an"):
        value: float | None = float(_ARTICLE_SCALES[words[-1]])
    else:
        value = parse_numeral(numeral)
    if value is None:
        return None
    cur = m.group("cur")
    if cur and cur.isalpha() and not _CURRENCY_PREFIX_OK.match(cur):
        return None
    if cur == "PS" and not _transliterated_pound(m):
        return None  # "PS5", "PS 4": a games console, not pounds
    if _TIME_AFTER.match(m.string, m.end()):
        return None  # "11 a.m.", "10.45pm": a time of day
    step = _decimal_step(numeral) if m.group("num") else Decimal(1)
    if m.group("exp"):
        if not m.group("num"):
            return None
        power = Decimal(1).scaleb(_exponent(m.group("exp")))  # "1.99×10−30"
        value, step = float(Decimal(str(value)) * power), step * power
    mult_word = m.group("mult")
    scale = Decimal(1)
    for word in (mult_word or "").lower().split():  # "4 hundred million" → 100 × 1e6
        scale *= Decimal(100) if word == "hundred" else Decimal(str(lex.multipliers[word]))
    currency = None
    if cur:
        currency = table.currency_prefixes.get(cur) or lex.currencies.get(cur)
        if currency is None:
            currency = table.currency_prefixes.get(re.sub(r"\s", "", cur))
    end = m.end()
    unit = None
    glued = m.group("glued")
    if glued and m.group("word") and glued.lower() != "fold":
        return None  # "Tencent", "tenth": letters glued to a number word
    if glued and glued.startswith("-") and not measurement_unit(glued[1:], glued=True):
        if not m.group("pct"):
            return None  # "14-day period", "10-point plan": a compound, not a figure here
        glued, end = None, m.start("glued")  # "43.4 percent-owned": the word is not a unit
    glued = glued.lstrip("-") if glued else None
    if glued:
        g_unit, g_cur, g_mult = _glued(glued, currency is not None)
        if g_mult and not mult_word:
            scale, mult_word = Decimal(str(g_mult)), glued
        elif g_cur:
            currency = g_cur
        elif g_unit:
            unit = g_unit
        elif (spaced := unit_after(m.string, m.start("glued"))) and spaced[1] > m.end():
            unit, end = spaced  # "3923sq m", "900sq ft": a multi-word unit against the digits
        else:
            return None  # "S23", "4G", "10am": letters that are not a unit
    if (
        mult_word
        and mult_word in ("m", "b")
        and not currency
        and not glued
        and not _counts_millions(m.string, m.start(), m.end())
    ):
        scale, mult_word = Decimal(1), None  # "5m" is metres unless it is money or counts
        end = m.end("num") if m.group("num") else m.end("word")
        unit = "meter" if m.group("mult").lower() == "m" else None
        end = m.end("mult") if unit else end
    if m.group("age"):
        unit = "month_of_age" if "month" in m.group("age").lower() else "year_of_age"
    pct = m.group("pct")
    percent = None
    if pct:
        percent = "percentage_point" if "point" in pct.lower() else "percent"
    sign = m.group("sign")
    if sign and sign.lower().startswith("minus"):
        sign = "-"
    signed = -value if sign in ("-", "−") else value
    value_max = None
    vague = bool(
        m.group("word") in ("hundred", "thousand")
        and _SEVERAL.search(m.string, max(0, m.start() - 12), m.start())
    )
    if vague:  # "several hundred": between two and nine hundred, not 100
        signed, value_max, step = 2 * value, 9 * value, Decimal(str(value))
    return NumberMatch(
        start=m.start(),
        end=end,
        value=float(Decimal(str(signed)) * scale),
        value_max=float(Decimal(str(value_max)) * scale) if value_max else None,
        vague=vague,
        step=float(step * scale),
        currency=currency,
        percent=percent,
        multiplier_word=mult_word,
        is_word=m.group("word") is not None,
        unit=unit,
        sign="-" if sign in ("-", "−") else sign,
    )


_SEVERAL = re.compile(r"\b(?:several|a\s+few|few|many)\s+$", re.I)
_PHONE = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}[\s.-]?)?\(?0\d{1,4}\)?(?:[\s.-]\d{2,4}){2,}(?![\w.,]\d)"
)
_ISO_STAMP = re.compile(
    r"(?<![\w.])\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?(?![\w.]\d)"
)
_AFTER_HYPHEN = re.compile(r"\d[-–]$")
_TIME_AFTER = re.compile(r"\s?(?:[ap]\.?m\b\.?|[ap]\.m\.|GMT\b|BST\b|EST\b|EDT\b|UTC\b)", re.I)


def _counts_millions(text: str, start: int, end: int) -> bool:
    """ "2.7m combined sales", "1.2m tons of", "35m of its devices": an "m" that counts
    (a plural noun follows within five words, or "of"), not metres ("a 5m hole")."""
    if re.search(r"\ban?\s+$", text[max(0, start - 4) : start], re.I):
        return False
    if not _COUNTED_AFTER.match(text, end):
        return False
    words = re.match(r"[^.,;:()]{0,48}", text[end:]).group(0).split()[:5]
    return any(w == "of" or w == "people" or re.fullmatch(r"[a-z-]{3,}s", w) for w in words)


_COUNTED_AFTER = re.compile(
    r"\s(?!(?:tall|long|high|wide|deep|away|above|below|from|in|on|off|per|race|dash|sprint|"
    r"freestyle|hurdles|relay|x|by|to|and|or|up|down|at|into|deep|thick|square|cubic)\b)"
    r"[a-z][a-z-]*\b"
)
_RANGE_JOIN = re.compile(r"^\s?(?:-|–|—|to)\s?$|^\s+(?:to|and)\s+$", re.I)
_BETWEEN = re.compile(r"\b(?:between|from)\s+(?:[^\s\d]{1,3}\s?)?$", re.I)
_CHANGE_RANGE_BEFORE = re.compile(
    r"\b(?:by|up|down|rose|fell|gained|lost|added|shed|climbed|dropped|jumped)\s+"
    r"(?:about\s+|some\s+|nearly\s+)?\S{0,4}$",
    re.I,
)
_CHANGE_BEFORE_FROM = re.compile(
    r"\b(?:rose|rise|rising|fell|fall|falling|grew|jumped|climbed|dropped|slipped|increased|"
    r"decreased|narrowed|widened|eased|slow|slowed|cut|raised|lowered|up|down|moved|went|"
    r"changed|plummeted|plunged|soared|surged)\b[^.;]{0,20}\bfrom\s+\S{0,4}$",
    re.I,
)
_FROM = re.compile(r"\bfrom\s+\S{0,4}$", re.I)


def _kind(n: NumberMatch) -> tuple[str | None, str | None, str | None]:
    return n.currency, n.percent, n.unit


def _join_range(a: NumberMatch, b: NumberMatch, text: str) -> NumberMatch | None:
    """ "5-7%", "between 200 and 300", "four to five thousand", "1 to 1.5 degrees"."""
    gap = text[a.end : b.start]
    if not _RANGE_JOIN.match(gap):
        return None
    before = text[max(0, a.start - 14) : a.start]
    if "and" in gap.lower() and not _BETWEEN.search(before):
        return None
    if _FROM.search(before) and "to" in gap.lower() and _CHANGE_BEFORE_FROM.search(before):
        return None  # "fell from $2,415 to $2,315": a change, kept as two figures
    if any(_kind(a)) and _kind(a) != _kind(b):
        return None  # "9.4 per cent to $84": two figures, not a range
    if "to" in gap.lower() and any(_kind(a)) and _CHANGE_RANGE_BEFORE.search(before):
        return None  # "increased by $43.6 billion to $419.2 billion" (not "by 1 to 1.5 degrees")
    low = a.value
    step = a.step
    b_number = parse_numeral(_numeral_of(b, text)) or b.value
    if b.multiplier_word and not a.multiplier_word and a.value >= b_number and _year_like(a, text):
        return None  # "rose 60% in 2018 to 3.9 million": not "2,018 to 3.9 million"
    if b.multiplier_word and not a.multiplier_word and a.value < b_number:
        factor = b.value / (parse_numeral(_numeral_of(b, text)) or b.value) if b.value else 1
        low, step = a.value * factor, a.step * factor
    elif b.is_word and a.is_word and a.value < 100 and (scale := _trailing_scale(b, text)):
        low, step = a.value * scale, a.step * scale  # "four to five thousand"
    if low >= b.value:
        return None
    return replace(
        b,
        start=a.start,
        value=low,
        value_max=b.value,
        step=min(step, b.step),
        currency=a.currency or b.currency,
        is_word=a.is_word and b.is_word,
    )


def _year_like(n: NumberMatch, text: str) -> bool:
    return not any(_kind(n)) and re.fullmatch(r"1\d{3}|20\d{2}", text[n.start : n.end]) is not None


def _trailing_scale(n: NumberMatch, text: str) -> int | None:
    last = text[n.start : n.end].lower().split()[-1]
    return {"hundred": 100, "thousand": 1000}.get(last)


def _numeral_of(n: NumberMatch, text: str) -> str:
    m = re.search(r"\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?", text[n.start : n.end], re.I)
    return m.group(0) if m else ""


def _is_score(a: NumberMatch, b: NumberMatch, text: str) -> bool:
    """ "2-1", "3-0": small integers joined by a hyphen with nothing after them."""
    gap = text[a.end : b.start]
    limit = 20 if a.value < b.value else 200  # "2-1", "89-89", "110-98"; not "5-7", "12-15"
    return (
        gap in ("-", "–")
        and all(float(n.value).is_integer() and 0 <= n.value < limit for n in (a, b))
        and "," not in text[a.start : b.end]
        and not (
            a.value < b.value and (_COUNT_AFTER_SCORE.match(text, b.end) or unit_after(text, b.end))
        )
        and not any(_kind(a)) + any(_kind(b))
        and not a.multiplier_word
        and not b.multiplier_word
    )


_COUNT_AFTER_SCORE = re.compile(r"\s(?:[a-z]{2,}s|people|men|women|children)\b(?<!\bwins)")
"""After "5-7", a plural count makes a range ("5-7 days", "12-15 people"), not a score."""


def find_numbers(text: str, *, vague: bool = False) -> list[NumberMatch]:
    """Every number in ``text`` with its currency, multiplier, percent sign and glued unit.

    Ranges ("5-7%", "between 200 and 300") come back as one match with ``value_max``;
    scores ("2-1") and times of day ("10.45pm") are left out. ``vague=True`` adds
    "dozens of", "tens of thousands of" as ranges.

    >>> [(m.value, m.currency, m.step) for m in find_numbers("an extra £75 million")]
    [(75000000.0, 'GBP', 1000000.0)]
    >>> [(m.value, m.percent) for m in find_numbers("up 19% on 2,000 and 3.5 percentage points")]
    [(19.0, 'percent'), (2000.0, None), (3.5, 'percentage_point')]
    >>> find_numbers("numbers like 1,2,3 or Covid-19 or A1 or 10:30 or 10.45pm or 2-1")
    []
    >>> [(m.value, m.value_max, m.percent) for m in find_numbers("a 5-7% rise")]
    [(5.0, 7.0, 'percent')]
    >>> [(m.value, m.unit) for m in find_numbers("256GB and a 15-year-old")]
    [(256.0, 'gigabyte'), (15.0, 'year_of_age')]
    >>> [(m.value, m.currency) for m in find_numbers("a million dollars, PS2.7m, not a PS5")]
    [(1000000.0, None), (2700000.0, 'GBP')]
    >>> [m.value for m in find_numbers("1.99×10−30 kg, tied 89-89, 2019-09-01T10:38Z")]
    [1.99e-30]
    """
    phones = [(p.start(), p.end()) for p in _PHONE.finditer(text)]
    phones += [(p.start(), p.end()) for p in _ISO_STAMP.finditer(text)]  # "2019-09-01T10:38Z"
    singles = [
        n
        for m in _pattern().finditer(text)
        if (n := _one(m)) is not None and not any(s <= n.start < e for s, e in phones)
    ]
    singles = with_fractions(text, singles)
    found: list[NumberMatch] = []
    i = 0
    while i < len(singles):
        a = singles[i]
        b = singles[i + 1] if i + 1 < len(singles) else None
        if b is not None and _is_score(a, b, text):
            i += 2
            continue
        if b is not None and (joined := _join_range(a, b, text)) is not None:
            found.append(joined)
            i += 2
            continue
        if not _AFTER_HYPHEN.search(text, max(0, a.start - 2), a.start):
            found.append(a)  # else the tail of a code ("ISO 3888-2")
        i += 1
    if vague:
        taken = [(n.start, n.end) for n in found]
        found += [
            v for v in vague_amounts(text) if not any(s < v.end and v.start < e for s, e in taken)
        ]
        found.sort(key=lambda n: n.start)
    return found

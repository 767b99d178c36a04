"""Quantities in a parsed article: number + unit + qualifier + change direction.

Rule ids (``Quantity.rule``): ``quantities.number`` (digits), ``quantities.number_word``
("five"), ``quantities.range`` ("5-7%", "between 200 and 300"), ``quantities.vague``
("dozens of", "tens of thousands of": an order of magnitude, not a figure to verify).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..doctext import doc_text
from ..models import DateMention, Quantity
from ..resources import load_lexicon
from .ages import is_age
from .ellipsis import coordinated_changes, elliptical_units
from .names import is_address_or_code, is_name, is_year
from .numerals import NumberMatch, find_numbers
from .units import counted_noun, load_units, measurement_unit, unit_after

__all__ = ["extract_quantities", "qualifier_before"]


def _qualifier_pattern() -> re.Pattern[str]:
    words = sorted(load_lexicon().qualifiers, key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[\s(“\"]))(" + "|".join(map(re.escape, words)) + r")\s+$", re.I)


_QUALIFIER = _qualifier_pattern()
_CHANGE_BEFORE = re.compile(
    r"\b(up|down|upwards?|downwards?|rose|fell|rise|fall|increased|decreased|dropped|gained|"
    r"added|lost|shed|"
    r"climbed|jumped|declined|slumped|surged|slipped|slid|dipped|plunged|tumbled|soared|"
    r"edged\s+(?:up|down|higher|lower)|rising|falling|growth\s+of|increase\s+of|"
    r"decrease\s+of|drop\s+of|fall\s+of|rise\s+of|(?:a|an)\s+(?:increase|decrease|drop|"
    r"fall|rise|gain|loss|decline|jump|cut|reduction)\s+of)\s+(?:by\s+)?(?:about\s+|some\s+|"
    r"nearly\s+|almost\s+|around\s+|more\s+than\s+|over\s+)?$",
    re.I,
)
_TRAILING_CHANGE = re.compile(
    r"\s?(?:(?P<up>increase|rise|gain|jump|growth|higher|more|hike|surge|climb)|"
    r"(?P<down>drop|decrease|fall|decline|cut|lower|less|fewer|loss|reduction|slump|dip))\b",
    re.I,
)


def qualifier_before(text: str, start: int) -> tuple[str, int] | None:
    """The qualifier kind right before ``start`` and where its words begin.

    >>> qualifier_before("More than 3,000 migrants", 10)
    ('more than', 0)
    >>> qualifier_before("A total of 3,197", 11) is None
    True
    >>> qualifier_before("height of ~1.2mm", 11)
    ('about', 10)
    """
    if start > 0 and text[start - 1] in "~≈":
        return "about", start - 1
    if text[max(0, start - 4) : start].lower() == "sub-":
        return "less than", start - 4
    match = _QUALIFIER.search(text[max(0, start - 24) : start])
    if match is None:
        return None
    kind = load_lexicon().qualifiers[match.group(1).lower()]
    return kind, start - (len(text[max(0, start - 24) : start]) - match.start(1))


def _change_direction(doc: Doc, span: Span, match: NumberMatch, unit: str | None) -> str | None:
    lex = load_lexicon()
    if match.sign and (match.percent or match.currency or unit in ("point", "basis_point")):
        return "up" if match.sign == "+" else "down"
    before = _CHANGE_BEFORE.search(doc_text(doc)[max(0, match.start - 32) : match.start])
    if before and _PHRASAL.search(doc_text(doc), max(0, match.start - 48), match.start):
        before = None  # "gave up 517 yards", "racked up 300 points": not a change
    words = before.group(1).lower().split() if before else []
    word = next((w for w in words if w not in ("a", "an", "of", "edged")), None)
    if word is None:
        root = span.root
        if root.dep_ in ("nummod", "quantmod", "compound") and root.head.pos_ == "NOUN":
            root = root.head  # "loses 127 gigatonnes": the measured noun is the object
        head = root.head
        if head.pos_ == "VERB" and root.dep_ in ("dobj", "npadvmod", "advmod", "attr"):
            word = head.lower_
        elif head.pos_ == "ADP" and head.lower_ == "by" and head.head.pos_ == "VERB":
            word = head.head.lower_  # "valve duration was increased by 18 degrees"
    if word in lex.change_up or word in _UP_EXTRA:
        return "up"
    if word in lex.change_down or word in _DOWN_EXTRA:
        return "down"
    return None


_UP_EXTRA = {"added", "soared", "increase", "rise", "gain", "jump", "growth", "hike", "upward"}
_UP_EXTRA |= {"upwards"}
_DOWN_EXTRA = {"shed", "tumbled", "decrease", "drop", "loss", "decline", "reduction", "downward"}
_DOWN_EXTRA |= {"downwards"}
_PHRASAL = re.compile(
    r"\b(?:gave|give|gives|giving|given|made|make|makes|making|took|take|takes|taking|signed|"
    r"sign|signs|put|puts|putting|showed|show|shows|coughed|summed|racked|racks|chalked|"
    r"chalks|wrapped|wraps|broke|break|breaks)\s+(?:up|down)\s+\S{0,4}$",
    re.I,
)


_NOT_RATE_AFTER = re.compile(r"\s+(?:earlier|ago|later|before|after|on|from|since)\b", re.I)


def _rate(text: str, end: int) -> tuple[str, int] | None:
    """ "$3,500 a month", "$10 per gram", "$62 per share", "140 km/h" → ("month", end)."""
    table = load_units()
    m = re.match(
        r"[\s-]?(?:per|an?|/)[\s-]?((?:square\s+|cubic\s+)?[A-Za-z]+)\b", text[end : end + 30]
    )
    if m is None:
        return None
    word = m.group(1)
    lexeme = word.lower()
    connector = text[end : end + m.start(1)].strip(" -").lower()
    if _NOT_RATE_AFTER.match(text, end + m.end()):
        return None  # "$6.78 billion a year earlier"
    time_unit = load_lexicon().time_units.get(lexeme)
    if connector in ("per", "/") and (measure := unit_after(text, end + m.start(1) - 1)):
        return measure  # "$80 per sq m", "10 kV/cm"
    if connector in ("a", "an") and not (time_unit or lexeme in table.rate_nouns_after_a):
        return None
    if time_unit:
        return time_unit, end + m.end()
    unit = measurement_unit(word)
    if unit:
        return unit, end + m.end()
    if connector in ("per", "a", "an") and word.isalpha() and word.islower():
        singular = lexeme[:-1] if lexeme.endswith("s") and not lexeme.endswith("ss") else lexeme
        return singular, end + m.end()
    return None


_BRACKET = re.compile(r"\s?\([^()]{1,40}\)")


def _rate_after(doc: Doc, span: Span, end: int, unit: str) -> str | None:
    """A rate written after a bracketed conversion ("9 billion shekels ($2.4 billion) a
    year") or after the counted noun ("three thousand tests per day")."""
    text = doc_text(doc)
    if bracket := _BRACKET.match(text, end):
        rate = _rate(text, bracket.end())
        return rate[0] if rate else None
    noun = counted_noun(span[-1])
    if noun is None or end != span.end_char or noun[1] != unit:
        return None
    rate = _rate(text, noun[0].idx + len(noun[0]))
    return rate[0] if rate else None


def _unit(doc: Doc, span: Span, match: NumberMatch) -> tuple[str | None, int]:
    if match.percent:
        return match.percent, match.end
    if match.currency:
        return match.currency, match.end
    if match.unit == "fraction":
        after = unit_after(doc_text(doc), match.end)
        if after and after[0] in _MEASURES_AFTER_FRACTION:
            return after  # "1/2 mile"
        if pound := _POUND_WEIGHT.match(doc_text(doc), match.end):
            return "pound", pound.end()  # "1/2 pound of chocolate": a weight, not money
        if (of := _OF_A_UNIT.match(doc_text(doc), match.end)) and (
            unit := measurement_unit(of.group(1))
        ):
            return unit, match.end  # "1/16 of a US pint"
        return match.unit, match.end
    if match.unit:
        if match.unit == "degree" and (scale := _DEGREE_SCALE.match(doc_text(doc), match.end)):
            unit = "degree_Celsius" if scale.group(1) == "C" else "degree_Fahrenheit"
            return unit, scale.end()  # "1.19deg C"
        return match.unit, match.end
    after = unit_after(doc_text(doc), match.end)
    if after:
        return after
    if match.vague and (vague := _vague_unit(doc, span))[0] is not None:
        return vague
    if is_age(doc, span, match):
        return "year_of_age", match.end
    if match.value != 1 and _OF_AFTER.match(doc_text(doc), match.end):
        unit, _ = _vague_unit(doc, span)  # "two of Johnson’s deputies"
        if unit is not None:
            return unit, match.end
    noun = counted_noun(span[-1]) or (counted_noun(span[0]) if match.value_max else None)
    if noun is not None:
        time_unit = load_lexicon().time_units.get(noun[0].lower_)
        if time_unit:
            adjacent = noun[0].idx - match.end <= 1
            between = doc_text(doc)[match.end : noun[0].idx].lower().split()
            if any(
                w in ("last", "next", "this", "that", "every", "per", "a", "an") for w in between
            ):
                return None, match.end  # "2.1 last year": the year is a date, not a unit
            return time_unit, noun[0].idx + len(noun[0]) if adjacent else match.end
        return noun[1], match.end
    return None, match.end


_DEGREE_SCALE = re.compile(r"\s?([CF])\b")
_MEASURES_AFTER_FRACTION = {"mile", "inch", "foot", "meter", "kilometer", "liter", "gallon", "pint"}
_OF_A_UNIT = re.compile(r"\s+of\s+an?\s+(?:(?:US|U\.S\.|imperial|metric)\s+)?([a-z]+)\b", re.I)
_POUND_WEIGHT = re.compile(r"\s(?:pounds?|lbs?\.?)(?=\s)", re.I)
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?[\w’']")


def _vague_unit(doc: Doc, span: Span) -> tuple[str | None, int]:
    """ "tens of thousands of dollars" → USD; "dozens of arrests" → arrests."""
    token: Token = span[-1]
    for _ in range(3):
        preps = [c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"]
        if not preps:
            break
        objs = [c for c in preps[0].children if c.dep_ == "pobj"]
        if not objs:
            break
        token = objs[0]
        if token.lower_ not in load_lexicon().vague_numbers and token.lower_ not in (
            "thousands",
            "millions",
            "billions",
        ):
            code = load_units().currency_words.get(token.lower_)
            compounds = [
                c.lower_
                for c in token.lefts
                if c.dep_ == "compound"
                and c.is_lower
                and c.is_alpha
                and not c.like_num
                and c.lower_ not in load_lexicon().multipliers
            ]
            return code or " ".join([*compounds, token.lower_]), span.end_char  # "job cuts"
    return None, span.end_char


_TIME_COUNT_AFTER = re.compile(
    r"\s(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\b", re.I
)


class _DateIndex:
    """Non-duration date spans sorted by start, for overlap tests in O(log n)."""

    def __init__(self, dates: Sequence[DateMention]) -> None:
        spans = sorted((d.start, d.end) for d in dates if d.kind != "duration")
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.reach = max((e - s for s, e in spans), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        return self.covering(start, end) is not None

    def covering(self, start: int, end: int) -> tuple[int, int] | None:
        """The first date span overlapping ``start..end``."""
        i = bisect.bisect_left(self.starts, end)  # dates starting before ``end``
        lo = bisect.bisect_left(self.starts, start - self.reach)
        return next(
            ((self.starts[j], self.ends[j]) for j in range(lo, i) if self.ends[j] > start), None
        )


def _in_date(match: NumberMatch, dates: _DateIndex, text: str) -> bool:
    """Part of a date ("October 24", "2024"); a count of time units inside a relative date
    ("the past two years", "Nine days later") is still a quantity."""
    if _TIME_COUNT_AFTER.match(text, match.end):
        return False
    if match.value_max is not None:  # "about 2000 - 2500 Calories": a date at one end only
        return dates.overlaps(match.start, match.start + 1) and dates.overlaps(
            match.end - 1, match.end
        )
    return dates.overlaps(match.start, match.end)


def _split_date_ranges(
    numbers: Sequence[NumberMatch], dates: _DateIndex, text: str
) -> list[NumberMatch]:
    """ "rose on Feb 25 to 4.151 billion dlrs": a "range" whose first end is the day of a
    date written before it is a date and a figure; the figure is read again on its own.
    ("about 2000 - 2500 calories", where the date is only the bare first number, stays a
    range.)"""
    out: list[NumberMatch] = []
    for match in numbers:
        date = dates.covering(match.start, match.start + 1) if match.value_max is not None else None
        if date is None or date[0] >= match.start or date[1] >= match.end:
            out.append(match)
            continue
        tail = [m for m in find_numbers(text[date[1] : match.end]) if m.value_max is None]
        out += [replace(m, start=m.start + date[1], end=m.end + date[1]) for m in tail[-1:]]
    return out


def _rule(match: NumberMatch) -> str:
    if match.vague:
        return "quantities.vague"
    if match.value_max is not None:
        return "quantities.range"
    return "quantities.number_word" if match.is_word else "quantities.number"


def extract_quantities(
    doc: Doc,
    dates: Sequence[DateMention],
    source_text: str,
    numbers: Sequence[NumberMatch] | None = None,
) -> list[Quantity]:
    """Every number in ``doc`` that is not part of a date, with unit, qualifier and change.

    ``numbers`` is ``find_numbers(doc.text, vague=True)`` when the caller already has it.
    """
    found: list[Quantity] = []
    date_index = _DateIndex(dates)
    if numbers is None:
        numbers = find_numbers(doc_text(doc), vague=True)
    for match in _split_date_ranges(numbers, date_index, doc_text(doc)):
        if _in_date(match, date_index, doc_text(doc)):
            continue
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if is_year(doc, match) or is_address_or_code(doc, match):
            continue
        unit, end = _unit(doc, span, match)
        measured = unit is not None and (end > match.end or unit == match.unit)
        if not measured and is_name(doc, span, match):
            continue
        if match.is_word and not match.vague and unit is None:
            continue  # "one of the", "ten to one": a number word needs something to count
        if unit is not None and (rate := _rate(doc_text(doc), end)) is not None:
            unit, end = f"{unit} per {rate[0]}", rate[1]
        elif unit is not None and (rate := _rate_after(doc, span, end, unit)) is not None:
            unit = f"{unit} per {rate}"
        qualifier = qualifier_before(doc_text(doc), match.start)
        change = _change_direction(doc, span, match, unit)
        if change is None and (m := _TRAILING_CHANGE.match(doc_text(doc), end)):
            change = "up" if m.group("up") else "down"  # "a 3 percent drop"
        found.append(
            Quantity(
                text=source_text[match.start : end],
                start=match.start,
                end=end,
                value=match.value,
                value_max=match.value_max,
                unit=unit,
                qualifier=qualifier[0] if qualifier else None,
                change=change,
                step=match.step,
                rule=_rule(match),
            )
        )
    text = doc_text(doc)
    return elliptical_units(coordinated_changes(found, text), text)

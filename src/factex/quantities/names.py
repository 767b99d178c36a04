"""Numbers that are labels, not quantities: names ("Boeing 737", "Game 2", "S&P 500",
"Kick Six", "787 Dreamliner"), years ("between 1600 and 1900"), house numbers
("49 Zorro Ranch Road") and codes ("the 90049 ZIP Code").

Each test looks at one number match in a parsed Doc; :mod:`factex.quantities.extract`
leaves out every number one of them accepts (unless a unit was written after it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..doctext import doc_text
from .numerals import NumberMatch
from .units import load_units

__all__ = ["is_address_or_code", "is_name", "is_year"]

_NOT_NAME_BEFORE = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "some", "about", "around", "nearly", "almost", "over",
    "just", "only", "all", "the", "and", "or", "but", "with", "at", "to", "by", "of", "in",
}  # fmt: skip
_MONTHS_DAYS = {w for w in _NOT_NAME_BEFORE if len(w) > 2} - {
    "some", "about", "around", "nearly", "almost", "over", "just", "only", "all", "the",
    "and", "but", "with",
}  # fmt: skip
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|from|between|by|until|till|to|and|before|after|during|of|early|late|"
    r"mid|summer|spring|autumn|winter|fall|season|year|A\.D\.|AD|BC|B\.C\.|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|"
    r"(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s*$",
    re.I,
)
_AMOUNT_OF = re.compile(
    r"\b(?:average|total|maximum|minimum|sum|tally|record|estimated|number|count|score|"
    r"peak|high|low|budget|target)\s+of\s*$",
    re.I,
)


def _bare(match: NumberMatch) -> bool:
    return not (match.currency or match.percent or match.unit or match.multiplier_word)


def is_name(doc: Doc, span: Span, match: NumberMatch) -> bool:
    """A number that names something rather than counting it.

    "S&P 500", "iPhone 11", "Game 2", "Boeing 737" (a number right after a name or a
    label word), "Kick Six" (a capitalised number word inside a name), "787 Dreamliner",
    "11 Pro Max" (digits before a singular proper noun).
    """
    if not _bare(match):
        return False
    if _model_after(doc, span, match):
        return True
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    if match.is_word:
        word = doc_text(doc)[match.start : match.end]
        return (
            word[:1].isupper()
            and not prev.is_sent_start
            and prev.text[:1].isupper()
            and prev.lower_ not in _NOT_NAME_BEFORE
            and prev.is_alpha
        )  # "the Kick Six win", "BBC One"
    if prev.text == "(" and span.start >= 2 and doc[span.start - 2].pos_ == "PROPN":
        return span.end < len(doc) and doc[span.end].text == ")"  # "Dak Prescott (4)"
    if prev.whitespace_ != " ":
        return False
    if prev.lower_ in load_units().name_before:
        return True  # "Game 2", "category 4 hurricane", "the sp 500"
    if prev.lower_ in _NOT_NAME_BEFORE:
        return False
    if prev.is_sent_start and prev.pos_ != "PROPN":
        return False  # "Some 307 people": a sentence opener, not a name
    camel = prev.text[:1].islower() and any(c.isupper() for c in prev.text[1:])  # "iPhone"
    return bool(camel or (prev.text[:1].isupper() and any(c.isalpha() for c in prev.text)))


def _model_after(doc: Doc, span: Span, match: NumberMatch) -> bool:
    """ "Boeing's own 787 Dreamliner", "the 944 Turbo": digits (2 to 9999, no separator)
    right before a capitalised singular noun that the number modifies are a model number; a
    count is followed by a plural ("300 Marines", "141 Ecus a tonne", "160 U.S. dlrs")."""
    if match.is_word or not 2 <= match.value < 10000 or not float(match.value).is_integer():
        return False
    if not doc_text(doc)[match.start : match.end].isdigit():
        return False
    if span.end >= len(doc) or doc[span.end - 1].whitespace_ != " ":
        return False
    nxt = doc[span.end]
    if not nxt.text[:1].isupper() or nxt.lower_ in _MONTHS_DAYS:
        return False
    number = span[-1]
    head = number.head
    if number.dep_ not in ("nummod", "compound") or head.i <= number.i:
        return False
    between = doc[span.end : head.i + 1]
    return (
        head.tag_ in ("NNP", "NN")
        and not head.text.endswith("s")
        and all(t.text[:1].isupper() and t.is_alpha for t in between)
    )


def is_year(doc: Doc, match: NumberMatch) -> bool:
    """A bare four-digit year the dates module did not claim ("between 1600 and 1900").
    "an average of 1500" is an amount."""
    if not _bare(match):
        return False
    values = [match.value] + ([match.value_max] if match.value_max is not None else [])
    if not all(float(v).is_integer() and 1000 <= v <= 2199 for v in values):
        return False
    text = doc_text(doc)
    if "," in text[match.start : match.end]:
        return False
    before = text[max(0, match.start - 16) : match.start]
    if _AMOUNT_OF.search(text[max(0, match.start - 24) : match.start]):
        return False
    return bool(_YEAR_BEFORE.search(before))


@lru_cache(maxsize=1)
def _address_pattern() -> re.Pattern[str]:
    table = load_units()
    streets = "|".join(
        re.escape(w[:1].upper() + w[1:]) for w in sorted(table.street_words, key=len, reverse=True)
    )
    codes = "|".join(re.escape(w) for w in sorted(table.code_after, key=len, reverse=True))
    return re.compile(
        rf"\s+(?:(?:[A-Z][\w'’-]*\.?|\d+(?:st|nd|rd|th))\s+){{0,3}}(?:{streets})(?![\w])"
        rf"|\s+(?i:{codes})\b"
    )


def is_address_or_code(doc: Doc, match: NumberMatch) -> bool:
    """ "49 Zorro Ranch Road", "9 E 71st St", "22 Ave Foch", "the 90049 ZIP Code"."""
    if not _bare(match) or match.is_word or match.value_max is not None:
        return False
    if not float(match.value).is_integer():
        return False
    return _address_pattern().match(doc_text(doc), match.end) is not None

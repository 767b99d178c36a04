"""Quantities in a parsed article: number + unit + qualifier + change direction."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from ..models import DateMention, Quantity
from ..resources import load_lexicon
from .numerals import NumberMatch, find_numbers
from .units import counted_noun, measurement_unit

__all__ = ["extract_quantities", "qualifier_before"]


def _qualifier_pattern() -> re.Pattern[str]:
    words = sorted(load_lexicon().qualifiers, key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[\s(“\"]))(" + "|".join(map(re.escape, words)) + r")\s+$", re.I)


_QUALIFIER = _qualifier_pattern()
_CHANGE_BEFORE = re.compile(
    r"\b(up|down|rose|fell|rise|fall|increased|decreased|dropped|"
    r"climbed|jumped|declined|gained|lost|slumped|surged)\s+(?:by\s+)?$",
    re.I,
)


def qualifier_before(text: str, start: int) -> tuple[str, int] | None:
    """The qualifier kind right before ``start`` and where its words begin.

    >>> qualifier_before("More than 3,000 migrants", 10)
    ('more than', 0)
    >>> qualifier_before("A total of 3,197", 11) is None
    True
    """
    match = _QUALIFIER.search(text[max(0, start - 24) : start])
    if match is None:
        return None
    kind = load_lexicon().qualifiers[match.group(1).lower()]
    return kind, start - (len(text[max(0, start - 24) : start]) - match.start(1))


def _change_direction(doc: Doc, span: Span, match: NumberMatch) -> str | None:
    before = _CHANGE_BEFORE.search(doc.text[max(0, match.start - 20) : match.start])
    lex = load_lexicon()
    word = before.group(1).lower() if before else None
    if word is None:
        head = span.root.head
        if head.pos_ == "VERB" and span.root.dep_ in ("dobj", "npadvmod", "advmod", "attr"):
            word = head.lower_
    if word in lex.change_up:
        return "up"
    if word in lex.change_down:
        return "down"
    return None


def _unit_after(doc: Doc, match: NumberMatch) -> tuple[str | None, int]:
    """A currency word or measurement unit written after the number ("75 million pounds")."""
    following = re.match(r"\s?([A-Za-z°]{1,12}\.?)", doc.text[match.end : match.end + 14])
    if not following:
        return None, match.end
    word = following.group(1).rstrip(".")
    currency = load_lexicon().currencies.get(word.lower()) if len(word) > 1 else None
    if currency and word.isalpha():
        return currency, match.end + following.end()
    unit = measurement_unit(word)
    if (unit and not word.islower()) or (unit and len(word) <= 3):
        return unit, match.end + following.end()
    return None, match.end


def _unit(doc: Doc, span: Span, match: NumberMatch) -> tuple[str | None, int]:
    if match.percent:
        return match.percent, match.end
    if match.currency:
        return match.currency, match.end
    unit, end = _unit_after(doc, match)
    if unit:
        return unit, end
    noun = counted_noun(span[-1])
    if noun is not None:
        time_unit = load_lexicon().time_units.get(noun[0].lower_)
        if time_unit:
            adjacent = noun[0].idx - match.end <= 1
            return time_unit, noun[0].idx + len(noun[0]) if adjacent else match.end
        return noun[1], match.end
    return None, match.end


def _in_date(match: NumberMatch, dates: Sequence[DateMention]) -> bool:
    return any(d.kind != "duration" and d.start < match.end and match.start < d.end for d in dates)


def extract_quantities(doc: Doc, dates: Sequence[DateMention], source_text: str) -> list[Quantity]:
    """Every number in ``doc`` that is not part of a date, with unit, qualifier and change."""
    found: list[Quantity] = []
    for match in find_numbers(doc.text):
        if _in_date(match, dates):
            continue
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if match.is_word and not match.currency and counted_noun(span[-1]) is None:
            continue  # "one of the", "ten to one": a number word needs a noun to count
        unit, end = _unit(doc, span, match)
        qualifier = qualifier_before(doc.text, match.start)
        found.append(
            Quantity(
                text=source_text[match.start : end],
                start=match.start,
                end=end,
                value=match.value,
                unit=unit,
                qualifier=qualifier[0] if qualifier else None,
                change=_change_direction(doc, span, match),
                step=match.step,
                rule="quantities.number" if not match.is_word else "quantities.number_word",
            )
        )
    return found

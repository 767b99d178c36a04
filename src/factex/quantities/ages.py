"""A bare number that is a person's age: "Senard, 65, now faces", "women aged 25 to 54",
"children under the age of 5", "Maria, who was 10", "He will be 35 by the end of the year",
"life expectancy for men is around 73".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..doctext import doc_text
from ..resources import load_lexicon
from .numerals import NumberMatch

__all__ = ["is_age"]

_AGED = re.compile(r"\b(?:aged|age\s+of)\s+(?:\d+\s+and\s+|between\s+)?$", re.I)
_PERSON_PRONOUNS = {"he", "she", "who", "i", "you", "we", "they"}
_CLAUSE_END_AFTER = {"by", "when", "at", "in", "and", "but", "on", "after", "before", "then"}


def is_age(doc: Doc, span: Span, match: NumberMatch) -> bool:
    """A bare whole number under 120 that one of the age patterns places after a person."""
    if not float(match.value).is_integer() or not 0 < match.value < 120:
        return False
    if match.value_max is None and _AGED.search(
        doc_text(doc), max(0, match.start - 64), match.start
    ):
        return True
    if match.value_max is not None:
        return bool(_AGED.search(doc_text(doc), max(0, match.start - 64), match.start))
    return _apposition(doc, span, match) or _copula(doc, span)


def _apposition(doc: Doc, span: Span, match: NumberMatch) -> bool:
    """ "Senard, 65, now faces": a bare age set off by commas after a person's name."""
    if match.is_word or span.start < 2 or span.end >= len(doc):
        return False
    before, name, after = doc[span.start - 1], doc[span.start - 2], doc[span.end]
    return before.text == "," and after.text == "," and name.pos_ == "PROPN"


def _copula(doc: Doc, span: Span) -> bool:
    """ "who was 10", "He will be 35 by the end of the year": the number is what a person
    "is", and the clause ends right after it."""
    number = span[-1]
    head = number.head
    if number.dep_ not in ("attr", "acomp", "npadvmod") or head.lemma_ != "be":
        return False
    subjects = [c for c in head.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.lemma_.lower() in ("age", "expectancy"):
        return True  # "the average age is 42", "life expectancy is around 73"
    if span.end < len(doc):
        nxt = doc[span.end]
        if not (nxt.is_punct or nxt.lower_ in _CLAUSE_END_AFTER):
            return False
    if subject.lower_ in _PERSON_PRONOUNS:
        return subject.lower_ != "who" or subject.head.head.pos_ in ("PROPN", "NOUN")
    return subject.ent_type_ == "PERSON" or subject.lower_ in load_lexicon().person_nouns

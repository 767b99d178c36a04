"""Units: the noun a number counts, or a measurement unit normalised through pint."""

from __future__ import annotations

from functools import lru_cache

import pint
from spacy.tokens import Token

from ..resources import load_lexicon

__all__ = ["counted_noun", "measurement_unit"]

_NOUN_POS = {"NOUN", "PROPN"}
_NUMBER_DEPS = {"nummod", "quantmod", "compound", "amod", "nmod"}


def counted_noun(number_token: Token) -> tuple[Token, str] | None:
    """The noun a number counts and its unit text ("life jackets", "people").

    Lower-case compound nouns belong to the unit ("life jackets"); proper-noun and
    adjective modifiers belong to the concept, not the unit ("Channel crossings" → "crossings").
    """
    token = number_token
    for _ in range(3):
        if token.dep_ not in _NUMBER_DEPS or token.head is token:
            return None
        token = token.head
        if token.pos_ in _NOUN_POS and token.tag_ != "CD" and token.lower_ not in _SCALE_WORDS:
            break
    else:
        return None
    if token.pos_ not in _NOUN_POS or token.like_num:
        return None
    compounds = [
        c
        for c in token.lefts
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i > number_token.i and c.is_lower
    ]
    words = [*(c.text for c in compounds), token.text]
    return token, " ".join(words).lower()


_SCALE_WORDS = {"million", "mln", "billion", "bn", "thousand", "trillion", "m", "k"}


@lru_cache(maxsize=1)
def _registry() -> pint.UnitRegistry:
    return pint.UnitRegistry()


_AMBIGUOUS = {
    "a",
    "at",
    "in",
    "s",
    "h",
    "t",
    "g",
    "b",
    "c",
    "pt",
    "are",
    "year",
    "years",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "min",
    "point",
    "points",
}


@lru_cache(maxsize=512)
def measurement_unit(word: str) -> str | None:
    """pint's canonical name for a measurement word, or None.

    >>> measurement_unit("km"), measurement_unit("miles"), measurement_unit("boats")
    ('kilometer', 'mile', None)
    """
    word = word.strip()
    if not word or word.lower() in _AMBIGUOUS or word.lower() in load_lexicon().time_units:
        return None
    try:
        units = _registry().parse_units(word)
    except (
        pint.errors.PintError,
        AttributeError,
        TypeError,
        ValueError,
        AssertionError,
        KeyError,
        SyntaxError,
    ):
        return None
    if len(units._units) != 1:
        return None
    return str(units)

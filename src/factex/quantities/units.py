"""Units: the noun a number counts, or a measurement unit from the unit table / pint."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import pint
from pydantic import BaseModel, ConfigDict, field_validator
from spacy.tokens import Token

from ..resources import load_lexicon, load_model

__all__ = [
    "UnitTable",
    "counted_noun",
    "load_units",
    "measurement_unit",
    "unit_after",
]

_NOUN_POS = {"NOUN", "PROPN"}
_NUMBER_DEPS = {"nummod", "quantmod", "compound", "amod", "nmod"}


class UnitTable(BaseModel):
    """data/units.json: unit aliases, currency prefixes and words, rate and age words."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    description: str = ""
    aliases: dict[str, str]
    glued_only: list[str]
    currency_prefixes: dict[str, str]
    currency_words: dict[str, str]
    rate_nouns_after_a: list[str]
    multiples: list[str]
    ages: list[str]
    name_before: list[str]
    """Lower-case words that make the number after them a label ("Game 2", "S&P 500")."""
    street_words: list[str]
    """A number before a street name is a house number ("49 Zorro Ranch Road")."""
    code_after: list[str]
    """A number before these words is a code ("the 90049 ZIP Code")."""
    am_pm: list[str]

    @field_validator("currency_prefixes", "currency_words")
    @classmethod
    def _iso_codes(cls, mapping: dict[str, str]) -> dict[str, str]:
        bad = [v for v in mapping.values() if not re.fullmatch(r"[A-Z]{3}(?:_[A-Z]+)?", v)]
        if bad:
            raise ValueError(f"currency codes must be ISO 4217 style (USD, MYR_SEN): {bad}")
        return mapping

    @field_validator("aliases")
    @classmethod
    def _no_blank(cls, mapping: dict[str, str]) -> dict[str, str]:
        bad = [k for k, v in mapping.items() if not k.strip() or not v.strip()]
        if bad:
            raise ValueError(f"blank unit alias or name: {bad}")
        return mapping


@cache
def load_units() -> UnitTable:
    return load_model("units.json", UnitTable)


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
    if token.pos_ not in _NOUN_POS or token.like_num or token.i < number_token.i:
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
    "league",  # pint: three miles; in news, "36 league games"
    "leagues",
}


def _alias(word: str) -> str | None:
    """Exact-case keys first ("PS", "C"), then lower-case keys in any case ("KM" → "km")."""
    aliases = load_units().aliases
    if word in aliases:
        return aliases[word]
    return aliases.get(word.lower()) if len(word) > 1 else None


@lru_cache(maxsize=1024)
def measurement_unit(word: str, *, glued: bool = False) -> str | None:
    """Canonical name for a measurement word (the unit table first, then pint), or None.

    ``glued`` accepts short forms written against the digits ("45g", "1.0l").

    >>> measurement_unit("km"), measurement_unit("miles"), measurement_unit("boats")
    ('kilometer', 'mile', None)
    >>> measurement_unit("g"), measurement_unit("g", glued=True)
    (None, 'gram')
    """
    word = word.strip()
    if not word:
        return None
    table = load_units()
    if not glued and word in table.glued_only:
        return None
    alias = _alias(word)
    if alias is not None:
        return alias
    if glued and word.lower() in ("l",):
        return "liter"
    if word.lower() in _AMBIGUOUS or word.lower() in load_lexicon().time_units or len(word) < 2:
        return None
    if not word.isalpha():
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
    name = str(units)
    if word.islower() and name in (word, word[:-1], word[:-2]):
        return name  # "acres" → "acre", "kilojoules" → "kilojoule"
    return None  # pint reads "units" as micro-nits, "Kia" as kibi-years: aliases only


@lru_cache(maxsize=1)
def _multiword_pattern() -> re.Pattern[str]:
    table = load_units()
    keys = [k for k in table.aliases if " " in k or "-" in k or "/" in k or "." in k]
    keys += [k for k in table.currency_words if " " in k]
    alternation = "|".join(re.escape(k) for k in sorted(set(keys), key=len, reverse=True))
    return re.compile(rf"\s?(?P<u>{alternation})(?![\w/])", re.I)


@lru_cache(maxsize=1)
def _word_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\s?(?P<u>[A-Za-zµμ°º][A-Za-z]{0,14}\.?|[€$£¥])(?!\w|/\d)|\s?(?P<d>[°º]\s?[CF]?)"
    )


def unit_after(text: str, pos: int) -> tuple[str, int] | None:
    """A unit or currency written right after a number ending at ``pos``: its canonical name
    and where it ends ("10 miles", "75 million pounds", "5 degrees Celsius", "7 Danish crowns").

    >>> unit_after("10 miles (16km)", 2)
    ('mile', 8)
    >>> unit_after("7.5 million Danish crowns", 11)
    ('DKK', 25)
    >>> unit_after("5 people", 1) is None
    True
    """
    table = load_units()
    window = text[pos : pos + 40]
    if m := _multiword_pattern().match(window):
        word = m.group("u")
        code = table.currency_words.get(word.lower())
        if code:
            return code, pos + m.end()
        unit = _alias(word)
        if unit:
            return unit, pos + m.end()
    m = _word_pattern().match(window)
    if m is None:
        return None
    if m.group("d"):
        sym = m.group("d").replace(" ", "").replace("º", "°")
        return {"°C": "degree_Celsius", "°F": "degree_Fahrenheit"}.get(sym, "degree"), pos + m.end()
    word = m.group("u")
    bare = word.rstrip(".")
    end = pos + m.end() - (len(word) - len(bare))
    code = table.currency_prefixes.get(bare)
    if code and bare not in table.aliases and (bare.isupper() or not bare.isalpha()):
        return code, end  # "110 JPY", "1 USD.", "1,200€" (not "300 PS", horsepower)
    if word.lower() in table.multiples:
        return "times", pos + m.end()  # "6.5 times earnings"
    pence = bare == "p" and not text[end : end + 1].isalpha()  # "down 68 p at 1112 p"
    if bare.lower() in table.currency_words and (len(bare) > 1 or pence) and bare.isalpha():
        if bare.lower() == "won" or (bare.lower() == "rand" and not bare.islower()):
            return None  # "won" the verb, "Rand" the name
        return table.currency_words[bare.lower()], end
    unit = measurement_unit(bare)
    if unit:
        return unit, end
    if word.endswith(".") and (unit := measurement_unit(word)):
        return unit, pos + m.end()
    return None

"""Calendar words: months, weekdays, seasons, ordinals, counting words for durations."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "final": 4,
    "last": 4,
}
COUNT_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a couple of": 2,
    "a dozen": 12,
    "several": 0,
    "few": 0,
    "a few": 0,
    "many": 0,
    "some": 0,
}
UNIT_DAYS: dict[str, int] = {"day": 1, "week": 7, "fortnight": 14}
PART_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
"""TIMEX3 codes for parts of the day ("Friday afternoon" → ``2013-03-22TAF``)."""
TIMEX_UNIT: dict[str, str] = {
    "day": "D",
    "week": "W",
    "fortnight": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "quarter": "Q",
    "hour": "H",
    "minute": "M",
    "second": "S",
    "century": "CE",
}
CLOCK_UNITS = frozenset({"hour", "minute", "second"})
"""Units written after ``T`` in a TIMEX duration (``PT5H``)."""

_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ABBR = r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
MONTH_RE = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY_RE = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[89]\d\d|20\d\d)"
COUNT_RE = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|several|a\s+few|a\s+couple\s+of|a\s+dozen)"
VAGUE_COUNT_RE = r"(?:several|a\s+few|few|many|some)"


_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
SPELLED_YEAR_RE = (
    rf"(?P<cent>eighteen|nineteen|twenty)[\s-]+"
    rf"(?P<rest>(?:{_TENS})(?:[\s-](?:{_UNITS_WORDS}))?|{_TEENS}|hundred|oh[\s-](?:{_UNITS_WORDS}))"
)
"""Years said aloud in broadcast copy: "nineteen ninety-six", "twenty twenty-four"."""


def spelled_year(cent: str, rest: str) -> int:
    """Example:

    >>> spelled_year("nineteen", "ninety-six"), spelled_year("twenty", "oh four")
    (1996, 2004)
    """
    words = rest.lower().replace("-", " ").split()
    tail = sum(COUNT_WORDS.get(w, 0) for w in words if w not in ("oh", "hundred"))
    return COUNT_WORDS[cent.lower()] * 100 + tail


NUMBERED_NOUNS = tuple(
    w
    for base in [
        "room",
        "route",
        "flight",
        "bus",
        "platform",
        "page",
        "article",
        "section",
        "chapter",
        "model",
        "number",
        "no.",
        "gate",
        "seat",
        "junction",
        "exit",
        "track",
        "bay",
        "unit",
        "ward",
        "block",
        "level",
    ]
    for w in (base, base.capitalize())
)
"""Nouns whose following number is an identifier, not a year ("Room 2024", "Flight 1998")."""


def month_number(word: str) -> int:
    """Example:

    >>> month_number("Nov.")
    11
    """
    return MONTHS[word.lower().rstrip(".")]


def day_number(word: str) -> int:
    """Example:

    >>> day_number("24th")
    24
    """
    return int(word.rstrip("stndrhSTNDRH"))


def count_value(word: str) -> int | None:
    """Integer for a counting word or digits; None when vague ("several").

    >>> count_value("14"), count_value("two"), count_value("several")
    (14, 2, None)
    """
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    value = COUNT_WORDS.get(word)
    return value or None

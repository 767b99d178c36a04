"""Durations, repeated times (SET), vague references, stretches ("the past two years"),
weekends, parts of the day, decades and centuries.

TIMEX3 conventions: durations are ``P<n><unit>`` (``PT<n>H`` for clock units, ``PX<unit>``
when the count is vague); repeated times are SET values (``P1W`` for "weekly",
``XXXX-WXX-4`` for "every Thursday"); vague references are ``PAST_REF``/``FUTURE_REF``.
Parts of the day keep the whole day as the interval and add ``T<part>`` to the value.
"""

from __future__ import annotations

import datetime as dt

from . import calendar as cal
from .grammar import DateCandidate
from .lexicon import (
    CLOCK_UNITS,
    PART_OF_DAY,
    TIMEX_UNIT,
    WEEKDAYS,
    count_value,
    month_number,
)
from .values import DAY, Context, Resolution, span_res, unresolved

__all__ = ["VAGUE_RESOLVERS", "duration_value", "shift"]

_PLURAL = {"centurie": "century", "centuries": "century"}


def _unit(word: str) -> str:
    word = word.lower()
    word = _PLURAL.get(word, word)
    return word[:-1] if word.endswith("s") else word


def duration_value(n: int | None, unit: str) -> str:
    """TIMEX3 duration for ``n`` units (None: vague count).

    >>> duration_value(15, "year"), duration_value(2, "decade"), duration_value(5, "hour")
    ('P15Y', 'P20Y', 'PT5H')
    >>> duration_value(3, "quarter"), duration_value(None, "week"), duration_value(2, "fortnight")
    ('P9M', 'PXW', 'P4W')
    """
    scale = {"decade": (10, "year"), "century": (100, "year"), "quarter": (3, "month")}
    scale["fortnight"] = (2, "week")
    if unit in scale and n is not None:
        factor, unit = scale[unit]
        n *= factor
    elif unit in scale:
        unit = {"decade": "decade", "century": "century"}.get(unit, scale[unit][1])
    code = {"decade": "DE", "century": "CE"}.get(unit) if n is None else None
    code = code or TIMEX_UNIT[unit]
    count = "X" if n is None else str(n)
    return f"PT{count}{code}" if unit in CLOCK_UNITS else f"P{count}{code}"


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    if unit in ("day", "week", "fortnight"):
        return day + dt.timedelta(days={"day": 1, "week": 7, "fortnight": 14}[unit] * n)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return cal.add_months(day, months * n)


def _duration(c: DateCandidate, ctx: Context) -> Resolution:
    g = c.groups
    unit = _unit(g.get("unit", "fortnight"))
    n = count_value(g["n"]) if "n" in g else (None if "unit" in g else 1)
    return Resolution(None, "duration", "duration", duration_value(n, unit))


_HALF = {
    "year": lambda n: f"P{n}Y6M" if n else "P6M",
    "decade": lambda n: f"P{10 * n + 5}Y",
    "century": lambda n: f"P{100 * n + 50}Y",
    "month": lambda n: f"P{n}.5M",
    "week": lambda n: f"P{n}.5W",
    "fortnight": lambda n: f"P{2 * n + 1}W",
    "day": lambda n: f"P{n}DT12H" if n else "PT12H",
    "hour": lambda n: f"PT{n}H30M" if n else "PT30M",
    "minute": lambda n: f"PT{n}M30S" if n else "PT30S",
    "second": lambda n: f"PT{n}.5S",
}


def _duration_half(c: DateCandidate, ctx: Context) -> Resolution:
    """ "2 1/2 years" → ``P2Y6M``, "an hour and a half" → ``PT1H30M``, "half an hour"."""
    g = c.groups
    unit = _unit(g.get("unit") or g.get("unit2") or g.get("unit3") or g["unit0"])
    n = count_value(g.get("n") or g.get("n2") or g.get("n3") or "0") if "unit0" not in g else 0
    if n is None or unit not in _HALF:
        return Resolution(None, "duration", "duration", duration_value(None, unit))
    return Resolution(None, "duration", "duration", _HALF[unit](n))


def _past_n_units(c: DateCandidate, ctx: Context) -> Resolution:
    """ "the past two years": the stretch ending on the publication date (value ``P2Y``)."""
    g = c.groups
    unit = _unit(g["unit"])
    n = count_value(g["n"]) if "n" in g else None
    value = duration_value(n, unit)
    a = ctx.anchor
    if a is None or n is None:
        return Resolution(None, "range", "date", value)
    forward = g["rel"].lower() in ("next", "coming", "following")
    if forward:
        return span_res(a + DAY, shift(a, unit, n), "range", value)
    return span_res(shift(a, unit, -n) + DAY, a, "range", value)


def _recent_units(c: DateCandidate, ctx: Context) -> Resolution:
    return Resolution(None, "vague", "date", duration_value(None, _unit(c.groups["unit"])))


_VAGUE = {"recently": "PAST_REF", "previously": "PAST_REF", "lately": "PAST_REF"}


def _vague_ref(c: DateCandidate, ctx: Context) -> Resolution:
    word = " ".join(c.groups["w"].lower().split())
    if word in _VAGUE or word.endswith("recently") or word == "the past":
        return Resolution(None, "vague", "date", "PAST_REF")
    return Resolution(None, "vague", "date", "FUTURE_REF")


_SET_ADVERB = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
}


def _set(c: DateCandidate, ctx: Context) -> Resolution:
    g = c.groups
    if "adv" in g:
        value = _SET_ADVERB[g["adv"].lower()]
    elif "wd" in g:
        value = f"XXXX-WXX-{WEEKDAYS[g['wd'].lower()] + 1}"
    elif "m" in g:
        value = f"XXXX-{month_number(g['m']):02d}"
    elif "s" in g:
        value = f"XXXX-{cal.TIMEX_SEASON[g['s'].lower()]}"
    else:
        unit = (g.get("unit") or g.get("unit2", "day")).lower()
        if unit in PART_OF_DAY:
            value = f"XXXX-XX-XXT{PART_OF_DAY[unit]}"
        elif unit == "weekend":
            value = "XXXX-WXX-WE"
        else:
            value = duration_value(1, unit)
    return Resolution(None, "set", "set", value)


def _weekend(c: DateCandidate, ctx: Context) -> Resolution:
    """Saturday-Sunday: the latest one on or before publication, unless "next", "this"
    or a future tense points at the coming one."""
    a = ctx.anchor
    if a is None:
        return unresolved("weekend")
    rel = c.groups["rel"].lower()
    latest = a - dt.timedelta(days=(a.weekday() - 5) % 7)  # latest Saturday on or before a
    upcoming = latest + 7 * DAY
    in_weekend = a.weekday() >= 5
    if rel == "next":
        saturday = upcoming
    elif rel == "last":
        saturday = latest - 7 * DAY if in_weekend else latest
    elif rel == "this" or ctx.tense == "future":
        saturday = latest if in_weekend or (rel == "this" and ctx.tense == "past") else upcoming
    else:
        saturday = latest
    iso = saturday.isocalendar()
    return span_res(saturday, saturday + DAY, "weekend", f"{iso[0]:04d}-W{iso[1]:02d}-WE")


def _day_part(c: DateCandidate, ctx: Context) -> Resolution:
    """ "this morning", "yesterday afternoon", "last night": the day, valued ``…TMO``."""
    if ctx.anchor is None:
        return unresolved("day")
    word = c.groups["w"].lower()
    part = c.groups["part"].lower()
    offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)
    day = ctx.anchor + offset * DAY
    return span_res(day, day, "day", f"{day.isoformat()}T{PART_OF_DAY[part]}")


_DECADE_WORDS = {
    w: 10 * i
    for i, w in enumerate(
        [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ],
        start=2,
    )
}


def _decade(c: DateCandidate, ctx: Context) -> Resolution:
    """ "the 1990s" → 1990-1999, value ``199``; "the early 1990s" → 1990-1993."""
    g = c.groups
    if "dec" in g:
        start = int(g["dec"])
    else:
        short = int(g["dd"]) if "dd" in g else _DECADE_WORDS[g["word"].lower()]
        anchor_year = ctx.anchor.year if ctx.anchor else 2000
        century = anchor_year - anchor_year % 100
        start = century + short if century + short <= anchor_year else century - 100 + short
    first, last = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(
        g.get("mod", "").lower(), (0, 9)
    )
    return span_res(
        dt.date(start + first, 1, 1), dt.date(start + last, 12, 31), "decade", str(start)[:3]
    )


def _century(c: DateCandidate, ctx: Context) -> Resolution:
    """ "the 20th century" → 1900-1999, value ``19`` (TIMEX3 convention)."""
    if "n" in c.groups:
        first = (int(c.groups["n"]) - 1) * 100
    elif ctx.anchor is None:
        return unresolved("century")
    else:
        rel = {"last": -100, "next": 100}.get(c.groups["rel"].lower(), 0)
        first = ctx.anchor.year - ctx.anchor.year % 100 + rel
    return span_res(
        dt.date(first, 1, 1), dt.date(first + 99, 12, 31), "century", f"{first // 100:02d}"
    )


VAGUE_RESOLVERS = {
    "duration_hyphen": _duration,
    "duration_fortnight": _duration,
    "duration": _duration,
    "duration_bare": _duration,
    "duration_half": _duration_half,
    "past_n_units": _past_n_units,
    "recent_units": _recent_units,
    "vague_ref": _vague_ref,
    "set": _set,
    "weekend": _weekend,
    "day_part": _day_part,
    "decade": _decade,
    "century": _century,
}

"""Turn a :class:`DateCandidate` into an inclusive calendar interval.

News is anchored on its publication date; the tense of the sentence decides the direction
of underspecified expressions ("on Monday", "October 24"), and narrative expressions
("the next day") follow the previously resolved date, as HeidelTime does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from . import calendar as cal
from .business import BUSINESS_RESOLVERS
from .grammar import DateCandidate
from .holidays import resolve_holiday
from .lexicon import PART_OF_DAY, WEEKDAYS, day_number, month_number, spelled_year
from .relative import RELATIVE_RESOLVERS, relative_day
from .vague import VAGUE_RESOLVERS
from .values import DAY, Context, Resolution, Tense, week_res
from .values import day_res as _day
from .values import month_res as _month
from .values import safe_date as _safe_date
from .values import span_res as _range
from .values import unresolved as _unresolved
from .values import year_res as _year

__all__ = ["Context", "Resolution", "Tense", "resolve_candidate"]


def place_yearless(
    month: int, day: int, ctx: Context, before: dt.date | None = None
) -> dt.date | None:
    """Pick the year for "October 24": the tense decides; otherwise the nearest occurrence."""
    anchor = before or ctx.anchor
    if anchor is None:
        return None
    options = [
        d
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := _safe_date(y, month, day)) is not None
    ]
    if before is not None or ctx.tense == "past":
        past = [d for d in options if d <= anchor]
        return max(past) if past else None
    if ctx.tense == "future":
        future = [d for d in options if d >= anchor]
        return min(future) if future else None
    return min(options, key=lambda d: abs((d - anchor).days))


def _explicit(
    groups: dict[str, str], prefix: str, ctx: Context, before: dt.date | None = None
) -> dt.date | None:
    for p in (prefix, prefix + "x"):
        if p + "m" in groups:
            month, day = month_number(groups[p + "m"]), day_number(groups[p + "d"])
            if p + "y" in groups:
                return _safe_date(int(groups[p + "y"]), month, day)
            return place_yearless(month, day, ctx, before)
    return None


def _dates_pair(c: DateCandidate, ctx: Context) -> Resolution:
    g = c.groups
    first, second = ("a", "b") if "am" in g or "axm" in g else ("c", "d")
    end = _explicit(g, second, ctx)
    start = _explicit(g, first, ctx, before=end) if end else None
    if start and end and start <= end:
        return _range(start, end, "range", f"{start.isoformat()}/{end.isoformat()}")
    return _unresolved("range")


def _days_of_month(c: DateCandidate, ctx: Context) -> Resolution:
    g = c.groups
    month, d1, d2 = month_number(g["m"]), day_number(g["d1"]), day_number(g["d2"])
    end = _safe_date(int(g["y"]), month, d2) if "y" in g else place_yearless(month, d2, ctx)
    start = _safe_date(end.year, month, d1) if end else None
    if start and end and start <= end:
        return _range(start, end, "range", f"{start.isoformat()}/{end.isoformat()}")
    return _unresolved("range")


def _range_years(c: DateCandidate, ctx: Context) -> Resolution:
    g = c.groups
    y1, y2 = int(g.get("y1") or g.get("y2") or g["y0"]), int(g["y3"])
    if y1 > y2:
        return _unresolved("range")
    return _range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "range", f"{y1}/{y2}")


def _weekday_date(c: DateCandidate, ctx: Context) -> Resolution:
    """ "Monday, Oct. 26": a year-less date next to its weekday is the nearest occurrence
    (the weekday itself is checked against the date, never used to pick the year).
    "Wednesday 11/06/2024": the weekday settles the day/month order when exactly one
    reading falls on it; otherwise the context's date order reads it."""
    if "n1" in c.groups:
        return _numeric_weekday_date(c, ctx)
    day = _explicit(c.groups, "a", Context(ctx.anchor))
    return _day(day) if day else _unresolved("day")


def _numeric_readings(c: DateCandidate, ctx: Context) -> list[dt.date]:
    """The valid readings of "06/11/2024", the context's date order first."""
    n1, n2, year = int(c.groups["n1"]), int(c.groups["n2"]), int(c.groups["y"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    dmy, mdy = _safe_date(year, n2, n1), _safe_date(year, n1, n2)
    ordered = (mdy, dmy) if ctx.date_order == "MDY" else (dmy, mdy)
    return [d for d in dict.fromkeys(ordered) if d is not None]


def _numeric_weekday_date(c: DateCandidate, ctx: Context) -> Resolution:
    readings = _numeric_readings(c, ctx)
    weekday = WEEKDAYS[c.groups["wd"].lower()]
    matching = [d for d in readings if d.weekday() == weekday]
    day = matching[0] if len(matching) == 1 else (readings[0] if readings else None)
    return _day(day) if day else _unresolved("day")


def _iso_date(c: DateCandidate, ctx: Context) -> Resolution:
    day = _safe_date(int(c.groups["y"]), int(c.groups["m"]), int(c.groups["d"]))
    return _day(day) if day else _unresolved("day")


def _numeric_date(c: DateCandidate, ctx: Context) -> Resolution:
    """06/11/2024 in the context's date order (DMY by default, MDY for US copy); the
    other order only when the preferred one is impossible (13/05/2024 under MDY)."""
    readings = _numeric_readings(c, ctx)
    return _day(readings[0]) if readings else _unresolved("day")


def _explicit_date(c: DateCandidate, ctx: Context) -> Resolution:
    day = _explicit(c.groups, "a", ctx)
    return _day(day) if day else _unresolved("day")


def _week_of(c: DateCandidate, ctx: Context) -> Resolution:
    """ "the week of March 6" → its ISO week; "the week ended February 22" → the seven
    days ending that day (statistics copy)."""
    day = _explicit(c.groups, "a", ctx)
    if day is None:
        return _unresolved("week")
    if "of" in c.groups:
        if c.groups["of"].lower() == "of":
            return week_res(day)
        return _range(
            day, day + 6 * DAY, "range", f"{day.isoformat()}/{(day + 6 * DAY).isoformat()}"
        )
    start = day - 6 * DAY
    return _range(start, day, "range", f"{start.isoformat()}/{day.isoformat()}")


def _clock_date(c: DateCandidate, ctx: Context) -> Resolution:
    """ "5 p.m. EST, Nov. 6": the day, valued with the clock time (``1989-11-06T17:00``)."""
    g = c.groups
    if "wd" in g:
        day_res = _weekday(DateCandidate(c.start, c.end, "weekday", c.text, {"wd": g["wd"]}), ctx)
    elif "rd" in g:
        day_res = relative_day(
            DateCandidate(c.start, c.end, "relative_day", c.text, {"w": g["rd"]}), ctx
        )
    else:
        day = _explicit(g, "t", ctx)
        day_res = _day(day) if day else _unresolved("day")
    if day_res.period is None:
        return day_res
    clock = _clock_value(g["clock"])
    value = f"{day_res.period.start.isoformat()}T{clock}" if clock else day_res.value
    return Resolution(day_res.period, "day", "date", value)


def _clock_value(text: str) -> str | None:
    """ "5 p.m." → "17:00", "15:00" → "15:00", "noon" → "12:00".

    >>> _clock_value("5 p.m."), _clock_value("9:30am"), _clock_value("midnight")
    ('17:00', '09:30', '24:00')
    """
    t = text.lower().replace(".", "").replace(" ", "")
    if t in ("noon", "midnight"):
        return "12:00" if t == "noon" else "24:00"
    pm, am = t.endswith("pm"), t.endswith("am")
    t = t.rstrip("apm")
    hour, _, minute = t.partition(":")
    h = int(hour)
    if pm and h < 12:
        h += 12
    if am and h == 12:
        h = 0
    if h > 24 or (minute and int(minute) > 59):
        return None
    return f"{h:02d}:{int(minute or 0):02d}"


def _day_of_month(c: DateCandidate, ctx: Context) -> Resolution:
    """ "on the 6th": that day of the publication month (or the previous month when the
    sentence is in the past and the day is still to come)."""
    a = ctx.anchor
    if a is None:
        return _unresolved("day")
    d = day_number(c.groups["d"])
    day = _safe_date(a.year, a.month, d)
    if day is not None and ctx.tense == "past" and day > a:
        prev = cal.add_months(a.replace(day=1), -1)
        day = _safe_date(prev.year, prev.month, d)
    elif day is not None and ctx.tense == "future" and day < a:
        nxt = cal.add_months(a.replace(day=1), 1)
        day = _safe_date(nxt.year, nxt.month, d)
    return _day(day) if day else _unresolved("day")


def _spacy_dateparser(c: DateCandidate, ctx: Context) -> Resolution:
    """A spaCy DATE entity read by dateparser; year-less dates are placed like the grammar's."""
    g = c.groups
    month, day = int(g["m"]), int(g["d"])
    if g["period"] == "year":
        return _year(int(g["y"]))
    if g["period"] == "month":
        year = int(g["y"]) if "y" in g else _year_for_month(month, ctx)
        return _month(year, month) if year else _unresolved("month")
    found = _safe_date(int(g["y"]), month, day) if "y" in g else place_yearless(month, day, ctx)
    return _day(found) if found else _unresolved("day")


def _spelled_year(c: DateCandidate, ctx: Context) -> Resolution:
    """ "nineteen ninety-six", "January nineteen ninety-seven"."""
    year = spelled_year(c.groups["cent"], c.groups["rest"])
    if "m" in c.groups:
        return _month(year, month_number(c.groups["m"]))
    return _year(year)


def _day_around_date(c: DateCandidate, ctx: Context) -> Resolution:
    """ "the day before last Tuesday", "the day after Nov. 6": one day off the named day."""
    g = c.groups
    if "wd" in g:
        sub = {"wd": g["wd"], **({"rel": g["rel"]} if "rel" in g else {})}
        inner = _weekday(DateCandidate(c.start, c.end, "weekday", c.text, sub), ctx)
    elif "rd" in g:
        sub = {"w": g["rd"]}
        inner = relative_day(DateCandidate(c.start, c.end, "relative_day", c.text, sub), ctx)
    else:
        day = _explicit(g, "a", ctx)
        inner = _day(day) if day else _unresolved("day")
    if inner.period is None:
        return inner
    step = DAY if g["w2"].lower() == "after" else -DAY
    return _day(inner.period.start + step)


def _month_year(c: DateCandidate, ctx: Context) -> Resolution:
    """ "February 2024"; "February last year" is February of the year before publication."""
    month = month_number(c.groups["m"])
    if "y" in c.groups:
        return _month(int(c.groups["y"]), month)
    if ctx.anchor is None:
        return _unresolved("month")
    offset = {"last": -1, "this": 0, "next": 1}[c.groups["ry"].lower()]
    return _month(ctx.anchor.year + offset, month)


def _year_for_month(month: int, ctx: Context, rel: str = "") -> int | None:
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    if rel == "this":
        return a.year
    if rel == "last" or (not rel and ctx.tense == "past"):
        return a.year if month < a.month or (not rel and month == a.month) else a.year - 1
    if rel == "next" or ctx.tense == "future":
        return a.year if month > a.month or (not rel and month == a.month) else a.year + 1
    if month - a.month > 6:
        return a.year - 1
    if a.month - month > 6:
        return a.year + 1
    return a.year


def _month_relative(c: DateCandidate, ctx: Context) -> Resolution:
    month = month_number(c.groups["m"])
    rel = "".join(c.groups.get("rel", "").lower().split()).rstrip("-")
    year = _year_for_month(month, ctx, rel if rel in ("last", "this", "next") else "")
    if year is None:
        return _unresolved("month")
    start, end = cal.month_range(year, month)
    if rel == "early":
        return _range(start, start.replace(day=10), "month_part", f"{year:04d}-{month:02d}")
    if rel.startswith("mid"):
        return _range(
            start.replace(day=11), start.replace(day=20), "month_part", f"{year:04d}-{month:02d}"
        )
    if rel in ("late", "endof", "theendof"):
        return _range(start.replace(day=21), end, "month_part", f"{year:04d}-{month:02d}")
    return _month(year, month)


def _season_year(season: str, rel: str, ctx: Context, a: dt.date) -> int:
    spans = {y: cal.season_range(y, season) for y in range(a.year - 2, a.year + 2)}
    if rel == "last":
        return max(y for y, (_, end) in spans.items() if end < a)
    if rel == "next" or (not rel and ctx.tense == "future"):
        return min(y for y, (start, end) in spans.items() if (start > a if rel else end >= a))
    if not rel and ctx.tense == "past":
        return max(y for y, (start, _) in spans.items() if start <= a)
    current = [y for y, (start, end) in spans.items() if start <= a <= end]
    return current[0] if current else a.year


def _season(c: DateCandidate, ctx: Context) -> Resolution:
    """ "last summer", "winter 2023"; a bare season follows the tense (past: the latest one
    already begun; future: the next one not yet over); "this winter" is the one under way
    or to come this year."""
    g = c.groups
    season = (g.get("s") or g["s2"]).lower()
    if "y" in g or "y2" in g:
        year = int(g.get("y") or g["y2"])
    elif ctx.anchor is None:
        return _unresolved("season")
    else:
        rel = " ".join((g.get("rel") or "").lower().split())
        rel = "last" if rel in ("this past", "past") else rel
        year = _season_year(season, rel if rel in ("last", "next") else "", ctx, ctx.anchor)
    return _range(
        *cal.season_range(year, season), "season", f"{year:04d}-{cal.TIMEX_SEASON[season]}"
    )


def _weekday(c: DateCandidate, ctx: Context) -> Resolution:
    res = _weekday_only(c, ctx)
    part = c.groups.get("part")
    if part and res.period is not None:
        return Resolution(res.period, "day", "date", f"{res.value}T{PART_OF_DAY[part.lower()]}")
    return res


def _weekday_only(c: DateCandidate, ctx: Context) -> Resolution:
    """The latest such day on or before publication; the next one (today included) in a
    future-tense sentence; "next"/"last" always move a week away from today."""
    if ctx.anchor is None:
        return _unresolved("day")
    target = WEEKDAYS[c.groups["wd"].lower()]
    rel = (c.groups.get("rel") or "").lower()
    a = ctx.anchor
    back = (a.weekday() - target) % 7
    ahead = (target - a.weekday()) % 7
    if rel == "next":
        return _day(a + (ahead or 7) * DAY)
    if ctx.tense == "future" and rel != "last":  # "will sit on Friday" said on a Friday: today
        return _day(a + ahead * DAY)
    if rel == "last":
        return _day(a - (back or 7) * DAY)
    if rel == "this" and ctx.tense != "past":
        return _day(cal.iso_week_range(a)[0] + target * DAY)
    return _day(a - back * DAY)


def _fiscal_year(c: DateCandidate, ctx: Context) -> Resolution:
    y1 = int(c.groups["y"])
    y2 = int(c.groups["y2"])
    if (y1 + 1) % 100 != y2:
        return _unresolved("fiscal_year")
    return _range(dt.date(y1, 4, 1), dt.date(y1 + 1, 3, 31), "fiscal_year", f"{y1}/{y2:02d}")


def _year_rule(c: DateCandidate, ctx: Context) -> Resolution:
    return _year(int(c.groups["y"]))


RESOLVERS: dict[str, Callable[[DateCandidate, Context], Resolution]] = {
    "range_dates": _dates_pair,
    "range_days_month": _days_of_month,
    "range_month_days": _days_of_month,
    "range_years": _range_years,
    "range_years_dash": _range_years,
    "weekday_date": _weekday_date,
    "iso_date": _iso_date,
    "numeric_date": _numeric_date,
    "explicit_date": _explicit_date,
    "week_of": _week_of,
    "clock_date": _clock_date,
    "day_of_month": _day_of_month,
    "month_year": _month_year,
    "day_around_date": _day_around_date,
    "spelled_year": _spelled_year,
    "spacy_dateparser": _spacy_dateparser,
    "holiday": resolve_holiday,
    "season": _season,
    "season_rel": _season,
    "season_ctx": _season,
    "month_relative": _month_relative,
    "month_in": _month_relative,
    "weekday": _weekday,
    "fiscal_year": _fiscal_year,
    "year": _year_rule,
    **RELATIVE_RESOLVERS,
    **BUSINESS_RESOLVERS,
    **VAGUE_RESOLVERS,
}


def resolve_candidate(candidate: DateCandidate, ctx: Context) -> Resolution:
    """Resolve one candidate; never raises for odd input (impossible dates → unresolved)."""
    try:
        return RESOLVERS[candidate.rule](candidate, ctx)
    except (ValueError, OverflowError, KeyError):
        return _unresolved("unknown")

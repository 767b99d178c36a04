"""Expressions relative to the publication date or to the narrative: "last month",
"this time last year", "earlier this week", "two weeks ago", "the next day", "that year"."""

from __future__ import annotations

import datetime as dt

from ..models import DateRange
from . import calendar as cal
from .business import shift_resolution
from .grammar import DateCandidate
from .lexicon import TIMEX_UNIT, count_value
from .vague import shift as _shift
from .values import DAY, Context, Resolution
from .values import day_res as _day
from .values import month_res as _month
from .values import span_res as _range
from .values import unresolved as _unresolved
from .values import week_res as _week
from .values import year_res as _year

__all__ = ["RELATIVE_RESOLVERS", "relative_day", "this_unit"]


def _this_time_last_year(c: DateCandidate, ctx: Context) -> Resolution:
    if ctx.anchor is None:
        return _unresolved("day")
    return _day(cal.shift_years(ctx.anchor, -1))


def _to_date(year: int, ctx: Context) -> Resolution:
    if ctx.anchor is None or ctx.anchor.year < year:
        return _year(year)
    end = min(ctx.anchor, dt.date(year, 12, 31))
    return _range(dt.date(year, 1, 1), end, "to_date", f"{year:04d}")


def _to_date_year(c: DateCandidate, ctx: Context) -> Resolution:
    if "y" in c.groups:
        return _to_date(int(c.groups["y"]), ctx)
    return _to_date(ctx.anchor.year, ctx) if ctx.anchor else _unresolved("to_date")


def _so_far_this(c: DateCandidate, ctx: Context) -> Resolution:
    a = ctx.anchor
    if a is None:
        return _unresolved("to_date")
    unit = c.groups.get("unit") or c.groups.get("unit2") or c.groups.get("unit3") or "year"
    start = {
        "year": a.replace(month=1, day=1),
        "month": a.replace(day=1),
        "week": cal.iso_week_range(a)[0],
    }[unit.lower()]
    return _range(start, a, "to_date", this_unit(unit.lower(), a).value)


def this_unit(unit: str, day: dt.date) -> Resolution:
    if unit == "week":
        return _week(day)
    if unit == "month":
        return _month(day.year, day.month)
    if unit == "quarter":
        q = (day.month - 1) // 3 + 1
        return _range(*cal.quarter_range(day.year, q), "quarter", f"{day.year:04d}-Q{q}")
    if unit == "decade":
        start = day.year - day.year % 10
        return _range(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade", str(start)[:3])
    if unit == "day":
        return _day(day)
    return _year(day.year)


def _relative_unit(c: DateCandidate, ctx: Context) -> Resolution:
    rel = " ".join(c.groups["rel"].lower().split())
    unit = c.groups["unit"].lower()
    base = ctx.previous if rel in ("the previous", "the following", "the same") else ctx.anchor
    base = base or ctx.anchor
    if base is None:
        return _unresolved(unit)
    if rel in ("the past", "the coming"):
        n = 1 if rel == "the coming" else -1
        other = _shift(base, unit, n)
        start, end = sorted((base + DAY if n > 0 else other + DAY, other if n > 0 else base))
        return _range(start, end, "range", f"P1{TIMEX_UNIT.get(unit, 'D')}")
    offset = {
        "this": 0,
        "the same": 0,
        "the current": 0,
        "last": -1,
        "the previous": -1,
        "next": 1,
        "the following": 1,
    }[rel]
    return this_unit(unit, _shift(base, unit if unit != "fortnight" else "week", offset))


def _earlier_later_this(c: DateCandidate, ctx: Context) -> Resolution:
    g = c.groups
    unit = g["unit"].lower()
    if ctx.anchor is None:
        return _unresolved(unit)
    offset = {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
    whole = this_unit(unit, _shift(ctx.anchor, unit, offset))
    if whole.period is None or offset != 0:
        return whole
    a = ctx.anchor
    if g["when"].lower() in ("earlier", "early"):
        if whole.period.start >= a:
            return whole
        return _range(whole.period.start, a - DAY, "range", whole.value)
    if whole.period.end <= a:
        return whole
    return _range(a + DAY, whole.period.end, "range", whole.value)


def _n_units_ago(c: DateCandidate, ctx: Context) -> Resolution:
    """ "two weeks ago" counts back from publication, "three days later" from the last
    resolved day; "a year earlier" after "the third quarter" is that quarter a year back."""
    g = c.groups
    n, unit, direction = count_value(g["n"]), g["unit"].lower(), g["dir"].lower()
    sign = 1 if direction in ("later", "after") else -1
    if n is None:
        return Resolution(None, "vague", "date", "FUTURE_REF" if sign > 0 else "PAST_REF")
    ref = ctx.reference or ctx.last_quarter
    if unit == "year" and ref is not None and ref.granularity in ("quarter", "half", "month"):
        shifted = shift_resolution(ref, sign * n)
        if shifted is not None:
            return shifted
    base = ctx.anchor if direction == "ago" else (ctx.previous or ctx.anchor)
    if base is None:
        return _unresolved(unit)
    return this_unit(unit if unit != "fortnight" else "day", _shift(base, unit, sign * n))


def _that_unit(c: DateCandidate, ctx: Context) -> Resolution:
    """ "that year", "later that day": the unit holding the last date the article named."""
    unit = c.groups["unit"].lower()
    base = ctx.narrative
    if base is None or base.period is None:
        return _unresolved(unit)
    return this_unit(unit, base.period.start)


def relative_day(c: DateCandidate, ctx: Context) -> Resolution:
    if ctx.anchor is None:
        return _unresolved("day")
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[c.groups["w"].lower()]
    return _day(ctx.anchor + offset * DAY)


def _narrative_day(c: DateCandidate, ctx: Context) -> Resolution:
    base = ctx.previous or ctx.anchor
    word = (c.groups.get("w") or c.groups.get("w2") or "").lower()
    if base is None:
        return _unresolved("day")
    return _day(base + (DAY if word in ("next", "following", "after") else -DAY))


def _present_ref(c: DateCandidate, ctx: Context) -> Resolution:
    if ctx.anchor is None:
        return Resolution(None, "present", "date", "PRESENT_REF")
    return Resolution(DateRange(start=ctx.anchor, end=ctx.anchor), "present", "date", "PRESENT_REF")


RELATIVE_RESOLVERS = {
    "this_time_last_year": _this_time_last_year,
    "to_date_year": _to_date_year,
    "so_far_this": _so_far_this,
    "earlier_later_this": _earlier_later_this,
    "n_units_ago": _n_units_ago,
    "relative_unit": _relative_unit,
    "relative_day": relative_day,
    "that_unit": _that_unit,
    "narrative_day": _narrative_day,
    "present_ref": _present_ref,
}

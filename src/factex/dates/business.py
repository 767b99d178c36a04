"""Reporting periods: quarters, halves, fiscal years, parts of a year, "a year earlier".

Business copy names periods relative to each other ("profit rose in the third quarter from
a year earlier"), so these resolvers read :attr:`Context.reference` (the last calendar date
in the same sentence) and :attr:`Context.last_quarter` as well as the publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .grammar import DateCandidate
from .lexicon import ORDINALS, count_value, month_number
from .values import (
    Context,
    Resolution,
    span_res,
    unresolved,
    year_res,
)

__all__ = ["BUSINESS_RESOLVERS", "quarter_res", "shift_resolution"]


def quarter_res(year: int, quarter: int) -> Resolution:
    return span_res(*cal.quarter_range(year, quarter), "quarter", f"{year:04d}-Q{quarter}")


def _quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def _last_completed_quarter(day: dt.date) -> Resolution:
    q = _quarter_of(day) - 1
    return quarter_res(day.year, q) if q else quarter_res(day.year - 1, 4)


def shift_resolution(res: Resolution, years: int) -> Resolution | None:
    """The same calendar period ``years`` later (negative: earlier), value included.

    >>> shift_resolution(quarter_res(1989, 3), -1).value
    '1988-Q3'
    """
    if res.period is None or res.value is None:
        return None
    start = cal.shift_years(res.period.start, years)
    end = cal.shift_years(res.period.end, years)
    if res.granularity == "day":
        return span_res(start, end, "day", start.isoformat())
    match = re.fullmatch(r"(\d{4})(-(?:Q[1-4]|H[12]|\d\d|SP|SU|FA|WI))?", res.value)
    if match is None:
        return None
    value = f"{int(match.group(1)) + years:04d}{match.group(2) or ''}"
    return span_res(start, end, res.granularity, value)


def _rel_year(groups: dict[str, str], anchor: dt.date | None) -> int | None:
    if "y" in groups:
        return int(groups["y"])
    if "y2" in groups:
        return int(groups["y2"])
    if "yq" in groups:
        return int(groups["yq"])
    if anchor is None:
        return None
    det = groups.get("det", "").lower()
    rel = groups.get("ry", "").lower() or (det.split()[0] if det.endswith("year's") else "")
    return anchor.year + {"last": -1, "next": 1, "this": 0}.get(rel, 0) if rel else None


def _quarter(c: DateCandidate, ctx: Context) -> Resolution:
    g = c.groups
    q = int(g["qn"]) if "qn" in g else ORDINALS[g["q"].lower()]
    year = _rel_year(g, ctx.anchor)
    if year is None and ctx.anchor is not None:
        a = ctx.anchor
        year = a.year
        if ctx.tense == "past" and q > _quarter_of(a):
            year -= 1
    if year is None:
        return unresolved("quarter")
    res = quarter_res(year, q)
    if "ago" in g:
        return shift_resolution(res, -1) or res
    return res


def _quarter_ref(c: DateCandidate, ctx: Context) -> Resolution:
    """ "the quarter", "the latest quarter", "the year-ago quarter", "this quarter"."""
    a = ctx.anchor
    if a is None:
        return unresolved("quarter")
    adj = " ".join(c.groups.get("adj", "").lower().split())
    det = c.groups["det"].lower()
    named = ctx.last_quarter
    current = quarter_res(a.year, _quarter_of(a))
    if adj == "current" or (det == "this" and not adj):
        return current
    base = named or (_last_completed_quarter(a) if ctx.tense == "past" else current)
    if adj in ("latest", "most recent", "recent", "just-ended", "just ended"):
        base = _last_completed_quarter(a)
    if adj in ("previous", "prior") and base.period is not None:
        prev = base.period.start - dt.timedelta(days=1)
        return quarter_res(prev.year, _quarter_of(prev))
    if "year-" in adj:
        return shift_resolution(base, -1) or base
    return base


def _year_earlier_ref(c: DateCandidate, ctx: Context) -> Resolution:
    """ "year-earlier", "the year-ago period": the period under discussion, a year back."""
    if ctx.anchor is None:
        return unresolved("year")
    what = c.groups.get("what", "").lower()
    base = ctx.reference or ctx.last_quarter
    if what == "quarter":
        base = ctx.last_quarter or base
    if base is None:
        return year_res(ctx.anchor.year - 1)
    return shift_resolution(base, -1) or year_res(ctx.anchor.year - 1)


def _half_year(c: DateCandidate, ctx: Context) -> Resolution:
    g = c.groups
    year = _rel_year(g, ctx.anchor)
    if year is None:
        year = ctx.anchor.year if ctx.anchor else None
    if year is None:
        return unresolved("half")
    half = int(g["hn"]) if "hn" in g else (1 if g["h"].lower() == "first" else 2)
    explicit = "y" in g or "y2" in g or "ry" in g
    if not explicit and ctx.anchor and ctx.tense == "past" and half == 2 and ctx.anchor.month <= 6:
        year -= 1
    return span_res(*cal.half_range(year, half), "half", f"{year:04d}-H{half}")


_THIRDS = {"early": 0, "start": 0, "beginning": 0, "mid": 1, "middle": 1, "late": 2, "end": 2}


def _year_part(c: DateCandidate, ctx: Context) -> Resolution:
    """ "early 2011" (Jan-Apr), "mid-1996" (May-Aug), "the end of the year" (Sep-Dec)."""
    g = c.groups
    year = _rel_year(g, ctx.anchor)
    if year is None:
        if ctx.anchor is None:
            return unresolved("year_part")
        year = ctx.anchor.year
    if "yend" in g:
        third = 2
    else:
        words = g["mod"].lower().replace("-", " ").split()
        third = next((_THIRDS[w] for w in words if w in _THIRDS), None)
        if words[-1] == "turn":
            third = 2
        elif third is None:  # "the turn of the year": no third named
            return unresolved("year_part")
    start = dt.date(year, 4 * third + 1, 1)
    end = cal.add_months(start, 3).replace(day=1)
    end = cal.month_range(end.year, end.month)[1]
    return span_res(start, end, "year_part", f"{year:04d}")


def _month_end(c: DateCandidate, ctx: Context) -> Resolution:
    if ctx.anchor is None:
        return unresolved("month_part")
    start, end = cal.month_range(ctx.anchor.year, ctx.anchor.month)
    return span_res(start.replace(day=21), end, "month_part", f"{start.year:04d}-{start.month:02d}")


def _uk_year(start_year: int, kind: str) -> tuple[dt.date, dt.date]:
    if kind == "tax":
        return dt.date(start_year, 4, 6), dt.date(start_year + 1, 4, 5)
    return dt.date(start_year, 4, 1), dt.date(start_year + 1, 3, 31)


def _fiscal_named(c: DateCandidate, ctx: Context) -> Resolution:
    """ "fiscal 1990", "FY2023": the year the fiscal year is named after; the interval is
    left open because fiscal years start on different days for different organisations."""
    raw = c.groups.get("y") or c.groups.get("y2", "")
    year = int(raw) if len(raw) == 4 else 2000 + int(raw)
    if "y3" in c.groups:  # "fiscal 1986/87": a split year, named by both halves
        return Resolution(None, "fiscal_year", "date", f"{year:04d}/{c.groups['y3']}")
    return Resolution(None, "fiscal_year", "date", f"{year:04d}")


def _fiscal_rel(c: DateCandidate, ctx: Context) -> Resolution:
    """ "the current financial year": UK financial (April-March) and tax (6 April) years
    get an interval; a US-style "fiscal year" only its TIMEX year."""
    a = ctx.anchor
    if a is None:
        return unresolved("fiscal_year")
    rel = c.groups["rel"].lower()
    kind = c.groups["kind"].lower()
    offset = {"last": -1, "previous": -1, "next": 1}.get(rel, 0)
    if kind == "fiscal":
        return Resolution(None, "fiscal_year", "date", f"{a.year + offset:04d}")
    start_year = a.year if a >= _uk_year(a.year, kind)[0] else a.year - 1
    start, end = _uk_year(start_year + offset, kind)
    return span_res(start, end, "fiscal_year", f"{start.year}/{end.year % 100:02d}")


def _year_to_month(c: DateCandidate, ctx: Context) -> Resolution:
    """ "the year to March", "the three months to August": the months ending with the
    latest such month (UK statistics style)."""
    months = count_value(c.groups["n"]) if "n" in c.groups else 12
    if not months:
        return unresolved("range")
    month = month_number(c.groups["m"])
    if "y" in c.groups:
        year = int(c.groups["y"])
    elif ctx.anchor is None:
        return unresolved("range")
    else:
        a = ctx.anchor
        year = a.year if month < a.month or ctx.tense == "future" else a.year - 1
    end = cal.month_range(year, month)[1]
    start = cal.add_months(dt.date(year, month, 1), 1 - months)
    return span_res(start, end, "range", f"{start:%Y-%m}/{end:%Y-%m}")


def _first_n_months(c: DateCandidate, ctx: Context) -> Resolution:
    """ "the first nine months of the year" → January-September (value ``P9M``); "the last
    three months of 2023" → October-December."""
    g = c.groups
    n = count_value(g["n"])
    year = _rel_year(g, ctx.anchor)
    if year is None and ctx.anchor is not None:
        year = ctx.anchor.year
    if n is None or not 0 < n <= 12 or year is None:
        return unresolved("range")
    if g["fl"].lower() == "first":
        start = dt.date(year, 1, 1)
        end = cal.month_range(year, n)[1]
        implied = "y" not in g and "ry" not in g
        if implied and ctx.anchor and end > ctx.anchor and ctx.tense == "past":
            start, end = dt.date(year - 1, 1, 1), cal.month_range(year - 1, n)[1]
    else:
        start, end = dt.date(year, 13 - n, 1), dt.date(year, 12, 31)
    return span_res(start, end, "range", f"P{n}M")


BUSINESS_RESOLVERS = {
    "first_n_months": _first_n_months,
    "quarter": _quarter,
    "quarter_ref": _quarter_ref,
    "year_earlier_ref": _year_earlier_ref,
    "half_year": _half_year,
    "year_part": _year_part,
    "month_end": _month_end,
    "fiscal_named": _fiscal_named,
    "fiscal_rel": _fiscal_rel,
    "year_to_month": _year_to_month,
}

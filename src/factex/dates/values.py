"""What a resolved temporal expression is: an inclusive interval, a granularity, a TIMEX value.

Shared by the resolver modules (:mod:`.resolve`, :mod:`.business`, :mod:`.vague`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from ..models import DateRange
from . import calendar as cal

__all__ = [
    "DAY",
    "Context",
    "DateOrder",
    "Resolution",
    "Tense",
    "day_res",
    "month_res",
    "safe_date",
    "span_res",
    "unresolved",
    "week_res",
    "year_res",
]

Tense = Literal["past", "future"] | None
DateOrder = Literal["DMY", "MDY"]
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Resolution:
    period: DateRange | None
    granularity: str
    kind: Literal["date", "duration", "set"] = "date"
    value: str | None = None


@dataclass(frozen=True)
class Context:
    anchor: dt.date | None
    """Publication date (document creation time)."""
    tense: Tense = None
    previous: dt.date | None = None
    """Last day-precise date resolved before this one (for "the next day")."""
    reference: Resolution | None = None
    """Last resolved calendar date in the same sentence (for "a year earlier")."""
    last_quarter: Resolution | None = None
    """Last quarter named before this point in the article (for "the quarter")."""
    narrative: Resolution | None = None
    """Last calendar date named anywhere before this point (for "that year")."""
    date_order: DateOrder = "DMY"
    """How to read ambiguous numeric dates such as 06/11/2024."""


def span_res(start: dt.date, end: dt.date, granularity: str, value: str | None) -> Resolution:
    return Resolution(DateRange(start=start, end=end), granularity, "date", value)


def day_res(day: dt.date) -> Resolution:
    return span_res(day, day, "day", day.isoformat())


def month_res(year: int, month: int) -> Resolution:
    return span_res(*cal.month_range(year, month), "month", f"{year:04d}-{month:02d}")


def year_res(year: int) -> Resolution:
    return span_res(*cal.year_range(year), "year", f"{year:04d}")


def week_res(day: dt.date) -> Resolution:
    iso = day.isocalendar()
    return span_res(*cal.iso_week_range(day), "week", f"{iso[0]:04d}-W{iso[1]:02d}")


def unresolved(granularity: str) -> Resolution:
    return Resolution(None, granularity)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None

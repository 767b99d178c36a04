"""Calendar arithmetic on plain ``datetime.date`` values (inclusive intervals)."""

from __future__ import annotations

import calendar as _cal
import datetime as dt

__all__ = [
    "add_months",
    "half_range",
    "iso_week_range",
    "month_range",
    "quarter_range",
    "season_range",
    "shift_years",
    "year_range",
]


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    """Example:

    >>> month_range(2024, 2)
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    return dt.date(year, month, 1), dt.date(year, month, _cal.monthrange(year, month)[1])


def year_range(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def quarter_range(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    """Example:

    >>> quarter_range(2023, 3)
    (datetime.date(2023, 7, 1), datetime.date(2023, 9, 30))
    """
    first = 3 * (quarter - 1) + 1
    return month_range(year, first)[0], month_range(year, first + 2)[1]


def half_range(year: int, half: int) -> tuple[dt.date, dt.date]:
    return (
        (dt.date(year, 1, 1), dt.date(year, 6, 30))
        if half == 1
        else (dt.date(year, 7, 1), dt.date(year, 12, 31))
    )


def iso_week_range(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday..Sunday of the ISO week holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
TIMEX_SEASON = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def season_range(year: int, season: str) -> tuple[dt.date, dt.date]:
    """Meteorological seasons (northern hemisphere); winter starts in December of ``year``.

    >>> season_range(2024, "winter")
    (datetime.date(2024, 12, 1), datetime.date(2025, 2, 28))
    """
    first = _SEASON_START[season.lower()]
    end_year, end_month = (year + 1, 2) if first == 12 else (year, first + 2)
    return dt.date(year, first, 1), month_range(end_year, end_month)[1]


def add_months(day: dt.date, months: int) -> dt.date:
    """Example:

    >>> add_months(dt.date(2024, 1, 31), 1)
    datetime.date(2024, 2, 29)
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _cal.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def shift_years(day: dt.date, years: int) -> dt.date:
    """Example:

    >>> shift_years(dt.date(2024, 2, 29), -1)
    datetime.date(2023, 2, 28)
    """
    return add_months(day, 12 * years)

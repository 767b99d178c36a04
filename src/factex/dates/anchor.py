"""Infer the publication date of an article that does not state it."""

from __future__ import annotations

import datetime as dt

from .grammar import DateCandidate
from .lexicon import WEEKDAYS, day_number, month_number

__all__ = ["infer_publication_date"]

_EXPLICIT = {
    "explicit_date",
    "weekday_date",
    "range_dates",
    "range_days_month",
    "range_month_days",
    "iso_date",
}


def _explicit_days(candidates: list[DateCandidate], year: int | None) -> list[dt.date]:
    days: list[dt.date] = []
    for c in candidates:
        if c.rule == "iso_date":
            days.append(dt.date(int(c.groups["y"]), int(c.groups["m"]), int(c.groups["d"])))
            continue
        if c.rule not in _EXPLICIT:
            continue
        g = c.groups
        for p in ("a", "ax", "b", "bx", "c", "cx", "d", "dx", ""):
            m, d = g.get(p + "m"), g.get(p + "d") or g.get("d2")
            if m is None or d is None:
                continue
            y = int(g[p + "y"]) if p + "y" in g else (int(g["y"]) if "y" in g else year)
            if y is None:
                continue
            try:
                days.append(dt.date(y, month_number(m), day_number(d)))
            except ValueError:
                continue
    return days


def _latest_year(candidates: list[DateCandidate]) -> int | None:
    years = [
        int(v)
        for c in candidates
        for k, v in c.groups.items()
        if k.endswith("y") and v.isdigit() and len(v) == 4
    ]
    return max(years) if years else None


def infer_publication_date(candidates: list[DateCandidate]) -> dt.date | None:
    """The latest explicit date, moved forward to the weekday words that agree with it.

    Each weekday word is placed at its occurrence nearest the latest explicit date (within
    three days either side); the publication date is the latest of those and the date itself.
    Year-less dates take the latest year the article mentions. None when nothing is explicit.

    >>> from factex.dates.grammar import find_date_candidates
    >>> text = "Between October 24 and November 6 2024 ... on Wednesday ... on Thursday."
    >>> infer_publication_date(find_date_candidates(text))
    datetime.date(2024, 11, 7)
    """
    days = _explicit_days(candidates, _latest_year(candidates))
    if not days:
        return None
    latest = max(days)
    best = latest
    for c in candidates:
        if c.rule != "weekday" or c.groups.get("rel") in ("next", "last"):
            continue
        delta = (WEEKDAYS[c.groups["wd"].lower()] - latest.weekday() + 3) % 7 - 3
        best = max(best, latest + dt.timedelta(days=delta))
    return best

"""Normalise the ``published`` argument."""

from __future__ import annotations

import datetime as dt

from .errors import InvalidPublicationDate

__all__ = ["PublishedLike", "parse_published"]

PublishedLike = dt.date | dt.datetime | str | None


def parse_published(value: PublishedLike) -> dt.date | None:
    """A ``date`` from a date, datetime or ISO string; None stays None.

    >>> parse_published("2024-11-07T09:30:00+00:00")
    datetime.date(2024, 11, 7)
    >>> parse_published(dt.datetime(2024, 11, 7, 23, 5))
    datetime.date(2024, 11, 7)
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise InvalidPublicationDate(value)

"""Named days ("Christmas Day", "Thanksgiving", "Easter Monday") from data/holidays.json."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from ..resources import load_model
from .values import Context, Resolution, day_res, unresolved

if TYPE_CHECKING:  # grammar.py imports this module for its pattern
    from .grammar import DateCandidate

__all__ = ["Holiday", "easter", "holiday_pattern", "load_holidays", "resolve_holiday"]


class Holiday(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    names: list[str]
    fixed: str | None = None
    nth_weekday: tuple[int, int, int] | None = None
    easter: int | None = None
    offset: int = 0
    needs_preposition: bool = False

    @field_validator("fixed")
    @classmethod
    def _month_day(cls, value: str | None) -> str | None:
        if value is not None:
            dt.date(2000, int(value[:2]), int(value[3:]))  # raises on 02-30
        return value

    @model_validator(mode="after")
    def _one_rule(self) -> Holiday:
        if sum(x is not None for x in (self.fixed, self.nth_weekday, self.easter)) != 1:
            raise ValueError(f"{self.names}: give exactly one of fixed, nth_weekday, easter")
        return self

    def on(self, year: int) -> dt.date:
        """This holiday's date in ``year``."""
        if self.fixed is not None:
            return dt.date(year, int(self.fixed[:2]), int(self.fixed[3:]))
        if self.easter is not None:
            return easter(year) + dt.timedelta(days=self.easter)
        assert self.nth_weekday is not None
        month, weekday, n = self.nth_weekday
        if n > 0:
            first = dt.date(year, month, 1)
            day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        else:
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            last = nxt - dt.timedelta(days=1)
            day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        return day + dt.timedelta(days=self.offset)


class _Holidays(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    description: str = ""
    holidays: list[Holiday]


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm).

    >>> easter(2024), easter(2025)
    (datetime.date(2024, 3, 31), datetime.date(2025, 4, 20))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@cache
def load_holidays() -> dict[str, Holiday]:
    """Lower-cased name → holiday."""
    data = load_model("holidays.json", _Holidays)
    return {name.lower(): h for h in data.holidays for name in h.names}


def holiday_pattern() -> str:
    """One alternation of every holiday name, longest first; names that need a
    preposition only match after one (the preposition stays outside the span)."""
    table = load_holidays()
    names = sorted(table, key=len, reverse=True)
    free = [re.escape(n) for n in names if not table[n].needs_preposition]
    bound = [re.escape(n) for n in names if table[n].needs_preposition]
    prep = r"(?:(?i:at|on|over|before|after|until|till|since|by|for|from|during))"
    longer = r"(?!\s+(?:Day|Eve|Sunday|Monday|Day)\b)"
    return (
        rf"(?:(?P<rel>last|next|this)\s+)?(?P<h>(?i:{'|'.join(free)}))(?:\s+(?P<y>(?:1[89]|20)\d\d))?"
        rf"|{prep}\s+(?P<span>(?:(?P<rel2>last|next|this)\s+)?(?P<h2>(?i:{'|'.join(bound)})){longer}(?:\s+(?P<y2>(?:1[89]|20)\d\d))?)"
    )


def resolve_holiday(c: DateCandidate, ctx: Context) -> Resolution:
    """ "Christmas Day", "last Thanksgiving", "Easter 2025": the tense and "last"/"next"
    pick the year, as for a year-less date."""
    g = c.groups
    holiday = load_holidays()[" ".join((g.get("h") or g["h2"]).lower().split())]
    if "y" in g or "y2" in g:
        return day_res(holiday.on(int(g.get("y") or g["y2"])))
    a = ctx.anchor
    if a is None:
        return unresolved("day")
    rel = (g.get("rel") or g.get("rel2") or "").lower()
    options = [holiday.on(y) for y in (a.year - 1, a.year, a.year + 1)]
    if rel == "this":
        return day_res(holiday.on(a.year))
    if rel == "last" or (not rel and ctx.tense == "past"):
        return day_res(max(d for d in options if (d < a if rel else d <= a)))
    if rel == "next" or ctx.tense == "future":
        return day_res(min(d for d in options if (d > a if rel else d >= a)))
    return day_res(min(options, key=lambda d: abs((d - a).days)))

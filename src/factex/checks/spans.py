"""Dates: a stated duration against the range it describes; a weekday against its date."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..dates.lexicon import WEEKDAYS
from ..models import DateMention, Finding
from .figures import alternation, check_lexicon
from .tolerance import Interval
from .util import make_finding

__all__ = ["check_date_spans", "check_weekday_text", "check_weekdays", "duration_days"]

_EXACT_DAYS = {"D": 1, "W": 7}


def duration_days(value: str | None) -> int | None:
    """Days in an exact TIMEX duration ("P14D", "P2W"); None for months, years, vague.

    >>> duration_days("P14D"), duration_days("P2W"), duration_days("P15Y")
    (14, 14, None)
    """
    match = re.fullmatch(r"P(\d+)([DW])", value or "")
    if not match:
        return None
    return int(match.group(1)) * _EXACT_DAYS[match.group(2)]


def check_date_spans(dates: list[DateMention], links: dict[int, int]) -> list[Finding]:
    """ "the busiest 14-day period" linked to "between October 24 and November 6"."""
    findings: list[Finding] = []
    for i, r in sorted(links.items()):
        duration, target = dates[i], dates[r]
        stated = duration_days(duration.value)
        if stated is None or target.period is None:
            continue
        days = target.period.days
        verdict = "consistent" if days == stated else "inconsistent"
        message = (
            f"{duration.text!r} = {stated} days; {target.text!r} spans {days} days "
            f"({target.period}, both ends included)"
        )
        findings.append(
            make_finding(
                "date_span",
                verdict,
                None,
                float(days),
                Interval(stated, stated),
                "exact" if verdict == "consistent" else None,
                message,
                "checks.spans.duration_range",
                [target.text],
                start=duration.start,
                end=duration.end,
                stated=duration.text,
            )
        )
    return findings


_WEEKDAY_NAME = {v: k.capitalize() for k, v in WEEKDAYS.items()}


def check_weekdays(dates: list[DateMention]) -> list[Finding]:
    """ "Wednesday, November 6, 2024": the weekday must be that date's."""
    findings: list[Finding] = []
    for d in dates:
        if d.rule != "dates.weekday_date" or d.period is None:
            continue
        word = d.text.split()[0].rstrip(",").lower()
        stated = WEEKDAYS.get(word)
        if stated is None:
            continue
        findings.append(
            _weekday_finding(d.period.start, stated, "checks.spans.weekday", d.start, d.end, d.text)
        )
    return findings


def _weekday_finding(
    date: dt.date, stated: int, rule: str, start: int, end: int, text: str
) -> Finding:
    """Whether ``date`` falls on the weekday ``stated`` (0 = Monday) that ``text`` names."""
    ok = date.weekday() == stated
    message = f"{date.isoformat()} is a {_WEEKDAY_NAME[date.weekday()]}"
    return make_finding(
        "weekday",
        "consistent" if ok else "inconsistent",
        None,
        None,
        None,
        "exact" if ok else None,
        message if ok else f"{message}, not a {_WEEKDAY_NAME[stated]}",
        rule,
        start=start,
        end=end,
        stated=text,
    )


@cache
def _weekday_date() -> re.Pattern[str]:
    lex = check_lexicon()
    day = alternation(lex.weekdays)
    month = alternation(lex.months)
    return re.compile(
        rf"\b(?P<wd>{day}),?\s+(?:(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
        rf"(?P<m1>{month})|(?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b"
        r"(?:,?\s+(?P<y>\d{4})\b)?",
        re.I,
    )


def _nearest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The date with that month and day closest to the publication date."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def check_weekday_text(text: str, anchor: dt.date | None) -> list[Finding]:
    """ "Wednesday 6 November", "Tuesday, March 5, 2024": the weekday must be that date's.
    Without a year, the date nearest the publication date is meant."""
    lex = check_lexicon()
    findings: list[Finding] = []
    for m in _weekday_date().finditer(text):
        month = lex.months[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
        day = int(m.group("d1") or m.group("d2"))
        if m.group("y"):
            try:
                date: dt.date | None = dt.date(int(m.group("y")), month, day)
            except ValueError:
                date = None
        else:
            date = _nearest_year(month, day, anchor) if anchor else None
        if date is None:
            continue
        stated = lex.weekdays[m.group("wd").lower()]
        findings.append(
            _weekday_finding(
                date, stated, "checks.spans.weekday_text", m.start(), m.end(), m.group(0)
            )
        )
    return findings

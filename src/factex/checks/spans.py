"""Dates: a stated duration against the range it describes; a weekday against its date."""

from __future__ import annotations

import datetime as dt
import re

from ..dates.lexicon import WEEKDAYS
from ..models import DateMention, Finding
from .tolerance import Interval
from .util import make_finding

__all__ = ["check_date_spans", "check_weekdays", "duration_days"]

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
        actual: dt.date = d.period.start
        ok = actual.weekday() == stated
        message = f"{actual.isoformat()} is a {_WEEKDAY_NAME[actual.weekday()]}"
        findings.append(
            make_finding(
                "weekday",
                "consistent" if ok else "inconsistent",
                None,
                None,
                None,
                "exact" if ok else None,
                message if ok else f"{message}, not a {word.capitalize()}",
                "checks.spans.weekday",
                start=d.start,
                end=d.end,
                stated=d.text,
            )
        )
    return findings

"""Dates: a stated duration against the range it describes; a weekday against its date."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..dates.lexicon import WEEKDAYS
from ..models import DateMention, Finding
from .figures import alternation, check_lexicon
from .tolerance import Interval
from .util import make_finding, unverifiable

__all__ = [
    "check_date_spans",
    "check_start_end_spans",
    "check_weekday_text",
    "check_weekdays",
    "duration_days",
    "is_last_dekad",
    "sundays",
]

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
    """ "the busiest 14-day period" linked to "between October 24 and November 6".

    Two counting conventions of wire copy are recognised: a "ten-day period" that is the
    last third of a month (days 21 to the end: a dekad, 8 to 11 calendar days) passes, and a
    count that matches the range without its Sundays (selling days) is unverifiable, since
    the copy does not say which count it used."""
    findings: list[Finding] = []
    for i, r in sorted(links.items()):
        duration, target = dates[i], dates[r]
        stated = duration_days(duration.value)
        if stated is None or target.period is None:
            continue
        days = target.period.days
        start, end = target.period.start, target.period.end
        message = (
            f"{duration.text!r} = {stated} days; {target.text!r} spans {days} days "
            f"({target.period}, both ends included)"
        )
        where = dict(start=duration.start, end=duration.end, stated=duration.text)
        dekad = days != stated and stated == 10 and is_last_dekad(start, end)
        if dekad:
            message += "; days 21 to the month's end are its last ten-day period (dekad)"
        elif days != stated and days - sundays(start, end) == stated:
            message += f"; {stated} without its Sundays (selling days?)"
            findings.append(
                unverifiable(
                    "date_span", None, message, "checks.spans.working_days", [target.text], **where
                )
            )
            continue
        verdict = "consistent" if days == stated or dekad else "inconsistent"
        findings.append(
            make_finding(
                "date_span",
                verdict,
                None,
                float(days),
                Interval(stated, stated),
                "exact" if verdict == "consistent" else None,
                message,
                "checks.spans.dekad" if dekad else "checks.spans.duration_range",
                [target.text],
                **where,
            )
        )
    return findings


_START_WORDS = re.compile(
    r"\b(?:begins?|began|begun|starts?|started|opens?|opened|runs?\s+from|from)\s+(?:on\s+)?"
    r"(?:\w+day,?\s+)?$",
    re.I,
)
_END_WORDS = re.compile(
    r"\b(?:closes?|closed|ends?|ended|finishes|finished|until|till|to|runs?\s+until)\s+"
    r"(?:on\s+)?(?:\w+day,?\s+)?$",
    re.I,
)


def check_start_end_spans(dates: list[DateMention], text: str) -> list[Finding]:
    """ "A six-week consultation begins on Monday 10 March and closes on 20 April": a duration
    and, later in its sentence, a start date and an end date named by their verbs.

    Both counting conventions pass (the end day included or not: 41 or 42 days for six
    weeks); anything else is inconsistent. Only exact day and week durations are read."""
    findings: list[Finding] = []
    for k, duration in enumerate(dates):
        stated = duration_days(duration.value) if duration.kind == "duration" else None
        if stated is None:
            continue
        after = [
            d
            for d in dates[k + 1 :]
            if d.start - duration.end < 160
            and not _SENTENCE_END.search(text, duration.end, d.start)
        ]
        days = [
            d
            for d in after
            if d.kind == "date"
            and d.granularity == "day"
            and d.period
            and any(c.isdigit() for c in d.text)  # "from Sunday to Thursday": a week's days
        ]
        if len(days) != 2 or len(after) != 2:
            continue  # one date, or three: which two bound the period?
        first, last = days
        if not (
            _START_WORDS.search(text[max(0, first.start - 30) : first.start])
            and _END_WORDS.search(text[max(0, last.start - 30) : last.start])
        ):
            continue
        start, end = first.period.start, last.period.end  # type: ignore[union-attr]
        span = (end - start).days + 1
        if span < 2:
            continue  # the end before the start: not one period
        ok = stated in (span, span - 1)
        findings.append(
            make_finding(
                "date_span",
                "consistent" if ok else "inconsistent",
                None,
                float(span),
                Interval(stated, stated + 1),
                "exact" if ok else None,
                f"{duration.text!r} = {stated} days; {first.text!r} to {last.text!r} is "
                f"{span - 1} days on, {span} with both ends",
                "checks.spans.start_end",
                [first.text, last.text],
                start=duration.start,
                end=duration.end,
                stated=duration.text,
            )
        )
    return findings


_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]")


def is_last_dekad(start: dt.date, end: dt.date) -> bool:
    """Days 21 to the end of one month: the third ten-day period (dekad) of that month.

    >>> is_last_dekad(dt.date(1987, 3, 21), dt.date(1987, 3, 31))
    True
    >>> is_last_dekad(dt.date(1987, 3, 20), dt.date(1987, 3, 31))
    False
    """
    return (
        (start.year, start.month) == (end.year, end.month)
        and start.day == 21
        and (end + dt.timedelta(days=1)).day == 1
    )


def sundays(start: dt.date, end: dt.date) -> int:
    """Sundays from ``start`` to ``end``, both included.

    >>> sundays(dt.date(1987, 3, 11), dt.date(1987, 3, 20))  # March 15
    1
    """
    days = (end - start).days + 1
    first = (6 - start.weekday()) % 7  # days from start to its first Sunday
    return 0 if days <= first else (days - first - 1) // 7 + 1


_WEEKDAY_NAME = {v: k.capitalize() for k, v in WEEKDAYS.items()}


def check_weekdays(dates: list[DateMention], text: str = "") -> list[Finding]:
    """ "Wednesday, November 6, 2024": the weekday must be that date's. A year-less date
    wrong in the year it was resolved to is checked in the year its sentence gives the same
    month ("until April 2025, when … on Friday 11 April"), when there is one."""
    findings: list[Finding] = []
    for d in dates:
        if d.rule != "dates.weekday_date" or d.period is None:
            continue
        word = d.text.split()[0].rstrip(",").lower()
        stated = WEEKDAYS.get(word)
        if stated is None:
            continue
        day, rule = d.period.start, "checks.spans.weekday"
        if day.weekday() != stated and not _YEAR.search(d.text):
            year = _sentence_year(dates, d, text)
            if year is not None and year != day.year and _in_year(day, year) is not None:
                day, rule = _in_year(day, year) or day, "checks.spans.weekday_sentence_year"
        findings.append(_weekday_finding(day, stated, rule, d.start, d.end, d.text))
    return findings


_YEAR = re.compile(r"\b\d{4}\b")


def _sentence_year(dates: list[DateMention], d: DateMention, text: str) -> int | None:
    """The one year the sentence of ``d`` writes out for the same month."""
    assert d.period is not None
    years = {
        o.period.start.year
        for o in dates
        if o is not d
        and o.period is not None
        and o.period.start.month == d.period.start.month
        and _YEAR.search(o.text)
        and not _SENTENCE_END.search(text, min(o.end, d.end), max(o.start, d.start))
    }
    return years.pop() if len(years) == 1 else None


def _in_year(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


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

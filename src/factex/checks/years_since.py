"""Years since an event against the calendar: "40 years since the strike began in 1984",
"1984 ..., 40 years ago", "the 40th anniversary", "has lived there for 30 years, since
moving in 1995", "the first time in 12 years".
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..models import Finding
from .figures import F, Figure, Scan, alternation, check_lexicon
from .tolerance import Interval
from .util import make_finding

__all__ = ["check_years_since"]


_AFTER_START = (
    r"after\s+(?:qualifying|graduating|starting|beginning|moving|arriving|opening"
    r"|being\s+(?:elected|ordained|founded))"
)
"""'after' that names the start of the stretch counted ("a nurse for 12 years, after
qualifying in 2010"); not "after joining", which may start another role."""
_SINCE = [
    re.compile(rf"{F('n')}\s+years\s+since\b[^#.;]{{0,80}}?\b(?:in\s+)?{F('year')}", re.I),
    re.compile(
        rf"\bin\s+{F('year')}[^#.;]{{0,60}}?,?\s+(?:some\s+)?{F('n')}\s+years\s+ago\b", re.I
    ),
    re.compile(rf"{F('n')}\s+years\s+ago,?\s+in\s+{F('year')}", re.I),
    re.compile(rf"{F('year')},\s+(?:some\s+)?{F('n')}\s+years\s+ago\b", re.I),
    # "has lived there for 30 years, since moving in 1995": the perfect counts up to now
    re.compile(
        rf"\b(?:has|have)\s+[a-z]+\b[^#.;]{{0,60}}?\bfor\s+{F('n')}\s+years,?\s+"
        rf"(?:since|{_AFTER_START})\b"
        rf"[^#.;]{{0,80}}?\b(?:in\s+)?{F('year')}",
        re.I,
    ),
    # "had been a member for 30 years, since joining in 1995": counts to a past time
    re.compile(
        rf"\b(?P<had>had)\s+[a-z]+\b[^#.;]{{0,60}}?\bfor\s+{F('n')}\s+years,?\s+"
        rf"(?:since|{_AFTER_START})\b"
        rf"[^#.;]{{0,80}}?\b(?:in\s+)?{F('year')}",
        re.I,
    ),
    # "the first time in 12 years that ..., which it last won in 2013"
    re.compile(
        rf"\bfirst\s+time\s+in\s+{F('n')}\s+years\b[^#.;]{{0,100}}?\b(?:since"
        rf"|(?:gained|won|took|captured|last\s+[a-z]+)\b[^#.;]{{0,60}}?\bin)\s+{F('year')}",
        re.I,
    ),
]
_ANNIVERSARY = re.compile(
    r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\b[^.;]{0,80}?\b(?:in\s+)?(?P<year>\d{4})\b",
    re.I,
)


_SPAN_BEFORE = re.compile(r"\b(?:the|first|within|or|to|and|over|during)\s+$", re.I)


def check_years_since(scan: Scan) -> list[Finding]:
    """ "40 years since ... 1984" against the publication year."""
    anchor = scan.ctx.anchor
    if anchor is None:
        return []
    findings: list[Finding] = []
    findings += check_last_time(scan)
    for sent in scan.sentences:
        for pattern in _SINCE:
            for m in pattern.finditer(sent.masked):
                n, year = sent.fig(m, "n"), sent.fig(m, "year")
                if n is None or year is None or not _is_year(year, anchor):
                    continue
                if not float(n.value).is_integer():
                    continue
                before = sent.text[max(0, n.start - sent.start - 14) : n.start - sent.start]
                if _SPAN_BEFORE.search(before):
                    continue  # "in the three years since 1982": a stretch, not "it is N years"
                found = _verdict(
                    int(n.value), int(year.value), anchor, n.start, n.end, n.text, False
                )
                if (
                    "had" in m.re.groupindex
                    and found.verdict != "consistent"
                    and _past_low(scan, int(year.value)) <= n.value <= anchor.year - year.value
                ):
                    continue  # "had been ... for 30 years": up to a past time, maybe not now
                if "had" in m.re.groupindex and found.verdict == "inconsistent":
                    low, high = _past_low(scan, int(year.value)), anchor.year - int(year.value)
                    found = found.model_copy(
                        update={
                            "message": f"{n.text} years since {int(year.value)}, counted to a "
                            f"past time ('had'): {low} to {high} from the story's dates",
                            "allowed": (float(low), float(high)),
                        }
                    )
                findings.append(found)
        for m in _ANNIVERSARY.finditer(sent.text):
            year = int(m.group("year"))
            if not 1000 <= year <= anchor.year:
                continue
            start = sent.start + m.start("n")
            findings.append(
                _verdict(
                    int(m.group("n")),
                    year,
                    anchor,
                    start,
                    start + len(m.group("n")) + 2,
                    sent.text[m.start("n") : m.end("n") + 2],
                    True,
                )
            )
    return findings


def _past_low(scan: Scan, since: int) -> int:
    """The fewest years a past perfect "had … for N years, since YEAR" can count: up to the
    earliest time the story dates after YEAR (the past time it speaks of is not earlier
    than the events it reports), one less for a date in the year not reached."""
    years = [
        d.period.start.year
        for d in scan.ctx.dates
        if d.period is not None and d.kind != "duration" and d.period.start.year > since
    ]
    return min(years, default=since + 1) - since - 1


_FOR_YEARS = re.compile(
    rf"\b(?:for|in)\s+(?:(?P<qual>more\s+than|over|almost|nearly|just\s+over|just\s+under)\s+)?"
    rf"{F('n')}\s+years\s*[.;]?\s*$",
    re.I,
)
_ABOVE = ("more than", "over", "just over")


@cache
def _last_time() -> re.Pattern[str]:
    month = alternation(check_lexicon().months)
    return re.compile(
        rf"^\s*The\s+last\s+time\b[^#.;]{{0,120}}?\bin\s+(?:(?P<month>{month})\s+)?{F('year')}",
        re.I,
    )


def check_last_time(scan: Scan) -> list[Finding]:
    """ "... the biggest crowd for more than 11 years. The last time ... was in April 2014":
    the years from the month (or year) of the last time to the publication date."""
    anchor = scan.ctx.anchor
    if anchor is None:
        return []
    findings = []
    for index, sent in enumerate(scan.sentences[:-1]):
        m = _FOR_YEARS.search(sent.masked)
        n = sent.fig(m, "n") if m else None
        if m is None or n is None or n.kind != "number" or not float(n.value).is_integer():
            continue
        nxt = scan.sentences[index + 1]
        last = _last_time().match(nxt.masked)
        year = nxt.fig(last, "year") if last else None
        if last is None or year is None or not _is_year(year, anchor):
            continue
        month = check_lexicon().months[last.group("month").lower()] if last.group("month") else None
        first = dt.date(int(year.value), month or 1, 1)
        final = dt.date(int(year.value), month or 12, 28 if month == 2 else 30 if month else 31)
        lo, hi = ((anchor - d).days / 365.25 for d in (final, first))
        qual = " ".join(m.group("qual").lower().split()) if m.group("qual") else None
        ok = _bounded(int(n.value), qual, lo, hi)
        if ok is None:
            continue
        stated = n.text
        findings.append(
            make_finding(
                "years_since",
                "consistent" if ok else "inconsistent",
                None,
                round((lo + hi) / 2, 2),
                Interval(round(lo, 2), round(hi, 2)),
                "exact" if ok else None,
                f"{qual + ' ' if qual else ''}{n.text} years since the last time "
                f"({last.group('month') or ''} {year.text}): {lo:.1f} to {hi:.1f} years",
                "checks.ages.last_time",
                [year.text],
                start=n.start,
                end=n.end,
                stated=stated,
            )
        )
    return findings


def _bounded(n: int, qual: str | None, lo: float, hi: float) -> bool | None:
    """Whether ``n`` years (bounded by ``qual``) fits an elapsed time of ``lo``..``hi`` years;
    None when it fits but says too little to call ("more than 2" for 15 years).

    >>> _bounded(11, "more than", 11.5, 11.6), _bounded(21, "more than", 11.5, 11.6)
    (True, False)
    >>> _bounded(11, None, 11.5, 11.6), _bounded(12, "almost", 11.5, 11.6)
    (True, True)
    """
    if qual is None:
        return int(lo) <= n <= int(hi)
    if qual in _ABOVE:
        if hi <= n:
            return False
        return True if lo < n + 2 else None
    if lo >= n:
        return False
    return True if hi > n - 1 else None


def _verdict(
    n: int, year: int, anchor: dt.date, start: int, end: int, stated: str, ordinal: bool
) -> Finding:
    diff = anchor.year - year
    allowed = {diff} if ordinal else {diff - 1, diff}
    ok = n in allowed
    what = "anniversary" if ordinal else "years"
    return make_finding(
        "years_since",
        "consistent" if ok else "inconsistent",
        None,
        float(diff),
        Interval(min(allowed), max(allowed)),
        "exact" if ok else None,
        f"{stated} {what} from {year} to {anchor.year}: {diff}",
        "checks.ages.anniversary" if ordinal else "checks.ages.years_since",
        [str(year)],
        start=start,
        end=end,
        stated=stated,
    )


def _is_year(f: Figure, anchor: dt.date) -> bool:
    return (
        f.kind_free
        and f.step == 1
        and float(f.value).is_integer()
        and 1000 <= f.value <= anchor.year
        and "," not in f.text
    )

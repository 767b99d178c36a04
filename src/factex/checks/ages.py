"""Ages and anniversaries against the calendar.

- "John Smith, 42, ... was born on 3 March 1982": the age on the publication date.
- "40 years since the strike began in 1984", "1984 ..., 40 years ago", "the 40th anniversary".

A year without a month allows two ages (before or after the birthday). Anything that is not
tied to the publication date ("died aged 80") is left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..models import Finding
from .figures import F, Figure, Masked, Scan, alternation, check_lexicon
from .tolerance import Interval
from .util import make_finding

__all__ = ["age_on", "check_ages", "check_years_since"]


def age_on(born: dt.date, on: dt.date) -> int:
    """Whole years from ``born`` to ``on``.

    >>> born = dt.date(1982, 3, 3)
    >>> age_on(born, dt.date(2024, 3, 2)), age_on(born, dt.date(2024, 3, 3))
    (41, 42)
    """
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


@cache
def _born() -> re.Pattern[str]:
    month = alternation(check_lexicon().months)
    return re.compile(
        rf"\bborn\s+(?:in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,?\s+)?(?:on\s+|in\s+)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{month})\s+"
        rf"(?P<y1>\d{{4}})|(?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
        rf"|(?:(?P<m3>{month})\s+)?(?P<y3>\d{{4}}))\b",
        re.I,
    )


_AGE = re.compile(rf"(?:\b[A-Z][a-z]+,\s+{F('age')},|\baged\s+{F('age2')}\b)")
_NOT_NOW = re.compile(r"\b(died|death|killed|was\s+\d+\s+when|at\s+the\s+time)\b", re.I)


def _birth(m: re.Match[str]) -> tuple[int, int | None, int | None]:
    months = check_lexicon().months
    for d, mo, y in (("d1", "m1", "y1"), ("d2", "m2", "y2"), (None, "m3", "y3")):
        if m.group(y):
            month = months[m.group(mo).lower()] if m.group(mo) else None
            day = int(m.group(d)) if d and m.group(d) else None
            return int(m.group(y)), month, day
    raise ValueError(m.group(0))  # pragma: no cover - the pattern always sets a year


def _ages(sent: Masked) -> list[Figure]:
    out = []
    for m in _AGE.finditer(sent.masked):
        f = sent.fig(m, "age") or sent.fig(m, "age2")
        if (
            f is not None
            and f.kind == "number"
            and float(f.value).is_integer()
            and 0 < f.value < 120
        ):
            out.append(f)
    return out


def check_ages(scan: Scan) -> list[Finding]:
    anchor = scan.ctx.anchor
    if anchor is None:
        return []
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        births = list(_born().finditer(sent.text))
        if len(births) != 1 or _NOT_NOW.search(sent.text):
            continue
        ages = _ages(sent)
        previous = scan.previous(index)
        if not ages and previous is not None:
            ages = _ages(previous)
        if len({a.value for a in ages}) != 1:
            continue
        age = ages[0]
        year, month, day = _birth(births[0])
        if not 1850 < year <= anchor.year:
            continue
        if month and day:
            try:
                allowed = {age_on(dt.date(year, month, day), anchor)}
            except ValueError:
                continue
        else:
            allowed = {anchor.year - year - 1, anchor.year - year}
        ok = int(age.value) in allowed
        born_text = births[0].group(0)
        findings.append(
            make_finding(
                "age",
                "consistent" if ok else "inconsistent",
                None,
                float(max(allowed)),
                Interval(min(allowed), max(allowed)),
                "exact" if ok else None,
                f"age {age.text} against '{born_text}' on {anchor.isoformat()}: "
                f"{' or '.join(str(a) for a in sorted(allowed))}",
                "checks.ages.age_vs_birth",
                [born_text],
                start=age.start,
                end=age.end,
                stated=age.text,
            )
        )
    return findings


_SINCE = [
    re.compile(rf"{F('n')}\s+years\s+since\b[^#.;]{{0,80}}?\b(?:in\s+)?{F('year')}", re.I),
    re.compile(
        rf"\bin\s+{F('year')}[^#.;]{{0,60}}?,?\s+(?:some\s+)?{F('n')}\s+years\s+ago\b", re.I
    ),
    re.compile(rf"{F('n')}\s+years\s+ago,?\s+in\s+{F('year')}", re.I),
    re.compile(rf"{F('year')},\s+(?:some\s+)?{F('n')}\s+years\s+ago\b", re.I),
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
                findings.append(
                    _verdict(int(n.value), int(year.value), anchor, n.start, n.end, n.text, False)
                )
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

"""Find temporal expressions in text: one named regular expression per expression kind.

The grammar only *finds* spans and records which rule matched; :mod:`factex.dates.resolve`
turns them into calendar intervals. Matches are resolved longest-first, left to right, so
"between October 24 and November 6" wins over "October 24".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import COUNT_RE, DAY_RE, MONTH_RE, WEEKDAY_RE, YEAR_RE

__all__ = ["RULES", "DateCandidate", "find_date_candidates"]

_B = r"(?<![\w£$€.,-])"  # left boundary: not inside a word, number or amount
_E = r"(?![\w%£$€]|[.,]\d|-\w)"  # right boundary

_MD = rf"(?P<{{p}}m>{MONTH_RE})\s+(?P<{{p}}d>{DAY_RE})(?:,?\s+(?P<{{p}}y>{YEAR_RE}))?"
_DM = rf"(?:the\s+)?(?P<{{p}}d>{DAY_RE})(?:\s+of)?\s+(?P<{{p}}m>{MONTH_RE})(?:,?\s+(?P<{{p}}y>{YEAR_RE}))?"


def _date(prefix: str) -> str:
    return "(?:" + _MD.format(p=prefix) + "|" + _DM.format(p=prefix + "x") + ")"


_UNIT = r"(?P<unit>day|week|fortnight|month|year|decade|quarter)s?"
_PART = r"(?P<part>morning|afternoon|evening|night)"

RULES: list[tuple[str, str, int]] = [
    # ranges
    (
        "range_dates",
        rf"(?:between\s+{_date('a')}\s+and\s+{_date('b')}|(?:from\s+)?{_date('c')}\s+(?:to|until|through)\s+{_date('d')})",
        0,
    ),
    (
        "range_days_month",
        rf"(?:between\s+)?(?P<d1>{DAY_RE})\s*(?:[-–]|and|to)\s*(?P<d2>{DAY_RE})\s+(?P<m>{MONTH_RE})(?:,?\s+(?P<y>{YEAR_RE}))?",
        0,
    ),
    (
        "range_month_days",
        rf"(?:between\s+)?(?P<m>{MONTH_RE})\s+(?P<d1>{DAY_RE})\s*(?:[-–]|and|to)\s*(?P<d2>{DAY_RE})(?:,?\s+(?P<y>{YEAR_RE}))?",
        0,
    ),
    (
        "range_years",
        rf"(?:between\s+(?P<y1>{YEAR_RE})\s+and|from\s+(?P<y2>{YEAR_RE})\s+(?:to|until))\s+(?P<y3>{YEAR_RE})",
        0,
    ),
    # explicit days
    ("weekday_date", rf"(?P<wd>{WEEKDAY_RE}),?\s+{_date('a')}", 0),
    ("iso_date", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)", 0),
    ("numeric_date", r"(?P<n1>[0-3]?\d)/(?P<n2>[0-3]?\d)/(?P<y>\d{4}|\d{2})", 0),
    ("explicit_date", _date("a"), 0),
    # months, quarters, halves, seasons
    ("month_year", rf"(?P<m>{MONTH_RE})(?:\s+of)?,?\s+(?P<y>{YEAR_RE})", 0),
    (
        "quarter",
        rf"(?:(?:the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?P<y>{YEAR_RE}))?|Q(?P<qn>[1-4])\s+(?P<y2>{YEAR_RE}))",
        re.I,
    ),
    (
        "half_year",
        rf"(?:the\s+)?(?P<h>first|second)\s+half(?:\s+of\s+(?P<y>{YEAR_RE}|the\s+year))?",
        re.I,
    ),
    (
        "season",
        rf"(?:(?P<rel>last|this|next)\s+)?(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?P<y>{YEAR_RE}))?(?=\s|[.,;]|$)",
        0,
    ),
    (
        "month_relative",
        rf"(?P<rel>last|this|next|early|late|mid-?|earlier\s+in|end\s+of|the\s+end\s+of)\s+(?P<m>{MONTH_RE})",
        0,
    ),
    (
        "month_in",
        r"(?:in|In|since|Since|until|by|during|from|From|of|before|after|through)\s+(?P<span>(?P<m>January|February|April|June|July|August|September|October|November|December|March|May))(?!\s+\d)",
        0,
    ),
    # relative expressions
    ("this_time_last_year", r"this\s+time\s+last\s+year", re.I),
    ("to_date_year", rf"(?:(?P<y>{YEAR_RE})|(?P<this>this\s+year))\s+(?:to\s+date|so\s+far)", re.I),
    (
        "so_far_this",
        r"so\s+far\s+this\s+(?P<unit>year|month|week)|the\s+(?P<unit2>year)\s+so\s+far",
        re.I,
    ),
    ("earlier_later_this", rf"(?P<when>earlier|later)\s+(?P<rel>this|last|next)\s+{_UNIT}", re.I),
    (
        "n_units_ago",
        rf"(?P<n>{COUNT_RE})\s+{_UNIT}\s+(?P<dir>ago|earlier|later|before|after)(?!\s+(?:the|that|this|his|her|their))",
        re.I,
    ),
    (
        "relative_unit",
        rf"(?P<rel>this|last|next|the\s+previous|the\s+following|the\s+past|the\s+coming|the\s+same)\s+{_UNIT}",
        re.I,
    ),
    ("relative_day", r"(?P<w>today|yesterday|tomorrow|tonight)", re.I),
    (
        "narrative_day",
        r"the\s+(?P<w>next|following|previous)\s+day|the\s+day\s+(?P<w2>before|after)",
        re.I,
    ),
    ("present_ref", r"(?P<w>now|currently|at\s+present|these\s+days|nowadays)", re.I),
    ("recent_units", r"(?:in\s+)?recent\s+(?P<unit>days|weeks|months|years)", re.I),
    # weekdays
    ("weekday", rf"(?:(?P<rel>last|next|this)\s+)?(?P<wd>{WEEKDAY_RE})(?:\s+{_PART})?", 0),
    # years and decades
    ("decade", r"(?:the\s+)?(?P<dec>(?:1[89]|20)\d0)s", 0),
    ("fiscal_year", rf"(?P<y>{YEAR_RE})[/-](?P<y2>\d{{2}})(?![\d%])", 0),
    ("year", rf"(?P<y>{YEAR_RE})", 0),
    # durations (kept apart from dates: kind="duration")
    (
        "duration_hyphen",
        rf"(?P<n>\d{{1,3}}|{COUNT_RE})-{_UNIT.replace('s?', '')}(?:\s+period|\s+spell|\s+stretch)?",
        re.I,
    ),
    ("duration_fortnight", r"(?:a\s+)?fortnight", re.I),
    ("duration", rf"(?P<n>{COUNT_RE})\s+{_UNIT}(?!\s+(?:old|ago|earlier|later))", re.I),
]
"""(rule id, pattern, flags) — order breaks ties between equally long matches."""


@dataclass(frozen=True)
class DateCandidate:
    start: int
    end: int
    rule: str
    text: str
    groups: dict[str, str] = field(default_factory=dict)


_COMPILED: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(_B + "(?:" + pattern + ")" + _E, flags)) for name, pattern, flags in RULES
]


def find_date_candidates(text: str) -> list[DateCandidate]:
    """All non-overlapping temporal expressions, longest match first.

    >>> [c.text for c in find_date_candidates("between October 24 and November 6, up 19% on 2022")]
    ['between October 24 and November 6', '2022']
    >>> find_date_candidates("we may go, 19% on, £75 million, 15 years in a French court")[0].rule
    'duration'
    """
    found: list[tuple[int, int, int, DateCandidate]] = []
    for order, (name, pattern) in enumerate(_COMPILED):
        for match in pattern.finditer(text):
            if match.end() == match.start():
                continue
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            start, end = match.span("span") if "span" in groups else match.span()
            cand = DateCandidate(start, end, name, text[start:end], groups)
            found.append((start, end, order, cand))
    found.sort(key=lambda t: (-(t[1] - t[0]), t[2], t[0]))
    taken: list[DateCandidate] = []
    for start, end, _, cand in found:
        if all(end <= c.start or start >= c.end for c in taken):
            taken.append(cand)
    taken.sort(key=lambda c: c.start)
    return taken

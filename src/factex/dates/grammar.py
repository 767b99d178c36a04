"""Find temporal expressions in text: one named regular expression per expression kind.

The grammar only *finds* spans and records which rule matched; :mod:`factex.dates.resolve`
turns them into calendar intervals. Matches are resolved longest-first, left to right, so
"between October 24 and November 6" wins over "October 24".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .holidays import holiday_pattern
from .lexicon import (
    COUNT_RE,
    DAY_RE,
    MONTH_RE,
    NUMBERED_NOUNS,
    SPELLED_YEAR_RE,
    VAGUE_COUNT_RE,
    WEEKDAY_RE,
    YEAR_RE,
)

__all__ = ["RULES", "DateCandidate", "find_date_candidates"]

_B = r"(?<![\w£$€.,-])"  # left boundary: not inside a word, number or amount
_E = r"(?![\w%£$€]|[.,]\d|-\w)"  # right boundary

_MD = rf"(?P<{{p}}m>{MONTH_RE})\s+(?P<{{p}}d>{DAY_RE})(?:,?\s+(?P<{{p}}y>{YEAR_RE}))?"
_DM = rf"(?:the\s+)?(?P<{{p}}d>{DAY_RE})(?:\s+of)?\s+(?P<{{p}}m>{MONTH_RE})(?:,?\s+(?P<{{p}}y>{YEAR_RE}))?"


def _date(prefix: str) -> str:
    return "(?:" + _MD.format(p=prefix) + "|" + _DM.format(p=prefix + "x") + ")"


_UNIT = r"(?P<unit>day|week|fortnight|month|year|decade|quarter)s?"
_UNITS = r"(?P<unit>days|weeks|months|years|decades|quarters)"
_DUR_UNIT = (
    r"(?P<unit>day|week|fortnight|month|year|decade|quarter|century|centurie|hour|minute|second)s?"
)
_DUR_UNIT2 = _DUR_UNIT.replace("<unit>", "<unit2>")
_DUR_UNIT3 = _DUR_UNIT.replace("<unit>", "<unit3>")
_PART = r"(?P<part>morning|afternoon|evening|night)"
_QUAL = r"(?:(?P<qual>about|around|roughly|approximately|nearly|almost|more\s+than|less\s+than|at\s+least|at\s+most|up\s+to|fewer\s+than)\s+)?"
_Q = r"(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
_REL_YEAR = r"(?P<ry>this|last|next)\s+year"
_CLOCK = r"(?P<clock>\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm|AM|PM)|\d{1,2}:\d\d|noon|midnight)(?:\s+(?P<tz>[A-Z]{2,4}))?"
_DAYWORD = rf"(?:(?P<wd>{WEEKDAY_RE})|(?P<rd>today|yesterday|tomorrow)|{_date('t')})"
_DECADE_WORD = r"twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"

_NOT_A_YEAR = "".join(rf"(?<!{re.escape(w)}\s)" for w in NUMBERED_NOUNS)
"""A year is not a year after "Room", "Flight", "No." ... (lookbehinds, one per word)."""

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
    ("range_years_dash", rf"(?P<y0>{YEAR_RE})\s*[-–]\s*(?P<y3>{YEAR_RE})", 0),
    # explicit days (numeric forms read with the Context's date order)
    (
        "weekday_date",
        rf"(?P<wd>{WEEKDAY_RE}),?\s+(?:{_date('a')}|(?P<n1>[0-3]?\d)(?P<sep>[/.])(?P<n2>[0-3]?\d)(?P=sep)(?P<y>\d{{4}}|\d{{2}}))",
        0,
    ),
    ("iso_date", r"(?P<y>\d{4})([-/])(?P<m>[01]\d)\2(?P<d>[0-3]\d)", 0),
    ("numeric_date", r"(?P<n1>[0-3]?\d)([/.])(?P<n2>[0-3]?\d)\2(?P<y>\d{4}|\d{2})", 0),
    ("explicit_date", _date("a"), 0),
    (
        "week_of",
        rf"(?:the\s+)?week\s+(?:(?P<of>of|beginning|starting|commencing)|(?P<to>ended|ending|to))\s+{_date('a')}",
        re.I,
    ),
    ("clock_date", rf"{_CLOCK},?\s+(?:on\s+)?{_DAYWORD}", 0),
    (
        "day_of_month",
        r"(?:on|On|by|until|since)\s+(?P<span>the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))(?!\s+(?:century|floor|anniversary|time|day|year|minute|place))",
        0,
    ),
    # months, quarters, halves, seasons, parts of years
    ("month_year", rf"(?P<m>{MONTH_RE})(?:\s+of)?,?\s+(?:(?P<y>{YEAR_RE})|{_REL_YEAR})", 0),
    (
        "quarter",
        rf"(?:(?P<det>the|this|last\s+year's|this\s+year's|next\s+year's)\s+)?(?:(?P<yq>{YEAR_RE})\s+)?(?:(?P<ago>year-earlier|year-ago)\s+)?(?:(?:fiscal|financial)[\s-]+)?{_Q}[\s-]+quarter(?:\s+of\s+(?:(?P<y>{YEAR_RE})|{_REL_YEAR}|the\s+(?P<cur>current|year)))?|Q(?P<qn>[1-4])(?:\s+(?P<y2>{YEAR_RE}))?",
        re.I,
    ),
    (
        "quarter_ref",
        r"(?P<det>the|this|that|its)\s+(?:(?P<adj>latest|current|same|most\s+recent|comparable|comparable\s+year-ago|comparable\s+year-earlier|year-earlier|year-ago|previous|prior|recent|just-ended|just\s+ended)\s+)?(?:(?:fiscal|financial)\s+)?quarter",
        re.I,
    ),
    (
        "year_earlier_ref",
        r"(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?P<adj>year-earlier|year-ago)(?:\s+(?P<what>period|quarter|month|level))?",
        re.I,
    ),
    (
        "half_year",
        rf"(?:the\s+)?(?P<h>first|second)[\s-]+half(?:\s+of\s+(?:(?P<y>{YEAR_RE})|{_REL_YEAR}|the\s+year))?|H(?P<hn>[12])\s+(?P<y2>{YEAR_RE})",
        re.I,
    ),
    (
        "season",
        rf"(?:(?P<rel>last|this|next|early|late|mid-?|this\s+past|past)\s*)?(?P<s>summer|autumn|winter)(?:\s+(?P<y>{YEAR_RE}))?(?=\s|[.,;:)'’]|$)",
        re.I,
    ),
    (
        "season_rel",
        rf"(?:(?P<rel>last|this|next|early|late|mid-?|this\s+past|past)\s*)(?P<s>spring|fall)(?:\s+(?P<y>{YEAR_RE}))?|(?P<s2>spring|fall)\s+(?P<y2>{YEAR_RE})",
        re.I,
    ),
    (
        "season_ctx",
        r"(?:the|in|during|until|since|by|over)\s+(?P<span>(?P<s>spring|fall))(?!\s+(?:of|in|from|to|by|for|and))",
        0,
    ),
    (
        "month_relative",
        rf"(?P<rel>(?i:last|this|next|early-?|late-?|mid-?|earlier\s+in|end\s+of|the\s+end\s+of))\s*(?P<m>{MONTH_RE})",
        0,
    ),
    (
        "month_in",
        r"(?:in|In|since|Since|until|by|during|from|From|of|before|after|through)\s+(?P<span>(?P<m>January|February|April|June|July|August|September|October|November|December|March|May))(?!\s+\d)",
        0,
    ),
    (
        "year_part",
        rf"(?P<mod>early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+turn\s+of|end-|mid-)[\s-]*(?:(?P<y>{YEAR_RE})|{_REL_YEAR}|the\s+year)|(?P<yend>year-end|year's\s+end)",
        re.I,
    ),
    ("month_end", r"(?:the\s+)?end\s+of\s+(?:the|this)\s+month|(?P<rel>month-end)", re.I),
    (
        "fiscal_named",
        rf"(?:fiscal|financial)\s+(?:year\s+)?(?P<y>{YEAR_RE})(?:[/-](?P<y3>\d\d)(?!\d))?|FY\s?(?P<y2>{YEAR_RE}|\d\d)(?![\d/])",
        0,
    ),
    (
        "fiscal_rel",
        r"(?:the\s+)?(?P<rel>current|this|last|next|latest|previous|same)\s+(?P<kind>fiscal|financial|tax)\s+year",
        re.I,
    ),
    (
        "year_to_month",
        rf"(?:the\s+)?(?:year|(?P<n>{COUNT_RE})\s+months)\s+(?:to|ending|ended)\s+(?:the\s+end\s+of\s+)?(?P<m>{MONTH_RE})(?:\s+(?P<y>{YEAR_RE}))?(?!\s*(?:3[01]|[12]\d|0?[1-9])\b)",
        re.I,
    ),
    # relative expressions
    ("this_time_last_year", r"this\s+time\s+last\s+year", re.I),
    ("to_date_year", rf"(?:(?P<y>{YEAR_RE})|(?P<this>this\s+year))\s+(?:to\s+date|so\s+far)", re.I),
    (
        "so_far_this",
        r"so\s+far\s+this\s+(?P<unit>year|month|week)|the\s+(?P<unit2>year)\s+so\s+far|(?:the\s+)?(?P<unit3>year)[\s-]to[\s-]date",
        re.I,
    ),
    (
        "earlier_later_this",
        rf"(?P<when>earlier|later|early|late)\s+(?P<rel>this|last|next)\s+{_UNIT}",
        re.I,
    ),
    (
        "n_units_ago",
        rf"{_QUAL}(?P<n>{COUNT_RE}|{VAGUE_COUNT_RE})\s+{_UNIT}(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after)(?!\s+(?:the|that|this|his|her|their|its|a|an)\b)",
        re.I,
    ),
    (
        "past_n_units",
        rf"(?:(?P<the>the)\s+)?(?P<rel>past|last|next|coming|previous|following|preceding)\s+(?P<n>{COUNT_RE}|few|{VAGUE_COUNT_RE})?\s*{_UNITS}",
        re.I,
    ),
    (
        "relative_unit",
        rf"(?P<rel>this|last|next|the\s+previous|the\s+following|the\s+past|the\s+coming|the\s+same|the\s+current)\s+{_UNIT}",
        re.I,
    ),
    (
        "that_unit",
        r"(?:(?P<when>later|earlier)\s+)?that\s+(?:same\s+)?(?P<unit>day|week|month|year)",
        re.I,
    ),
    ("relative_day", r"(?P<w>today|yesterday|tomorrow|tonight)", re.I),
    ("day_part", rf"(?P<w>this|yesterday|tomorrow|last)\s+{_PART}", re.I),
    (
        "narrative_day",
        r"the\s+(?P<w>next|following|previous)\s+day|the\s+day\s+(?P<w2>before|after)",
        re.I,
    ),
    (
        "day_around_date",
        rf"(?i:the\s+day)\s+(?P<w2>before|after)\s+(?:(?:(?P<rel>last|next|this)\s+)?(?P<wd>{WEEKDAY_RE})|(?P<rd>yesterday|tomorrow)|{_date('a')})",
        0,
    ),
    (
        "first_n_months",
        rf"the\s+(?P<fl>first|last|final)\s+(?P<n>{COUNT_RE})\s+months\s+of\s+(?:(?P<y>{YEAR_RE})|{_REL_YEAR}|the\s+year)",
        re.I,
    ),
    ("weekend", r"(?P<rel>the|this|last|next|that)\s+weekend", re.I),
    ("present_ref", r"(?P<w>now|currently|at\s+present|these\s+days|nowadays)", re.I),
    (
        "vague_ref",
        r"(?P<w>recently|more\s+recently|lately|the\s+past|the\s+(?:near\s+|foreseeable\s+|distant\s+)?future|a\s+later\s+date)",
        re.I,
    ),
    (
        "recent_units",
        r"(?:in\s+)?(?P<span>recent\s+(?P<unit>days|weeks|months|years|decades))",
        re.I,
    ),
    # repeated times (TIMEX SET)
    (
        "set",
        rf"(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|fortnightly)|(?:every|each)\s+(?:(?P<unit>day|week|month|year|quarter|decade|hour|morning|afternoon|evening|night|weekend)|(?P<wd>{WEEKDAY_RE})|(?P<m>{MONTH_RE})|(?P<s>spring|summer|autumn|winter))|(?P<times>once|twice)\s+a\s+(?P<unit2>day|week|month|year)",
        0,
    ),
    # named days
    ("holiday", holiday_pattern(), 0),
    # weekdays
    ("weekday", rf"(?:(?P<rel>last|next|this)\s+)?(?P<wd>{WEEKDAY_RE})(?:\s+{_PART})?", 0),
    # years, decades, centuries
    (
        "decade",
        rf"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<dec>(?:1[89]|20)\d0)s|['’](?P<dd>\d0)s|(?P<word>{_DECADE_WORD}))",
        0,
    ),
    (
        "century",
        r"(?:the\s+)?(?P<n>1\d|20|21|[1-9])(?:st|nd|rd|th)\s+[Cc]entury|(?P<rel>this|last|next)\s+century",
        0,
    ),
    ("fiscal_year", rf"(?P<y>{YEAR_RE})[/-](?P<y2>\d{{2}})(?![\d%])", 0),
    ("year", rf"{_NOT_A_YEAR}(?P<y>{YEAR_RE})", 0),
    ("spelled_year", rf"(?:(?P<m>{MONTH_RE})\s+)?{SPELLED_YEAR_RE}", re.I),
    # durations (kept apart from dates: kind="duration")
    (
        "duration_hyphen",
        rf"(?P<n>\d{{1,3}}|{COUNT_RE})-{_DUR_UNIT.replace('s?', '')}(?:\s+period|\s+spell|\s+stretch)?",
        re.I,
    ),
    ("duration_fortnight", r"(?:a\s+)?fortnight", re.I),
    (
        "duration_half",
        rf"{_QUAL}(?:(?P<n>\d{{1,3}})\s+1/2\s+(?-i:{_DUR_UNIT})|(?P<n2>{COUNT_RE})\s+(?-i:{_DUR_UNIT2})\s+and\s+a\s+half|(?P<n3>{COUNT_RE})\s+and\s+a\s+half\s+(?-i:{_DUR_UNIT3})|half\s+(?:an?\s+)?(?P<unit0>hour|day|week|month|year|decade|century))",
        re.I,
    ),
    (
        "duration",
        rf"{_QUAL}(?P<n>{COUNT_RE}|{VAGUE_COUNT_RE})\s+(?-i:{_DUR_UNIT})(?!\s+(?:old|ago|earlier|later))(?!(?<=quarter)\s+of\b)(?!(?<=quarters)\s+of\b)(?<!\ba\ssecond)",
        re.I,
    ),
    (
        "duration_bare",
        r"(?:for|over|within|in|after|than|take|takes|took|lasted)\s+(?P<span>(?P<unit>days|weeks|months|years|decades|hours|minutes|centuries))(?!\s+(?:old|ago|of|\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)",
        0,
    ),
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
    starts: list[int] = []  # taken spans, kept sorted and non-overlapping
    taken: list[DateCandidate] = []
    for start, end, _, cand in found:
        i = bisect.bisect_left(starts, end)  # taken spans that start before ``end``
        if i > 0 and taken[i - 1].end > start:
            continue
        starts.insert(i, start)
        taken.insert(i, cand)
    return taken

"""Operands of a rate ("206 every day", "62 cts a share", "about £1,040 a week"): the total it
divides, the count or period it divides by, and what the stated rate allows.

Every resolver returns one operand or None: the nearest window holding candidates decides, and
two different values there mean the link is ambiguous, so nothing is said (never a guess).

- :func:`total_before` — the one plain figure of the rate's measure before it in its sentence
  (not a base "from 78,610", not a bound "more than", not itself a rate "£54,000 a year").
- :func:`count_of` — the one count of the per-noun ("78.4 mln shares", "24.8 million
  passengers"), in the rate's sentence, then up to two sentences back.
- :func:`period_length` — the length of the period the total covers in the rate's time unit,
  from the durations and dated periods of the sentence ("the fortnight", "the quarter" = 90
  days of 1987-Q1, "the year to March" = 365 days), or from the framing date of the sentence
  before ("Figures for the year to March showed ...") when the sentence has none.
- :func:`stated_allowed` — the interval the stated rate allows given its qualifier ("almost",
  "about", "more than") and precision.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable

from ..doctext import doc_text
from ..models import DateMention
from ..resources import load_lexicon
from .averages import is_base, is_rate
from .figures import Figure, Masked, Scan, sig_step
from .inputs import as_input
from .tolerance import Interval, first_passing
from .util import noun_forms

__all__ = [
    "TIME_UNITS",
    "count_of",
    "counts_noun",
    "period_length",
    "plain",
    "stated_allowed",
    "total_before",
    "unique",
]

TIME_UNITS = ("hour", "day", "week", "month", "year")


def unique(found: Iterable[Figure]) -> Figure | None:
    """The one value among ``found`` (the last figure stating it); None for none or several.

    >>> unique([Figure(0, 1, "5", 5, 1), Figure(4, 5, "5", 5, 1)]).start
    4
    >>> unique([Figure(0, 1, "5", 5, 1), Figure(4, 5, "6", 6, 1)]) is None
    True
    """
    found = list(found)
    return found[-1] if len({f.value for f in found}) == 1 else None


def plain(sent: Masked, f: Figure) -> bool:
    """A figure that can be an operand: a value (not a date, a duration, a percentage or a
    range), not the base of a comparison and not itself a rate."""
    return (
        f.kind not in ("date", "range")
        and not f.percent
        and not f.in_duration
        and f.unit != "range"
        and not is_base(sent, f)
        and not is_rate(sent, f)
    )


def _word_after(sent: Masked, f: Figure) -> str | None:
    m = re.match(r"\s+([a-z]+)", sent.text[f.end - sent.start :])
    return m.group(1) if m else None


def same_measure(sent: Masked, a: Figure, b: Figure) -> bool:
    """One kind, or the same word after both ("1.62 mln tonnes" read as a bare number and
    "18,000 tonnes" as a mass)."""
    if a.kind == b.kind:
        return True
    wa, wb = _word_after(sent, a), _word_after(sent, b)
    return wa is not None and wa == wb


def total_before(
    sent: Masked, rate: Figure, *, measure: bool = True, besides: Figure | None = None
) -> Figure | None:
    """The one plain figure before ``rate`` in its sentence that it can divide: of the rate's
    measure (``measure=False``: any money for a money rate in cents), larger than it, not
    ``besides`` (the count: "46 goals in 20 games, 2.3 a game"). A bound ("more than
    £38,000") is no total: None."""
    found = [
        f
        for f in sent.figures
        if f.end <= rate.start
        and f != besides
        and plain(sent, f)
        and f.value > rate.value
        and (same_measure(sent, f, rate) if measure else f.kind.startswith("money:"))
    ]
    total = unique(found)
    if total is None:
        return None
    return as_input(sent.text, total, sent.start)


_COUNT_AFTER = re.compile(r"(?:\s+|-)(?:[\w-]+\s+){0,2}?([a-z]+)\b")


_PER_PERSON = frozenset({"head", "person", "capita"})
_MODIFIERS = frozenset(
    {"average", "weighted", "common", "ordinary", "new", "more", "additional", "extra", "full"}
)


def counts_noun(sent: Masked, f: Figure, noun: str) -> bool:
    """ "24.8 million passengers", "1.14 mln 60-kilo bags", "78.4 mln shares outstanding";
    for "a head", "per person", "per capita" any count of people ("3,600 delegates" is not
    one: only the person nouns of the lexicon are).

    >>> from factex.checks.figures import read_sentence
    >>> def first(t, noun):
    ...     s = read_sentence(t, 0, len(t))
    ...     return counts_noun(s, s.figures[0], noun)
    >>> first("1.14 mln 60-kilo bags", "bag"), first("3,600 residents", "head")
    (True, True)
    >>> first("12 a day", "day"), first("3,600 delegates", "head")
    (False, False)
    >>> first("10 mln average shares", "share"), first("5,000 tickets for games", "game")
    (True, False)
    """
    m = _COUNT_AFTER.match(sent.text, f.end - sent.start)
    if m is None or m.group(0).strip().split()[0] in ("a", "an", "per", "each", "every"):
        return False
    words = []  # the noun after the figure, past modifiers ("60-kilo", "average", "new")
    for w in re.findall(r"[\w-]+", sent.text[f.end - sent.start : f.end - sent.start + 40])[:3]:
        words += w.lower().split("-")
        if w.lower() not in _MODIFIERS and not re.search(r"\d", w):
            break
    if noun in _PER_PERSON:
        people = load_lexicon().person_nouns
        return any(w in people for w in words)
    return any(noun_forms(w) & noun_forms(noun) for w in words)


def count_of(scan: Scan, index: int, noun: str, skip: tuple[Figure, ...]) -> Figure | None:
    """The one count of ``noun`` nearest the rate: its sentence, then one and two sentences
    back. A window holding counts of two values ends the search with None."""
    for back in range(3):
        if index - back < 0:
            break
        sent = scan.sentences[index - back]
        found = [
            f
            for f in sent.figures
            if f not in skip
            and (f.kind == "number" or f.kind.startswith("unit:"))  # "4,500 acres"
            and plain(sent, f)
            and f.value >= 2
            and counts_noun(sent, f, noun)
        ]
        if found:
            count = unique(found)
            return None if count is None else as_input(sent.text, count, sent.start)
    return None


# --- period lengths ---------------------------------------------------------------------

_DURATION = re.compile(r"P(\d+)([DWMY])|PT(\d+)H")
_EARLIER = re.compile(r"\b(?:earlier|ago|previous|before|prior)\b", re.I)


def _whole_months(start: dt.date, end: dt.date) -> int | None:
    """Calendar months in ``start..end`` when it begins on a 1st and ends on a month's last day.

    >>> _whole_months(dt.date(2024, 4, 1), dt.date(2025, 3, 31))
    12
    >>> _whole_months(dt.date(2024, 4, 2), dt.date(2025, 3, 31)) is None
    True
    """
    if start.day != 1 or (end + dt.timedelta(days=1)).day != 1:
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _length(d: DateMention, unit: str) -> Interval | None:
    """How many ``unit`` (hour/day/week/month/year) the mention spans; None when it is no
    period or not a whole number of months for a monthly or yearly rate. A whole number of
    years holds 365 to 366 days and 52 to 52.29 weeks, whichever the writer divided by.

    >>> d = DateMention(text="the year to March", start=0, end=17, granularity="range",
    ...     period={"start": "2024-04-01", "end": "2025-03-31"})
    >>> _length(d, "day"), _length(d, "week").lo, _length(d, "month")
    (Interval(lo=365, hi=366, hi_open=False), 52, Interval(lo=12, hi=12, hi_open=False))
    """
    days: Interval | None = None
    months: int | None = None
    if d.kind == "duration":
        m = _DURATION.fullmatch(d.value or "")
        if m is None:
            return None
        if m.group(3):  # "in 24 hours": only an hourly rate divides by it
            hours = int(m.group(3))
            return Interval(hours, hours) if unit == "hour" else None
        n, code = int(m.group(1)), m.group(2)
        days = {"D": Interval(n, n), "W": Interval(7 * n, 7 * n)}.get(code)
        months = {"M": n, "Y": 12 * n}.get(code)
    elif d.kind == "date" and d.period is not None and d.granularity not in ("day", "present"):
        n = (d.period.end - d.period.start).days + 1
        months = _whole_months(d.period.start, d.period.end)
        # "from 24 November to 7 December": 13 days apart, 14 counted in; either convention
        days = Interval(n - 1, n) if months is None and d.granularity == "range" else Interval(n, n)
    else:
        return None
    years = months // 12 if months and months % 12 == 0 else None
    if years:
        days = Interval(365 * years, 366 * years)
    if unit == "hour":
        return None if days is None else Interval(24 * days.lo, 24 * days.hi)
    if unit == "day":
        return days
    if unit == "week":
        if years:
            return Interval(52 * years, 366 / 7 * years)
        return None if days is None else Interval(days.lo / 7, days.hi / 7)
    if unit in ("month", "year") and months is not None:
        return Interval(months, months) if unit == "month" else Interval(months / 12, months / 12)
    return None


def _eligible(scan: Scan, index: int, rate: Figure) -> list[DateMention]:
    """The sentence's periods a total can cover: not a rate's unit ("a day"), not a base
    period ("a year earlier", "in January" after "from 14.1 mln")."""
    sent = scan.sentences[index]
    out = []
    for i in scan.ctx.dates_in_sentence(index):
        d = scan.ctx.dates[i]
        if d.kind == "set" or _EARLIER.search(d.text):
            continue
        if d.kind == "duration" and re.match(r"(?:a|an|per|each|every)\s", d.text, re.I):
            continue  # "28mm a day", "£54,000 a year": a unit, no period
        before = [f for f in sent.figures if f.end <= d.start and not f.in_date]
        if before and is_base(sent, before[-1]) and d.start - before[-1].end < 20:
            continue  # "from 14.1 mln in January"
        out.append(d)
    return out


_OPEN = re.compile(r"\b(?:since|after|until|till|before)\s+(?:the\s+)?$", re.I)


def _complete(scan: Scan, d: DateMention) -> bool:
    """A period whose length is known: ended before the publication date ("this year" in May
    is still running, "so far this year" may stop a day or a week short of it), not
    open-ended ("since January": the month names where it began)."""
    before = doc_text(scan.ctx.doc)[max(0, d.start - 12) : d.start]
    if _OPEN.search(before) or re.match(r"(?:since|until)\b", d.text, re.I):
        return False
    anchor = scan.ctx.anchor
    return not (d.period is not None and anchor is not None and d.period.end >= anchor)


def period_length(scan: Scan, index: int, rate: Figure, unit: str) -> tuple[Interval, str] | None:
    """The length, in ``unit``, of the one period the total before ``rate`` covers, and the
    words that name it. Durations of the sentence win over its dates ("the fortnight from 24
    November to 7 December" is 14 days); with neither, the dates before the first figure of
    the sentence before frame it. Two lengths: None."""
    dates = _eligible(scan, index, rate)
    if not dates and index > 0:
        prev = scan.sentences[index - 1]
        first = next((f.start for f in prev.figures if not f.in_date), prev.end)
        dates = [
            scan.ctx.dates[i]
            for i in scan.ctx.dates_in_sentence(index - 1)
            if scan.ctx.dates[i].end <= first
            and scan.ctx.dates[i].kind == "date"
            and not _EARLIER.search(scan.ctx.dates[i].text)
        ]
    if any(not _complete(scan, d) for d in dates):
        return None
    durations = [d for d in dates if d.kind == "duration"]
    chosen = durations or dates
    lengths = [(_length(d, unit), d.text) for d in chosen]
    if not lengths or any(n is None for n, _ in lengths):
        return None
    if len({(n.lo, n.hi) for n, _ in lengths if n is not None}) != 1:
        return None
    length, words = lengths[0]
    assert length is not None
    return (length, words) if length.lo > 1 else None


# --- what the stated rate allows --------------------------------------------------------

_ABOVE = re.compile(r"\b(?:more\s+than|over|at\s+least|just\s+over|above)\s*$", re.I)
_NEAR = re.compile(r"\b(?:almost|nearly|just\s+under|close\s+to)\s*$", re.I)
_BELOW = re.compile(r"\b(?:under|less\s+than|fewer\s+than|up\s+to)\s*$", re.I)
_ABOUT = re.compile(r"\b(?:about|around|some|roughly|approximately|an\s+estimated)\s*$", re.I)


def stated_allowed(sent: Masked, rate: Figure, computed: Interval) -> tuple[str | None, Interval]:
    """(rounding that passed or None, the interval the stated rate allows). "almost 28" allows
    up to 28 rounded (down to 90% of it); "under 30" anything below; "more than 200" anything
    above 200 rounded; "about
    £1,040" its last non-zero digit rounded; a plain mean of 1,000 or more its significant
    digits ("averaged 45,000 marks each").

    >>> from factex.checks.figures import read_sentence
    >>> t = "almost 28mm a day"
    >>> s = read_sentence(t, 0, len(t))
    >>> stated_allowed(s, s.figures[0], Interval(27.7, 27.7))
    ('exact', Interval(lo=24.7, hi=28.5, hi_open=False))
    """
    before = sent.text[max(0, rate.start - sent.start - 16) : rate.start - sent.start]
    before = re.sub(r"[£$€]\s*$", "", before)
    step = rate.step
    bound = None
    if _NEAR.search(before):  # as comparators.bound_interval: "almost" is within 10%
        bound = Interval(rate.value * 0.9 - step / 2, rate.value + step / 2)
    elif _BELOW.search(before):
        bound = Interval(-math.inf, rate.value + step / 2)
    elif _ABOVE.search(before):
        bound = Interval(rate.value - step / 2, math.inf)
    if bound is not None:
        return ("exact" if bound.meets(computed) else None), bound
    if _ABOUT.search(before) or rate.value >= 1000:
        step = sig_step(rate)
    return first_passing(rate.value, step, computed)

"""An unnamed age at the top of a story against the birth date given further down: "A
34-year-old mother-of-two died …" / "Rebecca Owens, who was born on 3 March 1991, called
999 … on Sunday 15 September 2024".

The person is the one whose full name opens the next sentence, the usual second line of a
court or inquest story; the birth date must be said of that surname, and be the only one
that is. The age may be the one at the events the story reports or at publication, so every
age from the earliest dated day in the story to the publication date passes. A stated age
one year off that range is an error (the usual slip: a birthday not yet reached); further
off, the line is more likely about someone else, and nothing is said.
"""

from __future__ import annotations

import datetime as dt
import re

from ..models import DateMention, Finding
from .ages import TITLE, age_on, birth_date, born_pattern
from .figures import F, Figure, Scan
from .tolerance import Interval
from .util import make_finding

__all__ = ["check_lede_ages"]

_RULE = "checks.ages.lede_age_vs_birth"
_TOP = 3
"""Sentences from the top (headline, lede, second line) an unnamed age may sit in."""
_INDEFINITE_AGE = re.compile(rf"\b[Aa]n?\s+{F('age')}")
_OPENING_NAME = re.compile(
    rf"\s*{TITLE}?(?P<first>[A-Z][a-z]+)\s+(?P<surname>[A-Z][a-z][\w'’-]*)\b"
)


def check_lede_ages(scan: Scan) -> list[Finding]:
    anchor = scan.ctx.anchor
    if anchor is None:
        return []
    findings = []
    for i, sent in enumerate(scan.sentences[:_TOP]):
        for m in _INDEFINITE_AGE.finditer(sent.masked):
            age = sent.fig(m, "age")
            if (
                age is None
                or not re.search(r"year[\s-]old$", age.text)
                or i + 1 >= len(scan.sentences)
            ):
                continue
            name = _OPENING_NAME.match(scan.sentences[i + 1].text)
            if name is None:
                continue
            if (finding := _against_birth(scan, age, name.group("surname"), anchor)) is not None:
                findings.append(finding)
    return findings


def _against_birth(scan: Scan, age: Figure, surname: str, anchor: dt.date) -> Finding | None:
    births = [
        b
        for sent in scan.sentences
        for b in born_pattern().finditer(sent.text)
        if re.search(rf"\b{re.escape(surname)}\b[^.;A-Z]{{0,30}}$", sent.text[: b.start()])
    ]
    if len(births) != 1:
        return None
    year, month, day = birth_date(births[0])
    earliest = _earliest_day(scan.ctx.dates, anchor)
    if month and day:
        try:
            born = dt.date(year, month, day)
        except ValueError:
            return None
        lo, hi = age_on(born, earliest), age_on(born, anchor)
    else:
        lo, hi = earliest.year - year - 1, anchor.year - year
    stated = int(age.value)
    off = max(lo - stated, stated - hi, 0)
    if off > 1 or not 0 < hi < 120:
        return None
    allowed = Interval(lo, hi)
    ages = str(lo) if lo == hi else f"{lo} to {hi}"
    return make_finding(
        "age",
        "consistent" if off == 0 else "inconsistent",
        None,
        float(hi),
        allowed,
        "exact" if off == 0 else None,
        f"age {age.text} against {surname}, '{births[0].group(0)}': {ages} between "
        f"{earliest.isoformat()} (the earliest day the story dates) and {anchor.isoformat()}",
        _RULE,
        [births[0].group(0)],
        start=age.start,
        end=age.end,
        stated=age.text,
    )


def _earliest_day(dates: list[DateMention], anchor: dt.date) -> dt.date:
    """The earliest single day the story dates, within five years before publication."""
    days = [
        d.period.start
        for d in dates
        if d.granularity == "day"
        and d.period is not None
        and anchor - dt.timedelta(days=5 * 366) <= d.period.start <= anchor
    ]
    return min(days, default=anchor)

"""Ages and anniversaries against the calendar.

- "John Smith, 42, ... was born on 3 March 1982": the age on the publication date.
(Years since an event: :mod:`factex.checks.years_since`.)

A year without a month allows two ages (before or after the birthday). Anything that is not
tied to the publication date ("died aged 80") is left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..doctext import doc_text
from ..models import Finding
from .figures import F, Figure, Masked, Scan, alternation, check_lexicon
from .tolerance import Interval
from .util import make_finding, unverifiable

__all__ = ["TITLE", "age_on", "birth_date", "born_pattern", "check_ages"]


def age_on(born: dt.date, on: dt.date) -> int:
    """Whole years from ``born`` to ``on``.

    >>> born = dt.date(1982, 3, 3)
    >>> age_on(born, dt.date(2024, 3, 2)), age_on(born, dt.date(2024, 3, 3))
    (41, 42)
    """
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


@cache
def born_pattern() -> re.Pattern[str]:
    month = alternation(check_lexicon().months)
    return re.compile(
        rf"\bborn\s+(?:in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,?\s+)?(?:on\s+|in\s+)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{month})\s+"
        rf"(?P<y1>\d{{4}})|(?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
        rf"|(?:(?P<m3>{month})\s+)?(?P<y3>\d{{4}}))\b",
        re.I,
    )


_AGE = re.compile(rf"(?:\b(?P<name>[A-Z][a-z]+),\s+{F('age')},|\baged\s+{F('age2')}\b)")
_NOT_NOW = re.compile(r"\b(died|death|killed|was\s+\d+\s+when|at\s+the\s+time)\b", re.I)


def birth_date(m: re.Match[str]) -> tuple[int, int | None, int | None]:
    months = check_lexicon().months
    for d, mo, y in (("d1", "m1", "y1"), ("d2", "m2", "y2"), (None, "m3", "y3")):
        if m.group(y):
            month = months[m.group(mo).lower()] if m.group(mo) else None
            day = int(m.group(d)) if d and m.group(d) else None
            return int(m.group(y)), month, day
    raise ValueError(m.group(0))  # pragma: no cover - the pattern always sets a year


def _ages(sent: Masked, born_by: str | None = None) -> list[Figure]:
    """Ages stated in the sentence; with ``born_by`` (the name the birth date is said of),
    not those stated against another name ("Pike, 47," is not Mrs Hollis's age)."""
    out = []
    for m in _AGE.finditer(sent.masked):
        if born_by and m.group("name") and m.group("name") != born_by:
            continue
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
        births = list(born_pattern().finditer(sent.text))
        if len(births) != 1:
            continue
        if _NOT_NOW.search(sent.text):
            findings += _age_at_event(scan, index, sent, births[0], anchor)
            continue
        ages = _ages(sent)
        previous = scan.previous(index)
        if not ages and previous is not None:
            # "Mrs Hollis, who was born ...": not the age of another name the sentence before
            subject = re.search(r"\b([A-Z][a-z]+),\s+who\s+was\s+$", sent.text[: births[0].start()])
            ages = _ages(previous, subject.group(1) if subject else None)
        if len({a.value for a in ages}) != 1:
            continue
        findings += _age_finding(ages[0], births[0], anchor, "checks.ages.age_vs_birth")
    return findings + check_named_ages(scan)


_DIED = re.compile(r"\b(?:died|was\s+killed)\b", re.I)


def _age_at_event(
    scan: Scan, index: int, sent: Masked, birth: re.Match[str], anchor: dt.date
) -> list[Finding]:
    """ "Mr Ellis, 66, who was born on 2 May 1958, died at the scene" after "on 16 June
    2024": the age at the death, dated by the one day-exact date of this sentence or the one
    before (other than the birth date). An age that is the age now, not then, is
    unverifiable; none is said without exactly one such date."""
    ages = _ages(sent)
    if len({a.value for a in ages}) != 1 or not _DIED.search(sent.text):
        return []
    year, month, day = birth_date(birth)
    if not (month and day and 1850 < year <= anchor.year):
        return []
    born_at = (sent.start + birth.start(), sent.start + birth.end())
    days = set()
    for i in (index - 1, index):
        if i < 0:
            continue
        for k in scan.ctx.dates_in_sentence(i):
            d = scan.ctx.dates[k]
            if d.kind != "date" or d.granularity != "day" or d.period is None:
                continue
            if born_at[0] <= d.start < born_at[1]:
                continue
            days.add(d.period.start)
    if len(days) != 1:
        return []
    event = days.pop()
    try:
        born = dt.date(year, month, day)
    except ValueError:
        return []
    if not born < event <= anchor:
        return []
    age = ages[0]
    then, now = age_on(born, event), age_on(born, anchor)
    desc = f"age {age.text} against '{birth.group(0)}' on {event.isoformat()}: {then}"
    where = dict(start=age.start, end=age.end, stated=age.text)
    if int(age.value) != then and int(age.value) == now:
        return [unverifiable("age", None, f"{desc}; {now} is the age now", _EVENT, [], **where)]
    ok = int(age.value) == then
    return [
        make_finding(
            "age", "consistent" if ok else "inconsistent", None, float(then),
            Interval(then, then), "exact" if ok else None, desc, _EVENT,
            [birth.group(0), event.isoformat()], **where,
        )
    ]  # fmt: skip


_EVENT = "checks.ages.age_at_event"
_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lady", "Lord"}
TITLE = rf"(?:(?:{'|'.join(sorted(_TITLES))})\.?\s+)"
"""A courtesy or professional title before a name ("Mrs ", "Dr. ")."""
_YEAR_OLD = re.compile(
    rf"{F('age')}\s+{TITLE}?(?P<first>[A-Z][a-z]+)\s+(?P<surname>[A-Z][a-z][\w'’-]*)"
)
_NAME_AGE = re.compile(
    rf"\b(?P<first>[A-Z][a-z]+)\s+(?P<surname>[A-Z][a-z][\w'’-]*),\s+{F('age')},"
)
"""'Darren Pike, 47,': an age stated after a full name."""


def check_named_ages(scan: Scan) -> list[Finding]:
    """ "89-year-old Jane Ellis" or "Jane Ellis, 89," against "Mrs Ellis, who was born on 2
    May 1936" elsewhere in the article: only when the surname names one person (one first
    name with it, one stated age, one birth date) and neither sentence is about the past
    ("died", "at the time")."""
    anchor = scan.ctx.anchor
    if anchor is None:
        return []
    text = doc_text(scan.ctx.doc)
    ages: dict[str, list[Figure]] = {}
    for sent in scan.sentences:
        if _NOT_NOW.search(sent.text):
            continue
        for m in _YEAR_OLD.finditer(sent.masked):
            f = sent.fig(m, "age")
            if f is not None and re.search(r"year[\s-]old$", f.text) and 0 < f.value < 120:
                ages.setdefault(m.group("surname"), []).append(f)
        for m in _NAME_AGE.finditer(sent.masked):
            f = sent.fig(m, "age")
            if f is not None and f.kind == "number" and f.value.is_integer() and 0 < f.value < 120:
                ages.setdefault(m.group("surname"), []).append(f)
    findings = []
    for surname, found in ages.items():
        if len({f.value for f in found}) != 1:
            continue
        firsts = {
            m.group(1)
            for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(surname)}\b", text)
            if m.group(1) not in _TITLES
        }
        births = [
            (sent, b)
            for sent in scan.sentences
            for b in born_pattern().finditer(sent.text)
            if re.search(rf"\b{re.escape(surname)}\b[^.;A-Z]{{0,30}}$", sent.text[: b.start()])
            and not _NOT_NOW.search(sent.text)
        ]
        if len(firsts) != 1 or len(births) != 1:
            continue
        age = found[0]
        findings += _age_finding(age, births[0][1], anchor, "checks.ages.named_age_vs_birth")
    return findings


def _age_finding(age: Figure, birth: re.Match[str], anchor: dt.date, rule: str) -> list[Finding]:
    year, month, day = birth_date(birth)
    if not 1850 < year <= anchor.year:
        return []
    if month and day:
        try:
            allowed = {age_on(dt.date(year, month, day), anchor)}
        except ValueError:
            return []
    else:
        allowed = {anchor.year - year - 1, anchor.year - year}
    ok = int(age.value) in allowed
    born_text = birth.group(0)
    return [
        make_finding(
            "age",
            "consistent" if ok else "inconsistent",
            None,
            float(max(allowed)),
            Interval(min(allowed), max(allowed)),
            "exact" if ok else None,
            f"age {age.text} against '{born_text}' on {anchor.isoformat()}: "
            f"{' or '.join(str(a) for a in sorted(allowed))}",
            rule,
            [born_text],
            start=age.start,
            end=age.end,
            stated=age.text,
        )
    ]

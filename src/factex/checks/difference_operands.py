"""Operands of a difference: the figures of one measure near a stated difference, with the
words that say which of two is the earlier (old) value.

A difference ("has risen by 2,340", "37 seconds outside the course record of 2:04:14",
"the 77p rise") names no figure: it compares two values of its own measure, stated in its
sentence or the one or two either side. This module reads those values:

- :func:`operands_in` lists a sentence's values of one measure as :class:`Operand` records,
  in one unit (pence as pounds, race times and "2 hours 4 minutes 51 seconds" as seconds),
  leaving out what can never be one of the compared values: dates, bounds ("more than"),
  rates of another period ("£1,716 over a year" against "£33 a week"), counts of another
  noun, bracketed conversions, and the bases of another comparison ("against a capacity of").
- :attr:`Operand.old` says whether the words make a value the earlier one ("A year earlier
  it was £638", "had covered 37,400 acres", "her previous best of 2:25:20", "from 14,860").

The caller (:mod:`factex.checks.differences`) decides which two operands are compared, and
says nothing unless exactly one pair is left: never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..doctext import doc_text
from .antecedents import same_noun
from .figures import Figure, Masked, Scan, sig_step
from .inputs import as_input
from .tolerance import Interval

__all__ = ["RESPECTIVELY", "Operand", "apart", "as_operand", "operands_in", "read_times"]


@dataclass(frozen=True)
class Operand:
    """A value in one unit per measure: pounds for pence, seconds for a time."""

    start: int
    end: int
    text: str
    value: float
    interval: Interval
    kind: str
    """ "number", "money:GBP", "unit:acre", "time" (seconds)."""
    sentence: int
    step: float = 1.0
    """The precision it is stated to, in its unit (0.01 for "77p" read as pounds)."""
    old: bool = False
    """The words make it the earlier value ("a year earlier", "previous best of", "from")."""
    compared: bool = False
    """Set against the other value ("against £17.25 for women"): a base, maybe of another
    comparison than the difference's ("fell by three to 749 against 917 a year ago")."""
    noun: str | None = None
    """The noun a bare count counts ("6,184 households" → "households"), when one follows."""
    rate: str | None = None
    """The period of a rate ("£33 a week" → "week"), when one follows."""


_H = r"(?:hours?|hrs?)"
_M = r"(?:minutes?|mins?)"
_S = r"(?:seconds?|secs?)"
_SEP = r"(?:\s*,?\s*(?:and\s+)?)"
_TIME = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])"
    rf"|\b(?:(?P<hh>\d+)\s*{_H}\b)?(?:{_SEP}(?P<mm>\d+)\s*{_M}\b)?(?:{_SEP}(?P<ss>\d+)\s*{_S}\b)?",
    re.I,
)


def read_times(text: str, base: int = 0) -> list[tuple[int, int, float]]:
    """Race and clock-free times in ``text`` as (start, end, seconds): "2:04:51", "2 hours
    4 minutes 51 seconds", "71 seconds", "4 hours 52 minutes". ``text`` begins at ``base``.

    >>> read_times("in 2:04:51, 37 seconds outside; 2 hours 4 minutes 51 seconds")
    [(3, 10, 7491.0), (12, 22, 37.0), (32, 60, 7491.0)]
    >>> read_times("at 10.14pm, a 2-1 win in the 90th minute")
    []
    """
    found = []
    for m in _TIME.finditer(text):
        if m.group("h") is not None:
            seconds = int(m.group("h")) * 3600 + int(m.group("m")) * 60 + int(m.group("s"))
        elif any(m.group(g) for g in ("hh", "mm", "ss")):
            seconds = sum(
                int(m.group(g)) * k for g, k in (("hh", 3600), ("mm", 60), ("ss", 1)) if m.group(g)
            )
        else:
            continue
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" ,"))
        found.append((base + start, base + m.end(), float(seconds)))
    return found


_RATE = re.compile(
    r"^\s*(?:a|an|per|each|every)\s+(?P<period>day|week|month|year|hour|night)\b"
    r"(?!\s+(?:earlier|ago|before|later|on))"
    r"|^\s*(?:over|in)\s+a\s+(?P<over>year|month|week)\b",
    re.I,
)
_NOUN_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{3,}s)\b")
_NOT_NOUNS = {"years", "months", "weeks", "days", "hours", "minutes", "seconds", "times"}
_OLD_BEFORE = re.compile(
    r"(?:\bfrom|\bwhen|\brecord\s+of|\bbest\s+of|\bprevious(?:\s+\w+)?\s+of)\s*[£$€]?\s*$",
    re.I,
)
_OLD_CLAUSE = re.compile(
    r"\b(?:a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior)\b|previously|"
    r"last\s+(?:year|month|week|season)|had\s+(?:been|covered|stood|reached|risen|fallen|"
    r"numbered|totalled|had)|the\s+(?:course|world|national|club)\s+record|record\s+of|"
    r"(?:at|by)\s+the\s+(?:start|end)\s+of\s+(?:last|the\s+previous)|"
    r"when\s+(?:it|there|they|he|she|we|the\s+[a-z]+)\s+[a-z]+)\b",
    re.I,
)
_OLD_AFTER = re.compile(
    r"^(?:\s+[A-Za-z-]+){0,3}?\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+(?:year|month|"
    r"week|season)|previously|earlier|before)\b",
    re.I,
)
_COMPARED_BEFORE = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|capacity\s+of|target\s+of|than|"
    r"limit\s+of)\s+(?:\w+\s+){0,3}?[£$€]?\s*$",
    re.I,
)
"""A figure set against another ("against a usable operational capacity of 88,695"): the
base of some other comparison, not one of the two values a difference compares."""


def _clause_before(sent: Masked, start: int) -> str:
    """The words of ``start``'s clause before it (back to a comma, semicolon or the start)."""
    before = sent.text[: start - sent.start]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(" - "), before.rfind(":"))
    return before[cut + 1 :]


def _fronted(sent: Masked, start: int) -> str:
    """A short opening phrase set off by a comma before the clause of ``start`` ("At this
    time last year, 447 barges ..."), or ""."""
    before = sent.text[: start - sent.start]
    parts = before.split(",")
    return parts[0] if len(parts) == 2 and len(parts[0]) <= 40 else ""


def _is_old(sent: Masked, start: int, end: int) -> bool:
    before = sent.text[max(0, start - sent.start - 40) : start - sent.start]
    after = sent.text[end - sent.start : end - sent.start + 40]
    return bool(
        _OLD_BEFORE.search(before)
        or _OLD_CLAUSE.search(_clause_before(sent, start))
        or _OLD_CLAUSE.search(_fronted(sent, start))
        or _OLD_AFTER.match(after)
    )


def _in_time(f: Figure, times: list[tuple[int, int, float]]) -> bool:
    return any(s <= f.start and f.end <= e for s, e, _ in times)


def as_operand(sent: Masked, index: int, f: Figure) -> Operand | None:
    """``f`` as a value of its measure (pence in pounds), or None when it cannot be one: a
    date, a percentage, a bound ("more than 3,000"), a range."""
    if f.kind in ("date", "unit:range") or f.percent or f.in_date or f.looks_like_year:
        return None
    if "/" in f.text:
        return None  # "by 1/4 to 1/2 percentage point": a fraction of a rate
    g = as_input(sent.text, f, sent.start)
    if g is None:
        return None
    step = sig_step(g) if g.approx else g.step
    value, kind = g.value, g.kind
    if kind == "money:GBX":
        value, step, kind = value / 100, step / 100, "money:GBP"
    exact = step <= 1 and float(g.value).is_integer() and not g.approx
    interval = Interval(value, value) if exact else Interval(value - step / 2, value + step / 2)
    after = sent.text[f.end - sent.start :]
    rate = _RATE.match(after)
    noun = _NOUN_AFTER.match(after) if kind == "number" else None
    return Operand(
        f.start,
        f.end,
        f.text,
        value,
        interval,
        kind,
        index,
        step,
        old=_is_old(sent, f.start, f.end),
        noun=noun.group("noun") if noun and noun.group("noun") not in _NOT_NOUNS else None,
        rate=(rate.group("period") or rate.group("over")).lower() if rate else None,
    )


def _lines(scan: Scan, index: int, like: Operand) -> tuple[int, int]:
    """The part of sentence ``index`` whose values count: in ``like``'s own sentence, its own
    line (a headline run into the lede is another statement); elsewhere all of it but the
    article's first line when that is a headline (no full stop)."""
    sent = scan.sentences[index]
    text = doc_text(scan.ctx.doc)
    if index == like.sentence:
        lo = text.rfind("\n", sent.start, like.start) + 1 or sent.start
        hi = text.find("\n", like.end, sent.end)
        return max(lo, sent.start), sent.end if hi < 0 else hi
    first = text.find("\n")
    if first > 0 and not text[:first].rstrip().endswith((".", "!", "?")) and sent.start < first:
        return first, sent.end
    return sent.start, sent.end


def operands_in(scan: Scan, index: int, like: Operand, skip: tuple[int, int]) -> list[Operand]:
    """The values in sentence ``index`` of ``like``'s measure (same unit family; no rate, or
    ``like``'s rate period; same counted noun when both name one), other than the span
    ``skip``: "£33 a week more" compares "£671" and "£638", never "£1,716 over a year"."""
    sent = scan.sentences[index]
    lo, hi = _lines(scan, index, like)
    times = [t for t in read_times(sent.text, sent.start) if lo <= t[0] and t[1] <= hi]
    found: list[Operand] = []
    if like.kind == "time":
        for s, e, seconds in times:
            if (s, e) == skip or (s < skip[1] and skip[0] < e):
                continue
            found.append(
                Operand(
                    s,
                    e,
                    sent.text[s - sent.start : e - sent.start],
                    seconds,
                    Interval(seconds, seconds),
                    "time",
                    index,
                    old=_is_old(sent, s, e),
                )
            )
        return found
    for k, f in enumerate(sent.figures):
        if (f.start, f.end) == skip or k in sent.soft or _in_time(f, times):
            continue
        if not lo <= f.start < hi:
            continue
        op = as_operand(sent, index, f)
        own = index == like.sentence and like.rate is None
        if op is None or op.kind != like.kind or (op.rate not in (like.rate, None) and not own):
            continue  # "£1,716 over a year" is not one of the values "£33 a week" compares
        if op.noun and like.noun and not same_noun(op.noun, like.noun):
            continue
        before = sent.text[max(0, f.start - sent.start - 40) : f.start - sent.start]
        if _COMPARED_BEFORE.search(before):
            if index != like.sentence:
                continue  # another comparison's base ("against a capacity of 88,695")
            op = replace(op, old=True, compared=True)  # "£18.90, against £17.25 for women'
        found.append(op)
    return found


RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
"""\"increased by seven and six, respectively\": amounts dealt over a list (reut-11075)."""
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|and)\b|\bwhile\b|\brevised\b", re.I)


def apart(sent: Masked, d: Operand, start: int, end: int) -> bool:
    """The text between ``d`` and ``start:end`` breaks the clause or names a revision: "The
    payroll rose by 164,000 in March, while the department revised the February increase
    down to 236,000 from 337,000" (reut-12838)."""
    lo, hi = (d.end, start) if d.end <= start else (end, d.start)
    between = sent.text[max(0, lo - sent.start) : max(0, hi - sent.start)]
    return bool(_CLAUSE_BREAK.search(between))

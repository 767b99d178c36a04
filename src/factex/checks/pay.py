"""Hourly pay over a working week: "For someone working 35 hours a week, the 77p rise is worth
£1,401 a year" (0.77 × 35 × 52 to 52.29 weeks), "£12.21 an hour, or £427 for a 35-hour week".

The sentence must state the hours a week ("35 hours a week", "a 35-hour week") and one hourly
amount: a figure "an hour" / "per hour", or the one bare amount of the sentence when the
sentence before states pay "an hour" in the same currency ("went up from £11.44 to £12.21 an
hour." then "the 77p rise"). The product is a total (check ``total``), read only after
"worth", "works out at", "equivalent to", "comes to", "or" or a dash.
"""

from __future__ import annotations

import re

from ..doctext import doc_text
from ..models import Finding
from .figures import Figure, Masked, Scan
from .rate_operands import plain, stated_allowed, unique
from .rate_phrases import per_phrase
from .tolerance import Interval
from .util import fmt, make_finding

__all__ = ["check_pay"]

_HOURS_A_WEEK = re.compile(r"\s*(?:hours?|hrs?)\s+(?:a|per|each|every)\s+week\b", re.I)
_HOUR_WEEK = re.compile(r"-hours?\s+(?:working\s+)?week\b", re.I)
_TO_TOTAL = re.compile(
    r"(?:\bworth|\bworks?\s+out\s+(?:at|as)|\bequivalent\s+to|\bcomes?\s+to|\badds?\s+up\s+to"
    r"|,\s+or|\s[-–—])\s+(?:an\s+extra\s+|about\s+|around\s+|roughly\s+)?$",
    re.I,
)
_WEEKS = {"week": (1.0, 1.0), "month": (52 / 12, 366 / 7 / 12), "year": (52.0, 366 / 7)}


def _pounds(f: Figure) -> Interval | None:
    """The figure in pounds, dollars or euros (pence and cents divided by 100)."""
    iv = f.interval
    if f.currency in ("GBX",):
        return Interval(iv.lo / 100, iv.hi / 100)
    return iv if f.currency else None


def _family(f: Figure) -> str | None:
    return {"GBX": "GBP"}.get(f.currency or "", f.currency)


_WEEK_AFTER = re.compile(r"\s+(?:working\s+)?week\b")


def _hours(scan: Scan, index: int, sent: Masked) -> Figure | None:
    """The one "N hours a week" or "N-hour week" of the sentence (a figure, or a duration
    "35-hour" that no figure covers)."""
    found = [
        f
        for f in sent.figures
        if f.kind in ("number", "unit:hour")
        and (
            _HOURS_A_WEEK.match(sent.text, f.end - sent.start)
            or _HOUR_WEEK.match(sent.text, f.end - sent.start)
        )
    ]
    text = doc_text(scan.ctx.doc)
    for i in scan.ctx.dates_in_sentence(index) if "week" in sent.text else ():
        d = scan.ctx.dates[i]
        m = re.fullmatch(r"PT(\d+)H", d.value or "") if d.kind == "duration" else None
        if m and _WEEK_AFTER.match(text, d.end):  # pos, not a slice: no copy of the rest
            found.append(Figure(d.start, d.end, d.text, float(m.group(1)), 1.0))
    return unique(found)


def _hourly(scan: Scan, index: int, sent: Masked, target: Figure) -> Figure | None:
    """The one amount an hour of the sentence; else its one other bare amount when the
    sentence before states pay an hour in that currency."""
    money = [f for f in sent.figures if f is not target and f.currency and plain(sent, f)]
    hourly = [f for f in money if (per_phrase(sent, f) or ("",))[0] in ("hour", "hours")]
    if hourly:
        return unique(hourly)
    bare = [f for f in money if per_phrase(sent, f) is None]
    if len(bare) != 1 or index == 0:
        return None
    prev = scan.sentences[index - 1]
    paid = [
        f
        for f in prev.figures
        if _family(f) == _family(bare[0]) and (per_phrase(prev, f) or ("",))[0] == "hour"
    ]
    return bare[0] if paid else None


def check_pay(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        hours = _hours(scan, index, sent)
        if hours is None:
            continue
        for target in sent.figures:
            read = per_phrase(sent, target) if target.currency else None
            if read is None or read[0] not in _WEEKS or not read[1]:
                continue
            before = sent.text[max(0, target.start - sent.start - 40) : target.start - sent.start]
            if not _TO_TOTAL.search(before):
                continue
            hourly = _hourly(scan, index, sent, target)
            if hourly is None or _family(hourly) != _family(target):
                continue
            rate, total = _pounds(hourly), _pounds(target)
            if rate is None or total is None:
                continue
            lo, hi = _WEEKS[read[0]]
            h = hours.interval
            scale = 100.0 if target.currency == "GBX" else 1.0
            computed = Interval(rate.lo * h.lo * lo * scale, rate.hi * h.hi * hi * scale)
            rounding, allowed = stated_allowed(sent, target, computed)
            weeks = "" if read[0] == "week" else f" × {fmt(lo)}-{fmt(hi)} weeks"
            findings.append(
                make_finding(
                    "total",
                    "consistent" if rounding else "inconsistent",
                    None,
                    computed.mid,
                    allowed,
                    rounding,
                    f"total {target.text} a {read[0]}: {hourly.text} an hour × "
                    f"{fmt(hours.value)} hours{weeks} = {fmt(computed.mid)}",
                    "checks.pay.hours_a_week",
                    [hourly.text, hours.text],
                    start=target.start,
                    end=target.end,
                    stated=target.text,
                )
            )
    return findings

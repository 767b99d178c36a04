"""Units and change directions a figure takes from a neighbouring figure.

Rules (``Quantity.rule`` becomes ``quantities.elliptical_unit`` when a unit is passed on):

* parallel figures: "rose 64.06 points to 4,577.10", "from 4.8 to 4.7 percent", "about 8
  or $9", "84.75 cents, while the lowest is 74.07", "a 7- or 8-inch screen";
* comparisons: "460 vehicles were stolen this year compared with 63", "6 million homes,
  including 1.5 million in the region";
* index levels: "lost 162.31 points, or 2.14%, to fall to 7,425.81", "(16369.03 up 58.06
  points)": a level next to a change in points is in points too;
* coordinated changes: "lost 190 points, or 0.6%" shares the direction; a bracketed
  conversion shares the direction and the qualifier ("more than 100 km (60 miles)").

Only within one sentence, and a time unit, an age, a fraction or a multiple is never passed on.
"""

from __future__ import annotations

import re

from ..models import Quantity
from ..resources import load_lexicon

__all__ = ["coordinated_changes", "elliptical_units"]

_OR_BEFORE = re.compile(r"(?:,\s*|\s)(?:or|and)\s+(?:by\s+)?$|,\s*(?:[A-Z][\w&]*\s){1,3}by\s+$")
_ELLIPSIS_BEFORE = re.compile(r"(?:\bto|\bat|\bfrom|\band|\bor|\bis|\bwas|,)\s+$", re.I)
_ELLIPSIS_NEXT = re.compile(r"\s+(?:to|or)\s+$", re.I)
_COMPARED = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bup\s+from|\bdown\s+from|\bincluding)"
    r"\s+(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+)?$",
    re.I,
)
_BRACKET_OPEN = re.compile(r"\s?\(")
_SUSPENDED = re.compile(r"-,?\s+(?:or|and|to)\s+", re.I)
_LEVEL_BEFORE = re.compile(r"(?:\bto|\bat|\bclose\s+of|\bend\s+at)\s+$", re.I)
_LEVEL_AFTER = re.compile(r"\s+(?:up|down)\s+\d", re.I)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_LEVEL_UNITS = {"point", "percent", "percentage_point"}
_NOT_PASSED = {"year_of_age", "month_of_age", "fraction", "times"}


def _passes(unit: str | None) -> bool:
    return (
        unit is not None
        and unit not in _NOT_PASSED
        and unit not in load_lexicon().time_units.values()
    )


def _same_sentence(text: str, start: int, end: int) -> bool:
    return _SENTENCE_END.search(text, start, end) is None


def _parallel_donor(out: list[Quantity], i: int, text: str) -> Quantity | None:
    q = out[i]
    prev = out[i - 1] if i else None
    nxt = out[i + 1] if i + 1 < len(out) else None
    if nxt and nxt.unit and (gap := _ELLIPSIS_NEXT.fullmatch(text[q.end : nxt.start])):
        alike = nxt.value and 0.1 < abs(q.value / nxt.value) < 10
        if "or" not in gap.group(0).lower() or alike:
            return nxt  # "from 4.8 to 4.7 percent", "about 8 or $9" (not "2.6 mln or 15 cts")
    if prev and prev.unit and q.start - prev.end <= 25:
        between = text[prev.end : q.start]
        if ";" not in between and "." not in between and _ELLIPSIS_BEFORE.search(between):
            if prev.unit in _LEVEL_UNITS and prev.unit != "point":
                return None  # "up 8% to 4,577": a percentage does not pass to a level
            return prev
    return None


def _compared_donor(out: list[Quantity], i: int, text: str) -> Quantity | None:
    """ "460 vehicles ... compared with 63", "6 million homes including 1.5 million"."""
    q = out[i]
    if not i or not _COMPARED.search(text, max(0, q.start - 40), q.start):
        return None
    prev = out[i - 1]
    if not _same_sentence(text, prev.end, q.start) or q.start - prev.end > 160:
        return None
    return prev


def _level_donor(out: list[Quantity], i: int, text: str, points: list[Quantity]) -> Quantity | None:
    """A bare index level in a sentence that counts in points: "(16369.03 up 58.06
    points)", "lost 162.31 points, or 2.14%, to fall to 7,425.81", "closed at 1,463.87
    points, while the TA-125 climbed 0.1% to 1,333.18". ``points``: the figures in points."""
    q = out[i]
    if not points or q.value < 100:
        return None
    if not (
        _LEVEL_BEFORE.search(text, max(0, q.start - 12), q.start) or _LEVEL_AFTER.match(text, q.end)
    ):
        return None
    for other in points:
        lo, hi = (other.end, q.start) if other.end <= q.start else (q.end, other.start)
        if _same_sentence(text, lo, hi):
            return other
    return None


def elliptical_units(found: list[Quantity], text: str) -> list[Quantity]:
    """Rule quantities.elliptical_unit: a bare figure parallel to, compared with, or a
    level beside a measured one takes its unit. Never across a sentence end."""
    out = list(found)
    points = [q for q in found if q.unit == "point"]
    for i, q in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt and _passes(nxt.unit) and _SUSPENDED.fullmatch(text[q.end : nxt.start]):
            update = {"unit": nxt.unit, "rule": "quantities.elliptical_unit"}
            out[i] = q.model_copy(update=update)  # "a 7- or 8-inch screen"
            continue
        if q.unit is not None or q.rule not in ("quantities.number",):
            continue
        donors = (
            _parallel_donor(out, i, text),
            _compared_donor(out, i, text),
            _level_donor(out, i, text, points),
        )
        donor = next((d for d in donors if d is not None and _passes(d.unit)), None)
        if donor is not None:
            update = {"unit": donor.unit, "rule": "quantities.elliptical_unit"}
            out[i] = q.model_copy(update=update)
    return out


def coordinated_changes(found: list[Quantity], text: str) -> list[Quantity]:
    """ "lost 190 points, or 0.6%", "down 2.3%, Burlington by 2.6%": a figure coordinated
    with a change shares its direction; a conversion in brackets right after a figure shares
    its direction and qualifier ("dropped by 1C (1.8F)", "more than 100 km (60 miles)")."""
    out = list(found)
    for i in range(1, len(out)):
        q, prev = out[i], out[i - 1]
        if _BRACKET_OPEN.fullmatch(text[prev.end : q.start]):
            update = {"change": q.change or prev.change, "qualifier": q.qualifier or prev.qualifier}
            out[i] = q.model_copy(update=update)  # "more than 100 kilometers (60 miles)"
            continue
        if q.change or not prev.change or q.start - prev.end > 40 or q.qualifier:
            continue
        if ";" in text[prev.end : q.start] or "." in text[prev.end : q.start].rstrip():
            continue
        if _OR_BEFORE.search(text[prev.end : q.start]):
            out[i] = q.model_copy(update={"change": prev.change})
    return out

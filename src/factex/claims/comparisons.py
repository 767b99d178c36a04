"""Comparisons: "up 19% on this time last year (26,699)", "rose 4.2 pct to 1.3 mln from
1.25 mln", "down 20% on 2022 (39,929)".

A percentage with a change direction becomes a ``change`` claim that links the value that
changed (``subject``) and the baseline (``base``), so the verifier can recompute it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..doctext import doc_text
from ..models import DateRange, Quantity
from .context import ArticleContext

__all__ = ["Comparison", "find_comparisons"]

_BASE_AFTER = re.compile(
    r"^\s*(?:on|from|over|against|compared\s+(?:with|to))\s+(?P<when>[^(),;]{0,40}?)\s*"
    r"\(\s*(?P<num>[^()]{1,30})\)",
    re.I,
)
_C = r"(?:[^,;()]|,(?=\d{3}))"  # any character but a clause break; "45,000" keeps its comma
_FROM = re.compile(rf"^\s*(?:to\s+(?P<to>{_C}{{1,30}}?)\s+)?from\s+(?P<num>{_C}{{1,30}})", re.I)
_TO = re.compile(rf"^\s*to\s+(?P<num>{_C}{{1,30}})", re.I)
_ANAPHOR = re.compile(
    r"^\s*(?:this|that|it|the\s+(?:figure|total|number|tally))\s+(?:is|was|"
    r"represents|marks|has|had)\b",
    re.I,
)


@dataclass(frozen=True)
class Comparison:
    change: int
    """Index of the percentage quantity."""
    subject: int | None
    base: int | None
    base_period: DateRange | None
    rule: str


def _quantity_at(ctx: ArticleContext, start: int, end: int) -> int | None:
    hits = ctx.quantities_starting_in(start, end)
    return hits[0] if len(hits) == 1 else None


def _date_period(ctx: ArticleContext, start: int, end: int) -> tuple[DateRange, str] | None:
    hits = [d for d in ctx.dates if start <= d.start and d.end <= end and d.period]
    if len(hits) != 1:
        return None
    return hits[0].period, hits[0].rule


def _previous_total(ctx: ArticleContext, sentence: int) -> int | None:
    """The last count in the previous sentence: what "This is up 19%" refers to."""
    if sentence == 0:
        return None
    prev = ctx.sentences[sentence - 1]
    counts = [
        i
        for i, q in enumerate(ctx.quantities)
        if prev.start_char <= q.start < prev.end_char
        and q.unit not in ("percent", "percentage_point")
        and q.qualifier in (None, "some")  # "Some 307 people": emphasis, not a bound
    ]
    return counts[-1] if counts else None


def find_comparisons(ctx: ArticleContext) -> list[Comparison]:
    found: list[Comparison] = []
    text = doc_text(ctx.doc)
    for i, q in enumerate(ctx.quantities):
        if q.change is None or q.unit not in ("percent", "percentage_point"):
            continue
        found.append(_compare(ctx, text, i, q))
    return found


def _compare(ctx: ArticleContext, text: str, i: int, q: Quantity) -> Comparison:
    sentence = ctx.sentence_index(q.start)
    sent = ctx.sentences[sentence]
    tail = text[q.end : sent.end_char]
    base = subject = None
    base_period: DateRange | None = None
    rule = "claims.change_unlinked"
    if m := _BASE_AFTER.match(tail):
        base = _quantity_at(ctx, q.end + m.start("num"), q.end + m.end("num"))
        when = _date_period(ctx, q.end + m.start("when"), q.end + m.end("when"))
        base_period = when[0] if when else None
        rule = "claims.change_on_bracketed_base"
    elif m := _FROM.match(tail):
        base = _quantity_at(ctx, q.end + m.start("num"), q.end + m.end("num"))
        if m.group("to"):
            subject = _quantity_at(ctx, q.end + m.start("to"), q.end + m.end("to"))
        rule = "claims.change_from_to"
    if subject is None and (m := _TO.match(tail)) and rule != "claims.change_from_to":
        subject = _quantity_at(ctx, q.end + m.start("num"), q.end + m.end("num"))
    if subject is None and _ANAPHOR.match(text[sent.start_char : q.start]):
        subject = _previous_total(ctx, sentence)
    return Comparison(change=i, subject=subject, base=base, base_period=base_period, rule=rule)

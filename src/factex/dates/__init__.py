"""Temporal expressions: find them, resolve them against the publication date."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from ..models import DateMention
from .anchor import infer_publication_date
from .fallback import fallback_candidates
from .grammar import DateCandidate, find_date_candidates
from .resolve import Context, Resolution, resolve_candidate
from .tense import governing_tense
from .values import DateOrder

__all__ = [
    "DateCandidate",
    "DateOrder",
    "extract_dates",
    "find_date_candidates",
    "infer_publication_date",
    "resolve_candidate",
]


_DERIVED = {"n_units_ago", "year_earlier_ref", "quarter_ref"}


def _is_reference(cand: DateCandidate, res: Resolution) -> bool:
    """A period named outright ("the third quarter"), not one derived from another."""
    if res.period is None or res.kind != "date" or res.granularity == "range":
        return False
    return cand.rule not in _DERIVED and "ago" not in cand.groups


def extract_dates(
    doc: Doc, anchor: dt.date | None, source_text: str, *, date_order: DateOrder = "DMY"
) -> list[DateMention]:
    """Every temporal expression in ``doc`` as a :class:`DateMention`, in text order.

    ``source_text`` is the text the offsets refer to (the caller's original text);
    ``date_order`` reads ambiguous numeric dates ("06/11/2024": DMY → 6 November).
    Narrative anchors carry forward: "the next day" follows the last day-precise date,
    "a year earlier" the last calendar date of the same sentence, "the quarter" the last
    quarter named.
    """
    mentions: list[DateMention] = []
    previous: dt.date | None = None
    reference: tuple[int, Resolution] | None = None
    last_quarter: Resolution | None = None
    candidates = find_date_candidates(doc.text)
    candidates = sorted([*candidates, *fallback_candidates(doc, candidates)], key=lambda c: c.start)
    for cand in candidates:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        tense = governing_tense(span) if span is not None and len(span) else None
        sentence = span.sent.start if span is not None and len(span) else -1
        ref = reference[1] if reference and reference[0] == sentence else None
        narrative = reference[1] if reference else None
        ctx = Context(
            anchor,
            tense,
            previous,
            reference=ref,
            last_quarter=last_quarter,
            narrative=narrative,
            date_order=date_order,
        )
        res: Resolution = resolve_candidate(cand, ctx)
        if res.period is not None and res.granularity == "day":
            previous = res.period.start
        if _is_reference(cand, res):
            reference = (sentence, res)
            if res.granularity == "quarter":
                last_quarter = res
        mentions.append(
            DateMention(
                text=source_text[cand.start : cand.end],
                start=cand.start,
                end=cand.end,
                period=res.period,
                granularity=res.granularity,
                kind=res.kind,
                value=res.value,
                rule=f"dates.{cand.rule}",
            )
        )
    return mentions

"""Temporal expressions: find them, resolve them against the publication date."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from ..models import DateMention
from .anchor import infer_publication_date
from .grammar import DateCandidate, find_date_candidates
from .resolve import Context, Resolution, resolve_candidate
from .tense import governing_tense

__all__ = [
    "DateCandidate",
    "extract_dates",
    "find_date_candidates",
    "infer_publication_date",
    "resolve_candidate",
]


def extract_dates(doc: Doc, anchor: dt.date | None, source_text: str) -> list[DateMention]:
    """Every temporal expression in ``doc`` as a :class:`DateMention`, in text order.

    ``source_text`` is the text the offsets refer to (the caller's original text).
    """
    mentions: list[DateMention] = []
    previous: dt.date | None = None
    for cand in find_date_candidates(doc.text):
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        tense = governing_tense(span) if span is not None and len(span) else None
        res: Resolution = resolve_candidate(cand, Context(anchor, tense, previous))
        if res.period is not None and res.granularity == "day":
            previous = res.period.start
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

"""Fallback normaliser: spaCy DATE entities the grammar did not match, read by dateparser.

dateparser only ever sees the short entity text (never the whole article: over running text
it turns "we", "19% on" and "£75" into dates). A result is kept only when dateparser is
sure of a calendar day, month or year and the entity names a month or a year or is a
numeric date,
so ages ("52 years old") and vague words stay out.
"""

from __future__ import annotations

import bisect
import re
import warnings
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from .grammar import DateCandidate
from .lexicon import MONTH_RE

__all__ = ["fallback_candidates"]

_PLAUSIBLE = re.compile(rf"\b{MONTH_RE}|\b(?:1[89]|20)\d\d\b|\b\d{{1,2}}/\d{{1,2}}\b")
_DURATION = re.compile(r"\b(?:day|week|month|year|hour|minute|decade|centur)", re.I)
_AGE = re.compile(r"\bold\b|-old\b|\baged?\b", re.I)


@cache
def _parser() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DATES_FROM": "past"})


def _verb_like(ent: Span) -> bool:
    """A lone month word after a modal, "to" or a pronoun is a verb ("will March")."""
    if len(ent) != 1 or ent.start == ent.sent.start:
        return False
    return _previous(ent).pos_ not in ("ADP", "DET", "PUNCT", "CCONJ", "SCONJ")


def _previous(ent: Span) -> Token:
    return ent.doc[ent.start - 1]


def _covered(start: int, end: int, starts: list[int], taken: list[DateCandidate]) -> bool:
    """Does [start, end) overlap a taken candidate? (``taken`` sorted, non-overlapping)."""
    i = bisect.bisect_left(starts, end)  # candidates starting before ``end``
    return i > 0 and taken[i - 1].end > start


def fallback_candidates(doc: Doc, taken: list[DateCandidate]) -> list[DateCandidate]:
    """Candidates (rule ``spacy_dateparser``) for DATE entities no grammar rule covered.

    Groups hold what the text states: ``y`` (4-digit year when written), ``m``, ``d``,
    and ``period`` (day, month or year).
    """
    found: list[DateCandidate] = []
    starts = [c.start for c in taken]
    for ent in doc.ents:
        if ent.label_ != "DATE" or _covered(ent.start_char, ent.end_char, starts, taken):
            continue
        text = ent.text
        if not _PLAUSIBLE.search(text) or _AGE.search(text) or _DURATION.search(text):
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in ent) or _verb_like(ent):
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            data = _parser().get_date_data(text)
        if data.date_obj is None or data.period not in ("day", "month", "year"):
            continue
        groups = {"period": data.period, "m": str(data.date_obj.month), "d": str(data.date_obj.day)}
        year = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
        if year:
            groups["y"] = str(data.date_obj.year)
        elif data.period == "year":
            continue
        found.append(DateCandidate(ent.start_char, ent.end_char, "spacy_dateparser", text, groups))
    return found

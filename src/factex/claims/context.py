"""Shared read-only view of one parsed article for the claim builders."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ..models import DateMention, Quantity
from ..quantities.numerals import NumberMatch
from ..syntax import governing_verb

__all__ = ["ArticleContext", "governing_verb"]


@dataclass
class ArticleContext:
    doc: Doc
    source_text: str
    anchor: dt.date | None
    dates: list[DateMention]
    quantities: list[Quantity]
    numbers: list[NumberMatch] | None = None
    """Every number found in the text (``find_numbers(text, vague=True)``), found once and
    shared by the quantity extractor and the checks; None when the caller did not keep it."""
    sentences: list[Span] = field(init=False)
    _starts: list[int] = field(init=False)
    _quantity_starts: list[tuple[int, int]] = field(init=False)

    def __post_init__(self) -> None:
        self.sentences = list(self.doc.sents)
        self._starts = [s.start_char for s in self.sentences]
        self._quantity_starts = sorted((q.start, i) for i, q in enumerate(self.quantities))

    @cached_property
    def duration_links(self) -> dict[int, int]:
        """Definite durations → the date range they describe (claims and checks both use it)."""
        from .periods import link_durations

        return link_durations(self)

    def quantities_starting_in(self, start: int, end: int) -> list[int]:
        """Indexes of the quantities that start in ``[start, end)``, in index order
        (a bisect, not a scan: callers ask once per figure)."""
        lo = bisect.bisect_left(self._quantity_starts, (start, -1))
        hi = bisect.bisect_left(self._quantity_starts, (end, -1))
        return sorted(i for _, i in self._quantity_starts[lo:hi])

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def sentence_of(self, offset: int) -> Span:
        return self.sentences[self.sentence_index(offset)]

    def span(self, start: int, end: int) -> Span | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span if span is not None and len(span) else None

    def dates_in_sentence(self, index: int) -> list[int]:
        """Indexes of the date mentions that start in sentence ``index``, in index order."""
        return self._dates_by_sentence.get(index, [])

    @cached_property
    def _dates_by_sentence(self) -> dict[int, list[int]]:
        """Built once: callers ask per sentence and per figure (a scan each was quadratic)."""
        by: dict[int, list[int]] = {}
        for i, d in enumerate(self.dates):
            k = self.sentence_index(d.start)
            if (
                self.sentences
                and self.sentences[k].start_char <= d.start < self.sentences[k].end_char
            ):
                by.setdefault(k, []).append(i)
        return by

    def verb_of(self, start: int, end: int) -> Token | None:
        span = self.span(start, end)
        return governing_verb(span.root) if span is not None else None

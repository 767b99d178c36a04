"""Claims: a figure with its unit, concept, period, qualifier and source."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..models import Claim, DateMention, DateRange, Quantity
from ..quantities.units import measurement_unit
from ..resources import load_lexicon
from .comparisons import Comparison, find_comparisons
from .concepts import concept_for
from .context import ArticleContext
from .periods import period_for, same_period_in_year
from .sources import sentence_source

__all__ = ["ArticleContext", "build_claims"]

_PERIOD_TO = re.compile(r"\s+(?:to|ending|ended|until|through)\s+(?:the\s+end\s+of\s+)?", re.I)
_MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
_ADJACENT = re.compile(r"\s*(?:in|on|during|for)?\s*", re.I)
_TOTAL_WORDS = re.compile(r"\b(total|tally|number|figure|count|sum)\b", re.I)


@dataclass
class _Draft:
    quantity: int
    claim: Claim
    subject_q: int | None = None
    base_q: int | None = None


def _kind(q: Quantity) -> str:
    lex = load_lexicon()
    if q.unit in ("percent", "percentage_point"):
        return "change" if q.change else "percent"
    if q.unit is not None and q.unit.isupper() and len(q.unit) == 3:
        return "amount"
    if q.unit in set(lex.time_units.values()):
        return "duration"
    if (
        q.unit is not None
        and q.unit not in ("people",)
        and " " not in q.unit
        and _is_measure(q.unit)
    ):
        return "measure"
    return "count"


def _is_measure(unit: str) -> bool:
    return measurement_unit(unit) == unit


class _Builder:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.links = ctx.duration_links
        self._sources: dict[int, str | None] = {}
        self._date_starts: list[int] | None = None
        self._dated: list[DateMention] = []

    def source(self, sentence: int) -> str | None:
        if sentence not in self._sources:
            self._sources[sentence] = sentence_source(self.ctx.sentences[sentence])
        return self._sources[sentence]

    def draft(self, qi: int, rule: str, *, bare: bool = False) -> _Draft | None:
        q = self.ctx.quantities[qi]
        if q.rule == "quantities.vague":
            return None  # "dozens of arrests": an order of magnitude, not a figure
        if self._names_a_period(q):
            return None  # "in the three months to August": the count names a period
        span = self.ctx.span(q.start, q.end)
        if span is None:
            return None
        concept = concept_for(span)
        if q.unit is None and concept is None and not bare:
            return None
        sentence = self.ctx.sentence_index(q.start)
        sent = self.ctx.sentences[sentence]
        period, _ = period_for(q.start, q.end, self.ctx, self.links)
        period = self._adjacent_period(q) or period
        claim = Claim(
            text=q.text,
            start=q.start,
            end=q.end,
            value=q.value,
            unit=q.unit,
            concept=concept,
            period=period,
            qualifier=q.qualifier,
            source=self.source(sentence),
            rule=rule,
            kind=_kind(q),
            step=q.step,
            quantity=qi,
            sentence=(sent.start_char, sent.end_char),
            change=q.change,
        )
        return _Draft(qi, claim)

    def _dates_starting(self, start: int, end: int) -> list[DateMention]:
        """Dates of kind "date" that start in [start, end], via a sorted index."""
        if self._date_starts is None:
            dated = sorted((d for d in self.ctx.dates if d.kind == "date"), key=lambda d: d.start)
            self._dated, self._date_starts = dated, [d.start for d in dated]
        lo = bisect.bisect_left(self._date_starts, start)
        hi = bisect.bisect_right(self._date_starts, end)
        return self._dated[lo:hi]

    def _names_a_period(self, q: Quantity) -> bool:
        if any(q.end <= d.end for d in self._dates_starting(q.start - 80, q.start)):
            return True  # the count sits inside a date ("the past two years")
        after = _PERIOD_TO.match(self.ctx.source_text, q.end)
        if after is None:
            return False
        return bool(_MONTH.match(self.ctx.source_text, after.end())) or bool(
            self._dates_starting(after.end(), after.end())
        )

    def _adjacent_period(self, q: Quantity) -> DateRange | None:
        """Rule periods.adjacent_date: a date written right after the figure is its period
        ("eased to 2.3% in April from 3.2% in March": 3.2% is March's figure)."""
        text = self.ctx.source_text
        for d in self._dates_starting(q.end, q.end + 12):
            near = d.kind == "date" and d.period and q.end <= d.start <= q.end + 12
            if near and _ADJACENT.fullmatch(text[q.end : d.start]):
                anchor, p = self.ctx.anchor, d.period
                if anchor is not None and p.start <= anchor < p.end:
                    return DateRange(start=p.start, end=anchor)  # never past publication
                return p
        return None

    def inherit_total_units(self, drafts: list[_Draft]) -> None:
        """A bare total counts what its sentence counts.

        "307 people ..., taking the provisional total for 2024 to date to 31,842".
        """
        for d in drafts:
            c = d.claim
            if c.unit is not None or not c.concept or not _TOTAL_WORDS.search(c.concept):
                continue
            peers = [
                p.claim
                for p in drafts
                if p.claim.sentence == c.sentence
                and p.claim.unit
                and p.claim.kind == "count"
                and p is not d
            ]
            if peers:
                d.claim = replace_claim(c, unit=peers[0].unit, rule="claims.total_inherits_unit")

    def comparison(self, comp: Comparison, drafts: dict[int, _Draft]) -> list[_Draft]:
        out: list[_Draft] = []
        change = self.draft(comp.change, comp.rule, bare=True)
        if change is None:
            return out
        subject = drafts.get(comp.subject) if comp.subject is not None else None
        if comp.base is not None:
            base = self.draft(comp.base, "claims.comparison_base", bare=True)
            if base is not None:
                period = self._base_period(subject.claim if subject else None, comp.base_period)
                base.claim = replace_claim(
                    base.claim,
                    unit=subject.claim.unit if subject else base.claim.unit,
                    concept=subject.claim.concept if subject else base.claim.concept,
                    period=period,
                    source=base.claim.source or (subject.claim.source if subject else None),
                )
                out.append(base)
        period = subject.claim.period if subject else change.claim.period
        change.claim = replace_claim(
            change.claim,
            period=period,
            concept=f"change in {subject.claim.concept}"
            if subject and subject.claim.concept
            else change.claim.concept,
        )
        change.subject_q, change.base_q = comp.subject, comp.base
        out.append(change)
        return out

    @staticmethod
    def _base_period(subject: Claim | None, stated: DateRange | None) -> DateRange | None:
        """The baseline covers the same stretch of its own year when the subject is a
        year-to-date figure ("up 19% on this time last year", "down 20% on 2022")."""
        if stated is None or subject is None or subject.period is None:
            return stated
        sp = subject.period
        if sp.start.month == 1 and sp.start.day == 1 and sp.start.year == sp.end.year:
            return same_period_in_year(sp, stated.start.year)
        return stated


def replace_claim(claim: Claim, **changes: object) -> Claim:
    return claim.model_copy(update=changes)


def build_claims(ctx: ArticleContext) -> list[Claim]:
    """Claims for every figure that has a unit or a concept, in text order."""
    builder = _Builder(ctx)
    comparisons = find_comparisons(ctx)
    special = {c.change for c in comparisons} | {c.base for c in comparisons if c.base is not None}
    drafts = [
        d
        for qi in range(len(ctx.quantities))
        if qi not in special and (d := builder.draft(qi, "claims.figure")) is not None
    ]
    builder.inherit_total_units(drafts)
    by_quantity = {d.quantity: d for d in drafts}
    for comp in comparisons:
        for d in builder.comparison(comp, by_quantity):
            by_quantity[d.quantity] = d
    ordered = sorted(by_quantity.values(), key=lambda d: d.claim.start)
    index = {d.quantity: i for i, d in enumerate(ordered)}
    claims = []
    for d in ordered:
        claim = d.claim
        if d.subject_q is not None or d.base_q is not None:
            claim = replace_claim(
                claim,
                subject=index.get(d.subject_q) if d.subject_q is not None else None,
                base=index.get(d.base_q) if d.base_q is not None else None,
            )
        claims.append(claim)
    return claims

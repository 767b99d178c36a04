"""What the HTML view highlights: every record as an :class:`Annotation`, laid out as marks.

Pure functions of a :class:`~factex.models.Document`; :mod:`factex.render.html` draws them.

Overlaps: annotations on exactly the same words share one mark; a mark inside another is
nested; when two cross, the one of higher priority (finding > claim > date > quantity >
entity) is kept and the other is only listed in the tables — except a finding, which is
merged into the mark it crosses, so every finding stays visible.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal

from ..models import DateRange, Document, Finding
from .labels import (
    date_label,
    describe_claim,
    format_figure,
    format_number,
    format_range,
    humanize_duration,
)

__all__ = [
    "PRIORITY",
    "SYMBOLS",
    "VERDICT_PRIORITY",
    "Annotation",
    "Kind",
    "Mark",
    "allowed_text",
    "annotations",
    "computed_text",
    "layout",
]

Kind = Literal["entity", "quantity", "date", "claim", "finding"]
SYMBOLS = {"consistent": "✓", "unverifiable": "?", "inconsistent": "✗"}

PRIORITY = {"entity": 0, "quantity": 1, "date": 2, "claim": 3, "finding": 4}
VERDICT_PRIORITY = {"consistent": 0, "unverifiable": 1, "inconsistent": 2}


@dataclass(frozen=True)
class Annotation:
    """One record to highlight: where, what kind, the short tag and the hover text."""

    start: int
    end: int
    kind: Kind
    index: int
    """Position of the record in its Document list (``doc.claims[index]`` …)."""
    label: str
    title: str
    verdict: str | None = None

    @property
    def priority(self) -> int:
        bonus = VERDICT_PRIORITY.get(self.verdict or "", 0)
        return PRIORITY[self.kind] * 10 + bonus


@dataclass
class Mark:
    """One highlight: a span and the annotations drawn on it."""

    start: int
    end: int
    items: list[Annotation] = field(default_factory=list)

    @property
    def priority(self) -> int:
        return max(a.priority for a in self.items)

    def of(self, kind: Kind) -> list[Annotation]:
        return [a for a in self.items if a.kind == kind]

    def contains(self, other: Mark) -> bool:
        return self.start <= other.start and other.end <= self.end

    def crosses(self, other: Mark) -> bool:
        overlap = self.start < other.end and other.start < self.end
        return overlap and not (self.contains(other) or other.contains(self))


def computed_text(f: Finding) -> str:
    """The recomputed figure, to two decimals at most."""
    return "n/a" if f.computed is None else format_number(f.computed)


def allowed_text(f: Finding) -> str:
    """``18.5 … 19.5``, ``3,000 … ∞``, ``= 14``; empty when there is no interval."""
    if f.allowed is None:
        return ""
    lo, hi = f.allowed
    if lo is not None and hi is not None and lo == hi:
        return f"= {format_number(lo)}"
    low = "−∞" if lo is None else format_number(lo)
    high = "∞" if hi is None else format_number(hi)
    return f"{low} … {high}"


def _short_period(period: DateRange) -> str:
    """``2024-01-01..11-07`` for a range within one year, ``2024-11-04..06`` within a month."""
    start, end = period.start.isoformat(), period.end.isoformat()
    if start == end:
        return start
    if start[:7] == end[:7]:
        return f"{start}..{end[8:]}"
    if start[:4] == end[:4]:
        return f"{start}..{end[5:]}"
    return f"{start}..{end}"


def annotations(doc: Document) -> list[Annotation]:
    """Every entity, date, quantity, claim and finding of ``doc`` as an :class:`Annotation`."""
    out: list[Annotation] = []
    for i, e in enumerate(doc.entities):
        out.append(Annotation(e.start, e.end, "entity", i, e.label, f"entity {e.label}: {e.text}"))
    for i, d in enumerate(doc.dates):
        tag = _short_period(d.period) if d.period else humanize_duration(d.value) or d.value or ""
        if tag.casefold() == d.text.casefold():
            tag = ""  # "15 years" needs no "15 years" tag
        title = f"{d.kind}: {date_label(d)} ({d.granularity}; {d.rule})"
        out.append(Annotation(d.start, d.end, "date", i, tag, title))
    for i, q in enumerate(doc.quantities):
        high = getattr(q, "value_max", None)
        if high is None:
            figure = format_figure(q.value, q.unit, step=q.step, text=q.text)
        else:
            figure = format_range(q.value, high, q.unit, step=q.step, text=q.text)
        words = " ".join(w for w in (q.qualifier, q.change, figure) if w)
        title = f"quantity: {words} ({q.rule})"
        out.append(Annotation(q.start, q.end, "quantity", i, "qty", title))
    for i, c in enumerate(doc.claims):
        lines = [f"claim #{i} ({c.kind}): {describe_claim(doc, i)}"]
        if c.concept:
            lines.append(f"concept: {c.concept}")
        if c.base is not None and 0 <= c.base < len(doc.claims):
            lines.append(f"base: {doc.claims[c.base]}")
        if c.subject is not None and 0 <= c.subject < len(doc.claims):
            lines.append(f"subject: {doc.claims[c.subject]}")
        lines.append(f"rule: {c.rule}")
        out.append(Annotation(c.start, c.end, "claim", i, c.kind, "\n".join(lines)))
    for i, f in enumerate(doc.findings):
        symbol = SYMBOLS[f.verdict]
        tag = f"{symbol} computed {computed_text(f)}" if f.verdict == "inconsistent" else symbol
        title = (
            f"{symbol} {f.verdict.upper()} {f.check}: {f.message}\n"
            f"stated {f.stated} · computed {computed_text(f)}"
            + (f" · allowed {allowed_text(f)}" if f.allowed else "")
            + f"\nrule: {f.rule}"
        )
        out.append(Annotation(f.start, f.end, "finding", i, tag, title, f.verdict))
    return out


def layout(items: list[Annotation], limit: int) -> tuple[list[Mark], int]:
    """Group by span, keep a properly nested set by priority (marks ending after ``limit``
    are left out); return the marks in document order and how many annotations were dropped."""
    groups: dict[tuple[int, int], Mark] = {}
    for a in items:
        if 0 <= a.start <= a.end <= limit:
            groups.setdefault((a.start, a.end), Mark(a.start, a.end)).items.append(a)
    ranked = sorted(groups.values(), key=lambda m: (-m.priority, m.start - m.end, m.start))
    accepted: list[Mark] = []
    starts: list[tuple[int, int]] = []  # (start, position in accepted), sorted
    longest = 0
    dropped = 0
    for mark in ranked:
        lo = bisect.bisect_left(starts, (mark.start - longest, -1))
        crossing = None
        for _, pos in starts[lo:]:
            other = accepted[pos]
            if other.start >= mark.end:
                break
            if other.crosses(mark):
                crossing = other
                break
        if crossing is None:
            bisect.insort(starts, (mark.start, len(accepted)))
            accepted.append(mark)
            longest = max(longest, mark.end - mark.start)
        elif findings := mark.of("finding"):
            crossing.items.extend(findings)
            dropped += len(mark.items) - len(findings)
        else:
            dropped += len(mark.items)
    accepted.sort(key=lambda m: (m.start, m.start - m.end))
    return accepted, dropped

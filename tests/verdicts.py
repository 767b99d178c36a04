"""Shared by the test tables: the verdict a check gives on some stated words, the one
quantity with a given surface, and the table → ``pytest.param`` rows."""

from __future__ import annotations

import pytest

import factex

Row = tuple[str, str, str | None]


def verdict_on(
    text: str, check: str, stated: str, published: str, *, prefer_decided: bool = False
) -> str | None:
    """The one verdict of ``check`` on the findings overlapping ``stated`` (None: no finding).
    ``prefer_decided``: an unverifiable finding beside a decided one does not count."""
    doc = factex.extract(text, published=published)
    start = text.index(stated)
    end = start + len(stated)
    hits = [f for f in doc.findings if f.check == check and f.start < end and start < f.end]
    verdicts = {f.verdict for f in hits}
    if prefer_decided:
        verdicts = {v for v in verdicts if v != "unverifiable"} or verdicts
    assert len(verdicts) <= 1, [str(f) for f in hits]
    return verdicts.pop() if verdicts else None


def rows(check: str, table: list[Row], width: int = 40) -> list:
    """One ``pytest.param(check, text, stated, want)`` a table row, named by its text."""
    return [
        pytest.param(check, text, stated, want, id=f"{check}:{want}:{text[:width]}")
        for text, stated, want in table
    ]


def quantity_in(text: str, surface: str, published: str) -> factex.Quantity:
    """The one quantity whose text is ``surface``; its offsets must point at it."""
    doc = factex.extract(text, published=published)
    hits = [q for q in doc.quantities if q.text == surface]
    assert len(hits) == 1, f"expected one {surface!r}, got {[q.text for q in doc.quantities]}"
    q = hits[0]
    assert text[q.start : q.end] == q.text
    return q

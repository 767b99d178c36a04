"""'Widened' and 'narrowed' are direction words: a margin, a gap, a deficit or a loss grows
or shrinks with them (never 'improved', whose direction depends on the measure)."""

from __future__ import annotations

import pytest

from verdicts import rows, verdict_on

PUBLISHED = "2025-10-23"

CHANGES = [
    (
        "The trade deficit narrowed 38 pct to 2.1 billion dlrs from 3.4 billion.",
        "38 pct",
        "consistent",
    ),
    (
        "The trade deficit narrowed 28 pct to 2.1 billion dlrs from 3.4 billion.",
        "28 pct",
        "inconsistent",
    ),
    ("Losses widened 20 pct to 1.2 mln dlrs from 1.0 mln.", "20 pct", "consistent"),
    ("Losses widened 2 pct to 1.2 mln dlrs from 1.0 mln.", "2 pct", "inconsistent"),
]
POINTS = [
    (
        "The operating margin widened 2.3 percentage points to 28.4% from 26.1%.",
        "2.3 percentage points",
        "consistent",
    ),
    (
        "The operating margin widened 2.8 percentage points to 28.4% from 26.1%.",
        "2.8 percentage points",
        "inconsistent",
    ),
]
DIRECTION = [
    ("The operating margin widened to 28.4% from 26.1%.", "widened", "consistent"),
    ("The operating margin narrowed to 28.4% from 26.1%.", "narrowed", "inconsistent"),
]


@pytest.mark.parametrize(
    ("check", "text", "stated", "want"),
    rows("percent_change", CHANGES)
    + rows("percentage_points", POINTS)
    + rows("direction", DIRECTION),
)
def test_widened_and_narrowed(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED) == want

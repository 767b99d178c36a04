"""Appositive changes over initialisms ("66.4 U.S. cts a lb") and between two durations
("47 minutes, compared with 38 minutes")."""

from __future__ import annotations

import pytest
from verdicts import rows, verdict_on

PUBLISHED = "2025-02-19"

CHANGES = [
    (
        "Its copper price averaged 66.4 U.S. cts a lb, against 64.1 cts a year earlier, a rise of 3.6 pct.",
        "3.6 pct",
        "consistent",
    ),
    (
        "Its copper price averaged 66.4 U.S. cts a lb, against 64.1 cts a year earlier, a rise of 2.3 pct.",
        "2.3 pct",
        "inconsistent",
    ),
    (
        "Exports to the U.S. were 2.31 billion dlrs, compared with 2.07 billion a year earlier, a rise of 11.6 pct.",
        "11.6 pct",
        "consistent",
    ),
    (
        "The average response time was 47 minutes, compared with 38 minutes a year before, a rise of 24%.",
        "24%",
        "consistent",
    ),
    (
        "The average response time was 47 minutes, compared with 38 minutes a year before, a rise of 19%.",
        "19%",
        "inconsistent",
    ),
    # durations of different units, or a duration that is the period: not a pair
    ("The wait was 47 minutes, compared with 38 hours a year before, a rise of 24%.", "24%", None),
]


@pytest.mark.parametrize(("check", "text", "stated", "want"), rows("percent_change", CHANGES))
def test_appositive_change_forms(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED) == want

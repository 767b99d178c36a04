"""Appositive changes over initialisms ("66.4 U.S. cts a lb") and between two durations
("47 minutes, compared with 38 minutes")."""

from __future__ import annotations

import pytest

from verdicts import rows, verdict_on

PUBLISHED = "2025-02-19"

CHANGES = [
    (
        "Its copper price averaged 66.4 U.S. cts a lb, against 64.1 cts a year earlier, a rise "
        "of 3.6 pct.",
        "3.6 pct",
        "consistent",
    ),
    (
        "Its copper price averaged 66.4 U.S. cts a lb, against 64.1 cts a year earlier, a rise "
        "of 2.3 pct.",
        "2.3 pct",
        "inconsistent",
    ),
    (
        "Exports to the U.S. were 2.31 billion dlrs, compared with 2.07 billion a year earlier, "
        "a rise of 11.6 pct.",
        "11.6 pct",
        "consistent",
    ),
    (
        "The average response time was 47 minutes, compared with 38 minutes a year before, a "
        "rise of 24%.",
        "24%",
        "consistent",
    ),
    (
        "The average response time was 47 minutes, compared with 38 minutes a year before, a "
        "rise of 19%.",
        "19%",
        "inconsistent",
    ),
    # durations of different units, or a duration that is the period: not a pair
    ("The wait was 47 minutes, compared with 38 hours a year before, a rise of 24%.", "24%", None),
]


@pytest.mark.parametrize(("check", "text", "stated", "want"), rows("percent_change", CHANGES))
def test_appositive_change_forms(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED) == want


LABELS = [
    # a number after a label word is a name, not a competing figure
    (
        "The average response time for category 2 calls was 47 minutes, compared with 38 "
        "minutes a year before, a rise of 19%.",
        "19%",
        "inconsistent",
    ),
    (
        "Last summer 62.4% of pupils achieved a grade 4 or above, up from 59.8% a year "
        "earlier, a rise of 2.6 points.",
        "2.6",
        "consistent",
    ),
    (
        "Last summer 62.4% of pupils achieved a grade 4 or above, up from 59.8% a year "
        "earlier, a rise of 3.6 points.",
        "3.6",
        "inconsistent",
    ),
]


@pytest.mark.parametrize(
    ("check", "text", "stated", "want"),
    rows("percent_change", LABELS[:1]) + rows("percentage_points", LABELS[1:]),
)
def test_label_numbers_are_not_figures(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED) == want

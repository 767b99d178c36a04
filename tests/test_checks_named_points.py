"""A named share's change in points against the share given for that name earlier
(checks/named_points.py)."""

from __future__ import annotations

import pytest

from verdicts import rows, verdict_on

PUBLISHED = "2025-11-09"
RESULT = (
    "Independent candidate Ann Roe took 8,204 votes, a share of 41.6%, ahead of the Liberal "
    "Democrats' Sam Hill on 6,010 (30.5%). "
)
TWO_SHARES = "The Liberal Democrats won 30.5% in the town and 27.1% across the county. "

POINTS = [
    (
        RESULT + "The Liberal Democrat share fell 6.2 points from the 36.7% it won in 2021.",
        "6.2",
        "consistent",
    ),
    (
        RESULT + "The Liberal Democrat share fell 8.2 points from the 36.7% it won in 2021.",
        "8.2",
        "inconsistent",
    ),
    (
        RESULT + "Independents were up 19.5 points on their 22.1% of four years ago.",
        "19.5",
        "consistent",
    ),
    (
        RESULT + "Independents were up 21.5 points on their 22.1% of four years ago.",
        "21.5",
        "inconsistent",
    ),
    # two earlier shares for the name, or none: nothing said
    (TWO_SHARES + "Democrats were down 6.2 points from the 36.7% of 2021.", "6.2", None),
    (RESULT + "Reform were up 9.1 points on their 4.4% of 2021.", "9.1", None),
]


@pytest.mark.parametrize(("check", "text", "stated", "want"), rows("percentage_points", POINTS))
def test_named_share_points(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED) == want

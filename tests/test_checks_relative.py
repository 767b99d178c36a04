"""Relative differences between two figures side by side (checks/relative.py)."""

from __future__ import annotations

import pytest

from factex.checks.relative import qualified_percent
from verdicts import rows, verdict_on

PUBLISHED = "2025-06-10"

RELATIVE = [
    # "N% more/higher/cheaper than B", A the figure before
    (
        "Rents in Leeds average £1,120 a month, about 25% more than the regional average of £896.",
        "about 25%",
        "consistent",
    ),
    (
        "Rents in Leeds average £1,120 a month, about 52% more than the regional average of £896.",
        "about 52%",
        "inconsistent",
    ),
    ("The new ticket costs £3.40, 15% cheaper than the old fare of £4.00.", "15%", "consistent"),
    ("The new ticket costs £3.40, 25% cheaper than the old fare of £4.00.", "25%", "inconsistent"),
    (
        "The stadium holds 42,000, nearly 40% more than the 30,500 at the old ground.",
        "nearly 40%",
        "consistent",
    ),
    (
        "The stadium holds 42,000, nearly 30% more than the 30,500 at the old ground.",
        "nearly 30%",
        "inconsistent",
    ),
    # a fraction word as the difference
    (
        "The club averaged 5,475, almost a third more than last season's average of 4,140.",
        "almost a third",
        "consistent",
    ),
    (
        "The club averaged 5,475, almost a third more than last season's average of 3,140.",
        "almost a third",
        "inconsistent",
    ),
    (
        "Output reached 1,250 tonnes, a quarter more than the 1,000 tonnes of 2023.",
        "a quarter",
        "consistent",
    ),
    # without "than": two figures set against each other; either may be the base
    (
        "Pay for men is £18.90 an hour, against £17.25 for women, so women earn 8.7% less.",
        "8.7%",
        "consistent",
    ),
    (
        "Pay for men is £18.90 an hour, against £17.25 for women, so women earn 12% less.",
        "12%",
        "inconsistent",
    ),
    ("Men earn £18.90 an hour compared with £17.25 for women, 9.6% more.", "9.6%", "consistent"),
    # nothing to compare, or not one quantity: no finding
    (
        "Rents in London average £2,252 a month, about 68% more than in the UK as a whole.",
        "about 68%",
        None,
    ),
    ("The firm employs 3,000 people, 20% more than in 2020.", "20%", None),
    ("Of 2,000 applicants, 1,500 were accepted, 20% more.", "20%", None),
    ("The 300 staff were paid 20% more than the £500 minimum.", "20%", None),
    (
        "Exports fell to 2.1 mln tonnes in March and imports were 15 pct higher than February's "
        "1.2 mln tonnes.",
        "15 pct",
        None,
    ),
    ("Unemployment was 5.2%, 30% higher than the 4% of 2019.", "30%", None),
]


@pytest.mark.parametrize(("check", "text", "stated", "want"), rows("percent_change", RELATIVE))
def test_relative_difference(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED) == want


@pytest.mark.parametrize(
    ("value", "qualifier", "inside", "outside"),
    [
        (30, "almost", 28.5, 31),
        (80, "more than", 95, 78),
        (45, "about", 44.69, 40),
    ],
)
def test_qualified_percent_bounds(value, qualifier, inside, outside):
    iv = qualified_percent(value, 1, qualifier)
    assert iv is not None
    assert iv.lo <= inside <= iv.hi
    assert not (iv.lo <= outside <= iv.hi)

"""Conversions with unit words ("degrees Fahrenheit", "square miles") and restated after
", or" ("48,600 acres (19,670 hectares), or about 76 square miles")."""

from __future__ import annotations

import pytest

from verdicts import rows, verdict_on

PUBLISHED = "2025-08-06"

CONVERSIONS = [
    ("Temperatures topped 108 degrees Fahrenheit (42 Celsius) on Tuesday.", "42", "consistent"),
    ("Temperatures topped 108 degrees Fahrenheit (44 Celsius) on Tuesday.", "44", "inconsistent"),
    ("It fell to 5 degrees Celsius (41 degrees Fahrenheit) overnight.", "41", "consistent"),
    ("It fell to 5 degrees Celsius (45 degrees Fahrenheit) overnight.", "45", "inconsistent"),
    ("The lake covers 76 square miles (197 square kilometres).", "197", "consistent"),
    ("The lake covers 76 square miles (179 square kilometres).", "179", "inconsistent"),
    (
        "The fire grew to 48,600 acres (19,670 hectares), or about 76 square miles.",
        "76",
        "consistent",
    ),
    (
        "The fire grew to 48,600 acres (19,670 hectares), or about 96 square miles.",
        "96",
        "inconsistent",
    ),
    ("The route is 12 miles, or 19 kilometres, long.", "19", "consistent"),
    ("The route is 12 miles, or 29 kilometres, long.", "29", "inconsistent"),
    # a choice, another sum, no unit: no finding
    ("Walkers can choose 5 miles or 20 km.", "20", None),
    ("Tickets cost 20 pounds, or 25 euros at the door.", "25", None),
]


@pytest.mark.parametrize(("check", "text", "stated", "want"), rows("conversion", CONVERSIONS))
def test_unit_words_and_or_restatements(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED) == want

"""'had … for N years, since/after … YEAR' counts to a past time: any count from the
earliest time the story dates after YEAR to now passes; fewer is an error."""

from __future__ import annotations

import pytest

from verdicts import rows, verdict_on

PUBLISHED = "2025-02-19"
DIED = "Rebecca Owens died on Sunday 15 September 2024. "
CRASH = "The crash was on Saturday 16 June 2024. "

YEARS = [
    (
        DIED + "Mrs Owens had worked as a nurse for 14 years, after qualifying in 2010.",
        "14",
        "consistent",
    ),
    (
        DIED + "Mrs Owens had worked as a nurse for 12 years, after qualifying in 2010.",
        "12",
        "inconsistent",
    ),
    (
        CRASH + "Mr Nash had been a member of the club for 35 years, since joining in 1989.",
        "35",
        "consistent",
    ),
    (
        CRASH + "Mr Nash had been a member of the club for 38 years, since joining in 1989.",
        "38",
        "inconsistent",
    ),
    ("She has worked as a nurse for 15 years, after qualifying in 2010.", "15", "consistent"),
    ("She has worked as a nurse for 12 years, after qualifying in 2010.", "12", "inconsistent"),
    # the past time is earlier than now and the story dates it: no alarm
    ("He died in 1980. He had lived there for 20 years, since moving in 1960.", "20", None),
]


@pytest.mark.parametrize(("check", "text", "stated", "want"), rows("years_since", YEARS))
def test_years_since_counted_to_a_past_time(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED) == want

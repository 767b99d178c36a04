"""An indefinite duration ("a 14-day period", "A six-week consultation") is checked against
a date range only when the two are written together: apposed, or the duration runs over it."""

from __future__ import annotations

import pytest

from verdicts import rows, verdict_on

PUBLISHED = "2025-08-20"

SPANS = [
    (
        "Officials counted 1,180 deaths between 28 July and 10 August, a 14-day period.",
        "14-day period",
        "consistent",
    ),
    (
        "Officials counted 1,180 deaths between 28 July and 10 August, a 15-day period.",
        "15-day period",
        "inconsistent",
    ),
    ("A six-week consultation runs from 10 March to 20 April.", "six-week", "consistent"),
    ("A five-week consultation runs from 10 March to 20 April.", "five-week", "inconsistent"),
    (
        "A four-week public consultation on the plan will run from Monday 10 February to 9 March.",
        "four-week",
        "consistent",
    ),
    (
        "A three-week public consultation on the plan will run from Monday 10 February to 9 March.",
        "three-week",
        "inconsistent",
    ),
    (
        "The trial, held over a 10-day period between 3 June and 12 June, found no effect.",
        "10-day period",
        "consistent",
    ),
    # not written together: no link, no finding
    (
        "Prisoners have a 14-day period to appeal, the rules introduced between 28 July and 3 "
        "August say.",
        "14-day period",
        None,
    ),
    ("The festival, a three-day event, ran from 1 August to 5 August.", "three-day", None),
    ("A 10-day course is planned; lessons run from 3 June to 20 June.", "10-day", None),
]


@pytest.mark.parametrize(("check", "text", "stated", "want"), rows("date_span", SPANS))
def test_indefinite_duration_over_a_range(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED) == want

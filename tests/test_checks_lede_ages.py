"""An unnamed age at the top of a story against the birth date of the person named next
(checks/lede_ages.py)."""

from __future__ import annotations

import pytest

from verdicts import rows, verdict_on

PUBLISHED = "2025-05-14"

LEDE = (
    "A {age}-year-old care worker stole more than £20,000 from an elderly woman she looked "
    "after, a court has heard.\n"
    "Joanne Pryce, of Telford, admitted theft at Shrewsbury Crown Court on Tuesday 13 May.\n"
    "Pryce, who was born on 21 August {year}, took the money between March and October 2024."
)
INQUEST = (
    "A {age}-year-old cyclist died after being hit by a van on a rural road, an inquest heard.\n"
    "Tom Healey, who was born on 2 June 1990, was riding home on Saturday 14 September 2024."
)
OTHER = (
    "A {age}-year-old man has been charged after a pedestrian died in a crash.\n"
    "Margaret Bell, who was born on 2 June 1951, was hit on Saturday 14 September 2024."
)
TWO = (
    "A {age}-year-old driver was jailed.\n"
    "Tom Healey, of Leeds, admitted the charge on Tuesday 13 May.\n"
    "Healey, who was born on 2 June 1990, knew the victim, Alan Healey, born on 1 July 1960."
)

AGES = [
    (LEDE.format(age=33, year=1991), "33-year-old", "consistent"),
    (LEDE.format(age=34, year=1991), "34-year-old", "inconsistent"),
    (LEDE.format(age=32, year=1991), "32-year-old", "inconsistent"),
    # the age at the events (September 2024: 34) or now (May 2025: 34), not 35
    (INQUEST.format(age=34), "34-year-old", "consistent"),
    (INQUEST.format(age=35), "35-year-old", "inconsistent"),
    # far off: more likely someone else than a slip; nothing said
    (LEDE.format(age=45, year=1991), "45-year-old", None),
    (OTHER.format(age=36), "36-year-old", None),
    # two birth dates said of one surname: which is meant is not known
    (TWO.format(age=35), "35-year-old", None),
]


@pytest.mark.parametrize(("check", "text", "stated", "want"), rows("age", AGES, width=60))
def test_lede_age_against_birth_date(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED) == want

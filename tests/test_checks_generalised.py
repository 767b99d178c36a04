"""Session 2, task F1: share and average forms that generalise the phrase patterns.

Each row is text → the verdict on the stated words (``None``: no finding, the verifier must
not guess). Rows are written for these rules, never copied from a benchmark article.
"""

from __future__ import annotations

import pytest

from verdicts import verdict_on

PUBLISHED = "2025-01-01"


def _verdict(text: str, check: str, stated: str, published: str = PUBLISHED) -> str | None:
    return verdict_on(text, check, stated, published)


SHARES = [
    # the part set off before the share, the whole stated after it (checks.shares.nearest_part)
    (
        "Clinics saw 2,040 patients a week, roughly one in six of the 12,300 patients.",
        "one in six",
        "consistent",
    ),
    (
        "Clinics saw 2,040 patients a week, roughly one in four of the 12,300 patients.",
        "one in four",
        "inconsistent",
    ),
    (
        "The reservoir took 61mm of rain in two days, more than half the 110mm forecast.",
        "half",
        "consistent",
    ),
    (
        "The reservoir took 41mm (1.6in) of rain in two days, more than half the 110mm forecast.",
        "half",
        "inconsistent",
    ),
    # a figure of another noun: the nearest figure may not be the part
    (
        "The firm sold 420 vans from its northern plants in a month, about one in three of the "
        "3,000 cars it sold.",
        "one in three",
        "unverifiable",
    ),
    (
        "The firm sold 1,000 vans from its northern plants in a month, about one in three of "
        "the 3,000 cars it sold.",
        "one in three",
        "consistent",
    ),
    # part and whole count different nouns: a mismatch says the link is wrong
    (
        "The firm sold vans from its two plants, about one in three of the 3,000 cars it sold.",
        "one in three",
        "unverifiable",
    ),
    # no figure of the whole's kind before the share: nothing to check
    ("It rained for two days, more than half the 110mm forecast.", "half", None),
    # "half the" without "of"; only "half" drops it
    ("Bookings reached 640 seats, more than half the 1,100 seats on sale.", "half", "consistent"),
    ("Bookings reached 440 seats, more than half the 1,100 seats on sale.", "half", "inconsistent"),
    (
        "Exports were 900 mln dlrs. Sales to Asia were 520 mln dlrs, more than half the total.",
        "half",
        "consistent",
    ),
    # "the total" names the figure introduced as "a total of", among others
    (
        "A total of 8,400 runners started in May, when 7,900 entrants had registered. Of "
        "those, 5,100 finished, more than two-thirds of the total.",
        "two-thirds",
        "inconsistent",
    ),
    (
        "A total of 8,400 runners started in May, when 7,900 entrants had registered. Of "
        "those, 6,100 finished, more than two-thirds of the total.",
        "two-thirds",
        "consistent",
    ),
    # no figure stated as a total ("some 8,400" is an estimate): a mismatch with the one
    # candidate left may be a wrong link
    (
        "Some 8,400 runners started in May, when 7,900 entrants had registered. Of "
        "those, 5,100 finished, more than two-thirds of the total.",
        "two-thirds",
        "unverifiable",
    ),
    # "That was N% of ...": the one value of the whole's kind in the sentence before
    (
        "Rent rose 4% to £3.3 million from £3.17 million. "
        "That was 22% of total spending of £15 million.",
        "22%",
        "consistent",
    ),
    (
        "Rent rose 4% to £3.3 million from £3.17 million. "
        "That was 32% of total spending of £15 million.",
        "32%",
        "inconsistent",
    ),
    (
        "Rent cost £3.3 million and wages £6.1 million. "
        "That was 32% of total spending of £15 million.",
        "32%",
        None,
    ),
    # "of them": the figure before, with none between
    (
        "About 1,800 flights were cancelled, a third of them (610) at Gatwick.",
        "a third",
        "consistent",
    ),
    (
        "About 1,800 flights were cancelled, a third of them (810) at Gatwick.",
        "a third",
        "inconsistent",
    ),
    ("Flights were cancelled, a third of them (810) at Gatwick.", "a third", None),
    # ", or N%" closing "Of the N, k ..."
    ("Of the 240 branches, 180 made a profit last year, or 75%.", "75%", "consistent"),
    ("Of the 240 branches, 180 made a profit last year, or 70%.", "70%", "inconsistent"),
]

AVERAGES = [
    # ", averaging N" with an implicit noun: two counts before it, the larger the total
    ("The tour sold 48,600 tickets for its six concerts, averaging 8,100.", "8,100", "consistent"),
    (
        "The tour sold 48,600 tickets for its six concerts, averaging 7,300.",
        "7,300",
        "inconsistent",
    ),
    ("The tour sold 48,600 tickets, averaging 8,100.", "8,100", None),
    # a daily average of a total dated by the month or year right after it: that period's days
    (
        "Refiners ran 9.3 mln barrels in April 2024, averaging 310,000 barrels a day.",
        "310,000",
        "consistent",
    ),
    (
        "Refiners ran 9.3 mln barrels in April 2024, averaging 290,000 barrels a day.",
        "290,000",
        "inconsistent",
    ),
    (
        "Mines shipped 4.4 mln tonnes in 2023, averaging 12,050 tonnes a day.",
        "12,050",
        "consistent",
    ),
    # two totals of the measure before the mean: nothing said
    (
        "Refiners ran 9.3 mln barrels in April 2024 and 9.9 mln in May, averaging 300,000 "
        "barrels a day.",
        "300,000",
        None,
    ),
]

AGES = [
    # an age in a sentence about a death is the age on the day of the death (published 2025-01-01)
    (
        "The fire broke out on 3 March 2019. Ms Quill, 71, who was born on 9 October 1947, "
        "died in hospital.",
        "71",
        "consistent",
    ),
    (
        "The fire broke out on 3 March 2019. Ms Quill, 74, who was born on 9 October 1947, "
        "died in hospital.",
        "74",
        "inconsistent",
    ),
    # the age now, not then: maybe the writer's choice, not an error
    (
        "The fire broke out on 3 March 2019. Ms Quill, 77, who was born on 9 October 1947, "
        "died in hospital.",
        "77",
        "unverifiable",
    ),
    # two days it may be: no finding
    (
        "The fire broke out on 3 March 2019 and she was found on 5 April 2019. Ms Quill, 74, "
        "who was born on 9 October 1947, died in hospital.",
        "74",
        None,
    ),
]

YEARS_SINCE = [
    # "had been ... for N years, since YEAR": up to a past time, never longer than up to now
    ("She had run the shop for 41 years, since buying it in 1988.", "41", "inconsistent"),
    ("She had run the shop for 36 years, since buying it in 1988.", "36", "consistent"),
    ("She had run the shop for 30 years, since buying it in 1988.", "30", None),
]

TOTALS = [
    # named items with bracketed counts, then their total by the same noun (a date may sit
    # in the gap)
    (
        "Depots at Ashby (40 buses), Coleford (25) and Dunmore (31) will shut by March 2027, "
        "and their 96 buses will move to Leyton.",
        "96 buses",
        "consistent",
    ),
    (
        "Depots at Ashby (40 buses), Coleford (25) and Dunmore (31) will shut by March 2027, "
        "and their 69 buses will move to Leyton.",
        "69 buses",
        "inconsistent",
    ),
    # the total counts another noun: nothing said
    (
        "Depots at Ashby (40 buses), Coleford (25) and Dunmore (31) will shut, and their 69 "
        "drivers will move to Leyton.",
        "69 drivers",
        None,
    ),
]


@pytest.mark.parametrize(
    ("check", "text", "stated", "want"),
    [
        *[pytest.param("share", t, s, w, id=f"share:{w}:{t[:40]}") for t, s, w in SHARES],
        *[pytest.param("average", t, s, w, id=f"average:{w}:{t[:40]}") for t, s, w in AVERAGES],
        *[pytest.param("age", t, s, w, id=f"age:{w}:{t[:40]}") for t, s, w in AGES],
        *[pytest.param("total", t, s, w, id=f"total:{w}:{t[:40]}") for t, s, w in TOTALS],
        *[
            pytest.param("years_since", t, s, w, id=f"since:{w}:{t[:40]}")
            for t, s, w in YEARS_SINCE
        ],
    ],
)
def test_generalised(check: str, text: str, stated: str, want: str | None) -> None:
    assert _verdict(text, check, stated) == want

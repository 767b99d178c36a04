"""False-alarm classes read in the judged Reuters-21578 runs, each with its real-error twin.

Every row is our own paraphrase of a pattern (never a story from the corpus): the words that
made the verifier compare two different things, next to the same words with a real error
that must stay flagged. ``None``: no finding of that check on the stated words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factex.checks.multiples import ALMOST, multiple_interval
from factex.checks.spans import is_last_dekad, sundays
from verdicts import verdict_on

PUBLISHED = "1987-04-10"


def _verdict(text: str, check: str, stated: str, published: str = PUBLISHED) -> str | None:
    return verdict_on(text, check, stated, published)


# Headline/lede against the body's "a total of": the same noun counted for another period,
# as a plan rather than a fact, or for another subject, is another quantity.
RESTATEMENTS = [
    (
        "The dealer said it sold 6,120 cars in March, a record month. "
        "It has sold a total of 11,400 cars so far this year, the dealer said.",
        "6,120",
        None,
    ),
    (
        "The dealer said it sold 6,120 cars in March, a record month. "
        "It sold a total of 6,420 cars in March, the dealer said.",
        "6,120",
        "inconsistent",
    ),
    (
        "The company said it sold 30 units to investors. "
        "The sale was part of its plan to place a total of 36 units.",
        "30",
        None,
    ),
    (
        "The company said it sold 30 units to investors. "
        "The company said it placed a total of 36 units.",
        "30",
        "inconsistent",
    ),
    (
        "France and Italy agreed to run 14 trains a day through the tunnel. "
        "The officials said France will run a total of 12 trains a day.",
        "14",
        None,
    ),
    (
        "France and Italy agreed to run 14 trains a day through the tunnel. "
        "The officials said France and Italy will run a total of 12 trains a day.",
        "14",
        "inconsistent",
    ),
    (  # a headline may cut a figure: 1,269 stated as 1,200 passes by truncation
        "TROOPS KILLED 1,200 REBELS IN BATTLE\nThe army said troops killed 1,269 rebel "
        "fighters in the battle.",
        "1,200",
        "consistent",
    ),
    (  # but not a figure off by more than its last stated place
        "TROOPS KILLED 1,400 REBELS IN BATTLE\nThe army said troops killed 1,269 rebel "
        "fighters in the battle.",
        "1,400",
        "inconsistent",
    ),
    (  # a headline run into the lede: "FRANCE, ITALY AGREE" parses as two subjects
        "FRANCE, ITALY AGREE ON TUNNEL TRAINS\nFrance and Italy agreed to run 14 trains a "
        "day from June 1. Officials said France will run a total of 12 trains a day from June 1.",
        "14",
        None,
    ),
]

# A bound against an exact count of the same noun and day: far apart in size, two groups
# (found out of sample, on TempEval-3 news).
COMPARATORS = [
    (
        "More than 200 people died when the dam burst on Friday. "
        "Nine people were also killed on Friday in a landslide upriver.",
        "200",
        None,
    ),
    (
        "More than 200 people died when the dam burst on Friday. "
        "Officials said 188 people were killed on Friday.",
        "200",
        "inconsistent",
    ),
]

# Parts and totals: a recipe per unit is no list of parts.
TOTALS = [
    (
        "It completed an offering of 650,000 units, each made up of one share and one warrant.",
        "650,000",
        None,
    ),
    (
        "It sold 650,000 units, consisting of one share and two warrants per unit.",
        "650,000",
        None,
    ),
    (
        "It sold 650,000 units, consisting of two shares and one warrant each.",
        "650,000",
        None,
    ),
    (
        "The group sold 650,000 units, consisting of 400,000 to funds and 240,000 to banks.",
        "650,000",
        "inconsistent",
    ),
]

# Percent change: the base is the figure the words attach the change to.
CHANGES = [
    # "compared to" opens a second comparison: the year-ago figure is not the base.
    (
        "Steel output was put at 42,000 tons, down 6.7 pct from 45,000 tons a week earlier "
        "and compared to 30,000 tons in the year-ago week.",
        "6.7 pct",
        "consistent",
    ),
    (
        "Steel output was put at 42,000 tons, down 9.7 pct from 45,000 tons a week earlier "
        "and compared to 30,000 tons in the year-ago week.",
        "9.7 pct",
        "inconsistent",
    ),
    # Year-on-year changes; a figure for the month before is no base for them.
    (
        "Truck exports fell 4.1 pct in June from a year earlier to 212,400. "
        "Bus exports rose 18.2 pct to 12,100, compared with 11,500 in May.",
        "18.2 pct",
        "unverifiable",
    ),
    (
        "Truck exports fell 4.1 pct in June to 212,400. "
        "Bus exports rose 18.2 pct to 12,100, compared with 11,500 in May.",
        "18.2 pct",
        "inconsistent",
    ),
    (
        "Truck exports fell 4.1 pct in June from a year earlier to 212,400. "
        "Bus exports rose 18.2 pct to 12,100, compared with 10,240 a year earlier.",
        "18.2 pct",
        "consistent",
    ),
    (
        "Truck exports fell 4.1 pct in June from a year earlier to 212,400. "
        "Bus exports rose 28.2 pct to 12,100, compared with 10,240 a year earlier.",
        "28.2 pct",
        "inconsistent",
    ),
    # A change word against the direction of the pair before it is another change (found
    # in the run-3 preview, from the appositive check).
    (
        "Non-oil exports were 210.5 mln dlrs, compared with 160.2 mln dlrs for oil, "
        "a fall of 35 pct from last year.",
        "35 pct",
        None,
    ),
    (
        "Non-oil exports were 210.5 mln dlrs, compared with 160.2 mln dlrs a year earlier, "
        "a rise of 21 pct.",
        "21 pct",
        "inconsistent",
    ),
]

# Averages: an average set beside another figure compares two rates.
AVERAGES = [
    (
        "Credit grew by 3.4 billion dlrs in May, compared with an average of 2.8 billion dlrs "
        "a month over the previous five months.",
        "2.8 billion",
        None,
    ),
    (
        "Credit grew by 14.5 billion dlrs over five months, an average of 3.8 billion dlrs "
        "a month.",
        "3.8 billion",
        "inconsistent",
    ),
]

# Multiples: "almost" stops short of the factor by up to 15%; a numeral after a noun names.
MULTIPLES = [
    (
        "Turnover jumped to 450 mln shares, almost doubling the old record of 255 mln.",
        "almost doubling",
        "consistent",
    ),
    (
        "Turnover jumped to 450 mln shares, almost doubling the old record of 300 mln.",
        "almost doubling",
        "inconsistent",
    ),
    (
        "Turnover jumped to 450 mln shares, almost doubling the old record of 222 mln.",
        "almost doubling",
        "inconsistent",
    ),
    (
        "The new printer handles up to 40 pages a minute, double the speed of the model "
        "eight it replaces.",
        "double",
        None,
    ),
    (
        "The new printer handles 40 pages a minute, double the 25 pages of the model it replaces.",
        "double",
        "inconsistent",
    ),
]

# Date spans: the last third of a month is a "ten-day period"; a count without Sundays is
# selling days, which the copy does not name (unverifiable, not wrong).
SPANS = [
    ("For the ten-day April 21-30 period, dealers sold 61,200 cars.", "ten-day", "consistent"),
    ("For the ten-day May 21-31 period, dealers sold 61,200 cars.", "ten-day", "consistent"),
    ("For the ten-day May 19-31 period, dealers sold 61,200 cars.", "ten-day", "inconsistent"),
    (
        "Dealers sold 61,200 cars in the eight days from April 1 through April 9.",
        "eight days",
        "unverifiable",
    ),
    (
        "Dealers sold 61,200 cars in the eight days from April 6 through April 11.",
        "eight days",
        "inconsistent",
    ),
]


@pytest.mark.parametrize(
    ("check", "text", "stated", "want"),
    [
        pytest.param(check, text, stated, want, id=f"{check}:{want}:{text[:50]}")
        for check, table in (
            ("restatement", RESTATEMENTS),
            ("comparator", COMPARATORS),
            ("total", TOTALS),
            ("percent_change", CHANGES),
            ("average", AVERAGES),
            ("multiple", MULTIPLES),
            ("date_span", SPANS),
        )
        for text, stated, want in table
    ],
)
def test_reuters_false_alarm_classes(nlp, check, text, stated, want):
    assert _verdict(text, check, stated) == want


def test_almost_stops_short_of_the_factor():
    allowed = multiple_interval("doubled", "nearly")
    assert allowed is not None
    assert allowed.lo == pytest.approx(2 * ALMOST) and allowed.hi == 2 and allowed.hi_open
    halved = multiple_interval("halved", "almost")
    assert halved is not None and halved.lo == 0.5 and halved.hi == pytest.approx(0.5 / ALMOST)


@pytest.mark.parametrize(
    ("start", "end", "want"),
    [
        (dt.date(1987, 2, 21), dt.date(1987, 2, 28), True),
        (dt.date(1988, 2, 21), dt.date(1988, 2, 29), True),
        (dt.date(1987, 4, 21), dt.date(1987, 4, 30), True),
        (dt.date(1987, 4, 21), dt.date(1987, 4, 29), False),
        (dt.date(1987, 4, 11), dt.date(1987, 4, 20), False),
        (dt.date(1987, 3, 21), dt.date(1987, 4, 30), False),
    ],
)
def test_last_dekad(start, end, want):
    assert is_last_dekad(start, end) is want


@pytest.mark.parametrize(
    ("start", "end", "want"),
    [
        (dt.date(1987, 4, 5), dt.date(1987, 4, 5), 1),  # a Sunday
        (dt.date(1987, 4, 6), dt.date(1987, 4, 11), 0),  # Monday to Saturday
        (dt.date(1987, 4, 1), dt.date(1987, 4, 30), 4),
        (dt.date(1987, 3, 1), dt.date(1987, 3, 31), 5),
    ],
)
def test_sundays(start, end, want):
    assert sundays(start, end) == want

"""Changes stated after their pair, changes that point back at the previous sentence, figures
that may sit inside a gap, and approximate inputs (checks/appositive.py, checks/figures.py).

Each row: text → the verdict of ``check`` on the stated words; ``None`` means no finding (the
link is missing or ambiguous, and the verifier must not guess).
"""

from __future__ import annotations

import importlib

import pytest

import factex
from factex.checks.figures import Scan
from verdicts import Row, rows, verdict_on

PUBLISHED = "2025-06-30"


def _verdict(text: str, check: str, stated: str, published: str = PUBLISHED) -> str | None:
    return verdict_on(text, check, stated, published)


def _rows(check: str, table: list[Row]) -> list:
    return rows(check, table, 50)


# The pair first, the change last: "NEW, against OLD [when], a fall of X%".
PAIR_THEN_CHANGE = [
    (
        "Ticket sales were 480,000, against 400,000 a year earlier, a rise of 20%.",
        "20%",
        "consistent",
    ),
    (
        "Ticket sales were 480,000, against 400,000 a year earlier, a rise of 16.7%.",
        "16.7%",
        "inconsistent",
    ),
    (
        "Ticket sales were 480,000, against 400,000 a year earlier, a rise of 25%.",
        "25%",
        "inconsistent",
    ),
    (
        "The fund held 62.5 mln dlrs, compared with 50 mln dlrs last year, an increase of 25 pct.",
        "25 pct",
        "consistent",
    ),
    (
        "Imports were 300 mln dlrs, against 400 mln dlrs a year ago, a decline of 25 pct.",
        "25 pct",
        "consistent",
    ),
    (
        "Imports were 300 mln dlrs, against 400 mln dlrs a year ago, a decline of 33.3 pct.",
        "33.3 pct",
        "inconsistent",
    ),
    (
        "The clinic saw 90 patients on Monday, up from 60 on Sunday, a rise of 50%.",
        "50%",
        "consistent",
    ),
    (
        "The clinic saw 90 patients on Monday, up from 60 on Sunday, a rise of 33%.",
        "33%",
        "inconsistent",
    ),
    ("Bookings climbed to 1,260 from 1,050 in the spring, a 20% increase.", "20%", "consistent"),
    ("Bookings climbed to 1,260 from 1,050 in the spring, a 12% increase.", "12%", "inconsistent"),
    ("Visits went from 800 to 1,000 over the summer, a rise of 25%.", "25%", "consistent"),
    # a unit written once belongs to both figures of a from/to frame
    ("Landings rose from 1,200 to 1,500 tonnes, an increase of 25%.", "25%", "consistent"),
    ("Landings rose from 1,200 to 1,500 tonnes, an increase of 20%.", "20%", "inconsistent"),
    # the ratio stated as the increase: 3,000 / 1,200 = 2.5 times, a rise of 150%
    (
        "There were 3,000 claims in May, compared with 1,200 in April, an increase of 250%.",
        "250%",
        "inconsistent",
    ),
    (
        "There were 3,000 claims in May, compared with 1,200 in April, an increase of 150%.",
        "150%",
        "consistent",
    ),
    # an approximate change is rounded to its last digit
    (
        "Sales were 1,090 units, against 1,000 a year earlier, a rise of about 9%.",
        "9%",
        "consistent",
    ),
    # a competing figure of the same kind between the pair: which two are compared?
    ("Sales were 500 units, 300 of them abroad, against 400 units, a rise of 25%.", "25%", None),
    # a bound is not a figure to recompute
    ("Sales were more than 500 units, against 400 units, a rise of 25%.", "25%", None),
    # a percentage of something else ("in ...") after a back reference is not linked; here
    # the appositive names no pair at all
    ("Sales were strong, a rise of 25% on the year.", "25%", None),
]

# Shares: the change is in points, or a percentage that passes only as points.
PAIR_THEN_POINTS = [
    (
        "Its market share rose to 31.5% from 27.3%, a gain of 4.2 percentage points.",
        "4.2 percentage points",
        "consistent",
    ),
    (
        "Its market share rose to 31.5% from 27.3%, a gain of 2.4 percentage points.",
        "2.4 percentage points",
        "inconsistent",
    ),
    (
        "Attendance was 92.1%, down from 94.6% the term before, a fall of 2.5 points.",
        "2.5 points",
        "consistent",
    ),
    (
        "Attendance was 92.1%, down from 94.6% the term before, a fall of 2.5%.",
        "2.5%",
        "inconsistent",
    ),
    (
        "Attendance was 92.1%, down from 94.6% the term before, a fall of 2.6%.",
        "2.6%",
        "inconsistent",
    ),
]

PAIR_THEN_POINTS += [
    ("Its share rose to 31.5% from 27.3%, a 4.2 point rise.", "4.2", "consistent"),
    ("Its share rose to 31.5% from 27.3%, a 3.2-point rise.", "3.2-point", "inconsistent"),
]

# The amount and the percentage side by side: "an increase of £38, or 2.2%".
AMOUNT_OR_PERCENT = [
    ("Rent went up to £1,380 from £1,200, an increase of £180, or 15%.", "15%", "consistent"),
    ("Rent went up to £1,380 from £1,200, an increase of £180, or 13%.", "13%", "inconsistent"),
]

# The pair in one sentence, the change in the next.
BACK_REFERENCE = [
    (
        "Orders fell to 750 from 1,000 in March. The drop of 25% was the sharpest this year.",
        "25%",
        "consistent",
    ),
    (
        "Orders fell to 750 from 1,000 in March. The drop of 20% was the sharpest this year.",
        "20%",
        "inconsistent",
    ),
    (
        "Fares will rise to £2,150 from £2,000 next year. That is an increase of £150, or 7.5%.",
        "7.5%",
        "consistent",
    ),
    (
        "Fares will rise to £2,150 from £2,000 next year. That is an increase of £150, or 5.7%.",
        "5.7%",
        "inconsistent",
    ),
    (
        "Fares will rise to £2,150 from £2,000 next year. This is a 7.5% increase.",
        "7.5%",
        "consistent",
    ),
    # the change word goes the other way: it refers to something else
    ("Orders fell to 750 from 1,000 in March. The rise of 25% came in exports.", "25%", None),
    # a change "in" something else is another quantity
    ("Orders fell to 750 from 1,000 in March. The drop of 25% in prices was welcome.", "25%", None),
    # two pairs before: which one?
    (
        "Orders fell to 750 from 1,000, and refunds rose to 90 from 60. The rise of 50% hurt.",
        "50%",
        None,
    ),
    # no pair before
    ("Orders were weak in March. The drop of 25% was the sharpest this year.", "25%", None),
]

# An amount of the pair's own kind is the difference: new = old + change.
DIFFERENCE = [
    (
        "Fares will rise to £2,150 from £2,000 next year. That is an increase of £150, or 7.5%.",
        "£150",
        "consistent",
    ),
    (
        "Fares will rise to £2,150 from £2,000 next year. That is an increase of £250, or 7.5%.",
        "£250",
        "inconsistent",
    ),
    ("The clinic saw 90 patients, up from 60, a rise of 30.", "a rise of 30", "consistent"),
    ("The clinic saw 90 patients, up from 60, a rise of 40.", "a rise of 40", "inconsistent"),
]

# Figures that are never one of the compared values may sit in a gap.
GAPS = [
    # a year inside the pair
    (
        "Donations totalled 5,400 in 2024, compared with 4,500 in 2023, an increase of 20%.",
        "percent_change",
        "20%",
        "consistent",
    ),
    (
        "Donations totalled 5,400 in 2024, compared with 4,500 in 2023, an increase of 120%.",
        "percent_change",
        "120%",
        "inconsistent",
    ),
    # a date inside the pair
    (
        "The shelter housed 66 dogs on Friday 27 June, up from 55 on Thursday, a rise of 20%.",
        "percent_change",
        "20%",
        "consistent",
    ),
    # a date between the figure and its change
    (
        "Bookings stood at 2,760 by June 6, up 15% on 2,400 in May.",
        "percent_change",
        "15%",
        "consistent",
    ),
    (
        "Bookings stood at 2,760 by June 6, up 25% on 2,400 in May.",
        "percent_change",
        "25%",
        "inconsistent",
    ),
    # the direction word against a pair with a date between
    (
        "The shelter housed 66 dogs on Friday 27 June, up from 55 on Thursday.",
        "direction",
        "up",
        "consistent",
    ),
    (
        "The shelter housed 44 dogs on Friday 27 June, up from 55 on Thursday.",
        "direction",
        "up",
        "inconsistent",
    ),
    # a bracketed conversion of the new figure
    (
        "Profit rose to 1.5 billion euros ($1.7 billion) from 1.2 billion euros, a 25% increase.",
        "percent_change",
        "25%",
        "consistent",
    ),
    # a count between two shares is no competitor for the points change ...
    (
        "Support was 44.5% in a poll of 2,010 adults, down 6 points from 50.5% in March.",
        "percentage_points",
        "6 points",
        "consistent",
    ),
    (
        "Support was 44.5% in a poll of 2,010 adults, down 16 points from 50.5% in March.",
        "percentage_points",
        "16 points",
        "inconsistent",
    ),
    # ... but another share is
    (
        "Support was 44.5%, against 47% in the north, down 6 points from 50.5% in March.",
        "percentage_points",
        "6 points",
        None,
    ),
    # a conversion and a duration between the figure and its multiple
    (
        "The storm dropped 90mm (3.5in) in 12 hours, almost twice the monthly average of 48mm.",
        "multiple",
        "almost twice",
        "consistent",
    ),
    (
        "The storm dropped 90mm (3.5in) in 12 hours, three times the monthly average of 48mm.",
        "multiple",
        "three times",
        "inconsistent",
    ),
]

# "some"/"about" figures are rounded, not bounds: "some 12,400" stands for 12,350..12,450.
APPROXIMATE = [
    (
        "Some 12,400 people used the ferry in May. This is up 24% on May last year (10,000).",
        "24%",
        "consistent",
    ),
    (
        "Some 12,400 people used the ferry in May. This is up 14% on May last year (10,000).",
        "14%",
        "inconsistent",
    ),
    ("Visitor numbers rose 5% to about 2,100 from 2,000.", "5%", "consistent"),
    ("Visitor numbers rose 15% to about 2,100 from 2,000.", "15%", "inconsistent"),
    # a change derived from approximate inputs is approximate too (150 to the ten)
    ("Revenue should climb 150% to about $32m from about $12.4m.", "150%", "consistent"),
    ("Revenue should climb 120% to about $32m from about $12.4m.", "120%", "inconsistent"),
    # bounds stay unchecked
    ("Visitor numbers rose 5% to more than 2,100 from 2,000.", "5%", None),
    ("Visitor numbers rose 15% to almost 2,100 from 2,000.", "15%", None),
]

# A base phrase ending in "of": "on last season's average of 6,100".
BASE_PHRASE = [
    ("Gates averaged 7,015, up 15% on last season's average of 6,100.", "15%", "consistent"),
    ("Gates averaged 7,015, up 25% on last season's average of 6,100.", "25%", "inconsistent"),
]


@pytest.mark.parametrize(
    ("check", "text", "stated", "want"),
    _rows("percent_change", PAIR_THEN_CHANGE)
    + _rows("percentage_points", PAIR_THEN_POINTS)
    + _rows("percent_change", BACK_REFERENCE)
    + _rows("percent_change", AMOUNT_OR_PERCENT)
    + _rows("total", DIFFERENCE)
    + [pytest.param(c, t, s, w, id=f"gap:{c}:{w}:{t[:50]}") for t, c, s, w in GAPS]
    + _rows("percent_change", APPROXIMATE)
    + _rows("percent_change", BASE_PHRASE),
)
def test_table(nlp, check, text, stated, want):
    assert _verdict(text, check, stated) == want


def test_ratio_is_named(nlp):
    doc = factex.extract(
        "There were 3,000 claims in May, compared with 1,200 in April, an increase of 250%.",
        published=PUBLISHED,
    )
    (finding,) = doc.inconsistent
    assert "ratio" in finding.message and "2.50 times" in finding.message


def test_wrong_base_is_named(nlp):
    # 100 × (480,000 − 400,000) / 480,000 = 16.7: the change over the new value
    doc = factex.extract(
        "Ticket sales were 480,000, against 400,000 a year earlier, a rise of 16.7%.",
        published=PUBLISHED,
    )
    (finding,) = doc.inconsistent
    assert "wrong base" in finding.message


def test_points_written_as_percent_names_the_reading(nlp):
    doc = factex.extract(
        "Attendance was 92.1%, down from 94.6% the term before, a fall of 2.5%.",
        published=PUBLISHED,
    )
    (finding,) = doc.inconsistent
    assert "percentage points" in finding.message


def _scan(monkeypatch, text: str) -> Scan:
    """The masked sentences the checks read, as the pipeline builds them."""
    module = importlib.import_module("factex.extract")
    real, seen = module.run_checks, []

    def spy(ctx, claims):
        seen.append(Scan(ctx))
        return real(ctx, claims)

    monkeypatch.setattr(module, "run_checks", spy)
    factex.extract(text, published=PUBLISHED)
    return seen[0]


@pytest.mark.parametrize(
    ("text", "loose"),
    [
        (
            "Exports fell to 1.2 mln 60-kilo bags from 1.5 mln.",
            "Exports fell to #0# @1@ bags from #2#.",
        ),
        ("It rained 142mm (5.6in) in 24 hours.", "It rained #0#mm (@1@in) in @2@ hours."),
        (
            "Sales were 5,400 in 2024 and 4,100 by April 6.",
            "Sales were #0# in @1@ and #2# by April @3@.",
        ),
        ("The party won 2,858 (6.9%) votes.", "The party won #0# (#1#) votes."),  # a share
        ("Profit was 3.1bn euros (3.2bn euros).", "Profit was #0# euros (#1# euros)."),  # no rate
    ],
)
def test_loose_mask(nlp, monkeypatch, text, loose):
    (sent,) = _scan(monkeypatch, text).sentences
    assert sent.loose == loose
    assert len(sent.loose) == len(sent.masked)

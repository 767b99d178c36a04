"""Changes in forms the phrase patterns did not reach (issue 6, round 3): the unit written once
for a pair, a trailing ", up/down N pct", a link word after a comma-laden clause, "The N pct
rise" pointing back, "a further N%" and a dated gap before "to NEW".

Rows are our own wording: consistent, inconsistent and unverifiable (``None``: no finding).
"""

from __future__ import annotations

import pytest

from verdicts import verdict_on

PUBLISHED = "2024-11-07"


def _verdict(text: str, check: str, stated: str, published: str = PUBLISHED) -> str | None:
    return verdict_on(text, check, stated, published, prefer_decided=True)


ROWS = [
    # the currency written once belongs to both figures of "NEW dlrs, compared with OLD"
    (
        "Shipments to Canada were 4.40 billion dlrs, compared with 4.00 billion a year "
        "earlier, a rise of 10 pct.",
        "10 pct",
        "consistent",
    ),
    (
        "Shipments to Canada were 4.40 billion dlrs, compared with 4.00 billion a year "
        "earlier, a rise of 14 pct.",
        "14 pct",
        "inconsistent",
    ),
    # a trailing ", down N pct" after a to/from pair
    (
        "Coal output dropped to 45 mln tonnes in June from 50 mln in May, down 10 pct.",
        "10 pct",
        "consistent",
    ),
    (
        "Coal output dropped to 45 mln tonnes in June from 50 mln in May, down 15 pct.",
        "15 pct",
        "inconsistent",
    ),
    (
        "Steel output climbed to 30 mln tonnes from 24 mln, up by 25 pct.",
        "25 pct",
        "consistent",
    ),
    # "up 10 pct from ..." names a new base: no appositive reading
    (
        "Coal output dropped to 45 mln tonnes in June from 50 mln in May, up 10 pct from "
        "two years ago.",
        "10 pct",
        None,
    ),
    # a clause with commas before "up from"
    (
        "The typical weekly wage was £700 in the spring, according to the survey, up from "
        "£640 a year earlier. That is a rise of 9.4%.",
        "9.4%",
        "consistent",
    ),
    (
        "The typical weekly wage was £700 in the spring, according to the survey, up from "
        "£640 a year earlier. That is a rise of 8.1%.",
        "8.1%",
        "inconsistent",
    ),
    # "The N pct rise" points back at the only pair of the sentence before
    (
        "Its deficit with France was 2.20 billion dlrs, almost a third of the total, against "
        "2.00 billion in 1985. The 10 pct rise worried officials.",
        "10 pct",
        "consistent",
    ),
    (
        "Its deficit with France was 2.20 billion dlrs, almost a third of the total, against "
        "2.00 billion in 1985. The 20 pct rise worried officials.",
        "20 pct",
        "inconsistent",
    ),
    # two pairs before: which one "the rise" refers to is not said
    (
        "Exports were 5.5 bln dlrs against 5.0 bln, and imports were 3.6 bln against 3.0 bln. "
        "The 20 pct rise worried officials.",
        "20 pct",
        None,
    ),
    # the base in a "when there were" clause, and a longer description of the new figure
    (
        "Some 1.30 million visitors came to the museums in August, up 4% on a year ago, when "
        "there were 1.25 million.",
        "4%",
        "consistent",
    ),
    (
        "Some 1.30 million visitors came to the museums in August, up 9% on a year ago, when "
        "there were 1.25 million.",
        "9%",
        "inconsistent",
    ),
    # the subject's figure is in the sentence before: "The number ... was up from OLD"
    (
        "Some 6,600 lorries crossed the bridge in May. The number of crossings was up from "
        "6,000 in April, an increase of 10%.",
        "10%",
        "consistent",
    ),
    (
        "Some 6,600 lorries crossed the bridge in May. The number of crossings was up from "
        "6,000 in April, an increase of 15%.",
        "15%",
        "inconsistent",
    ),
    # two candidates in the sentence before: no link
    (
        "Some 6,600 lorries and 5,900 vans crossed the bridge in May. The number of crossings "
        "was up from 6,000 in April, an increase of 15%.",
        "15%",
        None,
    ),
    # "a further N%" and a year between the change and "to NEW"
    (
        "Enrolment is expected to fall a further 10% by 2030, to 900 from 1,000 now.",
        "10%",
        "consistent",
    ),
    (
        "Enrolment is expected to fall a further 20% by 2030, to 900 from 1,000 now.",
        "20%",
        "inconsistent",
    ),
]


@pytest.mark.parametrize(("text", "stated", "want"), ROWS, ids=[r[0][:48] for r in ROWS])
def test_change_forms(nlp, text, stated, want):
    assert _verdict(text, "percent_change", stated) == want


MULTIPLES = [
    # the currency written once belongs to both figures of "doubled to NEW dlrs from OLD"
    (
        "Its sales to Korea nearly doubled to 3.8 billion dlrs from 2.0 billion.",
        "nearly doubled",
        "consistent",
    ),
    (
        "Its sales to Korea nearly doubled to 5.8 billion dlrs from 2.0 billion.",
        "nearly doubled",
        "inconsistent",
    ),
    # a longer description between the new figure and "N times as many as"
    (
        "There were 900 children waiting for a place in the borough last autumn, about "
        "three times as many as in the previous year (300).",
        "about three times",
        "consistent",
    ),
    (
        "There were 900 children waiting for a place in the borough last autumn, about "
        "three times as many as in the previous year (450).",
        "about three times",
        "inconsistent",
    ),
    # units that differ are never paired
    ("Output doubled to 40 mln tonnes from 20 mln dlrs.", "doubled", None),
    ("Sales doubled to 40 mln dlrs from 20 mln francs.", "doubled", None),
]


@pytest.mark.parametrize(("text", "stated", "want"), MULTIPLES, ids=[r[0][:48] for r in MULTIPLES])
def test_multiple_forms(nlp, text, stated, want):
    assert _verdict(text, "multiple", stated) == want


HEADLINES = [
    (
        "Council receives 3,412 complaints about bin collections\n"
        "The council received 3,412 complaints about missed bin collections last year.",
        "3,412",
        None,  # restated as is: nothing to say
    ),
    (
        "Council receives 3,412 complaints about bin collections\n"
        "The council received 3,142 complaints about missed bin collections last month.",
        "3,412",
        "inconsistent",
    ),
    (
        "Council receives 3,400 complaints about bin collections\n"
        "The council received 3,412 complaints about missed bin collections last month.",
        "3,400",
        "consistent",
    ),
    # two counts of the noun in the lede: which one the headline restates is not said
    (
        "Council receives 3,412 complaints about bin collections\n"
        "The council received 2,900 complaints about bins in May and 3,100 complaints in June.",
        "3,412",
        None,
    ),
]


@pytest.mark.parametrize(("text", "stated", "want"), HEADLINES, ids=[r[0][-60:] for r in HEADLINES])
def test_headline_against_lede(nlp, text, stated, want):
    assert _verdict(text, "restatement", stated) == want


HEADLINE_CHANGES = [
    (
        "Harbour freight rises 25% as trade recovers\n"
        "Freight handled at the harbour rose to 500,000 tonnes last year from 400,000 tonnes.",
        "25%",
        "consistent",
    ),
    (
        "Harbour freight rises 20% as trade recovers\n"
        "Freight handled at the harbour rose to 500,000 tonnes last year from 400,000 tonnes.",
        "20%",
        "inconsistent",
    ),
    # the body never names the headline's subject next to a pair: no link
    (
        "Harbour freight rises 20% as trade recovers\n"
        "Passenger numbers rose to 500,000 last year from 400,000.",
        "20%",
        None,
    ),
    # a pair of rates: a points change, not a percent change of a count
    (
        "Harbour charges rise 10% next year\n"
        "Charges at the harbour will rise to 5.5% of cargo value from 5.0%.",
        "10%",
        None,
    ),
    # the body states its own percentage for the pair: the headline contradicts both
    (
        "Harbour freight rises 12% as trade recovers\n"
        "Freight handled at the harbour rose 25% to 500,000 tonnes from 400,000 tonnes.",
        "12%",
        "inconsistent",
    ),
    # ... unless the headline quotes another percentage the body states
    (
        "Harbour freight rises 12% as trade recovers\n"
        "Freight handled at the harbour rose 25% to 500,000 tonnes from 400,000 tonnes, and "
        "container traffic rose 12%.",
        "12%",
        None,
    ),
    # the first body sentence on the subject states changes of its own, the pair comes later
    (
        "Harbour freight rises 12% as trade recovers\n"
        "Freight rose 25% from a year ago and container freight rose 12%. Freight was 500,000 "
        "tonnes, against 400,000 tonnes.",
        "12%",
        None,
    ),
    # headlines round coarsely: 24.3% may be headlined as 25%
    (
        "Harbour freight rises 25% as trade recovers\n"
        "Freight handled at the harbour rose to 497,000 tonnes last year from 400,000 tonnes.",
        "25%",
        "consistent",
    ),
    # the pair goes the other way: the headline describes another change
    (
        "Harbour freight falls 20% as trade slows\n"
        "Freight handled at the harbour rose to 500,000 tonnes last year from 400,000 tonnes.",
        "20%",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "stated", "want"), HEADLINE_CHANGES, ids=[r[0][:40] for r in HEADLINE_CHANGES]
)
def test_headline_change_against_body_pair(nlp, text, stated, want):
    assert _verdict(text, "percent_change", stated) == want


START_END = [
    ("A four-week trial starts on Monday 3 March and ends on 30 March.", "four-week", "consistent"),
    ("A four-week trial starts on Monday 3 March and ends on 31 March.", "four-week", "consistent"),
    (
        "A four-week trial starts on Monday 3 March and ends on 13 April.",
        "four-week",
        "inconsistent",
    ),
    ("A 10-day festival opens on 1 August and closes on 10 August.", "10-day", "consistent"),
    # three dates: which two bound it is not said
    (
        "A four-week trial starts on 3 March, pauses on 10 March and ends on 13 April.",
        "four-week",
        None,
    ),
    # weekday names are days of a recurring week, not a dated period
    ("Shops will open a six-day week from Monday to Saturday.", "six-day", None),
    # months are not exact: not read
    ("A two-month trial starts on 3 March and ends on 13 April.", "two-month", None),
]


@pytest.mark.parametrize(("text", "stated", "want"), START_END, ids=[r[0][:50] for r in START_END])
def test_duration_between_start_and_end_dates(nlp, text, stated, want):
    assert _verdict(text, "date_span", stated) == want

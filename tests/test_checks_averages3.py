"""Rates read structurally (checks/rates.py, rate_nouns.py, rate_operands.py, speeds.py, pay.py).

Every consistent row has a real-error twin (one figure changed) and every family has rows
where the link is missing or ambiguous and nothing (None) or ``unverifiable`` is said.
"""

from __future__ import annotations

import pytest

from verdicts import Row, rows, verdict_on

PUBLISHED = "1987-04-10"

OVER_PERIOD: list[Row] = [
    # a duration in the sentence
    ("The reservoir took 412mm of rain in the fortnight to 14 March, about 29mm a day.",
     "29mm a day", "consistent"),
    ("The reservoir took 412mm of rain in the fortnight to 14 March, about 35mm a day.",
     "35mm a day", "inconsistent"),
    # a named quarter: 90 days of 1987-Q1
    ("The mill crushed 2.7 mln tonnes in the first quarter, averaging 30,000 tonnes a day.",
     "30,000 tonnes", "consistent"),
    ("The mill crushed 2.7 mln tonnes in the first quarter, averaging 27,000 tonnes a day.",
     "27,000 tonnes", "inconsistent"),
    # a named month: February 1987 has 28 days
    ("Exports reached 1.4 mln tonnes in February, averaging 50,000 tonnes a day.",
     "50,000 tonnes", "consistent"),
    ("Exports reached 1.4 mln tonnes in February, averaging 45,000 tonnes a day.",
     "45,000 tonnes", "inconsistent"),
    # a range of days: 13 or 14 days, both conventions
    ("Volunteers collected 3,640 bags of litter from 1 to 14 March, or 260 a day.",
     "260 a day", "consistent"),
    ("Volunteers collected 3,640 bags of litter from 1 to 14 March, or 310 a day.",
     "310 a day", "inconsistent"),
    # the period framing the sentence before
    ("Figures for the year to June 1986 showed thefts rose 6% to 18,250 from 17,217. "
     "Burglaries fell to 9,125, still an average of 25 every day.", "25 every day", "consistent"),
    ("Figures for the year to June 1986 showed thefts rose 6% to 18,250 from 17,217. "
     "Burglaries fell to 9,125, still an average of 29 every day.", "29 every day", "inconsistent"),
    # a bound: "more than"
    ("The helpline answered 75,400 calls in the year to March, more than 200 a day.",
     "200 a day", "consistent"),
    ("The helpline answered 75,400 calls in the year to March, more than 250 a day.",
     "250 a day", "inconsistent"),
    # a calendar year: 365 or 366 days, 52 to 52.29 weeks; hours in a duration
    ("The airport handled 3.2 million passengers last year, or almost 8,800 a day.",
     "8,800 a day", "consistent"),
    ("The airport handled 3.2 million passengers last year, or almost 10,800 a day.",
     "10,800 a day", "inconsistent"),
    ("Police recorded 1,095 knife crimes in 1986 - three a day.", "three a day", "consistent"),
    ("Police recorded 1,095 knife crimes in 1986 - five a day.", "five a day", "inconsistent"),
    ("The prison population rose by 2,340 in the year to March, an average of 45 a week.",
     "45 a week", "consistent"),
    ("The prison population rose by 2,340 in the year to March, an average of 54 a week.",
     "54 a week", "inconsistent"),
    ("The helpline took 4,800 calls in 24 hours, the equivalent of 200 an hour.",
     "200 an hour", "consistent"),
    ("The helpline took 4,800 calls in 24 hours, the equivalent of 240 an hour.",
     "240 an hour", "inconsistent"),
    # a duration in a relative clause
    ("The strike, which lasted 12 days, cost £3.6m, or £300,000 a day.", "£300,000",
     "consistent"),
    ("The strike, which lasted 12 days, cost £3.6m, or £360,000 a day.", "£360,000",
     "inconsistent"),
    # an average it is compared with is a norm, not derived from the total
    ("Rainfall was 142mm in January, compared with an average of 3mm a day.", "3mm", None),
    ("Rainfall was 142mm in January, against a long-term average of 3mm a day.", "3mm", None),
    # periods still running or open-ended: nothing said
    ("Since January, 4,500 people have crossed, an average of 37 a day.", "37 a day", None),
    ("4,500 people have crossed this year, an average of 37 a day.", "37 a day", None),
    ("So far this year 4,500 people have crossed, an average of 37 a day.", "37 a day", None),
    # no period, two totals, two periods: nothing said
    ("Output was 600,000 tonnes, averaging 20,000 tonnes a day, the company said.",
     "20,000 tonnes", None),
    ("The port handled 1.2 mln tonnes in March and 1.5 mln tonnes in April, "
     "averaging 45,000 tonnes a day.", "45,000 tonnes", None),
    ("The fund paid out 1.8 mln dlrs this year, 40,000 dlrs a week since June.",
     "40,000 dlrs", None),
]  # fmt: skip

RESTATED: list[Row] = [
    # to a shorter period: an average ("a week" = a year / 52 to 52.29)
    ("A care home place costs £62,400 a year, or about £1,200 a week.", "£1,200", "consistent"),
    ("A care home place costs £62,400 a year, or about £1,400 a week.", "£1,400", "inconsistent"),
    (
        "Council tax will rise by £92 a year, or £1.77 a week, for a Band D home.",
        "£1.77",
        "consistent",
    ),
    (
        "Council tax will rise by £92 a year, or £1.97 a week, for a Band D home.",
        "£1.97",
        "inconsistent",
    ),
    # not a restatement: another figure of another thing
    ("A place costs £62,400 a year, while agency staff cost £1,900 a week.", "£1,900", None),
]

FROM_BEFORE: list[Row] = [
    # a sentence opening on the rate restates the sentence before
    ("A prison place costs £54,000 a year. That works out at about £1,040 a week.", "£1,040",
     "consistent"),
    ("A prison place costs £54,000 a year. That works out at about £1,240 a week.", "£1,240",
     "inconsistent"),
    ("The plant made 1.2 mln tonnes in March. That is about 38,700 tonnes a day.",
     "38,700 tonnes", "consistent"),
    ("The plant made 1.2 mln tonnes in March. That is about 48,700 tonnes a day.",
     "48,700 tonnes", "inconsistent"),
    ("Police recorded 1,095 knife crimes in 1986. That is three a day.", "three a day",
     "consistent"),
    ("Police recorded 1,095 knife crimes in 1986. That is five a day.", "five a day",
     "inconsistent"),
    ("There were 75,307 incidents in the year to March 1987. On average, 206 incidents "
     "happened every day.", "206 incidents", "consistent"),
    ("There were 75,307 incidents in the year to March 1987. On average, 236 incidents "
     "happened every day.", "236 incidents", "inconsistent"),
    # two totals before, or a bare total of nothing named: nothing said
    ("The plant made 1.2 mln tonnes in March and 1.4 mln tonnes in April. That is about "
     "40,000 tonnes a day.", "40,000 tonnes", None),
    ("Crime fell to 1,095 in 1986. That is three a day.", "three a day", None),
]  # fmt: skip

RESTATED_TOTAL: list[Row] = [
    # to a longer period: a total (× 12 months, × 52 to 52.29 weeks)
    ("Fares will rise by £15 a month - £180 more over a year.", "£180", "consistent"),
    ("Fares will rise by £15 a month - £190 more over a year.", "£190", "inconsistent"),
    ("The council tax bill goes up by £9 a month, or £108 a year.", "£108", "consistent"),
    ("The council tax bill goes up by £9 a month, or £118 a year.", "£118", "inconsistent"),
    ("It works out at £40 a week more, or £2,080 over a year.", "£2,080", "consistent"),
    ("It works out at £40 a week more, or £2,480 over a year.", "£2,480", "inconsistent"),
]

PER_NOUN: list[Row] = [
    # "each" takes its noun from the verb's subject; the count is two sentences back
    ("The festival drew 18,000 visitors, up 9% from 16,500. The weather held for all three "
     "days. Ticket sales raised £846,000, meaning visitors paid an average of £47 each.",
     "£47", "consistent"),
    ("The festival drew 18,000 visitors, up 9% from 16,500. The weather held for all three "
     "days. Ticket sales raised £846,000, meaning visitors paid an average of £52 each.",
     "£52", "inconsistent"),
    # two counts of the noun: nothing said
    ("The festival drew 18,000 visitors on Saturday and 12,000 visitors on Sunday. Ticket "
     "sales raised £846,000, meaning visitors paid an average of £47 each.", "£47", None),
    # "a head": any count of people; ", or about ... per school": a count of the noun
    ("The 3,600 residents raised £1.1m, roughly £305 a head.", "£305", "consistent"),
    ("The 3,600 residents raised £1.1m, roughly £355 a head.", "£355", "inconsistent"),
    ("The 3,600 delegates raised £1.1m, roughly £305 a head.", "£305", None),
    ("The 212 schools received £48.7m, or about £230,000 per school.", "£230,000", "consistent"),
    ("The 212 schools received £48.7m, or about £260,000 per school.", "£260,000",
     "inconsistent"),
    # a bare rate over a total of another noun, a price over a count of its own noun: nothing
    ("The club scored 46 goals in 20 games, 2.3 a game.", "2.3 a game", "consistent"),
    ("The club scored 46 goals in 20 games, 2.8 a game.", "2.8 a game", "inconsistent"),
    ("Town have won 14 of their 20 games, 2.3 points a game.", "2.3 points", None),
    ("The miner had forward sales of 220,000 ounces at an average price of 439 dlrs an ounce, "
     "including 135,000 ounces due this year.", "439 dlrs", None),
    # cents of the dollar over a count the figures are based on (next sentence)
    ("Quarterly profit rose to 12.4 mln dlrs, or 31 cts a share, from 10.0 mln dlrs, or 25 "
     "cts a share. Per share figures are based on 40.1 mln shares.", "31 cts", "consistent"),
    ("Quarterly profit rose to 12.4 mln dlrs, or 31 cts a share, from 10.0 mln dlrs, or 25 "
     "cts a share. Per share figures are based on 40.1 mln shares.", "25 cts", "consistent"),
    ("Quarterly profit rose to 12.4 mln dlrs, or 36 cts a share, from 10.0 mln dlrs, or 25 "
     "cts a share. Per share figures are based on 40.1 mln shares.", "36 cts", "inconsistent"),
    # a count of shares the figures are not said to rest on: a mismatch is no error
    ("The company has 40.1 mln shares outstanding. Net profit was 12.4 mln dlrs, or 31 cts "
     "a share.", "31 cts", "consistent"),
    ("The company has 40.1 mln shares outstanding. Net profit was 12.4 mln dlrs, or 36 cts "
     "a share.", "36 cts", "unverifiable"),
    # a count of average shares outstanding: a match confirms, a mismatch is no error
    ("Net profit was 12 mln dlrs, or 1.20 dlrs a share, on 10 mln average shares "
     "outstanding.", "1.20 dlrs", "consistent"),
    ("Net profit was 12 mln dlrs, or 1.40 dlrs a share, on 10 mln average shares "
     "outstanding.", "1.40 dlrs", "unverifiable"),
    # shares traded are no count of the company's shares
    ("The shares traded on turnover of 40,100 shares. Analysts value the company at about "
     "280 mln dlrs, or 30 dlrs a share.", "30 dlrs", None),
    ("Net profit was 12.4 mln dlrs, or 31 cts a share. The company has 40.1 mln shares "
     "outstanding.", "31 cts", None),
]  # fmt: skip

SPEEDS: list[Row] = [
    ("She completed the 10-mile (16.1km) course in 1 hour 5 minutes, an average of 9.2mph.",
     "9.2mph", "consistent"),
    ("She completed the 10-mile (16.1km) course in 1 hour 5 minutes, an average of 10.2mph.",
     "10.2mph", "inconsistent"),
    ("He won in 1:02:30, averaging 20.3km/h over the 21.1km course.", "20.3km/h", "consistent"),
    ("He won in 1:02:30, averaging 22.3km/h over the 21.1km course.", "22.3km/h", "inconsistent"),
    ("She averaged 138.2mph over the 3.4-mile lap in 1:28.6.", "138.2mph", "consistent"),
    ("She averaged 148.2mph over the 3.4-mile lap in 1:28.6.", "148.2mph", "inconsistent"),
    # two times, or no average word: nothing said
    ("She ran the 10-mile course in 1 hour 5 minutes, 4 minutes faster than last year, "
     "an average of 9.2mph.", "9.2mph", None),
    ("He was travelling at 78mph on the 2.4-mile stretch, which took 2 minutes.", "78mph", None),
]  # fmt: skip


PAY: list[Row] = [
    # an hourly amount × hours a week (× 52 to 52.29 weeks): a total
    ("On £12.21 an hour, a 35-hour week works out at £427 a week.", "£427", "consistent"),
    ("On £12.21 an hour, a 35-hour week works out at £472 a week.", "£472", "inconsistent"),
    ("On £12.21 an hour, a 35-hour week works out at about £22,300 a year.", "£22,300",
     "consistent"),
    ("On £12.21 an hour, a 35-hour week works out at about £25,300 a year.", "£25,300",
     "inconsistent"),
    # a bare rise is hourly when the sentence before pays by the hour
    ("The minimum wage rose from £10.42 to £11.44 an hour. For someone working 40 hours a "
     "week, the £1.02 rise is worth £2,122 a year.", "£2,122", "consistent"),
    ("The minimum wage rose from £10.42 to £11.44 an hour. For someone working 40 hours a "
     "week, the £1.02 rise is worth £2,422 a year.", "£2,422", "inconsistent"),
    ("The minimum wage rose to £11.44. For someone working 40 hours a week, the £1.02 rise "
     "is worth £2,122 a year.", "£2,122", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("check", "text", "stated", "want"),
    [
        *rows("average", OVER_PERIOD),
        *rows("average", RESTATED),
        *rows("average", FROM_BEFORE),
        *rows("total", RESTATED_TOTAL),
        *rows("average", PER_NOUN),
        *rows("average", SPEEDS),
        *rows("total", PAY),
    ],
)
def test_rates(check: str, text: str, stated: str, want: str | None) -> None:
    assert verdict_on(text, check, stated, PUBLISHED) == want

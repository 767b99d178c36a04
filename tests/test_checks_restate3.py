"""Restatements at the top of an article read beyond "the same noun, a total of"
(checks/restatement_top.py and the bound path of checks/restatement.py): digit
transpositions, a bound in the lede against the one close body count, money totals,
durations and measures in the headline. Every consistent row has a real-error twin; every
rule has a row where the reader must stay silent (ambiguous, scoped, too far apart)."""

from __future__ import annotations

import pytest

from factex.checks.restatement_top import duration_seconds, transposed
from verdicts import rows, verdict_on

PUB = "2025-06-01"

TRANSPOSITIONS = [
    # a headline figure whose digits are swapped in the lede: no shared noun needed
    (
        "Waiting list reaches 63,218 as winter bites\nThe trust's waiting list stood at 63,128 "
        "on Monday, its board heard.",
        "63,218",
        "inconsistent",
    ),
    (
        "Reservoir holds 1,452 megalitres after dry spell\nThe reservoir held 1,542 megalitres "
        "on Friday, the water company said.",
        "1,452",
        "inconsistent",
    ),
    # the same headline with the figure repeated as is: nothing to say
    (
        "Waiting list reaches 63,218 as winter bites\nThe trust's waiting list stood at 63,218 "
        "on Monday, its board heard.",
        "63,218",
        None,
    ),
    # two swaps later: which one? silent
    (
        "Waiting list reaches 63,218 as winter bites\nThe list stood at 63,128 on Monday. In "
        "March it was 63,281, the board heard.",
        "63,218",
        None,
    ),
    # the top figure is also stated as is: the swapped one is another figure
    (
        "Waiting list reaches 63,218 as winter bites\nThe list stood at 63,218 on Monday, up "
        "from 63,128 a week earlier.",
        "63,218",
        None,
    ),
    # the swapped figure is a base: an earlier value, another figure
    (
        "Waiting list reaches 63,218 as winter bites\nThe list stood at 64,010 on Monday, up "
        "from 63,128 a week earlier.",
        "63,218",
        None,
    ),
    # money: dense tables of amounts swap digits by chance (Reuters, reut-10754)
    (
        "Loans rose to 36.01 billion dlrs in January from 35.79 billion in December.\nDeposits "
        "fell to 30.44 billion dlrs in January, compared with 30.61 billion a year ago.",
        "36.01 billion",
        None,
    ),
    # one digit changed in a headline figure of four significant digits or more
    (
        "Waiting list reaches 63,218 as winter bites\nThe trust's waiting list stood at 63,278 "
        "on Monday, its board heard.",
        "63,218",
        "inconsistent",
    ),
    # a rounding is no slip: "46,800" has three significant digits
    (
        "Fire grows to 46,800 acres\nThe fire grew to 46,900 acres overnight, officials said.",
        "46,800",
        None,
    ),
    # two later figures one digit away: which one?
    (
        "Waiting list reaches 63,218 as winter bites\nThe list stood at 63,278 on Monday. A "
        "second trust reported 63,219.",
        "63,218",
        None,
    ),
    # the same digits at another magnitude: no slip (Reuters reut-03822)
    (
        "TRANSCO CALLS 3.875 DLR PREFERRED\nTransco Energy said it will redeem all 3,875 shares "
        "of its preferred stock.",
        "3.875",
        None,
    ),
    # three digits: too short to call a swap
    ("Club sells 412 as season nears\nThe club sold 421 season tickets on Monday.", "412", None),
    # another kind: a count against money
    (
        "Appeal reaches 46,800 as donors rally\nThe appeal has raised £48,600 so far.",
        "46,800",
        None,
    ),
]

BOUNDS = [
    # a bound in the lede against the one close body count of the same noun
    (
        "Storm Kai left more than 150,000 homes without power on Sunday.\nForecasters warned of "
        "more wind.\nNetworks said 146,000 homes lost power at the peak.",
        "more than 150,000",
        "inconsistent",
    ),
    (
        "Storm Kai left more than 150,000 homes without power on Sunday.\nForecasters warned of "
        "more wind.\nNetworks said 156,000 homes lost power at the peak.",
        "more than 150,000",
        "consistent",
    ),
    # the body narrows the scope: a subset, not the figure
    (
        "Storm Kai left more than 150,000 homes without power on Sunday.\nForecasters warned of "
        "more wind.\nIn Wales, 146,000 homes lost power at the peak.",
        "more than 150,000",
        None,
    ),
    # a part of something
    (
        "Storm Kai left more than 150,000 homes without power on Sunday.\nForecasters warned of "
        "more wind.\nNetworks said 146,000 homes (61%) were in rural areas.",
        "more than 150,000",
        None,
    ),
    # too far apart without "a total of": two different counts
    (
        "Storm Kai left more than 150,000 homes without power on Sunday.\nForecasters warned of "
        "more wind.\nNetworks said 98,000 homes lost power at the peak.",
        "more than 150,000",
        None,
    ),
    # two candidates
    (
        "Storm Kai left more than 150,000 homes without power on Sunday.\nNetworks said 146,000 "
        "homes lost power at the peak.\nBy Monday 139,000 homes were reconnected.",
        "more than 150,000",
        None,
    ),
]

MONEY = [
    (
        "A man who stole more than £38,000 from his employer has been jailed.\nHe made 120 "
        "transfers totalling £38,950, the court heard.",
        "more than £38,000",
        "consistent",
    ),
    (
        "A man who stole more than £38,000 from his employer has been jailed.\nHe made 120 "
        "transfers totalling £36,950, the court heard.",
        "more than £38,000",
        "inconsistent",
    ),
    # two totals: which one?
    (
        "A man who stole more than £38,000 from his employer has been jailed.\nHe made 120 "
        "transfers totalling £38,950 and repaid a total of £39,400, the court heard.",
        "more than £38,000",
        None,
    ),
    # no total marker: an amount, not the sum
    (
        "A man who stole more than £38,000 from his employer has been jailed.\nHe spent £36,950 "
        "on gambling, the court heard.",
        "more than £38,000",
        None,
    ),
]

DURATIONS = [
    (
        "Patient waited almost six hours for ambulance\nA man waited 5 hours 40 minutes for an "
        "ambulance after a fall at home, an inquest heard.",
        "almost six hours",
        "consistent",
    ),
    (
        "Patient waited almost six hours for ambulance\nA man waited 6 hours 20 minutes for an "
        "ambulance after a fall at home, an inquest heard.",
        "almost six hours",
        "inconsistent",
    ),
    (
        "Patient waited six hours for ambulance\nA man waited 5 hours 40 minutes for an "
        "ambulance after a fall at home, an inquest heard.",
        "six hours",
        "consistent",
    ),
    (
        "Patient waited six hours for ambulance\nA man waited 4 hours 40 minutes for an "
        "ambulance after a fall at home, an inquest heard.",
        "six hours",
        "inconsistent",
    ),
    # two durations in the lede: which one?
    (
        "Patient waited almost six hours for ambulance\nA man waited 5 hours 40 minutes for an "
        "ambulance, against a target of 40 minutes, an inquest heard.",
        "almost six hours",
        None,
    ),
    # a threshold in the lede is not the figure
    (
        "Patients wait 12 hours in A&E\nA record 5,000 patients waited more than 12 hours in "
        "A&E last month.",
        "12 hours",
        None,
    ),
]

MEASURES = [
    (
        "Driver killed cyclist at 70mph\nA driver travelling at 70mph on a 30mph road killed a "
        "cyclist, a court heard.",
        "70mph",
        "consistent",
    ),
    # a measure is never flagged for a mere difference: the lede names several speeds
    (
        "Driver killed cyclist at 80mph\nA driver travelling at 70mph on a 30mph road killed a "
        "cyclist, a court heard.",
        "80mph",
        None,
    ),
]


@pytest.mark.parametrize(
    "check,text,stated,want",
    rows("restatement", TRANSPOSITIONS)
    + rows("comparator", BOUNDS)
    + rows("comparator", MONEY)
    + rows("restatement", DURATIONS)
    + rows("restatement", MEASURES),
)
def test_top_restatements(check: str, text: str, stated: str, want: str | None) -> None:
    assert verdict_on(text, check, stated, PUB) == want


@pytest.mark.parametrize(
    "a,b,want",
    [
        ("87,543", "87,453", True),
        ("46,800", "48,600", True),
        ("2,341", "2,431", True),
        ("87,543", "87,345", False),
        ("87,543", "87,543", False),
        ("2,341", "2,314", True),
        ("1,234", "2,134", True),
        ("999", "909", False),
    ],
)
def test_transposed(a: str, b: str, want: bool) -> None:
    assert transposed(a, b) is want


def test_duration_seconds_rejects_months() -> None:
    assert duration_seconds("P2M") is None and duration_seconds("PT1H") == 3600


MULTIPLES = [
    # "compared with" as the old figure's link after "to NEW"
    (
        "Orders more than doubled to 840 million euros, compared with 390 million euros a "
        "year earlier.",
        "more than doubled",
        "consistent",
    ),
    (
        "Orders more than doubled to 740 million euros, compared with 390 million euros a "
        "year earlier.",
        "more than doubled",
        "inconsistent",
    ),
    # "N and a half times the NOUN of OLD", a rate's denominator in the gap
    (
        "Tests found 61 micrograms of lead in 100 litres of water, about one and a half times "
        "the permitted level of 40.",
        "one and a half times",
        "consistent",
    ),
    (
        "Tests found 81 micrograms of lead in 100 litres of water, about one and a half times "
        "the permitted level of 40.",
        "one and a half times",
        "inconsistent",
    ),
    # a possessive base and a long gap of words
    (
        "She has taken 24 wickets in nine matches this summer, almost double her tally of 13 "
        "for the whole of last season.",
        "almost double",
        "consistent",
    ),
    (
        "She has taken 28 wickets in nine matches this summer, almost double her tally of 13 "
        "for the whole of last season.",
        "almost double",
        "inconsistent",
    ),
    (
        "Farmers planted about 96,000 acres of barley this spring, more than three times the "
        "ten-year average for the county of 29,500 acres.",
        "more than three times",
        "consistent",
    ),
    (
        "Farmers planted about 86,000 acres of barley this spring, more than three times the "
        "ten-year average for the county of 29,500 acres.",
        "more than three times",
        "inconsistent",
    ),
    # a figure of another size after the gap is no base (a factor of 20 or more)
    (
        "The shop sold 4,100 bikes, double the number sold by its rival in 12 countries.",
        "double",
        None,
    ),
    # a pair, then a multiple of the pair itself
    (
        "The charity grew from 35 volunteers in 2019 to 290 in 2024, more than eight times its "
        "original size.",
        "more than eight times",
        "consistent",
    ),
    (
        "The charity grew from 35 volunteers in 2019 to 250 in 2024, more than eight times its "
        "original size.",
        "more than eight times",
        "inconsistent",
    ),
    # a multiple of something else after a pair: silent
    (
        "Fares rose from 10 pence to 21 pence, twice the national rate.",
        "twice",
        None,
    ),
]

ELSEWHERE = [
    # a multiple verb without figures; the pair of its subject's noun next door
    (
        "Burglaries in the county more than doubled last year, police said. There were 1,904 "
        "burglaries in 2024, compared with 866 in 2023.",
        "more than doubled",
        "consistent",
    ),
    (
        "Burglaries in the county more than doubled last year, police said. There were 1,604 "
        "burglaries in 2024, compared with 866 in 2023.",
        "more than doubled",
        "inconsistent",
    ),
    # the pair counts another noun: silent
    (
        "Burglaries in the county more than doubled last year, police said. There were 1,904 "
        "arrests in 2024, compared with 866 in 2023.",
        "more than doubled",
        None,
    ),
    # two pairs of the noun next door: which one?
    (
        "Burglaries in the county more than doubled last year, police said. There were 1,904 "
        "burglaries in 2024, compared with 866 in 2023. In the city there were 950 burglaries, "
        "against 410 a year earlier.",
        "more than doubled",
        None,
    ),
    # a demonstrative subject, the old figure after "when it stood at"
    (
        "About 3.1 million adults in Wales are in work, roughly two in three of the 4.6 million "
        "total. That number has almost tripled since 1990, when it stood at 1.1 million.",
        "almost tripled",
        "consistent",
    ),
    (
        "About 3.1 million adults in Wales are in work, roughly two in three of the 4.6 million "
        "total. That number has almost tripled since 1990, when it stood at 0.9 million.",
        "almost tripled",
        "inconsistent",
    ),
    # two figures that could be "that number": silent
    (
        "About 3.1 million adults are in work and 1.4 million are retired. That number has "
        "almost tripled since 1990, when it stood at 1.1 million.",
        "almost tripled",
        None,
    ),
]


@pytest.mark.parametrize("check,text,stated,want", rows("multiple", MULTIPLES + ELSEWHERE))
def test_multiples(check: str, text: str, stated: str, want: str | None) -> None:
    assert verdict_on(text, check, stated, PUB) == want


SINCE = [
    # a bound on a change since an old figure; the new one found by its rate
    (
        "comparator",
        "The day fare went up from £2.40 to £2.95 a day in April. The fare has risen by more "
        "than 60% since it was £1.80 a day in 2015.",
        "60%",
        "consistent",
    ),
    (
        "comparator",
        "The day fare went up from £2.40 to £2.95 a day in April. The fare has risen by more "
        "than 60% since it was £1.90 a day in 2015.",
        "60%",
        "inconsistent",
    ),
    (
        "percent_change",
        "The day fare went up from £2.40 to £2.95 a day in April. The fare has risen by 64% "
        "since it was £1.80 a day in 2015.",
        "64%",
        "consistent",
    ),
    (
        "percent_change",
        "The day fare went up from £2.40 to £2.95 a day in April. The fare has risen by 74% "
        "since it was £1.80 a day in 2015.",
        "74%",
        "inconsistent",
    ),
    # two current figures at that rate: which one?
    (
        "comparator",
        "The fare is £2.95 a day for adults and £2.10 a day for students. The fare has risen by "
        "more than 60% since it was £1.80 a day in 2015.",
        "60%",
        None,
    ),
    # no rate, and the sentence before does not name the subject
    (
        "comparator",
        "Tickets cost £2.95. Prices have risen by more than 60% since they were £1.80 in 2015.",
        "60%",
        None,
    ),
]


@pytest.mark.parametrize(("check", "text", "stated", "want"), SINCE)
def test_since_changes(check: str, text: str, stated: str, want: str | None) -> None:
    assert verdict_on(text, check, stated, PUB) == want


HEADLINES = [
    # "NET" names net profit; each end of the pair carries its per-share figure
    (
        "GRANVILLE BANK 1ST QTR NET RISES 21 PCT\nGranville Bank said first quarter net profit "
        "rose to 30.2 mln dlrs, or 41 cts a share, from 25.0 mln dlrs, or 34 cts a share, a "
        "year earlier.",
        "21 PCT",
        "consistent",
    ),
    (
        "GRANVILLE BANK 1ST QTR NET RISES 31 PCT\nGranville Bank said first quarter net profit "
        "rose to 30.2 mln dlrs, or 41 cts a share, from 25.0 mln dlrs, or 34 cts a share, a "
        "year earlier.",
        "31 PCT",
        "inconsistent",
    ),
    # the lede's pair is of another measure (revenue): the first sentence naming net decides
    (
        "GRANVILLE BANK 1ST QTR NET RISES 21 PCT\nGranville Bank said first quarter revenue "
        "rose to 130.2 mln dlrs, or 141 cts a share, from 95.0 mln dlrs, or 104 cts a share.",
        "21 PCT",
        None,
    ),
]


@pytest.mark.parametrize("check,text,stated,want", rows("percent_change", HEADLINES))
def test_headline_changes(check: str, text: str, stated: str, want: str | None) -> None:
    assert verdict_on(text, check, stated, "1987-04-22") == want


MORE_MULTIPLES = [
    # a "-fold" word is read as a figure: a multiple only when it says "fold"
    ("Exports rose threefold to 912 mln dlrs from 300 mln dlrs.", "threefold", "consistent"),
    ("Exports rose threefold to 712 mln dlrs from 300 mln dlrs.", "threefold", "inconsistent"),
    ("Exports rose 3.1 pct to 912 mln dlrs from 300 mln dlrs.", "3.1 pct", None),
    # "N times higher than the OLD"
    (
        "Fares are now 61 pence, three times higher than the 20 pence charged in 2010.",
        "three times",
        "consistent",
    ),
    (
        "Fares are now 51 pence, three times higher than the 20 pence charged in 2010.",
        "three times",
        "inconsistent",
    ),
    # "Twice as many X as Y" with the one pair after it
    (
        "Twice as many cyclists as last year were counted on the bridge: 1,240 against 600.",
        "Twice",
        "consistent",
    ),
    (
        "Twice as many cyclists as last year were counted on the bridge: 1,640 against 600.",
        "Twice",
        "inconsistent",
    ),
    # two pairs after it: which one?
    (
        "Twice as many cyclists as last year were counted: 1,240 against 600 on the bridge "
        "and 820 against 400 on the towpath.",
        "Twice",
        None,
    ),
]


@pytest.mark.parametrize("check,text,stated,want", rows("multiple", MORE_MULTIPLES))
def test_more_multiples(check: str, text: str, stated: str, want: str | None) -> None:
    assert verdict_on(text, check, stated, PUB) == want


AS_LONG = [
    # the base before the multiple; the new figure the one duration of the same verb elsewhere
    (
        "A pensioner waited 3 hours 30 minutes for an ambulance after a fall, an inquest heard. "
        "The target for such calls is 30 minutes, meaning he waited seven times as long.",
        "seven times",
        "consistent",
    ),
    (
        "A pensioner waited 3 hours 30 minutes for an ambulance after a fall, an inquest heard. "
        "The target for such calls is 30 minutes, meaning he waited ten times as long.",
        "ten times",
        "inconsistent",
    ),
    # two waits elsewhere: which one?
    (
        "A pensioner waited 3 hours 30 minutes for an ambulance after a fall. His neighbour "
        "waited 50 minutes for a doctor. The target for such calls is 30 minutes, meaning he "
        "waited seven times as long.",
        "seven times",
        None,
    ),
    # no duration before the multiple: no base
    (
        "A pensioner waited 3 hours 30 minutes for an ambulance after a fall. He waited seven "
        "times as long as the target allows.",
        "seven times",
        None,
    ),
]


@pytest.mark.parametrize("check,text,stated,want", rows("multiple", AS_LONG))
def test_times_as_long(check: str, text: str, stated: str, want: str | None) -> None:
    assert verdict_on(text, check, stated, PUB) == want


HEADLINE_COUNTS = [
    # a qualified headline count restates the lede's: check restatement, the qualifier a bound
    (
        "Nearly 55,000 patients wait 12 hours in A&E\nA record 54,314 patients waited more than "
        "12 hours in A&E departments last month.",
        "55,000",
        "consistent",
    ),
    (
        "More than 55,000 patients wait 12 hours in A&E\nA record 54,314 patients waited more "
        "than 12 hours in A&E departments last month.",
        "55,000",
        "inconsistent",
    ),
    # two lede counts of the noun: which one?
    (
        "More than 55,000 patients wait 12 hours in A&E\nSome 54,314 patients waited more than "
        "12 hours last month, against 41,200 patients a year earlier.",
        "55,000",
        None,
    ),
]


@pytest.mark.parametrize("check,text,stated,want", rows("restatement", HEADLINE_COUNTS))
def test_headline_counts(check: str, text: str, stated: str, want: str | None) -> None:
    assert verdict_on(text, check, stated, PUB) == want


NAMES = [
    # a bare numeral after a capitalised name is a model name (Reuters, reut-19707)
    (
        "Apollo said the new Domain Series 4000 models double the performance of its existing "
        "Domain Series 3000 workstations.",
        "double",
        None,
    ),
    # its twin with counts: the factor is checked
    (
        "Apollo said it sold 4,100 workstations, double the number of its rival's 3,000 units.",
        "double",
        "inconsistent",
    ),
]


@pytest.mark.parametrize("check,text,stated,want", rows("multiple", NAMES))
def test_names_are_no_counts(check: str, text: str, stated: str, want: str | None) -> None:
    assert verdict_on(text, check, stated, "1987-06-01") == want


PRONOUNS = [
    (
        "Revenue rose to 8.1 billion euros from 3.7 billion euros. It has more than doubled "
        "in five years.",
        "more than doubled",
        "consistent",
    ),
    (
        "Revenue rose to 6.1 billion euros from 3.7 billion euros. It has more than doubled "
        "in five years.",
        "more than doubled",
        "inconsistent",
    ),
    # two pairs in the sentence before: which one?
    (
        "Revenue rose to 8.1 billion euros from 3.7 billion euros and profit fell to 1.2 "
        "billion euros from 1.5 billion euros. It has more than doubled in five years.",
        "more than doubled",
        None,
    ),
]


@pytest.mark.parametrize("check,text,stated,want", rows("multiple", PRONOUNS))
def test_pronoun_multiples(check: str, text: str, stated: str, want: str | None) -> None:
    assert verdict_on(text, check, stated, PUB) == want


HEADLINE_MULTIPLES = [
    # a figure-free headline run into the lede: the pair of its subject's noun below it
    (
        "Burglaries treble in a year\nThere were 2,911 burglaries in 2024, compared with 893 in "
        "2023, police said. Officers urged people to lock their doors.",
        "treble",
        "consistent",
    ),
    (
        "Burglaries treble in a year\nThere were 2,911 burglaries in 2024, compared with 1,293 "
        "in 2023, police said. Officers urged people to lock their doors.",
        "treble",
        "inconsistent",
    ),
    # the pair below counts another noun: silent
    (
        "Burglaries treble in a year\nThere were 2,911 arrests in 2024, compared with 893 in "
        "2023, police said. Officers urged people to lock their doors.",
        "treble",
        None,
    ),
    # a figure in the headline: it is not figure-free
    (
        "Burglaries treble to 2,911\nThere were 2,911 burglaries in 2024, compared with 1,293 "
        "in 2023, police said. Officers urged people to lock their doors.",
        "treble",
        None,
    ),
]


@pytest.mark.parametrize("check,text,stated,want", rows("multiple", HEADLINE_MULTIPLES))
def test_headline_multiples(check: str, text: str, stated: str, want: str | None) -> None:
    assert verdict_on(text, check, stated, PUB) == want

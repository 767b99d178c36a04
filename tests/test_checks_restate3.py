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

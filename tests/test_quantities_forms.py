# ruff: noqa: E501  (one example per line reads best)
"""Quantities, second table: numeral forms, labels that are not quantities, ages, rates and
units a figure takes from its neighbours (issue 5, session 2).

Every sentence is written for these tests. Rows: sentence, the quantity's text, value,
value_max, unit, qualifier, change. Known misses are strict xfails.
"""

from __future__ import annotations

import pytest

import factex
from verdicts import quantity_in

P = "2024-11-07"
X = pytest.mark.xfail


def _quantity(text: str, surface: str) -> factex.Quantity:
    return quantity_in(text, surface, P)


# fmt: off
ROWS = [
    # scientific notation
    ("The mass is about 1.99×10−30 kilograms.", "1.99×10−30 kilograms", 1.99e-30, None, "kilogram", "about", None),
    ("Light travels at 2.998×10^8 metres per second.", "2.998×10^8 metres per second", 2.998e8, None, "meter_per_second", None, None),
    ("A mole holds 6.02×10²³ atoms.", "6.02×10²³", 6.02e23, None, "atoms", None, None),
    ("The sample held 4 x 10^6 cells.", "4 x 10^6", 4e6, None, "cells", None, None),
    # an article with a scale word
    ("It is a million dollar house.", "a million dollar", 1e6, None, "USD", None, None),
    ("She bought a dozen eggs.", "a dozen", 12, None, "eggs", None, None),
    ("A hundred million fans watched the final.", "A hundred million", 1e8, None, "fans", None, None),
    ("The city planted a thousand trees.", "a thousand", 1000, None, "trees", None, None),
    # "£" transliterated as "PS"
    ("The package was worth up to PS2.7m.", "PS2.7m", 2.7e6, None, "GBP", "at most", None),
    ("Passengers paid PS21,700 for the flights.", "PS21,700", 21700, None, "GBP", None, None),
    ("It became a PS8.1bn takeover.", "PS8.1bn", 8.1e9, None, "GBP", None, None),
    ("The engine is rated at 300 PS.", "300 PS", 300, None, "metric_horsepower", None, None),
    # units written in other ways
    ("The old cars reached about 80 m.p.h.", "80 m.p.h.", 80, None, "mile_per_hour", "about", None),
    ("The 3923sq m estate was sold.", "3923sq m", 3923, None, "meter ** 2", None, None),
    ("The rate was 110 JPY to 1 USD.", "1 USD", 1, None, "USD", None, None),
    ("Gas settled at $2.24 per mmBTU.", "$2.24 per mmBTU", 2.24, None, "USD per million_british_thermal_unit", None, None),
    ("The reliever was worth 0.5 WAR last season.", "0.5 WAR", 0.5, None, "win_above_replacement", None, None),
    ("The recipe asks for 1/2 pound of butter.", "1/2 pound", 0.5, None, "pound", None, None),
    ("A teaspoon is 1/96 of a US pint.", "1/96", 1 / 96, None, "pint", None, None),
    ("The screen comes in a 7- or 8-inch size.", "7", 7, None, "inch", None, None),
    # ranges and vague amounts
    ("Delivery takes 5-7 days.", "5-7 days", 5, 7, "day", None, None),
    ("Groups of 12-15 people toured the site.", "12-15", 12, 15, "people", None, None),
    ("Older SUVs did about 14-18 mpg on the highway.", "14-18 mpg", 14, 18, "mile_per_gallon", "about", None),
    ("Adults burn about 2000 - 2500 calories.", "2000 - 2500 calories", 2000, 2500, "calorie", "about", None),
    ("Sales rose 60% in 2018 to 3.9 million headsets.", "3.9 million", 3.9e6, None, "headsets", None, None),
    ("Balances stood on Feb 25 at 4.151 billion dlrs.", "4.151 billion dlrs", 4.151e9, None, "USD", None, None),
    ("Spending in the year from April 1 to 110.14 billion dlrs was approved.", "110.14 billion dlrs", 110.14e9, None, "USD", None, None),
    ("Excess reserves are still over a billion dlrs.", "a billion dlrs", 1e9, None, "USD", "more than", None),
    ("Oil may stay at about 15-18 dlrs a barrel.", "15-18 dlrs a barrel", 15, 18, "USD per barrel", "about", None),
    ("It could save firms hundreds of\nthousands of dollars.", "hundreds of\nthousands", 1e5, 1e6, "USD", None, None),
    ("Only 3.8 mln of its 10.1 mln shares traded.", "3.8 mln", 3.8e6, None, "shares", None, None),
    ("Half of the rise came in January, he said.", "Half", 0.5, None, "fraction", None, None),
    ("The firm announced thousands of job cuts.", "thousands", 1000, 10000, "job cuts", None, None),
    ("The plant needs several hundred workers.", "hundred", 200, 900, "workers", None, None),
    ("The scheme cost tens of millions of dollars.", "tens of millions", 1e7, 1e8, "USD", None, None),
    ("Billions of euros left the country.", "Billions", 1e9, 1e10, "EUR", None, None),
    ("Nights fell to about minus 387 Fahrenheit,minus 233 Celsius.", "minus 233 Celsius", -233, None, "degree_Celsius", None, None),
    # rates after the counted noun or after a bracketed conversion
    ("The lab will run three thousand tests per day.", "three thousand", 3000, None, "tests per day", None, None),
    ("The ward saw 20 cases a week.", "20", 20, None, "cases per week", None, None),
    ("It is a 9 billion shekels ($2.4 billion) a year industry.", "9 billion shekels", 9e9, None, "ILS per year", None, None),
    ("The bid was C $6 (US $4.46) per share.", "C $6", 6, None, "CAD per share", None, None),
    # ages
    ("He will be 35 by the end of the year.", "35", 35, None, "year_of_age", None, None),
    ("They moved for their daughter Maria, who was 10.", "10", 10, None, "year_of_age", None, None),
    ("Many children under the age of 5 died.", "5", 5, None, "year_of_age", None, None),
    ("They were 10 when the war began.", "10", 10, None, "year_of_age", None, None),
    ("Life expectancy in the town is around 73 for men.", "73", 73, None, "year_of_age", "about", None),
    ("The pension age will be 67 from 2028.", "67", 67, None, "year_of_age", None, None),
    # a unit taken from a neighbouring figure
    ("A ticket costs about 8 or $9.", "8", 8, None, "USD", "about", None),
    ("About 460 cars were stolen this year, compared with 63 last year.", "63", 63, None, "cars", None, None),
    ("More than 6 million homes lost power, including 1.5 million in the city.", "1.5 million", 1.5e6, None, "homes", None, None),
    ("The hospital treated 312 patients on Friday, up from 280 a week earlier.", "280", 280, None, "patients", None, None),
    ("The exchange index closed (16369.03 up 58.06 points).", "16369.03", 16369.03, None, "point", None, None),
    ("The FTSE lost 162.31 points, or 2.14%, to fall to 7,425.81.", "7,425.81", 7425.81, None, "point", None, None),
    ("The TA-35 closed at 1,463.87 points while the TA-125 climbed 0.1% to 1,333.18.", "1,333.18", 1333.18, None, "point", None, None),
    # change directions and qualifiers
    ("The defence gave up 517 rushing yards.", "517", 517, None, "rushing yards", None, None),
    ("Profit was revised upward by $40 million.", "$40 million", 4e7, None, "USD", None, "up"),
    ("Winters dropped by 1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit).", "1.8 to 2.7 Fahrenheit", 1.8, 2.7, "degree_Fahrenheit", None, "down"),
    ("The moths fly more than 100 kilometers (60 miles).", "60 miles", 60, None, "mile", "more than", None),
    ("Panels failed at less than 8.90 ksi (61.4 MPa).", "61.4 MPa", 61.4, None, "megapascal", "less than", None),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "surface", "value", "value_max", "unit", "qualifier", "change"),
    ROWS,
    ids=[f"{i}:{r[1]}" for i, r in enumerate(ROWS)],
)
def test_quantity(text, surface, value, value_max, unit, qualifier, change):
    q = _quantity(text, surface)
    assert q.value == pytest.approx(value, rel=1e-9)
    assert q.value_max == (pytest.approx(value_max) if value_max is not None else None)
    assert (q.unit, q.qualifier, q.change) == (unit, qualifier, change)


NOT_QUANTITIES = [
    ("Boeing's own 787 Dreamliner was delayed.", "787"),
    ("Apple launched the 11 Pro Max in September.", "11"),
    ("The call of the Kick Six win is famous.", "Six"),
    ("The category 4 hurricane hit Florida.", "4"),
    ("the sp 500 was down 2.1% at noon.", "500"),
    ("He lives at 49 Zorro Ranch Road in Stanley.", "49"),
    ("The flat at 9 E 71st St was sold.", "9"),
    ("Homes in the 90049 ZIP Code sold fast.", "90049"),
    ("The log shows 2019-09-01T10:38:07.190Z as the time.", "2019"),
    ("The game was tied at 89-89 with a minute left.", "89"),
    ("They won 110-98 on Sunday.", "110"),
    ("Sales grew 35 per cent this half.", "half"),
    ("He bought a PS5 for his son.", "5"),
    ("Game 7 decided the series.", "7"),
    ("Prices rose for the 944 Turbo and the 911 Targa.", "944"),
    ("Growth should be better in the second half year.", "half"),
    ("The sides drew 3-3 in the cup.", "3"),
    ("Prices were stable from 2019 to 2020.", "2019"),
    ("Coastal towns could flood by 2120, scientists warn.", "2120"),
]


@pytest.mark.parametrize(
    ("text", "surface"), NOT_QUANTITIES, ids=[r[1] + ":" + r[0][:20] for r in NOT_QUANTITIES]
)
def test_not_a_quantity(text, surface):
    doc = factex.extract(text, published=P)
    assert not [q for q in doc.quantities if surface in q.text], [q.text for q in doc.quantities]


def test_a_comparative_after_a_figure_is_not_a_bound():
    q = _quantity(
        "Output was 3.6 pct higher than 1.11 billion cubic metres.", "1.11 billion cubic metres"
    )
    assert q.qualifier is None


def test_a_total_or_a_per_share_figure_keeps_its_own_unit():
    q = _quantity("The loss was 2,649,000 or 1.10 dlrs a share.", "2,649,000")
    assert q.unit != "USD per share"


def test_a_count_before_a_capitalised_plural_is_kept():
    q = _quantity("The base kept 300 Marines on alert.", "300")
    assert q.unit == "marines"


def test_ecus_and_us_dlrs_are_currencies():
    q = _quantity("The tax is up to 330 Ecus per tonne.", "330 Ecus per tonne")
    assert q.unit == "XEU per metric_ton"
    q = _quantity("Gold cost 160 U.S. dlrs an ounce.", "160 U.S. dlrs an ounce")
    assert q.unit == "USD per ounce"


def test_an_average_of_1500_is_an_amount_not_a_year():
    q = _quantity("Prices will go up by an average of 1500.", "1500")
    assert q.value == 1500


KNOWN_MISSES = [
    pytest.param(
        "The firm is going from 1000 to 2000 hires this year.",
        "1000 to 2000",
        marks=X(strict=True, reason="'from 1000 to 2000' reads as two years: no count noun test"),
    ),
    pytest.param(
        "Nick Hague 44 has spent 200 days in space.",
        "44",
        marks=X(strict=True, reason="an age after a name without commas is not read as an age"),
    ),
]


@pytest.mark.parametrize(("text", "surface"), KNOWN_MISSES)
def test_known_misses(text, surface):
    q = _quantity(text, surface)
    assert q.unit is not None


KNOWN_FALSE_QUANTITIES = [
    pytest.param(
        "The airline grounded two new 737 Max jets.",
        "737",
        marks=X(strict=True, reason="a model number before a plural noun reads as a count"),
    ),
]


@pytest.mark.parametrize(("text", "surface"), KNOWN_FALSE_QUANTITIES)
def test_known_false_quantities(text, surface):
    test_not_a_quantity(text, surface)


def test_up_from_baseline_claim_takes_the_unit():
    doc = factex.extract(
        "The hospital treated 312 patients on Friday, up from 280 a week earlier.", published=P
    )
    (claim,) = [c for c in doc.claims if c.text == "280"]
    assert claim.unit == "patients"

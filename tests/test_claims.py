# ruff: noqa: E501  (one example per line reads best)
"""Claims: a figure with its unit, concept, period, qualifier and source.

Every sentence is written for these tests (published 7 November 2024, a Thursday).
Each row names one claim by its text and the fields it must have; ``concept`` is checked
as "contains these words", ``period`` as an inclusive ISO range, ``...`` means "not checked".
"""

from __future__ import annotations

import datetime as dt

import pytest

import factex

P = "2024-11-07"
X = pytest.mark.xfail
ANY = ...


def _claim(text: str, surface: str) -> tuple[factex.Document, factex.Claim]:
    doc = factex.extract(text, published=P)
    hits = [c for c in doc.claims if c.text == surface]
    assert len(hits) == 1, f"expected one claim {surface!r}, got {[c.text for c in doc.claims]}"
    return doc, hits[0]


def _period(spec: str | None) -> factex.DateRange | None:
    if spec is None:
        return None
    start, _, end = spec.partition("..")
    return factex.DateRange(
        start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end or start)
    )


# sentence, claim text, unit, concept words, period, qualifier, source
# fmt: off
ROWS = [
    ("A total of 3,197 people crossed the Channel between October 24 and November 6, Home Office figures show.", "3,197", "people", "people crossed the Channel", "2024-10-24..2024-11-06", None, "Home Office"),
    ("Some 450 migrants crossed the Channel in eight boats on Tuesday, according to the Home Office.", "450", "migrants", "migrants crossed the Channel", "2024-11-05", "some", "Home Office"),
    ("Some 450 migrants crossed the Channel in eight boats on Tuesday, according to the Home Office.", "eight", "boats", "boats", "2024-11-05", None, "Home Office"),
    ("The number of people waiting for treatment rose to 7.6 million in September.", "7.6 million", None, "number of people", "2024-09-01..2024-09-30", None, None),
    ("House prices rose 4.2% in the year to March, according to analysis by Nationwide.", "4.2%", "percent", "House prices", ANY, None, "Nationwide"),
    ("The council will spend £4.5 million on new cycle lanes.", "£4.5 million", "GBP", "new cycle lanes", None, None, None),
    ("More than 200 firefighters tackled the blaze on Sunday, London Fire Brigade said.", "200", "firefighters", "firefighters tackled the blaze", "2024-11-03", "more than", "London Fire Brigade"),
    ("Nearly 40% of pupils missed school last week, the Department for Education said.", "40%", "percent", "pupils missed school", "2024-10-28..2024-11-03", "almost", "Department for Education"),
    ("Sales of electric cars jumped 25% to 45,000 in October from 36,000 a year earlier, the SMMT said.", "45,000", None, "Sales of electric cars", "2024-10-01..2024-10-31", None, "SMMT"),
    ("Police arrested 14 people after the match on Saturday.", "14", "people", "people", "2024-11-02", None, None),
    ("At least 30 people were injured in the crash, the fire service said.", "30", "people", "people injured", None, "at least", "fire service"),
    ("Some 50 people have died while trying to cross the Channel this year, according to incidents recorded by the French coastguard.", "50", "people", "people died", "2024-01-01..2024-11-07", "some", "French coastguard"),
    ("Around 1,200 homes were left without power on Monday, the network operator said.", "1,200", "homes", "homes left", "2024-11-04", "about", "network operator"),
    ("The charity said 3,400 volunteers took part in the count in 2023.", "3,400", "volunteers", "volunteers took part", "2023-01-01..2023-12-31", None, "charity"),
    ("Up to 400 jobs could go at the plant, the union warned.", "400", "jobs", "jobs", None, "at most", "union"),
    ("The museum welcomed 2.1 million visitors last year, a record.", "2.1 million", "visitors", "visitors", "2023-01-01..2023-12-31", None, None),
    ("Fewer than 100 tickets remain for Saturday's final.", "100", "tickets", "tickets remain", ANY, "less than", None),
    ("Exports fell 3.1% to £28.4 billion in the second quarter, official figures show.", "£28.4 billion", "GBP", "Exports", "2024-04-01..2024-06-30", None, None),
    ("Almost 60,000 people signed the petition in a week.", "60,000", "people", "people signed the petition", ANY, "almost", None),
    ("The ferry company cancelled 18 sailings on Wednesday because of high winds.", "18", "sailings", "sailings", "2024-11-06", None, None),
    ("Rainfall in October was 140mm, according to the Met Office.", "140mm", "millimeter", "Rainfall", "2024-10-01..2024-10-31", None, "Met Office"),
    ("The bridge is 1.2 miles long.", "1.2 miles", "mile", "bridge", None, None, None),
    ("Inflation eased to 2.3% in April from 3.2% in March, the Office for National Statistics said.", "2.3%", "percent", "Inflation", "2024-04-01..2024-04-30", None, "Office for National Statistics"),
    ("Inflation eased to 2.3% in April from 3.2% in March, the Office for National Statistics said.", "3.2%", "percent", "Inflation", "2024-03-01..2024-03-31", None, "Office for National Statistics"),
    ("Teachers will receive a 5.5% pay rise, the Education Secretary confirmed.", "5.5%", "percent", "pay rise", None, None, "Education Secretary"),
    ("The fire destroyed 12 hectares of woodland on Thursday.", "12 hectares", "hectare", "woodland", "2024-11-07", None, None),
    ("An extra £20 million for flood defences was announced on Monday.", "£20 million", "GBP", "flood defences", "2024-11-04", None, None),
    ("Crime fell by 10% in 2023, police data shows.", "10%", "percent", "Crime", "2023-01-01..2023-12-31", None, "police"),
    ("The council has 1,500 staff.", "1,500", "staff", "staff", None, None, None),
    ("The company reported revenue of $4.1 billion for the quarter.", "$4.1 billion", "USD", "revenue", ANY, None, "company"),
    ("The average house price reached £290,000 in June, Halifax said.", "£290,000", "GBP", "average house price", "2024-06-01..2024-06-30", None, "Halifax"),
    ("Two men, aged 24 and 31, were arrested.", "24", "year_of_age", "men", None, None, None),
    ("The club sold 30,000 season tickets this summer.", "30,000", "season tickets", "season tickets", "2024-06-01..2024-08-31", None, None),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "surface", "unit", "concept", "period", "qualifier", "source"),
    ROWS,
    ids=[f"{i}:{r[1]}" for i, r in enumerate(ROWS)],
)
def test_claim(text, surface, unit, concept, period, qualifier, source):
    doc, claim = _claim(text, surface)
    assert doc.text[claim.start : claim.end] == claim.text
    assert (claim.unit, claim.qualifier, claim.source) == (unit, qualifier, source)
    assert claim.concept is not None and concept.lower() in claim.concept.lower(), claim.concept
    if period is not ANY:
        assert claim.period == _period(period)
    assert claim.rule.startswith("claims.")


# sentence, change text, direction, subject text, base text, rule
COMPARISONS = [
    (
        "The airline carried 12.3 million passengers in 2023. This is up 8% on 2022 (11.4 million).",
        "8%",
        "up",
        "12.3 million",
        "11.4 million",
        "claims.change_on_bracketed_base",
    ),
    (
        "Sales of electric cars jumped 25% to 45,000 in October from 36,000 a year earlier, the SMMT said.",
        "25%",
        "up",
        "45,000",
        "36,000",
        "claims.change_from_to",
    ),
    (
        "Exports fell 3.1% to £28.4 billion in the second quarter.",
        "3.1%",
        "down",
        "£28.4 billion",
        None,
        "claims.change_unlinked",
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "change", "subject", "base", "rule"),
    COMPARISONS,
    ids=[c[1] for c in COMPARISONS],
)
def test_comparison_links_values(text, surface, change, subject, base, rule):
    doc, claim = _claim(text, surface)
    assert (claim.change, claim.rule, claim.kind) == (change, rule, "change")
    assert (doc.claims[claim.subject].text if claim.subject is not None else None) == subject
    assert (doc.claims[claim.base].text if claim.base is not None else None) == base


def test_base_inherits_subject_unit_and_period():
    _, claim = _claim(
        "The airline carried 12.3 million passengers in 2023. This is up 8% on 2022 (11.4 million).",
        "11.4 million",
    )
    assert (claim.unit, claim.rule) == ("passengers", "claims.comparison_base")
    assert claim.period == _period("2022-01-01..2022-12-31")


def test_vague_amounts_make_no_claim():
    doc = factex.extract("Police made dozens of arrests on Friday.", published=P)
    assert [q.rule for q in doc.quantities] == ["quantities.vague"]
    assert doc.claims == []


def test_counts_naming_a_period_make_no_claim():
    doc = factex.extract("Unemployment fell in the three months to August.", published=P)
    assert not [c for c in doc.claims if c.text == "three months"]


KNOWN_MISSES = [
    pytest.param(
        "The number of people waiting for treatment rose to 7.6 million in September, NHS England data shows.",
        "7.6 million",
        "people",
        marks=X(
            strict=True,
            reason="'the number of people ... rose to N' does not give N the unit people",
        ),
    ),
    pytest.param(
        "Unemployment fell by 12,000 to 1.3 million, the ONS said.",
        "1.3 million",
        "people",
        marks=X(
            strict=True, reason="absolute changes ('fell by X to Y') are not linked or given units"
        ),
    ),
]


@pytest.mark.parametrize(("text", "surface", "unit"), KNOWN_MISSES)
def test_known_misses(text, surface, unit):
    _, claim = _claim(text, surface)
    assert claim.unit == unit

"""Short readable ``__str__`` of Claim, Finding and DateMention, and the figure formatter."""

from __future__ import annotations

import datetime as dt

import pytest

from factex.models import Claim, DateMention, DateRange, Finding
from factex.render.labels import describe_claim, format_figure

FIGURES = [
    # (value, unit, step, stated text, expected)
    (19, "percent", 1, "19%", "19%"),
    (4.2, "percent", 0.1, "4.2%", "4.2%"),
    (19.0, "percent", 1, "19 per cent", "19%"),
    (3.5, "percentage_point", 0.1, "3.5 percentage points", "3.5 percentage points"),
    (1, "percentage_point", 1, "one point", "1 percentage point"),
    (75_000_000, "GBP", 1_000_000, "£75 million", "£75m"),
    (2_500_000_000, "USD", 100_000_000, "$2.5bn", "$2.5bn"),
    (1_200_000_000, "EUR", 100_000_000, "€1.2bn", "€1.2bn"),
    (40_000, "GBP", 1, "£40,000", "£40,000"),
    (1_234_567, "GBP", 1, "£1,234,567", "£1,234,567"),
    (9.99, "GBP", 0.01, "£9.99", "£9.99"),
    (-3_000_000, "GBP", 1_000_000, "a £3m loss", "-£3m"),
    (2_500_000, "CHF", 100_000, "CHF 2.5m", "CHF 2.5m"),
    (3197, "people", 1, "3,197", "3,197 people"),
    (1000, "life jackets", 1, "1,000", "1,000 life jackets"),
    (1_300_000, "people", 100_000, "1.3 mln", "1.3 million people"),
    (15, "year", 1, "15 years", "15 years"),
    (1, "day", 1, "one day", "1 day"),
    (16, "kilometer", 1, "16km", "16km"),
    (-5, "degree_Celsius", 1, "-5C", "-5C"),
    (31842, None, 1, "31,842", "31,842"),
    (31842, "", 1, None, "31,842"),
]


@pytest.mark.parametrize(("value", "unit", "step", "text", "expected"), FIGURES)
def test_format_figure(value, unit, step, text, expected):
    assert format_figure(value, unit, step=step, text=text) == expected


def claim(**kw) -> Claim:
    base = dict(text="3,197", start=0, end=5, value=3197, unit="people", concept=None)
    base.update(period=None, rule="test")
    base.update(kw)
    return Claim(**base)


PERIOD = DateRange(start=dt.date(2024, 10, 24), end=dt.date(2024, 11, 6))

CLAIMS = [
    (
        claim(period=PERIOD, source="Home Office"),
        "3,197 people · 2024-10-24..2024-11-06 · Home Office",
    ),
    (claim(qualifier="more than", value=3000, text="3,000"), "more than 3,000 people"),
    (
        claim(text="19%", value=19, unit="percent", kind="change", change="up", period=PERIOD),
        "up 19% · 2024-10-24..2024-11-06",
    ),
    (claim(text="£75 million", value=75e6, unit="GBP", kind="amount", step=1e6), "£75m"),
    (claim(text="31,842", value=31842, unit=None), "31,842"),
]


@pytest.mark.parametrize(("record", "expected"), CLAIMS)
def test_claim_str(record, expected):
    assert str(record) == expected


def test_describe_change_names_its_base(seed_doc):
    changes = [i for i, c in enumerate(seed_doc.claims) if c.text == "19%" and c.base is not None]
    assert changes, "the seed article's 19% should be linked to its base"
    assert describe_claim(seed_doc, changes[0]).startswith("up 19% on 26,699")


def test_seed_claim_str_matches_readme(seed_doc):
    assert "3,197 people · 2024-10-24..2024-11-06 · Home Office" in [
        str(c) for c in seed_doc.claims
    ]


DATES = [
    (
        DateMention(text="Wednesday", start=0, end=9, granularity="day", period=PERIOD),
        "'Wednesday' → 2024-10-24..2024-11-06",
    ),
    (
        DateMention(
            text="fortnight",
            start=0,
            end=9,
            period=None,
            granularity="duration",
            kind="duration",
            value="P2W",
        ),
        "'fortnight' → 2 weeks (P2W)",
    ),
    (
        DateMention(
            text="now", start=0, end=3, period=None, granularity="unknown", value="PRESENT_REF"
        ),
        "'now' → PRESENT_REF",
    ),
    (
        DateMention(text="then", start=0, end=4, period=None, granularity="unknown"),
        "'then' → unresolved",
    ),
]


@pytest.mark.parametrize(("record", "expected"), DATES)
def test_date_str(record, expected):
    assert str(record) == expected


def test_finding_str():
    finding = Finding(
        check="percent_change",
        verdict="inconsistent",
        stated="29%",
        computed=19.2629,
        message="up 29% from 26,699 to 31,842: computed +19.26%",
        start=0,
        end=3,
        rule="checks.change.percent",
    )
    assert str(finding) == (
        "[inconsistent] percent_change: up 29% from 26,699 to 31,842: computed +19.26%"
    )

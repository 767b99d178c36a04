"""Regressions found while reviewing claim output on short bulletins."""

from __future__ import annotations

import datetime as dt

import factex


def _claim(text: str, published: str, figure: str) -> factex.Claim:
    doc = factex.extract(text, published=published)
    return next(c for c in doc.claims if c.text == figure)


def test_source_is_the_reporting_subject_not_a_misparsed_clause(nlp):
    claim = _claim(
        "A total of 50,300 passengers sailed in April, the port authority said.",
        "2024-02-06",
        "50,300",
    )
    assert claim.source == "port authority"


def test_past_sentence_puts_a_yearless_month_in_the_past(nlp):
    claim = _claim(
        "A total of 50,300 passengers sailed in April, the port authority said.",
        "2024-02-06",
        "50,300",
    )
    assert claim.period == factex.DateRange(start=dt.date(2023, 4, 1), end=dt.date(2023, 4, 30))


def test_forecast_period_is_not_cut_at_publication(nlp):
    claim = _claim(
        "The port expects to carry more than 600,000 passengers in 2024.", "2024-02-06", "600,000"
    )
    assert claim.period == factex.DateRange(start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31))


def test_reported_period_is_cut_at_publication(nlp):
    claim = _claim("Some 50 people have died trying to cross this year.", "2024-11-07", "50")
    assert claim.period == factex.DateRange(start=dt.date(2024, 1, 1), end=dt.date(2024, 11, 7))


def test_this_is_down_refers_to_a_some_figure(nlp):
    doc = factex.extract(
        "Some 39,900 passengers made the crossing in February. "
        "This is down 12% on February last year (45,300).",
        published="2024-03-06",
    )
    change = next(c for c in doc.claims if c.kind == "change")
    assert doc.claims[change.subject].text == "39,900"
    assert doc.claims[change.base].text == "45,300"

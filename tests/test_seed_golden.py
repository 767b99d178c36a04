"""The seed article (PA copy, The National, 7 November 2024) must come out right."""

from __future__ import annotations

import datetime as dt
import json
import os
import re

import pytest

import factex
from factex.models import DateRange

from .conftest import TESTS

D = dt.date


def _claim(doc: factex.Document, text: str) -> factex.Claim:
    hits = [c for c in doc.claims if c.text == text]
    assert len(hits) == 1, f"expected one claim {text!r}, got {[c.text for c in doc.claims]}"
    return hits[0]


def _date(doc: factex.Document, text: str, start: int | None = None) -> factex.DateMention:
    hits = [d for d in doc.dates if d.text == text and (start is None or d.start >= start)]
    assert hits, f"no date {text!r} in {[d.text for d in doc.dates]}"
    return hits[0]


@pytest.fixture(params=["given", "inferred"])
def doc(request, seed_doc, seed_doc_inferred) -> factex.Document:
    return seed_doc if request.param == "given" else seed_doc_inferred


def test_publication_date(seed_doc, seed_doc_inferred):
    assert seed_doc.published == D(2024, 11, 7) and not seed_doc.published_inferred
    assert seed_doc_inferred.published == D(2024, 11, 7) and seed_doc_inferred.published_inferred


FORTNIGHT = DateRange(start=D(2024, 10, 24), end=D(2024, 11, 6))

CLAIMS = [
    # text, value, unit, period, qualifier, source
    ("3,197", 3197, "people", FORTNIGHT, None, "Home Office"),
    ("3,000", 3000, "migrants", FORTNIGHT, "more than", None),
    ("307", 307, "people", DateRange(start=D(2024, 11, 6), end=D(2024, 11, 6)), "some", None),
    ("five", 5, "boats", DateRange(start=D(2024, 11, 6), end=D(2024, 11, 6)), None, None),
    ("31,842", 31842, "people", DateRange(start=D(2024, 1, 1), end=D(2024, 11, 6)), None, None),
    ("26,699", 26699, "people", DateRange(start=D(2023, 1, 1), end=D(2023, 11, 6)), None, None),
    ("39,929", 39929, "people", DateRange(start=D(2022, 1, 1), end=D(2022, 11, 6)), None, None),
    (
        "50",
        50,
        "people",
        DateRange(start=D(2024, 1, 1), end=D(2024, 11, 7)),
        "some",
        "French coastguard",
    ),
    ("£75 million", 75_000_000, "GBP", None, None, None),
    ("10,000", 10_000, "crossings", None, None, None),
    ("17", 17, "members", None, None, None),
    ("100", 100, "boats", None, "more than", None),
    ("1,000", 1000, "life jackets", None, None, None),
    ("15 years", 15, "year", None, None, None),
]


@pytest.mark.parametrize(
    ("text", "value", "unit", "period", "qualifier", "source"), CLAIMS, ids=[c[0] for c in CLAIMS]
)
def test_claims(doc, text, value, unit, period, qualifier, source):
    claim = _claim(doc, text)
    assert (claim.value, claim.unit, claim.qualifier) == (value, unit, qualifier)
    if period is not None:
        assert claim.period == period
    if source is not None:
        assert claim.source == source
    assert doc.text[claim.start : claim.end] == claim.text


def test_total_claims_are_people_not_bare_numbers(doc):
    total = _claim(doc, "31,842")
    assert "total" in (total.concept or "")


def test_change_claims_link_subject_and_base(doc):
    up, down = _claim(doc, "19%"), _claim(doc, "20%")
    assert (up.change, down.change) == ("up", "down")
    assert doc.claims[up.subject].text == "31,842" and doc.claims[up.base].text == "26,699"
    assert doc.claims[down.subject].text == "31,842" and doc.claims[down.base].text == "39,929"


DATES = [
    ("Wednesday", 1500, D(2024, 11, 6), D(2024, 11, 6)),
    ("Tuesday", 0, D(2024, 11, 5), D(2024, 11, 5)),
    ("Thursday", 0, D(2024, 11, 7), D(2024, 11, 7)),
    ("Monday", 0, D(2024, 11, 4), D(2024, 11, 4)),
    ("between October 24 and November 6", 0, D(2024, 10, 24), D(2024, 11, 6)),
    ("2022", 0, D(2022, 1, 1), D(2022, 12, 31)),
    ("this time last year", 0, D(2023, 11, 7), D(2023, 11, 7)),
    ("The next day", 0, D(2024, 11, 5), D(2024, 11, 5)),
    ("Earlier this week", 0, D(2024, 11, 4), D(2024, 11, 6)),
]


@pytest.mark.parametrize(("text", "after", "start", "end"), DATES, ids=[d[0] for d in DATES])
def test_dates(doc, text, after, start, end):
    mention = _date(doc, text, after)
    assert mention.period == DateRange(start=start, end=end)


def test_durations_are_kept_apart_from_dates(doc):
    kinds = {d.text: (d.kind, d.value) for d in doc.dates}
    assert kinds["fortnight"] == ("duration", "P2W")
    assert kinds["14-day period"] == ("duration", "P14D")
    assert kinds["15 years"] == ("duration", "P15Y")


@pytest.mark.parametrize("junk", ["we", "19% on", "£75", "15 years in a", "a key"])
def test_no_dates_from_junk(doc, junk):
    at = re.search(rf"(?<!\w){re.escape(junk)}(?!\w)", doc.text).start()
    assert not [
        d
        for d in doc.dates
        if d.kind == "date" and d.start < at + len(junk) and at < d.end and d.text != "15 years"
    ]


def test_findings_all_consistent(doc):
    got = {(f.check, f.stated): f for f in doc.findings}
    assert set(got) == {
        ("percent_change", "19%"),
        ("percent_change", "20%"),
        ("date_span", "fortnight"),
        ("date_span", "14-day period"),
        ("comparator", "3,000"),
    }
    assert all(f.verdict == "consistent" for f in doc.findings)
    assert got[("percent_change", "19%")].computed == pytest.approx(19.26, abs=0.01)
    assert got[("percent_change", "20%")].computed == pytest.approx(-20.25, abs=0.01)
    assert got[("percent_change", "19%")].allowed == (18.5, 19.5)
    assert doc.ok


def test_nothing_from_boilerplate(doc):
    cut = doc.text.index("Why are you making commenting")
    assert doc.content_end == cut
    for records in (doc.entities, doc.dates, doc.quantities, doc.claims, doc.findings):
        assert all(r.end <= cut for r in records)


def test_offsets_point_at_the_words(doc):
    for records in (doc.entities, doc.dates, doc.quantities, doc.claims):
        for r in records:
            assert doc.text[r.start : r.end] == r.text


def test_coverage(doc):
    assert doc.coverage.numbers == len(doc.quantities)
    assert doc.coverage.in_claims <= doc.coverage.numbers
    assert doc.coverage.checked == 5


def test_json_contract(seed_doc):
    data = seed_doc.model_dump(mode="json")
    assert data["published"] == "2024-11-07" and data["published_inferred"] is False
    assert set(data["entities"][0]) >= {"text", "label", "start", "end"}
    assert set(data["dates"][0]) >= {"text", "start", "end", "period", "granularity"}
    assert set(data["quantities"][0]) >= {"text", "start", "end", "value", "unit", "qualifier"}
    assert set(data["claims"][0]) >= {
        "text",
        "start",
        "end",
        "value",
        "unit",
        "concept",
        "period",
        "qualifier",
        "source",
        "rule",
    }
    assert set(data["findings"][0]) >= {
        "check",
        "verdict",
        "stated",
        "computed",
        "message",
        "start",
        "end",
        "rule",
    }
    assert set(data["coverage"]) == {"numbers", "in_claims", "checked"}
    claim = next(c for c in data["claims"] if c["text"] == "3,197")
    assert claim["value"] == 3197 and claim["period"] == {
        "start": "2024-10-24",
        "end": "2024-11-06",
    }


GOLDEN = TESTS / "golden" / "channel-crossings.json"


def _golden_view(doc: factex.Document) -> dict:
    data = doc.model_dump(mode="json", exclude={"text"})
    return {
        k: data[k] for k in ("published", "dates", "quantities", "claims", "findings", "coverage")
    }


def test_golden_json(seed_doc):
    """Whole-document regression check; regenerate with FACTEX_UPDATE_GOLDEN=1 after review."""
    view = _golden_view(seed_doc)
    if os.environ.get("FACTEX_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(view, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert view == json.loads(GOLDEN.read_text(encoding="utf-8"))

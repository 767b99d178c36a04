"""Edited copies of the seed article: each error must be caught, each fix must pass."""

from __future__ import annotations

import pytest

import factex

VARIANTS = [
    # (replace, with, check that must turn inconsistent, its stated text)
    ("up 19%", "up 29%", "percent_change", "29%"),
    ("up 19%", "up 16%", "percent_change", "16%"),
    ("down 20%", "down 25%", "percent_change", "25%"),
    ("down 20%", "up 20%", "percent_change", "20%"),
    ("(26,699)", "(28,699)", "percent_change", "19%"),
    ("and November 6", "and November 9", "date_span", "14-day period"),
    ("busiest 14-day period", "busiest 10-day period", "date_span", "10-day period"),
    ("More than 3,000", "More than 3,500", "comparator", "3,500"),
]


@pytest.mark.parametrize(
    ("old", "new", "check", "stated"), VARIANTS, ids=[f"{v[0]}->{v[1]}" for v in VARIANTS]
)
def test_variant_is_caught(nlp, seed_text, old, new, check, stated):
    assert old in seed_text
    doc = factex.extract(seed_text.replace(old, new, 1), published="2024-11-07")
    bad = [(f.check, f.stated) for f in doc.findings if f.verdict == "inconsistent"]
    assert (check, stated) in bad
    assert not doc.ok


def test_wrong_base_is_named(nlp, seed_text):
    # 31,842 - 26,699 = 5,143: 16.2% of the new value, 19.3% of the old one.
    doc = factex.extract(seed_text.replace("up 19%", "up 16%"), published="2024-11-07")
    finding = next(f for f in doc.findings if f.stated == "16%")
    assert finding.verdict == "inconsistent" and "wrong base" in finding.message


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("up 19%", "up 19.3%"),
        ("down 20%", "down 20.3%"),
        ("More than 3,000", "More than 3,100"),
        ("More than 3,000", "Almost 3,200"),
    ],
)
def test_correct_edits_stay_consistent(nlp, seed_text, old, new):
    doc = factex.extract(seed_text.replace(old, new, 1), published="2024-11-07")
    assert doc.ok, [str(f) for f in doc.inconsistent]

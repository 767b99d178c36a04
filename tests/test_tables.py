"""Documents as pandas DataFrames: Document.to_pandas(kind) and factex.to_pandas(docs, kind)."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pandas as pd
import pytest

import factex
from factex.errors import FactexError, OptionalDependencyMissing
from factex.models import Document
from factex.tables import KINDS, UnknownTableKind, records

LISTS = ["claims", "findings", "dates", "quantities", "entities"]


@pytest.mark.parametrize("kind", LISTS)
def test_one_row_per_record(seed_doc, kind):
    df = seed_doc.to_pandas(kind)
    items = getattr(seed_doc, kind)
    assert len(df) == len(items)
    assert list(df.index) == list(range(len(items)))
    if kind != "findings":
        assert df["text"].tolist() == [r.text for r in items]
    assert df["start"].tolist() == [r.start for r in items]


EXPECTED_COLUMNS = [
    ("claims", ["value", "unit", "concept", "period_start", "period_end", "period_days", "source"]),
    ("claims", ["subject", "base", "sentence_start", "sentence_end"]),
    ("findings", ["check", "verdict", "stated", "computed", "allowed_low", "allowed_high"]),
    ("dates", ["period_start", "period_end", "granularity", "kind", "value", "rule"]),
    ("quantities", ["value", "unit", "qualifier", "change", "step"]),
    ("entities", ["text", "label", "start", "end"]),
    ("documents", ["published", "ok", "claims", "inconsistent", "numbers", "checked"]),
]


@pytest.mark.parametrize(("kind", "columns"), EXPECTED_COLUMNS)
def test_columns(seed_doc, kind, columns):
    assert set(columns) <= set(seed_doc.to_pandas(kind).columns)


def test_types(seed_doc):
    claims = seed_doc.to_pandas("claims")
    assert pd.api.types.is_datetime64_any_dtype(claims["period_start"])
    assert str(claims["base"].dtype) == "Int64"
    assert claims["value"].dtype == "float64"
    first = seed_doc.claims[1]
    row = claims.loc[1]
    assert row["period_start"].date() == first.period.start
    assert row["period_days"] == first.period.days
    findings = seed_doc.to_pandas("findings")
    assert findings["allowed_low"].dtype == "float64"


def test_change_claim_links_to_rows(seed_doc):
    claims = seed_doc.to_pandas("claims")
    change = claims[claims["text"] == "19%"].iloc[0]
    assert claims.loc[int(change["base"]), "value"] == 26699


def test_unbounded_allowed_is_nan(seed_doc):
    findings = seed_doc.to_pandas("findings")
    comparator = findings[findings["check"] == "comparator"].iloc[0]
    assert comparator["allowed_low"] == 3000 and pd.isna(comparator["allowed_high"])


@pytest.mark.parametrize("kind", KINDS)
def test_empty_document_keeps_columns(kind):
    empty = Document(text="", published=None)
    df = empty.to_pandas(kind)
    assert len(df.columns) > 2
    assert len(df) == (1 if kind == "documents" else 0)


def test_many_documents_with_ids(seed_doc, nlp):
    other = factex.extract(
        "Some 307 people made the journey in five boats.", published="2024-11-07"
    )
    df = factex.to_pandas({"seed": seed_doc, "sales": other}, "claims")
    assert list(df.columns[:2]) == ["doc_id", "item"]
    assert (df["doc_id"] == "seed").sum() == len(seed_doc.claims)
    assert (df["doc_id"] == "sales").sum() == len(other.claims)
    assert df[df["doc_id"] == "sales"]["item"].tolist() == list(range(len(other.claims)))
    by_position = factex.to_pandas([seed_doc, seed_doc], "findings")
    assert by_position["doc_id"].tolist() == [0] * len(seed_doc.findings) + [1] * len(
        seed_doc.findings
    )
    named = factex.to_pandas([seed_doc, other], "documents", ids=["a", "b"])
    assert named["doc_id"].tolist() == ["a", "b"]
    assert named["claims"].tolist() == [len(seed_doc.claims), len(other.claims)]
    pairs = factex.to_pandas([("x", other)], "quantities")
    assert set(pairs["doc_id"]) == {"x"}


def test_failed_documents_are_rows_in_the_summary_only(seed_doc):
    failed = SimpleNamespace(index=1, error="DocumentTooLarge", message="too big")
    docs = [seed_doc, failed]
    assert len(factex.to_pandas(docs, "claims")) == len(seed_doc.claims)
    summary = factex.to_pandas(docs, "documents")
    assert pd.isna(summary.loc[0, "error"])
    assert summary.loc[1, "error"].startswith("DocumentTooLarge") and not summary.loc[1, "ok"]


def test_not_a_document():
    with pytest.raises(TypeError, match="expected a factex Document"):
        factex.to_pandas(["just text"], "claims")


def test_ids_must_match():
    with pytest.raises(ValueError, match="2 ids for 1 documents"):
        factex.to_pandas([Document(text="", published=None)], ids=["a", "b"])


@pytest.mark.parametrize("kind", ["claim", "sentences", ""])
def test_unknown_kind(seed_doc, kind):
    with pytest.raises(UnknownTableKind, match="use one of claims, findings"):
        seed_doc.to_pandas(kind)
    with pytest.raises(FactexError):
        factex.to_pandas([seed_doc], kind)
    with pytest.raises(ValueError):
        records(seed_doc, kind)


def test_pandas_missing_is_actionable(seed_doc, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(OptionalDependencyMissing, match=r"pip install 'factex\[pandas\]'"):
        seed_doc.to_pandas("claims")
    assert records(seed_doc, "entities")  # plain rows need no pandas

"""``date_order`` (DMY/MDY) reaches every entry point: extract, extract_many (one and two
processes), run_batch, the Dask records and the command line."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import factex
from factex.batch import run_batch
from factex.cli import app
from factex.inputs import Source

PUB = "2024-11-20"
TEXT = "The council met on 06/11/2024 to set the budget."


def _day(doc: factex.Document) -> str:
    (mention,) = [d for d in doc.dates if "/" in d.text]
    assert mention.period is not None
    return mention.period.start.isoformat()


@pytest.mark.parametrize(("order", "expected"), [("DMY", "2024-11-06"), ("MDY", "2024-06-11")])
def test_extract(nlp, order, expected):
    assert _day(factex.extract(TEXT, published=PUB, date_order=order)) == expected


def test_default_is_day_first(nlp):
    assert _day(factex.extract(TEXT, published=PUB)) == "2024-11-06"


@pytest.mark.parametrize("n_process", [1, 2])
def test_extract_many(nlp, n_process):
    docs = factex.extract_many([TEXT] * 3, published=PUB, date_order="MDY", n_process=n_process)
    assert [_day(d) for d in docs] == ["2024-06-11"] * 3


def test_run_batch(nlp):
    results = list(run_batch([Source("a", TEXT)], published=PUB, date_order="MDY"))
    assert results[0].document is not None and _day(results[0].document) == "2024-06-11"


def test_dask_records(nlp):
    pytest.importorskip("dask")
    from factex.dask import extract_records

    (record,) = extract_records([TEXT], published=PUB, date_order="MDY")
    (mention,) = [d for d in record["document"]["dates"] if "/" in d["text"]]
    assert mention["period"]["start"] == "2024-06-11"


def test_cli(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    for order, expected in (("MDY", "2024-06-11"), ("DMY", "2024-11-06")):
        args = ["extract", str(path), "--published", PUB, "--date-order", order, "-f", "json"]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        (mention,) = [d for d in json.loads(result.stdout)["dates"] if "/" in d["text"]]
        assert mention["period"]["start"] == expected


@pytest.mark.parametrize("bad", ["YMD", "dmy", ""])
def test_unknown_order_is_a_value_error(nlp, bad):
    with pytest.raises(ValueError, match="date_order"):
        factex.extract(TEXT, published=PUB, date_order=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="date_order"):
        list(factex.extract_many([TEXT], date_order=bad))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "order", "day", "verdict"),
    [
        # the weekday settles the order when exactly one reading falls on it
        ("Voting closed on Wednesday 11/06/2024.", "DMY", "2024-11-06", "consistent"),
        ("Voting closed on Wednesday 11/06/2024.", "MDY", "2024-11-06", "consistent"),
        ("Voting closed on Tuesday 11/06/2024.", "MDY", "2024-06-11", "consistent"),
        ("Voting closed on Wednesday, 6.11.2024.", "DMY", "2024-11-06", "consistent"),
        # neither reading is a Friday: the date order reads it, the weekday is flagged
        ("Voting closed on Friday 11/06/2024.", "MDY", "2024-11-06", "inconsistent"),
        ("Voting closed on Friday 11/06/2024.", "DMY", "2024-06-11", "inconsistent"),
        # only one reading exists (no month 13)
        ("Voting closed on Friday 13/06/2025.", "MDY", "2025-06-13", "consistent"),
    ],
)
def test_weekday_with_numeric_date(nlp, text, order, day, verdict):
    doc = factex.extract(text, published=PUB, date_order=order)
    (mention,) = [d for d in doc.dates if "day" in d.text]
    assert mention.period is not None and mention.period.start.isoformat() == day
    assert [f.verdict for f in doc.findings if f.check == "weekday"] == [verdict]

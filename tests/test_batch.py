"""Batch runs: extract_many isolation and order, input reading, per-document results."""

from __future__ import annotations

import importlib
import json

import pytest

import factex
from factex.batch import LineIndex, Summary, failing_verdicts, run_batch
from factex.inputs import Source, list_inputs, read_files, read_jsonl, split_header

PUB = "2024-11-07"


@pytest.fixture(scope="module")
def bad_text(seed_text) -> str:
    return seed_text.replace("up 19%", "up 29%", 1)


# --- extract_many ---------------------------------------------------------------------


def test_extract_many_matches_extract(nlp, seed_text):
    texts = [seed_text, "", f"<p>{seed_text[:600]}</p>", seed_text[:600]]
    many = list(factex.extract_many(texts, published=PUB))
    assert [d.model_dump() for d in many] == [
        factex.extract(text, published=PUB).model_dump() for text in texts
    ]


def test_extract_many_parses_long_texts_in_chunks(nlp, seed_text, monkeypatch):
    from factex.clean import clean
    from factex.extract import analyse_doc
    from factex.parse import parse

    ex = importlib.import_module("factex.extract")
    monkeypatch.setattr(ex, "CHUNK_CHARS", 400)
    texts = ["Up 10% to 110.", seed_text, "Down 5%."]
    many = list(factex.extract_many(texts, published=PUB))
    cleaned = clean(seed_text)
    whole = analyse_doc(parse(nlp, cleaned.text, 400), seed_text, PUB, cleaned.content_end)
    assert many[1].model_dump() == whole.model_dump()
    assert [d.text for d in many] == texts


@pytest.mark.parametrize(
    ("on_error", "expected"),
    [
        ("record", ["Document", "FailedDocument", "Document", "FailedDocument", "Document"]),
        ("skip", ["Document", "Document", "Document"]),
    ],
)
@pytest.mark.parametrize("n_process", [1, 2])
def test_extract_many_isolates_bad_texts(nlp, on_error, expected, n_process):
    texts = ["Up 10% to 110.", "x" * 50, "Sales fell.", b"bytes", "Prices rose 3%."]
    kwargs = {"published": PUB, "max_chars": 40, "on_error": on_error, "batch_size": 2}
    out = list(factex.extract_many(texts, n_process=n_process, **kwargs))
    assert [type(d).__name__ for d in out] == expected
    if on_error == "record":
        assert [(d.index, d.error) for d in out if isinstance(d, factex.FailedDocument)] == [
            (1, "DocumentTooLarge"),
            (3, "TypeError"),
        ]
        assert [d.text for d in out if isinstance(d, factex.Document)] == [
            texts[0],
            texts[2],
            texts[4],
        ]


@pytest.mark.parametrize("n_process", [1, 2])
def test_extract_many_raises_by_default(nlp, n_process):
    with pytest.raises(factex.DocumentTooLarge):
        list(factex.extract_many(["short", "x" * 50], max_chars=40, n_process=n_process))


def test_extract_many_rejects_unknown_on_error(nlp):
    with pytest.raises(ValueError, match="on_error"):
        next(factex.extract_many(["a"], on_error="ignore"))  # type: ignore[arg-type]


def test_extract_many_per_text_published(nlp):
    texts = [("It happened on Monday.", "2024-11-07"), ("It happened on Monday.", None)]
    docs = list(factex.extract_many(texts, published="2020-01-01"))
    assert [str(d.published) for d in docs] == ["2024-11-07", "2020-01-01"]


def test_extract_many_bad_published_is_per_text(nlp):
    out = list(factex.extract_many([("a", "2024-13-45"), "b"], on_error="record"))
    assert [type(d).__name__ for d in out] == ["FailedDocument", "Document"]
    assert out[0].error == "InvalidPublicationDate"


def test_extract_many_two_processes_same_as_one(nlp, seed_text, bad_text):
    texts = [seed_text, bad_text, "x" * 50, seed_text[:900]]
    kwargs = {"published": PUB, "max_chars": 20_000, "on_error": "record", "batch_size": 1}
    serial = [d.model_dump() for d in factex.extract_many(texts, n_process=1, **kwargs)]
    parallel = [d.model_dump() for d in factex.extract_many(texts, n_process=2, **kwargs)]
    assert parallel == serial


# --- run_batch ------------------------------------------------------------------------


def test_run_batch_statuses_and_order(nlp, seed_text, bad_text):
    sources = [
        Source("good", seed_text),
        Source("unreadable", None, error="cannot read: Permission denied"),
        Source("empty", " \n\t "),
        Source("huge", "word " * 5000),
        Source("bad", bad_text, warnings=("not valid UTF-8; decoded as cp1252",)),
    ]
    results = list(run_batch(sources, published=PUB, max_chars=10_000))
    assert [(r.id, r.status) for r in results] == [
        ("good", "ok"),
        ("unreadable", "failed"),
        ("empty", "skipped"),
        ("huge", "failed"),
        ("bad", "ok"),
    ]
    assert "DocumentTooLarge" in results[3].error and "max_chars" in results[3].error
    assert results[4].document.warnings[0] == "not valid UTF-8; decoded as cp1252"
    summary = Summary()
    for r in results:
        summary.add(r, failing_verdicts("inconsistent"))
    assert (summary.processed, summary.failed, summary.skipped, summary.failing) == (2, 2, 1, 1)
    assert str(summary).startswith("5 documents: 2 processed, 2 failed, 1 skipped")


def test_run_batch_record_is_json(nlp, seed_text):
    (result,) = run_batch([Source("a", seed_text, path="a.txt")], published=PUB)
    record = json.loads(json.dumps(result.to_record()))
    assert record["id"] == "a" and record["path"] == "a.txt" and record["status"] == "ok"
    assert "text" not in record["document"] and record["document"]["published"] == PUB


def test_internal_errors_are_labelled(nlp, monkeypatch):
    ex = importlib.import_module("factex.extract")  # the module, not the function

    def boom(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(ex, "analyse_doc", boom)
    (result,) = run_batch([Source("a", "Up 10%.")], published=PUB)
    assert result.status == "failed"
    assert result.error.startswith("internal error (IndexError")


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [
        ("never", set()),
        ("inconsistent", {"inconsistent"}),
        ("unverifiable", {"inconsistent", "unverifiable"}),
    ],
)
def test_failing_verdicts(fail_on, expected):
    assert failing_verdicts(fail_on) == expected


# --- headers and offsets ----------------------------------------------------------------

HEADERS = [
    ("PUBLISHED: 2024-11-07\nBody.", "2024-11-07", []),
    ("\n  published:2024-11-07  \nBody.", "2024-11-07", []),
    ("---\ntitle: A\npublished: '2024-11-07'\n---\nBody.", "2024-11-07", []),
    ("---\ndate: 2024-11-07T09:30:00Z\n---\nBody.", "2024-11-07T09:30:00Z", []),
    ("---\ndate: 2020-01-01\npublished: 2024-11-07\n---\nBody.", "2024-11-07", []),
    ("---\r\npublished: 2024-11-07\r\n---\r\nBody.", "2024-11-07", []),
    ("---\ntitle: no date\n---\nBody.", None, []),
    ("PUBLISHED: soon\nBody.", None, ["header date 'soon' is not YYYY-MM-DD; ignored"]),
    ("Body first.\nPUBLISHED: 2024-11-07\n", None, []),
    ("--- not front matter\nBody.", None, []),
]


@pytest.mark.parametrize(("text", "published", "warnings"), HEADERS)
def test_split_header(text, published, warnings):
    masked, found, warned = split_header(text)
    assert (found, warned) == (published, warnings)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [
        i for i, c in enumerate(text) if c == "\n"
    ]
    assert masked.endswith("Body.") or masked.endswith("\n") or masked == text


def test_header_date_is_used_and_offsets_point_into_file(nlp, tmp_path, seed_text):
    path = tmp_path / "story.txt"
    path.write_text("---\npublished: 2024-11-07\n---\n" + seed_text, encoding="utf-8")
    (source,) = read_files([str(path)])
    (result,) = run_batch([source])
    doc = result.document
    assert doc.published.isoformat() == PUB and not doc.published_inferred
    file_text = path.read_text(encoding="utf-8")
    assert all(file_text[c.start : c.end] == c.text for c in doc.claims)


@pytest.mark.parametrize(
    ("text", "offset", "first_line", "expected"),
    [("abc", 0, 1, (1, 1)), ("ab\ncd", 3, 1, (2, 1)), ("ab\r\ncd\n", 5, 1, (2, 2))],
)
def test_line_index(text, offset, first_line, expected):
    assert LineIndex(text, first_line).position(offset) == expected


# --- reading ----------------------------------------------------------------------------


def test_list_inputs_recursive_glob_hidden(tmp_path):
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("b")
    (tmp_path / "sub" / "c.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text("ref")
    names = lambda found: [p.replace(str(tmp_path), "") for p in found]  # noqa: E731
    assert names(list_inputs([str(tmp_path)])) == ["/a.txt", "/sub/b.md", "/sub/c.png"]
    assert names(list_inputs([str(tmp_path)], ["*.txt", "*.md"])) == ["/a.txt", "/sub/b.md"]
    assert list_inputs(["-", "missing.txt"]) == ["-", "missing.txt"]


def test_read_files_reports_each_problem(tmp_path):
    (tmp_path / "cp.txt").write_bytes("Caf\u00e9 sales rose 10%.".encode("cp1252"))
    (tmp_path / "bin").write_bytes(b"\x00\x01\x02\x03junk")
    (tmp_path / "big.txt").write_text("x" * 200)
    entries = [str(tmp_path / n) for n in ("cp.txt", "bin", "big.txt", "nope.txt")]
    sources = list(read_files(entries, max_bytes=100))
    assert sources[0].text.startswith("Caf\u00e9") and "cp1252" in sources[0].warnings[0]
    assert "InputDecodeError" in sources[1].error
    assert "more than the 100 read for one article" in sources[2].error
    assert sources[3].error.startswith("cannot read")


def test_read_jsonl(tmp_path):
    lines = [
        json.dumps({"id": 7, "text": "Up 10%.", "date": "2024-11-07"}),
        "",
        json.dumps({"text": "No id."}),
        "{broken",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "x", "body": "wrong field"}),
        json.dumps({"id": "y", "text": 42}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sources = list(read_jsonl([str(path)], published_field="date"))
    assert [s.id for s in sources] == ["7", f"{path}:3", f"{path}:4", f"{path}:5", "x", "y"]
    assert [s.line for s in sources] == [1, 3, 4, 5, 6, 7]
    assert sources[0].published == "2024-11-07" and sources[0].in_jsonl
    assert [s.error is None for s in sources] == [True, True, False, False, False, False]
    assert "not valid JSON" in sources[2].error and "no 'text' field" in sources[4].error

"""Run factex over a whole news corpus: no uncaught exception, offsets hold everywhere.

Reads a JSONL file of stories (``text`` and optional ``date``/``id`` fields, e.g.
Reuters-21578 from ``../shared/data/reuters21578/reuters.jsonl``), extracts every story
with :func:`factex.extract_many` (``on_error="record"``: a story that fails is counted,
never dropped), checks ``text[start:end] == record.text`` and ``0 <= start <= end <=
len(text)`` for every nested record, and prints/saves the counts.

    nice -n 10 python benchmarks/corpus.py --data ../shared/data/reuters21578/reuters.jsonl
    python benchmarks/corpus.py --data ../shared/data/reuters21578/reuters.jsonl --limit 200

Only the ``text``/``date``/``id`` fields of each line are read; nothing else in a record
(file paths, URLs) is ever opened or fetched.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import factex
from factex import errors
from factex.models import FailedDocument

RESULTS = Path(__file__).parent / "results"


def stories(path: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)


def spans(record: Any) -> Iterator[dict[str, Any]]:
    """Every nested record with integer ``start``/``end``."""
    if isinstance(record, dict):
        if isinstance(record.get("start"), int) and isinstance(record.get("end"), int):
            yield record
        for value in record.values():
            yield from spans(value)
    elif isinstance(record, list):
        for value in record:
            yield from spans(value)


def offset_violations(doc: factex.Document, text: str) -> tuple[int, list[dict[str, Any]]]:
    checked, bad = 0, []
    for rec in spans(doc.model_dump(mode="json", exclude={"text"})):
        checked += 1
        ok = 0 <= rec["start"] <= rec["end"] <= len(text)
        if ok and isinstance(rec.get("text"), str):
            ok = text[rec["start"] : rec["end"]] == rec["text"]
        if not ok:
            bad.append({k: rec.get(k) for k in ("start", "end", "text")})
    return checked, bad


def is_factex_error(name: str) -> bool:
    cls = getattr(errors, name, None)
    return isinstance(cls, type) and issubclass(cls, errors.FactexError)


def run(path: Path, limit: int | None, n_process: int, batch_size: int) -> dict[str, Any]:
    items = list(stories(path, limit))
    texts = [(s["text"], s.get("date")) for s in items]
    counts: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    violations: list[dict[str, Any]] = []
    examples: list[dict[str, Any]] = []
    slowest: list[tuple[float, str, int]] = []
    start = last = time.perf_counter()
    docs = factex.extract_many(texts, n_process=n_process, batch_size=batch_size, on_error="record")
    for i, result in enumerate(docs):
        now = time.perf_counter()
        story = items[i]
        slowest = sorted([*slowest, (now - last, story.get("id", str(i)), len(story["text"]))])[
            -10:
        ]
        last = now
        counts["stories"] += 1
        if isinstance(result, FailedDocument):
            kind = "factex_errors" if is_factex_error(result.error) else "uncaught_exceptions"
            counts[kind] += 1
            failures[result.error] += 1
            if len(examples) < 20:
                examples.append(
                    {"id": story.get("id"), "error": result.error, "message": result.message[:300]}
                )
            continue
        counts["documents"] += 1
        checked, bad = offset_violations(result, story["text"])
        counts["records_checked"] += checked
        counts["offset_violations"] += len(bad)
        counts["claims"] += len(result.claims)
        counts["quantities"] += len(result.quantities)
        counts["dates"] += len(result.dates)
        counts["findings"] += len(result.findings)
        counts["inconsistent"] += sum(f.verdict == "inconsistent" for f in result.findings)
        counts["with_warnings"] += bool(result.warnings)
        if bad and len(violations) < 20:
            violations.append({"id": story.get("id"), "records": bad[:3]})
        if (i + 1) % 1000 == 0:
            print(f"  {i + 1:,} stories, {now - start:,.0f} s", flush=True)
    seconds = time.perf_counter() - start
    chars = sum(len(s["text"]) for s in items)
    return {
        "data": str(path),
        "n_process": n_process,
        "batch_size": batch_size,
        "counts": dict(counts),
        "characters": chars,
        "seconds": round(seconds, 1),
        "stories_per_second": round(counts["stories"] / seconds, 2) if seconds else None,
        "failures_by_error": dict(failures),
        "failure_examples": examples,
        "offset_violation_examples": violations,
        # with n_process > 1 results arrive in batches: per-story times are not measurable
        "slowest": [{"id": i, "chars": n, "seconds": round(s, 2)} for s, i, n in reversed(slowest)]
        if n_process == 1
        else None,
        "python": platform.python_version(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="JSONL file, one story a line")
    parser.add_argument("--limit", type=int, help="only the first N stories")
    parser.add_argument("--n-process", type=int, default=1, help="worker processes")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--out", type=Path, default=RESULTS / "corpus.json")
    args = parser.parse_args()
    report = run(args.data, args.limit, args.n_process, args.batch_size)
    c = report["counts"]
    print(
        "\n| stories | documents | FactexError | uncaught exceptions | records checked "
        "| offset violations | seconds | stories/s |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {c.get('stories', 0):,} | {c.get('documents', 0):,} | {c.get('factex_errors', 0)} "
        f"| {c.get('uncaught_exceptions', 0)} | {c.get('records_checked', 0):,} "
        f"| {c.get('offset_violations', 0)} | {report['seconds']:,} "
        f"| {report['stories_per_second']} |"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()

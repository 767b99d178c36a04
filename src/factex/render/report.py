"""Write a batch report in one of the CLI formats, streaming where the format allows.

``text``, ``jsonl`` and ``github`` write each document as soon as it is analysed; ``json``
writes a single document as itself and several as an array of records; ``sarif`` writes
one log at the end (keeping only the findings it reports).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TextIO

from ..batch import BatchResult
from .github import annotations
from .sarif import sarif_log
from .text import render_text

__all__ = ["FORMATS", "write_report"]

FORMATS = ("text", "json", "jsonl", "sarif", "github")


def _dumps(data: object, indent: int | None = None) -> str:
    return json.dumps(data, indent=indent, ensure_ascii=False)


def _write_text(
    results: Iterable[BatchResult], out: TextIO, verdicts: frozenset[str], color: bool, quiet: bool
) -> None:
    for r in results:
        if quiet and r.status != "failed" and not r.findings_at(verdicts):
            continue
        if r.document is None:
            label = "Error" if r.status == "failed" else "Skipped"
            out.write(f"== {r.id}\n{label}: {r.error}\n")
        else:
            out.write(render_text(r.document, name=r.id, color=color) + "\n")
        out.flush()


def _write_json(results: Iterator[BatchResult], out: TextIO) -> None:
    first = list(islice(results, 2))
    if len(first) == 1 and first[0].document is not None:
        out.write(_dumps(first[0].document.model_dump(mode="json", exclude={"text"}), 2) + "\n")
        return
    out.write("[")
    for i, r in enumerate((*first, *results)):
        out.write(("," if i else "") + "\n" + _dumps(r.to_record()))
    out.write("\n]\n")


def write_report(
    results: Iterable[BatchResult],
    fmt: str,
    out: TextIO,
    *,
    verdicts: frozenset[str],
    color: bool = False,
    quiet: bool = False,
    version: str = "",
) -> None:
    """Consume ``results`` and write the report; ``verdicts`` are the failing verdicts."""
    stream = iter(results)
    if fmt == "text":
        _write_text(stream, out, verdicts, color, quiet)
    elif fmt == "json":
        _write_json(stream, out)
    elif fmt == "jsonl":
        for r in stream:
            out.write(_dumps(r.to_record()) + "\n")
            out.flush()
    elif fmt == "sarif":
        out.write(_dumps(sarif_log(stream, verdicts, version=version), 2) + "\n")
    elif fmt == "github":
        for r in stream:
            for line in annotations(r, verdicts, warnings=not quiet):
                out.write(line + "\n")
            out.flush()
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")

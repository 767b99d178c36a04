"""``factex`` command line: a thin layer over the library.

Exit codes: 0 clean, 1 findings at or above ``--fail-on``, 2 usage or input error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .decode import decode_bytes
from .errors import FactexError
from .extract import extract
from .models import Document
from .render.text import render_text

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Extract facts from news articles and check the arithmetic behind them.",
)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


class FailOn(str, Enum):
    inconsistent = "inconsistent"
    unverifiable = "unverifiable"
    never = "never"


@dataclass
class Result:
    name: str
    doc: Document | None
    error: str | None = None


def _iter_paths(paths: list[str]) -> Iterator[tuple[str, bytes | None, str | None]]:
    for raw in paths:
        if raw == "-":
            yield "<stdin>", sys.stdin.buffer.read(), None
            continue
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            try:
                yield str(file), file.read_bytes(), None
            except OSError as exc:
                yield str(file), None, f"cannot read: {exc.strerror or exc}"


def _process(name: str, data: bytes | None, error: str | None, published: str | None) -> Result:
    if data is None:
        return Result(name, None, error)
    try:
        decoded = decode_bytes(data)
        doc = extract(decoded.text, published=published)
    except FactexError as exc:
        return Result(name, None, f"{type(exc).__name__}: {exc}")
    if decoded.warnings:
        doc = doc.model_copy(update={"warnings": [*decoded.warnings, *doc.warnings]})
    return Result(name, doc)


def _fails(doc: Document, fail_on: FailOn) -> bool:
    if fail_on is FailOn.never:
        return False
    levels = (
        {"inconsistent"} if fail_on is FailOn.inconsistent else {"inconsistent", "unverifiable"}
    )
    return any(f.verdict in levels for f in doc.findings)


def _emit(results: list[Result], fmt: OutputFormat, color: bool) -> None:
    if fmt is OutputFormat.text:
        for r in results:
            if r.doc is None:
                typer.echo(f"== {r.name}\nError: {r.error}")
            else:
                typer.echo(render_text(r.doc, name=r.name, color=color))
        return
    records = [
        {
            "id": r.name,
            "ok": r.error is None,
            "error": r.error,
            "document": r.doc.model_dump(mode="json", exclude={"text"}) if r.doc else None,
        }
        for r in results
    ]
    if fmt is OutputFormat.jsonl:
        for record in records:
            typer.echo(json.dumps(record, ensure_ascii=False))
    elif len(records) == 1 and records[0]["document"] is not None:
        typer.echo(json.dumps(records[0]["document"], indent=2, ensure_ascii=False))
    else:
        typer.echo(json.dumps(records, indent=2, ensure_ascii=False))


def _run(paths: list[str], fmt: OutputFormat, published: str | None, fail_on: FailOn) -> None:
    results = [_process(*item, published) for item in _iter_paths(paths)]
    _emit(results, fmt, color=sys.stdout.isatty())
    ok = [r.doc for r in results if r.doc is not None]
    failed = len(results) - len(ok)
    if len(results) > 1:
        typer.echo(f"{len(results)} documents: {len(ok)} processed, {failed} failed", err=True)
    if not results or failed == len(results):
        raise typer.Exit(2)
    raise typer.Exit(1 if any(_fails(d, fail_on) for d in ok) else 0)


PathsArg = Annotated[list[str], typer.Argument(help="Files, folders (recursive) or - for stdin.")]
FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
PublishedOpt = Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD).")]
FailOnOpt = Annotated[FailOn, typer.Option(help="Lowest verdict that makes the exit code 1.")]


@app.command()
def check(
    paths: PathsArg,
    format: FormatOpt = OutputFormat.text,
    published: PublishedOpt = None,
    fail_on: FailOnOpt = FailOn.inconsistent,
) -> None:
    """Check the figures in articles; exit 1 when a finding is inconsistent."""
    _run(paths, format, published, fail_on)


@app.command("extract")
def extract_cmd(
    paths: PathsArg,
    format: FormatOpt = OutputFormat.json,
    published: PublishedOpt = None,
    fail_on: FailOnOpt = FailOn.never,
) -> None:
    """Extract entities, dates, quantities, claims and findings as JSON."""
    _run(paths, format, published, fail_on)


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()

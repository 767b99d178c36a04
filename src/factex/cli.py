"""``factex`` command line: a thin layer over :mod:`factex.inputs`, :mod:`factex.batch` and
:mod:`factex.render.report`.

Exit codes: 0 clean, 1 findings at or above ``--fail-on``, 2 usage or input error (including
"no input document could be processed"). The report goes to stdout; progress, summary and
errors go to stderr.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from enum import Enum
from typing import Annotated, Any

import typer

from . import __version__
from .batch import BatchResult, Summary, failing_verdicts, run_batch
from .errors import FactexError
from .extract import DEFAULT_MAX_CHARS
from .inputs import list_inputs, read_files, read_jsonl
from .published import parse_published
from .render.report import write_report

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Extract facts from news articles and check the arithmetic behind them.",
)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    sarif = "sarif"
    github = "github"


class DateOrderChoice(str, Enum):
    DMY = "DMY"
    MDY = "MDY"


class FailOn(str, Enum):
    inconsistent = "inconsistent"
    unverifiable = "unverifiable"
    never = "never"


def _published(value: str | None) -> str | None:
    if value is not None:
        try:
            parse_published(value)
        except FactexError as exc:
            raise typer.BadParameter(str(exc)) from exc
    return value


PathsArg = Annotated[
    list[str], typer.Argument(help="Files, folders (recursive) or - for standard input.")
]
FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="Report format.")]
PublishedOpt = Annotated[
    str | None,
    typer.Option(
        callback=_published,
        help="Publication date (YYYY-MM-DD) for inputs without their own "
        "(front matter `published:`/`date:`, a `PUBLISHED:` first line, or the JSONL field).",
    ),
]
FailOnOpt = Annotated[FailOn, typer.Option(help="Lowest verdict that makes the exit code 1.")]
GlobOpt = Annotated[
    list[str] | None,
    typer.Option("--glob", "-g", help="File pattern inside folders (repeatable; default: *)."),
]
JsonlOpt = Annotated[bool, typer.Option("--jsonl", help="Inputs are JSONL, one article a line.")]
TextFieldOpt = Annotated[str, typer.Option(help="JSONL field holding the article text.")]
IdFieldOpt = Annotated[str, typer.Option(help="JSONL field holding the article id.")]
PublishedFieldOpt = Annotated[str, typer.Option(help="JSONL field holding the date.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Parser processes.")]
BatchSizeOpt = Annotated[int, typer.Option(min=1, help="Texts per spaCy batch.")]
MaxCharsOpt = Annotated[int, typer.Option(min=1, help="Longest document analysed.")]
ModelOpt = Annotated[str | None, typer.Option(help="spaCy pipeline name or path.")]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="Report only failing documents; no progress.")
]
DateOrderOpt = Annotated[
    DateOrderChoice,
    typer.Option(help="How to read all-numeric dates: DMY (06/11/2024 = 6 Nov) or MDY (US copy)."),
]
SummaryOpt = Annotated[
    bool, typer.Option("--summary", help="Always print the summary counts to stderr.")
]


def _progress() -> Any:
    """A transient progress bar on stderr (only used when stderr is a terminal).

    Refreshed by hand, not by a background thread: ``--jobs`` forks worker processes, and
    forking while another thread holds a lock (stderr's) can hang the child."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    return Progress(
        TextColumn("factex"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[name]}"),
        console=Console(stderr=True),
        transient=True,
        auto_refresh=False,
    )


def _tally(
    results: Iterable[BatchResult],
    summary: Summary,
    verdicts: frozenset[str],
    show: bool,
    total: int | None,
) -> Iterator[BatchResult]:
    """Count results (and advance the progress bar) as they stream to the report."""
    with _progress() if show else nullcontext() as progress:
        task = progress.add_task("", total=total, name="") if progress else None
        for result in results:
            summary.add(result, verdicts)
            if progress is not None:
                progress.update(task, advance=1, name=result.id[-40:], refresh=True)
            yield result


def _run(
    paths: list[str],
    *,
    fmt: OutputFormat,
    published: str | None,
    fail_on: FailOn,
    globs: list[str] | None,
    jsonl: bool,
    fields: tuple[str, str, str],
    jobs: int,
    batch_size: int,
    max_chars: int,
    model: str | None,
    quiet: bool,
    summary_flag: bool,
    date_order: DateOrderChoice = DateOrderChoice.DMY,
) -> None:
    total: int | None = None
    if jsonl:
        text_field, id_field, published_field = fields
        sources = read_jsonl(
            paths, text_field=text_field, id_field=id_field, published_field=published_field
        )
    else:
        entries = list_inputs(paths, globs or ["*"])
        total = len(entries)
        sources = read_files(entries, max_bytes=4 * max_chars)
    verdicts = failing_verdicts(fail_on.value)
    results = run_batch(
        sources,
        published=published,
        model=model,
        n_process=jobs,
        batch_size=batch_size,
        max_chars=max_chars,
        date_order=date_order.value,
    )
    summary = Summary()
    show_progress = not quiet and sys.stderr.isatty()
    color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    try:
        write_report(
            _tally(results, summary, verdicts, show_progress, total),
            fmt.value,
            sys.stdout,
            verdicts=verdicts,
            color=color,
            quiet=quiet,
            version=__version__,
        )
    except FactexError as exc:  # only batch-wide problems (no model) get here
        typer.echo(f"factex: {exc}", err=True)
        raise typer.Exit(2) from exc
    if summary_flag or (summary.total > 1 and not quiet):
        typer.echo(str(summary), err=True)
    if summary.total == 0:
        typer.echo("factex: no input documents found", err=True)
        raise typer.Exit(2)
    if summary.processed == 0 and summary.failed:
        raise typer.Exit(2)
    raise typer.Exit(1 if summary.failing else 0)


def _command(default_format: OutputFormat, default_fail_on: FailOn) -> Any:
    def command(
        paths: PathsArg,
        format: FormatOpt = default_format,
        published: PublishedOpt = None,
        fail_on: FailOnOpt = default_fail_on,
        glob: GlobOpt = None,
        jsonl: JsonlOpt = False,
        text_field: TextFieldOpt = "text",
        id_field: IdFieldOpt = "id",
        published_field: PublishedFieldOpt = "published",
        jobs: JobsOpt = 1,
        batch_size: BatchSizeOpt = 16,
        max_chars: MaxCharsOpt = DEFAULT_MAX_CHARS,
        model: ModelOpt = None,
        quiet: QuietOpt = False,
        summary: SummaryOpt = False,
        date_order: DateOrderOpt = DateOrderChoice.DMY,
    ) -> None:
        _run(
            paths,
            fmt=format,
            published=published,
            fail_on=fail_on,
            globs=glob,
            jsonl=jsonl,
            fields=(text_field, id_field, published_field),
            jobs=jobs,
            batch_size=batch_size,
            max_chars=max_chars,
            model=model,
            quiet=quiet,
            summary_flag=summary,
            date_order=date_order,
        )

    return command


app.command(
    "check",
    help="Check the figures in articles; exit 1 when a finding is inconsistent.",
)(_command(OutputFormat.text, FailOn.inconsistent))
app.command(
    "extract",
    help="Extract entities, dates, quantities, claims and findings (JSON by default).",
)(_command(OutputFormat.json, FailOn.never))


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()

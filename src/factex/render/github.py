"""GitHub Actions workflow commands: findings become annotations on the pull request.

``::error file=copy/story.md,line=3,col=12,endLine=3,endColumn=15,title=factex percent_change::…``
"""

from __future__ import annotations

from collections.abc import Iterator

from ..batch import BatchResult, LineIndex

__all__ = ["annotations", "escape_data", "escape_property"]

_COMMANDS = {"inconsistent": "error", "unverifiable": "warning", "consistent": "notice"}


def escape_data(text: str) -> str:
    """Escape a workflow-command message.

    >>> escape_data("19% -> 29%\\nnext")
    '19%25 -> 29%25%0Anext'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow-command property value (file names, titles).

    >>> escape_property("a,b:c.md")
    'a%2Cb%3Ac.md'
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(kind: str, message: str, **props: object) -> str:
    fields = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return (
        f"::{kind} {fields}::{escape_data(message)}"
        if fields
        else f"::{kind}::{escape_data(message)}"
    )


def annotations(
    result: BatchResult, verdicts: frozenset[str], *, warnings: bool = True
) -> Iterator[str]:
    """Workflow-command lines for one document: its failing findings, its error, and
    (with ``warnings``) its input warnings and why it was skipped."""
    source = result.source
    file = source.path
    if result.status == "failed":
        yield _command("error", f"factex: {result.error}", file=file, line=source.line)
    if warnings:
        if result.status == "skipped":
            yield _command("notice", f"factex: {result.error}", file=file, line=source.line)
        for warning in result.warnings:
            yield _command("warning", f"factex: {warning}", file=file, line=source.line)
    findings = result.findings_at(verdicts)
    doc = result.document
    if not findings or doc is None:
        return
    lines = LineIndex(doc.text, source.line)
    for f in findings:
        message = f"{f.verdict}: {f.stated!r}: {f.message}"
        title = f"factex {f.check}"
        if source.in_jsonl:
            message += f" (record {result.id}, characters {f.start}-{f.end})"
            yield _command(_COMMANDS[f.verdict], message, file=file, line=source.line, title=title)
            continue
        line, col = lines.position(f.start)
        end_line, end_col = lines.position(f.end)
        yield _command(
            _COMMANDS[f.verdict],
            message,
            file=file,
            line=line,
            col=col,
            endLine=end_line,
            endColumn=end_col,
            title=title,
        )

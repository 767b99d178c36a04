"""SARIF 2.1.0 log for code-scanning tools (GitHub code scanning, VS Code SARIF viewer).

One result per finding at or above the failing level (``error`` for inconsistent,
``warning`` for unverifiable), located by file, line and column; documents that could not
be processed become tool execution notifications.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from ..batch import BatchResult, LineIndex
from ..models import Finding

__all__ = ["SARIF_SCHEMA", "SARIF_VERSION", "sarif_log"]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {"inconsistent": "error", "unverifiable": "warning", "consistent": "note"}
_DESCRIPTIONS = {
    "percent_change": "A stated percentage change does not match the figures it compares.",
    "date_span": "A stated duration does not match the date range it describes.",
    "weekday": "A stated weekday does not fall on the stated date.",
    "comparator": "A 'more than' / 'almost' figure does not hold for the figure it bounds.",
}


def _uri(path: str | None) -> str:
    """A relative URI reference for a relative path (what code scanning expects), a
    ``file://`` URI for an absolute one.

    >>> _uri("copy/a story.md"), _uri("/tmp/x.md"), _uri(None)
    ('copy/a%20story.md', 'file:///tmp/x.md', 'stdin')
    """
    if path is None or path == "<stdin>":
        return "stdin"
    if PurePath(path).is_absolute():
        return Path(path).as_uri()
    return quote(PurePath(path).as_posix())


def _location(
    result: BatchResult, lines: LineIndex | None = None, finding: Finding | None = None
) -> dict[str, Any]:
    source = result.source
    region: dict[str, Any] = {"startLine": source.line}
    doc = result.document
    if doc is not None and lines is not None and finding is not None:
        line, column = lines.position(finding.start)
        end_line, end_column = lines.position(finding.end)
        region = {
            "startLine": line,
            "startColumn": column,
            "endLine": end_line,
            "endColumn": end_column,
            "snippet": {"text": doc.text[finding.start : finding.end]},
        }
    location: dict[str, Any] = {
        "physicalLocation": {"artifactLocation": {"uri": _uri(source.path)}, "region": region}
    }
    if source.in_jsonl:
        location["logicalLocations"] = [{"name": source.id, "kind": "object"}]
    return location


def _message(result: BatchResult, finding: Finding) -> str:
    where = f" (record {result.id}, characters {finding.start}-{finding.end})"
    suffix = where if result.source.in_jsonl else ""
    return f"{finding.verdict}: {finding.stated!r}: {finding.message}{suffix}"


def sarif_log(
    results: Iterable[BatchResult], verdicts: frozenset[str], *, version: str = ""
) -> dict[str, Any]:
    """The SARIF log (a JSON-ready dict) for ``results``; ``verdicts`` are reported."""
    rules: dict[str, int] = {}
    out: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for result in results:
        if result.status != "ok":
            level = "error" if result.status == "failed" else "note"
            notifications.append(
                {
                    "level": level,
                    "message": {"text": f"{result.id}: {result.status}: {result.error}"},
                    "locations": [_location(result)],
                }
            )
        findings = result.findings_at(verdicts)
        lines = None
        if findings and result.document is not None and not result.source.in_jsonl:
            lines = LineIndex(result.document.text, result.source.line)
        for finding in findings:
            index = rules.setdefault(finding.check, len(rules))
            out.append(
                {
                    "ruleId": finding.check,
                    "ruleIndex": index,
                    "level": _LEVELS[finding.verdict],
                    "message": {"text": _message(result, finding)},
                    "locations": [_location(result, lines, finding)],
                    "properties": {
                        "verdict": finding.verdict,
                        "stated": finding.stated,
                        "computed": finding.computed,
                        "rule": finding.rule,
                    },
                }
            )
    driver: dict[str, Any] = {
        "name": "factex",
        "informationUri": "https://pypi.org/project/factex/",
        "rules": [
            {
                "id": check,
                "name": check,
                "shortDescription": {
                    "text": _DESCRIPTIONS.get(check, f"factex check {check!r} failed.")
                },
            }
            for check in rules
        ],
    }
    if version:
        driver["version"] = version
    invocation = {
        "executionSuccessful": not any(n["level"] == "error" for n in notifications),
        "toolExecutionNotifications": notifications,
    }
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {"driver": driver},
                "columnKind": "unicodeCodePoints",
                "invocations": [invocation],
                "results": out,
            }
        ],
    }

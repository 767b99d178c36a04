"""Batch runs: analyse many :class:`~factex.inputs.Source` documents, each in isolation.

:func:`run_batch` yields one :class:`BatchResult` per source, in input order, whatever
happens to the others: a source that could not be read, is empty, or fails in analysis is
reported (``failed`` / ``skipped``) and the batch goes on.

>>> from factex.inputs import Source
>>> results = run_batch([Source("a", "Sales rose 10% to 110 from 100."), Source("b", "  "),
...                      Source("c", None, error="cannot read")], published="2024-11-07")
>>> [(r.id, r.status) for r in results]
[('a', 'ok'), ('b', 'skipped'), ('c', 'failed')]
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from . import errors
from .dates import DateOrder
from .extract import DEFAULT_MAX_CHARS, extract_many
from .inputs import Source
from .models import Document, FailedDocument, Finding
from .published import PublishedLike

__all__ = [
    "BatchResult",
    "FailOn",
    "LineIndex",
    "Status",
    "Summary",
    "failing_verdicts",
    "run_batch",
]

Status = Literal["ok", "failed", "skipped"]
FailOn = Literal["inconsistent", "unverifiable", "never"]
_SKIP_ERRORS = {"EmptyDocument"}


def failing_verdicts(fail_on: FailOn) -> frozenset[str]:
    """The verdicts that count as failures at ``fail_on``.

    >>> sorted(failing_verdicts("unverifiable"))
    ['inconsistent', 'unverifiable']
    """
    levels = {"never": (), "inconsistent": ("inconsistent",)}
    return frozenset(levels.get(fail_on, ("inconsistent", "unverifiable")))


@dataclass(frozen=True)
class BatchResult:
    """What happened to one source: a Document, or why there is none."""

    source: Source
    status: Status
    document: Document | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.source.id

    def findings_at(self, verdicts: frozenset[str]) -> list[Finding]:
        doc = self.document
        return [f for f in doc.findings if f.verdict in verdicts] if doc else []

    def to_record(self, *, include_text: bool = False) -> dict[str, Any]:
        """The JSON record of this result (one ``--format jsonl`` line)."""
        doc = self.document
        return {
            "id": self.source.id,
            "path": self.source.path,
            "status": self.status,
            "error": self.error,
            "warnings": list(self.warnings),
            "document": None
            if doc is None
            else doc.model_dump(mode="json", exclude=None if include_text else {"text"}),
        }


@dataclass
class Summary:
    """Counts over a batch: documents by status, findings by verdict."""

    processed: int = 0
    failed: int = 0
    skipped: int = 0
    failing: int = 0
    """Documents with a finding at a failing verdict (see :meth:`add`)."""
    verdicts: dict[str, int] = field(
        default_factory=lambda: {"consistent": 0, "inconsistent": 0, "unverifiable": 0}
    )

    @property
    def total(self) -> int:
        return self.processed + self.failed + self.skipped

    def add(self, result: BatchResult, failing: frozenset[str] = frozenset()) -> None:
        """Count ``result``; it is *failing* when it has a finding whose verdict is in
        ``failing``."""
        if result.findings_at(failing):
            self.failing += 1
        if result.status == "ok":
            self.processed += 1
        elif result.status == "failed":
            self.failed += 1
        else:
            self.skipped += 1
        for finding in result.document.findings if result.document else ():
            self.verdicts[finding.verdict] = self.verdicts.get(finding.verdict, 0) + 1

    def __str__(self) -> str:
        v = self.verdicts
        return (
            f"{self.total} documents: {self.processed} processed, {self.failed} failed, "
            f"{self.skipped} skipped; findings: {v['inconsistent']} inconsistent, "
            f"{v['unverifiable']} unverifiable, {v['consistent']} consistent"
        )


class LineIndex:
    """Character offset → 1-based (line, column) in a text (columns in code points).

    >>> LineIndex("ab\\ncd").position(3)
    (2, 1)
    >>> LineIndex("ab\\ncd", first_line=10).position(1)
    (10, 2)
    """

    def __init__(self, text: str, first_line: int = 1) -> None:
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        self._first = first_line

    def position(self, offset: int) -> tuple[int, int]:
        row = bisect.bisect_right(self._starts, offset) - 1
        return row + self._first, offset - self._starts[row] + 1


def _error_text(failed: FailedDocument) -> str:
    cls = getattr(errors, failed.error, None)
    if isinstance(cls, type) and issubclass(cls, errors.FactexError):
        return f"{failed.error}: {failed.message}"
    return f"internal error ({failed.error}: {failed.message}); please report it"


def _finish(source: Source, out: Document | FailedDocument) -> BatchResult:
    if isinstance(out, FailedDocument):
        status: Status = "skipped" if out.error in _SKIP_ERRORS else "failed"
        return BatchResult(source, status, error=_error_text(out), warnings=source.warnings)
    if source.warnings:
        out = out.model_copy(update={"warnings": [*source.warnings, *out.warnings]})
    return BatchResult(source, "ok", out, warnings=tuple(out.warnings))


def _before_analysis(source: Source) -> BatchResult | None:
    if source.text is None:
        error = source.error or "no text"
        return BatchResult(source, "failed", error=error, warnings=source.warnings)
    if not source.text.strip():
        return BatchResult(
            source, "skipped", error="empty document: nothing to analyse", warnings=source.warnings
        )
    return None


def run_batch(
    sources: Iterable[Source],
    *,
    published: PublishedLike = None,
    model: str | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
    date_order: DateOrder = "DMY",
) -> Iterator[BatchResult]:
    """Analyse every source (lazily, in order) with :func:`factex.extract_many`.

    ``published`` is the default for sources without their own date. Only a missing
    spaCy model (or an invalid ``published`` or ``date_order``) stops the batch.
    """
    waiting: deque[Source | BatchResult] = deque()

    def feed() -> Iterator[tuple[str, str | None]]:
        for source in sources:
            early = _before_analysis(source)
            waiting.append(early or source)
            if early is None and source.text is not None:
                yield source.text, source.published

    def ready() -> Iterator[BatchResult]:
        while waiting and isinstance(waiting[0], BatchResult):
            result = waiting.popleft()
            assert isinstance(result, BatchResult)
            yield result

    outputs = extract_many(
        feed(),
        published=published,
        model=model,
        batch_size=batch_size,
        n_process=n_process,
        max_chars=max_chars,
        on_error="record",
        date_order=date_order,
    )
    for out in outputs:
        yield from ready()
        source = waiting.popleft()
        assert isinstance(source, Source)
        yield _finish(source, out)
    yield from ready()

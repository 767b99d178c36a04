"""The end-to-end pipeline: text → Document."""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Literal

from spacy.tokens import Doc

from .checks import run_checks
from .claims import ArticleContext, build_claims
from .claims.concepts import quantities_with_concepts
from .clean import clean, input_warnings
from .dates import DateOrder, extract_dates, find_date_candidates, infer_publication_date
from .doctext import doc_text
from .errors import DocumentTooLarge
from .models import Coverage, Document, Entity, FailedDocument
from .parse import CHUNK_CHARS, parse, split_chunks
from .pipeline import load_pipeline, resolve_model_name
from .published import PublishedLike, parse_published
from .quantities.extract import extract_quantities
from .quantities.numerals import find_numbers

__all__ = ["DEFAULT_MAX_CHARS", "analyse_doc", "extract", "extract_many"]

DEFAULT_MAX_CHARS = 1_000_000
_NER_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW"}


def _check_size(text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise DocumentTooLarge(len(text), max_chars)


def _check_date_order(date_order: str) -> None:
    if date_order not in ("DMY", "MDY"):
        raise ValueError(f"date_order must be 'DMY' or 'MDY', not {date_order!r}")


def extract(
    text: str,
    *,
    published: PublishedLike = None,
    model: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    date_order: DateOrder = "DMY",
) -> Document:
    """Extract entities, dates, quantities and claims from one article and verify them.

    ``published`` (date, datetime or ISO string) anchors relative dates; when absent it is
    inferred from the article and ``Document.published_inferred`` is True. ``date_order``
    reads all-numeric dates: "DMY" (British copy: 06/11/2024 is 6 November) or "MDY" (US).

    Limits: a text longer than ``max_chars`` raises :class:`DocumentTooLarge`; an empty or
    whitespace-only text gives an empty Document with a warning (not an error), so a batch
    keeps one record per input. Any other ``str`` gives a Document or a ``FactexError``.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"extract() takes a str, not {type(text).__name__}; "
            "decode bytes first (factex.decode_bytes)"
        )
    _check_size(text, max_chars)
    _check_date_order(date_order)
    anchor = parse_published(published)
    cleaned = clean(text)
    nlp = load_pipeline(resolve_model_name(model))
    doc = analyse_doc(
        parse(nlp, cleaned.text), text, anchor, cleaned.content_end, date_order=date_order
    )
    notes = input_warnings(text, cleaned.text)
    return doc.model_copy(update={"warnings": [*notes, *doc.warnings]}) if notes else doc


OnError = Literal["raise", "skip", "record"]
ManyItem = str | tuple[str, PublishedLike]


@dataclass(frozen=True)
class _Job:
    index: int
    text: str
    anchor: dt.date | None
    content_end: int
    chunks: int = 1
    """Pieces the text is parsed in (see :func:`factex.parse.split_chunks`)."""
    notes: tuple[str, ...] = ()


def _prepare(
    index: int, item: ManyItem, default: dt.date | None, max_chars: int, chunk_chars: int
) -> tuple[_Job, list[str]]:
    text, published = item if isinstance(item, tuple) else (item, None)
    if not isinstance(text, str):
        raise TypeError(
            f"extract_many() takes str items or (str, published) pairs, not "
            f"{type(text).__name__}; decode bytes first (factex.decode_bytes)"
        )
    _check_size(text, max_chars)
    anchor = parse_published(published) if published is not None else default
    cleaned = clean(text)
    pieces = split_chunks(cleaned.text, chunk_chars)
    notes = tuple(input_warnings(text, cleaned.text))
    return _Job(index, text, anchor, cleaned.content_end, len(pieces), notes), pieces


def _failure(index: int, exc: BaseException) -> FailedDocument:
    return FailedDocument(index=index, error=type(exc).__name__, message=str(exc))


def extract_many(
    texts: Iterable[ManyItem],
    *,
    published: PublishedLike = None,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_error: OnError = "raise",
    date_order: DateOrder = "DMY",
) -> Iterator[Document | FailedDocument]:
    """Like :func:`extract` for many texts, parsed with ``nlp.pipe``; lazy and order-preserving.

    Each item is a text, or a ``(text, published)`` pair whose date (when not None)
    overrides ``published`` for that text. ``n_process > 1`` runs the whole pipeline in
    that many worker processes, ``batch_size`` texts at a time (see :mod:`factex.parallel`).
    ``on_error`` says what a text that cannot be analysed does: ``"raise"`` stops the
    batch, ``"skip"`` drops it, ``"record"`` yields a :class:`FailedDocument` in its place
    (so output *i* always belongs to input *i*). A missing model always raises.
    ``date_order`` is :func:`extract`'s, for every text.

    >>> docs = extract_many(["Up 10% to 110 from 100.", 42], published="2024-11-07",
    ...                     on_error="record")
    >>> [type(d).__name__ for d in docs]
    ['Document', 'FailedDocument']
    """
    if on_error not in ("raise", "skip", "record"):
        raise ValueError(f"on_error must be 'raise', 'skip' or 'record', not {on_error!r}")
    _check_date_order(date_order)
    default = parse_published(published)
    nlp = load_pipeline(resolve_model_name(model))
    if n_process > 1:
        from .parallel import extract_in_pool

        yield from extract_in_pool(
            texts,
            n_process=n_process,
            batch_size=batch_size,
            on_error=on_error,
            published=default,
            model=model,
            max_chars=max_chars,
            date_order=date_order,
        )
        return
    chunk_chars = min(CHUNK_CHARS, nlp.max_length)
    # Texts that fail before parsing never reach spaCy; the queue keeps their place.
    queue: deque[_Job | FailedDocument] = deque()

    def feed() -> Iterator[str]:
        for index, item in enumerate(texts):
            try:
                job, pieces = _prepare(index, item, default, max_chars, chunk_chars)
            except Exception as exc:
                if on_error == "raise":
                    raise
                queue.append(_failure(index, exc))
                continue
            queue.append(job)
            yield from pieces

    def failures() -> Iterator[FailedDocument]:
        while queue and isinstance(queue[0], FailedDocument):
            failed = queue.popleft()
            if on_error == "record" and isinstance(failed, FailedDocument):
                yield failed

    parsed = nlp.pipe(feed(), batch_size=batch_size)
    for first in parsed:
        yield from failures()
        job = queue.popleft()
        assert isinstance(job, _Job), "spaCy returned more documents than it was given"
        parts = [first, *islice(parsed, job.chunks - 1)]
        result: Document | FailedDocument
        try:
            doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
            result = analyse_doc(doc, job.text, job.anchor, job.content_end, date_order=date_order)
            if job.notes:
                warnings = [*job.notes, *result.warnings]
                result = result.model_copy(update={"warnings": warnings})
        except Exception as exc:
            if on_error == "raise":
                raise
            result = _failure(job.index, exc)
        if isinstance(result, Document) or on_error == "record":
            yield result
    yield from failures()


def analyse_doc(
    doc: Doc,
    source_text: str,
    published: PublishedLike,
    content_end: int | None = None,
    *,
    date_order: DateOrder = "DMY",
) -> Document:
    """Everything after the spaCy parse. ``doc.text`` must be a prefix-aligned, same-offset
    view of ``source_text`` (see :mod:`factex.clean`)."""
    anchor = parse_published(published)
    inferred = False
    if anchor is None:
        anchor = infer_publication_date(find_date_candidates(doc.text))
        inferred = anchor is not None
    dates = extract_dates(doc, anchor, source_text, date_order=date_order)
    numbers = find_numbers(doc_text(doc), vague=True)  # once, for quantities and checks
    quantities = extract_quantities(doc, dates, source_text, numbers)
    ctx = ArticleContext(doc, source_text, anchor, dates, quantities, numbers)
    claims = build_claims(ctx)
    findings = run_checks(ctx, claims)
    used = {c.quantity for c in claims if c.quantity is not None}
    coverage = Coverage(
        numbers=len(quantities),
        in_claims=len(used),
        checked=sum(f.verdict != "unverifiable" for f in findings),
    )
    entities = [
        Entity(
            text=source_text[e.start_char : e.end_char],
            label=e.label_,
            start=e.start_char,
            end=e.end_char,
        )
        for e in doc.ents
        if e.label_ in _NER_LABELS
    ]
    return Document(
        text=source_text,
        published=anchor,
        published_inferred=inferred,
        entities=entities,
        dates=dates,
        quantities=quantities_with_concepts(ctx),
        claims=claims,
        findings=findings,
        coverage=coverage,
        content_end=content_end
        if content_end is not None and content_end < len(source_text)
        else None,
    )

"""The end-to-end pipeline: text → Document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from .checks import run_checks
from .claims import ArticleContext, build_claims
from .clean import clean
from .dates import extract_dates, find_date_candidates, infer_publication_date
from .errors import DocumentTooLarge
from .models import Coverage, Document, Entity
from .pipeline import load_pipeline, resolve_model_name
from .published import PublishedLike, parse_published
from .quantities.extract import extract_quantities

__all__ = ["DEFAULT_MAX_CHARS", "analyse_doc", "extract", "extract_many"]

DEFAULT_MAX_CHARS = 1_000_000
_NER_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW"}


def _check_size(text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise DocumentTooLarge(len(text), max_chars)


def extract(
    text: str,
    *,
    published: PublishedLike = None,
    model: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Document:
    """Extract entities, dates, quantities and claims from one article and verify them.

    ``published`` (date, datetime or ISO string) anchors relative dates; when absent it is
    inferred from the article and ``Document.published_inferred`` is True.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"extract() takes a str, not {type(text).__name__}; "
            "decode bytes first (factex.decode_bytes)"
        )
    _check_size(text, max_chars)
    anchor = parse_published(published)
    cleaned = clean(text)
    nlp = load_pipeline(resolve_model_name(model))
    return analyse_doc(nlp(cleaned.text), text, anchor, cleaned.content_end)


def extract_many(
    texts: Iterable[str],
    *,
    published: PublishedLike = None,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Document]:
    """Like :func:`extract` for many texts, parsed with ``nlp.pipe`` (order preserved)."""
    anchor = parse_published(published)
    nlp = load_pipeline(resolve_model_name(model))
    originals: list[str] = []

    def cleaned() -> Iterator[str]:
        for text in texts:
            _check_size(text, max_chars)
            originals.append(text)
            yield clean(text).text

    for i, doc in enumerate(nlp.pipe(cleaned(), batch_size=batch_size, n_process=n_process)):
        yield analyse_doc(doc, originals[i], anchor, len(doc.text))


def analyse_doc(
    doc: Doc, source_text: str, published: PublishedLike, content_end: int | None = None
) -> Document:
    """Everything after the spaCy parse. ``doc.text`` must be a prefix-aligned, same-offset
    view of ``source_text`` (see :mod:`factex.clean`)."""
    anchor = parse_published(published)
    inferred = False
    if anchor is None:
        anchor = infer_publication_date(find_date_candidates(doc.text))
        inferred = anchor is not None
    dates = extract_dates(doc, anchor, source_text)
    quantities = extract_quantities(doc, dates, source_text)
    ctx = ArticleContext(doc, source_text, anchor, dates, quantities)
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
        quantities=quantities,
        claims=claims,
        findings=findings,
        coverage=coverage,
        content_end=content_end
        if content_end is not None and content_end < len(source_text)
        else None,
    )

"""Documents as pandas DataFrames (the optional extra ``factex[pandas]``).

One row per record. Nested values are flattened into plain columns: a period becomes
``period_start``/``period_end`` (datetime64) and ``period_days``; a finding's ``allowed``
interval becomes ``allowed_low``/``allowed_high`` (NaN = unbounded); a claim's ``sentence``
becomes ``sentence_start``/``sentence_end``. Record indices (``Claim.subject``,
``Claim.base``, ``Claim.quantity``) are nullable integers and refer to the row index of
the same document's table.

>>> from factex.models import Document, Finding
>>> f = Finding(check="percent_change", verdict="consistent", stated="19%", computed=19.26,
...             allowed=(18.5, 19.5), message="…", start=0, end=3, rule="demo")
>>> df = Document(text="19%", published=None, findings=[f]).to_pandas("findings")
>>> row = df.loc[0]
>>> row["check"], row["verdict"], float(row["allowed_low"]), float(row["allowed_high"])
('percent_change', 'consistent', 18.5, 19.5)
"""

from __future__ import annotations

import types
from collections.abc import Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Union, get_args, get_origin

from pydantic import BaseModel

from .errors import FactexError, OptionalDependencyMissing
from .models import Claim, DateMention, DateRange, Document, Entity, Finding, Quantity

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["KINDS", "UnknownTableKind", "document_frame", "records", "to_pandas"]

_RECORDS: dict[str, type[BaseModel]] = {
    "claims": Claim,
    "findings": Finding,
    "dates": DateMention,
    "quantities": Quantity,
    "entities": Entity,
}
KINDS: tuple[str, ...] = (*_RECORDS, "documents")
"""Table kinds: one row per claim, finding, date, quantity, entity, or per document."""

_PAIRS = {"allowed": ("low", "high")}
"""Two-element fields and the suffixes of their columns (others get ``start``/``end``)."""


class UnknownTableKind(FactexError, ValueError):
    """``to_pandas`` was asked for a table kind that does not exist."""

    def __init__(self, kind: object) -> None:
        super().__init__(f"Unknown table kind {kind!r}: use one of {', '.join(KINDS)}.")
        self.kind = kind


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise OptionalDependencyMissing("pandas", "pandas") from exc
    return pandas


def _options(annotation: Any) -> tuple[Any, ...]:
    if get_origin(annotation) in (Union, types.UnionType):
        return get_args(annotation)
    return (annotation,)


def _layout(model: type[BaseModel]) -> list[tuple[str, str, list[str]]]:
    """(field, how, columns) for each field: how is "range", "pair", "int" or "plain"."""
    out = []
    for name, info in model.model_fields.items():
        options = _options(info.annotation)
        if DateRange in options:
            out.append((name, "range", [f"{name}_start", f"{name}_end", f"{name}_days"]))
        elif any(get_origin(o) is tuple for o in options):
            low, high = _PAIRS.get(name, ("start", "end"))
            out.append((name, "pair", [f"{name}_{low}", f"{name}_{high}"]))
        elif int in options and type(None) in options:
            out.append((name, "int", [name]))
        else:
            out.append((name, "plain", [name]))
    return out


def _row(record: BaseModel, layout: list[tuple[str, str, list[str]]]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, how, columns in layout:
        value = getattr(record, name)
        if how == "range":
            parts = (value.start, value.end, value.days) if value else (None, None, None)
            row.update(zip(columns, parts, strict=True))
        elif how == "pair":
            row.update(zip(columns, value if value else (None, None), strict=True))
        else:
            row[columns[0]] = list(value) if isinstance(value, list) else value
    return row


def _summary_row(doc: Document) -> dict[str, Any]:
    counts = doc.summary()
    return {
        "published": doc.published,
        "published_inferred": doc.published_inferred,
        "ok": doc.ok,
        "chars": len(doc.text),
        "content_end": doc.content_end,
        "entities": len(doc.entities),
        "dates": len(doc.dates),
        "quantities": len(doc.quantities),
        "claims": counts["claims"],
        "findings": len(doc.findings),
        "consistent": counts["consistent"],
        "inconsistent": counts["inconsistent"],
        "unverifiable": counts["unverifiable"],
        "numbers": doc.coverage.numbers,
        "in_claims": doc.coverage.in_claims,
        "checked": doc.coverage.checked,
        "warnings": list(doc.warnings),
        "error": None,
    }


_SUMMARY_COLUMNS = list(_summary_row(Document(text="", published=None)))


def records(doc: Document, kind: str = "claims") -> list[dict[str, Any]]:
    """The rows of :func:`document_frame` as plain dicts (no pandas needed).

    >>> from factex.models import Document, Entity
    >>> kent = Entity(text="Kent", start=0, end=4, label="GPE")
    >>> doc = Document(text="Kent", published=None, entities=[kent])
    >>> records(doc, "entities")
    [{'text': 'Kent', 'start': 0, 'end': 4, 'label': 'GPE'}]
    """
    if kind == "documents":
        return [_summary_row(doc)]
    if kind not in _RECORDS:
        raise UnknownTableKind(kind)
    layout = _layout(_RECORDS[kind])
    return [_row(r, layout) for r in getattr(doc, kind)]


def _columns(kind: str) -> list[str]:
    if kind == "documents":
        return list(_SUMMARY_COLUMNS)
    return [c for _, _, columns in _layout(_RECORDS[kind]) for c in columns]


def _frame(rows: list[dict[str, Any]], kind: str, lead: list[str] | None = None) -> pd.DataFrame:
    pd = _pandas()
    columns = (lead or []) + _columns(kind)
    df = pd.DataFrame(rows, columns=columns)
    nullable_ints = ["content_end"] if kind == "documents" else []
    if kind in _RECORDS:
        for name, how, cols in _layout(_RECORDS[kind]):
            if how == "int" or (how == "pair" and name != "allowed"):
                nullable_ints += cols
            if how == "range":
                nullable_ints.append(cols[2])
    for column in columns:
        if column in nullable_ints:
            df[column] = df[column].astype("Int64")
        elif column in ("period_start", "period_end", "published"):
            df[column] = pd.to_datetime(df[column])
        elif column.startswith("allowed_"):
            df[column] = df[column].astype("float64")
    return df


def document_frame(doc: Document, kind: str = "claims") -> pd.DataFrame:
    """One DataFrame of ``kind`` (see :data:`KINDS`) for one document; row index = record index."""
    if kind not in KINDS:
        raise UnknownTableKind(kind)
    return _frame(records(doc, kind), kind)


def _pairs(
    docs: Document | Mapping[Hashable, Any] | Iterable[Any], ids: Iterable[Hashable] | None
) -> list[tuple[Hashable, Any]]:
    if isinstance(docs, Document):
        items: list[Any] = [docs]
    elif isinstance(docs, Mapping):
        items = list(docs.items())
    else:
        items = list(docs)
    pairs = [
        item if isinstance(item, tuple) and len(item) == 2 else (n, item)
        for n, item in enumerate(items)
    ]
    if ids is not None:
        names = list(ids)
        if len(names) != len(pairs):
            raise ValueError(f"{len(names)} ids for {len(pairs)} documents")
        pairs = [(name, doc) for name, (_, doc) in zip(names, pairs, strict=True)]
    return pairs


def to_pandas(
    docs: Document | Mapping[Hashable, Any] | Iterable[Any],
    kind: str = "claims",
    *,
    ids: Iterable[Hashable] | None = None,
) -> pd.DataFrame:
    """One DataFrame of ``kind`` for many documents, with ``doc_id`` and ``item`` columns.

    ``docs`` is a Document, an iterable of Documents (ids 0, 1, …), of ``(id, Document)``
    pairs, or a mapping id → Document; ``ids=`` names them explicitly. ``item`` is the
    record's index within its document. Results of ``extract_many(..., on_error="record")``
    that failed (anything with an ``error`` and no ``claims``) add no records; in the
    ``documents`` table they are a row with the ``error`` filled in.
    """
    if kind not in KINDS:
        raise UnknownTableKind(kind)
    rows: list[dict[str, Any]] = []
    for doc_id, doc in _pairs(docs, ids):
        if not isinstance(doc, Document):
            if kind == "documents" and hasattr(doc, "error"):
                failed = dict.fromkeys(_SUMMARY_COLUMNS)
                failed.update(ok=False, error=f"{doc.error}: {getattr(doc, 'message', '')}")
                rows.append({"doc_id": doc_id, "item": 0, **failed})
                continue
            if hasattr(doc, "error"):
                continue
            raise TypeError(f"expected a factex Document for {doc_id!r}, got {type(doc).__name__}")
        for n, row in enumerate(records(doc, kind)):
            rows.append({"doc_id": doc_id, "item": n, **row})
    df = _frame(rows, kind, lead=["doc_id", "item"])
    if kind == "documents":
        df = df.drop(columns="item")
    return df

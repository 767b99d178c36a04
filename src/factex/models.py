"""The records factex produces. All are frozen pydantic v2 models.

Every record that points at words carries ``start``/``end`` character offsets into the
text given to :func:`factex.extract`, and ``text`` equal to ``source_text[start:end]``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    field_serializer,
    model_serializer,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "Claim",
    "Coverage",
    "DateMention",
    "DateRange",
    "Document",
    "Entity",
    "FailedDocument",
    "Finding",
    "Quantity",
    "Span",
    "Verdict",
]

Verdict = Literal["consistent", "inconsistent", "unverifiable"]


def _number_out(value: float | None) -> float | int | None:
    """Integral floats serialise as ints (3197, not 3197.0)."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _json_safe(value: Any) -> Any:
    """JSON is UTF-8, which cannot hold a lone surrogate ("\\ud800" from a Python caller):
    it is written as U+FFFD, as the parser read it (same length, so offsets still hold; the
    Document's warnings say how many).

    >>> _json_safe({"text": "a\\ud800b", "inputs": ["\\udfff"]})
    {'text': 'a\ufffdb', 'inputs': ['\ufffd']}
    """
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    return value


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    @model_serializer(mode="wrap")
    def _serialize(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> Any:
        data = handler(self)
        return _json_safe(data) if info.mode_is_json() else data


class DateRange(_Frozen):
    """An inclusive range of calendar days."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        """Number of calendar days, both ends included."""
        return (self.end - self.start).days + 1

    def __str__(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


class Span(_Frozen):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Entity(Span):
    label: str


class DateMention(Span):
    period: DateRange | None
    granularity: str
    kind: Literal["date", "duration", "set"] = "date"
    value: str | None = None
    """TIMEX3-style value: ``2024-11-06``, ``2024-W45``, ``P14D``, ``PRESENT_REF``."""
    rule: str = ""

    def __str__(self) -> str:
        from .render.labels import date_label

        return date_label(self)


class Quantity(Span):
    value: float
    unit: str | None = None
    qualifier: str | None = None
    change: Literal["up", "down"] | None = None
    step: float = 1.0
    """The unit in the last stated place: 1 for "3,197", 0.1 for "1.3 mln" scaled (100,000)."""
    rule: str = ""
    value_max: float | None = None
    """Upper end of a range ("between 200 and 300", "5-7%"); ``value`` is the lower end."""
    concept: str | None = None
    """What the figure is said about, without its unit: the referred words in text order,
    joined by spaces ("House prices" for "House prices rose 3%", "line" for "the 40 yard
    line", "Ford" for "Ford, which has 13000 workers"); None when the sentence names
    nothing. See :func:`factex.claims.referents.quantity_concepts`."""

    @field_serializer("value", "step", "value_max")
    def _ser_number(self, v: float | None) -> float | int | None:
        return _number_out(v)


class Claim(Span):
    value: float
    unit: str | None
    concept: str | None
    period: DateRange | None
    qualifier: str | None = None
    source: str | None = None
    rule: str
    kind: Literal["count", "amount", "percent", "change", "duration", "measure"] = "count"
    step: float = 1.0
    """Precision of the stated figure (see :attr:`Quantity.step`)."""
    quantity: int | None = None
    """Index of the underlying record in ``Document.quantities``."""
    sentence: tuple[int, int] | None = None
    """Character offsets of the sentence the claim was read from."""
    change: Literal["up", "down"] | None = None
    subject: int | None = None
    """For a change claim: index of the claim whose value changed."""
    base: int | None = None
    """For a change claim: index of the baseline claim it is compared with."""

    @field_serializer("value", "step")
    def _ser_value(self, v: float) -> float | int | None:
        return _number_out(v)

    def __str__(self) -> str:
        from .render.labels import claim_label

        return claim_label(self)


class Finding(_Frozen):
    check: str
    verdict: Verdict
    stated: str
    computed: float | None
    allowed: tuple[float | None, float | None] | None = None
    """The interval the stated words allow (None = unbounded on that side)."""
    rounding: str | None = None
    """Which editorial rounding made it pass: "half-up", "truncation", "exact"."""
    message: str
    start: int
    end: int
    rule: str
    inputs: list[str] = Field(default_factory=list)

    @field_serializer("computed")
    def _ser_computed(self, v: float | None) -> float | int | None:
        return None if v is None else _number_out(round(v, 4))

    def __str__(self) -> str:
        return f"[{self.verdict}] {self.check}: {self.message}"


class Coverage(_Frozen):
    numbers: int = 0
    """Numbers found in the article (quantities, not dates)."""
    in_claims: int = 0
    """Numbers that ended up in a claim."""
    checked: int = 0
    """Derived figures that a check recomputed (consistent or inconsistent)."""


class Document(_Frozen):
    """The result of :func:`factex.extract` for one article."""

    text: str
    published: dt.date | None
    published_inferred: bool = False
    entities: list[Entity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    coverage: Coverage = Field(default_factory=Coverage)
    warnings: list[str] = Field(default_factory=list)
    content_end: int | None = None
    """Where article content ends; text after it (site furniture) was not analysed."""

    @property
    def ok(self) -> bool:
        """False when any finding is inconsistent."""
        return not any(f.verdict == "inconsistent" for f in self.findings)

    @property
    def inconsistent(self) -> list[Finding]:
        return [f for f in self.findings if f.verdict == "inconsistent"]

    def to_json(self, *, indent: int | None = 2, include_text: bool = True) -> str:
        data = self.model_dump(mode="json", exclude=None if include_text else {"text"})
        return json.dumps(data, indent=indent, ensure_ascii=False)

    def to_pandas(self, kind: str = "claims") -> pd.DataFrame:
        from .tables import document_frame

        return document_frame(self, kind)

    def _repr_html_(self) -> str:
        from .render.html import render_html

        return render_html(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """IPython's plain-text view: the readable report, not the whole field dump."""
        printer.text("Document(...)" if cycle else str(self))

    def __str__(self) -> str:
        from .render.text import render_text

        return render_text(self, color=False)

    def summary(self) -> dict[str, Any]:
        counts = {v: 0 for v in ("consistent", "inconsistent", "unverifiable")}
        for f in self.findings:
            counts[f.verdict] += 1
        return {"claims": len(self.claims), "dates": len(self.dates), **counts}


class FailedDocument(_Frozen):
    """Stands in for a Document that :func:`factex.extract_many` could not produce
    (``on_error="record"``), so results stay aligned with the input."""

    index: int
    """Position of the text in the input (0-based)."""
    error: str
    """Exception class name, e.g. ``DocumentTooLarge``; one that is not a FactexError is a bug."""
    message: str

    def __str__(self) -> str:
        return f"[failed] #{self.index} {self.error}: {self.message}"


def _fmt(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"

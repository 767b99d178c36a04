"""``factex.verify``: the findings for a text or an already extracted Document."""

from __future__ import annotations

from .extract import extract
from .models import Document, Finding
from .published import PublishedLike

__all__ = ["verify"]


def verify(
    text_or_doc: str | Document, *, published: PublishedLike = None, model: str | None = None
) -> list[Finding]:
    """The findings for ``text_or_doc`` (extracting first when given text)."""
    if isinstance(text_or_doc, Document):
        return list(text_or_doc.findings)
    return list(extract(text_or_doc, published=published, model=model).findings)

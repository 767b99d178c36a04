"""``Doc.text`` without the quadratic trap.

spaCy rebuilds ``Doc.text`` from its tokens on every access (O(tokens)); code that reads
it once per number or per date turns an article with thousands of figures into a
quadratic job (a 20 KB table of numbers took 13 s). :func:`doc_text` builds the string
once per Doc and keeps it in ``doc.user_data``, so per-mention code can call it freely.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["doc_text"]

_KEY = ("factex", "text")


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc.

    >>> from spacy.lang.en import English
    >>> doc = English()("Up 19% on 2022.")
    >>> doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
    True
    """
    cached = doc.user_data.get(_KEY)
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if isinstance(cached, str) and len(cached) == length:
        return cached
    text = doc.text
    doc.user_data[_KEY] = text
    return text

"""Run the spaCy pipeline on a text of any allowed length, in bounded memory.

Texts up to :data:`CHUNK_CHARS` characters are parsed in one call. Longer ones are cut
at paragraph breaks (else line breaks, else spaces) into chunks of at most that size,
parsed with ``nlp.pipe`` and joined with ``Doc.from_docs``: the joined Doc has exactly
the input text, so offsets are unchanged, and spaCy's ``nlp.max_length`` (1,000,000) is
never what limits a document — :func:`factex.extract`'s ``max_chars`` is.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["CHUNK_CHARS", "parse", "split_chunks"]

CHUNK_CHARS = 100_000
"""Largest text parsed in one piece (spaCy's parser and NER need memory per character)."""

_BREAKS = ("\n\n", "\n", " ")


def split_chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Consecutive pieces of ``text``, each at most ``size`` characters, that join back to
    ``text``; each cut falls right after a paragraph break, else a line break, else a space,
    in the second half of the window (else it is a hard cut).

    >>> split_chunks("One para.\\n\\nTwo para.\\n\\nThree.", size=16)
    ['One para.\\n\\n', 'Two para.\\n\\n', 'Three.']
    >>> "".join(split_chunks("x" * 10, size=4))
    'xxxxxxxxxx'
    """
    if size < 2:
        raise ValueError("size must be at least 2")
    chunks: list[str] = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        cut = -1
        for mark in _BREAKS:
            found = text.rfind(mark, start + size // 2, limit)
            if found >= 0 and found + len(mark) <= limit:
                cut = found + len(mark)
                break
        if cut <= start:
            cut = limit
        chunks.append(text[start:cut])
        start = cut
    chunks.append(text[start:])
    return chunks


def parse(nlp: Language, text: str, chunk_chars: int = CHUNK_CHARS) -> Doc:
    """``nlp(text)``, chunked for long texts; ``parse(nlp, t).text == t`` always."""
    size = min(chunk_chars, nlp.max_length)
    if len(text) <= size:
        return nlp(text)
    docs = list(nlp.pipe(split_chunks(text, size)))
    return Doc.from_docs(docs, ensure_whitespace=False)

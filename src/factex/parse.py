"""Run the spaCy pipeline on a text of any allowed length, in bounded memory.

Texts up to :data:`CHUNK_CHARS` characters are parsed in one call. Longer ones are cut
at paragraph breaks (else line breaks, else spaces) into chunks of at most that size,
parsed with ``nlp.pipe`` and joined with ``Doc.from_docs``: the joined Doc has exactly
the input text, so offsets are unchanged, and spaCy's ``nlp.max_length`` (1,000,000) is
never what limits a document — :func:`factex.extract`'s ``max_chars`` is.

A stretch of more than :data:`MAX_RUNON_CHARS` characters with no sentence end or line
break (no news sentence is that long; tables of numbers and junk are) is also cut at
spaces. Each piece starts a sentence, so sentence-level rules stay linear-time on
hostile input; ordinary copy is never cut this way.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["CHUNK_CHARS", "MAX_RUNON_CHARS", "parse", "split_chunks"]

CHUNK_CHARS = 100_000
"""Largest text parsed in one piece (spaCy's parser and NER need memory per character)."""

MAX_RUNON_CHARS = 2_000
"""Longest stretch without ``.``, ``!``, ``?`` or a line break parsed as one piece."""

_BREAKS = ("\n\n", "\n", " ")
_RUNON = re.compile(rf"[^.!?\n]{{{MAX_RUNON_CHARS + 1},}}")


def split_chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Consecutive pieces of ``text``, each at most ``size`` characters, that join back to
    ``text``; each cut falls right after a paragraph break, else a line break, else a space,
    in the second half of the window (else it is a hard cut). Run-on stretches longer than
    :data:`MAX_RUNON_CHARS` are cut too (at spaces).

    >>> split_chunks("One para.\\n\\nTwo para.\\n\\nThree.", size=16)
    ['One para.\\n\\n', 'Two para.\\n\\n', 'Three.']
    >>> "".join(split_chunks("x" * 10, size=4))
    'xxxxxxxxxx'
    >>> [len(p) for p in split_chunks("Up. " + "and 1 " * 700 + "end.")]
    [2002, 1998, 208]
    """
    pieces = []
    for chunk in _by_size(text, size):
        start = 0
        for runon in _RUNON.finditer(chunk):
            parts = _by_size(runon.group(), MAX_RUNON_CHARS)
            parts[0] = chunk[start : runon.start()] + parts[0]
            pieces += parts[:-1]
            start = runon.end() - len(parts[-1])
        pieces.append(chunk[start:])
    return pieces


def _by_size(text: str, size: int) -> list[str]:
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
    pieces = split_chunks(text, min(chunk_chars, nlp.max_length))
    if len(pieces) == 1:
        return nlp(text)
    return Doc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)

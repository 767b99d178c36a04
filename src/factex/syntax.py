"""Small walks over a spaCy dependency parse, shared by the extractors."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["governing_verb"]


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` in the dependency tree (itself if it is one)."""
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:  # the root (tokens are new objects: never `is`)
            return None
        token = token.head
    return None

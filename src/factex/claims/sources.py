"""Who says so: attribution phrases ("Home Office figures show", "according to ...")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..resources import load_lexicon

__all__ = ["sentence_source"]

_ACCORDING = re.compile(
    r"according\s+to\s+(?:(?:new\s+|official\s+|an?\s+|the\s+)?(?:analysis|figures|data|"
    r"statistics|research|estimates|incidents\s+recorded)\s+(?:by|from)\s+)?(?P<src>[^,.;:“”\"]+)",
    re.I,
)
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "who"}


def _clean(phrase: str) -> str | None:
    words = phrase.strip().split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words or words[0].lower() in _PRONOUNS or len(words) > 8:
        return None
    return " ".join(words).strip(" ,")


def _subject_source(verb: Token) -> str | None:
    lex = load_lexicon()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    subject = min(subjects, key=lambda t: abs(verb.i - t.i))  # the nearest: "..., the port said"
    if any(t.like_num or t.pos_ == "VERB" for t in subject.subtree):
        return None  # a source is a name, never a clause or a figure
    if subject.lower_ in lex.source_nouns:
        modifiers = [t for t in subject.subtree if t.i < subject.i and t.dep_ != "det"]
        if modifiers and all(t.pos_ == "ADJ" for t in modifiers):
            return None  # "official figures show": no one is named
        if modifiers:
            return _clean(" ".join(t.text for t in modifiers))
        source = [c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("from", "by")]
        if source:
            return _clean(" ".join(t.text for t in list(source[0].subtree)[1:]))
        return None
    words = [t for t in subject.subtree if t.dep_ != "appos" and not t.is_punct]
    if subject.pos_ not in ("PROPN", "NOUN"):
        return None
    return _clean(" ".join(t.text for t in words))


_FIGURES_SHOW = re.compile(
    r"(?P<src>\b(?:[A-Z][\w&.'’-]*\s+){1,5}|\bpolice\s+)(?:figures|data|statistics|analysis|"
    r"research|estimates)\s+(?:shows?|showed|suggests?|suggested|reveals?|revealed|indicates?)\b"
)


def sentence_source(sentence: Span) -> str | None:
    """The attributed source of a sentence, or None.

    Uses "according to X" first, then "<Source> figures show", then the subject of a
    reporting verb ("said", "show").
    """
    match = _ACCORDING.search(sentence.text)
    if match:
        return _clean(match.group("src"))
    match = _FIGURES_SHOW.search(sentence.text)
    if match and match.group("src").split()[0].lower() not in ("official", "new", "the", "latest"):
        return _clean(match.group("src"))
    verbs = set(load_lexicon().attribution_verbs)
    for token in sentence:
        if token.lower_ in verbs and token.pos_ in ("VERB", "AUX"):
            source = _subject_source(token)
            if source:
                return source
    return None

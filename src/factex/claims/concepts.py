"""What a figure is about: the counted noun with its modifiers, and what it did."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..quantities.units import counted_noun

__all__ = ["concept_for"]

_MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}
_SKIP = {"some", "more", "than", "about", "around", "over", "other", "extra", "additional"}


def _noun_phrase(noun: Token, after: int) -> list[Token]:
    words = [
        t
        for t in noun.lefts
        if t.dep_ in _MODIFIER_DEPS and t.i > after and t.lower_ not in _SKIP and not t.like_num
    ]
    words.append(noun)
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words.extend(t for t in prep.subtree if t.dep_ != "det")
            break
    return words


_SINGULAR_AUX = {"was", "is", "has"}


def _predicate(noun: Token) -> list[Token]:
    """The verb phrase right after a subject noun ("people made the journey")."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or not 0 < verb.i - noun.i <= 3:
        return []
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if noun.tag_ == "NNS" and auxes & _SINGULAR_AUX:
        return []  # a misparse: a plural noun cannot be the subject of "was"
    words = [verb]
    for child in verb.rights:
        if child.dep_ in ("dobj", "prt", "acomp", "attr"):
            words.extend(
                t
                for t in child.subtree
                if (t.dep_ not in ("prep",) and t.head == child) or t == child
            )
            break
    return words


def concept_for(span: Span) -> str | None:
    """The concept of the number in ``span`` ("people made the journey", "life jackets")."""
    noun = counted_noun(span[-1])
    if noun is not None:
        tokens = sorted(
            {*_noun_phrase(noun[0], span[-1].i), *_predicate(noun[0])}, key=lambda t: t.i
        )
        return " ".join(t.text for t in tokens) or None
    for_object = [c for t in span for c in t.children if c.dep_ == "prep" and c.lower_ == "for"]
    if for_object:  # "an extra £75 million for his border security command"
        words = [t for t in for_object[0].subtree if t.dep_ not in ("det", "poss")][1:]
        if 0 < len(words) <= 6:
            return " ".join(t.text for t in words)
    head = span.root.head
    for _ in range(3):  # "the provisional total ... to 31,842": the object of the verb
        if head.pos_ in ("VERB", "AUX"):
            objects = [c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
            if objects:
                obj = objects[0]
                mods = [t for t in obj.lefts if t.dep_ in _MODIFIER_DEPS]
                return " ".join(t.text for t in [*mods, obj])
            return None
        head = head.head
    return None

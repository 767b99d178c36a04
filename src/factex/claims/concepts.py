"""What a claim is about: the counted noun with its modifiers, and what it did.

``Claim.concept`` is a readable phrase that keeps the unit noun ("people made the
journey", "pupils missed school"), because claims about the same thing are matched on it;
``Quantity.concept`` (:func:`quantities_with_concepts`) is the referent walk of
:mod:`factex.claims.referents` without the unit ("journey" is not it: "3,197 people" has
no other referent than "total" in "A total of 3,197 people"). Where a claim has no counted
noun, share or purpose, both come from the same :func:`referred_nouns` walk.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..models import Quantity
from ..quantities.units import counted_noun
from ..resources import load_lexicon
from .context import ArticleContext
from .referents import quantity_concepts, referred_nouns

__all__ = ["concept_for", "quantities_with_concepts"]

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
    reach = 6 if noun.lower_ in _TOTAL_NOUNS else 3
    if noun.dep_ not in ("nsubj", "nsubjpass") or not 0 < verb.i - noun.i <= reach:
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


_TOTAL_NOUNS = {"total", "number", "figure", "tally", "count", "sum", "majority", "group"}


def _subject_of_total(noun: Token) -> Token:
    """ "A total of 3,197 people made the journey": the clause's subject is "total"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _TOTAL_NOUNS:
        return head.head
    return noun


def _share_of(span: Span) -> str | None:
    """ "40% of pupils missed school" → "pupils missed school"; "12 hectares of woodland"."""
    root = span.root
    preps = [c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"]
    objects = [c for p in preps for c in p.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
    if not objects:
        return None
    obj = objects[0]
    tokens = [t for t in obj.subtree if t.dep_ not in ("det", "poss") and not t.is_punct]
    if len(tokens) > 6:
        tokens = [t for t in obj.lefts if t.dep_ in _MODIFIER_DEPS] + [obj]
    predicate = [t for t in _predicate(root) if t.i > obj.i]
    return " ".join(t.text for t in sorted({*tokens, *predicate}, key=lambda t: t.i))


_NOUNS = {"NOUN", "PROPN"}


def _purpose(span: Span) -> str | None:
    """ "£75 million for his border security command", "spend £4.5m on new cycle lanes"."""
    preps = [c for t in span for c in t.children if c.dep_ == "prep" and c.lower_ == "for"]
    root = span.root
    if not preps and root.dep_ == "dobj" and root.head.pos_ == "VERB":
        preps = [
            c
            for c in root.head.rights
            if c.dep_ == "prep"
            and c.lower_ in ("on", "for")
            and c.i > span.end - 1
            and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
        ]
    if preps:
        words = [t for t in preps[0].subtree if t.dep_ not in ("det", "poss")][1:]
        if 0 < len(words) <= 6:
            return " ".join(t.text for t in words)
    return None


def _referent_phrase(span: Span) -> str | None:
    """The words from the first to the last noun the figure refers to ("House prices",
    "number of people waiting"), when they form a short stretch of text."""
    nouns = referred_nouns(span, also_subject=False)
    if not nouns:
        return None
    first, last = nouns[0].i, nouns[-1].i
    if last - first > 7 or (span.start <= last and first < span.end):
        return None
    words = [t for t in span.doc[first : last + 1] if t.dep_ != "det" and not t.is_punct]
    return " ".join(t.text for t in words) or None


def concept_for(span: Span) -> str | None:
    """The concept of the number in ``span`` ("people made the journey", "life jackets")."""
    noun = counted_noun(span[-1])
    if noun is not None:
        tokens = sorted(
            {*_noun_phrase(noun[0], span[-1].i), *_predicate(_subject_of_total(noun[0]))},
            key=lambda t: t.i,
        )
        return " ".join(t.text for t in tokens) or None
    if (share := _share_of(span)) is not None:
        return share
    if (purpose := _purpose(span)) is not None:
        return purpose
    reads_object = span.root.dep_ == "pobj" and span.root.head.lower_ == "to"
    head = span.root.head if reads_object else span.root
    # Climb to the governing verb and take its object ("taking the total ... to 31,842").
    # Meant for "to N" only, but limiting it so (the old `is not` test on tokens never held)
    # changed 187 of 320 claim concepts on the corpus and 300 Reuters stories, as many
    # worse ("Shr primary", "Labour") as better, and no finding: kept for every figure.
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            objects = [c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
            if objects:
                obj = objects[0]
                mods = [t for t in obj.lefts if t.dep_ in _MODIFIER_DEPS]
                return " ".join(t.text for t in [*mods, obj])
            break
        head = head.head
    if span[-1].lower_ in load_lexicon().time_units:
        return None  # "jailed for 15 years": a duration is not said about a noun
    return _referent_phrase(span)


def quantities_with_concepts(ctx: ArticleContext) -> list[Quantity]:
    """``ctx.quantities`` with :attr:`Quantity.concept` filled in (same order, same records
    otherwise), from :func:`factex.claims.referents.quantity_concepts`."""
    concepts = quantity_concepts(ctx.doc, ctx.quantities)
    return [
        q.model_copy(update={"concept": c}) if c else q
        for q, c in zip(ctx.quantities, concepts, strict=True)
    ]

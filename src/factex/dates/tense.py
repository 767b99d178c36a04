"""The tense of the verb that governs a temporal expression (past / future / unknown)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..syntax import governing_verb
from .resolve import Tense

__all__ = ["governing_tense"]

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "might", "may", "should", "must", "can"}
_FUTURE_FRAMES = {"set", "due", "expected", "going", "scheduled", "poised", "planning", "plan"}
_DECISION_FRAMES = {"agree", "decide", "vote", "promise", "pledge", "vow", "undertake"}
"""Their infinitive looks ahead only with a start or deadline ("agreed to operate flights
from May 31"); "agreed to sell its stake in October" may date the agreement itself."""
_FORWARD_PREPOSITIONS = {"from", "by", "until", "till", "starting", "beginning", "effective"}
_PAST_AUX = {"had", "has", "have", "was", "were", "did"}
_STATIVE = {"be", "have", "say", "tell", "show", "report", "claim", "know", "think", "remain"}
"""Present-tense verbs that report or describe rather than announce a coming event."""


def _governing_verb(span: Span) -> Token | None:
    return governing_verb(span.root)


def governing_tense(span: Span) -> Tense:
    """The governing verb's tense; when that says nothing, the sentence's main verb's
    ("50,300 passengers sailed in April, the port said": a misparsed "sailed")."""
    tense = _verb_tense(span)
    verb = _governing_verb(span)
    if tense is None and span.root.sent.root is not verb and not _infinitive(verb):
        root = span.root.sent.root
        if root.pos_ in ("VERB", "AUX") and root.tag_ == "VBD":
            return "past"
    return tense


def _infinitive(verb: Token | None) -> bool:
    """ "a program to run through June": looks ahead of the main verb, whatever its tense."""
    return (
        verb is not None
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _forward(span: Span) -> bool:
    """The date is a start or a deadline: "from May 31", "by June"."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in _FORWARD_PREPOSITIONS


def _verb_tense(span: Span) -> Tense:
    """Past when the governing verb is past or perfect; future for will/would/may,
    "is set to", and a present-tense event verb ("meets on Monday")."""
    verb = _governing_verb(span)
    if verb is None:
        return None
    for _ in range(4):
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if auxes & _FUTURE_AUX:
            return "future"
        if verb.tag_ == "VB" and "to" in auxes and verb.dep_ == "xcomp":
            if verb.head.lemma_.lower() in _FUTURE_FRAMES or verb.head.lower_ in _FUTURE_FRAMES:
                return "future"
            if verb.head.lemma_.lower() in _DECISION_FRAMES and _forward(span):
                return "future"
            verb = verb.head
            continue
        if verb.tag_ == "VBD" or (auxes & _PAST_AUX and verb.tag_ == "VBN"):
            return "past"
        if verb.tag_ in ("VBZ", "VBP") and not auxes and verb.lemma_ not in _STATIVE:
            return "future"  # news present for a coming event: "Arafat meets Albright Monday"
        if verb.tag_ in ("VBN", "VBG") and verb.dep_ in ("advcl", "relcl", "acl", "xcomp", "conj"):
            verb = verb.head
            continue
        return None
    return None

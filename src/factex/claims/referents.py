"""What a figure refers to: the nouns it is said about (CQE's "referred concepts").

"The Index was up about 19 per cent" → Index; "a 24pc discount to earnings" → discount;
"Nissan, which is 43.4 percent-owned by Renault" → Nissan; "a fine of 10.5 million" → fine.
Walks the dependency parse from the figure: the noun it modifies, else the noun it is
"of", else the subject of the verb that governs it (through relative clauses and
infinitives to the clause that names one).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["referred_nouns"]

_NOUNS = {"NOUN", "PROPN"}
_PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_PRONOUN_LIKE = {"which", "that", "who", "whom", "what", "it", "this", "these", "those"}
_LONGEST_SENTENCE = 120
"""Tokens; past this a "sentence" is a table or a run-on list, and its subject says nothing."""
_CLIMB = {"xcomp", "ccomp", "advcl", "conj", "pcomp", "acl"}
_MODIFIER_OF_NOUN = {"nummod", "compound", "amod", "quantmod", "nmod", "npadvmod"}


def _phrase(noun: Token) -> list[Token]:
    """A noun with the modifiers to its left ("Toronto Stock Exchange", "highest forecast")."""
    words: list[Token] = []
    stack = [noun]
    while stack:
        t = stack.pop()
        words.append(t)
        stack.extend(
            c
            for c in t.lefts
            if c.dep_ in _PHRASE_DEPS
            and (not c.like_num or c.pos_ == "PROPN")
            and c.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
        )
    return sorted(words, key=lambda t: t.i)


def _subject(verb: Token) -> Token | None:
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if subjects:
            s = subjects[0]
            if s.pos_ not in ("PRON", "DET") and s.lower_ not in _PRONOUN_LIKE:
                return s
            if verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS:
                return verb.head  # "Nissan, which is 43.4 percent-owned"
            return None
        if verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS:
            return verb.head
        if verb.dep_ in _CLIMB and verb.head is not verb:
            verb = verb.head
            continue
        return None
    return None


def referred_nouns(
    span: Span, unit_noun: Token | None = None, *, also_subject: bool = True
) -> list[Token]:
    """The nouns the figure in ``span`` is said about, in text order (may be empty).

    ``unit_noun`` is the noun the figure counts ("people" in "400 people"), if any; it is
    the unit, not the concept, so the walk starts from it. ``also_subject`` adds the
    subject of the governing verb to the noun the figure modifies ("the company offered a
    30Mbps plan" → plan, company).
    """
    anchor = unit_noun if unit_noun is not None else span.root
    inside = {t.i for t in span} | ({unit_noun.i} if unit_noun is not None else set())
    found: list[Token] = []
    head = anchor.head
    if anchor.dep_ in _MODIFIER_OF_NOUN and head.pos_ in _NOUNS and head.i not in inside:
        found += _phrase(head)  # "a 24pc discount", "50mph winds"
    for prep in anchor.rights:  # "6% of the company", "seasons of Sesame Street"
        if prep.dep_ == "prep" and prep.lower_ == "of":
            found += [t for c in prep.children if c.dep_ == "pobj" for t in _phrase(c)]
    if not found and anchor.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in _NOUNS:
        found += _phrase(head.head)  # "a fine of 10.5 million"
    if not found or also_subject:
        token = anchor
        for _ in range(8):
            if token.pos_ in ("VERB", "AUX") or token.head is token:
                break
            token = token.head
        if token.pos_ in ("VERB", "AUX"):
            subject = _subject(token)
            if subject is not None and subject.i not in inside:
                found += _phrase(subject)
                for prep in subject.rights:  # "Shares of the major coal producer"
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        found += [t for c in prep.children if c.dep_ == "pobj" for t in _phrase(c)]
    if not found and len(anchor.sent) <= _LONGEST_SENTENCE and anchor.dep_ not in _SUBJECTS:
        sent = anchor.sent  # a misparsed clause: fall back on the sentence's subject
        subjects = [
            t
            for t in sent
            if t.dep_ in _SUBJECTS
            and t.pos_ not in ("PRON", "DET")
            and t.lower_ not in _PRONOUN_LIKE
            and t.i not in inside
        ]
        roots = [t for t in sent if t.dep_ == "ROOT" and t.pos_ in _NOUNS]
        if subjects:
            found += _phrase(subjects[0])
        elif roots:
            found += [t for t in _phrase(roots[0]) if t.i not in inside]
    seen: set[int] = set()
    out = []
    for t in sorted(found, key=lambda t: t.i):
        if t.i not in seen and t.i not in inside and not t.is_punct:
            seen.add(t.i)
            out.append(t)
    return out

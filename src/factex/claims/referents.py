"""What a figure refers to: the nouns it is said about (CQE's "referred concepts").

"The Index was up about 19 per cent" → Index; "a 24pc discount to earnings" → discount;
"Nissan, which is 43.4 percent-owned by Renault" → Nissan; "a fine of 10.5 million" → fine.
Walks the dependency parse from the figure: the noun it modifies, else the noun it is
"of", else the subject of the verb that governs it (through relative clauses and
infinitives to the clause that names one).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..models import Quantity
from ..quantities.units import counted_noun, load_units

__all__ = ["quantity_concept", "quantity_concepts", "referred_nouns", "unit_noun"]

_NOUNS = {"NOUN", "PROPN"}
_PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_PRONOUN_LIKE = {"which", "that", "who", "whom", "what", "it", "this", "these", "those"}
_LONGEST_SENTENCE = 120
"""Tokens; past this a "sentence" is a table or a run-on list, and its subject says nothing."""
_CLIMB = {"xcomp", "ccomp", "advcl", "conj", "pcomp", "acl", "acomp"}
_MODIFIER_OF_NOUN = {"nummod", "compound", "amod", "quantmod", "nmod", "npadvmod"}


def _phrase(noun: Token) -> list[Token]:
    """A noun with the modifiers to its left ("Toronto Stock Exchange", "highest forecast")
    and the number that ends a name ("S&P 500", "FTSE 100")."""
    words: list[Token] = []
    stack = [noun]
    while stack:
        t = stack.pop()
        words.append(t)
        if t.pos_ == "PROPN" and t.i + 1 < len(t.doc):
            after = t.doc[t.i + 1]
            if after.head.i == t.i and after.like_num and after.dep_ in ("nummod", "compound"):
                words.append(after)
        stack.extend(
            c
            for c in t.lefts
            if c.dep_ in _PHRASE_DEPS
            and (not c.like_num or c.pos_ == "PROPN")
            and (
                c.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or (c.pos_ == "VERB" and c.dep_ == "amod")
            )
        )
    return sorted(words, key=lambda t: t.i)


def _of_object(token: Token) -> Token | None:
    """The noun after "of" ("each of the buildings" → buildings)."""
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in _NOUNS:
                    return obj
    return None


def _participle_of(verb: Token) -> Token | None:
    """The noun a participle describes ("an engine tuned ...", "products priced at ..."),
    not a date ("the quarter ended December") nor an infinitive ("plans to lay off")."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG") and head.pos_ in _NOUNS:
        return head if head.ent_type_ not in ("DATE", "TIME") else None
    return None


_RELATIVE = {"which", "that", "who"}


def _antecedent(pronoun: Token) -> Token | None:
    """The noun right before a relative pronoun ("the small country that is 90 miles
    wide"), for when the parser hung the relative clause elsewhere."""
    if pronoun.lower_ not in _RELATIVE or pronoun.i == pronoun.sent.start:
        return None
    before = pronoun.nbor(-1)
    if before.text == "," and before.i > pronoun.sent.start:
        before = before.nbor(-1)
    return before if before.pos_ in _NOUNS else None


def _subject(verb: Token) -> Token | None:
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if subjects:
            s = subjects[0]
            if s.pos_ not in ("PRON", "DET") and s.lower_ not in _PRONOUN_LIKE:
                return s
            of_object = _of_object(s)
            if of_object is not None:
                return of_object  # "Each of Whinstones buildings costs $40 million"
            if verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS:
                return verb.head  # "Nissan, which is 43.4 percent-owned"
            return _antecedent(s)
        if verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS:
            return verb.head
        if _participle_of(verb) is not None:
            return verb.head  # "an engine tuned to produce 296 hp"
        if verb.dep_ in _CLIMB and verb.head.i != verb.i:
            verb = verb.head
            continue
        return None
    return None


_OBJECT_PREPS = {"by", "to", "from", "at", "for", "in", "of", "with", "over", "under"}
_PURPOSE_PREPS = {"for", "on"}


def _object_of_change(anchor: Token, inside: set[int]) -> list[Token]:
    """What a figure in a prepositional phrase measures: the noun the phrase hangs on
    ("the purchase of a stake ... for 583 million yuan"), else the object of its verb
    ("boost the driving range by about 35 miles"); and what a paid figure is for ("paid
    $35,538 for an 8.5 kW system")."""
    head = anchor.head
    if anchor.dep_ == "npadvmod" and head.dep_ in ("advmod", "acomp", "oprd"):
        verb = head.head  # "pulled the healthcare sector 0.68 percent lower"
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in _NOUNS]
        if verb.pos_ == "VERB" and objects and objects[0].i < anchor.i:
            return _phrase(objects[0])
    if anchor.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _OBJECT_PREPS:
        owner = head.head
        if owner.pos_ in _NOUNS and owner.i not in inside and not owner.like_num:
            return _phrase(owner)
        if owner.pos_ in ("VERB", "AUX"):
            objects = [
                c
                for c in owner.children
                if c.dep_ == "dobj" and c.pos_ in _NOUNS and c.i not in inside and c.i < anchor.i
            ]
            if objects:
                return _phrase(objects[0])
    if anchor.dep_ == "dobj" and head.pos_ == "VERB":
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in _PURPOSE_PREPS and prep.i > anchor.i:
                objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
                if objects and objects[0].ent_type_ not in ("DATE", "TIME"):
                    return _phrase(objects[0])
    return []


_QUALIFIER_WORDS = {"up", "to", "over", "about", "around", "nearly", "almost", "some", "more"}
_QUALIFIER_WORDS |= {"than", "roughly", "approximately", "just", "under", "at", "least"}
_COPULAS = {"is", "was", "are", "were", "be", "been"}


def _worth_owner(span: Span) -> list[Token]:
    """ "a state incentive grant worth up to $8 million" → grant; "X, which is worth N"."""
    t = span[0]
    for _ in range(4):
        if t.i == t.sent.start:
            return []
        t = t.nbor(-1)
        if t.lower_ == "worth":
            break
        if t.lower_ not in _QUALIFIER_WORDS:
            return []
    else:
        return []
    if t.i == t.sent.start:
        return []
    before = t.nbor(-1)
    if before.text == "," and before.i > t.sent.start:
        before = before.nbor(-1)
    if before.pos_ in _NOUNS:
        return _phrase(before)
    if before.lower_ in _COPULAS:
        subject = _subject(before)
        return _phrase(subject) if subject is not None else []
    return []


_FUNCTION_POS = {"DET", "ADV", "SYM", "PUNCT", "ADP", "PART", "CCONJ"}


def _root(span: Span) -> Token:
    """The figure's own head word: the span's root, unless that is a function word; then
    the first other word whose head lies outside ("a million dollar house": million)."""
    if span.root.pos_ not in _FUNCTION_POS:
        return span.root
    outside = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    content = [t for t in outside if t.pos_ not in _FUNCTION_POS]
    return content[0] if content else span.root


def referred_nouns(
    span: Span, unit_noun: Token | None = None, *, also_subject: bool = True
) -> list[Token]:
    """The nouns the figure in ``span`` is said about, in text order (may be empty).

    ``unit_noun`` is the noun the figure counts ("people" in "400 people"), if any; it is
    the unit, not the concept, so the walk starts from it. ``also_subject`` adds the
    subject of the governing verb to the noun the figure modifies ("the company offered a
    30Mbps plan" → plan, company).
    """
    anchor = unit_noun if unit_noun is not None else _root(span)
    if unit_noun is not None and unit_noun.head.lower_ == "of" and unit_noun.head.head in span:
        anchor = _root(span)  # "millions of Americans": the walk starts from "millions"
    inside = {t.i for t in span} | ({unit_noun.i} if unit_noun is not None else set())
    found: list[Token] = _worth_owner(span)
    head = anchor.head
    if anchor.dep_ in _MODIFIER_OF_NOUN and head.pos_ in _NOUNS and head.i not in inside:
        found += _phrase(head)  # "a 24pc discount", "50mph winds"
    elif (
        anchor.dep_ in _MODIFIER_OF_NOUN
        and head.dep_ in ("amod", "compound")
        and head.head.pos_ in _NOUNS
        and head.head.i not in inside
    ):
        found += _phrase(head.head)  # "30% fuming sulfuric acid", "a 60-foot-tall statue"
    for prep in anchor.rights:  # "6% of the company", "$52,000 for CN"
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            found += [
                t
                for c in prep.children
                if c.dep_ == "pobj"
                and c.i not in inside
                and c.pos_ in _NOUNS
                and c.ent_type_ not in ("DATE", "TIME")
                for t in _phrase(c)
            ]
    if not found and anchor.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in _NOUNS:
        found += _phrase(head.head)  # "a fine of 10.5 million"
    if not found:
        found += _object_of_change(anchor, inside)
    if not found and unit_noun is not None:  # "two of Johnson's deputies"
        owners = [c for c in unit_noun.lefts if c.dep_ == "poss" and c.pos_ in _NOUNS]
        found += [t for c in owners for t in _phrase(c)]
    if not found or also_subject:
        token = anchor
        for _ in range(8):
            if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
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


def _currency(word: str) -> str | None:
    """The currency code a currency word names ("dollars" → USD), else None."""
    return load_units().currency_words.get(word)


def unit_noun(span: Span, unit: str | None) -> Token | None:
    """The counted noun that is the figure's unit ("people" in "3,197 people"), when the
    quantity's unit is that noun and lies after the figure's words; else None."""
    if unit is None:
        return None
    last = unit.lower().split()[-1]
    found = counted_noun(span[-1])
    if found is None:  # "dozens of arrests": the counted noun is the object of "of"
        objects = [
            o
            for p in span[-1].rights
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj" and (o.lower_ == last or _currency(o.lower_) == unit)
        ]
        return objects[0] if objects else None
    if found[0].i < span.end:
        return None
    noun, words = found
    return noun if words == unit.lower() or noun.lower_ == last else None


_OPEN, _CLOSE = {"(", "["}, {")", "]"}
_LISTING_GLUE = {",", "up", "down", "at", "to", "by", "+", "-", ":"}
"""Words between a name and its figures in market listings ("Unite Group, down 68p at
1112p", "Blackmores up 9.4 per cent to $84", "Dow +0.2%")."""


def _bracket_owner(first: Token) -> Token | None:
    """The token before the bracket the figure is written in ("G Hunter Maldonado (15.3
    ppg", "$US113 trillion ($161 trillion)"), or None when the figure is not in brackets."""
    depth = 0
    for t in reversed(first.sent[: first.i - first.sent.start]):
        if t.text in _CLOSE:
            depth += 1
        elif t.text in _OPEN:
            if depth == 0:
                return t.nbor(-1) if t.i > first.sent.start else None
            depth -= 1
    return None


def _name_before(token: Token) -> list[Token]:
    """The proper-noun name ending at ``token`` ("Unite Group", "S&P 500", "A2 Milk");
    dates ("Sunday", "December") are not names."""
    words: list[Token] = []
    for t in reversed(token.sent[: token.i + 1 - token.sent.start]):
        if t.ent_type_ in ("DATE", "TIME"):
            break
        if t.pos_ == "PROPN" or (t.text == "&" and words):
            words.insert(0, t)
        else:
            break
    return words if any(c.isalpha() for t in words for c in t.text) else []


def _listed_name(first: Token, figures: set[int]) -> list[Token]:
    """The name a figure is listed against: walk left over listing glue, and over other
    figures once a glue word has been crossed ("Unite Group, down 68p at 1112p"). A comma
    is glue only before a change word ("Unite Group, down")."""
    t, glued = first, False
    while t.i > t.sent.start:
        right, t = t, t.nbor(-1)
        if t.lower_ in _LISTING_GLUE and (t.text != "," or right.lower_ in ("up", "down")):
            glued = True
            continue
        if t.i in figures and glued:
            continue
        if t.like_num and t.i > t.sent.start and t.nbor(-1).pos_ == "PROPN":
            name = _name_before(t.nbor(-1))  # "S&P 500 +0.3%": the number is in the name
            return [*name, t] if name else []
        return _name_before(t)
    return []


def _words(tokens: list[Token]) -> str | None:
    """The words in text order; tokens written together stay together ("Ben-Moshe",
    "year-old", "e-commerce"), other punctuation is dropped."""
    out: list[str] = []
    last: Token | None = None
    for t in sorted(tokens, key=lambda t: t.i):
        if t.is_punct:
            continue
        if last is not None and out and _glued(last, t):
            out[-1] += t.doc.text[last.idx + len(last) : t.idx] + t.text
        else:
            out.append(t.text)
        last = t
    return " ".join(out) or None


def _glued(a: Token, b: Token) -> bool:
    """``a`` and ``b`` are one written word: adjacent, or joined by a hyphen, no spaces."""
    if b.i == a.i + 1:
        return not a.whitespace_
    if b.i == a.i + 2:
        mid = a.doc[a.i + 1]
        return mid.text in ("-", "–", "/", "&") and not a.whitespace_ and not mid.whitespace_
    return False


def quantity_concepts(doc: Doc, quantities: Sequence[Quantity]) -> list[str | None]:
    """``Quantity.concept`` for every quantity of a parsed article, in order.

    Rules, first that applies: a figure in brackets after another figure is its
    conversion and shares its concept ("$US113 trillion ($161 trillion)"); a figure in
    brackets after a noun is said about that noun ("G Hunter Maldonado (15.3 ppg)"); a
    figure listed against a name ("Unite Group, down 68p at 1112p"); else the parse walk
    of :func:`referred_nouns`, starting from the counted noun when that is the unit.
    """
    spans = [doc.char_span(q.start, q.end, alignment_mode="expand") for q in quantities]
    figures = {t.i for s in spans if s is not None for t in s}
    owner_of = {t.i: k for k, s in enumerate(spans) if s is not None for t in s}
    out: list[str | None] = []
    for q, span in zip(quantities, spans, strict=True):
        if span is None or not len(span):
            out.append(None)
            continue
        owner = _bracket_owner(span[0])
        if owner is not None and owner.i in owner_of and owner_of[owner.i] < len(out):
            out.append(out[owner_of[owner.i]])  # a conversion: same concept
            continue
        if (
            owner is not None
            and owner.pos_ in _NOUNS
            and owner.i not in figures
            and owner.ent_type_ not in ("DATE", "TIME")  # "this time last year (26,699)"
        ):
            out.append(_words(_phrase(owner)))
            continue
        name = _listed_name(span[0], figures)
        if name:
            out.append(_words(name))
            continue
        words = referred_nouns(span, unit_noun(span, q.unit))
        kept = [t for t in words if t.i not in figures]
        if words and not kept:  # "A 60 year-old might withdraw 2.72%": an earlier figure
            earlier = {owner_of[t.i] for t in words if t.i < span.start}
            kept = [t for k in sorted(earlier) for t in spans[k] or ()]
        out.append(_words(kept))
    return out


def quantity_concept(span: Span, unit: str | None) -> str | None:
    """The words one figure refers to by the parse walk, without its unit, in text order.

    ``span`` holds the quantity's words, ``unit`` its unit (a counted noun such as "people"
    is the unit, so the walk starts from it).
    """
    return _words(referred_nouns(span, unit_noun(span, unit)))

"""Multiples whose figures are not beside them: found through the parse and the sentences
around, unique candidates only.

- **A multiple verb in a sentence without figures**, its pair in a sentence next to it:
  "Measles cases in England more than tripled last year." then "There were 2,911 confirmed
  cases in 2024, compared with 893 in 2023". The verb's subject ("cases") must be the noun the
  pair's new figure counts; the sentence after, the one after that and the one before are
  read, and exactly one of them may hold such a pair (one pair in it, see
  :func:`factex.checks.headlines.pairs_in`).
- **"Twice as many X as Y" with the figures after it**, no figure before it: the one pair
  of the rest of the sentence ("Twice as many cyclists as last year were counted: 1,240
  against 600").
- **A multiple verb in a headline without figures** that the parser ran into the lede
  ("Measles cases treble in a year" over "There were 2,911 confirmed cases in 2024, compared
  with 893 in 2023"): the same, over the rest of that sentence and the next two.
- **A pronoun subject in a sentence without figures** ("It has more than doubled since
  2019."): the one pair of the sentence before.
- **A demonstrative subject with its old figure in the sentence**: "That number has almost
  doubled since 2004, when it stood at 2.4 million." The new figure is the one figure of the
  sentence before that can be the same quantity: of the old figure's kind, within a factor of
  20 of it (the factor the multiple states is never used to choose), not a bound ("more than
  N"), not a whole named after "of" ("one in five of the 24.8 million total"), not a
  percentage. Two such values: nothing.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from ..doctext import doc_text
from ..models import Finding
from ..quantities.extract import qualifier_before
from .antecedents import counted_noun_of, same_noun
from .figures import F, Figure, Masked, Scan, alternation, check_lexicon, plausible_pair
from .headlines import pairs_in
from .inputs import shared_unit
from .multiples import _QUAL, _text_offset, allowed_factor, multiple_finding, names_something
from .tolerance import Interval

__all__ = ["check_multiples_elsewhere", "check_times_as_long"]


@cache
def _multiple_word() -> re.Pattern[str]:
    words = alternation([w for w in check_lexicon().multiples if " " not in w])
    return re.compile(rf"{_QUAL}(?<![A-Za-z])(?P<mult>{words})\b", re.I)


_DEMONSTRATIVE = {"that", "this", "these", "those"}
_SINCE_WHEN = re.compile(
    rf"^[^#]*?\bsince\s+@\d+@,?\s+when\s+(?:it|they|there|the\s+[a-z]+)\s+(?:stood\s+at|was|were|"
    rf"numbered|totall?ed|had\s+been)\s+(?:about\s+|some\s+|around\s+)?{F('old')}(?P<rest>.*)$",
    re.I,
)


def check_multiples_elsewhere(scan: Scan) -> list[Finding]:
    from .restatement_top import top_cuts

    head, _ = top_cuts(scan)
    findings: list[Finding | None] = []
    for index, sent in enumerate(scan.sentences):
        for m in _multiple_word().finditer(sent.loose):
            if _AS_MANY.match(sent.loose, m.end()) and not _values_before(sent, m.start()):
                allowed = allowed_factor(sent, m.group("mult"), m.group("qual"))
                pairs = pairs_in(sent, _text_offset(sent, m.end()), sent.end)
                if allowed is not None and pairs is not None and len(pairs) == 1:
                    findings.append(_finding(scan, sent, m, allowed, *pairs[0], _AS_MANY_RULE))
                continue
            verb = _token(scan, _text_offset(sent, m.start("mult")))
            subject = _subject(scan, verb, _text_offset(sent, m.start()))
            if subject is None:
                continue  # "double the limit": no predicate, a base of its own (multiples.py)
            allowed = allowed_factor(sent, m.group("mult"), m.group("qual"))
            if allowed is None:
                continue
            if _pointing(subject) and _SINCE_WHEN.match(sent.loose):
                pair = _demonstrative_pair(scan, index, sent)
                rule = "checks.multiples.demonstrative_since"
            elif _pointing(subject) and not _values(sent) and index > 0:
                prev = scan.sentences[index - 1]  # "It has more than doubled since 2019."
                pairs = pairs_in(prev, prev.start, prev.end)
                pair = pairs[0] if pairs is not None and len(pairs) == 1 else None
                rule = "checks.multiples.pronoun_pair_before"
            elif not _values(sent):
                pair = _neighbour_pair(scan, _windows(scan, index, None), subject)
                rule = "checks.multiples.pair_next_door"
            elif index == 0 and head is not None and head < sent.end and m_end(sent, m) < head:
                # a headline the parser ran into the lede: "Measles cases treble in a year"
                if _values(sent, hi=head):
                    continue
                pair = _neighbour_pair(scan, _windows(scan, 0, head), subject)
                rule = "checks.multiples.headline_pair_in_lede"
            else:
                continue
            if pair is None:
                continue
            findings.append(_finding(scan, sent, m, allowed, *pair, rule))
    return [f for f in findings if f is not None]


_AS_LONG = re.compile(
    r"(?:(?P<qual>more\s+than|over|almost|nearly|about|roughly|around|just\s+under)\s+)?"
    r"(?P<mult>#\d+#\s+times|twice)\s+as\s+long\b(?!\s+as\b)",
    re.I,
)


def check_times_as_long(scan: Scan) -> list[Finding]:
    """ "The target ... is 18 minutes, meaning she waited more than 16 times as long": the base
    is the one duration before the multiple in its sentence, the new figure the one duration
    (adjacent parts added up) governed by the same verb ("waiting 4 hours 52 minutes")
    elsewhere in the article, outside the headline and not itself a bound."""
    from .restatement_top import _LEADING_QUALIFIER, _compound, top_cuts

    matches = [(s, m) for s in scan.sentences for m in _AS_LONG.finditer(s.loose)]
    if not matches:
        return []
    text = doc_text(scan.ctx.doc)
    durations = _compound(text, [d for d in scan.ctx.dates if d.kind == "duration"])
    head, _ = top_cuts(scan)
    findings: list[Finding | None] = []
    for sent, m in matches[:_MAX_AS_LONG]:
        at = _text_offset(sent, m.start())
        base = [d for d in durations if sent.start <= d[0] and d[1] <= at]
        verb = _verb(scan, _text_offset(sent, m.end()) - 1)
        if len(base) != 1 or verb is None:
            continue
        found = {
            d[2]: d
            for d in durations
            if not sent.start <= d[0] < sent.end
            and (head is None or d[0] > head)
            and not _LEADING_QUALIFIER.match(text[d[0] : d[1]]).group(0)  # type: ignore[union-attr]
            and (v := _verb(scan, d[0])) is not None
            and v.lemma_ == verb.lemma_
        }
        allowed = allowed_factor(sent, m.group("mult"), m.group("qual"))
        if len(found) != 1 or allowed is None or base[0][2] <= 0:
            continue
        new, old = (_as_figure(text, d) for d in (*found.values(), base[0]))
        findings.append(_finding(scan, sent, m, allowed, new, old, "checks.multiples.as_long"))
    return [f for f in findings if f is not None]


_MAX_AS_LONG = 8
"""An article says "N times as long" once or twice; more is hostile input (each reading
walks every duration of the article)."""


def _verb(scan: Scan, offset: int) -> Token | None:
    """The verb governing the word at ``offset``."""
    token = _token(scan, offset)
    for _ in range(6):
        if token is None or token.pos_ == "VERB":
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _as_figure(text: str, d: tuple[int, int, float, str]) -> Figure:
    minutes = d[2] / 60
    return Figure(d[0], d[1], text[d[0] : d[1]], minutes, 1 / 60)


_AS_MANY = re.compile(r"\s+as\s+(?:many|much)\b", re.I)
_AS_MANY_RULE = "checks.multiples.as_many_then_pair"


def _values_before(sent: Masked, masked_offset: int) -> bool:
    """A value figure (not a date, duration or conversion: those are ``@k@``) before."""
    first = _FIRST_VALUE.search(sent.loose)
    return first is not None and first.start() < masked_offset


_FIRST_VALUE = re.compile(r"#\d+#")


def _finding(
    scan: Scan,
    sent: Masked,
    m: re.Match[str],
    allowed: Interval,
    new: Figure,
    old: Figure,
    rule: str,
) -> Finding | None:
    if old.interval.lo <= 0 or not plausible_pair(new, old):
        return None
    start = _text_offset(sent, m.start("qual") if m.group("qual") else m.start("mult"))
    end = _text_offset(sent, m.end("mult"))
    return multiple_finding(new, old, allowed, doc_text(scan.ctx.doc)[start:end], start, rule)


def _token(scan: Scan, offset: int) -> Token | None:
    span = scan.ctx.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.root if span is not None else None


def _subject(scan: Scan, verb: Token | None, start: int) -> Token | None:
    """The subject of a multiple used as a predicate: its nsubj ("cases more than tripled");
    in a headline the small parser may tag the verb as an adjective or adverb ("Measles cases
    treble in a year"), so a plural noun right before the multiple (and its qualifier) is
    taken too."""
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        return subject if verb.pos_ in ("VERB", "AUX", "ADJ") else None
    before = _token(scan, start - 2) if start >= 2 else None
    if before is not None and before.pos_ == "NOUN" and before.tag_ == "NNS":
        return before
    return None


def _pointing(subject: Token) -> bool:
    """ "That number", "this figure", "it": the subject points back at a figure."""
    if subject.pos_ == "PRON":
        return subject.lower_ in ("it", "that", "this")
    return any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVE for c in subject.children)


def _values(sent: Masked, hi: int | None = None) -> list[Figure]:
    """The value figures of ``sent`` (before text offset ``hi``)."""
    return [
        f
        for k, f in enumerate(sent.figures)
        if k not in sent.soft and f.kind != "date" and (hi is None or f.start < hi)
    ]


def m_end(sent: Masked, m: re.Match[str]) -> int:
    """Text offset where a match ends."""
    return _text_offset(sent, m.end())


def _windows(scan: Scan, index: int, head: int | None) -> list[tuple[Masked, int, int]]:
    """Where a multiple's pair may be: the sentence after, the one after that and the one
    before; for a headline run into the lede, the rest of its sentence and the next two."""
    sents = scan.sentences
    if head is not None:
        first = sents[0]
        return [(first, head, first.end), *((s, s.start, s.end) for s in sents[1:3])]
    return [
        (sents[k], sents[k].start, sents[k].end)
        for k in (index + 1, index + 2, index - 1)
        if 0 <= k < len(sents)
    ]


def _neighbour_pair(
    scan: Scan, windows: list[tuple[Masked, int, int]], subject: Token
) -> tuple[Figure, Figure] | None:
    """The one (new, old) pair next door whose new figure counts the subject's noun."""
    found: set[tuple[float, float]] = set()
    chosen: tuple[Figure, Figure] | None = None
    for sent, lo, hi in windows:
        pairs = pairs_in(sent, lo, hi)
        if not pairs:
            continue
        for new, old in pairs:
            noun = counted_noun_of(scan, new, sent)
            if noun is None or not same_noun(subject.text, noun):
                continue
            if len(pairs) != 1:
                return None  # two pairs in one sentence: which one?
            found.add((new.value, old.value))
            chosen = (new, old)
    if len(found) != 1 or chosen is None:
        return None
    new, old = chosen
    if names_something(scan.ctx.doc, new) or not plausible_pair(new, old):
        return None
    return chosen


_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+|all\s+)?[£$€]?\s*$", re.I)


def _demonstrative_pair(scan: Scan, index: int, sent: Masked) -> tuple[Figure, Figure] | None:
    """ "That number has almost doubled since 2004, when it stood at 2.4 million": the old
    figure after "when it stood at", the new the one fitting figure of the sentence before."""
    m = _SINCE_WHEN.match(sent.loose)
    if m is None or index == 0:
        return None
    old = sent.fig(m, "old")
    if old is None or any(f is not old for f in _values(sent)):
        return None  # another value in the sentence: it may be the new one
    previous = scan.sentences[index - 1]
    text = doc_text(scan.ctx.doc)
    candidates = []
    for f in _values(previous):
        new, base = shared_unit(f, old, previous.text, previous.start)
        if new.kind != base.kind or new.percent or not plausible_pair(new, base):
            continue
        if _OF_BEFORE.search(text[max(0, f.start - 12) : f.start]):
            continue  # "of the 24.8 million total": a whole, not the subject's figure
        bound = qualifier_before(text, f.start)
        if bound is not None and bound[0] not in ("about", "some"):
            continue
        candidates.append((new, base))
    if len({c[0].value for c in candidates}) != 1:
        return None
    return candidates[0]

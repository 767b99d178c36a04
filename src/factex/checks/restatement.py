"""Headline/lede against body: the same quantity stated twice with different values.

"More than 3,000 migrants ..." in the lede and "A total of 3,197 people ..." in the body; a
headline "Council loses 420 jobs" and a body "412 jobs will go". A figure at the top is paired
with the body only when exactly one body value counts the same thing (same unit or currency
and the same counted noun, people nouns counting as one) and the two are within a factor of
two of each other; otherwise they are taken for different quantities and nothing is said.
A qualified top figure ("more than", "almost", "some") is checked as a bound (check
``comparator``), an unqualified one must round to the body figure (check ``restatement``).

Two counts of one noun are still different quantities when the words say so, and then
nothing is said: different periods ("5,059 cars in February" against "a total of 9,233 cars
so far in 1987"), a plan against a fact ("sold 24 units" against "its plan to place a total
of 28 units"), or different subjects ("Britain and Japan agreed to operate 12 flights"
against "Britain will be allowed to operate a total of 10 flights").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..claims.context import ArticleContext
from ..claims.periods import period_for
from ..doctext import doc_text
from ..models import Finding
from ..quantities.extract import qualifier_before
from ..resources import load_lexicon
from ..syntax import governing_verb
from .comparators import bound_interval
from .figures import Figure, Masked, Scan, check_lexicon, sig_step
from .restatement_top import check_top_restatements
from .tolerance import Interval, first_passing
from .util import make_finding

__all__ = ["check_restatements"]

_SKIP = {"a", "an", "the", "of", "in", "on", "to", "and", "or", "per", "for", "from", "at", "by"}


def _noun(sent: Masked, k: int) -> str | None:
    rest = sent.masked[sent.masked.find(f"#{k}#") + len(f"#{k}#") :]
    m = re.match(r"^\s*([A-Za-z'’-]+)(?:\s+([A-Za-z'’-]+))?", rest)
    if m is None:
        return None
    people = {p for p in load_lexicon().person_nouns if " " not in p}
    words = [w.lower() for w in m.groups() if w]
    if any(w in people for w in words):
        return "people"
    first = words[0]
    if first in _SKIP or len(first) < 3:
        return None
    return first[:-1] if first.endswith("s") else first


def _signature(sent: Masked, k: int, f: Figure) -> tuple[str, str] | None:
    if f.kind != "number" or f.is_word or f.value < 10 or not f.text.replace(",", "").isdigit():
        return None  # counts of a noun only: money and measures are too many things
    noun = _noun(sent, k)
    return (f.kind, noun) if noun else None


def _top_count(scan: Scan) -> int:
    for i, s in enumerate(scan.sentences):
        if s.text.rstrip().endswith((".", "!", "?", "”", '"')) or i >= 2:
            return i + 1
    return len(scan.sentences)


_TOTAL_BEFORE = re.compile(r"\b(?:a\s+total\s+of|total\s+of)\s*$", re.I)
_TOTAL_AFTER = re.compile(
    r"^(?:\s+[A-Za-z'’-]+){0,2}?\s+(?:in\s+total|in\s+all|altogether)\b", re.I
)


_EARLIER = re.compile(
    r"^[^.;]{0,40}?\b(?:last\s+year|a\s+year\s+(?:ago|earlier)|one\s+year\s+ago|year\s+earlier|"
    r"previous\s+year|the\s+year\s+before)\b",
    re.I,
)


_PART_AFTER = re.compile(
    r"^(?:\s+[A-Za-z'’-]+){0,2}?\s*(?:\(\s*\d[\d.,]*\s*(?:%|per\s*cent|pct)"
    r"|,\s+or\s+\d[\d.,]*\s*(?:%|per\s*cent|pct)|\s+(?:of|out\s+of)\s+(?:the|all|a|its|their)\b)",
    re.I,
)
"""A figure stated as a share of something ("1,200 votes (52%)", "412 of the 1,650"):
a part, never a restatement of the whole."""


def _restated(text: str, f: Figure) -> bool:
    """The body states the figure as the total it is: "A total of 3,197 people"."""
    return bool(
        _TOTAL_BEFORE.search(text[max(0, f.start - 20) : f.start])
        or _TOTAL_AFTER.match(text[f.end : f.end + 40])
    )


def check_restatements(scan: Scan) -> list[Finding]:
    """A figure at the top against the total the body states for the same thing."""
    text = doc_text(scan.ctx.doc)
    top_n = _top_count(scan)
    body: dict[tuple[str, str], list[Figure]] = {}
    for sent in scan.sentences[top_n:]:
        for k, f in enumerate(sent.figures):
            sig = _signature(sent, k, f)
            if sig and qualifier_before(text, f.start) is None:
                body.setdefault(sig, []).append(f)
    top = [
        (f, sig)
        for sent in scan.sentences[:top_n]
        for k, f in enumerate(sent.figures)
        if (sig := _signature(sent, k, f)) is not None
    ]
    findings: list[Finding] = _headline_vs_lede(scan) + check_top_restatements(scan)
    for f, sig in top:
        if _EARLIER.match(text[f.end : f.end + 60]):
            continue  # "against 723 working rigs at this time last year": another period
        if _PART_AFTER.match(text[f.end : f.end + 40]):
            continue  # "took 1,200 votes (52%)": a part of the body's total
        if any(o.value == f.value for o in body.get(sig, [])):
            continue  # restated as is
        near = [
            o
            for o in body.get(sig, [])
            if 0.5 <= f.value / o.value <= 2
            and not any(t.value == o.value and s == sig for t, s in top)  # the top has it too
        ]
        others = [o for o in near if _restated(text, o)]
        if not others and _bound_restated(scan, f, near):
            others = near  # "more than 220,000 homes" at the top, "212,000 homes lost power"
        if len({o.value for o in others}) != 1:
            continue
        if different_quantities(scan.ctx, f, others[0]):
            continue
        finding = _verdict(text, f, others[0])
        if finding is not None:
            findings.append(finding)
    return findings


_SCOPE = re.compile(r"^\W*(?:In|Among|For|Within|Across|Outside|Excluding|Of\s+(?:them|those))\b")


def _bound_restated(scan: Scan, top: Figure, near: list[Figure]) -> bool:
    """A bound at the top ("more than 220,000 homes") restates the one body count of its noun
    even without "a total of", when the two are close (within 25%), the count is no part of
    something ("98,000 of them", "(52%)") and its sentence does not narrow the scope ("In
    Wales, ..."): a bound is checked one way only, and a swapped or mistyped figure stays
    close to its twin."""
    text = doc_text(scan.ctx.doc)
    qualifier = qualifier_before(text, top.start)
    if qualifier is None or qualifier[0] not in ("more than", "less than", "almost", "at least"):
        return False
    if len({o.value for o in near}) != 1 or not 0.8 <= top.value / near[0].value <= 1.25:
        return False
    body = near[0]
    sent = scan.ctx.sentence_of(body.start)
    return not _PART_AFTER.match(text[body.end : body.end + 40]) and not _SCOPE.match(sent.text)


def _headline_vs_lede(scan: Scan) -> list[Finding]:
    """A count in a headline (a first line without a full stop) against the one count of the
    same noun in the lede: "Record 54,134 patients wait ..." over "A record 54,314 patients
    waited ...". The lede is where a headline's figure is restated; the body is checked
    against both by :func:`check_restatements` only when it says "a total of"."""
    head, lede = _head_and_lede(scan)
    text = doc_text(scan.ctx.doc)
    counts: dict[tuple[str, str], list[Figure]] = {}
    for f, sig in lede:
        counts.setdefault(sig, []).append(f)
    findings: list[Finding] = []
    for f, sig in head:
        found = counts.get(sig, [])
        if len({o.value for o in found}) != 1:
            continue  # none, or several (which one?)
        other = found[0]
        if other.value == f.value:
            continue  # restated as is
        if qualifier_before(text, other.start) is not None or not 0.5 <= f.value / other.value <= 2:
            continue
        if any(
            _EARLIER.match(text[g.end : g.end + 60]) or _PART_AFTER.match(text[g.end : g.end + 40])
            for g in (f, other)
        ):
            continue  # another period, or a part of something
        if different_quantities(scan.ctx, f, other):
            continue
        if finding := _verdict(text, f, other):
            # a headline restates its lede, a qualifier only bounds it ("Nearly 55,000")
            findings.append(finding.model_copy(update={"check": "restatement"}))
    return findings


def _head_and_lede(
    scan: Scan,
) -> tuple[list[tuple[Figure, tuple[str, str]]], list[tuple[Figure, tuple[str, str]]]]:
    """The counts (with their signatures) of the headline and of the lede."""
    if not scan.sentences:
        return [], []
    first = scan.sentences[0]
    counts = [
        (f, sig, sent)
        for sent in scan.sentences[:2]
        for k, f in enumerate(sent.figures)
        if (sig := _signature(sent, k, f)) is not None
    ]
    newline = first.text.find("\n")
    if newline > 0:  # the parser ran the headline into the lede
        cut = first.start + newline
        return (
            [(f, sig) for f, sig, s in counts if s is first and f.start < cut],
            [(f, sig) for f, sig, s in counts if s is first and f.start > cut],
        )
    if len(scan.sentences) < 2 or first.text.rstrip().endswith((".", "!", "?", "”", '"')):
        return [], []
    return (
        [(f, sig) for f, sig, s in counts if s is first],
        [(f, sig) for f, sig, s in counts if s is not first],
    )


def different_periods(ctx: ArticleContext, a: Figure, b: Figure) -> bool:
    """The words date the two figures to different periods."""
    periods = [period_for(f.start, f.end, ctx, ctx.duration_links)[0] for f in (a, b)]
    return None not in periods and periods[0] != periods[1]


def different_quantities(ctx: ArticleContext, a: Figure, b: Figure) -> bool:
    """The words give two counts of one noun different periods, moods or subjects."""
    if different_periods(ctx, a, b):
        return True
    tokens = [_token(ctx, f) for f in (a, b)]
    if None in tokens:
        return False
    ta, tb = tokens
    assert ta is not None and tb is not None
    if _planned(ta) != _planned(tb):
        return True
    subjects = _subject(ta), _subject(tb)
    return None not in subjects and subjects[0] != subjects[1]


def _token(ctx: ArticleContext, f: Figure) -> Token | None:
    span = ctx.span(f.start, f.end)
    return span.root if span is not None else None


def _clause_path(token: Token) -> list[Token]:
    """``token`` and its heads up to the first reporting verb ("said") or the root."""
    reporting = set(load_lexicon().attribution_verbs)
    path = [token]
    while token.head.i != token.i and len(path) < 12:
        token = token.head
        if token.pos_ == "VERB" and token.lemma_.lower() in reporting:
            break
        path.append(token)
    return path


def _planned(token: Token) -> bool:
    """A figure under a plan or forecast word: "its plan to place a total of 28 units"."""
    words = set(check_lexicon().plan_words)
    return any(t.lemma_.lower() in words for t in _clause_path(token))


def _subject(token: Token) -> frozenset[str] | None:
    """The nouns that are the subject of the figure's clause ("Britain and Japan" for "Britain
    and Japan agreed to operate 12 flights"); None when the figure is itself in the subject,
    when the subject is a pronoun, or when there is none."""
    t = token
    while t.pos_ not in ("VERB", "AUX"):
        if t.dep_ in ("nsubj", "nsubjpass") or t.head.i == t.i:  # spaCy tokens are new objects
            return None
        t = t.head
    verb: Token | None = governing_verb(t)
    for _ in range(4):
        if verb is None:
            return None
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            if any(head.pos_ == "PRON" for head in subj):
                return None
            # every subject counts: "BRITAIN, JAPAN AGREE" (a headline run into the lede)
            # parses as two subjects, "Britain and Japan agreed" as one with a conjunct
            return frozenset(w.lemma_.lower() for head in subj for w in (head, *head.conjuncts))
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _verdict(text: str, top: Figure, body: Figure) -> Finding | None:
    qualifier = qualifier_before(text, top.start)
    where = dict(start=top.start, end=top.end, stated=top.text)
    if qualifier is not None:
        kind = qualifier[0]
        allowed = bound_interval(kind, top.value) if kind != "some" else None
        if allowed is None:
            allowed = _rounded(top)
        ok = (
            allowed.meets(body.interval)
            and not (kind == "more than" and body.value <= top.value)
            and not (kind == "less than" and body.value >= top.value)
        )
        return make_finding(
            "comparator",
            "consistent" if ok else "inconsistent",
            None,
            body.value,
            allowed,
            "exact" if ok else None,
            f"{kind} {top.text} at the top against {body.text} in the body",
            "checks.restatement.bound_vs_body",
            [body.text],
            **where,
        )
    # a headline may round or cut: "KILLED 1,200" over "killed 1,269" passes by truncation,
    # but only a figure with two significant digits or more ("30" for 36 is no cut)
    step = sig_step(top)
    rounding, allowed = first_passing(top.value, step, body.interval)
    if rounding == "truncation" and step > abs(top.value) / 10:
        rounding, allowed = None, _rounded(top)
    ok = rounding is not None
    return make_finding(
        "restatement",
        "consistent" if ok else "inconsistent",
        None,
        body.value,
        allowed,
        rounding,
        f"{top.text} at the top against {body.text} in the body",
        "checks.restatement.top_vs_body",
        [body.text],
        **where,
    )


def _rounded(f: Figure) -> Interval:
    step = sig_step(f)
    return Interval(f.value - step / 2, f.value + step / 2, True)

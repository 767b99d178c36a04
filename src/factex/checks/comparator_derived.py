"""Bounds on a change measured from a figure stated "since": the new figure found by its rate.

"The minimum rate has risen by more than 80% since it was £6.70 an hour in 2015." states the
old figure and a bound on the percent change; the new figure is the current one, stated
earlier ("went up from £11.44 to £12.21 an hour in April"). It is found, never guessed:

- it has the old figure's kind and the same rate ("an hour", "a week", "a share") — or, for
  an amount without a rate, its sentence names the subject's noun ("the minimum *rate*");
- it is not the old end of a pair ("from £11.44"), not a bound, not a percentage, and within
  a factor of 20 of the old figure;
- the nearest of the three sentences before that holds such figures must hold exactly one
  value, and the sentence with the change must hold no other value (it could be the new one).

A qualified change ("more than 80%") is a bound: check ``comparator``; a plain one is rounded:
check ``percent_change``.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from ..doctext import doc_text
from ..models import Finding
from ..quantities.extract import qualifier_before
from .change import percent_change
from .comparators import bound_interval
from .figures import F, Figure, Masked, Scan, alternation, check_lexicon, plausible_pair
from .inputs import shared_unit
from .tolerance import first_passing
from .util import make_finding

__all__ = ["check_since_changes", "rate_suffix"]

_QUAL = r"(?:(?P<qual>more\s+than|over|almost|nearly|just\s+under|less\s+than|at\s+least)\s+)?"


@cache
def _since() -> re.Pattern[str]:
    lex = check_lexicon()
    verb = alternation([v for v in lex.up_verbs + lex.down_verbs if " " not in v])
    was = r"(?:was|were|stood\s+at)"
    return re.compile(
        rf"\b(?P<verb>{verb})\s+(?:by\s+)?{_QUAL}{F('d')}\s+since\s+(?:(?:it|they|the\s+[a-z]+)"
        rf"\s+{was}\s+{F('old')}|@\d+@,?\s+when\s+(?:it|they)\s+{was}\s+{F('old2')})",
        re.I,
    )


_RATE = re.compile(
    r"^\s*(?:a|an|per|each|every)\s+(hour|day|week|month|year|share|head|person|tonne|barrel)\b",
    re.I,
)


def rate_suffix(text: str, f: Figure) -> str | None:
    """The rate a figure is stated per ("£6.70 an hour" → "hour"), from the text after it.

    >>> rate_suffix("£6.70 an hour in 2015", Figure(0, 5, "£6.70", 6.7, 0.01, "GBP"))
    'hour'
    """
    m = _RATE.match(text[f.end : f.end + 20])
    return m.group(1).lower() if m else None


def check_since_changes(scan: Scan) -> list[Finding]:
    text = doc_text(scan.ctx.doc)
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        for m in _since().finditer(sent.loose):
            d, old = sent.fig(m, "d"), sent.fig(m, "old") or sent.fig(m, "old2")
            if d is None or old is None or d.percent != "percent" or old.value <= 0:
                continue
            others = [f for k, f in enumerate(sent.figures) if k not in sent.soft]
            if any(f is not d and f is not old for f in others):
                continue
            new = _new_figure(scan, index, sent, old)
            if new is None:
                continue
            sign = 1 if m.group("verb").lower() in check_lexicon().up_verbs else -1
            findings.append(_verdict(text, m.group("qual"), d, sign, new, old))
    return findings


def _subject_noun(scan: Scan, sent: Masked, at: int) -> str | None:
    span = scan.ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    verb: Token = span.root
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return subject.lemma_.lower()


_FROM = re.compile(r"\bfrom\s*[£$€]?\s*$", re.I)


def _new_figure(scan: Scan, index: int, sent: Masked, old: Figure) -> Figure | None:
    text = doc_text(scan.ctx.doc)
    rate = rate_suffix(text, old)
    noun = None if rate else _subject_noun(scan, sent, sent.start)
    if rate is None and noun is None:
        return None
    for k in range(index - 1, max(-1, index - 4), -1):
        prev = scan.sentences[k]
        if noun is not None and not re.search(rf"\b{re.escape(noun)}s?\b", prev.text, re.I):
            continue
        found = []
        for j, f in enumerate(prev.figures):
            if j in prev.soft or f.percent or f.kind == "date":
                continue
            new, base = shared_unit(f, old, prev.text, prev.start)
            if new.kind != base.kind or rate_suffix(text, f) != rate:
                continue
            if _FROM.search(text[max(0, f.start - 8) : f.start]) or not plausible_pair(new, base):
                continue
            bound = qualifier_before(text, f.start)
            if bound is not None and bound[0] not in ("about", "some"):
                continue
            found.append(new)
        if found:
            return found[0] if len({f.value for f in found}) == 1 else None
    return None


def _verdict(
    text: str, qual: str | None, d: Figure, sign: int, new: Figure, old: Figure
) -> Finding:
    computed = percent_change(new.interval, old.interval)
    assert computed is not None  # old.value > 0
    stated = sign * d.value
    kind = qualifier_before(text, d.start)
    allowed = bound_interval(kind[0], d.value) if qual and kind else None
    if allowed is not None:
        signed = computed if sign > 0 else type(computed)(-computed.hi, -computed.lo)
        ok = allowed.meets(signed) and not (
            kind and kind[0] == "more than" and signed.hi <= d.value
        )
        rounding = "exact" if ok else None
        check = "comparator"
    else:
        rounding, allowed = first_passing(stated, d.step, computed)
        check = "percent_change"
    where = f"{'+' if computed.mid >= 0 else ''}{computed.mid:.1f}%"
    return make_finding(
        check,
        "consistent" if rounding else "inconsistent",
        None,
        computed.mid,
        allowed,
        rounding,
        f"{(qual + ' ') if qual else ''}{d.text} since {old.text}: {new.text} against "
        f"{old.text} is {where}",
        "checks.comparator_derived.since",
        [new.text, old.text],
        start=d.start,
        end=d.end,
        stated=d.text,
    )

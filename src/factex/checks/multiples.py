"""Multiples and direction: "doubled to 400 from 200", "twice as many", "rose from 90 to 80".

A multiple word allows a factor range (data/checks.json, about ±10%; "more than doubled" is
above 2, "almost doubled" below it). A direction word (rose, fell, up, down) must agree with
the sign of new − old.
"""

from __future__ import annotations

import math
import re
from functools import cache

from spacy.tokens import Doc

from ..models import Finding
from .figures import (
    F,
    Figure,
    Masked,
    Scan,
    alternation,
    check_lexicon,
    plausible_pair,
    same_kind,
)
from .inputs import shared_unit
from .share_words import unmask_offset
from .tolerance import Interval
from .util import fmt, make_finding

__all__ = [
    "allowed_factor",
    "check_direction",
    "check_multiples",
    "multiple_finding",
    "multiple_interval",
    "names_something",
]

_QUAL = r"(?:(?P<qual>more\s+than|over|almost|nearly|about|roughly|around|just\s+under)\s+)?"
_GAP = r"(?:\s+[A-Za-z.$£€]+){0,6}?"


def multiple_interval(word: str, qualifier: str | None) -> Interval | None:
    """The factors a multiple word allows.

    >>> multiple_interval("doubled", None)
    Interval(lo=1.8, hi=2.2, hi_open=False)
    >>> multiple_interval("doubled", "more than")
    Interval(lo=2.0, hi=inf, hi_open=False)
    >>> multiple_interval("halved", "almost")  # doctest: +ELLIPSIS
    Interval(lo=0.5, hi=0.588..., hi_open=False)
    """
    entry = check_lexicon().multiples.get(" ".join(word.lower().split()))
    if entry is None:
        return None
    return factor_interval(*entry, qualifier)


ALMOST = 0.85
"""How far short of its factor an "almost"/"nearly" multiple may fall: "nearly doubled" down to
1.7 times, "almost halved" up to 0.5 / 0.85 = 0.59. Careful wire copy uses the words loosely:
in Reuters-21578 the "nearly/almost doubled/double/doubling" and "almost tripled" that state
both figures run from 0.89 to 0.995 of the factor (1.78 to 1.99 times for doubling, 2.79 for
tripling); 0.85 leaves a margin under the loosest. One overshoots ("nearly doubled" at 2.04
times) and stays flagged: "almost" never reaches the factor."""


def factor_interval(factor: float, lo: float, hi: float, qualifier: str | None) -> Interval:
    """``lo``..``hi`` around ``factor``, bounded on one side by "more than" or "almost".

    >>> factor_interval(2, 1.8, 2.2, "nearly")
    Interval(lo=1.7, hi=2, hi_open=True)
    """
    q = " ".join(qualifier.lower().split()) if qualifier else None
    shrinking = factor < 1
    if q in ("more than", "over"):
        return Interval(0, factor) if shrinking else Interval(factor, math.inf)
    if q in ("almost", "nearly", "just under"):
        if shrinking:
            return Interval(factor, max(hi, factor / ALMOST))
        return Interval(min(lo, factor * ALMOST), factor, True)
    return Interval(lo, hi)


_BASE_LINK = r"(?:from|compared\s+(?:with|to)|against|versus|vs\.?)"
"""The word before the old figure of "doubled to NEW, compared with OLD"."""
_DENOMINATOR = r"(?:[^#.;]|(?<=\sin\s)#\d+#|(?<=\sper\s)#\d+#)"
"""A gap character, or a figure that is a rate's denominator ("58 micrograms in 100
millilitres", "11 goals in 15 games"): never the compared value."""
_OWN_BEFORE = (
    r"(?:(?:its|their|his|her|the)\s+(?:original|previous|former|earlier|starting|initial|old)\b"
    r"|what\s+(?:it|they)\s+(?:was|were)\b|(?=\s*[.,;]))"
)
"""After a pair, a multiple that compares the pair itself: "more than seven times its original
size", "what it was", or nothing ("rose from 10 to 21, more than doubling")."""


@cache
def _mult() -> str:
    """A multiple word, "N times", "N and a half times" ("one and a half times" is read as
    two figures, 1 and 0.5) or a figure that is a "-fold" word ("threefold", checked by
    :func:`allowed_factor`)."""
    words = alternation(check_lexicon().multiples)
    return rf"(?P<mult>{words}|#\d+#\s+and\s+#\d+#\s+times|#\d+#\s+times|#\d+#(?!\s+times))"


@cache
def _multiple_patterns() -> list[tuple[str, re.Pattern[str]]]:
    mult = _mult()
    gap = r"(?:\s+(?:[A-Za-z.$£€]+|@\d+@)){0,6}?"  # words and dates: "40 employees in 2015"
    pair = (
        rf"(?:from\s+{F('old')}{gap}\s+to\s+{F('new')}|to\s+{F('new2')}"
        rf"{gap},?\s+{_BASE_LINK}\s+{F('old2')})"
    )
    return [
        (
            "checks.multiples.from_to",
            re.compile(rf"{_QUAL}(?<![A-Za-z]){mult},?\s+{pair}", re.I),
        ),
        (
            "checks.multiples.times_as_many",
            re.compile(
                rf"{F('new')}{_DENOMINATOR}{{0,60}}?,?\s+{_QUAL}(?<![A-Za-z]){mult}\s+"
                rf"(?:(?:the|his|her|its|their|our)\s+|as\s+(?:many|much|high|large|big|long|"
                rf"fast)\s+as\s+|(?:more|higher|larger|bigger|greater)\s+than\s+)"
                rf"[^#.;]{{0,60}}?{F('old')}",
                re.I,
            ),
        ),
        (
            "checks.multiples.pair_then_multiple",
            re.compile(
                rf"\b{pair}[^#.;]{{0,40}}?,\s+(?:or\s+|a\s+rise\s+of\s+)?{_QUAL}(?<![A-Za-z])"
                rf"{mult}\s*{_OWN_BEFORE}",
                re.I,
            ),
        ),
    ]


def check_multiples(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for sent in scan.sentences:
        for rule, pattern in _multiple_patterns():
            for m in pattern.finditer(sent.loose):  # dates and conversions may sit in gaps
                new, old = _pair(sent, m)
                if "range" in (getattr(new, "unit", None), getattr(old, "unit", None)):
                    continue  # "may double or triple to 15-20 billion": a range is no point
                if new is not None and old is not None:
                    # "doubled to 1.02 bln dlrs from 540 mln"
                    new, old = shared_unit(new, old, sent.text, sent.start)
                if not same_kind(new, old) or new is None or old is None:
                    continue
                if names_something(scan.ctx.doc, new) or names_something(scan.ctx.doc, old):
                    continue  # "double the capacity of the model six": a name, not a count
                if not plausible_pair(new, old):
                    continue  # "double the number sold by its rival in 12 countries"
                allowed = _allowed(sent, m)
                if allowed is None or old.interval.lo <= 0:
                    continue
                start, end = _word_span(sent, m)
                words = sent.text[start - sent.start : end - sent.start]
                findings.append(multiple_finding(new, old, allowed, words, start, rule))
    from .multiple_operands import check_multiples_elsewhere, check_times_as_long

    return findings + check_multiples_elsewhere(scan) + check_times_as_long(scan)


def multiple_finding(
    new: Figure, old: Figure, allowed: Interval, words: str, start: int, rule: str
) -> Finding:
    """The factor new / old (rounding-aware) against what the multiple ``words`` at text
    offset ``start`` allow."""
    factor = Interval(new.interval.lo / old.interval.hi, new.interval.hi / old.interval.lo)
    ok = allowed.meets(factor)
    return make_finding(
        "multiple",
        "consistent" if ok else "inconsistent",
        None,
        factor.mid,
        allowed,
        "exact" if ok else None,
        f"{words!r}: {new.text} / {old.text} = {factor.mid:.2f} times",
        rule,
        [new.text, old.text],
        start=start,
        end=start + len(words),
        stated=words,
    )


def names_something(doc: Doc, f: Figure) -> bool:
    """A numeral after a determiner and a common noun names a thing ("the model six", "its
    flight 12"), and so does a bare numeral after a capitalised name ("Series 4000", "Boeing
    747"): an identifier, not a count of that noun."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    noun, det = doc[span.start - 1], doc[span.start - 2]
    if noun.is_title and noun.pos_ == "PROPN" and not noun.is_sent_start and f.text.isdigit():
        return True  # "Domain Series 4000 models double ... Series 3000": a model name
    return noun.pos_ == "NOUN" and noun.is_lower and det.pos_ in ("DET", "PRON") and det.is_lower


def _allowed(sent: Masked, m: re.Match[str]) -> Interval | None:
    return allowed_factor(sent, m.group("mult"), m.group("qual"))


def allowed_factor(sent: Masked, word: str, qualifier: str | None) -> Interval | None:
    """The factors a multiple (a word, "#k# times", "#k# and #j# times") allows."""
    if word.startswith("#"):
        parts = [sent.figures[int(t)] for t in re.findall(r"#(\d+)#", word)]
        if any(p.kind != "number" for p in parts):
            return None
        if not word.endswith("times") and not parts[0].text.lower().endswith("fold"):
            return None  # a bare figure is a multiple only as "threefold", "tenfold"
        if len(parts) == 2 and parts[1].value not in (0.25, 0.5, 0.75):
            return None  # "one and a half times"; "3 and 4 times" is no factor
        factor = sum(p.value for p in parts)
        if factor < 1.5 or (len(parts) == 1 and factor < 2):
            return None
        return factor_interval(factor, 0.9 * factor, 1.1 * factor, qualifier)
    return multiple_interval(word, qualifier)


def _pair(sent: Masked, m: re.Match[str]) -> tuple[Figure | None, Figure | None]:
    new = sent.fig(m, "new") or (sent.fig(m, "new2") if "new2" in m.re.groupindex else None)
    old = sent.fig(m, "old") or (sent.fig(m, "old2") if "old2" in m.re.groupindex else None)
    return new, old


def _word_span(sent: Masked, m: re.Match[str]) -> tuple[int, int]:
    """Text offsets of the multiple word (with its qualifier)."""
    group = "qual" if m.group("qual") else "mult"
    start = _text_offset(sent, m.start(group))
    end = _text_offset(sent, m.end("mult"))
    return start, end


def _text_offset(sent: Masked, masked_offset: int) -> int:
    """Offset in the article of a masked-text offset."""
    return sent.start + unmask_offset(sent, masked_offset)


@cache
def _direction_patterns() -> list[tuple[str, re.Pattern[str]]]:
    lex = check_lexicon()
    verbs = [v for v in lex.up_verbs + lex.down_verbs if v not in ("up", "down", "cut")]
    verb = rf"(?P<verb>{alternation(verbs)})"
    return [
        (
            "checks.direction.verb_from_to",
            re.compile(rf"\b{verb}\s+from\s+{F('old')}{_GAP}\s+to\s+{F('new')}", re.I),
        ),
        (
            "checks.direction.verb_to_from",
            re.compile(rf"\b{verb}\s+to\s+{F('new')}{_GAP},?\s+from\s+{F('old')}", re.I),
        ),
        (
            "checks.direction.figure_up_from",
            re.compile(
                rf"{F('new')}(?:\s+(?:[A-Za-z.$£€]+|@\d+@)){{0,10}}?,\s+(?P<verb>up|down)\s+from\s+"
                rf"{F('old')}",  # @k@: a date ("on Sunday 10 August, up from 41")
                re.I,
            ),
        ),
    ]


_INTERVAL = re.compile(r"^\s*(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?)\b", re.I)
_INVERSE = re.compile(
    r"\b(?:against|versus|to|per)\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:dollar|yen|mark|pound|sterling|"
    r"franc|euro|currency)\b"
    r"|\b(?:frequency|interval|every)\b",
    re.I,
)


def check_direction(scan: Scan) -> list[Finding]:
    """A direction word against the sign of the change it describes. Intervals ("increased
    from nine to seven days" — sailings) and exchange rates read both ways, so they are
    left alone."""
    lex = check_lexicon()
    findings: list[Finding] = []
    for sent in scan.sentences:
        if _INVERSE.search(sent.text):
            continue
        for rule, pattern in _direction_patterns():
            for m in pattern.finditer(sent.loose):
                new, old = sent.fig(m, "new"), sent.fig(m, "old")
                if new is None or old is None or not same_kind(new, old):
                    continue
                if _INTERVAL.match(sent.text[new.end - sent.start :]):
                    continue
                if not plausible_pair(new, old):
                    continue
                word = " ".join(m.group("verb").lower().split())
                sign = 1 if word in lex.up_verbs else -1
                diff = Interval(
                    new.interval.lo - old.interval.hi, new.interval.hi - old.interval.lo
                )
                if diff.lo <= 0 <= diff.hi:
                    continue  # no change within rounding: nothing to say either way
                ok = (diff.lo > 0) == (sign > 0)
                start = _text_offset(sent, m.start("verb"))
                end = start + len(m.group("verb"))
                findings.append(
                    make_finding(
                        "direction",
                        "consistent" if ok else "inconsistent",
                        None,
                        diff.mid,
                        None,
                        "exact" if ok else None,
                        f"{m.group('verb')!r} from {old.text} to {new.text}: the change is "
                        f"{'+' if diff.mid > 0 else ''}{fmt(diff.mid)}",
                        rule,
                        [old.text, new.text],
                        start=start,
                        end=end,
                        stated=m.group("verb"),
                    )
                )
    return findings

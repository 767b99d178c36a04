"""A headline's percent change against the pair the body gives for the same thing.

"Albion profit jumps 16% on strong demand" heads a lede that says "pre-tax profit ... rose to
745 million pounds from 641 million pounds": the headline states the change, the body the two
figures. The headline's subject (the word before its change verb: "profit", "surplus",
"numbers") must be named in the body sentence that gives the pair, within the first
:data:`BODY_SENTENCES` sentences of the body; the first such sentence must hold exactly one
pair, and the change word must agree with the pair's direction. Anything else is left alone
(precision first): a headline often sums up a figure the body never computes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..models import Finding
from .appositive import _against, _pair, _pair_patterns, _percent_verdict
from .figures import F, Figure, Masked, Scan, alternation, check_lexicon

__all__ = ["check_headline_changes", "pairs_in"]

BODY_SENTENCES = 3


@cache
def _headline_change() -> re.Pattern[str]:
    lex = check_lexicon()
    verb = alternation([v for v in lex.up_verbs + lex.down_verbs if " " not in v])
    return re.compile(
        rf"\b(?P<subject>[A-Za-z][a-z]+|[A-Z]+)\s+(?P<verb>{verb})\s+(?:by\s+)?{F('d')}", re.I
    )


def check_headline_changes(scan: Scan) -> list[Finding]:
    if not scan.sentences:
        return []
    first = scan.sentences[0]
    newline = first.text.find("\n")
    if newline > 0:
        cut = first.start + newline
        body = [(first, cut), *((s, s.start) for s in scan.sentences[1:BODY_SENTENCES])]
    elif len(scan.sentences) > 1 and not first.text.rstrip().endswith((".", "!", "?", '"', "”")):
        cut = first.end
        body = [(s, s.start) for s in scan.sentences[1 : BODY_SENTENCES + 1]]
    else:
        return []
    findings: list[Finding] = []
    for m in _headline_change().finditer(first.loose):
        d = first.fig(m, "d")
        if d is None or d.percent != "percent" or d.start >= cut:
            continue
        if pairs_in(first, first.start, cut) is not None:
            continue  # the headline gives its own pair
        sign = _sign(m.group("verb"))
        subject = m.group("subject").lower().rstrip("s")
        if len(subject) < 4 and subject not in _SHORT_SUBJECTS:
            continue
        for sent, start in body:
            if not re.search(rf"\b{re.escape(subject)}s?\b", _after(sent, start), re.I):
                continue
            pairs = pairs_in(sent, start, sent.end)
            if pairs is None and _own_change(sent, start):
                break  # "February sales rose 13.1 pct ... comparable sales rose 8.2 pct"
            if pairs is None:
                continue  # no comparison here: "a sharp fall in the number of children"
            new, old = pairs[0] if len(pairs) == 1 else (None, None)
            if new is not None and old is not None and new.kind not in _SHARES:
                f = (
                    None
                    if _against((new, old), sign)
                    else _percent_verdict(_headline_step(d), sign, new, old)
                )
                if f and (f.verdict == "consistent" or not _quoted(scan, d, cut)):
                    findings.append(f.model_copy(update={"rule": "checks.headlines.change"}))
            break  # the first body sentence that compares the subject decides
    return findings


_SHORT_SUBJECTS = {"net"}
"""Headline subjects under four letters that still name one measure ("1ST QTR NET RISES 34
PCT": net profit, named "net" in the lede)."""

_SHARES = ("percent", "percentage_point")
"""A pair of rates ("inflation rose to 31.6 pct from 30.3 pct"): a points change, not this."""


def _own_change(sent: Masked, start: int) -> bool:
    """The body sentence states a percentage of its own ("sales rose 13.1 pct from ..."): the
    headline may sum up another measure (comparable stores), so it is never flagged against
    this pair; the body's own percentage is checked where it stands."""
    return any(f.percent == "percent" and f.start >= start for f in sent.figures)


def _quoted(scan: Scan, d: Figure, cut: int) -> bool:
    """The headline's percentage is stated as such in the body ("comparable store sales rose
    8.2 pct"): the headline quotes that measure, not the pair's change."""
    return any(
        f.percent == "percent" and f.value == d.value and f.start > cut
        for sent in scan.sentences
        for f in sent.figures
    )


def _headline_step(d: Figure) -> Figure:
    """Headlines round coarsely ("DROPPED 75 PCT" for 74.3): a whole number either side."""
    return replace(d, step=max(d.step, 2.0))


def _after(sent: Masked, start: int) -> str:
    return sent.text[start - sent.start :]


def pairs_in(sent: Masked, lo: int, hi: int) -> list[tuple[Figure, Figure]] | None:
    """The (new, old) pair of ``sent`` between text offsets ``lo`` and ``hi``: None when no
    base word is there, an empty list when there are two bases ("which one?")."""
    olds: set[int] = set()
    pairs: dict[tuple[int, int], tuple[Figure, Figure]] = {}
    for pattern in (*_pair_patterns(), _per_share_pair()):
        for m in pattern.finditer(sent.loose):
            old = sent.fig(m, "old")
            if old is None or not lo <= old.start < hi:
                continue
            olds.add(old.start)
            if (pair := _pair(sent, m)) is not None and pair[0].start >= lo:
                pairs[(pair[0].start, pair[1].start)] = pair
    if not olds:
        return None
    return list(pairs.values()) if len(olds) == 1 else []


@cache
def _per_share_pair() -> re.Pattern[str]:
    """ "rose to 48.6 mln dlrs, or 62 cts a share, from 36.2 mln dlrs": wire copy puts the
    per-share figure of each end in the gap (a figure of another kind, never a competitor)."""
    share = r",\s+or\s+#\d+#\s+(?:[a-z]+\s+)?(?:a|per)\s+(?:share|shr)\b"
    return re.compile(
        rf"(?=\bto\s+{F('new')}[^#.;,]{{0,30}}?{share},\s+from\s+{F('old')})",
        re.I,
    )


def _sign(verb: str) -> int:
    return 1 if verb.lower() in check_lexicon().up_verbs else -1

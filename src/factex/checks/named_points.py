"""A named share's change in points whose new value was given earlier: "Labour's share fell
17.8 points from the 50.3% it won last July" after "… Labour's Priya Sandhu on 9,716
(32.5%)"; "the Greens were up 29.8 points on their 9.4%" after "Green candidate Tom Aske
took 11,408 votes, a share of 38.2%".

The name (a capitalised word, with its plural or singular) must sit in the stretch before
exactly one earlier percentage in the article (the stretch runs back to the previous
percentage in that sentence); two or none, and nothing is said.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Finding
from .figures import F, Figure, Masked, Scan, alternation, check_lexicon
from .points import points_verdict
from .util import noun_forms

__all__ = ["check_named_points"]

_REACH = 70
"""Characters before an earlier percentage in which the name must be written."""


@cache
def _pattern() -> re.Pattern[str]:
    lex = check_lexicon()
    verb = rf"(?P<verb>{alternation(lex.up_verbs + lex.down_verbs)})"
    return re.compile(
        r"\b(?:the\s+)?(?P<who>[A-Z][A-Za-z'’-]+)(?:['’]s)?\s+(?:(?:vote\s+)?share\s+)?"
        rf"(?:(?:was|were|has|have)\s+)?{verb}\s+(?:by\s+)?{F('d')}"
        r"(?P<pts>\s*(?:percentage\s+)?points?)\s+(?:from|on)\s+"
        rf"(?:(?:the|their|its|his|her)\s+)?{F('old')}"
    )


def check_named_points(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    lex = check_lexicon()
    for index, sent in enumerate(scan.sentences):
        for m in _pattern().finditer(sent.loose):
            d, old = sent.fig(m, "d"), sent.fig(m, "old")
            if d is None or old is None or old.percent != "percent" or not d.kind_free:
                continue  # "fell 17.8 points from the 50.3%": a plain figure, then a share
            new = _named_share(scan.sentences[:index], m.group("who"))
            if new is None:
                continue
            sign = 1 if m.group("verb").lower() in lex.up_verbs else -1
            findings.append(points_verdict(d, old, new, sign, True))
    return findings


def _named_share(before: list[Masked], who: str) -> Figure | None:
    """The one earlier percentage whose stretch names ``who``."""
    forms = noun_forms(who)
    found = []
    for sent in before:
        previous_end, words = sent.start, set()
        for f in sent.figures:
            if f.percent != "percent":
                continue
            lo = max(previous_end, f.start - _REACH) - sent.start
            stretch = sent.text[lo : f.start - sent.start]
            named = {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z'’-]+", stretch)}
            # no name in the stretch: the share is still the last one named ("won 30.5% in
            # the town and 27.1% across the county")
            words = ({w.rstrip("'’s") for w in named} | named) if named else words
            if words & forms:
                found.append(f)
            previous_end = f.end
    values = {f.value for f in found}
    return found[0] if len(values) == 1 else None

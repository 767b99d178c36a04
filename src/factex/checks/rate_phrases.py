"""Phrases of a rate, shared by its readers (:mod:`factex.checks.rates`,
:mod:`factex.checks.rate_nouns`, :mod:`factex.checks.pay`): what follows a figure ("a day",
"cts a share", "each"), what marks it as derived ("an average of", ", or", "the equivalent
of"; not "compared with an average of"), and the finding a recomputed rate gives.
"""

from __future__ import annotations

import re

from ..models import Finding
from .averages import counts_a_noun
from .figures import Figure, Masked
from .rate_operands import TIME_UNITS, stated_allowed
from .tolerance import Interval
from .util import fmt, make_finding, noun_forms, unverifiable

__all__ = [
    "CENTS",
    "IN",
    "PER",
    "QUALIFIER",
    "after",
    "after_has",
    "derived",
    "finding",
    "per_phrase",
    "plain_rate",
    "same_noun",
    "time_unit",
]

QUALIFIER = (
    r"(?:(?:about|around|roughly|approximately|some|almost|nearly|just\s+(?:over|under)|"
    r"more\s+than|over|under|less\s+than)\s+)?"
)
_AVERAGED = re.compile(
    rf"\b(?:an?\s+average\s+of|on\s+average|averag(?:ing|ed|es)|average\s+[a-z]+\s+(?:of|was|is))"
    rf"\s+{QUALIFIER}$",
    re.I,
)
_APPOSED = re.compile(
    rf"(?:,|\s[-–—])\s+(?:or\s+|still\s+|which\s+is\s+|meaning\s+)?{QUALIFIER}$|\bor\s+{QUALIFIER}$"
    rf"|\b(?:(?:the\s+)?equivalent\s+(?:to|of)|works?\s+out\s+(?:at|as|to)|working\s+out\s+at"
    rf"|amounting\s+to)\s+{QUALIFIER}$",
    re.I,
)
PER = re.compile(
    r"(?P<unit>[A-Za-z/]*(?:\s+(?!a\b|an\b|per\b|each\b|every\b|more\b|over\b|for\b|in\b)"
    r"[A-Za-z.]+){0,2}?)(?P<more>\s+more)?\s+(?P<per>per|a|an|each|every|for\s+each|for\s+every"
    r"|over\s+a|in\s+a|across\s+a)\s+(?P<noun>[A-Za-z]+)\b"
    r"|(?P<each>[A-Za-z/]*(?:\s+[A-Za-z.]+){0,2}?\s+each)\b"
)
CENTS = re.compile(r"(?:[A-Za-z.]+\s+){0,1}(?:cts|cents)\b", re.I)

# per-unit (key) in one of another (inner key): a year holds 52 to 52.18 weeks
IN = {
    ("year", "week"): (52.0, 366 / 7),
    ("year", "month"): (12.0, 12.0),
    ("year", "day"): (365.0, 366.0),
    ("month", "week"): (52 / 12, 366 / 7 / 12),
    ("month", "day"): (28.0, 31.0),
    ("week", "day"): (7.0, 7.0),
}


def per_phrase(sent: Masked, f: Figure) -> tuple[str, bool, bool] | None:
    """(per-noun, whether "per"/"a" named it or it is "each" alone, whether "over a"/"more"
    made it a total) for a figure followed by a rate phrase.

    >>> from factex.checks.figures import read_sentence
    >>> t = "18,000 tonnes a day; 62 cts a share; 271 pounds each; £864 more over a year"
    >>> s = read_sentence(t, 0, len(t))
    >>> [per_phrase(s, f) for f in s.figures]
    [('day', True, False), ('share', True, False), ('each', False, False), ('year', True, True)]
    """
    m = PER.match(sent.text, f.end - sent.start)
    if m is None:
        return None
    if m.group("each"):
        return "each", False, False
    per = m.group("per").lower()
    if per in ("a", "an") and m.group("noun").lower() in ("total", "record", "rise", "fall"):
        return None
    total = bool(m.group("more")) or per.split()[0] in ("over", "in", "across")
    return m.group("noun").lower(), True, total


def time_unit(noun: str) -> str | None:
    return next((u for u in TIME_UNITS if u in noun_forms(noun)), None)


_NORM = re.compile(
    r"\b(?:compared|against|versus|vs|than|above|below|higher|lower|up\s+from|down\s+from|"
    r"normal|usual|typical|national|long-term|historical)\b[^,;]{0,30}$",
    re.I,
)


def derived(sent: Masked, f: Figure) -> bool:
    """An average word or an apposed clause before the figure marks it as derived from the
    figures before it; "compared with an average of 3mm a day" is a norm, not derived."""
    before = sent.text[max(0, f.start - sent.start - 60) : f.start - sent.start]
    m = _AVERAGED.search(before) or _APPOSED.search(before)
    if m is None:
        return False
    return not _NORM.search(before[: m.start()] + " " + m.group(0).split()[0])


def plain_rate(sent: Masked, f: Figure) -> bool:
    return f.kind not in ("date", "range") and not f.percent and not f.in_duration and f.value > 0


def finding(
    check: str,
    sent: Masked,
    rate: Figure,
    computed: Interval,
    how: str,
    rule: str,
    inputs: list[str],
    doubt: str | None = None,
) -> Finding:
    rounding, allowed = stated_allowed(sent, rate, computed)
    if rounding is None and doubt:
        return unverifiable(
            check,
            None,
            f"{rate.text}: {how} = {fmt(computed.mid)}; {doubt}",
            rule,
            inputs,
            start=rate.start,
            end=rate.end,
            stated=rate.text,
        )
    note = " (passes only by truncation)" if rounding == "truncation" else ""
    return make_finding(
        check,
        "consistent" if rounding else "inconsistent",
        None,
        computed.mid,
        allowed,
        rounding,
        f"{check} {rate.text}: {how} = {fmt(computed.mid)}{note}",
        rule,
        inputs,
        start=rate.start,
        end=rate.end,
        stated=rate.text,
    )


def after(sent: Masked, f: Figure) -> str:
    return sent.text[f.end - sent.start : f.end - sent.start + 40]


def after_has(sent: Masked, f: Figure, noun: str) -> bool:
    return any(noun_forms(w) & noun_forms(noun) for w in after(sent, f).lower().split()[:3])


def same_noun(sent: Masked, total: Figure, rate: Figure, *, bare_ok: bool) -> bool:
    """A bare number rate and its total count one thing: "46 goals in 20 games, 2.3 a game";
    "won 14 of 20 games, 2.3 points a game" divides no stated total of points. A rate naming
    its noun ("18,000 tonnes a day") needs a total of that noun; a bare one a total of some
    noun, unless ``bare_ok`` (over a period the subject names it: "incidents fell to 75,307,
    an average of 206 every day")."""
    if rate.kind != "number":
        return True
    m = PER.match(sent.text, rate.end - sent.start)
    words = m.group("unit").split() if m and m.group("unit") else []
    after = sent.text[total.end - sent.start : total.end - sent.start + 40]
    if not words:
        return bare_ok or counts_a_noun(after)
    noun = words[-1].lower()
    return any(noun_forms(w) & noun_forms(noun) for w in after.lower().split()[:3])

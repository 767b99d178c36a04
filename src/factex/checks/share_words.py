"""The words of a share and its verdict: "25%", "one in five", "two-thirds", "almost half".

Shared by the share readers (:mod:`.shares`, :mod:`.share_nearest`) and the election check:
the regex pieces a share pattern is built from, the interval a stated share allows (a
percentage is rounding-aware; "one in five" allows n ± 0.5; fraction words allow the range in
data/checks.json, bounded by a qualifier: "almost half" is below a half), and the finding
comparing it with part / whole.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Finding
from .figures import F, Figure, Masked, alternation, check_lexicon
from .tolerance import Interval, first_passing
from .util import make_finding

__all__ = [
    "BARE",
    "DEN",
    "NOUNS",
    "NP",
    "NP_END",
    "OF",
    "datefree",
    "fraction_interval",
    "share_regex",
    "share_span",
    "share_text",
    "stated_share",
    "unmask_offset",
    "verdict_for_share",
]

DEN = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}
OF = (
    r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+|those\s+|these\s+"
    r"|[A-Z][\w-]*['’]s\s+)?"  # a possessive: "of Britain's 29.4 million households"
)
NP = (
    r"(?P<np>(?:(?:all\s+)?(?:the|its|their|these|those)|all)\s+[A-Za-z][A-Za-z'’-]*"
    r"(?:\s+[A-Za-z][A-Za-z'’-]*){0,2}?)"
)
"""A whole named by words ("the cases", "the March total"), resolved by
:func:`factex.checks.antecedents.resolve_whole`."""
NP_END = r"(?=\s*(?:[,.;:()—–]|$))"
BARE = r"(?P<bare>\s+(?:the|its|their)\s+)"
"""No "of" after a fraction word ("half the 230mm", "half the total"): only after "half"."""
NOUNS = r"[A-Za-z]*(?:\s+[A-Za-z@\d'’-]+){0,5}?"
"""Words between a figure and what follows; ``@k@`` is a date figure (see :func:`datefree`)."""


@cache
def share_regex() -> str:
    """A share with its optional qualifier, as regex groups: ``qual`` (a qualifier word),
    ``k``/``n`` ("one in five"), ``fnum``/``fden`` ("three fifths"), ``frac`` (a fraction
    word from data/checks.json) or ``pct`` (a percentage figure)."""
    lex = check_lexicon()
    qual = rf"(?:(?P<qual>{alternation(lex.fraction_qualifiers)})\s+)?"
    frac = (
        rf"(?:{F('k')}\s+in\s+(?:every\s+)?{F('n')}|{F('fnum')}[\s-](?P<fden>{alternation(DEN)})"
        rf"|(?P<frac>{alternation(lex.fractions)})|{F('pct')})"
    )
    return qual + frac


def fraction_interval(word: str, qualifier: str | None) -> Interval | None:
    """The shares a fraction word allows, bounded by its qualifier.

    >>> fraction_interval("half", None)
    Interval(lo=0.45, hi=0.55, hi_open=False)
    >>> fraction_interval("half", "almost")
    Interval(lo=0.45, hi=0.5, hi_open=True)
    >>> iv = fraction_interval("a third", "more than")
    >>> round(iv.lo, 3), round(iv.hi, 3)
    (0.333, 1.0)
    """
    lex = check_lexicon()
    word = " ".join(word.lower().split())
    if word not in lex.fractions:
        return None
    lo, hi = lex.fractions[word]
    return _qualified(Interval(lo, hi), qualifier, exact=_exact(word))


def _exact(word: str) -> float | None:
    for name, den in DEN.items():
        if word.endswith(name):
            return (2 if word.startswith("two") else 3 if word.startswith("three") else 1) / den
    return None


def _qualified(iv: Interval, qualifier: str | None, exact: float | None) -> Interval:
    kind = check_lexicon().fraction_qualifiers.get(qualifier.lower()) if qualifier else None
    point = exact if exact is not None else iv.lo
    if kind == "below":
        return Interval(point - 0.1 * max(point, 0.5), point, True)
    if kind == "above":  # a floor only: "more than half" is true of 57.5% (and of 90%)
        return Interval(point, 1.0)
    return iv


def stated_share(
    sent: Masked, m: re.Match[str]
) -> tuple[Figure | None, str, Interval | None, float]:
    """(figure stated, its words, allowed share interval (0..1) or None for a percentage,
    percent value) for the share part of a match."""
    qualifier = m.group("qual")
    if (pct := sent.fig(m, "pct")) is not None:
        if pct.is_word and 0 < pct.value < 1:  # "half", "two-thirds" read as numbers
            iv = fraction_interval(pct.text, qualifier) or Interval(
                0.9 * pct.value, 1.1 * pct.value
            )
            return pct, pct.text, _qualified(iv, qualifier, pct.value), 0
        if pct.percent != "percent":
            return None, "", None, 0
        return pct, pct.text, None, pct.value
    if (k := sent.fig(m, "k")) is not None and (n := sent.fig(m, "n")) is not None:
        if n.value <= 0.5 or k.value <= 0:
            return None, "", None, 0
        iv = Interval(k.value / (n.value + 0.5), k.value / (n.value - 0.5))
        return k, f"{k.text} in {n.text}", _qualified(iv, qualifier, k.value / n.value), 0
    if (fnum := sent.fig(m, "fnum")) is not None:
        share = fnum.value / DEN[m.group("fden").lower()]
        iv = Interval(0.9 * share, min(1.1 * share, 1.0))
        return fnum, f"{fnum.text} {m.group('fden')}", _qualified(iv, qualifier, share), 0
    if m.group("frac"):
        iv = fraction_interval(m.group("frac"), qualifier)
        return None, m.group("frac"), iv, 0
    return None, "", None, 0


def datefree(sent: Masked) -> str:
    """The masked sentence with date figures written ``@k@`` (same length): a date ("by
    2028", "in 2024") may sit in a gap that refuses figures, and is never a part or whole."""
    out = sent.masked
    for k, f in enumerate(sent.figures):
        if f.kind == "date":
            out = out.replace(f"#{k}#", f"@{k}@", 1)
    return out


_SET_OFF_BEFORE = re.compile(r"(?:,|[—–-]|\(|\bor)\s*$")


def share_text(sent: Masked) -> str:
    """:attr:`Masked.loose` with a fraction word set off by punctuation written ``#k#`` again
    even where it was read as a duration: in "210 of them, a quarter, receive free meals" and
    "- a quarter -", "a quarter" is a share, not three months (same length and offsets).

    >>> from factex.checks.figures import read_sentence
    >>> t = "Some 210 of them, a quarter, get meals"
    >>> s = read_sentence(t, 0, len(t))
    >>> s.figures[1] = Figure(**{**s.figures[1].__dict__, "in_duration": True})
    >>> s.loose.split(",")[1], share_text(s).split(",")[1]
    (' @1@', ' #1#')
    """
    text = sent.loose
    fractions = check_lexicon().fractions
    for k, f in enumerate(sent.figures):
        token = f"@{k}@"
        at = text.find(token)
        if at < 0 or not f.in_duration or f.text.lower() not in fractions:
            continue
        if _SET_OFF_BEFORE.search(text[:at]):  # ("a quarter earlier" is a date: never here)
            text = text[:at] + f"#{k}#" + text[at + len(token) :]
    return text


def share_span(sent: Masked, m: re.Match[str], fig: Figure | None) -> tuple[int, int]:
    if m.group("frac"):
        off = sent.start + unmask_offset(sent, m.start("frac"))
        return off, off + len(m.group("frac"))
    if sent.fig(m, "n") is not None:
        return sent.fig(m, "k").start, sent.fig(m, "n").end  # type: ignore[union-attr]
    assert fig is not None
    return fig.start, fig.end


def unmask_offset(sent: Masked, masked_offset: int) -> int:
    """Position in the sentence text of a masked-text offset."""
    shift = 0
    for k, f in enumerate(sent.figures):
        token = f"#{k}#"
        where = sent.masked.find(token)
        if where < 0 or where >= masked_offset:
            break
        shift += (f.end - f.start) - len(token)
    return masked_offset + shift


def verdict_for_share(
    part: Figure,
    whole: Figure,
    fig: Figure | None,
    words: str,
    iv: Interval | None,
    pct: float,
    rule: str,
    start: int,
    end: int,
) -> Finding:
    ratio = Interval(part.interval.lo / whole.interval.hi, part.interval.hi / whole.interval.lo)
    computed = 100 * ratio.mid
    inputs = [part.text, whole.text]
    where = dict(start=start, end=end, stated=words)
    desc = f"{words}: {part.text} of {whole.text} is {computed:.2f}%"
    if iv is None:
        assert fig is not None
        rounding, allowed = first_passing(pct, fig.step, ratio.scaled(100))
        note = "" if rounding != "truncation" else " (passes only by truncation)"
        return make_finding(
            "share",
            "consistent" if rounding else "inconsistent",
            None,
            computed,
            allowed,
            rounding,
            desc + note,
            rule,
            inputs,
            **where,
        )
    ok = iv.meets(ratio)
    return make_finding(
        "share",
        "consistent" if ok else "inconsistent",
        None,
        computed,
        iv.scaled(100),
        "exact" if ok else None,
        f"{desc}; '{words}' allows {100 * iv.lo:.1f}%..{100 * iv.hi:.1f}%",
        rule,
        inputs,
        **where,
    )

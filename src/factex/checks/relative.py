"""Relative differences between two figures stated side by side: "averaging 5,475, almost a
third more than last season's average of 4,140", "£18.90, against £17.25 for women, meaning
women earn 8.7% less".

Not a change over time but the same arithmetic: 100 × (A − B) / B, where A is the figure the
difference is said of and B the one it is measured against. Both must be in the sentence, of
one unit family and not percentages themselves ("30% higher than 5%" could be points); with
"than", B is the first figure after it and A the nearest before the difference. Without
"than" ("A against B, meaning … N% less"), either figure may be the base, so an error is
called only when neither reading passes.
"""

from __future__ import annotations

import math
import re
from functools import cache

from ..models import Finding
from .change import percent_change
from .figures import Figure, Masked, Scan, alternation, check_lexicon, plausible_pair, same_kind
from .share_words import fraction_interval, unmask_offset
from .tolerance import Interval, first_passing
from .util import fmt, make_finding

__all__ = ["check_relative", "qualified_percent"]

_MORE = ("more", "higher", "greater", "bigger", "larger", "dearer", "longer", "heavier")
_LESS = ("less", "lower", "fewer", "smaller", "cheaper", "shorter", "lighter")
_RULE_THAN = "checks.relative.than"
_RULE_PAIR = "checks.relative.pair"


@cache
def _pattern() -> re.Pattern[str]:
    lex = check_lexicon()
    qual = rf"(?:\b(?P<qual>{alternation(lex.fraction_qualifiers)})\s+)?"
    amount = rf"(?:(?P<pct>[#@]\d+[#@])|\b(?P<frac>{alternation(lex.fractions)}))"
    word = rf"(?P<word>{alternation([*_MORE, *_LESS])})"
    return re.compile(rf"{qual}{amount}\s+{word}\b(?P<than>\s+than\b)?", re.I)


def qualified_percent(value: float, step: float, qualifier: str | None) -> Interval | None:
    """The percentages a stated "about/almost/more than N%" allows; None: plain rounding.

    >>> qualified_percent(30, 1, "almost")
    Interval(lo=27.0, hi=30.5, hi_open=True)
    >>> qualified_percent(80, 1, "more than").lo
    79.5
    """
    kind = check_lexicon().fraction_qualifiers.get(qualifier.lower()) if qualifier else None
    if kind == "below":
        return Interval(value - max(step, 0.1 * value), value + step / 2, True)
    if kind == "above":
        return Interval(value - step / 2, math.inf)
    if kind == "about":
        slack = max(step / 2, 0.05 * value)
        return Interval(value - slack, value + slack)
    return None


def check_relative(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for sent in scan.sentences:
        for m in _pattern().finditer(sent.loose):
            if (finding := _one(sent, m)) is not None:
                findings.append(finding)
    return findings


def _one(sent: Masked, m: re.Match[str]) -> Finding | None:
    stated = _stated(sent, m)
    if stated is None:
        return None
    value, qualified, step, words, start, end = stated
    sign = -1 if m.group("word").lower() in _LESS else 1
    before = _figures(sent, sent.loose[: m.start()])
    if _RANGE_BEFORE.search(sent.loose[: m.start()]):
        return None  # "10.3 to 15.2 pct less than": the range's other end is no figure A
    if m.group("than"):
        tail = _NEW_CLAUSE.split(sent.loose[m.end() : m.end() + _REACH])[0]
        after = _figures(sent, tail, m.end())
        if not before or not after or not _one_clause(sent.loose, before[-1], m.start()):
            return None
        readings, rule = [(before[-1][1], after[0][1])], _RULE_THAN
    else:
        if len(before) != 2 or _figures(sent, sent.loose[m.end() :], m.end()):
            return None
        if not _CONTRAST.search(sent.loose[before[0][0] : before[1][0]]):
            return None  # "A against B, … N% less": a contrast, not "N% more" than last year
        a, b = before[0][1], before[1][1]
        readings, rule = [(a, b), (b, a)], _RULE_PAIR
    if any(
        not same_kind(a, b) or a.percent or a.value <= 0 or b.value <= 0 or not plausible_pair(a, b)
        for a, b in readings
    ):
        return None  # not one quantity twice ("1.23 mln hectares or 10.3" against 1.45 mln)
    results = [_reading(a, b, sign * value, qualified, sign, step) for a, b in readings]
    same_way = [r for r in results if (r[1].mid > 0) == (sign > 0)] or results
    rounding, computed, allowed, a, b = next((r for r in results if r[0]), same_way[0])
    desc = (
        f"{words} {m.group('word').lower()}: {fmt(a.value)} ({a.text}) against {fmt(b.value)} "
        f"({b.text}) is {computed.mid:+.2f}%"
    )
    if rounding is None and len(readings) > 1:
        desc += "; neither figure as the base gives the stated difference"
    return make_finding(
        "percent_change",
        "consistent" if rounding else "inconsistent",
        None,
        computed.mid,
        allowed,
        rounding,
        desc,
        rule,
        [f"{fmt(a.value)} ({a.text})", f"{fmt(b.value)} ({b.text})"],
        start=start,
        end=end,
        stated=words,
    )


_REACH = 80
"""Characters after "than" in which the base must be written."""
_CONTRAST = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|vs)\b", re.I)
_RANGE_BEFORE = re.compile(r"[#@]\d+[#@]\s*(?:to|-|–)\s*$", re.I)
_NEW_CLAUSE = re.compile(r";|\b(?:and|but|while|whereas|although|though)\b", re.I)


def _one_clause(loose: str, fig: tuple[int, Figure], at: int) -> bool:
    """The figure before the difference is close to it, with no new clause between."""
    gap = loose[fig[0] : at]
    return len(gap) <= _REACH and not _NEW_CLAUSE.search(gap)


def _stated(sent: Masked, m: re.Match[str]) -> tuple | None:
    """(value, qualified interval or None, step, words, start, end) of the difference."""
    qualifier = m.group("qual")
    # "a quarter" may be read as a duration, so written @k@ in the loose text
    pct = sent.figures[int(m.group("pct").strip("#@"))] if m.group("pct") else None
    if pct is not None and m.group("pct")[0] == "@" and not pct.is_word:
        return None
    if pct is not None and not pct.is_word:
        if pct.percent != "percent" or pct.value <= 0:
            return None
        value, step = pct.value, pct.step
        qualified = qualified_percent(value, step, qualifier)
        start, end = pct.start, pct.end
    else:  # "a third", read as a number or as a fraction word
        if pct is not None:
            start, end = pct.start, pct.end
        else:
            start = sent.start + unmask_offset(sent, m.start("frac"))
            end = start + len(m.group("frac"))
        share = fraction_interval(sent.text[start - sent.start : end - sent.start], qualifier)
        if share is None or share.hi >= 1:  # "more than half more": no upper bound to test
            return None
        value, step = 100 * share.mid, 0.0
        qualified = Interval(100 * share.lo, 100 * share.hi, share.hi_open)
    if qualifier:
        start = sent.start + unmask_offset(sent, m.start("qual"))
    words = sent.text[start - sent.start : end - sent.start]
    return value, qualified, step, words, start, end


def _reading(
    a: Figure, b: Figure, stated: float, qualified: Interval | None, sign: int, step: float
) -> tuple[str | None, Interval, Interval, Figure, Figure]:
    """(rounding that passes or None, computed, allowed, a, b) with ``b`` as the base."""
    computed = percent_change(a.interval, b.interval)
    assert computed is not None  # b.value > 0
    if qualified is None:
        rounding, allowed = first_passing(stated, step, computed)
        return rounding, computed, allowed, a, b
    allowed = qualified if sign > 0 else Interval(-qualified.hi, -qualified.lo)
    return ("exact" if allowed.meets(computed) else None), computed, allowed, a, b


def _figures(sent: Masked, loose: str, offset: int = 0) -> list[tuple[int, Figure]]:
    """(offset in :attr:`Masked.loose`, figure) of each ``#k#`` in a stretch of it."""
    return [
        (offset + t.start(), sent.figures[int(t.group(1))]) for t in re.finditer(r"#(\d+)#", loose)
    ]

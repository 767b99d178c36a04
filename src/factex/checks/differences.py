"""Absolute differences: "has risen by 2,340", "an increase of 1,234", "£33 a week more",
"the 77p rise", "37 seconds outside the course record of 2:04:14", "a personal best by 71
seconds", "fallen by 1,240 since 2019, from 14,860 to 13,620".

A difference is recomputed from the two values of its measure it compares, found by
structure rather than by one phrase pattern (see :mod:`factex.checks.difference_operands`):

1. a "from A to B" / "to B from A" pair in the difference's own sentence (the only one);
2. for a difference that points back ("That is an increase of £38", "the 77p rise"), the one
   pair of the sentence before;
3. its own sentence's values of the measure: two, one of them marked as the earlier
   ("the course record of 2:04:14"); or one, with the other the one value of the measure in
   the sentences around it that the words or the dates make the other end ("A year earlier
   the population was 85,311" takes the figure before it; "grew by 11,200 acres to 48,600
   acres" takes "had covered 37,400 acres" after it);
4. a back-pointing difference with no value of its own takes the two values of the two
   sentences before, one of them marked earlier.

Two candidates for one end, values of another unit, rate period or counted noun, bounds and
the bases of another comparison: nothing is said. A pair read across sentences, or set
against each other ("against 917 a year ago"), must also be
one quantity at two times (within a factor of two) and give a difference of the stated one's
size (within a factor of two); otherwise the link is more likely wrong than the figure. The
magnitude is compared, rounding-aware; the direction is the direction check's business.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import replace

from ..models import Finding
from .balances import check_balances
from .difference_operands import RESPECTIVELY, Operand, apart, as_operand, operands_in, read_times
from .figures import Masked, Scan
from .inputs import shared_unit
from .share_words import unmask_offset
from .tolerance import Interval, first_passing
from .util import fmt, make_finding

__all__ = ["check_differences"]

_D = r"[#@](?P<d>\d+)[#@]"
_ABOUT = r"(?:(?:about|around|some|roughly)\s+)?"
_VERBS = (
    r"(?:risen|rose|rises|rise|grown|grew|grows|increased|increases|climbed|climbs|jumped|"
    r"gone\s+up|went\s+up|goes\s+up|fallen|fell|falls|dropped|drops|declined|declines|"
    r"decreased|decreases|shrunk|shrank|shrinks|improved|improves|bettered|beaten|beat|best|"
    r"up|down|higher|lower|narrowed|widened|cut|reduced|slashed|raised|lifted|boosted|lowered|"
    r"trimmed|expanded|swelled)"
)
_NOUNS = r"(?:increase|rise|fall|drop|decline|decrease|jump|climb|improvement|gap|difference)"
_COMPARATIVE = (
    r"(?:more|fewer|less|higher|lower|faster|slower|quicker|longer|shorter|bigger|smaller|"
    r"larger|cheaper|dearer)"
)
_PER = r"(?:\s+(?:a|an|per)\s+(?:week|month|year|day|hour))"
"""A rate right after the stated difference ("£33 a week more"); no other word may come
between it and the comparative ("3,197 migrants were more than ..." is no difference)."""
_THEN = r"(?:last|a\s+year|the\s+(?:previous|same|year|season)|in\s+@\d+@|on\s+@\d+@)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("by", re.compile(rf"\b{_VERBS}\s+(?:[a-z]+\s+){{0,2}}?by\s+{_ABOUT}{_D}", re.I)),
    (
        "noun_of",
        re.compile(
            rf"\b(?P<det>an?|the|this|that)\s+(?:[a-z-]+\s+)?{_NOUNS}\s+of\s+{_ABOUT}{_D}", re.I
        ),
    ),
    ("the_d_noun", re.compile(rf"\b(?P<det>the)\s+{_D}(?:\s+an?\s+[a-z]+)?\s+{_NOUNS}\b", re.I)),
    (
        "more",
        re.compile(
            rf"{_D}(?:\s+(?:a|an|per)\s+(?:week|month|year|day|hour))?\s+"
            r"(?:more|fewer|less|higher|lower)\b(?!\s+than)",
            re.I,
        ),
    ),
    (
        "more_than_then",
        re.compile(
            rf"{_D}{_PER}?\s+(?:{_COMPARATIVE}|up|down)"
            rf"(?:\s+[a-z]+)?\s+(?:than|on)\s+{_THEN}",
            re.I,
        ),
    ),
    (
        "more_than",
        re.compile(
            rf"{_D}{_PER}?\s+{_COMPARATIVE}(?:\s+[a-z]+)?\s+than\s+(?:(?:the|his|her|its|their|"
            r"a|an)\s+)?(?:[a-z]+\s+){0,3}?[#@]\d+[#@]",
            re.I,
        ),
    ),
    (
        "time_than",
        re.compile(
            rf"{_D}\s+(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\s+{_COMPARATIVE}\s+than\b",
            re.I,
        ),
    ),
    ("up_from", re.compile(rf"\b(?:up|down)\s+{_ABOUT}{_D}\s+(?:on|from)\s", re.I)),
    ("extra", re.compile(rf"\b(?P<det>an?)\s+(?:extra|additional|further)\s+{_ABOUT}{_D}", re.I)),
    (
        "margin",
        re.compile(
            rf"{_D}(?:\s+[a-z]+)?\s+(?:outside|inside|short\s+of|ahead\s+of|behind|clear\s+of|above|below)"
            r"\s+(?:the|his|her|their|its)\b",
            re.I,
        ),
    ),
]
_THEN_IN = re.compile(rf"\b(?:than|on)\s+{_THEN}", re.I)
_BACK = re.compile(
    r"^\W*(?:and\s+)?(?:that|this|it)\s+(?:is|was|represents|represented|marks|marked|means|"
    r"meant|works\s+out|worked\s+out|amounts\s+to|amounted\s+to)\b",
    re.I,
)
"""A sentence that is the difference of the pair before: "That is an increase of £38" (not
"It said ..., which resulted in an increase of 12.41 billion francs": a part of the rise)."""
_NAMED_BASE = {"margin", "more_than", "time_than"}
"""Patterns whose words name the base ("above the output quota", "than the £17.25 paid"): it
is in their own sentence, or not stated at all; never a value from another sentence."""
_RANGE = re.compile(r"^\s*(?:-|–|to)\s*[#@](?P<k>\d+)[#@]", re.I)
_RANGE_BEFORE = re.compile(r"[#@](?P<k>\d+)[#@]\s*(?:-|–|to)\s*$", re.I)


def _in_range(sent: Masked, k: int, after: str, before: str) -> bool:
    """Whether figure ``k`` is one end of a range ("17.5 to 19.4 pct"): joined by "to" or a
    dash to a figure of a percentage, or of the same size (within a factor of two); "by 140 to
    2,310" is a change and its new value."""
    d = sent.figures[k]
    for m in (_RANGE.match(after), _RANGE_BEFORE.search(before)):
        if m is None:
            continue
        other = sent.figures[int(m.group("k"))]
        lo, hi = sorted((abs(d.value), abs(other.value)))
        if (other.percent and not d.percent) or (lo > 0 and hi / lo <= 2):
            return True
    return False


_FROM_TO = re.compile(r"\bfrom\s+#(?P<a>\d+)#\s+to\s+#(?P<b>\d+)#", re.I)
_TO_FROM = re.compile(r"\bto\s+#(?P<b>\d+)#[^#.;]{0,40}?\s+from\s+#(?P<a>\d+)#", re.I)
_TIME_WORD = re.compile(r"^\s*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b", re.I)


def check_differences(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        seen: set[int] = set()
        for name, pattern in _PATTERNS:
            if RESPECTIVELY.search(sent.text):
                break  # "increased by seven and six, respectively": amounts dealt over a list
            for m in pattern.finditer(sent.loose):
                d = _stated(sent, index, int(m.group("d")))
                if (
                    d is None
                    or d.start in seen
                    or _AGENT.search(sent.loose[: m.start("d")].rstrip("#@"))
                ):
                    continue
                after, before = sent.loose[m.end("d") + 1 :], sent.loose[: m.start("d") - 1]
                if _in_range(sent, int(m.group("d")), after, before):
                    continue  # "a drop of 17.5 to 19.4 pct": one end of a range
                det = (m.groupdict().get("det") or "").lower()
                back = det in ("the", "this", "that") or bool(_BACK.match(sent.text))
                when = _when(_reference(after))
                pair = _resolve(
                    scan, index, d, back, m.group(0), when, own_only=name in _NAMED_BASE
                )
                if pair is None:
                    continue
                seen.add(d.start)
                if (finding := _verdict(d, *pair, f"checks.differences.{name}")) is not None:
                    findings.append(finding)
    return findings + check_balances(scan)


def _stated(sent: Masked, index: int, k: int) -> Operand | None:
    """The stated difference as an operand: a time ("71 seconds") in seconds, pence in pounds;
    None for a percentage, a date, a bound."""
    f = sent.figures[k]
    if _TIME_WORD.match(sent.text[f.end - sent.start :]):
        for s, e, seconds in read_times(sent.text, sent.start):
            if s <= f.start and f.end <= e:
                text = sent.text[s - sent.start : e - sent.start]
                return Operand(s, e, text, seconds, Interval(seconds, seconds), "time", index)
        return None
    if f.in_date or f.looks_like_year or f.percent or (f.is_word and 0 < f.value < 1):
        return None  # "cut nearly by half": a fraction is a relative change, not an amount
    op = as_operand(sent, index, f)
    return replace(op, old=False) if op is not None else None


_PERIOD = re.compile(r"\b(day|week|month|quarter|season|year)s?\b|\b(?:19|20)\d\d\b", re.I)


def _when(text: str) -> frozenset[str]:
    """The periods a text compares over ("from the previous week" → week; "in 2023" → year).

    >>> sorted(_when("down 46 from the previous week")), sorted(_when("At this time last year"))
    (['week'], ['year'])
    """
    return frozenset((m.group(1) or "year").lower() for m in _PERIOD.finditer(text))


def _reference(rest: str) -> str:
    """The time a stated difference is measured from, in the words after it up to the end of
    its clause ("down 46 from the previous week" → "the previous week"); its own rate ("£33 a
    week more") and a duration ("by 2,305 in 12 months") name none."""
    rest = re.sub(rf"^{_PER}", "", rest, flags=re.I)
    clause = re.split(r"[,;.]", rest, maxsplit=1)[0]
    m = re.search(r"\b(?:from|than|on|compared\s+(?:with|to)|against)\s+(.*)", clause, re.I)
    return m.group(1) if m else ""  # "in 12 months" is how long, not since when


def _resolve(
    scan: Scan,
    index: int,
    d: Operand,
    back: bool,
    text: str = "",
    when: frozenset[str] = frozenset(),
    *,
    own_only: bool = False,
) -> tuple[Operand, Operand] | None:
    """(new, old), or None when the two values are not found, or not uniquely. ``text``: the
    words of the difference ("190,000 higher than a year earlier" names the other time)."""
    pairs = _explicit_pairs(scan, index, d)
    if pairs:
        return pairs[0] if len(pairs) == 1 else None
    if back and index > 0 and (before := _explicit_pairs(scan, index - 1, d)):
        return before[0] if len(before) == 1 else None
    sent = scan.sentences[index]
    own = [
        o
        for o in operands_in(scan, index, d, (d.start, d.end))
        if not apart(sent, d, o.start, o.end)
    ]
    if len(own) > 2:
        return None
    if len(own) == 2:
        based = [o for o in own if o.compared]
        olds = based if len(based) == 1 else [o for o in own if o.old]
        if len(olds) != 1:
            return None
        new = own[0] if own[1] is olds[0] else own[1]
        if olds[0].compared:  # "fell by three to 749 against 917 a year ago": last week's?
            return _checked(new, olds[0], d)
        return new, olds[0]
    if own_only:
        return None  # "50,000 bpd above the output quota": a base never stated
    if len(own) == 1:
        return _across(scan, index, d, own[0], when, then=bool(_THEN_IN.search(text)))
    if back:
        around = [
            o for k in (index - 1, index - 2) if k >= 0 for o in operands_in(scan, k, d, (-1, -1))
        ]
        olds = [o for o in around if o.old]
        if len(around) == 2 and len(olds) == 1:
            new = around[0] if around[1].old else around[1]
            return _checked(new, olds[0], d)
    return None


def _explicit_pairs(scan: Scan, index: int, d: Operand) -> list[tuple[Operand, Operand]]:
    """The "from A to B" / "to B from A" pairs of ``d``'s measure in sentence ``index``."""
    sent = scan.sentences[index]
    found = []
    for pattern in (_FROM_TO, _TO_FROM):
        for m in pattern.finditer(sent.loose):
            a, b = sent.figures[int(m.group("a"))], sent.figures[int(m.group("b"))]
            b, a = shared_unit(b, a, sent.text, sent.start)
            new, old = as_operand(sent, index, b), as_operand(sent, index, a)
            if new is None or old is None or new.kind != d.kind or old.kind != d.kind:
                continue
            if d.noun and (new.noun or old.noun) != d.noun:
                continue  # "boosted by two opinion polls": a count of other things
            if _other_clause(sent, d, m):
                continue
            found.append((new, old))
    return found


def _other_clause(sent: Masked, d: Operand, m: re.Match[str]) -> bool:
    """A pair in another clause than the difference, or a revision: "The payroll rose by
    164,000 in March, while the Labour Department revised the February increase down to
    236,000 from 337,000" (reut-12838).

    >>> from factex.checks.figures import read_sentence
    >>> t = "It rose by 164,000, while the February rise was revised to 236,000 from 337,000."
    >>> s = read_sentence(t, 0, len(t))
    >>> m = _TO_FROM.search(s.loose)
    >>> d = Operand(11, 18, "164,000", 164000, Interval(164000, 164000), "number", 0)
    >>> _other_clause(s, d, m)
    True
    """
    a, b = (sent.start + unmask_offset(sent, x) for x in m.span())
    return apart(sent, d, a, b)


def _across(
    scan: Scan, index: int, d: Operand, own: Operand, when: frozenset[str], *, then: bool = False
) -> tuple[Operand, Operand] | None:
    """The other end of a difference whose sentence states one value, ``own``. ``then``: the
    difference's own words name the other time ("higher than a year earlier"); ``when``: the
    periods they name. A value in a sentence naming only other periods is not the other end
    ("down 46 from the previous week" against "At this time last year, ... 109 rigs")."""

    def operands(k: int) -> list[Operand]:
        other = _when(scan.sentences[k].text)
        if when and other and not when & other:
            return []
        return operands_in(scan, k, d, (-1, -1))

    previous = _nearest_before(scan, index, d, operands)
    if not own.old:  # "In January 2023 there were 4,950" after "6,184 in December"
        dated = [
            pair
            for k in (index - 1, index + 1)
            if 0 <= k < len(scan.sentences)
            and len(found := operands(k)) == 1
            and (pair := _by_dates(scan, own, found[0], same_sentence=False)) is not None
        ]
        if len(dated) == 1:
            return _checked(*dated[0], d)
    if own.old:
        news = [o for o in previous if not o.old]
        return _checked(news[0], own, d) if len(news) == 1 else None
    window = [
        k for k in (index - 2, index - 1, index + 1, index + 2) if 0 <= k < len(scan.sentences)
    ]
    around = [o for k in window for o in operands(k)]
    olds = [o for o in around if o.old]
    if then and not olds and len({o.value for o in around}) == 1:
        olds = around  # "2.41 million, 190,000 higher than a year earlier. In 2023 ... 2.22"
    if len({o.value for o in olds}) != 1:
        return None
    if (
        not when
        and not then
        and _MONTH.search(scan.sentences[index].text)
        and _when(scan.sentences[olds[-1].sentence].text) == {"year"}
    ):
        return None  # "rose by 1,900 to 26,300 at end-March. A year earlier … 28,763."
    return _checked(own, olds[-1], d)


_AGENT = re.compile(
    r"\b(?:boosted|hit|caused|driven|led|helped|hurt|offset|affected|supported|prompted"
    r"|triggered|underpinned|dented|backed|owned|held|won|beaten|followed|joined|attended"
    r"|signed|bought|sold|approved|rejected)\s+by\s*$",
    re.I,
)
"""A passive's agent, not an amount: "boosted by two opinion polls" (reut-13561)."""
_MONTH = re.compile(rf"\b(?:{'|'.join(calendar.month_name[1:])})\b")
"""A month named in the sentence (capitalised: "may" is a verb)."""


def _nearest_before(
    scan: Scan, index: int, d: Operand, operands: Callable[[int], list[Operand]] | None = None
) -> list[Operand]:
    """The values of ``d``'s measure in the nearest of the two sentences before that has any
    (``operands``: what a sentence offers, by default all its values of the measure)."""
    for k in (index - 1, index - 2):
        if k < 0:
            continue
        found = operands(k) if operands else operands_in(scan, k, d, (-1, -1))
        if found:
            return found
    return []


def _date_of(scan: Scan, op: Operand):
    """The period of the date nearest ``op`` in its sentence (None: undated)."""
    dated = [
        d
        for i in scan.ctx.dates_in_sentence(op.sentence)
        if (d := scan.ctx.dates[i]).kind == "date" and d.period is not None
    ]
    if not dated:
        return None
    return min(dated, key=lambda d: abs(d.start - op.start)).period


def _by_dates(
    scan: Scan, a: Operand, b: Operand, *, same_sentence: bool
) -> tuple[Operand, Operand] | None:
    """(new, old) when the two are dated in different sentences, one strictly before the other
    ("There were 6,184 ... at the end of December. In January 2023 there were 4,950")."""
    if same_sentence or a.sentence == b.sentence:
        return None
    pa, pb = _date_of(scan, a), _date_of(scan, b)
    if pa is None or pb is None:
        return None
    if pa.end < pb.start:
        return b, a
    if pb.end < pa.start:
        return a, b
    return None


def _checked(new: Operand, old: Operand, d: Operand) -> tuple[Operand, Operand] | None:
    """A pair read across sentences or set against each other: one quantity at two times
    (within a factor of two) whose difference is of the stated one's size (within a factor of
    two), or no pair."""
    lo, hi = sorted((abs(new.value), abs(old.value)))
    if lo == 0 or hi / lo > 2:
        return None
    diff = abs(new.value - old.value)
    if d.value <= 0 or not d.value / 2 <= diff <= d.value * 2:
        return None
    return new, old


def _verdict(d: Operand, new: Operand, old: Operand, rule: str) -> Finding | None:
    n, o = new.interval, old.interval
    lo, hi = n.lo - o.hi, n.hi - o.lo
    # the magnitude: 0 when the two intervals overlap
    computed = Interval(0, max(-lo, hi)) if lo < 0 < hi else Interval(*sorted((abs(lo), abs(hi))))
    if d.value > max(abs(new.value), abs(old.value)):
        return None  # larger than either value: not their difference
    rounding, allowed = first_passing(d.value, d.step, computed)
    unit = " seconds" if d.kind == "time" else ""
    return make_finding(
        "total",
        "consistent" if rounding else "inconsistent",
        None,
        computed.mid,
        allowed,
        rounding,
        f"{d.text}: {old.text} to {new.text} is a difference of {fmt(computed.mid)}{unit}"
        + ("" if rounding else f", stated {fmt(d.value)}{unit}"),
        rule,
        [f"{fmt(new.value)} ({new.text})", f"{fmt(old.value)} ({old.text})"],
        start=d.start,
        end=d.end,
        stated=d.text,
    )

"""The top of an article restating its own figures: readers beyond "the same noun, a total of".

:mod:`factex.checks.restatement` pairs a count at the top with the body's total of the same
noun. Copy restates figures in other ways, and these readers take them, each with its own
signal that the two figures are one quantity (never "any two figures"):

- **a digit transposition** ("Prison population hits record 87,543" over "There were 87,453
  people behind bars"; "grows to 46,800 acres" over "to 48,600 acres"): two figures of one
  kind (counts and measures; not money, whose dense tables swap digits by chance: "36.01
  billion" and "30.61 billion" in one Reuters story), four digits or more, that differ only by
  two neighbouring digits swapped. It is the typical keying error, and the swap itself says
  the two are meant to be one figure, so no shared noun is needed; but exactly one later
  figure may be such a swap, it may not be a base ("from 30.61 billion"), the words may not
  date the two to different periods, and the top figure must not also be stated as it is (a
  headline names its subject otherwise than the lede, "Ridge Fire" for "a wildfire", so the
  subject guard of :mod:`factex.checks.restatement` is not applied).
- **one digit changed in a headline figure** ("record 87,643" over "87,543"): the same
  guards, for a headline figure and a later one of four significant digits or more each
  (so "46,800" against "46,900", a rounding, is never read as a slip).
- **a duration in the headline** ("waiting almost five hours") against the one duration of
  the lede ("waiting 4 hours 52 minutes"; adjacent mentions add up), within a factor of two.
- **a measure in the headline stated as is in the lede** ("cyclist at 78mph" over "travelling at
  78mph"): consistent; a measure is never flagged from a mere difference (a lede names several
  speeds or temperatures).
- **a bound at the top against a body total of money** ("stole more than £38,000" over "214
  withdrawals totalling £38,412"): the body figure must be introduced as a total and be the
  only one of that currency so introduced.

A headline finding is ``restatement`` (the headline restates the lede, a qualifier bounds
it); a bound at the top against a body figure is ``comparator``, as in
:mod:`factex.checks.restatement`.
"""

from __future__ import annotations

import re

from ..doctext import doc_text
from ..models import DateMention, Finding
from ..quantities.extract import qualifier_before
from .comparators import bound_interval
from .figures import Figure, Scan, sig_step
from .tolerance import Interval, first_passing
from .util import fmt, make_finding

__all__ = ["check_top_restatements", "top_cuts", "transposed"]


def transposed(a: str, b: str) -> bool:
    """Two numerals of four digits or more that differ by two neighbouring digits swapped.

    >>> transposed("87,543", "87,453"), transposed("46,800 acres", "48,600")
    (True, True)
    >>> transposed("87,543", "87,534"), transposed("87,543", "78,543")
    (True, True)
    >>> transposed("87,543", "87,345"), transposed("543", "453"), transposed("1,100", "1,100")
    (False, False, False)
    """
    da, db = _digits(a), _digits(b)
    if len(da) != len(db) or len(da) < 4 or da == db:
        return False
    diff = [i for i, (x, y) in enumerate(zip(da, db, strict=True)) if x != y]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and da[diff[0]] == db[diff[1]]
        and (da[diff[1]] == db[diff[0]])
    )


def _digits(text: str) -> str:
    m = re.search(r"\d[\d,.]*", text)
    return re.sub(r"\D", "", m.group(0)) if m else ""


def top_cuts(scan: Scan) -> tuple[int | None, int]:
    """Text offsets where the headline ends (None: no headline) and where the lede ends.

    The headline is a first line the parser ran into the lede, or a first sentence without a
    full stop; the lede runs to the first sentence after it that ends like one."""
    sents = scan.sentences
    if not sents:
        return None, 0
    first = sents[0]
    newline = first.text.find("\n")
    head: int | None = None
    if newline > 0:
        head = first.start + newline
        if first.text.rstrip().endswith((".", "!", "?", "”", '"')):
            return head, first.end
    elif len(sents) > 1 and not first.text.rstrip().endswith((".", "!", "?", "”", '"')):
        head = first.end
    else:
        return None, first.end
    for s in sents[1:4]:
        if s.text.rstrip().endswith((".", "!", "?", "”", '"')):
            return head, s.end
    return head, sents[min(len(sents), 4) - 1].end


def check_top_restatements(scan: Scan) -> list[Finding]:
    head, lede = top_cuts(scan)
    findings = _transpositions(scan, head, lede)
    if head is not None:
        findings += _durations(scan, head, lede)
        findings += _measures(scan, head, lede)
    findings += _money_totals(scan, lede)
    return findings


def _values(scan: Scan) -> list[Figure]:
    """Every figure that can be a stated value: not a date, a duration, a range or a
    conversion in brackets."""
    return [
        f
        for s in scan.sentences
        for k, f in enumerate(s.figures)
        if k not in s.soft and f.kind != "date" and f.unit != "range"
    ]


def _transpositions(scan: Scan, head: int | None, lede: int) -> list[Finding]:
    from .restatement import different_periods  # it imports this module

    text = doc_text(scan.ctx.doc)
    figures = [f for f in _values(scan) if not (f.percent or f.approx or f.currency)]
    # money is left out: dense tables of amounts swap digits by chance (36.01 / 30.61 bn)
    by_digits: dict[tuple[str, str], list[Figure]] = {}  # a swap keeps the digits' multiset
    last_at: dict[tuple[str, float], int] = {}  # where a value is last stated
    by_slip: dict[tuple[str, str], list[Figure]] = {}  # the digits with one of them blanked
    for g in figures:
        by_digits.setdefault((g.kind, "".join(sorted(_digits(g.text)))), []).append(g)
        last_at[(g.kind, g.value)] = g.start
        for key in _slip_keys(_digits(g.text)):
            by_slip.setdefault((g.kind, key), []).append(g)
    findings = []
    for f in figures[:_TOP_FIGURES]:
        if f.start >= lede:
            break
        after = lede if head is None or f.start > head else head
        if last_at[(f.kind, f.value)] >= after:
            continue  # stated as is: the swapped figure is something else
        bucket = by_digits[(f.kind, "".join(sorted(_digits(f.text))))]
        swapped = [
            g for g in bucket if g.start >= after and transposed(f.text, g.text) and _near(f, g)
        ]
        rule, why = "checks.restatement.transposed", "digits swapped"
        if head is not None and f.start < head and _significant(f.text) >= 4:
            slipped = [
                g
                for key in _slip_keys(_digits(f.text))
                for g in by_slip.get((f.kind, key), [])
                if g.start >= after
                and _digits(g.text) != _digits(f.text)
                and _significant(g.text) >= 4
                and _near(f, g)
            ]
            if slipped and not swapped:
                swapped, rule, why = slipped, "checks.restatement.one_digit", "one digit differs"
            elif slipped:
                continue  # a swap and a slip: which one?
        if len({g.value for g in swapped}) != 1:
            continue
        other = swapped[0]
        if qualifier_before(text, other.start) is not None:
            continue  # "more than 87,453": a bound restates nothing exactly
        if _BASE_BEFORE.search(text[max(0, other.start - 16) : other.start]):
            continue  # "from 30.61 billion in December": an earlier value, another figure
        if different_periods(scan.ctx, f, other) or _other_years(scan, f, other):
            continue  # "in December" against "in January": another figure
        if _in_table(scan, f) or _in_table(scan, other):
            continue  # a table of figures swaps digits by chance (reut-15875, -15910)
        in_head = head is not None and f.start < head
        check = "comparator" if qualifier_before(text, f.start) and not in_head else "restatement"
        findings.append(_verdict(text, f, other, check, rule, why))
    return findings


_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?\b")


_TABLE = 8
"""Figures in one sentence from which it is read as a table row, not prose."""


def _in_table(scan: Scan, f: Figure) -> bool:
    """``f`` stands among more than :data:`_TABLE` figures of its sentence (a table)."""
    index = scan.ctx.sentence_index(f.start)
    return len(scan.sentences[index].figures) > _TABLE


def _other_years(scan: Scan, a: Figure, b: Figure) -> bool:
    """The two figures' sentences name years, and not the same ones: "the 1986/87 cotton
    crop at 11.20 mln bales" against "the 1985/86 crop at 12.10 mln bales" (reut-15876).

    The parser does not date a crop or fiscal year, so the words are read here."""
    years = []
    for f in (a, b):
        sent = scan.ctx.sentence_of(f.start)
        years.append(frozenset(_YEAR_WORD.findall(sent.text)))
    return all(years) and not (years[0] & years[1])


def _near(a: Figure, b: Figure) -> bool:
    """A keying error keeps the magnitude: "3.875" against "3,875" is no slip."""
    return a.value > 0 and b.value > 0 and 0.5 <= a.value / b.value <= 2


def _slip_keys(digits: str) -> list[str]:
    """The digits with each position blanked in turn: two numerals sharing a key differ in at
    most that one digit.

    >>> _slip_keys("8754")
    ['?754', '8?54', '87?4', '875?']
    """
    return [digits[:i] + "?" + digits[i + 1 :] for i in range(len(digits))]


def _significant(text: str) -> int:
    """Digits up to the last non-zero one ("87,543" → 5, "46,800" → 3)."""
    return len(_digits(text).rstrip("0"))


_TOP_FIGURES = 40
"""A headline and lede state a handful of figures; more is a table or hostile input."""


_BASE_BEFORE = re.compile(r"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?)\s*$", re.I)


def _verdict(text: str, top: Figure, body: Figure, check: str, rule: str, why: str = "") -> Finding:
    """``top`` (with its qualifier as a bound, else rounded) against the exact ``body``."""
    qualifier = qualifier_before(text, top.start)
    kind = qualifier[0] if qualifier else None
    allowed = bound_interval(kind, top.value) if kind not in (None, "some") else None
    if kind is None or allowed is None:
        step = sig_step(top)
        rounding, passing = first_passing(top.value, step, body.interval)
        if rounding == "truncation" and step > abs(top.value) / 10:
            rounding, passing = None, None
        allowed = passing or Interval(top.value - step / 2, top.value + step / 2, True)
    else:
        ok = allowed.meets(body.interval) and not (
            (kind == "more than" and body.value <= top.value)
            or (kind == "less than" and body.value >= top.value)
        )
        rounding = "exact" if ok else None
    words = f"{kind} {top.text}" if kind else top.text
    note = f" ({why})" if why and rounding is None else ""
    return make_finding(
        check,
        "consistent" if rounding else "inconsistent",
        None,
        body.value,
        allowed,
        rounding,
        f"{words} at the top against {body.text} later{note}",
        rule,
        [body.text],
        start=top.start,
        end=top.end,
        stated=top.text,
    )


_SECONDS = {"S": 1, "M": 60, "H": 3600}
_DAYS = {"D": 1, "W": 7}


def duration_seconds(value: str | None) -> float | None:
    """Seconds in a TIMEX duration of days, weeks, hours, minutes or seconds (None for
    months and years, which vary).

    >>> duration_seconds("PT4H"), duration_seconds("PT52M"), duration_seconds("P2W")
    (14400.0, 3120.0, 1209600.0)
    >>> duration_seconds("P3M") is None
    True
    """
    m = re.fullmatch(r"P(?:(\d+(?:\.\d+)?)([DW]))?(?:T(\d+(?:\.\d+)?)([HMS]))?", value or "")
    if m is None or not (m.group(1) or m.group(3)):
        return None
    seconds = 0.0
    if m.group(1):
        seconds += float(m.group(1)) * _DAYS[m.group(2)] * 86400
    if m.group(3):
        seconds += float(m.group(3)) * _SECONDS[m.group(4)]
    return seconds


def _compound(text: str, durations: list[DateMention]) -> list[tuple[int, int, float, str]]:
    """(start, end, seconds, unit letter of the last part) per stated duration, adjacent
    parts joined ("4 hours 52 minutes", "32 minutes and 44 seconds")."""
    out: list[tuple[int, int, float, str]] = []
    for d in sorted(durations, key=lambda d: d.start):
        seconds = duration_seconds(d.value)
        if seconds is None:
            continue
        last = (d.value or "")[-1]
        if (
            out
            and out[-1][3] != last  # "4 hours 52 minutes"; "9-day and 20-day" are two
            and re.fullmatch(r"\s*(?:,|and)?\s*", text[out[-1][1] : d.start])
        ):
            s, _, total, _ = out[-1]
            out[-1] = (s, d.end, total + seconds, last)
        else:
            out.append((d.start, d.end, seconds, last))
    return out


def _durations(scan: Scan, head: int, lede: int) -> list[Finding]:
    """A duration in the headline against the one duration of the lede."""
    text = doc_text(scan.ctx.doc)
    stated = _compound(text, [d for d in scan.ctx.dates if d.kind == "duration" and d.end <= lede])
    top = [d for d in stated if d[1] <= head]
    lede_d = [d for d in stated if d[0] > head]
    if any(_LEADING_QUALIFIER.match(text[d[0] : d[1]]).group(0) for d in lede_d):  # type: ignore[union-attr]
        return []  # "more than 12 hours" in the lede is a threshold, not the figure
    if len(top) != 1 or len({d[2] for d in lede_d}) != 1:
        return []
    (t_start, t_end, t_sec, t_unit), (l_start, l_end, l_sec, _) = top[0], lede_d[0]
    if not 0.5 <= t_sec / l_sec <= 2:
        return []
    unit = _SECONDS.get(t_unit) or _DAYS[t_unit] * 86400
    words = text[t_start:t_end]
    start = t_start + len(_LEADING_QUALIFIER.match(words).group(0))  # type: ignore[union-attr]
    top_fig = Figure(start, t_end, text[start:t_end], t_sec / unit, 1.0)
    body_fig = Figure(l_start, l_end, text[l_start:l_end], l_sec / unit, 1 / 3600)
    finding = _verdict(text, top_fig, body_fig, "restatement", "checks.restatement.duration")
    message = (
        f"{words!r} in the headline against {text[l_start:l_end]!r} in the lede "
        f"({fmt(round(l_sec / unit, 2))} {_UNIT_NAMES.get(t_unit, t_unit)})"
    )
    return [
        finding.model_copy(
            update={"message": message, "start": t_start, "end": t_end, "stated": words}
        )
    ]


_LEADING_QUALIFIER = re.compile(
    r"(?:(?:just\s+)?(?:almost|nearly|more\s+than|over|under|less\s+than|about|around|some|"
    r"roughly|at\s+least|up\s+to)\s+)?",
    re.I,
)
_UNIT_NAMES = {"S": "seconds", "M": "minutes", "H": "hours", "D": "days", "W": "weeks"}


def _measures(scan: Scan, head: int, lede: int) -> list[Finding]:
    """A measure in the headline stated as is in the lede: consistent."""
    text = doc_text(scan.ctx.doc)
    figures = _values(scan)
    findings = []
    for f in figures[:_TOP_FIGURES]:
        if f.start >= head or not f.unit:
            continue
        same = [g for g in figures if head < g.start < lede and g.kind == f.kind]
        if any(g.value == f.value for g in same):
            match = next(g for g in same if g.value == f.value)
            findings.append(
                _verdict(text, f, match, "restatement", "checks.restatement.measure_as_is")
            )
    return findings


_TOTALLING = re.compile(
    r"\b(?:(?:a|the)\s+total\s+of|totall?ing|totall?ed|amounting\s+to)\s*[£$€]?\s*$", re.I
)


def _money_totals(scan: Scan, lede: int) -> list[Finding]:
    """A bound on money at the top against the one body total of that currency."""
    text = doc_text(scan.ctx.doc)
    figures = _values(scan)
    findings = []
    for f in figures[:_TOP_FIGURES]:
        if f.start >= lede or not f.currency:
            continue
        qualifier = qualifier_before(text, f.start)
        if qualifier is None or qualifier[0] not in ("more than", "less than", "almost"):
            continue
        totals = [
            g
            for g in figures
            if g.start >= lede
            and g.kind == f.kind
            and _TOTALLING.search(text[max(0, g.start - 24) : g.start])
            and 0.5 <= f.value / g.value <= 2
        ]
        if len({g.value for g in totals}) != 1:
            continue
        findings.append(
            _verdict(text, f, totals[0], "comparator", "checks.restatement.bound_vs_total")
        )
    return findings

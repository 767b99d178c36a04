"""Averages: "307 people ... in five boats, an average of 61 per boat" — mean = total / count.

The count is the figure that counts the noun after "per" ("five boats" for "per boat"); the
total is the one other figure of the mean's kind in the sentence (or the sentence before).
When there is not exactly one candidate for each, nothing is said: never guess a link.
"""

from __future__ import annotations

import re

from ..models import Finding
from ..resources import load_lexicon
from .figures import F, Figure, Masked, Scan, sig_step
from .tolerance import Interval, first_passing
from .util import make_finding, noun_forms

__all__ = ["check_averages", "is_base", "is_rate"]

_ABOUT = r"(?:(?:about|around|roughly|almost|nearly|some|just\s+(?:over|under))\s+)?"
_AVERAGE = re.compile(
    rf"\b(?:an\s+average\s+of|on\s+average|averag(?:ing|ed))\s+(?:of\s+)?{_ABOUT}{F('mean')}"
    r"(?P<unit>(?:\s+[A-Za-z]+){0,2}?)\s+(?:(?:per|a|each|for\s+each|for\s+every|every)\s+"
    r"(?P<noun>[A-Za-z]+)|each\b)",
    re.I,
)


_NOT_NOUNS = frozenset(
    {
        "of", "in", "on", "to", "for", "from", "at", "by", "with", "and", "or", "but", "the",
        "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "was",
        "were", "is", "are", "has", "have", "had", "as", "than", "said", "says", "thus",
        "plus", "less", "across", "unless", "last", "next", "each", "per",
    }
)  # fmt: skip


def counts_a_noun(words: str) -> bool:
    """Whether the words after a figure name what it counts: a plural or a person noun, after
    at most two modifiers ("214 cash withdrawals", "seven home league games").

    >>> counts_a_noun(" cash withdrawals"), counts_a_noun(" home league games totalling")
    (True, True)
    >>> counts_a_noun(" was a record"), counts_a_noun(" on last season's")
    (False, False)
    """
    people = load_lexicon().person_nouns
    for word in words.split()[:3]:
        if word in _NOT_NOUNS:
            return False
        if word in people or (word.endswith("s") and len(word) > 3 and not word.endswith("ss")):
            return True
    return False


def _counts_of(sent: Masked, noun: str | None) -> list[Figure]:
    """Figures counting ``noun`` ("five boats" for "per boat"); for ``None`` ("each"), bare
    counts followed by a plural noun ("1,240 investors")."""
    if noun is None:
        return [
            sent.figures[int(m.group(1))]
            for m in re.finditer(r"#(\d+)#((?:\s+[a-z][a-z-]*){1,3})", sent.masked)
            if sent.figures[int(m.group(1))].kind == "number" and counts_a_noun(m.group(2))
        ]
    stem = noun_forms(noun)
    found = []
    for m in re.finditer(r"#(\d+)#(?:\s+|-)([A-Za-z-]+)(?:\s+([A-Za-z]+))?", sent.masked):
        words = [w for w in (m.group(2), m.group(3)) if w]
        if words[0].lower() in ("per", "a", "an", "each", "every"):
            continue  # "12 per day" is a rate, not a count of days
        if any(noun_forms(w) & stem for w in words):
            found.append(sent.figures[int(m.group(1))])
    return found


def _link(
    scan: Scan, index: int, sent: Masked, mean: Figure, noun: str | None
) -> tuple[Figure, Figure] | None:
    """(total, count): each taken from the sentence when it holds exactly one candidate,
    else from the sentence and the one before; "an average of $148,387 each" counts the
    one figure of the sentence that counts a noun."""
    previous = scan.previous(index)
    windows = ([sent], [s for s in (previous, sent) if s is not None])
    count_windows = windows if noun is not None else windows[:1]  # "each": this sentence only
    counted = [[c for s in w for c in _counts_of(s, noun) if c is not mean] for w in count_windows]
    if not any(counted) and noun is not None:
        counted = [_duration_counts(scan, index, noun)]  # "a 14-day period ... 84 a day"
    count = _unique(counted)
    if count is None and noun is not None:
        return _period_link(scan, index, sent, mean, noun)
    if count is None or count.value <= 0:
        return None
    total = _unique(
        [
            [
                f
                for s in w
                for f in s.figures
                if f is not mean
                and f.value != count.value
                and f.kind == mean.kind
                and f.value > mean.value
                and f.value >= count.value
                and not is_rate(s, f)
                and not is_base(s, f)
            ]
            for w in windows
        ]
    )
    return (total, count) if total is not None else None


_DAYS_IN = {"D": {"D": 1}, "W": {"D": 7, "W": 1}, "M": {"M": 1}, "Y": {"Y": 1, "M": 12}}
"""How many of a per-unit (key) one duration unit (inner key) holds: a week is 7 days."""
_TIME_NOUNS = {"day": "D", "week": "W", "month": "M", "year": "Y"}


def _period_link(
    scan: Scan, index: int, sent: Masked, mean: Figure, noun: str
) -> tuple[Figure, Figure] | None:
    """ "12.8 mln kilolitres in February ..., averaging 413,000 kilolitres a day": a total
    dated by the month or year right after it ("in|during <date>"), divided by that period's
    days (28 for February 1987). The total is the one figure of the mean's kind and unit in
    the sentence before the mean that is not a base, a rate or the mean."""
    if "day" not in noun_forms(noun):
        return None
    candidates = [
        f
        for f in sent.figures
        if f is not mean
        and f.end <= mean.start
        and _same_measure(sent, f, mean)
        and f.value > mean.value
        and not is_rate(sent, f)
        and not is_base(sent, f)
    ]
    if len({f.value for f in candidates}) != 1:
        return None
    total = candidates[-1]
    for i in scan.ctx.dates_in_sentence(index):
        d = scan.ctx.dates[i]
        gap = sent.text[total.end - sent.start : d.start - sent.start]
        if d.kind != "date" or d.period is None or d.granularity not in ("month", "year"):
            continue
        if re.fullmatch(r"(?:\s+[a-z]+){0,2}?\s+(?:in|during|for)\s+", gap):
            days = (d.period.end - d.period.start).days + 1
            return total, Figure(d.start, d.end, d.text, float(days), 1.0)
    return None


def _same_measure(sent: Masked, a: Figure, b: Figure) -> bool:
    """Same kind, or the same word after both ("12.8 mln tonnes" is read as a bare number,
    "457,000 tonnes" as a mass)."""
    if a.kind == b.kind:
        return True
    words = [re.match(r"\s+([a-z]+)", sent.text[f.end - sent.start :]) for f in (a, b)]
    return all(words) and words[0].group(1) == words[1].group(1)  # type: ignore[union-attr]


def _duration_counts(scan: Scan, index: int, noun: str) -> list[Figure]:
    """Durations of the sentence counted in ``noun`` ("a 14-day period" → 14 for "a day"), as
    figures; a duration of one unit ("a day") counts nothing. Without one, a date range counts
    its days for "a day", as the interval from the days between its ends to the days it
    spans (both conventions are in use)."""
    per = next((code for word, code in _TIME_NOUNS.items() if word in noun_forms(noun)), None)
    if per is None:
        return []
    out = []
    for i in scan.ctx.dates_in_sentence(index):
        d = scan.ctx.dates[i]
        m = re.fullmatch(r"P(\d+)([DWMY])", d.value or "") if d.kind == "duration" else None
        if m is None or m.group(2) not in _DAYS_IN[per]:
            continue
        n = int(m.group(1)) * _DAYS_IN[per][m.group(2)]
        if n > 1:
            out.append(Figure(d.start, d.end, d.text, float(n), 1.0))
    if out or per != "D":
        return out
    for i in scan.ctx.dates_in_sentence(index):
        d = scan.ctx.dates[i]
        if d.kind != "date" or d.granularity != "range" or d.period is None:
            continue
        n = (d.period.end - d.period.start).days + 1
        if n >= 3:  # "between 28 July and 10 August": 13 days apart, 14 counted in; either
            out.append(Figure(d.start, d.end, d.text, n - 0.5, 1.0))
    return out


def _unique(candidates: list[list[Figure]]) -> Figure | None:
    """The one value of the narrowest window that has any; None when it has several."""
    for found in candidates:
        if len({f.value for f in found}) == 1:
            return found[-1]
        if found:
            return None  # several candidates: do not widen the search
    return None


_RATE_AFTER = re.compile(
    r"^(?:\s+[A-Za-z-]+){0,4}?\s+(?:per|a|an|each|every)\s+(?:day|week|month|year|head|person)\b"
    r"|^\s*(?:bpd|a\s+day|a\s+year)\b",
    re.I,
)
_RATE_BEFORE = re.compile(r"\baverag\w*(?:\s+\w+){0,2}\s*$", re.I)


def is_base(sent: Masked, f: Figure) -> bool:
    """ "against 4.1 mln a year earlier", "up from 900": the base of a comparison, never the
    total an average divides."""
    before = sent.text[max(0, f.start - sent.start - 30) : f.start - sent.start]
    return bool(
        _COMPARED.search(re.sub(r"[£$€]\s*$", "", before)) or re.search(r"\bfrom\s*$", before)
    )


def is_rate(sent: Masked, f: Figure) -> bool:
    """ "158,000 ounces a year", "an average of 3.5 mln": already a rate, not a total."""
    after = sent.text[f.end - sent.start :]
    before = sent.text[: f.start - sent.start]
    return bool(_RATE_AFTER.match(after) or _RATE_BEFORE.search(before))


_AVERAGE_BARE = re.compile(
    rf"\b(?:an\s+average\s+of|,\s+averaging)\s+{_ABOUT}{F('mean')}(?=\s*(?:[,.;]|$))", re.I
)
"""An average whose noun is implicit: "18,400 visitors to its 8 shows, an average of 2,300,",
"... to its 8 shows, averaging 2,300."."""


def _bare_link(sent: Masked, mean: Figure, before: int) -> tuple[Figure, Figure] | None:
    """(total, count) for an implicit average: the sentence holds exactly two counts before
    the mean, each of a noun, the larger one the total ("18,400 visitors to its 8 shows")."""
    counts = [
        f
        for f in _counts_of(Masked(sent.start, sent.end, sent.text, sent.figures), None)
        if f.end - sent.start <= _unmasked(sent, before) and f is not mean
    ]
    plain = [f for f in counts if not is_rate(sent, f) and f.kind == mean.kind]
    if len(plain) != 2 or plain[0].value == plain[1].value:
        return None
    count, total = sorted(plain, key=lambda f: f.value)
    if not float(count.value).is_integer() or count.value < 2 or total.value <= mean.value:
        return None
    return total, count


def _unmasked(sent: Masked, masked_offset: int) -> int:
    shift = 0
    for k, f in enumerate(sent.figures):
        where = sent.masked.find(f"#{k}#")
        if where < 0 or where >= masked_offset:
            break
        shift += (f.end - f.start) - len(f"#{k}#")
    return masked_offset + shift


_COMPARED = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|(?:up|down)\s+from|than)\s*$", re.I
)


def check_averages(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        matches = [*_AVERAGE.finditer(sent.masked), *_AVERAGE_BARE.finditer(sent.masked)]
        done: set[int] = set()
        for m in matches:
            mean = sent.fig(m, "mean")
            if mean is None or mean.percent or mean.kind == "date" or mean.start in done:
                continue
            if _COMPARED.search(sent.masked[: m.start()]):
                continue  # "2.9 billion in February, compared with an average of 2.6 billion
                # a month": the other figure is a rate like the mean, not its total
            bare = "noun" not in m.re.groupindex
            if bare:
                linked = _bare_link(sent, mean, m.start())
            else:
                linked = _link(scan, index, sent, mean, m.group("noun"))
            if linked is None:
                continue
            done.add(mean.start)
            total, count = linked
            count_iv = count.interval
            computed = Interval(total.interval.lo / count_iv.hi, total.interval.hi / count_iv.lo)
            # "averaged 45,000 marks each": trailing zeros of a mean in thousands are rounding
            step = sig_step(mean) if mean.value >= 1000 else mean.step
            rounding, allowed = first_passing(mean.value, step, computed)
            ok = rounding is not None
            note = " (passes only by truncation)" if rounding == "truncation" else ""
            findings.append(
                make_finding(
                    "average",
                    "consistent" if ok else "inconsistent",
                    None,
                    computed.mid,
                    allowed,
                    rounding,
                    f"average {mean.text} per "
                    f"{'each' if bare or not m.group('noun') else m.group('noun')}: "
                    f"{total.text} / {count.text} = "
                    f"{computed.mid:.2f}{note}",
                    "checks.averages.implicit_noun" if bare else "checks.averages.total_over_count",
                    [total.text, count.text],
                    start=mean.start,
                    end=mean.end,
                    stated=mean.text,
                )
            )
    return findings

"""Rates read structurally: a figure per day, week, month or year, per share, per acre or each,
whose numerator and denominator are stated around it.

Three relations, each a family of wordings rather than one phrase:

- over a period: "1.62 mln tonnes of ore in the quarter, averaging 18,000 tonnes a day" (the
  quarter = 90 days of 1987-Q1), "388mm in the fortnight ..., almost 28mm a day", "fell to
  75,307, still an average of 206 every day" (the year to March framing the sentence before);
- restated in another period: "£54,000 a year, or about £1,040 a week" (÷ 52 to 52.18),
  "£72 a month - £864 more over a year" (× 12, a total: check ``total``);
- per counted noun: "48.6 mln dlrs, or 62 cts a share" over "78.4 mln shares" (cents of the
  dollar), "6.71 billion pounds, meaning passengers paid an average of 271 pounds each" over
  the 24.8 million passengers two sentences back (the noun of "each" is the verb's subject).

A rate is read only when the words mark it as derived: an average word before it ("an average
of", "averaging") or a clause of its own right after the total (", almost 28mm a day", ", or
62 cts a share"). Operands come from :mod:`factex.checks.rate_operands`: one candidate or
nothing. Per-share figures may rest on a weighted count of shares or net of preferred
dividends, so a per-share mismatch is unverifiable unless the article says the figures are
"based on" the count.
"""

from __future__ import annotations

import re

from ..models import Finding
from .averages import counts_a_noun
from .figures import Figure, Masked, Scan
from .inputs import as_input
from .rate_nouns import per_noun
from .rate_operands import period_length, plain, total_before, unique
from .rate_phrases import (
    IN,
    PER,
    QUALIFIER,
    after,
    after_has,
    derived,
    finding,
    per_phrase,
    plain_rate,
    same_noun,
    time_unit,
)
from .tolerance import Interval
from .util import fmt

__all__ = ["check_rates"]


def check_rates(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        for k, rate in enumerate(sent.figures):
            if not plain_rate(sent, rate):
                continue
            read = per_phrase(sent, rate)
            opening = _THAT.fullmatch(sent.text[: rate.start - sent.start])
            if read is None or not (opening or derived(sent, rate)):
                continue
            noun, named, as_total = read
            unit = time_unit(noun) if named else None
            found = _restated(sent, k, unit, as_total) if unit else None
            if found is None and unit and not as_total:
                found = _over_period(scan, index, sent, rate, unit)
            if found is None and unit:
                found = _from_before(scan, index, sent, rate, unit)
            if found is None and unit is None:
                found = per_noun(scan, index, sent, rate, noun, named)
            if found is not None:
                findings.append(found)
    return findings


_JOIN = re.compile(
    r"(?:\s+more)?,?\s+(?:or|-|–|—|which\s+is|equivalent\s+to|that\s+is)\s+" + QUALIFIER + r"$"
)


def _restated(sent: Masked, k: int, unit: str, as_total: bool) -> Finding | None:
    """ "£54,000 a year, or about £1,040 a week": the figure just before, per another time
    unit and of the same kind, restated in this one."""
    if k == 0:
        return None
    rate, source = sent.figures[k], sent.figures[k - 1]
    read = per_phrase(sent, source)
    if read is None or not read[1] or read[2] or source.kind != rate.kind:
        return None
    src_unit = time_unit(read[0])
    end = PER.match(sent.text, source.end - sent.start)
    if src_unit is None or src_unit == unit or end is None:
        return None
    if not _JOIN.fullmatch(sent.text[end.end() : rate.start - sent.start]):
        return None
    return _convert(sent, rate, source, src_unit, unit)


def _convert(
    sent: Masked, rate: Figure, source: Figure, src_unit: str, unit: str
) -> Finding | None:
    """``source`` per ``src_unit`` expressed per ``unit``: divided into a shorter unit (an
    average), multiplied into a longer one (a total)."""
    if (src_unit, unit) in IN:  # to a shorter unit: divide
        lo, hi = IN[src_unit, unit]
        iv = source.interval
        computed, check = Interval(iv.lo / hi, iv.hi / lo), "average"
        how = f"{source.text} a {src_unit} / {fmt(lo)}" + (f"-{fmt(hi)}" if hi != lo else "")
    elif (unit, src_unit) in IN:  # to a longer unit: multiply
        lo, hi = IN[unit, src_unit]
        iv = source.interval
        computed, check = Interval(iv.lo * lo, iv.hi * hi), "total"
        how = f"{source.text} a {src_unit} × {fmt(lo)}" + (f"-{fmt(hi)}" if hi != lo else "")
    else:
        return None
    return finding(check, sent, rate, computed, how, "checks.rates.restated", [source.text])


_THAT = re.compile(
    r"\s*(?:(?:That|This|It|Which)\s+(?:is|was|works?\s+out\s+(?:at|as|to)|worked\s+out\s+at|"
    r"equates\s+to|amounts\s+to|comes\s+to|means)\s+(?:an?\s+average\s+of\s+)?|On\s+average,?\s+)"
    + QUALIFIER
    + r"$",
    re.I,
)


def _from_before(scan: Scan, index: int, sent: Masked, rate: Figure, unit: str) -> Finding | None:
    """ "A place costs £54,000 a year. That works out at about £1,040 a week."; "Honister
    recorded 388mm in the fortnight to 7 December. That is almost 28mm a day.": a sentence
    opening on the rate restates the sentence before — its one rate per another time unit,
    else its one total of the rate's kind over its one period."""
    if index == 0 or not _THAT.fullmatch(sent.text[: rate.start - sent.start]):
        return None
    prev = scan.sentences[index - 1]
    rates = []
    for f in prev.figures:
        read = per_phrase(prev, f) if f.kind == rate.kind else None
        if read and read[1] and not read[2] and time_unit(read[0]) not in (None, unit):
            rates.append((f, time_unit(read[0])))
    if rates:
        return _convert(sent, rate, *rates[0], unit) if len(rates) == 1 else None
    m = PER.match(sent.text, rate.end - sent.start)
    words = m.group("unit").split() if m and m.group("unit") else []
    found = [
        f
        for f in prev.figures
        if plain(prev, f)
        and f.value > rate.value
        and (any(after_has(prev, f, w) for w in words) if words else f.kind == rate.kind)
        and (words or rate.kind != "number" or counts_a_noun(after(prev, f)))
    ]  # a bare "That is three a day" needs a total counting a noun: "1,095 knife crimes"
    total = unique(found)
    total = None if total is None else as_input(prev.text, total, prev.start)
    period = period_length(scan, index - 1, rate, unit) if total is not None else None
    if total is None or period is None:
        return None
    return _divide(sent, rate, total, period, unit)


def _over_period(scan: Scan, index: int, sent: Masked, rate: Figure, unit: str) -> Finding | None:
    """ "1.62 mln tonnes of ore in the quarter, averaging 18,000 tonnes a day": the one total
    of the rate's measure before it over the one period its sentence (or the sentence
    before) names."""
    total = total_before(sent, rate)
    if total is None or not same_noun(sent, total, rate, bare_ok=True):
        return None
    period = period_length(scan, index, rate, unit)
    if period is None:
        return None
    return _divide(sent, rate, total, period, unit)


def _divide(
    sent: Masked, rate: Figure, total: Figure, period: tuple[Interval, str], unit: str
) -> Finding:
    length, words = period
    iv = total.interval
    computed = Interval(iv.lo / length.hi, iv.hi / length.lo)
    span = fmt(length.lo) + (f"-{fmt(length.hi)}" if length.hi != length.lo else "")
    how = f"{total.text} / {span} {unit}s ({words!r})"
    return finding(
        "average", sent, rate, computed, how, "checks.rates.over_period", [total.text, words]
    )

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
from .rate_operands import (
    TIME_UNITS,
    count_of,
    counts_noun,
    period_length,
    plain,
    stated_allowed,
    total_before,
    unique,
)
from .tolerance import Interval
from .util import fmt, make_finding, noun_forms, unverifiable

__all__ = ["check_rates", "per_phrase"]

_QUAL = (
    r"(?:(?:about|around|roughly|approximately|some|almost|nearly|just\s+(?:over|under)|"
    r"more\s+than|over|under|less\s+than)\s+)?"
)
_AVERAGED = re.compile(
    rf"\b(?:an?\s+average\s+of|on\s+average|averag(?:ing|ed|es)|average\s+[a-z]+\s+(?:of|was|is))"
    rf"\s+{_QUAL}$",
    re.I,
)
_APPOSED = re.compile(
    rf"(?:,|\s[-–—])\s+(?:or\s+|still\s+|which\s+is\s+|meaning\s+)?{_QUAL}$|\bor\s+{_QUAL}$"
    rf"|\b(?:(?:the\s+)?equivalent\s+(?:to|of)|works?\s+out\s+(?:at|as|to)|working\s+out\s+at"
    rf"|amounting\s+to)\s+{_QUAL}$",
    re.I,
)
_PER = re.compile(
    r"(?P<unit>[A-Za-z/]*(?:\s+(?!a\b|an\b|per\b|each\b|every\b|more\b|over\b|for\b|in\b)"
    r"[A-Za-z.]+){0,2}?)(?P<more>\s+more)?\s+(?P<per>per|a|an|each|every|for\s+each|for\s+every"
    r"|over\s+a|in\s+a|across\s+a)\s+(?P<noun>[A-Za-z]+)\b"
    r"|(?P<each>[A-Za-z/]*(?:\s+[A-Za-z.]+){0,2}?\s+each)\b"
)
_CENTS = re.compile(r"(?:[A-Za-z.]+\s+){0,1}(?:cts|cents)\b", re.I)

# per-unit (key) in one of another (inner key): a year holds 52 to 52.18 weeks
_IN = {
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
    m = _PER.match(sent.text, f.end - sent.start)
    if m is None:
        return None
    if m.group("each"):
        return "each", False, False
    per = m.group("per").lower()
    if per in ("a", "an") and m.group("noun").lower() in ("total", "record", "rise", "fall"):
        return None
    total = bool(m.group("more")) or per.split()[0] in ("over", "in", "across")
    return m.group("noun").lower(), True, total


def _time(noun: str) -> str | None:
    return next((u for u in TIME_UNITS if u in noun_forms(noun)), None)


_NORM = re.compile(
    r"\b(?:compared|against|versus|vs|than|above|below|higher|lower|up\s+from|down\s+from|"
    r"normal|usual|typical|national|long-term|historical)\b[^,;]{0,30}$",
    re.I,
)


def _derived(sent: Masked, f: Figure) -> bool:
    """An average word or an apposed clause before the figure marks it as derived from the
    figures before it; "compared with an average of 3mm a day" is a norm, not derived."""
    before = sent.text[max(0, f.start - sent.start - 60) : f.start - sent.start]
    m = _AVERAGED.search(before) or _APPOSED.search(before)
    if m is None:
        return False
    return not _NORM.search(before[: m.start()] + " " + m.group(0).split()[0])


def check_rates(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        for k, rate in enumerate(sent.figures):
            if not plain_rate(sent, rate):
                continue
            read = per_phrase(sent, rate)
            if read is None or not _derived(sent, rate):
                continue
            noun, named, as_total = read
            unit = _time(noun) if named else None
            found = _restated(sent, k, unit, as_total) if unit else None
            if found is None and unit and not as_total:
                found = _over_period(scan, index, sent, rate, unit)
            if found is None and unit is None:
                found = _per_noun(scan, index, sent, rate, noun, named)
            if found is not None:
                findings.append(found)
    return findings


def plain_rate(sent: Masked, f: Figure) -> bool:
    return f.kind not in ("date", "range") and not f.percent and not f.in_duration and f.value > 0


def _finding(
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


_JOIN = re.compile(
    r"(?:\s+more)?,?\s+(?:or|-|–|—|which\s+is|equivalent\s+to|that\s+is)\s+" + _QUAL + r"$"
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
    src_unit = _time(read[0])
    end = _PER.match(sent.text, source.end - sent.start)
    if src_unit is None or src_unit == unit or end is None:
        return None
    if not _JOIN.fullmatch(sent.text[end.end() : rate.start - sent.start]):
        return None
    if (src_unit, unit) in _IN:  # to a shorter unit: divide
        lo, hi = _IN[src_unit, unit]
        iv = source.interval
        computed, check = Interval(iv.lo / hi, iv.hi / lo), "average"
        how = f"{source.text} a {src_unit} / {fmt(lo)}" + (f"-{fmt(hi)}" if hi != lo else "")
    elif (unit, src_unit) in _IN:  # to a longer unit: multiply
        lo, hi = _IN[unit, src_unit]
        iv = source.interval
        computed, check = Interval(iv.lo * lo, iv.hi * hi), "total"
        how = f"{source.text} a {src_unit} × {fmt(lo)}" + (f"-{fmt(hi)}" if hi != lo else "")
    else:
        return None
    return _finding(check, sent, rate, computed, how, "checks.rates.restated", [source.text])


def _over_period(scan: Scan, index: int, sent: Masked, rate: Figure, unit: str) -> Finding | None:
    """ "1.62 mln tonnes of ore in the quarter, averaging 18,000 tonnes a day": the one total
    of the rate's measure before it over the one period its sentence (or the sentence
    before) names."""
    total = total_before(sent, rate)
    if total is None or not _same_noun(sent, total, rate, bare_ok=True):
        return None
    period = period_length(scan, index, rate, unit)
    if period is None:
        return None
    length, words = period
    iv = total.interval
    computed = Interval(iv.lo / length.hi, iv.hi / length.lo)
    span = fmt(length.lo) + (f"-{fmt(length.hi)}" if length.hi != length.lo else "")
    how = f"{total.text} / {span} {unit}s ({words!r})"
    return _finding(
        "average", sent, rate, computed, how, "checks.rates.over_period", [total.text, words]
    )


def _same_noun(sent: Masked, total: Figure, rate: Figure, *, bare_ok: bool) -> bool:
    """A bare number rate and its total count one thing: "46 goals in 20 games, 2.3 a game";
    "won 14 of 20 games, 2.3 points a game" divides no stated total of points. A rate naming
    its noun ("18,000 tonnes a day") needs a total of that noun; a bare one a total of some
    noun, unless ``bare_ok`` (over a period the subject names it: "incidents fell to 75,307,
    an average of 206 every day")."""
    if rate.kind != "number":
        return True
    m = _PER.match(sent.text, rate.end - sent.start)
    words = m.group("unit").split() if m and m.group("unit") else []
    after = sent.text[total.end - sent.start : total.end - sent.start + 40]
    if not words:
        return bare_ok or counts_a_noun(after)
    noun = words[-1].lower()
    return any(noun_forms(w) & noun_forms(noun) for w in after.lower().split()[:3])


def _counted_before(sent: Masked, rate: Figure) -> Figure | None:
    """For "each" with no subject noun: the one figure before it in the sentence that counts
    people or a plural noun ("paid out £2.4m to 1,200 claimants")."""
    found = [
        f
        for f in sent.figures
        if f.end <= rate.start
        and f.kind == "number"
        and plain(sent, f)
        and f.value >= 2
        and counts_a_noun(sent.text[f.end - sent.start : f.end - sent.start + 40])
    ]
    return unique(found)


def _subject_noun(scan: Scan, rate: Figure) -> str | None:
    """The noun of "each" alone: the subject of the verb the rate hangs from ("passengers paid
    an average of 271 pounds each")."""
    verb = scan.ctx.verb_of(rate.start, rate.end)
    if verb is None:
        return None
    subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    word = subjects[0].text.lower()
    return word if word.endswith("s") else None


_MONEY_AFTER = re.compile(
    r"\s+(?:[A-Z][A-Za-z.]*\s+){0,2}(?:dlrs|dollars|pounds|stg|euros|marks|francs|yen)\b"
)
_OR_JOIN = re.compile(r"\s*(?:[A-Z][A-Za-z.]*\s+){0,2}[A-Za-z]*,\s+or\s+" + _QUAL + r"$")


def _money(sent: Masked, f: Figure) -> bool:
    """ "48.6 mln Canadian dlrs": money whether or not the currency word came right after."""
    return f.currency is not None or bool(_MONEY_AFTER.match(sent.text, f.end - sent.start))


def _apposed_total(sent: Masked, rate: Figure) -> Figure | None:
    """ "from 36.2 mln dlrs, or 46 cts a share": the figure right before ", or" is the total
    the rate restates, base of a comparison or not."""
    k = sent.figures.index(rate)
    if k == 0:
        return None
    prev = sent.figures[k - 1]
    gap = sent.text[prev.end - sent.start : rate.start - sent.start]
    if not _OR_JOIN.fullmatch(gap) or prev.percent or prev.kind in ("date", "range"):
        return None
    return prev if prev.value > rate.value else None


_BASED_ON = re.compile(r"\bbased\s+on\s+(?:an?\s+average\s+(?:of\s+)?)?$", re.I)
_OUTSTANDING = re.compile(r"\s+(?:[a-z]+\s+){0,2}shares\s+outstanding\b", re.I)


def _based_on(scan: Scan, count: Figure) -> bool:
    """ "Per share figures are based on 78.4 mln shares": the count the writer divided by."""
    return bool(_BASED_ON.search(scan.ctx.doc.text[max(0, count.start - 40) : count.start]))


def _per_noun(
    scan: Scan, index: int, sent: Masked, rate: Figure, noun: str, named: bool
) -> Finding | None:
    """ "48.6 mln dlrs, or 62 cts a share" over the one count of shares near it."""
    count = None
    if not named:
        found = _subject_noun(scan, rate)
        if found is None or count_of(scan, index, found, (rate,)) is None:
            count = _counted_before(sent, rate)  # "to 1,200 claimants - about £2,000 each"
            if count is None:
                return None
        noun = found or "each"
    cents = rate.currency == "GBX" or bool(
        rate.kind == "number" and _CENTS.match(sent.text, rate.end - sent.start + 1)
    )
    apposed = _apposed_total(sent, rate)
    if count is None:
        count = count_of(scan, index, noun, (rate, apposed) if apposed else (rate,))
    if count is None and index + 1 < len(scan.sentences):  # "Per share figures are based on"
        nxt = scan.sentences[index + 1]
        counts = [f for f in nxt.figures if plain(nxt, f) and counts_noun(nxt, f, noun)]
        count = counts[0] if len(counts) == 1 and _based_on(scan, counts[0]) else None
    if count is None or count.value < 2:
        return None
    total = apposed or total_before(sent, rate, measure=not cents, besides=count)
    if total is None or total == count or counts_noun(sent, total, noun):
        return None  # "220,000 ounces at an average of 439 dlrs an ounce": a count, no total
    if _money(sent, rate) and not _money(sent, total):
        return None
    if not cents and not _same_noun(sent, total, rate, bare_ok=False):
        return None
    if not (_money(sent, total) if cents else total.kind == rate.kind):
        return None
    doubt = None
    if "share" in noun_forms(noun):
        if not _based_on(scan, count) and not _OUTSTANDING.match(scan.ctx.doc.text, count.end):
            return None  # "turnover of 40,100 shares" is no count of the company's shares
        if not _based_on(scan, count):
            doubt = "per-share figures may use a weighted count or net out preferred dividends"
    scale = 100.0 if cents else 1.0
    iv, civ = total.interval, count.interval
    computed = Interval(scale * iv.lo / civ.hi, scale * iv.hi / civ.lo)
    how = f"{total.text} / {count.text}" + (" in cents" if cents else "")
    return _finding(
        "average",
        sent,
        rate,
        computed,
        how,
        "checks.rates.per_noun",
        [total.text, count.text],
        doubt,
    )

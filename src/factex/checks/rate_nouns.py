"""Rates per counted noun: "48.6 mln dlrs, or 62 cts a share" over "78.4 mln shares", "6.71
billion pounds, meaning passengers paid an average of 271 pounds each" over the 24.8 million
passengers two sentences back, "£1.1m, roughly £305 a head" over "3,600 residents".

The count is the one count of the per-noun in the rate's sentence or up to two before ("each"
takes the verb's subject noun, or the one counted noun before it; "a head" any count of
people); the total the figure the rate restates after ", or" or the one plain figure of its
measure before it. Cents and pence are read against dollars and pounds. Per-share figures may
rest on a weighted count of shares or net of preferred dividends: only a count "outstanding"
or one the figures are "based on" is used, and without "based on" a mismatch is unverifiable.
"""

from __future__ import annotations

import re

from ..doctext import doc_text
from ..models import Finding
from .averages import counts_a_noun
from .figures import Figure, Masked, Scan
from .rate_operands import count_of, counts_noun, plain, total_before, unique
from .rate_phrases import CENTS, QUALIFIER, finding, same_noun
from .tolerance import Interval
from .util import noun_forms

__all__ = ["per_noun"]


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
_OR_JOIN = re.compile(r"\s*(?:[A-Z][A-Za-z.]*\s+){0,2}[A-Za-z]*,\s+or\s+" + QUALIFIER + r"$")


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
    return bool(_BASED_ON.search(doc_text(scan.ctx.doc)[max(0, count.start - 40) : count.start]))


def per_noun(
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
        rate.kind == "number" and CENTS.match(sent.text, rate.end - sent.start + 1)
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
    if not cents and not same_noun(sent, total, rate, bare_ok=False):
        return None
    if not (_money(sent, total) if cents else total.kind == rate.kind):
        return None
    doubt = None
    if "share" in noun_forms(noun):
        if not _based_on(scan, count) and not _OUTSTANDING.match(doc_text(scan.ctx.doc), count.end):
            return None  # "turnover of 40,100 shares" is no count of the company's shares
        if not _based_on(scan, count):
            doubt = "per-share figures may use a weighted count or net out preferred dividends"
    scale = 100.0 if cents else 1.0
    iv, civ = total.interval, count.interval
    computed = Interval(scale * iv.lo / civ.hi, scale * iv.hi / civ.lo)
    how = f"{total.text} / {count.text}" + (" in cents" if cents else "")
    return finding(
        "average",
        sent,
        rate,
        computed,
        how,
        "checks.rates.per_noun",
        [total.text, count.text],
        doubt,
    )

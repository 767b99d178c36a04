"""Trade balances: a surplus is exports minus imports, a deficit imports minus exports.

"Japan's trade surplus rose to 7.36 billion dlrs in February from 5.74 billion a year
earlier. Exports rose 2.4 pct to 15.62 billion dlrs from 15.25 billion, while imports fell
13.1 pct to 8.26 billion from 9.51 billion." gives two checks: 15.62 - 8.26 against 7.36, and
15.25 - 9.51 against 5.74.

The balance is a money figure after "surplus" or "deficit" in its clause (a trade or
merchandise balance: never a current-account, budget, services or payments balance, which
exports and imports alone do not make). Exports and imports are read in the balance's
sentence or the next one: the one clause naming each, its new value (after "to", "were",
"at", "of" or the clause's only figure of the balance's currency) and its old value (after
"from"). Bilateral figures ("exports to the United States", "surplus with Japan") are left
alone unless both sides name the same partner; two clauses for one side: nothing is said.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Finding
from .figures import Figure, Masked, Scan, alternation, check_lexicon
from .inputs import as_input, shared_unit
from .tolerance import Interval, first_passing
from .util import fmt, make_finding

__all__ = ["check_balances"]

_BALANCE = re.compile(
    r"\b(?P<word>surplus|deficit|shortfall)\b(?P<gap>[^#.;]{0,70}?)"
    r"(?P<link>\b(?:to|of|at|was|were|is|stood\s+at|totalled|totaled|narrowed\s+to|"
    r"widened\s+to)\s+)#(?P<new>\d+)#"
    r"(?:[^#.;]{0,60}?\bfrom\s+#(?P<old>\d+)#)?",
    re.I,
)
_NOT_TRADE = re.compile(
    r"\b(?:current[\s-]+account|budget|budgetary|fiscal|services|invisibles?|payments|"
    r"capital|pension|funding|cash|operating)\b",
    re.I,
)
_PARTNER = re.compile(r"\b(?:with|to|from)\s+(?:the\s+)?(?P<who>[A-Z][A-Za-z.]+)")
_SIDE = re.compile(
    r"\b(?P<side>exports|imports)\b(?:\s+#(?P<bare>\d+)#|(?P<gap>(?:[^#.;]|#\d+#){0,60}?)"
    r"\b(?:to|were|was|at|of|totalled|totaled|reached)\s+#(?P<new>\d+)#"
    r"(?:[^#.;]{0,40}?\bfrom\s+#(?P<old>\d+)#)?)",
    re.I,
)
"""One side: "exports rose 2.4 pct to #1# from #2#", "imports were #3#", "and imports #4#"."""


def check_balances(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        for m in _BALANCE.finditer(sent.loose):
            before = sent.loose[max(0, m.start() - 40) : m.start()]
            if _NOT_TRADE.search(before + m.group("gap")):
                continue
            if _EARLIER.search(sent.loose[: m.start()]):
                continue  # "This compares with a year earlier surplus of 958.9 mln"
            new, old = _pair(sent, m, None)
            if new is None or not new.currency:
                continue
            partner = _partner(m.group("gap"))
            sides = _sides(scan, index, new, partner)
            if sides is None:
                continue
            deficit = m.group("word").lower() != "surplus"
            (e_new, e_old), (i_new, i_old) = sides
            findings.append(_verdict(new, e_new, i_new, deficit))
            if old is not None and e_old is not None and i_old is not None:
                findings.append(_verdict(old, e_old, i_old, deficit))
    return findings


def _partner(gap: str) -> str | None:
    m = _PARTNER.search(gap)
    return m.group("who") if m else None


def _pair(
    sent: Masked, m: re.Match[str], like: Figure | None
) -> tuple[Figure | None, Figure | None]:
    """The new and old money figures of a match, the currency carried to a bare one."""
    new = sent.figures[int(m.group("new") or m.group("bare"))]
    old = sent.figures[int(m.group("old"))] if m.group("old") else None
    if like is not None:
        new = shared_unit(like, new, sent.text, sent.start)[1]
        carriers = [f for f in sent.figures if f.end <= new.start and f.kind == like.kind]
        if carriers:  # "Exports were 7.41 billion stg and imports 8.03 billion"
            new = shared_unit(carriers[-1], new, sent.text, sent.start)[1]
    if old is not None:
        new, old = shared_unit(new, old, sent.text, sent.start)
        if old.kind != new.kind:
            old = None
    if like is not None and new.kind != like.kind:
        return None, None
    if as_input(sent.text, new, sent.start) is None:
        return None, None
    if old is not None and as_input(sent.text, old, sent.start) is None:
        old = None
    return new, old


_ADJUSTED = re.compile(r"\b(?:un)?adjusted\b|\bseasonal", re.I)
_EARLIER = re.compile(
    r"\b(?:year[\s-]+(?:earlier|ago)|compared?s?\s+with|against|after|previous|last\s+year)\b"
    r"[^.;]*$",
    re.I,
)


@cache
def _period_words_pattern() -> re.Pattern[str]:
    """Month names and abbreviations (data/checks.json) and other period words."""
    months = alternation(check_lexicon().months)
    return re.compile(rf"\b(?:{months}|quarter|half|months?|weeks?)\b", re.I)


def _period_words(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in _period_words_pattern().findall(text)}


def _same_measure(scan: Scan, index: int, k: int) -> bool:
    """Whether sentence ``k`` can give the sides of the balance stated in sentence ``index``:
    the same adjustment words ("Unadjusted, the February deficit" is not the adjusted trade
    of the next sentence) and no period word the balance's sentence does not use ("The
    deficit for the first quarter" against "April exports"; "for the first two months"
    against "February imports")."""
    if k == index:
        return True
    a, b = scan.sentences[index].text, scan.sentences[k].text
    if {w.lower() for w in _ADJUSTED.findall(a)} != {w.lower() for w in _ADJUSTED.findall(b)}:
        return False
    return _period_words(b) <= _period_words(a)


def _sides(
    scan: Scan, index: int, balance: Figure, partner: str | None
) -> tuple[tuple[Figure, Figure | None], tuple[Figure, Figure | None]] | None:
    """(exports new, old), (imports new, old) from the balance's sentence or the next."""
    found: dict[str, list[tuple[Figure, Figure | None]]] = {"exports": [], "imports": []}
    for k in (index, index + 1):
        if k >= len(scan.sentences) or not _same_measure(scan, index, k):
            continue
        sent = scan.sentences[k]
        for m in _SIDE.finditer(sent.loose):
            if _partner(m.group("gap") or "") != partner:
                continue  # "exports to the United States" against the whole balance
            new, old = _pair(sent, m, balance)
            if new is not None:
                found[m.group("side").lower()].append((new, old))
    if len(found["exports"]) != 1 or len(found["imports"]) != 1:
        return None
    return found["exports"][0], found["imports"][0]


def _verdict(balance: Figure, exports: Figure, imports: Figure, deficit: bool) -> Finding:
    e, i = exports.interval, imports.interval
    lo, hi = (i.lo - e.hi, i.hi - e.lo) if deficit else (e.lo - i.hi, e.hi - i.lo)
    computed = Interval(lo, hi)
    rounding, allowed = first_passing(balance.value, balance.step, computed)
    word = "imports - exports" if deficit else "exports - imports"
    verdict = "consistent" if rounding else "inconsistent"
    if not rounding and computed.hi < 0:
        verdict = "unverifiable"  # the balance goes the other way: another measure?
    return make_finding(
        "total",
        verdict,
        None,
        computed.mid,
        allowed,
        rounding,
        f"{word}: {imports.text if deficit else exports.text} - "
        f"{exports.text if deficit else imports.text} = {fmt(computed.mid)}"
        + ("" if rounding else f", stated {balance.text}"),
        "checks.balances.trade",
        [exports.text, imports.text],
        start=balance.start,
        end=balance.end,
        stated=balance.text,
    )

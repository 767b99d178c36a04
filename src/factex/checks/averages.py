"""Averages: "307 people ... in five boats, an average of 61 per boat" — mean = total / count.

The count is the figure that counts the noun after "per" ("five boats" for "per boat"); the
total is the one other figure of the mean's kind in the sentence (or the sentence before).
When there is not exactly one candidate for each, nothing is said: never guess a link.
"""

from __future__ import annotations

import re

from ..models import Finding
from ..resources import load_lexicon
from .figures import F, Figure, Masked, Scan
from .tolerance import first_passing
from .util import make_finding

__all__ = ["check_averages"]

_ABOUT = r"(?:(?:about|around|roughly|almost|nearly|some|just\s+(?:over|under))\s+)?"
_AVERAGE = re.compile(
    rf"\b(?:an\s+average\s+of|on\s+average)\s+(?:of\s+)?{_ABOUT}{F('mean')}"
    r"(?P<unit>(?:\s+[A-Za-z]+){0,2}?)\s+(?:(?:per|a|each|for\s+each|for\s+every|every)\s+"
    r"(?P<noun>[A-Za-z]+)|each\b)",
    re.I,
)


def _forms(word: str) -> set[str]:
    """Possible singulars of ``word`` ("games" → game, "buses" → bus, "cities" → city).

    >>> sorted(_forms("games"))
    ['gam', 'game', 'games']
    """
    word = word.lower()
    forms = {word}
    if word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    return forms


def _counts_of(sent: Masked, noun: str | None) -> list[Figure]:
    """Figures counting ``noun`` ("five boats" for "per boat"); for ``None`` ("each"), bare
    counts followed by a plural noun ("1,240 investors")."""
    if noun is None:
        people = set(load_lexicon().person_nouns)
        return [
            sent.figures[int(m.group(1))]
            for m in re.finditer(r"#(\d+)#\s+([a-z]+)\b", sent.masked)
            if sent.figures[int(m.group(1))].kind == "number"
            and (m.group(2).endswith("s") or m.group(2) in people)
        ]
    stem = _forms(noun)
    found = []
    for m in re.finditer(r"#(\d+)#\s+([A-Za-z-]+)(?:\s+([A-Za-z]+))?", sent.masked):
        words = [w for w in (m.group(2), m.group(3)) if w]
        if any(_forms(w) & stem for w in words):
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
    count = _unique(
        [[c for s in w for c in _counts_of(s, noun) if c is not mean] for w in count_windows]
    )
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
                and not _is_rate(s, f)
            ]
            for w in windows
        ]
    )
    return (total, count) if total is not None else None


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


def _is_rate(sent: Masked, f: Figure) -> bool:
    """ "158,000 ounces a year", "an average of 3.5 mln": already a rate, not a total."""
    after = sent.text[f.end - sent.start :]
    before = sent.text[: f.start - sent.start]
    return bool(_RATE_AFTER.match(after) or _RATE_BEFORE.search(before))


_COMPARED = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|(?:up|down)\s+from|than)\s*$", re.I
)


def check_averages(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        for m in _AVERAGE.finditer(sent.masked):
            mean = sent.fig(m, "mean")
            if mean is None or mean.percent or mean.kind == "date":
                continue
            if _COMPARED.search(sent.masked[: m.start()]):
                continue  # "2.9 billion in February, compared with an average of 2.6 billion
                # a month": the other figure is a rate like the mean, not its total
            linked = _link(scan, index, sent, mean, m.group("noun"))
            if linked is None:
                continue
            total, count = linked
            computed = total.interval.scaled(1 / count.value)
            rounding, allowed = first_passing(mean.value, mean.step, computed)
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
                    f"average {mean.text} per {m.group('noun') or 'each'}: "
                    f"{total.text} / {count.text} = "
                    f"{computed.mid:.2f}{note}",
                    "checks.averages.total_over_count",
                    [total.text, count.text],
                    start=mean.start,
                    end=mean.end,
                    stated=mean.text,
                )
            )
    return findings

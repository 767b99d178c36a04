"""Election arithmetic: vote shares, the sum of the votes and the majority, against the one
stated vote total ("A total of 30,412 valid votes were cast").

- A vote count with its share ("12,006 votes (39.5%)", "on 9,100 (29.9%)", "took 12,006
  votes, a share of 39.5%") is checked against the total stated within two sentences.
- The total is checked against the listed votes only when they add up to more than it, or to
  exactly it: fewer is normal (not every candidate is listed) and says nothing.
- "a majority of N" in the sentence of the total or of the votes is the winner's votes minus
  the runner-up's, when at least two vote counts were read and none is ambiguous.

An article with two different vote totals (two seats, two elections) is left alone.
"""

from __future__ import annotations

import re

from ..models import Finding
from .figures import F, Figure, Masked, Scan
from .shares import verdict_for_share
from .tolerance import Interval
from .util import make_finding

__all__ = ["check_elections"]

_TOTAL = [
    re.compile(
        rf"\b(?:a\s+)?total\s+of\s+{F('total')}\s+(?:valid\s+|eligible\s+)?votes\s+"
        r"(?:were|was|had\s+been)\s+cast\b",
        re.I,
    ),
    re.compile(rf"\b{F('total')}\s+(?:valid\s+)?votes\s+(?:were|was)\s+cast\b", re.I),
    re.compile(rf"\btotal\s+(?:valid\s+)?vote\s+(?:was|of)\s+{F('total')}", re.I),
]
_PCT = r"(?P<pct>#\d+#)"
_VOTES = [
    re.compile(rf"{F('votes')}(?:\s+votes)?\s*\(\s*{_PCT}\s*[,)]"),  # "9,716 (32.5%)"
    re.compile(rf"{F('votes')}\s+votes,\s+(?:a\s+share\s+of|or)\s+{_PCT}"),  # "votes, a share of"
]
_MAJORITY = re.compile(rf"\b(?:a|the|its|their|his|her)\s+majority\s+of\s+{F('majority')}", re.I)
_OTHER_ELECTION = re.compile(
    r"\b(?:overturn\w*|previous|last|notional|defend\w*|general\s+election|at\s+the\s+\d{4})\b",
    re.I,
)


def _totals(scan: Scan) -> list[tuple[int, Figure]]:
    found = []
    for index, sent in enumerate(scan.sentences):
        for pattern in _TOTAL:
            for m in pattern.finditer(sent.masked):
                total = sent.fig(m, "total")
                if total is not None and total.kind == "number" and total.value > 0:
                    found.append((index, total))
    return found


def _votes(sent: Masked, total: Figure) -> list[tuple[Figure, Figure]]:
    """(votes, stated share) pairs of one sentence."""
    out = []
    for pattern in _VOTES:
        for m in pattern.finditer(sent.masked):
            votes, pct = sent.fig(m, "votes"), sent.fig(m, "pct")
            if votes is None or pct is None or pct.percent != "percent":
                continue
            if votes.kind != "number" or votes.value >= total.value or pct.value <= 0:
                continue
            sign = sent.text[max(0, pct.start - sent.start - 1) : pct.start - sent.start]
            if sign in ("+", "-", "−"):
                continue  # "(+5.2%)": a change, not a share
            if all(v is not votes for v, _ in out):
                out.append((votes, pct))
    return out


def check_elections(scan: Scan) -> list[Finding]:
    totals = _totals(scan)
    if len({t.value for _, t in totals}) != 1:
        return []
    at, total = totals[0]
    block = range(max(0, at - 2), min(len(scan.sentences), at + 3))
    findings: list[Finding] = []
    votes: list[Figure] = []
    vote_sentences = {at}
    for k in block:
        sent = scan.sentences[k]
        pairs = _votes(sent, total)
        if pairs:
            vote_sentences.add(k)
        for v, pct in pairs:
            votes.append(v)
            findings.append(
                verdict_for_share(
                    v, total, pct, pct.text, None, pct.value, "checks.elections.vote_share",
                    pct.start, pct.end,
                )
            )  # fmt: skip
    findings += _sum(votes, total)
    findings += _majority(scan, sorted(vote_sentences), votes)
    return findings


def _sum(votes: list[Figure], total: Figure) -> list[Finding]:
    if len(votes) < 2:
        return []
    added = sum(v.value for v in votes)
    if added < total.value:
        return []  # not every candidate need be listed
    ok = added == total.value
    return [
        make_finding(
            "total",
            "consistent" if ok else "inconsistent",
            None,
            added,
            Interval(0, total.value),
            "exact" if ok else None,
            f"the {len(votes)} listed vote counts add up to {added:,.0f}"
            + ("" if ok else f", more than the {total.text} votes cast"),
            "checks.elections.votes_sum",
            [v.text for v in votes],
            start=total.start,
            end=total.end,
            stated=total.text,
        )
    ]


def _majority(scan: Scan, sentences: list[int], votes: list[Figure]) -> list[Finding]:
    values = sorted({v.value for v in votes}, reverse=True)
    if len(votes) < 2 or len(values) != len(votes):
        return []
    first, second = values[0], values[1]
    out = []
    for k in sentences:
        sent = scan.sentences[k]
        if _OTHER_ELECTION.search(sent.text):
            continue
        for m in _MAJORITY.finditer(sent.masked):
            stated = sent.fig(m, "majority")
            if stated is None or stated.kind != "number" or stated.value >= first:
                continue
            if re.match(
                r"\s+(?:seats|councillors|members|MPs)\b", sent.text[stated.end - sent.start :]
            ):
                continue
            diff = first - second
            ok = stated.value == diff
            out.append(
                make_finding(
                    "total",
                    "consistent" if ok else "inconsistent",
                    None,
                    diff,
                    Interval(diff, diff),
                    "exact" if ok else None,
                    f"majority {stated.text}: {first:,.0f} - {second:,.0f} = {diff:,.0f}",
                    "checks.elections.majority",
                    [f"{first:,.0f}", f"{second:,.0f}"],
                    start=stated.start,
                    end=stated.end,
                    stated=stated.text,
                )
            )
    return out

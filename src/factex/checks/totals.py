"""Parts and totals: "23 people, comprising 12 men and 9 women"; shares that must make 100.

A list joined by "comprising", "made up of", a colon or a dash must add up to its total;
"including" lists may be partial, so they fail only when the parts exceed the total. Shares
of one whole ("52% to 48%", "41%, 33% ... and the rest 26%") must sum to 100 within their
rounding (n figures each ± half a step).
"""

from __future__ import annotations

import re

from ..models import Finding
from .enumerations import check_enumerations, list_mode, parts_verdict, remainder
from .figures import F, Figure, Masked, Scan
from .parts import check_part_lists
from .tolerance import Interval
from .util import make_finding, noun_forms

__all__ = ["check_bracketed_totals", "check_percent_sums", "check_totals"]

_WORDS = r"(?:\s+(?!and\b|or\b|including\b)[A-Za-z'’-]+){1,3}?"
_LAST = r"#\d+#(?:\s+[A-Za-z'’-]+){0,3}"
_LIST = rf"(?P<list>#\d+#{_WORDS}(?:\s*,\s*#\d+#{_WORDS})*\s*,?\s+and\s+{_LAST})"
_NOUN = r"(?:\s+[A-Za-z'’-]+){0,3}?"

_ACROSS = r"(?:\s+(?:across|in|at|from)\s+#\d+#(?:\s+[a-z'’-]+){1,2})?"
"""Where the total is spread, before its list: "nine deaths across three counties: four in …"."""
_PLACE = r"#\d+#\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_PLACES = rf"(?P<list>{_PLACE}(?:\s*,\s*{_PLACE})*\s*,?\s+and\s+{_PLACE})"

_EXACT = "exact"
_PARTIAL = "partial"
_PATTERNS: list[tuple[str, str, re.Pattern[str]]] = [
    (
        "checks.totals.total_comprising",
        _EXACT,
        re.compile(
            rf"{F('total')}{_NOUN}{_ACROSS}\s*(?:,\s*)?(?:comprising|comprised|comprises?|(?:is\s+|are\s+|was\s+)?made\s+"
            rf"up\s+of|of\s+whom|of\s+which|consist(?:s|ed|ing)?\s+of|:|[—–]|-\s)\s*{_LIST}",
            re.I,
        ),
    ),
    (
        "checks.totals.of_total_list",
        _EXACT,
        re.compile(rf"\bof\s+(?:the|its|their)\s+{F('total')}{_NOUN}\s*,\s*{_LIST}", re.I),
    ),
    (
        # "96 branches, 71 in Illinois and 23 in Indiana,": the total set out by place, the
        # list closing the clause (a list "including …" is partial and read below)
        "checks.totals.total_by_place",
        _EXACT,
        re.compile(rf"{F('total')}(?!\s+(?:in|at)\s+[A-Z]){_NOUN}\s*,\s*{_PLACES}\s*(?:[,.;]|$)"),
    ),
    (
        "checks.totals.total_including",
        _PARTIAL,
        re.compile(rf"{F('total')}{_NOUN}\s*,?\s*including\s+{_LIST}", re.I),
    ),
    (
        "checks.totals.list_then_total",
        _EXACT,
        re.compile(
            rf"{_LIST}\s*(?:[—–]|-\s|,)\s*(?:a\s+total\s+of\s+|making\s+|totalling\s+|in\s+all\s+)?"
            rf"{F('total')}(?:{_NOUN}\s+(?:in\s+(?:all|total)|altogether|overall)|\s+in\s+(?:all|total))",
            re.I,
        ),
    ),
    (
        "checks.totals.list_total_of",
        _EXACT,
        re.compile(
            rf"{_LIST}\s*(?:[—–]|-\s|,)\s*(?:a\s+total\s+of|making\s+a\s+total\s+of|totalling)\s+{F('total')}",
            re.I,
        ),
    ),
]


_ITEM = r"[A-Z][^#.;()]{0,40}?\(\s*#\d+#[^#()]{0,20}\)"
_BRACKETED = re.compile(
    rf"(?P<list>{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+and\s+{_ITEM})"
    rf"[^#.;]{{0,100}}?\b(?:their|the|all|a\s+total\s+of)\s+(?:combined\s+|total\s+)?"
    rf"{F('total')}\s+(?P<noun>[a-z]+)"
)
"""Named items with their counts in brackets, then their total by the same noun: "Ash Road
(112 pupils), Elm (96) and Oak (141) would close, with their 349 pupils moved"."""


def check_bracketed_totals(scan: Scan) -> list[Finding]:
    findings = []
    for sent in scan.sentences:
        for m in _BRACKETED.finditer(sent.loose):  # a date may sit in the gap
            total, parts = sent.fig(m, "total"), _parts(sent, m)
            if total is None or total.kind != "number" or any(p.kind != "number" for p in parts):
                continue
            first = re.search(r"#\d+#\s+([a-z]+)", m.group("list"))
            if first is None or not noun_forms(first.group(1)) & noun_forms(m.group("noun")):
                continue  # the total counts what the first bracket counts, or nothing is said
            if any(p.value >= total.value for p in parts):
                continue
            findings.append(_verdict(total, parts, _EXACT, "checks.totals.bracketed_items"))
    return findings


_PER_AFTER = re.compile(r"^\s*(?:per|each|a|an)\s+[a-z]+", re.I)
_PER_IN = re.compile(r"#\d+#(?:\s+[A-Za-z'’-]+){0,2}?\s+(?:(?:per|each)\s+[A-Za-z]+|each)$", re.I)
_NESTED = re.compile(r"\b(?:comprising|including|consisting\s+of|made\s+up\s+of)\s*$", re.I)


def _parts(sent: Masked, m: re.Match[str]) -> list[Figure]:
    return [sent.figures[int(k)] for k in re.findall(r"#(\d+)#", m.group("list"))]


def check_totals(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for sent in scan.sentences:
        seen: set[int] = set()
        for rule, mode, pattern in _PATTERNS:
            for m in pattern.finditer(sent.masked):
                total = sent.fig(m, "total")
                parts = _parts(sent, m)
                if total is None or total.start in seen or len(parts) < 2:
                    continue
                if (
                    total.percent
                    or total.kind == "date"
                    or any(p.kind != total.kind for p in parts)
                ):
                    continue
                if any(p.value > total.value for p in parts):
                    continue  # a part larger than the total: not the total of these parts
                if _PER_AFTER.match(sent.masked[m.end("list") :]) or _PER_IN.search(
                    m.group("list")
                ):
                    continue  # "one common share and one warrant per unit": a recipe, not parts
                if _NESTED.search(sent.masked[: sent.masked.find(m.group("total"))]):
                    continue  # "comprising six X, including four Y, and three Z": nested
                seen.add(total.start)
                if rule == "checks.totals.of_total_list":  # "Of the 960 applicants, 410 were
                    # women, 300 students ...": groups without names may overlap
                    kind = list_mode(m.group("list"), len(parts), m.group(0))
                    if (rest := remainder(sent, sent.masked, m.end("list"))) is not None:
                        parts, kind = [*parts, rest], "exact"  # "..., with the remaining 250"
                    findings.append(parts_verdict(total, parts, kind, rule))
                    continue
                findings.append(_verdict(total, parts, mode, rule))
    return [
        *findings,
        *check_bracketed_totals(scan),
        *check_part_lists(scan),
        *check_enumerations(scan),
    ]


def _verdict(total: Figure, parts: list[Figure], mode: str, rule: str) -> Finding:
    """An "including" list may name only some parts: short of the total says nothing."""
    kind = "disjoint" if mode == _PARTIAL else "exact"
    return parts_verdict(total, parts, kind, rule, " ('including' may list only some of them)")


_REST_BEFORE = re.compile(
    r"\b(?:the\s+rest|the\s+remainder|remaining|others|other\s+\w+|undecided|"
    r"(?:did\s+not|didn't|don't|do\s+not)\s+know)\b[^#.;]{0,25}?#(\d+)#",
    re.I,
)
_REST_AFTER = re.compile(
    r"#(\d+)#[^#.;]{0,15}?\b(?:for\s+)?(?:the\s+rest|the\s+remainder|others|other\s+parties|"
    r"undecided)\b",
    re.I,
)
_SPLIT = re.compile(rf"\b(?:by|split)\s+{F('a')}\s+(?:to|-|–)\s+{F('b')}", re.I)
_CHANGE = re.compile(r"\b(?:up|down|rose|fell|by|increase|decrease|rise|fall)\s*$", re.I)


_LIST_GAP = re.compile(r"^[^#.;]{1,60}$")


def check_percent_sums(scan: Scan) -> list[Finding]:
    """Shares of one whole add up to 100: "by 52% to 48%", or a list of shares whose last
    item is "the rest"/"the remaining". Only a list written as one run of shares counts,
    and a sum far from 100 is taken for shares of different wholes (nothing is said)."""
    findings: list[Finding] = []
    for sent in scan.sentences:
        for m in _SPLIT.finditer(sent.masked):
            a, b = sent.fig(m, "a"), sent.fig(m, "b")
            if (
                a
                and b
                and a.percent == b.percent == "percent"
                and abs(a.value + b.value - 100) <= 15
            ):
                findings.append(_sum_verdict([a, b], "checks.totals.split_pair", partial=True))
        rest = _REST_BEFORE.search(sent.masked) or _REST_AFTER.search(sent.masked)
        if rest is None:
            continue
        last = int(rest.group(1))
        shares = _run_of_shares(sent, last)
        if last + 1 < len(sent.figures) and sent.figures[last + 1].percent == "percent":
            continue  # the list goes on after the "rest" item: not the end of a partition
        if len(shares) >= 3 and abs(sum(s.value for s in shares) - 100) <= 15:
            findings.append(_sum_verdict(shares, "checks.totals.shares_with_rest"))
    return findings


def _run_of_shares(sent: Masked, last: int) -> list[Figure]:
    """The percentages in one list ending at figure ``last`` (no other figure in between)."""
    run: list[Figure] = []
    k = last
    while k >= 0:
        f = sent.figures[k]
        if f.percent != "percent":
            break
        token = f"#{k}#"
        at = sent.masked.find(token)
        if _CHANGE.search(sent.masked[:at][-20:]):
            break
        run.insert(0, f)
        if k == 0:
            break
        prev = f"#{k - 1}#"
        gap = sent.masked[sent.masked.find(prev) + len(prev) : at]
        if not _LIST_GAP.match(gap):
            break
        k -= 1
    return run


def _sum_verdict(shares: list[Figure], rule: str, *, partial: bool = False) -> Finding:
    """``partial``: "by 52% to 46%" may leave out don't-knows, so only a sum over 100 fails."""
    total = sum(s.value for s in shares)
    slack = sum(s.step / 2 for s in shares)
    summed = Interval(total - slack, total + slack)
    ok = summed.meets(Interval(100, 100))
    verdict = "consistent" if ok else "inconsistent"
    if partial and not ok and summed.hi < 100:
        verdict = "unverifiable"
    last = shares[-1]
    return make_finding(
        "percent_sum",
        verdict,
        None,
        total,
        summed,
        "half-up" if ok else None,
        " + ".join(s.text for s in shares) + f" = {total:g}% (shares of one whole must make 100%)",
        rule,
        [s.text for s in shares],
        start=shares[0].start,
        end=last.end,
        stated=", ".join(s.text for s in shares),
    )

"""Enumerated parts of a stated total in looser forms than a "comprising" list:

- "Of the 1,450 homes, 620 will be at Mill Farm, 390 at Station Road and 340 at Quarry Lane";
- "The council will build 1,450 homes. Of these, 620 will be at Mill Farm, ...";
- "The 1,450 homes are split between Mill Farm (620), Station Road (390) and Quarry Lane (340)";
- "Mill Farm (620), Station Road (390) and Quarry Lane (340) will provide 1,450 homes between
  them".

An enumeration is two or more figures of one kind joined by commas and "and", each with a few
words (no figure) after it, or each in brackets after a name. What the words say decides how
much the sum must match:

- complete ("split between", "divided among", "break down as", "between them", "in all", a
  count word equal to the number of items: "three sites"): the parts must make the total;
- named places or groups ("620 at Mill Farm, 390 at Station Road": a capitalised name after
  each figure, or a name before each bracket) cannot overlap, but may leave some out: parts
  exceeding the total are an error, a sum short of it is ``unverifiable``;
- anything else ("620 were women, 390 were under 25") may overlap: only a sum equal to the
  total is said (consistent); otherwise ``unverifiable``.
"""

from __future__ import annotations

import re

from ..models import Finding
from .figures import Figure, Masked, Scan
from .inputs import as_input
from .tolerance import Interval
from .util import fmt, make_finding

__all__ = ["check_enumerations", "list_mode", "parts_verdict", "remainder"]

_WORD = r"[A-Za-z'’-]+"
_AFTER = rf"(?:\s+(?!and\b|or\b){_WORD}){{0,5}}?"
_PLAIN_ITEM = rf"#\d+#{_AFTER}"
_PLAIN = rf"{_PLAIN_ITEM}(?:\s*,\s*{_PLAIN_ITEM})*\s*,?\s+and\s+#\d+#{_AFTER}"
_NAMED_ITEM = r"[A-Z][^#.;()]{0,50}?\(\s*#\d+#\s*\)"
_BRACKETED = rf"{_NAMED_ITEM}(?:\s*,\s*{_NAMED_ITEM})*\s*,?\s+and\s+(?:the\s+)?{_NAMED_ITEM}"
_GAPPED_ITEM = rf"(?:the\s+)?(?:[A-Z]{_WORD}\s+){{1,3}}#\d+#"
_GAPPED = rf"#\d+#(?:\s+[a-z]+)?(?:\s*,\s*{_GAPPED_ITEM})*\s*,?\s+and\s+{_GAPPED_ITEM}"
"""Names before the later figures, the verb and noun said once: "#0# homes, Station Road #1#
and Quarry Lane #2#"."""
_LIST = (
    rf"(?P<list>(?:{_PLAIN})(?=\s*(?:[,.;)]|[—–]|\s-\s|$|between\b|will\b|would\b))"
    rf"|{_BRACKETED}|{_GAPPED})"
)
"""A list of parts; a plain list ends at a punctuation mark (its words are read lazily)."""

_COMPLETE = r"(?:split|divided|shared|distributed|spread|broken\s+down|breaks?\s+down|allocated)"
_OF_TOTAL = re.compile(
    rf"^\W*Of\s+(?:the|its|their|these|those)\s+#(?P<total>\d+)#(?P<noun>(?:\s+{_WORD}){{0,4}}?)"
    rf"\s*,\s*{_LIST}",
)
_OF_THESE = re.compile(rf"^\W*Of\s+(?:these|those|them)\s*,\s*{_LIST}", re.I)
_SPLIT = re.compile(
    rf"#(?P<total>\d+)#(?P<noun>(?:\s+{_WORD}){{1,3}}?)\s+(?:are|is|was|were|will\s+be|would\s+be)?"
    rf"\s*{_COMPLETE}\s+(?:between|among|across|into|as|over)\s+"
    rf"(?:(?:the\s+)?#(?P<n>\d+)#\s+{_WORD}\s*(?::|,\s*with)?\s*)?{_LIST}",
    re.I,
)
_BETWEEN_THEM = re.compile(
    rf"^\W*{_LIST}[^#.;]{{0,60}}?#(?P<total>\d+)#(?P<noun>(?:\s+{_WORD}){{0,3}}?)\s+"
    r"(?:between\s+them|in\s+all|altogether|in\s+total|combined)\b",
)
_THEN_TOTAL = re.compile(
    rf"{_LIST}\s*(?:,|[—–]|\s-\s)\s*(?:a\s+total\s+of|making|totalling|in\s+all)\s+"
    rf"#(?P<total>\d+)#(?P<noun>)",
)
"""A list, then its total: "..., Station Road 390 and Quarry Lane 340, a total of 1,450"."""
_TOTAL_DASH = re.compile(
    rf"#(?P<total>\d+)#(?P<noun>(?:\s+{_WORD}){{1,6}}?)\s*(?:[—–:]|\s-\s)\s*{_LIST}",
)
"""A total, a few words, then a dash or colon and its parts: "Altogether 1,450 homes will be
built - 620 at Mill Farm, 390 at Station Road and 440 at Quarry Lane"."""
_NAME_AFTER = re.compile(r"#\d+#\s+(?:[a-z]+\s+){0,3}(?:the\s+)?[A-Z]")

_EXACT, _DISJOINT, _OVERLAP = "exact", "disjoint", "overlap"
_REMAINING = re.compile(
    r"^\s*,?\s*(?:with|and|while)\s+(?:the\s+)?(?:remaining|rest|other|final)\s+"
    r"(?:of\s+them\s+)?#(?P<k>\d+)#"
)


def remainder(sent: Masked, masked: str, end: int) -> Figure | None:
    """The last part a list names as the rest: "..., with the remaining 250 going to C"."""
    m = _REMAINING.match(masked[end:])
    return sent.figures[int(m.group("k"))] if m else None


def check_enumerations(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        text = sent.loose
        for pattern, mode in (
            (_SPLIT, _EXACT),
            (_BETWEEN_THEM, _EXACT),
            (_THEN_TOTAL, _EXACT),
            (_TOTAL_DASH, _EXACT),
            (_OF_TOTAL, None),
        ):
            for m in pattern.finditer(text):
                total = sent.figures[int(m.group("total"))]
                if finding := _check(sent, m, total, mode):
                    findings.append(finding)
        if index and (m := _OF_THESE.match(text)):
            total = _one_count(scan.sentences[index - 1])
            if total is not None and (finding := _check(sent, m, total, None)):
                findings.append(finding)
    return findings


def _one_count(sent: Masked) -> Figure | None:
    """The one plain count of the sentence before "Of these, ...", or None."""
    counts = [
        f
        for k, f in enumerate(sent.figures)
        if k not in sent.soft and f.kind == "number" and as_input(sent.text, f, sent.start)
    ]
    return counts[0] if len(counts) == 1 else None


def _check(sent: Masked, m: re.Match[str], total: Figure, mode: str | None) -> Finding | None:
    listed = m.group("list")
    parts = [sent.figures[int(k)] for k in re.findall(r"#(\d+)#", listed)]
    if len(parts) < 2 or total.kind != "number" or total.in_date or total.looks_like_year:
        return None
    if any(p.kind != "number" or p.value >= total.value for p in parts):
        return None
    if any(as_input(sent.text, f, sent.start) is None for f in (total, *parts)):
        return None
    if mode is None:
        mode = list_mode(listed, len(parts), m.groupdict().get("noun") or "")
    if (rest := remainder(sent, m.string, m.end("list"))) is not None:
        parts, mode = [*parts, rest], _EXACT  # the list names its rest: it is complete
    if "n" in m.re.groupindex and m.group("n"):
        if sent.figures[int(m.group("n"))].value != len(parts):
            return None  # "split between the two sites" before three items: not this list
        mode = _EXACT
    return parts_verdict(total, parts, mode, f"checks.enumerations.{_rule(m.re)}")


_GROUP_AFTER = re.compile(r"#\d+#\s+(?:(?:were|was|are|is)\s+)?([A-Za-z-]+)")
_COMPLEMENTS = [
    {"men", "women"},
    {"male", "female"},
    {"males", "females"},
    {"boys", "girls"},
    {"full-time", "part-time"},
]
"""Two groups that make their whole between them."""


def list_mode(listed: str, n: int, noun: str) -> str:
    """How complete a list of ``n`` parts is, by its words: "exact" (a count word in
    ``noun`` equal to ``n``: "three sites"), "disjoint" (a name with each part: "410 to Ashby",
    "16 Conservative", "Ashby (410)"; the last of three or more may be a catch-all) or
    "overlap" (groups that may share members: "410 were women, 300 were students").

    >>> list_mode("#1# are Reform, #2# Labour, #3# Green and #4# independent", 4, "")
    'disjoint'
    >>> list_mode("#1# were women, #2# were students and #3# were from abroad", 3, "")
    'overlap'
    >>> list_mode("#1# at A, #2# at B and #3# at C", 3, "homes on three sites")
    'exact'
    >>> list_mode("#1# were men and #2# women", 2, "")
    'exact'
    """
    words = re.findall(r"\b(two|three|four|five|six|seven|eight|nine|ten)\b", noun.lower())
    numbers = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
    if words and numbers.get(words[-1]) == n:
        return _EXACT
    if listed.count("(") == n:
        return _DISJOINT
    tokens = [t.start() for t in re.finditer(r"#\d+#", listed)]
    groups = [_GROUP_AFTER.match(listed, at) for at in tokens]
    if n == 2 and {g.group(1).lower() if g else "" for g in groups} in _COMPLEMENTS:
        return _EXACT  # "892,000 were men and 728,000 women": the two make the whole
    flags = [bool(_NAME_AFTER.match(listed, at)) for at in tokens]
    # every part named, or all but a last catch-all ("and 5 independent", "and 12 others")
    named = all(flags[:-1]) and (flags[-1] or n >= 3)
    return _DISJOINT if named else _OVERLAP


def _rule(pattern: re.Pattern[str]) -> str:
    return {
        _SPLIT.pattern: "split_between",
        _BETWEEN_THEM.pattern: "between_them",
        _OF_TOTAL.pattern: "of_the_total",
        _THEN_TOTAL.pattern: "list_then_total",
        _TOTAL_DASH.pattern: "total_dash_list",
    }.get(pattern.pattern, "of_these")


def parts_verdict(
    total: Figure,
    parts: list[Figure],
    mode: str,
    rule: str,
    short: str = " (the list may leave some out)",
) -> Finding:
    """The parts' sum against the total, as complete as ``mode`` (:func:`list_mode`) says;
    ``short``: what a "disjoint" list falling short of its total is told."""
    summed = Interval(sum(p.interval.lo for p in parts), sum(p.interval.hi for p in parts))
    allowed = total.interval
    if allowed.meets(summed):
        verdict, note = "consistent", ""
    elif mode == _EXACT or (mode == _DISJOINT and summed.lo > allowed.hi):
        verdict, note = "inconsistent", ""
    elif mode == _DISJOINT:
        verdict, note = "unverifiable", short
    else:
        verdict, note = "unverifiable", " (the groups may overlap)"
    return make_finding(
        "total",
        verdict,
        None,
        summed.mid,
        allowed,
        "exact" if verdict == "consistent" else None,
        f"{' + '.join(p.text for p in parts)} = {fmt(summed.mid)}; stated total {total.text}{note}",
        rule,
        [p.text for p in parts],
        start=total.start,
        end=total.end,
        stated=total.text,
    )

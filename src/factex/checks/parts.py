"""Parts listed apart from their total: the total is named by words, not written beside them.

- "Town have won eight, drawn four and lost three of their 15 games": counts after verbs,
  then "of their TOTAL NOUN";
- "The homes would go on three sites: Mill Farm (620), Station Road (390) and Quarry Lane
  (340)": bracketed counts whose whole is the sentence's subject, "The homes", resolved to
  the one earlier figure of that noun (:func:`factex.checks.antecedents.resolve_whole`);
- "Metals sales accounted for 318.7 mln dlrs of the total and fertilisers for 93.6 mln": a
  share of "the total" and the other parts after it, the total resolved the same way.

A list is taken as complete only when its words say so ("three sites:" before three items);
otherwise it may leave parts out, so only parts that exceed the total are an error, and a
sum short of it is ``unverifiable``. A total named by a generic word ("the total") that the
article never introduced as a total may be another whole: a mismatch is ``unverifiable``.
"""

from __future__ import annotations

import re

from ..models import Finding
from .antecedents import resolve_whole
from .enumerations import parts_verdict
from .figures import F, Figure, Masked, Scan
from .inputs import as_input, shared_unit

__all__ = ["check_part_lists"]

_VERB_ITEM = r"[a-z]+\s+#\d+#"
_VERB_LIST = re.compile(
    rf"(?P<list>{_VERB_ITEM}(?:\s*,\s*{_VERB_ITEM})*\s*,?\s+and\s+{_VERB_ITEM})"
    rf"\s+of\s+(?:their|the|its|his|her|our)\s+{F('total')}\s+(?P<noun>[a-z]+)",
)
"""Counts after verbs, then their total: "won #0#, drawn #1# and lost #2# of their #3# games"."""

_ITEM = r"[A-Za-z][^#.;()]{0,50}?\(\s*#\d+#\s*\)"
_SUBJECT_LIST = re.compile(
    r"^\W*(?P<phrase>(?:The|These|Those|Its|Their)\s+[a-z]+)\b[^#.;()]{0,60}?"
    r"(?:#(?P<n>\d+)#\s+[a-z]+\s*:\s*)?"
    rf"(?P<list>{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+and\s+{_ITEM})"
)
"""A subject, then bracketed counts: "The homes would go on three sites: A (#0#), ..."."""

_PART = r"[A-Za-z][a-z]*(?:\s+[a-z]+)?\s+(?:for\s+)?#\d+#"
_SHARE_OF = re.compile(
    r"\b(?:accounted|accounting|accounts)\s+for\s+(?P<first>#\d+#)[^#.;]{0,15}?\s+of\s+"
    r"(?P<phrase>(?:the|its|their)\s+[a-z]+)"
    rf"(?P<list>(?:\s*,\s*{_PART})*\s*,?\s+and\s+{_PART})(?=\s*(?:[,.;]|$))"
)
"""A first part "of the total", then the others: "X accounted for #0# of the total and Y
for #1#"."""

_EXACT, _PARTIAL = "exact", "partial"


def _figures(sent: Masked, text: str) -> list[Figure]:
    return [sent.figures[int(k)] for k in re.findall(r"#(\d+)#", text)]


def check_part_lists(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        for m in _VERB_LIST.finditer(sent.masked):
            total, parts = sent.fig(m, "total"), _figures(sent, m.group("list"))
            if total is not None and _counts(sent, [total, *parts]):
                findings.append(_verdict(total, parts, _PARTIAL, "checks.parts.verb_list"))
        if m := _SUBJECT_LIST.match(sent.loose):
            parts = _figures(sent, m.group("list"))
            if _counts(sent, parts):
                whole = resolve_whole(
                    scan,
                    index,
                    max(parts, key=lambda p: p.value),
                    m.group("phrase").lower(),
                    sent.start,
                )
                n = m.group("n") and sent.figures[int(m.group("n"))].value
                mode = _EXACT if n == len(parts) else _PARTIAL  # "three sites:", three items
                if whole is not None and whole[1].strong and whole[0].kind == "number":
                    findings.append(_verdict(whole[0], parts, mode, "checks.parts.subject_list"))
        for m in _SHARE_OF.finditer(sent.loose):
            first = sent.fig(m, "first")
            if first is None or not (first.currency or first.kind == "number"):
                continue
            parts = [first] + [
                shared_unit(first, f, sent.text, sent.start)[1]
                for f in _figures(sent, m.group("list"))
            ]
            if any(p.kind != first.kind for p in parts) or any(
                as_input(sent.text, p, sent.start) is None for p in parts
            ):
                continue
            whole = resolve_whole(
                scan,
                index,
                max(parts, key=lambda p: p.value),
                m.group("phrase"),
                m.start("phrase") + sent.start,
            )
            if whole is None or whole[0].kind != first.kind:
                continue
            finding = _verdict(whole[0], parts, _PARTIAL, "checks.parts.share_of_total")
            if finding.verdict == "inconsistent" and not whole[1].strong:
                finding = finding.model_copy(
                    update={
                        "verdict": "unverifiable",
                        "message": finding.message + " ('the total' may be another whole)",
                    }
                )
            findings.append(finding)
    return findings


def _counts(sent: Masked, figures: list[Figure]) -> bool:
    """Plain counts: no percentage, money, date or bound among them."""
    return len(figures) >= 2 and all(
        f.kind == "number" and as_input(sent.text, f, sent.start) is not None for f in figures
    )


def _verdict(total: Figure, parts: list[Figure], mode: str, rule: str) -> Finding:
    kind = "disjoint" if mode == _PARTIAL else "exact"
    return parts_verdict(total, parts, kind, rule, " (the list may leave parts out)")

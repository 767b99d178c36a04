"""Shares bound to their part and whole by the words around them, whatever the order.

A share's **part** is the figure bound to it: set off beside it ("480, or one in four", "one
in four (480)", "a quarter of them, 210,", "400 said they skipped meals, or 25%") or the
figure of an "N of ..." pair. Its **whole** is the figure the words mark as one: "of the
2,000 homes" after the share or the part, a sentence opening "Of the 840 pupils,", or the
figure "of them / of whom / of which / of it" points back to (the nearest plain figure
before it; at the start of a sentence, the one plain figure of the sentence before).

Every reading needs one part and one whole, each found by its own cue; two different
candidates for either, and nothing is said. The phrase patterns of :mod:`.shares` run first;
this reader only adds shares they left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..models import Finding
from .figures import Figure, Masked, Scan
from .inputs import as_input
from .operands import anaphor_whole, carry_unit, plain_operand
from .share_words import share_regex, share_span, share_text, stated_share, verdict_for_share

__all__ = ["check_share_bind"]

_DET = r"(?:(?:the|its|their|his|her|our|these|those|all|all\s+the)\s+)?"
_PRONOUN = r"(?:them|whom|which|it|those|these)"
_FIG = r"#(\d+)#"


@dataclass(frozen=True)
class _Share:
    match: re.Match[str]
    start: int
    end: int
    own: frozenset[int]
    """The indexes of the figures the share itself is written with."""


@cache
def _share() -> re.Pattern[str]:
    return re.compile(share_regex(), re.I)


_QUAL = (
    r"(?:(?:almost|nearly|about|around|roughly|some|more\s+than|over|just\s+over|just\s+under"
    r"|less\s+than|well\s+over|well\s+under|under|exactly|precisely|just|close\s+to"
    r"|approximately)\s+)?"
)
_SET_OFF_BEFORE = re.compile(
    rf"^(?:(?:\s+(?:out\s+)?of\s+{_DET}#\d+#)?"  # "6,000 of the 12,000 families ..., half"
    r"(?:\s+[A-Za-z][A-Za-z'’-]*){0,8}?\s*(?:\(\s*|,\s+(?:or\s+)?|\s+or\s+|\s*[—–-]\s*)"
    r"|(?:\s+[A-Za-z][A-Za-z'’-]*){0,4}?\s+(?:represent(?:s|ed)?|account(?:s|ed)?\s+for"
    r"|ma(?:de|kes?)\s+up|(?:is|are|was|were)(?:\s+equal\s+to)?|equal(?:s|led)?"
    r"|amount(?:s|ed)?\s+to)\s+)"
    rf"{_QUAL}$",
    re.I,
)
"""Between a part and the share after it: "480, or", "210 pupils (", "400 said they had
skipped meals, or" (up to eight words, no figure, no comma before the link), "1,100 job
losses represent" (a verb that states a share)."""
_SET_OFF_AFTER = re.compile(
    rf"^(?:\s+of\s+{_PRONOUN})?(?P<of>\s+of\s+{_DET}{_FIG}(?:\s+[a-z][a-z'’-]*){{0,3}})?"
    r"(?:\s*(?:\(\s*|,\s+(?:or\s+)?|\s*[—–-]\s*)|(?:\s+[a-z][a-z'’-]*){1,6}\s*\(\s*)"
    r"(?:some\s+|about\s+|around\s+)?$",
    re.I,
)
"""Between a share and the part after it: "one in four (", "a quarter of them, ", "one in
four of the 2,000 homes checked, ", "half were in London (" (words, then a bracket)."""
_PART_END = re.compile(
    r"^(?:\s*(?:[,.;)]|[—–-]|$|\s+(?:in\s+all|in\s+total)\b)|(?:\s+[A-Za-z]+){1,2}\s*\))"
)
_OF_WHOLE = re.compile(
    rf"^\s*\)?(?:\s+[A-Za-z][A-Za-z'’-]*){{0,5}}?\s+(?:out\s+)?of\s+{_DET}{_FIG}"
)
_COMPARED = re.compile(
    r"^\s*,?\s*(?:more|less|fewer|higher|lower|up|down|above|below|over|under|than|on|from"
    r"|increase|rise|gain|fall|drop|decline|jump|points?|a\s+year|year-on-year)\b",
    re.I,
)
"""After a percentage, words that make it a change or a gap, not a share."""
_NAMED_WHOLE = re.compile(
    rf"^\s+of\s+(?!{_PRONOUN}\b|(?:the\s+)?total\b|all\b|{_DET}#)[A-Za-z]", re.I
)
"""A share of a whole named by words ("of the town's workforce"): the noun readers' work."""
_NOUN_OF = re.compile(rf"^\s+of\s+{_DET}[a-z]+\s+of\s+{_FIG}", re.I)
"""A share of a whole named, then its figure: "a quarter of the workforce of 4,400"."""
_PAIR_WHOLE = re.compile(rf"#\d+#(?:\s+[a-z]+){{0,3}}?\s+(?:out\s+)?of\s+{_DET}$", re.I)
_REACH = 160
"""Characters between a share and a figure bound to it, at most."""
_VAGUE = {"the majority", "a majority", "most"}
"""Shares too loose to bind a figure set off beside them ("The majority of the 30 members,
14, voted": which 14?)."""
_OF_PRONOUN = re.compile(rf"^\s+of\s+{_PRONOUN}\b", re.I)
_OPENING_OF = re.compile(rf"^\W*(?:Of|Among|Out\s+of)\s+{_DET}{_FIG}", re.I)
_OPENING_ANAPHOR = re.compile(rf"^\W*(?:Of|Among)\s+{_PRONOUN}\s*,", re.I)


def check_share_bind(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        tokens: list[tuple[int, int, int]] | None = None
        text = share_text(sent)
        for m in _share().finditer(text):
            if not stated_share(sent, m)[1] or (m.group("frac") or "").lower() in _VAGUE:
                continue  # a plain figure, not a share; or a vague one
            own = frozenset(int(t) for t in re.findall(_FIG, m.group(0)))
            tokens = _tokens(text) if tokens is None else tokens
            found = _read(scan, index, sent, _Share(m, m.start(), m.end(), own), tokens)
            if found is not None:
                findings.append(found)
    return findings


def _tokens(text: str) -> list[tuple[int, int, int]]:
    """(figure index, start, end) of every ``#k#`` figure token in ``text``."""
    return [(int(t.group(1)), t.start(), t.end()) for t in re.finditer(_FIG, text)]


def _rivals(
    sent: Masked, tokens: list[tuple[int, int, int]], part_k: int, whole: Figure, at: int
) -> bool:
    """Whether another plain figure of the part's kind stands before the share (not the
    part, not a whole): the share may be of either."""
    kind = sent.figures[part_k].kind
    return any(
        k != part_k
        and sent.figures[k].start != whole.start
        and a < at
        and (f := plain_operand(sent, sent.figures[k])) is not None
        and f.kind == kind
        for k, a, _ in tokens
    )


def _read(
    scan: Scan, index: int, sent: Masked, s: _Share, tokens: list[tuple[int, int, int]]
) -> Finding | None:
    text = s.match.string
    named = _NAMED_WHOLE.match(text[s.end :]) and not _NOUN_OF.match(text[s.end :])
    if _COMPARED.match(text[s.end :]) or named:
        return None  # "20 pct more than last year"; "20 pct of the town's workforce"
    tokens = [t for t in tokens if t[0] not in s.own]
    parts: dict[int, tuple[int, str]] = {}  # figure index -> (gap to the share, side)
    wholes: dict[int, str] = {}
    if w := _OPENING_OF.match(text):
        wholes[int(w.group(1))] = "opening of"
    for k, a, b in tokens:
        if k in wholes or s.start - b > _REACH or a - s.end > _REACH:
            continue
        if _PAIR_WHOLE.search(text[max(0, a - 60) : a]):
            continue  # the whole of an "N of the M" pair is no part
        if b <= s.start and _SET_OFF_BEFORE.match(text[b : s.start]):
            parts[k] = (s.start - b, "before")
        if a >= s.end and _PART_END.match(text[b:]):
            after = _SET_OFF_AFTER.match(text[s.end : a])
            if after:
                parts[k] = (a - s.end, "after")
                if after.group("of"):
                    wholes[int(re.search(_FIG, after.group("of")).group(1))] = "share of"
    if _OF_PRONOUN.match(text[s.end :]):  # "a quarter of whom (210)": what comes before is
        parts = {k: v for k, v in parts.items() if v[1] == "after"}  # what "whom" means
    if not parts:
        return None
    # the nearest set-off figure is the part: "Of the 2,000 homes checked, nearly one in
    # four (480)" binds 480, not the whole before it
    part_k = min(parts, key=lambda k: parts[k][0])
    part = sent.figures[part_k]
    if part.is_word and part.value < 1:
        return None  # another share ("a quarter") is no part
    # the whole
    if w := re.match(rf"^\s+(?:out\s+)?of\s+{_DET}{_FIG}", text[s.end :], re.I) or _NOUN_OF.match(
        text[s.end :]
    ):
        wholes[int(w.group(1))] = "share of"
    part_at = next(a for k, a, _ in tokens if k == part_k)
    part_end = part_at + len(f"#{part_k}#")
    if w := _OF_WHOLE.match(text[part_end:]):
        wholes[int(w.group(1))] = "part of"
    pronoun_at = None
    for at in (s.end, part_end):
        if _OF_PRONOUN.match(text[at:]):
            pronoun_at = min(at, part_at, s.start)
    wholes.pop(part_k, None)
    candidates = [f for k in wholes if (f := plain_operand(sent, sent.figures[k])) is not None]
    if pronoun_at is not None:
        prior = [
            f
            for k, a, _ in tokens
            if a < pronoun_at and k != part_k and k not in wholes
            and (f := plain_operand(sent, sent.figures[k])) is not None
            and carry_unit(part, f, sent).kind == f.kind
        ]  # fmt: skip
        if prior:
            candidates.append(prior[-1])
        elif (prev := anaphor_whole(scan, index, part.kind)) is not None:
            candidates.append(prev.figure)
    elif _OPENING_ANAPHOR.match(text) and (prev := anaphor_whole(scan, index, part.kind)):
        candidates.append(prev.figure)
    if len({f.value for f in candidates}) != 1:
        return None
    whole = candidates[0]
    if parts[part_k][1] == "before" and _rivals(sent, tokens, part_k, whole, s.start):
        return None  # "480 had faulty wiring and 300 were condemned, a fifth": which one?
    part_in = as_input(sent.text, carry_unit(part, whole, sent), sent.start)
    if part_in is None or part_in.percent or part_in.kind != whole.kind:
        return None
    if part_in.kind == "date" or part_in.value >= whole.value or _article(part, whole):
        return None
    fig, words, iv, pct = stated_share(sent, s.match)
    if not words:
        return None
    start, end = share_span(sent, s.match, fig)
    if parts[part_k][1] == "after":
        end = max(end, part.end)  # "..., or 580": the finding covers the part it checks
    found = verdict_for_share(
        part_in, whole, fig, words, iv, pct, "checks.shares.bound", start, end
    )
    if found.verdict == "inconsistent" and _far_off(found):
        return None  # a link this far off is likelier wrong than the figure
    return found


def _article(*figures: Figure) -> bool:
    """ "One ADR represents 0.75 pct of one B share": "one" is an article, not a count."""
    return any(f.is_word and f.value == 1 for f in figures)


def _far_off(found: Finding) -> bool:
    """Whether the recomputed share is more than four times off the stated one."""
    lo, hi = found.allowed or (None, None)
    mid = hi if lo is None else lo if hi is None else (lo + hi) / 2
    if found.computed is None or not mid or found.computed <= 0:
        return True
    return not 0.25 <= found.computed / mid <= 4

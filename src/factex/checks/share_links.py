"""Shares whose part or whole sits outside the phrase: found by what the words point at.

- "412 households in temporary accommodation, 238 of them families - nearly two-thirds":
  "of them" is the nearest figure before it (``of_them``);
- "Of those, 24,380 were women, about 43%"; "Of those, 35% would be affordable, or 580": the
  whole is the one plain figure of the sentence before (``of_those``);
- "41 of its 112 ambulances queuing outside hospitals, more than a third of its fleet": a
  stated pair, then its share after a long gap (``pair_then_share``);
- "Some 19,680 were on remand, more than one in five of all prisoners"; "More than a quarter
  of private renting households, 1.3 million, include children": the whole is the one figure
  of that noun in the sentence or the three before (``share_of_noun``);
- "jails 98.6% full" / "Brookfield, built for 260 children, is less than half full": a share
  of a stated capacity (``full``).

Every operand is found by :mod:`.operands` (unique candidate only). A link that rests on the
words alone (the nearest figure, a person noun for "prisoners") is *weak*: a match is
reported as consistent, a mismatch as unverifiable, never as an error.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Finding
from .antecedents import _NOT_WHOLES, antecedents, same_noun
from .figures import F, Figure, Masked, Scan
from .inputs import as_input
from .operands import (
    Operand,
    anaphor_whole,
    capacity_of,
    carry_unit,
    counted_noun,
    noun_whole,
    plain_operand,
    share_links,
)
from .share_words import (
    NP_END,
    OF,
    share_regex,
    share_span,
    share_text,
    stated_share,
    verdict_for_share,
)
from .util import unverifiable

__all__ = ["check_share_links"]

_SET_OFF = r"(?:,\s+(?:or\s+)?|\s+[—–-]\s+|\s*\(\s*)"
"""A share set off after its part: ", or 25%", " - a third", " (25%"."""
_ENDS = r"(?=\s*(?:[.;,)]|[—–-]|$))"
_DET = r"(?:(?:all\s+)?(?:the|its|their|his|her|our|these|those)\s+|all\s+)"
_WORD = r"[a-z][a-z'’-]*"
_PAIR_WORDS = r"(?:\s+(?!(?:on|from|against|to|in|at|for|with|by|and|or)\b)[a-z]+){0,3}"
"""Words between the part and "of" in a pair ("41 of", "238 homes of"), never a preposition:
"60 mln dlrs on revenues of 456.2 mln" is no pair."""
_TRAILING_OF = rf"(?P<tail>\s+of\s+{_DET}?{_WORD}(?:\s+{_WORD}){{0,2}})?"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    share = share_regex()
    anaphor = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in share_links().anaphors)
    np = rf"(?P<np>{_DET}?{_WORD}(?:\s+{_WORD}){{0,2}}?)"
    return {
        "of_them": re.compile(
            rf"{F('whole')}[^#.;]{{0,100}}?,\s+{F('part')}\s+of\s+(?:them|those|these)\b"
            rf"[^#.;()]{{0,60}}?{_SET_OFF}{share}{_ENDS}",
            re.I,
        ),
        "of_those_part": re.compile(
            rf"^\W*Of\s+(?:{anaphor})\s*,\s+(?:some\s+|about\s+|around\s+)?{F('part')}"
            rf"[^#.;()]{{0,80}}?{_SET_OFF}{share}{_TRAILING_OF}{_ENDS}",
            re.I,
        ),
        "of_those_share": re.compile(
            rf"^\W*Of\s+(?:{anaphor})\s*,\s+{share}[^#.;()]{{0,80}}?"
            rf"(?:,\s+or\s+|\s*\(\s*|\s+[—–-]\s+)(?:some\s+|about\s+|around\s+)?{F('part')}"
            rf"(?=\s*(?:[.;,)]|$))",
            re.I,
        ),
        "pair_then_share": re.compile(
            rf"{F('part')}{_PAIR_WORDS}{OF}{F('whole')}(?P<wnoun>\s+{_WORD})?[^#.;()]{{0,90}}?"
            rf"(?:,\s+(?:or\s+)?|\s+[—–-]\s+){share}{_TRAILING_OF}{_ENDS}",
            re.I,
        ),
        "share_of_noun": re.compile(
            rf"{F('part')}(?P<pnoun>\s+{_WORD})?[^#.;]{{0,100}}?(?:,\s+(?:or\s+)?|\s+[—–-]\s+)"
            rf"{share}\s+of\s+{np}{NP_END}",
            re.I,
        ),
        "share_of_noun_part": re.compile(
            rf"{share}\s+of\s+{np}\s*,\s+(?:some\s+|about\s+|around\s+)?{F('part')}\s*,", re.I
        ),
        "full": re.compile(rf"{share}\s+full\b", re.I),
    }


_GENERIC_TAIL = re.compile(
    r"^\s+of\s+(?:the\s+|all\s+)?(?:total|field|them|those|these|all|group)$", re.I
)


def check_share_links(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        for name, pattern in _patterns().items():
            for m in pattern.finditer(share_text(sent)):
                found = _READERS[name](scan, index, sent, m)
                if found is not None:
                    findings.append(found)
    return findings


def _judge(
    sent: Masked, m: re.Match[str], part: Figure, whole: Figure, rule: str, strong: bool,
    *, why: str = "the link rests on the words alone", end: int | None = None,
) -> Finding | None:  # fmt: skip
    """The finding for ``part`` of ``whole`` against the share ``m`` states; a weak link
    that fails is unverifiable."""
    part = carry_unit(part, whole, sent)
    if part.kind != whole.kind or part.percent or whole.percent or part.value > whole.value:
        return None
    fig, words, iv, pct = stated_share(sent, m)
    if not words:
        return None
    start, stop = share_span(sent, m, fig)
    stop = max(stop, end or stop)
    found = verdict_for_share(
        part, whole, fig, words, iv, pct, f"checks.shares.{rule}", start, stop
    )
    if found.verdict == "inconsistent" and not strong:
        return unverifiable(
            "share",
            None,
            f"{words}: {why} ({found.message})",
            f"checks.shares.{rule}",
            [part.text, whole.text],
            start=start,
            end=stop,
            stated=words,
        )
    return found


def _part(sent: Masked, m: re.Match[str]) -> Figure | None:
    part = sent.fig(m, "part")
    if part is None or part.percent or part.kind == "date" or (part.is_word and part.value < 1):
        return None
    return as_input(sent.text, part, sent.start)


def _of_them(scan: Scan, index: int, sent: Masked, m: re.Match[str]) -> Finding | None:
    part, whole = _part(sent, m), sent.fig(m, "whole")
    if part is None or whole is None or (whole := plain_operand(sent, whole)) is None:
        return None
    return _judge(sent, m, part, whole, "of_them", strong=True)


def _of_those(scan: Scan, index: int, sent: Masked, m: re.Match[str]) -> Finding | None:
    part = _part(sent, m)
    if part is None or (whole := anaphor_whole(scan, index, part.kind)) is None:
        return None
    tail = m.groupdict().get("tail")
    strong = not tail or bool(_GENERIC_TAIL.match(tail))
    end = part.end if _name(m) == "of_those_share" else None
    return _judge(sent, m, part, whole.figure, "of_those", strong, end=end)


def _pair_then_share(scan: Scan, index: int, sent: Masked, m: re.Match[str]) -> Finding | None:
    part, whole = _part(sent, m), sent.fig(m, "whole")
    if part is None or whole is None or (whole := as_input(sent.text, whole, sent.start)) is None:
        return None
    tail, wnoun = m.group("tail"), m.group("wnoun")
    strong = not tail or bool(
        (wnoun and same_noun(tail.split()[-1], wnoun.strip())) or _GENERIC_TAIL.match(tail)
    )
    why = "the share may be of another whole than the pair's"
    return _judge(sent, m, part, whole, "pair_then_share", strong, why=why)


def _head(np: str) -> str | None:
    """The head noun of a whole named by words, or None when it names no count."""
    words = np.split()
    head = words[-1].lower()
    skip = set(antecedents().generic_heads) | _NOT_WHOLES | set(share_links().anaphors)
    if head in skip or len(head) < 3 or (not head.endswith("s") and head not in _MASS):
        return None
    return head


_MASS = {"staff", "workforce", "revenue", "population"}


def _share_of_noun(scan: Scan, index: int, sent: Masked, m: re.Match[str]) -> Finding | None:
    part = _part(sent, m)
    if part is None or (head := _head(m.group("np"))) is None:
        return None
    at = part.start if _name(m) == "share_of_noun" else sent.start
    whole = noun_whole(scan, index, head, at, kind=part.kind)
    if whole is None or whole.figure.start == part.start:
        return None
    np = re.sub(rf"^{_DET}", "", m.group("np"), flags=re.I).split()[:-1]
    if not all(_carried(w, scan.sentences[whole.sentence].text) for w in np):
        return None  # "of the outstanding shares" is not "6,300,000 common shares"
    pnoun = counted_noun(scan, sent, part)
    strong = whole.strong and not np and pnoun is not None and same_noun(pnoun, head)
    why = f"'{m.group('np')}' may count more than {whole.figure.text}"
    return _judge(sent, m, part, whole.figure, "share_of_noun", strong, why=why)


def _carried(modifier: str, text: str) -> bool:
    """Whether the whole's sentence carries a modifier of the noun, by its stem ("private
    renting households" and "4.7 million households rent privately").

    >>> _carried("renting", "households rent privately"), _carried("outstanding", "common shares")
    (True, False)
    """
    stem = modifier.lower()[: max(4, len(modifier) - 3)]
    return any(w.startswith(stem) for w in re.findall(r"[a-z]+", text.lower()))


_NAME = re.compile(r"^\W*(?P<name>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3})\s*[,\s]")


def _full(scan: Scan, index: int, sent: Masked, m: re.Match[str]) -> Finding | None:
    capacity = capacity_of(scan, index)
    if capacity is None:
        return None
    part = _named_part(scan, index, sent)
    if part is None:
        cap_sent = scan.sentences[capacity.sentence]
        found = [
            g
            for f in cap_sent.figures
            if f is not capacity.figure
            and f.kind == capacity.figure.kind
            and (g := plain_operand(cap_sent, f)) is not None
        ]
        if len({f.value for f in found}) != 1:
            return None
        part = Operand(found[0], capacity.sentence, False)
    why = f"{part.figure.text} may not be what fills the capacity"
    return _judge(sent, m, part.figure, capacity.figure, "full", part.strong, why=why)


def _named_part(scan: Scan, index: int, sent: Masked) -> Operand | None:
    """ "Brookfield, which was built for 260 children, is less than half full" after
    "... and Brookfield (141) would close": the one figure bracketed after the sentence's
    opening name in the three sentences before."""
    name = _NAME.match(sent.text)
    if name is None or len(name.group("name")) < 4:
        return None
    pattern = re.compile(rf"\b{re.escape(name.group('name'))}\s*\(\s*{F('part')}\s*\)")
    for k in range(index - 1, max(-1, index - 4), -1):
        prev = scan.sentences[k]
        hits = [prev.fig(h, "part") for h in pattern.finditer(prev.loose)]
        if len(hits) == 1 and hits[0] is not None:
            return Operand(hits[0], k, True)
        if hits:
            return None
    return None


def _name(m: re.Match[str]) -> str:
    return next(k for k, p in _patterns().items() if p is m.re)


_READERS = {
    "of_them": _of_them,
    "of_those_part": _of_those,
    "of_those_share": _of_those,
    "pair_then_share": _pair_then_share,
    "share_of_noun": _share_of_noun,
    "share_of_noun_part": _share_of_noun,
    "full": _full,
}

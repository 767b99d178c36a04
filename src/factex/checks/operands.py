"""Operands found across sentences: the one figure of a noun (or of a capacity, or named by an
anaphor) in a sentence or the few before it, unique candidate only.

A share, a total or an average often names one of its inputs by words ("of all prisoners",
"Of those,", "its capacity") rather than by a figure. The resolvers here look for the figures
those words can stand for, nearest sentence first; the first sentence holding a candidate
decides, and when it holds two different values nothing is returned: never a guess.

An operand is a *plain* figure: stated as a value, not a date, a percentage, a bound ("more
than 50,000"), the base of a comparison ("up from 900") or a rate ("84 a day"). An
approximate figure ("some 39,900") is kept, widened to its last non-zero digit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict

from ..resources import load_lexicon, load_model
from .antecedents import counted_noun_of, same_noun
from .averages import is_base, is_rate
from .figures import Figure, Masked, Scan
from .inputs import as_input, shared_unit

__all__ = [
    "Operand",
    "ShareLinks",
    "anaphor_whole",
    "capacity_of",
    "carry_unit",
    "counted_noun",
    "noun_whole",
    "plain_operand",
    "share_links",
]


class ShareLinks(BaseModel):
    """data/share_links.json, validated when first loaded."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    description: str = ""
    people_heads: list[str]
    """Heads that name people counted under another noun ("all prisoners", "its staff"):
    they take a count of a person noun ("87,453 people"), as a weak link."""
    capacity_cues: list[str]
    """Words right before a figure that make it a capacity ("capacity of", "built for")."""
    anaphors: list[str]
    """Words after a sentence-opening "Of" that point back to a figure ("Of those,")."""
    same_measure: list[list[str]] = []
    """Nouns that name one measure ("sales", "revenue", "turnover")."""


@cache
def share_links() -> ShareLinks:
    return load_model("share_links.json", ShareLinks)


@dataclass(frozen=True)
class Operand:
    """A figure found for an input, and how surely the words point at it."""

    figure: Figure
    sentence: int
    strong: bool
    """Whether a mismatch may be called an error: the words name this figure by its own
    noun (or as the one figure an anaphor can mean), not by a looser class of nouns."""


def plain_operand(sent: Masked, fig: Figure) -> Figure | None:
    """``fig`` as an input (approximate figures widened), or None when it is no plain value:
    a date, percentage, softened figure (modifier, conversion), bound, base or rate.

    >>> from factex.checks.figures import read_sentence
    >>> t = "some 900 homes, more than 50 flats, up from 700, 84 a day"
    >>> s = read_sentence(t, 0, len(t))
    >>> [bool(plain_operand(s, f)) for f in s.figures]
    [True, False, False, False]
    """
    k = sent.figures.index(fig) if fig in sent.figures else -1
    if k < 0 or k in sent.soft or fig.percent or fig.kind in ("date", "unit:range"):
        return None
    if fig.value <= 0 or is_base(sent, fig) or is_rate(sent, fig):
        return None
    return as_input(sent.text, fig, sent.start)


def counted_noun(scan: Scan, sent: Masked, fig: Figure) -> str | None:
    """The noun a bare count counts ("2,911 confirmed cases" → "cases"), else None."""
    return counted_noun_of(scan, fig, sent)


def _unique(found: list[Operand]) -> Operand | bool | None:
    """The one operand of ``found`` (one value), False for several values, None for none."""
    if not found:
        return None
    if len({o.figure.value for o in found}) != 1:
        return False
    return found[-1]


def noun_whole(
    scan: Scan, index: int, head: str, at: int, *, kind: str | None = None, back: int = 3
) -> Operand | None:
    """The one plain figure counting ``head`` ("households" → "4.7 million households")
    stated before offset ``at`` in sentence ``index`` or up to ``back`` sentences before it,
    nearest first; ``kind`` restricts the unit family. A head naming people under another
    noun ("prisoners", "staff") also takes a count of a person noun, as a weak link; a
    same-noun count in the same sentence beats it."""
    people = {w.lower() for w in load_lexicon().person_nouns}
    loose = head.lower() in share_links().people_heads
    for k in range(index, max(-1, index - back - 1), -1):
        sent = scan.sentences[k]
        same, near = [], []
        for f in sent.figures:
            if f.end > at or (kind is not None and f.kind != kind):
                continue
            g = plain_operand(sent, f)
            noun = counted_noun(scan, sent, f) if g is not None else None
            if g is None or noun is None:
                continue
            if same_noun(head, noun):
                same.append(Operand(g, k, True))
            elif loose and noun.split()[-1].lower() in people:
                near.append(Operand(g, k, False))
        for found in (same, near):
            one = _unique(found)
            if one is False:
                return None
            if one is not None:
                return one  # type: ignore[return-value]
    return None


def anaphor_whole(scan: Scan, index: int, kind: str) -> Operand | None:
    """ "Of those, 24,380 were women": the one plain figure of ``kind`` the sentence before
    ``index`` states (counts in a date or duration, bases and rates are not candidates)."""
    if index == 0:
        return None
    sent = scan.sentences[index - 1]
    found = [
        Operand(g, index - 1, True)
        for f in sent.figures
        if f.kind == kind and (g := plain_operand(sent, f)) is not None
    ]
    one = _unique(found)
    return one if isinstance(one, Operand) else None


@cache
def _capacity_cue() -> re.Pattern[str]:
    words = sorted(share_links().capacity_cues, key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\b(?:{alt})\s*$", re.I)


def capacity_of(scan: Scan, index: int, *, around: int = 1) -> Operand | None:
    """The one figure stated as a capacity ("a capacity of 88,695", "built for 260") in
    sentence ``index`` or the ``around`` sentences either side, nearest first."""
    order = [index] + [k for d in range(1, around + 1) for k in (index - d, index + d)]
    for k in order:
        if not 0 <= k < len(scan.sentences):
            continue
        sent = scan.sentences[k]
        found = [
            Operand(f, k, True)
            for f in sent.figures
            if f.kind == "number"
            and _capacity_cue().search(sent.text[: f.start - sent.start][-40:])
            and plain_operand(sent, f) is not None
        ]
        one = _unique(found)
        if one is False:
            return None
        if one is not None:
            return one  # type: ignore[return-value]
    return None


def carry_unit(part: Figure, whole: Figure, sent: Masked) -> Figure:
    """``part`` (a figure of ``sent``) with the unit or currency of ``whole`` when it is
    written bare ("30,000 in May, out of 120,000 tonnes"; see
    :func:`factex.checks.inputs.shared_unit`).

    >>> from factex.checks.figures import read_sentence
    >>> t = "Exports were 30,000 in May, out of 120,000 tonnes"
    >>> s = read_sentence(t, 0, len(t))
    >>> carry_unit(s.figures[0], s.figures[1], s).kind
    'unit:metric_ton'
    """
    if part.kind != "number" or whole.kind == part.kind:
        return part
    return shared_unit(part, whole, sent.text, sent.start)[0]

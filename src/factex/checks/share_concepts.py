"""Shares said of a subject: "Cloud revenue jumped 13% to 4.87 billion euros and now accounts for
more than half of the company's sales"; "metals brought in more than three-quarters of
revenues".

The part is the figure the article states about the verb's subject (its
:attr:`~factex.models.Quantity.concept` begins with the subject's words: "Cloud revenue",
"Metals sales"); the whole is the figure stated about the noun after "of" alone ("Revenue
rose to 9.92 billion euros"; "sales", "revenue" and "turnover" name one figure). Both are
read from the dependency parse and the article's quantities, in the sentence and the three
before it, and each must be the one candidate of its kind: otherwise nothing is said.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..claims.referents import quantity_concepts
from ..models import Finding
from .figures import F, Figure, Masked, Scan
from .operands import plain_operand, share_links
from .share_words import (
    NP_END,
    share_regex,
    share_span,
    stated_share,
    unmask_offset,
    verdict_for_share,
)
from .util import noun_forms, unverifiable

__all__ = ["check_share_concepts"]

_DET = {"the", "its", "their", "his", "her", "our", "all", "a", "an", "company's", "group's"}


@cache
def _pattern() -> re.Pattern[str]:
    verbs = (
        r"account(?:s|ed|ing)?\s+for|ma(?:de|kes?|king)\s+up|br(?:ought|ings?|inging)\s+in"
        r"|represent(?:s|ed|ing)?|generat(?:ed|es?|ing)"
    )
    np = r"(?P<np>(?:[A-Za-z'’]+\s+){0,2}[a-z]+)"
    return re.compile(rf"\b(?P<verb>{verbs})\s+{share_regex()}\s+of\s+{np}{NP_END}", re.I)


def _words(text: str | None) -> list[str]:
    return [w for w in re.findall(r"[a-z][a-z'’-]*", (text or "").lower()) if w not in _DET]


def _synonyms(head: str) -> set[str]:
    for group in share_links().same_measure:
        if head in group:
            return set(group)
    return {head, head.rstrip("s")}


def _concept(concepts: list[str | None], scan: Scan, fig: Figure) -> list[str]:
    for i in scan.ctx.quantities_starting_in(fig.start, fig.end):
        return _words(concepts[i])
    return []


def _subject(scan: Scan, at: int) -> list[str]:
    """The words of the subject of the verb at offset ``at`` (through coordination and
    "meaning ...")."""
    span = scan.ctx.span(at, at + 1)
    tok = scan.ctx.verb_of(at, at + 1) if span is not None and span[0].pos_ == "NUM" else None
    tok = tok or (span[0] if span is not None else None)
    for _ in range(4):
        if tok is None:
            return []
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            s = subj[0]
            words = [t.text for t in s.lefts if t.dep_ in ("compound", "amod")] + [s.text]
            return _words(" ".join(words))
        if tok.dep_ not in ("conj", "xcomp") or tok.head is tok:
            return []
        tok = tok.head
    return []


def check_share_concepts(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    concepts: list[str | None] = []
    for index, sent in enumerate(scan.sentences):
        readers = ((_pattern(), _read), (_total_pattern(), _read_total), (_MARGIN, _read_margin))
        for pattern, read in readers:
            for m in pattern.finditer(sent.loose):
                if not concepts:  # the referent walk, only for an article with such a share
                    concepts = quantity_concepts(scan.ctx.doc, scan.ctx.quantities) or [None]
                found = read(scan, index, sent, m, concepts)
                if found is not None:
                    findings.append(found)
    return findings


def _read(
    scan: Scan, index: int, sent: Masked, m: re.Match[str], concepts: list[str | None]
) -> Finding | None:
    np = _words(m.group("np"))
    subject = _subject(scan, sent.start + unmask_offset(sent, m.start("verb")))
    if len(np) != 1 or not subject or (len(subject) == 1 and subject[0] in _synonyms(np[0])):
        return None
    at = sent.start + unmask_offset(sent, m.start())
    whole = _one(concepts, scan, index, at, lambda c: len(c) == 1 and c[0] in _synonyms(np[0]))
    if whole is None:
        return None
    part = _one(
        concepts,
        scan,
        index,
        at,
        lambda c: (
            len(c) >= len(subject)
            and all(noun_forms(a) & noun_forms(b) for a, b in zip(subject, c, strict=False))
        ),
        kind=whole.kind,
        back=1,
    )
    if part is None or part.value >= whole.value:
        return None
    fig, words, iv, pct = stated_share(sent, m)
    if not words:
        return None
    start, end = share_span(sent, m, fig)
    return verdict_for_share(
        part, whole, fig, words, iv, pct, "checks.shares.subject_share", start, end
    )


@cache
def _total_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"{F('part')}(?:\s+[a-z]+){{0,2}}\s*,\s+{share_regex()}\s+(?:of\s+)?(?:the|its|their)"
        r"\s+total\b",
        re.I,
    )


def _read_total(
    scan: Scan, index: int, sent: Masked, m: re.Match[str], concepts: list[str | None]
) -> Finding | None:
    """ "The surplus with the United States was 4.21 billion dlrs, more than half the total":
    the total is the one earlier figure of the part's kind stated about the subject's head
    noun alone ("trade surplus rose to 7.36 billion dlrs"). The article may never state the
    total meant, so a mismatch is unverifiable."""
    part = sent.fig(m, "part")
    if part is None or plain_operand(sent, part) is None:
        return None
    subject = _subject(scan, part.start)
    if not subject:
        return None
    head = subject[-1]
    whole = _one(
        concepts,
        scan,
        index,
        part.start,
        lambda c: bool(c) and bool(noun_forms(c[-1]) & noun_forms(head)),
        kind=part.kind,
    )
    if whole is None or whole.value <= part.value:
        return None
    fig, words, iv, pct = stated_share(sent, m)
    if not words:
        return None
    start, end = share_span(sent, m, fig)
    found = verdict_for_share(
        part, whole, fig, words, iv, pct, "checks.shares.subject_total", start, end
    )
    if found.verdict != "inconsistent":
        return found
    return unverifiable(
        "share",
        None,
        f"{words}: 'the total' may be another {head} than {whole.text} ({found.message})",
        "checks.shares.subject_total",
        [part.text, whole.text],
        start=start,
        end=end,
        stated=words,
    )


_MARGIN = re.compile(
    r"\bmargin\s+(?:of\s+|was\s+|at\s+|stood\s+at\s+|(?:rose|fell|widened|narrowed)\s+to\s+)?"
    rf"{F('pct')}",
    re.I,
)
_PROFIT = {"profit", "profits", "income", "earnings", "ebit", "ebitda"}


def _read_margin(
    scan: Scan, index: int, sent: Masked, m: re.Match[str], concepts: list[str | None]
) -> Finding | None:
    """ "Operating profit was 3.1 billion euros, giving a margin of 8.1%" against the one
    revenue figure of that currency stated nearby ("Revenue was 38.2 billion euros"). Which
    profit and which revenue a margin is taken on vary (gross, operating, a segment's), so a
    mismatch is unverifiable."""
    pct = sent.fig(m, "pct")
    if pct is None or pct.percent != "percent":
        return None
    at = sent.start + unmask_offset(sent, m.start())
    profits = [
        g
        for f in sent.figures
        if f.end <= at
        and f.kind.startswith("money:")
        and (g := plain_operand(sent, f)) is not None
        and _PROFIT & set(_concept(concepts, scan, f))
    ]
    if len({f.value for f in profits}) != 1:
        return None
    part = profits[0]
    whole = None
    near = range(max(0, index - 6), min(len(scan.sentences), index + 3))
    for k in sorted(near, key=lambda k: abs(k - index)):
        found = [
            g
            for f in scan.sentences[k].figures
            if f.kind == part.kind
            and (g := plain_operand(scan.sentences[k], f)) is not None
            and (c := _concept(concepts, scan, f))
            and len(c) == 1
            and c[0] in _synonyms("revenue")
        ]
        if len({f.value for f in found}) > 1:
            return None
        if found:
            whole = found[0]
            break
    if whole is None or whole.value <= part.value:
        return None
    found = verdict_for_share(
        part, whole, pct, pct.text, None, pct.value, "checks.shares.margin", pct.start, pct.end
    )
    if found.verdict != "inconsistent":
        return found
    return unverifiable(
        "share",
        None,
        f"margin {pct.text}: the profit or revenue meant may be another ({found.message})",
        "checks.shares.margin",
        [part.text, whole.text],
        start=pct.start,
        end=pct.end,
        stated=pct.text,
    )


def _one(
    concepts: list[str | None],
    scan: Scan,
    index: int,
    at: int,
    fits: Callable[[list[str]], bool],
    *,
    kind: str | None = None,
    back: int = 3,
) -> Figure | None:
    """The one plain figure before ``at`` whose concept ``fits``, nearest sentence first."""
    for k in range(index, max(-1, index - back - 1), -1):
        sent = scan.sentences[k]
        found = [
            g
            for f in sent.figures
            if f.end <= at
            and (kind is None or f.kind == kind)
            and (g := plain_operand(sent, f)) is not None
            and fits(_concept(concepts, scan, f))
        ]
        if len({f.value for f in found}) > 1:
            return None
        if found:
            return found[0]
    return None

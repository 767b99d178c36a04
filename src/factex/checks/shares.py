"""Shares read by phrase patterns: "60 of the 240 patients (25%)", "one in five of the 300
workers, or 60 people", "almost half of the 1,200 respondents (590)".

The stated share (a percentage, "k in n" or a fraction word; see :mod:`.share_words`) is
compared with part / whole. A whole named by words ("of the cases") is resolved by
:mod:`.antecedents`; shares whose part is found by position or an anaphor live in
:mod:`.share_nearest`.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Finding
from .antecedents import NounPhrase, resolve_whole
from .figures import F, Figure, Masked, Scan
from .share_bind import check_share_bind
from .share_concepts import check_share_concepts
from .share_links import check_share_links
from .share_nearest import check_nearest_part, check_rates, check_that_share
from .share_restated import check_restated_shares
from .share_words import (
    BARE,
    NOUNS,
    NP,
    NP_END,
    OF,
    datefree,
    fraction_interval,
    share_regex,
    share_span,
    stated_share,
    unmask_offset,
    verdict_for_share,
)
from .util import noun_forms, unverifiable

__all__ = ["check_shares", "fraction_interval", "verdict_for_share"]


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    share = share_regex()
    link = r"[^#.;]{0,60}?(?:,?\s+or\s+|\(\s*|[—–]\s*|,\s+with\s+)"
    aside = r"(?:,?\s+or\s+|\s*\(\s*|\s*[—–]\s*|,\s+)"
    later = r"[^#.;()]{0,40}?(?:\(\s*|,\s+or\s+)"
    before = r"[^#.;]{0,40}?,\s+"
    bracket = rf"\s*\(\s*{share}\s*\)"
    trailing = (
        rf"[^#.;()]{{0,50}}?,\s+(?:or\s+)?{share}(?=\s*(?:[.;]|$))"  # ", about one in seven."
    )
    # "of its workforce of 118,000": the whole named, then its figure
    named = r"(?:[a-z]+\s+){1,3}?of\s+"
    filled = r"(?:filled|full|met|complete|completed|reached|sold|booked|occupied|spent|used)"
    return [
        (
            "checks.shares.part_of_whole_pct",
            re.compile(rf"{F('part')}{NOUNS}{OF}{F('whole')}{later}{share}", re.I),
        ),
        (
            "checks.shares.part_of_whole_aside",  # "6 of the 30 staff, about one in five, ..."
            re.compile(
                rf"{F('part')}{NOUNS}{OF}{F('whole')}[^#.;(),]{{0,40}}?,\s+{share}"
                r"(?=\s*(?:[,.;]|$))",
                re.I,
            ),
        ),
        (
            "checks.shares.part_pct_of_whole",
            re.compile(rf"{F('part')}\s*\(\s*{share}\s*\){NOUNS}{OF}{F('whole')}", re.I),
        ),
        (
            "checks.shares.of_whole_part_pct",
            re.compile(rf"\bof\s+(?:the\s+)?{F('whole')}{before}{F('part')}{bracket}", re.I),
        ),
        (
            "checks.shares.of_whole_part_trailing",  # "Of the 90 staff, 30 left, about a third."
            re.compile(rf"\bof\s+(?:the\s+)?{F('whole')}{before}{F('part')}{trailing}", re.I),
        ),
        (
            "checks.shares.whole_of_which_part",
            re.compile(rf"{F('whole')}[^#.;]{{0,40}}?,\s+of\s+which\s+{F('part')}{bracket}", re.I),
        ),
        (
            "checks.shares.share_of_whole_part",
            re.compile(rf"{share}{OF}{F('whole')}{link}{F('part')}", re.I),
        ),
        (
            "checks.shares.part_or_share_of_whole",
            re.compile(
                rf"{F('part')}{NOUNS}{aside}{share}(?:{OF}|{BARE})(?:{named})?{F('whole')}",
                re.I,
            ),
        ),
        (
            "checks.shares.whole_filled_with_part",  # "the target of 15 mln was two-thirds
            # met, with 10.2 mln shipped"
            re.compile(
                rf"{F('whole')}[^#.;]{{0,30}}?\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+"
                rf"{share}\s+{filled}\b,?\s+with\s+{F('part')}",
                re.I,
            ),
        ),
        (
            "checks.shares.whole_share_of_them_part",  # "900 homes were hit, half of them
            # (450) in Kent": "them" is the figure before, with no other between
            re.compile(
                rf"{F('whole')}[^#.;]{{0,80}}?,\s+{share}\s+of\s+them"
                rf"\s*(?:\(\s*|,\s+|[—–]\s*){F('part')}",
                re.I,
            ),
        ),
        # wholes named by words, resolved to an earlier figure (checks.antecedents)
        (
            "checks.shares.part_of_named_whole",  # "300 of the cases, or 12%"
            re.compile(
                rf"{F('part')}{NOUNS}\s+(?:out\s+)?of\s+{NP}{NP_END}"
                rf"\s*(?:,?\s+or\s+|\(\s*|[—–]\s*){share}",
                re.I,
            ),
        ),
        (
            "checks.shares.part_share_of_named_whole",  # "300 bags, or 12% of the total"
            re.compile(
                rf"{F('part')}{NOUNS}{aside}{share}(?:\s+of|(?P<bare>))\s+{NP}{NP_END}",
                re.I,
            ),
        ),
        (
            "checks.shares.share_of_named_whole_part",  # "a third of the money, £2,000"
            re.compile(
                rf"{share}\s+of\s+{NP}{NP_END}"
                r"\s*(?:,\s+with\s+|,\s+or\s+|,\s+|\(\s*|[—–]\s*)"
                rf"{F('part')}",
                re.I,
            ),
        ),
    ]


def check_shares(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        seen: set[int] = set()
        masked = datefree(sent)
        for rule, pattern in _patterns():
            for m in pattern.finditer(masked):
                part = sent.fig(m, "part")
                whole = sent.fig(m, "whole") if "whole" in m.re.groupindex else None
                named = None
                if part is not None and "np" in m.re.groupindex:
                    at = sent.start + unmask_offset(sent, m.start("np"))
                    if (
                        resolved := resolve_whole(scan, index, part, m.group("np"), at)
                    ) is not None:
                        whole, named = resolved
                if part is None or whole is None or part.start in seen:
                    continue
                if (
                    part.percent
                    or whole.percent
                    or part.kind != whole.kind
                    or whole.value <= 0
                    or part.kind == "date"
                ):
                    continue
                if part.value > whole.value * 1.5:
                    continue  # not a part of that whole
                fig, words, iv, pct = stated_share(sent, m)
                if not words or (m.groupdict().get("bare") is not None and words != "half"):
                    continue  # "half the total"; never "30% the total"
                seen.add(part.start)
                start, end = share_span(sent, m, fig)
                found = verdict_for_share(part, whole, fig, words, iv, pct, rule, start, end)
                doubt = None
                if found.verdict == "inconsistent":
                    doubt = _doubt(sent, m, named, part, whole)
                if doubt:
                    found = unverifiable(
                        "share",
                        None,
                        f"{words}: {doubt} ({found.message})",
                        rule,
                        [part.text, whole.text],
                        start=start,
                        end=end,
                        stated=words,
                    )
                findings.append(found)
    findings += check_nearest_part(scan, {(f.start, f.end) for f in findings})
    findings += check_rates(scan) + check_that_share(scan)
    linked = check_share_links(scan) + check_share_concepts(scan) + check_share_bind(scan)
    linked += check_restated_shares(scan)
    return findings + _added(findings, linked)


def _added(found: list[Finding], linked: list[Finding]) -> list[Finding]:
    """The findings of :mod:`.share_links` on shares the phrase patterns left alone, or left
    unverifiable where the linked reading passes; the first of them per share."""
    out: list[Finding] = []
    for f in linked:
        clash = [g for g in found + out if g.start < f.end and f.start < g.end]
        if all(g.verdict == "unverifiable" for g in clash) and (
            not clash or f.verdict == "consistent"
        ):
            out.append(f)
    return out


def _plural_after(sent: Masked, fig: Figure) -> str | None:
    """The plural noun right after a count ("420 vans" → "vans"), else None."""
    m = re.match(r"\s+([a-z]{3,}s)\b", sent.text[fig.end - sent.start :])
    return m.group(1) if m and not m.group(1).endswith("ss") else None


def _doubt(
    sent: Masked, m: re.Match[str], named: NounPhrase | None, part: Figure, whole: Figure
) -> str | None:
    """Why a mismatch may not be an error: the whole is a weak link ("of the total"), or the
    part and the whole count different nouns."""
    if named is not None and not named.strong:
        return f"'{m.group('np')}' may name another figure than {whole.text}"
    if _other_nouns(sent, part, whole):
        return f"{part.text} and {whole.text} count different things"
    return None


def _other_nouns(sent: Masked, part: Figure, whole: Figure) -> bool:
    """Whether part and whole each count a plural noun, and not the same one ("two plants"
    against "3,000 cars"): a mismatch then says the link is wrong, not the figure.

    >>> from factex.checks.figures import read_sentence
    >>> t = "sold 420 vans from two plants, one in three of the 3,000 cars"
    >>> s = read_sentence(t, 0, len(t))
    >>> _other_nouns(s, s.figures[1], s.figures[3]), _other_nouns(s, s.figures[0], s.figures[3])
    (True, True)
    """
    a, b = _plural_after(sent, part), _plural_after(sent, whole)
    return a is not None and b is not None and not (noun_forms(a) & noun_forms(b))

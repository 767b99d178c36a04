"""Shares: "60 of the 240 patients (25%)", "one in five of the 300 workers, or 60 people",
"almost half of the 1,200 respondents (590)".

The stated share (a percentage, "k in n" or a fraction word) is compared with part / whole.
A percentage is rounding-aware; "one in five" allows n ± 0.5; fraction words allow the range
in data/checks.json, bounded by a qualifier ("almost half" is below a half).
"""

from __future__ import annotations

import math
import re
from functools import cache

from ..models import Finding
from .antecedents import NounPhrase, resolve_whole
from .figures import F, Figure, Masked, Scan, alternation, check_lexicon
from .tolerance import Interval, first_passing
from .util import make_finding, noun_forms, unverifiable

__all__ = ["check_shares", "fraction_interval", "verdict_for_share"]

_DEN = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}
_OF = (
    r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+|those\s+|these\s+"
    r"|[A-Z][\w-]*['’]s\s+)?"  # a possessive: "of Britain's 29.4 million households"
)
_NP = (
    r"(?P<np>(?:(?:all\s+)?(?:the|its|their|these|those)|all)\s+[A-Za-z][A-Za-z'’-]*"
    r"(?:\s+[A-Za-z][A-Za-z'’-]*){0,2}?)"
)
"""A whole named by words ("the cases", "the March total"), resolved by
:func:`factex.checks.antecedents.resolve_whole`."""
_NP_END = r"(?=\s*(?:[,.;:()—–]|$))"
_BARE = r"(?P<bare>\s+(?:the|its|their)\s+)"
"""No "of" after a fraction word ("half the 230mm", "half the total"): only after "half"."""
_NOUNS = r"[A-Za-z]*(?:\s+[A-Za-z@\d'’-]+){0,5}?"
"""Words between a figure and what follows; ``@k@`` is a date figure (see :func:`_datefree`)."""


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    lex = check_lexicon()
    qual = rf"(?:(?P<qual>{alternation(lex.fraction_qualifiers)})\s+)?"
    frac = (
        rf"(?:{F('k')}\s+in\s+(?:every\s+)?{F('n')}|{F('fnum')}[\s-](?P<fden>{alternation(_DEN)})"
        rf"|(?P<frac>{alternation(lex.fractions)})|{F('pct')})"
    )
    link = r"[^#.;]{0,60}?(?:,?\s+or\s+|\(\s*|[—–]\s*|,\s+with\s+)"
    aside = r"(?:,?\s+or\s+|\s*\(\s*|\s*[—–]\s*|,\s+)"
    later = r"[^#.;()]{0,40}?(?:\(\s*|,\s+or\s+)"
    before = r"[^#.;]{0,40}?,\s+"
    bracket = rf"\s*\(\s*{qual}{frac}\s*\)"
    trailing = (
        rf"[^#.;()]{{0,50}}?,\s+(?:or\s+)?{qual}{frac}(?=\s*(?:[.;]|$))"  # ", about one in seven."
    )
    # "of its workforce of 118,000": the whole named, then its figure
    named = r"(?:[a-z]+\s+){1,3}?of\s+"
    filled = r"(?:filled|full|met|complete|completed|reached|sold|booked|occupied|spent|used)"
    return [
        (
            "checks.shares.part_of_whole_pct",
            re.compile(rf"{F('part')}{_NOUNS}{_OF}{F('whole')}{later}{qual}{frac}", re.I),
        ),
        (
            "checks.shares.part_of_whole_aside",  # "6 of the 30 staff, about one in five, ..."
            re.compile(
                rf"{F('part')}{_NOUNS}{_OF}{F('whole')}[^#.;(),]{{0,40}}?,\s+{qual}{frac}"
                r"(?=\s*(?:[,.;]|$))",
                re.I,
            ),
        ),
        (
            "checks.shares.part_pct_of_whole",
            re.compile(rf"{F('part')}\s*\(\s*{qual}{frac}\s*\){_NOUNS}{_OF}{F('whole')}", re.I),
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
            re.compile(rf"{qual}{frac}{_OF}{F('whole')}{link}{F('part')}", re.I),
        ),
        (
            "checks.shares.part_or_share_of_whole",
            re.compile(
                rf"{F('part')}{_NOUNS}{aside}{qual}{frac}(?:{_OF}|{_BARE})(?:{named})?{F('whole')}",
                re.I,
            ),
        ),
        (
            "checks.shares.whole_filled_with_part",  # "the target of 15 mln was two-thirds
            # met, with 10.2 mln shipped"
            re.compile(
                rf"{F('whole')}[^#.;]{{0,30}}?\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+"
                rf"{qual}{frac}\s+{filled}\b,?\s+with\s+{F('part')}",
                re.I,
            ),
        ),
        (
            "checks.shares.whole_share_of_them_part",  # "900 homes were hit, half of them
            # (450) in Kent": "them" is the figure before, with no other between
            re.compile(
                rf"{F('whole')}[^#.;]{{0,80}}?,\s+{qual}{frac}\s+of\s+them"
                rf"\s*(?:\(\s*|,\s+|[—–]\s*){F('part')}",
                re.I,
            ),
        ),
        # wholes named by words, resolved to an earlier figure (checks.antecedents)
        (
            "checks.shares.part_of_named_whole",  # "300 of the cases, or 12%"
            re.compile(
                rf"{F('part')}{_NOUNS}\s+(?:out\s+)?of\s+{_NP}{_NP_END}"
                rf"\s*(?:,?\s+or\s+|\(\s*|[—–]\s*){qual}{frac}",
                re.I,
            ),
        ),
        (
            "checks.shares.part_share_of_named_whole",  # "300 bags, or 12% of the total"
            re.compile(
                rf"{F('part')}{_NOUNS}{aside}{qual}{frac}(?:\s+of|(?P<bare>))\s+{_NP}{_NP_END}",
                re.I,
            ),
        ),
        (
            "checks.shares.share_of_named_whole_part",  # "a third of the money, £2,000"
            re.compile(
                rf"{qual}{frac}\s+of\s+{_NP}{_NP_END}"
                r"\s*(?:,\s+with\s+|,\s+or\s+|,\s+|\(\s*|[—–]\s*)"
                rf"{F('part')}",
                re.I,
            ),
        ),
    ]


def fraction_interval(word: str, qualifier: str | None) -> Interval | None:
    """The shares a fraction word allows, bounded by its qualifier.

    >>> fraction_interval("half", None)
    Interval(lo=0.45, hi=0.55, hi_open=False)
    >>> fraction_interval("half", "almost")
    Interval(lo=0.45, hi=0.5, hi_open=True)
    >>> iv = fraction_interval("a third", "more than")
    >>> round(iv.lo, 3), round(iv.hi, 3)
    (0.333, 1.0)
    """
    lex = check_lexicon()
    word = " ".join(word.lower().split())
    if word not in lex.fractions:
        return None
    lo, hi = lex.fractions[word]
    return _qualified(Interval(lo, hi), qualifier, exact=_exact(word))


def _exact(word: str) -> float | None:
    for name, den in _DEN.items():
        if word.endswith(name):
            return (2 if word.startswith("two") else 3 if word.startswith("three") else 1) / den
    return None


def _qualified(iv: Interval, qualifier: str | None, exact: float | None) -> Interval:
    kind = check_lexicon().fraction_qualifiers.get(qualifier.lower()) if qualifier else None
    point = exact if exact is not None else iv.lo
    if kind == "below":
        return Interval(point - 0.1 * max(point, 0.5), point, True)
    if kind == "above":  # a floor only: "more than half" is true of 57.5% (and of 90%)
        return Interval(point, 1.0)
    return iv


def _stated(sent: Masked, m: re.Match[str]) -> tuple[Figure | None, str, Interval | None, float]:
    """(figure stated, its words, allowed share interval (0..1) or None for a percentage,
    percent value) for the share part of a match."""
    qualifier = m.group("qual")
    if (pct := sent.fig(m, "pct")) is not None:
        if pct.is_word and 0 < pct.value < 1:  # "half", "two-thirds" read as numbers
            iv = fraction_interval(pct.text, qualifier) or Interval(
                0.9 * pct.value, 1.1 * pct.value
            )
            return pct, pct.text, _qualified(iv, qualifier, pct.value), 0
        if pct.percent != "percent":
            return None, "", None, 0
        return pct, pct.text, None, pct.value
    if (k := sent.fig(m, "k")) is not None and (n := sent.fig(m, "n")) is not None:
        if n.value <= 0.5 or k.value <= 0:
            return None, "", None, 0
        iv = Interval(k.value / (n.value + 0.5), k.value / (n.value - 0.5))
        return k, f"{k.text} in {n.text}", _qualified(iv, qualifier, k.value / n.value), 0
    if (fnum := sent.fig(m, "fnum")) is not None:
        share = fnum.value / _DEN[m.group("fden").lower()]
        iv = Interval(0.9 * share, min(1.1 * share, 1.0))
        return fnum, f"{fnum.text} {m.group('fden')}", _qualified(iv, qualifier, share), 0
    if m.group("frac"):
        iv = fraction_interval(m.group("frac"), qualifier)
        return None, m.group("frac"), iv, 0
    return None, "", None, 0


def _datefree(sent: Masked) -> str:
    """The masked sentence with date figures written ``@k@`` (same length): a date ("by
    2028", "in 2024") may sit in a gap that refuses figures, and is never a part or whole."""
    out = sent.masked
    for k, f in enumerate(sent.figures):
        if f.kind == "date":
            out = out.replace(f"#{k}#", f"@{k}@", 1)
    return out


def check_shares(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        seen: set[int] = set()
        masked = _datefree(sent)
        for rule, pattern in _patterns():
            for m in pattern.finditer(masked):
                part = sent.fig(m, "part")
                whole = sent.fig(m, "whole") if "whole" in m.re.groupindex else None
                named = None
                if part is not None and "np" in m.re.groupindex:
                    at = sent.start + _unmask_offset(sent, m.start("np"))
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
                fig, words, iv, pct = _stated(sent, m)
                if not words or (m.groupdict().get("bare") is not None and words != "half"):
                    continue  # "half the total"; never "30% the total"
                seen.add(part.start)
                start, end = _span(sent, m, fig)
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
    return (
        findings
        + check_nearest_part(scan, {(f.start, f.end) for f in findings})
        + check_rates(scan)
        + check_that_share(scan)
    )


@cache
def _that_share() -> re.Pattern[str]:
    lex = check_lexicon()
    qual = rf"(?:(?P<qual>{alternation(lex.fraction_qualifiers)})\s+)?"
    frac = (
        rf"(?:{F('k')}\s+in\s+(?:every\s+)?{F('n')}|{F('fnum')}[\s-](?P<fden>{alternation(_DEN)})"
        rf"|(?P<frac>{alternation(lex.fractions)})|{F('pct')})"
    )
    verb = r"(?:was|is|represents|represented|accounts\s+for|accounted\s+for|makes\s+up|made\s+up)"
    named = r"(?:[a-z]+\s+){1,3}?of\s+"
    return re.compile(
        rf"^\W*(?:That|This|It)\s+{verb}\s+{qual}{frac}{_OF}(?:{named})?{F('whole')}", re.I
    )


def check_that_share(scan: Scan) -> list[Finding]:
    """ "Fuel fell 9% to £2.1bn from £2.3bn. That was nearly 30% of total costs of £7.1bn":
    "That" is the one figure of the whole's kind the sentence before states as a value (not
    a base, a conversion, a percentage or a date); with none or several, nothing is said."""
    from .averages import _is_base

    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        m = _that_share().match(sent.loose)
        previous = scan.previous(index)
        if m is None or previous is None:
            continue
        whole = sent.fig(m, "whole")
        if whole is None or whole.percent or whole.kind == "date" or whole.value <= 0:
            continue
        candidates = [
            f
            for k, f in enumerate(previous.figures)
            if k not in previous.soft
            and not f.percent
            and f.kind == whole.kind
            and not _is_base(previous, f)
        ]
        if len({f.value for f in candidates}) != 1 or candidates[0].value >= whole.value:
            continue
        fig, words, iv, pct = _stated(sent, m)
        if not words:
            continue
        start, end = _span(sent, m, fig)
        findings.append(
            verdict_for_share(
                candidates[-1], whole, fig, words, iv, pct, "checks.shares.that_share", start, end
            )
        )
    return findings


@cache
def _share_of_stated_whole() -> re.Pattern[str]:
    lex = check_lexicon()
    qual = rf"(?:(?P<qual>{alternation(lex.fraction_qualifiers)})\s+)?"
    frac = (
        rf"(?:{F('k')}\s+in\s+(?:every\s+)?{F('n')}|{F('fnum')}[\s-](?P<fden>{alternation(_DEN)})"
        rf"|(?P<frac>{alternation(lex.fractions)})|{F('pct')})"
    )
    return re.compile(
        rf"(?:,|[—–])\s+{qual}{frac}(?:{_OF}|{_BARE}){F('whole')}(?P<wnoun>(?:\s+[A-Za-z-]+){{0,4}})",
        re.I,
    )


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


def _noun_after(sent: Masked, fig: Figure, words: int = 2) -> set[str]:
    after = sent.text[fig.end - sent.start :]
    return {w.lower() for w in re.findall(r"[A-Za-z]+", after)[:words]}


def check_nearest_part(scan: Scan, done: set[tuple[int, int]]) -> list[Finding]:
    """A share set off after its part, with its whole stated: "13,088 beds were taken, about
    one in seven of the 91,600 beds"; "127mm fell in a day, more than half the 230mm". The
    part is the nearest figure before the share of the whole's kind (not a date, a
    conversion, a percentage or a comparison's base). A mismatch is called an error only
    when the part is tied to the whole by its noun or its measurement unit; otherwise it is
    unverifiable: the nearest figure may not be the part."""
    from .averages import _is_base

    findings: list[Finding] = []
    for sent in scan.sentences:
        loose = sent.loose
        for m in _share_of_stated_whole().finditer(loose):
            whole = sent.fig(m, "whole")
            if whole is None or whole.percent or whole.kind == "date" or whole.value <= 0:
                continue
            fig, words, iv, pct = _stated(sent, m)
            if not words or (m.group("bare") is not None and words != "half"):
                continue
            start, end = _span(sent, m, fig)
            if any(a < end and start < b for a, b in done):
                continue
            part = None
            for k in range(len(sent.figures) - 1, -1, -1):
                f = sent.figures[k]
                if f.end > sent.start + _unmask_offset(sent, m.start()) or k in sent.soft:
                    continue
                if f.percent or f.kind == "date" or f is fig:
                    continue
                if f.kind == whole.kind:
                    part = f
                    break
            if part is None or part.value >= whole.value or _is_base(sent, part):
                continue
            tied = whole.unit is not None or bool(
                _noun_after(sent, part)
                & {n for w in m.group("wnoun").split() for n in noun_forms(w)}
            )
            found = verdict_for_share(
                part, whole, fig, words, iv, pct, "checks.shares.nearest_part", start, end
            )
            if not tied and found.verdict == "inconsistent":
                found = unverifiable(
                    "share",
                    None,
                    f"{words}: {part.text} is the nearest figure, maybe not the part "
                    f"({found.message})",
                    "checks.shares.nearest_part",
                    [part.text, whole.text],
                    start=start,
                    end=end,
                    stated=words,
                )
            findings.append(found)
    return findings


_RATE = re.compile(
    rf"{F('rate')}\s+(?P<noun>[a-z]+)\s+per\s+{F('per')}(?:\s+(?:people|residents|inhabitants))?"
    rf",?\s+(?:in|among|from|for)\s+a\s+population\s+of\s+{F('pop')}",
    re.I,
)


def check_rates(scan: Scan) -> list[Finding]:
    """ "5.1 cases per 100,000 people in a population of 57.1 million" against the one earlier
    count of the noun ("2,911 cases"). The count is found by its noun, not stated with the rate,
    so a mismatch is reported as unverifiable: the count may be another group's."""
    findings = []
    for index, sent in enumerate(scan.sentences):
        for m in _RATE.finditer(sent.masked):
            rate, per, pop = (sent.fig(m, g) for g in ("rate", "per", "pop"))
            if rate is None or per is None or pop is None or pop.kind != "number":
                continue
            if per.kind != "number" or per.value < 100 or math.log10(per.value) % 1:
                continue  # per 1,000 / 100,000 / 1 million only
            resolved = resolve_whole(scan, index, rate, f"the {m.group('noun')}", rate.start)
            if resolved is None or resolved[0].value >= pop.value:
                continue
            count = resolved[0]
            computed = Interval(
                count.interval.lo / pop.interval.hi * per.value,
                count.interval.hi / pop.interval.lo * per.value,
            )
            rounding, allowed = first_passing(rate.value, rate.step, computed)
            desc = (
                f"{rate.text} {m.group('noun')} per {per.text}: {count.text} / {pop.text} "
                f"x {per.text} = {computed.mid:.2f}"
            )
            where = dict(start=rate.start, end=per.end, stated=f"{rate.text} per {per.text}")
            inputs = [count.text, pop.text]
            if rounding is None:
                findings.append(
                    unverifiable(
                        "share",
                        None,
                        f"{desc}: the count may be another group's",
                        "checks.shares.rate_per",
                        inputs,
                        **where,
                    )
                )
                continue
            findings.append(
                make_finding(
                    "share", "consistent", None, computed.mid, allowed, rounding, desc,
                    "checks.shares.rate_per", inputs, **where,
                )
            )  # fmt: skip
    return findings


def _span(sent: Masked, m: re.Match[str], fig: Figure | None) -> tuple[int, int]:
    if m.group("frac"):
        off = sent.start + _unmask_offset(sent, m.start("frac"))
        return off, off + len(m.group("frac"))
    if sent.fig(m, "n") is not None:
        return sent.fig(m, "k").start, sent.fig(m, "n").end  # type: ignore[union-attr]
    assert fig is not None
    return fig.start, fig.end


def _unmask_offset(sent: Masked, masked_offset: int) -> int:
    """Position in the sentence text of a masked-text offset."""
    shift = 0
    for k, f in enumerate(sent.figures):
        token = f"#{k}#"
        where = sent.masked.find(token)
        if where < 0 or where >= masked_offset:
            break
        shift += (f.end - f.start) - len(token)
    return masked_offset + shift


def verdict_for_share(
    part: Figure,
    whole: Figure,
    fig: Figure | None,
    words: str,
    iv: Interval | None,
    pct: float,
    rule: str,
    start: int,
    end: int,
) -> Finding:
    ratio = Interval(part.interval.lo / whole.interval.hi, part.interval.hi / whole.interval.lo)
    computed = 100 * ratio.mid
    inputs = [part.text, whole.text]
    where = dict(start=start, end=end, stated=words)
    desc = f"{words}: {part.text} of {whole.text} is {computed:.2f}%"
    if iv is None:
        assert fig is not None
        rounding, allowed = first_passing(pct, fig.step, ratio.scaled(100))
        note = "" if rounding != "truncation" else " (passes only by truncation)"
        return make_finding(
            "share",
            "consistent" if rounding else "inconsistent",
            None,
            computed,
            allowed,
            rounding,
            desc + note,
            rule,
            inputs,
            **where,
        )
    ok = iv.meets(ratio)
    return make_finding(
        "share",
        "consistent" if ok else "inconsistent",
        None,
        computed,
        iv.scaled(100),
        "exact" if ok else None,
        f"{desc}; '{words}' allows {100 * iv.lo:.1f}%..{100 * iv.hi:.1f}%",
        rule,
        inputs,
        **where,
    )

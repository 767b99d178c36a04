"""Shares whose part is not named beside them: the nearest figure before a share of a stated
whole ("13,088 beds were taken, about one in seven of the 91,600 beds"), "That was 30% of
total costs of £7.1bn" (the one figure of the sentence before), and rates per head of a
stated population ("5.1 cases per 100,000 people in a population of 57.1 million").
"""

from __future__ import annotations

import math
import re
from functools import cache

from ..models import Finding
from .antecedents import resolve_whole
from .figures import F, Figure, Masked, Scan
from .share_words import (
    BARE,
    OF,
    share_regex,
    share_span,
    stated_share,
    unmask_offset,
    verdict_for_share,
)
from .tolerance import Interval, first_passing
from .util import make_finding, noun_forms, unverifiable

__all__ = ["check_nearest_part", "check_rates", "check_that_share"]


@cache
def _that_share() -> re.Pattern[str]:
    share = share_regex()
    verb = r"(?:was|is|represents|represented|accounts\s+for|accounted\s+for|makes\s+up|made\s+up)"
    named = r"(?:[a-z]+\s+){1,3}?of\s+"
    return re.compile(rf"^\W*(?:That|This|It)\s+{verb}\s+{share}{OF}(?:{named})?{F('whole')}", re.I)


def check_that_share(scan: Scan) -> list[Finding]:
    """ "Fuel fell 9% to £2.1bn from £2.3bn. That was nearly 30% of total costs of £7.1bn":
    "That" is the one figure of the whole's kind the sentence before states as a value (not
    a base, a conversion, a percentage or a date); with none or several, nothing is said."""
    from .averages import is_base

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
            and not is_base(previous, f)
        ]
        if len({f.value for f in candidates}) != 1 or candidates[0].value >= whole.value:
            continue
        fig, words, iv, pct = stated_share(sent, m)
        if not words:
            continue
        start, end = share_span(sent, m, fig)
        findings.append(
            verdict_for_share(
                candidates[-1], whole, fig, words, iv, pct, "checks.shares.that_share", start, end
            )
        )
    return findings


@cache
def _share_of_stated_whole() -> re.Pattern[str]:
    share = share_regex()
    return re.compile(
        rf"(?:,|[—–])\s+{share}(?:{OF}|{BARE}){F('whole')}(?P<wnoun>(?:\s+[A-Za-z-]+){{0,4}})",
        re.I,
    )


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
    from .averages import is_base

    findings: list[Finding] = []
    for sent in scan.sentences:
        loose = sent.loose
        for m in _share_of_stated_whole().finditer(loose):
            whole = sent.fig(m, "whole")
            if whole is None or whole.percent or whole.kind == "date" or whole.value <= 0:
                continue
            fig, words, iv, pct = stated_share(sent, m)
            if not words or (m.group("bare") is not None and words != "half"):
                continue
            start, end = share_span(sent, m, fig)
            if any(a < end and start < b for a, b in done):
                continue
            part = None
            for k in range(len(sent.figures) - 1, -1, -1):
                f = sent.figures[k]
                if f.end > sent.start + unmask_offset(sent, m.start()) or k in sent.soft:
                    continue
                if f.percent or f.kind == "date" or f is fig:
                    continue
                if f.kind == whole.kind:
                    part = f
                    break
            if part is None or part.value >= whole.value or is_base(sent, part):
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

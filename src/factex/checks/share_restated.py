"""A share written twice: in words and as a percentage ("Almost a third (32%) of adults",
"38% - almost two in five - had no savings", "More than half of respondents (56%)").

The words allow an interval (data/checks.json, bounded by their qualifier: "almost a third"
is 28.3% up to, not including, 33.3%); the percentage stands for its rounding interval. The
two must meet. Only a percentage right beside the words counts (in brackets, or set off by
dashes or commas around the words), with at most two words between ("half of
respondents (56%)"), none of them a figure.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Finding
from .figures import F, Scan
from .share_words import share_regex, share_span, stated_share
from .tolerance import first_passing
from .util import make_finding

__all__ = ["check_restated_shares"]


@cache
def _patterns() -> list[re.Pattern[str]]:
    share = share_regex()
    return [
        re.compile(
            rf"{share}(?:\s+of(?:\s+(?:the|all))?(?:\s+[a-z][a-z'’-]*){{1,2}})?\s*\(\s*{F('p2')}\s*\)",
            re.I,
        ),
        re.compile(rf"{F('p2')}\s*(?:[—–]|\s-)\s*{share}\s*(?:[—–]|-\s|,)", re.I),
    ]


def check_restated_shares(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for sent in scan.sentences:
        for pattern in _patterns():
            for m in pattern.finditer(sent.loose):
                p2, pct = sent.fig(m, "p2"), sent.fig(m, "pct")
                if pct is not None and not (pct.is_word and 0 < pct.value < 1):
                    continue  # the words must be a fraction ("half", "two-thirds")
                if p2 is None or p2.percent != "percent":
                    continue  # ... and the restatement a percentage
                fig, words, iv, _ = stated_share(sent, m)
                if not words or iv is None:
                    continue
                start, end = share_span(sent, m, fig)
                rounding, _ = first_passing(p2.value, p2.step, iv.scaled(100))
                ok = rounding is not None
                findings.append(
                    make_finding(
                        "share",
                        "consistent" if ok else "inconsistent",
                        None,
                        p2.value,
                        iv.scaled(100),
                        "exact" if ok else None,
                        f"'{words}' allows {100 * iv.lo:.1f}%..{100 * iv.hi:.1f}%; "
                        f"restated as {p2.text}",
                        "checks.shares.restated_fraction",
                        [p2.text],
                        start=start,
                        end=end,
                        stated=words,
                    )
                )
    return findings

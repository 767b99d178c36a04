"""Verification: recompute derived figures and compare them with what the text states.

Each family lives in its own module and names its rule on every finding.
"""

from __future__ import annotations

from ..claims.context import ArticleContext
from ..claims.periods import link_durations
from ..models import Claim, Finding
from .change import check_change_text, check_percent_change
from .comparators import check_comparators
from .figures import Scan
from .points import check_points
from .shares import check_shares
from .spans import check_date_spans, check_weekdays
from .totals import check_percent_sums, check_totals

__all__ = ["run_checks"]


def run_checks(ctx: ArticleContext, claims: list[Claim]) -> list[Finding]:
    """All findings for one article, in text order."""
    scan = Scan(ctx)
    findings = [
        *check_percent_change(claims),
        *check_change_text(scan),
        *check_points(scan),
        *check_shares(scan),
        *check_totals(scan),
        *check_percent_sums(scan),
        *check_date_spans(ctx.dates, link_durations(ctx)),
        *check_weekdays(ctx.dates),
        *check_comparators(claims),
    ]
    return sorted(_dedupe(findings), key=lambda f: (f.start, f.check))


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per check and stated figure: a verdict beats ``unverifiable``, and among
    equals the earlier family in the list above wins."""
    kept: list[Finding] = []
    ranked = sorted(enumerate(findings), key=lambda p: (p[1].verdict == "unverifiable", p[0]))
    for _, f in ranked:
        if any(k.check == f.check and k.start < f.end and f.start < k.end for k in kept):
            continue
        kept.append(f)
    return kept

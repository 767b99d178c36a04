"""Verification: recompute derived figures and compare them with what the text states.

Each family lives in its own module and names its rule on every finding.
"""

from __future__ import annotations

from ..claims.context import ArticleContext
from ..claims.periods import link_durations
from ..models import Claim, Finding
from .change import check_percent_change
from .comparators import check_comparators
from .spans import check_date_spans, check_weekdays

__all__ = ["run_checks"]


def run_checks(ctx: ArticleContext, claims: list[Claim]) -> list[Finding]:
    """All findings for one article, in text order."""
    findings = [
        *check_percent_change(claims),
        *check_date_spans(ctx.dates, link_durations(ctx)),
        *check_weekdays(ctx.dates),
        *check_comparators(claims),
    ]
    return sorted(findings, key=lambda f: (f.start, f.check))

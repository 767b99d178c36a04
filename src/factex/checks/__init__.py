"""Verification: recompute derived figures and compare them with what the text states.

Each family lives in its own module and names its rule on every finding.
"""

from __future__ import annotations

import bisect

from ..claims.context import ArticleContext
from ..doctext import doc_text
from ..models import Claim, Finding
from .ages import check_ages
from .appositive import check_appositive_changes
from .averages import check_averages
from .change import check_change_text, check_percent_change
from .comparator_derived import check_since_changes
from .comparators import check_comparators
from .conversions import check_conversions
from .differences import check_differences
from .elections import check_elections
from .figures import Scan
from .headlines import check_headline_changes
from .lede_ages import check_lede_ages
from .multiples import check_direction, check_multiples
from .named_points import check_named_points
from .pay import check_pay
from .points import check_points
from .rates import check_rates
from .relative import check_relative
from .restatement import check_restatements
from .shares import check_shares
from .spans import (
    check_date_spans,
    check_start_end_spans,
    check_weekday_text,
    check_weekdays,
)
from .speeds import check_speeds
from .totals import check_percent_sums, check_totals
from .years_since import check_years_since

__all__ = ["run_checks"]


def run_checks(ctx: ArticleContext, claims: list[Claim]) -> list[Finding]:
    """All findings for one article, in text order."""
    scan = Scan(ctx)
    findings = [
        *check_percent_change(claims),
        *check_change_text(scan),
        *check_points(scan),
        *check_named_points(scan),
        *check_appositive_changes(scan),
        *check_relative(scan),
        *check_headline_changes(scan),
        *check_shares(scan),
        *check_elections(scan),
        *check_totals(scan),
        *check_differences(scan),
        *check_percent_sums(scan),
        *check_multiples(scan),
        *check_direction(scan),
        *check_averages(scan),
        *check_rates(scan),
        *check_speeds(scan),
        *check_pay(scan),
        *check_ages(scan),
        *check_lede_ages(scan),
        *check_years_since(scan),
        *check_conversions(scan),
        *check_date_spans(ctx.dates, ctx.duration_links),
        *check_start_end_spans(ctx.dates, doc_text(ctx.doc)),
        *check_weekdays(ctx.dates, doc_text(ctx.doc)),
        *check_weekday_text(doc_text(ctx.doc), ctx.anchor),
        *check_comparators(claims),
        *check_since_changes(scan),
        *check_restatements(scan),
    ]
    return sorted(_dedupe(findings), key=lambda f: (f.start, f.check))


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per check and stated figure: a verdict beats ``unverifiable``, and among
    equals the earlier family in the list above wins."""
    kept: list[Finding] = []
    spans: dict[str, list[tuple[int, int]]] = {}  # per check: kept spans, disjoint, sorted
    ranked = sorted(enumerate(findings), key=lambda p: (p[1].verdict == "unverifiable", p[0]))
    for _, f in ranked:
        taken = spans.setdefault(f.check, [])
        at = bisect.bisect_left(taken, (f.end, -1))  # kept spans starting before f ends
        if at and taken[at - 1][1] > f.start:
            continue  # the last of them overlaps f (disjoint spans: ends rise with starts)
        taken.insert(at, (f.start, f.end))
        kept.append(f)
    return kept

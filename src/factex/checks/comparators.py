"""Comparators: "more than 3,000" against the exact 3,197 for the same period and unit."""

from __future__ import annotations

import math

from ..models import Claim, Finding
from ..resources import load_lexicon
from .figures import check_lexicon
from .tolerance import Interval
from .util import fmt, make_finding

__all__ = ["bound_interval", "check_comparators"]


def bound_interval(qualifier: str, value: float) -> Interval | None:
    """The true values a qualified figure allows.

    >>> bound_interval("more than", 3000)
    Interval(lo=3000, hi=inf, hi_open=False)
    >>> bound_interval("almost", 100)
    Interval(lo=90.0, hi=100, hi_open=True)
    """
    if qualifier == "more than":
        return Interval(value, math.inf)
    if qualifier == "at least":
        return Interval(value, math.inf)
    if qualifier == "less than":
        return Interval(-math.inf, value, True)
    if qualifier == "at most":
        return Interval(-math.inf, value)
    if qualifier == "almost":
        return Interval(0.9 * value, value, True)
    if qualifier == "about":
        return Interval(0.9 * value, 1.1 * value)
    return None


def _compatible(a: str | None, b: str | None) -> bool:
    """Both count people, or both count the same plain noun (not money, not a measure)."""
    if a is None or b is None:
        return False
    people = set(load_lexicon().person_nouns)
    if a in people and b in people:
        return True
    plain = a.isalpha() and a.islower() and a not in check_lexicon().currency_names
    return a == b and plain and a not in load_lexicon().currencies


def check_comparators(claims: list[Claim]) -> list[Finding]:
    findings: list[Finding] = []
    for bound in claims:
        if bound.qualifier is None or bound.period is None or bound.kind != "count":
            continue  # money amounts are many different things in one period: too risky
        if bound.unit is None or (bound.unit.isupper() and len(bound.unit) == 3):
            continue
        allowed = bound_interval(bound.qualifier, bound.value)
        if allowed is None or bound.qualifier in ("about", "at most"):
            continue  # "about X" is too loose to pair with a figure by period alone
        exact = [
            c
            for c in claims
            if c is not bound
            and c.qualifier is None
            and c.period == bound.period
            and _compatible(c.unit, bound.unit)
            and c.kind == bound.kind
            and c.sentence != bound.sentence  # two figures in one sentence are two things
            and 0.5 * bound.value <= c.value <= 2 * bound.value  # "more than 100 ... Six were also
            # killed": far apart in size, two groups (the window of checks.restatement)
        ]
        if len({c.value for c in exact}) != 1:
            continue
        other = exact[0]
        ok = (
            allowed.meets(Interval(other.value, other.value))
            and (bound.qualifier != "more than" or other.value > bound.value)
            and (bound.qualifier != "less than" or other.value < bound.value)
        )
        message = (
            f"{bound.qualifier} {fmt(bound.value)} {bound.unit} against "
            f"{fmt(other.value)} {other.unit} stated for {other.period}"
        )
        findings.append(
            make_finding(
                "comparator",
                "consistent" if ok else "inconsistent",
                bound,
                other.value,
                allowed,
                "exact" if ok else None,
                message,
                "checks.comparators.bound_vs_exact",
                [f"{fmt(other.value)} ({other.text})"],
            )
        )
    return findings

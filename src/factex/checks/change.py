"""Percent change against a baseline: "up 19% on this time last year (26,699)"."""

from __future__ import annotations

from ..models import Claim, Finding
from .tolerance import Interval, exact_or_rounded, first_passing
from .util import fmt, make_finding

__all__ = ["check_percent_change", "percent_change"]


def percent_change(new: Interval, old: Interval) -> Interval | None:
    """Interval of 100 × (new − old) / old over all inputs in the intervals.

    >>> r = percent_change(Interval(31842, 31842), Interval(26699, 26699))
    >>> round(r.lo, 2)
    19.26
    """
    if old.lo <= 0:
        return None
    candidates = [100 * (n - o) / o for n in (new.lo, new.hi) for o in (old.lo, old.hi)]
    return Interval(min(candidates), max(candidates))


def check_percent_change(claims: list[Claim]) -> list[Finding]:
    findings: list[Finding] = []
    for claim in claims:
        if claim.kind != "change" or claim.unit != "percent":
            continue
        if claim.subject is None or claim.base is None:
            if claim.base is not None or claim.subject is not None:
                findings.append(
                    make_finding(
                        "percent_change",
                        "unverifiable",
                        claim,
                        None,
                        None,
                        None,
                        f"{claim.text} change: only one of the two compared figures was found",
                        "checks.change.partial_link",
                    )
                )
            continue
        findings.append(_check_one(claim, claims[claim.subject], claims[claim.base]))
    return findings


def _check_one(claim: Claim, subject: Claim, base: Claim) -> Finding:
    new = exact_or_rounded(subject.value, subject.step)
    old = exact_or_rounded(base.value, base.step)
    computed = percent_change(new, old)
    inputs = [f"{fmt(subject.value)} ({subject.text})", f"{fmt(base.value)} ({base.text})"]
    if computed is None:
        return make_finding(
            "percent_change",
            "unverifiable",
            claim,
            None,
            None,
            None,
            "baseline is zero or negative",
            "checks.change.bad_base",
            inputs,
        )
    sign = -1 if claim.change == "down" else 1
    stated = sign * claim.value
    rounding, allowed = first_passing(stated, claim.step, computed)
    direction = "up" if sign > 0 else "down"
    desc = f"{direction} {claim.text} from {fmt(base.value)} to {fmt(subject.value)}"
    if rounding is not None:
        return make_finding(
            "percent_change",
            "consistent",
            claim,
            computed.mid,
            allowed,
            rounding,
            f"{desc}: computed {computed.mid:+.2f}%" + _rounding_note(rounding),
            "checks.change.percent",
            inputs,
        )
    return make_finding(
        "percent_change",
        "inconsistent",
        claim,
        computed.mid,
        allowed,
        None,
        f"{desc}: computed {computed.mid:+.2f}%, stated {stated:+g}%"
        + _diagnose(new, old, stated, claim),
        "checks.change.percent",
        inputs,
    )


def _rounding_note(rounding: str) -> str:
    return "" if rounding == "half-up" else " (passes only by truncation)"


def _diagnose(new: Interval, old: Interval, stated: float, claim: Claim) -> str:
    """Name a common mistake when it explains the stated figure."""
    if new.lo > 0:
        on_new = Interval(100 * (new.lo - old.hi) / new.lo, 100 * (new.hi - old.lo) / new.lo)
        if first_passing(stated, claim.step, on_new)[0]:
            return "; it matches a change computed on the new value (wrong base)"
    return ""

"""Small helpers shared by the check modules."""

from __future__ import annotations

from ..models import Claim, Finding, Verdict
from .tolerance import Interval

__all__ = ["fmt", "make_finding", "noun_forms", "unverifiable"]


def noun_forms(word: str) -> set[str]:
    """Lower-case forms a plural or singular noun may take (a crude singular: enough to
    match "games" with "game", "buses" with "bus", "cities" with "city").

    >>> sorted(noun_forms("cases")), sorted(noun_forms("Cities"))
    (['cas', 'case', 'cases'], ['citi', 'citie', 'cities', 'city'])
    """
    word = word.lower()
    forms = {word}
    if word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    return forms


def fmt(value: float) -> str:
    """Example:

    >>> fmt(31842.0), fmt(19.2634)
    ('31,842', '19.26')
    """
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}"


def make_finding(
    check: str,
    verdict: Verdict,
    at: Claim | None,
    computed: float | None,
    allowed: Interval | None,
    rounding: str | None,
    message: str,
    rule: str,
    inputs: list[str] | None = None,
    *,
    start: int | None = None,
    end: int | None = None,
    stated: str | None = None,
) -> Finding:
    if at is not None:
        start = at.start if start is None else start
        end = at.end if end is None else end
        stated = at.text if stated is None else stated
    assert start is not None and end is not None and stated is not None
    return Finding(
        check=check,
        verdict=verdict,
        stated=stated,
        computed=computed,
        allowed=allowed.bounds() if allowed else None,
        rounding=rounding,
        message=message,
        start=start,
        end=end,
        rule=rule,
        inputs=inputs or [],
    )


def unverifiable(
    check: str,
    at: Claim | None,
    message: str,
    rule: str,
    inputs: list[str] | None = None,
    **where: int | str,
) -> Finding:
    """A finding that names what was missing: nothing was recomputed, nothing is allowed."""
    return make_finding(check, "unverifiable", at, None, None, None, message, rule, inputs, **where)

"""Short human-readable labels for records: figures, claims, durations.

These back the ``__str__`` of :class:`~factex.models.Claim` and
:class:`~factex.models.DateMention` and the hover text of the HTML view. They are pure
functions of a record (or of a record and its :class:`~factex.models.Document`).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..models import Claim, DateMention, Document

__all__ = [
    "claim_label",
    "date_label",
    "describe_claim",
    "format_figure",
    "format_number",
    "format_range",
    "humanize_duration",
]

_CURRENCY_SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€", "JPY": "¥", "INR": "₹"}
_CURRENCY_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))
_COUNT_SCALES = ((1e12, " trillion"), (1e9, " billion"), (1e6, " million"))
_TIME_UNITS = {
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "fortnight",
    "month",
    "quarter",
    "year",
    "decade",
}
_PHYSICAL_ENDINGS = ("meter", "metre", "gram", "litre", "liter", "mile", "foot", "feet", "inch")
_PERCENT_UNITS = {"percent", "%", "per cent"}
_POINT_UNITS = {"percentage_point", "percentage point", "percentage points", "pp"}
_TIMEX_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "DE": "decade"}
_TIMEX_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}
_DURATION = re.compile(
    r"^P(?:(?P<n>\d+(?:\.\d+)?)(?P<u>DE|[YMWDQ])|T(?P<tn>\d+(?:\.\d+)?)(?P<tu>[HMS]))$"
)


def _decimals(step: float | None) -> int:
    """Decimal places needed to show a figure stated to ``step`` (1 → 0, 0.1 → 1, 0.25 → 2)."""
    if not step or step >= 1 or not math.isfinite(step):
        return 0
    places = 0
    while places < 6 and abs(step * 10**places - round(step * 10**places)) > 1e-9:
        places += 1
    return places


def format_number(value: float, step: float | None = None) -> str:
    """A number with thousands separators, to the precision it was stated.

    >>> format_number(3197.0)
    '3,197'
    >>> format_number(4.2, 0.1)
    '4.2'
    >>> format_number(19.2629)
    '19.26'
    >>> format_number(0.30000000000000004, 0.1)
    '0.3'
    """
    if not math.isfinite(value):
        return str(value)
    if step is None:
        if float(value).is_integer():
            return f"{int(value):,}"
        text = f"{value:,.4f}" if abs(value) < 0.01 else f"{value:,.2f}"
        return text.rstrip("0").rstrip(".")
    places = _decimals(step)
    if places == 0 and float(round(value)) == round(value, 9):
        return f"{round(value):,}"
    text = f"{value:,.{max(places, 1)}f}"
    return text.rstrip("0").rstrip(".") if places == 0 else text


def _scaled(value: float, step: float, scales: tuple[tuple[float, str], ...]) -> str | None:
    """``75_000_000`` stated to the million → ``75m``; None when not a round scaled figure."""
    for scale, suffix in scales:
        if abs(value) >= scale and step >= scale / 1000:
            return format_number(value / scale, step / scale) + suffix
    return None


def _unit_words(unit: str) -> str:
    return unit.replace("_", " ")


def format_figure(
    value: float,
    unit: str | None,
    *,
    step: float = 1.0,
    text: str | None = None,
) -> str:
    """A figure as a newsroom would write it.

    >>> format_figure(19, "percent")
    '19%'
    >>> format_figure(75_000_000, "GBP", step=1_000_000)
    '£75m'
    >>> format_figure(1_300_000_000, "USD", step=100_000_000)
    '$1.3bn'
    >>> format_figure(2_500_000, "CHF", step=100_000)
    'CHF 2.5m'
    >>> format_figure(1_234_567, "GBP")
    '£1,234,567'
    >>> format_figure(1_300_000, "people", step=100_000)
    '1.3 million people'
    >>> format_figure(3197, "people")
    '3,197 people'
    >>> format_figure(3.5, "percentage_point", step=0.1)
    '3.5 percentage points'
    >>> format_figure(15, "year")
    '15 years'
    >>> format_figure(12, "kilometer", text="12km")
    '12km'
    """
    if not unit:
        return text if text is not None else format_number(value, step)
    if unit in _PERCENT_UNITS:
        return f"{format_number(value, step)}%"
    if unit in _POINT_UNITS:
        word = "percentage point" if abs(value) == 1 else "percentage points"
        return f"{format_number(value, step)} {word}"
    if re.fullmatch(r"[A-Z]{3}", unit):
        number = _scaled(value, step, _CURRENCY_SCALES) or format_number(value, step)
        symbol = _CURRENCY_SYMBOLS.get(unit)
        if number.startswith("-"):
            return f"-{symbol}{number[1:]}" if symbol else f"{unit} {number}"
        return f"{symbol}{number}" if symbol else f"{unit} {number}"
    if unit in _TIME_UNITS:
        plural = unit if abs(value) == 1 else unit + "s"
        return f"{format_number(value, step)} {plural}"
    if text is not None and _looks_physical(unit):
        return text
    number = _scaled(value, step, _COUNT_SCALES) or format_number(value, step)
    return f"{number} {_unit_words(unit)}"


def format_range(
    low: float, high: float, unit: str | None, *, step: float = 1.0, text: str | None = None
) -> str:
    """A stated range: the unit once when it follows the number.

    >>> format_range(200, 300, "people"), format_range(5, 7, "percent")
    ('200–300 people', '5–7%')
    >>> format_range(1_000_000, 2_000_000, "GBP", step=1_000_000)
    '£1m–£2m'
    >>> format_range(1, 1.5, "degree_Celsius", step=0.5, text="1 to 1.5 degrees Celsius")
    '1 to 1.5 degrees Celsius'
    """
    first = format_figure(low, unit, step=step, text=text)
    second = format_figure(high, unit, step=step, text=text)
    if first == second:  # both fell back to the stated text
        return first
    number = format_number(low, step)
    suffix = first[len(number) :] if first.startswith(number) else None
    if suffix is not None and second.endswith(suffix):
        return f"{number}–{second}"
    return f"{first}–{second}"


def _looks_physical(unit: str) -> bool:
    """pint unit names (``kilometer``, ``degree_Celsius``, ``km/h``) read better as stated."""
    return (
        "/" in unit or "_" in unit or unit.startswith("degree") or unit.endswith(_PHYSICAL_ENDINGS)
    )


def claim_label(claim: Claim) -> str:
    """``3,197 people · 2024-10-24..2024-11-06 · Home Office``; ``up 19% · 2024``."""
    figure = format_figure(claim.value, claim.unit, step=claim.step, text=claim.text)
    if claim.change:
        figure = f"{claim.change} {figure}"
    if claim.qualifier:
        figure = f"{claim.qualifier} {figure}"
    parts = [figure]
    if claim.period:
        parts.append(str(claim.period))
    if claim.source:
        parts.append(claim.source)
    return " · ".join(parts)


def describe_claim(doc: Document, index: int) -> str:
    """Like :func:`claim_label`, with a change claim's baseline: ``up 19% on 26,699 · …``."""
    claim = doc.claims[index]
    label = claim_label(claim)
    if claim.base is None or not 0 <= claim.base < len(doc.claims):
        return label
    base = doc.claims[claim.base]
    head, sep, rest = label.partition(" · ")
    return f"{head} on {format_number(base.value, base.step)}{sep}{rest}"


def humanize_duration(value: str | None) -> str | None:
    """TIMEX3 duration → words; None when it is not a simple duration.

    >>> humanize_duration("P2W"), humanize_duration("P1D"), humanize_duration("PT3H")
    ('2 weeks', '1 day', '3 hours')
    >>> humanize_duration("P2DE"), humanize_duration("PXY") is None
    ('2 decades', True)
    """
    match = _DURATION.match(value or "")
    if not match:
        return None
    if match["n"]:
        amount, unit = match["n"], _TIMEX_UNITS[match["u"]]
    else:
        amount, unit = match["tn"], _TIMEX_TIME_UNITS[match["tu"]]
    number = float(amount)
    return f"{format_number(number, None)} {unit}{'' if number == 1 else 's'}"


def date_label(mention: DateMention) -> str:
    """``'Wednesday' → 2024-11-06``; ``'fortnight' → 2 weeks (P2W)``."""
    if mention.period:
        where = str(mention.period)
    elif mention.kind == "duration" and (words := humanize_duration(mention.value)):
        where = f"{words} ({mention.value})"
    else:
        where = mention.value or "unresolved"
    return f"{mention.text!r} → {where}"

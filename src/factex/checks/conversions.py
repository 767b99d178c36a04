"""Bracketed conversions: "10 miles (16km)", "30C (86F)", "£100m ($127m)" at a stated rate.

Units convert with pint. The bracketed figure is read to its significant digits ("160km" is
rounded to tens) and must meet the converted interval of the first figure. A currency in
brackets is only checked when the article states the exchange rate; otherwise the finding is
``unverifiable``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..doctext import doc_text
from ..models import Finding
from .figures import F, Figure, Masked, Scan, check_lexicon, sig_step
from .tolerance import Interval, first_passing
from .util import make_finding, unverifiable

__all__ = ["check_conversions", "convert"]

_BRACKET = re.compile(
    rf"{F('a')}(?P<ua>[^#()]{{0,24}}?)\s*\(\s*(?:about\s+|around\s+|c\.?\s*)?{F('b')}"
)
_OR = re.compile(
    rf"{F('a')}(?P<ua>[^#(),]{{0,24}}?)(?:\s*\([^()]*\))?,\s+or\s+"
    r"(?P<hedge>(?:about|around|roughly|some|nearly|almost|approximately)\s+)?"
    rf"{F('b')}"
)
"""A restatement in other units after "or": "48,600 acres (19,670 hectares), or about 76
square miles"."""


@cache
def _registry():  # type: ignore[no-untyped-def]
    import pint

    return pint.UnitRegistry()


def convert(value: float, src: str, dst: str) -> float | None:
    """``value`` in pint unit ``src`` expressed in ``dst``; None when they do not convert.

    >>> round(convert(10, "mile", "kilometer"), 3), round(convert(30, "degC", "degF"), 1)
    (16.093, 86.0)
    >>> convert(1, "mile", "kilogram") is None
    True
    """
    import pint

    ureg = _registry()
    try:
        return float(ureg.Quantity(value, src).to(dst).magnitude)
    except (pint.errors.DimensionalityError, pint.errors.UndefinedUnitError):
        return None


def _stated(fig: Figure) -> Interval:
    step = sig_step(fig)
    return Interval(fig.value - step / 2, fig.value + step / 2, True)


def _input(fig: Figure) -> Interval:
    """Exact for a whole number, except a big round one ("3,600 kilometres" is to the 100)."""
    step = sig_step(fig)
    if abs(fig.value) >= 1000 and step >= 100:
        return Interval(fig.value - step / 2, fig.value + step / 2)
    if fig.step >= 1 and float(fig.value).is_integer():
        return Interval(fig.value, fig.value)
    return Interval(fig.value - fig.step / 2, fig.value + fig.step / 2)


_RATE = re.compile(
    r"(?:\$|£|€|¥)?\s?(?P<rate>\d+(?:\.\d+)?)\s*(?P<cur1>dollars?|euros?|yen|pounds?|\$|€)?\s+"
    r"(?:to|per|against)\s+(?:the\s+|one\s+|each\s+|an?\s+)?(?P<cur2>pound|dollar|euro|yen)"
    r"|(?P<c3>[£$€])1\s*=\s*(?P<c4>[£$€])\s?(?P<rate2>\d+(?:\.\d+)?)",
    re.I,
)


def _rates(text: str) -> dict[tuple[str, str], float]:
    """Exchange rates stated in the article: (from, to) → to per one from."""
    names = check_lexicon().currency_names
    found: dict[tuple[str, str], float] = {}
    for m in _RATE.finditer(text):
        if m.group("rate"):
            cur2 = names.get(m.group("cur2").lower())
            before = text[max(0, m.start() - 1) : m.start() + 1]
            cur1_word = m.group("cur1") or next((c for c in "$€£¥" if c in before), None)
            cur1 = names.get(cur1_word.lower()) if cur1_word else None
            if cur1 and cur2 and cur1 != cur2:
                found[(cur2, cur1)] = float(m.group("rate"))
        else:
            c3, c4 = names.get(m.group("c3")), names.get(m.group("c4"))
            if c3 and c4 and c3 != c4:
                found[(c3, c4)] = float(m.group("rate2"))
    return found


_RANGE_AFTER = re.compile(r"\s*[a-zA-Z°]{0,6}\s*(?:-|–|to)\s*(?P<b2>#\d+#)")
"""A range inside the bracket: "(8in-16in)", "(8-16in)", "(50 to 60F)"."""
_RANGE_BEFORE = re.compile(r"(?P<a1>#\d+#)\s*[a-zA-Z°]{0,6}\s*(?:-|–|to)\s*$")


def _range_pairs(sent: Masked, m: re.Match[str], after: re.Match[str]) -> list[Finding]:
    """Both ends of a converted range, each against its own end ("20-40cm (8-16in)");
    nothing when the figure before the bracket is not itself the end of a range."""
    before = _RANGE_BEFORE.search(sent.masked[: m.start("a")])
    a1, a2 = (sent.fig(before, "a1") if before else None), sent.fig(m, "a")
    b1, b2 = sent.fig(m, "b"), sent.fig(after, "b2")
    if a1 is None or a2 is None or b1 is None or b2 is None:
        return []
    unit_a, unit_b = a1.unit or a2.unit, b1.unit or b2.unit
    if not unit_a or not unit_b or unit_a == unit_b:
        return []
    pairs = [
        (replace(a1, unit=unit_a), replace(b1, unit=unit_b)),
        (replace(a2, unit=unit_a), replace(b2, unit=unit_b)),
    ]
    return [f for a, b in pairs if (f := _unit_verdict(a, b, False)) is not None]


_HEDGE = re.compile(
    r"\b(?:some|about|around|roughly|nearly|almost|approximately|over|more\s+than)\s*$", re.I
)


def check_conversions(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    rates: dict[tuple[str, str], float] | None = None
    for sent in scan.sentences:
        for m in _BRACKET.finditer(sent.masked):
            a, b = sent.fig(m, "a"), sent.fig(m, "b")
            if a is None or b is None:
                continue
            if (after := _RANGE_AFTER.match(sent.masked, m.end())) is not None:
                # "20cm-40cm (8in-16in)": the bracket's first figure converts the first end
                findings.extend(_range_pairs(sent, m, after))
                continue
            if a.unit and b.unit and a.unit != b.unit:
                finding = _unit_verdict(a, b, _HEDGE.search(sent.masked[: m.start()]) is not None)
            elif a.currency and b.currency and a.currency != b.currency:
                if rates is None:
                    rates = _rates(doc_text(scan.ctx.doc))
                finding = _currency_verdict(a, b, rates)
            else:
                continue
            if finding is not None:
                findings.append(finding)
        findings.extend(_or_restated(sent))
    return findings


def _or_restated(sent: Masked) -> list[Finding]:
    """Unit conversions written "A, or (about) B": with the comma ("5 miles or 10 km" is a
    choice), units only, never currencies (", or 20 euros" may be another offer)."""
    findings = []
    for m in _OR.finditer(sent.masked):
        a, b = sent.fig(m, "a"), sent.fig(m, "b")
        if a is None or b is None or not (a.unit and b.unit) or a.unit == b.unit:
            continue
        hedged = m.group("hedge") is not None or _HEDGE.search(sent.masked[: m.start()])
        if (finding := _unit_verdict(a, b, bool(hedged))) is not None:
            findings.append(finding)
    return findings


def _unit_verdict(a: Figure, b: Figure, loose: bool) -> Finding | None:
    """``loose``: "some 230 km (150 miles)" — a hedged figure converts within ±10%."""
    lo, hi = (convert(v, a.unit or "", b.unit or "") for v in (_input(a).lo, _input(a).hi))
    if lo is None or hi is None:
        return None
    computed = Interval(min(lo, hi), max(lo, hi))
    if loose:
        computed = Interval(
            computed.lo - 0.1 * abs(computed.lo), computed.hi + 0.1 * abs(computed.hi)
        )
    allowed = _stated(b)
    ok = allowed.meets(computed)
    return make_finding(
        "conversion",
        "consistent" if ok else "inconsistent",
        None,
        computed.mid,
        allowed,
        "half-up" if ok else None,
        f"{a.text} {a.unit} = {computed.mid:.4g} {b.unit}; stated {b.text}",
        "checks.conversions.units",
        [a.text],
        start=b.start,
        end=b.end,
        stated=b.text,
    )


def _currency_verdict(a: Figure, b: Figure, rates: dict[tuple[str, str], float]) -> Finding:
    assert a.currency and b.currency
    pair = (a.currency, b.currency)
    rate = rates.get(pair) or (1 / rates[pair[::-1]] if pair[::-1] in rates else None)
    where = dict(start=b.start, end=b.end, stated=b.text)
    if rate is None:
        return unverifiable(
            "conversion",
            None,
            f"{a.text} ({b.text}): the article states no {a.currency}/{b.currency} rate",
            "checks.conversions.no_rate",
            [a.text],
            **where,
        )
    src = _input(a) if a.step <= 1 else Interval(a.value - a.step / 2, a.value + a.step / 2)
    computed = src.scaled(rate)
    rounding, allowed = first_passing(b.value, sig_step(b), computed)
    ok = rounding is not None
    return make_finding(
        "conversion",
        "consistent" if ok else "inconsistent",
        None,
        computed.mid,
        allowed,
        rounding,
        f"{a.text} at {rate:g} {b.currency} per {a.currency} = "
        f"{computed.mid:,.0f} {b.currency}; stated {b.text}",
        "checks.conversions.currency",
        [a.text],
        **where,
    )

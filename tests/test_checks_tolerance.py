"""Property tests for the rounding intervals (factex.checks.tolerance) and interval maths."""

from __future__ import annotations

import math
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from hypothesis import assume, example, given
from hypothesis import strategies as st

from factex.checks.change import percent_change
from factex.checks.tolerance import Interval, exact_or_rounded, first_passing, stated_interval

STEPS = st.sampled_from([Decimal("1"), Decimal("0.1"), Decimal("0.01"), Decimal("1000")])
VALUES = st.decimals(min_value=-(10**6), max_value=10**6, places=4, allow_nan=False)


def _round(value: Decimal, step: Decimal, mode: str) -> Decimal:
    return (value / step).quantize(Decimal(1), rounding=mode) * step


@given(VALUES, STEPS)
def test_half_up_rounding_lands_inside_its_interval(value, step):
    stated = _round(value, step, ROUND_HALF_UP)
    iv = stated_interval(float(stated), float(step), "half-up")
    assert iv.lo - 1e-9 <= float(value) and (float(value) < iv.hi + 1e-9)


@given(VALUES.filter(lambda v: v >= 0), STEPS)
def test_truncation_lands_inside_its_interval(value, step):
    stated = _round(value, step, ROUND_DOWN)
    iv = stated_interval(float(stated), float(step), "truncation")
    assert iv.lo - 1e-9 <= float(value) < iv.hi + 1e-9


@given(VALUES, STEPS)
@example(Decimal("641.15"), Decimal("0.1"))  # 641.2 - 0.05 was 641.1500000000001 in floats
@example(Decimal("-2.25"), Decimal("0.1"))
def test_a_rounded_true_value_always_passes(value, step):
    stated = _round(value, step, ROUND_HALF_UP)
    rounding, _ = first_passing(float(stated), float(step), Interval(float(value), float(value)))
    assert rounding is not None


@given(VALUES, STEPS, st.integers(min_value=2, max_value=50))
def test_a_figure_off_by_more_than_a_step_fails(value, step, k):
    stated = _round(value, step, ROUND_HALF_UP) + k * step
    rounding, _ = first_passing(float(stated), float(step), Interval(float(value), float(value)))
    assert rounding is None


@given(st.floats(-1e6, 1e6), st.floats(0, 1e3), st.floats(-1e6, 1e6), st.floats(0, 1e3))
def test_meets_is_symmetric(a, wa, b, wb):
    x, y = Interval(a, a + wa), Interval(b, b + wb)
    assert x.meets(y) == y.meets(x)
    assert x.meets(x)


@given(st.floats(0, 1e7), st.sampled_from([1.0, 10.0, 1000.0, 100000.0]))
def test_exact_or_rounded_contains_the_value(value, step):
    iv = exact_or_rounded(value, step)
    assert iv.lo <= value <= iv.hi


@given(
    st.floats(1, 1e6), st.floats(0, 1), st.floats(1, 1e6), st.floats(0, 1),
    st.floats(0, 1), st.floats(0, 1),
)  # fmt: skip
def test_percent_change_interval_contains_every_point(new, wn, old, wo, tn, to):
    new_iv, old_iv = Interval(new, new * (1 + wn)), Interval(old, old * (1 + wo))
    n = new_iv.lo + tn * (new_iv.hi - new_iv.lo)
    o = old_iv.lo + to * (old_iv.hi - old_iv.lo)
    iv = percent_change(new_iv, old_iv)
    assert iv is not None
    point = 100 * (n - o) / o
    assume(math.isfinite(point))
    assert iv.lo - 1e-6 * max(1, abs(point)) <= point <= iv.hi + 1e-6 * max(1, abs(point))

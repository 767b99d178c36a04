"""Percentage points against percent: a change between two shares.

"rose 3 points from 40% to 43%" is right: 43 − 40 = 3 points. "rose 7.5% from 40% to 43%" is
a relative change of a share, which readers take for points; it is flagged, and the message
says which reading (points or relative) the stated figure passes under.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Finding
from .figures import F, Figure, Scan, alternation, check_lexicon
from .tolerance import Interval, first_passing
from .util import make_finding

__all__ = ["check_points", "points_verdict"]


@cache
def _patterns() -> list[re.Pattern[str]]:
    lex = check_lexicon()
    verb = rf"(?P<verb>{alternation(lex.up_verbs + lex.down_verbs)})"
    approx = r"(?:(?:about|some|almost|nearly)\s+)?"
    points = r"(?P<pts>\s*(?:percentage\s+)?points?)?"
    change = rf"{verb}\s+(?:by\s+)?{approx}{F('d')}{points}"
    # words, figures that are never values (``@k@``: dates, conversions) and figures that
    # check_points judges (a count between two shares is no competitor; a share is)
    gap = r"(?:[^#.;]|#\d+#){0,40}?"
    patterns = [
        rf"\b{change},?\s+from\s+{F('a')}{gap}\s+to\s+{F('b')}",
        rf"\b{change},?\s+to\s+{F('b')}{gap},?\s+from\s+{F('a')}",
        rf"{F('b')}{gap},\s+{change}\s+(?:from|on)\s+{F('a')}",
    ]
    return [re.compile(rf"(?=(?:{p}))", re.I) for p in patterns]  # overlapping matches


def check_points(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    lex = check_lexicon()
    for sent in scan.sentences:
        used: set[int] = set()
        for pattern in _patterns():
            for m in pattern.finditer(sent.loose):
                d, a, b = sent.fig(m, "d"), sent.fig(m, "a"), sent.fig(m, "b")
                if d is None or a is None or b is None or d.start in used:
                    continue
                if a.percent != "percent" or b.percent != "percent":
                    continue
                if any(f.percent for f in sent.gap_figures(m, ("d", "a", "b"))):
                    used.add(d.start)  # another share between the two: which pair is meant?
                    continue
                points = bool(m.group("pts")) or d.percent == "percentage_point"
                if not points and d.percent != "percent":
                    continue
                sign = 1 if " ".join(m.group("verb").lower().split()) in lex.up_verbs else -1
                used.add(d.start)
                findings.append(points_verdict(d, a, b, sign, points))
    return findings


def points_verdict(d: Figure, a: Figure, b: Figure, sign: int, points: bool) -> Finding:
    """The change ``d`` of a share from ``a`` to ``b``: stated in points when ``points``,
    else as a percentage (flagged: which reading it passes under is named)."""
    old, new = _share(a), _share(b)
    diff = Interval(new.lo - old.hi, new.hi - old.lo)
    rel = None
    if old.lo > 0:
        rel = Interval(100 * (new.lo - old.hi) / old.hi, 100 * (new.hi - old.lo) / old.lo)
    stated = sign * d.value
    as_points, allowed_p = first_passing(stated, d.step, diff)
    as_rel = first_passing(stated, d.step, rel)[0] if rel else None
    inputs = [a.text, b.text]
    where = dict(start=d.start, end=d.end, stated=d.text)
    relative = f" ({rel.mid:+.2f}% relative)" if rel else ""
    desc = f"from {a.text} to {b.text} is {diff.mid:+.2f} points{relative}"
    if points:
        ok = as_points is not None
        note = (
            ""
            if ok
            else ("; the stated figure is the relative change, not points" if as_rel else "")
        )
        return make_finding(
            "percentage_points",
            "consistent" if ok else "inconsistent",
            None,
            diff.mid,
            allowed_p,
            as_points,
            f"{d.text}: {desc}{note}",
            "checks.points.points_stated",
            inputs,
            **where,
        )
    if as_points is not None and as_rel is None:
        note = f"; {d.text} passes only as percentage points: write '{d.value:g} percentage points'"
    elif as_rel is not None:
        note = (
            f"; {d.text} passes only as a relative change of the share — the share moved "
            f"{abs(diff.mid):.3g} percentage points"
        )
    else:
        note = "; matches neither the points change nor the relative change"
    return make_finding(
        "percentage_points",
        "inconsistent",
        None,
        diff.mid,
        allowed_p,
        None,
        f"{d.text}: {desc}{note}",
        "checks.points.percent_of_share",
        inputs,
        **where,
    )


def _share(f: Figure) -> Interval:
    """A stated share is rounded: "40%" stands for 39.5..40.5."""
    return Interval(f.value - f.step / 2, f.value + f.step / 2)

"""Average speeds: distance over time, both stated in the speed's sentence.

"a 2.4-mile (3.9km) stretch ..., which he covered in 1 minute 58 seconds, an average of 78mph"
(2.4 miles / 118 s = 73.2mph: inconsistent), "took the women's race in 2:17:36, averaging
18.4km/h (11.4mph) over the 26.2-mile (42.2km) course" (consistent). Units convert through
pint, so a distance in miles checks a speed in km/h.

Read only when an average word introduces the speed, the sentence states exactly one distance
(a bracketed conversion of it does not count) and exactly one time (adjacent durations "1
minute 58 seconds" add up; a race time "2:17:36" is hours, minutes and seconds). Anything
else says nothing.
"""

from __future__ import annotations

import re

from ..doctext import doc_text
from ..models import Finding
from .conversions import convert
from .figures import Figure, Masked, Scan
from .rate_operands import stated_allowed
from .tolerance import Interval
from .util import fmt, make_finding

__all__ = ["check_speeds", "clock_seconds"]

_SPEEDS = {"mile/hour": "mile", "kilometer/hour": "kilometer"}
_DISTANCES = ("mile", "kilometer", "meter", "metre", "yard")
_AVERAGE_BEFORE = re.compile(
    r"\b(?:an?\s+average(?:\s+speed)?\s+of|averag(?:ing|ed)|average\s+speed\s+(?:of|was))\s+"
    r"(?:(?:about|around|almost|nearly|just\s+(?:over|under)|more\s+than|over)\s+)?$",
    re.I,
)
_CONVERTED = re.compile(r"[-A-Za-z]*\s*\(\s*$")
_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])")
_LAP = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d)\.(\d)(?![\d:])")
_PART = re.compile(r"PT(\d+)([HMS])")
_SECONDS = {"H": 3600, "M": 60, "S": 1}


def clock_seconds(text: str) -> list[float]:
    """Race times written h:mm:ss, or m:ss.s (a lap), in seconds; "10:30" (a time of day or
    h:mm?) is neither.

    >>> clock_seconds("won in 2:17:36, ahead of 2:18:01 and at 10:30; a lap of 1:28.6")
    [8256, 8281, 88.6]
    """
    laps = [int(m) * 60 + int(s) + int(d) / 10 for m, s, d in _LAP.findall(text)]
    return [int(h) * 3600 + int(m) * 60 + int(s) for h, m, s in _CLOCK.findall(text)] + laps


def _times(scan: Scan, index: int) -> list[float]:
    """The times the sentence states, in seconds: runs of adjacent durations of hours,
    minutes and seconds ("1 minute 58 seconds", "2 hours 4 minutes 51 seconds"), race times."""
    sent = scan.sentences[index]
    text = doc_text(scan.ctx.doc)
    runs: list[float] = []
    last_end, last_unit = -1, 0
    for i in scan.ctx.dates_in_sentence(index):
        d = scan.ctx.dates[i]
        m = _PART.fullmatch(d.value or "") if d.kind == "duration" else None
        if m is None:
            last_end = -1
            continue
        unit = _SECONDS[m.group(2)]
        seconds = int(m.group(1)) * unit
        joined = (
            re.fullmatch(r"\s+(?:and\s+)?", text[last_end : d.start]) if last_end >= 0 else None
        )
        if runs and joined and unit < last_unit:  # "2 hours 4 minutes": smaller units follow
            runs[-1] += seconds
        else:
            runs.append(seconds)
        last_end, last_unit = d.end, unit
    return runs + clock_seconds(sent.text)


def _distance(sent: Masked, speed: Figure) -> Figure | None:
    """The one distance of the sentence, its bracketed conversions left out."""
    found = []
    for k, f in enumerate(sent.figures):
        if f is speed or f.unit not in _DISTANCES:
            continue
        prev = sent.figures[k - 1] if k else None
        if prev is not None and prev.unit in _DISTANCES:
            gap = sent.text[prev.end - sent.start : f.start - sent.start]
            if _CONVERTED.fullmatch(gap):
                continue  # "2.4-mile (3.9km)"
        found.append(f)
    return found[0] if len(found) == 1 else None


def check_speeds(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        for speed in sent.figures:
            unit = _SPEEDS.get(speed.unit or "")
            if unit is None:
                continue
            before = sent.text[max(0, speed.start - sent.start - 40) : speed.start - sent.start]
            if not _AVERAGE_BEFORE.search(before):
                continue
            distance = _distance(sent, speed)
            times = _times(scan, index)
            if distance is None or len(times) != 1 or times[0] <= 0:
                continue
            lo = convert(distance.interval.lo, distance.unit or "", unit)
            hi = convert(distance.interval.hi, distance.unit or "", unit)
            if lo is None or hi is None:
                continue
            hours = Interval((times[0] - 0.5) / 3600, (times[0] + 0.5) / 3600)
            computed = Interval(lo / hours.hi, hi / hours.lo)
            rounding, allowed = stated_allowed(sent, speed, computed)
            h, rest = divmod(times[0], 3600)
            clock = f"{int(h)}:{int(rest // 60):02d}:{rest % 60:04.1f}".replace(".0", "")
            findings.append(
                make_finding(
                    "average",
                    "consistent" if rounding else "inconsistent",
                    None,
                    computed.mid,
                    allowed,
                    rounding,
                    f"average speed {speed.text} {speed.unit}: {distance.text} {distance.unit} "
                    f"in {clock} = {fmt(computed.mid)} {speed.unit}",
                    "checks.speeds.distance_over_time",
                    [distance.text, clock],
                    start=speed.start,
                    end=speed.end,
                    stated=speed.text,
                )
            )
    return findings

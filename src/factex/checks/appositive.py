"""Changes stated after their pair, and changes that point back at the sentence before.

Wire and agency copy often gives the two figures first and the change last, as an appositive:

- "earnings were 187.4 mln dlrs, against 312.6 mln dlrs a year earlier, a fall of 40.1 pct"
- "the share rose to 25.5% from 12.1%, a gain of 13.4 percentage points"
- "uptake was 83.9%, down from 85.2% a year earlier, a fall of 1.3 points"

or states the pair in one sentence and the change in the next: "Exports fell to 1.14 mln bags
from 1.52 mln. The decline of 25 pct was ...", "The cap will rise to £1,758 from £1,720. That is
an increase of £38, or 2.2%."

The change is recomputed from the pair: a percentage against a pair of counts or amounts is a
percent change (``percent_change``); a percentage or "points" against a pair of shares is a
points change (``percentage_points``, as in :mod:`factex.checks.points`); an amount of the
pair's own kind is the difference (``total``: the new figure is the old one plus the change).

Precision first: figures inside a gap are allowed only when they cannot be a competing value
(a date, a duration, a bracketed conversion, a figure of another kind); the back reference needs
exactly one pair in the sentence before, and a change word that agrees with its direction.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..models import Finding
from .change import COARSE_RULE, coarse_note, percent_change, wrong_base_only
from .figures import (
    F,
    Figure,
    Masked,
    Scan,
    alternation,
    check_lexicon,
    plausible_pair,
    sig_step,
)
from .inputs import as_input, loosened, shared_unit
from .points import points_verdict
from .tolerance import Interval, first_passing
from .util import fmt, make_finding, unverifiable

__all__ = ["check_appositive_changes"]

_ABBR = r"(?<=\b[A-Z])\."
"""The dot of an initialism ("66.4 U.S. cts a lb"): not a sentence end."""
_GAP = rf"(?:[^#.;,]|#\d+#|{_ABBR}){{0,60}}?"
"""Between a figure and the next link word: words, ``@k@`` figures, and figures that
:func:`_foreign` must accept ("83.9% of an electorate of 71,790, down from")."""
_CLAUSE = rf"(?:[^#.;]|#\d+#|{_ABBR}){{0,90}}?"
"""Between a figure and a link word after it: commas too ("£1,344 in the year to August,
according to the ONS, up from £1,272"; "4.21 bn dlrs, more than half the total, against 3.59
bn"): the link word names the figure before it as the compared one."""
_TAIL = rf"(?:[^#.;,]|#\d+#|{_ABBR}){{0,40}}?"
"""Between the old figure and the change: "a year earlier", "in @3@", "on Saturday"."""
_POINT = re.compile(r"-points?$")
_LINK = r"(?:against|compared\s+(?:with|to)|versus|vs\.?|(?:up|down)\s+from)"
_APPROX = r"(?:(?P<approx>about|some|around|roughly|approximately)\s+)?"


@cache
def _words() -> tuple[str, str]:
    lex = check_lexicon()
    noun = alternation(lex.up_nouns + lex.down_nouns)
    return noun, r"(?P<pts>[\s-]*(?:percentage[\s-]+)?points?\b)?"


def _changes() -> list[str]:
    """ "a 23% increase", "a fall of 40.1 pct", "a gain of 13.4 points", "an increase of £38"."""
    noun, pts = _words()
    n = f"(?P<noun>{noun})"
    return [
        rf"(?:a|an)\s+{_APPROX}{F('d')}{pts}(?:\s+per\s*cent)?\s+{n}",
        rf"(?:a|an)\s+{n}\s+of\s+{_APPROX}{F('d')}{pts}",
        rf"(?P<noun>up|down)\s+(?:by\s+)?{_APPROX}{F('d')}{pts}(?!\s+(?:(?:percentage\s+)?points?\s+)?(?:from|on|over|against|compared)\b)",
    ]


@cache
def _pairs() -> list[str]:
    """A new and an old figure: "NEW, against OLD", "to NEW from OLD", "from OLD to NEW"."""
    return [
        rf"{F('new')}{_CLAUSE},?\s+{_LINK}\s+{F('old')}",
        rf"\bto\s+{F('new')}{_GAP},?\s+from\s+{F('old')}",
        rf"\bfrom\s+{F('old')}{_GAP}\s+to\s+{F('new')}",
    ]


@cache
def _second() -> str:
    """ "an increase of £38, or 2.2%": the same change as an amount and as a percentage."""
    return rf"(?:,?\s+or\s+{F('d2')}{_words()[1].replace('(?P<pts>', '(?P<pts2>')})?"


@cache
def _appositives() -> list[re.Pattern[str]]:
    """A pair, then ", a fall of X%" (lookaheads: matches may overlap)."""
    return [
        re.compile(rf"(?=(?:{p}){_TAIL},\s+{c}{_second()})", re.I)
        for p in _pairs()
        for c in _changes()
    ]


@cache
def _pair_patterns() -> list[re.Pattern[str]]:
    return [re.compile(rf"(?=(?:{p}))", re.I) for p in _pairs()]


@cache
def _back_references() -> list[re.Pattern[str]]:
    """ "The decline of 25 pct was ...", "That is an increase of £38, or 2.2%."."""
    noun, pts = _words()
    verb = r"(?:is|was|represents|represented|marks|marked|means|meant|amounts\s+to|amounted\s+to)"
    end = r"(?!\s+(?:in|for|among|on|at|per|of)\b)"
    heads = [
        rf"The\s+(?P<noun>{noun})\s+of\s+{_APPROX}{F('d')}{pts}",
        rf"The\s+{F('d')}{pts}(?:\s+per\s*cent)?\s+(?P<noun>{noun})",
        *(rf"(?:That|This|It)\s+{verb}\s+{c}" for c in _changes()),
    ]
    return [re.compile(rf"^\W*{h}{_second()}{end}", re.I) for h in heads]


def check_appositive_changes(scan: Scan) -> list[Finding]:
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        used: set[int] = set()
        for pattern, text in ((p, t) for t in _texts(sent) for p in _appositives()):
            for m in pattern.finditer(text):
                pair = _pair(sent, m)
                if text is not sent.loose and not _durations_alike(sent, pair):
                    continue
                if pair is not None and _against(pair, _sign(m.group("noun"))):
                    continue  # "180.8 mln compared with 147.5 mln for coffee, a drop of 42
                    # pct from last year": the change is of something else, as below
                for suffix in ("", "2"):
                    d = _stated(sent, m, suffix)
                    if pair is None or d is None or d.start in used:
                        continue
                    if finding := _verdict(d, _sign(m.group("noun")), *pair):
                        used.add(d.start)
                        findings.append(finding)
        if index:
            findings += _referring_back(scan.sentences[index - 1], sent)
            findings += _subject_before(scan.sentences[index - 1], sent)
    return findings


def _texts(sent: Masked) -> list[str]:
    """:attr:`Masked.loose`, and when it has two or more durations, the same text with them
    written ``#k#`` again: "47 minutes, compared with 38 minutes a year before, a rise of
    19%" compares two durations (only such pairs are read from the second text)."""
    durations = [
        k
        for k, f in enumerate(sent.figures)
        if k in sent.soft and f.in_duration and not (f.in_date or f.looks_like_year)
    ]
    if len(durations) < 2:
        return [sent.loose]
    text = sent.loose
    for k in durations:
        text = text.replace(f"@{k}@", f"#{k}#", 1)
    return [sent.loose, text]


def _durations_alike(sent: Masked, pair: tuple[Figure, Figure] | None) -> bool:
    """Both figures durations in the same unit word ("47 minutes" and "38 minutes")."""
    if pair is None or not all(f.in_duration for f in pair):
        return False
    units = {_next_word(sent, f) for f in pair}
    return len(units) == 1 and None not in units


def _next_word(sent: Masked, f: Figure) -> str | None:
    m = re.match(r"\s*([A-Za-z]+)", sent.text[f.end - sent.start :])
    word = f.text.split()[-1] if " " in f.text else (m.group(1) if m else None)
    return word.lower().rstrip("s") if word else None


@cache
def _subject_elsewhere() -> list[re.Pattern[str]]:
    """ "The number of waits was up from 44,765 in September, a jump of 18%": no figure before
    the link word, so the new figure is the subject, given in the sentence before."""
    link = r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:up|down)\s+from"
    return [
        re.compile(rf"^[^#]*?\b{link}\s+{F('old')}{_TAIL},\s+{c}{_second()}", re.I)
        for c in _changes()[:2]
    ]


def _subject_before(previous: Masked, sent: Masked) -> list[Finding]:
    """The new figure of a subject-only sentence: the one figure of the sentence before (its
    last line) of the old figure's kind and size (within a factor of 20); none when two."""
    m = next((m for p in _subject_elsewhere() if (m := p.match(sent.loose))), None)
    if m is None or (old := sent.fig(m, "old")) is None:
        return []
    line = previous.start + previous.text.rstrip().rfind("\n") + 1  # not a headline run in
    found = [
        f
        for k, f in enumerate(previous.figures)
        if k not in previous.soft
        and f.start >= line
        and f.kind == old.kind
        and plausible_pair(f, old)
    ]
    if len(found) != 1 or old.kind in ("date", "percent", "percentage_point"):
        return []
    new = as_input(previous.text, found[0], previous.start)
    old = as_input(sent.text, old, sent.start)
    sign = _sign(m.group("noun"))
    if new is None or old is None or _against((new, old), sign):
        return []
    return [
        f
        for suffix in ("", "2")
        if (d := _stated(sent, m, suffix)) is not None and (f := _verdict(d, sign, new, old))
    ]


def _referring_back(previous: Masked, sent: Masked) -> list[Finding]:
    m = next((m for p in _back_references() if (m := p.match(sent.loose))), None)
    if m is None:
        return []
    pairs = {
        (new.start, old.start): (new, old)
        for pattern in _pair_patterns()
        for p in pattern.finditer(previous.loose)
        if (pair := _pair(previous, p)) is not None
        for new, old in [pair]
    }
    olds = {
        p.start("old") for pattern in _pair_patterns() for p in pattern.finditer(previous.loose)
    }
    if len(pairs) != 1 or len(olds) != 1:
        return []  # no pair, or two (even one not read): which one does "the decline" refer to?
    new, old = next(iter(pairs.values()))
    sign = _sign(m.group("noun"))
    if _against((new, old), sign):
        return []  # "the decline" after a rise refers to something else
    found = []
    for suffix in ("", "2"):
        d = _stated(sent, m, suffix)
        if d is not None and (finding := _verdict(d, sign, new, old)):
            found.append(finding)
    return found


def _against(pair: tuple[Figure, Figure], sign: int) -> bool:
    """The change word goes the other way from the pair: it describes another change."""
    new, old = pair
    return (new.value > old.value and sign < 0) or (new.value < old.value and sign > 0)


def _pair(sent: Masked, m: re.Match[str]) -> tuple[Figure, Figure] | None:
    """The (new, old) figures of a match: of one kind, plain or approximate (not bounds),
    with nothing in the gaps that could be a competing figure."""
    new, old = sent.fig(m, "new"), sent.fig(m, "old")
    if new is None or old is None:
        return None
    figure_first = m.start("new") == m.start()  # "NEW, against OLD"; else "to"/"from" frame
    new, old = shared_unit(new, old, sent.text, sent.start)
    if new.kind != old.kind or new.kind == "date":
        return None
    if not all(_foreign(f, new) for f in sent.gap_figures(m, ("new", "old", "d"))):
        return None
    if figure_first and any(
        f.kind == new.kind
        for k, f in enumerate(sent.figures[: sent.figures.index(new)])
        if k not in sent.soft
    ):
        return None  # "500 units, 300 of them abroad, against 400": which one is the new value?
    new_in, old_in = as_input(sent.text, new, sent.start), as_input(sent.text, old, sent.start)
    if new_in is None or old_in is None:
        return None
    return new_in, old_in


def _foreign(f: Figure, new: Figure) -> bool:
    """A figure in a gap that cannot be one of the pair: another kind, and not a percentage
    (a share or change between the pair is a competitor)."""
    return f.kind != new.kind and f.kind not in ("percent", "percentage_point")


def _stated(sent: Masked, m: re.Match[str], suffix: str) -> Figure | None:
    """The stated change; an "about" change is rounded to its last non-zero digit."""
    if f"d{suffix}" not in m.re.groupindex:
        return None
    d = sent.fig(m, f"d{suffix}")
    if d is None:
        return None
    if (m.groupdict().get(f"pts{suffix}") or _POINT.search(d.text)) and not d.percent:
        d = replace(d, percent="percentage_point")
    if m.groupdict().get(f"approx{suffix}"):
        d = replace(d, step=sig_step(d))
    return d


def _sign(noun: str) -> int:
    word = " ".join(noun.lower().split())
    return 1 if word == "up" or word in check_lexicon().up_nouns else -1


def _verdict(d: Figure, sign: int, new: Figure, old: Figure) -> Finding | None:
    if new.kind == "percent" and d.percent in ("percent", "percentage_point"):
        return points_verdict(d, old, new, sign, d.percent == "percentage_point")
    if new.kind == "percent":
        return None
    if d.percent == "percent":
        return _percent_verdict(d, sign, new, old) if plausible_pair(new, old) else None
    if d.kind == new.kind:
        return _difference_verdict(d, sign, new, old)
    return None


def _percent_verdict(d: Figure, sign: int, new: Figure, old: Figure) -> Finding | None:
    d = loosened(d, new, old)
    computed = percent_change(new.interval, old.interval)
    if computed is None:
        return None
    stated = sign * d.value
    rounding, allowed = first_passing(stated, d.step, computed)
    desc = f"{'up' if sign > 0 else 'down'} {d.text} from {old.text} to {new.text}"
    note = "" if rounding in (None, "half-up") else " (passes only by truncation)"
    if rounding is not None and wrong_base_only(new.interval, old.interval, stated, d.step):
        where = dict(start=d.start, end=d.end, stated=d.text)
        inputs = [f"{fmt(new.value)} ({new.text})", f"{fmt(old.value)} ({old.text})"]
        return unverifiable(
            "percent_change", None, coarse_note(desc, computed), COARSE_RULE, inputs, **where
        )
    if rounding is None:
        note = _diagnose(new, old, stated, d.step, computed)
    return make_finding(
        "percent_change",
        "consistent" if rounding else "inconsistent",
        None,
        computed.mid,
        allowed,
        rounding,
        f"{desc}: computed {computed.mid:+.2f}%"
        + ("" if rounding else f", stated {stated:+g}%")
        + note,
        "checks.appositive.percent_change",
        [f"{fmt(new.value)} ({new.text})", f"{fmt(old.value)} ({old.text})"],
        start=d.start,
        end=d.end,
        stated=d.text,
    )


def _diagnose(new: Figure, old: Figure, stated: float, step: float, computed: Interval) -> str:
    """Name the usual mistake when it explains the stated figure."""
    n, o = new.interval, old.interval
    if n.lo > 0:
        on_new = Interval(100 * (n.lo - o.hi) / n.lo, 100 * (n.hi - o.lo) / n.lo)
        if first_passing(stated, step, on_new)[0]:
            return "; it matches a change computed on the new value (wrong base)"
    if o.lo > 0 and stated > 0:
        ratio = Interval(100 * n.lo / o.hi, 100 * n.hi / o.lo)
        if first_passing(stated, step, ratio)[0]:
            return (
                f"; {stated:g}% is the ratio of the two figures ({ratio.mid / 100:.2f} times), "
                f"not the increase"
            )
    if (computed.mid > 0) != (stated > 0) and computed.mid != 0:
        return "; the figures move the other way from the word used"
    return ""


def _difference_verdict(d: Figure, sign: int, new: Figure, old: Figure) -> Finding:
    """ "£1,758, up from £1,720, an increase of £38": new − old, rounding-aware."""
    n, o = new.interval, old.interval
    computed = Interval(n.lo - o.hi, n.hi - o.lo)
    stated = sign * d.value
    rounding, allowed = first_passing(stated, d.step, computed)
    desc = f"{old.text} to {new.text} is {computed.mid:+,.6g}"
    return make_finding(
        "total",
        "consistent" if rounding else "inconsistent",
        None,
        computed.mid,
        allowed,
        rounding,
        f"{d.text}: {desc}" + ("" if rounding else f", stated {stated:+,g}"),
        "checks.appositive.difference",
        [f"{fmt(new.value)} ({new.text})", f"{fmt(old.value)} ({old.text})"],
        start=d.start,
        end=d.end,
        stated=d.text,
    )

"""Percent change against a baseline: "up 19% on this time last year (26,699)"."""

from __future__ import annotations

import re
from functools import cache

from ..doctext import doc_text
from ..models import Claim, Finding
from .figures import (
    F,
    Figure,
    Masked,
    Scan,
    alternation,
    check_lexicon,
    plausible_pair,
    same_kind,
    sig_step,
)
from .inputs import as_input, loosened
from .tolerance import Interval, exact_or_rounded, first_passing
from .util import fmt, make_finding, unverifiable

__all__ = [
    "COARSE_RULE",
    "check_change_text",
    "check_percent_change",
    "coarse_note",
    "percent_change",
    "wrong_base_only",
]


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
                    unverifiable(
                        "percent_change",
                        claim,
                        f"{claim.text} change: only one of the two compared figures was found",
                        "checks.change.partial_link",
                    )
                )
            continue
        subject, base = claims[claim.subject], claims[claim.base]
        if subject.qualifier not in _ROUNDED or base.qualifier not in _ROUNDED:
            continue  # "from more than 50,000": a bound, not a figure to recompute
        if subject.unit != base.unit or "percent" in (subject.unit, base.unit):
            continue  # "to 118.5 from January when it fell 0.7 pct": not the same quantity
        findings.append(_check_one(claim, subject, base))
    return findings


def _check_one(claim: Claim, subject: Claim, base: Claim) -> Finding:
    new, old = _claim_interval(subject), _claim_interval(base)
    computed = percent_change(new, old)
    inputs = [f"{fmt(subject.value)} ({subject.text})", f"{fmt(base.value)} ({base.text})"]
    if computed is None:
        return unverifiable(
            "percent_change",
            claim,
            "baseline is zero or negative",
            "checks.change.bad_base",
            inputs,
        )
    sign = -1 if claim.change == "down" else 1
    stated = sign * claim.value
    step = claim.step
    if {subject.qualifier, base.qualifier} & set(_ROUNDED[1:]):  # approximate inputs
        step = sig_step(Figure(claim.start, claim.end, claim.text, claim.value, claim.step))
    rounding, allowed = first_passing(stated, step, computed)
    direction = "up" if sign > 0 else "down"
    desc = f"{direction} {claim.text} from {fmt(base.value)} to {fmt(subject.value)}"
    if rounding is not None and wrong_base_only(new, old, stated, step):
        return unverifiable(
            "percent_change", claim, coarse_note(desc, computed), COARSE_RULE, inputs
        )
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
        + _diagnose(new, old, stated, step),
        "checks.change.percent",
        inputs,
    )


_ROUNDED = (None, "about", "some")
"""Qualifiers of a figure that is still a figure: "some 39,900" is rounded, not a bound."""


def _claim_interval(c: Claim) -> Interval:
    """A claim's figure as an input; "some 39,900" is rounded to its last non-zero digit."""
    if c.qualifier in _ROUNDED[1:]:
        return Figure(c.start, c.end, c.text, c.value, c.step, approx=True).interval
    return exact_or_rounded(c.value, c.step)


def _rounding_note(rounding: str) -> str:
    return "" if rounding == "half-up" else " (passes only by truncation)"


def _diagnose(new: Interval, old: Interval, stated: float, step: float) -> str:
    """Name a common mistake when it explains the stated figure."""
    if new.lo > 0:
        on_new = Interval(100 * (new.lo - old.hi) / new.lo, 100 * (new.hi - old.lo) / new.lo)
        if first_passing(stated, step, on_new)[0]:
            return "; it matches a change computed on the new value (wrong base)"
    return ""


COARSE_RULE = "checks.change.coarse_wrong_base"


def wrong_base_only(new: Interval, old: Interval, stated: float, step: float) -> bool:
    """True when a change passes only through its inputs' rounding, while the figures as
    written give the wrong-base change exactly: "4.2 pence, up from 3.5 pence, a rise of 17%"
    (20% on the old value; 17% is 0.7 / 4.2). Too coarse to call an error, wrong to call right.

    >>> wrong_base_only(Interval(4.15, 4.25), Interval(3.45, 3.55), 17, 1)
    True
    >>> wrong_base_only(Interval(4.15, 4.25), Interval(3.45, 3.55), 20, 1)
    False
    >>> wrong_base_only(Interval(31842, 31842), Interval(26699, 26699), 19, 1)
    False
    """
    if new.mid <= 0 or old.mid <= 0:
        return False
    on_old = 100 * (new.mid - old.mid) / old.mid
    on_new = 100 * (new.mid - old.mid) / new.mid
    return abs(on_new - stated) <= step / 2 and abs(on_old - stated) > step


def coarse_note(desc: str, computed: Interval) -> str:
    return (
        f"{desc}: computed {computed.mid:+.2f}% from the figures as written; the stated change "
        "is the one computed on the new value (wrong base), and only the inputs' rounding "
        "lets it pass: too coarse to decide"
    )


# --- Patterns over masked sentences: "rose 4.2 pct to 1.3 mln from 1.25 mln" -------------

_FROM = r",?\s+(?:up\s+|down\s+)?from\s+"
# words (no figures) between the new value and "from": "1.3 mln dlrs", "£3.1bn ($3.9bn)",
# "3,912 offences in the year to March"
# ... but no new clause: "from 93,000 tons a week earlier and compared to 59,000" is two bases
_GAP = (
    r"(?:\s+(?!(?:and|but|while|compared|against|versus|vs)\b)[A-Za-z.$£€'’]+"
    r"|\s*\([^()#@]{0,4}[#@]\d+[#@][^()#@]{0,12}\)){0,6}?"  # @k@: see Masked.loose
)
_WHEN = r"(?:\s+(?:[A-Za-z'’]+|@\d+@)){0,5}?"  # "rose 3.2% in the year to August to £271,000"
_OLD_WORDS = r"(?:[A-Za-z'’]+\s+){0,3}(?:of\s+)?"  # "on last season's (average of) 2,497"


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    lex = check_lexicon()
    verb = rf"(?P<verb>{alternation(lex.up_verbs + lex.down_verbs)})"
    noun = rf"(?P<noun>{alternation(lex.up_nouns + lex.down_nouns)})"
    by = (
        r"\s+(?:(?:a\s+)?further\s+|another\s+)?(?:by\s+)?"  # "fell a further 11%"
        r"(?:(?:about|some|around|almost|nearly)\s+)?"
    )
    to = rf"{_WHEN},?\s+to\s+"
    on = r"\s+(?:from|on|compared\s+with|against)\s+"
    return [
        (
            "checks.change.verb_to_from",
            re.compile(rf"\b{verb}{by}{F('pct')}{to}{F('new')}{_GAP}{_FROM}{F('old')}", re.I),
        ),
        (
            "checks.change.verb_from_to",
            re.compile(rf"\b{verb}{by}{F('pct')}{_FROM}{F('old')}{_GAP}\s+to\s+{F('new')}", re.I),
        ),
        (
            "checks.change.noun_to_from",
            re.compile(
                rf"{F('pct')}\s+{noun}(?:\s+in\s+[a-z ]{{1,30}}?)?\s+to\s+{F('new')}{_GAP},?"
                rf"{on}{F('old')}",
                re.I,
            ),
        ),
        (
            "checks.change.figure_then_change",
            re.compile(
                rf"{F('new')}[^#.;]{{0,40}},\s+(?:(?:a|an)\s+{F('pct')}\s+{noun}|{verb}\s+"
                rf"(?:by\s+|of\s+)?{F('pct2')})(?:{on}{_OLD_WORDS}{F('old')}|{on}[^#.;()]{{0,40}}?"
                rf"(?:\(\s*{F('old2')}\s*\)|,\s+when\s+(?:there|it|they)\s+(?:was|were)\s+"
                rf"{F('old3')}))",  # "up 4% on the same month last year, when there were 2.29m"
                re.I,
            ),
        ),
        (
            "checks.change.verb_to",
            re.compile(rf"\b{verb}{by}{F('pct')}{to}{F('new')}", re.I),
        ),
        (
            "checks.change.noun_to",
            re.compile(rf"{F('pct')}\s+{noun}\s+to\s+{F('new')}", re.I),
        ),
    ]


_BASE_LATER = re.compile(
    rf"^[^#;]{{0,60}}?\b(?:compared\s+with|compared\s+to|against|versus|vs\.?|from)\s+{F('old')}",
    re.I,
)
_BASE_NEXT = [
    re.compile(
        r"\b(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+previous\s+year|"
        rf"in\s+the\s+same\s+period\s+last\s+year)[^#.;]{{0,40}}?\b(?:was|were|stood\s+at)\s+{F('old')}",
        re.I,
    ),
    re.compile(
        rf"\b(?:was|were|stood\s+at|compared\s+with)\s+{F('old')}[^#.;]{{0,20}}?\b(?:a\s+year\s+"
        r"(?:earlier|ago|before)|last\s+year|the\s+previous\s+year|the\s+year\s+before)",
        re.I,
    ),
]


def _direction(match: re.Match[str]) -> int | None:
    lex = check_lexicon()
    word = (match.group("verb") if "verb" in match.re.groupindex else None) or (
        match.group("noun") if "noun" in match.re.groupindex else None
    )
    if word is None:
        return None
    word = " ".join(word.lower().split())
    if word in lex.up_verbs or word in lex.up_nouns:
        return 1
    if word in lex.down_verbs or word in lex.down_nouns:
        return -1
    return None


_OTHER_PERIOD = re.compile(
    r"^[^#.;]{0,25}?\b(?:(?:in|for|during)\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b|(?:a|one)\s+(?:week|month|quarter)\s+"
    r"(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+(?:week|month|quarter))",
    re.I,
)
_YEAR_ON_YEAR = re.compile(
    r"\b(?:from|on|over|than)\s+(?:a|one)\s+year\s+(?:earlier|ago|before)\b|"
    r"\byear[-\s](?:on|over)[-\s]year\b|\bfrom\s+the\s+same\s+(?:month|week|period|quarter)\s+"
    r"(?:last|a)\s+year\b",
    re.I,
)


def _other_convention(scan: Scan, sent: Masked, old: Figure) -> bool:
    """A base dated to the week or month before ("compared with 146,610 in April") in an
    article that measures its changes year on year: which base the percentage is on is not
    said, so neither is taken."""
    after = sent.text[old.end - sent.start :]
    return bool(_OTHER_PERIOD.match(after)) and bool(_YEAR_ON_YEAR.search(doc_text(scan.ctx.doc)))


def _base_elsewhere(scan: Scan, index: int, sent: Masked, after: int) -> Figure | None:
    """The baseline stated later in the sentence or in the next/previous one; exactly one."""
    if m := _BASE_LATER.match(sent.masked[after:]):
        old = sent.fig(m, "old")
        return None if old is None or _other_convention(scan, sent, old) else old
    found: list[Figure] = []
    for other in (scan.previous(index), _next(scan, index)):
        if other is None:
            continue
        for pattern in _BASE_NEXT:
            found += [f for m in pattern.finditer(other.masked) if (f := other.fig(m, "old"))]
    if len(found) != 1:
        return None
    kind = found[0].kind
    if sum(f.kind == kind for f in sent.figures) != 1:
        return None  # the sentence holds other figures of that kind: which one changed?
    return found[0]


def _next(scan: Scan, index: int) -> Masked | None:
    return scan.sentences[index + 1] if index + 1 < len(scan.sentences) else None


_INVERSE = re.compile(
    r"\b(?:against|versus|to|per)\s+(?:the\s+|one\s+|each\s+)?(?:U\.?S\.?\s+)?(?:dollar|yen|"
    r"mark|pound|sterling|franc|euro|guilder|lira|currency)\b"
    r"|\b(?:comparable|same)[-\s](?:store|stores)\b|\bcomparable\s+basis\b|\blike[-\s]for[-\s]like\b",
    re.I,
)
"""Exchange rates are quoted both ways ("the yen rose 0.8 pct to 153.50 per dollar")."""


def check_change_text(scan: Scan) -> list[Finding]:
    """Percent changes the claim builder did not link, read from patterns in the sentence."""
    findings: list[Finding] = []
    for index, sent in enumerate(scan.sentences):
        if _INVERSE.search(sent.text):
            continue
        used: set[int] = set()
        for rule, pattern in _patterns():
            for m in pattern.finditer(sent.loose):  # a date may sit in a gap ("by April 6")
                pct = sent.fig(m, "pct")
                if pct is None and "pct2" in m.re.groupindex:
                    pct = sent.fig(m, "pct2")
                if pct is None or pct.percent != "percent" or pct.start in used:
                    continue
                new = sent.fig(m, "new")
                old = sent.fig(m, "old") if "old" in m.re.groupindex else None
                for other in ("old2", "old3"):
                    if old is None and other in m.re.groupindex:
                        old = sent.fig(m, other)
                if old is None:
                    old = _base_elsewhere(scan, index, sent, m.end())
                sign = _direction(m)
                if sign is None or new is None or new.percent:
                    continue
                used.add(pct.start)
                if old is None or not same_kind(new, old):
                    continue
                text = doc_text(scan.ctx.doc)
                new, old = as_input(text, new), as_input(text, old)
                if new is None or old is None:
                    continue  # "from more than 50,000": a bound, not a figure to recompute
                if not plausible_pair(new, old):
                    continue
                findings.append(_verdict(loosened(pct, new, old), sign, new, old, rule))
    return findings


def _verdict(pct: Figure, sign: int, new: Figure, old: Figure, rule: str) -> Finding:
    inputs = [f"{fmt(new.value)} ({new.text})", f"{fmt(old.value)} ({old.text})"]
    where = dict(start=pct.start, end=pct.end, stated=pct.text)
    computed = percent_change(new.interval, old.interval)
    if computed is None:
        return unverifiable(
            "percent_change",
            None,
            "baseline is zero or negative",
            "checks.change.bad_base",
            inputs,
            **where,
        )
    stated = sign * pct.value
    rounding, allowed = first_passing(stated, pct.step, computed)
    desc = f"{'up' if sign > 0 else 'down'} {pct.text} from {old.text} to {new.text}"
    if rounding is not None and wrong_base_only(new.interval, old.interval, stated, pct.step):
        note = coarse_note(desc, computed)
        return unverifiable("percent_change", None, note, COARSE_RULE, inputs, **where)
    if rounding is not None:
        return make_finding(
            "percent_change",
            "consistent",
            None,
            computed.mid,
            allowed,
            rounding,
            f"{desc}: computed {computed.mid:+.2f}%" + _rounding_note(rounding),
            rule,
            inputs,
            **where,
        )
    note = _diagnose(new.interval, old.interval, stated, pct.step)
    if not note and (computed.mid > 0) != (stated > 0) and abs(computed.mid) > 0:
        swapped = percent_change(old.interval, new.interval)
        if first_passing(-stated, pct.step, computed)[0] is None and (
            swapped is None or first_passing(stated, pct.step, swapped)[0] is None
        ):
            # the other way AND by another amount (and not the two figures swapped): most
            # likely not the pair the change is about ("10.5 cts on the split shares, a
            # 10.5 pct increase from the 19 cts before the split"): no alarm
            return unverifiable(
                "percent_change",
                None,
                f"{desc}: computed {computed.mid:+.2f}%, the other way and by another amount: "
                "these may not be the figures the change is about",
                "checks.change.unlinked_direction",
                inputs,
                **where,
            )
        note = "; the figures move the other way from the word used"
    return make_finding(
        "percent_change",
        "inconsistent",
        None,
        computed.mid,
        allowed,
        None,
        f"{desc}: computed {computed.mid:+.2f}%, stated {stated:+g}%" + note,
        rule,
        inputs,
        **where,
    )

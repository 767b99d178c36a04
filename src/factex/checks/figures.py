"""Figures per sentence, masked so that check patterns can be plain regular expressions.

Every number in a sentence is replaced by ``#k#`` (its index in :attr:`Masked.figures`), so
"rose 4.2 pct to 1.3 mln from 1.25 mln" reads ``rose #0# to #1# from #2#`` and a pattern can
name each figure it needs. Offsets stay on the figures, never on the masked text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, cached_property

from pydantic import BaseModel, ConfigDict

from ..claims.context import ArticleContext
from ..doctext import doc_text
from ..quantities.numerals import NumberMatch, find_numbers
from ..resources import load_model
from .tolerance import Interval

__all__ = ["CheckLexicon", "Figure", "Masked", "Scan", "check_lexicon", "sig_step"]


class CheckLexicon(BaseModel):
    """data/checks.json, validated when first loaded."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    description: str = ""
    up_verbs: list[str]
    down_verbs: list[str]
    up_nouns: list[str]
    down_nouns: list[str]
    multiples: dict[str, tuple[float, float, float]]
    fractions: dict[str, tuple[float, float]]
    fraction_qualifiers: dict[str, str]
    conversion_units: dict[str, str]
    currency_names: dict[str, str]
    weekdays: dict[str, int]
    months: dict[str, int]
    plan_words: list[str] = []
    """Lemmas that make a figure a plan or forecast ("its plan to place 28 units")."""


@cache
def check_lexicon() -> CheckLexicon:
    return load_model("checks.json", CheckLexicon)


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    text: str
    value: float
    step: float
    currency: str | None = None
    percent: str | None = None
    unit: str | None = None
    """A measurement unit glued to or right after the number ("16km", "86F", "10 miles")."""
    is_word: bool = False
    in_date: bool = False
    """Part of a date ("April four", "March 12", "the 1985 fourth quarter"): never a value."""
    in_duration: bool = False
    """Part of a duration ("in 24 hours"): a period, not one of the compared values."""
    approx: bool = False
    """Introduced by "about", "some", "around"...: rounded to its last non-zero digit."""

    @property
    def interval(self) -> Interval:
        """The true values this figure may stand for: exact for a whole number stated to the
        unit, half a step either side otherwise ("1.3 mln" → 1.25..1.35 mln); an approximate
        figure is rounded to its last non-zero digit ("some 39,900" → 39,850..39,950).

        >>> Figure(0, 6, "39,900", 39900, 1, approx=True).interval
        Interval(lo=39850.0, hi=39950.0, hi_open=False)
        """
        if self.approx:
            step = sig_step(self)
            return Interval(self.value - step / 2, self.value + step / 2)
        if self.step <= 1 and float(self.value).is_integer():
            return Interval(self.value, self.value)
        return Interval(self.value - self.step / 2, self.value + self.step / 2)

    @property
    def looks_like_year(self) -> bool:
        """A bare 4-digit 1800..2100 ("from 1985"): a year, not a quantity."""
        return (
            self.kind_free
            and float(self.value).is_integer()
            and 1800 <= self.value <= 2100
            and self.text.isdigit()
        )

    @property
    def kind_free(self) -> bool:
        return not (self.percent or self.currency or self.unit)

    @property
    def kind(self) -> str:
        """A coarse unit family used to decide whether two figures can be compared."""
        if self.in_date or self.looks_like_year:
            return "date"
        if self.percent:
            return self.percent
        if self.currency:
            return f"money:{self.currency}"
        if self.unit:
            return f"unit:{self.unit}"
        return "number"


def sig_step(fig: Figure) -> float:
    """Precision of a figure read as significant digits: trailing zeros of a whole number are
    taken as rounding ("160" → 10, "3,000" → 1000, "1.3 mln" keeps 100,000).

    >>> sig_step(Figure(0, 3, "160", 160, 1)), sig_step(Figure(0, 3, "164", 164, 1))
    (10.0, 1.0)
    """
    if fig.step != 1 or not float(fig.value).is_integer() or fig.value == 0:
        return fig.step
    digits = str(int(abs(fig.value)))
    zeros = len(digits) - len(digits.rstrip("0"))
    return float(Decimal(10) ** zeros)


_GLUED = re.compile(
    r"(?<![\w.,#])(?P<neg>[-−–]|\b[Mm]inus\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d+))?"
    r"(?:\s|-)?(?P<unit>°\s?[CF]\b|(?:(?:degrees?|square|sq\.?)\s+)?[A-Za-z]{1,11}(?:/h)?\b)"
)


def _glued_unit(word: str) -> str | None:
    """The pint unit of a unit word ("km", "°C", "degrees Fahrenheit", "square miles").

    >>> _glued_unit("° C"), _glued_unit("degrees  Fahrenheit"), _glued_unit("square miles")
    ('degC', 'degF', 'mile**2')
    """
    units = check_lexicon().conversion_units
    word = word.replace(" ", "") if word.startswith("°") else " ".join(word.split())
    if word in units:
        return units[word]
    lower = word.lower()
    if lower in units and len(lower) > 2:
        return units[lower]
    return None


def start_of(m: re.Match[str]) -> int:
    return m.start("neg") if m.group("neg") else m.start("num")


def _measure(text: str, base: int) -> list[Figure]:
    """Numbers with a measurement unit ("30C", "16km", "-5C", "10 miles") that the general
    number reader leaves out or reads without their unit."""
    found = []
    for m in _GLUED.finditer(text):
        unit = _glued_unit(m.group("unit"))
        if unit is None:
            continue
        number_end = m.end("dec") if m.group("dec") else m.end("num")
        spaced = m.start("unit") > number_end
        if m.group("unit") in ("m", "in", "st", "ft", "mi", "F", "C"):
            if spaced:
                continue  # "5 m", "10 in": too ambiguous unless glued
            bracketed = (
                text[max(0, start_of(m) - 1) : start_of(m)] == "("
                or text[m.end("unit") : m.end("unit") + 1] == ")"
                or re.match(r"\s*\(", text[m.end("unit") :]) is not None  # "300m (984ft)"
            )
            if m.group("unit") == "m" and not bracketed:
                continue  # "5m people" is five million in British copy
        num = m.group("num").replace(",", "")
        dec = m.group("dec")
        value = float(f"{num}.{dec}") if dec else float(num)
        if m.group("neg"):
            value = -value
        step = 10.0 ** -len(dec) if dec else 1.0
        start, end = start_of(m), number_end
        found.append(Figure(base + start, base + end, text[start:end], value, step, unit=unit))
    return found


@dataclass
class Masked:
    """One sentence: its figures in text order and the masked text patterns run on."""

    start: int
    end: int
    text: str
    figures: list[Figure]
    masked: str = field(init=False)

    def __post_init__(self) -> None:
        parts, pos = [], self.start
        for k, f in enumerate(self.figures):
            parts.append(self.text[pos - self.start : f.start - self.start].replace("#", " "))
            parts.append(f"#{k}#")
            pos = f.end
        parts.append(self.text[pos - self.start :].replace("#", " "))
        self.masked = "".join(parts)

    def fig(self, match: re.Match[str], group: str) -> Figure | None:
        """The figure a ``#k#`` group of ``match`` stands for."""
        token = match.group(group)
        if not token:
            return None
        return self.figures[int(token.strip("#"))]

    def figure_at(self, masked_offset: int) -> Figure | None:
        m = re.match(r"#(\d+)#", self.masked[masked_offset:])
        return self.figures[int(m.group(1))] if m else None

    @cached_property
    def loose(self) -> str:
        """:attr:`masked` with the figures that are never one of the compared values written
        ``@k@`` instead of ``#k#``: figures in a date or a duration, a compound modifier
        ("60-kilo bags", "a 10-year bond") and a bracketed conversion of the figure before
        it. A gap pattern such as ``[^#.;]`` steps over them; ``F()`` never matches them.
        Same length and offsets as :attr:`masked`.

        >>> t = "rose to 2.4 bn euros ($2.8 bn) in 2024 from 1.9 bn euros"
        >>> s = read_sentence(t, 0, len(t))
        >>> s.loose
        'rose to #0# euros (@1@) in @2@ from #3# euros'
        """
        return _soften(self.masked, self.soft)

    @cached_property
    def soft(self) -> frozenset[int]:
        """Indexes of the figures :attr:`loose` writes ``@k@``."""
        return frozenset(
            k
            for k, f in enumerate(self.figures)
            if f.in_date
            or f.in_duration
            or f.looks_like_year
            or _MODIFIER.fullmatch(f.text)
            or self._converts_previous(k)
            or _LABEL_BEFORE.search(
                self.text, max(0, f.start - self.start - 24), f.start - self.start
            )
            is not None
        )

    def _converts_previous(self, k: int) -> bool:
        """ "2.41 bn euros ($2.80 bn)", "142mm (14.2in)": the figure in brackets right after
        a figure of another currency or unit restates it."""
        if k == 0:
            return False
        f, p = self.figures[k], self.figures[k - 1]
        if f.kind == p.kind or not all(x.currency or x.unit for x in (f, p)):
            return False
        before = self.text[p.end - self.start : f.start - self.start]
        after = self.text[f.end - self.start :]
        return bool(_BRACKET_OPEN.fullmatch(before)) and bool(_BRACKET_CLOSE.match(after))

    def gap_figures(self, match: re.Match[str], names: tuple[str, ...]) -> list[Figure]:
        """The figures written ``#k#`` inside ``match`` other than its named groups: the
        figures a gap let through, for the caller to judge (a count between two shares is
        no competitor; another share is)."""
        names = tuple(n for n in names if n in match.re.groupindex and match.group(n))
        named = {match.group(n) for n in names}
        lo, hi = match.span()
        if lo == hi and names:  # a lookahead pattern: its groups span what it read
            lo = min(match.start(n) for n in names)
            hi = max(match.end(n) for n in names)
        tokens = re.findall(r"#\d+#", match.string[lo:hi])
        return [self.figures[int(t.strip("#"))] for t in tokens if t not in named]


_LABEL_BEFORE = re.compile(
    r"\b(?:category|grade|level|tier|phase|stage|step|route|platform|junction|ward|flight|"
    r"channel|chapter|section|article|clause|page|number|no\.|year|key\s+stage|covid-)\s*$",
    re.I,
)
"""Words that make the number after them a name, not a quantity: "category 2 calls", "a
grade 4 or above", "Year 11 pupils", "stage 4 cancer"."""
_MODIFIER = re.compile(r"\d[\d.,]*-(?!points?$)[A-Za-z]+")  # "a 4.2-point rise" is a value
_BRACKET_OPEN = re.compile(r"\s*(?:[A-Za-z]+\s*){0,2}\(\s*")
_BRACKET_CLOSE = re.compile(r"[^()\d#]{0,14}\)")


def _soften(masked: str, soft: frozenset[int]) -> str:
    if not soft:
        return masked
    return re.sub(
        r"#(\d+)#", lambda m: f"@{m.group(1)}@" if int(m.group(1)) in soft else m.group(0), masked
    )


_TO_JOIN = re.compile(r"\s+to\s+", re.I)


def _numbers(chunk: str, found: list[NumberMatch] | None) -> list[tuple[NumberMatch, int]]:
    """``find_numbers`` with "from 40% to 43%" kept as two figures: a range joined by "to"
    is split (the verifier compares the two ends); other ranges stay whole. ``found`` is the
    chunk's numbers (chunk offsets) when the article's were already found."""
    out = []
    for n in find_numbers(chunk) if found is None else found:
        joint = _TO_JOIN.search(chunk, n.start, n.end)
        if getattr(n, "value_max", None) is None or joint is None:
            out.append((n, 0))
            continue
        for part_start, part_end in ((n.start, joint.start()), (joint.end(), n.end)):
            out += [(p, part_start) for p in find_numbers(chunk[part_start:part_end])]
    return out


def read_sentence(
    text: str, start: int, end: int, numbers: list[NumberMatch] | None = None
) -> Masked:
    """The sentence ``text[start:end]`` with its figures. ``numbers``: the numbers already
    found in it (offsets into ``text``); None finds them here."""
    chunk = text[start:end]
    found = None if numbers is None else [_shift(n, -start) for n in numbers]
    figures: list[Figure] = []
    for n, base in _numbers(chunk, found):
        is_range = getattr(n, "value_max", None) is not None
        figures.append(
            Figure(
                start + base + n.start,
                start + base + n.end,
                chunk[base + n.start : base + n.end],
                n.value,
                n.step,
                None if is_range else n.currency,
                None if is_range else n.percent,
                "range" if is_range else None,  # a range is no point figure: never compared
                n.is_word,
            )
        )
    for g in _measure(chunk, start):
        if g.unit == "pound" and _CURRENCY_AFTER.match(chunk, g.end - start - 0):
            continue
        clash = [f for f in figures if f.start < g.end and g.start < f.end]
        if clash and any(c.currency or c.percent for c in clash):
            continue
        figures = [f for f in figures if f not in clash]
        figures.append(g)
    figures.sort(key=lambda f: f.start)
    figures = [_currency_after(f, text) for f in figures]
    return Masked(start, end, chunk, figures)


def _shift(n: NumberMatch, by: int) -> NumberMatch:
    return replace(n, start=n.start + by, end=n.end + by)


_CURRENCY_AFTER = re.compile(
    r"\s+(pounds|pound|sterling|stg|dollars|dlrs|euros|yen|francs|marks|lire|lira|guilders|"
    r"pesos|rupees|crowns|kronor|yuan|rand|dinars|riyals|cruzados|pesetas|schillings)\b",
    re.I,
)
_CURRENCY_WORDS = {"stg": "GBP", "dlrs": "USD"}


def _currency_after(f: Figure, text: str) -> Figure:
    """ "412 million pounds", "1.3 mln dlrs": a currency named after the number."""
    if f.currency or f.percent or f.unit:
        return f
    m = _CURRENCY_AFTER.match(text, f.end)
    if m is None:
        return f
    word = m.group(1).lower()
    code = (
        _CURRENCY_WORDS.get(word)
        or check_lexicon().currency_names.get(word)
        or f"CUR:{word.rstrip('s')}"
    )
    if word in ("pound", "pounds") and f.step < 1:
        return f  # "2.5 pounds" of weight is as likely as money; leave it
    return replace(f, currency=code) if code else f


@cache
def _month_before() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(check_lexicon().months)}\.?\s*$", re.I)


def _mark_dates(
    sent: Masked, dates: list[tuple[int, int]], durations: list[tuple[int, int]]
) -> Masked:
    """Figures inside a date mention, or right after a month name ("April four"); figures
    inside a duration ("in 24 hours")."""
    month = _month_before()
    inside = [
        replace(f, in_date=True)
        if any(s < f.end and f.start < e for s, e in dates)
        or month.search(sent.text[max(0, f.start - sent.start - 12) : f.start - sent.start])
        else f
        for f in sent.figures
    ]
    inside = [
        replace(f, in_duration=True) if any(s < f.end and f.start < e for s, e in durations) else f
        for f in inside
    ]
    if inside == sent.figures:
        return sent
    return Masked(sent.start, sent.end, sent.text, inside)


def _overlapping(spans: list[tuple[int, int]]) -> Callable[[int, int], list[tuple[int, int]]]:
    """A lookup of the ``spans`` that can overlap ``[a, b)``, by bisection."""
    spans = sorted(spans)
    starts = [start for start, _ in spans]
    longest = max((end - start for start, end in spans), default=0)

    def near(a: int, b: int) -> list[tuple[int, int]]:
        return spans[bisect.bisect_left(starts, a - longest) : bisect.bisect_left(starts, b)]

    return near


class Scan:
    """Masked sentences of one article, built once and shared by every check."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        text = doc_text(ctx.doc)
        near = _overlapping([(d.start, d.end) for d in ctx.dates if d.kind != "duration"])
        near_durations = _overlapping([(d.start, d.end) for d in ctx.dates if d.kind == "duration"])

        numbers = None if ctx.numbers is None else [n for n in ctx.numbers if not n.vague]
        number_starts = [n.start for n in numbers or []]

        def within(a: int, b: int) -> list[NumberMatch] | None:  # numbers inside [a, b)
            if numbers is None:
                return None
            lo, hi = bisect.bisect_left(number_starts, a), bisect.bisect_left(number_starts, b)
            return [n for n in numbers[lo:hi] if n.end <= b]

        self.sentences = [
            _mark_dates(
                read_sentence(text, s.start_char, s.end_char, within(s.start_char, s.end_char)),
                near(s.start_char, s.end_char),
                near_durations(s.start_char, s.end_char),
            )
            for s in ctx.sentences
        ]

    def previous(self, index: int) -> Masked | None:
        return self.sentences[index - 1] if index > 0 else None


def F(name: str) -> str:
    """A named group matching one masked figure: ``F("new")`` → ``(?P<new>#\\d+#)``."""
    return rf"(?P<{name}>#\d+#)"


def alternation(words: list[str] | set[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def plausible_pair(new: Figure, old: Figure) -> bool:
    """Two figures that can be one quantity at two times: within a factor of 20 ("1.38 dlrs a
    share, up from 195 mln dlrs" pairs two different things)."""
    if old.value <= 0 or new.value <= 0:
        return True
    return 1 / 20 <= new.value / old.value <= 20


def same_kind(*figures: Figure | None) -> bool:
    """All present and of one unit family (both bare counts, both GBP, both km...)."""
    if any(f is None for f in figures):
        return False
    kinds = {f.kind for f in figures if f is not None}
    return len(kinds) == 1 and kinds != {"date"}

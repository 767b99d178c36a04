"""Which time period a figure covers.

Rules, in order (each returns the rule id that fired, so claims say why):
1. a date governed by the same verb as the figure, the most specific first;
2. a definite duration ("the busiest fortnight") governed by that verb, through its link
   to an explicit date range nearby (see :func:`link_durations`);
3. the only dated expression in the sentence.
Periods never run past the publication date, and a "to date" period ends on the latest
day the same sentence names ("taking the total for 2024 to date to 31,842" on Wednesday).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from ..dates.calendar import shift_years
from ..dates.tense import governing_tense
from ..doctext import doc_text
from ..models import DateMention, DateRange
from .context import ArticleContext, governing_verb

__all__ = ["link_durations", "period_for"]

_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:\w+est\s+|same\s+|whole\s+|entire\s+)?$", re.I)
_EXPLICIT_RANGE = ("dates.range_dates", "dates.range_days_month", "dates.range_month_days")
_WINDOW = 2


def link_durations(ctx: ArticleContext) -> dict[int, int]:
    """Map a definite duration mention ("the busiest fortnight", "the 14-day period") to the
    one explicit date range within two sentences of it. Ambiguous → no link."""
    links: dict[int, int] = {}
    ranges = [i for i, d in enumerate(ctx.dates) if d.rule in _EXPLICIT_RANGE and d.period]
    text = doc_text(ctx.doc)
    for i, mention in enumerate(ctx.dates):
        if mention.kind != "duration":
            continue
        before = text[max(0, mention.start - 30) : mention.start]
        here = ctx.sentence_index(mention.start)
        if _DEFINITE.search(before):
            near = [
                r for r in ranges if abs(ctx.sentence_index(ctx.dates[r].start) - here) <= _WINDOW
            ]
        elif _INDEFINITE.search(before):
            near = [r for r in ranges if _names_range(text, mention, ctx.dates[r])]
        else:
            continue
        if len(near) == 1:
            links[i] = near[0]
    return links


_INDEFINITE = re.compile(r"\b(?:an?)\s+$", re.I)
_APPOSED = re.compile(r"\s*,\s*(?:an?\s+)?", re.I)
"""Between a range and the duration that restates it: "between 28 July and 10 August, a
14-day period"."""
_LEADS_TO = re.compile(
    r"(?:\s+[a-z][\w'’-]*){0,8}?\s+(?:will\s+|would\s+)?"
    r"(?:run|runs|running|ran|last|lasts|lasting|lasted|over|between|from)"
    r"(?:\s+(?:from|between))?(?:\s+\w+day)?\s+",
    re.I,
)
"""Between an indefinite duration and the range it runs over: "A four-week public consultation
on the plan will run from (Monday) 10 February to 9 March" — words only, no comma."""


def _names_range(text: str, duration: DateMention, target: DateMention) -> bool:
    """An indefinite duration ("a 14-day period") is the range's only when the two are
    written together: apposed after it, or running over it."""
    if target.end <= duration.start:
        return _APPOSED.fullmatch(text[target.end : duration.start]) is not None
    gap = text[duration.end : target.start]
    if target.text.lower().startswith(("from ", "between ")):
        gap += target.text.split()[0] + " "
    return _LEADS_TO.fullmatch(gap) is not None


def _clip(
    period: DateRange, ctx: ArticleContext, sentence: int, granularity: str, future: bool
) -> DateRange:
    """A reported figure cannot count days after publication — unless it is a forecast
    ("expects to carry more than 600,000 passengers in 2024")."""
    end = period.end
    if granularity == "to_date":
        days = [
            d.period.end
            for i in ctx.dates_in_sentence(sentence)
            if (d := ctx.dates[i]).granularity == "day"
            and d.period
            and period.start <= d.period.end <= period.end
        ]
        if days:
            end = max(days)
    if not future and ctx.anchor is not None and period.start <= ctx.anchor < end:
        end = ctx.anchor
    return DateRange(start=period.start, end=end)


def _mention_period(i: int, ctx: ArticleContext, links: dict[int, int]) -> DateMention | None:
    mention = ctx.dates[i]
    if mention.kind == "duration":
        return ctx.dates[links[i]] if i in links else None
    return mention if mention.period is not None else None


def period_for(
    start: int, end: int, ctx: ArticleContext, links: dict[int, int]
) -> tuple[DateRange | None, str | None]:
    """The period of the figure at ``start:end`` and the rule that chose it."""
    sentence = ctx.sentence_index(start)
    candidates = ctx.dates_in_sentence(sentence)
    verb = ctx.verb_of(start, end)
    same_verb: list[DateMention] = []
    dated: list[DateMention] = []
    for i in candidates:
        resolved = _mention_period(i, ctx, links)
        if resolved is None:
            continue
        dated.append(resolved)
        span = ctx.span(ctx.dates[i].start, ctx.dates[i].end)
        if verb is not None and span is not None and governing_verb(span.root) == verb:
            same_verb.append(resolved)
    if same_verb:
        best = min(same_verb, key=lambda d: d.period.days if d.period else 10**9)
        rule = "periods.same_verb"
    elif len(dated) == 1:
        best, rule = dated[0], "periods.only_date_in_sentence"
    else:
        return None, None
    assert best.period is not None
    figure = ctx.span(start, end)
    future = figure is not None and _is_forecast(figure)
    return _clip(best.period, ctx, sentence, best.granularity, future), rule


_FORECAST_VERBS = {"expect", "forecast", "predict", "project", "plan", "aim", "target", "hope"}


def _is_forecast(figure: Span) -> bool:
    """True when the figure is governed by a future or forecasting verb."""
    if governing_tense(figure) == "future":
        return True
    verb = governing_verb(figure.root)
    for _ in range(3):
        if verb is None:
            return False
        if verb.lemma_.lower() in _FORECAST_VERBS:
            return True
        verb = governing_verb(verb.head) if verb.head is not verb else None
    return False


def shift_period_years(period: DateRange, years: int) -> DateRange:
    """The same period ``years`` later (negative: earlier), for "this time last year"."""
    return DateRange(start=shift_years(period.start, years), end=shift_years(period.end, years))


def same_period_in_year(period: DateRange, year: int) -> DateRange:
    """The same stretch of the calendar in another year (to-date comparisons)."""
    return shift_period_years(period, year - period.start.year)


def as_date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)

"""Wholes named by a noun phrase: "1,043 of the cases", "two-thirds of the money", "26 pct of
the March total", "one in eight of those present".

The phrase names no figure; it points back to one stated earlier in the article. The resolver
reads the phrase (determiner, modifiers, head noun) and looks for the figures it can stand for:

- a counted noun ("the cases", "all cases") takes the earlier counts of that noun;
- a generic head ("the total", "the money", "the sum") takes the earlier figures of the
  part's kind (money for money, counts for counts); a count of another noun than the part's
  is only taken from the part's own sentence;
- "those present", "the crowd" take earlier counts of people;
- a month in the phrase ("the March total") keeps the figures whose sentence names March.

A candidate is a plain figure: not a date, not a percentage, not a rate ("84 a day"), not a
bound ("more than £38,000"), not the base of a comparison ("compared with 893", "from 1.52
mln"), and larger than the part. The nearest sentence holding candidates decides (the part's
own sentence first, then back one sentence at a time); when it holds two different values the
phrase is ambiguous and nothing is returned: never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from pydantic import BaseModel, ConfigDict

from ..resources import load_lexicon, load_model
from .averages import is_rate
from .figures import Figure, Masked, Scan, alternation, check_lexicon
from .util import noun_forms

__all__ = [
    "Antecedents",
    "NounPhrase",
    "antecedents",
    "counted_noun_of",
    "read_phrase",
    "resolve_whole",
]


class Antecedents(BaseModel):
    """data/antecedents.json, validated when first loaded."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    description: str = ""
    generic_heads: list[str]
    """Heads that name a whole of any kind: "the total", "the money"."""
    people_phrases: list[str]
    """Phrases that name the people counted earlier: "those present", "the crowd"."""
    bound_qualifiers: list[str]
    """Words before a figure that make it a bound or an estimate, never a whole."""
    comparison_words: list[str]
    """Words before a figure that make it the base of a comparison ("compared with 893")."""


@cache
def antecedents() -> Antecedents:
    return load_model("antecedents.json", Antecedents)


def same_noun(a: str, b: str) -> bool:
    """Two nouns that are one lemma ("cases", "case"); compares last words.

    >>> same_noun("cases", "confirmed case"), same_noun("bags", "kilo bags")
    (True, True)
    >>> same_noun("cars", "vehicles")
    False
    """
    a_last, b_last = a.split()[-1].lower(), b.split()[-1].lower()
    return a_last == b_last or a_last in noun_forms(b_last) or b_last in noun_forms(a_last)


@dataclass(frozen=True)
class NounPhrase:
    """A whole named by words: its head noun and what restricts it."""

    head: str
    kind: str
    """ "noun" (a counted noun), "generic" (total, money...) or "people" (those present)."""
    month: int | None = None
    modifiers: tuple[str, ...] = ()
    """Words before the head ("outstanding" in "the outstanding shares"): the figure it
    names must carry them too."""
    as_total: bool = False
    """A generic "the total" whose figure was introduced as one ("A total of 2.4 million
    people ..."): it names that figure as surely as a noun would."""
    scoped: bool = False
    """The part's sentence narrows the scope ("In London, 400 of the cases"; a date that is
    not the earlier figure's): "the cases" may be that subset's, never stated."""

    @property
    def strong(self) -> bool:
        """Whether the phrase pins its figure down well enough to call a mismatch an error:
        "the cases", "the March total", "those present" do; a bare "the total" or "the money"
        may name a figure the article never states (a company's shares outstanding), and a
        scoped part may count a subset, so a mismatch is more likely a wrong link than a
        wrong figure."""
        return (
            self.kind != "generic" or self.month is not None or self.as_total
        ) and not self.scoped


_PHRASE = re.compile(
    r"^(?:(?:all\s+)?(?:the|its|their|his|her|our|these|those)|all)\s+"
    r"(?P<words>[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){0,2})$"
)


def read_phrase(phrase: str) -> NounPhrase | None:
    """What a noun phrase after "of" names, or None when it is not a whole this resolver reads.

    >>> read_phrase("the cases")
    NounPhrase(head='cases', kind='noun', month=None, modifiers=(), as_total=False, scoped=False)
    >>> read_phrase("the March total")
    NounPhrase(head='total', kind='generic', month=3, modifiers=(), as_total=False, scoped=False)
    >>> read_phrase("the outstanding shares").modifiers
    ('outstanding',)
    >>> read_phrase("the company's shares") is None
    True
    >>> read_phrase("the total losses").kind
    'generic'
    >>> read_phrase("those present").kind, read_phrase("all cases").head
    ('people', 'cases')
    >>> read_phrase("the") is None, read_phrase("the first") is None
    (True, True)
    """
    text = " ".join(phrase.split())
    lex = antecedents()
    if text.lower() in lex.people_phrases:
        return NounPhrase(head=text.split()[-1].lower(), kind="people")
    m = _PHRASE.match(text)
    if m is None:
        return None
    words = m.group("words").split()
    if not words[-1].islower():
        return None  # "the Bank": a name
    head = words[-1]
    months = check_lexicon().months
    month = None
    modifiers = []
    for word in words[:-1]:
        if word.lower() in months and word[0].isupper():
            month = months[word.lower()]
        elif not word.islower() or re.search(r"['’]s?$", word):
            return None  # "the Bank", "the company's shares": a name or an owner's whole
        else:
            modifiers.append(word)
    if head in months or head in _NOT_WHOLES or not head.isalpha():
        return None
    kind = "generic" if head in lex.generic_heads else "noun"
    if kind == "noun" and any(w in lex.generic_heads for w in modifiers):
        kind, modifiers = "generic", []  # "the total losses": a total of the part's kind
    if kind == "noun" and len(head) < 3:
        return None
    return NounPhrase(head=head, kind=kind, month=month, modifiers=tuple(modifiers))


_NOT_WHOLES = {
    "first", "second", "last", "rest", "same", "year", "years", "month", "months", "week",
    "weeks", "day", "days", "time", "period", "quarter", "way", "end", "start", "country",
    "world", "market", "company", "group", "increase", "rise", "fall", "decline", "change",
    "them", "which", "whom", "these", "those", "its", "their", "outstanding",
}  # fmt: skip


def counted_noun_of(scan: Scan, fig: Figure, sent: Masked) -> str | None:
    """The noun a bare count counts ("2,911 confirmed cases" → "cases"), from the extracted
    quantity's unit when it names words, else the plural word right after the figure."""
    if fig.kind != "number":
        return None
    for i in scan.ctx.quantities_starting_in(fig.start, fig.end):
        unit = scan.ctx.quantities[i].unit
        if unit and re.fullmatch(r"[a-z][a-z -]*", unit) and unit not in _NOT_COUNTED:
            return unit
    after = sent.text[fig.end - sent.start :]
    m = re.match(r"\s+(?:[a-z]+\s+)?([a-z]{3,}s)\b", after)
    return m.group(1) if m else None


_NOT_COUNTED = {"percent", "fraction", "point", "year_of_age", "year", "month", "week", "day"}


@cache
def _bound_before() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(antecedents().bound_qualifiers)}\s*$", re.I)


@cache
def _compared_before() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(antecedents().comparison_words)}\s*$", re.I)


def _plain(scan: Scan, sent: Masked, fig: Figure) -> bool:
    """A figure that can be a whole: a value stated as such, not a bound, base or rate."""
    if fig.kind == "date" or fig.percent or (fig.kind == "number" and fig.unit):
        return False
    before = sent.text[max(0, fig.start - sent.start - 30) : fig.start - sent.start]
    before = re.sub(r"[£$€]\s*$", "", before)
    if _bound_before().search(before) or _compared_before().search(before):
        return False
    for i in scan.ctx.quantities_starting_in(fig.start, fig.end):
        if scan.ctx.quantities[i].qualifier:
            return False
    return not is_rate(sent, fig)


def _names_month(scan: Scan, index: int, month: int) -> bool:
    sent = scan.ctx.sentences[index]
    return any(
        d.kind == "date"
        and d.period is not None
        and d.granularity == "month"
        and d.period.start.month == month
        for i in scan.ctx.dates_in_sentence(index)
        if (d := scan.ctx.dates[i]).start < sent.end_char
    )


def _fits(
    scan: Scan, sent: Masked, fig: Figure, part: Figure, phrase: NounPhrase, own: bool
) -> bool:
    if fig is part or fig.kind != part.kind or fig.value <= part.value:
        return False
    if not _plain(scan, sent, fig):
        return False
    noun = counted_noun_of(scan, fig, sent)
    if phrase.modifiers:
        after = sent.text[fig.end - sent.start :][:60].lower().split()
        if not all(word in after[:4] for word in phrase.modifiers):
            return False  # "the outstanding shares" is not "6,332,471 common shares"
    if phrase.kind == "noun":
        return noun is not None and same_noun(phrase.head, noun)
    if phrase.kind == "people":
        people = load_lexicon().person_nouns
        return noun is not None and any(same_noun(noun, p) for p in people)
    part_noun = counted_noun_of(scan, part, scan.sentences[scan.ctx.sentence_index(part.start)])
    return own or noun is None or part_noun is None or same_noun(noun, part_noun)


_SCOPE = re.compile(r"^\W*(?:In|Among|For|Within|Across|Outside|Excluding)\s+[^,.;]{1,40},")


def _scoped(scan: Scan, index: int, whole_index: int) -> bool:
    """Whether the part's sentence ``index`` narrows what an earlier sentence counted: it
    opens on a scope ("In London, ...", "Among adults, ...") or names a date that none of the
    whole's sentence's dates overlaps ("So far this year" against "in 2024")."""
    if _SCOPE.match(scan.sentences[index].text):
        return True
    ctx = scan.ctx
    periods = [
        [
            d.period
            for i in ctx.dates_in_sentence(k)
            if (d := ctx.dates[i]).period and d.kind == "date"
        ]
        for k in (index, whole_index)
    ]
    part_dates, whole_dates = periods
    return bool(part_dates) and not any(
        p.start <= w.end and w.start <= p.end for p in part_dates for w in whole_dates
    )


def resolve_whole(
    scan: Scan, index: int, part: Figure, phrase: str, at: int, *, back: int = 6
) -> tuple[Figure, NounPhrase] | None:
    """The one figure stated before offset ``at`` that ``phrase`` ("the cases") names as the
    whole of ``part`` (with the phrase as read: see :attr:`NounPhrase.strong`), searching the
    sentence ``index`` and up to ``back`` sentences before it, nearest first; None when the
    phrase is not read, nothing fits, or the nearest sentence with a fit holds two different
    values."""
    np = read_phrase(phrase)
    if np is None:
        return None
    for k in range(index, max(-1, index - back - 1), -1):
        sent = scan.sentences[k]
        if np.month is not None and not _names_month(scan, k, np.month):
            continue
        found = [
            f for f in sent.figures if f.end <= at and _fits(scan, sent, f, part, np, k == index)
        ]
        if np.head == "total" and (totals := [f for f in found if _a_total_of(sent, f)]):
            found = totals  # "the total" names the figure stated as "a total of"
            np = replace(np, as_total=len({f.value for f in found}) == 1)
        if len({f.value for f in found}) == 1:
            return found[-1], replace(np, scoped=k != index and _scoped(scan, index, k))
        if found:
            return None  # two candidates: ambiguous, never a guess
    return None


_A_TOTAL_OF = re.compile(r"\b(?:a|the)\s+total\s+of\s*(?:[£$€]\s*)?$", re.I)


def _a_total_of(sent: Masked, fig: Figure) -> bool:
    """ "A total of 2.38 million people": a figure introduced as a total."""
    return bool(
        _A_TOTAL_OF.search(sent.text[max(0, fig.start - sent.start - 20) : fig.start - sent.start])
    )

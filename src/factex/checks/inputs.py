"""What a stated figure stands for as an input to a recomputation.

"more than 50,000" is a bound: no percentage can be recomputed from it. "some 39,900" is still
a figure, rounded to its last non-zero digit (39,850..39,950).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .figures import Figure, plausible_pair, sig_step

__all__ = ["as_input", "loosened", "shared_unit"]

_BOUND_BEFORE = re.compile(
    r"\b(?:more\s+than|over|almost|nearly|less\s+than|fewer\s+than|under|at\s+least|at\s+most|"
    r"no\s+more\s+than|(?<!went\s)(?<!goes\s)(?<!gone\s)(?<!\bgo\s)up\s+to)\s*$",
    re.I,
)
_APPROX_BEFORE = re.compile(
    r"\b(?:about|around|some|roughly|approximately|an\s+estimated|estimated)\s*$", re.I
)


def as_input(text: str, f: Figure, base: int = 0) -> Figure | None:
    """``f`` as an input to a recomputation: None when its words make it a bound ("more than
    50,000", "almost 90%"); approximate when they make it a rounded figure ("some 39,900":
    39,850..39,950). ``text`` holds the words before ``f`` and begins at offset ``base``.

    >>> from factex.checks.figures import read_sentence
    >>> t = "some 39,900 and over 45,000, up to 50,000; rents went up to 1,380"
    >>> s = read_sentence(t, 0, len(t))
    >>> [as_input(t, f) and as_input(t, f).approx for f in s.figures]
    [True, None, None, False]
    """
    before = text[max(0, f.start - base - 16) : f.start - base]
    if _BOUND_BEFORE.search(before):
        return None
    if _APPROX_BEFORE.search(before):
        return replace(f, approx=True)
    return f


def loosened(stated: Figure, *inputs: Figure) -> Figure:
    """A figure derived from approximate inputs is approximate too: "rose 150 pct to about
    22 mln from about 8.5 mln" states 150 to the ten (145..155), not to the unit.

    >>> pct = Figure(0, 3, "150", 150, 1, percent="percent")
    >>> loosened(pct, Figure(0, 2, "22", 22, 1, approx=True)).step
    10.0
    >>> loosened(pct, Figure(0, 2, "22", 22, 1)).step
    1
    """
    if any(f.approx for f in inputs):
        return replace(stated, step=sig_step(stated))
    return stated


def shared_unit(new: Figure, old: Figure, text: str, base: int = 0) -> tuple[Figure, Figure]:
    """ "from 175,901 to 251,708 tonnes", "2.31 billion dlrs, compared with 2.07 billion": the
    unit or currency written once belongs to both figures of a pair (when the two are within a
    factor of 20 of each other, and no noun of its own follows the bare figure: "20 mln
    tonnes" is no amount of dollars). ``text`` begins at offset ``base``.

    >>> t = "2.31 bln dlrs, against 2.07 bln a year earlier"
    >>> a = Figure(0, 8, "2.31 bln", 2.31e9, 1e7, currency="USD")
    >>> b = Figure(23, 31, "2.07 bln", 2.07e9, 1e7)
    >>> shared_unit(a, b, t)[1].kind
    'money:USD'
    >>> shared_unit(a, b, t.replace("bln a year", "bln tonnes"))[1].kind
    'number'
    """
    if (
        new.kind == "number"
        and _carries(old)
        and _bare(new, text, base)
        and plausible_pair(new, old)
    ):
        return replace(new, unit=old.unit, currency=old.currency), old
    if (
        old.kind == "number"
        and _carries(new)
        and _bare(old, text, base)
        and plausible_pair(new, old)
    ):
        return new, replace(old, unit=new.unit, currency=new.currency)
    return new, old


_BARE_AFTER = re.compile(
    r"\s*(?:$|[,.;:)\]]|(?:a|an|the|in|on|at|for|from|to|by|and|or|but|compared|against|versus|"
    r"vs|last|this|that|earlier|ago|before|previously|the\s+year|as|when|while|with|during|"
    r"since|over|up|down)\b)",
    re.I,
)


def _bare(f: Figure, text: str, base: int) -> bool:
    """No word of its own after the figure: "2.07 billion a year earlier", "540 mln."."""
    return bool(_BARE_AFTER.match(text, f.end - base))


def _carries(f: Figure) -> bool:
    return f.kind.startswith(("unit:", "money:"))

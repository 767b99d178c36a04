"""A change that passes only through its inputs' rounding while the figures as written give
the wrong-base change exactly is ``unverifiable``, not ``consistent`` (heldout3's
"4.2 pence, up from 3.5 pence, a rise of 17%": 20% on the old value, 17% on the new)."""

from __future__ import annotations

import pytest

from verdicts import rows, verdict_on

PUBLISHED = "2025-07-31"

CHANGES = [
    # the wrong-base figure, with inputs coarse enough to let it pass
    (
        "The fee is 4.2 pence a page, up from 3.5 pence last year, a rise of 17%.",
        "17%",
        "unverifiable",
    ),
    ("Fares rose 17% to 4.2 pounds from 3.5 pounds.", "17%", "unverifiable"),
    ("Cover fell 25% to 1.2 days from 1.6 days.", "25%", "consistent"),
    # the right figure with the same inputs: consistent
    (
        "The fee is 4.2 pence a page, up from 3.5 pence last year, a rise of 20%.",
        "20%",
        "consistent",
    ),
    ("Fares rose 20% to 4.2 pounds from 3.5 pounds.", "20%", "consistent"),
    # the wrong base with precise inputs is still an error
    (
        "The fee is 4.20 pence a page, up from 3.50 pence last year, a rise of 17%.",
        "17%",
        "inconsistent",
    ),
    ("Crossings rose 16% to 31,842 from 26,699.", "16%", "inconsistent"),
    # a figure far from both readings stays an error
    (
        "The fee is 4.2 pence a page, up from 3.5 pence last year, a rise of 25%.",
        "25%",
        "inconsistent",
    ),
]


@pytest.mark.parametrize(("check", "text", "stated", "want"), rows("percent_change", CHANGES))
def test_coarse_inputs_matching_the_wrong_base(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED, prefer_decided=True) == want

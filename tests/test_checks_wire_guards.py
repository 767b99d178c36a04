"""Classes of false alarm found on Reuters-21578 samples during session 3, each with its
real-error twin (the rule still speaks when the copy is wrong)."""

from __future__ import annotations

import pytest

from verdicts import rows, verdict_on

PUBLISHED = "1987-04-10"

DIFFERENCES = [
    # a fraction is a relative change, not an amount (reut-00323)
    (
        "Its foreign debt was cut nearly by half to 66.2 billion dlrs from 124.6 billion.",
        "half",
        None,
    ),
    # amounts dealt over a list with "respectively" (reut-11075)
    (
        "Louisiana and California had 11 and six rigs, which increased by seven and six, "
        "respectively.",
        "seven",
        None,
    ),
    # a pair in another clause, or a revision (reut-12838)
    (
        "The payroll rose by 164,000 in March, while the department revised the February "
        "increase down to 236,000 from 337,000.",
        "164,000",
        None,
    ),
    # twins: the difference with its own pair
    ("The payroll rose by 101,000 to 337,000 from 236,000 in March.", "101,000", "consistent"),
    ("The payroll rose by 164,000 to 337,000 from 236,000 in March.", "164,000", "inconsistent"),
]

RESTATEMENTS = [
    # two crop years: another figure, not a transposition (reut-15876)
    (
        "USDA FORECASTS SOVIET CROP AT 11,20 MLN BALES\n"
        "The department forecast the Soviet 1986/87 cotton crop at 11.20 mln bales. It "
        "estimated the 1985/86 crop at 12.10 mln bales.",
        "11.20 mln",
        None,
    ),
]


@pytest.mark.parametrize(
    ("check", "text", "stated", "want"),
    rows("total", DIFFERENCES) + rows("restatement", RESTATEMENTS),
)
def test_wire_copy_guards(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED) == want


WEEKDAYS = [
    # a year-less date takes the year its sentence gives the same month (blind batch 5)
    (
        "They continued until April 2025, when the accountant noticed duplicate payments on "
        "Friday 11 April.",
        "Friday 11 April",
        "consistent",
    ),
    (
        "They continued until April 2025, when the accountant noticed duplicate payments on "
        "Thursday 11 April.",
        "Thursday 11 April",
        "inconsistent",
    ),
    ("The hearing was on Friday 11 April.", "Friday 11 April", "inconsistent"),
]


@pytest.mark.parametrize(("check", "text", "stated", "want"), rows("weekday", WEEKDAYS))
def test_weekday_in_the_sentence_year(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, "2026-05-14") == want


TOTALS = [
    # a total spread "across N containers" before its list (blind batch 5)
    (
        "Police confirmed six arrests across three towns: three in Leek, two in Buxton and one "
        "in Ashbourne.",
        "six",
        "consistent",
    ),
    (
        "Police confirmed seven arrests across three towns: three in Leek, two in Buxton and one "
        "in Ashbourne.",
        "seven",
        "inconsistent",
    ),
    # a total set out by place, the list closing the clause
    (
        "The chain, which runs 58 shops, 41 in Wales and 17 in Cornwall, is for sale.",
        "58",
        "consistent",
    ),
    (
        "The chain, which runs 56 shops, 41 in Wales and 17 in Cornwall, is for sale.",
        "56",
        "inconsistent",
    ),
    ("It has 96 branches, 71 staff and 23 trucks.", "96", None),
    # two complementary groups make their whole
    (
        "The jobless total was 1.63 million. Of those, 902,000 were men and 728,000 women.",
        "1.63 million",
        "consistent",
    ),
    (
        "The jobless total was 1.63 million. Of those, 892,000 were men and 728,000 women.",
        "1.63 million",
        "inconsistent",
    ),
    (
        "The jobless total was 1.63 million. Of those, 892,000 were men and 300,000 graduates.",
        "1.63 million",
        "unverifiable",
    ),
]


@pytest.mark.parametrize(("check", "text", "stated", "want"), rows("total", TOTALS))
def test_totals_by_place_and_group(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, "2026-09-17") == want


RUN7 = [
    # Reuters run 7 false alarms, each class with a twin
    (
        "percent_change",
        "The area was 1.23 to 1.30 mln hectares, or 10.3 to 15.2 pct less than "
        "the 1.45 mln hectares planted last season.",
        "15.2 pct",
        None,
    ),
    (
        "percent_change",
        "The area was 1.30 mln hectares, or 10.3 pct less than the 1.45 mln "
        "hectares planted last season.",
        "10.3 pct",
        "consistent",
    ),
    (
        "percent_change",
        "Exports were 3.6 billion dlrs, 18.2 per cent more than in the previous "
        "year, and imports 5.23 billion dlrs.",
        "18.2 per cent",
        None,
    ),
    (
        "percent_change",
        "Exports were 3.6 billion dlrs, 18.2 per cent more than the 3.05 billion "
        "dlrs of the previous year.",
        "18.2 per cent",
        "consistent",
    ),
    (
        "restatement",
        "U.S. SELLING 17 BILLION DLRS OF 9-, 20-DAY BILLS\nThe Treasury will sell "
        "17 billion dlrs of 9-day and 20-day bills.",
        "20-DAY",
        None,
    ),
    ("total", "Gilts rose to 124 from 119 overnight, boosted by two opinion polls.", "two", None),
    (
        "total",
        "Total vacancies rose by 1,900 to 26,300 at end-March. A year earlier the figure "
        "was 28,763.",
        "1,900",
        None,
    ),
    ("total", "Gilts rose by five to 124 from 119 overnight.", "five", "consistent"),
    (
        "total",
        "Total vacancies rose by 1,900 to 26,300 from 24,400 at end-March.",
        "1,900",
        "consistent",
    ),
]


@pytest.mark.parametrize(("check", "text", "stated", "want"), RUN7, ids=[r[1][:40] for r in RUN7])
def test_reuters_run7_classes(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED) == want

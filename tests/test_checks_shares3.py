"""Shares whose part or whole is found by what the words point at (issue 6, session 3,
checks/share_links.py over checks/operands.py): "N of them", "Of those,", a stated pair then
its share after a long gap, "one in five of all prisoners" (the whole by its noun in the
sentences before), "more than a quarter of renting households, 1.7 million," and "N% full"
against a capacity.

Rows are our own wording: consistent, its real-error twin, and an unverifiable or ambiguous
row (``"unverifiable"``: a finding that decides nothing; ``None``: no finding at all).
"""

from __future__ import annotations

import pytest

from verdicts import rows, verdict_on

PUBLISHED = "2025-03-12"

OF_THEM = [
    (
        "The trust manages 480 flats across the city, 96 of them in tower blocks - a fifth.",
        "a fifth",
        "consistent",
    ),
    (
        "The trust manages 480 flats across the city, 130 of them in tower blocks - a fifth.",
        "a fifth",
        "inconsistent",
    ),
    (
        "The club sold 2,400 season tickets this summer, 600 of them to under-18s (25%).",
        "25%",
        "consistent",
    ),
    (
        "The club sold 2,400 season tickets this summer, 720 of them to under-18s (25%).",
        "25%",
        "inconsistent",
    ),
    # a bound is no whole: nothing to recompute
    (
        "The trust manages more than 480 flats, 130 of them in tower blocks - a fifth.",
        "a fifth",
        None,
    ),
]

OF_THOSE = [
    (
        "About 3,200 runners started the race on Sunday. Of those, 2,880 finished, or 90%.",
        "90%",
        "consistent",
    ),
    (
        "About 3,200 runners started the race on Sunday. Of those, 2,880 finished, or 80%.",
        "80%",
        "inconsistent",
    ),
    (
        "The council approved 1,200 new homes in 2024. Of those, 30% will be affordable, or 360.",
        "or 360",
        "consistent",
    ),
    (
        "The council approved 1,200 new homes in 2024. Of those, 30% will be affordable, or 420.",
        "or 420",
        "inconsistent",
    ),
    # "a quarter" set off after its clause is a share, not three months (it used to be read as
    # a duration and missed: a strict xfail until the share readers un-softened it)
    (
        "The survey questioned 1,600 adults. Of them, 400 said they had skipped meals, a quarter.",
        "a quarter",
        "consistent",
    ),
    (
        "The survey questioned 1,600 adults. Of them, 520 said they had skipped meals, a quarter.",
        "a quarter",
        "inconsistent",
    ),
    # ... but "a quarter earlier" is time
    (
        "Of the 1,200 staff, 400 joined, a quarter earlier than planned.",
        "a quarter",
        None,
    ),
    # two figures "those" may point at: never a guess
    (
        "Some 3,200 runners and 400 volunteers turned out on Sunday. Of those, 2,880 finished, "
        "or 80%.",
        "80%",
        None,
    ),
]

PAIR_THEN_SHARE = [
    (
        "The trust had 27 of its 90 beds closed for deep cleaning over the weekend, more than a "
        "quarter of its beds.",
        "a quarter",
        "consistent",
    ),
    (
        "The trust had 27 of its 90 beds closed for deep cleaning over the weekend, more than a "
        "third of its beds.",
        "a third",
        "inconsistent",
    ),
    # the share names another whole ("its capacity"): a mismatch may be a wrong link
    (
        "The trust had 27 of its 90 beds closed for deep cleaning over the weekend, more than a "
        "third of its capacity.",
        "a third",
        "unverifiable",
    ),
]

SHARE_OF_NOUN = [
    (
        "The hospital treated 2,400 patients on Monday. Some 480 patients waited in corridors "
        "or ambulances for most of the night, about one in five of all patients.",
        "one in five",
        "consistent",
    ),
    (
        "The hospital treated 2,400 patients on Monday. Some 720 patients waited in corridors "
        "or ambulances for most of the night, about one in five of all patients.",
        "one in five",
        "inconsistent",
    ),
    # the part counts nothing named: a match passes, a mismatch is no error
    (
        "The hospital treated 2,400 patients on Monday. Some 720 waited in corridors or "
        "ambulances for most of the night, about one in five of all patients.",
        "one in five",
        "unverifiable",
    ),
    # two counts of the noun in the nearest sentence: ambiguous
    (
        "The hospital treated 2,400 patients on Monday and 2,100 patients on Tuesday. Some 720 "
        "patients waited in corridors or ambulances overnight, about one in five of all patients.",
        "one in five",
        None,
    ),
    # a workforce named by "its staff" takes the one count of people
    (
        "The firm, which employs 41,000 people, will cut 2,050 jobs over two years, or 5% of its "
        "staff.",
        "5%",
        "consistent",
    ),
    (
        "The firm, which employs 41,000 people, will cut 2,050 jobs over two years, or 8% of its "
        "staff.",
        "8%",
        "unverifiable",
    ),
    # the whole by its noun two sentences up, the part set off after the share
    (
        "About 6.2 million households in Britain rent privately. Rents rose again in March. More "
        "than a quarter of renting households, 1.7 million, have children.",
        "a quarter",
        "consistent",
    ),
    (
        "About 6.2 million households in Britain rent privately. Rents rose again in March. More "
        "than a quarter of renting households, 1.2 million, have children.",
        "a quarter",
        "unverifiable",
    ),
]

FULL = [
    (
        "The jail held 702 prisoners on Friday against a capacity of 780, leaving it 90% full.",
        "90%",
        "consistent",
    ),
    # the one other count may not be what fills it
    (
        "The jail held 702 prisoners on Friday against a capacity of 780, leaving it 95% full.",
        "95%",
        "unverifiable",
    ),
    (
        "Under the plan, Oakfield (96 pupils) and Marsh Lane (150) would merge in 2026. Marsh "
        "Lane, which was built for 210 children, is more than two-thirds full.",
        "two-thirds",
        "consistent",
    ),
    (
        "Under the plan, Oakfield (96 pupils) and Marsh Lane (150) would merge in 2026. Marsh "
        "Lane, which was built for 240 children, is more than two-thirds full.",
        "two-thirds",
        "inconsistent",
    ),
    # no capacity stated: nothing to divide by
    (
        "Under the plan, Oakfield (96 pupils) and Marsh Lane (150) would merge in 2026. Marsh "
        "Lane is more than two-thirds full.",
        "two-thirds",
        None,
    ),
]

SUBJECT_SHARE = [
    (
        "Turnover rose to 640 million pounds. Retail sales jumped 8% to 350 million pounds and "
        "now make up more than half of the group's turnover.",
        "half",
        "consistent",
    ),
    (
        "Turnover rose to 640 million pounds. Retail sales jumped 8% to 300 million pounds and "
        "now make up more than half of the group's turnover.",
        "half",
        "inconsistent",
    ),
    # "sales" and "revenue" name one measure
    (
        "Revenue was 2.4 billion dlrs. Drug sales accounted for 1.3 billion dlrs, meaning drugs "
        "brought in more than half of sales.",
        "half",
        "consistent",
    ),
    # two figures stated about turnover alone: which one is the whole?
    (
        "Turnover was 640 million pounds, and turnover abroad was 410 million pounds. Retail "
        "sales jumped 8% to 300 million pounds and now make up more than half of turnover.",
        "half",
        None,
    ),
]

SUBJECT_TOTAL = [
    # "the total" is the earlier figure stated about the subject's noun, not the nearest
    (
        "The trade surplus rose to 8.0 billion dlrs in May from 6.1 billion. Exports rose 3 pct "
        "to 21.5 billion dlrs. The surplus with Europe was 4.6 billion dlrs, more than half the "
        "total.",
        "half",
        "consistent",
    ),
    # the article may never state the total meant: a mismatch decides nothing
    (
        "The trade surplus rose to 8.0 billion dlrs in May from 6.1 billion. Exports rose 3 pct "
        "to 21.5 billion dlrs. The surplus with Europe was 3.6 billion dlrs, more than half the "
        "total.",
        "half",
        "unverifiable",
    ),
    (
        "The trade surplus was 8.0 billion dlrs in May, and the surplus was 7.2 billion dlrs in "
        "April. The surplus with Europe was 3.6 billion dlrs, more than half the total.",
        "half",
        None,
    ),
]

BOUND = [
    (
        "Nearly one in four of the 2,000 homes checked, 480, had faulty wiring.",
        "one in four",
        "consistent",
    ),
    (
        "Nearly one in four of the 2,000 homes checked, 560, had faulty wiring.",
        "one in four",
        "inconsistent",
    ),
    (
        "Of the 2,000 homes checked, nearly one in four (480) had faulty wiring.",
        "one in four",
        "consistent",
    ),
    (
        "Of the 2,000 homes checked, nearly one in four (560) had faulty wiring.",
        "one in four",
        "inconsistent",
    ),
    (
        "The school has 840 pupils, a quarter of whom (210) receive free meals.",
        "a quarter",
        "consistent",
    ),
    (
        "The school has 840 pupils, a quarter of whom (260) receive free meals.",
        "a quarter",
        "inconsistent",
    ),
    (
        "There are 840 pupils at the school. A quarter of them, 210, receive free meals.",
        "A quarter",
        "consistent",
    ),
    (
        "There are 840 pupils at the school. A quarter of them, 260, receive free meals.",
        "A quarter",
        "inconsistent",
    ),
    # "them" may be the pupils or the staff: never a guess
    (
        "There are 840 pupils and 60 staff at the school. A quarter of them, 260, get free meals.",
        "A quarter",
        None,
    ),
    ("Some 30% (120) of the 400 members voted against the deal.", "30%", "consistent"),
    ("Some 30% (150) of the 400 members voted against the deal.", "30%", "inconsistent"),
    ("The fund holds 8 billion dlrs, 60% of it (4.8 billion dlrs) in bonds.", "60%", "consistent"),
    (
        "The fund holds 8 billion dlrs, 60% of it (5.6 billion dlrs) in bonds.",
        "60%",
        "inconsistent",
    ),
    # a verb that states the share binds the part before it
    ("The 1,100 job losses represent a quarter of the 4,400 workforce.", "a quarter", "consistent"),
    (
        "The 1,400 job losses represent a quarter of the 4,400 workforce.",
        "a quarter",
        "inconsistent",
    ),
    (
        "The 1,100 job losses represent a quarter of the workforce of 4,400.",
        "a quarter",
        "consistent",
    ),
    (
        "The 1,400 job losses represent a quarter of the workforce of 4,400.",
        "a quarter",
        "inconsistent",
    ),
    # ... but not a change: "25 pct more than planned" is no share
    ("The 300 new homes are 25 pct more than planned, out of 1,200 in all.", "25 pct", None),
    # the part in brackets after the share's clause
    ("Of the 12,000 families helped last year, half were in London (6,000).", "half", "consistent"),
    (
        "Of the 12,000 families helped last year, half were in London (7,400).",
        "half",
        "inconsistent",
    ),
    ("Of the 12,000 families helped last year, half were in London (6,000 in 2023).", "half", None),
    # a pair, then its share after the clause
    (
        "Some 6,000 of the 12,000 families helped were in London - exactly half.",
        "half",
        "consistent",
    ),
    (
        "Some 7,400 of the 12,000 families helped were in London - exactly half.",
        "half",
        "inconsistent",
    ),
    # "one" as an article is no count, and a link 100 times off is no error (Reuters: "One
    # ADR represents 0.75 pct of one B Free share")
    ("One unit represents 0.75 pct of one B share in the trust.", "0.75 pct", None),
    # two counts before the share: which one is it of?
    (
        "Of the 2,000 homes checked, 480 had faulty wiring and 300 were condemned, a fifth.",
        "a fifth",
        None,
    ),
]

MARGIN = [
    (
        "Revenue rose to 4.2 billion dlrs. Operating profit was 504 mln dlrs, a margin of 12 pct.",
        "12 pct",
        "consistent",
    ),
    # which profit and which revenue a margin is taken on vary: a mismatch decides nothing
    (
        "Revenue rose to 4.2 billion dlrs. Operating profit was 504 mln dlrs, a margin of 15 pct.",
        "15 pct",
        "unverifiable",
    ),
    (
        "Revenue rose to 4.2 billion dlrs and revenue abroad to 1.9 billion dlrs. Operating "
        "profit was 504 mln dlrs, a margin of 12 pct.",
        "12 pct",
        None,
    ),
]

RESTATED = [
    ("Almost a third (32%) of adults said they had cut back on heating.", "a third", "consistent"),
    (
        "Almost a third (36%) of adults said they had cut back on heating.",
        "a third",
        "inconsistent",
    ),
    ("More than half of respondents (56%) backed the plan.", "half", "consistent"),
    ("More than half of respondents (46%) backed the plan.", "half", "inconsistent"),
    ("The survey found 38% - almost two in five - had no savings.", "two in five", "consistent"),
    ("The survey found 48% - almost two in five - had no savings.", "two in five", "inconsistent"),
    # a count in the brackets is a part, not the share restated; a change is no restatement
    ("Half of the 1,200 members (600) voted.", "Half", "consistent"),
    ("Half of sales (up 5%) came from abroad.", "Half", None),
]


@pytest.mark.parametrize(
    ("check", "text", "stated", "want"),
    rows(
        "share",
        OF_THEM
        + OF_THOSE
        + PAIR_THEN_SHARE
        + SHARE_OF_NOUN
        + FULL
        + SUBJECT_SHARE
        + SUBJECT_TOTAL
        + BOUND
        + MARGIN
        + RESTATED,
        width=60,
    ),
)
def test_share_links(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED, prefer_decided=True) == want

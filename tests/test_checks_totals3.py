"""Differences and totals read structurally (issue 6, round 3): a difference ("risen by N",
"an increase of N", "N a week more", "the Np rise", "N seconds outside") against the two values
of its measure found in its sentence and the ones around it; parts listed apart from a total
named by words ("of their N games", "The homes ...: A (N), B (N) and C (N)", "accounted for N
of the total and Y for M").

Rows are our own wording: consistent, inconsistent (a real-error twin of each consistent row)
and unverifiable or ambiguous (``None``: no finding; "unverifiable" where one is given).
"""

from __future__ import annotations

import pytest

from verdicts import rows, verdict_on

PUBLISHED = "2025-03-14"

DIFFERENCES = [
    # the old value in the difference's sentence, the new one in the sentence before
    (
        "There were 41,212 visitors to the museum in the year to March. A year earlier the "
        "total was 38,907, meaning it has risen by 2,305 in 12 months.",
        "2,305",
        "consistent",
    ),
    (
        "There were 41,212 visitors to the museum in the year to March. A year earlier the "
        "total was 38,907, meaning it has risen by 2,503 in 12 months.",
        "2,503",
        "inconsistent",
    ),
    # the new value set against another comparison's base is still the one new value
    (
        "The shelter housed 918 dogs in February, against a capacity of 960. A year earlier "
        "it housed 845, so the number has grown by 73.",
        "73",
        "consistent",
    ),
    (
        "The shelter housed 918 dogs in February, against a capacity of 960. A year earlier "
        "it housed 845, so the number has grown by 37.",
        "37",
        "inconsistent",
    ),
    # two candidates for the new value: nothing said
    (
        "The shelter housed 918 dogs and 702 cats in February. A year earlier it housed "
        "845, so the number has grown by 37.",
        "37",
        None,
    ),
    # dated sentences: the earlier date is the old value
    (
        "There were 3,418 learners enrolled at the end of September. In October 2022 there "
        "were 2,977, an increase of 441.",
        "441",
        "consistent",
    ),
    (
        "There were 3,418 learners enrolled at the end of September. In October 2022 there "
        "were 2,977, an increase of 414.",
        "414",
        "inconsistent",
    ),
    # "by N to NEW", the old value marked by a past perfect in the next sentence
    (
        "The lake rose by 1,300 hectares overnight to 9,800 hectares. It had covered 8,500 "
        "hectares on Monday.",
        "1,300",
        "consistent",
    ),
    (
        "The lake rose by 1,800 hectares overnight to 9,800 hectares. It had covered 8,500 "
        "hectares on Monday.",
        "1,800",
        "inconsistent",
    ),
    # another unit (acres against hectares) is not the old value
    (
        "The lake rose by 1,300 hectares overnight to 9,800 hectares. It had covered 21,000 "
        "acres on Monday.",
        "1,300",
        None,
    ),
    # a weekly difference pointing back at two sentences; the yearly figure is not compared
    (
        "Median weekly rent was £412 in the year to June. A year earlier it was £389. That "
        "works out at £23 a week more, or £1,196 over a year.",
        "£23",
        "consistent",
    ),
    (
        "Median weekly rent was £412 in the year to June. A year earlier it was £389. That "
        "works out at £32 a week more, or £1,664 over a year.",
        "£32",
        "inconsistent",
    ),
    # pence against a pair in pounds
    (
        "The bus fare went up from £2.35 to £2.90 in January. For a daily commuter, the 55p "
        "rise costs about £250 a year.",
        "55p",
        "consistent",
    ),
    (
        "The bus fare went up from £2.35 to £2.90 in January. For a daily commuter, the 65p "
        "rise costs about £250 a year.",
        "65p",
        "inconsistent",
    ),
    # race times: h:mm:ss and words
    (
        "She won the half marathon in 1 hour 8 minutes 2 seconds, 25 seconds outside the "
        "course record of 1:07:37.",
        "25 seconds",
        "consistent",
    ),
    (
        "She won the half marathon in 1 hour 8 minutes 2 seconds, 52 seconds outside the "
        "course record of 1:07:37.",
        "52 seconds",
        "inconsistent",
    ),
    (
        "He finished fourth in 2:11:48, a personal best by 64 seconds. His previous best of "
        "2:12:52 came in Berlin.",
        "64 seconds",
        "consistent",
    ),
    (
        "He finished fourth in 2:11:48, a personal best by 46 seconds. His previous best of "
        "2:12:52 came in Berlin.",
        "46 seconds",
        "inconsistent",
    ),
    # two earlier times around it: which is the previous best is not said
    (
        "He finished fourth in 2:11:48, a personal best by 64 seconds. His rival ran 2:12:52 "
        "and his coach once ran 2:12:30.",
        "64 seconds",
        None,
    ),
    # a gap between two values set against each other in one sentence
    (
        "Nurses earn £19.40 an hour, against £17.85 for care workers, a gap of £1.55.",
        "£1.55",
        "consistent",
    ),
    (
        "Nurses earn £19.40 an hour, against £17.85 for care workers, a gap of £1.45.",
        "£1.45",
        "inconsistent",
    ),
    # "up N from OLD": the new value before it ("a year earlier" is no rate)
    (
        "The food bank fed 2,960 families in May, up 385 from 2,575 a year earlier.",
        "385",
        "consistent",
    ),
    (
        "The food bank fed 2,960 families in May, up 358 from 2,575 a year earlier.",
        "358",
        "inconsistent",
    ),
    # "N more than last year, when ...": the old value in a when-clause
    (
        "The festival sold 22,480 tickets. That is 1,930 more than last year, when it sold 20,550.",
        "1,930",
        "consistent",
    ),
    (
        "The festival sold 22,480 tickets. That is 1,390 more than last year, when it sold 20,550.",
        "1,390",
        "inconsistent",
    ),
    # "an extra N, taking the total to NEW", the old value in the next sentence
    (
        "The college will offer an extra 180 places, taking the total to 1,140. It "
        "had 960 places last year.",
        "180",
        "consistent",
    ),
    (
        "The college will offer an extra 810 places, taking the total to 1,140. It "
        "had 960 places last year.",
        "810",
        None,
    ),
    (
        "The college will offer an extra 108 places, taking the total to 1,140. It "
        "had 960 places last year.",
        "108",
        "inconsistent",
    ),
    # the old value counts another noun: not the one compared
    (
        "The college will offer an extra 180 apprenticeships, taking the total to 1,140. It "
        "had 960 places last year.",
        "180",
        None,
    ),
    # a weekly change beside a year-ago comparison: the pair is not the change's
    (
        "Drilling rigs in service fell by four to 812 against 1,020 a year ago.",
        "four",
        None,
    ),
    # an adjective before the change noun
    (
        "The trust employed 4,215 nurses in March. A year earlier it had 3,980, a net "
        "increase of 235.",
        "235",
        "consistent",
    ),
    (
        "The trust employed 4,215 nurses in March. A year earlier it had 3,980, a net "
        "increase of 253.",
        "253",
        "inconsistent",
    ),
    # "N more NOUN than last season, when OLD ..."
    (
        "The club drew 18,940 fans to the derby, 1,420 more fans than last season, when "
        "17,520 watched.",
        "1,420",
        "consistent",
    ),
    (
        "The club drew 18,940 fans to the derby, 1,240 more fans than last season, when "
        "17,520 watched.",
        "1,240",
        "inconsistent",
    ),
    # "cut by N to NEW", the old value in the next sentence
    (
        "The council cut its staff by 140 to 2,310 this year. It had 2,450 staff last year.",
        "140",
        "consistent",
    ),
    (
        "The council cut its staff by 160 to 2,310 this year. It had 2,450 staff last year.",
        "160",
        "inconsistent",
    ),
    # a stated change far from the pair's (over twice it): the link is doubted, not the figure
    (
        "The council cut its staff by 410 to 2,310 this year. It had 2,450 staff last year.",
        "410",
        None,
    ),
    # "N more than the OLD": the base named after "than"
    (
        "Senior nurses earn £21.30 an hour, £2.45 more than the £18.85 paid to juniors.",
        "£2.45",
        "consistent",
    ),
    (
        "Senior nurses earn £21.30 an hour, £2.54 more than the £18.85 paid to juniors.",
        "£2.54",
        "inconsistent",
    ),
    # the change names its base period; a value in a sentence of another period is not it
    (
        "A total of 412 barges were in service, down 38 from the previous week. At this time "
        "last year, 447 barges were in service.",
        "38",
        None,
    ),
    (
        "A total of 412 barges were in service, down 35 from a year earlier. At this time "
        "last year, 447 barges were in service.",
        "35",
        "consistent",
    ),
    (
        "A total of 412 barges were in service, down 53 from a year earlier. At this time "
        "last year, 447 barges were in service.",
        "53",
        "inconsistent",
    ),
    # one end of a range is no stated difference
    (
        "Output is expected to total 10.6 mln tonnes, a drop of 15.5 to 17.2 pct on the 12.6 "
        "to 12.8 mln tonnes of last year.",
        "15.5",
        None,
    ),
    # "It said ..., which resulted in an increase of N": a part of the rise, not its size
    (
        "Reserves rose to 388.68 billion francs from 375.95 billion. It said the rise was "
        "mainly due to currency inflows, which resulted in an increase of 12.41 billion francs.",
        "12.41 billion",
        None,
    ),
    # a base named by the words ("the output quota") and never stated: nothing is said
    (
        "The country pumped 260,000 bpd, 50,000 bpd above the output quota. Last year it "
        "exported an average of 173,500 bpd.",
        "50,000",
        None,
    ),
    # a count compared with a bound is no difference
    (
        "The 3,197 migrants were more than the 3,000 who crossed in the same weeks of 2023.",
        "3,197",
        None,
    ),
    # "N short of its target of M"
    (
        "The trust hired 265 midwives last year, 35 short of its target of 300.",
        "35",
        "consistent",
    ),
    (
        "The trust hired 265 midwives last year, 53 short of its target of 300.",
        "53",
        "inconsistent",
    ),
    # "N seconds faster than her previous best of h:mm:ss"
    (
        "She clocked 1:09:42, 48 seconds faster than her previous best of 1:10:30.",
        "48 seconds",
        "consistent",
    ),
    (
        "She clocked 1:09:42, 84 seconds faster than her previous best of 1:10:30.",
        "84 seconds",
        "inconsistent",
    ),
    # "N higher than a year earlier", the only other value of the measure in the next sentence
    (
        "Bus journeys reached 3.84 million, 260,000 higher than a year earlier. In 2023 there "
        "were 3.58 million.",
        "260,000",
        "consistent",
    ),
    (
        "Bus journeys reached 3.84 million, 290,000 higher than a year earlier. In 2023 there "
        "were 3.58 million.",
        "290,000",
        "inconsistent",
    ),
    # two other values around it: which one is a year earlier is not said
    (
        "Bus journeys reached 3.84 million, 260,000 higher than a year earlier. In 2023 there "
        "were 3.58 million, and in 2022 there were 3.31 million.",
        "260,000",
        None,
    ),
    # "fell by N to NEW in MONTH", the old value dated a month before in the next sentence
    (
        "Claimants fell by 14,000 to 1.47 million in March. In February there were 1.48 million.",
        "14,000",
        "consistent",
    ),
    # over twice what the rounded figures allow (0 to 20,000): the link is doubted
    (
        "Claimants fell by 41,000 to 1.47 million in March. In February there were 1.48 million.",
        "41,000",
        None,
    ),
    # "by N since YEAR, from A to B"
    (
        "Bus routes in the county have fallen by 37 since 2015, from 212 to 175.",
        "37",
        "consistent",
    ),
    (
        "Bus routes in the county have fallen by 73 since 2015, from 212 to 175.",
        "73",
        "inconsistent",
    ),
]

PARTS = [
    # counts after verbs, "of their N games"
    (
        "United have won nine, drawn five and lost two of their 16 matches this season.",
        "16",
        "consistent",
    ),
    (
        "United have won nine, drawn five and lost four of their 16 matches this season.",
        "16",
        "inconsistent",
    ),
    # a list short of its total may leave parts out
    (
        "United have won nine and drawn five of their 16 matches this season.",
        "16",
        "unverifiable",
    ),
    # bracketed counts whose whole is the subject, resolved two sentences back
    (
        "The trust plans 860 new beds by 2030, an average of 172 a year. Most will be for "
        "older patients. The beds would go in three hospitals: Northgate (410), Riverside "
        "(260) and the old infirmary on Castle Street (190).",
        "860",
        "consistent",
    ),
    (
        "The trust plans 860 new beds by 2030, an average of 172 a year. Most will be for "
        "older patients. The beds would go in three hospitals: Northgate (410), Riverside "
        "(260) and the old infirmary on Castle Street (290).",
        "860",
        "inconsistent",
    ),
    # two earlier counts of beds: which whole is meant is not said
    (
        "The trust plans 860 new beds, and 540 beds in the county. The beds would go in "
        "three hospitals: Northgate (410), Riverside (260) and Castle Street (190).",
        "860",
        None,
    ),
    # "accounted for A of the total and Y for B", the total in the sentence before
    (
        "Sales rose to 96.4 mln dlrs from 88.0 mln. Paper accounted for 61.5 mln dlrs of the "
        "total and packaging for 34.9 mln.",
        "96.4 mln",
        "consistent",
    ),
    (
        "Sales rose to 96.4 mln dlrs from 88.0 mln. Paper accounted for 71.5 mln dlrs of the "
        "total and packaging for 34.9 mln.",
        "96.4 mln",
        "unverifiable",
    ),
    (
        "Sales rose to 96.4 mln dlrs from 88.0 mln. Paper accounted for 41.5 mln dlrs of the "
        "total and packaging for 34.9 mln.",
        "96.4 mln",
        "unverifiable",
    ),
    (
        "A total of 96.4 mln dlrs was raised. Paper accounted for 71.5 mln dlrs of the total "
        "and packaging for 34.9 mln.",
        "96.4 mln",
        "inconsistent",
    ),
]


ENUMERATIONS = [
    # "split between" names a complete list
    (
        "The £2.4m fund's 960 grants are split between Ashby (410), Corley (300) and "
        "Denholme (250).",
        "960",
        "consistent",
    ),
    (
        "The £2.4m fund's 960 grants are split between Ashby (410), Corley (300) and "
        "Denholme (350).",
        "960",
        "inconsistent",
    ),
    # the parts then "between them"
    (
        "Ashby (410), Corley (300) and Denholme (250) received 960 grants between them.",
        "960",
        "consistent",
    ),
    (
        "Ashby (410), Corley (300) and Denholme (250) received 690 grants between them.",
        "690",
        "inconsistent",
    ),
    # the verb said once ("Corley 300"), then ", a total of"
    (
        "Ashby will receive 410 grants, Corley 300 and Denholme 250, a total of 960.",
        "960",
        "consistent",
    ),
    (
        "Ashby will receive 410 grants, Corley 300 and Denholme 250, a total of 906.",
        "906",
        "inconsistent",
    ),
    # a total, a few words, a dash and the parts
    (
        "In all 960 grants were handed out - 410 in Ashby, 300 in Corley and 250 in Denholme.",
        "960",
        "consistent",
    ),
    (
        "In all 960 grants were handed out - 410 in Ashby, 300 in Corley and 350 in Denholme.",
        "960",
        "inconsistent",
    ),
    # "Of the N ...," named places cannot overlap: more than the total is an error ...
    (
        "Of the 960 grants, 410 went to Ashby, 300 to Corley and 250 to Denholme.",
        "960",
        "consistent",
    ),
    (
        "Of the 960 grants, 410 went to Ashby, 300 to Corley and 350 to Denholme.",
        "960",
        "inconsistent",
    ),
    # ... but fewer may leave a place out
    (
        "Of the 960 grants, 410 went to Ashby, 300 to Corley and 150 to Denholme.",
        "960",
        "unverifiable",
    ),
    # "..., with the remaining N": the list names its rest, so it is complete
    (
        "Of the 960 grants, 410 went to Ashby and 300 to Corley, with the remaining 250 going "
        "to Denholme.",
        "960",
        "consistent",
    ),
    (
        "Of the 960 grants, 410 went to Ashby and 300 to Corley, with the remaining 150 going "
        "to Denholme.",
        "960",
        "inconsistent",
    ),
    # groups without names may overlap: only an exact sum is said
    (
        "Of the 960 applicants, 410 were women, 300 were students and 350 were from abroad.",
        "960",
        "unverifiable",
    ),
    # "Of these," takes the one count of the sentence before
    (
        "The charity handed out 960 grants. Of these, 410 went to Ashby, 300 to Corley and "
        "250 to Denholme.",
        "960",
        "consistent",
    ),
    (
        "The charity handed out 960 grants. Of these, 410 went to Ashby, 300 to Corley and "
        "350 to Denholme.",
        "960",
        "inconsistent",
    ),
    # two counts before "Of these": which one is not said
    (
        "The charity handed out 960 grants to 720 families. Of these, 410 went to Ashby, 300 "
        "to Corley and 350 to Denholme.",
        "960",
        None,
    ),
    # a count word that does not match the items: not this list
    (
        "The 960 grants are split between the two towns, Ashby (410), Corley (300) and "
        "Denholme (350).",
        "960",
        None,
    ),
]


BALANCES = [
    # a surplus is exports minus imports, new and old, the currency written once
    (
        "Ruritania's trade surplus widened to 4.20 billion dlrs in May from 3.10 billion a "
        "year earlier. Exports rose 6.1 pct to 12.50 billion dlrs from 11.78 billion, while "
        "imports fell to 8.30 billion from 8.68 billion.",
        "4.20 billion",
        "consistent",
    ),
    (
        "Ruritania's trade surplus widened to 4.20 billion dlrs in May from 3.10 billion a "
        "year earlier. Exports rose 6.1 pct to 12.50 billion dlrs from 11.78 billion, while "
        "imports fell to 8.30 billion from 8.68 billion.",
        "3.10 billion",
        "consistent",
    ),
    (
        "Ruritania's trade surplus widened to 4.02 billion dlrs in May from 3.10 billion a "
        "year earlier. Exports rose 6.1 pct to 12.50 billion dlrs from 11.78 billion, while "
        "imports fell to 8.30 billion from 8.68 billion.",
        "4.02 billion",
        "inconsistent",
    ),
    # a deficit is imports minus exports
    (
        "The trade deficit narrowed to 620 mln stg in April. Exports were 7.41 billion stg "
        "and imports 8.03 billion.",
        "620 mln",
        "consistent",
    ),
    (
        "The trade deficit narrowed to 260 mln stg in April. Exports were 7.41 billion stg "
        "and imports 8.03 billion.",
        "260 mln",
        "inconsistent",
    ),
    # two export figures: which one makes the balance is not said
    (
        "The trade deficit narrowed to 620 mln stg in April. Exports were 7.41 billion stg, "
        "oil exports were 1.20 billion stg and imports 8.03 billion.",
        "620 mln",
        None,
    ),
    (
        "The trade deficit narrowed to 620 mln stg in April, with exports at 7.41 billion stg "
        "and imports at 8.03 billion stg.",
        "620 mln",
        "consistent",
    ),
    (
        "The trade deficit narrowed to 650 mln stg in April, with exports at 7.41 billion stg "
        "and imports at 8.03 billion stg.",
        "650 mln",
        "inconsistent",
    ),
    # a current-account balance is not exports minus imports
    (
        "The current account surplus rose to 4.20 billion dlrs. Exports were 12.50 billion "
        "dlrs and imports were 8.10 billion dlrs.",
        "4.20 billion",
        None,
    ),
    # bilateral exports against the whole balance: not compared
    (
        "The trade surplus rose to 4.20 billion dlrs. Exports to Japan were 2.50 billion "
        "dlrs and imports were 1.10 billion dlrs.",
        "4.20 billion",
        None,
    ),
]


@pytest.mark.parametrize(("check", "text", "stated", "want"), rows("total", BALANCES))
def test_trade_balance_is_exports_minus_imports(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED, prefer_decided=True) == want


@pytest.mark.parametrize(("check", "text", "stated", "want"), rows("total", ENUMERATIONS))
def test_enumerated_parts_of_a_total(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED, prefer_decided=True) == want


@pytest.mark.parametrize(("check", "text", "stated", "want"), rows("total", DIFFERENCES))
def test_difference_against_its_two_values(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED, prefer_decided=True) == want


@pytest.mark.parametrize(("check", "text", "stated", "want"), rows("total", PARTS))
def test_parts_against_a_total_named_by_words(nlp, check, text, stated, want):
    assert verdict_on(text, check, stated, PUBLISHED, prefer_decided=True) == want

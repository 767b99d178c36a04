"""Quantity extraction on NewsQuant (Almasian et al., EMNLP 2023), scored like the CQE authors.

    python benchmarks/quantities.py --newsquant ../shared/data/newsquant/newsquant.jsonl

Each sentence goes through the whole factex pipeline (``factex.extract_many``: clean, spaCy,
dates, quantities, claims). Every ``Document.quantities`` record becomes one prediction
``{value, normalized_unit, change, referred_concepts}`` in NewsQuant's vocabulary (see
:func:`newsquant_unit`, :func:`newsquant_change`, :func:`newsquant_concepts`) and the
predictions are scored with :func:`score`, a re-implementation of the scoring loop in the
authors' ``evaluate_models.py`` (repository satya77/CQE_Evaluation):

* micro counts over quantities; precision = hits / predictions, recall = hits / gold;
* gold and predictions sorted by normalized unit; for each gold quantity, predictions are
  walked in order; a prediction whose value is numerically equal (``numpy.isclose``
  defaults; a range matches only a range, pair-wise) counts one value hit (at most as many
  value hits per sentence as the sentence has gold quantities), one change hit if the change
  labels are equal, one concept hit if the concept word sets intersect (partial) or are
  equal (complete); if its lower-cased unit is also equal it counts one value+unit hit, is
  consumed, and the walk moves on to the next gold quantity;
* gold ``referred_concepts`` is split on commas and white space; "-" means none, and a
  prediction without a concept says "-" (as the CQE tagger does).

Unit names (:func:`predictions`): measurement units, currencies and percentages through the
maps below; a count is named by its noun phrase (:func:`_count_phrase`), a fraction by
"% " + what it is a fraction of (:func:`_fraction_phrase`), and a figure whose unit factex
took from a neighbouring figure (rule ``quantities.elliptical_unit``) by that neighbour's name.

The speed column is sentences per second for the whole pipeline on one core (torch and
BLAS threads pinned to 1), spaCy parse included. ``--half 1`` / ``--half 2`` score the first
or second half of the set only; ``--errors PATH`` writes every miss with the predictions.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import numpy as np
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span, Token

import factex
from factex.models import Document, Quantity
from factex.quantities.units import counted_noun, load_units, measurement_unit

RESULTS = Path(__file__).parent / "results" / "quantities.json"

PUBLISHED = {  # F1 from the final CQE paper / the authors' NewsQuant.csv
    "CQE": {"value": 92.0, "value+unit": 85.6, "value+change": 88.1, "concept_partial": 76.1},
    "quantulum3": {"value": 73.0, "value+unit": 47.2},
}

# ---------------------------------------------------------------------------------------
# factex names -> NewsQuant names. Every mapping is a naming convention, not a fix-up:
# ---------------------------------------------------------------------------------------

# factex keeps ISO 4217 codes (and GBX/USC for pence/cents); NewsQuant spells currencies out,
# with the US dollar as plain "dollar".
CURRENCY_NAMES = {
    "USD": "dollar",
    "USC": "cent",
    "EUR": "euro",
    "GBP": "pound sterling",
    "GBX": "point",  # NewsQuant names pence ("164p") "point"
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "AUD": "australian dollar",
    "NZD": "new zealand dollar",
    "CAD": "canadian dollar",
    "HKD": "hong kong dollar",
    "SGD": "singaporean dollar",
    "MYR": "malaysian ringgit",
    "MYR_SEN": "sen",
    "ILS": "shekel",
    "INR": "indian rupee",
    "LKR": "sri lankan rupee",
    "DKK": "danish krone",
    "CHF": "swiss franc",
    "ZAR": "south african rand",
    "HRK": "croatian kuna",
    "TRY": "turkish lira",
    "GEL": "georgian lari",
    "AMD": "dram",
    "BTC": "bitcoin",
    "RUB": "russian ruble",
    "KRW": "south korean won",
    "BRL": "brazilian real",
    "MXN": "mexican peso",
    "PHP": "philippine peso",
    "NGN": "nigerian naira",
    "PKR": "pakistani rupee",
}

# factex: "percent" / "percentage_point"; NewsQuant has "percentage" for both.
PERCENT_NAMES = {"percent": "percentage", "percentage_point": "percentage"}

# factex measurement units are pint's names (US spelling, underscores, "foot ** 2") or
# pint-style names from factex's unit table (data/units.json); NewsQuant uses British
# spellings, spaces and a few names of its own:
UNIT_NAMES = {
    "degree_Celsius": "celsius",
    "degree_Fahrenheit": "fahrenheit",
    "pound": "pound-mass",  # NewsQuant's name for the unit of mass
    "metric_horsepower": "horsepower",  # NewsQuant does not tell PS from hp
    "brake_horsepower": "brake horsepower",
    "foot_pound": "foot pound-force",
    "newton_meter": "newton metre",
    "revolutions_per_minute": "revolutions per minute",
    "milliampere_hour": "milliampere-hour",
    "kip_per_square_inch": "kilopound per square inch",
    "pound_force_per_square_inch": "pound per square inch",
    "ppb": "parts-per-billion",
    "ppm": "part per million",
    "basis_point": "basis point",
    "year_of_age": "year of age",  # "15-year-old"
    "month_of_age": "month of age",
    "times": "count",  # "four times", "sixfold"
    "kilocalorie": "calorie",
    "million_british_thermal_unit": "mega british thermal unit",  # "mmBTU"
}


def _measure_name(unit: str) -> str:
    """ "kilometer" -> "kilometre", "mile_per_hour" -> "mile per hour", "foot ** 2" ->
    "square foot" (British spelling, spaces for underscores)."""
    if unit in UNIT_NAMES:
        return UNIT_NAMES[unit]
    power = re.fullmatch(r"(\w+) \*\* ([23])", unit)
    if power:
        return ("square " if power.group(2) == "2" else "cubic ") + _measure_name(power.group(1))
    words = []
    for w in unit.split("_"):
        for us, gb in (("meter", "metre"), ("liter", "litre")):
            if w.endswith(us):
                w = w[: -len(us)] + gb
        words.append(w)
    return " ".join(words)


_MEASURES = {*load_units().aliases.values(), *UNIT_NAMES}


def newsquant_unit(q: Quantity, lemmas: dict[str, str]) -> str:
    """NewsQuant's ``normalized_unit`` for a factex quantity.

    * no unit -> "-";
    * currency codes -> names (CURRENCY_NAMES); "X per Y" rates map both sides;
    * percent and percentage points -> "percentage";
    * measurement units -> British spelling with spaces (UNIT_NAMES, :func:`_measure_name`);
    * time units ("year", "day") are already NewsQuant names;
    * counted nouns ("life jackets", "people") -> lemmas of their words, lower case, the way
      NewsQuant normalises nouns ("jobs" -> "job"); ``lemmas`` maps the sentence's words
      (lower case) to their spaCy lemma.
    """
    unit = q.unit
    if unit is None:
        return "-"
    if " per " in unit:
        left, _, right = unit.partition(" per ")
        return f"{_one_unit(left, lemmas)} per {_one_unit(right, lemmas)}"
    return _one_unit(unit, lemmas)


def _one_unit(unit: str, lemmas: dict[str, str]) -> str:
    if unit in CURRENCY_NAMES:
        return CURRENCY_NAMES[unit]
    if unit in PERCENT_NAMES:
        return PERCENT_NAMES[unit]
    if unit in _MEASURES or measurement_unit(unit) == unit:
        return _measure_name(unit)
    return " ".join(lemmas.get(w, w) for w in unit.lower().split())


def newsquant_change(q: Quantity) -> str:
    """factex ``change`` (up/down) and ``qualifier`` -> NewsQuant's change label.

    A qualifier wins (NewsQuant labels "up about 19 per cent" "~"): "about"/"some"/"almost"
    -> "~"; "more than"/"at least" -> ">"; "less than"/"at most" -> "<"; then up/down;
    nothing -> "=".
    """
    if q.change in ("up", "down") and not q.qualifier:
        return q.change
    return {
        "about": "~",
        "some": "~",
        "more than": ">",
        "at least": ">",
        "less than": "<",
        "at most": "<",
        "almost": "~",  # NewsQuant labels "nearly 78,000" approximate, not a bound
    }.get(q.qualifier or "", q.change or "=")


_DROPPED_TAGS = {"VBN", "VBG", "RB", "RBR", "RBS", "DT", "PDT", "CC", "PRP$", "POS", "WDT"}
_NOT_UNIT = {"more", "additional", "extra", "fewer", "less"}


def _phrase(tokens: list[Token], head: Token, *, numbers: bool = False) -> str | None:
    """NewsQuant's name for counted things: the noun phrase lower-cased, with its head noun
    and its adjectives lemmatised ("two smaller tenancies" -> "small tenancy"); articles,
    adverbs, participles and "more" left out ("300 recorded songs" -> "song", "eight more
    picks" -> "pick"), hyphenated words kept whole ("coal-fired"). A number inside the
    phrase gives up (``numbers=False``) or is left out (``numbers=True``)."""
    words = []
    for t in [*tokens, head]:
        if t is not head:
            hyphened = t.i > 0 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_
            if not hyphened and (t.tag_ in _DROPPED_TAGS or t.lower_ in _NOT_UNIT):
                continue
            if t.pos_ == "NUM" or t.text[:1].isdigit():
                if numbers:
                    continue
                return None
            if t.is_punct and t.text != "-":
                return None
        word = t.lemma_ if t is head or t.tag_ in ("JJR", "JJS") else t.text
        plural = t.tag_ in ("NNS", "NNPS")
        if t is head and plural and word.lower() == t.lower_ and word.endswith("s"):
            word = word[:-1]  # spaCy keeps "Americans", "innings" as they are
        words.append(word + (" " if t.whitespace_ and t is not head else ""))
    text = re.sub(r"\s+", " ", "".join(words).lower()).strip()
    return text or None


def _count_phrase(span: Span) -> str | None:
    """NewsQuant's unit for a count is the noun phrase after the number ("50 different
    products" -> "different product"), see :func:`_phrase`."""
    noun = counted_noun(span[-1])
    if noun is None or noun[0].i <= span[-1].i:
        return None
    head = noun[0]
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "NOUN":
        head = head.head  # "a three course meal" -> "course meal"
    before = [
        t
        for t in head.lefts
        if t.i < span[0].i and t.dep_ in ("amod", "compound") and t.pos_ in ("ADJ", "NOUN")
    ]  # "the top three seeds" -> "top seed"
    return _phrase([*before, *span.doc[span[-1].i + 1 : head.i]], head)


_PRONOUNS = {"those", "these", "which", "them", "it", "they", "whom", "this", "that"}
_NP_DEPS = {"compound", "amod", "nummod", "nmod", "cc", "conj"}


def _fraction_phrase(span: Span) -> str:
    """NewsQuant names a fraction "% " + what it is a fraction of ("Half the condos" ->
    "% condo", "one fourth of the US population" -> "% us population", "a third of those
    screened" -> "% -", "one out of three Germans" -> "% germans", not lemmatised)."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1
    while i < len(doc) and doc[i].tag_ in ("DT", "PRP$", "PDT") and doc[i].lower_ not in _PRONOUNS:
        i += 1
    if i >= len(doc) or doc[i].lower_ in _PRONOUNS:
        return "% -"
    head = doc[i]
    while head.head.i > head.i and head.dep_ in _NP_DEPS:
        head = head.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return "% -"
    if head.tag_ == "NNPS":
        return "% " + head.lower_
    return "% " + (_phrase(list(doc[i : head.i]), head, numbers=True) or "-")


def newsquant_concepts(q: Quantity) -> list[str]:
    """NewsQuant concepts are bags of words: the words of the library's ``Quantity.concept``
    (what the figure refers to, without its unit; see
    :func:`factex.claims.referents.quantity_concepts`), or "-" when it is None."""
    return q.concept.split() if q.concept else ["-"]


def predictions(doc: Document, parsed: SpacyDoc) -> list[dict]:
    lemmas = {t.lower_: t.lemma_.lower() for t in parsed}
    out = []
    for q in doc.quantities:
        if q.value_max is not None:
            value: float | tuple[float, float] = (q.value, q.value_max)
        else:
            value = q.value
        span = parsed.char_span(q.start, q.end, alignment_mode="expand")
        unit = newsquant_unit(q, lemmas)
        counted = q.unit and not (
            q.unit in _MEASURES
            or q.unit in CURRENCY_NAMES
            or q.unit in PERCENT_NAMES
            or " per " in q.unit
            or measurement_unit(q.unit)
            or q.unit in {"year", "month", "week", "day", "hour", "minute", "decade"}
        )
        if span is not None and q.unit == "fraction":
            unit = _fraction_phrase(span)
        elif span is not None and counted:
            unit = _count_phrase(span) or unit
            if q.rule == "quantities.elliptical_unit":  # the unit of the figure it came from
                unit = next(
                    (
                        o["normalized_unit"]
                        for o, p in zip(out, doc.quantities, strict=False)
                        if p.unit == q.unit
                    ),
                    unit,
                )
        out.append(
            {
                "value": value,
                "normalized_unit": unit,
                "change": newsquant_change(q),
                "referred_concepts": newsquant_concepts(q),
                "text": q.text,
            }
        )
    return out


# ---------------------------------------------------------------------------------------
# Scoring (same loop as the authors' evaluate_models.calculate_metrics)
# ---------------------------------------------------------------------------------------


def gold_value(raw: str) -> float | tuple[float, float]:
    if "E" not in raw and not raw.startswith("-") and "-" in raw:
        low, high = raw.split("-")
        return float(low), float(high)
    return float(raw)


def values_match(gold: float | tuple, pred: float | tuple) -> bool:
    if isinstance(gold, tuple) != isinstance(pred, tuple):
        return False
    if isinstance(gold, tuple):
        return bool(np.isclose(gold[0], pred[0]) and np.isclose(gold[1], pred[1]))
    return bool(np.isclose(gold, pred))


def score(sentences: list[tuple[list[dict], list[dict]]]) -> tuple[dict, list[dict]]:
    """``sentences``: (gold quantities, predictions) per sentence -> metrics and a log."""
    n_gold = n_pred = 0
    hits = Counter()
    log = []
    for gold, preds in sentences:
        n_gold += len(gold)
        n_pred += len(preds)
        tags = sorted(preds, key=lambda d: d["normalized_unit"])
        budget = len(gold)
        for g in sorted(gold, key=lambda d: d["normalized_unit"]):
            gv = gold_value(g["value"])
            gu = g["normalized_unit"].lower()
            gc = {w.lower() for w in re.split(r"[,\s]+", g["referred_concepts"])}
            outcome = "missed"
            for t in list(tags):
                if not values_match(gv, t["value"]):
                    continue
                if budget > 0:
                    hits["value"] += 1
                    budget -= 1
                if t["change"] == g["change"]:
                    hits["value+change"] += 1
                tc = {w.lower() for w in t["referred_concepts"]}
                if gc & tc:
                    hits["concept_partial"] += 1
                if gc == tc and len(gc) == len(t["referred_concepts"]):
                    hits["concept_complete"] += 1
                outcome = "unit"
                if t["normalized_unit"].lower() == gu:
                    hits["value+unit"] += 1
                    tags.remove(t)
                    outcome = "ok"
                    break
            log.append({"gold": g, "outcome": outcome})
        for t in tags:
            log.append({"spurious": t})
    metrics = {}
    for key in ("value", "value+unit", "value+change", "concept_partial", "concept_complete"):
        p = hits[key] / n_pred if n_pred else 0.0
        r = hits[key] / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        metrics[key] = {"P": round(100 * p, 1), "R": round(100 * r, 1), "F1": round(100 * f, 1)}
    metrics["counts"] = {"gold": n_gold, "predicted": n_pred, **hits}
    return metrics, log


def run(path: Path, limit: int | None, errors: Path | None, half: int | None = None) -> dict:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    rows = rows[:limit] if limit else rows
    if half:  # 1: the first half of the set, 2: the second (to compare in- and out-of-sample)
        rows = rows[: len(rows) // 2] if half == 1 else rows[len(rows) // 2 :]
    texts = [r["text"] for r in rows]
    from factex.pipeline import load_pipeline

    nlp = load_pipeline()
    list(factex.extract_many(texts[:5]))  # warm-up: model load, lexicons
    t0 = time.perf_counter()
    docs = list(factex.extract_many(texts, batch_size=64))
    elapsed = time.perf_counter() - t0
    pairs = []
    dumps = []
    for row, doc in zip(rows, docs, strict=True):
        preds = predictions(doc, nlp(row["text"]))
        pairs.append((row["quantities"], preds))
        dumps.append(row)
    metrics, _ = score(pairs)
    if errors:
        _write_errors(errors, rows, pairs)
    return {
        "data": str(path),
        "sentences": len(rows),
        "seconds": round(elapsed, 2),
        "sentences_per_second": round(len(rows) / elapsed, 1),
        "metrics": metrics,
        "published_f1": PUBLISHED,
        "factex_version": factex.__version__,
    }


def _write_errors(out: Path, rows: list[dict], pairs: list) -> None:
    lines = []
    for row, (gold, preds) in zip(rows, pairs, strict=True):
        _, log = score([(gold, preds)])
        bad = [e for e in log if e.get("outcome") != "ok"]
        if not bad:
            continue
        lines.append(f"#{row['id']} {row['text']}")
        for e in bad:
            if "spurious" in e:
                t = e["spurious"]
                lines.append(
                    f"   + {t['value']} [{t['normalized_unit']}] {t['change']} «{t['text']}»"
                )
            else:
                g = e["gold"]
                lines.append(
                    f"   - {g['value']} [{g['normalized_unit']}] {g['change']} ({e['outcome']})"
                )
        for t in preds:
            lines.append(
                f"     pred {t['value']} [{t['normalized_unit']}] {t['change']} "
                f"{t['referred_concepts']} «{t['text']}»"
            )
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--newsquant", type=Path, required=True, help="newsquant.jsonl")
    ap.add_argument("--limit", type=int, default=None, help="first N sentences only")
    ap.add_argument("--half", type=int, choices=(1, 2), default=None, help="first/second half")
    ap.add_argument("--errors", type=Path, default=None, help="write misses to this file")
    ap.add_argument("--out", type=Path, default=RESULTS, help="JSON results file")
    args = ap.parse_args(argv)
    result = run(args.newsquant, args.limit, args.errors, args.half)
    m = result["metrics"]
    print(
        f"NewsQuant: {result['sentences']} sentences, {m['counts']['gold']} gold quantities, "
        f"{m['counts']['predicted']} predicted"
    )
    print(f"{'metric':<18} {'P':>6} {'R':>6} {'F1':>6}   CQE F1")
    for key in ("value", "value+unit", "value+change", "concept_partial", "concept_complete"):
        ref = PUBLISHED["CQE"].get(key, "")
        print(f"{key:<18} {m[key]['P']:>6} {m[key]['R']:>6} {m[key]['F1']:>6}   {ref}")
    print(f"speed: {result['sentences_per_second']} sentences/s (one core, whole pipeline)")
    if args.limit is None and args.half is None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

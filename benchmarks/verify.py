"""Benchmark the verifier (factex.checks): corpus scores, a mutation test, and Reuters-21578.

    python benchmarks/verify.py                       # (a) corpus + (b) mutation test
    nice -n 10 python benchmarks/verify.py --reuters ../shared/data/reuters21578/reuters.jsonl

(a) Corpus: tests/fixtures/articles/*.txt with gold relations in *.json. A gold relation is
    *reached* by a finding of the same check whose span overlaps the relation's stated words.
    Sensitivity = inconsistent relations flagged inconsistent; specificity = consistent
    relations not flagged; coverage = relations reached with a verdict (not unverifiable);
    false alarms = inconsistent findings on clean articles per 1,000 words.
(b) Mutation test: from the gold relations of the clean articles, erroneous variants are made
    automatically (off-by-one leading digit, wrong base, points↔percent, swapped values,
    shifted date, wrong weekday, wrong conversion). A gold ``oracle`` (plain arithmetic in the
    gold file, not factex) drops variants that are still correct. Clean controls: the article
    itself and copies with a decoy number changed must get no inconsistent finding.
(c) Reuters: every story (or ``--sample N``) through ``factex.extract_many``; stories with an
    inconsistent finding are saved with the sentence around each finding, and a fixed random
    sample of 30 is written out for judgement by a reader (``--judgements FILE`` merges a
    reader's verdicts, keyed by story id and stated text, into the results).
(d) Other news (``--other``: TempEval-3 documents, NewsQuant sentences): the same as (c) on
    copy the checks were never tuned on, into results/verify-other.json.

Results go to benchmarks/results/verify-*.json; tables are printed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import factex

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
SEED = ROOT / "tests" / "fixtures" / "channel-crossings-2024-11-07.txt"
RESULTS = ROOT / "benchmarks" / "results"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?")


@dataclass
class Article:
    name: str
    text: str
    gold: dict

    @property
    def clean(self) -> bool:
        return bool(self.gold["clean"])

    @property
    def words(self) -> int:
        return len(self.text.split())


def load_articles(folder: Path = ARTICLES) -> list[Article]:
    return [
        Article(
            p.stem, p.read_text(encoding="utf-8"), json.loads(p.with_suffix(".json").read_text())
        )
        for p in sorted(folder.glob("*.txt"))
    ]


def span_of(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def findings_at(doc: factex.Document, check: str, start: int, end: int) -> list[factex.Finding]:
    return [f for f in doc.findings if f.check == check and f.start < end and start < f.end]


# --- (a) corpus -------------------------------------------------------------------------


@dataclass
class Score:
    tp: int = 0
    fn: int = 0
    tn: int = 0
    fp: int = 0
    reached: int = 0
    relations: int = 0
    clean_words: int = 0
    clean_false_alarms: int = 0
    unexplained: list[str] = field(default_factory=list)
    by_check: Counter = field(default_factory=Counter)
    reached_by_check: Counter = field(default_factory=Counter)


def score_corpus(articles: list[Article]) -> tuple[Score, list[dict]]:
    score = Score()
    rows = []
    for a in articles:
        doc = factex.extract(a.text, published=a.gold["published"])
        spans = []
        for r in a.gold["relations"]:
            start, end = span_of(a.text, r["stated"])
            spans.append((r["check"], start, end, r["consistent"]))
            hits = findings_at(doc, r["check"], start, end)
            verdicts = {f.verdict for f in hits}
            flagged = "inconsistent" in verdicts
            reached = bool(verdicts - {"unverifiable"})
            score.relations += 1
            score.by_check[r["check"]] += 1
            score.reached += reached
            score.reached_by_check[r["check"]] += reached
            if r["consistent"]:
                score.tn += not flagged
                score.fp += flagged
            else:
                score.tp += flagged
                score.fn += not flagged
            rows.append(
                {
                    "article": a.name,
                    "check": r["check"],
                    "stated": r["stated"],
                    "gold": "consistent" if r["consistent"] else "inconsistent",
                    "found": sorted(verdicts),
                }
            )
        for f in doc.inconsistent:
            explained = any(
                c == f.check and s < f.end and f.start < e and not ok for c, s, e, ok in spans
            )
            if not explained:
                score.unexplained.append(f"{a.name}: {f}")
        if a.clean:
            score.clean_words += a.words
            score.clean_false_alarms += len(doc.inconsistent)
    return score, rows


# --- (b) mutation test ------------------------------------------------------------------


def _still_consistent(oracle: dict, value: float) -> bool:
    kind = oracle["kind"]
    if kind == "value":
        return abs(value - oracle["computed"]) <= oracle["tol"]
    if kind == "more_than":
        return oracle["exact"] > value
    if kind == "set":
        return value in oracle["allowed"]
    raise ValueError(kind)


def _format_like(template: str, value: float) -> str:
    decimals = len(template.split(".")[1]) if "." in template else 0
    text = f"{value:,.{decimals}f}" if "," in template else f"{value:.{decimals}f}"
    return text


def _bump_leading_digit(numeral: str, by: int) -> str:
    for i, ch in enumerate(numeral):
        if ch.isdigit():
            d = int(ch)
            new = d + by if d + by <= 9 else d - by
            if new < 1 and i == numeral.lstrip("-").find(ch):
                new = d + by
            return numeral[:i] + str(new % 10) + numeral[i + 1 :]
    return numeral


def _replace_at(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


@dataclass
class Mutant:
    article: str
    operator: str
    check: str
    text: str
    start: int
    end: int
    description: str


def mutants_for(a: Article) -> list[Mutant]:
    out: list[Mutant] = []
    for r in a.gold["relations"]:
        if not r["consistent"]:
            continue
        start, end = span_of(a.text, r["stated"])
        stated = r["stated"]
        oracle = r.get("oracle", {})
        operator = "wrong_conversion" if r["check"] == "conversion" else "digit"
        num = NUMBER.search(stated)
        if num and oracle.get("kind") in ("value", "more_than", "set"):
            for by in (1, 2, 3):
                new_num = _bump_leading_digit(num.group(0), by)
                value = float(new_num.replace(",", ""))
                if not _still_consistent(oracle, value):
                    new = stated[: num.start()] + new_num + stated[num.end() :]
                    out.append(
                        Mutant(
                            a.name,
                            operator,
                            r["check"],
                            _replace_at(a.text, start, end, new),
                            start,
                            start + len(new),
                            f"{stated!r} -> {new!r}",
                        )
                    )
                    break
        if num and "wrong_base" in oracle:
            new_num = _format_like(num.group(0), oracle["wrong_base"])
            if new_num != num.group(0) and not _still_consistent(
                oracle, float(new_num.replace(",", ""))
            ):
                new = stated[: num.start()] + new_num + stated[num.end() :]
                out.append(
                    Mutant(
                        a.name,
                        "wrong_base",
                        r["check"],
                        _replace_at(a.text, start, end, new),
                        start,
                        start + len(new),
                        f"{stated!r} -> {new!r}",
                    )
                )
        if r["check"] == "percentage_points" and "point" in stated:
            new = re.sub(r"\s*(?:percentage\s+)?points?", "%", stated)
            out.append(
                Mutant(
                    a.name,
                    "points_to_percent",
                    r["check"],
                    _replace_at(a.text, start, end, new),
                    start,
                    start + len(new),
                    f"{stated!r} -> {new!r}",
                )
            )
        if r["check"] == "weekday":
            day = next(d for d in WEEKDAYS if d in stated)
            new = stated.replace(day, WEEKDAYS[(WEEKDAYS.index(day) + 1) % 7])
            out.append(
                Mutant(
                    a.name,
                    "wrong_weekday",
                    r["check"],
                    _replace_at(a.text, start, end, new),
                    start,
                    start + len(new),
                    f"{stated!r} -> {new!r}",
                )
            )
        inputs = r.get("inputs", [])
        if r["check"] == "date_span" and len(inputs) == 1:
            s, e = span_of(a.text, inputs[0])
            m = re.search(r"\d+", inputs[0])
            assert m is not None
            shifted = inputs[0][: m.start()] + str(int(m.group(0)) + 2) + inputs[0][m.end() :]
            out.append(
                Mutant(
                    a.name,
                    "shifted_date",
                    r["check"],
                    _replace_at(a.text, s, e, shifted),
                    start,
                    end,
                    f"{inputs[0]!r} -> {shifted!r}",
                )
            )
        if len(inputs) == 2 and r["check"] != "date_span":
            out.append(_swap(a, r, inputs, start, end))
    return out


def _swap(a: Article, r: dict, inputs: list[str], start: int, end: int) -> Mutant:
    """Swap the first number of each input context ("from 40% to 43%" → "from 43% to 40%")."""
    (s1, _), (s2, _) = span_of(a.text, inputs[0]), span_of(a.text, inputs[1])
    m1, m2 = NUMBER.search(inputs[0]), NUMBER.search(inputs[1])
    assert m1 and m2, inputs
    spans = sorted(
        [
            (s1 + m1.start(), s1 + m1.end(), m2.group(0)),
            (s2 + m2.start(), s2 + m2.end(), m1.group(0)),
        ]
    )
    text = a.text
    for s, e, new in reversed(spans):
        text = text[:s] + new + text[e:]
    shift = sum(len(new) - (e - s) for s, e, new in spans if e <= start)
    return Mutant(
        a.name,
        "swapped_values",
        r["check"],
        text,
        start + shift,
        end + shift,
        f"swap {m1.group(0)} and {m2.group(0)}",
    )


def controls_for(a: Article) -> list[Mutant]:
    out = [Mutant(a.name, "original", "", a.text, 0, 0, "unchanged")]
    for decoy in a.gold.get("decoys", []):
        start, end = span_of(a.text, decoy)
        num = NUMBER.search(decoy)
        if num is None:
            continue
        new = decoy[: num.start()] + _bump_leading_digit(num.group(0), 1) + decoy[num.end() :]
        out.append(
            Mutant(
                a.name,
                "decoy_digit",
                "",
                _replace_at(a.text, start, end, new),
                0,
                0,
                f"{decoy!r} -> {new!r}",
            )
        )
    return out


def run_mutations(articles: list[Article]) -> dict:
    clean = [a for a in articles if a.clean]
    per_op: dict[str, Counter] = {}
    missed: list[str] = []
    for a in clean:
        for m in mutants_for(a):
            doc = factex.extract(m.text, published=a.gold["published"])
            strict = bool(
                [
                    f
                    for f in findings_at(doc, m.check, m.start, m.end)
                    if f.verdict == "inconsistent"
                ]
            )
            c = per_op.setdefault(m.operator, Counter())
            c["n"] += 1
            c["caught"] += strict
            c["doc_flagged"] += not doc.ok
            if not strict:
                missed.append(f"{m.article} [{m.operator}] {m.description}")
    controls = Counter()
    alarms: list[str] = []
    for a in clean:
        for m in controls_for(a):
            doc = factex.extract(m.text, published=a.gold["published"])
            controls["n"] += 1
            controls["false_alarm"] += not doc.ok
            alarms += [f"{m.article} [{m.operator}] {m.description}: {f}" for f in doc.inconsistent]
    total = sum(c["n"] for c in per_op.values())
    caught = sum(c["caught"] for c in per_op.values())
    return {
        "operators": {k: dict(v) for k, v in sorted(per_op.items())},
        "mutants": total,
        "caught": caught,
        "sensitivity": caught / total if total else None,
        "controls": dict(controls),
        "control_specificity": 1 - controls["false_alarm"] / controls["n"]
        if controls["n"]
        else None,
        "missed": missed,
        "control_alarms": alarms,
    }


# --- (c) Reuters ------------------------------------------------------------------------


def _sentence(text: str, start: int, end: int) -> str:
    """The words around a finding (decimal points make sentence cuts unreliable here)."""
    return " ".join(text[max(0, start - 220) : end + 160].split())


def load_stories(path: Path) -> list[dict]:
    """Stories as {id, title, text, date} from Reuters-21578, TempEval-3 ({doc, dct, text})
    or NewsQuant ({id, text}: sentences without a date) JSONL; other ids get the file stem."""
    stories = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        sid = r.get("doc", r.get("id"))
        stories.append(
            {
                "id": sid if str(sid).startswith("reut-") else f"{path.stem}:{sid}",
                "title": r.get("title", ""),
                "text": r["text"],
                "date": r.get("date", r.get("dct")),
            }
        )
    return stories


def run_reuters(path: Path | list[Path], sample: int | None, n_process: int, seed: int) -> dict:
    paths = path if isinstance(path, list) else [path]
    stories = [s for p in paths for s in load_stories(p)]
    population = len(stories)
    if sample:
        stories = random.Random(seed).sample(stories, min(sample, len(stories)))
    items = [
        ((s["title"] + "\n" + s["text"]) if s["title"] else s["text"], s["date"]) for s in stories
    ]
    started = time.perf_counter()
    flagged, counts, failed = [], Counter(), 0
    checked = Counter()
    for story, doc in zip(
        stories,
        factex.extract_many(items, n_process=n_process, batch_size=32, on_error="record"),
        strict=True,
    ):
        if not isinstance(doc, factex.Document):
            failed += 1
            continue
        for f in doc.findings:
            checked[f"{f.check}:{f.verdict}"] += 1
        if doc.ok:
            continue
        counts["stories_flagged"] += 1
        for f in doc.inconsistent:
            counts[f.check] += 1
        flagged.append(
            {
                "id": story["id"],
                "date": story["date"],
                "title": story["title"],
                "findings": [
                    {
                        "check": f.check,
                        "stated": f.stated,
                        "message": f.message,
                        "rule": f.rule,
                        "context": _sentence(doc.text, f.start, f.end),
                    }
                    for f in doc.inconsistent
                ],
            }
        )
    elapsed = time.perf_counter() - started
    rng = random.Random(seed + 1)
    judged = rng.sample(flagged, min(30, len(flagged)))
    return {
        "data": ", ".join(str(p) for p in paths),
        "population": population,
        "stories": len(stories),
        "sampled": bool(sample),
        "seed": seed,
        "failed": failed,
        "seconds": round(elapsed, 1),
        "n_process": n_process,
        "stories_flagged": counts.pop("stories_flagged", 0),
        "inconsistent_by_check": dict(counts.most_common()),
        "findings_by_check_and_verdict": dict(sorted(checked.items())),
        "judgement_sample": [
            {
                "id": s["id"],
                "title": s["title"],
                "findings": s["findings"],
                "judgement": None,
                "why": "",
            }
            for s in judged
        ],
        "flagged": flagged,
    }


def merge_judgements(results: dict, path: Path, previous: Path | None = None) -> dict:
    """Judgements: {story id: {"judgement": "real error"|"false alarm"|..., "why": "..."}}.

    ``previous``: an earlier run's results; stories it did not flag are tallied apart
    (``new_judgement_tally``): the checks were not tuned on them, so their rate is the
    out-of-sample precision of this run."""
    verdicts = json.loads(path.read_text(encoding="utf-8"))
    for item in results["judgement_sample"]:
        if item["id"] in verdicts:
            item.update(verdicts[item["id"]])
    tally = Counter(i["judgement"] for i in results["judgement_sample"] if i["judgement"])
    results["judgement_tally"] = dict(tally)
    judged = sum(tally.values())
    results["real_error_rate"] = tally.get("real error", 0) / judged if judged else None
    if previous is not None:
        before = {f["id"] for f in json.loads(previous.read_text(encoding="utf-8"))["flagged"]}
        new = Counter(
            i["judgement"]
            for i in results["judgement_sample"]
            if i["judgement"] and i["id"] not in before
        )
        results["previous_run"] = previous.name
        results["new_judgement_tally"] = dict(new)
        results["no_longer_flagged"] = sorted(before - {f["id"] for f in results["flagged"]})
    return results


# --- main -------------------------------------------------------------------------------


def _row(*cells: object) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reuters", type=Path, help="path to reuters21578/reuters.jsonl")
    parser.add_argument("--sample", type=int, default=None, help="random sample of N stories")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--judgements", type=Path, help="merge a reader's judgements (JSON)")
    parser.add_argument(
        "--previous", type=Path, help="an earlier Reuters results JSON: tally new flags apart"
    )
    parser.add_argument(
        "--other",
        type=Path,
        nargs="+",
        help="other news JSONL (TempEval-3, NewsQuant) the checks were never tuned on: "
        "flagged documents go to results/verify-other.json, like (c)",
    )
    parser.add_argument("--skip-corpus", action="store_true")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=ARTICLES,
        help="folder of articles + gold (default tests/fixtures/articles; "
        "tests/fixtures/articles/heldout holds articles written after the checks were frozen)",
    )
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)

    if not args.skip_corpus:
        articles = load_articles(args.corpus)
        score, rows = score_corpus(articles)
        seed_doc = factex.extract(SEED.read_text(encoding="utf-8"), published="2024-11-07")
        inconsistent = score.tp + score.fn
        consistent = score.tn + score.fp
        corpus = {
            "articles": len(articles),
            "clean_articles": sum(a.clean for a in articles),
            "relations": score.relations,
            "inconsistent_relations": inconsistent,
            "sensitivity": score.tp / inconsistent if inconsistent else None,
            "specificity": score.tn / consistent if consistent else None,
            "coverage": score.reached / score.relations,
            "clean_words": score.clean_words,
            "clean_false_alarms": score.clean_false_alarms,
            "false_alarms_per_1000_words": 1000 * score.clean_false_alarms / score.clean_words,
            "unexplained_inconsistent_findings": score.unexplained,
            "seed_inconsistent": len(seed_doc.inconsistent),
            "coverage_by_check": {
                k: f"{score.reached_by_check[k]}/{n}" for k, n in sorted(score.by_check.items())
            },
            "relations_detail": rows,
        }
        print("## (a) corpus")
        print(
            _row(
                "articles",
                "relations",
                "inconsistent",
                "sensitivity",
                "specificity",
                "coverage",
                "false alarms / 1,000 words (clean)",
                "seed inconsistent",
            )
        )
        print(_row(*["---"] * 8))
        print(
            _row(
                f"{len(articles)} ({corpus['clean_articles']} clean)",
                score.relations,
                inconsistent,
                f"{_pct(corpus['sensitivity'])} ({score.tp}/{inconsistent})",
                f"{_pct(corpus['specificity'])} ({score.tn}/{consistent})",
                f"{_pct(corpus['coverage'])} ({score.reached}/{score.relations})",
                f"{corpus['false_alarms_per_1000_words']:.2f} "
                f"({score.clean_false_alarms} in {score.clean_words} words)",
                corpus["seed_inconsistent"],
            )
        )
        print("coverage by check:", corpus["coverage_by_check"])
        for line in score.unexplained:
            print("  unexplained:", line)

        mutation = run_mutations(articles)
        print("\n## (b) mutation test (clean articles)")
        print("| operator | mutants | caught at the relation | document flagged |")
        print("|---|---|---|---|")
        for op, c in mutation["operators"].items():
            print(f"| {op} | {c['n']} | {c['caught']} | {c['doc_flagged']} |")
        caught = f"{mutation['caught']} ({_pct(mutation['sensitivity'])})"
        print(_row("**all**", mutation["mutants"], caught, ""))
        ctl = mutation["controls"]
        print(
            f"\nclean controls: {ctl.get('n', 0)}, with a false alarm: {ctl.get('false_alarm', 0)} "
            f"(specificity {_pct(mutation['control_specificity'])})"
        )
        for line in mutation["missed"]:
            print("  missed:", line)
        for line in mutation["control_alarms"]:
            print("  control alarm:", line)
        suffix = "" if args.corpus.resolve() == ARTICLES.resolve() else f"-{args.corpus.name}"
        out = RESULTS / f"verify-corpus{suffix}.json"
        out.write_text(
            json.dumps({"corpus": corpus, "mutation": mutation}, indent=1, ensure_ascii=False)
            + "\n"
        )
        print(f"\nsaved {out.relative_to(ROOT)}")

    for data, label in ((args.reuters, "reuters"), (args.other, "other")):
        if not data:
            continue
        # a sample run never overwrites the full run's results (nor its judgements)
        name = f"verify-{label}"
        if args.sample:
            name += f"-sample{args.sample}-seed{args.seed}"
        out = RESULTS / f"{name}.json"
        if args.judgements and out.exists():
            results = merge_judgements(json.loads(out.read_text()), args.judgements, args.previous)
        else:
            results = run_reuters(data, args.sample, args.n_process, args.seed)
            if args.judgements:
                results = merge_judgements(results, args.judgements, args.previous)
        print("\n## (c) Reuters-21578" if label == "reuters" else f"\n## (d) {results['data']}")
        print("| stories | flagged (≥1 inconsistent) | share | seconds | n_process |")
        print("|---|---|---|---|---|")
        share = results["stories_flagged"] / max(1, results["stories"] - results["failed"])
        print(
            _row(
                f"{results['stories']} of {results['population']}",
                results["stories_flagged"],
                _pct(share),
                results["seconds"],
                results["n_process"],
            )
        )
        print("inconsistent by check:", results["inconsistent_by_check"])
        if "judgement_tally" in results:
            print(
                "judged sample:",
                results["judgement_tally"],
                "real-error rate:",
                _pct(results["real_error_rate"]),
            )
        if "new_judgement_tally" in results:
            print(
                f"flagged for the first time (not in {results['previous_run']}):",
                results["new_judgement_tally"],
                "; no longer flagged:",
                len(results["no_longer_flagged"]),
            )
        out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
        print(f"saved {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

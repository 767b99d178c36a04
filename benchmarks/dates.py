"""Score factex's temporal expressions on TempEval-3 (Task A: timex extraction + normalisation).

Usage::

    python benchmarks/dates.py --tempeval3 ../shared/data/tempeval3
    python benchmarks/dates.py --tempeval3 ../shared/data/tempeval3/platinum.jsonl --errors 40

The input is the JSONL export described in ``../shared/data/README.md`` (text, dct, gold
timexes with offsets, type, value). Each document goes through the real pipeline pieces:
``clean`` → spaCy → :func:`factex.dates.extract_dates` anchored on the document creation
time (``--full`` runs the whole :func:`factex.extract` instead; same dates, slower).

Scoring follows the TempEval-3 scorer: a gold timex is found (relaxed) when a system
mention overlaps it and strictly when the extents are identical; precision counts system
mentions that overlap a gold timex. Type and value accuracy are measured over the relaxed
matches; value F1 = relaxed F1 x value accuracy (as published). Prints a table with the
published platinum rows and writes JSON to ``benchmarks/results/dates.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

PUBLISHED = {
    # platinum, paper Table 3: relaxed F1, strict F1, value F1
    "HeidelTime-t (published)": (90.30, 81.34, 77.61),
    "SUTime (published)": (90.32, 79.57, 67.38),
    "ClearTK-1,2 (published)": (90.23, 82.71, 64.66),
}
RESULTS = Path(__file__).parent / "results" / "dates.json"


@dataclass
class Sys:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    rule: str


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    relaxed_gold: int = 0
    relaxed_sys: int = 0
    strict: int = 0
    value_ok: int = 0
    type_ok: int = 0
    matched: int = 0
    docs: int = 0
    seconds: float = 0.0
    errors: list[dict] = field(default_factory=list)

    def table(self) -> dict[str, float]:
        def f1(tp_p: int, tp_r: int) -> tuple[float, float, float]:
            p = tp_p / self.system if self.system else 0.0
            r = tp_r / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        rp, rr, rf = f1(self.relaxed_sys, self.relaxed_gold)
        _, _, sf = f1(self.strict, self.strict)
        value_acc = self.value_ok / self.matched if self.matched else 0.0
        type_acc = self.type_ok / self.matched if self.matched else 0.0
        return {
            "relaxed_p": 100 * rp,
            "relaxed_r": 100 * rr,
            "relaxed_f1": 100 * rf,
            "strict_f1": 100 * sf,
            "value_f1": 100 * rf * value_acc,
            "value_acc": 100 * value_acc,
            "type_acc": 100 * type_acc,
            "gold": self.gold,
            "system": self.system,
            "docs": self.docs,
            "docs_per_s": self.docs / self.seconds if self.seconds else 0.0,
        }


def timex_type(kind: str, value: str | None) -> str:
    """TIMEX3 type from factex's kind and value (a date valued ``P2Y`` is a stretch of
    time, "the past two years"; a value with a clock or part of day is a TIME)."""
    value = value or ""
    if kind == "set":
        return "SET"
    if kind == "duration" or re.match(r"P(?:\d|X|T)", value):
        return "DURATION"
    return "TIME" if re.search(r"\dT(?:\d|MO|AF|EV|NI)", value) else "DATE"


def system_mentions(docs: list[dict], full: bool) -> tuple[list[list[Sys]], float]:
    import factex
    from factex.clean import clean
    from factex.dates import extract_dates
    from factex.pipeline import load_pipeline
    from factex.published import parse_published

    nlp = load_pipeline()
    nlp("warm up")
    began = time.perf_counter()
    out: list[list[Sys]] = []
    if full:
        mentions = [factex.extract(d["text"], published=d["dct"]).dates for d in docs]
    else:
        texts = [clean(d["text"]).text for d in docs]
        mentions = [
            extract_dates(parsed, parse_published(d["dct"]), d["text"])
            for d, parsed in zip(docs, nlp.pipe(texts, batch_size=16), strict=True)
        ]
    for found in mentions:
        out.append(
            [
                Sys(m.start, m.end, m.text, timex_type(m.kind, m.value), m.value, m.rule)
                for m in found
            ]
        )
    return out, time.perf_counter() - began


def score_file(path: Path, full: bool, keep_errors: bool) -> Score:
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    predicted, seconds = system_mentions(docs, full)
    s = Score(docs=len(docs), seconds=seconds)
    for doc, sys_list in zip(docs, predicted, strict=True):
        gold = doc["timexes"]
        s.gold += len(gold)
        s.system += len(sys_list)
        for m in sys_list:
            if any(m.start < g["end"] and g["start"] < m.end for g in gold):
                s.relaxed_sys += 1
            elif keep_errors:
                s.errors.append(
                    {"doc": doc["doc"], "kind": "spurious", "sys": m.text, "rule": m.rule}
                )
        for g in gold:
            over = [m for m in sys_list if m.start < g["end"] and g["start"] < m.end]
            if not over:
                if keep_errors:
                    s.errors.append(
                        {
                            "doc": doc["doc"],
                            "kind": "missed",
                            "gold": g["text"],
                            "value": g["value"],
                        }
                    )
                continue
            s.relaxed_gold += 1
            best = max(over, key=lambda m: min(m.end, g["end"]) - max(m.start, g["start"]))
            s.strict += best.start == g["start"] and best.end == g["end"]
            s.matched += 1
            s.type_ok += best.type == g["type"]
            if best.value == g["value"]:
                s.value_ok += 1
            elif keep_errors:
                s.errors.append(
                    {
                        "doc": doc["doc"],
                        "dct": doc["dct"],
                        "kind": "value",
                        "gold": g["text"],
                        "value": g["value"],
                        "sys": best.text,
                        "got": best.value,
                        "rule": best.rule,
                    }
                )
            elif best.start != g["start"] or best.end != g["end"]:
                s.errors.append(
                    {"doc": doc["doc"], "kind": "extent", "gold": g["text"], "sys": best.text}
                )
    return s


def _files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.glob("*.jsonl")) if p.is_dir() else [p])
    order = {"platinum": 0, "train-timebank": 1, "train-aquaint": 2}
    return sorted(files, key=lambda f: (order.get(f.stem, 9), f.stem))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--tempeval3", nargs="+", required=True, help="folder or .jsonl files")
    ap.add_argument("--full", action="store_true", help="run factex.extract (whole pipeline)")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors per file")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)

    rows: dict[str, dict[str, float]] = {}
    for path in _files(args.tempeval3):
        score = score_file(path, args.full, args.errors > 0)
        rows[f"factex {path.stem}"] = score.table()
        if args.errors:
            counts = Counter(e["kind"] for e in score.errors)
            print(f"== {path.stem} errors: {dict(counts)}", file=sys.stderr)
            for e in score.errors[: args.errors]:
                print("  ", json.dumps(e, ensure_ascii=False), file=sys.stderr)

    cols = ("rel P", "rel R", "rel F1", "strict", "value", "type")
    head = f"{'system / file':32} " + " ".join(f"{c:>6}" for c in cols) + f" {'docs/s':>7}"
    print(head)
    print("-" * len(head))
    for name, r in rows.items():
        print(
            f"{name:32} {r['relaxed_p']:6.2f} {r['relaxed_r']:6.2f} {r['relaxed_f1']:6.2f} "
            f"{r['strict_f1']:6.2f} {r['value_f1']:6.2f} {r['type_acc']:6.2f} "
            f"{r['docs_per_s']:7.1f}"
        )
    for name, (rel, strict, value) in PUBLISHED.items():
        print(f"{name:32} {'':6} {'':6} {rel:6.2f} {strict:6.2f} {value:6.2f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {"factex": rows, "published_platinum": PUBLISHED, "full_pipeline": args.full}, indent=1
        )
        + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

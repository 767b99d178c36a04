"""Throughput: articles/s and words/s on Reuters-21578 stories, and peak memory per process.

Modes (each run in a fresh Python process, model loading and warm-up not timed):

- ``spacy``:  the same spaCy pipeline alone, ``nlp.pipe`` over the raw texts (the floor);
- ``factex``: ``factex.extract_many`` (clean, parse, dates, quantities, claims, checks);
- ``jobs2``:  the same with ``n_process=2`` (what ``factex check --jobs 2`` runs);
- ``dask``:   ``factex.dask.extract_bag`` on a ``distributed.LocalCluster`` of 2 worker
  processes with 1 thread each (cluster start-up and worker warm-up not timed).

Usage::

    python benchmarks/throughput.py --data ../shared/data/reuters21578/reuters.jsonl \\
        --limit 500 --out benchmarks/results/throughput.json
    python benchmarks/throughput.py --data ... --limit 200 --profile factex   # where time goes
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path
from typing import Any

MODES = ("spacy", "factex", "jobs2", "dask")
BATCH_SIZE = 16
WARMUP = 8


def load_items(path: Path, limit: int) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in islice(lines, limit)]


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # ru_maxrss is KiB on Linux


def _worker_rss() -> float:
    return _rss_mb()


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_mode(mode: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    """Time one mode in this process; the caller starts a fresh process per mode."""
    import factex
    from factex.pipeline import load_pipeline

    texts = [item["text"] for item in items]
    pairs = [(item["text"], item.get("date")) for item in items]
    nlp = load_pipeline()
    extra: dict[str, Any] = {}
    if mode == "spacy":
        list(nlp.pipe(texts[:WARMUP], batch_size=BATCH_SIZE))
        start, cpu = time.perf_counter(), time.process_time()
        for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
            pass
    elif mode in ("factex", "jobs2"):
        list(factex.extract_many(pairs[:WARMUP], batch_size=BATCH_SIZE))
        n_process = 2 if mode == "jobs2" else 1
        start, cpu = time.perf_counter(), time.process_time()
        out = factex.extract_many(
            pairs, batch_size=BATCH_SIZE, n_process=n_process, on_error="record"
        )
        extra["failed"] = sum(isinstance(d, factex.FailedDocument) for d in out)
    elif mode == "dask":
        import dask.bag as db
        from distributed import Client, LocalCluster

        from factex.dask import extract_bag, extract_records

        with (
            LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            # every worker loads the model and the lazily built tables (pint, lexicons) once
            client.run(extract_records, items[:WARMUP], published_field="date")
            before = client.run(_cpu)
            start, cpu = time.perf_counter(), time.process_time()
            bag = db.from_sequence(items, partition_size=max(1, len(items) // 16))
            records = extract_bag(bag, published_field="date").compute()
            seconds = time.perf_counter() - start
            extra["parent_cpu_seconds"] = round(time.process_time() - cpu, 2)
            after = client.run(_cpu)
            workers = sum(after[w] - before[w] for w in after)
            extra["total_cpu_seconds"] = round(extra["parent_cpu_seconds"] + workers, 2)
            extra["failed"] = sum(r["status"] != "ok" for r in records)
            extra["worker_rss_mb"] = sorted(client.run(_worker_rss).values())
        return _result(mode, texts, seconds, extra)
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    seconds = time.perf_counter() - start
    extra["parent_cpu_seconds"] = round(time.process_time() - cpu, 2)
    extra["total_cpu_seconds"] = extra["parent_cpu_seconds"]
    if mode == "jobs2":
        extra["worker_rss_mb"] = [_rss_mb(resource.RUSAGE_CHILDREN)]  # the largest child
        workers = _cpu(resource.RUSAGE_CHILDREN)  # the workers have ended
        extra["total_cpu_seconds"] = round(extra["total_cpu_seconds"] + workers, 2)
    return _result(mode, texts, seconds, extra)


def _result(mode: str, texts: list[str], seconds: float, extra: dict[str, Any]) -> dict[str, Any]:
    words = sum(len(t.split()) for t in texts)
    return {
        "mode": mode,
        "articles": len(texts),
        "words": words,
        "seconds": round(seconds, 2),
        "articles_per_s": round(len(texts) / seconds, 2),
        "words_per_s": round(words / seconds, 1),
        "rss_mb": _rss_mb(),
        **extra,
    }


def profile(items: list[dict[str, Any]], top: int) -> None:
    """cProfile the factex mode; print own time per module and the top functions."""
    import cProfile
    import pstats

    import factex

    pairs = [(item["text"], item.get("date")) for item in items]
    list(factex.extract_many(pairs[:WARMUP]))
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in factex.extract_many(pairs, batch_size=BATCH_SIZE):
        pass
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    by_module: dict[str, float] = {}
    for (filename, _, _), (_, _, own, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        key = _module_of(filename)
        by_module[key] = by_module.get(key, 0.0) + own
    print(f"own time by area, {total:.1f}s total:")
    for key, own in sorted(by_module.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {100 * own / total:5.1f}%  {own:6.2f}s  {key}")
    stats.sort_stats("cumulative").print_stats(r"factex", top)


def _module_of(filename: str) -> str:
    path = filename.replace("\\", "/")
    for marker in ("/factex/", "/spacy/", "/thinc/", "/pint/", "/dateparser/", "/pydantic"):
        if marker in path:
            tail = path.split(marker, 1)[1]
            return marker.strip("/") + ("/" + tail if marker == "/factex/" else "")
    return "other (" + Path(path).name + ")" if "/" in path else path


def _table(rows: list[dict[str, Any]]) -> str:
    base = {r["mode"]: r for r in rows}
    lines = [
        "| mode | articles | seconds | articles/s | words/s | × spacy | × factex "
        "| CPU s (parent) | articles/CPU s | peak RSS MB |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        vs = [
            f"{r['articles_per_s'] / base[k]['articles_per_s']:.2f}" if k in base else "-"
            for k in ("spacy", "factex")
        ]
        rss = f"{r['rss_mb']:.0f}"
        if r.get("worker_rss_mb"):
            rss += " (workers " + ", ".join(f"{w:.0f}" for w in r["worker_rss_mb"]) + ")"
        lines.append(
            f"| {r['mode']} | {r['articles']} | {r['seconds']} | {r['articles_per_s']} | "
            f"{r['words_per_s']:.0f} | {vs[0]} | {vs[1]} | "
            f"{r['total_cpu_seconds']:.1f} ({r['parent_cpu_seconds']:.1f}) | "
            f"{r['articles'] / r['total_cpu_seconds']:.1f} | {rss} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="reuters.jsonl")
    parser.add_argument("--limit", type=int, default=500, help="stories (default 500)")
    parser.add_argument("--modes", default=",".join(MODES), help="comma-separated modes")
    parser.add_argument("--repeat", type=int, default=1, help="rounds; the best is kept")
    parser.add_argument("--out", type=Path, default=None, help="write the results as JSON")
    parser.add_argument("--profile", choices=["factex"], help="profile instead of timing")
    parser.add_argument("--top", type=int, default=25, help="profile lines to print")
    parser.add_argument("--mode", help=argparse.SUPPRESS)  # internal: run one mode, print JSON
    args = parser.parse_args()
    items = load_items(args.data, args.limit)
    if args.profile:
        profile(items, args.top)
        return
    if args.mode:
        print(json.dumps(run_mode(args.mode, items)))
        return
    modes = args.modes.split(",")
    best: dict[str, dict[str, Any]] = {}
    cmd = [sys.executable, __file__, "--data", str(args.data), "--limit", str(args.limit)]
    for round_ in range(args.repeat):  # modes interleaved, so load changes hit all of them
        for mode in modes:
            done = subprocess.run([*cmd, "--mode", mode], capture_output=True, text=True)
            if done.returncode:
                raise SystemExit(f"{mode} failed:\n{done.stderr[-3000:]}")
            row = json.loads(done.stdout.strip().splitlines()[-1])
            row["load_average"] = round(os.getloadavg()[0], 2)
            print(f"round {round_ + 1} {mode}: {row['articles_per_s']} articles/s", file=sys.stderr)
            if mode not in best or row["articles_per_s"] > best[mode]["articles_per_s"]:
                best[mode] = row
    rows = [best[mode] for mode in modes]
    table = _table(rows)
    print(table)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        meta = {
            "command": " ".join(["python", "benchmarks/throughput.py", *sys.argv[1:]]),
            "data": args.data.name,
            "limit": args.limit,
            "repeat": args.repeat,
            "batch_size": BATCH_SIZE,
            "cpus": os.cpu_count(),
            "load_average_at_end": os.getloadavg(),
            "python": platform.python_version(),
        }
        args.out.write_text(json.dumps({"meta": meta, "rows": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()

"""How factex.extract's run time grows with input size, on news-like and hostile inputs.

For each input family the text is built at every size (default 10 KB, 100 KB, 1 MB),
timed once through ``factex.extract`` (after a warm-up that loads the model), and the
exponent k of time ≈ c · size^k is fitted by least squares on log-log. Linear is k = 1;
the target is k ≤ 1.2. Prints a table and writes ``benchmarks/results/scaling.json``.

    nice -n 10 python benchmarks/scaling.py                       # 10 KB, 100 KB, 1 MB
    python benchmarks/scaling.py --sizes 10000,40000 --family between
    python benchmarks/scaling.py --article tests/fixtures/channel-crossings-2024-11-07.txt
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import time
from collections.abc import Callable
from pathlib import Path

import factex
from factex.clean import find_content_end
from factex.pipeline import load_pipeline

RESULTS = Path(__file__).parent / "results"
SEED = Path(__file__).parent.parent / "tests" / "fixtures" / "channel-crossings-2024-11-07.txt"


def _repeat(unit: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return build


def _between(size: int) -> str:
    parts = ["between 1 and 2"]
    i, total = 3, 15
    while total < size:
        parts.append(f" and {i}")
        total += len(parts[-1])
        i += 1
    return "".join(parts)[:size]


def _nested_html(size: int) -> str:
    depth = max(1, (size - 40) // 24)
    return "<div><span>" * depth + "Sales rose 5% to 10 from 9.5." + "</span></div>" * depth


def families(article: str) -> dict[str, Callable[[int], str]]:
    body = article[: find_content_end(article)].rstrip()  # without the comment-policy trailer
    return {
        "article": _repeat(body + "\n\n"),
        "digits_commas": _repeat("1,234,567,"),
        "digits_commas_spaced": _repeat("1,234, 567 ,8"),
        "between": _between,
        "nested_html": _nested_html,
        "fractions": _repeat("1/2 "),
        "dates": _repeat("on 1 May, 2 June and Monday "),
        "percent_changes": _repeat("Sales rose 5% to 10 from 9.5. "),
        "apostrophes": _repeat("'"),
        "unclosed_comments": _repeat("<!--"),
        "unclosed_scripts": _repeat("<script>"),
        "entities": _repeat("&amp;&#163;&"),
    }


def fit_exponent(sizes: list[int], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) on log(size).

    >>> round(fit_exponent([10, 100, 1000], [1.0, 10.0, 100.0]), 2)
    1.0
    """
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-6)) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def run(sizes: list[int], names: list[str], article: str, max_chars: int, out: Path) -> list[dict]:
    """Time every family at every size; ``out`` is rewritten after each family, so an
    interrupted run keeps what it measured."""
    load_pipeline()
    factex.extract("Warm-up: sales rose 5% on Monday.", published="2024-11-07")
    rows = []
    table = families(article)
    for name in names:
        seconds = []
        for size in sizes:
            text = table[name](size)
            start = time.perf_counter()
            doc = factex.extract(text, published="2024-11-07", max_chars=max_chars)
            seconds.append(time.perf_counter() - start)
            print(
                f"  {name:22} {len(text):>9,} chars {seconds[-1]:8.2f} s "
                f"({len(doc.quantities)} quantities, {len(doc.claims)} claims)",
                flush=True,
            )
        rows.append(
            {
                "family": name,
                "sizes": sizes,
                "seconds": [round(s, 3) for s in seconds],
                "us_per_char": [round(s / n * 1e6, 2) for s, n in zip(seconds, sizes, strict=True)],
                "exponent": round(fit_exponent(sizes, seconds), 3) if len(sizes) > 1 else None,
            }
        )
        _save(out, sizes, rows)
    return rows


def _save(out: Path, sizes: list[int], rows: list[dict]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    meta = {"python": platform.python_version(), "machine": platform.machine(), "sizes": sizes}
    out.write_text(json.dumps({"meta": meta, "rows": rows}, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="comma-separated sizes")
    parser.add_argument("--family", action="append", help="input family (repeatable); default all")
    parser.add_argument("--article", type=Path, default=SEED, help="article repeated by 'article'")
    parser.add_argument("--out", type=Path, default=RESULTS / "scaling.json")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    article = args.article.read_text(encoding="utf-8")
    names = args.family or list(families(article))
    rows = run(sizes, names, article, max_chars=max(sizes) + 1_000, out=args.out)
    print(f"\n| family | {' | '.join(f'{s:,} chars (s)' for s in sizes)} | exponent |")
    print(f"|---|{'---|' * len(sizes)}---|")
    for row in rows:
        cells = " | ".join(f"{s:.2f}" for s in row["seconds"])
        print(f"| {row['family']} | {cells} | {row['exponent']} |")
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()

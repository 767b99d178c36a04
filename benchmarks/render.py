"""How the notebook HTML view holds up on real newswire: speed, size, what gets highlighted.

Usage::

    python benchmarks/render.py --reuters ../shared/data/reuters21578/reuters.jsonl --stories 500

Each story goes through :func:`factex.extract` (anchored on its dateline date), then
:func:`factex.render.html`. The HTML is parsed back (stdlib ``html.parser``) to check that the
article text survives unchanged and to count, per kind, the records that got a highlight
(a record is left out inline only when it crosses one of higher priority). Prints a table
and writes JSON to ``benchmarks/results/render.json``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import factex

RESULTS = Path(__file__).parent / "results" / "render.json"
KINDS = {"finding": "findings", "claim": "claims", "date": "dates", "entity": "entities"}


class _Marks(HTMLParser):
    """Collects the record indices on <mark> tags and the article's text content."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shown: dict[str, set[int]] = {k: set() for k in KINDS}
        self.depth = 0  # inside the fx-article div
        self.skip = 0  # inside a label span
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attr = dict(attrs)
        classes = (attr.get("class") or "").split()
        if self.depth:
            self.depth += 1
            if "fx-tag" in classes or self.skip:
                self.skip += 1
        elif "fx-article" in classes:
            self.depth = 1
        if tag == "mark":
            for kind in KINDS:
                self.shown[kind].update(int(i) for i in (attr.get(f"data-{kind}") or "").split())

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
            if self.skip:
                self.skip -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.text.append(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuters", type=Path, required=True, help="reuters.jsonl")
    parser.add_argument("--stories", type=int, default=500)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    totals = {k: [0, 0] for k in KINDS}  # kind -> [records, highlighted]
    render_ms: list[float] = []
    sizes: list[int] = []
    chars = 0
    faithful = 0
    with args.reuters.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in itertools.islice(fh, args.stories)]
    for row in rows:
        doc = factex.extract(row["text"], published=row["date"])
        start = time.perf_counter()
        html = factex.render.html(doc, title=row["title"])
        render_ms.append((time.perf_counter() - start) * 1000)
        sizes.append(len(html.encode("utf-8")))
        chars += len(doc.text)
        marks = _Marks()
        marks.feed(html)
        end = len(doc.text) if doc.content_end is None else doc.content_end
        faithful += "".join(marks.text) == doc.text[:end]
        for kind, attr in KINDS.items():
            totals[kind][0] += len(getattr(doc, attr))
            totals[kind][1] += len(marks.shown[kind])

    n = len(rows)
    result = {
        "stories": n,
        "characters": chars,
        "text_unchanged": faithful,
        "render_ms_median": round(statistics.median(render_ms), 2),
        "render_ms_max": round(max(render_ms), 2),
        "html_bytes_per_char": round(sum(sizes) / max(chars, 1), 1),
        "highlighted": {
            kind: {"records": t, "shown": s, "share": round(s / t, 4) if t else None}
            for kind, (t, s) in totals.items()
        },
    }
    print(f"{n} Reuters stories, {chars:,} characters; article text unchanged in {faithful}/{n}")
    print(
        f"render: median {result['render_ms_median']} ms, max {result['render_ms_max']} ms; "
        f"{result['html_bytes_per_char']} bytes of HTML per article character"
    )
    print("| kind | records | highlighted | share |")
    print("|---|---|---|---|")
    for kind, (t, s) in totals.items():
        print(f"| {kind} | {t} | {s} | {100 * s / t:.1f}% |" if t else f"| {kind} | 0 | 0 | - |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if faithful == n else 1


if __name__ == "__main__":
    sys.exit(main())

"""The verifier corpus (tests/fixtures/articles): gold relations and golden findings.

Each article has a gold file listing the relations its figures imply and whether each is
consistent. Every clean article must get zero inconsistent findings; every gold relation
must get its verdict; and the findings of each article are kept as a golden file
(``golden/<article>.json``; regenerate after a reviewed change with
``FACTEX_UPDATE_GOLDEN=1 pytest tests/test_checks_corpus.py``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import factex

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
GOLDEN = ARTICLES / "golden"
NAMES = sorted(p.stem for p in ARTICLES.glob("*.txt"))

# Known misses, kept visible (strict: they fail loudly once fixed).
KNOWN_MISSES = {
    ("pa-sport-title-race-2025-05-19", "up 8%"): "the new value (41,212) is separated from "
    "'up 8%' by a date; the pattern only links an adjacent figure",
}


def _load(name: str) -> tuple[str, dict]:
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((ARTICLES / f"{name}.json").read_text(encoding="utf-8"))
    return text, gold


@pytest.fixture(scope="module")
def docs(nlp) -> dict[str, factex.Document]:
    out = {}
    for name in NAMES:
        text, gold = _load(name)
        out[name] = factex.extract(text, published=gold["published"])
    return out


def test_corpus_shape():
    relations = [r for name in NAMES for r in _load(name)[1]["relations"]]
    assert len(NAMES) >= 15
    assert sum(not r["consistent"] for r in relations) >= len(relations) / 3
    assert any(_load(name)[1]["clean"] for name in NAMES)
    for name in NAMES:
        text, gold = _load(name)
        for r in gold["relations"]:
            assert text.count(r["stated"]) == 1, (name, r["stated"])


@pytest.mark.parametrize("name", [n for n in NAMES if _load(n)[1]["clean"]])
def test_clean_article_has_no_inconsistent_finding(docs, name):
    assert docs[name].ok, [str(f) for f in docs[name].inconsistent]


def _relations():
    for name in NAMES:
        _, gold = _load(name)
        for r in gold["relations"]:
            marks = []
            if (name, r["stated"]) in KNOWN_MISSES:
                marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[name, r["stated"]]))
            yield pytest.param(name, r, id=f"{name}:{r['check']}:{r['stated']}", marks=marks)


@pytest.mark.parametrize(("name", "relation"), list(_relations()))
def test_gold_relation(docs, name, relation):
    text, _ = _load(name)
    start = text.index(relation["stated"])
    end = start + len(relation["stated"])
    found = {
        f.verdict
        for f in docs[name].findings
        if f.check == relation["check"] and f.start < end and start < f.end
    }
    want = "consistent" if relation["consistent"] else "inconsistent"
    assert found == {want}, relation.get("note", "")


@pytest.mark.parametrize("name", NAMES)
def test_golden_findings(docs, name):
    got = [
        {"check": f.check, "verdict": f.verdict, "stated": f.stated, "rule": f.rule,
         "start": f.start, "end": f.end}
        for f in docs[name].findings
    ]  # fmt: skip
    path = GOLDEN / f"{name}.json"
    if os.environ.get("FACTEX_UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert got == json.loads(path.read_text(encoding="utf-8"))

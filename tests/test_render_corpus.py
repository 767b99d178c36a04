"""The HTML view on real newswire (Reuters-21578 in ../shared): structure holds on every story."""

from __future__ import annotations

import itertools
import json

import pytest

import factex
from factex.render.html import render_html

from .conftest import shared_path
from .test_render_html import by_class, check_offsets, marks, parse

STORIES = 25


@pytest.fixture(scope="module")
def stories(nlp):
    path = shared_path("data", "reuters21578", "reuters.jsonl")
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in itertools.islice(fh, STORIES)]
    return [(r["id"], r["title"], factex.extract(r["text"], published=r["date"])) for r in rows]


def shown(found, kind: str) -> set[int]:
    return {int(i) for m in found for i in m.attrs.get(f"data-{kind}", "").split()}


def test_every_story_renders_faithfully(stories):
    dropped = total = 0
    for story_id, title, doc in stories:
        root = parse(render_html(doc, title=title))
        end = doc.content_end if doc.content_end is not None else len(doc.text)
        assert by_class(root, "fx-article")[0].text() == doc.text[:end], story_id
        check_offsets(doc, root)

        found = marks(root)
        assert shown(found, "finding") == set(range(len(doc.findings))), story_id
        assert shown(found, "claim") == set(range(len(doc.claims))), story_id
        total += len(doc.dates) + len(doc.entities)
        dropped += len(doc.dates) - len(shown(found, "date"))
        dropped += len(doc.entities) - len(shown(found, "entity"))
    assert total and dropped <= 0.05 * total, f"{dropped} of {total} dates/entities not highlighted"

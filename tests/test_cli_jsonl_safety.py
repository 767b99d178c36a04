"""JSONL input is data: a field that looks like a file path is analysed as text, never opened."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from factex.cli import app


def test_jsonl_text_that_is_a_path_is_not_opened(nlp, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Profits rose 50% to 300 from 100.", encoding="utf-8")
    line = json.dumps({"id": "a", "text": str(secret), "published": "2024-11-07"})
    result = CliRunner().invoke(app, ["extract", "--jsonl", "-", "-f", "jsonl"], input=line + "\n")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["id"] == "a"
    # the path string itself was analysed: no figure from the file's content appears
    assert record["document"]["claims"] == [] and record["document"]["findings"] == []

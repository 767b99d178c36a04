"""The command line, through typer's CliRunner (in-process: the model is loaded once)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factex.cli import app

README = Path(__file__).parent.parent / "README.md"
PUB = "2024-11-07"
GITHUB_LINE = re.compile(r"^::(error|warning|notice)( [A-Za-z]+=[^,:]*(,[A-Za-z]+=[^,:]*)*)?::.+$")


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def copy_dir(tmp_path_factory, seed_text) -> Path:
    """A folder of mixed good and bad files."""
    root = tmp_path_factory.mktemp("copy")
    (root / "good.txt").write_text(f"PUBLISHED: {PUB}\n{seed_text}", encoding="utf-8")
    (root / "desk").mkdir()
    bad = seed_text.replace("up 19%", "up 29%", 1)
    (root / "desk" / "bad.md").write_text(f"---\npublished: {PUB}\n---\n{bad}", encoding="utf-8")
    (root / "cp1252.txt").write_bytes("Caf\u00e9 owners said prices rose.".encode("cp1252"))
    (root / "empty.txt").write_text("")
    (root / "junk.bin").write_bytes(bytes(range(256)) * 4)
    (root / "page.html").write_text(f"<html><body><p>{seed_text[:500]}</p></body></html>")
    (root / "huge.txt").write_text("word " * 300_000)  # 1.5 MB: over the default max_chars
    (root / "five-mb.txt").write_text("word " * 1_000_000)  # 5 MB: not even read
    (root / ".hidden").mkdir()
    (root / ".hidden" / "skip.txt").write_text("never read")
    return root


def run(runner: CliRunner, *args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def test_folder_of_mixed_files_jsonl(runner, copy_dir):
    result = run(runner, "check", str(copy_dir), "-f", "jsonl")
    assert result.exit_code == 1, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    names = [Path(r["id"]).name for r in records]
    assert names == [
        "cp1252.txt",
        "bad.md",
        "empty.txt",
        "five-mb.txt",
        "good.txt",
        "huge.txt",
        "junk.bin",
        "page.html",
    ]
    status = {Path(r["id"]).name: r["status"] for r in records}
    assert status == {
        "cp1252.txt": "ok",
        "bad.md": "ok",
        "empty.txt": "skipped",
        "five-mb.txt": "failed",
        "good.txt": "ok",
        "huge.txt": "failed",
        "junk.bin": "failed",
        "page.html": "ok",
    }
    by_name = {Path(r["id"]).name: r for r in records}
    assert "cp1252" in by_name["cp1252.txt"]["warnings"][0]
    assert "DocumentTooLarge" in by_name["huge.txt"]["error"]
    assert "binary" in by_name["junk.bin"]["error"]
    assert "--max-chars" in by_name["five-mb.txt"]["error"]
    assert by_name["good.txt"]["document"]["published_inferred"] is False
    assert "8 documents: 4 processed, 3 failed, 1 skipped" in result.stderr


@pytest.mark.parametrize(
    ("fail_on", "variant", "code"),
    [
        ("inconsistent", "good", 0),
        ("inconsistent", "bad", 1),
        ("never", "bad", 0),
        ("unverifiable", "good", None),  # 1 when any finding is unverifiable, else 0
    ],
)
def test_exit_codes(runner, tmp_path, seed_text, fail_on, variant, code):
    text = seed_text if variant == "good" else seed_text.replace("up 19%", "up 29%", 1)
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    result = run(runner, "check", str(path), "--published", PUB, "--fail-on", fail_on, "-f", "json")
    doc = json.loads(result.stdout)
    if code is None:
        code = int(any(f["verdict"] != "consistent" for f in doc["findings"]))
    assert result.exit_code == code


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["check", "x.txt", "--format", "xml"],
        ["check", "x.txt", "--published", "next week"],
        ["check", "x.txt", "--jobs", "0"],
    ],
)
def test_usage_errors_exit_2(runner, args):
    assert run(runner, *args).exit_code == 2


def test_nothing_processed_exits_2(runner, tmp_path):
    (tmp_path / "junk.bin").write_bytes(b"\x00\x01\x02")
    assert run(runner, "check", str(tmp_path / "missing.txt")).exit_code == 2
    assert run(runner, "check", str(tmp_path / "junk.bin")).exit_code == 2
    empty = tmp_path / "empty_dir"
    empty.mkdir()
    result = run(runner, "check", str(empty))
    assert result.exit_code == 2 and "no input documents" in result.stderr


def test_stdin(runner, seed_text):
    result = run(runner, "extract", "-", "--published", PUB, input=seed_text.encode())
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["published"] == PUB and doc["claims"]
    assert result.stderr == ""


def test_stdin_jsonl_input_keeps_order_and_ids(runner, seed_text):
    bad = seed_text.replace("up 19%", "up 29%", 1)
    lines = [
        json.dumps({"story": bad, "slug": "b-1", "date": PUB}),
        "not json",
        json.dumps({"story": seed_text, "slug": "g-2", "date": PUB}),
        json.dumps({"story": "", "slug": "e-3"}),
    ]
    args = ["check", "--jsonl", "-", "--text-field", "story", "--id-field", "slug"]
    args += ["--published-field", "date", "-f", "jsonl"]
    result = run(runner, *args, input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["status"]) for r in records] == [
        ("b-1", "ok"),
        ("<stdin>:2", "failed"),
        ("g-2", "ok"),
        ("e-3", "skipped"),
    ]


def test_json_many_is_an_array_of_records(runner, copy_dir):
    result = run(runner, "extract", str(copy_dir), "--glob", "*.txt", "-f", "json")
    records = json.loads(result.stdout)
    assert [Path(r["id"]).name for r in records] == [
        "cp1252.txt",
        "empty.txt",
        "five-mb.txt",
        "good.txt",
        "huge.txt",
    ]
    assert result.exit_code == 0


def test_sarif_required_fields(runner, copy_dir):
    result = run(runner, "check", str(copy_dir), "-f", "sarif")
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    (sarif_run,) = log["runs"]
    driver = sarif_run["tool"]["driver"]
    assert driver["name"] == "factex"
    rule_ids = [rule["id"] for rule in driver["rules"]]
    (res,) = sarif_run["results"]
    assert res["ruleId"] == "percent_change" and rule_ids[res["ruleIndex"]] == res["ruleId"]
    assert res["level"] == "error" and "29%" in res["message"]["text"]
    (loc,) = res["locations"]
    assert loc["physicalLocation"]["artifactLocation"]["uri"].endswith("desk/bad.md")
    region = loc["physicalLocation"]["region"]
    lines = (copy_dir / "desk" / "bad.md").read_text(encoding="utf-8").splitlines()
    line = lines[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "29%"
    assert region["snippet"]["text"] == "29%"
    notes = sarif_run["invocations"][0]["toolExecutionNotifications"]
    failed = [n for n in notes if n["level"] == "error"]
    assert len(failed) == 3 and all(n["message"]["text"] for n in notes)
    assert sarif_run["invocations"][0]["executionSuccessful"] is False


def test_github_annotations(runner, copy_dir):
    result = run(runner, "check", str(copy_dir), "-f", "github")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines and all(GITHUB_LINE.match(line) for line in lines), lines
    (error,) = [line for line in lines if "percent_change" in line]
    props = dict(p.split("=", 1) for p in error.split("::")[1].split(" ", 1)[1].split(","))
    assert props["file"].endswith("desk/bad.md") and props["title"] == "factex percent_change"
    text_line = (copy_dir / "desk" / "bad.md").read_text().splitlines()[int(props["line"]) - 1]
    col = int(props["col"])
    assert text_line[col - 1 : int(props["endColumn"]) - 1] == "29%"
    assert "29%25" in error  # '%' escaped as the workflow-command syntax requires
    assert any(line.startswith("::notice") and "empty.txt" in line for line in lines)
    quiet = run(runner, "check", str(copy_dir), "-f", "github", "-q").stdout.splitlines()
    assert [line.split(" ", 1)[0] for line in quiet] == ["::error"] * 4


def test_text_format_and_quiet(runner, copy_dir):
    result = run(runner, "check", str(copy_dir))
    assert "INCONSISTENT percent_change '29%'" in result.stdout
    assert "  - up 29% on 26,699 · 2024-01-01..2024-11-06" in result.stdout  # with its base
    assert "\x1b[" not in result.stdout  # no colour when stdout is not a terminal
    quiet = run(runner, "check", str(copy_dir), "-q")
    headers = [line for line in quiet.stdout.splitlines() if line.startswith("== ")]
    assert [Path(h[3:]).name for h in headers] == ["bad.md", "five-mb.txt", "huge.txt", "junk.bin"]
    assert quiet.stderr == "" and quiet.exit_code == 1


def test_jobs_2_same_report(runner, copy_dir):
    one = run(runner, "extract", str(copy_dir), "-f", "jsonl")
    two = run(runner, "extract", str(copy_dir), "-f", "jsonl", "--jobs", "2")
    assert two.exit_code == one.exit_code == 0
    assert two.stdout == one.stdout


def test_readme_documents_every_option():
    readme = README.read_text(encoding="utf-8")
    section = readme.split("## Command line", 1)[1].split("\n## ", 1)[0]
    for name in ("check", "extract"):
        command = app.registered_commands
        assert any(c.name == name for c in command) and f"factex {name}" in section
    options = re.findall(r"--[a-z][a-z-]+", " ".join(_help_text()))
    missing = sorted({o for o in options if o not in section} - {"--help"})
    assert not missing, f"README 'Command line' does not mention {missing}"


def _help_text() -> list[str]:
    runner = CliRunner()
    return [
        runner.invoke(app, [name, "--help"], env={"COLUMNS": "200"}).stdout
        for name in ("check", "extract")
    ]


def test_pre_commit_hook_runs(runner, tmp_path, seed_text):
    yaml = pytest.importorskip("yaml")
    hooks = yaml.safe_load((README.parent / ".pre-commit-hooks.yaml").read_text())
    (hook,) = hooks
    assert {"id", "name", "entry", "language"} <= hook.keys()
    program, *args = hook["entry"].split()
    assert program == "factex"
    story = tmp_path / "story.md"
    story.write_text(seed_text.replace("up 19%", "up 29%", 1), encoding="utf-8")
    assert run(runner, *args, str(story), "--published", PUB).exit_code == 1
    story.write_text(seed_text, encoding="utf-8")
    assert run(runner, *args, str(story), "--published", PUB).exit_code == 0


def test_progress_bar_only_touches_stderr(nlp, capsys):
    from factex.batch import Summary, failing_verdicts, run_batch
    from factex.cli import _tally
    from factex.inputs import Source

    sources = [Source("a", "Up 10% to 110."), Source("b", None, error="cannot read")]
    summary = Summary()
    verdicts = failing_verdicts("inconsistent")
    results = list(_tally(run_batch(sources), summary, verdicts, show=True, total=2))
    assert [r.id for r in results] == ["a", "b"]
    assert (summary.processed, summary.failed) == (1, 1)
    assert capsys.readouterr().out == ""


def test_sarif_and_github_for_jsonl_input_point_at_the_record(runner, tmp_path, seed_text):
    bad = seed_text.replace("up 19%", "up 29%", 1)
    lines = [json.dumps({"id": "g", "text": seed_text}), json.dumps({"id": "b", "text": bad})]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["check", "--jsonl", str(path), "--published", PUB]
    log = json.loads(run(runner, *args, "-f", "sarif").stdout)
    (res,) = log["runs"][0]["results"]
    (loc,) = res["locations"]
    assert loc["physicalLocation"]["region"] == {"startLine": 2}
    assert loc["logicalLocations"] == [{"name": "b", "kind": "object"}]
    assert "record b, characters" in res["message"]["text"]
    (annotation,) = run(runner, *args, "-f", "github").stdout.splitlines()
    assert annotation.startswith("::error file=") and ",line=2,title=" in annotation

"""The quickstart notebook runs top to bottom in a fresh kernel, and is committed with outputs."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
QUICKSTART = NOTEBOOKS / "quickstart.ipynb"
KERNEL = "factex-test-python3"


@pytest.fixture()
def kernel_name(tmp_path, monkeypatch) -> str:
    """A kernel spec for *this* interpreter in a throw-away JUPYTER_PATH (no install step)."""
    spec = tmp_path / "kernels" / KERNEL
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    kernel = {"argv": argv, "display_name": "factex test", "language": "python"}
    (spec / "kernel.json").write_text(json.dumps(kernel), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))  # connection files
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))  # no profile from $HOME
    return KERNEL


def _outputs(nb, mime: str) -> list[str]:
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and mime == "stream":
                found.append(out["text"])
            elif mime in out.get("data", {}):
                found.append(out["data"][mime])
    return found


@pytest.mark.slow
def test_quickstart_executes(kernel_name):
    nb = nbformat.read(QUICKSTART, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=120,
        kernel_name=kernel_name,
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    html = _outputs(nb, "text/html")
    assert any('class="fx-article"' in h for h in html), "the Document view is shown"
    assert any("fx-inconsistent" in h for h in html), "the edited copy's error is shown in red"
    assert _outputs(nb, "image/png"), "the chart is drawn"
    assert any("ok: False" in s for s in _outputs(nb, "stream"))


def test_quickstart_is_committed_with_outputs():
    nb = nbformat.read(QUICKSTART, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.execution_count for c in code), "execute it before committing"
    assert _outputs(nb, "text/html") and _outputs(nb, "image/png")
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert not errors

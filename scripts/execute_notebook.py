"""Execute a notebook top to bottom in a fresh kernel and save it with its outputs.

    python scripts/execute_notebook.py notebooks/quickstart.ipynb

Cells run with the notebook's folder as working directory (as in Jupyter). Run-specific
cell metadata (execution timings) is dropped so that re-running changes only real outputs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def execute(path: Path, *, kernel: str = "python3", timeout: int = 300) -> None:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=timeout, kernel_name=kernel, resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nbformat.validate(nb)
    nbformat.write(nb, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--kernel", default="python3")
    args = parser.parse_args(argv)
    for path in args.notebooks:
        execute(path.resolve(), kernel=args.kernel)
        print(f"{path}: executed and saved")
    return 0


if __name__ == "__main__":
    sys.exit(main())

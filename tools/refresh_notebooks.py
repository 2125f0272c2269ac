"""Re-execute every notebook in notebooks/ and lessons/ in place, top to bottom, in a fresh kernel.

Run it after editing a notebook, then commit the stored outputs:  python tools/refresh_notebooks.py [NOTEBOOK ...]
Strict nbval (`python -m pytest`) then checks that a re-run gives the same outputs.
"""
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def notebooks(args: list[str]) -> list[Path]:
    if args:
        return [Path(a).resolve() for a in args]
    found = sorted(ROOT.glob("notebooks/*.ipynb")) + sorted(ROOT.glob("lessons/**/*.ipynb"))
    return [p for p in found if ".ipynb_checkpoints" not in p.parts]


def refresh(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3", record_timing=False,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    # The widget state stays in the metadata: JupyterLab shows stored widgets before the kernel runs.
    nbformat.write(notebook, path)
    print(f"refreshed {path.relative_to(ROOT)}")


if __name__ == "__main__":
    for nb in notebooks(sys.argv[1:]):
        refresh(nb)

"""Runs a notebook's code cells in order and fails on the first error.

    python tools/run-notebook.py notebooks/explore.ipynb          # CI: plain Python, no Jupyter needed
    python tools/run-notebook.py --save notebooks/explore.ipynb   # a real kernel; saves the notebook with its outputs

Without --save the cells run in this interpreter, and the last expression of each cell is printed as a notebook would
show it; figures are not drawn (matplotlib's Agg backend). With --save (needs notebooks/requirements-dev.txt) the
notebook runs in a Jupyter kernel through nbclient and is written back with its outputs, so that a reader sees the
figures on the repository page.
"""
import ast
import json
import os
import sys
from pathlib import Path


def run(path: Path) -> None:
    os.environ.setdefault("MPLBACKEND", "Agg")
    notebook = json.loads(path.read_text())
    sys.path.insert(0, str(path.parent.resolve()))
    os.chdir(path.parent)
    namespace: dict = {"__name__": "__main__"}
    number = 0
    for number, cell in enumerate((c for c in notebook["cells"] if c["cell_type"] == "code"), start=1):
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        tree = ast.parse(source, filename=f"{path}[cell {number}]")
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, f"{path}[cell {number}]", "exec"), namespace)
        if last is not None:
            value = eval(compile(ast.Expression(last.value), f"{path}[cell {number}]", "eval"), namespace)
            if value is not None:
                print(f"--- cell {number}\n{value}")
    print(f"{path}: {number} code cells ran")


def run_and_save(path: Path) -> None:
    try:
        import nbformat
        from nbclient import NotebookClient
    except ImportError as error:
        sys.exit(f"{error}: --save needs `.venv/bin/pip install -r notebooks/requirements-dev.txt`")
    notebook = nbformat.read(path, as_version=4)
    # The kernel starts in the notebook's folder, so `import graph_frames` finds the module beside it.
    NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    for cell in notebook.cells:
        cell.get("metadata", {}).pop("execution", None)  # timestamps would change the file at every run
    nbformat.write(notebook, path)
    size = path.stat().st_size
    print(f"{path}: ran {sum(c.cell_type == 'code' for c in notebook.cells)} code cells, saved with outputs ({size / 1e6:.2f} MB)")


if __name__ == "__main__":
    save = "--save" in sys.argv[1:]
    for arg in (a for a in sys.argv[1:] if a != "--save"):
        (run_and_save if save else run)(Path(arg).resolve())

"""Runs a notebook's code cells in order, without Jupyter, and fails on the first error.

CI uses it so that the notebooks keep working against the real graph: `python tools/run-notebook.py notebooks/explore.ipynb`.
The last expression of each cell is printed, as a notebook would show it.
"""
import ast
import json
import os
import sys
from pathlib import Path


def run(path: Path) -> None:
    notebook = json.loads(path.read_text())
    sys.path.insert(0, str(path.parent.resolve()))
    os.chdir(path.parent)
    namespace: dict = {"__name__": "__main__"}
    for number, cell in enumerate(c for c in notebook["cells"] if c["cell_type"] == "code"):
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        tree = ast.parse(source, filename=f"{path}[cell {number + 1}]")
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, f"{path}[cell {number + 1}]", "exec"), namespace)
        if last is not None:
            value = eval(compile(ast.Expression(last.value), f"{path}[cell {number + 1}]", "eval"), namespace)
            if value is not None:
                print(f"--- cell {number + 1}\n{value}")
    print(f"{path}: {number + 1} code cells ran")


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        run(Path(arg).resolve())

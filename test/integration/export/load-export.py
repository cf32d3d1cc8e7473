"""Loads exports with networkx (through notebooks/graph_frames.read_export) and prints what it sees as JSON, for
test/integration/export/export.int.test.ts: node and edge counts, edges per type, and every node's properties with
their Python types. Usage: python load-export.py DIR..."""
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "notebooks"))
try:
    import networkx  # noqa: F401
    import graph_frames
except ImportError as error:
    sys.exit(f"{error}: the notebook environment is missing; create it with "
             "`python3 -m venv .venv && .venv/bin/pip install -r notebooks/requirements.txt`")

summaries = {}
for folder in sys.argv[1:]:
    graph = graph_frames.read_export(folder)
    summaries[folder] = {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "edgeTypes": dict(Counter(data["type"] for _, _, data in graph.edges(data=True))),
        "properties": {
            node: {key: [type(value).__name__, value] for key, value in data.items() if key != "labels"}
            for node, data in graph.nodes(data=True)
        },
        "labels": {node: data["labels"] for node, data in graph.nodes(data=True)},
    }
print(json.dumps(summaries))

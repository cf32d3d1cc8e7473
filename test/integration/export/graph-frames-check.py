"""Reads the graph through notebooks/graph_frames (NEO4J_URI etc. from the environment) and prints, as JSON, what a
notebook gets: the ties' and meetings' years with their Python types, the tie network's edge years, the country-pair
matrix and the world outlines' longest step between two points of a ring. For test/integration/export/graph-frames.int.test.ts."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "notebooks"))
import graph_frames as gf  # noqa: E402

driver = gf.connect()
ties = gf.ties(driver)
meetings = gf.meetings(driver)
driver.close()
graph = gf.partner_graph(ties)
matrix = gf.country_pair_matrix(ties, top=3)
outlines = gf.world_outlines()
print(json.dumps({
    "tieYears": [[type(v).__name__, v] for v in (ties["since"].dropna().map(int).tolist())],
    "sinceDtype": str(ties["since"].dtype),
    "yearDtype": str(meetings["year"].dtype),
    "edgeYears": sorted({type(data["since"]).__name__ for _, _, data in graph.edges(data=True)}),
    "matrix": {"countries": list(matrix.index), "cells": matrix.to_numpy().tolist(), "dtype": str(matrix.dtypes.iloc[0])},
    "outlines": {"rings": len(outlines), "maxLngStep": max(
        abs(ring[i][0] - ring[i - 1][0]) for ring in outlines for i in range(1, len(ring)))},
}))

"""Reading the sister-city graph into pandas and networkx, for notebooks: live from Neo4j, or from the files
`npm run export` writes (GraphML, CSV or JSON), with integers kept as integers.

Connection: NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD when set, otherwise the project's local server
(its password is in ../.neo4j/credentials, written when `npm start` first started it).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx
import pandas as pd
from neo4j import Driver, GraphDatabase

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def connect() -> Driver:
    """A driver for the configured server, or for the project's local one."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        auth = (os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ["NEO4J_PASSWORD"])
    else:
        credentials_file = Path(os.environ.get("NEO4J_LOCAL_HOME", PROJECT_ROOT / ".neo4j")) / "credentials"
        if not credentials_file.exists():
            raise RuntimeError(f"{credentials_file} not found: run `npm start` first, or set NEO4J_URI and NEO4J_PASSWORD.")
        credentials = json.loads(credentials_file.read_text())
        uri = f"bolt://127.0.0.1:{os.environ.get('NEO4J_LOCAL_BOLT_PORT', '7687')}"
        auth = (credentials["username"], credentials["password"])
    driver = GraphDatabase.driver(uri, auth=auth)
    driver.verify_connectivity()
    return driver


def frame(driver: Driver, cypher: str, **params) -> pd.DataFrame:
    """Runs a read query and returns its rows as a DataFrame (one column per returned key)."""
    records, _, keys = driver.execute_query(cypher, params, routing_="r")
    return pd.DataFrame([record.values() for record in records], columns=keys)


TIES = """
MATCH (a)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(b)
WHERE elementId(a) < elementId(b)
OPTIONAL MATCH (a)-[:IN_COUNTRY]->(ca:Country)
OPTIONAL MATCH (b)-[:IN_COUNTRY]->(cb:Country)
RETURN a.id AS a_id, a.name AS a, coalesce(ca.code, a.code) AS a_country,
       b.id AS b_id, b.name AS b, coalesce(cb.code, b.code) AS b_country,
       t.kind AS kind, t.since AS since, t.sinceBasis AS since_basis
ORDER BY a, b
"""

MEETINGS = """
MATCH (m:Meeting)<-[:ATTENDED]-(p:Person)
OPTIONAL MATCH (m)-[:HELD_IN]->(place)
RETURN m.id AS meeting_id, m.date AS date, m.year AS year, place.name AS place, collect(p.name) AS participants
ORDER BY date
"""


def ties(driver: Driver) -> pd.DataFrame:
    """One row per tie: both places with their countries, kind, start year and how the year is known."""
    return frame(driver, TIES)


def meetings(driver: Driver) -> pd.DataFrame:
    """One row per meeting: date, place and participants."""
    return frame(driver, MEETINGS)


def partner_graph(ties_frame: pd.DataFrame) -> nx.Graph:
    """Places as nodes, ties as edges (with kind and since), for degree, communities and paths."""
    graph = nx.Graph()
    for row in ties_frame.itertuples(index=False):
        graph.add_node(row.a_id, name=row.a, country=row.a_country)
        graph.add_node(row.b_id, name=row.b, country=row.b_country)
        graph.add_edge(row.a_id, row.b_id, kind=row.kind, since=row.since)
    return graph


# Column types of the CSV headers `npm run export -- --format csv` writes (neo4j-admin's names), as Python values.
_CSV_CASTS = {
    "long": int,
    "int": int,
    "double": float,
    "float": float,
    "boolean": lambda text: text == "true",
}


def _csv_rows(path: Path):
    """Rows of an exported CSV file as dicts keyed by the header's names without their types, values cast to them."""
    import csv

    with path.open(newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        header = next(reader)
        names = [column.split(":")[0] if not column.startswith(":") else column for column in header]
        casts = [_CSV_CASTS.get(column.rsplit(":", 1)[-1], str) if ":" in column else str for column in header]
        for row in reader:
            yield {name: cast(cell) for name, cast, cell in zip(names, casts, row) if cell != ""}


def read_export(folder: str | os.PathLike) -> nx.MultiDiGraph:
    """The graph an `npm run export` wrote into `folder` (graph.graphml, graph.json, or nodes.csv + relationships.csv),
    as a networkx MultiDiGraph: node ids are the graph's ids, node attributes its properties plus `labels`, edge
    attributes its properties plus `type`."""
    folder = Path(folder)
    if (folder / "graph.graphml").exists():
        graph = nx.read_graphml(folder / "graph.graphml", force_multigraph=True)
        for _, attributes in graph.nodes(data=True):
            # GraphML holds the labels as one text, ":Place" (APOC's way); a list like the other formats is handier.
            attributes["labels"] = [label for label in attributes.get("labels", "").split(":") if label]
        return graph
    if (folder / "graph.json").exists():
        data = json.loads((folder / "graph.json").read_text(encoding="utf-8"))
        graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
        for node, attributes in graph.nodes(data=True):
            attributes["id"] = node  # node_link_graph takes `id` as the node's key; keep it a property as the others do
        return graph
    if (folder / "nodes.csv").exists():
        graph = nx.MultiDiGraph()
        for row in _csv_rows(folder / "nodes.csv"):
            node_id = row.pop("id")
            graph.add_node(node_id, id=node_id, labels=row.pop(":LABEL", "").split(";"), **row)
        for row in _csv_rows(folder / "relationships.csv"):
            graph.add_edge(row.pop(":START_ID"), row.pop(":END_ID"), type=row.pop(":TYPE"), **row)
        return graph
    raise FileNotFoundError(f"{folder} holds no export: run `npm run export -- --format graphml --out {folder}` first.")

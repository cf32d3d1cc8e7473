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
    """A driver for the configured server, or for the project's local one. The server's notifications (hints about
    a query's plan) are switched off: a notebook's reader wants results, not the planner's remarks."""
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
    driver = GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF")
    driver.verify_connectivity()
    return driver


def frame(driver: Driver, cypher: str, **params) -> pd.DataFrame:
    """Runs a read query and returns its rows as a DataFrame (one column per returned key)."""
    records, _, keys = driver.execute_query(cypher, params, routing_="r")
    return pd.DataFrame([record.values() for record in records], columns=keys)


def as_integers(table: pd.DataFrame, *columns: str) -> pd.DataFrame:
    """Makes year and count columns integers (pandas' nullable Int64, so a missing year stays missing), whether the
    graph stored them as integers or, as older graphs did, as floats."""
    for column in columns:
        table[column] = pd.to_numeric(table[column], errors="coerce").round().astype("Int64")
    return table


# Ties read through TIED_TO, the direct relationship between two places that every Partnership node keeps beside its
# evidence (one per tie, from the smaller id to the larger); kind, years and status are on it, how the start year is
# known only on the Partnership.
TIES = """
MATCH (a:Place)-[r:TIED_TO]->(b:Place)
OPTIONAL MATCH (t:Partnership {id: r.partnership})
RETURN r.partnership AS tie_id, a.id AS a_id, a.name AS a, a.countryCode AS a_country, a.lat AS a_lat, a.lng AS a_lng,
       b.id AS b_id, b.name AS b, b.countryCode AS b_country, b.lat AS b_lat, b.lng AS b_lng,
       r.kind AS kind, r.since AS since, r.until AS until, r.status AS status, t.sinceBasis AS since_basis
ORDER BY a_id, b_id, kind
"""

MEETINGS = """
MATCH (m:Meeting)
OPTIONAL MATCH (m)-[:HELD_IN]->(place)
RETURN m.id AS meeting_id, m.date AS date, m.year AS year, place.name AS place,
       COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) RETURN p.name ORDER BY p.name } AS participants
ORDER BY date, meeting_id
"""


def ties(driver: Driver) -> pd.DataFrame:
    """One row per tie between two places: both places with their countries and coordinates, kind, start and end
    years (integers, or missing), status, and how the start year is known."""
    return as_integers(frame(driver, TIES), "since", "until")


def meetings(driver: Driver) -> pd.DataFrame:
    """One row per meeting: date, year, place and participants (sorted names)."""
    return as_integers(frame(driver, MEETINGS), "year")


def partner_graph(ties_frame: pd.DataFrame) -> nx.Graph:
    """Places as nodes (name, country), ties as edges (kind, since), for degree, communities and paths."""
    graph = nx.Graph()
    for row in ties_frame.itertuples(index=False):
        graph.add_node(row.a_id, name=row.a, country=row.a_country)
        graph.add_node(row.b_id, name=row.b, country=row.b_country)
        graph.add_edge(row.a_id, row.b_id, kind=row.kind, since=None if pd.isna(row.since) else int(row.since))
    return graph


def meeting_graph(meetings_frame: pd.DataFrame) -> nx.Graph:
    """People as nodes, an edge between two people who met, weighted by how many meetings they shared."""
    graph = nx.Graph()
    for participants in meetings_frame["participants"]:
        graph.add_nodes_from(participants)
        for i, a in enumerate(participants):
            for b in participants[i + 1 :]:
                weight = graph.get_edge_data(a, b, {}).get("weight", 0)
                graph.add_edge(a, b, weight=weight + 1)
    return graph


def degree_distribution(graph: nx.Graph) -> pd.Series:
    """How many nodes have each degree, indexed by degree (integers), in degree order."""
    return pd.Series([d for _, d in graph.degree()], dtype="int64").value_counts().sort_index().rename("nodes")


def country_pair_matrix(ties_frame: pd.DataFrame, top: int = 15) -> pd.DataFrame:
    """Ties between the `top` countries with the most tie ends, as a symmetric matrix of integer counts (the
    diagonal holds ties within a country), rows and columns in order of tie ends."""
    ends = pd.concat([ties_frame["a_country"], ties_frame["b_country"]]).value_counts()
    countries = list(ends.index[:top])
    matrix = pd.DataFrame(0, index=countries, columns=countries, dtype="int64")
    pairs = ties_frame[ties_frame["a_country"].isin(countries) & ties_frame["b_country"].isin(countries)]
    for a, b in zip(pairs["a_country"], pairs["b_country"]):
        matrix.loc[a, b] += 1
        if a != b:
            matrix.loc[b, a] += 1
    return matrix


def community_summary(graph: nx.Graph, communities, top: int = 10, names: int = 3) -> pd.DataFrame:
    """One row per community for the `top` largest: its size, its most tied places and its main countries."""
    rows = []
    for number, community in enumerate(sorted(communities, key=len, reverse=True)[:top], start=1):
        by_degree = sorted(community, key=lambda n: (-graph.degree(n), graph.nodes[n]["name"]))
        countries = pd.Series([graph.nodes[n]["country"] for n in community]).value_counts()
        rows.append({
            "community": number,
            "places": len(community),
            "most tied": ", ".join(graph.nodes[n]["name"] for n in by_degree[:names]),
            "main countries": ", ".join(f"{code} {count}" for code, count in countries.head(names).items()),
        })
    return pd.DataFrame(rows).set_index("community")


WORLD_ATLAS = PROJECT_ROOT / "node_modules" / "world-atlas" / "countries-110m.json"


def world_outlines(path: Path = WORLD_ATLAS) -> list[list[tuple[float, float]]]:
    """Country outlines as rings of (longitude, latitude), from the Natural Earth 1:110m TopoJSON that the npm package
    `world-atlas` bundles (installed by `npm ci`), so that maps need no network."""
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: run `npm ci` in the project folder to install world-atlas.")
    topology = json.loads(path.read_text(encoding="utf-8"))
    (scale_x, scale_y), (shift_x, shift_y) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for quantized in topology["arcs"]:
        # Quantized TopoJSON stores each arc's points as differences from the previous one.
        x = y = 0
        points = []
        for dx, dy in quantized:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)

    def ring(indexes):
        points = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc if not points else arc[1:])
        return points

    rings = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs", [])
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            for indexes in polygon:
                rings.extend(_split_at_antimeridian(ring(indexes)))
    return rings


def _split_at_antimeridian(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring that crosses longitude 180 (Russia, Fiji) would be drawn as a band across the whole map: its longitudes
    are made continuous instead, and the part beyond ±180 drawn again from the other side."""
    continuous = [ring[0]]
    for lng, lat in ring[1:]:
        previous = continuous[-1][0]
        lng += 360 * round((previous - lng) / 360)
        continuous.append((lng, lat))
    copies = [continuous]
    if min(lng for lng, _ in continuous) < -180:
        copies.append([(lng + 360, lat) for lng, lat in continuous])
    if max(lng for lng, _ in continuous) > 180:
        copies.append([(lng - 360, lat) for lng, lat in continuous])
    return copies


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

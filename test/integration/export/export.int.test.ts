/**
 * Exports round-trip: the seeded graph (the seed article and a made-up towns article) is exported in each format,
 * loaded back with networkx in the notebook environment, and compared with the graph in Neo4j: counts, relationship
 * types, and every node's properties with their types (an integer stays an integer).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph, EXPORT_FORMATS, type ExportFormat } from '../../../src/export/export-graph.ts';
import { exportSelection, WHOLE_GRAPH } from '../../../src/export/selection.ts';
import { ensureSchema } from '../../../src/graph/schema.ts';
import { seedFolder } from '../../../src/graph/seed-folder.ts';
import { TOWN_DOCUMENT, townFactsYaml } from '../../fixtures/facts.ts';
import { getTestDriver, resetDatabase } from '../neo4j.ts';
import { runPython } from './python.ts';

const LOAD_EXPORT = join(import.meta.dirname, 'load-export.py');

interface LoadedExport {
  nodes: number;
  edges: number;
  edgeTypes: Record<string, number>;
  properties: Record<string, Record<string, [string, unknown]>>;
  labels: Record<string, string[]>;
}

let driver: Driver;
let workDir: string;

async function rows(cypher: string) {
  return (await driver.executeQuery(cypher)).records.map((record) => record.toObject());
}

async function loadWithNetworkx(folders: string[]): Promise<Record<string, LoadedExport>> {
  return JSON.parse(await runPython(LOAD_EXPORT, folders)) as Record<string, LoadedExport>;
}

/** The Python type and value networkx should give for a property of Cypher type `valueType`, in `format`. */
function expectedPython(valueType: string, value: unknown, format: ExportFormat): [string, unknown] {
  const base = valueType.replace(/ NOT NULL$/, '');
  if (base.startsWith('LIST')) return format === 'json' ? ['list', value] : ['str', JSON.stringify(value)];
  const types: Record<string, string> = { INTEGER: 'int', FLOAT: 'float', BOOLEAN: 'bool', STRING: 'str' };
  return [types[base] ?? 'str', base in types ? value : String(value)];
}

beforeAll(async () => {
  driver = await getTestDriver();
  await resetDatabase(driver);
  await ensureSchema(driver);
  workDir = await mkdtemp(join(tmpdir(), 'export-test-'));
  const townsDocuments = join(workDir, 'towns', 'documents');
  const townsFacts = join(workDir, 'towns', 'facts');
  await mkdir(townsDocuments, { recursive: true });
  await mkdir(townsFacts, { recursive: true });
  await writeFile(join(townsDocuments, 'towns.txt'), TOWN_DOCUMENT);
  // A figure about a place (Riverton, GB) alone, beside the seed article's about China and Japan.
  const figure =
    'countryFigures:\n  - {places: [Riverton], metric: partner towns, value: 3, qualifier: exactly, ' +
    'evidence: {sentence: "Riverton and Lakeside signed a sister-city agreement in 1994."}}\n';
  await writeFile(join(townsFacts, 'towns.facts.yaml'), townFactsYaml().replace('countryFigures: []\n', figure));
  for (const folders of [
    { documentsDir: 'seed/documents', factsDir: 'seed/facts' },
    { documentsDir: townsDocuments, factsDir: townsFacts },
  ]) {
    expect((await seedFolder(driver, folders)).failed).toEqual([]);
  }
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('exporting the whole graph', () => {
  it('loads back into networkx with the same nodes, relationships and property types, in every format', async () => {
    const folders = EXPORT_FORMATS.map((format) => join(workDir, `whole-${format}`));
    for (const [i, format] of EXPORT_FORMATS.entries()) {
      // A small page size makes the export cross many page boundaries, among them inside one node's relationships.
      const report = await exportGraph(
        { driver },
        { format, outDir: folders[i]!, selection: WHOLE_GRAPH, pageSize: 3 },
      );
      expect(report.nodes).toBeGreaterThan(20);
    }
    const nodes = (await rows('MATCH (n) RETURN count(n) AS nodes'))[0]!.nodes;
    const typeCounts = Object.fromEntries(
      (await rows('MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n')).map((row) => [row.type, row.n]),
    );
    const relationships = Object.values(typeCounts).reduce((sum: number, n) => sum + (n as number), 0);
    const properties = await rows(
      'MATCH (n) UNWIND keys(n) AS key RETURN n.id AS id, key, n[key] AS value, valueType(n[key]) AS type',
    );
    const loaded = await loadWithNetworkx(folders);
    for (const [i, format] of EXPORT_FORMATS.entries()) {
      const graph = loaded[folders[i]!]!;
      expect({ format, nodes: graph.nodes, edges: graph.edges }).toEqual({ format, nodes, edges: relationships });
      expect(graph.edgeTypes).toEqual(typeCounts);
      for (const { id, key, value, type } of properties) {
        const actual = graph.properties[id as string]?.[key as string];
        const expected = expectedPython(type as string, value, format);
        // A whole float read back from text (GraphML, CSV) or JSON may drop its ".0"; the type is what must survive.
        expect({ format, id, key, actual: actual?.[0] }).toEqual({ format, id, key, actual: expected[0] });
        expect(actual?.[1]).toEqual(expected[1]);
      }
    }
  });

  it('writes the same files whatever the page size', async () => {
    // Paging is the same for every format; CSV's two files show both nodes and relationships.
    for (const format of ['csv'] as const) {
      const small = join(workDir, `paged-${format}-2`);
      const large = join(workDir, `paged-${format}-1000`);
      const reportSmall = await exportGraph({ driver }, { format, outDir: small, selection: WHOLE_GRAPH, pageSize: 2 });
      const reportLarge = await exportGraph(
        { driver },
        { format, outDir: large, selection: WHOLE_GRAPH, pageSize: 1000 },
      );
      expect(reportSmall).toEqual(reportLarge);
      for (const file of reportSmall.files) {
        expect(await readFile(join(small, file), 'utf8')).toBe(await readFile(join(large, file), 'utf8'));
      }
    }
  });
});

describe('exporting a filtered part', () => {
  it('keeps the places of a country, their ties, and only relationships between exported nodes', async () => {
    // The towns article ties Riverton (GB) to Lakeside (DE): GB's part holds Riverton, the tie and the country,
    // and the tie's PARTY_TO from Lakeside is left out with Lakeside.
    const selection = exportSelection({
      countries: ['gb'],
      labels: ['Place', 'Partnership', 'Country'],
      types: ['PARTY_TO', 'IN_COUNTRY'],
    });
    const folder = join(workDir, 'gb-graphml');
    const report = await exportGraph({ driver }, { format: 'graphml', outDir: folder, selection });
    expect(report).toMatchObject({ nodes: 3, relationships: 2 });
    const graph = (await loadWithNetworkx([folder]))[folder]!;
    expect(graph.labels).toEqual({
      'country:GB': ['Country'],
      'place:gb:riverton': ['Place'],
      'partnership:sister:place:de:lakeside|place:gb:riverton': ['Partnership'],
    });
    expect(graph.edgeTypes).toEqual({ PARTY_TO: 1, IN_COUNTRY: 1 });
  });

  it('keeps the figures about a country or about its places', async () => {
    const figuresOf = async (country: string) => {
      const folder = join(workDir, `figures-${country}`);
      const selection = exportSelection({ countries: [country], labels: ['CountryFigure'], types: ['ABOUT'] });
      await exportGraph({ driver }, { format: 'json', outDir: folder, selection });
      return Object.keys((await loadWithNetworkx([folder]))[folder]!.labels).sort();
    };
    expect(await figuresOf('gb')).toEqual(['figure:place:gb:riverton:partner-towns:2020-05-04']);
    expect(await figuresOf('jp')).toEqual(['figure:CN-JP:sister-city-pairs:2019-11-24']);
    expect(await figuresOf('de')).toEqual([]);
  });

  it('keeps only the chosen relationship types', async () => {
    const folder = join(workDir, 'ties-json');
    const selection = exportSelection({ labels: ['Place', 'Partnership'], types: ['PARTY_TO'] });
    const report = await exportGraph({ driver }, { format: 'json', outDir: folder, selection });
    const [expected] = await rows(`MATCH (p:Place) WITH count(p) AS places
      MATCH (t:Partnership) WITH places, count(t) AS ties
      MATCH (:Place)-[r:PARTY_TO]->(:Partnership) RETURN places + ties AS nodes, count(r) AS relationships`);
    expect(report).toMatchObject(expected!);
    const graph = (await loadWithNetworkx([folder]))[folder]!;
    expect({ nodes: graph.nodes, edges: graph.edges }).toEqual({
      nodes: expected!.nodes,
      edges: expected!.relationships,
    });
  });
});

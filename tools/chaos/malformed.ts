/**
 * The malformed-input catalogue of issue 9, run through the seed command: each case must be refused with a message
 * that names the file (and the line where there is one), within a time bound (a FIFO must not hang it), and must
 * leave the graph as it was; cases of hostile but valid data (injection-looking names) must be stored as data.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chaosDocument, writeCorpus, type ChaosDocument } from './corpus.ts';
import { dump, graphDifference, sameGraph, wipe } from './graph.ts';
import { neo4jEnv, runCommandLine } from './processes.ts';
import type { CheckResult } from './report.ts';
import type { SeedContext } from './seed-checks.ts';

const CASE = 'zz-case';
const CASE_TIMEOUT_MS = 60_000;

interface Folders {
  documentsDir: string;
  factsDir: string;
}

interface MalformedCase {
  name: string;
  /** Writes the case's files into the folders (a valid document `zz-case` is there to start from, see `valid`). */
  make: (folders: Folders, valid: ChaosDocument) => void;
  /** What the output must contain besides the file's name, e.g. a line number. */
  mentions?: RegExp;
  /** What the message must not be: a raw system error code instead of words. */
  forbids?: RegExp;
  /** 'accept': valid data that must be seeded as it is (stored as data, not run). */
  expect?: 'refuse' | 'accept';
}

const factsPath = (folders: Folders) => path.join(folders.factsDir, `${CASE}.facts.yaml`);
const textPath = (folders: Folders) => path.join(folders.documentsDir, `${CASE}.txt`);
const writeValid = (folders: Folders, valid: ChaosDocument) => {
  fs.writeFileSync(textPath(folders), valid.text);
  fs.writeFileSync(factsPath(folders), valid.facts);
};
/** The valid case document with its facts text changed. */
const facts = (change: (facts: string, valid: ChaosDocument) => string) => (folders: Folders, valid: ChaosDocument) => {
  fs.writeFileSync(textPath(folders), valid.text);
  fs.writeFileSync(factsPath(folders), change(valid.facts, valid));
};
const firstPlaceName = (valid: ChaosDocument) => /- name: (.+)\n/.exec(valid.facts)![1]!;
/** The facts with one more place named `name` (a JSON string is a YAML double-quoted scalar: escapes stay escapes). */
const withPlaceNamed = (valid: ChaosDocument, name: string) => {
  const sentence = /sentence: "([^"]*)"/.exec(valid.facts)![1]!;
  return valid.facts.replace(
    'people: []',
    `  - name: ${JSON.stringify(name)}\n    kind: town\n    country: GB\n    evidence: {sentence: ` +
      `"${sentence}"}\npeople: []`,
  );
};
const LINE = /:\d+/;

export const MALFORMED_CASES: MalformedCase[] = [
  {
    name: 'YAML syntax error',
    make: facts((f) => f.replace('places:\n', 'places:\n  - name: [unclosed\n')),
    mentions: LINE,
  },
  { name: 'tab-indented YAML', make: facts((f) => f.replace('  source:', '\tsource:')), mentions: LINE },
  { name: 'unknown field', make: facts((f) => f.replace('  source:', '  colour: blue\n  source:')), mentions: LINE },
  { name: 'missing document title', make: facts((f) => f.replace(/ {2}title: .*\n/, '')) },
  { name: 'since year as words', make: facts((f) => f.replace(/since: \d+/, 'since: nineteen')), mentions: LINE },
  { name: 'since year as a fraction', make: facts((f) => f.replace(/since: (\d+)/, 'since: $1.5')), mentions: LINE },
  { name: 'since year in the future', make: facts((f) => f.replace(/since: \d+/, 'since: 3000')), mentions: LINE },
  {
    name: 'impossible document date 2019-02-31',
    make: facts((f) => f.replace(/date: .*/, 'date: 2019-02-31')),
    mentions: LINE,
  },
  {
    name: 'impossible document date 2019-13-45',
    make: facts((f) => f.replace(/date: .*/, 'date: 2019-13-45')),
    mentions: LINE,
  },
  { name: 'unknown tie kind', make: facts((f) => f.replace('kind: twin', 'kind: cousin')), mentions: LINE },
  { name: 'unknown country code', make: facts((f) => f.replace(/country: [A-Z]{2}/, 'country: QQ')), mentions: LINE },
  { name: 'tie of a place with itself', make: facts((f, v) => f.replace(/ {4}b: .*/, `    b: ${firstPlaceName(v)}`)) },
  { name: 'tie with an unknown place', make: facts((f) => f.replace(/ {4}b: .*/, '    b: Nowhereford')) },
  {
    name: 'evidence sentence not in the document',
    make: facts((f) => f.replace(/sentence: "[^"]*"/, 'sentence: "Nothing of the sort was said."')),
  },
  {
    name: 'the same place twice',
    make: facts((f) => f.replace(/(places:\n)( {2}- name[\s\S]*?evidence: \{[^}]*\}\n)/, '$1$2$2')),
  },
  {
    name: 'place name of 10,000 characters',
    make: facts((_, v) => withPlaceNamed(v, 'Q'.repeat(10_000))),
    mentions: LINE,
  },
  { name: 'control character in a name', make: facts((_, v) => withPlaceNamed(v, 'Bell\u0007ford')), mentions: LINE },
  {
    name: 'bidirectional override in a name',
    make: facts((_, v) => withPlaceNamed(v, 'Evil\u202Edrof')),
    mentions: LINE,
  },
  {
    name: 'Latin-1 (not UTF-8) facts file',
    make: (folders, valid) => {
      fs.writeFileSync(textPath(folders), valid.text);
      fs.writeFileSync(
        factsPath(folders),
        Buffer.from(valid.facts.replace('aliases: [', 'aliases: [Caf\u00e9ford, '), 'latin1'),
      );
    },
  },
  {
    name: 'Latin-1 (not UTF-8) document',
    make: (folders, valid) => {
      fs.writeFileSync(textPath(folders), Buffer.from(`${valid.text}Caf\u00e9 au lait.\n`, 'latin1'));
      fs.writeFileSync(factsPath(folders), valid.facts);
    },
  },
  {
    name: 'binary document',
    make: (folders, valid) => {
      fs.writeFileSync(textPath(folders), Buffer.concat([Buffer.from(valid.text), Buffer.from([0, 1, 2, 0, 255])]));
      fs.writeFileSync(factsPath(folders), valid.facts);
    },
  },
  {
    name: 'empty facts file',
    make: (folders, valid) => {
      fs.writeFileSync(textPath(folders), valid.text);
      fs.writeFileSync(factsPath(folders), '');
    },
  },
  {
    name: 'facts file whose document is missing',
    make: (folders, valid) => fs.writeFileSync(factsPath(folders), valid.facts),
  },
  {
    name: '50 MB facts file (200,000 places)',
    make: (folders, valid) => {
      fs.writeFileSync(textPath(folders), valid.text);
      const sentence = /sentence: "([^"]*)"/.exec(valid.facts)![1]!;
      const header = valid.facts.slice(0, valid.facts.indexOf('places:\n') + 'places:\n'.length);
      const fd = fs.openSync(factsPath(folders), 'w');
      fs.writeSync(fd, header);
      const chunk: string[] = [];
      for (let i = 0; i < 200_000; i++) {
        chunk.push(
          `  - name: Filler place number ${i} ${'x'.repeat(150)}\n    kind: town\n    country: GB\n    ` +
            `evidence: {sentence: "${sentence}"}\n`,
        );
        if (chunk.length === 5_000) fs.writeSync(fd, chunk.splice(0).join(''));
      }
      fs.writeSync(fd, `${chunk.join('')}people: []\npartnerships: []\nmeetings: []\nevents: []\ncountryFigures: []\n`);
      fs.closeSync(fd);
    },
  },
  {
    name: '20,000 places in one file',
    make: (folders, valid) => {
      fs.writeFileSync(textPath(folders), valid.text);
      const sentence = /sentence: "([^"]*)"/.exec(valid.facts)![1]!;
      const header = valid.facts.slice(0, valid.facts.indexOf('places:\n') + 'places:\n'.length);
      const places = Array.from(
        { length: 20_000 },
        (_, i) => `  - {name: Filler ${i}, kind: town, country: GB, evidence: {sentence: "${sentence}"}}\n`,
      );
      fs.writeFileSync(
        factsPath(folders),
        `${header}${places.join('')}people: []\npartnerships: []\nmeetings: []\nevents: []\ncountryFigures: []\n`,
      );
    },
  },
  {
    name: 'FIFO named like a document',
    make: (folders, valid) => {
      writeValid(folders, valid);
      fs.rmSync(textPath(folders));
      // Node has no API for FIFOs.
      if (spawnSync('mkfifo', [textPath(folders)]).status !== 0) throw new Error('mkfifo failed');
    },
  },
  {
    name: 'symlink to a system file as a document',
    mentions: /symbolic link|symlink|not a regular file/i,
    make: (folders, valid) => {
      fs.writeFileSync(factsPath(folders), valid.facts);
      fs.symlinkSync('/etc/hostname', textPath(folders));
    },
  },
  {
    name: 'symlink loop as a document',
    forbids: /\bELOOP\b/,
    make: (folders, valid) => {
      fs.writeFileSync(factsPath(folders), valid.facts);
      fs.symlinkSync(`${CASE}.txt`, textPath(folders));
    },
  },
  {
    name: 'a folder named like a document',
    forbids: /\bEISDIR\b/,
    make: (folders, valid) => {
      fs.writeFileSync(factsPath(folders), valid.facts);
      fs.mkdirSync(textPath(folders));
    },
  },
  {
    name: 'Cypher injection in names is stored as data',
    expect: 'accept',
    make: facts((_, v) => withPlaceNamed(v, "Inj'}) MATCH (n) DETACH DELETE n //ford")),
  },
];

/** Runs every case against a graph seeded with two valid documents; one result per case. */
export async function malformedInputChecks(ctx: SeedContext): Promise<CheckResult[]> {
  const base = [chaosDocument(900, ctx.random), chaosDocument(901, ctx.random)];
  const valid = { ...chaosDocument(902, ctx.random), name: CASE };
  valid.facts = valid.facts.replace(/file: .*/, `file: ${CASE}.txt`);
  const baseFolders = writeCorpus(path.join(ctx.workDir, 'malformed-base'), base);
  const env = neo4jEnv(ctx.target());
  const seedFolder = (folders: Folders, timeoutMs?: number) =>
    runCommandLine(
      'src/cli/seed.ts',
      ['--documents', folders.documentsDir, '--facts', folders.factsDir, '--no-extract', ...ctx.seedArgs],
      env,
      timeoutMs,
    );
  const reseedBase = async () => {
    await wipe(ctx.driver());
    const seeded = await seedFolder(baseFolders);
    if (seeded.code !== 0) throw new Error(`seeding the malformed-input base failed:\n${seeded.output.slice(-1500)}`);
  };
  await reseedBase();
  const before = await dump(ctx.driver());

  const results: CheckResult[] = [];
  for (const testCase of MALFORMED_CASES) {
    const folders = writeCorpus(path.join(ctx.workDir, 'malformed-case'), base);
    testCase.make(folders, valid);
    const run = await seedFolder(folders, CASE_TIMEOUT_MS);
    const after = await dump(ctx.driver());
    const message = run.output.split('\n').find((line) => line.includes(CASE)) ?? '';
    const shown = `exit ${run.timedOut ? 'none (killed after 60 s)' : run.code}, ${(run.ms / 1000).toFixed(1)} s`;
    if (testCase.expect === 'accept') {
      const stored = after.nodes.some((node) => node.includes('DETACH DELETE n //ford'));
      results.push({
        name: `malformed: ${testCase.name}`,
        ok: run.code === 0 && stored && after.nodes.length > before.nodes.length,
        figure:
          `${shown}; ${stored ? 'stored as data' : 'NOT stored'}; ` +
          `${after.nodes.length - before.nodes.length} nodes added`,
      });
      await reseedBase(); // back to the base graph for the next case
      continue;
    }
    const unchanged = sameGraph(after, before);
    const named =
      message !== '' && (!testCase.mentions || testCase.mentions.test(message)) && !testCase.forbids?.test(message);
    results.push({
      name: `malformed: ${testCase.name}`,
      ok: !run.timedOut && run.code !== 0 && named && unchanged,
      figure:
        `${shown}; graph ${unchanged ? 'unchanged' : `CHANGED (${graphDifference(after, before)})`}; ` +
        `message: ${message ? JSON.stringify(message.trim().slice(0, 140)) : 'none naming the file'}` +
        (named || !message
          ? ''
          : ` (wanted ${testCase.mentions ?? 'no'}${testCase.forbids ? `, not ${testCase.forbids}` : ''})`),
    });
    if (!unchanged) await reseedBase();
  }
  return results;
}

/**
 * A made-up seed folder for the chaos checks: documents about invented towns, each with its facts file, sharing towns
 * and ties between documents (so that edits can make documents disagree). Deterministic for a given random source.
 */
import fs from 'node:fs';
import path from 'node:path';

export type Random = () => number;

/** A small, seedable PRNG (mulberry32): the same seed gives the same checks. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const SYLLABLES = ['mar', 'ven', 'tol', 'bri', 'quo', 'sel', 'dra', 'kin', 'lum', 'pex', 'rav', 'zor'];
const COUNTRIES = ['GB', 'DE', 'FR', 'IT', 'ES', 'NL'];

function townName(index: number): string {
  const a = SYLLABLES[index % SYLLABLES.length]!;
  const b = SYLLABLES[Math.floor(index / SYLLABLES.length) % SYLLABLES.length]!;
  return `${a[0]!.toUpperCase()}${a.slice(1)}${b}ford`;
}

export interface ChaosDocument {
  name: string;
  text: string;
  facts: string;
}

/** One document stating that two towns are twinned since a year, with one alias of the first town. */
export function chaosDocument(index: number, random: Random, towns = 16): ChaosDocument {
  const a = Math.floor(random() * towns);
  let b = Math.floor(random() * towns);
  if (b === a) b = (a + 1) % towns;
  const [townA, townB] = [townName(a), townName(b)];
  const year = 1950 + Math.floor(random() * 70);
  const alias = `${townA} Town ${1 + Math.floor(random() * 3)}`;
  const sentence = `${townA} and ${townB} signed a twinning agreement in ${year}.`;
  const name = `chaos-${String(index).padStart(3, '0')}`;
  const text = `${sentence}\nThe councils of both towns welcomed the agreement.\n`;
  const place = (town: string, townIndex: number, aliases: string[]) =>
    `  - name: ${town}\n    kind: town\n    country: ${COUNTRIES[townIndex % COUNTRIES.length]}\n` +
    `    aliases: [${aliases.join(', ')}]\n    evidence: {sentence: "${sentence}"}\n`;
  const facts =
    `document:\n  file: ${name}.txt\n  title: Towns ${townA} and ${townB}\n  date: ` +
    `2020-0${1 + (index % 9)}-1${index % 10}\n` +
    `  source: Chaos Gazette\n  url: null\n  reviewed: true\n` +
    `places:\n${place(townA, a, [alias])}${place(townB, b, [])}people: []\n` +
    `partnerships:\n  - a: ${townA}\n    b: ${townB}\n    kind: twin\n    since: ${year}\n    sinceBasis: stated\n` +
    `    evidence: {sentence: "${sentence}"}\nmeetings: []\nevents: []\ncountryFigures: []\n`;
  return { name, text, facts };
}

/** Writes documents/ and facts/ under dir (emptied first). */
export function writeCorpus(
  dir: string,
  documents: readonly ChaosDocument[],
): { documentsDir: string; factsDir: string } {
  fs.rmSync(dir, { recursive: true, force: true });
  const documentsDir = path.join(dir, 'documents');
  const factsDir = path.join(dir, 'facts');
  fs.mkdirSync(documentsDir, { recursive: true });
  fs.mkdirSync(factsDir, { recursive: true });
  for (const document of documents) writeDocument({ documentsDir, factsDir }, document);
  return { documentsDir, factsDir };
}

export function writeDocument(folders: { documentsDir: string; factsDir: string }, document: ChaosDocument): void {
  fs.writeFileSync(path.join(folders.documentsDir, `${document.name}.txt`), document.text);
  fs.writeFileSync(path.join(folders.factsDir, `${document.name}.facts.yaml`), document.facts);
}

export function removeDocument(folders: { documentsDir: string; factsDir: string }, name: string): void {
  fs.rmSync(path.join(folders.documentsDir, `${name}.txt`), { force: true });
  fs.rmSync(path.join(folders.factsDir, `${name}.facts.yaml`), { force: true });
}

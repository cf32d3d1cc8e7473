/**
 * Imports the "Twinned Cities" data set (Wikidata P190 twinning links between 5,470 cities, via TidyTuesday
 * 2026-05-12; see ../shared/data/twinned-cities/README.md): cities become places, links become ties of kind "twin".
 *
 * Provenance works as for articles: each CSV file is a Document, each row a Sentence (the row's exact text and
 * offsets), and every place and tie points at the row that states it. The two files are written as two plans through
 * the same seeder as articles, so re-importing replaces the previous import and changes nothing when the data did not.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countryAliases, countryName } from '../facts/countries.ts';
import { nameKey } from '../facts/names.ts';
import { emptyPlan, sha256, type GraphPlan } from '../graph/plan.ts';
import { countryId, documentId, partnershipId, placeId, sentenceId } from '../graph/model.ts';

export class DataFileError extends Error {
  override name = 'DataFileError';
}

export interface CsvRow {
  /** 1-based line number in the file. */
  line: number;
  start: number;
  end: number;
  text: string;
  fields: string[];
}

/** Splits CSV text into rows (RFC 4180 quoting), keeping each row's line number and character offsets. */
export function parseCsv(text: string, file: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let offset = 0;
  let line = 1;
  while (offset < text.length) {
    const start = offset;
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let fieldStart = true;
    for (;;) {
      if (offset >= text.length) {
        if (quoted) throw new DataFileError(`${file}:${startLine}: a quoted field is never closed`);
        fields.push(field);
        break;
      }
      const ch = text[offset]!;
      if (quoted) {
        if (ch === '"' && text[offset + 1] === '"') {
          field += '"';
          offset += 2;
        } else if (ch === '"') {
          quoted = false;
          offset++;
        } else {
          if (ch === '\n') line++;
          field += ch;
          offset++;
        }
      } else if (ch === '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
        offset++;
      } else if (ch === ',') {
        fields.push(field);
        field = '';
        fieldStart = true;
        offset++;
      } else if (ch === '\n' || ch === '\r') {
        fields.push(field);
        break;
      } else {
        field += ch;
        fieldStart = false;
        offset++;
      }
    }
    const end = offset;
    if (text[offset] === '\r') offset++;
    if (text[offset] === '\n') offset++;
    line++;
    if (end > start) rows.push({ line: startLine, start, end, text: text.slice(start, end), fields });
  }
  return rows;
}

function expectHeader(rows: CsvRow[], header: string[], file: string): CsvRow[] {
  const first = rows[0];
  if (!first || first.fields.join(',') !== header.join(',')) {
    throw new DataFileError(`${file}:1: expected the header "${header.join(',')}", found "${first?.text ?? ''}"`);
  }
  for (const row of rows.slice(1)) {
    if (row.fields.length !== header.length) {
      throw new DataFileError(`${file}:${row.line}: expected ${header.length} columns, found ${row.fields.length}`);
    }
  }
  return rows.slice(1);
}

const DATASET = {
  date: '2026-05-12',
  source: 'Wikidata (P190) via TidyTuesday 2026-05-12 "Twinned Cities"',
  url: 'https://github.com/rfordatascience/tidytuesday/tree/main/data/2026/2026-05-12',
};

/** Taiwan is "CN-TW" in the data set; ISO 3166-1 gives it TW. */
const isoCountry = (code: string) => (code === 'CN-TW' ? 'TW' : code);

export interface TwinnedCitiesPlans {
  cities: GraphPlan;
  links: GraphPlan;
}

/** Plans the import of cities.csv and links.csv (pure: no database). */
export function planTwinnedCities(citiesText: string, linksText: string, dir = 'twinned-cities'): TwinnedCitiesPlans {
  const citiesFile = join(dir, 'cities.csv');
  const linksFile = join(dir, 'links.csv');
  const cityRows = expectHeader(parseCsv(citiesText, citiesFile), ['id', 'name', 'lng', 'lat', 'country', 'countrycd', 'continent'], citiesFile);
  const linkRows = expectHeader(parseCsv(linksText, linksFile), ['source', 'target'], linksFile);

  const documentOf = (file: string, title: string, text: string): GraphPlan['document'] => ({
    id: documentId(`twinned-cities-${file}`),
    name: title,
    title,
    file: `twinned-cities/${file}`,
    collection: 'twinned-cities',
    date: DATASET.date,
    source: DATASET.source,
    url: DATASET.url,
    contentHash: sha256(text),
    factsHash: sha256(text),
    reviewed: true,
    extracted: false,
  });
  const cities = emptyPlan(documentOf('cities', 'Twinned Cities: cities', citiesText));
  const links = emptyPlan(documentOf('links', 'Twinned Cities: twinning links', linksText));

  // A name that two cities of one country share ("Springfield", US) cannot identify either: such cities get their
  // Wikidata id in their node id, so articles naming "Springfield" do not merge into one of them by chance.
  const shared = new Map<string, number>();
  for (const row of cityRows) {
    const key = `${isoCountry(row.fields[5]!)}|${nameKey(row.fields[1]!)}`;
    shared.set(key, (shared.get(key) ?? 0) + 1);
  }

  const countries = new Map<string, GraphPlan['countries'][number]>();
  const placeOf = new Map<string, { id: string; name: string }>();
  for (const row of cityRows) {
    const [qid, name, lng, lat, , rawCode] = row.fields as [string, string, string, string, string, string, string];
    if (!/^Q\d+$/.test(qid)) throw new DataFileError(`${citiesFile}:${row.line}: "${qid}" is not a Wikidata id`);
    if (placeOf.has(qid)) throw new DataFileError(`${citiesFile}:${row.line}: ${qid} is listed twice`);
    const code = isoCountry(rawCode);
    if (!countries.has(code)) {
      const cname = countryName(code) ?? row.fields[4]!;
      const aliases = [...new Set([...countryAliases(code), row.fields[4]!])].filter((a) => a !== cname);
      countries.set(code, { id: countryId(code), code, name: cname, aliases });
      // The data set's name for the country is a statement like any other: its first city row says it.
      cities.evidence.push({ label: 'Country', factId: countryId(code), sentenceId: sentenceId(cities.document.id, row.start, row.end), confidence: 1 });
    }
    const ambiguous = (shared.get(`${code}|${nameKey(name)}`) ?? 0) > 1;
    const id = ambiguous ? `${placeId(name, code)}-${qid.toLowerCase()}` : placeId(name, code);
    placeOf.set(qid, { id, name });
    cities.places.push({
      id,
      name,
      kind: 'city',
      countryCode: code,
      countryId: countryId(code),
      aliases: [],
      lat: Number(lat),
      lng: Number(lng),
      geonamesId: null,
      wikidataId: qid,
    });
    const sid = sentenceId(cities.document.id, row.start, row.end);
    cities.sentences.push({ id: sid, name: `cities.csv line ${row.line}`, text: row.text, start: row.start, end: row.end, documentId: cities.document.id });
    cities.evidence.push({ label: 'Place', factId: id, sentenceId: sid, confidence: 1 });
    cities.mentions.push({ label: 'Place', entityId: id });
  }
  cities.countries = [...countries.values()];

  const seen = new Set<string>();
  for (const row of linkRows) {
    const [source, target] = row.fields as [string, string];
    const a = placeOf.get(source);
    const b = placeOf.get(target);
    if (!a || !b) throw new DataFileError(`${linksFile}:${row.line}: ${a ? target : source} is not a city of cities.csv`);
    if (a.id === b.id) throw new DataFileError(`${linksFile}:${row.line}: a city cannot be twinned with itself`);
    const id = partnershipId(a.id, b.id, 'twin');
    const sid = sentenceId(links.document.id, row.start, row.end);
    links.sentences.push({ id: sid, name: `links.csv line ${row.line}`, text: row.text, start: row.start, end: row.end, documentId: links.document.id });
    links.evidence.push({ label: 'Partnership', factId: id, sentenceId: sid, confidence: 1 });
    if (seen.has(id)) continue;
    seen.add(id);
    links.partnerships.push({
      id,
      name: `${a.name} – ${b.name}`,
      kind: 'twin',
      since: null,
      sinceBasis: 'unknown',
      sinceNote: null,
      until: null,
      a: { id: a.id, label: 'Place' },
      b: { id: b.id, label: 'Place' },
    });
  }
  return { cities, links };
}

/** Reads the data set's two files from `dir`. */
export async function readTwinnedCities(dir: string): Promise<TwinnedCitiesPlans> {
  const [citiesText, linksText] = await Promise.all([readFile(join(dir, 'cities.csv'), 'utf8'), readFile(join(dir, 'links.csv'), 'utf8')]);
  return planTwinnedCities(citiesText, linksText, dir);
}

/**
 * Plans the import of the "Twinned Cities" data set (Wikidata P190 twinning links between 5,470 cities, via
 * TidyTuesday 2026-05-12; see ../shared/data/twinned-cities/README.md): cities become places, links become ties of
 * kind "twin". Pure: no database (the writer is twinned-cities-import.ts).
 *
 * Provenance works as for articles: each CSV file is a Document of the data set, each row a Sentence that says in
 * words what the row states ("Kobe and Tianjin are twinned (Wikidata Q48320, Q11736)") and keeps the row's line and
 * character offsets in the file, and every place and tie points at the row that states it.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { countryAliases, countryName } from '../facts/countries.ts';
import { nameKey } from '../facts/names.ts';
import { countryId, documentId, partnershipId, placeId, sentenceId } from '../graph/model.ts';
import { DataFileError, rowsUnderHeader, type CsvRow } from './csv.ts';

export { DataFileError } from './csv.ts';

export const CITIES_HEADER = ['id', 'name', 'lng', 'lat', 'country', 'countrycd', 'continent'] as const;
export const LINKS_HEADER = ['source', 'target'] as const;

/**
 * Bumped when the graph the importer writes changes shape, so that re-importing unchanged files after an upgrade
 * rewrites them instead of skipping them.
 */
export const IMPORT_FORMAT = 2;

const DATASET = {
  name: 'Twinned Cities data set (Wikidata P190, via TidyTuesday 2026-05-12)',
  date: '2026-05-12',
  source: 'Wikidata (P190) via TidyTuesday 2026-05-12 "Twinned Cities"',
  url: 'https://github.com/rfordatascience/tidytuesday/tree/main/data/2026/2026-05-12',
};

export interface DocumentRow {
  id: string;
  name: string;
  title: string;
  file: string;
  /** Not 'articles': the seeder's pruning of documents whose files are gone leaves the data set alone. */
  collection: 'twinned-cities';
  date: string;
  source: string;
  url: string;
  contentHash: string;
  reviewed: boolean;
  extracted: boolean;
}

export interface CountryRow {
  id: string;
  code: string;
  name: string;
  aliases: string[];
  nameKeys: string[];
}

/** What a row of a file says, as a Sentence of its document. */
export interface SentenceRow {
  sentenceId: string;
  /** "links.csv line 12". */
  sentenceName: string;
  /** The row's statement in words. */
  text: string;
  /** The row's line and character offsets in its file. */
  line: number;
  start: number;
  end: number;
}

export interface CityRow extends SentenceRow {
  id: string;
  name: string;
  nameKey: string;
  countryCode: string;
  countryId: string;
  lat: number;
  lng: number;
  wikidataId: string;
}

export interface LinkRow extends SentenceRow {
  /** The Partnership's id; two rows about the same pair share it (and each is evidence of it). */
  id: string;
  name: string;
  aId: string;
  bId: string;
  /** The ends of the TIED_TO relationship: from the smaller place id to the larger. */
  lowId: string;
  highId: string;
}

export interface TwinnedCitiesPlan {
  citiesDocument: DocumentRow;
  linksDocument: DocumentRow;
  /** Identifies this content of both files (and the importer's format): equal hashes mean nothing to do. */
  importHash: string;
  countries: CountryRow[];
  cities: CityRow[];
  /** Rows of links.csv (each checked already). */
  linkCount: number;
  /** The links, planned one at a time as they are written: a million of them need not be held at once. */
  links(): Generator<LinkRow>;
}

/** Taiwan is "CN-TW" in the data set; ISO 3166-1 gives it TW. */
const isoCountry = (code: string) => (code === 'CN-TW' ? 'TW' : code);

const sha256 = (...texts: string[]) => {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text);
  return hash.digest('hex');
};

function documentOf(dir: string, file: 'cities' | 'links', what: string, text: string): DocumentRow {
  return {
    id: documentId(`twinned-cities-${file}`),
    name: `${DATASET.name}: ${what}`,
    title: `${DATASET.name}: ${what}`,
    file: join(dir, `${file}.csv`),
    collection: 'twinned-cities',
    date: DATASET.date,
    source: DATASET.source,
    url: DATASET.url,
    contentHash: sha256(text),
    reviewed: true,
    extracted: false,
  };
}

function sentenceOf(docId: string, file: string, row: CsvRow, text: string): SentenceRow {
  return {
    sentenceId: sentenceId(docId, row.start, row.end),
    sentenceName: `${file} line ${row.line}`,
    text,
    line: row.line,
    start: row.start,
    end: row.end,
  };
}

/** Plans the import of cities.csv and links.csv, checking every row of both before anything is written. */
export function planTwinnedCities(citiesText: string, linksText: string, dir = 'twinned-cities'): TwinnedCitiesPlan {
  const citiesFile = join(dir, 'cities.csv');
  const linksFile = join(dir, 'links.csv');
  const citiesDocument = documentOf(dir, 'cities', 'cities', citiesText);
  const linksDocument = documentOf(dir, 'links', 'twinning links', linksText);
  const cityRows = [...rowsUnderHeader(citiesText, CITIES_HEADER, citiesFile)];

  // A name that two cities of one country share ("Springfield", US) cannot identify either: such cities get their
  // Wikidata id in their node id, so articles naming "Springfield" do not merge into one of them by chance.
  const shared = new Map<string, number>();
  for (const row of cityRows) {
    const key = `${isoCountry(row.fields[5]!)}|${nameKey(row.fields[1]!)}`;
    shared.set(key, (shared.get(key) ?? 0) + 1);
  }

  const countries = new Map<string, CountryRow>();
  const placeOf = new Map<string, { id: string; name: string }>();
  const cities: CityRow[] = [];
  for (const row of cityRows) {
    const [qid, name, lng, lat, country, rawCode] = row.fields as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (!/^Q\d+$/.test(qid)) throw new DataFileError(`${citiesFile}:${row.line}: "${qid}" is not a Wikidata id`);
    if (placeOf.has(qid)) throw new DataFileError(`${citiesFile}:${row.line}: ${qid} is listed twice`);
    const [latitude, longitude] = [Number(lat), Number(lng)];
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) {
      throw new DataFileError(`${citiesFile}:${row.line}: "${lat}", "${lng}" are not a latitude and a longitude`);
    }
    const code = isoCountry(rawCode);
    const countryShown = countryName(code) ?? country;
    if (!countries.has(code)) {
      const aliases = [...new Set([...countryAliases(code), country])].filter((a) => a !== countryShown);
      const nameKeys = [...new Set([countryShown, ...aliases, code].map(nameKey))];
      countries.set(code, { id: countryId(code), code, name: countryShown, aliases, nameKeys });
    }
    const ambiguous = (shared.get(`${code}|${nameKey(name)}`) ?? 0) > 1;
    const id = ambiguous ? `${placeId(name, code)}-${qid.toLowerCase()}` : placeId(name, code);
    placeOf.set(qid, { id, name });
    const statement = `${name} is a city in ${countryShown} (Wikidata ${qid})`;
    cities.push({
      id,
      name,
      nameKey: nameKey(name),
      countryCode: code,
      countryId: countryId(code),
      lat: latitude,
      lng: longitude,
      wikidataId: qid,
      ...sentenceOf(citiesDocument.id, 'cities.csv', row, statement),
    });
  }

  function* links(): Generator<LinkRow> {
    for (const row of rowsUnderHeader(linksText, LINKS_HEADER, linksFile)) {
      const [source, target] = row.fields as [string, string];
      const a = placeOf.get(source);
      const b = placeOf.get(target);
      if (!a || !b)
        throw new DataFileError(`${linksFile}:${row.line}: ${a ? target : source} is not a city of cities.csv`);
      if (a.id === b.id) throw new DataFileError(`${linksFile}:${row.line}: a city cannot be twinned with itself`);
      const [lowId, highId] = [a.id, b.id].sort() as [string, string];
      yield {
        id: partnershipId(a.id, b.id, 'twin'),
        name: `${a.name} – ${b.name}`,
        aId: a.id,
        bId: b.id,
        lowId,
        highId,
        ...sentenceOf(
          linksDocument.id,
          'links.csv',
          row,
          `${a.name} and ${b.name} are twinned (Wikidata ${source}, ${target})`,
        ),
      };
    }
  }
  // Every link is checked now, so that a bad row near the end of the file stops the import before it writes anything.
  let linkCount = 0;
  for (const _ of links()) linkCount++;

  return {
    citiesDocument,
    linksDocument,
    importHash: sha256(String(IMPORT_FORMAT), '\0', citiesText, '\0', linksText),
    countries: [...countries.values()],
    cities,
    linkCount,
    links,
  };
}

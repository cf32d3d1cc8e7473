/** Everyday English country names for extraction: the project's `countryName`, with the forms news text uses. */
import { createRequire } from 'node:module';
import { countryName } from '../../facts/countries.ts';

const require = createRequire(import.meta.url);

/** Where the package's first plain name is not the one news text uses ("Russian Federation", "Türkiye"). */
const EVERYDAY: Readonly<Record<string, string>> = { RU: 'Russia', TR: 'Turkey' };

/**
 * A formal name ("Lao People's Democratic Republic", "Syrian Arab Republic", "Moldova, Republic of", "Holy See
 * (Vatican City State)") is not what news text writes: the name iso3166-2-db (MIT) gives the country ("Laos",
 * "Syria") is, unless that one is itself a "Republic of ..." form.
 */
function shortName(code: string, formal: string): string | null {
  if (!/[,(]|\bRepublic\b|\bDarussalam\b/.test(formal)) return null;
  const raw = require('iso3166-2-db/data/iso3166-2.json') as Record<string, { name?: string; names?: { en?: string } }>;
  const name = raw[code]?.names?.en ?? raw[code]?.name;
  return name && !/^(?:Republic|Democratic|The)\b/.test(name) ? name : null;
}

/** Names already worked out, by code: the gold writer asks for a country's name once per fact. */
const displayNames = new Map<string, string>();

/** "United States", "South Korea", "China": the plain English name of an ISO 3166-1 alpha-2 code, or the code. */
export function countryDisplayName(code: string): string {
  let name = displayNames.get(code);
  if (name === undefined) {
    const formal = countryName(code);
    name = EVERYDAY[code] ?? (formal && shortName(code, formal)) ?? formal ?? code;
    displayNames.set(code, name);
  }
  return name;
}

/** Everyday English country names for extraction: the project's `countryName`, with the forms news text uses. */
import { countryName } from '../../facts/countries.ts';

/** Where the package's first plain name is not the one news text uses ("Russian Federation", "Türkiye"). */
const EVERYDAY: Readonly<Record<string, string>> = { RU: 'Russia', TR: 'Turkey' };

/** "United States", "South Korea", "China": the plain English name of an ISO 3166-1 alpha-2 code, or the code. */
export function countryDisplayName(code: string): string {
  return EVERYDAY[code] ?? countryName(code) ?? code;
}

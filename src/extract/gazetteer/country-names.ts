/** Everyday English country names from i18n-iso-countries (MIT), without loading the whole gazetteer. */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
let registered = false;

/** Where the package's first plain name is not the one news text uses ("Russian Federation", "Türkiye"). */
const EVERYDAY: Readonly<Record<string, string>> = { RU: 'Russia', TR: 'Turkey' };

/** "United States", "South Korea", "China": the plain English name of an ISO 3166-1 alpha-2 code, or the code. */
export function countryDisplayName(code: string): string {
  if (!registered) {
    countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
    registered = true;
  }
  const everyday = EVERYDAY[code];
  if (everyday) return everyday;
  const all = countries.getName(code, 'en', { select: 'all' }) ?? [];
  const names = Array.isArray(all) ? all : [all];
  return names.find((n) => !n.includes(',') && !/\bof\b/i.test(n) && !/^[A-Z.]+$/.test(n)) ?? names[0] ?? code;
}

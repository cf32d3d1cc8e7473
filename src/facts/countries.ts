/**
 * English names of countries by ISO 3166-1 alpha-2 code, from the i18n-iso-countries package (MIT), so that a
 * country that a fact only names by its code ("JP") still gets a readable node.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

function englishNames(code: string): string[] {
  const names = countries.getName(code, 'en', { select: 'all' });
  return Array.isArray(names) ? names : [];
}

/** The everyday English name: "China" rather than "People's Republic of China"; null for an unknown code. */
export function countryName(code: string): string | null {
  const names = englishNames(code.toUpperCase());
  const plain = names.find((n) => !n.includes(',') && !/\bof\b/i.test(n));
  return plain ?? names.find((n) => !n.includes(',')) ?? names[0] ?? null;
}

/** Every English name the package knows for the country ("USA", "United States of America", ...). */
export function countryAliases(code: string): string[] {
  return englishNames(code.toUpperCase());
}

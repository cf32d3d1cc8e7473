/**
 * The gold shape of ../shared/corpus/README.md: what `extract --json` prints and what evaluation compares with the
 * hand-made gold files. Country codes become English country names; an office's place is given when it is not a
 * country.
 */
import type { Evidence, FactsFile } from '../facts/types.ts';
import type { Extraction } from './index.ts';
import { countryDisplayName } from './gazetteer/country-names.ts';

/** What extraction adds to each fact of the gold shape (hand-made gold leaves them out): how sure, and which rule. */
export interface Provenance {
  confidence?: number;
  rule?: string;
}

export interface GoldFacts {
  file?: string;
  document: { date: string | null; title: string; source: string | null; url: string | null };
  places: Array<{ name: string; aliases: string[]; kind: string; country: string | null } & Provenance>;
  people: Array<
    {
      name: string;
      aliases?: string[];
      titles: string[];
      country: string | null;
      office_place: string | null;
    } & Provenance
  >;
  partnerships: Array<
    {
      a: string;
      b: string;
      kind: string;
      since: number | null;
      since_basis: string;
      until?: number | null;
      status?: string;
    } & Provenance
  >;
  meetings: Array<{ participants: string[]; date: string | null; place: string | null } & Provenance>;
  country_stats: Array<{ countries: string[]; metric: string; value: number; qualifier: string | null } & Provenance>;
  notes?: string;
}

/** The everyday English name of a country code ("United States"), or null for none. */
export function countryName(code: string | null): string | null {
  return code ? countryDisplayName(code) : null;
}

function provenance(e: Evidence, rule?: string): Provenance {
  return { ...(e.confidence === undefined ? {} : { confidence: e.confidence }), ...(rule ? { rule } : {}) };
}

/**
 * The gold shape of extracted facts. Given an Extraction (not only its facts file), it also carries each tie's status
 * and the rule that found each tie, meeting and figure.
 */
export function toGold(extracted: FactsFile | Extraction): GoldFacts {
  const facts = 'facts' in extracted ? extracted.facts : extracted;
  const extra = 'facts' in extracted ? extracted : null;
  const placeKind = new Map(facts.places.map((p) => [p.name, p.kind]));
  // A figure's country is named as the places list names it (the text's form: "U.S.", "UK"), as a tie's ends are.
  const countryNames = new Map<string, string>();
  for (const p of facts.places)
    if (p.kind === 'country' && p.country && !countryNames.has(p.country)) countryNames.set(p.country, p.name);
  return {
    file: facts.document.file,
    document: {
      date: facts.document.date,
      title: facts.document.title,
      source: facts.document.source,
      url: facts.document.url,
    },
    places: facts.places.map((p) => ({
      name: p.name,
      aliases: p.aliases ?? [],
      kind: p.kind,
      country: countryName(p.country),
      ...provenance(p.evidence),
    })),
    people: facts.people.map((p) => {
      const officePlace =
        p.offices.map((o) => o.place).find((pl) => pl !== null && placeKind.get(pl) !== 'country') ?? null;
      return {
        name: p.name,
        titles: p.offices.map((o) => o.title),
        country: countryName(p.country),
        office_place: officePlace,
        ...provenance(p.evidence),
      };
    }),
    partnerships: facts.partnerships.map((t, k) => ({
      a: t.a,
      b: t.b,
      kind: t.kind,
      since: t.since,
      since_basis: t.sinceBasis === 'derived' ? (t.sinceNote ?? 'derived') : t.sinceBasis,
      ...(t.until ? { until: t.until } : {}),
      ...(extra && extra.statuses[k] !== 'active' ? { status: extra.statuses[k] } : {}),
      ...provenance(t.evidence, extra?.rules.partnerships[k]),
    })),
    meetings: facts.meetings.map((m, k) => ({
      participants: m.participants,
      date: m.date,
      place: m.place,
      ...provenance(m.evidence, extra?.rules.meetings[k]),
    })),
    // Figures about one, two or more places: the gold shape names countries and places alike.
    country_stats: facts.countryFigures.map((f, k) => ({
      countries: [...(f.countries ?? []).map((c) => countryNames.get(c) ?? countryName(c) ?? c), ...(f.places ?? [])],
      metric: f.metric,
      value: f.value,
      qualifier: f.qualifier,
      ...provenance(f.evidence, extra?.rules.figures[k]),
    })),
  };
}

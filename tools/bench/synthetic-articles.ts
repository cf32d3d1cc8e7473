/**
 * Synthetic articles with their facts, for the seeding benchmark: deterministic for a seed, made-up names only.
 * Each has 6 places, 4 officials, 3 ties, 2 meetings and 1 country figure, every fact with the sentence that says it.
 */
import { planDocument, type GraphPlan } from '../../src/graph/plan.ts';
import type { FactsFile } from '../../src/facts/types.ts';
import { random } from './random.ts';

const COUNTRIES = ['CN', 'JP', 'KR', 'US', 'DE', 'FR', 'GB', 'IT', 'BR', 'AU'];

/** One synthetic article with its facts: 6 places, 4 officials, 3 ties, 2 meetings, 1 country figure. */
function syntheticArticle(n: number, next: () => number): { text: string; facts: FactsFile } {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const sentences: string[] = [];
  const say = (sentence: string) => {
    sentences.push(sentence);
    return { sentence, confidence: 0.9 };
  };
  const places = Array.from({ length: 6 }, () => {
    const country = pick(COUNTRIES);
    const name = `Town ${Math.floor(next() * 2000)} ${country}`;
    return { name, kind: 'city' as const, country, evidence: say(`${name} is a city of note number ${n}.`) };
  });
  const unique = [...new Map(places.map((p) => [p.name, p])).values()];
  const people = Array.from({ length: 4 }, (_, i) => {
    const place = unique[i % unique.length]!;
    const name = `Official ${Math.floor(next() * 500)}`;
    const sentence = say(`Mayor of ${place.name} ${name} spoke in article ${n}, part ${i}.`);
    return {
      name,
      country: place.country,
      offices: [{ title: 'Mayor', place: place.name, evidence: sentence }],
      evidence: sentence,
    };
  });
  const distinctPeople = [...new Map(people.map((p) => [p.name, p])).values()];
  const partnerships = unique.slice(1, 4).map((b, i) => ({
    a: unique[0]!.name,
    b: b.name,
    kind: pick(['sister', 'friendship', 'twin'] as const),
    since: 1970 + Math.floor(next() * 50),
    sinceBasis: 'stated' as const,
    evidence: say(`${unique[0]!.name} and ${b.name} became partners, tie ${i} of article ${n}.`),
  }));
  const meetings =
    distinctPeople.length >= 2
      ? [0, 1].map((i) => ({
          participants: [distinctPeople[0]!.name, distinctPeople[1 + (i % (distinctPeople.length - 1))]!.name],
          date: `20${10 + Math.floor(next() * 15)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
          place: unique[0]!.name,
          evidence: say(`${distinctPeople[0]!.name} met a colleague, meeting ${i} of article ${n}.`),
        }))
      : [];
  const [c1, c2] = [pick(COUNTRIES), pick(COUNTRIES.filter((c) => c !== 'CN'))];
  const countryFigures =
    c1 !== c2
      ? [
          {
            countries: [c1, c2] as [string, string],
            metric: 'sister city pairs',
            value: Math.floor(next() * 400),
            qualifier: 'more than' as const,
            evidence: say(`There are many pairs, says article ${n}.`),
          },
        ]
      : [];
  const file = `bench-${String(n).padStart(4, '0')}.txt`;
  return {
    text: sentences.join(' '),
    facts: {
      document: {
        file,
        title: `Synthetic article ${n}`,
        date: '2024-01-01',
        source: 'Bench',
        url: null,
        reviewed: false,
      },
      places: unique,
      people: distinctPeople,
      partnerships,
      meetings,
      events: [],
      countryFigures,
    },
  };
}

/** Rows a plan writes (a node or relationship statement's row each). */
export const rowsOf = (plan: GraphPlan) =>
  1 +
  plan.sentences.length +
  plan.countries.length +
  plan.places.length +
  plan.people.length +
  plan.offices.length +
  plan.meetings.length +
  plan.partnerships.length +
  plan.figures.length +
  plan.evidence.length +
  plan.mentions.length;

function locate(facts: FactsFile, text: string): FactsFile {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.sentence === 'string') {
        record.start = text.indexOf(record.sentence);
        record.end = (record.start as number) + record.sentence.length;
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(facts);
  return facts;
}

/** The seeder's plans of `count` synthetic articles. */
export function syntheticArticlePlans(count: number, seed = 42): GraphPlan[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, n) => {
    const { text, facts } = syntheticArticle(n, next);
    return planDocument(locate(facts, text), text, { factsText: JSON.stringify(facts), extracted: true });
  });
}

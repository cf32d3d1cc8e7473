/**
 * Precision around the rules the tie construction grid asked for (tools/grid/tie-grid.ts): a place described as a
 * town, "A and the Bavarian town of B", "Its twin town is B", a tie phrase fronted before its owner, a country written
 * with its article as a qualifier, a county named like its capital. Made-up text; each rule has a trap beside it.
 */
import { describe, expect, it } from 'vitest';
import { factsOf, goldOf, pairsOf } from './helpers.ts';

const placesOf = (body: string) => factsOf(body).places.map((p) => p.name);

/** Each tie as [pair, since, until], the article dated 2021. */
const tiesOf = (body: string) =>
  goldOf(body, '2021-06-10')
    .partnerships.map((p): [string, number | null, number | null] => [
      [p.a, p.b].sort().join(' ~ '),
      p.since ?? null,
      p.until ?? null,
    ])
    .sort();

describe('the rules of the tie grid, and their traps', () => {
  it('"X is a market town": the description supports a small town; a possessive "the town\'s" does not', () => {
    expect(placesOf('Ludlow is a market town in the hills.')).toContain('Ludlow');
    expect(placesOf('Mr Ludlow, the town’s new clerk, spoke first.')).not.toContain('Ludlow');
  });

  it('"A and the Bavarian town of B have been twinned": the adjective describes B, it is no end', () => {
    expect(pairsOf(factsOf('Tiverton and the Bavarian town of Landsberg have been twinned since 1990.'))).toEqual([
      'Landsberg ~ Tiverton',
    ]);
    // Named together for another reason: no tie.
    expect(
      pairsOf(factsOf('Tiverton and the Bavarian town of Landsberg have both won prizes for their parks.')),
    ).toEqual([]);
  });

  it('"Its twin town is B": the place of the sentence before owns the tie; "Its population is" is no tie', () => {
    expect(pairsOf(factsOf('Swansea held a fair. Its twin town is Nuremberg, in Germany.'))).toEqual([
      'Nuremberg ~ Swansea',
    ]);
    expect(pairsOf(factsOf('Swansea held a fair. Its biggest employer is in Nuremberg.'))).toEqual([]);
  });

  it('"Twinned with B since Y, A hosts": the owner after the comma, however small', () => {
    const facts = factsOf('Twinned with Landsberg since 1990, Tiverton hosts a market every December.');
    expect(facts.partnerships.map((p) => [[p.a, p.b].sort().join(' ~ '), p.since])).toEqual([
      ['Landsberg ~ Tiverton', 1990],
    ]);
    // A fronted phrase without a tie word gives the name after it no support.
    expect(placesOf('Famous for its lace since 1800, Tiverton hosts a market.')).not.toContain('Tiverton');
  });

  it('"A, the Netherlands, and B, Estonia,": a country with its article qualifies the town before it', () => {
    expect(
      pairsOf(factsOf('Zwolle, the Netherlands, and Narva, Estonia, established sister city relations in 1994.')),
    ).toEqual(['Narva ~ Zwolle']);
  });

  it('a county named after its capital is the town when written bare, the county with its generic word', () => {
    const kinds = (body: string) =>
      factsOf(body)
        .places.filter((p) => p.name.startsWith('Viljandi'))
        .map((p) => [p.name, p.kind]);
    expect(kinds('Reading and Viljandi have been twinned since 1996.')).toEqual([['Viljandi', 'city']]);
    expect(kinds('Farms cover most of Viljandi County in Estonia.')).toEqual([['Viljandi County', 'county']]);
  });

  it('"Its partnership with B": the partner of the relation after "with", the owner from the sentence before', () => {
    expect(
      tiesOf('Hereford held its spring fair. Its partnership with Vannes, which began in 1963, was its theme.'),
    ).toEqual([['Hereford ~ Vannes', 1963, null]]);
    expect(tiesOf('Hereford held its spring fair. Its partnership with a brewery was its theme.')).toEqual([]);
  });

  it('a city page: a sentence ending "with the following cities:", lines "B, Country – established Y"', () => {
    const page =
      'Sister Cities\n\nThe City of Hereford has formal sister city relationships with the following cities:\n\n' +
      'Vannes, France – established 1963\nVilla del Rosario, Colombia – established 2004';
    expect(tiesOf(page)).toEqual([
      ['Hereford ~ Vannes', 1963, null],
      ['Hereford ~ Villa del Rosario', 2004, null],
    ]);
    // The same lines under an address block are no partners.
    expect(tiesOf('Write to us at:\n\nVannes, France – office hours 9-5\nAlcoy, Spain – office hours 9-5')).toEqual([]);
  });

  it('"A also counts B among its twin towns": the slot supports a small town', () => {
    expect(tiesOf('Leominster also counts Hilden among its twin towns, a link formed in 1981.')).toEqual([
      ['Hilden ~ Leominster', 1981, null],
    ]);
  });

  it('the start of an ended tie: "a link that had been in place since Y", "N years after it began"', () => {
    expect(
      tiesOf(
        'Hereford severed ties with its twin town Vannes last year, ending a link that had been in place since 1963.',
      ),
    ).toEqual([['Hereford ~ Vannes', 1963, 2020]]);
    expect(tiesOf('Hereford ended its partnership with Vannes in 2014, 51 years after it began.')).toEqual([
      ['Hereford ~ Vannes', 1963, 2014],
    ]);
  });

  it('a tie still under discussion or being negotiated is none', () => {
    expect(
      tiesOf('Hereford was twinned with Vannes in 1963. A second link, with Alcoy, is still under discussion.'),
    ).toEqual([['Hereford ~ Vannes', 1963, null]]);
    expect(tiesOf('A partnership between Hereford and Alcoy is being negotiated.')).toEqual([]);
  });

  it('"The town\'s partnership with C" after "The town is twinned with B": both refer to the town before', () => {
    expect(
      tiesOf(
        'Hereford has a long tradition of links abroad. The town has been twinned with Vannes since 1963. ' +
          "The town's partnership with Hilden followed in 1981.",
      ),
    ).toEqual([
      ['Hereford ~ Hilden', 1981, null],
      ['Hereford ~ Vannes', 1963, null],
    ]);
  });
});

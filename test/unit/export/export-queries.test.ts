import { describe, expect, it } from 'vitest';
import { nodesPageQuery, relationshipsPageQuery } from '../../../src/export/queries.ts';
import { exportSelection, nodeFilter, SelectionError, WHOLE_GRAPH } from '../../../src/export/selection.ts';

describe('exportSelection', () => {
  it('takes labels and types only from the model, naming the choices otherwise', () => {
    expect(() => exportSelection({ labels: ['Place) DETACH DELETE (n'] })).toThrow(SelectionError);
    expect(() => exportSelection({ labels: ['Town'] })).toThrow(/choose from Document, Sentence/);
    expect(() => exportSelection({ types: ['KNOWS'] })).toThrow(/choose from IN_COUNTRY/);
  });

  it('upper-cases country codes and refuses what is not one', () => {
    expect(exportSelection({ countries: ['jp', 'CN', 'jp'] }).countries).toEqual(['CN', 'JP']);
    expect(() => exportSelection({ countries: ['Japan'] })).toThrow(/ISO 3166-1 alpha-2/);
  });

  it('keeps the model order of labels and means everything when nothing is chosen', () => {
    expect(exportSelection({ labels: ['Partnership', 'Place'] }).labels).toEqual(['Place', 'Partnership']);
    expect(exportSelection({})).toEqual(WHOLE_GRAPH);
  });
});

describe('export queries', () => {
  const selection = exportSelection({ labels: ['Place', 'Partnership'], types: ['PARTY_TO'], countries: ['JP'] });

  it('sends countries, cursors and page sizes as parameters, never as Cypher text', () => {
    const query = relationshipsPageQuery('Place', selection, { startId: "place:jp:o'hara", elementId: '4:x:1' }, 50);
    expect(query.cypher).not.toMatch(/JP|o'hara|4:x:1|50/);
    expect(query.params).toMatchObject({
      countries: ['JP'],
      afterId: "place:jp:o'hara",
      afterElementId: '4:x:1',
      pageSize: 50,
    });
    expect(query.cypher).toContain('[r:PARTY_TO]');
  });

  it('pages nodes by id after the last one, from the start when there is none', () => {
    const first = nodesPageQuery('Place', selection, null, 10);
    expect(first.cypher).toMatch(/n\.id > \$afterId[\s\S]*ORDER BY n\.id LIMIT \$pageSize/);
    expect(first.params.afterId).toBe('');
  });

  it('filters the far end of a relationship by every selected label and its country rule', () => {
    const filter = nodeFilter('b', selection);
    expect(filter).toContain('(b:Place AND');
    expect(filter).toContain('(b:Partnership AND');
    expect(filter).toContain('b.countryCode IN $countries');
    expect(filter).not.toContain(':Person');
  });
});

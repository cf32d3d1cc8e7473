import { describe, expect, it } from 'vitest';
import type { PlaceView } from '../../../web/explore/api.js';
import { timelineEntries } from '../../../web/explore/timeline.js';

function tie(id: string, partner: string, since: number | null, until: number | null = null) {
  return {
    node: { __typename: 'Place' as const, id: `place:${partner}`, name: partner },
    partnership: {
      id,
      name: `Home – ${partner}`,
      kind: 'sister',
      since,
      sinceBasis: since ? 'stated' : 'unknown',
      sinceNote: null,
      until,
      evidence: [],
    },
  };
}

function meeting(id: string, date: string | null, placeId: string) {
  return {
    id,
    name: id,
    date,
    place: { __typename: 'Place' as const, id: placeId, name: 'Elsewhere' },
    participants: [
      { id: 'person:a', name: 'Ann' },
      { id: 'person:b', name: 'Bo' },
    ],
    evidence: [],
  };
}

const home: PlaceView = {
  id: 'place:home',
  name: 'Home',
  kind: 'city',
  countryCode: 'JP',
  lat: null,
  lng: null,
  country: null,
  partners: {
    totalCount: 3,
    edges: [tie('t:late', 'Late', 2001), tie('t:unknown', 'Unknown', null), tie('t:early', 'Early', 1975, 1990)],
  },
  meetings: {
    totalCount: 3,
    nodes: [
      meeting('m:2010', '2010-05-02', 'place:home'),
      meeting('m:1999', '1999', 'place:other'),
      meeting('m:undated', null, 'place:home'),
    ],
  },
};

describe('the explorer timeline', () => {
  it('lists ties by start year and meetings by date, oldest first, undated ones last', () => {
    expect(timelineEntries(home).map((entry) => entry.factId)).toEqual([
      't:early',
      'm:1999',
      't:late',
      'm:2010',
      'm:undated',
      't:unknown',
    ]);
  });

  it('says what each entry is, when, and where a meeting was held when it was elsewhere', () => {
    const entries = new Map(timelineEntries(home).map((entry) => [entry.factId, entry]));
    expect(entries.get('t:early')).toMatchObject({
      type: 'tie',
      year: 1975,
      when: '1975',
      label: 'sister tie with Early, until 1990',
    });
    expect(entries.get('t:unknown')).toMatchObject({ year: null, when: 'year unknown' });
    expect(entries.get('m:1999')).toMatchObject({
      type: 'meeting',
      year: 1999,
      label: 'meeting: Ann, Bo in Elsewhere',
    });
    expect(entries.get('m:2010')?.label).toBe('meeting: Ann, Bo');
    expect(entries.get('m:undated')).toMatchObject({ year: null, when: 'date unknown' });
  });
});

import { describe, expect, it } from 'vitest';
import { deriveNode, disputedFields, newest, pick, type Statement } from '../../../src/graph/derive.ts';

const said = (
  document: string,
  stated: Record<string, unknown>,
  options: { reviewed?: boolean; date?: string | null } = {},
): Statement => ({
  document,
  reviewed: options.reviewed ?? false,
  date: options.date ?? null,
  stated,
});

describe('pick', () => {
  it('takes the value most documents state, not the last one seeded', () => {
    const statements = [said('a', { since: 1990 }), said('b', { since: 1984 }), said('c', { since: 1990 })];
    expect(pick(statements, 'since')).toBe(1990);
    expect(pick([...statements].reverse(), 'since')).toBe(1990);
  });

  it('counts a document once however many sentences state the value', () => {
    expect(
      pick(
        [
          said('a', { since: 1984 }),
          said('a', { since: 1984 }),
          said('b', { since: 1990 }),
          said('c', { since: 1990 }),
        ],
        'since',
      ),
    ).toBe(1990);
  });

  it('prefers a reviewed document on a tie, then the smallest value', () => {
    expect(pick([said('a', { since: 1984 }), said('b', { since: 1990 }, { reviewed: true })], 'since')).toBe(1990);
    expect(pick([said('a', { since: 1990 }), said('b', { since: 1984 })], 'since')).toBe(1984);
    expect(pick([said('a', { name: 'b' }), said('b', { name: 'a' })], 'name')).toBe('a');
  });

  it('ignores documents that state nothing and gives null when none does', () => {
    expect(pick([said('a', {}), said('b', { since: null }), said('c', { since: 2001 })], 'since')).toBe(2001);
    expect(pick([said('a', {})], 'since')).toBeNull();
  });
});

describe('newest', () => {
  it('takes the newest dated document that states a value; undated ones count as oldest', () => {
    const statements = [
      said('a', { status: 'active' }, { date: '2019-01-01' }),
      said('b', { status: 'suspended' }, { date: '2022-03-01' }),
      said('c', {}, { date: '2024-01-01' }),
      said('d', { status: 'ended' }),
    ];
    expect(newest(statements, 'status')).toBe('suspended');
  });
});

describe('deriveNode', () => {
  it('shows a tie with its year, the basis and note that go with that year, and the newest status', () => {
    const row = deriveNode('Partnership', 'partnership:sister:a|b', [
      said(
        'a',
        {
          name: 'A – B',
          kind: 'sister',
          since: 1982,
          sinceBasis: 'derived',
          sinceNote: "derived from '37 years' as of 2019",
        },
        { date: '2019-11-24' },
      ),
      said(
        'b',
        { name: 'B – A', kind: 'sister', since: 1990, sinceBasis: 'stated', status: 'suspended', until: 2023 },
        { date: '2023-05-01' },
      ),
      said('c', { name: 'A – B', kind: 'sister', since: 1982, sinceBasis: 'stated' }, { date: '2020-01-01' }),
    ]);
    expect(row.props).toMatchObject({
      name: 'A – B',
      since: expect.objectContaining({ low: 1982 }),
      status: 'suspended',
    });
    expect(row.props.sinceBasis).toBe('derived');
    expect(row.props.sinceNote).toBe("derived from '37 years' as of 2019");
    expect(row.tie).toMatchObject({ kind: 'sister', status: 'suspended' });
  });

  it('is active when no document states a status', () => {
    expect(deriveNode('Partnership', 'partnership:sister:a|b', [said('a', { kind: 'sister' })]).props.status).toBe(
      'active',
    );
  });

  it('keeps every other spelling as an alias, sorted, and keys them all', () => {
    const row = deriveNode('Place', 'place:gb:alderford', [
      said('a', { name: 'Alderford', aliases: ['Alderford Town'] }),
      said('b', { name: 'ALDERFORD', aliases: ['Alderford Mills'] }),
    ]);
    expect(row.props.name).toBe('ALDERFORD');
    expect(row.props.aliases).toEqual(['Alderford', 'Alderford Mills', 'Alderford Town']);
    expect(row.props.nameKeys).toEqual(['alderford', 'alderford mills', 'alderford town']);
  });

  it('gives a country named only by its code its English name and known names', () => {
    const row = deriveNode('Country', 'country:DE', []);
    expect(row.props.name).toBe('Germany');
    expect(row.props.nameKeys).toEqual(expect.arrayContaining(['germany', 'de']));
  });

  it('gives a full date as a DATE and keeps a partial one as text only', () => {
    const full = deriveNode('Meeting', 'meeting:x', [said('a', { name: 'x', date: '2021-05-03' })]);
    expect(String(full.props.day)).toBe('2021-05-03');
    const partial = deriveNode('Meeting', 'meeting:y', [said('a', { name: 'y', date: '2021-05' })]);
    expect(partial.props).toMatchObject({ date: '2021-05', day: null });
    expect(Number(partial.props.year)).toBe(2021);
  });
});

describe('disputedFields', () => {
  it('names the fields documents give different values for, and nothing when they agree or stay silent', () => {
    const statements = [
      said('a', { since: 1984, until: 2020, status: 'active' }),
      said('b', { since: 1990, status: 'suspended' }),
      said('c', {}),
    ];
    expect(disputedFields(statements, ['since', 'until'])).toEqual(['since']);
    expect(disputedFields([said('a', { since: 1984 }), said('b', { since: 1984 })], ['since', 'until'])).toBeNull();
  });
});

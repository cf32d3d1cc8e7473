import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../src/export/formats/csv.ts';
import { xmlEscape } from '../../../src/export/formats/graphml.ts';
import { itemJson } from '../../../src/export/formats/json.ts';
import { kindOfValueType, mergeKinds, propertyColumns } from '../../../src/export/property-types.ts';

describe('property kinds', () => {
  it('reads Cypher value types as valueType() names them', () => {
    expect(kindOfValueType('INTEGER NOT NULL')).toBe('integer');
    expect(kindOfValueType('FLOAT NOT NULL')).toBe('float');
    expect(kindOfValueType('LIST<STRING NOT NULL> NOT NULL')).toBe('list');
    expect(kindOfValueType('DATE NOT NULL')).toBe('date');
    expect(kindOfValueType('LOCAL DATETIME NOT NULL')).toBe('string');
  });

  it('makes a key of integers and floats a float key, and any other mixture text', () => {
    expect(mergeKinds(['integer', 'integer'])).toBe('integer');
    expect(mergeKinds(['integer', 'float'])).toBe('float');
    expect(mergeKinds(['integer', 'string'])).toBe('string');
  });

  it('merges the keys of several labels into one sorted column each', () => {
    expect(
      propertyColumns([
        { key: 'since', types: ['INTEGER NOT NULL'] },
        { key: 'name', types: ['STRING NOT NULL'] },
        { key: 'since', types: ['FLOAT NOT NULL'] },
      ]),
    ).toEqual([
      { key: 'name', kind: 'string' },
      { key: 'since', kind: 'float' },
    ]);
  });
});

describe('cells and markup', () => {
  it('quotes CSV cells only when they need it, doubling quotes, and writes lists as JSON', () => {
    expect(csvCell('Riverton')).toBe('Riverton');
    expect(csvCell('Riverton, "the town"')).toBe('"Riverton, ""the town"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(['a', 'b'])).toBe('"[""a"",""b""]"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(1994)).toBe('1994');
  });

  it('escapes XML and drops the characters XML 1.0 cannot hold', () => {
    expect(xmlEscape(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('writes whole numbers of float keys as n.0 in JSON, and integers as they are', () => {
    expect(itemJson({ since: 1994, confidence: 1, lat: 35.5, tags: ['x'] }, new Set(['confidence', 'lat']))).toBe(
      '{"since":1994,"confidence":1.0,"lat":35.5,"tags":["x"]}',
    );
  });
});

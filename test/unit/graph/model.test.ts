/** The graph model owns ids and labels: every id a builder makes names its label, and nothing else does. */
import { describe, expect, it } from 'vitest';
import {
  figureId,
  countryId,
  documentId,
  eventId,
  labelOfId,
  meetingId,
  NODE_LABELS,
  officeId,
  partnershipId,
  personId,
  placeId,
  sentenceId,
  type NodeLabel,
} from '../../../src/graph/model.ts';

describe('labelOfId', () => {
  const doc = documentId('2001-02-03-made-up-news.txt');
  const person = personId('Ann Example');
  const place = placeId('Testville', 'ZZ');
  const built: Record<NodeLabel, string> = {
    Document: doc,
    Sentence: sentenceId(doc, 0, 12),
    Country: countryId('zz'),
    Place: place,
    Person: person,
    Office: officeId(person, 'Mayor', place),
    Meeting: meetingId([person, personId('Bo Sample')], '2001-02', doc),
    Event: eventId('Made-up Summit', null),
    Partnership: partnershipId(place, placeId('Otherburg', 'YY'), 'sister'),
    CountryFigure: figureId(['ZZ', 'YY'], 'sister city pairs', null),
  };

  it.each(NODE_LABELS.map((label) => [label, built[label]]))(
    'reads %s from the id its builder makes (%s)',
    (label, id) => {
      expect(labelOfId(id)).toBe(label);
    },
  );

  it('finds no label in an id this graph never makes', () => {
    for (const id of ['', 'doc', 'unknown:x', 'Place:zz:testville', ' place:zz:testville', 'placezz'])
      expect(labelOfId(id), id).toBeNull();
  });

  it('keeps undated meetings apart per document', () => {
    expect(meetingId([person], null, doc)).toBe('meeting:undated:2001-02-03-made-up-news:ann-example');
    expect(labelOfId(meetingId([person], null, doc))).toBe('Meeting');
  });
});

/** The fact types: `Meeting`, `Event`, `Partnership`, `CountryFigure`. */
import { findCountryFigureDetails } from '../../../graph/queries/countries.ts';
import { findEventDetails, findMeetingDetails } from '../../../graph/queries/meetings.ts';
import { findPartnershipDetails } from '../../../graph/queries/partnerships.ts';
import { detailField, evidenceField, listProperty, mentionedInField, nodeFields, type Parent } from '../shared.ts';

export const Meeting = {
  ...nodeFields,
  place: detailField('Meeting', 'place', findMeetingDetails),
  event: detailField('Meeting', 'event', findMeetingDetails),
  participants: detailField('Meeting', 'participants', findMeetingDetails, []),
  evidence: evidenceField('Meeting'),
};

export const Event = {
  ...nodeFields,
  aliases: listProperty('aliases'),
  place: detailField('Event', 'place', findEventDetails),
  attendees: detailField('Event', 'attendees', findEventDetails, []),
  meetings: detailField('Event', 'meetings', findEventDetails, []),
  mentionedIn: mentionedInField('Event'),
  evidence: evidenceField('Event'),
};

export const Partnership = {
  ...nodeFields,
  sinceBasis: (parent: Parent) => parent.sinceBasis ?? 'unknown',
  ends: detailField('Partnership', 'ends', findPartnershipDetails, []),
  evidence: evidenceField('Partnership'),
};

/** "more than 250 sister city pairs"; "exactly" is left unsaid. */
export function figureStatement(figure: Parent): string {
  const qualifier = figure.qualifier && figure.qualifier !== 'exactly' ? `${String(figure.qualifier)} ` : '';
  return `${qualifier}${String(figure.value)} ${String(figure.metric)}`;
}

export const CountryFigure = {
  ...nodeFields,
  statement: figureStatement,
  countries: detailField('CountryFigure', 'countries', findCountryFigureDetails, []),
  statedBy: detailField('CountryFigure', 'statedBy', findCountryFigureDetails),
  evidence: evidenceField('CountryFigure'),
};

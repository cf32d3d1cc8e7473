/** The fact types: `Meeting`, `Event`, `Partnership`, `CountryFigure`, and the figures of places and countries. */
import { MAX_FIGURE_SUBJECTS } from '../../../graph/limits.ts';
import { findCountryFigureDetails } from '../../../graph/queries/countries.ts';
import { findFiguresAbout } from '../../../graph/queries/figures.ts';
import { findEventDetails, findMeetingDetails } from '../../../graph/queries/meetings.ts';
import { findPartnershipDetails } from '../../../graph/queries/partnerships.ts';
import type { CountryFigureRecord } from '../../../graph/queries/records.ts';
import type {
  CountryFigureResolvers,
  EventResolvers,
  MeetingResolvers,
  PartnershipResolvers,
} from '../../generated/resolvers-types.ts';
import type { PageArgs } from '../../pagination.ts';
import { pagedField } from '../paged-field.ts';
import { aliasesField, detailField, evidenceField, mentionedInField, nodeFields } from '../shared.ts';

export const Meeting: MeetingResolvers = {
  ...nodeFields,
  place: detailField('Meeting', 'place', findMeetingDetails, null),
  event: detailField('Meeting', 'event', findMeetingDetails, null),
  participants: detailField('Meeting', 'participants', findMeetingDetails, []),
  evidence: evidenceField('Meeting'),
};

export const Event: EventResolvers = {
  ...nodeFields,
  aliases: aliasesField,
  place: detailField('Event', 'place', findEventDetails, null),
  attendees: detailField('Event', 'attendees', findEventDetails, []),
  meetings: detailField('Event', 'meetings', findEventDetails, []),
  mentionedIn: mentionedInField('Event'),
  evidence: evidenceField('Event'),
};

export const Partnership: PartnershipResolvers = {
  ...nodeFields,
  sinceBasis: (parent) => parent.sinceBasis ?? 'unknown',
  // Ties seeded before statuses existed have none: they were read as holding.
  status: (parent) => parent.status ?? 'active',
  ends: detailField('Partnership', 'ends', findPartnershipDetails, []),
  evidence: evidenceField('Partnership'),
};

/** "more than 250 sister city pairs"; "exactly" is left unsaid. */
export function figureStatement(figure: CountryFigureRecord): string {
  const qualifier = figure.qualifier && figure.qualifier !== 'exactly' ? `${figure.qualifier} ` : '';
  return `${qualifier}${String(figure.value)} ${String(figure.metric)}`;
}

const figureCountries = detailField('CountryFigure', 'countries', findCountryFigureDetails, []);
const figurePlaces = detailField('CountryFigure', 'places', findCountryFigureDetails, []);

export const CountryFigure: CountryFigureResolvers = {
  ...nodeFields,
  statement: figureStatement,
  countries: figureCountries,
  places: figurePlaces,
  subjects: async (parent, args, ctx) => {
    const [countries, places] = await Promise.all([
      figureCountries(parent, args, ctx),
      figurePlaces(parent, args, ctx),
    ]);
    return [...countries, ...places].slice(0, MAX_FIGURE_SUBJECTS);
  },
  statedBy: detailField('CountryFigure', 'statedBy', findCountryFigureDetails, null),
  evidence: evidenceField('CountryFigure'),
};

/** `figures` of a place or a country: the figures about it (and with `includePlacesWithin`, about places within it). */
export function figuresAboutField(label: 'Place' | 'Country') {
  return pagedField({
    name: `figuresAbout.${label}`,
    options: (args: PageArgs & { includePlacesWithin?: boolean | null }) => args.includePlacesWithin ?? false,
    find: (reader, ids, window, includePlacesWithin) =>
      findFiguresAbout(reader, label, ids, includePlacesWithin, window),
  });
}

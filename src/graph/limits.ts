/**
 * Every bound on what one request can read, in one place: page sizes, the lists that take no page size, traversal
 * depths and lengths, and the guards that refuse a request before it runs. The query builders put them into Cypher,
 * the resolvers check arguments against them, and the result budget multiplies them; `schema.graphql` states the
 * defaults and ranges to clients, and a unit test (test/unit/graph/limits.test.ts) fails when it says otherwise.
 */

/** `first` of a paged list when the client gives none. */
export const DEFAULT_PAGE_SIZE = 20;
/** Larger pages are refused, not cut, so that a client never mistakes a cut page for the whole list. */
export const MAX_PAGE_SIZE = 100;
/** The most evidence items returned for one fact. */
export const MAX_EVIDENCE = 100;

/** The most participants (or attendees, or meetings of an event) returned with one meeting or event. */
export const MAX_PARTICIPANTS = 50;
/** The most meetings listed with one encounter (`met`); the count is exact regardless. */
export const MAX_MEETINGS_PER_ENCOUNTER = 20;
/** The most figures returned for one pair of countries. */
export const MAX_FIGURES = 100;
/**
 * The most countries, and the most places, listed as subjects of one figure. Figures count things about one place,
 * a pair or a handful ("Spain, Portugal and Brazil count 140 pairs among them"); fifty covers a continent's countries.
 */
export const MAX_FIGURE_SUBJECTS = 50;

/** Depth of a neighbourhood when the client gives none. */
export const DEFAULT_NEIGHBOURHOOD_DEPTH = 1;
/** Deeper than 3 hops, a neighbourhood in a news graph is most of the graph. */
export const MAX_NEIGHBOURHOOD_DEPTH = 3;
/** Nodes of a neighbourhood (besides its centre) when the client gives no `first`. */
export const DEFAULT_NEIGHBOURHOOD_NODES = 50;
/** The most nodes a neighbourhood returns (besides its centre); more sets `truncated`. */
export const MAX_NEIGHBOURHOOD_NODES = 200;
/** The most edges a neighbourhood returns; more sets `truncated`. */
export const MAX_NEIGHBOURHOOD_EDGES = 1000;
/** Longest connection searched for when the client gives no `maxLength`: a chain of eight ties between two places. */
export const DEFAULT_CONNECTION_LENGTH = 8;
/**
 * Longest connection searched for: a chain of eight ties, plus the hops from a person to a place (an office and its
 * place, or a meeting and where it was held) at each end. Longer chains connect nearly everything to everything.
 */
export const MAX_CONNECTION_LENGTH = 12;
/** How far down `WITHIN` a place's meetings are gathered from (a city's meetings count for its prefecture). */
export const MEETING_CONTAINMENT_DEPTH = 3;
/** How far down `WITHIN` a place's figures are gathered from when places within it are asked for too. */
export const FIGURE_CONTAINMENT_DEPTH = 3;

/** Deep enough for place -> partners -> edges -> partnership -> evidence -> document -> title (7) and some more. */
export const MAX_QUERY_DEPTH = 10;
/** Aliases multiply root fields; a handful covers comparing a few places side by side. */
export const MAX_ALIASES = 15;
/**
 * graphql-armor's cost (objects 2, scalars 1, times 1.5 per level, times `first`, written or in a variable). It misses
 * `first` left to its default, which `use-result-budget` counts; this one is the coarse first check: 100 places with
 * their partners, officials and a sentence of evidence per tie (about 44,000) pass, fifteen depth-3 neighbourhoods of
 * 200 nodes (89,250) do not.
 */
export const MAX_QUERY_COST = 50_000;
/**
 * The most nodes a request may ask for in the worst case, every page full. The estimate is pessimistic (a place
 * with all its lists at default page sizes counts about 2,500), so the budget is generous; what it stops is nesting
 * pages in pages: 100 places with 100 partners each with 20 sentences of evidence is 200,000 and refused.
 */
export const MAX_ESTIMATED_NODES = 100_000;

/**
 * The most nodes or relationships one page of `npm run export` reads: a page with its properties is a few megabytes.
 */
export const EXPORT_PAGE_SIZE = 1000;

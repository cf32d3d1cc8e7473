// @ts-check
/**
 * The explorer's only way to the data: the public GraphQL API at /graphql, with the same queries a user could paste
 * into GraphiQL.
 */

/**
 * @typedef {object} EvidenceView
 * @property {string} sentence
 * @property {number | null} start
 * @property {number | null} end
 * @property {number | null} confidence
 * @property {{ id: string, title: string, date: string | null, source: string | null, url: string | null }} document
 */
/**
 * @typedef {{
 *   __typename: 'Place' | 'Country', id: string, name: string, countryCode?: string | null, code?: string,
 *   lat?: number | null, lng?: number | null
 * }} LocationView
 */
/**
 * @typedef {object} TieView
 * @property {string} id
 * @property {string} name
 * @property {string} kind
 * @property {number | null} since
 * @property {string} sinceBasis
 * @property {string | null} sinceNote
 * @property {number | null} until
 * @property {EvidenceView[]} evidence
 */
/**
 * @typedef {object} MeetingView
 * @property {string} id
 * @property {string} name
 * @property {string | null} date
 * @property {LocationView | null} place
 * @property {{ id: string, name: string }[]} participants
 * @property {EvidenceView[]} evidence
 */
/**
 * @typedef {object} PlaceView
 * @property {string} id
 * @property {string} name
 * @property {string | null} kind
 * @property {string | null} countryCode
 * @property {number | null} lat
 * @property {number | null} lng
 * @property {{ name: string } | null} country
 * @property {{ totalCount: number, edges: { node: LocationView, partnership: TieView }[] }} partners
 * @property {{ totalCount: number, nodes: MeetingView[] }} meetings
 */
/** @typedef {{ id: string, name: string, kind?: string | null, countryCode?: string | null }} SearchHit */

/**
 * Ties and meetings shown at most; the page says when a place has more. With five sentences of evidence each, 40 of
 * both is about 48,500 of the API's cost limit of 50,000 (src/graph/limits.ts), which counts `$first` as written.
 */
export const PAGE = 40;

const EVIDENCE = 'evidence(first: 5) { sentence start end confidence document { id title date source url } }';
const LOCATION = '__typename ... on Place { id name countryCode lat lng } ... on Country { id name code }';

const SEARCH_QUERY = `query ExplorerSearch($text: String!) {
  search(text: $text, labels: [Place], first: 12) { totalCount nodes { id name ... on Place { kind countryCode } } }
}`;

const PLACE_QUERY = `query ExplorerPlace($id: ID!, $first: Int!) {
  place(id: $id) {
    id name kind countryCode lat lng country { name }
    partners(first: $first) {
      totalCount
      edges { node { ${LOCATION} } partnership { id name kind since sinceBasis sinceNote until ${EVIDENCE} } }
    }
    meetings(first: $first) {
      totalCount
      nodes { id name date place { ${LOCATION} } participants { id name } ${EVIDENCE} }
    }
  }
}`;

/**
 * Posts a query to the API; throws with the API's own messages when it answers with errors.
 * @param {string} query
 * @param {Record<string, unknown>} variables
 * @returns {Promise<any>}
 */
async function graphql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => null);
  if (!body || body.errors) {
    const messages =
      body?.errors?.map((/** @type {{ message: string }} */ error) => error.message).join('; ') ??
      `HTTP ${response.status}`;
    throw new Error(`The API answered: ${messages}`);
  }
  return body.data;
}

/**
 * Places whose name or an alias contains `text`.
 * @param {string} text
 * @returns {Promise<{ totalCount: number, nodes: SearchHit[] }>}
 */
export async function searchPlaces(text) {
  return (await graphql(SEARCH_QUERY, { text })).search;
}

/**
 * A place with its partners, its meetings and the evidence of each; null when the id is unknown.
 * @param {string} id
 * @returns {Promise<PlaceView | null>}
 */
export async function loadPlace(id) {
  return (await graphql(PLACE_QUERY, { id, first: PAGE })).place;
}

/**
 * `place(id) { ... partners { ... } }` as one Cypher query (graph/queries/place-partners.ts), shaped by the request:
 * the place, one page of partners, each tie, its evidence and its ends, with only the properties selected. The
 * partners and evidence it fetched are left beside the records (prefetched.ts) for the field resolvers to take; any
 * field it did not fetch (another page of partners under an alias, a partner's own officials) loads in a batch as
 * before.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_EVIDENCE } from '../../graph/limits.ts';
import { findPlaceWithPartners, type PartnersShape } from '../../graph/queries/place-partners.ts';
import type { PageWindow } from '../../graph/queries/read.ts';
import type { PlaceRecord } from '../../graph/queries/records.ts';
import type { PartnerItem } from '../../graph/queries/places.ts';
import type { ApiContext } from '../context.ts';
import { boundedInt } from '../guards.ts';
import { pageWindow } from '../pagination.ts';
import { pagedFieldKey, setArgument } from '../resolvers/paged-field.ts';
import { evidenceKey } from '../resolvers/shared.ts';
import { rememberAnswer } from './prefetched.ts';
import { tieShape } from './node-shapes.ts';
import { propertiesFor } from './projection.ts';
import { Selection } from './selection.ts';

/**
 * The place with its first selection of `partners` fetched, or null when the request does not select partners (or
 * selects them with arguments the field itself will reject): then the caller looks the place up as usual.
 */
export function placeWithPartners(
  ctx: ApiContext,
  id: string,
  info: GraphQLResolveInfo,
): Promise<PlaceRecord | null> | null {
  const place = Selection.of(info, info.fieldNodes, 'Place');
  const [partnersNodes] = place.named('partners');
  if (!partnersNodes) return null;
  const args = place.argumentsOf(partnersNodes) as {
    kinds?: string[] | null;
    first?: number | null;
    after?: string | null;
    orderBy?: string | null;
  };
  const order = args.orderBy ?? 'OLDEST_FIRST';
  const window = attempt(() => pageWindow(args));
  // The shaped query orders oldest first; other orders load through the field as before.
  if (!window || order !== 'OLDEST_FIRST') return null;
  const kinds = setArgument(args.kinds);
  const shape = partnersShape(Selection.of(info, partnersNodes, 'PartnerConnection'), kinds, window);
  return fetchAndRemember(ctx, id, propertiesFor([place]), shape, pagedFieldKey('partners', { kinds, order }, window));
}

function partnersShape(connection: Selection, kinds: string[] | null, window: PageWindow): PartnersShape {
  const edge = connection.child('edges', 'PartnerEdge');
  const tie = edge?.child('partnership', 'Partnership') ?? null;
  const evidenceSelections = tie?.named('evidence') ?? [];
  // Several selections of evidence with different `first` are left to the field (rare); one is fetched here.
  const limits = new Set(
    evidenceSelections.map((nodes) => attempt(() => evidenceLimit(tie!.argumentsOf(nodes).first as number | null))),
  );
  const [limit] = limits;
  const evidence = tie?.child('evidence', 'Evidence') ?? null;
  const evidenceFields = evidence
    ? [...evidence.leafFieldNames(), ...evidence.objectFieldNames()].filter((name) => name !== 'document')
    : [];
  const fetchesEvidence = limits.size === 1 && limit !== null && limit !== undefined;
  return {
    kinds,
    window,
    node: propertiesFor([edge?.child('node', 'Place') ?? null, edge?.child('node', 'Country') ?? null], {
      abstract: true,
    }),
    ...tieShape([tie], fetchesEvidence ? ['evidence'] : []),
    evidence: fetchesEvidence
      ? { limit, fields: evidenceFields, document: propertiesFor([evidence?.child('document', 'Document') ?? null]) }
      : null,
  };
}

async function fetchAndRemember(
  ctx: ApiContext,
  id: string,
  placeProperties: ReturnType<typeof propertiesFor>,
  shape: PartnersShape,
  partnersKey: string,
): Promise<PlaceRecord | null> {
  const found = await findPlaceWithPartners(ctx.reader, id, placeProperties, shape);
  if (!found) return null;
  const items: PartnerItem[] = found.partners.items.map(({ node, partnership, evidence }) => {
    if (shape.evidence) rememberAnswer(partnership, evidenceKey('Partnership', shape.evidence.limit), evidence ?? []);
    return { node, partnership };
  });
  rememberAnswer(found.place, partnersKey, { totalCount: found.partners.totalCount, items });
  return found.place;
}

function evidenceLimit(first: number | null | undefined): number {
  return boundedInt(first, DEFAULT_PAGE_SIZE, 1, MAX_EVIDENCE, 'evidence(first)');
}

/** The value, or null when computing it throws (the field's own resolver will then throw the same error). */
function attempt<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch {
    return null;
  }
}

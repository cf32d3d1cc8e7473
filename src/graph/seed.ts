/**
 * Writes one document's facts to the graph, in one transaction: either all of the document lands or none of it.
 *
 * Re-seeding a document first removes what that document said (its sentences and the evidence hanging on them),
 * then writes its facts again with MERGE on stable ids, then deletes the nodes that only this document supported.
 * So seeding twice gives the same graph, and a corrected facts file replaces what the old one said.
 */
import type { Driver, ManagedTransaction, ResultSummary } from 'neo4j-driver';
import { EVIDENCED_LABELS, labelOfId, MENTIONED_LABELS, PLACE_LABELS, type EvidencedLabel } from './model.ts';
import type { GraphPlan, Ref } from './plan.ts';

export interface SeedResult {
  documentId: string;
  /** 'unchanged' when the document and its facts were seeded before exactly as they are now. */
  status: 'seeded' | 'unchanged';
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

// Labels and relationship types are never parameters in Cypher; the few that vary come from the model's fixed lists.

// Countries stay when no sentence supports them any more: other documents' places and people point at them by code.
const ORPHAN_LABELS: readonly EvidencedLabel[] = EVIDENCED_LABELS.filter((label) => label !== 'Country');

/**
 * A subquery body that finds a node by id whose label a row names, one UNION branch per allowed label: labels cannot
 * be parameters, and a branch per label keeps every lookup a seek on that label's id constraint.
 */
function matchByLabel(variable: string, idExpr: string, labelExpr: string, labels: readonly string[]): string {
  return labels
    .map((label) => `\n      WITH row WHERE ${labelExpr} = '${label}' MATCH (${variable}:${label} {id: ${idExpr}}) RETURN ${variable}`)
    .join('\n      UNION ALL');
}

/**
 * Cypher for a list property that only grows: what it holds plus what a row brings, each value once, in order, and
 * never the node's own name. Aliases only grow: another document may know a spelling this one does not.
 */
function grownList(current: string, added: string, except?: string): string {
  const skip = except ? ` OR x = ${except}` : '';
  return `reduce(acc = [], x IN coalesce(${current}, []) + ${added} | CASE WHEN x IN acc${skip} THEN acc ELSE acc + x END)`;
}

export const SEED_CYPHER = {
  unchanged: `
    MATCH (d:Document {id: $id})
    RETURN d.contentHash = $contentHash AND d.factsHash = $factsHash AS unchanged`,

  /** What this document supported before, so that what nothing else supports can be removed afterwards. */
  previouslyEvidenced: `
    MATCH (:Document {id: $id})<-[:IN]-(:Sentence)<-[:EVIDENCED_BY]-(n)
    RETURN collect(DISTINCT n.id) AS ids`,

  forgetDocument: `
    MATCH (d:Document {id: $id})
    OPTIONAL MATCH (d)-[m:MENTIONS]->()
    DELETE m
    WITH DISTINCT d
    OPTIONAL MATCH (d)<-[:IN]-(s:Sentence)
    DETACH DELETE s`,

  document: `
    MERGE (d:Document {id: $row.id})
    SET d += $row`,

  sentences: `
    UNWIND $rows AS row
    MATCH (d:Document {id: row.documentId})
    MERGE (s:Sentence {id: row.id})
    SET s += row
    MERGE (s)-[:IN]->(d)`,

  countries: `
    UNWIND $rows AS row
    MERGE (c:Country {id: row.id})
    ON CREATE SET c.code = row.code, c.name = row.name
    SET c.aliases = ${grownList('c.aliases', 'row.aliases', 'c.name')},
        c.nameKeys = ${grownList('c.nameKeys', 'row.nameKeys')}`,

  places: `
    UNWIND $rows AS row
    MERGE (p:Place {id: row.id})
    SET p.name = row.name, p.kind = row.kind, p.countryCode = row.countryCode,
        p.lat = coalesce(row.lat, p.lat), p.lng = coalesce(row.lng, p.lng),
        p.geonamesId = coalesce(row.geonamesId, p.geonamesId), p.wikidataId = coalesce(row.wikidataId, p.wikidataId),
        p.aliases = ${grownList('p.aliases', 'row.aliases', 'row.name')},
        p.nameKeys = ${grownList('p.nameKeys', 'row.nameKeys')}
    WITH p, row WHERE row.countryId IS NOT NULL
    MATCH (c:Country {id: row.countryId})
    MERGE (p)-[:IN_COUNTRY]->(c)`,

  containment: `
    UNWIND $rows AS row
    MATCH (p:Place {id: row.placeId}), (w:Place {id: row.withinId})
    MERGE (p)-[:WITHIN]->(w)`,

  people: `
    UNWIND $rows AS row
    MERGE (p:Person {id: row.id})
    SET p.name = row.name, p.countryCode = coalesce(row.countryCode, p.countryCode),
        p.aliases = ${grownList('p.aliases', 'row.aliases', 'row.name')},
        p.nameKeys = ${grownList('p.nameKeys', 'row.nameKeys')}
    WITH p, row WHERE row.countryId IS NOT NULL
    MATCH (c:Country {id: row.countryId})
    MERGE (p)-[:FROM]->(c)`,

  offices: `
    UNWIND $rows AS row
    MATCH (p:Person {id: row.personId})
    MERGE (o:Office {id: row.id})
    SET o.name = row.name, o.title = row.title
    MERGE (p)-[h:HOLDS]->(o)
    SET h.former = row.former`,

  events: `
    UNWIND $rows AS row
    MERGE (e:Event {id: row.id})
    SET e.name = row.name, e.date = row.date, e.year = row.year,
        e.aliases = coalesce(e.aliases, []), e.nameKeys = ${grownList('e.nameKeys', 'row.nameKeys')}
    WITH e, row
    UNWIND row.attendeeIds AS personId
    MATCH (p:Person {id: personId})
    MERGE (p)-[:ATTENDED]->(e)`,

  meetings: `
    UNWIND $rows AS row
    MERGE (m:Meeting {id: row.id})
    SET m.name = row.name, m.date = row.date, m.year = row.year
    WITH m, row
    UNWIND row.participantIds AS personId
    MATCH (p:Person {id: personId})
    MERGE (p)-[:ATTENDED]->(m)`,

  meetingEvents: `
    UNWIND $rows AS row
    MATCH (m:Meeting {id: row.meetingId}), (e:Event {id: row.eventId})
    MERGE (m)-[:DURING]->(e)`,

  partnerships: `
    UNWIND $rows AS row
    MERGE (t:Partnership {id: row.id})
    SET t.name = row.name, t.kind = row.kind, t.since = row.since, t.sinceBasis = row.sinceBasis,
        t.sinceNote = row.sinceNote, t.until = row.until`,

  figures: `
    UNWIND $rows AS row
    MERGE (f:CountryFigure {id: row.id})
    SET f.name = row.name, f.metric = row.metric, f.value = row.value, f.qualifier = row.qualifier, f.asOf = row.asOf
    WITH f, row
    UNWIND row.countryIds AS countryId
    MATCH (c:Country {id: countryId})
    MERGE (f)-[:ABOUT]->(c)`,

  figureSources: `
    UNWIND $rows AS row
    MATCH (f:CountryFigure {id: row.figureId}), (p:Person {id: row.personId})
    MERGE (f)-[:STATED_BY]->(p)`,

  /** `(fact)-[type]->(:Place|:Country)`: an office's place, where a meeting or event was held. */
  linkToPlace: (fromLabel: 'Office' | 'Meeting' | 'Event', type: 'OF' | 'HELD_IN') => `
    UNWIND $rows AS row
    MATCH (f:${fromLabel} {id: row.fromId})
    CALL (row) {${matchByLabel('p', 'row.toId', 'row.toLabel', PLACE_LABELS)}
    }
    MERGE (f)-[:${type}]->(p)`,

  partyTo: `
    UNWIND $rows AS row
    MATCH (t:Partnership {id: row.partnershipId})
    CALL (row) {${matchByLabel('p', 'row.placeId', 'row.label', PLACE_LABELS)}
    }
    MERGE (p)-[:PARTY_TO]->(t)`,

  evidence: `
    UNWIND $rows AS row
    MATCH (s:Sentence {id: row.sentenceId})
    CALL (row) {${matchByLabel('n', 'row.factId', 'row.label', EVIDENCED_LABELS)}
    }
    MERGE (n)-[e:EVIDENCED_BY]->(s)
    SET e.confidence = row.confidence`,

  mentions: `
    MATCH (d:Document {id: $documentId})
    UNWIND $rows AS row
    CALL (row) {${matchByLabel('n', 'row.entityId', 'row.label', MENTIONED_LABELS)}
    }
    MERGE (d)-[:MENTIONS]->(n)`,

  /** Nodes this document supported that no sentence supports any more. */
  orphans: `
    UNWIND $rows AS row
    CALL (row) {${matchByLabel('n', 'row.id', 'row.label', ORPHAN_LABELS)}
    }
    WITH n WHERE NOT (n)-[:EVIDENCED_BY]->()
    DETACH DELETE n`,
} as const;

interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/**
 * Sends a statement without waiting for its answer: the driver pipelines the statements of a transaction, so a
 * document costs one round trip's latency rather than one per statement. `settle` then waits for all of them.
 */
function run(tx: ManagedTransaction, pending: Promise<ResultSummary>[], cypher: string, params: Record<string, unknown>): void {
  if ('rows' in params && Array.isArray(params.rows) && params.rows.length === 0) return;
  pending.push(tx.run(cypher, params).summary());
}

async function settle(pending: Promise<ResultSummary>[]): Promise<Counters> {
  const counters: Counters = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
  for (const summary of await Promise.all(pending)) {
    const updates = summary.counters.updates();
    counters.nodesCreated += updates.nodesCreated;
    counters.nodesDeleted += updates.nodesDeleted;
    counters.relationshipsCreated += updates.relationshipsCreated;
    counters.relationshipsDeleted += updates.relationshipsDeleted;
    counters.propertiesSet += updates.propertiesSet;
  }
  return counters;
}


/** Writes the plan of one document in one write transaction. Skips the work when nothing changed, unless `force`. */
export async function seedPlan(
  driver: Driver,
  plan: GraphPlan,
  options: { database?: string; force?: boolean } = {},
): Promise<SeedResult> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      const id = plan.document.id;
      if (!options.force) {
        const check = await tx.run(SEED_CYPHER.unchanged, { id, contentHash: plan.document.contentHash, factsHash: plan.document.factsHash });
        if (check.records[0]?.get('unchanged') === true) return { documentId: id, status: 'unchanged', ...(await settle([])) };
      }

      const before = await tx.run(SEED_CYPHER.previouslyEvidenced, { id });
      const previousIds: string[] = before.records[0]?.get('ids') ?? [];
      const pending: Promise<ResultSummary>[] = [];
      run(tx, pending, SEED_CYPHER.forgetDocument, { id });

      run(tx, pending, SEED_CYPHER.document, { row: plan.document });
      run(tx, pending, SEED_CYPHER.sentences, { rows: plan.sentences });
      run(tx, pending, SEED_CYPHER.countries, { rows: plan.countries });
      run(tx, pending, SEED_CYPHER.places, { rows: plan.places });
      run(tx, pending, SEED_CYPHER.containment, { rows: plan.containment });
      run(tx, pending, SEED_CYPHER.people, { rows: plan.people });
      run(tx, pending, SEED_CYPHER.offices, { rows: plan.offices });
      run(tx, pending, SEED_CYPHER.events, { rows: plan.events });
      run(tx, pending, SEED_CYPHER.meetings, { rows: plan.meetings });
      run(tx, pending, SEED_CYPHER.meetingEvents, {
        rows: plan.meetings.filter((m) => m.eventId).map((m) => ({ meetingId: m.id, eventId: m.eventId })),
      });
      run(tx, pending, SEED_CYPHER.partnerships, { rows: plan.partnerships });
      run(tx, pending, SEED_CYPHER.figures, { rows: plan.figures });
      run(tx, pending, SEED_CYPHER.figureSources, {
        rows: plan.figures.filter((f) => f.statedById).map((f) => ({ figureId: f.id, personId: f.statedById })),
      });

      const toPlace = (rows: { fromId: string; ref: Ref | null }[]) =>
        rows.filter((r) => r.ref).map((r) => ({ fromId: r.fromId, toId: r.ref!.id, toLabel: r.ref!.label }));
      run(tx, pending, SEED_CYPHER.linkToPlace('Office', 'OF'), { rows: toPlace(plan.offices.map((o) => ({ fromId: o.id, ref: o.of }))) });
      run(tx, pending, SEED_CYPHER.linkToPlace('Meeting', 'HELD_IN'), { rows: toPlace(plan.meetings.map((m) => ({ fromId: m.id, ref: m.place }))) });
      run(tx, pending, SEED_CYPHER.linkToPlace('Event', 'HELD_IN'), { rows: toPlace(plan.events.map((e) => ({ fromId: e.id, ref: e.place }))) });
      run(tx, pending, SEED_CYPHER.partyTo, {
        rows: plan.partnerships.flatMap((t) => [t.a, t.b].map((end) => ({ partnershipId: t.id, placeId: end.id, label: end.label }))),
      });
      run(tx, pending, SEED_CYPHER.evidence, { rows: plan.evidence });
      run(tx, pending, SEED_CYPHER.mentions, { documentId: id, rows: plan.mentions });
      run(tx, pending, SEED_CYPHER.orphans, {
        rows: previousIds
          .map((nodeId) => ({ id: nodeId, label: labelOfId(nodeId) }))
          .filter((row) => row.label && (ORPHAN_LABELS as readonly string[]).includes(row.label)),
      });
      return { documentId: id, status: 'seeded', ...(await settle(pending)) };
    });
  } finally {
    await session.close();
  }
}

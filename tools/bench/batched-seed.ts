/**
 * The benchmark's own batched seeding, the baseline issue 8 compares the seeder with: the seeder's statements
 * (SEED_CYPHER) run once per label for many documents together (one UNWIND over all their rows), one transaction per
 * group of documents, instead of one transaction per document. It only writes (a fresh database has nothing to
 * forget), which is what the bench compares it with: the seeder on a fresh database.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { GraphPlan, Ref } from '../../src/graph/plan.ts';
import { SEED_CYPHER } from '../../src/graph/seed.ts';
import { batches } from '../../src/import/twinned-cities-import.ts';

const DOCUMENTS = `
  UNWIND $rows AS row
  MERGE (d:Document {id: row.id})
  SET d += row`;

/** Mentions across documents: each row names its document (SEED_CYPHER.mentions takes one document). */
const MENTIONS = `
  UNWIND $rows AS row
  MATCH (d:Document {id: row.documentId})
  CALL (row) {
    WITH row WHERE row.label = 'Place' MATCH (n:Place {id: row.entityId}) RETURN n
    UNION ALL
    WITH row WHERE row.label = 'Country' MATCH (n:Country {id: row.entityId}) RETURN n
    UNION ALL
    WITH row WHERE row.label = 'Person' MATCH (n:Person {id: row.entityId}) RETURN n
    UNION ALL
    WITH row WHERE row.label = 'Event' MATCH (n:Event {id: row.entityId}) RETURN n
  }
  MERGE (d)-[:MENTIONS]->(n)`;

const toPlace = (rows: { fromId: string; ref: Ref | null }[]) =>
  rows.filter((r) => r.ref).map((r) => ({ fromId: r.fromId, toId: r.ref!.id, toLabel: r.ref!.label }));

/** The statements and their rows for a group of documents, in the order the seeder runs them. */
function statements(plans: GraphPlan[]): [string, unknown[]][] {
  const all = <K extends keyof GraphPlan>(key: K) => plans.flatMap((p) => p[key] as unknown[]);
  const meetings = plans.flatMap((p) => p.meetings);
  const figures = plans.flatMap((p) => p.figures);
  return [
    [DOCUMENTS, plans.map((p) => p.document)],
    [SEED_CYPHER.sentences, all('sentences')],
    [SEED_CYPHER.countries, all('countries')],
    [SEED_CYPHER.places, all('places')],
    [SEED_CYPHER.containment, all('containment')],
    [SEED_CYPHER.people, all('people')],
    [SEED_CYPHER.offices, all('offices')],
    [SEED_CYPHER.events, all('events')],
    [SEED_CYPHER.meetings, meetings],
    [SEED_CYPHER.meetingEvents, meetings.filter((m) => m.eventId).map((m) => ({ meetingId: m.id, eventId: m.eventId }))],
    [SEED_CYPHER.partnerships, all('partnerships')],
    [SEED_CYPHER.figures, figures],
    [SEED_CYPHER.figureSources, figures.filter((f) => f.statedById).map((f) => ({ figureId: f.id, personId: f.statedById }))],
    [SEED_CYPHER.linkToPlace('Office', 'OF'), toPlace(plans.flatMap((p) => p.offices.map((o) => ({ fromId: o.id, ref: o.of }))))],
    [SEED_CYPHER.linkToPlace('Meeting', 'HELD_IN'), toPlace(meetings.map((m) => ({ fromId: m.id, ref: m.place })))],
    [SEED_CYPHER.linkToPlace('Event', 'HELD_IN'), toPlace(plans.flatMap((p) => p.events.map((e) => ({ fromId: e.id, ref: e.place }))))],
    [
      SEED_CYPHER.partyTo,
      plans.flatMap((p) => p.partnerships.flatMap((t) => [t.a, t.b].map((end) => ({ partnershipId: t.id, placeId: end.id, label: end.label })))),
    ],
    [SEED_CYPHER.evidence, all('evidence')],
    [MENTIONS, plans.flatMap((p) => p.mentions.map((m) => ({ ...m, documentId: p.document.id })))],
  ];
}

async function writeGroup(tx: ManagedTransaction, plans: GraphPlan[]): Promise<void> {
  // Sent without waiting for each answer: the driver pipelines a transaction's statements, as the seeder does.
  const pending = statements(plans)
    .filter(([, rows]) => rows.length > 0)
    .map(([cypher, rows]) => tx.run(cypher, { rows }).summary());
  await Promise.all(pending);
}

/** Seeds the plans `perTransaction` documents at a time. */
export async function seedBatched(driver: Driver, plans: GraphPlan[], perTransaction = 50): Promise<void> {
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    for (const group of batches(plans, perTransaction)) await session.executeWrite((tx) => writeGroup(tx, group));
  } finally {
    await session.close();
  }
}

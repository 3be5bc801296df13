import { EntityManager, In } from 'typeorm';
import type { FrozenDocument } from '../../workflows/cycle-engine';
import { DocumentObservation } from './document-observation.entity';
import type { PlannedObservation } from './observation-rules';

// Every query of document_observations, each inside its caller's transaction.

/** The observations of one return or denial, in one statement, as its history entry lists them. */
export async function insertObservations(
  manager: EntityManager,
  cycleId: string,
  eventSeq: number,
  author: { id: string; name: string },
  planned: readonly PlannedObservation[],
): Promise<void> {
  if (planned.length === 0) return;
  await manager.query(
    `INSERT INTO document_observations (id, cycle_id, document_kind, document_version, position, path, item_id, text,
                                        author_id, author_name, author_role, event_seq)
     SELECT o.id, $1, o.kind, o.version, o.position, o.path, o.item_id, o.text, $2, $3, o.author_role, $4
     FROM unnest($5::uuid[], $6::text[], $7::int[], $8::smallint[], $9::text[], $10::text[], $11::text[], $12::text[])
          AS o(id, kind, version, position, path, item_id, text, author_role)`,
    [
      cycleId,
      author.id,
      author.name,
      eventSeq,
      planned.map((o) => o.id),
      planned.map((o) => o.kind),
      planned.map((o) => o.version),
      planned.map((o) => o.position),
      planned.map((o) => o.path),
      planned.map((o) => o.itemId),
      planned.map((o) => o.text),
      planned.map((o) => o.authorRole),
    ],
  );
}

/** At a submission: what the authors marked addressed was addressed by the version now frozen. */
export async function markAddressed(
  manager: EntityManager,
  cycleId: string,
  frozen: readonly Pick<FrozenDocument, 'kind' | 'version'>[],
): Promise<void> {
  if (frozen.length === 0) return;
  await manager.query(
    `UPDATE document_observations o SET addressed_in_version = f.version
     FROM unnest($2::text[], $3::int[]) AS f(kind, version)
     WHERE o.cycle_id = $1 AND o.document_kind = f.kind AND o.status = 'addressed' AND o.addressed_in_version IS NULL`,
    [cycleId, frozen.map((f) => f.kind), frozen.map((f) => f.version)],
  );
}

/** Newest round first; within a round, as the reviewer wrote them. */
export function observationsOfCycle(
  manager: EntityManager,
  cycleId: string,
  kinds?: readonly string[],
): Promise<DocumentObservation[]> {
  return manager.find(DocumentObservation, {
    where: kinds ? { cycleId, documentKind: In([...kinds]) } : { cycleId },
    order: { eventSeq: 'DESC', position: 'ASC' },
  });
}

import type { ItemObservation } from '../../templates/record-data';
import type { DocumentObservation, ObservationAuthorRole, ObservationStatus } from './document-observation.entity';
import type { ObservationEvent } from './observation-rules';

export interface ObservationView {
  id: string;
  cycleId: string;
  kind: string;
  /** The version reviewed. */
  documentVersion: number;
  path: string;
  itemId: string | null;
  text: string;
  author: { id: string; name: string; role: ObservationAuthorRole };
  /** The history entry of the return or denial (its round). */
  eventSeq: number;
  eventType: ObservationEvent;
  createdAt: string;
  status: ObservationStatus;
  answer: string | null;
  answeredBy: { id: string; name: string } | null;
  answeredAt: string | null;
  /** The version submitted after the authors marked it addressed. */
  addressedInVersion: number | null;
}

export const toObservationView = (o: DocumentObservation): ObservationView => ({
  id: o.id,
  cycleId: o.cycleId,
  kind: o.documentKind,
  documentVersion: o.documentVersion,
  path: o.path,
  itemId: o.itemId,
  text: o.text,
  author: { id: o.authorId, name: o.authorName, role: o.authorRole },
  eventSeq: o.eventSeq,
  eventType: o.authorRole === 'agency_head' ? 'RETURN' : 'DENY_VISA',
  createdAt: o.createdAt.toISOString(),
  status: o.status,
  answer: o.answer,
  answeredBy: o.answeredById ? { id: o.answeredById, name: o.answeredByName ?? '' } : null,
  answeredAt: o.answeredAt ? o.answeredAt.toISOString() : null,
  addressedInVersion: o.addressedInVersion,
});

// As a record prints it (templates/record-data.ts).
export const toItemObservation = (o: DocumentObservation): ItemObservation => ({
  kind: o.documentKind,
  version: o.documentVersion,
  path: o.path,
  itemId: o.itemId,
  text: o.text,
  status: o.status,
  answer: o.answer,
  answeredBy: o.answeredByName,
  answeredAt: o.answeredAt ? o.answeredAt.toISOString() : null,
  addressedInVersion: o.addressedInVersion,
});

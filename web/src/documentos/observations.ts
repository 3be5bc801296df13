import { historyEntryLabel, observationStatusLabel, roleLabel } from '@procedure/labels';
import type { ItemObservation } from '../api/types';
import { formatDateTime } from '../ui/format';

// How an observation on an item is told: who made it, in which round, where the authors stand.

/** Rounds of review of a cycle (each return or denial), numbered from the first: seq → 1, 2, … */
export function roundsOf(observations: readonly ItemObservation[]): Map<number, number> {
  const seqs = [...new Set(observations.map((o) => o.eventSeq))].sort((a, b) => a - b);
  return new Map(seqs.map((seq, index) => [seq, index + 1]));
}

/** "María Pérez · Jefe/a de Servicio · Ronda 1: Devuelto por la Jefatura con observaciones, 3 de marzo de 2027 a las 10:00". */
export function observationOrigin(observation: ItemObservation, round: number | undefined): string {
  return [
    observation.author.name,
    roleLabel(observation.author.role),
    `${round === undefined ? '' : `Ronda ${round}: `}${historyEntryLabel(observation.eventType)}, ${formatDateTime(observation.createdAt)}`,
  ].join(' · ');
}

export const statusOf = (o: ItemObservation): string => observationStatusLabel(o.status, o.addressedInVersion);

export const STATUS_COLORS: Readonly<Record<ItemObservation['status'], string>> = {
  open: 'red.9',
  answered: 'gobBlue.8',
  addressed: '#1e6b2f',
};

/** Observations of one document, newest round first, as the reviewer wrote them within a round. */
export const observationsOfKind = (observations: readonly ItemObservation[], kind: string): ItemObservation[] =>
  observations.filter((o) => o.kind === kind).sort((a, b) => b.eventSeq - a.eventSeq);

export const isOpen = (o: ItemObservation): boolean => o.status === 'open';

import type { CycleEventType, CycleView as MachineView } from '../../workflows/cycle-engine';
import type { RegisterDocumentKind } from '../../workflows/document-kinds';
import type { Role } from '../../workflows/roles';
import type { DocumentSummary } from '../documents/document.views';
import type { Cycle } from './cycle.entity';

export interface CycleResponse {
  id: string;
  agencyId: string;
  year: number;
  previousCycleId: string | null;
  stage: string;
  state: string;
  status: 'open' | 'closed';
  revision: number;
  awaiting: Role[];
  stateEnteredAt: string;
  documents: DocumentSummary[];
  registers: Record<RegisterDocumentKind, number>;
  allowedEvents: CycleEventType[];
  counters: MachineView['counters'];
  lastReview: MachineView['lastReview'];
}

export function toCycleResponse(
  cycle: Cycle,
  view: MachineView,
  documents: DocumentSummary[],
  registers: Record<RegisterDocumentKind, number>,
  allowedEvents: CycleEventType[],
): CycleResponse {
  return {
    id: cycle.id,
    agencyId: cycle.agencyId,
    year: cycle.year,
    previousCycleId: cycle.previousCycleId,
    stage: cycle.stage,
    state: cycle.state,
    status: cycle.status,
    revision: cycle.revision,
    awaiting: cycle.awaiting,
    stateEnteredAt: cycle.stateEnteredAt.toISOString(),
    documents,
    registers,
    allowedEvents,
    counters: view.counters,
    lastReview: view.lastReview,
  };
}

// What the Bandeja shows, as pure functions: the filters read from and written to the address
// (so that a link reproduces the screen), the filter options with their counts, what is expected
// of the person for each item and where they act on it.
import { STAGE_IDS, type StageId } from '@procedure/context';
import type { CycleEventType } from '@procedure/events';
import {
  documentKindLabel,
  documentStatusLabel,
  EVENT_EXPECTATION_LABELS,
  stageLabel,
  WRITE_EXPECTATION_LABEL,
} from '@procedure/labels';
import type { InboxCounts, InboxDocument, InboxItem } from '../api/types';

/** How many items the Bandeja asks for at once (the API's maximum page). */
export const INBOX_LIMIT = 200;

export interface InboxFilters {
  agencyId?: string;
  stage?: StageId;
  overdue?: boolean;
}

// The address's names for the filters, in the words a person reads in it.
export const FILTER_PARAMS = { agencyId: 'servicio', stage: 'etapa', overdue: 'vencidos' } as const;
const YES = 'si';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isStage = (value: string): value is StageId => (STAGE_IDS as readonly string[]).includes(value);

/** The filters an address names; anything it names wrongly is ignored, not sent to the API. */
export function readInboxFilters(params: URLSearchParams): InboxFilters {
  const filters: InboxFilters = {};
  const agencyId = params.get(FILTER_PARAMS.agencyId);
  if (agencyId && UUID.test(agencyId)) filters.agencyId = agencyId;
  const stage = params.get(FILTER_PARAMS.stage);
  if (stage && isStage(stage)) filters.stage = stage;
  if (params.get(FILTER_PARAMS.overdue) === YES) filters.overdue = true;
  return filters;
}

/** The address for these filters, keeping whatever else it carried. */
export function writeInboxFilters(filters: InboxFilters, current = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(current);
  const set = (name: string, value: string | undefined) => {
    if (value === undefined) params.delete(name);
    else params.set(name, value);
  };
  set(FILTER_PARAMS.agencyId, filters.agencyId);
  set(FILTER_PARAMS.stage, filters.stage);
  set(FILTER_PARAMS.overdue, filters.overdue ? YES : undefined);
  return params;
}

export const hasFilters = (filters: InboxFilters): boolean =>
  filters.agencyId !== undefined || filters.stage !== undefined || filters.overdue === true;

/** The API path that answers these filters (the API filters; it counts over everything). */
export function inboxApiPath(filters: InboxFilters, limit = INBOX_LIMIT): string {
  const query = new URLSearchParams({ limit: String(limit) });
  if (filters.agencyId) query.set('agencyId', filters.agencyId);
  if (filters.stage) query.set('stage', filters.stage);
  if (filters.overdue) query.set('overdue', 'true');
  return `/inbox?${query.toString()}`;
}

/** The filters as a plain object, for the query key. */
export const filtersKey = (filters: InboxFilters): Record<string, string | undefined> => ({
  agencyId: filters.agencyId,
  stage: filters.stage,
  overdue: filters.overdue ? 'true' : undefined,
});

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

export interface InboxFilterOptions {
  agencies: FilterOption[];
  stages: FilterOption[];
  overdueLabel: string;
  overdueCount: number;
}

const withCount = (label: string, count: number) => `${label} (${count})`;

/**
 * The options of each filter with how many items each would show. The counts are over every
 * item of the person (the API's), so that an option never hides how much waits elsewhere; the
 * option already chosen stays listed even when nothing is left in it.
 */
export function filterOptions(
  counts: InboxCounts,
  agencyNames: ReadonlyMap<string, { code: string; name: string }>,
  filters: InboxFilters,
): InboxFilterOptions {
  const agencyIds = Object.keys(counts.byAgency).filter((id) => (counts.byAgency[id] ?? 0) > 0);
  if (filters.agencyId && !agencyIds.includes(filters.agencyId)) agencyIds.push(filters.agencyId);
  const agencyLabel = (id: string) => {
    const agency = agencyNames.get(id);
    return agency ? `${agency.name} · ${agency.code}` : 'Servicio sin nombre';
  };
  const agencies = agencyIds
    .map((id) => ({ id, name: agencyLabel(id), count: counts.byAgency[id] ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, 'es'))
    .map(({ id, name, count }) => ({ value: id, label: withCount(name, count), count }));

  const stages = STAGE_IDS.filter((stage) => (counts.byStage[stage] ?? 0) > 0 || stage === filters.stage).map(
    (stage) => {
      const count = counts.byStage[stage] ?? 0;
      return { value: stage, label: withCount(stageLabel(stage), count), count };
    },
  );

  return {
    agencies: [{ value: '', label: withCount('Todos los servicios', counts.total), count: counts.total }, ...agencies],
    stages: [{ value: '', label: withCount('Todas las etapas', counts.total), count: counts.total }, ...stages],
    overdueLabel: withCount('Solo vencidos', counts.overdue),
    overdueCount: counts.overdue,
  };
}

// Events that are a gate's decision: the head's and SERNAM's, taken on the revision screen.
const DECISIONS: readonly CycleEventType[] = ['APPROVE', 'RETURN', 'GRANT_VISA', 'DENY_VISA'];

export const isDecisionItem = (item: Pick<InboxItem, 'actions'>): boolean =>
  item.actions.some((action) => DECISIONS.includes(action));

/** Where the person acts on the item: the revision screen for a decision, else the cycle. */
export const actionPathOf = (item: Pick<InboxItem, 'cycleId' | 'actions'>): string =>
  isDecisionItem(item) ? `/ciclos/${item.cycleId}/revision` : `/ciclos/${item.cycleId}`;

/** What is expected of the person, in the procedure's words; one phrase per distinct task. */
export function expectationOf(item: Pick<InboxItem, 'actions' | 'documents'>): string {
  const phrases = [...new Set(item.actions.map((action) => EVENT_EXPECTATION_LABELS[action]))].filter(Boolean);
  if (phrases.length === 0 && item.documents.some((d) => d.writable)) phrases.push(WRITE_EXPECTATION_LABEL);
  return phrases.length > 0 ? phrases.join(' · ') : 'Revisar el ciclo';
}

const REGISTER_KINDS = new Set(['activity-record', 'progress-report']);

/** One document of an item as a person reads it: name, then version and state, or entries. */
export function documentLine(doc: InboxDocument): { name: string; detail: string } {
  const name = documentKindLabel(doc.kind);
  if (REGISTER_KINDS.has(doc.kind) || doc.count !== undefined) {
    const count = doc.count ?? 0;
    return { name, detail: count === 0 ? 'sin registros' : count === 1 ? '1 registro' : `${count} registros` };
  }
  if (doc.status === null) return { name, detail: 'sin redactar' };
  const version = doc.version > 0 ? `versión ${doc.version}` : 'sin versión guardada';
  return { name, detail: `${version} · ${documentStatusLabel(doc.status)}` };
}

/** A human count of the list: "2 pendientes", "1 pendiente". */
export const pendingCount = (n: number): string => (n === 1 ? '1 pendiente' : `${n} pendientes`);

/** Names of the agencies the person sees, from the agencies list and the items themselves. */
export function agencyNamesOf(
  agencies: readonly { id: string; code: string; name: string }[],
  items: readonly Pick<InboxItem, 'agency'>[],
): Map<string, { code: string; name: string }> {
  const names = new Map<string, { code: string; name: string }>();
  for (const a of agencies) names.set(a.id, { code: a.code, name: a.name });
  for (const { agency } of items) if (agency.name) names.set(agency.id, { code: agency.code, name: agency.name });
  return names;
}

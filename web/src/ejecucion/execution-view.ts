import { STAGE_IDS } from '@procedure/context';
import type { RegisterDocumentKind } from '@procedure/document-kinds';
import { ApiError } from '../api/client';
import type { Evidence, ProcedureRecord } from '../api/types';
import { citableOptions } from '../documentos/form/citable';
import type { FieldError } from '../documentos/form/paths';

// How the Ejecución screen reads a cycle's registers: what each entry cites, in words; its record
// and its files; where the API's refusal of an entry points in the form.

/** The API's path of each register. */
export const REGISTER_PATHS: Readonly<Record<RegisterDocumentKind, string>> = {
  'activity-record': 'activity-records',
  'progress-report': 'progress-reports',
};

const IMPLEMENTATION = STAGE_IDS.indexOf('implementation');

/** Whether the cycle has reached the implementation of its work programme (or gone past it). */
export function reachedImplementation(stage: string): boolean {
  if (stage === 'closed') return true;
  const at = (STAGE_IDS as readonly string[]).indexOf(stage);
  return at >= IMPLEMENTATION;
}

/** Why this person cannot record entries here now, in words (null when they can). */
export function readOnlyReason(stage: string, editable: boolean): string | null {
  if (editable) return null;
  const at = (STAGE_IDS as readonly string[]).indexOf(stage);
  if (stage !== 'closed' && at >= 0 && at < IMPLEMENTATION)
    return 'Las actividades y los informes de avance se registran cuando comience la implementación del Programa de Trabajo, una vez visado.';
  if (stage === 'implementation')
    return 'Puede consultar lo registrado. Registran actividades, informes de avance y sus medios de verificación la encargada o el encargado de género y las jefaturas de centro.';
  return 'La implementación del Programa de Trabajo terminó: lo registrado queda tal como se registró.';
}

/** The work programme's activities (or plan's measures…) by code: "A-3 — Dictar cursos…". */
export function labelsOf(content: unknown, list: string, idField = 'id'): Map<string, string> {
  const options = citableOptions(content, { kind: '', document: '', items: [list], idField });
  return new Map(options.map((o) => [o.value, o.label]));
}

/** A cited code in words: its label when the cited document still has it. */
export const cited = (labels: ReadonlyMap<string, string>, id: string): string =>
  labels.get(id) ?? `${id} (no está en el documento citado)`;

/** The work programme's activity → the plan's measure it carries out. */
export function measureOfActivity(workProgramme: unknown, activityId: string): string | undefined {
  const activities = (workProgramme as { activities?: unknown } | null)?.activities;
  if (!Array.isArray(activities)) return undefined;
  const activity = activities.find(
    (a): a is { measureId?: unknown } =>
      typeof a === 'object' && a !== null && (a as { id?: unknown }).id === activityId,
  );
  return typeof activity?.measureId === 'string' ? activity.measureId : undefined;
}

/** The entry's record now in force (each new file issues it again; the earlier one becomes obsolete). */
export function recordOfEntry(records: readonly ProcedureRecord[] | undefined, entryId: string) {
  const own = (records ?? []).filter((r) => r.documentId === entryId);
  return own.find((r) => !r.obsolete) ?? own.at(-1);
}

export function evidenceByEntry(files: readonly Evidence[] | undefined): Map<string, Evidence[]> {
  const byEntry = new Map<string, Evidence[]>();
  for (const file of files ?? []) byEntry.set(file.documentId, [...(byEntry.get(file.documentId) ?? []), file]);
  return byEntry;
}

/** What the cycle's verification means take, all entries together (the API counts the same sizes). */
export const usedEvidenceBytes = (files: readonly Evidence[] | undefined): number =>
  (files ?? []).reduce((sum, file) => sum + file.size, 0);

/** "1 archivo", "3 archivos". */
export const filesCount = (n: number): string => (n === 1 ? '1 archivo' : `${n} archivos`);

/**
 * The API's refusal of an entry, as field errors: the form's own mistakes (400, `fields`) and
 * what the entry lacks against the work programme (422 INCOMPLETE, `problems` whose paths start
 * with the kind: 'activity-record.date' → 'date').
 */
export function entryFieldErrors(kind: RegisterDocumentKind, error: unknown): FieldError[] {
  if (!(error instanceof ApiError)) return [];
  const fields = Array.isArray(error.body.fields) ? (error.body.fields as FieldError[]) : [];
  const problems = Array.isArray(error.body.problems) ? (error.body.problems as FieldError[]) : [];
  return [
    ...fields,
    ...problems.map((p) => ({
      message: p.message,
      path: p.path.startsWith(`${kind}.`) ? p.path.slice(kind.length + 1) : p.path,
    })),
  ].filter((e) => typeof e.path === 'string' && typeof e.message === 'string');
}

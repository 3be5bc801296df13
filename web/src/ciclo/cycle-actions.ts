// What the person may do on the cycle now, and what each action will do, in words, before they
// confirm it. The gate's decisions are taken on the revision screen, where the documents are read.
import { CYCLE_EVENT_TYPES, type CycleEventType } from '@procedure/events';
import { DOCUMENT_KIND_LABELS, EVENT_ACTION_LABELS, gateStageLabel, STAGE_LABELS } from '@procedure/labels';
import { ApiError } from '../api/client';
import type { Cycle } from '../api/types';
import { problemHref } from '../documentos/form/review/problems';

export const DECISION_EVENTS: readonly CycleEventType[] = ['APPROVE', 'RETURN', 'GRANT_VISA', 'DENY_VISA'];

export interface CycleActionPlan {
  /** The head or SERNAM has a decision to take: "Revisar y decidir". */
  decide: boolean;
  /** Every other action, each a button confirmed in a dialog. */
  direct: CycleEventType[];
}

export function planActions(allowed: readonly CycleEventType[]): CycleActionPlan {
  return {
    decide: allowed.some((type) => DECISION_EVENTS.includes(type)),
    direct: allowed.filter((type) => !DECISION_EVENTS.includes(type)),
  };
}

export interface Confirmation {
  title: string;
  body: string;
  confirmLabel: string;
  /** Whether the person may add a comment (REQUEST_ADJUSTMENT). */
  comment: boolean;
}

/** What each action will do, said before it is done. */
export function confirmationOf(type: CycleEventType, cycle: Pick<Cycle, 'stage' | 'year'>): Confirmation {
  const label = EVENT_ACTION_LABELS[type];
  const base = { title: `${label} · Ciclo ${cycle.year}`, confirmLabel: label, comment: false };
  switch (type) {
    case 'SUBMIT':
      return {
        ...base,
        body:
          `Los documentos de «${gateStageLabel(cycle.stage)}» se enviarán a aprobación de la Jefatura, en la ` +
          'versión guardada. Mientras la Jefatura los revisa no podrán modificarse; si los devuelve con ' +
          'observaciones, volverán a borrador. Después de aprobarlos, pasarán a la visación técnica de SERNAM.',
      };
    case 'REQUEST_ADJUSTMENT':
      return {
        ...base,
        comment: true,
        body:
          `El ${DOCUMENT_KIND_LABELS.plan} y el ${DOCUMENT_KIND_LABELS['work-programme']} volverán a borrador ` +
          'para ajustarlos. El ajuste deberá pasar por la aprobación de la Jefatura y la visación de SERNAM antes ' +
          'de retomar la implementación.',
      };
    case 'FINISH_IMPLEMENTATION':
      return {
        ...base,
        body:
          `La implementación terminará y el ciclo pasará a «${STAGE_LABELS.evaluation}». Después no podrá ` +
          'registrar nuevas actividades ni informes de avance en este ciclo, ni solicitar ajustes del plan.',
      };
    case 'RECORD_REVIEW':
      return {
        ...base,
        body:
          `Se registrará el ${DOCUMENT_KIND_LABELS['management-review']} en su versión guardada, con sus ` +
          'decisiones: según ellas, el ciclo volverá al Diagnóstico, al Plan y Programa de Trabajo o a la ' +
          `Evaluación, o pasará a «${STAGE_LABELS.dissemination}». El registro se emite y no puede modificarse.`,
      };
    case 'DISSEMINATE':
      return {
        ...base,
        body:
          `Se registrará el ${DOCUMENT_KIND_LABELS.dissemination} en su versión guardada y el ciclo pasará a ` +
          `«${STAGE_LABELS.standardisation}». El registro se emite y no puede modificarse.`,
      };
    case 'COMPLETE':
      return {
        ...base,
        body:
          'Se registrará la incorporación del enfoque de género en los procesos de provisión de bienes y ' +
          'servicios, en su versión guardada, y el ciclo se cerrará. Esta acción no se puede deshacer.',
      };
    case 'APPROVE':
    case 'RETURN':
    case 'GRANT_VISA':
    case 'DENY_VISA':
      return { ...base, body: 'Esta decisión se toma en la pantalla de revisión, leyendo los documentos.' };
  }
}

/** One thing a refused submission says is missing, with where it is fixed (its document's form, at the field). */
export interface MissingItem {
  text: string;
  href: string | null;
}

/**
 * The problems an incomplete submission lists (422 INCOMPLETE), each with the document it is in
 * when the path names one and a link to that document's form at the field; nothing for any other
 * refusal.
 */
export function problemsOf(error: unknown, cycleId: string): MissingItem[] {
  if (!(error instanceof ApiError) || error.code !== 'INCOMPLETE') return [];
  const problems = error.body.problems;
  if (!Array.isArray(problems)) return [];
  const seen = new Set<string>();
  return problems.flatMap((p: unknown) => {
    if (typeof p !== 'object' || p === null) return [];
    const { path, message } = p as { path?: unknown; message?: unknown };
    if (typeof message !== 'string' || message.trim() === '') return [];
    const kind = typeof path === 'string' ? path.split(/[.[]/)[0] : undefined;
    const document =
      kind && Object.prototype.hasOwnProperty.call(DOCUMENT_KIND_LABELS, kind)
        ? DOCUMENT_KIND_LABELS[kind as keyof typeof DOCUMENT_KIND_LABELS]
        : null;
    const text = document && !message.includes(document) ? `${document}: ${message}` : message;
    if (seen.has(text)) return [];
    seen.add(text);
    return [{ text, href: typeof path === 'string' ? problemHref(cycleId, path) : null }];
  });
}

const SENT_BACK: readonly string[] = ['RETURN', 'DENY_VISA'];

/**
 * Whether sending now needs a reply: the stage's last decision sent the documents back (RETURN or
 * DENY_VISA) and none of them has a version newer than the one sent back. The API asks the same
 * (422 REPLY_REQUIRED); here the dialog asks before sending.
 */
export function replyNeeded(
  history: readonly { seq: number; type: string; documents: readonly { kind: string; version: number }[] }[],
  documents: readonly { kind: string; version: number }[],
): 'RETURN' | 'DENY_VISA' | null {
  const last = [...history]
    .sort((a, b) => b.seq - a.seq)
    .find((entry) => (CYCLE_EVENT_TYPES as readonly string[]).includes(entry.type));
  if (!last || !SENT_BACK.includes(last.type)) return null;
  const changed = last.documents.some(
    (sent) => (documents.find((d) => d.kind === sent.kind)?.version ?? 0) > sent.version,
  );
  return changed ? null : (last.type as 'RETURN' | 'DENY_VISA');
}

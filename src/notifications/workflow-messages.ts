import { EVENT_ROLE } from '../../workflows/event-rules';
import type { CycleEventType } from '../../workflows/events';
import { documentKindLabel, historyEntryLabel, roleLabel, stageLabel, stateLabel } from '../../workflows/labels';
import type { Role } from '../../workflows/roles';
import type { Message } from '../reminders/reminder-messages';

// Who hears of each transition, and what they read, in the notification and in the e-mail alike.

export interface Audience {
  /** Agency roles; 'sernam_expert' means the experts assigned to the agency. */
  roles: readonly Role[];
  /** Also everyone who wrote a version, up to the one concerned, of the event's documents. */
  authors: boolean;
}

export const WORKFLOW_AUDIENCE: Readonly<Record<CycleEventType, Audience>> = {
  SUBMIT: { roles: ['agency_head'], authors: false },
  APPROVE: { roles: ['sernam_expert'], authors: false },
  RETURN: { roles: ['gender_officer'], authors: true },
  DENY_VISA: { roles: ['gender_officer'], authors: true },
  GRANT_VISA: { roles: ['gender_officer'], authors: false },
  REQUEST_ADJUSTMENT: { roles: ['gender_officer', 'agency_head'], authors: false },
  FINISH_IMPLEMENTATION: { roles: ['gender_officer'], authors: false },
  RECORD_REVIEW: { roles: ['gender_officer'], authors: false },
  DISSEMINATE: { roles: ['gender_officer'], authors: false },
  COMPLETE: { roles: ['gender_officer'], authors: false },
};

export interface WorkflowFacts {
  type: CycleEventType;
  agency: { code: string; name: string };
  year: number;
  actorName: string | null;
  /** Document kinds of the history entry, in its order. */
  documents: readonly string[];
  comment: string | null;
  stateAfter: string;
}

const TITLE_MAX = 200;

/** «A», «A» y «B», «A», «B» y «C». */
function quoted(labels: readonly string[]): string {
  const q = labels.map((l) => `«${l}»`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} y ${q[q.length - 1]}`;
}

function plain(labels: readonly string[]): string {
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} y ${labels[labels.length - 1]}`;
}

function title(text: string): string {
  return text.length <= TITLE_MAX ? text : `${text.slice(0, TITLE_MAX - 1)}…`;
}

export function workflowMessage(facts: WorkflowFacts): Message {
  const labels = facts.documents.map(documentKindLabel);
  const many = labels.length > 1;
  const docs = quoted(labels);
  const tag = `(${facts.agency.code} ${facts.year})`;
  const role = roleLabel(EVENT_ROLE[facts.type]);
  const who = facts.actorName ? `${facts.actorName} (${role})` : role;
  const place = `Servicio: ${facts.agency.name} (${facts.agency.code}), ciclo ${facts.year}.`;
  const comment = facts.comment?.trim() ? facts.comment.trim() : null;
  const observations = [`Observaciones de ${who}:`, comment ?? '(sin texto)'];
  const resubmit = `Corrija ${many ? 'los documentos y envíelos' : 'el documento y envíelo'} nuevamente a aprobación de la Jefatura.`;
  const lines = (...parts: (string | null | false)[]) => parts.filter((p): p is string => Boolean(p)).join('\n');

  switch (facts.type) {
    case 'SUBMIT':
      return {
        subject: title(
          `${many ? 'Documentos enviados' : 'Documento enviado'} a su aprobación: ${plain(labels)} ${tag}`,
        ),
        body: lines(
          `${who} envió a aprobación de la Jefatura ${docs}.`,
          place,
          `Revise ${many ? 'los documentos y apruébelos o devuélvalos' : 'el documento y apruébelo o devuélvalo'} con observaciones.`,
        ),
      };
    case 'APPROVE':
      return {
        subject: title(`${many ? 'Documentos' : 'Documento'} por visar: ${plain(labels)} ${tag}`),
        body: lines(
          `${who} aprobó ${docs}, que ${many ? 'quedan' : 'queda'} a la espera de su visación técnica (V°B°).`,
          place,
          comment && `Comentario de la Jefatura: ${comment}`,
          'Otorgue la visación o deniéguela con observaciones.',
        ),
      };
    case 'RETURN':
      return {
        subject: title(
          `${many ? 'Documentos devueltos' : 'Documento devuelto'} con observaciones: ${plain(labels)} ${tag}`,
        ),
        body: lines(`${who} devolvió ${docs} a borrador.`, place, ...observations, resubmit),
      };
    case 'DENY_VISA':
      return {
        subject: title(`Visación denegada: ${plain(labels)} ${tag}`),
        body: lines(
          `${who} denegó la visación técnica (V°B°) de ${docs}, que ${many ? 'vuelven' : 'vuelve'} a borrador.`,
          place,
          ...observations,
          resubmit,
        ),
      };
    case 'GRANT_VISA':
      return {
        subject: title(`Visación otorgada: ${plain(labels)} ${tag}`),
        body: lines(
          `${who} otorgó la visación técnica (V°B°) de ${docs}.`,
          place,
          comment && `Comentario de SERNAM: ${comment}`,
          `Queda abierta la etapa «${stageLabel(facts.stateAfter.split('.')[0] ?? '')}».`,
        ),
      };
    case 'REQUEST_ADJUSTMENT':
    case 'FINISH_IMPLEMENTATION':
    case 'RECORD_REVIEW':
    case 'DISSEMINATE':
    case 'COMPLETE': {
      const label = historyEntryLabel(facts.type);
      return {
        subject: title(`${label} ${tag}`),
        body: lines(
          `${label}.`,
          `Actuó: ${who}.`,
          place,
          labels.length > 0 && `${many ? 'Documentos' : 'Documento'}: ${docs}.`,
          comment && `Comentario: ${comment}`,
          `El ciclo queda en «${stateLabel(facts.stateAfter)}».`,
        ),
      };
    }
  }
}

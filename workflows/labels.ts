// Every Spanish word a person reads for a code of the procedure: stages, states, document kinds,
// document statuses, events, history entries, roles and error codes. The UI, the records, the
// notifications and the overview CSV all read this one module (plain TypeScript, no imports from
// the service, so that the web app bundles it as it is).
import type { StageId } from './context';
import type { DocumentKind } from './document-kinds';
import type { CycleEventType } from './events';
import { ROLE_LABELS, type Role } from './roles';

export { ROLE_LABELS };

// The guide's words (PROCEDURE.md, "Words on the screen").
export const STAGE_LABELS: Readonly<Record<StageId | 'closed', string>> = {
  strategicDefinitions: 'Definiciones estratégicas (Ficha A1 y Formulario H)',
  diagnostic: 'Diagnóstico',
  planning: 'Plan y Programa de Trabajo',
  implementation: 'Implementación y monitoreo del Programa de Trabajo',
  evaluation: 'Evaluación de resultados y Programa de Seguimiento',
  followUp: 'Seguimiento de compromisos y Revisión por la Dirección',
  dissemination: 'Difusión de resultados',
  standardisation: 'Estandarización del proceso',
  closed: 'Ciclo cerrado',
};

// Short names for tight places (a timeline, a table column), same order as STAGE_LABELS.
export const STAGE_SHORT_LABELS: Readonly<Record<StageId | 'closed', string>> = {
  strategicDefinitions: 'Ficha A1 y Formulario H',
  diagnostic: 'Diagnóstico',
  planning: 'Plan y Programa de Trabajo',
  implementation: 'Implementación',
  evaluation: 'Evaluación y Programa de Seguimiento',
  followUp: 'Seguimiento y Revisión por la Dirección',
  dissemination: 'Difusión',
  standardisation: 'Estandarización',
  closed: 'Cerrado',
};

// Implementation's gate: the plan and work programme amended while the programme runs.
export const ADJUSTMENT_LABEL = 'Ajuste del Plan y Programa de Trabajo';

// What a gate's visa covers, by the stage that owns the gate (the V°B° certificate's title).
export const gateStageLabel = (stage: string): string =>
  stage === 'implementation' ? ADJUSTMENT_LABEL : stageLabel(stage);

// The last segment of a machine state, as a person names where the cycle stands.
const PHASE_LABELS: Readonly<Record<string, string>> = {
  draft: 'Borrador',
  submitted: 'En aprobación de la Jefatura',
  approved: 'En visación de SERNAM',
  inProgress: 'En curso',
  pending: 'Pendiente de registro',
};

// The same phases inside implementation's adjustment.
const ADJUSTMENT_PHASE_LABELS: Readonly<Record<string, string>> = {
  draft: 'Ajuste en borrador',
  submitted: 'Ajuste en aprobación de la Jefatura',
  approved: 'Ajuste en visación de SERNAM',
};

// The steps of a gate that have a due date (src/deadlines/gates.ts), as a deadline names them.
export const MILESTONE_LABELS: Readonly<Record<'submission' | 'approval' | 'visa', string>> = {
  submission: 'envío a la Jefatura',
  approval: 'aprobación de la Jefatura',
  visa: 'visación técnica de SERNAM',
};

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  'strategic-definitions': 'Ficha A1 y Formulario H',
  diagnostic: 'Informe de Diagnóstico',
  plan: 'Plan de Acción con Enfoque de Género',
  'work-programme': 'Programa de Trabajo Anual',
  evaluation: 'Informe de Evaluación',
  'follow-up-programme': 'Programa de Seguimiento',
  'management-review': 'Registro de Revisión por la Dirección',
  dissemination: 'Registro de Difusión',
  standardisation: 'Registro de Incorporación del Enfoque de Género en los procesos de provisión de bienes y servicios',
  'activity-record': 'Registro de Actividades Realizadas',
  'progress-report': 'Informe de Avance',
};

// The article each document takes in a sentence ('aprobar o devolver el Informe de Diagnóstico').
export const DOCUMENT_KIND_ARTICLES: Readonly<Record<DocumentKind, 'el' | 'la'>> = {
  'strategic-definitions': 'la',
  diagnostic: 'el',
  plan: 'el',
  'work-programme': 'el',
  evaluation: 'el',
  'follow-up-programme': 'el',
  'management-review': 'el',
  dissemination: 'el',
  standardisation: 'el',
  'activity-record': 'el',
  'progress-report': 'el',
};

export type DocumentStatusCode = 'draft' | 'submitted' | 'approved' | 'visa-granted' | 'registered';

export const DOCUMENT_STATUS_LABELS: Readonly<Record<DocumentStatusCode, string>> = {
  draft: 'Borrador',
  submitted: 'En aprobación de la Jefatura',
  approved: 'En visación de SERNAM',
  'visa-granted': 'Visado',
  registered: 'Registrado',
};

// A record (registro) as its list shows it: still being rendered, issued, or superseded by a newer one.
export const RECORD_STATUS_LABELS: Readonly<Record<'pending' | 'issued' | 'obsolete', string>> = {
  pending: 'En emisión',
  issued: 'Emitido',
  obsolete: 'Obsoleto',
};

export const recordStatusLabel = (record: { status: string; obsolete: boolean }): string =>
  record.obsolete
    ? RECORD_STATUS_LABELS.obsolete
    : (lookup(RECORD_STATUS_LABELS, record.status) ?? 'Estado desconocido');

// What a button says (imperative) and what the history says happened (past).
export const EVENT_ACTION_LABELS: Readonly<Record<CycleEventType, string>> = {
  SUBMIT: 'Enviar a aprobación',
  APPROVE: 'Aprobar',
  RETURN: 'Devolver',
  GRANT_VISA: 'Otorgar visación',
  DENY_VISA: 'Denegar visación',
  REQUEST_ADJUSTMENT: 'Solicitar ajuste',
  FINISH_IMPLEMENTATION: 'Finalizar implementación',
  RECORD_REVIEW: 'Registrar la Revisión por la Dirección',
  DISSEMINATE: 'Registrar la difusión',
  COMPLETE: 'Registrar la estandarización',
};

// Every history entry type: the cycle's events and the work that leaves the state as it is.
export const HISTORY_ENTRY_LABELS: Readonly<Record<string, string>> = {
  CYCLE_CREATED: 'Ciclo iniciado',
  DOCUMENT_SAVED: 'Documento guardado',
  RECORD_REGISTERED: 'Registro ingresado',
  EVIDENCE_ATTACHED: 'Medio de verificación adjuntado',
  OBSERVATION_ANSWERED: 'Observación respondida',
  SUBMIT: 'Enviado a aprobación de la Jefatura',
  APPROVE: 'Aprobado por la Jefatura',
  RETURN: 'Devuelto por la Jefatura con observaciones',
  GRANT_VISA: 'Visación otorgada por SERNAM',
  DENY_VISA: 'Visación denegada por SERNAM con observaciones',
  REQUEST_ADJUSTMENT: `${ADJUSTMENT_LABEL} solicitado`,
  FINISH_IMPLEMENTATION: 'Implementación finalizada',
  RECORD_REVIEW: 'Revisión por la Dirección registrada',
  DISSEMINATE: 'Difusión registrada',
  COMPLETE: 'Estandarización registrada; ciclo cerrado',
};

// What is expected of the person who may send an event now (the Bandeja's "qué se espera").
export const EVENT_EXPECTATION_LABELS: Readonly<Record<CycleEventType, string>> = {
  SUBMIT: 'Redactar y enviar a aprobación',
  APPROVE: 'Aprobar o devolver',
  RETURN: 'Aprobar o devolver',
  GRANT_VISA: 'Otorgar o denegar la visación técnica',
  DENY_VISA: 'Otorgar o denegar la visación técnica',
  REQUEST_ADJUSTMENT: 'Registrar actividades y avances',
  FINISH_IMPLEMENTATION: 'Registrar actividades y avances',
  RECORD_REVIEW: 'Registrar la Revisión por la Dirección',
  DISSEMINATE: 'Registrar la difusión de resultados',
  COMPLETE: 'Registrar la estandarización',
};

// What the Bandeja expects of someone who may write a document of a cycle that awaits someone
// else (a centre lead with the officer's draft).
export const WRITE_EXPECTATION_LABEL = 'Redactar';

// Where the authors stand on an observation on an item or field (document_observations.status).
export const OBSERVATION_STATUS_LABELS: Readonly<Record<'open' | 'answered' | 'addressed', string>> = {
  open: 'Abierta',
  answered: 'Respondida',
  addressed: 'Atendida',
};

/** "Abierta", "Respondida", "Atendida en la versión 3" (once a version addressing it was submitted). */
export const observationStatusLabel = (status: string, addressedInVersion: number | null = null): string =>
  status === 'addressed' && addressedInVersion !== null
    ? `Atendida en la versión ${addressedInVersion}`
    : (lookup(OBSERVATION_STATUS_LABELS, status) ?? 'Estado desconocido');

// The API's refusal codes, as the UI explains them when the API's own message is not at hand.
export const ERROR_LABELS: Readonly<Record<string, string>> = {
  UNAUTHENTICATED: 'Su sesión terminó. Ingrese nuevamente para continuar; lo que escribió se conserva.',
  FORBIDDEN: 'No tiene permiso para realizar esta acción.',
  NOT_FOUND: 'Lo que busca no existe o no tiene acceso a ello.',
  STALE_REVISION: 'Alguien actuó sobre este ciclo mientras usted lo revisaba. Recargue para ver su estado actual.',
  STALE_VERSION: 'Alguien guardó este documento mientras usted lo editaba. Recargue para ver la versión actual.',
  SELF_APPROVAL: 'No puede aprobar, devolver ni visar un documento del que es autor/a.',
  EVENT_NOT_ALLOWED: 'Esta acción ya no es posible en el estado actual del ciclo. Recargue para ver su estado.',
  COMMENT_REQUIRED: 'Escriba las observaciones antes de devolver o denegar.',
  INCOMPLETE: 'Faltan elementos antes de continuar.',
  INVALID_EVENT: 'La acción no corresponde a los documentos actuales del ciclo.',
  VALIDATION_FAILED: 'Revise los campos indicados.',
  TOO_MANY_REQUESTS: 'Demasiados intentos. Espere un minuto y vuelva a intentarlo.',
  CSRF_REJECTED: 'La solicitud no vino de Enfoque. Recargue la página e intente nuevamente.',
  WRONG_PASSWORD: 'La contraseña actual no es correcta.',
  NETWORK: 'No hay conexión con Enfoque. Lo que escribió se conserva; vuelva a intentarlo cuando se restablezca.',
  SERVICE_UNAVAILABLE: 'Enfoque no está disponible en este momento. Lo que escribió se conserva; intente nuevamente.',
  DATABASE_BUSY: 'Enfoque está muy ocupado y no alcanzó a responder. Lo que escribió se conserva; intente nuevamente.',
  DOSSIERS_BUSY: 'Se están preparando otros expedientes en este momento. Intente nuevamente en unos segundos.',
  CYCLE_EVIDENCE_FULL: 'El ciclo ya no tiene espacio para más medios de verificación.',
  SAME_PASSWORD: 'La contraseña nueva debe ser distinta de la actual.',
  OBSERVATIONS_NOT_ALLOWED: 'Las observaciones por elemento solo acompañan una devolución o una denegación.',
  OBSERVATION_KIND_NOT_SUBMITTED: 'La observación se refiere a un documento que no está en revisión.',
  ANSWER_REQUIRED: 'Escriba una respuesta o marque la observación como atendida.',
  OBSERVATION_CLOSED: 'Esta observación ya fue atendida en una versión enviada.',
  OBSERVATION_NOT_FOUND: 'La observación indicada no existe.',
  VERSION_NOT_FOUND: 'La versión indicada del documento no existe.',
  NOT_EDITABLE: 'El documento no se puede modificar en el estado actual del ciclo.',
  EMPTY_OVERWRITE: 'Lo guardado dejaría vacío un documento que tiene contenido. Confirme si de verdad quiere vaciarlo.',
  DOCUMENT_KIND_NOT_FOUND: 'No existe ese tipo de documento.',
  RESTORE_VERSION_INVALID: 'Solo se puede restaurar una versión anterior que exista en el documento.',
  RESTORE_CONTENT_MISMATCH:
    'El contenido no es el de la versión que se quiere restaurar. Recargue e intente nuevamente.',
};

// Own keys only: a code such as 'constructor' must not find Object.prototype's.
const lookup = (labels: Readonly<Record<string, string>>, code: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(labels, code) ? labels[code] : undefined;

export const stageLabel = (stage: string): string => lookup(STAGE_LABELS, stage) ?? 'Etapa desconocida';

export const stageShortLabel = (stage: string): string => lookup(STAGE_SHORT_LABELS, stage) ?? 'Etapa desconocida';

export const documentKindLabel = (kind: string): string => lookup(DOCUMENT_KIND_LABELS, kind) ?? 'Documento';

export const documentKindWithArticle = (kind: string): string => {
  const article = lookup(DOCUMENT_KIND_ARTICLES, kind);
  return article === undefined ? documentKindLabel(kind) : `${article} ${documentKindLabel(kind)}`;
};

export const documentStatusLabel = (status: string): string =>
  lookup(DOCUMENT_STATUS_LABELS, status) ?? 'Estado desconocido';

export const roleLabel = (role: string): string => lookup(ROLE_LABELS, role) ?? 'Rol desconocido';

export const historyEntryLabel = (type: string): string => lookup(HISTORY_ENTRY_LABELS, type) ?? 'Movimiento del ciclo';

export const UNKNOWN_STATE_LABEL = 'Estado desconocido';

// 'diagnostic.submitted' → 'Diagnóstico: En aprobación de la Jefatura';
// 'implementation.adjustment.draft' → 'Implementación y monitoreo del Programa de Trabajo: Ajuste en borrador'.
export function stateLabel(state: string): string {
  if (state === 'closed') return STAGE_LABELS.closed;
  const [stage = '', first, second, ...more] = state.split('.');
  if (lookup(STAGE_LABELS, stage) === undefined || more.length > 0) return UNKNOWN_STATE_LABEL;
  if (first === undefined) return stageLabel(stage);
  const phase =
    first === 'adjustment'
      ? second === undefined
        ? ADJUSTMENT_LABEL
        : lookup(ADJUSTMENT_PHASE_LABELS, second)
      : second === undefined
        ? lookup(PHASE_LABELS, first)
        : undefined;
  return phase === undefined ? UNKNOWN_STATE_LABEL : `${stageLabel(stage)}: ${phase}`;
}

export const isRole = (value: string): value is Role => lookup(ROLE_LABELS, value) !== undefined;

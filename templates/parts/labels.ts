import { ROLE_LABELS, ROLES, type Role } from '../../workflows/roles';
import { printable } from './text';

// Spanish labels for the coded values of the content.

export const MEASURE_STEP_LABELS = {
  design: 'Diseño',
  implementation: 'Implementación',
  monitoring: 'Seguimiento',
  evaluation: 'Evaluación',
  'information-system': 'Sistemas de información',
  complementary: 'Medidas institucionales complementarias',
  dissemination: 'Difusión',
  'new-product': 'Nuevos productos',
} as const;

export const COMPLEMENTARY_AREA_LABELS = {
  training: 'Capacitación',
  coordination: 'Coordinación con otras instituciones',
  regulation: 'Normativa interna y reforma legal',
} as const;

export const SYSTEM_SCOPE_LABELS = { internal: 'Interno', external: 'Externo' } as const;

export const DISAGGREGATION_LABELS = { full: 'Completa', partial: 'Parcial', none: 'Sin desagregación' } as const;

export const INFORMATION_STAGE_LABELS = {
  collection: 'Recolección',
  processing: 'Procesamiento',
  analysis: 'Análisis',
  dissemination: 'Difusión',
} as const;

export const FACTOR_KIND_LABELS = { internal: 'Interno', external: 'Externo' } as const;

export const MEASURE_PROGRESS_LABELS = {
  completed: 'Cumplida',
  partial: 'Cumplida parcialmente',
  'not-started': 'No iniciada',
} as const;

export const COMMITMENT_STATUS_LABELS = {
  met: 'Cumplido',
  'not-met': 'No cumplido',
  'in-progress': 'En curso',
} as const;

export const AUDIENCE_LABELS = {
  staff: 'Personal del Servicio (interna)',
  clients: 'Clientes, usuarias y usuarios (externa)',
  'expert-network': 'Red de Expertos SERNAM (externa)',
  dipres: 'Dirección de Presupuestos (externa)',
  other: 'Otro público (externa)',
} as const;

export const OBSERVATION_LABELS = {
  RETURN: 'Devolución de la Jefatura',
  DENY_VISA: 'V°B° denegado por SERNAM',
} as const;

// The label of a coded value; undefined shows as a dash, and a code the schema does not
// know (it should never get here) as it came.
export function labelOf<V extends string>(labels: Readonly<Record<V, string>>, value: V | undefined): string {
  if (value === undefined) return '—';
  return Object.hasOwn(labels, value) ? labels[value] : printable(String(value));
}

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

// Observations carry role codes; anything else is shown as it came.
export function roleLabel(role: string): string {
  return isRole(role) ? ROLE_LABELS[role] : role;
}

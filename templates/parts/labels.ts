import { ROLE_LABELS, ROLES, type Role } from '../../workflows/roles';
import { printable } from './text';

// Spanish labels for the fields of the content and their coded values: one module, shared with
// the web app, so that a record names a field as the form does.
export {
  AUDIENCE_LABELS,
  COMMITMENT_STATUS_LABELS,
  COMPLEMENTARY_AREA_LABELS,
  DISAGGREGATION_LABELS,
  FACTOR_KIND_LABELS,
  fieldLabel,
  INFORMATION_STAGE_LABELS,
  MEASURE_PROGRESS_LABELS,
  MEASURE_STEP_LABELS,
  SYSTEM_SCOPE_LABELS,
} from '../../workflows/field-labels';

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

// A label inside a longer title: 'Fórmula de cálculo' in 'Indicador y fórmula de cálculo'.
export const midSentence = (label: string): string => label.charAt(0).toLocaleLowerCase('es-CL') + label.slice(1);

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

// Observations carry role codes; anything else is shown as it came.
export function roleLabel(role: string): string {
  return isRole(role) ? ROLE_LABELS[role] : role;
}

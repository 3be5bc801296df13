import { DOCUMENT_KIND_LABELS } from '@procedure/labels';
import type { CompletenessProblem } from '../../../api/types';

// The problems "Revisar" (and a refused SUBMIT) name, placed in the form: a problem of this
// document goes to its field (its path without the '<kind>.' prefix, the key the form's errors
// use), one of the other document of the same submission links to that document's form.

/** 'diagnostic.products[0].clients.women' → 'products[0].clients.women'; '' for the document itself. */
export function fieldKeyOf(path: string, kind: string): string | null {
  if (path === kind) return '';
  if (path.startsWith(`${kind}.`) || path.startsWith(`${kind}[`)) return path.slice(kind.length).replace(/^\./, '');
  return null;
}

/** The kind a problem's path starts with ('plan.measures[0]' → 'plan'). */
export const kindOfPath = (path: string): string => path.split(/[.[]/, 1)[0] ?? '';

/** This document's problems by field, as the form shows errors. */
export function problemErrors(problems: readonly CompletenessProblem[], kind: string): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    const key = fieldKeyOf(problem.path, kind);
    if (key === null || key === '') continue;
    byField.set(key, [...(byField.get(key) ?? []), problem.message]);
  }
  return byField;
}

/** Two maps of errors as one (a save's refusal and the review's problems). */
export function joinErrors(
  a: ReadonlyMap<string, string[]>,
  b: ReadonlyMap<string, string[]>,
): ReadonlyMap<string, string[]> {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  const out = new Map(a);
  for (const [key, messages] of b)
    out.set(key, [...(out.get(key) ?? []), ...messages.filter((m) => !out.get(key)?.includes(m))]);
  return out;
}

/** The anchor of a field of the form (FieldControl's id). */
export const fieldAnchor = (key: string): string => `campo-${key}`;

const isDocumentKind = (kind: string): kind is keyof typeof DOCUMENT_KIND_LABELS =>
  Object.prototype.hasOwnProperty.call(DOCUMENT_KIND_LABELS, kind);

/**
 * Where a problem is fixed: the form of its document, opened in edition with "Revisar" run and the
 * field in view. Null for what no document form holds (a register).
 */
export function problemHref(cycleId: string, path: string): string | null {
  const kind = kindOfPath(path);
  if (!isDocumentKind(kind) || kind === 'activity-record' || kind === 'progress-report') return null;
  const key = fieldKeyOf(path, kind);
  const base = `/ciclos/${cycleId}/documentos/${kind}?editar=1&revisar=1`;
  return key ? `${base}#${fieldAnchor(key)}` : base;
}

/** "Programa de Trabajo Anual": the document a problem is in. */
export const documentLabelOf = (kind: string): string => (isDocumentKind(kind) ? DOCUMENT_KIND_LABELS[kind] : kind);

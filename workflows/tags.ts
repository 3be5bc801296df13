// State tags describe what a state means to the service, so it never matches state names.
import { REGISTER_DOCUMENT_KINDS, SINGLETON_DOCUMENT_KINDS, type DocumentKind } from './document-kinds';
import { ROLES, type Role } from './roles';

export type GatePhase = 'draft' | 'submitted' | 'approved';

export type CycleTag =
  | `edit:${DocumentKind}` // documents that may be edited now
  | `submit:${DocumentKind}` // documents a SUBMIT must freeze now
  | `await:${Role}` // who must act now
  | `gate:${GatePhase}`;

export const editTag = (kind: DocumentKind): CycleTag => `edit:${kind}`;
export const submitTag = (kind: DocumentKind): CycleTag => `submit:${kind}`;
export const awaitTag = (role: Role): CycleTag => `await:${role}`;
export const gateTag = (phase: GatePhase): CycleTag => `gate:${phase}`;

const KINDS: readonly string[] = [...SINGLETON_DOCUMENT_KINDS, ...REGISTER_DOCUMENT_KINDS];

function valuesOf(tags: Iterable<string>, prefix: string): string[] {
  return [...tags].filter((t) => t.startsWith(prefix)).map((t) => t.slice(prefix.length));
}

// Sorted so that views are stable whatever the order of tags in the state node.
export function kindsTagged(tags: Iterable<string>, prefix: 'edit:' | 'submit:'): DocumentKind[] {
  return valuesOf(tags, prefix)
    .filter((k): k is DocumentKind => KINDS.includes(k))
    .sort((a, b) => KINDS.indexOf(a) - KINDS.indexOf(b));
}

export function rolesAwaited(tags: Iterable<string>): Role[] {
  const roles: readonly string[] = ROLES;
  return valuesOf(tags, 'await:')
    .filter((r): r is Role => roles.includes(r))
    .sort((a, b) => roles.indexOf(a) - roles.indexOf(b));
}

import type { DocumentKind } from '../../workflows/document-kinds';
import type { Role } from '../../workflows/roles';

const DRAFTERS: readonly Role[] = ['gender_officer', 'centre_lead'];
const REVIEW_WRITERS: readonly Role[] = [...DRAFTERS, 'agency_head', 'quality_team'];

// Who writes each document (PROCEDURE.md): the officer with the centre leads; the management
// review also by the head and the quality team, who hold it.
export function writersOf(kind: DocumentKind): readonly Role[] {
  return kind === 'management-review' ? REVIEW_WRITERS : DRAFTERS;
}

export const canWrite = (kind: DocumentKind, roles: readonly Role[]): boolean =>
  roles.some((role) => writersOf(kind).includes(role));

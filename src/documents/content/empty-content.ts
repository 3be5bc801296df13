// Whether a document's content says nothing at all: no text but blanks, no number, no yes/no, in
// any of its fields or items. Saving such content over a document that says something would
// silently empty it, so the save asks for a confirmation first (EMPTY_OVERWRITE).
export function isEmptyContent(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'number' || typeof value === 'boolean') return false;
  if (Array.isArray(value)) return value.every(isEmptyContent);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).every(isEmptyContent);
  return false;
}

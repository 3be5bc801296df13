// Unsaved changes to a document, kept in this browser (per cycle, kind and person) until the API
// has them, so that a reload, a lost connection or an ended session never loses them. The prefix
// is the one ui/use-kept-text.ts uses, so "Cerrar sesión" forgets them too.

export interface KeptDraft {
  content: unknown;
  /** The version the changes were made on. */
  baseVersion: number;
  /** When they were last typed (ISO). */
  at: string;
}

export const draftKey = (cycleId: string, kind: string, userId: string) =>
  `enfoque.borrador.documento.${cycleId}.${kind}.${userId}`;

export function readDraft(key: string): KeptDraft | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<KeptDraft>;
    if (typeof draft.baseVersion !== 'number' || typeof draft.at !== 'string') return null;
    return { content: draft.content ?? null, baseVersion: draft.baseVersion, at: draft.at };
  } catch {
    return null;
  }
}

export function keepDraft(key: string, draft: KeptDraft): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // A full storage must not stop the person typing; the autosave still runs.
  }
}

export function forgetDraft(key: string): void {
  localStorage.removeItem(key);
}

/** Same content, whatever the order of its properties. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonical(a ?? null) === canonical(b ?? null);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

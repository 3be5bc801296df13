// The choices of the versions screens, kept apart from React so that they can be tested alone:
// how a hash is shortened, which two versions the URL compares, which pair a row of the history
// proposes, and what a restore says.

/** The first 12 hex digits name a version among its siblings; the full hash stays at hand. */
export const SHORT_HASH_LENGTH = 12;
export const shortHash = (sha256: string): string => sha256.slice(0, SHORT_HASH_LENGTH);

/** The comparison lives in the URL (?desde=1&hasta=3), so that it can be reloaded and shared. */
export const FROM_PARAM = 'desde';
export const TO_PARAM = 'hasta';

export interface Comparison {
  from: number | null;
  to: number | null;
}

/** A version number named in the URL, if the document has it; anything else is no choice. */
export function versionParam(raw: string | null, versions: readonly number[]): number | null {
  if (raw === null || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  const version = Number(raw);
  return versions.includes(version) ? version : null;
}

export const comparisonOf = (params: URLSearchParams, versions: readonly number[]): Comparison => ({
  from: versionParam(params.get(FROM_PARAM), versions),
  to: versionParam(params.get(TO_PARAM), versions),
});

/** The URL's parameters with this comparison (the others kept as they are). */
export function withComparison(params: URLSearchParams, comparison: Comparison): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of [
    [FROM_PARAM, comparison.from],
    [TO_PARAM, comparison.to],
  ] as const) {
    if (value === null) next.delete(name);
    else next.set(name, String(value));
  }
  return next;
}

/**
 * What a row's "Comparar" proposes: an earlier version against the latest; the latest against
 * the one before it. Nothing when the document has a single version.
 */
export function comparisonFor(version: number, latest: number): { from: number; to: number } | null {
  if (latest < 2 || version < 1 || version > latest) return null;
  return version === latest ? { from: latest - 1, to: latest } : { from: version, to: latest };
}

/** What the comparison shows, before any content is read. */
export type ComparisonState = 'choose' | 'same' | 'ready';

export function comparisonState({ from, to }: Comparison): ComparisonState {
  if (from === null || to === null) return 'choose';
  return from === to ? 'same' : 'ready';
}

export const restoredMessage = (from: number, to: number): string =>
  `Se restauró la versión ${from} como la versión ${to}.`;

/** The restore's promise, said before it happens. */
export const restoreExplanation = (version: number, current: number): string =>
  `El contenido de la versión ${version} pasará a ser una nueva versión del documento, la versión ${current + 1}, ` +
  `que se podrá seguir editando como borrador. No se borra nada: ` +
  (current === 1 ? 'la versión 1 queda' : `las versiones 1 a ${current} quedan`) +
  ' en el historial tal como están.';

/** The restore just made, as the document page receives it from the version page. */
export interface Restored {
  from: number;
  to: number;
}

const isVersionNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1;

export function restoredOf(state: unknown): Restored | null {
  if (typeof state !== 'object' || state === null || !('restored' in state)) return null;
  const restored = state.restored;
  if (typeof restored !== 'object' || restored === null) return null;
  const { from, to } = restored as Record<string, unknown>;
  return isVersionNumber(from) && isVersionNumber(to) && from < to ? { from, to } : null;
}

/** STALE_VERSION's news, with the version now saved when the API said it. */
export function staleRestoreMessage(currentVersion: unknown): string {
  const now = isVersionNumber(currentVersion) ? ` (ahora está en la versión ${currentVersion})` : '';
  return (
    `Otra persona guardó el documento después de que usted abrió esta página${now}, así que no se restauró. ` +
    'Recargue el documento y, si todavía lo desea, vuelva a restaurar.'
  );
}

// Before "Enviar a aprobación": the documents about to be sent (those in draft) that still have
// observations neither answered nor marked addressed. Enfoque warns; the API decides.

export interface OpenOnDocument {
  kind: string;
  count: number;
}

export function openObservationsToSubmit(
  documents: readonly { kind: string; status: string }[],
  observations: readonly { kind: string; status: string }[],
): OpenOnDocument[] {
  return documents
    .filter((document) => document.status === 'draft')
    .map((document) => ({
      kind: document.kind,
      count: observations.filter((o) => o.kind === document.kind && o.status === 'open').length,
    }))
    .filter((document) => document.count > 0);
}

/** The form of a document, filtered to its fields with open observations. */
export const openObservationsLink = (cycleId: string, kind: string): string =>
  `/ciclos/${cycleId}/documentos/${kind}?editar=1&abiertas=1`;

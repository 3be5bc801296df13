// Where the versions screens live (App.tsx routes them).
export const documentPath = (cycleId: string, kind: string): string => `/ciclos/${cycleId}/documentos/${kind}`;

export const versionPath = (cycleId: string, kind: string, version: number): string =>
  `${documentPath(cycleId, kind)}/versiones/${version}`;

/** The id of the comparison on the document page, to scroll and move focus to. */
export const COMPARE_HEADING_ID = 'comparar-versiones-titulo';

// What a verification means (medio de verificación) may be: the one definition read by the API
// (src/records/evidence-type.ts, which also checks the bytes) and by the browser, which refuses a
// file before sending it. Plain TypeScript, no Node or DOM API.

export interface EvidenceType {
  /** The extension the API gives a stored file of this type. */
  ext: string;
  /** Every extension a person's file of this type may have. */
  extensions: readonly string[];
  mime: string;
  /** How a person calls it. */
  name: string;
}

export const EVIDENCE_TYPES: readonly EvidenceType[] = [
  { ext: 'pdf', extensions: ['pdf'], mime: 'application/pdf', name: 'PDF' },
  {
    ext: 'docx',
    extensions: ['docx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    name: 'Word (.docx)',
  },
  {
    ext: 'xlsx',
    extensions: ['xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    name: 'Excel (.xlsx)',
  },
  {
    ext: 'odt',
    extensions: ['odt'],
    mime: 'application/vnd.oasis.opendocument.text',
    name: 'texto OpenDocument (.odt)',
  },
  { ext: 'png', extensions: ['png'], mime: 'image/png', name: 'imagen PNG' },
  { ext: 'jpg', extensions: ['jpg', 'jpeg'], mime: 'image/jpeg', name: 'imagen JPEG' },
];

/** At most 20 MB per file (as a computer counts them: 20 × 1024 × 1024 bytes). */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const MAX_EVIDENCE_PER_ENTRY = 50;
/**
 * At most 250 MB of verification means in one cycle, all its entries together: the cycle's
 * dossier carries every one of them, and it must stay a download people can take away.
 */
export const MAX_EVIDENCE_BYTES_PER_CYCLE = 250 * 1024 * 1024;

/** "PDF, Word (.docx), Excel (.xlsx), texto OpenDocument (.odt), imagen PNG o imagen JPEG". */
export const EVIDENCE_TYPE_NAMES = (() => {
  const names = EVIDENCE_TYPES.map((t) => t.name);
  return `${names.slice(0, -1).join(', ')} o ${names.at(-1)}`;
})();

/** For a file input's `accept`: the extensions and the media types. */
export const EVIDENCE_ACCEPT = [
  ...EVIDENCE_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)),
  ...EVIDENCE_TYPES.map((t) => t.mime),
].join(',');

export const evidenceTypeOfExtension = (ext: string): EvidenceType | undefined =>
  EVIDENCE_TYPES.find((t) => t.ext === ext);

const number = (digits: number) =>
  new Intl.NumberFormat('es-CL', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** "845 bytes", "48,2 kB", "20 MB", counted as a computer shows a file's size (1 kB = 1024 bytes). */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${number(1).format(bytes / 1024)} kB`;
  return `${number(1).format(bytes / (1024 * 1024))} MB`;
}

export const MAX_EVIDENCE_SIZE_TEXT = formatFileSize(MAX_EVIDENCE_BYTES);
export const MAX_CYCLE_EVIDENCE_SIZE_TEXT = formatFileSize(MAX_EVIDENCE_BYTES_PER_CYCLE);

/** "12,5 MB usados de 250 MB": the cycle's space for verification means, used and allowed. */
export const cycleEvidenceSpaceText = (usedBytes: number): string =>
  `${formatFileSize(usedBytes)} usados de ${MAX_CYCLE_EVIDENCE_SIZE_TEXT}`;

/**
 * Why a file does not fit in what is left of the cycle's space, in Spanish, naming the file and
 * the bound; null when it fits. `usedBytes` is what the cycle's files already take.
 */
export function cycleEvidenceProblem(file: { name: string; size: number }, usedBytes: number): string | null {
  if (usedBytes + file.size <= MAX_EVIDENCE_BYTES_PER_CYCLE) return null;
  return `«${file.name}» (${formatFileSize(file.size)}) no cabe: cada ciclo admite a lo más ${MAX_CYCLE_EVIDENCE_SIZE_TEXT} en medios de verificación y este ya usa ${formatFileSize(usedBytes)}.`;
}

/** What a browser knows of a file before sending it. */
export interface CandidateFile {
  name: string;
  size: number;
  /** The media type the browser guessed; often empty. */
  type: string;
}

const extensionOf = (name: string): string => {
  const match = /\.([^.\\/]+)$/.exec(name.trim());
  return match?.[1]?.toLowerCase() ?? '';
};

/**
 * Why a file cannot be a verification means, in Spanish and naming the file and the rule; null
 * when it may be sent. By its name and size only: the API reads its bytes to be sure of its type.
 */
export function evidenceFileProblem(file: CandidateFile): string | null {
  const name = `«${file.name}»`;
  const ext = extensionOf(file.name);
  const known = EVIDENCE_TYPES.some((t) => t.extensions.includes(ext) || (ext === '' && t.mime === file.type));
  if (!known) {
    const what = ext ? `es un archivo .${ext}` : 'no tiene una extensión que indique su tipo';
    return `${name} ${what}: se admiten archivos ${EVIDENCE_TYPE_NAMES}.`;
  }
  if (file.size === 0) return `${name} está vacío: elija el archivo con su contenido.`;
  if (file.size > MAX_EVIDENCE_BYTES) {
    const size = formatFileSize(file.size);
    // Just over the limit, rounding would say "pesa 20 MB": say it is more.
    const weight = size === MAX_EVIDENCE_SIZE_TEXT ? `más de ${size}` : size;
    return `${name} pesa ${weight}: el máximo por archivo es ${MAX_EVIDENCE_SIZE_TEXT}.`;
  }
  return null;
}

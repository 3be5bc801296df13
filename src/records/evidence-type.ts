import { fromBuffer } from 'file-type';

// Verification means are documents and pictures; the type is read from the bytes, not the name.
const ALLOWED: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
};

export const ALLOWED_EXTENSIONS = Object.keys(ALLOWED);
export const ALLOWED_MEDIA_TYPES = Object.values(ALLOWED);

export async function detectEvidenceType(bytes: Buffer): Promise<{ ext: string; mime: string } | null> {
  const detected = await fromBuffer(bytes);
  return detected && ALLOWED[detected.ext] ? { ext: detected.ext, mime: ALLOWED[detected.ext] } : null;
}

// Keeps a readable name: no folders, no control or reserved characters, bounded length, and the
// extension of the type actually detected.
export function sanitiseFileName(original: string, ext: string): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  const stem = base
    .normalize('NFC')
    .replace(/\.[^.]*$/, '')
    // Control characters (a name is one line), characters Windows forbids, invisible and bidi marks.
    .replace(/[\p{Cc}<>:"|?*\u200b-\u200f\u202a-\u202e]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+/, '')
    .trim()
    .slice(0, 120);
  return `${stem || 'archivo'}.${ext}`;
}

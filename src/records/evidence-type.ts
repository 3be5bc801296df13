import { fromBuffer } from 'file-type';
import { EVIDENCE_TYPES, evidenceTypeOfExtension } from '../../workflows/evidence-rules';

// Verification means are documents and pictures (workflows/evidence-rules.ts, the rules the
// browser also applies); here the type is read from the bytes, not the name.
export const ALLOWED_MEDIA_TYPES = EVIDENCE_TYPES.map((type) => type.mime);

export async function detectEvidenceType(bytes: Buffer): Promise<{ ext: string; mime: string } | null> {
  const detected = await fromBuffer(bytes);
  const type = detected ? evidenceTypeOfExtension(detected.ext) : undefined;
  return type ? { ext: type.ext, mime: type.mime } : null;
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

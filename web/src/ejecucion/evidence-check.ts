import {
  cycleEvidenceProblem,
  evidenceFileProblem,
  MAX_EVIDENCE_PER_ENTRY,
  MAX_EVIDENCE_SIZE_TEXT,
  type CandidateFile,
} from '@procedure/evidence-rules';
import { ApiError } from '../api/client';

// Before anything is sent: the files a person chose or dropped, sorted into those that may go and
// those refused (with the reason, naming the file and the rule: the same rules the API applies).

export interface Refused<F> {
  file: F;
  message: string;
}

export function sortFiles<F extends CandidateFile>(
  files: readonly F[],
  alreadyAttached: number,
  cycleUsedBytes: number,
): { accepted: F[]; refused: Refused<F>[] } {
  const accepted: F[] = [];
  const refused: Refused<F>[] = [];
  let used = cycleUsedBytes;
  for (const file of files) {
    const problem = evidenceFileProblem(file) ?? cycleEvidenceProblem(file, used);
    if (problem) refused.push({ file, message: problem });
    else if (alreadyAttached + accepted.length >= MAX_EVIDENCE_PER_ENTRY)
      refused.push({
        file,
        message: `«${file.name}» no se adjuntó: cada registro admite a lo más ${MAX_EVIDENCE_PER_ENTRY} archivos.`,
      });
    else {
      accepted.push(file);
      used += file.size;
    }
  }
  return { accepted, refused };
}

/** The API's refusal of one file, in Spanish and naming it. */
export function uploadRefusal(fileName: string, error: unknown): string {
  if (error instanceof ApiError) {
    // Multer's own answer to an oversized file names no rule: say it. (The cycle's space full is
    // also a 413, with its own message.)
    if (error.status === 413 && error.code === 'PAYLOAD_TOO_LARGE')
      return `«${fileName}» no se adjuntó: el máximo por archivo es ${MAX_EVIDENCE_SIZE_TEXT}.`;
    return `«${fileName}» no se adjuntó. ${error.message}`;
  }
  return `«${fileName}» no se adjuntó: ocurrió un problema inesperado. Intente nuevamente.`;
}

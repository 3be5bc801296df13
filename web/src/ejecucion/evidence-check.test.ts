import {
  cycleEvidenceSpaceText,
  EVIDENCE_ACCEPT,
  EVIDENCE_TYPE_NAMES,
  evidenceFileProblem,
  formatFileSize,
  MAX_EVIDENCE_BYTES,
  MAX_EVIDENCE_BYTES_PER_CYCLE,
  MAX_EVIDENCE_PER_ENTRY,
} from '@procedure/evidence-rules';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { sortFiles, uploadRefusal } from './evidence-check';

const file = (name: string, size = 48_200, type = '') => ({ name, size, type });

describe('a file checked before it is sent, with the API’s own rules', () => {
  it('takes the documents and pictures the API admits, whatever the case of the extension', () => {
    for (const name of [
      'Acta reunión género.pdf',
      'Lista.DOCX',
      'Datos.xlsx',
      'Informe.odt',
      'Foto.png',
      'Foto.JPG',
      'Foto.jpeg',
    ])
      expect(evidenceFileProblem(file(name))).toBeNull();
    // No extension: the browser's media type decides.
    expect(evidenceFileProblem(file('escaneo', 1000, 'application/pdf'))).toBeNull();
  });

  it('refuses another type, naming the file and the types admitted, in Spanish', () => {
    expect(evidenceFileProblem(file('programa.exe', 1000, 'application/x-msdownload'))).toBe(
      `«programa.exe» es un archivo .exe: se admiten archivos ${EVIDENCE_TYPE_NAMES}.`,
    );
    expect(EVIDENCE_TYPE_NAMES).toBe(
      'PDF, Word (.docx), Excel (.xlsx), texto OpenDocument (.odt), imagen PNG o imagen JPEG',
    );
    // The name decides over a media type the browser guessed.
    expect(evidenceFileProblem(file('acta.doc', 1000, 'application/pdf'))).toMatch(
      /^«acta\.doc» es un archivo \.doc: /,
    );
    expect(evidenceFileProblem(file('sin-tipo'))).toMatch(
      /^«sin-tipo» no tiene una extensión que indique su tipo: se admiten/,
    );
  });

  it('refuses a file over 20 MB, saying its size and the maximum', () => {
    expect(evidenceFileProblem(file('Video.pdf', MAX_EVIDENCE_BYTES))).toBeNull();
    expect(evidenceFileProblem(file('Fotos del taller.pdf', MAX_EVIDENCE_BYTES + 1))).toBe(
      '«Fotos del taller.pdf» pesa más de 20 MB: el máximo por archivo es 20 MB.',
    );
    expect(evidenceFileProblem(file('Fotos del taller.pdf', 21 * 1024 * 1024))).toBe(
      '«Fotos del taller.pdf» pesa 21 MB: el máximo por archivo es 20 MB.',
    );
  });

  it('refuses an empty file', () => {
    expect(evidenceFileProblem(file('vacío.pdf', 0))).toBe(
      '«vacío.pdf» está vacío: elija el archivo con su contenido.',
    );
  });

  it('sorts a drop of several files: the good ones go, each bad one says why, up to the 50 per entry', () => {
    const { accepted, refused } = sortFiles(
      [file('a.pdf'), file('b.exe'), file('c.png', MAX_EVIDENCE_BYTES + 1)],
      0,
      0,
    );
    expect(accepted.map((f) => f.name)).toEqual(['a.pdf']);
    expect(refused.map((r) => r.file.name)).toEqual(['b.exe', 'c.png']);
    const full = sortFiles([file('d.pdf'), file('e.pdf')], MAX_EVIDENCE_PER_ENTRY - 1, 0);
    expect(full.accepted.map((f) => f.name)).toEqual(['d.pdf']);
    expect(full.refused[0]?.message).toBe('«e.pdf» no se adjuntó: cada registro admite a lo más 50 archivos.');
  });

  it('refuses what does not fit in the cycle’s 250 MB, counting the files accepted before it', () => {
    const MB = 1024 * 1024;
    const used = MAX_EVIDENCE_BYTES_PER_CYCLE - 15 * MB;
    const { accepted, refused } = sortFiles([file('Acta.pdf', 10 * MB), file('Fotos.pdf', 10 * MB)], 0, used);
    expect(accepted.map((f) => f.name)).toEqual(['Acta.pdf']);
    expect(refused.map((r) => r.message)).toEqual([
      '«Fotos.pdf» (10 MB) no cabe: cada ciclo admite a lo más 250 MB en medios de verificación y este ya usa 245 MB.',
    ]);
    expect(sortFiles([file('Justo.pdf', 15 * MB)], 0, used).accepted).toHaveLength(1);
    expect(cycleEvidenceSpaceText(used)).toBe('235 MB usados de 250 MB');
  });

  it('offers the file dialog the same types', () => {
    expect(EVIDENCE_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.pdf', '.docx', '.jpeg', 'image/png']));
  });

  it('writes sizes as a computer shows them, the Chilean way', () => {
    expect(formatFileSize(845)).toBe('845 bytes');
    expect(formatFileSize(48_200)).toBe('47,1 kB');
    expect(formatFileSize(1_572_864)).toBe('1,5 MB');
  });
});

describe('the API’s refusal of a file, in Spanish and naming it', () => {
  it('says the API’s words, or the size rule for its bare 413', () => {
    const type = new ApiError(415, 'UNSUPPORTED_FILE_TYPE', 'El contenido del archivo no es de un tipo admitido.');
    expect(uploadRefusal('acta.pdf', type)).toBe(
      '«acta.pdf» no se adjuntó. El contenido del archivo no es de un tipo admitido.',
    );
    const big = new ApiError(413, 'PAYLOAD_TOO_LARGE', 'El contenido enviado excede el tamaño permitido');
    expect(uploadRefusal('acta.pdf', big)).toBe('«acta.pdf» no se adjuntó: el máximo por archivo es 20 MB.');
    const full = new ApiError(
      413,
      'CYCLE_EVIDENCE_FULL',
      'Cada ciclo admite a lo más 250 MB en medios de verificación.',
    );
    expect(uploadRefusal('acta.pdf', full)).toBe(
      '«acta.pdf» no se adjuntó. Cada ciclo admite a lo más 250 MB en medios de verificación.',
    );
    expect(uploadRefusal('acta.pdf', new Error('x'))).toMatch(
      /^«acta\.pdf» no se adjuntó: ocurrió un problema inesperado/,
    );
  });
});

import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RecordData } from '../record-data';
import { approvalChain } from './approval-chain';
import { evidenceFiles } from './evidence';
import { formatDate } from './format';
import { framedDocument, type RecordFrame } from './frame';
import { observationsHistory } from './observations';

// What every record shares around its own body: the frame (letterhead, header, footer,
// verification box), then evidence where the record has it, approval chain and observations.
export function recordDocument(
  data: RecordData,
  body: Content[],
  options: { evidence?: boolean } = {},
): TDocumentDefinitions {
  return framedDocument(recordFrame(data), [
    ...body,
    ...(options.evidence || (data.evidence?.length ?? 0) > 0 ? evidenceFiles(data) : []),
    ...approvalChain(data),
    ...observationsHistory(data),
  ]);
}

export function recordFrame(data: RecordData): RecordFrame {
  const { agency, record } = data;
  return {
    agency,
    year: data.year,
    title: record.title,
    code: record.code,
    facts: [
      ['Código del registro', record.code],
      ['Versión', `${record.version}`],
      ['Año del ciclo', `${data.year}`],
      ['Emitido', formatDate(record.issuedAt)],
    ],
    issuedAt: record.issuedAt,
    sha256: data.document.sha256,
    hashLabel: 'SHA-256 del documento',
    statement:
      data.document.version === undefined
        ? `Este certificado, emitido el ${formatDate(record.issuedAt)}, acredita la visación de las versiones que enumera, identificada por su huella SHA-256:`
        : `Este registro, emitido el ${formatDate(record.issuedAt)}, reproduce la versión ${data.document.version} del documento, identificada por su huella SHA-256:`,
    verifyUrl: data.verifyUrl,
  };
}

import type { ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ApprovalStep } from './record-data';
import { formatDate } from './parts/format';
import { framedDocument } from './parts/frame';
import { dataTable } from './parts/table';
import { code, t } from './parts/text';

export interface MasterListEntry {
  code: string;
  title: string;
  version: number;
  status: 'pending' | 'issued';
  obsolete: boolean;
  sha256: string | null;
  // The record's approval chain, as its PDF shows it.
  approvals: ApprovalStep[];
}

export interface MasterListData {
  agency: { code: string; name: string; ministry: string };
  year: number;
  generatedAt: string;
  // The cycle's history as the list was made: its last entry's number and hash, the seal the
  // footer and the QR code carry (GET /api/verify/<hash> says whose history it is).
  history: { seq: number; sha256: string };
  // PUBLIC_URL/verify/<history.sha256>
  verifyUrl: string;
  entries: MasterListEntry[];
}

export const MASTER_LIST_TITLE = 'Lista maestra de registros';

export const masterListCode = (year: number): string => `EG-${year}-LM`;

const statusLabel = (entry: MasterListEntry): string =>
  entry.status === 'pending' ? 'En emisión' : entry.obsolete ? 'Emitido (obsoleto)' : 'Emitido (vigente)';

// The dossier's master list (lista maestra de registros) for the management review: every record
// of the cycle with its version, state, hash and approval chain, in the frame every record has.
export function masterListDefinition(data: MasterListData): TDocumentDefinitions {
  const generated = formatDate(data.generatedAt);
  return framedDocument(
    {
      agency: data.agency,
      year: data.year,
      title: MASTER_LIST_TITLE,
      code: masterListCode(data.year),
      facts: [
        ['Código', masterListCode(data.year)],
        ['Registros', `${data.entries.length}`],
        ['Año del ciclo', `${data.year}`],
        ['Generada', generated],
      ],
      issuedAt: data.generatedAt,
      sha256: data.history.sha256,
      hashLabel: `SHA-256 del historial del ciclo (entrada ${data.history.seq})`,
      statement: `Esta lista, generada el ${generated}, enumera los registros del ciclo según su historial hasta la entrada ${data.history.seq}, cuya huella SHA-256 es:`,
      verifyUrl: data.verifyUrl,
    },
    [
      t(
        'Cada registro se verifica por sí mismo con la huella de su PDF o con el código QR que lleva impreso.',
        'body',
        {
          margin: [0, 8, 0, 6],
        },
      ),
      dataTable(
        [
          { header: 'Código', weight: 2.2 },
          { header: 'Registro, huella SHA-256 del PDF y cadena de aprobación', weight: 6 },
          { header: 'Versión', weight: 0.9, alignment: 'right' },
          { header: 'Estado', weight: 1.4 },
        ],
        data.entries.map((entry) => [
          code(entry.code, undefined, { bold: true }),
          {
            stack: [
              t(entry.title, undefined, { bold: true }),
              code(entry.sha256 ?? 'Sin PDF aún', 'tiny'),
              ...entry.approvals.map(step),
            ],
          },
          `${entry.version}`,
          t(statusLabel(entry)),
        ]),
        'El ciclo aún no tiene registros.',
        // A row is a dozen lines at most: each record is read on one page.
        { wholeRows: true },
      ),
    ],
  );
}

// One step of the record's chain per line, as its PDF shows it.
function step({ step, by }: ApprovalStep): ContentText {
  const text = by === null ? `${step}: pendiente` : `${step}: ${by.name}, ${by.role}, ${formatDate(by.at)}`;
  return t(text, 'small', { margin: [0, 2, 0, 0] });
}

import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { heading } from './parts/blocks';
import { formatDateShort, toFixedDate } from './parts/format';
import { dataTable } from './parts/table';
import { code, t } from './parts/text';
import { DEFAULT_STYLE, PAGE_MARGINS, STYLES } from './parts/theme';

export interface MasterListEntry {
  code: string;
  title: string;
  version: number;
  status: 'pending' | 'issued';
  obsolete: boolean;
  sha256: string | null;
  approvals: { author: string; headApproval: string | null; visa: string | null };
}

export interface MasterListData {
  agency: { code: string; name: string };
  year: number;
  generatedAt: string;
  entries: MasterListEntry[];
}

const statusLabel = (entry: MasterListEntry): string =>
  entry.status === 'pending' ? 'En emisión' : entry.obsolete ? 'Emitido (obsoleto)' : 'Emitido (vigente)';

// The dossier's master list (lista maestra de registros) for the management review: every record
// of the cycle with its version, state, hash and approval chain.
export function masterListDefinition(data: MasterListData): TDocumentDefinitions {
  const body: Content[] = [
    heading('Lista maestra de registros'),
    t(`${data.agency.name} (${data.agency.code}) · Ciclo ${data.year} · Sistema Enfoque de Género`),
    t(`Generada el ${formatDateShort(data.generatedAt)}`, 'muted'),
    dataTable(
      [
        { header: 'Código', weight: 3 },
        { header: 'Registro', weight: 4 },
        { header: 'Versión', weight: 1, alignment: 'center' },
        { header: 'Estado', weight: 2 },
        { header: 'SHA-256 del PDF', weight: 5 },
        { header: 'Aprobaciones', weight: 4 },
      ],
      data.entries.map((entry) => [
        code(entry.code),
        t(entry.title),
        t(String(entry.version)),
        t(statusLabel(entry)),
        code(entry.sha256 ?? '—'),
        t(
          [
            `Autoría: ${entry.approvals.author}`,
            `Jefatura: ${entry.approvals.headApproval ?? 'no aplica'}`,
            `V°B° SERNAM: ${entry.approvals.visa ?? 'no aplica'}`,
          ].join('\n'),
        ),
      ]),
      'El ciclo aún no tiene registros.',
    ),
  ];
  return {
    pageSize: 'LETTER',
    pageMargins: PAGE_MARGINS,
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    info: {
      title: `Lista maestra ${data.agency.code} ${data.year}`,
      author: data.agency.name,
      creationDate: toFixedDate(data.generatedAt),
    },
    footer: (current: number, total: number) => ({
      text: `Página ${current} de ${total}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 20, 0, 0],
    }),
    content: body,
  };
}

import type { Content, TableCell } from 'pdfmake/interfaces';
import { GATED_KINDS, type RecordData, type Signature } from '../record-data';
import { heading } from './blocks';
import { formatDateShort } from './format';
import { dataTable } from './table';
import { t } from './text';

type Step = 'pending' | 'not-applicable' | Signature;

// Author, then the head's approval, then SERNAM's visa (PROCEDURE.md, "the gate"). Records
// outside a gate show "no aplica" unless the data carries a signature anyway.
export function approvalChain(data: RecordData): Content[] {
  const gated = GATED_KINDS.has(data.record.kind);
  const { author, headApproval, visa } = data.approvals;
  // A certificate is itself the visa: its chain is the expert who granted it.
  const rows: TableCell[][] =
    data.record.kind === 'visa-certificate'
      ? [row('V°B° otorgado por (Red de Expertos SERNAM)', author, 'Otorgado')]
      : [
          row('Elaborado por', author, 'Elaborado'),
          row('Aprobación de la Jefatura de Servicio', step(headApproval, gated), 'Aprobado'),
          row('V°B° técnico SERNAM (Red de Expertos)', step(visa, gated), 'Otorgado'),
        ];
  return [
    heading('Cadena de aprobación'),
    dataTable(
      [
        { header: 'Etapa', weight: 3 },
        { header: 'Nombre', weight: 3 },
        { header: 'Fecha', weight: 1.6 },
        { header: 'Estado', weight: 1.2 },
      ],
      rows,
    ),
  ];
}

function step(signature: Signature | null | undefined, gated: boolean): Step {
  if (signature) return signature;
  return gated ? 'pending' : 'not-applicable';
}

function row(label: string, value: Step, done: string): TableCell[] {
  if (value === 'pending' || value === 'not-applicable') {
    const status = value === 'pending' ? 'Pendiente' : 'No aplica';
    return [{ text: label, bold: true }, { text: '—', style: 'muted' }, { text: '—', style: 'muted' }, status];
  }
  return [{ text: label, bold: true }, t(value.name), formatDateShort(value.at), done];
}

import type { Content, TableCell } from 'pdfmake/interfaces';
import { GATED_KINDS, type ApprovalStep, type RecordData } from '../record-data';
import { emptyNote, heading } from './blocks';
import { formatDateCell } from './format';
import { dataTable } from './table';
import { t } from './text';

// The steps as the cycle's history recorded them (src/records/approval-chain.ts): who wrote the
// version, who sent it, approved it and gave it the visa, or who registered it; for a V°B°
// certificate, the sending, the approval and the visa it certifies. Nothing here is inferred.
export function approvalChain(data: RecordData): Content[] {
  const outsideGate = !GATED_KINDS.has(data.record.kind) && data.record.kind !== 'visa-certificate';
  return [
    heading('Cadena de aprobación'),
    dataTable(
      [
        { header: 'Paso', weight: 2.9 },
        { header: 'Nombre', weight: 2.5 },
        { header: 'Rol', weight: 3 },
        { header: 'Fecha y hora', weight: 2.4 },
      ],
      data.approvals.map(row),
      'El historial no registra pasos de este documento.',
    ),
    ...(outsideGate
      ? [emptyNote('Este registro no pasa por la aprobación de la Jefatura ni por el V°B° técnico de SERNAM.')]
      : []),
  ];
}

function row({ step, by }: ApprovalStep): TableCell[] {
  if (by === null) return [t(step, undefined, { bold: true }), { text: 'Pendiente', style: 'muted' }, '—', '—'];
  return [t(step, undefined, { bold: true }), t(by.name), t(by.role), formatDateCell(by.at)];
}

import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ItemObservation, RecordData } from '../record-data';
import { RECORD_TITLES, type RecordKind } from '../record-data';
import { heading } from './blocks';
import { formatDate, formatDateCell } from './format';
import { labelOf, OBSERVATION_LABELS, roleLabel } from './labels';
import { dataTable } from './table';
import { code, t } from './text';

// Where the authors stand on an observation on an item.
const ITEM_STATUS_LABELS = {
  open: 'Pendiente',
  answered: 'Respondida',
  addressed: 'Atendida',
} as const;

// Every return by the head and denial by SERNAM, oldest first, with who said what; then what
// each said about single items or fields, numbered by round, with the authors' answers.
export function observationsHistory(data: RecordData): Content[] {
  const sorted = [...data.observations].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return [
    heading('Historial de observaciones'),
    dataTable(
      [
        { header: 'Fecha', weight: 2.3 },
        { header: 'Tipo', weight: 1.7 },
        { header: 'Persona', weight: 2.4 },
        { header: 'Comentario', weight: 4.5 },
      ],
      sorted.map((o) => [
        formatDateCell(o.at),
        labelOf(OBSERVATION_LABELS, o.type),
        { stack: [t(o.by, undefined, { bold: true }), t(roleLabel(o.role), 'small')] },
        t(o.comment),
      ]),
      'Sin observaciones: el documento no fue devuelto por la Jefatura ni tuvo V°B° denegado.',
    ),
    ...itemObservations(sorted),
  ];
}

function itemObservations(rounds: RecordData['observations']): Content[] {
  const rows = rounds.flatMap((round, index) =>
    (round.items ?? []).map((item) => itemRow(item, index + 1, round.at, round.by)),
  );
  // Records of several documents (the V°B° certificate) say which document each item is in.
  const kinds = new Set(rounds.flatMap((round) => (round.items ?? []).map((item) => item.kind)));
  if (rows.length === 0) return [];
  return [
    heading('Observaciones por elemento', 3),
    dataTable(
      [
        { header: 'Ronda', weight: 2 },
        { header: 'Elemento', weight: 2.4 },
        { header: 'Observación', weight: 3.8 },
        { header: 'Respuesta', weight: 3.6 },
      ],
      rows.map((row) => row(kinds.size > 1)),
    ),
  ];
}

function itemRow(item: ItemObservation, round: number, at: string, by: string) {
  return (withKind: boolean): TableCell[] => [
    {
      stack: [
        { text: `${round}`, bold: true },
        { text: formatDateCell(at), style: 'small' },
      ],
    },
    {
      stack: [
        ...(withKind ? [t(labelOf(RECORD_TITLES, item.kind as RecordKind), 'small')] : []),
        ...(item.itemId ? [code(item.itemId, undefined, { bold: true })] : []),
        code(item.path, 'small'),
        { text: `Versión ${item.version}`, style: 'small' },
      ],
    },
    { stack: [t(item.text), t(by, 'small')] },
    { stack: [{ text: answerStatus(item), bold: true }, ...answer(item)] },
  ];
}

function answerStatus(item: ItemObservation): string {
  const label = labelOf(ITEM_STATUS_LABELS, item.status);
  return item.addressedInVersion === null ? label : `${label} en la versión ${item.addressedInVersion}`;
}

function answer(item: ItemObservation): Content[] {
  if (item.answer === null && item.answeredBy === null) return [];
  const who = [item.answeredBy, item.answeredAt ? formatDate(item.answeredAt) : null].filter(Boolean).join(', ');
  return [...(item.answer ? [t(item.answer)] : []), ...(who ? [t(who, 'small')] : [])];
}

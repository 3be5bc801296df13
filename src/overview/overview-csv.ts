import { roleLabel, stateLabel } from '../../workflows/labels';
import { CsvDelimiter, CsvValue, toCsv } from './csv';
import type { OverviewRow } from './overview-rows';

const COLUMNS: [string, (row: OverviewRow) => CsvValue][] = [
  ['Código del servicio', (r) => r.agency.code],
  ['Servicio', (r) => r.agency.name],
  ['Año', (r) => r.year],
  ['Etapa', (r) => r.stageLabel],
  ['Estado', (r) => (r.state === null ? null : stateLabel(r.state))],
  ['Días en el estado', (r) => r.daysInState],
  ['Compuerta pendiente', (r) => r.pendingGate?.label ?? null],
  ['Debe actuar', (r) => r.pendingGate?.awaiting.map(roleLabel).join(', ') ?? null],
  ['Plazo de la compuerta', (r) => r.pendingGate?.dueDate ?? null],
  ['Plazos vencidos', (r) => r.overdue.deadlines],
  ['Compromisos vencidos', (r) => r.overdue.commitments],
  ['Devoluciones de la Jefatura', (r) => r.returns],
  ['Rechazos de visación', (r) => r.denials],
  ['Visaciones decididas', (r) => r.visaTurnaround.decisions],
  ['Días promedio de visación', (r) => r.visaTurnaround.averageDays],
  ['Indicadores medidos', (r) => r.indicators.measured],
  ['Indicadores fuera de meta', (r) => r.indicators.offTarget],
];

export function overviewCsv(rows: readonly OverviewRow[], delimiter: CsvDelimiter): string {
  return toCsv(
    COLUMNS.map(([header]) => header),
    rows.map((row) => COLUMNS.map(([, cell]) => cell(row))),
    delimiter,
  );
}

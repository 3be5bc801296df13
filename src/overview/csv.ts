// CSV as spreadsheets read it (RFC 4180 quoting). The BOM makes Excel read UTF-8 (tildes, ñ);
// ';' with a decimal comma is what Excel expects on Chilean-Spanish systems.

export type CsvDelimiter = ';' | ',';
export type CsvValue = string | number | boolean | null;

const BOM = '\uFEFF';
// A text cell starting like a formula would be run by the spreadsheet (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue, delimiter: CsvDelimiter): string {
  let text: string;
  if (value === null) text = '';
  else if (typeof value === 'boolean') text = value ? 'sí' : 'no';
  else if (typeof value === 'number') text = delimiter === ';' ? String(value).replace('.', ',') : String(value);
  else text = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly CsvValue[][], delimiter: CsvDelimiter = ';'): string {
  const line = (cells: readonly CsvValue[]) => cells.map((c) => csvCell(c, delimiter)).join(delimiter);
  return BOM + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}

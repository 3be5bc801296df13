// CSV as spreadsheets read it (RFC 4180 quoting). The BOM makes Excel read UTF-8 (tildes, ñ);
// ';' with a decimal comma is what Excel expects on Chilean-Spanish systems.

export type CsvDelimiter = ';' | ',';
export type CsvValue = string | number | boolean | null;

const BOM = '\uFEFF';
// CSV injection (OWASP): a text cell starting with = + - @, a tab or a carriage return would be run
// as a formula; an apostrophe before it makes it text. A formula sign after a separator (and any
// spaces or quotes) starts a cell too for a spreadsheet that splits on another delimiter than the
// one chosen ("Servicio,=2+5" opened by one that splits on commas): an apostrophe goes there too.
// Full-width forms count, as some spreadsheets accept them.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const FORMULA_AFTER_SEPARATOR = /(^|[,;\t\r\n])([\s"]*)(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;

/** Text a spreadsheet shows as typed: never run as a formula, wherever it is split. */
export function inertText(text: string): string {
  return (FORMULA_START.test(text) ? `'${text}` : text).replace(FORMULA_AFTER_SEPARATOR, "$1$2'");
}

// Every text cell is quoted, so that it stays one cell whatever delimiter the spreadsheet splits on;
// numbers are not, so that they stay numbers.
export function csvCell(value: CsvValue, delimiter: CsvDelimiter): string {
  if (value === null) return '';
  if (typeof value === 'number') return delimiter === ';' ? String(value).replace('.', ',') : String(value);
  const text = typeof value === 'boolean' ? (value ? 'sí' : 'no') : inertText(value);
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly CsvValue[][], delimiter: CsvDelimiter = ';'): string {
  const line = (cells: readonly CsvValue[]) => cells.map((c) => csvCell(c, delimiter)).join(delimiter);
  return BOM + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}

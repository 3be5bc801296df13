import { csvCell, toCsv } from './csv';

// Reads CSV as a spreadsheet does with the given delimiter: RFC 4180 quotes, CRLF or LF rows.
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
    } else cell += c;
  }
  return rows;
}
// A careless import: splits on the delimiter and line breaks whatever the quotes say, then drops them.
const splitCarelessly = (text: string, delimiter: string): string[] =>
  text.split(/\r\n|\n|\r/).flatMap((line) => line.split(delimiter).map((cell) => cell.replace(/"/g, '')));
const runsAsFormula = (cell: string) => /^[=+\-@\t\r＝＋－＠]/.test(cell.trimStart());

describe('CSV', () => {
  it('quotes every text cell, doubling inner quotes, and leaves numbers bare', () => {
    expect(csvCell('Servicio "Fomento"; Región', ';')).toBe('"Servicio ""Fomento""; Región"');
    expect(csvCell('línea 1\nlínea 2', ';')).toBe('"línea 1\nlínea 2"');
    expect(csvCell('a,b', ';')).toBe('"a,b"');
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('Diagnóstico', ';')).toBe('"Diagnóstico"');
    expect(csvCell(2027, ';')).toBe('2027');
  });

  it('writes numbers with a decimal comma for Excel in Spanish, and booleans in Spanish', () => {
    expect(csvCell(-31.7, ';')).toBe('-31,7');
    expect(csvCell(-31.7, ',')).toBe('-31.7');
    expect(csvCell(true, ';')).toBe('"sí"');
    expect(csvCell(null, ';')).toBe('');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")', ';')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+56 9 1234', ';')).toBe(`"'+56 9 1234"`);
    expect(csvCell('@SUM(A1)', ',')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\t=1+1', ';')).toBe(`"'\t'=1+1"`);
    expect(csvCell('\r=1+1', ';')).toBe(`"'\r'=1+1"`);
    expect(csvCell('＝1+1', ';')).toBe(`"'＝1+1"`);
    expect(csvCell('Servicio,=2+5+cmd', ';')).toBe(`"Servicio,'=2+5+cmd"`);
    expect(csvCell('a; -2+3', ',')).toBe(`"a; '-2+3"`);
    expect(csvCell('Región de Ñuble - Chillán', ';')).toBe('"Región de Ñuble - Chillán"');
  });

  // Whatever delimiter a spreadsheet splits the line on, no cell it makes starts a formula.
  it.each([';', ','] as const)(
    'keeps hostile cells inert for a spreadsheet splitting on any delimiter (export %s)',
    (delimiter) => {
      const hostile = [
        "Servicio,=2+5+cmd|' /C calc'!A0",
        'Servicio;=HYPERLINK("http://malo.example")',
        'Servicio\t@SUM(1+1)*cmd',
        'Servicio,  +1+1',
        'Servicio\n-2+3',
        'Servicio\r\n=1',
        '=1;=2,=3\t=4',
        '"=1", "+2"',
        ' =1',
      ];
      const csv = toCsv(
        ['Servicio', 'Año'],
        hostile.map((name) => [name, 2027]),
        delimiter,
      ).slice(1);
      for (const splitter of [';', ',', '\t']) {
        expect(parseCsv(csv, splitter).flat().filter(runsAsFormula)).toEqual([]);
        expect(splitCarelessly(csv, splitter).filter(runsAsFormula)).toEqual([]);
      }
      // Read with the chosen delimiter, each row is the name as typed (but for the apostrophes) and the year.
      const rows = parseCsv(csv, delimiter).slice(1);
      expect(rows.map(([name, year]) => [name.replace(/'/g, ''), year])).toEqual(
        hostile.map((name) => [name.replace(/'/g, ''), '2027']),
      );
    },
  );

  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    const csv = toCsv(['Año', 'Etapa'], [[2027, 'Diagnóstico']]);
    expect(csv).toBe('\uFEFF"Año";"Etapa"\r\n2027;"Diagnóstico"\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

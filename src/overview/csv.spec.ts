import { csvCell, toCsv } from './csv';

describe('CSV', () => {
  it('quotes delimiters, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('Servicio "Fomento"; Región', ';')).toBe('"Servicio ""Fomento""; Región"');
    expect(csvCell('línea 1\nlínea 2', ';')).toBe('"línea 1\nlínea 2"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('Diagnóstico', ';')).toBe('Diagnóstico');
  });

  it('writes numbers with a decimal comma for Excel in Spanish, and booleans in Spanish', () => {
    expect(csvCell(-31.7, ';')).toBe('-31,7');
    expect(csvCell(-31.7, ',')).toBe('-31.7');
    expect(csvCell(true, ';')).toBe('sí');
    expect(csvCell(null, ';')).toBe('');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")', ';')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+56 9 1234', ';')).toBe("'+56 9 1234");
  });

  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    const csv = toCsv(['Año', 'Etapa'], [[2027, 'Diagnóstico']]);
    expect(csv).toBe('\uFEFFAño;Etapa\r\n2027;Diagnóstico\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

import type { Content } from 'pdfmake/interfaces';
import { heading } from './blocks';
import { keepHeadingsWithNext, textLength } from './keep-with-next';
import { columnWidths, dataTable } from './table';
import { CONTENT_WIDTH } from './theme';

const table = (rows: number, cellText = 'celda'): Content =>
  dataTable(
    [
      { header: 'A', weight: 1 },
      { header: 'B', weight: 3 },
    ],
    Array.from({ length: rows }, () => [{ text: 'x' }, { text: cellText }]),
  );

describe('keepHeadingsWithNext', () => {
  it('binds headings to a short block that follows', () => {
    const h1 = heading('Sección');
    const h2 = heading('Subsección', 2);
    const short = table(2);
    expect(keepHeadingsWithNext([h1, h2, short, 'texto'])).toEqual([
      { stack: [h1, h2, short], unbreakable: true },
      'texto',
    ]);
  });

  it('never makes an unbreakable block of a long table or a long text', () => {
    const h = heading('Actividades');
    const long = table(200);
    const wordy = table(2, 'palabra '.repeat(200));
    expect(keepHeadingsWithNext([h, long])).toEqual([h, long]);
    expect(keepHeadingsWithNext([h, wordy])).toEqual([h, wordy]);
    expect(keepHeadingsWithNext([h])).toEqual([h]);
  });

  it('counts text however it is nested', () => {
    expect(textLength({ stack: ['ab', { text: ['c', { text: 'de' }] }, { ul: ['f'] }] })).toBe(6);
    expect(textLength(table(1, 'xyz'))).toBe('AB'.length + 'x'.length + 'xyz'.length);
  });
});

describe('dataTable', () => {
  it('fixes column widths that fit the page, in proportion to their weights', () => {
    const widths = columnWidths([1, 3]);
    const total = widths.reduce((a, b) => a + b, 0) + 2 * 2 * 4 + 3 * 0.5;
    expect(total).toBeLessThanOrEqual(CONTENT_WIDTH);
    expect(total).toBeGreaterThan(CONTENT_WIDTH - 2);
    expect(widths[1]).toBeGreaterThanOrEqual(3 * widths[0] - 1);
  });

  it('repeats one header row, and says so when there is nothing to list', () => {
    const t = table(3) as { table: { headerRows: number; body: unknown[] } };
    expect(t.table.headerRows).toBe(1);
    expect(t.table.body).toHaveLength(4);
    expect(dataTable([{ header: 'A', weight: 1 }], [], 'Nada.')).toEqual({ text: 'Nada.', style: ['body', 'muted'] });
  });
});

import { renderRecord } from './render';
import { largeRecord } from './testing/large-records';
import { pdfText } from './testing/pdf-text';

// Large records: tables run over several pages, repeat their header row on each, and lose
// no row.

const pagesWith = (pages: string[], pattern: RegExp): number[] =>
  pages.flatMap((text, i) => (pattern.test(text) ? [i + 1] : []));

describe('a work programme of 200 activities', () => {
  let pages: string[] = [];

  beforeAll(async () => {
    pages = (await pdfText(await renderRecord(largeRecord('work-programme')))).pages;
  });

  it('spans several pages, each numbered', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    pages.forEach((text, i) => expect(text).toContain(`Página ${i + 1} de ${pages.length}`));
  });

  it('repeats the activities header row on every page the table spans', () => {
    const withActivities = pagesWith(pages, /\bA-\d+\b/);
    expect(withActivities.length).toBeGreaterThanOrEqual(8);
    for (const page of withActivities) {
      expect(pages[page - 1].replace(/\s+/g, ' ')).toContain(
        'Código Descripción Cronograma Medios de verificación Responsable',
      );
    }
  });

  it('keeps every activity, in order', () => {
    const ids: string[] = pages.join('\n').match(/\bA-\d+\b/g) ?? [];
    const first = ids.filter((id, i) => ids.indexOf(id) === i);
    expect(first).toEqual(Array.from({ length: 200 }, (_, i) => `A-${i + 1}`));
  });
});

describe('a diagnostic of 30 products', () => {
  let pages: string[] = [];

  beforeAll(async () => {
    pages = (await pdfText(await renderRecord(largeRecord('diagnostic')))).pages;
  });

  it('has a section and a women/men table for each product', () => {
    const text = pages.join('\n');
    for (let i = 1; i <= 30; i++) expect(text).toContain(`Producto estratégico PE-${i}\n`);
    expect(text.match(/Cantidad por sexo/g)).toHaveLength(30);
  });

  it('repeats the summary header when the product summary table breaks', () => {
    const summary = pagesWith(pages, /PE-\d+ [\d.—]+ [\d.—]+ [\d.—]+ [\d,]+ %|PE-\d+ — — — —/);
    expect(summary.length).toBeGreaterThanOrEqual(2);
    for (const page of summary)
      expect(pages[page - 1].replace(/\s+/g, ' ')).toContain('Producto estratégico Mujeres Hombres Total % mujeres');
  });
});

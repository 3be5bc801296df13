import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { evaluationTemplate } from '../evaluation.template';
import type { IndicatorChart } from '../record-data';
import { renderPdf, renderRecord } from '../render';
import { pdfPages, pdfText } from '../testing/pdf-text';
import { sampleRecord } from '../testing/record-samples';
import { recordDocument } from './record-document';
import { chartScale, formatChartValue, MAX_CHART_PERIODS, SEX_COLORS, sexChart, valueDecimals } from './sex-chart';
import { CONTENT_WIDTH, PAGE_MARGINS } from './theme';

const quarters = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${2022 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);

const chart = (overrides: Partial<IndicatorChart> = {}): IndicatorChart => ({
  code: 'IND-7',
  name: 'Tasa de titulación por sexo',
  unit: 'percent',
  periods: ['2025', '2026', '2027'],
  women: [61.5, 64, 70.2],
  men: [72, 73.4, 74],
  ...overrides,
});

// The canvas rectangles drawn in one colour: the bars of one sex.
function bars(content: Content, fill: string): CanvasElement[] {
  const found: CanvasElement[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      const canvas = (node as { canvas?: CanvasElement[] }).canvas;
      // The legend's swatch is the one 9 points wide; bars are never exactly that.
      if (canvas) found.push(...canvas.filter((e) => e.type === 'rect' && e.color === fill && e.w !== 9));
      else Object.values(node).forEach(visit);
    }
  };
  visit(content);
  return found;
}

async function textOf(...charts: IndicatorChart[]): Promise<string> {
  const data = sampleRecord('evaluation');
  data.indicatorCharts = charts;
  return (await pdfText(await renderRecord(data))).flat;
}

describe('sex chart in the evaluation record', () => {
  it('draws the example indicators with the legend, the periods and the codes', async () => {
    const data = sampleRecord('evaluation');
    const flat = (await pdfText(await renderRecord(data))).flat;
    const section = flat.slice(flat.indexOf('Resultados de los indicadores por sexo'), flat.indexOf('Recomendaciones'));
    expect(section).toContain('Mujeres');
    expect(section).toContain('Hombres');
    for (const c of data.indicatorCharts ?? []) {
      expect(section).toContain(`${c.code} ${c.name}`);
      for (const period of c.periods) expect(section).toContain(period);
    }
    expect(section).toContain('Período 2024 2025 2026 2027 Mujeres 62,0 % 64,5 % 68,1 % 71,3 % Hombres 78,7 %');
    expect(section).toContain('Período 2024 2025 2026 2027 Mujeres 16,1 % 17,4 % s/d 19,8 %');
    expect(section).toContain('s/d: sin dato registrado, sin barra en el gráfico: 2026 (mujeres y hombres).');
  });

  it('says so in Spanish when there is nothing to chart', async () => {
    const none = await textOf();
    expect(none).toContain(
      'Resultados de los indicadores por sexo No hay mediciones por sexo registradas de los indicadores de este informe.',
    );
    const empty = await textOf(chart({ periods: [], women: [], men: [] }));
    expect(empty).toContain('IND-7 Tasa de titulación por sexo El indicador no tiene mediciones registradas.');
    const blank = await textOf(chart({ women: [null, null, null], men: [null, null, null] }));
    expect(blank).toContain('Las mediciones registradas no tienen valores de mujeres ni de hombres.');
  });

  it('draws no bar for missing data and notes which period and sex it is', async () => {
    const c = chart({ women: [61.5, null, 70.2], men: [null, null, 74] });
    expect(bars(sexChart(c), SEX_COLORS.women.fill)).toHaveLength(2);
    expect(bars(sexChart(c), SEX_COLORS.men.fill)).toHaveLength(1);
    const flat = await textOf(c);
    expect(flat).toContain('Mujeres 61,5 % s/d 70,2 % Hombres s/d s/d 74,0 %');
    expect(flat).toContain('sin barra en el gráfico: 2025 (hombres); 2026 (mujeres y hombres).');
  });

  it('renders one period, zero and negative values', async () => {
    const one = chart({ unit: 'ratio', periods: ['2027'], women: [0.68], men: [1] });
    const [woman] = bars(sexChart(one), SEX_COLORS.women.fill);
    // One period does not give bars as wide as the page.
    expect(woman).toMatchObject({ type: 'rect' });
    expect((woman as { w: number }).w).toBeLessThanOrEqual(26);
    const signed = chart({ periods: ['2026', '2027'], women: [-12.5, 0], men: [0, 4] });
    // A zero is a value, drawn as no height, and never marked as missing.
    expect(bars(sexChart(signed), SEX_COLORS.women.fill)).toHaveLength(1);
    const flat = await textOf(one, signed);
    expect(flat).toContain('Período 2027 Mujeres 0,68 Hombres 1,00');
    expect(flat).toContain('Mujeres \u221212,5 % 0,0 % Hombres 0,0 % 4,0 %');
    expect(flat).toContain('Hombres (barra derecha) 5 % 0 % \u22125 % \u221210 % \u221215 % Período');
    expect(flat).not.toContain('sin dato registrado');
  });

  it('shows the latest periods only when there are many, and says so', async () => {
    const periods = quarters(20);
    const c = chart({
      unit: 'count',
      periods,
      women: periods.map((_, i) => 100 + i),
      men: periods.map((_, i) => 200 - i),
    });
    expect(bars(sexChart(c), SEX_COLORS.women.fill)).toHaveLength(MAX_CHART_PERIODS);
    const flat = await textOf(c);
    expect(flat).toContain(`Período ${periods.slice(-MAX_CHART_PERIODS).join(' ')} Mujeres 108 109`);
    expect(flat).not.toContain('2022-Q1');
    expect(flat).toContain(
      'Se grafican los últimos 12 de 20 períodos medidos; los 8 anteriores a 2024-Q1 no se muestran.',
    );
  });

  it('wraps a very long name and keeps every label inside the margins', async () => {
    const long = chart({ name: `${'Porcentaje de mujeres que acceden '.repeat(6)}${'W'.repeat(300)}` });
    const data = sampleRecord('evaluation');
    data.indicatorCharts = [long, chart({ periods: quarters(12), women: Array(12).fill(1e9), men: Array(12).fill(0) })];
    const pieces = (await pdfPages(await renderRecord(data))).flatMap((page) => page.pieces);
    const left = PAGE_MARGINS[0];
    for (const piece of pieces.filter((p) => p.str.trim() !== '')) {
      expect(piece.x).toBeGreaterThanOrEqual(left - 1);
      expect(piece.x + piece.width).toBeLessThanOrEqual(left + CONTENT_WIDTH + 1);
    }
    expect(pieces.map((p) => p.str).join('')).toContain('W'.repeat(300));
  });

  it('prints a name longer than a page whole, and the chart after it', async () => {
    const flat = await textOf(chart({ name: 'W'.repeat(20_000) }));
    expect(flat.match(/W/g)?.length).toBe(20_000);
    expect(flat).toContain('Período 2025 2026 2027 Mujeres 61,5 % 64,0 % 70,2 %');
  });

  it('puts each period label under its own group, left to right', async () => {
    const periods = quarters(12);
    const data = sampleRecord('evaluation');
    data.indicatorCharts = [chart({ periods, women: Array(12).fill(50), men: Array(12).fill(50) })];
    const pieces = (await pdfPages(await renderRecord(data))).flatMap((page) => page.pieces);
    const xs = periods.map((period) => pieces.find((p) => p.str === period)?.x ?? Number.NaN);
    const group = (CONTENT_WIDTH - 50) / 12;
    xs.slice(1).forEach((x, i) => expect(x - xs[i]).toBeCloseTo(group, 0));
  });
});

describe('sexChart is pure', () => {
  it('gives equal definitions for equal input and leaves the input untouched', () => {
    const input = Object.freeze(
      chart({
        periods: Object.freeze(quarters(15)) as string[],
        women: Object.freeze([...Array(14).fill(3), null]) as (number | null)[],
        men: Object.freeze(Array(15).fill(2.5)) as number[],
      }),
    );
    expect(sexChart(input)).toEqual(sexChart(chart({ ...input })));
    expect(JSON.stringify(sexChart(input))).toBe(JSON.stringify(sexChart(input)));
    const data = sampleRecord('evaluation');
    expect(JSON.stringify(evaluationTemplate(data).content)).toBe(
      JSON.stringify(evaluationTemplate(sampleRecord('evaluation')).content),
    );
  });

  it('reads mismatched or non-finite values as missing rather than failing', async () => {
    const odd = chart({ periods: ['2025', '2026', '2027'], women: [Number.NaN, Infinity], men: [1] });
    expect(bars(sexChart(odd), SEX_COLORS.women.fill)).toHaveLength(0);
    expect(bars(sexChart(odd), SEX_COLORS.men.fill)).toHaveLength(1);
    const pdf = await renderPdf(recordDocument(sampleRecord('evaluation'), [sexChart(odd)]));
    expect((await pdfText(pdf)).flat).toContain('Mujeres s/d s/d s/d Hombres 1 % s/d s/d');
  });
});

describe('chart scale and numbers', () => {
  it('always includes zero and ends on round ticks', () => {
    expect(chartScale([61.5, 81.2]).ticks).toEqual([0, 25, 50, 75, 100]);
    expect(chartScale([-12.5, 4]).ticks).toEqual([-15, -10, -5, 0, 5]);
    expect(chartScale([410486, 601311]).ticks).toEqual([0, 200000, 400000, 600000, 800000]);
    expect(chartScale([0.68, 1])).toMatchObject({ ticks: [0, 0.25, 0.5, 0.75, 1], decimals: 2 });
    expect(chartScale([0.3, 0.1]).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('gives all-zero values a scale, in whole numbers for counts', () => {
    expect(chartScale([0, 0]).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(chartScale([0, 0], 1).ticks).toEqual([0, 1, 2, 3, 4]);
    expect(chartScale([2, 3], 1).ticks).toEqual([0, 1, 2, 3]);
  });

  it('formats values alike within a chart, as read in Chile', () => {
    expect(valueDecimals([62, 64.5], 'percent')).toBe(1);
    expect(valueDecimals([212, 419], 'count')).toBe(0);
    expect(valueDecimals([0.68, 1], 'ratio')).toBe(2);
    expect(valueDecimals([1 / 3], 'amount')).toBe(1);
    expect(formatChartValue(62, 'percent', 1)).toBe('62,0 %');
    expect(formatChartValue(601311, 'amount', 0)).toBe('601.311');
    expect(formatChartValue(-12.5, 'count', 1)).toBe('\u221212,5');
  });
});

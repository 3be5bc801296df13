import type { CanvasElement, Column, Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { IndicatorChart } from '../record-data';
import { emptyNote } from './blocks';
import { code, printable, t } from './text';
import { COLORS, CONTENT_WIDTH } from './theme';

// An indicator's values for women and men across periods, as a grouped bar chart drawn with
// pdfmake canvas primitives, over a table of the same values whose columns line up with the
// bar groups. The table carries the period labels and the exact numbers (and 's/d' where a
// value is missing), so the chart never has to print numbers on its bars, and the record
// reads the same when printed in black and white or copied as text.

// PuOr from ColorBrewer: safe for the common colour-vision deficiencies, and one dark and one
// light, so the two series stay apart on a greyscale printer. The light bars get a dark
// outline so they do not fade into white paper.
export const SEX_COLORS = {
  women: { fill: '#542788', line: '#542788' },
  men: { fill: '#f1a340', line: '#8c510a' },
} as const;

// The periods a chart shows at most: the latest ones. Twelve months, quarters of three years
// or semesters of six keep each group wide enough for its label and two readable bars.
export const MAX_CHART_PERIODS = 12;

const WIDTH = CONTENT_WIDTH;
// Left of the plot: the axis values, and below it the row labels of the table.
const AXIS_WIDTH = 50;
const PLOT_WIDTH = WIDTH - AXIS_WIDTH;
const PLOT_TOP = 6;
const PLOT_HEIGHT = 112;
const PLOT_BOTTOM = PLOT_TOP + PLOT_HEIGHT;
const MAX_BAR_WIDTH = 26;
const LABEL_SIZE = 7;
const TARGET_TICKS = 4;
const GRID_COLOR = '#d5dbe2';
const CAPTION_KEPT_CHARS = 600;

const UNIT_LABELS: Readonly<Record<string, string>> = {
  percent: 'porcentaje (%)',
  ratio: 'razón',
  count: 'número de personas o casos',
  amount: 'monto',
};

interface Scale {
  ticks: number[];
  low: number;
  high: number;
  decimals: number;
}

// A value that can be drawn; anything else (null, a missing entry, NaN, ±Infinity) is
// missing data, never a zero.
const finite = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

// Removes binary noise (0.1 + 0.2) from tick values so that they print as written.
const clean = (value: number): number => {
  const rounded = Number(value.toPrecision(12));
  return Object.is(rounded, -0) ? 0 : rounded;
};

// Ticks on 1, 2, 2.5 or 5 times a power of ten, always including zero, so that bars start
// from a baseline a reader can see and negative values hang below it.
export function chartScale(values: readonly number[], minStep = 0): Scale {
  let min = Math.min(0, ...values);
  let max = Math.max(0, ...values);
  if (min === max) max = Math.max(1, minStep * TARGET_TICKS);
  const raw = Math.max((max - min) / TARGET_TICKS, minStep);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normal = raw / magnitude;
  const factor = normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 2.5 ? 2.5 : normal <= 5 ? 5 : 10;
  const step = factor * magnitude;
  min = clean(Math.floor(min / step) * step);
  max = clean(Math.ceil(max / step) * step);
  const count = Math.round((max - min) / step);
  const ticks = Array.from({ length: count + 1 }, (_, i) => clean(min + i * step));
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9) + (factor === 2.5 ? 1 : 0));
  return { ticks, low: min, high: max, decimals };
}

// Chilean Spanish: decimal comma, thousands with a point, and a true minus sign.
export function formatChartValue(value: number, unit: string, decimals: number): string {
  const text = new Intl.NumberFormat('es-CL', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
  const signed = text.replace('-', '\u2212');
  return unit === 'percent' ? `${signed} %` : signed;
}

// Decimals enough for every value of the chart, at most two for ratios and one otherwise, so
// that a column of values reads alike ('62,0 %' next to '64,5 %').
export function valueDecimals(values: readonly number[], unit: string): number {
  const most = unit === 'ratio' ? 2 : 1;
  let needed = 0;
  for (const value of values) {
    const exact = Number(value.toFixed(most));
    while (needed < most && Number(value.toFixed(needed)) !== exact) needed++;
  }
  return needed;
}

interface Series {
  periods: string[];
  women: (number | null)[];
  men: (number | null)[];
  hidden: number;
}

// The latest MAX_CHART_PERIODS periods, in the order given (sexSeries gives time order),
// with the value arrays read at the same positions whatever their length.
function latest(chart: IndicatorChart): Series {
  const total = chart.periods.length;
  const first = Math.max(0, total - MAX_CHART_PERIODS);
  const positions = Array.from({ length: total - first }, (_, i) => first + i);
  return {
    periods: positions.map((i) => chart.periods[i]),
    women: positions.map((i) => finite(chart.women[i])),
    men: positions.map((i) => finite(chart.men[i])),
    hidden: first,
  };
}

export function sexChart(chart: IndicatorChart): Content {
  const series = latest(chart);
  const values = [...series.women, ...series.men].filter((v): v is number => v !== null);
  const body: Content[] = [];
  if (series.periods.length === 0) {
    body.push(emptyNote('El indicador no tiene mediciones registradas.'));
  } else if (values.length === 0) {
    body.push(emptyNote('Las mediciones registradas no tienen valores de mujeres ni de hombres.'));
    body.push(valuesTable(series, chart.unit, values));
  } else {
    // People and cases are counted in whole numbers: no axis value between them.
    const scale = chartScale(values, chart.unit === 'count' ? 1 : 0);
    body.push(legendRow(chart.unit), plot(series, scale, chart.unit), valuesTable(series, chart.unit, values));
  }
  const notes = chartNotes(chart, series, values.length > 0);
  if (notes.length > 0) body.push({ stack: notes, style: 'tiny', margin: [0, 2, 0, 0] });
  // A chart is about a third of a page, kept whole on one page with its caption. pdfmake
  // cuts off an unbreakable block taller than a page, so a caption too long for that (names
  // are stored up to 200 characters; this one came from elsewhere) flows on its own.
  if (chart.name.length <= CAPTION_KEPT_CHARS)
    return { stack: [caption(chart), ...body], unbreakable: true, margin: [0, 6, 0, 8] };
  return { stack: [caption(chart), { stack: body, unbreakable: true }], margin: [0, 6, 0, 8] };
}

function caption(chart: IndicatorChart): Content {
  return {
    text: [code(chart.code, 'strong', { color: COLORS.accent }), '  ', t(chart.name, undefined, { bold: true })],
    fontSize: 9.5,
    margin: [0, 0, 0, 2],
  };
}

function unitLabel(unit: string): string {
  return UNIT_LABELS[unit] ?? printable(unit);
}

function swatch(colors: { fill: string; line: string }): Column {
  const rect: CanvasElement = { type: 'rect', x: 0, y: 1.5, w: 9, h: 7, color: colors.fill, lineColor: colors.line };
  return { canvas: [{ ...rect, lineWidth: 0.6 }], width: 10 };
}

// The legend names each series by text next to a swatch drawn exactly as its bars are
// (fill and outline), and the bars keep one order: women left, men right.
function legendRow(unit: string): Content {
  const legend: Column = {
    width: 'auto',
    columns: [
      swatch(SEX_COLORS.women),
      { text: 'Mujeres (barra izquierda)', width: 'auto', margin: [0, 0, 10, 0] },
      swatch(SEX_COLORS.men),
      { text: 'Hombres (barra derecha)', width: 'auto' },
    ],
    columnGap: 3,
  };
  return {
    columns: [{ text: `Unidad: ${unitLabel(unit)}`, width: '*', color: COLORS.muted }, legend],
    fontSize: LABEL_SIZE + 0.5,
    margin: [0, 0, 0, 2],
  };
}

function plot(series: Series, scale: Scale, unit: string): Content {
  const y = (value: number): number => PLOT_BOTTOM - ((value - scale.low) / (scale.high - scale.low)) * PLOT_HEIGHT;
  const zero = y(0);
  const group = PLOT_WIDTH / series.periods.length;
  const bar = Math.min(MAX_BAR_WIDTH, group * 0.34);
  const gap = Math.min(3, group * 0.05);
  const canvas: CanvasElement[] = [];
  for (const tick of scale.ticks) {
    if (tick === 0) continue;
    canvas.push({
      type: 'line',
      x1: AXIS_WIDTH,
      y1: y(tick),
      x2: WIDTH,
      y2: y(tick),
      lineWidth: 0.4,
      lineColor: GRID_COLOR,
    });
  }
  series.periods.forEach((_, i) => {
    const centre = AXIS_WIDTH + group * (i + 0.5);
    const bars = [
      { value: series.women[i], x: centre - gap / 2 - bar, colors: SEX_COLORS.women },
      { value: series.men[i], x: centre + gap / 2, colors: SEX_COLORS.men },
    ];
    for (const { value, x, colors } of bars) {
      // Missing data gets no bar (the table below says 's/d'); zero is a bar of no height.
      if (value === null || value === 0) continue;
      const top = Math.min(y(value), zero);
      canvas.push({
        type: 'rect',
        x,
        y: top,
        w: bar,
        h: Math.abs(y(value) - zero),
        color: colors.fill,
        lineColor: colors.line,
        lineWidth: 0.6,
      });
    }
  });
  // Axis and baseline last, over the bars' outlines.
  canvas.push(
    {
      type: 'line',
      x1: AXIS_WIDTH,
      y1: PLOT_TOP,
      x2: AXIS_WIDTH,
      y2: PLOT_BOTTOM,
      lineWidth: 0.5,
      lineColor: COLORS.rule,
    },
    { type: 'line', x1: AXIS_WIDTH, y1: zero, x2: WIDTH, y2: zero, lineWidth: 0.9, lineColor: COLORS.ink },
  );
  for (let i = 0; i <= series.periods.length; i++) {
    const x = AXIS_WIDTH + group * i;
    canvas.push({
      type: 'line',
      x1: x,
      y1: PLOT_BOTTOM,
      x2: x,
      y2: PLOT_BOTTOM + 3,
      lineWidth: 0.4,
      lineColor: COLORS.rule,
    });
  }
  // Axis values are laid over the canvas at their tick: a detached block does not move
  // what follows, so they come first and the canvas starts where they were placed from.
  // Highest first, so that the text reads in the order the eye does.
  const labels: Content[] = [...scale.ticks].reverse().map((tick) => ({
    relativePosition: { x: 0, y: y(tick) - LABEL_SIZE * 0.58 },
    columns: [
      {
        text: formatChartValue(tick, unit, scale.decimals),
        width: AXIS_WIDTH - 5,
        alignment: 'right',
        fontSize: LABEL_SIZE,
        lineHeight: 1,
        color: COLORS.muted,
      },
    ],
  }));
  return { stack: [...labels, { canvas }], margin: [0, 0, 0, 0] };
}

const VALUES_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 1 || i === node.table.body.length ? 0.4 : 0),
  vLineWidth: () => 0,
  hLineColor: () => COLORS.rule,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

// Columns exactly as wide as the bar groups above them (no padding, no vertical lines).
function valuesTable(series: Series, unit: string, values: readonly number[]): Content {
  const group = PLOT_WIDTH / series.periods.length;
  const decimals = valueDecimals(values, unit);
  const value = (v: number | null): TableCell =>
    v === null ? { text: 's/d', italics: true, color: COLORS.muted } : formatChartValue(v, unit, decimals);
  const row = (label: string, values: (number | null)[]): TableCell[] => [
    { text: label, bold: true, alignment: 'left' },
    ...values.map(value),
  ];
  return {
    table: {
      widths: [AXIS_WIDTH, ...series.periods.map(() => group)],
      body: [
        [{ text: 'Período', color: COLORS.muted, alignment: 'left' }, ...series.periods.map((p) => code(p, 'strong'))],
        row('Mujeres', series.women),
        row('Hombres', series.men),
      ],
    },
    layout: VALUES_LAYOUT,
    fontSize: LABEL_SIZE,
    alignment: 'center',
    margin: [0, 3, 0, 0],
  };
}

function chartNotes(chart: IndicatorChart, series: Series, drawn: boolean): Content[] {
  const notes: Content[] = [];
  if (series.hidden > 0) {
    notes.push({
      text: `Se grafican los últimos ${series.periods.length} de ${chart.periods.length} períodos medidos; los ${series.hidden} anteriores a ${printable(series.periods[0])} no se muestran.`,
    });
  }
  const missing = series.periods.flatMap((period, i) => {
    const women = series.women[i] === null;
    const men = series.men[i] === null;
    if (!women && !men) return [];
    const who = women && men ? 'mujeres y hombres' : women ? 'mujeres' : 'hombres';
    return [`${printable(period)} (${who})`];
  });
  if (drawn && missing.length > 0) {
    notes.push({ text: `s/d: sin dato registrado, sin barra en el gráfico: ${missing.join('; ')}.` });
  }
  return notes;
}

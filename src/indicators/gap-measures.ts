// Gap measures between women (W) and men (M) for one measurement (PROCEDURE.md: a gap is the
// quantification of an inequity). Pure arithmetic on numbers: nothing a user typed is evaluated.

export const INDICATOR_UNITS = ['percent', 'ratio', 'count', 'amount'] as const;
/** The unit of the values measured for each sex (a rate per sex is 'percent'; people are 'count'). */
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const GAP_CONVENTIONS = ['difference', 'ratio', 'share', 'relative'] as const;
/**
 * Which measure the indicator reports, stored with it because sources disagree on sign:
 * relative is (W − M)/M·100 as INE Chile publishes it; Eurostat's pay gap is (M − W)/M.
 */
export type GapConvention = (typeof GAP_CONVENTIONS)[number];

export interface ParityBand {
  lower: number;
  upper: number;
}
export const DEFAULT_PARITY_BAND: ParityBand = { lower: 0.97, upper: 1.03 };

export interface SexValues {
  women: number | null;
  men: number | null;
}

export type GapName = GapConvention;

export interface GapMeasures {
  /** W − M, in percentage points when the values are percentages. */
  difference: number | null;
  /** W / M, the parity index. */
  ratio: number | null;
  /** W / (W + M) · 100. */
  share: number | null;
  /** (W − M) / M · 100. */
  relative: number | null;
  withinParity: boolean | null;
  /** Why each null measure is undefined, in Spanish. */
  reasons: Partial<Record<GapName | 'withinParity', string>>;
  differenceUnit: 'percentage-points' | IndicatorUnit;
  convention: GapConvention;
  /** The measure the convention names. */
  value: number | null;
}

const DECIMALS = 4;
/** Rounds away floating-point noise (0.1 + 0.2) without losing anything a person would read. */
export const round = (value: number, decimals = DECIMALS): number => {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
};

export const REASONS = {
  missingWomen: 'Falta el dato de mujeres.',
  missingMen: 'Falta el dato de hombres.',
  missingBoth: 'Faltan los datos de mujeres y de hombres.',
  menZero: 'No se puede dividir por cero: el valor de los hombres es 0.',
  totalZero: 'No se puede dividir por cero: mujeres y hombres suman 0.',
  shareOfRates: 'La participación de mujeres se calcula sobre conteos o montos, no sobre tasas ni razones.',
  noRatio: 'Sin razón mujeres/hombres no se puede evaluar la paridad.',
} as const;

function missingReason({ women, men }: SexValues): string | null {
  if (women === null && men === null) return REASONS.missingBoth;
  if (women === null) return REASONS.missingWomen;
  if (men === null) return REASONS.missingMen;
  return null;
}

export function gapMeasures(
  values: SexValues,
  unit: IndicatorUnit,
  convention: GapConvention,
  band: ParityBand = DEFAULT_PARITY_BAND,
): GapMeasures {
  const reasons: GapMeasures['reasons'] = {};
  const differenceUnit = unit === 'percent' ? 'percentage-points' : unit;
  const missing = missingReason(values);
  let difference: number | null = null;
  let ratio: number | null = null;
  let share: number | null = null;
  let relative: number | null = null;

  if (missing !== null || values.women === null || values.men === null) {
    for (const name of GAP_CONVENTIONS) reasons[name] = missing ?? REASONS.missingBoth;
  } else {
    const { women: w, men: m } = values;
    difference = round(w - m);
    if (m === 0) {
      reasons.ratio = REASONS.menZero;
      reasons.relative = REASONS.menZero;
    } else {
      ratio = round(w / m);
      relative = round(((w - m) / m) * 100);
    }
    if (unit === 'percent' || unit === 'ratio') reasons.share = REASONS.shareOfRates;
    else if (w + m === 0) reasons.share = REASONS.totalZero;
    else share = round((w / (w + m)) * 100);
  }

  let withinParity: boolean | null = null;
  if (ratio === null) reasons.withinParity = REASONS.noRatio;
  else withinParity = ratio >= band.lower && ratio <= band.upper;

  const value = { difference, ratio, share, relative }[convention];
  // Written out rather than spread: the overview evaluates thousands of these per request, and
  // object spread is many times slower here.
  return { difference, ratio, share, relative, withinParity, reasons, differenceUnit, convention, value };
}

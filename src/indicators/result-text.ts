import type { GapConvention, IndicatorUnit } from './gap-measures';
import type { GoalProgress } from './goal-progress';
import type { MeasurementView } from './indicator.views';

// The one-line result the evaluation report shows for an indicator, in Chilean Spanish
// (decimal comma, thousands with a point). The officer writes the analysis.

const LABELS: Record<GapConvention, string> = {
  difference: 'diferencia M−H',
  ratio: 'índice de paridad M/H',
  share: 'participación de mujeres',
  relative: 'brecha relativa',
};

export function formatNumber(value: number, decimals = 1): string {
  const text = new Intl.NumberFormat('es-CL', { maximumFractionDigits: decimals, minimumFractionDigits: 0 }).format(
    value,
  );
  return text.replace('-', '−');
}

function withUnit(value: number, unit: IndicatorUnit): string {
  return unit === 'percent' ? `${formatNumber(value)} %` : formatNumber(value, unit === 'ratio' ? 2 : 1);
}

function measureText(convention: GapConvention, value: number, unit: IndicatorUnit): string {
  switch (convention) {
    case 'difference':
      return unit === 'percent' ? `${formatNumber(value)} pp` : withUnit(value, unit);
    case 'ratio':
      return formatNumber(value, 2);
    case 'share':
    case 'relative':
      return `${formatNumber(value)} %`;
  }
}

function goalText(progress: GoalProgress, convention: GapConvention, unit: IndicatorUnit): string {
  const goal =
    progress.goalOn === 'women' ? withUnit(progress.goal, unit) : measureText(convention, progress.goal, unit);
  if (progress.met === null) return `meta anual ${goal}: sin evaluar`;
  return `meta anual ${goal}: ${progress.met ? 'cumplida' : 'no cumplida'}`;
}

export function resultText(unit: IndicatorUnit, convention: GapConvention, measurement: MeasurementView): string {
  const { women, men, gaps, goalProgress } = measurement;
  const sexes = [
    `mujeres ${women === null ? 's/d' : withUnit(women, unit)}`,
    `hombres ${men === null ? 's/d' : withUnit(men, unit)}`,
  ].join(', ');
  const gap =
    gaps.value === null
      ? `${LABELS[convention]} no calculable`
      : `${LABELS[convention]} ${measureText(convention, gaps.value, unit)}`;
  return `${measurement.period}: ${sexes}; ${gap}; ${goalText(goalProgress, convention, unit)}.`;
}

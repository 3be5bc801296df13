import { gapMeasures, GapMeasures } from './gap-measures';
import { goalProgress, GoalProgress } from './goal-progress';
import type { Indicator } from './indicator.entity';
import type { Measurement } from './measurement.entity';

export interface MeasurementView {
  period: string;
  women: number | null;
  men: number | null;
  notReported: number | null;
  gaps: GapMeasures;
  goalProgress: GoalProgress;
  recordedAt: string;
}

export function toIndicatorView(indicator: Indicator) {
  return {
    id: indicator.id,
    agencyId: indicator.agencyId,
    code: indicator.code,
    name: indicator.name,
    product: indicator.product,
    unit: indicator.unit,
    numerator: indicator.numerator,
    denominator: indicator.denominator,
    convention: indicator.convention,
    parityBand: { lower: indicator.parityLower, upper: indicator.parityUpper },
    verificationMeans: indicator.verificationMeans,
    goalOn: indicator.goalOn,
    baseline: indicator.baseline,
    annualGoal: indicator.annualGoal,
    mediumTermGoal: indicator.mediumTermGoal,
    longTermGoal: indicator.longTermGoal,
    createdAt: indicator.createdAt.toISOString(),
  };
}

type MeasuredIndicator = Pick<
  Indicator,
  'unit' | 'convention' | 'parityLower' | 'parityUpper' | 'goalOn' | 'baseline' | 'annualGoal'
>;
type MeasuredValues = Pick<Measurement, 'women' | 'men'>;

/** The gaps and goal progress of one measurement, under its indicator's stored convention. */
export function evaluateMeasurement(indicator: MeasuredIndicator, values: MeasuredValues) {
  const gaps = gapMeasures(values, indicator.unit, indicator.convention, {
    lower: indicator.parityLower,
    upper: indicator.parityUpper,
  });
  const progress = goalProgress(
    { goalOn: indicator.goalOn, baseline: indicator.baseline, annualGoal: indicator.annualGoal },
    values,
    gaps,
  );
  return { gaps, goalProgress: progress };
}

export function toMeasurementView(indicator: Indicator, measurement: Measurement): MeasurementView {
  return {
    period: measurement.period,
    women: measurement.women,
    men: measurement.men,
    notReported: measurement.notReported,
    ...evaluateMeasurement(indicator, measurement),
    recordedAt: measurement.recordedAt.toISOString(),
  };
}

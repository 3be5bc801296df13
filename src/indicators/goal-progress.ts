import { GapMeasures, round, SexValues } from './gap-measures';

// Progress of one measurement against the indicator's annual goal.

export const GOAL_TARGETS = ['gap', 'women'] as const;
/**
 * What the goals are written about: the convention's gap measure (e.g. the share of women
 * reaching 34 %), or the women's own value (e.g. women's completion rate reaching 75 %).
 */
export type GoalTarget = (typeof GOAL_TARGETS)[number];

export interface Goals {
  goalOn: GoalTarget;
  baseline: number | null;
  annualGoal: number;
}

export interface GoalProgress {
  goalOn: GoalTarget;
  value: number | null;
  baseline: number | null;
  goal: number;
  /** Whether the goal is reached, moving from the baseline towards the goal (upwards without a baseline). */
  met: boolean | null;
  /** Share of the way from baseline to goal, in percent (over 100 when exceeded). */
  progress: number | null;
  reason: string | null;
}

export function goalProgress(goals: Goals, values: SexValues, gaps: GapMeasures): GoalProgress {
  const value = goals.goalOn === 'women' ? values.women : gaps.value;
  const { baseline, annualGoal: goal } = goals;
  const goalOn = goals.goalOn;
  if (value === null) {
    const reason =
      goalOn === 'women'
        ? 'Falta el dato de mujeres.'
        : (gaps.reasons[gaps.convention] ?? 'La medida de la brecha no está definida.');
    return { goalOn, value, baseline, goal, met: null, progress: null, reason };
  }
  const decreasing = baseline !== null && goal < baseline;
  const met = decreasing ? value <= goal : value >= goal;
  if (baseline === null) {
    const reason = 'Sin línea base no se calcula el porcentaje de avance.';
    return { goalOn, value, baseline, goal, met, progress: null, reason };
  }
  if (goal === baseline) {
    const reason = 'La meta es igual a la línea base: no hay avance que medir.';
    return { goalOn, value, baseline, goal, met, progress: null, reason };
  }
  const progress = round(((value - baseline) / (goal - baseline)) * 100, 1);
  return { goalOn, value, baseline, goal, met, progress, reason: null };
}

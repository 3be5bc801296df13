import { gapMeasures, SexValues } from './gap-measures';
import { Goals, goalProgress } from './goal-progress';

const progressOf = (goals: Goals, values: SexValues, convention: 'share' | 'difference' | 'relative' = 'share') =>
  goalProgress(goals, values, gapMeasures(values, 'count', convention));

describe('goalProgress', () => {
  it('measures the share of women from the baseline towards the annual goal', () => {
    // Share 212 / 631 = 33.5975 %; baseline 31.2 %, goal 34 % → (33.5975 − 31.2) / 2.8 = 85.6 %.
    const progress = progressOf({ goalOn: 'gap', baseline: 31.2, annualGoal: 34 }, { women: 212, men: 419 });
    expect(progress).toEqual({
      goalOn: 'gap',
      value: 33.5975,
      baseline: 31.2,
      goal: 34,
      met: false,
      progress: 85.6,
      reason: null,
    });
  });

  it('judges the women’s own value when the goals are written about it', () => {
    const values = { women: 71.3, men: 81 };
    const progress = goalProgress(
      { goalOn: 'women', baseline: 64.5, annualGoal: 70 },
      values,
      gapMeasures(values, 'percent', 'difference'),
    );
    // (71.3 − 64.5) / (70 − 64.5) = 123.6 %
    expect(progress).toMatchObject({ value: 71.3, met: true, progress: 123.6 });
  });

  it('reads a goal below the baseline as a gap to reduce', () => {
    // Relative gap −49.4 % must rise to −40 %: a gap closing towards zero from below.
    const rising = progressOf({ goalOn: 'gap', baseline: -60, annualGoal: -40 }, { women: 212, men: 419 }, 'relative');
    expect(rising).toMatchObject({ met: false, progress: 53 });
    // A positive gap of 207 people to bring down to 150.
    const falling = progressOf(
      { goalOn: 'gap', baseline: 250, annualGoal: 150 },
      { women: 419, men: 212 },
      'difference',
    );
    expect(falling).toMatchObject({ value: 207, met: false, progress: 43 });
    const reached = progressOf(
      { goalOn: 'gap', baseline: 250, annualGoal: 210 },
      { women: 419, men: 212 },
      'difference',
    );
    expect(reached.met).toBe(true);
  });

  it('says why progress is undefined', () => {
    const noBaseline = progressOf({ goalOn: 'gap', baseline: null, annualGoal: 30 }, { women: 212, men: 419 });
    expect(noBaseline).toMatchObject({ met: true, progress: null, reason: expect.stringContaining('línea base') });
    const flat = progressOf({ goalOn: 'gap', baseline: 34, annualGoal: 34 }, { women: 212, men: 419 });
    expect(flat).toMatchObject({
      met: false,
      progress: null,
      reason: expect.stringContaining('igual a la línea base'),
    });
    const missing = progressOf({ goalOn: 'gap', baseline: 31, annualGoal: 34 }, { women: 212, men: null });
    expect(missing).toMatchObject({ value: null, met: null, progress: null, reason: 'Falta el dato de hombres.' });
    const noWomen = progressOf({ goalOn: 'women', baseline: 31, annualGoal: 34 }, { women: null, men: 3 });
    expect(noWomen).toMatchObject({ met: null, reason: 'Falta el dato de mujeres.' });
    const divideByZero = progressOf({ goalOn: 'gap', baseline: 0, annualGoal: 10 }, { women: 3, men: 0 }, 'relative');
    expect(divideByZero.reason).toContain('dividir por cero');
  });
});

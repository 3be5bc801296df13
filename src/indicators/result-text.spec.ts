import { Indicator } from './indicator.entity';
import { toMeasurementView } from './indicator.views';
import { Measurement } from './measurement.entity';
import { formatNumber, resultText } from './result-text';

const indicator = (overrides: Partial<Indicator>): Indicator =>
  Object.assign(new Indicator(), {
    unit: 'count',
    convention: 'share',
    parityLower: 0.97,
    parityUpper: 1.03,
    goalOn: 'gap',
    baseline: 31.2,
    annualGoal: 34,
    ...overrides,
  });
const measurement = (women: number | null, men: number | null): Measurement =>
  Object.assign(new Measurement(), { period: '2027', women, men, notReported: null, recordedAt: new Date(0) });

describe('resultText', () => {
  it('writes numbers the Chilean way', () => {
    expect(formatNumber(410486)).toBe('410.486');
    expect(formatNumber(-31.7348)).toBe('−31,7');
    expect(formatNumber(0.6827, 2)).toBe('0,68');
  });

  it('states the values by sex, the convention’s gap and the goal', () => {
    const ind = indicator({});
    expect(resultText('count', 'share', toMeasurementView(ind, measurement(212, 419)))).toBe(
      '2027: mujeres 212, hombres 419; participación de mujeres 33,6 %; meta anual 34 %: no cumplida.',
    );
    const rates = indicator({
      unit: 'percent',
      convention: 'difference',
      goalOn: 'women',
      baseline: 64.5,
      annualGoal: 70,
    });
    expect(resultText('percent', 'difference', toMeasurementView(rates, measurement(71.3, 81)))).toBe(
      '2027: mujeres 71,3 %, hombres 81 %; diferencia M−H −9,7 pp; meta anual 70 %: cumplida.',
    );
  });

  it('says when the gap cannot be computed', () => {
    const ind = indicator({ convention: 'relative', unit: 'amount' });
    expect(resultText('amount', 'relative', toMeasurementView(ind, measurement(10, null)))).toBe(
      '2027: mujeres 10, hombres s/d; brecha relativa no calculable; meta anual 34 %: sin evaluar.',
    );
  });
});

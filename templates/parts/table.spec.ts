import { columnWidths } from './table';
import { CONTENT_WIDTH } from './theme';

describe('column widths', () => {
  it('fill the content width whatever the weights, so every table ends at the right margin', () => {
    for (const weights of [
      [1, 3],
      [1, 3.5, 2, 1.4, 1.4, 2.4],
      [2.9, 2.5, 3, 2.4],
      [0.5, 7, 2, 1.2],
      [1, 1, 1, 1, 1, 1, 1],
    ]) {
      const widths = columnWidths(weights);
      const table = widths.reduce((sum, w) => sum + w, 0) + weights.length * 8 + (weights.length + 1) * 0.5;
      // Less than a point short: whole-point widths of a width that has a fraction.
      const short = CONTENT_WIDTH - table;
      expect([weights, short >= 0 && short < 1]).toEqual([weights, true]);
      expect(widths.every(Number.isInteger)).toBe(true);
    }
  });
});

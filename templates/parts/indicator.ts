import type { Content } from 'pdfmake/interfaces';
import type { IndicatorFormula } from '../../src/documents/content';
import { fieldLabel, midSentence } from './labels';
import { isBlank, t } from './text';

// The header of a column of indicatorCell.
export const INDICATOR_AND_FORMULA = `${fieldLabel('indicator')} y ${midSentence(fieldLabel('formula'))}`;

// An indicator's name over its formula, as one table cell.
export function indicatorCell(name: string | undefined, formula: IndicatorFormula | undefined): Content {
  const parts: Content[] = [isBlank(name) ? { text: '—', style: 'muted' } : t(name, undefined, { bold: true })];
  if (formula && !(isBlank(formula.numerator) && isBlank(formula.denominator))) {
    parts.push({
      text: [
        { text: `${fieldLabel('formula')}: `, italics: true },
        t(formula.numerator ?? '…'),
        ' / ',
        t(formula.denominator ?? '…'),
        ...(isBlank(formula.unit) ? [] : [' (', t(formula.unit), ')']),
      ],
      style: 'small',
      margin: [0, 2, 0, 0],
    });
  }
  return { stack: parts };
}

import { readFileSync } from 'node:fs';
import { ROBOTO } from '../render';
import { ROBOTO_RANGES } from './roboto-coverage';

// fontkit is what pdfkit reads fonts with; here it reads the cmap of each file.
interface Fontkit {
  create(buffer: Buffer): { characterSet: number[] };
}

// Code points of the cmap that are not characters to print.
const NOT_TEXT = new Set([0x0, 0x2, 0xd, 0xee01, 0xee02, 0xf6c3, 0xfeff, 0xfffc, 0xffff]);

describe('Roboto coverage table', () => {
  it.each(Object.entries(ROBOTO))('matches the characters of %s', (_style, file) => {
    const fontkit = jest.requireActual<Fontkit>('fontkit');
    const inFont = fontkit.create(readFileSync(file)).characterSet.filter((c) => !NOT_TEXT.has(c));
    const inTable = ROBOTO_RANGES.flatMap(([start, end]) =>
      Array.from({ length: end - start + 1 }, (_, i) => start + i),
    );
    expect(inTable.sort((a, b) => a - b)).toEqual(inFont.sort((a, b) => a - b));
  });
});

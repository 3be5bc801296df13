// The code points that pdfmake's Roboto (all four styles) can draw, read from its cmap
// (roboto-coverage.spec.ts checks this list against the font files). Anything else would
// print as an empty box, so text.ts replaces it.
const RANGES =
  '20-7e a0-17f 18f 192 1a0-1a1 1af-1b0 1f0 1fa-1ff 218-21b 237 259 2bc 2c6-2c7 2c9 2d8-2dd 2f3 300-301 303 309 ' +
  '30f 323 384-38a 38c 38e-3a1 3a3-3ce 3d1-3d2 3d6 400-486 488-513 1e00-1e01 1e3e-1e3f 1e80-1e85 1e9e 1ea0-1ef9 ' +
  '1f4d 2000-200b 2010-2011 2013-2015 2017-201e 2020-2022 2025-2027 2030 2032-2033 2039-203a 203c 2044 2070 ' +
  '2074-208e 20a3-20a4 20a6-20ac 20b1 20b9-20ba 20bc-20bd 20c1 2105 2113 2116 2122 2126 212e 215b-215e 2202 2206 ' +
  '220f 2211-2212 221a 221e 222b 2248 2260 2264-2265 25a0 25ca-25cb 25cf fb01-fb04 fffd';

export const ROBOTO_RANGES: readonly (readonly [number, number])[] = RANGES.split(' ').map((range) => {
  const [start, end = start] = range.split('-').map((hex) => parseInt(hex, 16));
  return [start, end] as const;
});

export function robotoHasGlyph(codePoint: number): boolean {
  let low = 0;
  let high = ROBOTO_RANGES.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [start, end] = ROBOTO_RANGES[mid];
    if (codePoint < start) high = mid - 1;
    else if (codePoint > end) low = mid + 1;
    else return true;
  }
  return false;
}

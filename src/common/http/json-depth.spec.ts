import { jsonNestingTooDeep } from './json-depth';

const bytes = (text: string) => Buffer.from(text, 'utf8');
// The depth JSON.parse would build, for comparison.
function parsedDepth(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(parsedDepth));
}

describe('jsonNestingTooDeep', () => {
  it('counts objects and arrays inside one another, refusing past the bound', () => {
    expect(jsonNestingTooDeep(bytes('{"a":[[{"b":[]}]]}'), 5)).toBe(false);
    expect(jsonNestingTooDeep(bytes('{"a":[[{"b":[]}]]}'), 4)).toBe(true);
    expect(jsonNestingTooDeep(bytes(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`), 32)).toBe(true);
    // Siblings do not add up.
    expect(jsonNestingTooDeep(bytes(JSON.stringify(Array.from({ length: 1000 }, () => [[{}]]))), 4)).toBe(false);
  });

  it('does not count brackets inside strings, escaped quotes and backslashes included', () => {
    const texts = ['[[[{{{', '\\"[[[', '\\\\', 'a\\\\"', '"]]]]', 'ñandú 👩🏽‍⚕️ [{', '\u2028['];
    for (const text of texts) {
      const json = JSON.stringify({ a: [text, { b: text }], [text]: text });
      expect(parsedDepth(JSON.parse(json))).toBe(3);
      expect(jsonNestingTooDeep(bytes(json), 3)).toBe(false);
      expect(jsonNestingTooDeep(bytes(json), 2)).toBe(true);
    }
  });

  it('agrees with JSON.parse on random documents', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const build = (depth: number): unknown => {
      const r = random();
      if (depth === 0 || r < 0.3) return ['x', '[', '"{"', '\\', 1, null][Math.floor(random() * 6)];
      return r < 0.65
        ? Array.from({ length: 1 + Math.floor(random() * 3) }, () => build(depth - 1))
        : Object.fromEntries(
            Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => [`k[${i}"`, build(depth - 1)]),
          );
    };
    for (let i = 0; i < 300; i++) {
      const json = JSON.stringify(build(1 + Math.floor(random() * 12)));
      const depth = parsedDepth(JSON.parse(json));
      expect([jsonNestingTooDeep(bytes(json), depth), jsonNestingTooDeep(bytes(json), depth - 1)]).toEqual([
        false,
        depth > 0,
      ]);
    }
  });
});

import fc from 'fast-check';
import { code, printable, t, userText } from './text';
import { robotoHasGlyph } from './roboto-coverage';

describe('printable', () => {
  it('keeps Spanish text as it is', () => {
    const spanish = '¿Año? Género, diagnóstico: «ñandú» — 1° N° 45/2027 ½ € áéíóúÁÉÍÓÚüÜñÑ';
    expect(printable(spanish)).toBe(spanish);
  });

  it('composes accents typed as separate marks', () => {
    expect(printable('Ge\u0301nero')).toBe('Género');
  });

  it('drops control and format characters but keeps line breaks', () => {
    expect(printable('a\u0000b\u0001c\u0007d\u007f\u0085e')).toBe('abcd\ne');
    expect(printable('\u202Eabc\u202C \u200F\u200Ex\u2066y\u2069 z\uFEFF')).toBe('abc xy z');
    expect(printable('uno\r\ndos\rtres\u2028cuatro\tcinco')).toBe('uno\ndos\ntres\ncuatro cinco');
  });

  it('replaces what Roboto cannot draw with one mark per run', () => {
    expect(printable('hola 👩🏽‍💼🚀 chao')).toBe('hola \uFFFD chao');
    expect(printable('a ✓ b 漢字 c')).toBe('a \uFFFD b \uFFFD c');
    expect(printable('שלום')).toBe('\uFFFD');
  });

  it('leaves only characters Roboto has, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (value) => {
        for (const char of printable(value)) {
          expect(char === '\n' || robotoHasGlyph(char.codePointAt(0) ?? 0)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('userText and code', () => {
  it('lets a very long word break every 20 characters', () => {
    const word = 'x'.repeat(5000);
    const broken = userText(`inicio ${word} fin`);
    expect(broken.replace(/\u200B/g, '')).toBe(`inicio ${word} fin`);
    expect(
      broken
        .split(' ')[1]
        .split('\u200B')
        .every((part) => part.length <= 20),
    ).toBe(true);
  });

  it('leaves ordinary words whole', () => {
    expect(userText('desproporcionadamente institucionalización')).toBe('desproporcionadamente institucionalización');
  });

  it('never breaks identifiers, hashes and links', () => {
    const hash = 'a'.repeat(64);
    expect(code(hash).text).toBe(hash);
    expect(t(hash).text).not.toBe(hash);
  });

  it('makes plain text nodes, never markup', () => {
    expect(t('<b>x</b>', 'body')).toEqual({ text: '<b>x</b>', style: 'body' });
  });
});

import type { ContentText, Style } from 'pdfmake/interfaces';
import { robotoHasGlyph } from './roboto-coverage';

// User text reaches the PDF only through these helpers, as plain pdfmake text (pdfmake
// interprets no markup). They make it printable with Roboto: control and format characters
// (NUL, bidi overrides, joiners) are dropped, characters Roboto lacks become one U+FFFD per
// run, and very long words get zero-width break opportunities so they wrap cheaply.

const REPLACEMENT = '\uFFFD';
const ZERO_WIDTH_SPACE = '\u200B';
// Latin text that needs no work: the common case, kept off the slow path.
const PLAIN = /^[\n\x20-\x7e\u00a0-\u00ac\u00ae-\u017f]*$/;
const NEWLINES = /\r\n?|[\u0085\u2028\u2029]/g;
const INVISIBLE = /(?!\n)[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;
// pdfmake can split a word wider than its column, but it measures the word once per line:
// a 5,000-character word takes seconds. Break opportunities every 20 characters avoid that.
const LONG_WORD = /\S{31,}/g;
const WORD_CHUNK = /(?:\P{M}\p{M}*){20}(?=\S)/gu;

export function printable(value: string): string {
  if (PLAIN.test(value)) return value;
  const stripped = value.replace(NEWLINES, '\n').replace(/\t/g, ' ').normalize('NFC').replace(INVISIBLE, '');
  let out = '';
  for (const char of stripped) {
    if (char === '\n' || robotoHasGlyph(char.codePointAt(0) ?? 0)) out += char;
    else if (!out.endsWith(REPLACEMENT)) out += REPLACEMENT;
  }
  return out;
}

function breakLongWords(value: string): string {
  return value.replace(LONG_WORD, (word) => word.replace(WORD_CHUNK, `$&${ZERO_WIDTH_SPACE}`));
}

// Free text written by people: printable, and long words may wrap anywhere.
export function userText(value: string): string {
  return breakLongWords(printable(value));
}

export function t(value: string, style?: string | string[], extra: Style = {}): ContentText {
  return { text: userText(value), ...(style === undefined ? {} : { style }), ...extra };
}

// Identifiers, hashes and URLs are copied, so they are never broken inside; none is this long,
// and anything longer is treated as free text.
const CODE_MAX = 256;

export function code(value: string, style?: string | string[], extra: Style = {}): ContentText {
  const text = value.length > CODE_MAX ? userText(value) : printable(value);
  return { text, ...(style === undefined ? {} : { style }), ...extra };
}

export function isBlank(value: string | undefined | null): value is undefined | null | '' {
  return value === undefined || value === null || value.trim() === '';
}

import PDFDocument, { type PdfKitFont } from 'pdfmake/js/PDFDocument';

// pdfkit parses every font file again for each document: about 10 ms per style, more than
// half the time of a one-page record. A parsed font is only read afterwards (each document
// builds its own subset of it), so each font file is parsed once per process and shared.
// The first use of a file goes through pdfmake as usual, access policy included; later
// documents reuse what that check let through.

type EmbeddedFontClass = new (document: PDFDocument, font: object, id: string) => PdfKitFont;

// The fontkit font inside pdfkit's font.
interface ParsedFont {
  characterSet: number[];
  glyphForCodePoint(codePoint: number): unknown;
  // A property, not a method: prepare() takes it off the font and calls it back.
  layout: (this: ParsedFont, text: string, features?: unknown, ...rest: unknown[]) => unknown;
}

// fontkit's documented way to switch OpenType features off (font.layout(text, { liga: false })).
// Roboto joins f+i, f+l, f+f... into one glyph whose text is the presentation form (U+FB01 ﬁ),
// so "Certificado" would be read, searched and spoken as "Certiﬁcado". Without ligatures every
// letter is its own glyph and the text read back is the text printed. Kerning stays on.
const noLigatures = () => ({ liga: false, clig: false, dlig: false, hlig: false });

const parsed = new Map<string, { font: object; Embedded: EmbeddedFontClass }>();
let installed = false;

export function shareParsedFonts(): void {
  if (installed) return;
  installed = true;
  const provideFont = PDFDocument.prototype.provideFont;
  PDFDocument.prototype.provideFont = function (this: PDFDocument, family, bold, italics): PdfKitFont {
    const type = this.getFontType(bold, italics);
    const file = this.fonts[family]?.[type];
    const own = this.fontCache[family]?.[type];
    if (own !== undefined || typeof file !== 'string') return provideFont.call(this, family, bold, italics);
    const shared = parsed.get(file);
    if (shared === undefined) {
      const font = provideFont.call(this, family, bold, italics);
      parsed.set(file, { font: prepare(font.font as ParsedFont), Embedded: font.constructor as EmbeddedFontClass });
      return font;
    }
    const font = new shared.Embedded(this, shared.font, `F${++this._fontCount}`);
    this._fontFamilies[font.id] = font;
    (this.fontCache[family] ??= {})[type] = font;
    return font;
  };
}

// fontkit keeps the first glyph object it makes for a glyph id, with the characters it was
// made from, and pdfkit takes from there the text a glyph stands for (copy, search). Subsets
// make glyph objects without characters for the parts of composite glyphs (the o of ó), so a
// later document sharing the font would print an o that reads as nothing. Making every
// mapped glyph from its character first prevents that.
//
// pdfkit lays text out with no features unless a style names some (pdfmake's fontFeatures),
// and caches those runs; passing features on every text would skip its cache and cost three
// times the CPU. So the font itself defaults to no ligatures: the cache keeps working. A new
// object each time: fontkit writes the features it applied into the object it is given.
function prepare(font: ParsedFont): ParsedFont {
  for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
  const layout = font.layout;
  font.layout = function (this: ParsedFont, text: string, features: unknown = noLigatures(), ...rest: unknown[]) {
    return layout.call(this, text, features, ...rest);
  };
  return font;
}

// For tests: the next document parses its fonts again.
export function forgetParsedFonts(): void {
  parsed.clear();
}

export function parsedFontFiles(): string[] {
  return [...parsed.keys()];
}

// The parts of pdfmake 0.3's PDFDocument (its pdfkit document class) that font-cache.ts uses.
// Not public API: pdfmake is pinned, and font-cache.spec.ts fails if these change.
declare module 'pdfmake/js/PDFDocument' {
  export interface PdfKitFont {
    id: string;
    font: object;
  }

  export default class PDFDocument {
    fonts: Record<string, Record<string, unknown>>;
    fontCache: Record<string, Record<string, PdfKitFont>>;
    _fontCount: number;
    _fontFamilies: Record<string, PdfKitFont>;
    getFontType(bold: boolean, italics: boolean): string;
    // A property, not a method: font-cache.ts takes it off the prototype and calls it back.
    provideFont: (this: PDFDocument, familyName: string, bold: boolean, italics: boolean) => PdfKitFont;
  }
}

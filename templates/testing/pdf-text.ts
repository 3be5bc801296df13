import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';

// A rendered PDF read back with pdf.js, as a reader's viewer would: text page by page, where
// each piece of text sits, and the document's metadata. Our zero-width break opportunities
// are removed so that words read whole. The text is the PDF's own, not normalised: pdf.js
// would otherwise turn a ligature glyph's ﬁ into fi and hide what a screen reader or a search
// in another viewer meets.

type PdfJsModule = typeof PdfJs;
type PdfDocument = Awaited<ReturnType<PdfJsModule['getDocument']>['promise']>;
let pdfjs: PdfJsModule | undefined;

// pdf.js ships only ES modules. Jest's CommonJS registry cannot load them without a flag,
// but Node's own require can (20.19+), and process.getBuiltinModule reaches it from Jest.
function loadPdfJs(): PdfJsModule {
  if (pdfjs === undefined) {
    const { createRequire } = process.getBuiltinModule('node:module');
    pdfjs = createRequire(__filename)('pdfjs-dist/legacy/build/pdf.mjs') as PdfJsModule;
  }
  return pdfjs;
}

async function withDocument<T>(pdf: Buffer, read: (document: PdfDocument) => Promise<T>): Promise<T> {
  const task = loadPdfJs().getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const document = await task.promise;
  try {
    return await read(document);
  } finally {
    await task.destroy();
  }
}

export interface TextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
}

export interface PdfPage {
  width: number;
  height: number;
  text: string;
  pieces: TextPiece[];
}

export async function pdfPages(pdf: Buffer): Promise<PdfPage[]> {
  return withDocument(pdf, async (document) => {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const [, , width, height] = page.view;
      const pieces: TextPiece[] = [];
      let text = '';
      for (const item of (await page.getTextContent({ disableNormalization: true })).items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
        const [, , , , x, y] = item.transform as number[];
        pieces.push({ str: item.str, x, y, width: item.width });
      }
      pages.push({ width, height, text: text.replace(/\u200B/g, ''), pieces });
    }
    return pages;
  });
}

export interface PdfText {
  pages: string[];
  // All pages, with runs of white space (line ends included) made one space.
  flat: string;
}

export async function pdfText(pdf: Buffer): Promise<PdfText> {
  const pages = (await pdfPages(pdf)).map((page) => page.text);
  return { pages, flat: pages.join(' ').replace(/\s+/g, ' ') };
}

export async function pdfInfo(pdf: Buffer): Promise<Record<string, unknown>> {
  return withDocument(pdf, async (document) => (await document.getMetadata()).info as Record<string, unknown>);
}

import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { forgetParsedFonts, parsedFontFiles } from './font-cache';
import { renderPdf, renderRecord, ROBOTO } from './render';
import { pdfText } from './testing/pdf-text';
import { sampleRecord } from './testing/record-samples';

const italic = (text: string): TDocumentDefinitions => ({
  content: { text, italics: true },
  info: { creationDate: new Date(0) },
});

describe('shared parsed fonts', () => {
  beforeEach(() => forgetParsedFonts());

  it('parses each Roboto file once and only those', async () => {
    await renderRecord(sampleRecord('plan'));
    expect(parsedFontFiles().sort()).toEqual([ROBOTO.normal, ROBOTO.bold, ROBOTO.italics].sort());
  });

  it('gives the same bytes as fonts parsed for the document alone', async () => {
    const data = sampleRecord('diagnostic');
    const fresh = await renderRecord(data);
    const shared = await renderRecord(data);
    expect(parsedFontFiles().length).toBeGreaterThan(0);
    expect(shared.equals(fresh)).toBe(true);
  });

  it('keeps the text of a letter that an earlier document used only inside a composite glyph', async () => {
    await renderPdf(italic('ó Ó'));
    const later = await pdfText(await renderPdf(italic('Sin observaciones: OK')));
    expect(later.flat).toContain('Sin observaciones: OK');
  });
});

describe('letters as printed', () => {
  beforeEach(() => forgetParsedFonts());

  // Roboto's ligatures would print fi, fl, ff as one glyph whose text is ﬁ, ﬂ, ﬀ (U+FB00–FB06).
  it('prints no ligature glyph, with fonts parsed for the document and with shared ones', async () => {
    const words = 'Certificado Oficial eficiente afluencia efectiva';
    const definition: TDocumentDefinitions = {
      content: [words, { text: words, bold: true }, { text: words, italics: true }],
      info: { creationDate: new Date(0) },
    };
    for (const pass of ['fresh', 'shared']) {
      const { flat } = await pdfText(await renderPdf(definition));
      expect([pass, flat]).toEqual([pass, `${words} ${words} ${words}`]);
    }
  });

  it('keeps a ligature character someone typed as that character', async () => {
    const { flat } = await pdfText(await renderPdf(italic('ﬁn')));
    expect(flat).toBe('ﬁn');
  });
});

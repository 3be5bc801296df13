import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { recordDefinition } from './record-templates';
import { renderPdf, renderRecord } from './render';
import { sampleRecord } from './testing/record-samples';

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

describe('renderPdf', () => {
  it('gives the same bytes for the same record, rendered at different times', async () => {
    const data = sampleRecord('plan');
    const first = await renderRecord(data);
    // PDF dates have one-second resolution: a clock leaking in would show.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await renderRecord(data);
    expect(second.equals(first)).toBe(true);
  });

  it('dates a definition without a creation date at the epoch, not now', async () => {
    const definition: TDocumentDefinitions = { content: 'hola' };
    const first = await renderPdf(definition);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await renderPdf(definition)).equals(first)).toBe(true);
    expect(first.toString('latin1')).toContain('(D:19700101000000Z)');
  });

  it('embeds Roboto and no standard font', async () => {
    const pdf = (await renderRecord(sampleRecord('visa-certificate'))).toString('latin1');
    expect(pdf).toMatch(/\/FontName \/[A-Z]{6}\+Roboto-Regular/);
    expect(pdf).toMatch(/\/FontName \/[A-Z]{6}\+Roboto-Medium/);
    expect(pdf).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it('fetches no remote resource', async () => {
    const definition: TDocumentDefinitions = {
      content: { image: 'logo' },
      images: { logo: 'https://example.com/logo.png' },
    };
    await expect(renderPdf(definition)).rejects.toThrow(/Access to URL denied/);
  });

  it('reads no local file but the fonts', async () => {
    await expect(renderPdf({ content: { image: '/etc/hostname' } })).rejects.toThrow(/Access to local file denied/);
    await expect(renderPdf({ content: { image: 'logo' }, images: { logo: '/etc/hostname' } })).rejects.toThrow(
      /Access to local file denied/,
    );
    await expect(renderPdf({ content: { image: 'px' }, images: { px: PIXEL } })).resolves.toBeInstanceOf(Buffer);
  });

  it('refuses fonts it was not given', async () => {
    await expect(renderPdf({ content: 'x', defaultStyle: { font: 'Helvetica' } })).rejects.toThrow(/Helvetica/);
  });

  it('renders concurrent records as it renders them one by one', async () => {
    const kinds = ['diagnostic', 'activity-record', 'visa-certificate', 'plan'] as const;
    const alone: Buffer[] = [];
    for (const kind of kinds) alone.push(await renderRecord(sampleRecord(kind)));
    const together = await Promise.all(kinds.map((kind) => renderRecord(sampleRecord(kind))));
    together.forEach((pdf, i) => expect(pdf.equals(alone[i])).toBe(true));
  });

  it('leaves the definition it is given as it was', async () => {
    const definition = recordDefinition(sampleRecord('work-programme'));
    const content = JSON.stringify(definition.content);
    await renderPdf(definition);
    expect(JSON.stringify(definition.content)).toBe(content);
    expect(definition.info?.creationDate).toEqual(new Date('2027-04-20T15:42:00.000Z'));
  });
});

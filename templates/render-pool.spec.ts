import { masterListDefinition, type MasterListData } from './master-list.template';
import { renderPdf, renderRecord } from './render';
import { RenderPool } from './render-pool';
import { largeRecord } from './testing/large-records';
import { pdfText } from './testing/pdf-text';
import { sampleRecord } from './testing/record-samples';

// A record rendered on a render thread is the record rendered in-process: same pages, same text.
// Under Jest the thread loads the templates from their TypeScript sources (ts-node), from dist/
// the compiled ones: the same code either way.

const MASTER_LIST: MasterListData = {
  agency: {
    code: 'SERNAMEG',
    name: 'Servicio Nacional de la Mujer y la Equidad de Género',
    ministry: 'Ministerio de la Mujer',
  },
  year: 2027,
  generatedAt: '2027-12-01T12:00:00.000Z',
  history: { seq: 12, sha256: 'b'.repeat(64) },
  verifyUrl: `http://localhost/verify/${'b'.repeat(64)}`,
  entries: [
    {
      code: 'EG-2027-PTA-v1',
      title: 'Programa de Trabajo Anual',
      version: 1,
      status: 'issued',
      obsolete: false,
      sha256: 'a'.repeat(64),
      approvals: [
        {
          step: 'Elaborado por',
          by: { name: 'Ana Pérez', role: 'Encargada de Género', at: '2027-03-01T12:00:00.000Z' },
        },
        { step: 'Aprobado por la Jefatura', by: { name: 'Jefa', role: 'Jefatura', at: '2027-03-02T12:00:00.000Z' } },
        { step: 'V°B° otorgado por (Red de Expertos SERNAM)', by: null },
      ],
    },
  ],
};

describe('RenderPool', () => {
  const pool = new RenderPool(1);
  afterAll(() => pool.close());

  it('renders a long record on a thread exactly as in-process: same pages, same text', async () => {
    const data = largeRecord('work-programme');
    const [threaded, local] = await Promise.all([pool.renderRecord(data), renderRecord(data)]);
    expect(Buffer.isBuffer(threaded)).toBe(true);
    expect(threaded.subarray(0, 5).toString()).toBe('%PDF-');
    const [a, b] = await Promise.all([pdfText(threaded), pdfText(local)]);
    expect(a.pages.length).toBeGreaterThan(10);
    expect(a.pages).toEqual(b.pages);
  });

  it('renders the dossier’s master list and several records at once, each its own', async () => {
    const kinds = ['plan', 'activity-record', 'visa-certificate'] as const;
    const [list, ...records] = await Promise.all([
      pool.renderMasterList(MASTER_LIST),
      ...kinds.map((kind) => pool.renderRecord(sampleRecord(kind))),
    ]);
    expect((await pdfText(list)).pages).toEqual(
      (await pdfText(await renderPdf(masterListDefinition(MASTER_LIST)))).pages,
    );
    for (const [i, kind] of kinds.entries())
      expect((await pdfText(records[i])).pages).toEqual((await pdfText(await renderRecord(sampleRecord(kind)))).pages);
  });

  it('refuses to render once closed', async () => {
    const closing = new RenderPool(1);
    await closing.renderRecord(sampleRecord('visa-certificate'));
    await closing.close();
    await expect(closing.renderRecord(sampleRecord('visa-certificate'))).rejects.toThrow(/cerrado/);
  });
});

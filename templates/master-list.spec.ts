import { masterListDefinition } from './master-list.template';
import { renderPdf } from './render';
import { pdfInfo, pdfText } from './testing/pdf-text';
import { PEOPLE, SAMPLE_AGENCY, sampleMasterList as masterList } from './testing/record-samples';

// The dossier's master list, in the frame every record has: letterhead, running header, footer
// with the seal and the verification link on every page, and the verification box with its QR.

describe('master list', () => {
  let pages: string[] = [];
  let flat = '';
  const data = masterList(40);

  beforeAll(async () => {
    ({ pages, flat } = await pdfText(await renderPdf(masterListDefinition(data))));
  });

  it('has the letterhead of a record on its first page, with the time in Chile', () => {
    const first = pages[0].replace(/\s+/g, ' ');
    for (const expected of [
      SAMPLE_AGENCY.ministry,
      SAMPLE_AGENCY.name,
      `Código del Servicio: ${SAMPLE_AGENCY.code}`,
      'PMG Sistema Enfoque de Género',
      'Año 2027',
      'Lista maestra de registros',
      'Código EG-2027-LM Registros 40',
      'Generada 1 de diciembre de 2027 a las 22:14',
    ])
      expect(first).toContain(expected);
  });

  it('carries the seal and the verification link on every page, and the box with the QR code at the end', () => {
    expect(pages.length).toBeGreaterThan(2);
    for (const [i, page] of pages.entries()) {
      const text = page.replace(/\s+/g, ' ');
      expect(text).toContain(`SHA-256 del historial del ciclo (entrada ${data.history.seq}): ${data.history.sha256}`);
      expect(text).toContain(`Página ${i + 1} de ${pages.length}`);
      expect(text).toContain(`Verificación: ${data.verifyUrl}`);
      if (i > 0) expect(text).toContain(`${SAMPLE_AGENCY.name} EG-2027-LM · Lista maestra de registros`);
    }
    const last = pages.at(-1)!.replace(/\s+/g, ' ');
    expect(last).toContain('Verificación de autenticidad');
    expect(last).toContain(`según su historial hasta la entrada ${data.history.seq}, cuya huella SHA-256 es:`);
  });

  it('lists every record with its state, hash and approval chain, letter for letter', () => {
    expect(flat).toContain('Código Registro, huella SHA-256 del PDF y cadena de aprobación Versión Estado');
    for (const entry of data.entries) {
      expect(flat).toContain(`${entry.code} ${entry.title} ${entry.sha256 ?? 'Sin PDF aún'}`);
    }
    expect(flat).toContain('Emitido (obsoleto)');
    expect(flat).toContain('En emisión');
    expect(flat).toContain(
      `Aprobado por la Jefatura: ${PEOPLE.head}, Jefe/a de Servicio, 10 de abril de 2027 a las 15:30`,
    );
    expect(flat).toContain(`Visación otorgada por SERNAM: ${PEOPLE.expert}, SERNAM, Red de Expertos`);
    expect(flat).not.toMatch(/[\uFB00-\uFB06]/);
  });

  it('describes itself in the PDF metadata, dated when it was made', async () => {
    const info = await pdfInfo(await renderPdf(masterListDefinition(masterList(1))));
    expect(info).toMatchObject({
      Title: 'Lista maestra de registros EG-2027-LM',
      Author: SAMPLE_AGENCY.name,
      Creator: 'Enfoque',
    });
    expect(info.CreationDate).toBe('D:20271202011412Z');
  });
});

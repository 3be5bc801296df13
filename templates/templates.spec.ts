import { RECORD_KINDS, RECORD_TITLES, type RecordKind } from './record-data';
import { renderRecord } from './render';
import { pdfInfo, pdfText } from './testing/pdf-text';
import { PEOPLE, SAMPLE_AGENCY, sampleRecord } from './testing/record-samples';

// Each record rendered from the example cycle, read back as text with pdf.js.

// Text that only that record's layout puts on the page, with its accents.
const OWN_TEXT: Record<RecordKind, string[]> = {
  'strategic-definitions': ['Ficha A1', 'Formulario H', '¿Aplica enfoque de género?', 'Supervisión de entidades'],
  diagnostic: [
    '1. Análisis de la misión institucional',
    '4. Productos estratégicos',
    '5. Sistemas de información',
    'Inequidades y brechas',
  ],
  plan: ['Datos efectivos', 'Diseño', 'Inequidades que aborda', 'Meta de largo plazo'],
  'work-programme': ['Cronograma', 'Medios de verificación', 'Responsable', '01-02-2027 al 31-05-2027'],
  'activity-record': [
    'Participantes por sexo',
    '80,9 %',
    'Archivos de verificación adjuntos',
    'A-3_medio-verificación_01.pdf',
  ],
  'progress-report': ['Período informado', 'Dificultades', 'Facilitadores', 'Archivos de verificación adjuntos'],
  evaluation: [
    'Avance de las medidas del plan',
    'Recomendaciones',
    'Resultado del Programa de Seguimiento del año anterior (2026)',
    'Resultados de los indicadores por sexo',
    'Mujeres (barra izquierda) Hombres (barra derecha)',
  ],
  'follow-up-programme': ['Compromisos', 'Recomendación R-1', '30-06-2028'],
  'management-review': [
    'Decisiones de la Dirección',
    '¿Modificar el Diagnóstico? (etapa 1)',
    'María José Ñancupil Rivas',
  ],
  dissemination: ['Acciones realizadas', 'Personal del Servicio (interna)', 'Dirección de Presupuestos'],
  standardisation: ['Dentro del SGC: procedimiento modificado', 'PR-ASO-01', 'Departamento de Asociatividad'],
  'visa-certificate': ['Documentos visados', 'EG-2027-PLAN-v3', 'otorga el visto bueno técnico (V°B°)'],
};

describe.each(RECORD_KINDS.map((kind) => [kind]))('%s record', (kind) => {
  const data = sampleRecord(kind);
  let flat = '';
  let firstPage = '';
  let pdf: Buffer = Buffer.alloc(0);

  beforeAll(async () => {
    pdf = await renderRecord(data);
    const text = await pdfText(pdf);
    flat = text.flat;
    firstPage = text.pages[0];
  });

  it('is a PDF', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('shows the agency, the year, the record and its version on the first page', () => {
    for (const expected of [
      SAMPLE_AGENCY.name,
      `Código del Servicio: ${SAMPLE_AGENCY.code}`,
      SAMPLE_AGENCY.ministry,
      'Año 2027',
      RECORD_TITLES[kind],
      data.record.code,
      `Versión ${data.record.version}`,
      'PMG Sistema Enfoque de Género',
    ]) {
      expect(firstPage.replace(/\s+/g, ' ')).toContain(expected);
    }
  });

  it('keeps Spanish accents and signs', () => {
    expect(flat).toMatch(/Género/);
    expect(flat).toMatch(/Año/);
    expect(flat).toMatch(/Página/);
    expect(flat).toMatch(/Verificación/);
  });

  it('lays out its own content', () => {
    for (const expected of OWN_TEXT[kind]) expect(flat).toContain(expected);
  });

  it('shows the approval chain and the observations history', () => {
    expect(flat).toContain('Cadena de aprobación');
    expect(flat).toContain(data.approvals.author.name);
    if (data.approvals.headApproval) expect(flat).toContain(`${PEOPLE.head} 10-04-2027, 15:30 Aprobado`);
    if (data.approvals.visa) expect(flat).toContain(`${PEOPLE.expert} 20-04-2027, 11:40 Otorgado`);
    expect(flat).toContain('Historial de observaciones');
    for (const o of data.observations) expect(flat).toContain(o.comment);
  });

  it('prints the hash, the page count and the verification link', () => {
    expect(flat).toContain(`SHA-256 del documento: ${data.document.sha256}`);
    expect(firstPage).toContain(data.document.sha256.slice(0, 16));
    expect(firstPage).toMatch(/Página 1 de \d+/);
    expect(flat).toContain(data.verifyUrl);
  });

  it('describes itself in the PDF metadata', async () => {
    const info = await pdfInfo(pdf);
    expect(info).toMatchObject({
      Title: `${RECORD_TITLES[kind]} ${data.record.code}`,
      Author: SAMPLE_AGENCY.name,
      Subject: data.record.code,
      Creator: 'Enfoque',
    });
    expect(info.CreationDate).toBe('D:20270420154200Z');
  });
});

describe('approval chain', () => {
  it('says "pendiente" for a gated record not yet approved and "no aplica" outside a gate', async () => {
    const draft = sampleRecord('plan');
    draft.approvals = { author: draft.approvals.author, headApproval: null, visa: undefined };
    const pending = (await pdfText(await renderRecord(draft))).flat;
    expect(pending).toContain('Aprobación de la Jefatura de Servicio — — Pendiente');
    expect(pending).toContain('V°B° técnico SERNAM (Red de Expertos) — — Pendiente');

    const register = (await pdfText(await renderRecord(sampleRecord('dissemination')))).flat;
    expect(register).toContain('Aprobación de la Jefatura de Servicio — — No aplica');
    expect(register).toContain('Sin observaciones');
  });

  it('lists observations oldest first with their Spanish labels', async () => {
    const data = sampleRecord('diagnostic');
    data.observations = [...data.observations].reverse();
    const flat = (await pdfText(await renderRecord(data))).flat;
    const returned = flat.indexOf('15-03-2027, 09:00 Devolución de la Jefatura');
    const denied = flat.indexOf('29-03-2027, 18:15 V°B° denegado por SERNAM');
    expect(returned).toBeGreaterThan(-1);
    expect(denied).toBeGreaterThan(returned);
    expect(flat).toContain('Jefe/a de Servicio');
  });
});

describe('next year', () => {
  it('reports on the previous follow-up programme in the evaluation', async () => {
    const flat = (await pdfText(await renderRecord(sampleRecord('evaluation', { year: 2028 })))).flat;
    expect(flat).toContain('Resultado del Programa de Seguimiento del año anterior (2027)');
    expect(flat).toContain('C-2 No cumplido');
  });
});

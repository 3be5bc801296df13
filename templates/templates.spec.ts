import { formatChileDateTime } from '../workflows/chile-format';
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
  'work-programme': [
    'Cronograma',
    'Medios de verificación',
    'Responsable',
    '1 de febrero de 2027 al 31 de mayo de 2027',
  ],
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
  'follow-up-programme': ['Compromisos', 'Recomendación R-1', '30 de junio de 2028'],
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

  it('reads back letter for letter: accents, the agency, the people, and no ligature glyph', () => {
    expect(flat).not.toMatch(/[\uFB00-\uFB06]/);
    for (const word of ['Género', 'Año', 'Página', 'Verificación de autenticidad', 'Cadena de aprobación', 'huella'])
      expect(flat).toContain(word);
    expect(flat).toContain(SAMPLE_AGENCY.name);
    expect(flat).toContain(SAMPLE_AGENCY.ministry);
    for (const step of data.approvals) expect(flat).toContain(step.by!.name);
    if (kind === 'visa-certificate') expect(flat).toContain('Certificado V°B° SERNAM');
  });

  it('lays out its own content', () => {
    for (const expected of OWN_TEXT[kind]) expect(flat).toContain(expected);
  });

  it('shows the approval chain, step by step, and the observations history', () => {
    expect(flat).toContain('Cadena de aprobación Paso Nombre Rol Fecha y hora');
    const rows = data.approvals.map(({ step, by }) => `${step} ${by?.name} ${by?.role} ${formatChileDateTime(by!.at)}`);
    expect(flat).toContain(rows.join(' '));
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
  it('says "pendiente" for a step still awaited, and that a record outside a gate has none', async () => {
    const draft = sampleRecord('plan');
    draft.approvals = draft.approvals.map((step, i) => (i < 2 ? step : { ...step, by: null }));
    const pending = (await pdfText(await renderRecord(draft))).flat;
    expect(pending).toContain('Aprobado por la Jefatura Pendiente — — Visación otorgada por SERNAM Pendiente — —');
    expect(pending).not.toContain('no pasa por la aprobación');

    const register = (await pdfText(await renderRecord(sampleRecord('dissemination')))).flat;
    expect(register).toContain(
      `Difusión registrada ${PEOPLE.officer} Encargado/a del Sistema Enfoque de Género 12 de abril de 2027 a las 17:00`,
    );
    expect(register).toContain(
      'Este registro no pasa por la aprobación de la Jefatura ni por el V°B° técnico de SERNAM.',
    );
    expect(register).toContain('Sin observaciones');
  });

  it('names on a V°B° certificate who sent, approved and granted, each in their role', async () => {
    const flat = (await pdfText(await renderRecord(sampleRecord('visa-certificate')))).flat;
    expect(flat).toContain(
      [
        `Enviado a aprobación de la Jefatura ${PEOPLE.officer} Encargado/a del Sistema Enfoque de Género 3 de abril de 2027 a las 11:05`,
        `Aprobado por la Jefatura ${PEOPLE.head} Jefe/a de Servicio 10 de abril de 2027 a las 15:30`,
        `Visación otorgada por SERNAM ${PEOPLE.expert} SERNAM, Red de Expertos 20 de abril de 2027 a las 11:40`,
      ].join(' '),
    );
  });

  it('lists observations oldest first with their Spanish labels', async () => {
    const data = sampleRecord('diagnostic');
    data.observations = [...data.observations].reverse();
    const flat = (await pdfText(await renderRecord(data))).flat;
    const returned = flat.indexOf('15 de marzo de 2027 a las 09:00 Devolución de la Jefatura');
    const denied = flat.indexOf('29 de marzo de 2027 a las 18:15 V°B° denegado por SERNAM');
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

describe('verification box', () => {
  // The certificate's comment grows three lines at a time, so the end of the content sweeps down
  // a whole page: wherever it ends, the box is not left alone on a page of its own.
  it('is never alone on the last page, wherever the content ends', async () => {
    const line = 'Se recomienda reforzar la medición del indicador IA-3 en el segundo semestre del año. ';
    const lastPages: string[] = [];
    for (let lines = 1; lines < 40; lines += 3) {
      const data = sampleRecord('visa-certificate');
      data.document.content = { ...data.document.content, comment: line.repeat(lines) };
      const { pages } = await pdfText(await renderRecord(data));
      lastPages.push(pages.length > 1 ? pages.at(-1)!.trim() : '');
    }
    // The sweep did cross into a second page.
    expect(lastPages.filter(Boolean).length).toBeGreaterThan(3);
    for (const page of lastPages) expect(page).not.toMatch(/^Verificación de autenticidad/);
  });
});

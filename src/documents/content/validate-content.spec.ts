import { REGISTER_DOCUMENT_KINDS, SINGLETON_DOCUMENT_KINDS } from '../../../workflows/document-kinds';
import { FIXTURE_KINDS, isNextYearOverride, readFixture } from '../../../test/fixtures/cycle';
import { DiagnosticContent, PlanContent, PlanMeasure, validateContent, type FieldError } from '.';

function errorsOf(kind: Parameters<typeof validateContent>[0], raw: unknown): FieldError[] {
  const result = validateContent(kind, raw);
  if (result.ok) throw new Error('se esperaba un error de validación');
  return result.errors;
}

describe('validateContent: example cycle', () => {
  it.each(FIXTURE_KINDS)('accepts the 2027 fixture of %s', (kind) => {
    const result = validateContent(kind, readFixture(kind, 2027));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(FIXTURE_KINDS.filter(isNextYearOverride))('accepts the 2028 fixture of %s', (kind) => {
    const result = validateContent(kind, readFixture(kind, 2028));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has a fixture for every document kind', () => {
    expect([...FIXTURE_KINDS].sort()).toEqual([...SINGLETON_DOCUMENT_KINDS, ...REGISTER_DOCUMENT_KINDS].sort());
  });

  it('returns instances of the schema classes, detached from the input', () => {
    const raw = readFixture('plan') as { measures: { description: string }[] };
    const result = validateContent('plan', raw);
    if (!result.ok) throw new Error('fixture inválida');
    expect(result.value).toBeInstanceOf(PlanContent);
    expect(result.value.measures?.[0]).toBeInstanceOf(PlanMeasure);
    raw.measures[0].description = 'cambiada';
    expect(result.value.measures?.[0].description).not.toBe('cambiada');
  });
});

describe('validateContent: drafts', () => {
  it('accepts an empty draft', () => {
    expect(validateContent('diagnostic', {})).toEqual({ ok: true, value: expect.any(DiagnosticContent) });
  });

  it('treats null properties as empty fields', () => {
    const result = validateContent('plan', { genderAgendaConsistency: null, measures: [{ id: 'M-1', step: null }] });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.measures?.[0].step).toBeUndefined();
  });

  it('still requires the id of every item', () => {
    expect(errorsOf('plan', { measures: [{ description: 'Sin identificador' }] })).toEqual([
      { path: 'measures[0].id', message: 'Medidas › n.º 1 › Código: es obligatorio.' },
    ]);
  });
});

describe('validateContent: shape and bounds', () => {
  it('rejects an unknown property with its path, in Spanish', () => {
    expect(errorsOf('diagnostic', { products: [{ productId: 'PE-1', colour: 'rojo' }] })).toEqual([
      {
        path: 'products[0].colour',
        message:
          'Productos estratégicos › PE-1: «colour» no es un campo de este documento; los campos son: Producto estratégico, Clientes, usuarias/os o beneficiarias/os por sexo, Caracterización por sexo, Revisión del diseño: necesidades diferenciadas de mujeres y hombres, Revisión de la implementación y el seguimiento: efectos diferenciados en mujeres y hombres, No corresponde incorporar el enfoque de género, Razones por las que no corresponde, Inequidades, Barreras.',
      },
    ]);
  });

  it('rejects an unknown top-level property', () => {
    expect(errorsOf('evaluation', { summary: 'x' })).toEqual([
      {
        path: 'summary',
        message:
          '«summary» no es un campo de este documento; los campos son: Avance respecto de los objetivos general y específicos, Avance de las medidas del plan, Resultados de los indicadores, Recomendaciones, Resultado del Programa de Seguimiento del año anterior.',
      },
    ]);
  });

  it('rejects wrong types without converting them', () => {
    expect(
      errorsOf('diagnostic', {
        products: [{ productId: 'PE-1', clients: { women: '12', men: 3.5 }, genderFocusNotApplicable: 'no' }],
      }),
    ).toEqual([
      {
        path: 'products[0].clients.women',
        message:
          'Productos estratégicos › PE-1 › Clientes, usuarias/os o beneficiarias/os por sexo › Mujeres: debe ser un número entero.',
      },
      {
        path: 'products[0].clients.men',
        message:
          'Productos estratégicos › PE-1 › Clientes, usuarias/os o beneficiarias/os por sexo › Hombres: debe ser un número entero.',
      },
      {
        path: 'products[0].genderFocusNotApplicable',
        message:
          'Productos estratégicos › PE-1 › No corresponde incorporar el enfoque de género: debe ser verdadero o falso.',
      },
    ]);
  });

  it('rejects a list where an object is expected and the reverse', () => {
    expect(errorsOf('plan', { generalObjective: [], measures: {} })).toEqual([
      { path: 'generalObjective', message: 'Objetivo general: debe ser un objeto.' },
      { path: 'measures', message: 'Medidas: debe ser una lista.' },
    ]);
  });

  it('rejects list items that are not objects', () => {
    expect(errorsOf('follow-up-programme', { commitments: ['C-1'] })).toEqual([
      { path: 'commitments[0]', message: 'Compromisos › n.º 1: debe ser un objeto.' },
    ]);
  });

  it('rejects a string that is too long', () => {
    expect(errorsOf('plan', { genderAgendaConsistency: 'a'.repeat(4001) })).toEqual([
      {
        path: 'genderAgendaConsistency',
        message: 'Consistencia con la Agenda de Género: no puede superar 4000 caracteres.',
      },
    ]);
    expect(validateContent('plan', { genderAgendaConsistency: 'a'.repeat(4000) }).ok).toBe(true);
  });

  it('bounds names more tightly than long texts', () => {
    expect(errorsOf('strategic-definitions', { products: [{ id: 'PE-1', name: 'n'.repeat(201) }] })).toEqual([
      { path: 'products[0].name', message: 'Productos estratégicos › PE-1 › Nombre: no puede superar 200 caracteres.' },
    ]);
  });

  it('rejects values outside the enums', () => {
    expect(errorsOf('plan', { measures: [{ id: 'M-1', step: 'diseño' }] })).toEqual([
      {
        path: 'measures[0].step',
        message:
          'Medidas › M-1 › Etapa o ámbito de la medida: debe ser uno de los valores: design (Diseño), implementation (Implementación), monitoring (Seguimiento), evaluation (Evaluación), information-system (Sistemas de información), complementary (Medidas institucionales complementarias), dissemination (Difusión), new-product (Nuevos productos).',
      },
    ]);
  });

  it('rejects numbers out of range', () => {
    expect(errorsOf('activity-record', { participants: { women: -1 } })).toEqual([
      { path: 'participants.women', message: 'Participantes por sexo › Mujeres: no puede ser menor que 0.' },
    ]);
    expect(errorsOf('work-programme', { year: 1999 })).toEqual([
      { path: 'year', message: 'Año: no puede ser menor que 2000.' },
    ]);
  });

  it.each(['2027-02-30', '2027-1-05', '05-01-2027', '2027-01-05T00:00:00Z', ''])('rejects the date %p', (date) => {
    expect(errorsOf('follow-up-programme', { commitments: [{ id: 'C-1', deadline: date }] })).toEqual([
      {
        path: 'commitments[0].deadline',
        message: 'Compromisos › C-1 › Plazo: debe ser una fecha válida con formato AAAA-MM-DD.',
      },
    ]);
  });

  it('accepts a leap day', () => {
    expect(validateContent('management-review', { date: '2028-02-29' }).ok).toBe(true);
  });

  it('rejects malformed ids and references', () => {
    const errors = errorsOf('plan', { measures: [{ id: 'M 1', inequityIds: ['INQ-1', 'inequidad número uno'] }] });
    expect(errors.map((e) => e.path)).toEqual(['measures[0].id', 'measures[0].inequityIds']);
    expect(errors[0].message).toMatch(/^Medidas › M 1 › Código: identificador inválido/);
  });

  it('accepts ids of up to 32 characters and rejects longer ones', () => {
    expect(validateContent('plan', { measures: [{ id: 'M'.repeat(32) }] }).ok).toBe(true);
    expect(errorsOf('plan', { measures: [{ id: 'M'.repeat(33) }] })[0].path).toBe('measures[0].id');
  });

  it('rejects repeated references in a list', () => {
    expect(errorsOf('progress-report', { activitiesDone: ['A-1', 'A-1'] })).toEqual([
      { path: 'activitiesDone', message: 'Actividades realizadas: no puede contener elementos repetidos.' },
    ]);
  });

  it('rejects lists longer than their bound', () => {
    const attendees = Array.from({ length: 101 }, () => ({ name: 'Ana' }));
    expect(errorsOf('management-review', { attendees })).toEqual([
      { path: 'attendees', message: 'Asistentes: no puede tener más de 100 elementos.' },
    ]);
  });
});

describe('validateContent: unique ids', () => {
  it('rejects an id repeated within its list', () => {
    expect(errorsOf('plan', { measures: [{ id: 'M-1' }, { id: 'M-2' }, { id: 'M-1' }] })).toEqual([
      {
        path: 'measures[2].id',
        message: 'Medidas › n.º 3 › Código: el código «M-1» está repetido; ya se usa en Medidas › n.º 1 › Código.',
      },
    ]);
  });

  it('rejects an inequity id repeated across products of the diagnostic', () => {
    const raw = {
      products: [
        { productId: 'PE-1', inequities: [{ id: 'INQ-1' }] },
        { productId: 'PE-2', inequities: [{ id: 'INQ-1' }] },
      ],
    };
    expect(errorsOf('diagnostic', raw)).toEqual([
      {
        path: 'products[1].inequities[0].id',
        message:
          'Productos estratégicos › n.º 2 › Inequidades › n.º 1 › Código: el código «INQ-1» está repetido; ya se usa en Productos estratégicos › n.º 1 › Inequidades › n.º 1 › Código.',
      },
    ]);
  });

  it('rejects a product analysed twice', () => {
    expect(errorsOf('diagnostic', { products: [{ productId: 'PE-1' }, { productId: 'PE-1' }] })[0].path).toBe(
      'products[1].productId',
    );
  });

  it('shares the scope of general and specific objectives', () => {
    expect(errorsOf('plan', { generalObjective: { id: 'O-1' }, specificObjectives: [{ id: 'O-1' }] })[0].path).toBe(
      'specificObjectives[0].id',
    );
  });

  it('lets different kinds of items share an id', () => {
    const raw = {
      products: [{ productId: 'X-1', inequities: [{ id: 'X-1' }], barriers: [{ id: 'X-1', inequityId: 'X-1' }] }],
    };
    expect(validateContent('diagnostic', raw).ok).toBe(true);
  });
});

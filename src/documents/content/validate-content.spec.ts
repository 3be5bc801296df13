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
      { path: 'measures[0].id', message: 'Falta el identificador.' },
    ]);
  });
});

describe('validateContent: shape and bounds', () => {
  it('rejects an unknown property with its path, in Spanish', () => {
    expect(errorsOf('diagnostic', { products: [{ productId: 'PE-1', colour: 'rojo' }] })).toEqual([
      { path: 'products[0].colour', message: 'La propiedad «colour» no está permitida.' },
    ]);
  });

  it('rejects an unknown top-level property', () => {
    expect(errorsOf('evaluation', { summary: 'x' })).toEqual([
      { path: 'summary', message: 'La propiedad «summary» no está permitida.' },
    ]);
  });

  it('rejects wrong types without converting them', () => {
    expect(
      errorsOf('diagnostic', {
        products: [{ productId: 'PE-1', clients: { women: '12', men: 3.5 }, genderFocusNotApplicable: 'no' }],
      }),
    ).toEqual([
      { path: 'products[0].clients.women', message: 'Debe ser un número entero.' },
      { path: 'products[0].clients.men', message: 'Debe ser un número entero.' },
      { path: 'products[0].genderFocusNotApplicable', message: 'Debe ser verdadero o falso.' },
    ]);
  });

  it('rejects a list where an object is expected and the reverse', () => {
    expect(errorsOf('plan', { generalObjective: [], measures: {} })).toEqual([
      { path: 'generalObjective', message: 'Debe ser un objeto.' },
      { path: 'measures', message: 'Debe ser una lista.' },
    ]);
  });

  it('rejects list items that are not objects', () => {
    expect(errorsOf('follow-up-programme', { commitments: ['C-1'] })).toEqual([
      { path: 'commitments[0]', message: 'Debe ser un objeto.' },
    ]);
  });

  it('rejects a string that is too long', () => {
    expect(errorsOf('plan', { genderAgendaConsistency: 'a'.repeat(4001) })).toEqual([
      { path: 'genderAgendaConsistency', message: 'No puede superar 4000 caracteres.' },
    ]);
    expect(validateContent('plan', { genderAgendaConsistency: 'a'.repeat(4000) }).ok).toBe(true);
  });

  it('bounds names more tightly than long texts', () => {
    expect(errorsOf('strategic-definitions', { products: [{ id: 'PE-1', name: 'n'.repeat(201) }] })).toEqual([
      { path: 'products[0].name', message: 'No puede superar 200 caracteres.' },
    ]);
  });

  it('rejects values outside the enums', () => {
    expect(errorsOf('plan', { measures: [{ id: 'M-1', step: 'diseño' }] })).toEqual([
      {
        path: 'measures[0].step',
        message:
          'Debe ser uno de los valores: design, implementation, monitoring, evaluation, information-system, complementary, dissemination, new-product.',
      },
    ]);
  });

  it('rejects numbers out of range', () => {
    expect(errorsOf('activity-record', { participants: { women: -1 } })).toEqual([
      { path: 'participants.women', message: 'No puede ser menor que 0.' },
    ]);
    expect(errorsOf('work-programme', { year: 1999 })).toEqual([
      { path: 'year', message: 'No puede ser menor que 2000.' },
    ]);
  });

  it.each(['2027-02-30', '2027-1-05', '05-01-2027', '2027-01-05T00:00:00Z', ''])('rejects the date %p', (date) => {
    expect(errorsOf('follow-up-programme', { commitments: [{ id: 'C-1', deadline: date }] })).toEqual([
      { path: 'commitments[0].deadline', message: 'Debe ser una fecha válida con formato AAAA-MM-DD.' },
    ]);
  });

  it('accepts a leap day', () => {
    expect(validateContent('management-review', { date: '2028-02-29' }).ok).toBe(true);
  });

  it('rejects malformed ids and references', () => {
    const errors = errorsOf('plan', { measures: [{ id: 'M 1', inequityIds: ['INQ-1', 'inequidad número uno'] }] });
    expect(errors.map((e) => e.path)).toEqual(['measures[0].id', 'measures[0].inequityIds']);
    expect(errors[0].message).toMatch(/^Identificador inválido/);
  });

  it('accepts ids of up to 32 characters and rejects longer ones', () => {
    expect(validateContent('plan', { measures: [{ id: 'M'.repeat(32) }] }).ok).toBe(true);
    expect(errorsOf('plan', { measures: [{ id: 'M'.repeat(33) }] })[0].path).toBe('measures[0].id');
  });

  it('rejects repeated references in a list', () => {
    expect(errorsOf('progress-report', { activitiesDone: ['A-1', 'A-1'] })).toEqual([
      { path: 'activitiesDone', message: 'No puede contener elementos repetidos.' },
    ]);
  });

  it('rejects lists longer than their bound', () => {
    const attendees = Array.from({ length: 101 }, () => ({ name: 'Ana' }));
    expect(errorsOf('management-review', { attendees })).toEqual([
      { path: 'attendees', message: 'No puede tener más de 100 elementos.' },
    ]);
  });
});

describe('validateContent: unique ids', () => {
  it('rejects an id repeated within its list', () => {
    expect(errorsOf('plan', { measures: [{ id: 'M-1' }, { id: 'M-2' }, { id: 'M-1' }] })).toEqual([
      { path: 'measures[2].id', message: 'El identificador «M-1» está repetido; ya se usa en measures[0].id.' },
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
        message: 'El identificador «INQ-1» está repetido; ya se usa en products[0].inequities[0].id.',
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

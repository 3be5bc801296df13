import { awaitingText } from './demo-summary';

const doc = (kind: string) => ({ kind, status: 'draft', version: 1, writable: true }) as never;

describe('what awaits a person, in Spanish', () => {
  it('names the gate’s documents with their articles and the year', () => {
    expect(
      awaitingText({ actions: ['APPROVE', 'RETURN'], documents: [doc('diagnostic')], year: 2030, observation: null }),
    ).toBe('aprobar o devolver el Informe de Diagnóstico 2030');
    expect(
      awaitingText({
        actions: ['GRANT_VISA', 'DENY_VISA'],
        documents: [doc('evaluation'), doc('follow-up-programme')],
        year: 2029,
        observation: null,
      }),
    ).toBe('otorgar o denegar la visación técnica del Informe de Evaluación y del Programa de Seguimiento 2029');
    expect(
      awaitingText({
        actions: ['SUBMIT'],
        documents: [doc('plan'), doc('work-programme')],
        year: 2028,
        observation: { type: 'DENY_VISA', comment: 'Falta la línea base.', by: 'Francisca', at: '2028-05-01' },
      }),
    ).toBe(
      'redactar y enviar a aprobación el Plan de Acción con Enfoque de Género y el Programa de Trabajo Anual 2028 ' +
        '(visación denegada por SERNAM con observaciones: «Falta la línea base.»)',
    );
  });

  it('says what the stage expects when the action is not about a gate’s documents', () => {
    expect(
      awaitingText({
        actions: ['RECORD_REVIEW'],
        documents: [doc('management-review')],
        year: 2026,
        observation: null,
      }),
    ).toBe('registrar la Revisión por la Dirección del ciclo 2026');
    expect(
      awaitingText({
        actions: [],
        documents: [doc('activity-record'), doc('progress-report')],
        year: 2027,
        observation: null,
      }),
    ).toBe('registrar actividades y avances del ciclo 2027');
    expect(
      awaitingText({ actions: [], documents: [doc('strategic-definitions')], year: 2031, observation: null }),
    ).toBe('redactar la Ficha A1 y Formulario H 2031');
  });
});

import { describe, expect, it } from 'vitest';
import { openObservationsLink, openObservationsToSubmit } from './open-observations';

describe('open observations before "Enviar a aprobación"', () => {
  const documents = [
    { kind: 'strategic-definitions', status: 'visa-granted' as const },
    { kind: 'diagnostic', status: 'draft' as const },
    { kind: 'plan', status: 'draft' as const },
  ];
  it('count, for each document being sent, those neither answered nor addressed', () => {
    expect(
      openObservationsToSubmit(documents, [
        { kind: 'diagnostic', status: 'open' },
        { kind: 'diagnostic', status: 'open' },
        { kind: 'diagnostic', status: 'answered' },
        { kind: 'diagnostic', status: 'addressed' },
        { kind: 'strategic-definitions', status: 'open' },
      ]),
    ).toEqual([{ kind: 'diagnostic', count: 2 }]);
  });
  it('say nothing when every one is answered or addressed', () => {
    expect(openObservationsToSubmit(documents, [{ kind: 'plan', status: 'answered' }])).toEqual([]);
  });
  it('link to the form filtered to them', () => {
    expect(openObservationsLink('c-1', 'diagnostic')).toBe('/ciclos/c-1/documentos/diagnostic?editar=1&abiertas=1');
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { confirmationText, offeredDecisions, refusalText, underReview, whyNoDecision } from './decision';
import { parseDrafts, toObservationInputs } from './review-drafts';

const me = {
  id: 'u-head',
  memberships: [{ id: 'm', agencyId: 'a1', role: 'agency_head' as const, centre: null }],
  expertAgencyIds: [],
};

describe('the gate’s decisions', () => {
  it('offers only what the API allows, in the screen’s order', () => {
    expect(offeredDecisions({ state: 'diagnostic.submitted', allowedEvents: ['RETURN', 'APPROVE'] })).toEqual([
      'APPROVE',
      'RETURN',
    ]);
    expect(offeredDecisions({ state: 'planning.approved', allowedEvents: ['DENY_VISA'] })).toEqual(['DENY_VISA']);
    expect(offeredDecisions({ state: 'diagnostic.draft', allowedEvents: ['SUBMIT'] })).toEqual([]);
  });

  it('reviews the documents of the submission', () => {
    const docs = [
      { kind: 'plan', status: 'submitted', version: 3 },
      { kind: 'work-programme', status: 'submitted', version: 2 },
      { kind: 'diagnostic', status: 'visa-granted', version: 4 },
      { kind: 'evaluation', status: 'draft', version: 0 },
    ];
    expect(underReview(docs).map((d) => d.kind)).toEqual(['plan', 'work-programme']);
  });

  it('says what a decision does, for one document or two', () => {
    expect(confirmationText('APPROVE', ['diagnostic'])).toBe(
      'Aprobará el Informe de Diagnóstico. Pasa a la visación técnica de SERNAM.',
    );
    expect(confirmationText('DENY_VISA', ['plan', 'work-programme'])).toContain(
      'el Plan de Acción con Enfoque de Género y el Programa de Trabajo Anual. Vuelven a borrador',
    );
  });

  it('explains a head who wrote the version why there is nothing to decide', () => {
    const cycle = { state: 'diagnostic.submitted', allowedEvents: [], agencyId: 'a1' };
    expect(whyNoDecision(cycle, me, ['u-head'])).toBe(
      'No puede aprobar, devolver ni visar un documento del que es autor/a.',
    );
    expect(whyNoDecision(cycle, { ...me, memberships: [] }, ['u-head'])).toContain('Jefe/a de Servicio');
    expect(whyNoDecision({ ...cycle, allowedEvents: ['APPROVE'] }, me, [])).toBeNull();
  });

  it('tells refusals in Spanish, never by their code', () => {
    expect(refusalText(new ApiError(403, 'SELF_APPROVAL', 'self'))).toBe(
      'No puede aprobar, devolver ni visar un documento del que es autor/a.',
    );
    expect(refusalText(new ApiError(400, 'COMMENT_REQUIRED', 'Debe escribir (comment)'))).not.toContain('comment');
    expect(refusalText(new ApiError(409, 'OTRO_CODIGO', 'Mensaje del servidor.'))).toBe('Mensaje del servidor.');
  });
});

describe('observations kept while reviewing', () => {
  it('reads back what was kept, ignoring anything damaged', () => {
    const draft = {
      id: '1',
      kind: 'diagnostic',
      path: 'products/PE-1',
      itemId: 'PE-1',
      label: 'x',
      text: ' Revisar. ',
    };
    expect(parseDrafts(JSON.stringify([draft, { id: 2 }]))).toEqual([draft]);
    expect(parseDrafts('{no es json')).toEqual([]);
    expect(parseDrafts('')).toEqual([]);
    expect(toObservationInputs([draft, { ...draft, itemId: undefined, path: 'missionAnalysis' }])).toEqual([
      { kind: 'diagnostic', path: 'products/PE-1', itemId: 'PE-1', text: 'Revisar.' },
      { kind: 'diagnostic', path: 'missionAnalysis', text: 'Revisar.' },
    ]);
  });
});

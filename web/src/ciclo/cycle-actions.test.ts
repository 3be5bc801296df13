import { describe, expect, it } from 'vitest';
import { CYCLE_EVENT_TYPES } from '@procedure/events';
import { ApiError } from '../api/client';
import { confirmationOf, planActions, problemsOf, replyNeeded } from './cycle-actions';

describe('the actions of the cycle', () => {
  it('sends the gate’s decisions to the revision screen and keeps the rest as buttons', () => {
    expect(planActions(['APPROVE', 'RETURN'])).toEqual({ decide: true, direct: [] });
    expect(planActions(['REQUEST_ADJUSTMENT', 'FINISH_IMPLEMENTATION'])).toEqual({
      decide: false,
      direct: ['REQUEST_ADJUSTMENT', 'FINISH_IMPLEMENTATION'],
    });
    expect(planActions([])).toEqual({ decide: false, direct: [] });
  });

  it('says in words what every action will do, under its button’s label', () => {
    for (const type of CYCLE_EVENT_TYPES) {
      const confirmation = confirmationOf(type, { stage: 'diagnostic', year: 2027 });
      expect(confirmation.body.length).toBeGreaterThan(30);
      expect(confirmation.title).toContain('Ciclo 2027');
    }
    expect(confirmationOf('SUBMIT', { stage: 'implementation', year: 2027 }).body).toContain(
      '«Ajuste del Plan y Programa de Trabajo»',
    );
    expect(confirmationOf('SUBMIT', { stage: 'diagnostic', year: 2027 }).confirmLabel).toBe('Enviar a aprobación');
    expect(confirmationOf('REQUEST_ADJUSTMENT', { stage: 'implementation', year: 2027 }).comment).toBe(true);
    expect(confirmationOf('COMPLETE', { stage: 'standardisation', year: 2027 }).body).toContain('se cerrará');
  });
});

describe('an incomplete submission', () => {
  it('lists its problems with the document each is in, once each', () => {
    const error = new ApiError(422, 'INCOMPLETE', 'Faltan elementos antes de continuar', {
      problems: [
        { path: 'plan.measures[3].inequityIds', message: 'Falta la inequidad que aborda la medida.' },
        { path: 'plan.measures[3].inequityIds', message: 'Falta la inequidad que aborda la medida.' },
        { path: 'work-programme', message: 'Falta el documento «Programa de Trabajo Anual» del ciclo.' },
        { path: 'x', message: 'Otra cosa.' },
        { nothing: true },
      ],
    });
    expect(problemsOf(error, 'c1')).toEqual([
      {
        text: 'Plan de Acción con Enfoque de Género: Falta la inequidad que aborda la medida.',
        href: '/ciclos/c1/documentos/plan?editar=1&revisar=1#campo-measures[3].inequityIds',
      },
      {
        text: 'Falta el documento «Programa de Trabajo Anual» del ciclo.',
        href: '/ciclos/c1/documentos/work-programme?editar=1&revisar=1',
      },
      { text: 'Otra cosa.', href: null },
    ]);
  });

  it('lists nothing for any other refusal', () => {
    expect(problemsOf(new ApiError(409, 'STALE_REVISION', 'El ciclo cambió'), 'c1')).toEqual([]);
    expect(problemsOf(new Error('x'), 'c1')).toEqual([]);
  });
});

describe('sending back what was returned, unchanged', () => {
  const sent = (seq: number, type: string, version = 2) => ({
    seq,
    type,
    documents: [{ kind: 'diagnostic', version }],
  });
  const docs = (version: number) => [{ kind: 'diagnostic', version }];

  it('asks for a reply when the last decision sent the documents back and none has a newer version', () => {
    const history = [sent(1, 'SUBMIT'), sent(2, 'RETURN'), sent(3, 'DOCUMENT_SAVED', 2)];
    expect(replyNeeded(history, docs(2))).toBe('RETURN');
    expect(replyNeeded([sent(1, 'SUBMIT'), sent(2, 'APPROVE'), sent(3, 'DENY_VISA')], docs(2))).toBe('DENY_VISA');
  });

  it('does not when a document has a newer version, or the last decision was not a return', () => {
    expect(replyNeeded([sent(1, 'SUBMIT'), sent(2, 'RETURN')], docs(3))).toBeNull();
    expect(replyNeeded([sent(2, 'RETURN'), sent(3, 'SUBMIT'), sent(4, 'APPROVE')], docs(2))).toBeNull();
    expect(replyNeeded([], docs(0))).toBeNull();
  });
});

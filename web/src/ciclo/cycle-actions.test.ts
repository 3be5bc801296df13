import { describe, expect, it } from 'vitest';
import { CYCLE_EVENT_TYPES } from '@procedure/events';
import { ApiError } from '../api/client';
import { confirmationOf, planActions, problemsOf } from './cycle-actions';

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
    expect(problemsOf(error)).toEqual([
      'Plan de Acción con Enfoque de Género: Falta la inequidad que aborda la medida.',
      'Falta el documento «Programa de Trabajo Anual» del ciclo.',
      'Otra cosa.',
    ]);
  });

  it('lists nothing for any other refusal', () => {
    expect(problemsOf(new ApiError(409, 'STALE_REVISION', 'El ciclo cambió'))).toEqual([]);
    expect(problemsOf(new Error('x'))).toEqual([]);
  });
});

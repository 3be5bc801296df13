import { describe, expect, it } from 'vitest';
import { mergePrefill } from './merge-prefill';

const proposed = {
  objectivesProgress: [{ objectiveId: 'OG-1' }, { objectiveId: 'OE-1' }],
  measuresProgress: [{ measureId: 'M-1' }, { measureId: 'M-2' }],
  indicatorResults: [{ indicatorCode: 'IND-1', result: '2028: mujeres 250, hombres 400.' }, { indicatorCode: 'IND-2' }],
  previousYearFollowUp: [
    { commitmentId: 'C-1', status: 'met' as const },
    { commitmentId: 'C-2', status: 'not-met' as const, justification: 'Sin proveedor.' },
  ],
};

describe('Completar el Informe de Evaluación', () => {
  it('fills an empty evaluation with every proposed entry', () => {
    const { content, added, filled } = mergePrefill(null, proposed);
    expect(content).toEqual(proposed);
    expect([added, filled]).toEqual([8, 0]);
  });

  it('keeps what was typed, adds what is missing after it, and fills only empty fields', () => {
    const typed = {
      measuresProgress: [{ measureId: 'M-2', status: 'partial', analysis: 'Avance escrito a mano.' }],
      indicatorResults: [
        { indicatorCode: 'IND-1', result: 'Resultado escrito a mano.', analysis: 'Análisis propio.' },
        { indicatorCode: 'IND-2', result: '  ' },
      ],
      previousYearFollowUp: [{ commitmentId: 'C-2', actions: 'Se licitó dos veces.' }],
      recommendations: [{ id: 'R-1', recommendation: 'Contratar antes.' }],
      measuresExtra: 'otra propiedad se conserva',
    };
    const { content, added, filled } = mergePrefill(typed, proposed);
    expect(content).toEqual({
      objectivesProgress: [{ objectiveId: 'OG-1' }, { objectiveId: 'OE-1' }],
      measuresProgress: [
        { measureId: 'M-2', status: 'partial', analysis: 'Avance escrito a mano.' },
        { measureId: 'M-1' },
      ],
      indicatorResults: [
        { indicatorCode: 'IND-1', result: 'Resultado escrito a mano.', analysis: 'Análisis propio.' },
        { indicatorCode: 'IND-2', result: '  ' },
      ],
      previousYearFollowUp: [
        { commitmentId: 'C-2', actions: 'Se licitó dos veces.', status: 'not-met', justification: 'Sin proveedor.' },
        { commitmentId: 'C-1', status: 'met' },
      ],
      recommendations: [{ id: 'R-1', recommendation: 'Contratar antes.' }],
      measuresExtra: 'otra propiedad se conserva',
    });
    expect([added, filled]).toEqual([4, 2]);
    // The form's content is not changed in place.
    expect(typed.measuresProgress).toHaveLength(1);
  });

  it('adds nothing the second time', () => {
    const once = mergePrefill({}, proposed).content;
    const twice = mergePrefill(once, proposed);
    expect(twice.content).toEqual(once);
    expect([twice.added, twice.filled]).toEqual([0, 0]);
  });
});

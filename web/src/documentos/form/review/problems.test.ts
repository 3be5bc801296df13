import { describe, expect, it } from 'vitest';
import type { CompletenessProblem } from '../../../api/types';
import { parentKey } from './focus-field';
import { fieldKeyOf, joinErrors, problemErrors, problemHref } from './problems';

const problem = (path: string, message = `Falta ${path}.`): CompletenessProblem => ({
  path,
  kind: path.split(/[.[]/)[0] as CompletenessProblem['kind'],
  label: path,
  message,
});

describe('the problems of "Revisar", placed in the form', () => {
  it('puts each problem of this document at its field, without the kind prefix', () => {
    const errors = problemErrors(
      [
        problem('diagnostic.missionAnalysis.mission'),
        problem('diagnostic.products[0].clients.women', 'Falta el número de mujeres.'),
        problem('diagnostic.products[0].clients.women', 'Otra.'),
        problem('diagnostic'),
        problem('strategic-definitions.products'),
      ],
      'diagnostic',
    );
    expect([...errors]).toEqual([
      ['missionAnalysis.mission', ['Falta diagnostic.missionAnalysis.mission.']],
      ['products[0].clients.women', ['Falta el número de mujeres.', 'Otra.']],
    ]);
    expect(fieldKeyOf('plan', 'plan')).toBe('');
    expect(fieldKeyOf('planning.x', 'plan')).toBeNull();
  });

  it('joins them with the errors of a refused save, each message once', () => {
    const saved = new Map([['year', ['Debe ser un número.']]]);
    const joined = joinErrors(
      saved,
      new Map([
        ['year', ['Falta el año.', 'Debe ser un número.']],
        ['goal', ['x']],
      ]),
    );
    expect([...joined]).toEqual([
      ['year', ['Debe ser un número.', 'Falta el año.']],
      ['goal', ['x']],
    ]);
    expect(joinErrors(saved, new Map())).toBe(saved);
  });

  it('links a problem to its document form, in edition with the review run, at the field', () => {
    expect(problemHref('c1', 'work-programme.measures[0].year')).toBe(
      '/ciclos/c1/documentos/work-programme?editar=1&revisar=1#campo-measures[0].year',
    );
    expect(problemHref('c1', 'diagnostic')).toBe('/ciclos/c1/documentos/diagnostic?editar=1&revisar=1');
    expect(problemHref('c1', 'activity-record')).toBeNull();
    expect(problemHref('c1', '')).toBeNull();
  });

  it('climbs from a field to the parts that hold it', () => {
    expect(parentKey('products[0].clients.women')).toBe('products[0].clients');
    expect(parentKey('products[0]')).toBe('products');
    expect(parentKey('products')).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { citableOptions } from './citable';

describe('Elementos que se pueden citar', () => {
  it('include an item that is one object, not a list (the plan’s general objective)', () => {
    const plan = {
      generalObjective: { id: 'OG-1', description: 'Incorporar el enfoque de género' },
      specificObjectives: [{ id: 'OE-1', description: 'Reducir la brecha de acceso' }],
    };
    const cites = { kind: 'plan', document: 'Plan', items: ['generalObjective', 'specificObjectives'] };
    expect(citableOptions(plan, cites)).toEqual([
      { value: 'OG-1', label: 'OG-1 — Incorporar el enfoque de género' },
      { value: 'OE-1', label: 'OE-1 — Reducir la brecha de acceso' },
    ]);
    expect(citableOptions({ specificObjectives: [] }, cites)).toEqual([]);
  });
});

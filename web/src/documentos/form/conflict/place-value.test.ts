import { describe, expect, it } from 'vitest';
import type { MergePlace } from './merge';
import { changedByText, placeValue } from './place-value';

const place = (over: Partial<MergePlace>): MergePlace => ({
  key: 'k',
  label: 'L',
  field: 'gap',
  changedBy: 'both',
  base: 'antes',
  mine: 'mía',
  theirs: 'suya',
  ...over,
});

describe('a place of the comparison, in words', () => {
  it('reads values as the document shows them, never as JSON', () => {
    expect(placeValue(place({ field: 'appliesGenderFocus', mine: true }), 'mine')).toBe('Sí');
    expect(placeValue(place({ field: 'date', theirs: '2027-03-15' }), 'theirs')).toMatch(/marzo de 2027/);
    const item = { id: 'INQ-3', description: 'Menor acceso.', gap: '10 puntos.' };
    expect(placeValue(place({ field: 'inequities', item: true, mine: item }), 'mine')).toBe(
      'Código: INQ-3; Descripción: Menor acceso.; Brecha: 10 puntos.',
    );
  });

  it('says removed where the base had a value, and shows an order as codes', () => {
    expect(placeValue(place({ mine: undefined }), 'mine')).toBe('Eliminado en esta versión.');
    expect(placeValue(place({ base: undefined, mine: undefined }), 'mine')).toBe('—');
    expect(placeValue(place({ order: true, theirs: ['INQ-2', 'INQ-1'] }), 'theirs')).toBe('INQ-2 → INQ-1');
  });

  it('says who changed it', () => {
    expect(changedByText(place({ changedBy: 'theirs' }), 'Ana Pérez')).toBe(
      'Cambiado solo por Ana Pérez: se toma su cambio.',
    );
    expect(changedByText(place({ changedBy: 'mine' }), 'Ana Pérez')).toMatch(/^Cambiado solo en su versión/);
  });
});

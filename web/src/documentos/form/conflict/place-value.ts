import { EMPTY_VALUE, formatValue } from '../../format-value';
import type { MergePlace, Side } from './merge';

// How one side of a place reads in the comparison: its value in words (never JSON), an order as
// the codes in that order, and a missing value as removed (when the base had it) or empty.
export function placeValue(place: MergePlace, side: Side): string {
  const value = side === 'mine' ? place.mine : place.theirs;
  if (place.order && Array.isArray(value)) return value.join(' → ');
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
    return place.base !== undefined && place.base !== null ? 'Eliminado en esta versión.' : EMPTY_VALUE;
  return formatValue(place.field, value);
}

/** "Cambiado solo en su versión" / "… solo por María": what was taken by itself, and why. */
export function changedByText(place: MergePlace, author: string): string {
  switch (place.changedBy) {
    case 'mine':
      return 'Cambiado solo en su versión: se conserva su cambio.';
    case 'theirs':
      return `Cambiado solo por ${author}: se toma su cambio.`;
    case 'both':
      return 'Cambiado en las dos versiones, de distinta forma: elija cuál conservar.';
  }
}

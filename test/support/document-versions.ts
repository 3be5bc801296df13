import { readFixture } from '../fixtures/cycle';

// Three versions of the example Ficha A1 y Formulario H, each a small edit of the one before:
// the second adds a sentence to PE-1's reason, the third takes a phrase out of PE-2's and drops
// PE-4. Versions 1 → 3 then differ by an inserted text, a deleted text and a removed item.

export const INSERTED = 'Se agregó la evidencia de la Encuesta de Microemprendimiento 2025.';
export const DELETED = 'según su carga de trabajo doméstico y de cuidados';

interface Product {
  id: string;
  reason: string;
}
type StrategicDefinitions = { products: Product[] } & Record<string, unknown>;

const product = (content: StrategicDefinitions, id: string): Product => {
  const found = content.products.find((p) => p.id === id);
  if (!found) throw new Error(`La ficha de ejemplo no tiene ${id}`);
  return found;
};

export function threeVersions(): [unknown, unknown, unknown] {
  const first = readFixture('strategic-definitions') as StrategicDefinitions;
  const second = structuredClone(first);
  product(second, 'PE-1').reason += ` ${INSERTED}`;
  const third = structuredClone(second);
  const pe2 = product(third, 'PE-2');
  if (!pe2.reason.includes(DELETED)) throw new Error('La razón de PE-2 no tiene el texto a quitar');
  pe2.reason = pe2.reason.replace(` ${DELETED}`, '');
  third.products = third.products.filter((p) => p.id !== 'PE-4');
  return [first, second, third];
}

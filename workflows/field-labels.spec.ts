import { getMetadataStorage } from 'class-validator';
import * as content from '../src/documents/content';
import {
  FIELD_LABELS,
  fieldLabel,
  ITEM_ID_FIELDS,
  itemIdFieldOf,
  itemIdOf,
  orderedFields,
  UNKNOWN_FIELD_LABEL,
  valueLabel,
  VALUE_LABELS,
} from './field-labels';

// Every content class (the schemas and their nested shapes) with its decorated properties in
// declaration order, which of them is the item's key (@ItemId: the only required one), and the
// codes each coded property accepts (@OneOf, @OneOfList).
interface ContentClass {
  name: string;
  properties: string[];
  itemId: string | undefined;
  codes: Map<string, string[]>;
}

function contentClasses(): ContentClass[] {
  const storage = getMetadataStorage();
  return Object.values(content).flatMap((value) => {
    if (typeof value !== 'function') return [];
    const metadata = storage.getTargetValidationMetadatas(value, '', true, false);
    if (metadata.length === 0) return [];
    const properties = [...new Set(metadata.map((m) => m.propertyName))];
    const itemId = metadata.find((m) => m.name === 'isDefined' || m.type === 'isDefined')?.propertyName;
    const codes = new Map<string, string[]>();
    for (const m of metadata) {
      if ((m.name ?? m.type) === 'isIn') codes.set(m.propertyName, (m.constraints as [string[]])[0]);
    }
    return [{ name: value.name, properties, itemId, codes }];
  });
}

const CLASSES = contentClasses();

describe('field labels', () => {
  it('reads every content class', () => {
    expect(CLASSES.length).toBeGreaterThanOrEqual(40);
    expect(CLASSES.map((c) => c.name)).toEqual(expect.arrayContaining(['DiagnosticContent', 'WorkActivity']));
  });

  it('has a Spanish label for every decorated property of the content classes', () => {
    const missing = CLASSES.flatMap((c) =>
      c.properties.filter((p) => fieldLabel(p) === UNKNOWN_FIELD_LABEL).map((p) => `${c.name}.${p}`),
    );
    expect(missing).toEqual([]);
  });

  it('labels no property that the content classes do not have', () => {
    const used = new Set(CLASSES.flatMap((c) => c.properties));
    expect(Object.keys(FIELD_LABELS).filter((name) => !used.has(name))).toEqual([]);
  });

  it('lists the fields in an order that keeps every class in its declaration order', () => {
    const misordered = CLASSES.flatMap((c) => {
      const body = c.properties.filter((p) => p !== c.itemId);
      return orderedFields(body).join() === body.join() ? [] : [`${c.name}: ${orderedFields(body).join(', ')}`];
    });
    expect(misordered).toEqual([]);
  });

  it('labels every code of every coded field', () => {
    const missing = CLASSES.flatMap((c) =>
      [...c.codes].flatMap(([property, codes]) =>
        codes.filter((code) => valueLabel(property, code) === undefined).map((code) => `${c.name}.${property}=${code}`),
      ),
    );
    expect(missing).toEqual([]);
    expect(Object.keys(VALUE_LABELS).sort()).toEqual([...new Set(CLASSES.flatMap((c) => [...c.codes.keys()]))].sort());
  });

  it('finds the key of an item of every class that has one, before the ids it cites', () => {
    const keyed = CLASSES.filter((c) => c.itemId !== undefined);
    expect(keyed.length).toBeGreaterThanOrEqual(15);
    for (const c of keyed) {
      // Every property filled in, as an item citing other items would be.
      const item = Object.fromEntries(c.properties.map((p) => [p, `${c.name}.${p}`]));
      expect([c.name, itemIdOf(item), itemIdFieldOf(item)]).toEqual([c.name, `${c.name}.${c.itemId}`, c.itemId]);
      expect(ITEM_ID_FIELDS).toContain(c.itemId);
    }
  });

  it('finds no key where an item has none', () => {
    expect(itemIdOf({ kind: 'internal', description: 'Falta de presupuesto' })).toBeUndefined();
    expect(itemIdOf({ id: '' })).toBeUndefined();
    expect(itemIdOf(['INQ-1'])).toBeUndefined();
    expect(itemIdOf(null)).toBeUndefined();
    expect(itemIdOf(Object.create({ id: 'heredado' }))).toBeUndefined();
  });

  it('uses the guide’s words and never shows a code', () => {
    expect(fieldLabel('gap')).toBe('Brecha');
    expect(fieldLabel('barriers')).toBe('Barreras');
    expect(fieldLabel('verificationMeans')).toBe('Medios de verificación');
    expect(fieldLabel('constructor')).toBe(UNKNOWN_FIELD_LABEL);
    expect(valueLabel('step', 'design')).toBe('Diseño');
    expect(valueLabel('status', 'not-met')).toBe('No cumplido');
    expect(valueLabel('status', 'toString')).toBeUndefined();
    expect(valueLabel('description', 'design')).toBeUndefined();
  });
});

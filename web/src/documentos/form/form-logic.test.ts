import { describe, expect, it } from 'vitest';
import { citableOptions, withCurrent } from './citable';
import { defaultPrefix, idsAt, nextId } from './ids';
import { apiPath, errorsAt, errorsByPath, getIn, moveItem, setIn } from './paths';
import { fieldsOf, type FieldNode } from './schema-tree';

const text = (title: string, maxLength: number) => ({
  title,
  'x-field': maxLength > 300 ? 'longText' : 'text',
  type: ['string', 'null'],
  maxLength,
});
const schema = {
  type: 'object',
  properties: {
    mission: { ...text('Misión', 4000), description: 'La misión del Servicio', 'x-requiredToSubmit': true },
    scope: {
      title: 'Ámbito',
      'x-field': 'enum',
      enum: ['internal', 'external', null],
      'x-labels': { internal: 'Interno', external: 'Externo' },
    },
    clients: {
      title: 'Clientes por sexo',
      'x-field': 'object',
      type: ['object', 'null'],
      properties: {
        women: { title: 'Mujeres', 'x-field': 'integer', type: ['integer', 'null'] },
        men: { title: 'Hombres', 'x-field': 'integer', type: ['integer', 'null'] },
      },
    },
    inequities: {
      title: 'Inequidades',
      'x-field': 'objectList',
      type: ['array', 'null'],
      items: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { title: 'Código', 'x-field': 'id', type: 'string' },
          gap: text('Brecha', 1000),
          inequityId: {
            title: 'Inequidad',
            'x-field': 'ref',
            'x-cites': {
              kind: 'diagnostic',
              document: 'Informe de Diagnóstico',
              items: ['products.inequities'],
              idField: 'id',
            },
          },
        },
      },
    },
    name: text('Nombre', 200),
  },
};

describe('the field tree read from a kind’s JSON Schema', () => {
  const fields = fieldsOf(schema);
  const byKey = (key: string) => fields.find((f) => f.key === key) as FieldNode;

  it('keeps the schema’s order, Spanish titles and help', () => {
    expect(fields.map((f) => [f.key, f.type, f.title])).toEqual([
      ['mission', 'longText', 'Misión'],
      ['scope', 'enum', 'Ámbito'],
      ['clients', 'counts', 'Clientes por sexo'],
      ['inequities', 'objectList', 'Inequidades'],
      ['name', 'text', 'Nombre'],
    ]);
    expect(byKey('mission')).toMatchObject({
      description: 'La misión del Servicio',
      requiredToSubmit: true,
      maxLength: 4000,
    });
  });

  it('labels enum values with x-labels and drops null', () => {
    expect(byKey('scope')).toMatchObject({
      options: [
        { value: 'internal', label: 'Interno' },
        { value: 'external', label: 'Externo' },
      ],
    });
  });

  it('finds a list’s id field and a reference’s citation', () => {
    const list = byKey('inequities');
    if (list.type !== 'objectList') throw new Error(list.type);
    expect(list.idField).toBe('id');
    expect(list.fields.find((f) => f.key === 'inequityId')).toMatchObject({
      type: 'ref',
      cites: { kind: 'diagnostic', items: ['products.inequities'], idField: 'id' },
    });
  });
});

describe('codes proposed for new items', () => {
  it('continue the series seen', () => {
    expect(nextId(['INQ-1', 'INQ-3'], 'X-')).toBe('INQ-4');
    expect(nextId(['A-9', 'A-11', 'A-10'], 'X-')).toBe('A-12');
    expect(nextId(['M-01', 'M-02'], 'X-')).toBe('M-03');
  });
  it('use the commonest prefix and never a taken code', () => {
    expect(nextId(['OE-1', 'OE-2', 'X-7'], 'Z-')).toBe('OE-3');
    expect(nextId(['libre'], 'INQ-')).toBe('INQ-1');
  });
  it('start from the guide’s prefix when the list is empty', () => {
    expect(nextId([], defaultPrefix('inequities'))).toBe('INQ-1');
    expect(nextId([], defaultPrefix('activities'))).toBe('A-1');
    expect(defaultPrefix('widgets')).toBe('WID-');
  });
  it('look across every parent item (one series per document)', () => {
    const content = {
      products: [{ inequities: [{ id: 'INQ-1' }, { id: 'INQ-2' }] }, { inequities: [{ id: 'INQ-3' }] }],
    };
    expect(idsAt(content, ['products', '*', 'inequities', '*', 'id'])).toEqual(['INQ-1', 'INQ-2', 'INQ-3']);
  });
});

describe('paths between the form and the API', () => {
  it('spell a path as the API’s field errors do', () => {
    expect(apiPath(['products', 0, 'inequities', 2, 'gap'])).toBe('products[0].inequities[2].gap');
    expect(apiPath(['mission'])).toBe('mission');
  });
  it('group the API’s errors at their control', () => {
    const errors = errorsByPath([
      { path: 'products[0].clients.women', message: 'Mujeres debe ser un número entero' },
      { path: 'content.mission', message: 'Misión es demasiado larga' },
      { path: 'tags[1]', message: 'Etiqueta es demasiado larga' },
    ]);
    expect(errorsAt(errors, ['products', 0, 'clients', 'women'])).toEqual(['Mujeres debe ser un número entero']);
    expect(errorsAt(errors, ['mission'])).toEqual(['Misión es demasiado larga']);
    expect(errorsAt(errors, ['tags'])).toEqual([]);
    expect(errorsAt(errors, ['tags'], true)).toEqual(['Etiqueta es demasiado larga']);
  });
  it('write without touching the original, dropping emptied fields', () => {
    const before = { a: { b: 'x', c: 'y' }, list: [{ id: 'A-1' }] };
    const after = setIn(before, ['a', 'b'], '');
    expect(after).toEqual({ a: { c: 'y' }, list: [{ id: 'A-1' }] });
    expect(before.a.b).toBe('x');
    expect(setIn({}, ['list', 0, 'name'], 'N')).toEqual({ list: [{ name: 'N' }] });
    expect(getIn(after, ['list', 0, 'id'])).toBe('A-1');
    expect(setIn(null, ['x'], false)).toEqual({ x: false });
  });
  it('move items up and down, not past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});

describe('citable items', () => {
  const diagnostic = {
    products: [
      {
        productId: 'PE-1',
        inequities: [{ id: 'INQ-1', description: 'Menor acceso de mujeres al crédito', gap: '20 %' }],
      },
      { productId: 'PE-2', inequities: [{ id: 'INQ-2', gap: 'Brecha de 5 puntos' }, { id: '' }] },
    ],
  };
  it('list every item of the cited lists by code and text', () => {
    expect(
      citableOptions(diagnostic, { kind: 'diagnostic', document: 'D', items: ['products.inequities'], idField: 'id' }),
    ).toEqual([
      { value: 'INQ-1', label: 'INQ-1 — Menor acceso de mujeres al crédito' },
      { value: 'INQ-2', label: 'INQ-2 — Brecha de 5 puntos' },
    ]);
    expect(
      citableOptions(diagnostic, { kind: 'diagnostic', document: 'D', items: ['products'], idField: 'productId' }).map(
        (o) => o.value,
      ),
    ).toEqual(['PE-1', 'PE-2']);
    expect(citableOptions(null, { kind: 'diagnostic', document: 'D', items: ['products'] })).toEqual([]);
  });
  it('list an object named by the citation as one item (the plan’s general objective)', () => {
    const plan = {
      generalObjective: { id: 'OG-1', description: 'Incorporar el enfoque de género' },
      specificObjectives: [{ id: 'OE-1', description: 'Reducir la brecha de acceso' }],
    };
    const cites = { kind: 'plan', document: 'P', items: ['generalObjective', 'specificObjectives'], idField: 'id' };
    expect(citableOptions(plan, cites).map((o) => o.label)).toEqual([
      'OG-1 — Incorporar el enfoque de género',
      'OE-1 — Reducir la brecha de acceso',
    ]);
  });
  it('take the words of an item without them from the document its code cites', () => {
    const names = { products: [{ id: 'PE-1', name: 'Capital Semilla Regional' }] };
    const cites = {
      kind: 'diagnostic',
      document: 'D',
      items: ['products'],
      idField: 'productId',
      textFrom: { kind: 'strategic-definitions', document: 'A1', items: ['products'], idField: 'id' },
    };
    expect(citableOptions(diagnostic, cites, names)).toEqual([
      { value: 'PE-1', label: 'PE-1 — Capital Semilla Regional' },
      { value: 'PE-2', label: 'PE-2' },
    ]);
  });
  it('keep a chosen code the cited document no longer has', () => {
    expect(withCurrent([{ value: 'A', label: 'A' }], ['A', 'B'])).toEqual([
      { value: 'A', label: 'A' },
      { value: 'B', label: 'B (no está en el documento citado)' },
    ]);
    expect(withCurrent([], ['B'], true)).toEqual([{ value: 'B', label: 'B' }]);
  });
});

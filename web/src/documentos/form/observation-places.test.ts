import { describe, expect, it } from 'vitest';
import { buildOutline, placesOf, type OutlineNode } from '../outline';
import { formPlaces, observationPathOf, pinPlaces, placeObservations, visibleWithin } from './observation-places';
import { apiPath, type Path } from './paths';
import { fieldsOf } from './schema-tree';

// The shape of a diagnostic's schema (as GET /api/document-kinds/diagnostic/schema gives it):
// a group of fields, a list of products keyed by a cited code, inequities keyed by a code Enfoque
// proposes, counts by sex, and a list of systems whose items have no code.
const text = (title: string) => ({ title, 'x-field': 'text', type: ['string', 'null'], maxLength: 200 });
const schema = {
  type: 'object',
  properties: {
    missionAnalysis: {
      title: 'Análisis de la misión',
      'x-field': 'object',
      type: ['object', 'null'],
      properties: { mission: text('Misión'), barriers: text('Barreras') },
    },
    products: {
      title: 'Productos estratégicos',
      'x-field': 'objectList',
      type: ['array', 'null'],
      items: {
        type: 'object',
        properties: {
          productId: {
            title: 'Producto estratégico',
            'x-field': 'id',
            type: 'string',
            'x-cites': { kind: 'strategic-definitions', document: 'Ficha A1', items: ['products'] },
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
              properties: {
                id: { title: 'Código', 'x-field': 'id', type: 'string' },
                description: text('Descripción'),
                gap: text('Brecha'),
              },
            },
          },
        },
      },
    },
    informationSystems: {
      title: 'Sistemas de información',
      'x-field': 'object',
      type: ['object', 'null'],
      properties: {
        systems: {
          title: 'Sistemas',
          'x-field': 'objectList',
          type: ['array', 'null'],
          items: { type: 'object', properties: { name: text('Nombre'), scope: text('Ámbito') } },
        },
      },
    },
  },
};
const fields = fieldsOf(schema);

// Stored as jsonb gives it back: keys in any order, an item's code anywhere in it.
const content = {
  products: [
    { productId: 'PE-1', inequities: [{ gap: '20 %', id: 'INQ-1' }] },
    {
      clients: { men: 10, women: 5 },
      productId: 'PE-3',
      inequities: [
        { id: 'INQ-2', description: 'Menor acceso' },
        { id: 'INQ-3', gap: '41 % y 31 %', description: 'Menor acceso al crédito' },
      ],
    },
  ],
  missionAnalysis: { mission: 'Promover…' },
  informationSystems: { systems: [{ name: 'SIGEBEN' }, { name: 'Registro', scope: 'internal' }] },
};

const observation = (id: string, path: string, status = 'open') => ({ id, path, status });

describe('the observation path of a place of the form', () => {
  it('names items by their code, wherever the code sits in the item', () => {
    expect(observationPathOf(content, ['products', 1, 'inequities', 1, 'gap'])).toBe(
      'products/PE-3/inequities/INQ-3/gap',
    );
    expect(observationPathOf(content, ['products', 0])).toBe('products/PE-1');
    expect(observationPathOf(content, ['products', 1, 'clients'])).toBe('products/PE-3/clients');
  });
  it('names items without a code by their position, as the read view does', () => {
    expect(observationPathOf(content, ['informationSystems', 'systems', 1, 'scope'])).toBe(
      'informationSystems/systems/1/scope',
    );
  });
  it('spells a field, a group and a list as their names joined by /', () => {
    expect(observationPathOf(content, ['missionAnalysis', 'mission'])).toBe('missionAnalysis/mission');
    expect(observationPathOf(content, ['missionAnalysis', 'barriers'])).toBe('missionAnalysis/barriers');
    expect(observationPathOf(content, ['products'])).toBe('products');
  });
  it('follows an item where it moved: its path is its code, not its position', () => {
    const moved = { ...content, products: [content.products[1], content.products[0]] };
    expect(observationPathOf(moved, ['products', 0, 'inequities', 1, 'gap'])).toBe(
      'products/PE-3/inequities/INQ-3/gap',
    );
  });
});

describe('the places of the form', () => {
  const places = formPlaces(fields, content);
  const at = (path: string) => places.get(path)?.path;

  it('are every control, drawn with a value or not, and every item’s card', () => {
    expect(at('missionAnalysis')).toEqual(['missionAnalysis']);
    expect(at('missionAnalysis/barriers')).toEqual(['missionAnalysis', 'barriers']);
    expect(at('products/PE-3')).toEqual(['products', 1]);
    expect(at('products/PE-3/inequities/INQ-3')).toEqual(['products', 1, 'inequities', 1]);
    expect(at('products/PE-3/inequities/INQ-3/gap')).toEqual(['products', 1, 'inequities', 1, 'gap']);
    expect(at('products/PE-1/inequities/INQ-1/description')).toEqual(['products', 0, 'inequities', 0, 'description']);
    expect(at('informationSystems/systems/0/name')).toEqual(['informationSystems', 'systems', 0, 'name']);
  });
  it('show a cited code as a control, not a code Enfoque proposes', () => {
    expect(at('products/PE-3/productId')).toEqual(['products', 1, 'productId']);
    expect(at('products/PE-3/inequities/INQ-3/id')).toBeUndefined();
  });
  it('leave the parts a control draws itself to that control (counts by sex)', () => {
    expect(at('products/PE-3/clients')).toEqual(['products', 1, 'clients']);
    expect(at('products/PE-3/clients/women')).toBeUndefined();
  });

  // Every place the head can observe on the read view (fields, groups, lists, rows, items and
  // the fields of a row) is a place of the form, under the same path.
  it('include every place of the read view of the same content', () => {
    const outline = buildOutline(content);
    const rowFields = (nodes: readonly OutlineNode[]): string[] =>
      nodes.flatMap((node) => {
        if (node.type === 'section') return rowFields(node.children);
        if (node.type === 'items') return node.items.flatMap((item) => rowFields(item.children));
        if (node.type === 'table') return node.rows.flatMap((row) => row.fields.map((f) => f.path));
        return [];
      });
    const readPlaces = [...placesOf(outline), ...rowFields(outline)];
    expect(readPlaces).toEqual(
      expect.arrayContaining(['products/PE-3/inequities/INQ-3/gap', 'informationSystems/systems/1/scope']),
    );
    expect(readPlaces.filter((path) => !places.has(path))).toEqual([]);
  });
});

describe('observations placed in the form', () => {
  const places = formPlaces(fields, content);

  it('go to their field, their item, or the deepest place that holds their path', () => {
    const placed = placeObservations(places, [
      observation('gap', 'products/PE-3/inequities/INQ-3/gap'),
      observation('item', 'products/PE-1', 'answered'),
      observation('women', 'products/PE-3/clients/women'),
      observation('code', 'products/PE-3/inequities/INQ-2/id'),
    ]);
    const ids = (path: Path) => placed.byPlace.get(apiPath(path))?.map((o) => o.id);
    expect(ids(['products', 1, 'inequities', 1, 'gap'])).toEqual(['gap']);
    expect(ids(['products', 0])).toEqual(['item']);
    expect(ids(['products', 1, 'clients'])).toEqual(['women']);
    expect(ids(['products', 1, 'inequities', 0])).toEqual(['code']);
    expect(placed.unplaced).toEqual([]);
  });
  it('set apart those about an item the content no longer has', () => {
    const placed = placeObservations(places, [
      observation('gone', 'products/PE-9/inequities/INQ-7/gap'),
      observation('also', 'targets/T-1'),
      observation('here', 'missionAnalysis/mission'),
      observation('list', 'products/PE-3/inequities'),
    ]);
    expect(placed.unplaced.map((o) => o.id)).toEqual(['gone', 'also']);
    expect(placed.byPlace.get('products[1].inequities')?.map((o) => o.id)).toEqual(['list']);
  });
  it('stay with their item when it is moved', () => {
    const moved = { ...content, products: [content.products[1], content.products[0]] };
    const placed = placeObservations(formPlaces(fields, moved), [
      observation('gap', 'products/PE-3/inequities/INQ-3/gap'),
    ]);
    expect([...placed.byPlace.keys()]).toEqual(['products[0].inequities[1].gap']);
  });
  it('list as open places only those with an open observation', () => {
    const placed = placeObservations(places, [
      observation('open', 'products/PE-3/inequities/INQ-3/gap'),
      observation('answered', 'missionAnalysis/mission', 'answered'),
      observation('addressed', 'products/PE-1', 'addressed'),
    ]);
    expect(placed.openPlaces).toEqual([['products', 1, 'inequities', 1, 'gap']]);
  });
});

describe('what the filter to open observations shows', () => {
  it('a field with what leads to it, and nothing else', () => {
    const shows = visibleWithin([['products', 1, 'inequities', 1, 'gap']]);
    expect(shows(['products'])).toBe(true);
    expect(shows(['products', 1])).toBe(true);
    expect(shows(['products', 1, 'inequities'])).toBe(true);
    expect(shows(['products', 1, 'inequities', 1])).toBe(true);
    expect(shows(['products', 1, 'inequities', 1, 'gap'])).toBe(true);
    expect(shows(['products', 1, 'inequities', 1, 'description'])).toBe(false);
    expect(shows(['products', 1, 'inequities', 0])).toBe(false);
    expect(shows(['products', 1, 'clients'])).toBe(false);
    expect(shows(['products', 0])).toBe(false);
    expect(shows(['missionAnalysis'])).toBe(false);
  });
  it('an item observed as a whole with all its fields', () => {
    const shows = visibleWithin([['informationSystems', 'systems', 1]]);
    expect(shows(['informationSystems'])).toBe(true);
    expect(shows(['informationSystems', 'systems', 1, 'name'])).toBe(true);
    expect(shows(['informationSystems', 'systems', 1, 'scope'])).toBe(true);
    expect(shows(['informationSystems', 'systems', 0])).toBe(false);
  });
  it('does not take a sibling whose name starts the same for a part', () => {
    const shows = visibleWithin([['products', 1]]);
    expect(shows(['products', 10])).toBe(false);
    expect(shows(['products', 1, 'inequities', 0, 'gap'])).toBe(true);
  });
  it('nothing when no observation is open', () => {
    expect(visibleWithin([])(['missionAnalysis'])).toBe(false);
  });
});

describe('the places the filter keeps while it is on', () => {
  const gap: Path = ['products', 1, 'inequities', 1, 'gap'];
  const mission: Path = ['missionAnalysis', 'mission'];

  it('keep a place answered since (it does not vanish while the person works on it)', () => {
    const first = pinPlaces(new Map(), [gap, mission]);
    const afterAnswer = pinPlaces(first, [gap]);
    expect(afterAnswer).toBe(first);
    expect([...afterAnswer.values()]).toEqual([gap, mission]);
  });
  it('add places opened since', () => {
    const first = pinPlaces(new Map(), [gap]);
    const next = pinPlaces(first, [gap, mission]);
    expect(next).not.toBe(first);
    expect([...next.keys()]).toEqual(['products[1].inequities[1].gap', 'missionAnalysis.mission']);
  });
});

import { describe, expect, it } from 'vitest';
import { sameContent } from '../draft-store';
import { combine, comparePlaces, everyPlace, sameRelativeOrder, unresolved, type Side } from './merge';

// A diagnostic in the shape of the form's content: products by productId, inequities and barriers by id.
const base = () => ({
  missionAnalysis: { mission: 'Misión original.', barriers: 'Barreras originales.' },
  products: [
    {
      productId: 'PE-1',
      designReview: 'Diseño original.',
      inequities: [
        { id: 'INQ-1', description: 'Menor acceso al crédito.', gap: '10 puntos.' },
        { id: 'INQ-2', description: 'Menor término de cursos.', gap: '16,7 puntos.' },
      ],
    },
  ],
});
type Doc = ReturnType<typeof base>;
const edit = (change: (doc: Doc) => void): Doc => {
  const doc = base();
  change(doc);
  return doc;
};
const choose = (entries: [string, Side][]) => new Map(entries);
const keysOf = (places: { key: string; changedBy: string }[]) => places.map((p) => `${p.changedBy}:${p.key}`);

describe('three-way comparison after someone else saved first', () => {
  it('finds nothing to settle when both versions are equal, however their properties are ordered', () => {
    const mine = edit((d) => (d.missionAnalysis.mission = 'Igual en las dos.'));
    const theirs = { products: mine.products, missionAnalysis: { ...mine.missionAnalysis } };
    expect(comparePlaces(base(), mine, theirs)).toEqual([]);
    expect(combine(base(), mine, theirs, new Map())).toEqual(mine);
  });

  it('names a field both changed differently as a conflict, in Spanish, with the three values', () => {
    const mine = edit((d) => (d.products[0]!.inequities[1]!.gap = '17 puntos.'));
    const theirs = edit((d) => (d.products[0]!.inequities[1]!.gap = '15 puntos.'));
    const places = comparePlaces(base(), mine, theirs);
    expect(places).toEqual([
      {
        key: 'products/PE-1/inequities/INQ-2/gap',
        label: 'Productos estratégicos › PE-1 › Inequidades › INQ-2 › Brecha',
        field: 'gap',
        changedBy: 'both',
        base: '16,7 puntos.',
        mine: '17 puntos.',
        theirs: '15 puntos.',
      },
    ]);
    expect(unresolved(places, new Map())).toHaveLength(1);
    const key = places[0]!.key;
    expect(combine(base(), mine, theirs, choose([[key, 'theirs']]))).toEqual(theirs);
    expect(combine(base(), mine, theirs, choose([[key, 'mine']]))).toEqual(mine);
    expect(unresolved(places, choose([[key, 'mine']]))).toEqual([]);
  });

  it('takes by itself what only one side changed, and lists it as taken from that side', () => {
    const mine = edit((d) => (d.missionAnalysis.mission = 'Misión nueva (mía).'));
    const theirs = edit((d) => (d.products[0]!.designReview = 'Diseño revisado (otra persona).'));
    const places = comparePlaces(base(), mine, theirs);
    expect(keysOf(places)).toEqual(['mine:missionAnalysis/mission', 'theirs:products/PE-1/designReview']);
    expect(unresolved(places, new Map())).toEqual([]);
    const combined = combine(base(), mine, theirs, new Map()) as Doc;
    expect(combined.missionAnalysis.mission).toBe('Misión nueva (mía).');
    expect(combined.products[0]!.designReview).toBe('Diseño revisado (otra persona).');
    expect(combined.missionAnalysis.barriers).toBe('Barreras originales.');
  });

  it('combines one field of each side when each wins a different conflict', () => {
    const mine = edit((d) => {
      d.missionAnalysis.mission = 'Misión mía.';
      d.missionAnalysis.barriers = 'Barreras mías.';
    });
    const theirs = edit((d) => {
      d.missionAnalysis.mission = 'Misión de la otra persona.';
      d.missionAnalysis.barriers = 'Barreras de la otra persona.';
    });
    const places = comparePlaces(base(), mine, theirs);
    expect(keysOf(places)).toEqual(['both:missionAnalysis/mission', 'both:missionAnalysis/barriers']);
    const combined = combine(
      base(),
      mine,
      theirs,
      choose([
        ['missionAnalysis/mission', 'mine'],
        ['missionAnalysis/barriers', 'theirs'],
      ]),
    );
    expect((combined as Doc).missionAnalysis).toEqual({
      mission: 'Misión mía.',
      barriers: 'Barreras de la otra persona.',
    });
  });

  it('keeps items each side added under different codes, each after the item it followed', () => {
    const mine = edit((d) => d.products[0]!.inequities.splice(1, 0, { id: 'INQ-3', description: 'Mía.', gap: '1.' }));
    const theirs = edit((d) => d.products[0]!.inequities.push({ id: 'INQ-4', description: 'Suya.', gap: '2.' }));
    const places = comparePlaces(base(), mine, theirs);
    expect(keysOf(places)).toEqual(['mine:products/PE-1/inequities/INQ-3', 'theirs:products/PE-1/inequities/INQ-4']);
    expect(places[0]).toMatchObject({ item: true, base: undefined, theirs: undefined });
    const combined = combine(base(), mine, theirs, new Map()) as Doc;
    expect(combined.products[0]!.inequities.map((i) => i.id)).toEqual(['INQ-1', 'INQ-3', 'INQ-2', 'INQ-4']);
  });

  it('makes an item both added under the same code one conflict, chosen whole and never mixed', () => {
    const mine = edit((d) => d.products[0]!.inequities.push({ id: 'INQ-3', description: 'Mía.', gap: '1.' }));
    const theirs = edit((d) => d.products[0]!.inequities.push({ id: 'INQ-3', description: 'Suya.', gap: '1.' }));
    const places = comparePlaces(base(), mine, theirs);
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ key: 'products/PE-1/inequities/INQ-3', changedBy: 'both', item: true });
    const theirsWins = combine(base(), mine, theirs, choose([['products/PE-1/inequities/INQ-3', 'theirs']])) as Doc;
    expect(theirsWins.products[0]!.inequities[2]).toEqual({ id: 'INQ-3', description: 'Suya.', gap: '1.' });
  });

  it('makes an item removed by one side and edited by the other a conflict: removed or kept as edited', () => {
    const mine = edit((d) => d.products[0]!.inequities.splice(0, 1));
    const theirs = edit((d) => (d.products[0]!.inequities[0]!.gap = '12 puntos.'));
    const places = comparePlaces(base(), mine, theirs);
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({
      key: 'products/PE-1/inequities/INQ-1',
      changedBy: 'both',
      item: true,
      mine: undefined,
      theirs: { id: 'INQ-1', description: 'Menor acceso al crédito.', gap: '12 puntos.' },
    });
    const key = places[0]!.key;
    expect(combine(base(), mine, theirs, choose([[key, 'mine']]))).toEqual(mine);
    expect(combine(base(), mine, theirs, choose([[key, 'theirs']]))).toEqual(theirs);
  });

  it('removes by itself an item one side removed and the other left alone, also when the list empties', () => {
    const mine = edit((d) => d.products[0]!.inequities.splice(1, 1));
    const places = comparePlaces(base(), mine, base());
    expect(keysOf(places)).toEqual(['mine:products/PE-1/inequities/INQ-2']);
    expect(combine(base(), mine, base(), new Map())).toEqual(mine);

    // The form drops an emptied list from its object.
    const emptied = edit((d) => delete (d.products[0] as Partial<Doc['products'][0]>).inequities);
    const theirs = edit((d) => (d.products[0]!.designReview = 'Otro diseño.'));
    const combined = combine(base(), emptied, theirs, new Map()) as Doc;
    expect(combined.products[0]).toEqual({ productId: 'PE-1', designReview: 'Otro diseño.' });
  });

  it('follows the order of the side that reordered a list, and edits of the other side stay on their items', () => {
    const mine = edit((d) => d.products[0]!.inequities.reverse());
    const theirs = edit((d) => (d.products[0]!.inequities[0]!.description = 'Texto corregido.'));
    const places = comparePlaces(base(), mine, theirs);
    expect(keysOf(places)).toEqual([
      'theirs:products/PE-1/inequities/INQ-1/description',
      'mine:products/PE-1/inequities#orden',
    ]);
    expect(places[1]).toMatchObject({
      order: true,
      label: 'Productos estratégicos › PE-1 › Inequidades (orden de los elementos)',
      mine: ['INQ-2', 'INQ-1'],
      theirs: ['INQ-1', 'INQ-2'],
    });
    const combined = combine(base(), mine, theirs, new Map()) as Doc;
    expect(combined.products[0]!.inequities).toEqual([
      { id: 'INQ-2', description: 'Menor término de cursos.', gap: '16,7 puntos.' },
      { id: 'INQ-1', description: 'Texto corregido.', gap: '10 puntos.' },
    ]);
  });

  it('asks whose order to follow when both reordered a list differently', () => {
    const three = (ids: string[]) => ({ systems: ids.map((id) => ({ id, name: `Sistema ${id}` })) });
    const places = comparePlaces(
      { informationSystems: three(['SI-1', 'SI-2', 'SI-3']) },
      { informationSystems: three(['SI-3', 'SI-1', 'SI-2']) },
      { informationSystems: three(['SI-2', 'SI-1', 'SI-3']) },
    );
    expect(keysOf(places)).toEqual(['both:informationSystems/systems#orden']);
    const combined = combine(
      { informationSystems: three(['SI-1', 'SI-2', 'SI-3']) },
      { informationSystems: three(['SI-3', 'SI-1', 'SI-2']) },
      { informationSystems: three(['SI-2', 'SI-1', 'SI-3']) },
      choose([['informationSystems/systems#orden', 'theirs']]),
    ) as { informationSystems: { systems: { id: string }[] } };
    expect(combined.informationSystems.systems.map((s) => s.id)).toEqual(['SI-2', 'SI-1', 'SI-3']);
    expect(sameRelativeOrder(['A', 'B', 'C'], ['A', 'X', 'C'])).toBe(true);
    expect(sameRelativeOrder(['A', 'B'], ['B', 'A'])).toBe(false);
  });

  it('compares lists of codes and texts as a whole value', () => {
    const withStages = (stages: string[]) => ({
      informationSystems: { systems: [{ id: 'SI-1', stagesNeedingMeasures: stages }] },
    });
    const places = comparePlaces(withStages(['collection']), withStages(['collection', 'analysis']), withStages([]));
    expect(places).toEqual([
      expect.objectContaining({
        key: 'informationSystems/systems/SI-1/stagesNeedingMeasures',
        changedBy: 'both',
        mine: ['collection', 'analysis'],
        theirs: [],
      }),
    ]);
  });

  it('without a base (a first version saved meanwhile), compares field by field what each wrote', () => {
    const mine = { missionAnalysis: { mission: 'Mía.' }, genderAgenda: { genderAgenda: 'Agenda.' } };
    const theirs = { missionAnalysis: { mission: 'Suya.', barriers: 'Barreras.' } };
    const places = comparePlaces(null, mine, theirs);
    expect(keysOf(places)).toEqual([
      'both:missionAnalysis/mission',
      'theirs:missionAnalysis/barriers',
      'mine:genderAgenda/genderAgenda',
    ]);
    const combined = combine(null, mine, theirs, choose([['missionAnalysis/mission', 'theirs']]));
    expect(combined).toEqual({
      missionAnalysis: { mission: 'Suya.', barriers: 'Barreras.' },
      genderAgenda: { genderAgenda: 'Agenda.' },
    });
  });

  it('gives exactly one version back with "Conservar toda la mía" or "Tomar toda la otra"', () => {
    const mine = edit((d) => {
      d.missionAnalysis.mission = 'Mía.';
      d.products[0]!.inequities.reverse();
      d.products[0]!.inequities.push({ id: 'INQ-5', description: 'Nueva mía.', gap: '3.' });
    });
    const theirs = edit((d) => {
      d.missionAnalysis.mission = 'Suya.';
      d.missionAnalysis.barriers = 'Barreras suyas.';
      d.products[0]!.inequities.splice(0, 1);
    });
    const places = comparePlaces(base(), mine, theirs);
    expect(sameContent(combine(base(), mine, theirs, everyPlace(places, 'mine')), mine)).toBe(true);
    expect(sameContent(combine(base(), mine, theirs, everyPlace(places, 'theirs')), theirs)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { formatValue, shorten, summaryOf } from './format-value';
import { buildOutline, filterOutline, placesOf, type ItemsNode, type SectionNode, type TableNode } from './outline';
import { anchorId, assignToPlaces, pathLabel, segmentsOf } from './places';

// A diagnostic as stored (jsonb gives keys back in its own order, not the guide's).
const diagnostic = {
  products: [
    {
      productId: 'PE-1',
      clients: { men: 2760, women: 1240 },
      inequities: [
        {
          gap: '41 % de las postulaciones y 31 % de las personas beneficiarias.',
          id: 'INQ-1',
          description: 'Menor acceso al Capital Semilla.',
        },
      ],
      barriers: [{ id: 'B-1', description: 'Exigencia de garantías reales.', inequityId: 'INQ-1' }],
      designReview:
        'Las bases exigen garantía real o aval para montos sobre 50 UF y asignan el 30 % del puntaje a la antigüedad de ventas formales.',
    },
    { productId: 'PE-4', genderFocusNotApplicable: true, notApplicableReason: 'Sin personas usuarias directas.' },
  ],
  missionAnalysis: { barriers: 'Menor titularidad de bienes.', mission: 'Contribuir al desarrollo productivo.' },
};

const workProgramme = {
  year: 2027,
  activities: [
    {
      id: 'A-1',
      measureId: 'M-1',
      description: 'Elaborar la propuesta de modificación de las bases.',
      schedule: { end: '2027-05-31', start: '2027-02-01' },
      responsible: 'Departamento de Fomento',
    },
    { id: 'A-2', description: 'Capacitar a los equipos regionales.', responsible: 'Unidad de Personas' },
  ],
};

describe('the outline of a document', () => {
  it('lists fields in the guide’s order with Spanish labels, whatever order the keys came in', () => {
    const outline = buildOutline(diagnostic);
    expect(outline.map((n) => n.title)).toEqual(['Análisis de la misión institucional', 'Productos estratégicos']);
    const mission = outline[0] as SectionNode;
    expect(mission.type).toBe('section');
    expect(mission.children.map((n) => [n.title, n.path])).toEqual([
      ['Misión', 'missionAnalysis/mission'],
      ['Barreras', 'missionAnalysis/barriers'],
    ]);
  });

  it('makes a list of items with parts of their own one section per item, headed by its id', () => {
    const products = buildOutline(diagnostic)[1] as ItemsNode;
    expect(products.type).toBe('items');
    expect(products.items.map((i) => [i.heading, i.path, i.itemId])).toEqual([
      ['PE-1', 'products/PE-1', 'PE-1'],
      ['PE-4', 'products/PE-4', 'PE-4'],
    ]);
    const first = products.items[0]!;
    // The id is the heading, not a field again.
    expect(first.children.map((n) => n.title)).toEqual([
      'Clientes, usuarias/os o beneficiarias/os por sexo',
      'Revisión del diseño: necesidades diferenciadas de mujeres y hombres',
      'Inequidades',
      'Barreras',
    ]);
    expect(first.children[0]).toMatchObject({ type: 'field', text: 'Mujeres: 1.240; Hombres: 2.760', long: false });
    expect(first.children[1]).toMatchObject({ type: 'field', long: true });
    const inequities = first.children[2] as TableNode;
    expect(inequities.type).toBe('table');
    expect(inequities.columns.map((c) => c.label)).toEqual(['Código', 'Descripción', 'Brecha']);
    expect(inequities.rows[0]).toMatchObject({
      path: 'products/PE-1/inequities/INQ-1',
      label: 'Productos estratégicos › PE-1 › Inequidades › INQ-1',
      itemId: 'INQ-1',
    });
    expect(inequities.rows[0]!.fields.map((f) => f.label)).toEqual([
      'Productos estratégicos › PE-1 › Inequidades › INQ-1 › Descripción',
      'Productos estratégicos › PE-1 › Inequidades › INQ-1 › Brecha',
    ]);
    const second = products.items[1]!;
    expect(second.children.map((n) => (n.type === 'field' ? n.text : n.type))).toEqual([
      'Sí',
      'Sin personas usuarias directas.',
    ]);
  });

  it('makes a list of plain items a table, with dates in words and empty cells as a dash', () => {
    const outline = buildOutline(workProgramme);
    expect(outline[0]).toMatchObject({ type: 'field', title: 'Año', text: '2027' });
    const activities = outline[1] as TableNode;
    expect(activities.columns.map((c) => c.label)).toEqual([
      'Código',
      'Medida',
      'Descripción',
      'Cronograma',
      'Responsable',
    ]);
    expect(activities.rows[0]!.cells.find((c) => c.name === 'schedule')?.text).toBe(
      'Inicio: 1 de febrero de 2027; Término: 31 de mayo de 2027',
    );
    expect(activities.rows[1]!.cells.map((c) => c.text)).toEqual([
      'A-2',
      '—',
      'Capacitar a los equipos regionales.',
      '—',
      'Unidad de Personas',
    ]);
  });

  it('lays out a 200-activity programme quickly', () => {
    const big = {
      year: 2027,
      activities: Array.from({ length: 200 }, (_, i) => ({
        id: `A-${i + 1}`,
        measureId: 'M-1',
        description: 'Actividad del programa de trabajo con una descripción de largo habitual. '.repeat(3),
        schedule: { start: '2027-02-01', end: '2027-05-31' },
        verificationMeans: 'Acta y lista de asistencia.',
        responsible: 'Unidad',
      })),
    };
    const started = performance.now();
    const outline = buildOutline(big);
    expect(performance.now() - started).toBeLessThan(200);
    expect((outline[1] as TableNode).rows).toHaveLength(200);
    expect(placesOf(outline).size).toBe(202);
  });

  it('keeps only what leads to the given places', () => {
    const outline = buildOutline(diagnostic);
    const filtered = filterOutline(outline, ['products/PE-1/inequities/INQ-1/gap']);
    expect(filtered.map((n) => n.path)).toEqual(['products']);
    const products = filtered[0] as ItemsNode;
    expect(products.items.map((i) => i.path)).toEqual(['products/PE-1']);
    expect(products.items[0]!.children.map((n) => n.path)).toEqual(['products/PE-1/inequities']);
    expect((products.items[0]!.children[0] as TableNode).rows.map((r) => r.path)).toEqual([
      'products/PE-1/inequities/INQ-1',
    ]);
    // A whole item observed: the item with everything in it.
    const whole = filterOutline(outline, ['products/PE-4']) as ItemsNode[];
    expect(whole[0]!.items[0]!.children).toHaveLength(2);
    expect(filterOutline(outline, [])).toEqual([]);
  });

  it('shows nothing for what is not a document', () => {
    expect(buildOutline(null)).toEqual([]);
    expect(buildOutline([1, 2])).toEqual([]);
  });
});

describe('places', () => {
  it('reads a stored path against the content, items by id', () => {
    expect(pathLabel(diagnostic, 'products/PE-1/inequities/INQ-1/gap')).toBe(
      'Productos estratégicos › PE-1 › Inequidades › INQ-1 › Brecha',
    );
    expect(segmentsOf(diagnostic, 'products/PE-1')).toEqual([{ field: 'products' }, { item: 'PE-1' }]);
  });

  it('names a place the content no longer has by what it knows', () => {
    expect(pathLabel(diagnostic, 'products/PE-9/inequities/INQ-7/gap')).toBe(
      'Productos estratégicos › PE-9 › Inequidades › INQ-7 › Brecha',
    );
  });

  it('puts observations at the deepest place shown, and apart those with no place', () => {
    const places = placesOf(buildOutline(diagnostic));
    const { byPlace, unplaced } = assignToPlaces(places, [
      { path: 'products/PE-1/inequities/INQ-1/gap' },
      { path: 'products/PE-1' },
      { path: 'missionAnalysis/mission' },
      { path: 'informationSystems/systems/SI-1' },
    ]);
    expect([...byPlace.keys()].sort()).toEqual([
      'missionAnalysis/mission',
      'products/PE-1',
      'products/PE-1/inequities/INQ-1',
    ]);
    expect(unplaced).toEqual([{ path: 'informationSystems/systems/SI-1' }]);
  });

  it('gives every place an anchor of its own', () => {
    expect(anchorId('diagnostic', 'products/PE-1')).not.toBe(anchorId('plan', 'products/PE-1'));
  });
});

describe('values as a person reads them', () => {
  it('never shows JSON or a code', () => {
    expect(formatValue('appliesGenderFocus', false)).toBe('No');
    expect(formatValue('step', 'information-system')).toBe('Sistemas de información');
    expect(formatValue('stagesNeedingMeasures', ['collection', 'analysis'])).toBe('Recolección, Análisis');
    expect(formatValue('deadline', '2027-12-31')).toBe('31 de diciembre de 2027');
    expect(formatValue('formula', { unit: '%', numerator: 'N° de mujeres' })).toBe(
      'Numerador: N° de mujeres; Unidad: %',
    );
    expect(formatValue('description', '')).toBe('—');
    expect(formatValue('barrierIds', [])).toBe('—');
  });

  it('names an item by the start of its description', () => {
    expect(summaryOf({ id: 'INQ-1', description: 'Menor acceso.' })).toBe('Menor acceso.');
    expect(shorten('uno dos tres cuatro cinco seis', 14)).toBe('uno dos tres…');
  });
});

import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { getMetadataStorage } from 'class-validator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePath, FIXTURE_KINDS, isNextYearOverride, readFixture } from '../../test/fixtures/cycle';
import type { DocumentKind } from '../../workflows/document-kinds';
import { FIELD_HELP, FIELD_LABELS, fieldLabel, isFieldName, UNKNOWN_FIELD_LABEL } from '../../workflows/field-labels';
import { CONTENT_SCHEMAS, validateContent } from '../documents/content';
import { citesFor, fieldDefinitions, type FieldDefinition } from '../documents/content/decorators';
import {
  buildContentSchema,
  citedIdField,
  citedLists,
  contentSchemas,
  DOCUMENT_KIND_STAGES,
  SCHEMA_VOCABULARY,
  type JsonSchema,
} from './content-schema';
import { DOCUMENT_KINDS, requiredPaths } from './required-fields';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addVocabulary([...SCHEMA_VOCABULARY]);

const validators = new Map<DocumentKind, ValidateFunction>(
  DOCUMENT_KINDS.map((kind) => [kind, ajv.compile(buildContentSchema(kind))]),
);
const schemaValid = (kind: DocumentKind, content: unknown): boolean => validators.get(kind)!(content);
const apiValid = (kind: DocumentKind, content: unknown): boolean => validateContent(kind, content).ok;

// Every class reachable from a kind's root, with the path of its objects ('products[].inequities[]').
function walk(type: object, path: string, visit: (field: FieldDefinition, path: string) => void): void {
  for (const field of fieldDefinitions(type)) {
    const here = path === '' ? field.property : `${path}.${field.property}`;
    visit(field, here);
    if (field.type === 'object' && field.of) walk(field.of(), here, visit);
    if (field.type === 'objectList' && field.of) walk(field.of(), `${here}[]`, visit);
  }
}

function schemaAt(schema: JsonSchema, path: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const [, property, list] of path.matchAll(/([^.[\]]+)|(\[\])/g)) {
    if (!node) return undefined;
    node = list
      ? (node.items as JsonSchema | undefined)
      : (node.properties as Record<string, JsonSchema> | undefined)?.[property];
  }
  return node;
}

describe('JSON Schema of each kind of document', () => {
  it('covers every kind, as draft 2020-12 with Spanish titles', () => {
    expect(DOCUMENT_KINDS).toHaveLength(11);
    for (const kind of DOCUMENT_KINDS) {
      const schema = buildContentSchema(kind);
      expect(schema).toMatchObject({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        additionalProperties: false,
        'x-stage': DOCUMENT_KIND_STAGES[kind],
      });
      expect(typeof schema.title).toBe('string');
      expect(ajv.validateSchema(schema)).toBe(true);
    }
  });

  it.each(FIXTURE_KINDS.map((kind) => [kind]))('validates the example %s of 2027 (and 2028)', (kind) => {
    const years = isNextYearOverride(kind) ? ([2027, 2028] as const) : ([2027] as const);
    for (const year of years) {
      const content = readFixture(kind, year);
      expect([fixturePath(kind, year), apiValid(kind, content)]).toEqual([fixturePath(kind, year), true]);
      const validate = validators.get(kind)!;
      expect([fixturePath(kind, year), validate(content), validate.errors ?? null]).toEqual([
        fixturePath(kind, year),
        true,
        null,
      ]);
    }
  });

  // A sample of what the API refuses, each rejected by the schema too.
  const HOSTILE: [DocumentKind, string, unknown][] = [
    ['evaluation', 'unknown top-level field', { summary: 'x' }],
    ['diagnostic', 'nested unknown field', { products: [{ productId: 'PE-1', colour: 'rojo' }] }],
    ['plan', 'unknown field in an item', { measures: [{ id: 'M-1', owner: 'Ana' }] }],
    ['plan', 'too long text', { genderAgendaConsistency: 'a'.repeat(4001) }],
    ['strategic-definitions', 'too long name', { products: [{ id: 'PE-1', name: 'n'.repeat(201) }] }],
    [
      'diagnostic',
      'too long gap',
      { products: [{ productId: 'PE-1', inequities: [{ id: 'INQ-1', gap: 'g'.repeat(1001) }] }] },
    ],
    ['plan', 'wrong enum', { measures: [{ id: 'M-1', step: 'diseño' }] }],
    [
      'diagnostic',
      'wrong enum in a list',
      { informationSystems: { systems: [{ id: 'SI-1', stagesNeedingMeasures: ['storage'] }] } },
    ],
    ['plan', 'bad id', { measures: [{ id: 'M 1' }] }],
    ['plan', 'id too long', { measures: [{ id: 'M'.repeat(33) }] }],
    ['plan', 'missing id', { measures: [{ description: 'Sin código' }] }],
    ['plan', 'bad reference in a list', { measures: [{ id: 'M-1', inequityIds: ['inequidad número uno'] }] }],
    ['progress-report', 'repeated reference', { activitiesDone: ['A-1', 'A-1'] }],
    ['diagnostic', 'wrong type: text for a count', { products: [{ productId: 'PE-1', clients: { women: '12' } }] }],
    ['diagnostic', 'wrong type: decimal count', { products: [{ productId: 'PE-1', clients: { men: 3.5 } }] }],
    [
      'diagnostic',
      'wrong type: text for yes/no',
      { products: [{ productId: 'PE-1', genderFocusNotApplicable: 'no' }] },
    ],
    ['plan', 'wrong type: list for an object', { generalObjective: [] }],
    ['plan', 'wrong type: object for a list', { measures: {} }],
    ['follow-up-programme', 'wrong type: text for an item', { commitments: ['C-1'] }],
    ['activity-record', 'negative count', { participants: { women: -1 } }],
    ['work-programme', 'year out of range', { year: 1999 }],
    ['follow-up-programme', 'malformed date', { commitments: [{ id: 'C-1', deadline: '2027-1-05' }] }],
    ['follow-up-programme', 'date with a time', { commitments: [{ id: 'C-1', deadline: '2027-01-05T00:00:00Z' }] }],
    ['management-review', 'date past 2100', { date: '9999-12-25' }],
    ['management-review', 'too many attendees', { attendees: Array.from({ length: 101 }, () => ({ name: 'Ana' })) }],
    ['activity-record', 'too long verification mean', { verificationMeans: ['v'.repeat(1001)] }],
    ['diagnostic', 'not an object', ['products']],
  ];

  it.each(HOSTILE)('%s: %s is refused by the API and by the schema', (kind, _what, content) => {
    expect(apiValid(kind, content)).toBe(false);
    expect(schemaValid(kind, content)).toBe(false);
  });

  it('accepts empty drafts and null fields, as the API does', () => {
    for (const kind of DOCUMENT_KINDS)
      expect([kind, schemaValid(kind, {}), apiValid(kind, {})]).toEqual([kind, true, true]);
    const content = { genderAgendaConsistency: null, measures: [{ id: 'M-1', step: null, inequityIds: null }] };
    expect(apiValid('plan', content)).toBe(true);
    expect(schemaValid('plan', content)).toBe(true);
  });

  it('labels each coded value and marks each reference with what it cites', () => {
    const plan = buildContentSchema('plan');
    expect(schemaAt(plan, 'measures[].step')).toMatchObject({
      title: 'Etapa o ámbito de la medida',
      'x-labels': { design: 'Diseño', 'new-product': 'Nuevos productos' },
    });
    expect(schemaAt(plan, 'measures[].inequityIds')).toMatchObject({
      title: 'Inequidades que aborda',
      'x-cites': { kind: 'diagnostic', items: ['products.inequities'], idField: 'id' },
    });
    // The diagnostic's products have no name of their own: the picker reads it from the Ficha A1.
    expect(schemaAt(plan, 'measures[].productId')).toMatchObject({
      'x-cites': {
        kind: 'diagnostic',
        items: ['products'],
        idField: 'productId',
        textFrom: { kind: 'strategic-definitions', items: ['products'], idField: 'id' },
      },
    });
    expect(schemaAt(plan, 'inequities[].inequityId')?.['x-cites']).not.toHaveProperty('textFrom');
    expect(schemaAt(buildContentSchema('work-programme'), 'activities[].measureId')).toMatchObject({
      'x-cites': { kind: 'plan', items: ['measures'], idField: 'id' },
    });
    expect(schemaAt(buildContentSchema('follow-up-programme'), 'commitments[].recommendationId')).toMatchObject({
      'x-cites': { kind: 'evaluation', items: ['recommendations'], idField: 'id' },
      'x-requiredToSubmit': true,
    });
    expect(schemaAt(buildContentSchema('evaluation'), 'previousYearFollowUp[].commitmentId')).toMatchObject({
      'x-cites': { kind: 'follow-up-programme', items: ['commitments'], idField: 'id', year: 'previous' },
    });
    expect(schemaAt(buildContentSchema('evaluation'), 'indicatorResults[].indicatorCode')).toMatchObject({
      'x-cites': { kind: 'plan', items: ['indicators'], idField: 'code' },
    });
    expect(schemaAt(buildContentSchema('progress-report'), 'indicatorResults[].indicatorCode')).toMatchObject({
      'x-cites': { kind: 'work-programme', items: ['indicators'], idField: 'code' },
    });
  });

  it('carries the guide’s help and what completeness requires', () => {
    const diagnostic = buildContentSchema('diagnostic');
    expect(schemaAt(diagnostic, 'products[].inequities[].gap')).toMatchObject({
      title: 'Brecha',
      description: expect.stringMatching(/^Cuantificación de una inequidad/),
      maxLength: 1000,
    });
    expect(schemaAt(diagnostic, 'products')).toMatchObject({
      description: expect.stringMatching(/^Parte 4 del diagnóstico/),
      'x-requiredToSubmit': true,
    });
    expect(schemaAt(diagnostic, 'missionAnalysis.mission')).toMatchObject({ 'x-requiredToSubmit': true });
    // Conditional rules are left to completeness: a reason only when gender focus does not apply.
    expect(schemaAt(diagnostic, 'products[].notApplicableReason')).not.toHaveProperty('x-requiredToSubmit');
    expect(schemaAt(buildContentSchema('strategic-definitions'), 'products')).toMatchObject({
      description: expect.stringMatching(/^Ficha A1/),
    });
  });
});

describe('the schemas the web app’s form tests read', () => {
  // web/src/documentos/form/kind-forms.test.ts draws every kind's form from this file; written by
  // `npm run api:types`. Compared as text: the order of the properties is the order of the form.
  it('are the live ones, property by property in the same order (else run npm run api:types)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'web', 'src', 'api', 'document-kinds.json'), 'utf8');
    expect(JSON.stringify(JSON.parse(committed), null, 1)).toBe(JSON.stringify(contentSchemas(), null, 1));
  });
});

describe('each field defined once, in agreement everywhere', () => {
  const definitions = DOCUMENT_KINDS.flatMap((kind) => {
    const out: { kind: DocumentKind; path: string; field: FieldDefinition }[] = [];
    walk(CONTENT_SCHEMAS[kind], '', (field, path) => out.push({ kind, path, field }));
    return out;
  });

  it('gives every decorated property a definition, a Spanish label and a place in its kind’s schema', () => {
    expect(definitions.length).toBeGreaterThan(150);
    // A property validated by class-validator without one of our decorators has no definition.
    const storage = getMetadataStorage();
    const types = new Set<object>(Object.values(CONTENT_SCHEMAS));
    for (const { field } of definitions) if (field.of) types.add(field.of());
    const undefinedFields = [...types].flatMap((type) =>
      [
        ...new Set(
          storage.getTargetValidationMetadatas(type as new () => object, '', true, false).map((m) => m.propertyName),
        ),
      ]
        .filter((property) => !fieldDefinitions(type).some((f) => f.property === property))
        .map((property) => `${(type as { name: string }).name}.${property}`),
    );
    expect(undefinedFields).toEqual([]);
    const problems = definitions.flatMap(({ kind, path, field }) => {
      const schema = schemaAt(buildContentSchema(kind), path);
      return [
        ...(fieldLabel(field.property) === UNKNOWN_FIELD_LABEL ? [`${kind}.${path}: sin etiqueta`] : []),
        ...(schema === undefined ? [`${kind}.${path}: no está en el esquema`] : []),
        ...(schema && schema.title !== fieldLabel(field.property) ? [`${kind}.${path}: otro título`] : []),
        ...(schema && schema['x-field'] !== field.type ? [`${kind}.${path}: otro tipo`] : []),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('has no schema property without a definition, and no label without a field', () => {
    const defined = new Set(definitions.map((d) => `${d.kind}.${d.path}`));
    const inSchema: string[] = [];
    const collect = (kind: DocumentKind, node: JsonSchema, path: string) => {
      for (const [name, child] of Object.entries((node.properties as Record<string, JsonSchema>) ?? {})) {
        const here = path === '' ? name : `${path}.${name}`;
        inSchema.push(`${kind}.${here}`);
        collect(kind, child, here);
        if (child.items) collect(kind, child.items as JsonSchema, `${here}[]`);
      }
    };
    for (const kind of DOCUMENT_KINDS) collect(kind, buildContentSchema(kind), '');
    expect(inSchema.filter((p) => !defined.has(p))).toEqual([]);
    const used = new Set(definitions.map((d) => d.field.property));
    expect(Object.keys(FIELD_LABELS).filter((name) => !used.has(name))).toEqual([]);
  });

  it('has help only for fields that exist, in the documents and at the places that have them', () => {
    const bad = Object.keys(FIELD_HELP).filter((key) => {
      const [kind, where] = key.includes(':') ? key.split(':') : [undefined, key];
      // 'products[].barriers[].inequityId' names one place; 'barriers' every field so named.
      const place = /[.[]/.test(where);
      const property = place ? where.split('.').at(-1)! : where;
      if (!isFieldName(property)) return true;
      if (kind === undefined) return place;
      return !definitions.some((d) => d.kind === kind && (place ? d.path === where : d.field.property === property));
    });
    expect(bad).toEqual([]);
  });

  it('gives help at a place before help by kind, and by kind before the general one', () => {
    const diagnostic = buildContentSchema('diagnostic');
    expect(schemaAt(diagnostic, 'genderAgenda')?.description).toMatch(/^Parte 2 del diagnóstico/);
    expect(schemaAt(diagnostic, 'genderAgenda.genderAgenda')?.description).toBe(
      FIELD_HELP['diagnostic:genderAgenda.genderAgenda'],
    );
    expect(schemaAt(diagnostic, 'products[].barriers[].inequityId')?.description).toMatch(/mismo producto/);
    expect(schemaAt(buildContentSchema('plan'), 'inequities[].inequityId')?.description).toBe(FIELD_HELP.inequityId);
    expect(schemaAt(buildContentSchema('plan'), 'measures')?.description).toBe(FIELD_HELP['plan:measures']);
  });

  it('resolves every citation to a list of items with an id, in an existing document', () => {
    const problems: string[] = [];
    const cited: string[] = [];
    for (const { kind, path, field } of definitions) {
      if (field.cites === undefined) continue;
      const cites = citesFor(field, kind);
      if (!cites) {
        problems.push(`${kind}.${path}: no dice qué cita en este documento`);
        continue;
      }
      cited.push(`${kind}.${path}`);
      if (citedIdField(cites) === undefined) problems.push(`${kind}.${path}: ${citedLists(cites).join()} sin código`);
    }
    expect(problems).toEqual([]);
    expect(cited).toEqual(
      expect.arrayContaining([
        'plan.measures[].inequityIds',
        'plan.inequities[].barrierIds',
        'work-programme.activities[].measureId',
        'follow-up-programme.commitments[].recommendationId',
        'evaluation.previousYearFollowUp[].commitmentId',
        'activity-record.activityId',
        'progress-report.activitiesDone',
      ]),
    );
  });

  it('marks as required only fields that exist', () => {
    const unknown = [...requiredPaths()].flatMap(([kind, paths]) =>
      [...paths].filter((path) => schemaAt(buildContentSchema(kind), path) === undefined).map((p) => `${kind}.${p}`),
    );
    expect(unknown).toEqual([]);
    expect([...(requiredPaths().get('work-programme') ?? [])]).toEqual(
      expect.arrayContaining(['year', 'activities', 'activities[].measureId', 'activities[].schedule.start']),
    );
  });
});

// What the API takes and what the schema takes, field by field: every field of every kind set, in
// the kind's example document, to values of the wrong type, out of bounds or badly spelled (both
// must refuse them) and to values at their bounds or emptied (both must take them).
describe('every field refused and accepted alike by the API and the schema', () => {
  const longer = (max: number | undefined) => 'a'.repeat((max ?? 0) + 1);
  const WRONG: Record<FieldDefinition['type'], (f: FieldDefinition) => unknown[]> = {
    text: (f) => [12, true, {}, ['texto'], longer(f.maxLength)],
    longText: (f) => [12, false, { texto: 'x' }, longer(f.maxLength)],
    id: () => [null, '', 'con espacio', 'Ñ-1', '-1', 12, 'A'.repeat(33)],
    ref: () => ['', 'con espacio', 7, ['A-1'], 'A'.repeat(33)],
    refList: (f) => [
      'A-1',
      ['a b'],
      ['A-1', 'A-1'],
      [1],
      Array.from({ length: (f.maxItems ?? 0) + 1 }, (_, i) => `R-${i}`),
    ],
    enum: (f) => ['otro', 1, true, [f.values?.[0]], (f.values?.[0] ?? '').toUpperCase()],
    enumList: (f) => [f.values?.[0], ['otro'], [f.values?.[0], f.values?.[0]], [1]],
    boolean: () => ['true', 1, 0, 'sí'],
    integer: (f) => [1.5, '3', (f.minimum ?? 0) - 1, (f.maximum ?? 0) + 1, true],
    // A day that does not exist: the pattern lets it through, the "date" format does not.
    date: () => [
      '2027-02-30',
      '2027-1-05',
      '05-01-2027',
      '2027-01-05T00:00:00Z',
      '',
      20270105,
      '1899-12-31',
      '2101-01-01',
    ],
    textList: (f) => ['texto', [1], [longer(f.maxLength)], Array.from({ length: (f.maxItems ?? 0) + 1 }, () => 'x')],
    object: () => ['x', [], 5, { campoDesconocido: 1 }],
    objectList: (f) => [{}, ['x'], [5], [{ campoDesconocido: 1, ...withKey(f.of!()) }], [null]],
  };
  const RIGHT: Record<FieldDefinition['type'], (f: FieldDefinition) => unknown[]> = {
    text: (f) => ['a'.repeat(f.maxLength ?? 1), '', null],
    longText: (f) => ['a'.repeat(f.maxLength ?? 1), 'Con tildes, eñes y «comillas».', null],
    id: () => ['Z-999', 'z.9_9-9', 'Z'.repeat(32)],
    ref: () => ['Z-999', null],
    refList: (f) => [[], ['Z-1', 'Z-2'], Array.from({ length: f.maxItems ?? 0 }, (_, i) => `R-${i}`), null],
    enum: (f) => [...(f.values ?? []), null],
    enumList: (f) => [[], [...(f.values ?? [])], null],
    boolean: () => [true, false, null],
    integer: (f) => [f.minimum, f.maximum, null],
    date: () => ['2028-02-29', '1900-01-01', '2100-12-31', null],
    textList: (f) => [[], ['a'.repeat(f.maxLength ?? 1)], null],
    object: (f) => [withKey(f.of!()), null],
    objectList: () => [[], null],
  };

  let made = 0;
  // A new item of a list: only its key, never one the example uses.
  function withKey(type: object): Record<string, unknown> {
    const id = fieldDefinitions(type).find((f) => f.type === 'id');
    return id ? { [id.property]: `N-${++made}` } : {};
  }

  // The kind's example (the 2028 one where it differs, with the previous year's commitments) with
  // one value replaced: path 'products[].inequities[].gap' is the first inequity of the first product.
  function place(kind: DocumentKind, path: string, value: unknown): unknown {
    const content = JSON.parse(JSON.stringify(readFixture(kind, 2028))) as Record<string, unknown>;
    const steps = path.split('.');
    let type: object = CONTENT_SCHEMAS[kind];
    let here = content;
    steps.forEach((step, i) => {
      const list = step.endsWith('[]');
      const name = list ? step.slice(0, -2) : step;
      if (i === steps.length - 1) {
        here[name] = value;
        return;
      }
      type = fieldDefinitions(type).find((f) => f.property === name)!.of!();
      if (list) {
        const items = Array.isArray(here[name]) && (here[name] as unknown[]).length > 0 ? here[name] : [withKey(type)];
        here[name] = items;
        here = (items as Record<string, unknown>[])[0];
      } else {
        if (typeof here[name] !== 'object' || here[name] === null) here[name] = {};
        here = here[name] as Record<string, unknown>;
      }
    });
    return content;
  }

  const fields = DOCUMENT_KINDS.flatMap((kind) => {
    const out: { kind: DocumentKind; path: string; field: FieldDefinition }[] = [];
    walk(CONTENT_SCHEMAS[kind], '', (field, path) => out.push({ kind, path, field }));
    return out;
  });

  it.each(DOCUMENT_KINDS.map((kind) => [kind]))('%s: what one refuses, the other refuses', (kind) => {
    const disagreements: string[] = [];
    let cases = 0;
    for (const { path, field } of fields.filter((f) => f.kind === kind)) {
      for (const [expected, values] of [
        [false, WRONG[field.type](field)],
        [true, RIGHT[field.type](field)],
      ] as const) {
        for (const value of values) {
          const content = place(kind, path, value);
          const verdicts = [apiValid(kind, content), schemaValid(kind, content)];
          cases++;
          if (verdicts.some((v) => v !== expected))
            disagreements.push(
              `${path} = ${JSON.stringify(value)?.slice(0, 40)}: API ${verdicts[0]}, esquema ${verdicts[1]}`,
            );
        }
      }
    }
    expect(cases).toBeGreaterThan(20);
    expect(disagreements).toEqual([]);
  });
});

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

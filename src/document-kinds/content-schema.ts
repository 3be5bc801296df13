import type { StageId } from '../../workflows/context';
import { REGISTER_DOCUMENT_KINDS, type DocumentKind } from '../../workflows/document-kinds';
import { fieldHelp, fieldLabel, isFieldName, VALUE_LABELS } from '../../workflows/field-labels';
import { DOCUMENT_KIND_LABELS, STAGE_LABELS } from '../../workflows/labels';
import { CONTENT_SCHEMAS } from '../documents/content';
import {
  citesFor,
  fieldDefinitions,
  ID_PATTERN,
  type Cites,
  type FieldDefinition,
} from '../documents/content/decorators';
import { DOCUMENT_KINDS, requiredPaths } from './required-fields';

// The JSON Schema (draft 2020-12) of each kind's content, generated from the field definitions the
// content classes' decorators record and the labels and help of workflows/field-labels.ts. It
// describes what PUT …/documents/:kind accepts (a draft: only item ids are required); what SUBMIT
// requires is marked `x-requiredToSubmit`. Our own keywords start with "x-".

export type JsonSchema = { [key: string]: unknown };

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
// The keywords a validator must be told about (Ajv's strict mode refuses unknown ones).
export const SCHEMA_VOCABULARY = ['x-labels', 'x-cites', 'x-field', 'x-requiredToSubmit', 'x-stage'] as const;

// Where each kind is written (workflows/labels.ts names the stages).
export const DOCUMENT_KIND_STAGES: Readonly<Record<DocumentKind, StageId>> = {
  'strategic-definitions': 'strategicDefinitions',
  diagnostic: 'diagnostic',
  plan: 'planning',
  'work-programme': 'planning',
  'activity-record': 'implementation',
  'progress-report': 'implementation',
  evaluation: 'evaluation',
  'follow-up-programme': 'evaluation',
  'management-review': 'followUp',
  dissemination: 'dissemination',
  standardisation: 'standardisation',
};

const YEARS = '(19\\d\\d|20\\d\\d|2100)';
// Years 1900–2100 as the API; whether the day exists (30 February) is the "date" format's to say.
export const DATE_SCHEMA_PATTERN = `^${YEARS}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$`;

export function isDocumentKind(kind: string): kind is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(kind);
}

export function isRegisterKind(kind: DocumentKind): boolean {
  return (REGISTER_DOCUMENT_KINDS as readonly string[]).includes(kind);
}

/** The property names of the item lists a citation names ('products.inequities' → ['products', 'inequities']). */
export function citedLists(cites: Cites): string[][] {
  return (typeof cites.items === 'string' ? [cites.items] : [...cites.items]).map((items) => items.split('.'));
}

// The definitions of the properties that key the items a citation names, one per cited list,
// found by walking the cited kind's classes (undefined where a list's items have no key).
function citedIdDefinitions(cites: Cites): (FieldDefinition | undefined)[] {
  return citedLists(cites).map((list) => {
    let type: object | undefined = CONTENT_SCHEMAS[cites.kind];
    for (const property of list) {
      const field: FieldDefinition | undefined = type
        ? fieldDefinitions(type).find((f) => f.property === property)
        : undefined;
      type = field && (field.type === 'object' || field.type === 'objectList') && field.of ? field.of() : undefined;
    }
    return type ? fieldDefinitions(type).find((f) => f.type === 'id') : undefined;
  });
}

// The property that keys the items a citation names.
export function citedIdField(cites: Cites): string | undefined {
  const ids = citedIdDefinitions(cites);
  if (ids.some((id) => id === undefined)) return undefined;
  const fields = new Set(ids.map((id) => id!.property));
  return fields.size === 1 ? [...fields][0] : undefined;
}

// Where the cited items' words are when they have none of their own: a plan measure cites a
// product of the diagnostic, whose key in turn cites the product of the Ficha A1 that has its name.
export function citedItemsNamedBy(cites: Cites): Cites | undefined {
  const [id, ...others] = citedIdDefinitions(cites);
  if (!id || others.length > 0) return undefined;
  const named = citesFor(id, cites.kind);
  return named && named.kind !== cites.kind ? named : undefined;
}

function citesSchema(cites: Cites): JsonSchema {
  const namedBy = citedItemsNamedBy(cites);
  return {
    kind: cites.kind,
    document: DOCUMENT_KIND_LABELS[cites.kind],
    items: typeof cites.items === 'string' ? [cites.items] : [...cites.items],
    idField: citedIdField(cites),
    ...(cites.year ? { year: cites.year } : {}),
    ...(namedBy ? { textFrom: citesSchema(namedBy) } : {}),
  };
}

// A property left null is an empty field (the API drops it); an item id never is.
function nullable(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema.enum)) return { ...schema, enum: [...(schema.enum as unknown[]), null] };
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] };
  return schema;
}

function valueLabels(property: string, values: readonly string[]): Record<string, string> {
  const labels = isFieldName(property) ? VALUE_LABELS[property] : undefined;
  return Object.fromEntries(values.map((v) => [v, labels && Object.hasOwn(labels, v) ? labels[v] : v]));
}

const ID = { type: 'string', pattern: ID_PATTERN.source, maxLength: 32 } as const;

interface Context {
  kind: DocumentKind;
  required: ReadonlySet<string>;
}

function objectSchema(type: object, path: string, ctx: Context): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const field of fieldDefinitions(type)) {
    const here = path === '' ? field.property : `${path}.${field.property}`;
    const schema = fieldSchema(field, here, ctx);
    properties[field.property] = field.type === 'id' ? schema : nullable(schema);
    if (field.type === 'id') required.push(field.property);
  }
  return {
    type: 'object',
    additionalProperties: false,
    properties,
    ...(required.length > 0 ? { required } : {}),
  };
}

function fieldSchema(field: FieldDefinition, path: string, ctx: Context): JsonSchema {
  const help = fieldHelp(field.property, ctx.kind, path);
  const cites = citesFor(field, ctx.kind);
  const meta: JsonSchema = {
    title: fieldLabel(field.property),
    ...(help !== undefined ? { description: help } : {}),
    'x-field': field.type,
    ...(cites ? { 'x-cites': citesSchema(cites) } : {}),
    ...(ctx.required.has(path) ? { 'x-requiredToSubmit': true } : {}),
  };
  const list = (items: JsonSchema, unique: boolean): JsonSchema => ({
    type: 'array',
    maxItems: field.maxItems,
    ...(unique ? { uniqueItems: true } : {}),
    items,
  });
  switch (field.type) {
    case 'text':
    case 'longText':
      return { ...meta, type: 'string', maxLength: field.maxLength };
    case 'id':
    case 'ref':
      return { ...meta, ...ID };
    case 'refList':
      return { ...meta, ...list(ID, true) };
    case 'enum':
      return { ...meta, enum: [...(field.values ?? [])], 'x-labels': valueLabels(field.property, field.values ?? []) };
    case 'enumList':
      return {
        ...meta,
        ...list({ enum: [...(field.values ?? [])] }, true),
        'x-labels': valueLabels(field.property, field.values ?? []),
      };
    case 'boolean':
      return { ...meta, type: 'boolean' };
    case 'integer':
      return { ...meta, type: 'integer', minimum: field.minimum, maximum: field.maximum };
    case 'date':
      return { ...meta, type: 'string', format: 'date', pattern: DATE_SCHEMA_PATTERN };
    case 'textList':
      return { ...meta, ...list({ type: 'string', maxLength: field.maxLength }, false) };
    case 'object':
      return { ...meta, ...objectSchema(field.of!(), path, ctx) };
    case 'objectList':
      return { ...meta, ...list(objectSchema(field.of!(), `${path}[]`, ctx), false) };
  }
}

/** The JSON Schema of a kind's content, as served by GET /api/document-kinds/:kind/schema. */
export function buildContentSchema(kind: DocumentKind): JsonSchema {
  const ctx: Context = { kind, required: requiredPaths().get(kind) ?? new Set() };
  const stage = DOCUMENT_KIND_STAGES[kind];
  return {
    $schema: SCHEMA_DIALECT,
    $id: `/api/document-kinds/${kind}/schema`,
    title: DOCUMENT_KIND_LABELS[kind],
    description: `Contenido de «${DOCUMENT_KIND_LABELS[kind]}» (${STAGE_LABELS[stage]}). Un borrador puede guardarse incompleto: solo los códigos de los elementos son obligatorios al guardar; los campos marcados x-requiredToSubmit se exigen al enviar a aprobación.`,
    'x-stage': stage,
    ...objectSchema(CONTENT_SCHEMAS[kind], '', ctx),
  };
}

/**
 * Every kind's schema, by kind, as `npm run api:types` writes it to web/src/api/document-kinds.json
 * for the web app's tests (the forms are drawn from these schemas).
 */
export function contentSchemas(): Record<DocumentKind, JsonSchema> {
  return Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, buildContentSchema(kind)])) as Record<
    DocumentKind,
    JsonSchema
  >;
}

// A kind's JSON Schema (GET /api/document-kinds/:kind/schema) turned into the tree of fields the
// form draws: one node per field, with its Spanish label, help, bounds and, for references, what
// it may cite. The schema is the one definition; nothing here names a field of any kind.

export type JsonSchema = { [key: string]: unknown };

export interface Cites {
  kind: string;
  document: string;
  items: string[];
  idField?: string;
  year?: string;
  /** Where the cited items' words are when they have none (the diagnostic's products: the Ficha A1). */
  textFrom?: Cites;
}

interface Base {
  key: string;
  title: string;
  description?: string;
  requiredToSubmit: boolean;
}

export interface Option {
  value: string;
  label: string;
}

export type FieldNode =
  | (Base & { type: 'text' | 'longText'; maxLength?: number })
  | (Base & { type: 'date' })
  | (Base & { type: 'id'; cites?: Cites })
  | (Base & { type: 'ref' | 'refList'; cites: Cites })
  | (Base & { type: 'enum' | 'enumList'; options: Option[] })
  | (Base & { type: 'boolean' })
  | (Base & { type: 'integer'; minimum?: number; maximum?: number })
  | (Base & { type: 'textList'; maxLength?: number; maxItems?: number })
  | (Base & { type: 'counts'; women: FieldNode; men: FieldNode })
  | (Base & { type: 'object'; fields: FieldNode[] })
  | (Base & { type: 'objectList'; fields: FieldNode[]; idField?: string; maxItems?: number });

/** Texts longer than this get a growing editor, and a roomy one (four lines) past ROOMY_TEXT. */
export const LONG_TEXT = 300;
export const ROOMY_TEXT = 1000;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const obj = (v: unknown): JsonSchema => (typeof v === 'object' && v !== null ? (v as JsonSchema) : {});

function typesOf(schema: JsonSchema): string[] {
  const type = schema.type;
  return Array.isArray(type)
    ? type.filter((t): t is string => typeof t === 'string')
    : str(type)
      ? [type as string]
      : [];
}

function fieldType(schema: JsonSchema): string {
  const declared = str(schema['x-field']);
  if (declared) return declared;
  const types = typesOf(schema);
  if (Array.isArray(schema.enum)) return 'enum';
  if (types.includes('object')) return 'object';
  if (types.includes('array')) {
    const items = obj(schema.items);
    if (typesOf(items).includes('object')) return 'objectList';
    if (Array.isArray(items.enum)) return 'enumList';
    return 'textList';
  }
  if (types.includes('boolean')) return 'boolean';
  if (types.includes('integer') || types.includes('number')) return 'integer';
  if (schema.format === 'date') return 'date';
  return (num(schema.maxLength) ?? 0) > LONG_TEXT ? 'longText' : 'text';
}

function optionsOf(values: unknown, labels: unknown): Option[] {
  const named = obj(labels);
  return (Array.isArray(values) ? values : [])
    .filter((v): v is string => typeof v === 'string')
    .map((value) => ({ value, label: str(named[value]) ?? value }));
}

function readCites(cites: unknown): Cites | undefined {
  if (typeof cites !== 'object' || cites === null) return undefined;
  const c = cites as JsonSchema;
  return {
    kind: str(c.kind) ?? '',
    document: str(c.document) ?? '',
    items: Array.isArray(c.items) ? c.items.filter((i): i is string => typeof i === 'string') : [],
    idField: str(c.idField),
    year: str(c.year),
    textFrom: readCites(c.textFrom),
  };
}

const citesOf = (schema: JsonSchema): Cites | undefined => readCites(schema['x-cites']);

/** The fields of an object schema, in the schema's order (the guide's order). */
export function fieldsOf(schema: JsonSchema): FieldNode[] {
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(obj(schema.properties)).map(([key, value]) => toNode(key, obj(value), required.has(key)));
}

function toNode(key: string, schema: JsonSchema, isRequired: boolean): FieldNode {
  const base: Base = {
    key,
    title: str(schema.title) ?? key,
    description: str(schema.description),
    requiredToSubmit: schema['x-requiredToSubmit'] === true || isRequired,
  };
  const type = fieldType(schema);
  switch (type) {
    case 'id':
      return { ...base, type, cites: citesOf(schema) };
    case 'ref':
    case 'refList':
      return { ...base, type, cites: citesOf(schema) ?? { kind: '', document: '', items: [] } };
    case 'enum':
      return { ...base, type, options: optionsOf(schema.enum, schema['x-labels']) };
    case 'enumList':
      return { ...base, type, options: optionsOf(obj(schema.items).enum, schema['x-labels']) };
    case 'boolean':
    case 'date':
      return { ...base, type };
    case 'integer':
      return { ...base, type, minimum: num(schema.minimum), maximum: num(schema.maximum) };
    case 'textList':
      return { ...base, type, maxLength: num(obj(schema.items).maxLength), maxItems: num(schema.maxItems) };
    case 'object': {
      const fields = fieldsOf(schema);
      const women = fields.find((f) => f.key === 'women' && f.type === 'integer');
      const men = fields.find((f) => f.key === 'men' && f.type === 'integer');
      if (women && men && fields.length === 2) return { ...base, type: 'counts', women, men };
      return { ...base, type, fields };
    }
    case 'objectList': {
      const fields = fieldsOf(obj(schema.items));
      const id = fields.find((f) => f.type === 'id');
      return { ...base, type, fields, idField: id?.key, maxItems: num(schema.maxItems) };
    }
    default: {
      const maxLength = num(schema.maxLength);
      const long = type === 'longText' || (maxLength ?? 0) > LONG_TEXT;
      return { ...base, type: long ? 'longText' : 'text', maxLength };
    }
  }
}

type ListNode = FieldNode & { type: 'objectList' };

/** Whether Enfoque proposes the codes of a list's items (then the code is the item's name, not a control). */
export function proposesIds(node: ListNode): boolean {
  const idNode = node.fields.find((f) => f.key === node.idField);
  return idNode?.type === 'id' && idNode.cites === undefined;
}

/** The fields each item of a list draws. */
// Kept per list, so that an item's fields are the same array at every render (FieldList is memoised on it).
const shownFields = new WeakMap<ListNode, FieldNode[]>();
export const shownItemFields = (node: ListNode): FieldNode[] => {
  let fields = shownFields.get(node);
  if (!fields) {
    fields = proposesIds(node) ? node.fields.filter((f) => f.key !== node.idField) : node.fields;
    shownFields.set(node, fields);
  }
  return fields;
};

import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import type { DocumentKind } from '../../../workflows/document-kinds';
import { valueLabel } from '../../../workflows/field-labels';
import { registerIdField } from './item-ids';

// Bounds. Drafts are saved incomplete, so fields are optional here; what must be filled in
// is decided by completeness before SUBMIT.
export const TEXT_MAX = 4000;
export const MEDIUM_MAX = 1000;
export const NAME_MAX = 200;
export const SHORT_MAX = 50;
export const LIST_MAX = 500;
export const COUNT_MAX = 1_000_000_000;
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Dates of a yearly procedure (cycles run 2000–2100). Unbounded, a due date from 9999-12-25 on
// made the reminders' date arithmetic throw after the date was stored: a 500, and every later
// reminder sweep failing.
const DATE_YEARS = { min: 1900, max: 2100 } as const;

const M = {
  text: 'Debe ser un texto.',
  maxLength: 'No puede superar $constraint1 caracteres.',
  boolean: 'Debe ser verdadero o falso.',
  integer: 'Debe ser un número entero.',
  min: 'No puede ser menor que $constraint1.',
  max: 'No puede ser mayor que $constraint1.',
  list: 'Debe ser una lista.',
  listMax: 'No puede tener más de $constraint1 elementos.',
  listUnique: 'No puede contener elementos repetidos.',
  listTexts: 'Cada elemento debe ser un texto.',
  listTextMax: 'Cada elemento puede tener como máximo $constraint1 caracteres.',
  object: 'Debe ser un objeto.',
  date: 'Debe ser una fecha válida con formato AAAA-MM-DD.',
  idMissing: 'Es obligatorio.',
  id: 'Identificador inválido: hasta 32 letras sin tilde, dígitos, punto, guion o guion bajo, comenzando por letra o dígito.',
  ids: 'Cada referencia debe ser un identificador válido (hasta 32 letras sin tilde, dígitos, punto, guion o guion bajo).',
} as const;

type Decorator = (target: object, property: string) => void;
type Class = new () => object;

// ---------------------------------------------------------------------------------------------
// The definition of every field, recorded by the decorators below: the one place a field's type,
// bounds and citations are declared. The JSON Schema of each kind (src/document-kinds), the
// labels' spec and the error messages read it; labels and help live in workflows/field-labels.ts.

/** Which items a reference may cite: the lists (paths of list or object properties from the root
 * of `kind`'s content, e.g. 'products.inequities') whose items' ids it names. */
export interface Cites {
  kind: DocumentKind;
  items: string | readonly string[];
  /** The document of the previous year's cycle (the evaluation reports on its commitments). */
  year?: 'previous';
}
/** A field of a class shared by several kinds may cite different documents in each. */
export type CitesOption = Cites | { byKind: Partial<Record<DocumentKind, Cites>> };

export type FieldType =
  | 'text'
  | 'longText'
  | 'id'
  | 'ref'
  | 'refList'
  | 'enum'
  | 'enumList'
  | 'boolean'
  | 'integer'
  | 'date'
  | 'object'
  | 'objectList'
  | 'textList';

export interface FieldDefinition {
  property: string;
  type: FieldType;
  /** Of the text (of each text, for a list of texts). */
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  values?: readonly string[];
  /** @ItemId: the scope in which the id is unique. */
  scope?: string;
  cites?: CitesOption;
  /** Nested objects: their class. */
  of?: () => Class;
}

const DEFINITIONS = new Map<object, FieldDefinition[]>();

function define(definition: Omit<FieldDefinition, 'property'>): PropertyDecorator {
  return (target, property) => {
    const fields = DEFINITIONS.get(target.constructor) ?? [];
    fields.push({ property: String(property), ...definition });
    DEFINITIONS.set(target.constructor, fields);
  };
}

/** The decorated fields of a content class, in declaration order (empty for any other class). */
export function fieldDefinitions(type: object): readonly FieldDefinition[] {
  return DEFINITIONS.get(type) ?? [];
}

/** The citation of a field for a given kind of document. */
export function citesFor(definition: FieldDefinition, kind: DocumentKind): Cites | undefined {
  const cites = definition.cites;
  if (cites === undefined) return undefined;
  return 'byKind' in cites ? cites.byKind[kind] : cites;
}

// Lists the accepted codes with their Spanish labels: "design (Diseño), implementation (…)".
const oneOfMessage =
  (values: readonly string[]) =>
  ({ property }: { property: string }): string =>
    `Debe ser uno de los valores: ${values
      .map((v) => {
        const label = valueLabel(property, v);
        return label === undefined ? v : `${v} (${label})`;
      })
      .join(', ')}.`;

// Applies in the given order: with stopAtFirstError the first failure is the one reported.
function all(...decorators: PropertyDecorator[]): Decorator {
  return (target, property) => {
    for (const decorate of decorators) decorate(target, property);
  };
}

export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < DATE_YEARS.min || y > DATE_YEARS.max) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// Texts up to MEDIUM_MAX and longer are written in a roomy editor.
export const Text = (max: number = TEXT_MAX): Decorator =>
  all(
    IsOptional(),
    IsString({ message: M.text }),
    MaxLength(max, { message: M.maxLength }),
    define({ type: max >= MEDIUM_MAX ? 'longText' : 'text', maxLength: max }),
  );

export const Bool = (): Decorator => all(IsOptional(), IsBoolean({ message: M.boolean }), define({ type: 'boolean' }));

export const Int = (min = 0, max = COUNT_MAX): Decorator =>
  all(
    IsOptional(),
    IsInt({ message: M.integer }),
    Min(min, { message: M.min }),
    Max(max, { message: M.max }),
    define({ type: 'integer', minimum: min, maximum: max }),
  );

export const OneOf = (values: readonly string[]): Decorator =>
  all(IsOptional(), IsIn([...values], { message: oneOfMessage(values) }), define({ type: 'enum', values }));

export const CalendarDate = (): Decorator =>
  all(
    IsOptional(),
    ValidateBy({ name: 'isCalendarDate', validator: { validate: isCalendarDate } }, { message: M.date }),
    define({ type: 'date' }),
  );

// The key of an item: required even in drafts (other documents cite it), unique in its scope.
// Some keys also cite an item of another document (a measure's progress names a plan measure).
export const ItemId = (scope: string, cites?: CitesOption): Decorator =>
  all(
    IsDefined({ message: M.idMissing }),
    IsString({ message: M.text }),
    Matches(ID_PATTERN, { message: M.id }),
    (t, p) => registerIdField(t.constructor, String(p), scope),
    define({ type: 'id', scope, cites }),
  );

// A citation of an item of this or another document; whether it resolves is completeness.
export const Ref = (cites?: CitesOption): Decorator =>
  all(
    IsOptional(),
    IsString({ message: M.text }),
    Matches(ID_PATTERN, { message: M.id }),
    define({ type: 'ref', cites }),
  );

export const RefList = (cites?: CitesOption, max: number = LIST_MAX): Decorator =>
  all(
    define({ type: 'refList', cites, maxItems: max }),
    IsOptional(),
    IsArray({ message: M.list }),
    ArrayMaxSize(max, { message: M.listMax }),
    IsString({ each: true, message: M.ids }),
    Matches(ID_PATTERN, { each: true, message: M.ids }),
    ArrayUnique({ message: M.listUnique }),
  );

export const TextList = (max: number = LIST_MAX, itemMax: number = MEDIUM_MAX): Decorator =>
  all(
    IsOptional(),
    IsArray({ message: M.list }),
    ArrayMaxSize(max, { message: M.listMax }),
    IsString({ each: true, message: M.listTexts }),
    MaxLength(itemMax, { each: true, message: M.listTextMax }),
    define({ type: 'textList', maxItems: max, maxLength: itemMax }),
  );

export const OneOfList = (values: readonly string[]): Decorator =>
  all(
    IsOptional(),
    IsArray({ message: M.list }),
    ArrayMaxSize(values.length, { message: M.listMax }),
    IsIn([...values], { each: true, message: oneOfMessage(values) }),
    ArrayUnique({ message: M.listUnique }),
    define({ type: 'enumList', values, maxItems: values.length }),
  );

export const Nested = (type: () => Class): Decorator =>
  all(
    IsOptional(),
    IsObject({ message: M.object }),
    ValidateNested({ message: M.object }),
    Type(type),
    define({ type: 'object', of: type }),
  );

export const NestedList = (type: () => Class, max: number = LIST_MAX): Decorator =>
  all(
    IsOptional(),
    IsArray({ message: M.list }),
    ArrayMaxSize(max, { message: M.listMax }),
    ValidateNested({ each: true, message: M.object }),
    Type(type),
    define({ type: 'objectList', of: type, maxItems: max }),
  );

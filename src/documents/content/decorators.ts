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
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
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
  oneOf: 'Debe ser uno de los valores: $constraint1.',
  list: 'Debe ser una lista.',
  listMax: 'No puede tener más de $constraint1 elementos.',
  listUnique: 'No puede contener elementos repetidos.',
  listTexts: 'Cada elemento debe ser un texto.',
  listTextMax: 'Cada elemento puede tener como máximo $constraint1 caracteres.',
  object: 'Debe ser un objeto.',
  date: 'Debe ser una fecha válida con formato AAAA-MM-DD.',
  idMissing: 'Falta el identificador.',
  id: 'Identificador inválido: hasta 32 letras sin tilde, dígitos, punto, guion o guion bajo, comenzando por letra o dígito.',
  ids: 'Cada referencia debe ser un identificador válido (hasta 32 letras sin tilde, dígitos, punto, guion o guion bajo).',
} as const;

type Decorator = (target: object, property: string) => void;

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

export const Text = (max: number = TEXT_MAX): Decorator =>
  all(IsOptional(), IsString({ message: M.text }), MaxLength(max, { message: M.maxLength }));

export const Bool = (): Decorator => all(IsOptional(), IsBoolean({ message: M.boolean }));

export const Int = (min = 0, max = COUNT_MAX): Decorator =>
  all(IsOptional(), IsInt({ message: M.integer }), Min(min, { message: M.min }), Max(max, { message: M.max }));

export const OneOf = (values: readonly string[]): Decorator =>
  all(IsOptional(), IsIn([...values], { message: M.oneOf }));

export const CalendarDate = (): Decorator =>
  all(
    IsOptional(),
    ValidateBy({ name: 'isCalendarDate', validator: { validate: isCalendarDate } }, { message: M.date }),
  );

// The key of an item: required even in drafts (other documents cite it), unique in its scope.
export const ItemId = (scope: string): Decorator =>
  all(
    IsDefined({ message: M.idMissing }),
    IsString({ message: M.text }),
    Matches(ID_PATTERN, { message: M.id }),
    (t, p) => registerIdField(t.constructor, String(p), scope),
  );

// A citation of an item of this or another document; whether it resolves is completeness.
export const Ref = (): Decorator =>
  all(IsOptional(), IsString({ message: M.text }), Matches(ID_PATTERN, { message: M.id }));

export const RefList = (max: number = LIST_MAX): Decorator =>
  all(
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
  );

export const OneOfList = (values: readonly string[]): Decorator =>
  all(
    IsOptional(),
    IsArray({ message: M.list }),
    ArrayMaxSize(values.length, { message: M.listMax }),
    IsIn([...values], { each: true, message: M.oneOf }),
    ArrayUnique({ message: M.listUnique }),
  );

type Class = new () => object;

export const Nested = (type: () => Class): Decorator =>
  all(IsOptional(), IsObject({ message: M.object }), ValidateNested({ message: M.object }), Type(type));

export const NestedList = (type: () => Class, max: number = LIST_MAX): Decorator =>
  all(
    IsOptional(),
    IsArray({ message: M.list }),
    ArrayMaxSize(max, { message: M.listMax }),
    ValidateNested({ each: true, message: M.object }),
    Type(type),
  );

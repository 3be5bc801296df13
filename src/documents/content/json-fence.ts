import { LIST_MAX } from './decorators';
import type { FieldError } from './field-error';

// Copies untrusted input into fresh plain JSON before class-transformer sees it, so that
// hostile input (cycles, deep nesting, huge arrays, getters, __proto__ keys, non-JSON
// values) is refused here with an error instead of crashing or polluting prototypes.
// Null object properties are dropped: in a draft, null means "left empty".
export const FENCE = {
  maxDepth: 16,
  maxArray: LIST_MAX,
  maxKeys: 64,
  maxString: 100_000,
  maxNodes: 200_000,
  maxErrors: 50,
} as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type FenceResult = { ok: true; value: Record<string, unknown> } | { ok: false; errors: FieldError[] };

class TooMuch extends Error {}

export function fenceJson(raw: unknown): FenceResult {
  if (!isPlainObject(raw)) return { ok: false, errors: [{ path: '', message: 'El contenido debe ser un objeto.' }] };
  const errors: FieldError[] = [];
  let nodes = 0;

  const fail = (path: string, message: string): undefined => {
    errors.push({ path, message });
    if (errors.length >= FENCE.maxErrors) throw new TooMuch();
    return undefined;
  };

  const copy = (value: unknown, path: string, depth: number): unknown => {
    if (++nodes > FENCE.maxNodes) {
      errors.push({ path: '', message: 'El contenido es demasiado grande.' });
      throw new TooMuch();
    }
    if (value === null) return null;
    switch (typeof value) {
      case 'undefined':
        return null;
      case 'boolean':
        return value;
      case 'number':
        return Number.isFinite(value) ? value : fail(path, 'Debe ser un número finito.');
      case 'string':
        return value.length <= FENCE.maxString ? value : fail(path, 'El texto es demasiado largo.');
      case 'bigint':
      case 'function':
      case 'symbol':
        return fail(path, 'Valor no admitido: solo se aceptan datos JSON.');
      case 'object':
        break;
    }
    if (depth >= FENCE.maxDepth) return fail(path, 'El contenido está anidado a demasiada profundidad.');
    if (Array.isArray(value)) {
      if (value.length > FENCE.maxArray) return fail(path, `No puede tener más de ${FENCE.maxArray} elementos.`);
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) out.push(copy(value[i], `${path}[${i}]`, depth + 1));
      return out;
    }
    if (!isPlainObject(value)) return fail(path, 'Valor no admitido: solo se aceptan datos JSON.');
    const keys = Object.keys(value);
    if (keys.length > FENCE.maxKeys) return fail(path, `No puede tener más de ${FENCE.maxKeys} propiedades.`);
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const here = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) {
        fail(here, `La propiedad «${key}» no está permitida.`);
        continue;
      }
      const item = copy(value[key], here, depth + 1);
      if (item !== null && item !== undefined) out[key] = item;
    }
    return out;
  };

  try {
    const value = copy(raw, '', 0);
    if (errors.length === 0 && isPlainObject(value)) return { ok: true, value };
  } catch (e: unknown) {
    if (!(e instanceof TooMuch)) throw e;
  }
  return { ok: false, errors };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { badRequest } from '../errors/domain.exception';
import type { FieldError } from '../errors/validation-errors';

// Bounds no body of this API comes near (a document's content is at most 16 levels deep, 64
// keys an object and 500 items a list). Past them the input is hostile and is refused before
// class-transformer recurses into it (a stack overflow: 500) or class-validator reports one
// error per key or item (megabytes of answer and seconds of CPU for a 2 MB body).
export const BODY_LIMITS = { maxDepth: 32, maxKeys: 200, maxItems: 1_000, maxNodes: 200_000 } as const;

// class-transformer silently drops __proto__ and constructor keys, so a body made of them would
// pass as an empty one; no DTO has such a property.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// PostgreSQL text cannot hold NUL (the insert fails: a 500), and a lone UTF-16 surrogate is not
// a character (it would be stored as U+FFFD, silently changed, or refused by jsonb).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (text: string): boolean => text.includes('\u0000') || LONE_SURROGATE.test(text);

const pathOf = (parent: string, key: string | number): string =>
  typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

/** The first reason a parsed JSON body is refused, if any. Iterative: depth cannot overflow the stack. */
export function hostileJson(body: unknown): FieldError | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { path: '', message: 'El cuerpo de la solicitud debe ser un objeto JSON.' };
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (++nodes > BODY_LIMITS.maxNodes) return { path: '', message: 'El cuerpo de la solicitud es demasiado grande.' };
    if (typeof value === 'string') {
      if (unstorable(value))
        return { path, message: 'Contiene caracteres no admitidos (NUL o sustitutos Unicode sueltos).' };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= BODY_LIMITS.maxDepth) return { path, message: 'Está anidado a demasiada profundidad.' };
    if (Array.isArray(value)) {
      if (value.length > BODY_LIMITS.maxItems)
        return { path, message: `No puede tener más de ${BODY_LIMITS.maxItems} elementos.` };
      value.forEach((item, i) => stack.push({ value: item, path: pathOf(path, i), depth: depth + 1 }));
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > BODY_LIMITS.maxKeys)
      return { path, message: `No puede tener más de ${BODY_LIMITS.maxKeys} propiedades.` };
    for (const key of keys) {
      const here = pathOf(path, key);
      if (FORBIDDEN_KEYS.has(key)) return { path: here, message: `La propiedad «${key}» no está permitida.` };
      if (unstorable(key))
        return { path: here, message: 'El nombre de la propiedad contiene caracteres no admitidos.' };
      stack.push({ value: (value as Record<string, unknown>)[key], path: here, depth: depth + 1 });
    }
  }
  return null;
}

// Runs before the ValidationPipe on every @Body(): hostile shapes answer as any invalid body does.
@Injectable()
export class JsonBodyPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' || value === undefined) return value;
    const refused = hostileJson(value);
    if (refused) throw badRequest('VALIDATION_FAILED', 'Los datos enviados no son válidos', { fields: [refused] });
    return value;
  }
}

import type { FieldError } from './field-error';
import { labelledPath } from './field-path';

// Which properties hold an item id, and in which scope it must be unique. Scopes are per
// document: an inequity and a barrier may share "1", two inequities may not, because
// other documents cite them by id alone.
const ID_FIELDS = new Map<object, { property: string; scope: string }[]>();

export function registerIdField(target: object, property: string, scope: string): void {
  const fields = ID_FIELDS.get(target) ?? [];
  fields.push({ property, scope });
  ID_FIELDS.set(target, fields);
}

export function findDuplicateIds(root: unknown): FieldError[] {
  const seen = new Map<string, string>(); // scope + id -> first path
  const errors: FieldError[] = [];
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${path}[${i}]`));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    for (const { property, scope } of ID_FIELDS.get(node.constructor) ?? []) {
      const id = record[property];
      if (typeof id !== 'string') continue;
      const here = join(path, property);
      const key = `${scope}\u0000${id}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, here);
      else
        errors.push({
          path: here,
          message: `${labelledPath(root, here, true)}: el código «${id}» está repetido; ya se usa en ${labelledPath(root, first, true)}.`,
        });
    }
    for (const key of Object.keys(record)) visit(record[key], join(path, key));
  };
  visit(root, '');
  return errors;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

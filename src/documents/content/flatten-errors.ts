import type { ValidationError } from 'class-validator';
import type { FieldError } from './field-error';
import { atField, unknownFieldMessage } from './field-path';

// Every message names its field by the Spanish labels of its path (field-path.ts); the path itself
// stays machine-readable. class-validator's own (English) messages for these are replaced; all
// others come from the Spanish `message` options in decorators.ts.
export function flattenErrors(errors: readonly ValidationError[], root: unknown, base = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    // Children of an array property carry the item index as property and the array as target.
    const path = Array.isArray(error.target)
      ? `${base}[${error.property}]`
      : base === ''
        ? error.property
        : `${base}.${error.property}`;
    for (const [type, message] of Object.entries(error.constraints ?? {})) {
      if (type === 'whitelistValidation') {
        const target: unknown = error.target;
        const owner = typeof target === 'object' && target !== null ? target.constructor : Object;
        out.push({ path, message: unknownFieldMessage(root, base, error.property, owner) });
      } else if (type === 'unknownValue') {
        out.push({ path, message: atField(root, path, 'Contenido no reconocido.') });
      } else {
        out.push({ path, message: atField(root, path, message) });
      }
    }
    out.push(...flattenErrors(error.children ?? [], root, path));
  }
  return out;
}

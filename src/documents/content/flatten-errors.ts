import type { ValidationError } from 'class-validator';
import type { FieldError } from './field-error';

// class-validator's own (English) messages for these are replaced; all others come from
// the Spanish `message` options in decorators.ts.
const TRANSLATED = new Map<string, (property: string) => string>([
  ['whitelistValidation', (p) => `La propiedad «${p}» no está permitida.`],
  ['unknownValue', () => 'Contenido no reconocido.'],
]);

export function flattenErrors(errors: readonly ValidationError[], base = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    // Children of an array property carry the item index as property and the array as target.
    const path = Array.isArray(error.target)
      ? `${base}[${error.property}]`
      : base === ''
        ? error.property
        : `${base}.${error.property}`;
    for (const [type, message] of Object.entries(error.constraints ?? {})) {
      const translate = TRANSLATED.get(type);
      out.push({ path, message: translate ? translate(error.property) : message });
    }
    out.push(...flattenErrors(error.children ?? [], path));
  }
  return out;
}

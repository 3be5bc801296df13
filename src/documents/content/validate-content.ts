import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidatorOptions } from 'class-validator';
import type { DocumentKind } from '../../../workflows/document-kinds';
import type { FieldError } from './field-error';
import { flattenErrors } from './flatten-errors';
import { findDuplicateIds } from './item-ids';
import { fenceJson } from './json-fence';
import { CONTENT_SCHEMAS, type ContentByKind } from './schemas';

export type ValidationResult<T extends object = object> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const MAX_REPORTED = 200;

const OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  stopAtFirstError: true,
};

// Shape and bounds of a document's content (not completeness: drafts may be half filled).
// Never throws; on success the value is a fresh instance of the kind's schema class.
export function validateContent<K extends DocumentKind>(kind: K, raw: unknown): ValidationResult<ContentByKind[K]> {
  try {
    if (!Object.hasOwn(CONTENT_SCHEMAS, kind)) {
      return { ok: false, errors: [{ path: '', message: `Tipo de documento desconocido: «${String(kind)}».` }] };
    }
    const fenced = fenceJson(raw);
    if (!fenced.ok) return fenced;
    const schema: new () => ContentByKind[K] = CONTENT_SCHEMAS[kind];
    const value = plainToInstance(schema, fenced.value);
    const errors = [...flattenErrors(validateSync(value, OPTIONS), value), ...findDuplicateIds(value)];
    if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_REPORTED) };
    return { ok: true, value };
  } catch {
    return { ok: false, errors: [{ path: '', message: 'No se pudo leer el contenido.' }] };
  }
}

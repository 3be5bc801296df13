import type { Type } from '@nestjs/common';
import { ApiOkResponse, ApiProperty } from '@nestjs/swagger';

/**
 * A schema whose properties are the given keys, each a count (e.g. returns per gated stage).
 * `required: false` for a map that only has the keys that occurred.
 */
export function countsByKey(
  name: string,
  keys: readonly string[],
  describe: (key: string) => string,
  required: boolean,
): Type<object> {
  const schema = { [name]: class {} }[name];
  for (const key of keys) {
    ApiProperty({ description: describe(key), type: 'integer', minimum: 0, required, example: 0 })(
      schema.prototype,
      key,
    );
  }
  return schema;
}

export const UUID_EXAMPLE = '3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e';
export const SHA256_EXAMPLE = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
export const INSTANT_EXAMPLE = '2027-03-15T14:30:00.000Z';

/** A 200 answer that is a file (a PDF, a ZIP, an attachment), not JSON: its bytes, in one of these media types. */
export const ApiFileResponse = (description: string, mediaTypes: readonly string[]): MethodDecorator =>
  ApiOkResponse({
    description,
    content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
  });

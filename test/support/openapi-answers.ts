import Ajv from 'ajv';
import addFormats from 'ajv-formats';

// Checks the API's answers against its own OpenAPI document (GET /api/docs-json): each answer
// must fit the schema its route declares, with no property the schema does not name.

type Schema = Record<string, unknown>;
export interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>
  >;
  components: { schemas: Record<string, Schema> };
}

// For validation: OpenAPI 3.0's `nullable` as JSON Schema, and no property the document does not
// name (an object that lists its properties is closed unless it says otherwise).
export function strict(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strict);
  if (typeof value !== 'object' || value === null) return value;
  const out: Schema = {};
  for (const [key, inner] of Object.entries(value as Schema)) {
    out[key] =
      key === '$ref' && typeof inner === 'string'
        ? inner.replace('#/', 'openapi.json#/')
        : key === 'properties'
          ? Object.fromEntries(Object.entries(inner as Schema).map(([k, v]) => [k, strict(v)]))
          : strict(inner);
  }
  if (out.properties !== undefined && out.additionalProperties === undefined) out.additionalProperties = false;
  if (out.nullable === true) {
    const rest = { ...out };
    delete rest.nullable;
    delete rest.description;
    return { anyOf: [rest, { type: 'null' }] };
  }
  return out;
}

export class AnswerChecker {
  private readonly ajv: Ajv;

  constructor(private readonly live: OpenApiDocument) {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema(strict(live) as Schema, 'openapi.json');
  }

  /** 'GET /api/cycles/{cycleId}' and its answer: the schema's errors, or null when it fits. */
  check(route: string, body: unknown, status = '200'): { route: string; errors: unknown } {
    const [method, path] = route.split(' ');
    const schema =
      this.live.paths[path]?.[method.toLowerCase()]?.responses[status]?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`${route} no declara su respuesta ${status}`);
    const validate = this.ajv.compile(strict(schema) as Schema);
    return { route, errors: validate(body) ? null : validate.errors };
  }
}

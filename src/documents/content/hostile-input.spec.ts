import fc from 'fast-check';
import type { DocumentKind } from '../../../workflows/document-kinds';
import { FIXTURE_KINDS, readFixture } from '../../../test/fixtures/cycle';
import { validateContent } from '.';

// validateContent faces request bodies: whatever arrives, it answers with errors, never throws.
const rootOnly = (message: string) => ({ ok: false, errors: [{ path: '', message }] });

describe('validateContent: hostile input', () => {
  it.each([null, undefined, 42, 'texto', true, [], [{}]])('rejects the non-object %p', (raw) => {
    expect(validateContent('plan', raw)).toEqual(rootOnly('El contenido debe ser un objeto.'));
  });

  it('rejects class instances and other non-plain objects', () => {
    expect(validateContent('plan', new Date())).toEqual(rootOnly('El contenido debe ser un objeto.'));
    expect(validateContent('plan', new Map())).toEqual(rootOnly('El contenido debe ser un objeto.'));
  });

  it('rejects an unknown kind', () => {
    expect(validateContent('toString' as DocumentKind, {})).toEqual(
      rootOnly('Tipo de documento desconocido: «toString».'),
    );
  });

  it('rejects __proto__, constructor and prototype keys without polluting prototypes', () => {
    const raw: unknown = JSON.parse(
      '{"__proto__": {"polluted": true}, "measures": [{"id": "M-1", "constructor": {"prototype": {"polluted": true}}}]}',
    );
    const result = validateContent('plan', raw);
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: '__proto__', message: 'La propiedad «__proto__» no está permitida.' },
        { path: 'measures[0].constructor', message: 'La propiedad «constructor» no está permitida.' },
      ],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects deep nesting without overflowing the stack', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 100_000; i++) {
      const next: Record<string, unknown> = {};
      deep.measures = next;
      deep = next;
    }
    const result = validateContent('plan', root);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toBe('El contenido está anidado a demasiada profundidad.');
  });

  it('rejects cyclic structures', () => {
    const cyclic: { measures: unknown[] } = { measures: [] };
    cyclic.measures.push(cyclic);
    expect(validateContent('plan', cyclic).ok).toBe(false);
  });

  it('rejects a huge array by its length, without visiting its elements', () => {
    // Counting element reads instead of timing: the check must not depend on the machine's speed.
    let reads = 0;
    const measures = new Proxy(new Array(5_000_000).fill({ id: 'M-1' }), {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const result = validateContent('plan', { measures });
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'measures', message: 'No puede tener más de 500 elementos.' }],
    });
    expect(reads).toBeLessThanOrEqual(500);
  });

  it('rejects an object with too many keys', () => {
    const raw = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]));
    expect(validateContent('plan', raw)).toEqual(rootOnly('No puede tener más de 64 propiedades.'));
  });

  it('rejects a huge string before validating it', () => {
    expect(validateContent('plan', { genderAgendaConsistency: 'x'.repeat(1_000_000) })).toEqual({
      ok: false,
      errors: [{ path: 'genderAgendaConsistency', message: 'El texto es demasiado largo.' }],
    });
  });

  it('rejects values that JSON cannot carry', () => {
    const result = validateContent('plan', {
      genderAgendaConsistency: () => 'x',
      measures: [{ id: Symbol('M-1') }, { id: 'M-2', description: BigInt(1) }],
      indicators: [{ code: 'I-1', name: NaN }],
    });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'genderAgendaConsistency',
      'measures[0].id',
      'measures[1].description',
      'indicators[0].name',
    ]);
  });

  it('survives getters and proxies that throw', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trampa');
        },
      },
    );
    expect(validateContent('plan', trap)).toEqual(rootOnly('No se pudo leer el contenido.'));
    const getter = Object.defineProperty({}, 'measures', {
      enumerable: true,
      get: () => {
        throw new Error('trampa');
      },
    });
    expect(validateContent('plan', getter)).toEqual(rootOnly('No se pudo leer el contenido.'));
  });

  it('caps the number of errors reported', () => {
    const measures = Array.from({ length: 500 }, (_, i) => ({ id: `M-${i}`, step: 1, description: 2 }));
    const result = validateContent('plan', { measures });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeLessThanOrEqual(200);
  });

  it('never throws on arbitrary JSON, for any kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURE_KINDS), fc.jsonValue(), (kind, raw) => {
        const result = validateContent(kind, raw);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when fixtures are corrupted at random paths', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURE_KINDS), fc.array(fc.nat()), fc.jsonValue(), (kind, route, junk) => {
        const raw = readFixture(kind);
        corrupt(raw, route, junk);
        const result = validateContent(kind, raw);
        if (!result.ok) for (const e of result.errors) expect(typeof e.message).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

// Walks the route through the fixture and replaces what it reaches with junk.
function corrupt(node: unknown, route: number[], junk: unknown): void {
  let current = node;
  for (const [depth, step] of route.entries()) {
    if (typeof current !== 'object' || current === null) return;
    const record = current as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 0) return;
    const key = keys[step % keys.length];
    if (depth === route.length - 1 || typeof record[key] !== 'object' || record[key] === null) {
      record[key] = junk;
      return;
    }
    current = record[key];
  }
}

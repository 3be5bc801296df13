import fc from 'fast-check';
import type { Response } from 'supertest';
import { pdfText } from '../templates/testing/pdf-text';
import { readFixture } from './fixtures/cycle';
import { buildWorld, PNG, World } from './support/access-world';
import { DbFingerprint, DbWatcher, differences } from './support/db-fingerprint';
import { waitFor } from './support/processes';
import { downloadPdf, listRecords } from './support/records';
import { query } from './support/test-database';
import { DeclaredRoute, declaredRoutes } from './support/routes';
import { startTestApp, TestApp } from './support/test-app';

// Hostile input on every write endpoint (POST, PUT, PATCH, DELETE), sent by a caller the policy
// allows, so that validation, not the guard, answers: malformed JSON, bodies that are not objects,
// wrong types, strings and arrays past every limit, deep nesting, text PostgreSQL cannot store
// (NUL, lone surrogates), other unicode edge cases, injection strings in every field, hostile
// numbers, __proto__/constructor keys, unknown keys, hostile path parameters, and for the evidence
// upload files whose content is not of an admitted type under hostile names. Invariants:
//   - always a 4xx (never a 5xx) with a string `code` and a message in Spanish (also for each field
//     error), within a few seconds;
//   - nothing written: the database fingerprint (rows, last update of every table) is the same
//     after every request, and (rows' digests too) after every property;
//   - Object.prototype is never polluted (the application runs in this process).
// Each endpoint is either write-proof whatever its body (a stale revision or version, a state
// that refuses the write) or every input generated for it is invalid by construction; a valid
// write is never generated. The one exception is sign-in, whose refusals are audited by design.
// Fixed seed; HOSTILE_SEED and HOSTILE_RUNS override it and the number of runs per endpoint.

const SEED = Number(process.env.HOSTILE_SEED ?? 20271121);
const RUNS = Number(process.env.HOSTILE_RUNS ?? 40);
const MAX_MS = 5_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Path = (string | number)[];

type Leaf =
  | { type: 'text'; max: number }
  /** A string with a shape (email, id, code, one of a list, date, period); `edges`: refused values next to valid ones. */
  | { type: 'format'; max?: number; edges?: readonly string[] }
  /** `decimals`: at most that many decimal places (as the DTO's FiniteNumber); none: any. */
  | { type: 'int' | 'number'; min: number; max: number; decimals?: number }
  | { type: 'bool' };
type NumberLeaf = Extract<Leaf, { type: 'int' | 'number' }>;

interface JsonInput {
  kind: 'json';
  template: JsonObject;
  /** Leaves by path ('content.date', 'deadlines[0].gate'); a string leaf not listed is free text. */
  leaves: Record<string, Leaf>;
}

interface Target {
  /** Bearer token of a caller the policy allows; none for sign-in. */
  token?: string;
  params: Record<string, string>;
  input: JsonInput | { kind: 'multipart' } | { kind: 'none' } | { kind: 'ignored' };
  /** Refuses even a valid body (stale revision, state): text may be valid-shaped. */
  writeProof?: boolean;
  /** Tables a refused attempt writes by design. */
  audited?: string[];
  /** Sent as the web app sends it (its CSRF header), for the browser-session routes. */
  browser?: boolean;
  /** Writes nothing whatever it is sent (a check): a valid body may answer 2xx. */
  readOnly?: boolean;
}

interface Attempt {
  category: string;
  params?: Record<string, string>;
  body?: { type: string; data: string | Buffer };
  multipart?: { fields: [string, string][]; files: { field: string; content: Buffer; filename: string }[] };
}

// ---------------------------------------------------------------------------------------------
// Hostile values

const INJECTIONS = [
  "' OR '1'='1' --",
  "'; DROP TABLE users; --",
  "Robert'); DROP TABLE cycles;--",
  '" OR ""="',
  '1; SELECT pg_sleep(5); --',
  '$$; DELETE FROM records; $$',
  "\\'; TRUNCATE security_events; --",
  '<script>alert("xss")</script>',
  '"><img src=x onerror=alert(1)>',
  "<svg/onload=alert('x')>",
  'javascript:alert(document.cookie)',
  '{{constructor.constructor("return process")().exit()}}',
  '${process.exit(1)}',
  '=HYPERLINK("http://malo.example","clic")',
  "=cmd|' /C calc'!A0",
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%00',
  '%s%s%s%s%n',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  '() { :; }; echo vulnerable',
  '$(reboot)',
  '`rm -rf /`',
  '{"$gt": ""}',
];
const UNICODE_EDGES = [
  '\u200B\u200C\u200D\u2060',
  '\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069',
  'factura\u202Egnp.exe',
  '\uFEFF',
  '\uFFFE\uFFFF',
  '👩🏽‍⚕️🇨🇱🧕🏾',
  'e\u0301\u0302\u0303\u0304\u0305',
  'Z\u0351\u0352\u0353a\u0355\u0356l\u0357g\u0358o',
  '\u0085\u2028\u2029',
  '\u0001\u0002\u001B[31m\u007F',
  'ǅǈǋ ẞ ß İ ı',
  '𝕳𝖔𝖘𝖙𝖎𝖑',
  '\t\r\n\v\f',
];
// PostgreSQL text cannot hold NUL; a lone surrogate is not a character at all.
const UNSTORABLE = ['\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\udbff', 'ok\u0000\ud83d'];
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

// Values next to valid ones, each refused.
const DATE: Leaf = {
  type: 'format',
  edges: [
    '9999-12-31',
    '9999-12-25',
    '2101-01-01',
    '1899-12-31',
    '0100-01-01',
    '0001-01-01',
    '2027-02-29',
    '2027-06-31',
    '2027-13-01',
    '2027-00-10',
    '2027-1-1',
    '+02027-01-01',
    '2027-06-30T00:00:00Z',
    '20270630',
  ],
};
const UUID: Leaf = {
  type: 'format',
  edges: [
    '00000000-0000-0000-0000-000000000000',
    'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
    '6f1c2a9e-8d7b-4c3a-9e1f-2b3c4d5e6f7',
    '6f1c2a9e8d7b4c3a9e1f2b3c4d5e6f70',
    '{6f1c2a9e-8d7b-4c3a-9e1f-2b3c4d5e6f70}',
  ],
};
const oneOf = (...edges: string[]): Leaf => ({ type: 'format', edges: [...edges, ''] });

const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.constantFrom(...UNICODE_EDGES),
  fc
    .array(fc.oneof(fc.constantFrom(...INJECTIONS, ...UNICODE_EDGES), fc.string({ unit: 'binary', maxLength: 8 })), {
      minLength: 1,
      maxLength: 4,
    })
    .map((parts) => parts.join('')),
);
// Never a valid email, id, code, list value, date or period (checked: each has a character none
// of those shapes admits, or is blank once trimmed).
const hostileFormatted = fc.constantFrom(...INJECTIONS, ...UNICODE_EDGES);

const decimals = (value: number): number => {
  const [mantissa, exponent = '0'] = value.toString().toLowerCase().split('e');
  return Math.max(0, (mantissa.split('.')[1] ?? '').length - Number(exponent));
};
const invalidNumber = (leaf: NumberLeaf, value: number): boolean =>
  !Number.isFinite(value) ||
  value < leaf.min ||
  value > leaf.max ||
  (leaf.type === 'int' && !Number.isInteger(value)) ||
  (leaf.decimals !== undefined && decimals(value) > leaf.decimals);
const NUMBERS = [
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  -(2 ** 63),
  2 ** 31,
  -1,
  5e-324,
  1e-7,
  1.5e-7,
  0.1234567,
  2030.5,
  123456.1234567,
  1e13,
  -1e13,
];
const hostileNumber = (leaf: NumberLeaf): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom('1e999', '-1e999', '1e400', '"NaN"', '"Infinity"', '"-0"', '"1e3"', '"0x10"', '"12"'),
    fc.constantFrom(...NUMBERS.filter((n) => invalidNumber(leaf, n))).map((n) => JSON.stringify(n)),
    fc
      .double({ noNaN: true })
      .filter((n) => invalidNumber(leaf, n))
      .map((n) => JSON.stringify(n)),
  );

// ---------------------------------------------------------------------------------------------
// JSON templates: paths, leaves, raw bodies

const clone = <T extends Json>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const pathKey = (path: Path) =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');

function leavesOf(value: Json, path: Path = []): { path: Path; value: Json }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leavesOf(item, [...path, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leavesOf(v, [...path, k]));
  return [{ path, value }];
}

function objectsOf(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => objectsOf(item, [...path, i]));
  if (value !== null && typeof value === 'object')
    return [path, ...Object.entries(value).flatMap(([k, v]) => objectsOf(v, [...path, k]))];
  return [];
}

function getAt(root: Json, path: Path): Json {
  let node = root;
  for (const step of path) node = (node as Record<string | number, Json>)[step];
  return node;
}

function setAt(root: JsonObject, path: Path, value: Json): JsonObject {
  const copy = clone(root);
  let node: Json = copy;
  for (const step of path.slice(0, -1)) node = (node as Record<string | number, Json>)[step];
  (node as Record<string | number, Json>)[path[path.length - 1]] = value;
  return copy;
}

const MARK = '\u2063HOSTIL\u2063';
/** The template with the value at `path` replaced by raw JSON text (which may be invalid JSON). */
const withRaw = (root: JsonObject, path: Path, raw: string): string =>
  JSON.stringify(setAt(root, path, MARK)).replace(JSON.stringify(MARK), () => raw);

/** The template with an own key added (even __proto__) to the object at `path`. */
function withKey(root: JsonObject, path: Path, key: string, value: Json): string {
  const copy = clone(root);
  let node: Json = copy;
  for (const step of path) node = (node as Record<string | number, Json>)[step];
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  return JSON.stringify(copy);
}

const json = (data: string): Attempt['body'] => ({ type: 'application/json', data });
const leafOf = (input: JsonInput, path: Path, value: Json): Leaf => {
  const declared = input.leaves[pathKey(path)];
  if (declared) return declared;
  if (typeof value === 'number') return { type: 'number', min: -1e12, max: 1e12, decimals: 6 };
  if (typeof value === 'boolean') return { type: 'bool' };
  return { type: 'text', max: 100_000 };
};

function jsonAttempts(input: JsonInput, target: Target, params: fc.Arbitrary<Attempt> | null): fc.Arbitrary<Attempt> {
  const template = input.template;
  const text = JSON.stringify(template);
  const leaves = leavesOf(template).map((l) => ({ ...l, leaf: leafOf(input, l.path, l.value) }));
  const stringLeaves = leaves.filter(
    (l): l is typeof l & { leaf: Extract<Leaf, { type: 'text' | 'format' }> } =>
      l.leaf.type === 'text' || l.leaf.type === 'format',
  );
  const numberLeaves = leaves.filter(
    (l): l is typeof l & { leaf: NumberLeaf } => l.leaf.type === 'int' || l.leaf.type === 'number',
  );
  const anyLeaf = fc.constantFrom(...leaves);
  const edgeValues = leaves.flatMap((l) =>
    l.leaf.type === 'format' ? (l.leaf.edges ?? []).map((value) => ({ path: l.path, value })) : [],
  );
  const attempt = (category: string, data: string): Attempt => ({ category, body: json(data) });

  const malformed = fc
    .oneof(
      fc.constantFrom(
        '{"a":}',
        "{'email':'x'}",
        '{"a":1,}',
        '{"a":NaN}',
        '{"a":Infinity}',
        '{"a":undefined}',
        '/* comentario */ {}',
        '{"a":1}{"b":2}',
        '{"a":"\\x41"}',
        '{"a":01}',
        '{"a":.5}',
        '{"a":0x10}',
        '{"a":"sin cerrar}',
        '{"a":"control\u0001crudo"}',
        '[',
        '{',
        ']',
      ),
      fc.integer({ min: 1, max: text.length - 1 }).map((i) => text.slice(0, i)),
      fc
        .tuple(fc.integer({ min: 1, max: text.length - 1 }), fc.constantFrom("'", '}', ']', ':', '"', 'NaN', '\\'))
        .map(([i, c]) => text.slice(0, i) + c + text.slice(i))
        .filter((s) => {
          try {
            JSON.parse(s);
            return false;
          } catch {
            return true;
          }
        }),
    )
    .map((data) => attempt('JSON mal formado', data));

  const notObject = fc
    .oneof(
      fc.jsonValue({ maxDepth: 2 }).filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)),
      fc.array(fc.constant(template), { maxLength: 3 }),
    )
    .map((v) => attempt('cuerpo que no es objeto', JSON.stringify(v)));

  const wrongValue = (leaf: Leaf): fc.Arbitrary<Json> => {
    const containers = [
      fc.array(fc.string(), { maxLength: 3 }),
      fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
    ];
    switch (leaf.type) {
      case 'text':
      case 'format':
        return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), ...containers);
      case 'int':
      case 'number':
        return fc.oneof(fc.string(), fc.boolean(), fc.constantFrom('12', '0', ''), ...containers);
      case 'bool':
        return fc.oneof(fc.constantFrom('true', 'false', 1, 0, ''), fc.string(), ...containers);
    }
  };
  const wrongType = fc
    .uniqueArray(fc.nat({ max: leaves.length - 1 }), { minLength: 1, maxLength: Math.min(3, leaves.length) })
    .chain((indexes) =>
      fc
        .tuple(...indexes.map((i) => wrongValue(leaves[i].leaf)))
        .map((values) =>
          attempt(
            'tipo equivocado',
            JSON.stringify(indexes.reduce((body, i, k) => setAt(body, leaves[i].path, values[k]), template)),
          ),
        ),
    );

  const hugeString =
    stringLeaves.length === 0
      ? null
      : fc
          .tuple(
            fc.constantFrom(...stringLeaves),
            fc.constantFrom('x', 'ñ', '👩', 'e\u0301', '<', '\u202E'),
            fc.oneof(fc.integer({ min: 1, max: 5_000 }), fc.constant(1_900_000), fc.constant(2_200_000)),
          )
          .map(([l, unit, extra]) => {
            const limit = l.leaf.type === 'text' ? l.leaf.max : (l.leaf.max ?? 64);
            const length = extra > 100_000 ? extra : limit + extra;
            return attempt(
              `texto de ${length} «${unit}»`,
              withRaw(template, l.path, JSON.stringify((extra > 100_000 ? 'x' : unit).repeat(length))),
            );
          });

  const hugeArray = fc
    .tuple(
      anyLeaf,
      fc.oneof(fc.integer({ min: 1_001, max: 20_000 }), fc.constant(900_000)),
      fc.constantFrom('0', '"x"', '{}', '[]'),
    )
    .map(([l, n, item]) =>
      attempt(`lista de ${n} elementos`, withRaw(template, l.path, `[${new Array<string>(n).fill(item).join(',')}]`)),
    );

  const deep = (depth: number, shape: 'object' | 'array') =>
    shape === 'object' ? `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const deepNesting = fc
    .tuple(
      fc.option(anyLeaf, { nil: undefined }),
      fc.oneof(fc.integer({ min: 33, max: 6_000 }), fc.constant(5_000), fc.constant(100_000)),
      fc.constantFrom('object' as const, 'array' as const),
    )
    .map(([l, depth, shape]) =>
      attempt(
        `anidado ${depth} niveles (${shape})`,
        l ? withRaw(template, l.path, deep(depth, shape)) : deep(depth, shape),
      ),
    );

  const unstorable = fc.tuple(fc.constantFrom(...UNSTORABLE), fc.nat()).chain(([bad, at]) =>
    stringLeaves.length > 0
      ? fc.constantFrom(...stringLeaves).map((l) => {
          const valid = typeof l.value === 'string' ? l.value : JSON.stringify(l.value);
          const position = at % (valid.length + 1);
          return attempt(
            `texto no almacenable en ${pathKey(l.path)}`,
            JSON.stringify(setAt(template, l.path, valid.slice(0, position) + bad + valid.slice(position))),
          );
        })
      : fc.constant(attempt('clave no almacenable', withKey(template, [], `clave${bad}`, 1))),
  );

  const everywhere = fc
    .tuple(...leaves.map((l) => (l.leaf.type === 'format' ? hostileFormatted : hostileText)))
    .map((values) =>
      attempt(
        'inyección en cada campo',
        JSON.stringify(leaves.reduce((body, l, i) => setAt(body, l.path, values[i]), template)),
      ),
    );

  // Valid-shaped: only free text is hostile; for write-proof endpoints and sign-in.
  const textLeaves = leaves.filter((l) => l.leaf.type === 'text');
  const injectedText =
    target.writeProof && textLeaves.length > 0
      ? fc
          .tuple(...textLeaves.map(() => fc.oneof(hostileText, fc.constantFrom(...UNSTORABLE))))
          .map((values) =>
            attempt(
              'inyección en los textos de un cuerpo bien formado',
              JSON.stringify(textLeaves.reduce((body, l, i) => setAt(body, l.path, values[i]), template)),
            ),
          )
      : null;

  const protoKeys = fc
    .tuple(
      fc.constantFrom(...objectsOf(template)),
      fc.constantFrom(...FORBIDDEN_KEYS),
      fc.constantFrom<Json>(
        { isAdmin: true, active: false, polluted: true },
        { prototype: { polluted: true } },
        'contaminado',
        1,
        null,
      ),
    )
    .map(([path, key, value]) =>
      attempt(`clave ${key} en ${pathKey(path) || 'la raíz'}`, withKey(template, path, key, value)),
    );

  const numbers =
    numberLeaves.length === 0
      ? null
      : fc
          .constantFrom(...numberLeaves)
          .chain((l) =>
            hostileNumber(l.leaf).map((raw) =>
              attempt(`número ${raw} en ${pathKey(l.path)}`, withRaw(template, l.path, raw)),
            ),
          );

  const reserved = new Set(FORBIDDEN_KEYS);
  const unknownKeys = fc
    .tuple(
      fc.constantFrom(...objectsOf(template)),
      fc.oneof(
        fc.constantFrom('isAdmin', 'role', 'id', 'agencyId', 'createdAt', 'tokenVersion', '$where', '$ne'),
        hostileText,
      ),
      fc.oneof(
        hostileText.map<Json>((s) => s),
        fc.jsonValue({ maxDepth: 2 }).map((v) => v as Json),
      ),
    )
    .filter(([path, key]) => !reserved.has(key) && !Object.hasOwn(getAt(template, path) as JsonObject, key))
    .map(([path, key, value]) =>
      attempt(`clave desconocida en ${pathKey(path) || 'la raíz'}`, withKey(template, path, key, value)),
    );

  const edges =
    edgeValues.length === 0
      ? null
      : fc
          .constantFrom(...edgeValues)
          .map(({ path, value }) =>
            attempt(`valor límite «${value}» en ${pathKey(path)}`, JSON.stringify(setAt(template, path, value))),
          );

  const withTemplate = params?.map((a) => ({ ...a, body: json(text) }));
  return fc.oneof(
    ...[
      malformed,
      notObject,
      wrongType,
      hugeString,
      hugeArray,
      deepNesting,
      unstorable,
      everywhere,
      injectedText,
      protoKeys,
      numbers,
      edges,
      unknownKeys,
      withTemplate ?? null,
    ].filter((a): a is fc.Arbitrary<Attempt> => a !== null),
  );
}

function jsonExamples(input: JsonInput): Attempt[] {
  const template = input.template;
  const first = leavesOf(template)[0].path;
  const texts = leavesOf(template).filter((l) => leafOf(input, l.path, l.value).type === 'text');
  const someText = (texts[0] ?? leavesOf(template)[0]).path;
  const numeric = leavesOf(template).find((l) => typeof l.value === 'number');
  const examples: Attempt[] = [
    {
      category: '5.000 niveles de objetos',
      body: json(withRaw(template, first, `${'{"a":'.repeat(5000)}0${'}'.repeat(5000)}`)),
    },
    {
      category: '5.000 niveles de listas',
      body: json(withRaw(template, first, `${'['.repeat(5000)}${']'.repeat(5000)}`)),
    },
    {
      category: 'cuerpo: lista de 900.000 elementos',
      body: json(`[${new Array<string>(900_000).fill('0').join(',')}]`),
    },
    {
      category: 'cuerpo: 100.000 claves',
      body: json(`{${Array.from({ length: 100_000 }, (_, i) => `"k${i}":0`).join(',')}}`),
    },
    { category: 'texto de 1.900.000', body: json(withRaw(template, someText, JSON.stringify('x'.repeat(1_900_000)))) },
    {
      category: '__proto__ en la raíz',
      body: json(withKey(template, [], '__proto__', { isAdmin: true, active: false })),
    },
    {
      category: 'constructor en la raíz',
      body: json(withKey(template, [], 'constructor', { prototype: { polluted: true } })),
    },
    { category: 'NUL en un texto', body: json(JSON.stringify(setAt(template, someText, 'Nombre\u0000oculto'))) },
    { category: 'sustituto suelto en un texto', body: json(JSON.stringify(setAt(template, someText, 'Nombre\ud800'))) },
  ];
  if (numeric) {
    examples.push(
      { category: 'número 1e-7', body: json(withRaw(template, numeric.path, '1e-7')) },
      { category: 'número 1.5e-7', body: json(withRaw(template, numeric.path, '1.5e-7')) },
      { category: 'número 1e999', body: json(withRaw(template, numeric.path, '1e999')) },
    );
  }
  // Every value next to a valid one, each once.
  for (const l of leavesOf(template)) {
    const leaf = leafOf(input, l.path, l.value);
    if (leaf.type !== 'format') continue;
    for (const value of leaf.edges ?? [])
      examples.push({
        category: `valor límite «${value}» en ${pathKey(l.path)}`,
        body: json(JSON.stringify(setAt(template, l.path, value))),
      });
  }
  return examples;
}

/** Each path parameter once as an id that names nothing, as another kind's id, and as a traversal. */
function paramExamples(route: DeclaredRoute, target: Target, foreign: string[], body?: string): Attempt[] {
  const names = [...route.path.matchAll(/:([A-Za-z0-9]+)/g)].map((m) => m[1]);
  return names.flatMap((name) =>
    [
      '6f1c2a9e-8d7b-4c3a-9e1f-2b3c4d5e6f70',
      ...foreign.filter((id) => id !== target.params[name]).slice(0, 1),
      '..%2F..%2Fetc%2Fpasswd',
    ].map((value): Attempt => ({
      category: `parámetro :${name} = ${value}`,
      params: { [name]: value },
      ...(body === undefined ? {} : { body: json(body) }),
    })),
  );
}

// ---------------------------------------------------------------------------------------------
// Evidence files (multipart)

const MISMATCHED: [string, Buffer][] = [
  ['html', Buffer.from('<!doctype html><script>alert(1)</script>')],
  ['svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
  ['gif', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')],
  ['elf', Buffer.from('\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00', 'latin1')],
  ['exe', Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00', 'latin1')],
  ['zip vacío', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(60)])],
  ['zip roto', Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'), Buffer.alloc(20, 0xff)])],
  ['json', Buffer.from('{"no":"soy un pdf"}')],
  ['rtf', Buffer.from('{\\rtf1\\ansi hola}')],
  ['png truncado', PNG.subarray(0, 6)],
  ['sh', Buffer.from('#!/bin/sh\nrm -rf /\n')],
  ['eicar', Buffer.from('X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*')],
];
const HOSTILE_NAMES = [
  '../../../../etc/passwd',
  '..\\..\\boot.ini',
  '/etc/shadow',
  'C:\\Windows\\system32\\cmd.exe',
  'acta.pdf\u0000.exe',
  'factura\u202Egnp.exe',
  '.htaccess',
  '..',
  '.',
  ' ',
  'con.pdf',
  `${'a'.repeat(1000)}.pdf`,
  '<script>alert(1)</script>.pdf',
  '"; rm -rf /; ".pdf',
  'acta.pdf%00.png',
  '👩🏽‍⚕️.png',
  'e\u0301\u0301.pdf',
  'lista.png',
  'acta.pdf',
];

const multipartFile = (category: string, content: Buffer, filename: string, field = 'file'): Attempt => ({
  category,
  multipart: { fields: [], files: [{ field, content, filename }] },
});

function multipartAttempts(params: fc.Arbitrary<Attempt> | null): fc.Arbitrary<Attempt> {
  const names = fc.oneof(
    fc.constantFrom(...HOSTILE_NAMES),
    hostileText.map((s) => `${s}.pdf`),
  );
  const mismatched = fc
    .tuple(
      fc.oneof(
        fc.constantFrom(...MISMATCHED),
        hostileText.map((s): [string, Buffer] => ['texto', Buffer.from(s)]),
        fc
          .uint8Array({ minLength: 1, maxLength: 4096 })
          .map((b): [string, Buffer] => ['bytes al azar', Buffer.from(b)]),
      ),
      names,
    )
    .map(([[kind, content], name]) => multipartFile(`contenido ${kind} como «${name.slice(0, 40)}»`, content, name));
  // A real PNG: its type is admitted, the name is hostile, and the cycle's state refuses it.
  const realPng = names.map((name) => multipartFile(`PNG como «${name.slice(0, 40)}»`, PNG, name));
  const structure = fc.constantFrom<Attempt>(
    multipartFile('campo equivocado', PNG, 'x.png', 'archivo'),
    {
      category: 'dos archivos',
      multipart: {
        fields: [],
        files: [
          { field: 'file', content: PNG, filename: 'a.png' },
          { field: 'file', content: PNG, filename: 'b.png' },
        ],
      },
    },
    {
      category: 'demasiados campos',
      multipart: {
        fields: Array.from({ length: 8 }, (_, i): [string, string] => [`c${i}`, 'x']),
        files: [{ field: 'file', content: PNG, filename: 'a.png' }],
      },
    },
    { category: 'sin archivo', multipart: { fields: [['nota', 'sin archivo']], files: [] } },
    multipartFile('archivo vacío', Buffer.alloc(0), 'vacio.pdf'),
    { category: 'JSON en vez de multipart', body: json('{"file":"JVBERi0xLjQK"}') },
    { category: 'texto plano', body: { type: 'text/plain', data: 'hola' } },
    {
      category: 'multipart sin terminar',
      body: {
        type: 'multipart/form-data; boundary=zzz',
        data: '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4',
      },
    },
    { category: 'multipart sin frontera', body: { type: 'multipart/form-data', data: 'abc' } },
    {
      category: 'multipart con cabecera rota',
      body: {
        type: 'multipart/form-data; boundary=zzz',
        data: '--zzz\r\nContent-Disposition: form-data; name=\r\n\r\nx\r\n--zzz--\r\n',
      },
    },
  );
  return fc.oneof(mismatched, realPng, structure, ...(params ? [params] : []));
}

const multipartExamples: Attempt[] = [
  multipartFile('archivo de 21 MB', Buffer.alloc(21 * 1024 * 1024, 1), 'grande.pdf'),
  multipartFile('script con nombre de PDF', Buffer.from('<script>alert(1)</script>'), '../../acta.pdf'),
  multipartFile('zip roto como docx', MISMATCHED[6][1], 'informe.docx'),
];

// ---------------------------------------------------------------------------------------------
// Path parameters

function paramAttempts(route: DeclaredRoute, target: Target, foreign: string[]): fc.Arbitrary<Attempt> | null {
  const names = [...route.path.matchAll(/:([A-Za-z0-9]+)/g)].map((m) => m[1]);
  if (names.length === 0) return null;
  return fc
    .tuple(
      fc.constantFrom(...names),
      fc.oneof(
        fc.constantFrom(...INJECTIONS, ...UNICODE_EDGES).map(encodeURIComponent),
        fc.constantFrom(
          '%ED%A0%80',
          '%C0%AF',
          '%00',
          '%2e%2e%2f%2e%2e%2f',
          '..%2F..%2F',
          '%252e%252e',
          '%E2%80%AE',
          '%FF',
        ),
        fc.uuid().map((u) => u),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).map(encodeURIComponent),
        fc.constant('x'.repeat(3000)),
        fc.constantFrom(
          '1999',
          '2101',
          '2027.5',
          '1e3',
          '-2027',
          '２０２７',
          '0x7EB',
          '%202027',
          '99999999999999999999',
        ),
        ...(foreign.length > 0 ? [fc.constantFrom(...foreign)] : []),
      ),
    )
    .filter(([name, value]) => value !== target.params[name])
    .map(([name, value]) => ({ category: `parámetro :${name} hostil`, params: { [name]: value } }));
}

// ---------------------------------------------------------------------------------------------
// Answers

// Whole words by Unicode letters: with ASCII \b, "Análisis" (a field's label) read as "an".
const ENGLISH =
  /(?<![\p{L}\p{N}_])(should|must|property|properties|value|values|each|nested|unknown|expected|the|is|be|an|of|to|not exist|invalid)(?![\p{L}\p{N}_])/iu;
const SPANISH =
  /[áéíóúñ¿¡«»]|\b(debe|no|el|la|los|las|de|del|un|una|es|que|se|por|con|para|admite|puede|solicitud|contenido|texto)\b/i;
const spanish = (message: unknown): boolean =>
  typeof message === 'string' && message.length > 0 && SPANISH.test(message) && !ENGLISH.test(message);

function problemsOf(response: Response, target: Target, ms: number): string[] {
  const problems: string[] = [];
  if (ms > MAX_MS) problems.push(`tardó ${Math.round(ms)} ms`);
  if ((target.input.kind === 'ignored' || target.readOnly) && response.status >= 200 && response.status < 300)
    return problems;
  if (response.status < 400 || response.status > 499) problems.push(`respondió ${response.status}`);
  const body = response.body as { code?: unknown; message?: unknown; fields?: { message?: unknown }[] } | undefined;
  if (typeof body?.code !== 'string') problems.push('sin code');
  if (!spanish(body?.message)) problems.push(`mensaje no en castellano: ${String(body?.message)}`);
  for (const field of Array.isArray(body?.fields) ? body.fields : [])
    if (!spanish(field.message)) problems.push(`mensaje de campo no en castellano: ${String(field.message)}`);
  return problems;
}

const preview = (attempt: Attempt): string => {
  const body = attempt.body
    ? typeof attempt.body.data === 'string'
      ? attempt.body.data
      : `<${attempt.body.data.length} bytes>`
    : attempt.multipart
      ? JSON.stringify({
          fields: attempt.multipart.fields,
          files: attempt.multipart.files.map((f) => ({
            field: f.field,
            filename: f.filename,
            bytes: f.content.length,
          })),
        })
      : '';
  return `[${attempt.category}] params=${JSON.stringify(attempt.params ?? {})} cuerpo=${JSON.stringify(body.length > 200 ? `${body.slice(0, 200)}… (${body.length})` : body)}`;
};

// fast-check prints a counterexample with this, not the whole (megabytes of) body.
const shown = (attempt: Attempt): Attempt =>
  Object.defineProperty(attempt, fc.toStringMethod, { value: () => preview(attempt), configurable: true });

const polluted = (): string[] =>
  ['polluted', 'isAdmin', 'active', 'prototype'].filter((k) => k in ({} as Record<string, unknown>));

// ---------------------------------------------------------------------------------------------

describe('Entradas hostiles en cada ruta de escritura', () => {
  let t: TestApp;
  let w: World;
  let routes: DeclaredRoute[];
  let watcher: DbWatcher;
  let targets: Record<string, Target>;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t, 'HX');
    routes = declaredRoutes(t.app).filter((r) => r.method !== 'get');
    const officer = w.a.officer.token;
    const admin = w.admin;
    const cycleId = w.cycle.cycleId;
    const content = (kind: 'activity-record' | 'progress-report'): JsonInput => ({
      kind: 'json',
      template: { content: readFixture(kind) as JsonObject },
      leaves: {},
    });
    const deadlines: JsonInput = {
      kind: 'json',
      template: { deadlines: [{ gate: 'diagnostic.visa', dueDate: '2027-06-30' }] },
      leaves: {
        'deadlines[0].gate': oneOf('diagnostic', 'DIAGNOSTIC.VISA', 'diagnostic.visa ', 'diagnostic.lunch'),
        'deadlines[0].dueDate': DATE,
      },
    };
    // The valid body of each write endpoint, and the caller the policy allows.
    const credentials: JsonInput = {
      kind: 'json',
      template: { email: 'nadie@prueba.cl', password: 'una-clave-que-no-es' },
      leaves: { email: { type: 'text', max: 254 }, password: { type: 'text', max: 200 } },
    };
    targets = {
      'post /api/auth/session': {
        params: {},
        writeProof: true,
        audited: ['security_events'],
        browser: true,
        input: credentials,
      },
      // Signing out without a session answers 204 and writes nothing, whatever the body.
      'delete /api/auth/session': { params: {}, browser: true, input: { kind: 'ignored' } },
      // Refused for the wrong current password even when the body is valid.
      'post /api/me/password': {
        token: officer,
        params: {},
        writeProof: true,
        input: {
          kind: 'json',
          template: { currentPassword: 'no-es-la-actual', newPassword: 'nueva-clave-segura-2027' },
          leaves: { currentPassword: { type: 'text', max: 200 }, newPassword: { type: 'text', max: 200 } },
        },
      },
      'post /api/auth/login': { params: {}, writeProof: true, audited: ['security_events'], input: credentials },
      'post /api/agencies': {
        token: admin,
        params: {},
        input: {
          kind: 'json',
          template: { code: 'HOSTIL1', name: 'Servicio de prueba', ministry: 'Ministerio de Prueba' },
          leaves: {
            code: { type: 'format', max: 32, edges: ['A', 'Ñandú', '-AB', 'AB CD', `A${'B'.repeat(32)}`] },
            name: { type: 'text', max: 200 },
            ministry: { type: 'text', max: 200 },
          },
        },
      },
      'post /api/agencies/:agencyId/members': {
        token: admin,
        params: { agencyId: w.a.agencyId },
        input: {
          kind: 'json',
          template: { userId: w.roleless.id, role: 'centre_lead', centre: 'Dirección Regional' },
          leaves: {
            userId: UUID,
            role: oneOf('admin', 'sernam_expert', 'CENTRE_LEAD', 'centre_lead ', 'jefatura'),
            centre: { type: 'text', max: 200 },
          },
        },
      },
      'delete /api/agencies/:agencyId/members/:membershipId': {
        token: admin,
        params: { agencyId: w.a.agencyId, membershipId: w.membershipOfB },
        input: { kind: 'none' },
      },
      'post /api/agencies/:agencyId/experts': {
        token: admin,
        params: { agencyId: w.a.agencyId },
        input: { kind: 'json', template: { userId: w.roleless.id }, leaves: { userId: UUID } },
      },
      'delete /api/agencies/:agencyId/experts/:userId': {
        token: admin,
        params: { agencyId: w.a.agencyId, userId: w.b.expert.id },
        input: { kind: 'none' },
      },
      'post /api/users': {
        token: admin,
        params: {},
        input: {
          kind: 'json',
          template: { email: 'hostil@prueba.cl', name: 'Persona de prueba', password: 'clave-segura-de-prueba-9' },
          leaves: {
            email: {
              type: 'format',
              max: 254,
              edges: ['a@b', '@prueba.cl', 'a@@prueba.cl', 'a@prueba..cl', 'a b@prueba.cl'],
            },
            name: { type: 'text', max: 200 },
            password: { type: 'text', max: 200 },
          },
        },
      },
      'patch /api/users/:userId': {
        token: admin,
        params: { userId: w.spare.id },
        input: {
          kind: 'json',
          template: { name: 'Nombre nuevo', password: 'otra-clave-segura-123', active: true },
          leaves: { name: { type: 'text', max: 200 }, password: { type: 'text', max: 200 }, active: { type: 'bool' } },
        },
      },
      // The administration may open a cycle too (and reaches where an officer is refused).
      'post /api/agencies/:agencyId/cycles': {
        token: admin,
        params: { agencyId: w.a.agencyId },
        input: { kind: 'json', template: { year: 2030 }, leaves: { year: { type: 'int', min: 2000, max: 2100 } } },
      },
      'post /api/cycles/:cycleId/events': {
        token: officer,
        params: { cycleId },
        writeProof: true, // a stale revision
        input: {
          kind: 'json',
          template: { type: 'RECORD_REVIEW', revision: 9_999, comment: 'Observación' },
          leaves: {
            type: oneOf('submit', 'RECORD_REVIEW ', 'CYCLE_CREATED', 'DOCUMENT_SAVED', '__proto__', 'toString'),
            revision: { type: 'int', min: 0, max: 2 ** 31 - 1 },
            comment: { type: 'text', max: 4000 },
          },
        },
      },
      'put /api/cycles/:cycleId/documents/:kind': {
        token: officer,
        params: { cycleId, kind: 'management-review' },
        writeProof: true, // a stale version
        input: {
          kind: 'json',
          template: { content: readFixture('management-review') as JsonObject, version: 999 },
          leaves: { 'content.date': DATE, version: { type: 'int', min: 0, max: 1_000_000 } },
        },
      },
      // "Revisar" reads only: a valid typed content answers 200, and nothing is ever written.
      'post /api/cycles/:cycleId/documents/:kind/check': {
        token: officer,
        params: { cycleId, kind: 'management-review' },
        readOnly: true,
        input: {
          kind: 'json',
          template: { content: readFixture('management-review') as JsonObject },
          leaves: { 'content.date': DATE },
        },
      },
      // The cycle is past the implementation: a register entry is refused whatever it says.
      'post /api/cycles/:cycleId/activity-records': {
        token: officer,
        params: { cycleId },
        writeProof: true,
        input: content('activity-record'),
      },
      'post /api/cycles/:cycleId/progress-reports': {
        token: officer,
        params: { cycleId },
        writeProof: true,
        input: content('progress-report'),
      },
      'post /api/cycles/:cycleId/activity-records/:documentId/evidence': {
        token: officer,
        params: { cycleId, documentId: w.activityId },
        writeProof: true,
        input: { kind: 'multipart' },
      },
      'post /api/cycles/:cycleId/progress-reports/:documentId/evidence': {
        token: officer,
        params: { cycleId, documentId: w.progressId },
        writeProof: true,
        input: { kind: 'multipart' },
      },
      'post /api/agencies/:agencyId/indicators': {
        token: officer,
        params: { agencyId: w.a.agencyId },
        input: {
          kind: 'json',
          template: {
            code: 'H-77',
            name: 'Tasa de titulación',
            unit: 'percent',
            numerator: 'Personas tituladas',
            denominator: 'Personas matriculadas',
            convention: 'absolute',
            parityBand: { lower: 0.9, upper: 1.1 },
            verificationMeans: 'Registro administrativo',
            baseline: 12.5,
            annualGoal: 10,
          },
          leaves: {
            code: { type: 'format', max: 32, edges: ['-H', '.H', 'ñ', 'H 1', `H${'1'.repeat(32)}`] },
            name: { type: 'text', max: 200 },
            unit: oneOf('PERCENT', 'porcentaje', 'constructor'),
            numerator: { type: 'text', max: 1000 },
            denominator: { type: 'text', max: 1000 },
            convention: oneOf('ABSOLUTE', 'absoluta', 'hasOwnProperty'),
            // No limit on decimals here (IsNumber without maxDecimalPlaces).
            'parityBand.lower': { type: 'number', min: 0.5, max: 1 },
            'parityBand.upper': { type: 'number', min: 1, max: 2 },
            verificationMeans: { type: 'text', max: 1000 },
            baseline: { type: 'number', min: -1e12, max: 1e12, decimals: 6 },
            annualGoal: { type: 'number', min: -1e12, max: 1e12, decimals: 6 },
          },
        },
      },
      // The diagnostic is visaed: an answer is refused whatever it says.
      'post /api/observations/:observationId/answer': {
        token: officer,
        params: { observationId: w.observationId },
        writeProof: true,
        input: {
          kind: 'json',
          template: { answer: 'Se cuantificó la brecha', addressed: true },
          leaves: { answer: { type: 'text', max: 2000 }, addressed: { type: 'bool' } },
        },
      },
      'post /api/indicators/:indicatorId/measurements': {
        token: officer,
        params: { indicatorId: w.indicatorId },
        input: {
          kind: 'json',
          template: { period: '2025-S1', women: 10, men: 12, notReported: 1 },
          leaves: {
            period: oneOf('2027-S3', '2027-Q5', '2027-13', '2027-00', '2027-s1', '27', '2027-', '2027-Q1 ', '２０２７'),
            women: { type: 'number', min: 0, max: 1e12, decimals: 6 },
            men: { type: 'number', min: 0, max: 1e12, decimals: 6 },
            notReported: { type: 'number', min: 0, max: 1e12, decimals: 6 },
          },
        },
      },
      'patch /api/commitments/:commitmentId': {
        token: officer,
        params: { commitmentId: w.commitment.id },
        writeProof: true, // a stale revision
        input: {
          kind: 'json',
          template: {
            revision: w.commitment.revision + 999,
            status: 'not-met',
            evidence: 'Acta de la reunión',
            justification: 'Sin presupuesto',
            responsibleUserId: w.spare.id,
          },
          leaves: {
            revision: { type: 'int', min: 0, max: 2 ** 31 - 1 },
            status: oneOf('MET', 'cumplido', 'met ', 'valueOf'),
            evidence: { type: 'text', max: 4000 },
            justification: { type: 'text', max: 4000 },
            responsibleUserId: UUID,
          },
        },
      },
      'put /api/calendar/:year': { token: admin, params: { year: String(w.year) }, input: deadlines },
      'put /api/cycles/:cycleId/deadlines': { token: admin, params: { cycleId }, input: deadlines },
      // No input but the token: a body is ignored (the officer has nothing unread).
      'post /api/notifications/read-all': { token: officer, params: {}, input: { kind: 'ignored' } },
      // Someone else's notification.
      'post /api/notifications/:notificationId/read': {
        token: officer,
        params: { notificationId: w.notificationId },
        input: { kind: 'none' },
      },
    };
    watcher = await DbWatcher.open(t.database.url);
    await watcher.settle();
  }, 240_000);
  afterAll(async () => {
    await watcher?.close();
    await t?.close();
  });

  it('has hostile input for every write endpoint the controllers declare', () => {
    expect(routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(Object.keys(targets).sort());
  });

  // One test per endpoint, named after it (the list is known before the app starts).
  const ENDPOINTS = [
    'post /api/auth/login',
    'post /api/auth/session',
    'delete /api/auth/session',
    'post /api/me/password',
    'post /api/agencies',
    'post /api/agencies/:agencyId/members',
    'delete /api/agencies/:agencyId/members/:membershipId',
    'post /api/agencies/:agencyId/experts',
    'delete /api/agencies/:agencyId/experts/:userId',
    'post /api/users',
    'patch /api/users/:userId',
    'post /api/agencies/:agencyId/cycles',
    'post /api/cycles/:cycleId/events',
    'put /api/cycles/:cycleId/documents/:kind',
    'post /api/cycles/:cycleId/documents/:kind/check',
    'post /api/cycles/:cycleId/activity-records',
    'post /api/cycles/:cycleId/progress-reports',
    'post /api/cycles/:cycleId/activity-records/:documentId/evidence',
    'post /api/cycles/:cycleId/progress-reports/:documentId/evidence',
    'post /api/agencies/:agencyId/indicators',
    'post /api/observations/:observationId/answer',
    'post /api/indicators/:indicatorId/measurements',
    'patch /api/commitments/:commitmentId',
    'put /api/calendar/:year',
    'put /api/cycles/:cycleId/deadlines',
    'post /api/notifications/read-all',
    'post /api/notifications/:notificationId/read',
  ];

  it.each(ENDPOINTS)(
    '%s: a 4xx with a code and a Spanish message, and nothing written',
    async (key) => {
      const route = routes.find((r) => `${r.method} ${r.path}` === key);
      const target = targets[key];
      if (!route || !target) throw new Error(`ruta sin objetivo: ${key}`);
      // Real ids of other kinds: never a valid value for another parameter.
      const foreign = [
        w.cycle.cycleId,
        w.record.id,
        w.evidenceId,
        w.commitment.id,
        w.indicatorId,
        w.notificationId,
        w.activityId,
      ];
      const params = paramAttempts(route, target, foreign);
      const junkBody = fc
        .oneof(
          fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
          fc.constantFrom('{"a":', '[[[', 'null'),
        )
        .map((data): Attempt => ({ category: 'cuerpo ignorado', body: json(data) }));
      let arbitrary: fc.Arbitrary<Attempt>;
      let examples: Attempt[];
      switch (target.input.kind) {
        case 'json':
          arbitrary = jsonAttempts(target.input, target, params);
          examples = [
            ...jsonExamples(target.input),
            ...paramExamples(route, target, foreign, JSON.stringify(target.input.template)),
          ];
          break;
        case 'multipart':
          arbitrary = multipartAttempts(params);
          examples = [...multipartExamples, ...paramExamples(route, target, foreign)];
          break;
        case 'none':
        case 'ignored':
          arbitrary = params ? fc.oneof(params, junkBody) : junkBody;
          examples = [
            { category: '5.000 niveles', body: json(`${'['.repeat(5000)}${']'.repeat(5000)}`) },
            ...paramExamples(route, target, foreign),
          ];
          break;
      }

      const url = (attempt: Attempt) =>
        route.path.replace(/:([A-Za-z0-9]+)/g, (_, name: string) => attempt.params?.[name] ?? target.params[name]);
      const send = async (attempt: Attempt): Promise<{ response: Response; ms: number }> => {
        let request = t.http[route.method](url(attempt));
        if (target.token) request = request.set('Authorization', `Bearer ${target.token}`);
        if (target.browser) request = request.set('X-Enfoque-CSRF', '1');
        if (attempt.multipart) {
          for (const [name, value] of attempt.multipart.fields) request = request.field(name, value);
          for (const file of attempt.multipart.files)
            request = request.attach(file.field, file.content, {
              filename: file.filename,
              contentType: 'application/octet-stream',
            });
        } else if (attempt.body) {
          request = request.set('Content-Type', attempt.body.type).send(attempt.body.data);
        }
        const started = performance.now();
        const response = await request;
        return { response, ms: performance.now() - started };
      };

      const before = await watcher.full();
      const events = () =>
        query<{ type: string; n: number }>(
          t.database.url,
          'SELECT type, count(*)::int AS n FROM security_events GROUP BY type',
        );
      const eventsBefore = await events();
      let previous: DbFingerprint = await watcher.quick();
      const ignore = target.audited ?? [];
      const families = new Map<string, number>();
      try {
        await fc.assert(
          fc.asyncProperty(arbitrary.map(shown), async (attempt) => {
            let answer: { response: Response; ms: number };
            try {
              answer = await send(attempt);
            } catch (error) {
              throw new Error(`${preview(attempt)} → sin respuesta: ${(error as Error).message}`);
            }
            const family = attempt.category.replace(/[«(:].*$|[\d.]+/g, '').trim();
            families.set(family, (families.get(family) ?? 0) + 1);
            const problems = problemsOf(answer.response, target, answer.ms);
            const now = await watcher.quick();
            const written = differences(previous, now, ignore);
            previous = now;
            if (written.length > 0) problems.push(`escribió: ${written.join('; ')}`);
            const pollution = polluted();
            if (pollution.length > 0) problems.push(`Object.prototype contaminado: ${pollution.join(', ')}`);
            if (problems.length > 0) {
              const body = JSON.stringify(answer.response.body ?? answer.response.text).slice(0, 400);
              throw new Error(`${preview(attempt)} → ${answer.response.status} ${body}: ${problems.join('; ')}`);
            }
          }),
          { seed: SEED, numRuns: examples.length + RUNS, examples: examples.map((e): [Attempt] => [shown(e)]) },
        );
      } catch (error) {
        const cause = (error as Error).cause;
        const why = cause instanceof Error ? cause.message : '';
        throw new Error(`HOSTILE_SEED=${SEED} ${key}\n${(error as Error).message}\n${why}`);
      }
      if (process.env.HOSTILE_STATS)
        console.log(`${key}: ${[...families].map(([family, n]) => `${family} ×${n}`).join(', ')}`);
      const after = ignore.length > 0 ? await watcher.settle() : await watcher.full();
      expect(differences(before, after, ignore)).toEqual([]);
      if (ignore.includes('security_events')) {
        // A refused sign-in is audited, and nothing else is.
        const count = (rows: { type: string; n: number }[], type: string) => rows.find((r) => r.type === type)?.n ?? 0;
        const eventsAfter = await events();
        const grew = eventsAfter.filter((r) => r.n !== count(eventsBefore, r.type)).map((r) => r.type);
        expect(grew.filter((type) => type !== 'login.failed')).toEqual([]);
      }
    },
    120_000,
  );

  it('stores injection strings verbatim in a document and renders them inertly in its record', async () => {
    const tables = Object.keys(await watcher.full()).sort();
    const strings = [
      '<script>alert("xss")</script>',
      "'; DROP TABLE users; --",
      "Robert'); DROP TABLE cycles;--",
      '"><img src=x onerror=alert(1)>',
      '{{constructor.constructor("return process")()}}',
      '=HYPERLINK("http://malo.example","clic")',
      'factura\u202Egnp.exe \u200Bcero\u200Dancho 👩🏽‍⚕️ e\u0301 ǅ',
    ];
    const review = readFixture('management-review') as {
      attendees: { name: string; role: string }[];
      workProgrammeAnalysis: string;
      commitmentsAnalysis: string;
    };
    const content = {
      ...review,
      attendees: [...review.attendees, { name: strings[0], role: strings[1] }],
      workProgrammeAnalysis: `Análisis: ${strings[0]} ${strings[1]} ${strings[2]}`,
      commitmentsAnalysis: strings.slice(3).join(' | '),
    };
    await w.cycle.save(w.a.quality, 'management-review', content);
    expect((await w.cycle.document(w.a.officer, 'management-review')).content).toEqual(content);
    expect(Object.keys(await watcher.full()).sort()).toEqual(tables);

    await w.cycle.send(w.a.head, 'RECORD_REVIEW');
    const reviewRecord = await waitFor(async () => {
      const listed = await listRecords(t.http, w.cycle.cycleId, w.a.auditor.token);
      return listed.find((r) => r.code.includes('-RPD-') && r.status === 'issued');
    }, 'registro de la revisión por la dirección');
    const pdf = await downloadPdf(t.http, reviewRecord.id, w.a.auditor.token);
    expect(pdf.status).toBe(200);
    const { flat } = await pdfText(pdf.body as Buffer);
    expect(flat).toContain('<script>alert("xss")</script>');
    expect(flat).toContain("'; DROP TABLE users; --");
    expect(flat).toContain('"><img src=x onerror=alert(1)>');
  }, 120_000);
});

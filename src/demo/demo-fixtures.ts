import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DocumentKind } from '../../workflows/document-kinds';

// The demo reuses the example cycle the tests use (test/fixtures/cycle), from source or dist/.
function fixturesDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'test', 'fixtures', 'cycle');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
  }
  throw new Error('No se encontró test/fixtures/cycle: la demostración se ejecuta desde el repositorio');
}

export function demoContent(kind: DocumentKind, nextYear = false): unknown {
  const dir = fixturesDir();
  const override = join(dir, 'next-year', `${kind}.json`);
  return JSON.parse(readFileSync(nextYear && existsSync(override) ? override : join(dir, `${kind}.json`), 'utf8'));
}

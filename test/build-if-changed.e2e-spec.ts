import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// `npm start` builds only what changed (scripts/build-if-changed.js): after `npm test`'s build,
// a start compiles nothing; an edited, added or touched source file changes the fingerprint.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fingerprint } = require('../scripts/build-if-changed.js') as {
  fingerprint: (root: string, inputs: string[]) => string;
};

describe('Compilar solo lo que cambió', () => {
  it('after the build, a start compiles nothing', () => {
    const said = execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'build-if-changed.js')], {
      encoding: 'utf8',
    });
    expect(said).toBe('Compilación de API al día.\nCompilación de aplicación web al día.\n');
  });

  it('the fingerprint follows each source file: edited, touched or added', () => {
    const root = mkdtempSync(join(tmpdir(), 'enfoque-huella-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'a.ts'), 'export const a = 1;\n');
    const first = fingerprint(root, ['src', 'tsconfig.json']);
    expect(fingerprint(root, ['src', 'tsconfig.json'])).toBe(first);
    utimesSync(join(root, 'src', 'a.ts'), new Date(), new Date(Date.now() + 5_000));
    const touched = fingerprint(root, ['src', 'tsconfig.json']);
    expect(touched).not.toBe(first);
    writeFileSync(join(root, 'tsconfig.json'), '{}\n');
    expect(fingerprint(root, ['src', 'tsconfig.json'])).not.toBe(touched);
  });
});

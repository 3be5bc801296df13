// `npm start` (and worker, migrate, seed:demo) build only what changed since the last build, so
// that a second start takes the time of starting, not of compiling. Each build's inputs (every
// source file's path, size and modification time) are fingerprinted into a stamp beside its
// output; a build runs when the fingerprint differs or its output is missing. Plain JavaScript:
// it runs before anything is compiled. A checkout, an edit or `npm ci` changes the fingerprint.
// `--force` (npm run build) builds everything and writes the stamps.
const { createHash } = require('node:crypto');
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const ROOT = join(__dirname, '..');

const BUILDS = [
  {
    name: 'API',
    command: 'npx tsc -p tsconfig.build.json',
    inputs: [
      'src',
      'workflows',
      'templates',
      'migrations',
      'scripts',
      'bench',
      'tsconfig.json',
      'tsconfig.build.json',
      'package-lock.json',
    ],
    output: 'dist/src/main.js',
    stamp: 'dist/.build-inputs',
  },
  {
    name: 'aplicación web',
    command: 'npm run build -w web',
    // The web app imports the procedure's labels from workflows/ (@procedure).
    inputs: [
      'web/src',
      'web/index.html',
      'web/package.json',
      'web/vite.config.ts',
      'web/tsconfig.json',
      'workflows',
      'package-lock.json',
    ],
    output: 'web/dist/index.html',
    stamp: 'web/dist/.build-inputs',
  },
];

function* filesUnder(path) {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    yield [path, stat];
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    yield* filesUnder(join(path, entry));
  }
}

function fingerprint(root, inputs) {
  const hash = createHash('sha256');
  for (const input of inputs)
    for (const [file, stat] of filesUnder(join(root, input)))
      hash.update(`${relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  return hash.digest('hex');
}

function buildChanged(force) {
  for (const build of BUILDS) {
    const stampPath = join(ROOT, build.stamp);
    const current = fingerprint(ROOT, build.inputs);
    const built = existsSync(stampPath) ? readFileSync(stampPath, 'utf8').trim() : '';
    if (!force && built === current && existsSync(join(ROOT, build.output))) {
      process.stdout.write(`Compilación de ${build.name} al día.\n`);
      continue;
    }
    if (!force) process.stdout.write(`Compilando ${build.name}…\n`);
    execSync(build.command, { cwd: ROOT, stdio: 'inherit' });
    writeFileSync(stampPath, `${current}\n`);
  }
}

if (require.main === module) buildChanged(process.argv.includes('--force'));
module.exports = { fingerprint, BUILDS };

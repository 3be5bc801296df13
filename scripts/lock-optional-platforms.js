// The npm registry reachable from our build machines lacks msgpackr-extract's prebuilt packages
// for darwin, linux-arm and win32, so `npm install` leaves them out of package-lock.json and
// `npm ci` then refuses the lock as out of sync. This adds their entries (optional, with os and
// cpu, so npm skips them on other platforms without fetching). Run it after `npm install`.
const fs = require('node:fs');
const path = require('node:path');

const lockPath = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
const PLATFORMS = {
  'darwin-arm64': ['darwin', 'arm64'],
  'darwin-x64': ['darwin', 'x64'],
  'linux-arm': ['linux', 'arm'],
  'win32-x64': ['win32', 'x64'],
};

const parent = lock.packages['node_modules/msgpackr-extract'];
let added = 0;
for (const [suffix, [os, cpu]] of Object.entries(PLATFORMS)) {
  const key = `node_modules/@msgpackr-extract/msgpackr-extract-${suffix}`;
  if (!parent || lock.packages[key]) continue;
  lock.packages[key] = { version: parent.version, cpu: [cpu], license: 'MIT', optional: true, os: [os] };
  added += 1;
}
const sorted = {};
for (const key of Object.keys(lock.packages).sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))) {
  sorted[key] = lock.packages[key];
}
lock.packages = sorted;
fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`package-lock.json: ${added} entradas de plataforma agregadas\n`);

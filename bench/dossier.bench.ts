// npm run bench:dossier — a cycle with BENCH_EVIDENCE_MB (210) of evidence in files of
// BENCH_FILE_MB (10), uploaded over HTTP to the real API process (dist/, PostgreSQL, jobs in the
// API); then, from a freshly started API (so that what the uploads left in its heap does not
// count), one dossier download (time, size, the API's peak RSS, every file checked against
// the manifest) and BENCH_CONCURRENT (4) downloads at once (statuses, times, peak RSS), and one
// more than the limit at once (DOSSIER_CONCURRENCY of the API, 4: the extra ones wait their turn
// with 503 and Retry-After). Exits non-zero when a dossier fails otherwise than with 503, or its
// content does not match its manifest.
import AdmZip from 'adm-zip';
import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import request from 'supertest';
import { readFixture } from '../test/fixtures/cycle';
import { login } from '../test/support/actors';
import { createTeam, type AgencyTeam } from '../test/support/cycle-driver';
import { driveToImplementation } from '../test/support/follow-up';
import { listRecords } from '../test/support/records';
import { waitFor } from '../test/support/processes';
import { ADMIN, scratchDatabase, startApi } from './support/server';
import { peakRssMiB, resetPeakRss } from './support/stats';

const MiB = 1024 * 1024;
const EVIDENCE_MB = Number(process.env.BENCH_EVIDENCE_MB ?? 210);
const FILE_MB = Number(process.env.BENCH_FILE_MB ?? 10);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 4);
const FILES_PER_ENTRY = 3;

interface Download {
  status: number;
  ms: number;
  firstByteMs: number;
  bytes: number;
  retryAfter?: string;
  code?: string;
  body?: Buffer;
}

// Reads the whole answer as it comes, keeping it only when asked (the bench's own memory is not
// what is measured, but four copies of the ZIP are not needed).
function download(base: string, path: string, token: string, keep = false): Promise<Download> {
  const url = new URL(`${base}${path}`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { authorization: `Bearer ${token}` } }, (res) => {
      const firstByteMs = performance.now() - started;
      const chunks: Buffer[] = [];
      let bytes = 0;
      const small = res.statusCode !== 200;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (keep || small) chunks.push(chunk);
      });
      res.on('error', reject);
      res.on('end', () => {
        const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
        let code: string | undefined;
        if (small && body) {
          try {
            code = (JSON.parse(body.toString()) as { code?: string }).code;
          } catch {
            code = body.toString().slice(0, 80);
          }
        }
        resolve({
          status: res.statusCode ?? 0,
          ms: performance.now() - started,
          firstByteMs,
          bytes,
          retryAfter: res.headers['retry-after'],
          code,
          body: keep ? body : undefined,
        });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

// A PDF by its signature (the API checks the content), incompressible like most evidence.
const evidenceFile = (bytes: number): Buffer => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(bytes - 9)]);

async function attachEvidence(
  http: ReturnType<typeof request>,
  team: AgencyTeam,
  cycleId: string,
): Promise<{ files: number; bytes: number; entries: number }> {
  const fileBytes = Math.round(FILE_MB * MiB);
  const files = Math.max(1, Math.round((EVIDENCE_MB * MiB) / fileBytes));
  const entries = Math.ceil(files / FILES_PER_ENTRY);
  let sent = 0;
  for (let entry = 0; entry < entries; entry++) {
    const created = await http
      .post(`/api/cycles/${cycleId}/activity-records`)
      .set('Authorization', `Bearer ${team.officer.token}`)
      .send({ content: readFixture('activity-record') });
    if (created.status !== 201) throw new Error(`registro de actividad: ${created.status} ${created.text}`);
    const id = (created.body as { id: string }).id;
    for (let i = 0; i < FILES_PER_ENTRY && sent < files; i++, sent++) {
      const upload = await http
        .post(`/api/cycles/${cycleId}/activity-records/${id}/evidence`)
        .set('Authorization', `Bearer ${team.officer.token}`)
        .attach('file', evidenceFile(fileBytes), `evidencia-${sent + 1}.pdf`);
      if (upload.status !== 201) throw new Error(`evidencia ${sent + 1}: ${upload.status} ${upload.text}`);
    }
  }
  return { files, bytes: files * fileBytes, entries };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// Every file the manifest lists is in the ZIP with its hash.
function checkZip(zip: Buffer): { entries: number; problems: string[] } {
  const archive = new AdmZip(zip);
  const manifest = JSON.parse(archive.readAsText('manifiesto.json')) as { files: { path: string; sha256: string }[] };
  const problems = manifest.files
    .filter((file) => {
      const bytes = archive.readFile(file.path);
      return !bytes || sha256(bytes) !== file.sha256;
    })
    .map((file) => file.path);
  return { entries: archive.getEntries().length, problems };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const row = (d: Download) =>
  `${String(d.status).padStart(6)}  ${seconds(d.firstByteMs).padStart(10)}  ${seconds(d.ms).padStart(9)}  ${(d.bytes / MiB).toFixed(1).padStart(8)} MiB  ${d.retryAfter ? `Retry-After ${d.retryAfter}` : ''}${d.code ? ` ${d.code}` : ''}`;

async function main(): Promise<void> {
  const database = await scratchDatabase('bench_dossier');
  // The same secret for both starts: the people's sessions outlive the restart.
  const secret = { JWT_SECRET: randomBytes(32).toString('hex') };
  let { api, base } = await startApi(database.url, secret);
  let root = base.replace(/\/api$/, '');
  let http = request(root);
  let failed = false;
  try {
    const admin = await login(http, ADMIN.email, ADMIN.password);
    const team = await createTeam(http, admin, 'EXPEDIENTE');
    const cycle = await driveToImplementation(http, team, 2027);
    const started = performance.now();
    const evidence = await attachEvidence(http, team, cycle.cycleId);
    await waitFor(
      async () => {
        const records = await listRecords(http, cycle.cycleId, team.auditor.token);
        return records.every((r) => r.status === 'issued') ? records : undefined;
      },
      'registros emitidos',
      300_000,
      500,
    );
    console.log(
      `\nExpediente de un ciclo con ${evidence.files} medios de verificación de ${FILE_MB} MiB (${(evidence.bytes / MiB).toFixed(0)} MiB en ${evidence.entries} registros de actividad), subidos en ${seconds(performance.now() - started)}`,
    );
    console.log(`RSS máximo de la API al subirlos: ${peakRssMiB(api.child.pid ?? 0)} MiB`);
    await api.stop();
    ({ api, base } = await startApi(database.url, secret));
    root = base.replace(/\/api$/, '');
    http = request(root);
    const pid = api.child.pid ?? 0;
    await listRecords(http, cycle.cycleId, team.auditor.token);
    console.log(`RSS de la API recién iniciada: ${peakRssMiB(pid)} MiB\n`);
    const path = `/api/cycles/${cycle.cycleId}/dossier`;

    console.log('                 estado  1.er byte      total    tamaño');
    resetPeakRss(pid);
    const one = await download(root, path, team.auditor.token, true);
    const onePeak = peakRssMiB(pid);
    console.log(`uno solo        ${row(one)}`);
    if (one.status === 200 && one.body) {
      const { entries, problems } = checkZip(one.body);
      console.log(`                ${entries} archivos en el ZIP; ${problems.length} distintos de su manifiesto`);
      if (problems.length > 0) failed = true;
    } else failed = true;
    console.log(`                RSS máximo de la API: ${onePeak} MiB`);
    one.body = undefined;

    for (const count of [CONCURRENT, CONCURRENT + 1]) {
      resetPeakRss(pid);
      const all = await Promise.all(Array.from({ length: count }, () => download(root, path, team.auditor.token)));
      const peak = peakRssMiB(pid);
      console.log('');
      all.forEach((d, i) => console.log(`${i === 0 ? `${count} a la vez`.padEnd(16) : ' '.repeat(16)}${row(d)}`));
      console.log(
        `                ${all.filter((d) => d.status === 200).length} completos; RSS máximo de la API: ${peak} MiB`,
      );
      // The same ZIP but for its date (the master list's and the manifest's sizes may differ by a few bytes).
      if (
        all.some(
          (d) => (d.status !== 200 && d.status !== 503) || (d.status === 200 && Math.abs(d.bytes - one.bytes) > 4096),
        )
      )
        failed = true;
    }
  } finally {
    await api.stop();
    await database.drop();
  }
  if (failed) {
    console.error('\nAlgún expediente falló (ver arriba)');
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import AdmZip from 'adm-zip';
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import request from 'supertest';
import { Client } from 'pg';
import { createHttpApp } from '../src/http-app';
import { SLICE_BYTES, StoredFiles, type StoredFileKind } from '../src/records/stored-files';
import { MAX_EVIDENCE_BYTES_PER_CYCLE } from '../workflows/evidence-rules';
import { readFixture } from './fixtures/cycle';
import { adminToken } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { driveToImplementation } from './support/follow-up';
import { waitFor } from './support/processes';
import { waitForIssued } from './support/records';
import { query } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

const MiB = 1024 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
// PDFs by their signature (the API checks the content), of 2 to 3 slices each.
const EVIDENCE = [1, 2, 3].map((n) => ({
  name: `evidencia-${n}.pdf`,
  bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2 * MiB + n * 1000)]),
}));

interface Download {
  /** Everything received so far. */
  received(): Buffer;
  status(): number | undefined;
  done: Promise<request.Response>;
  abort(): void;
}

// A dossier download whose bytes can be looked at while they arrive.
function startDownload(t: TestApp, cycleId: string, token: string): Download {
  const chunks: Buffer[] = [];
  let status: number | undefined;
  const req = t.http
    .get(`/api/cycles/${cycleId}/dossier`)
    .set('Authorization', `Bearer ${token}`)
    .buffer(true)
    .parse((res, callback) => {
      // In Node, superagent hands its parser the IncomingMessage as it arrives.
      const incoming = res as unknown as IncomingMessage;
      status = incoming.statusCode;
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  const done = new Promise<request.Response>((resolve, reject) => void req.then(resolve, reject));
  return { received: () => Buffer.concat(chunks), status: () => status, done, abort: () => void req.abort() };
}

// A gate on StoredFiles.slice: the reads it lets through, how many run at once, and those held.
function watchSlices(stored: StoredFiles, hold: (kind: StoredFileKind, id: string, offset: number) => boolean) {
  const read = stored.slice.bind(stored);
  const calls: { kind: StoredFileKind; id: string; offset: number; length: number }[] = [];
  let running = 0;
  let mostAtOnce = 0;
  let held = 0;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const spy = jest.spyOn(stored, 'slice').mockImplementation(async (kind, id, offset, length) => {
    calls.push({ kind, id, offset, length });
    mostAtOnce = Math.max(mostAtOnce, ++running);
    try {
      if (hold(kind, id, offset)) {
        held++;
        await gate;
      }
      return await read(kind, id, offset, length);
    } finally {
      running--;
    }
  });
  return { calls, mostAtOnce: () => mostAtOnce, held: () => held, open, restore: () => spy.mockRestore() };
}

function checkZip(body: Buffer) {
  const zip = new AdmZip(body);
  const manifest = JSON.parse(zip.readAsText('manifiesto.json')) as { files: { path: string; sha256: string }[] };
  for (const file of manifest.files)
    expect([file.path, sha256(zip.readFile(file.path)!)]).toEqual([file.path, file.sha256]);
  return zip;
}

// The cycle's dossier is sent while it is built: its files are read a slice per query, one file
// after another, and only a few dossiers are built at once; the cycle's evidence is bounded.
describe('Expediente del ciclo: enviado a medida que se arma, con límites', () => {
  let t: TestApp;
  let team: AgencyTeam;
  let cycle: CycleDriver;
  let entryId: string;
  let evidenceIds: string[];

  beforeAll(async () => {
    t = await startTestApp();
    team = await createTeam(t.http, await adminToken(t.http), 'EXPEDIENTE');
    cycle = await driveToImplementation(t.http, team, 2027);
    entryId = (await cycle.register(team.officer, 'activity-records', readFixture('activity-record'))).id;
    for (const file of EVIDENCE) {
      const upload = await t.http
        .post(`/api/cycles/${cycle.cycleId}/activity-records/${entryId}/evidence`)
        .set('Authorization', `Bearer ${team.officer.token}`)
        .attach('file', file.bytes, file.name);
      expect(upload.status).toBe(201);
    }
    const listed = await t.http
      .get(`/api/cycles/${cycle.cycleId}/evidence`)
      .set('Authorization', `Bearer ${team.auditor.token}`);
    evidenceIds = (listed.body as { id: string }[]).map((e) => e.id);
    // The three gates' records and the activity's four versions (one more per file).
    await waitForIssued(t.http, cycle.cycleId, team.auditor.token, 11);
  }, 180_000);
  afterAll(() => t.close());

  it('starts sending the ZIP before the last file is read, reading one slice of one file at a time', async () => {
    const lastEvidence = evidenceIds.at(-1);
    const slices = watchSlices(t.app.get(StoredFiles), (kind, id, offset) => id === lastEvidence && offset === 0);
    try {
      const download = startDownload(t, cycle.cycleId, team.auditor.token);
      // Held before the last file's first slice: what came already holds the earlier files.
      await waitFor(
        async () => (slices.held() === 1 && download.received().includes('evidencia-2.pdf') ? true : undefined),
        'el ZIP en camino antes de leer el último archivo',
      );
      expect(download.status()).toBe(200);
      expect(download.received().includes('registros/EG-2027-PTA-v1.pdf')).toBe(true);
      expect(download.received().includes('manifiesto.json')).toBe(false);
      slices.open();
      const response = await download.done;
      expect(response.headers['content-type']).toBe('application/zip');

      const zip = checkZip(response.body as Buffer);
      for (const file of EVIDENCE) {
        const entry = zip.getEntries().find((e) => e.entryName.endsWith(file.name));
        expect(entry?.getData().equals(file.bytes)).toBe(true);
      }
      // One read at a time, none over a slice, each file read through in order.
      expect(slices.mostAtOnce()).toBe(1);
      expect(Math.max(...slices.calls.map((c) => c.length))).toBe(SLICE_BYTES);
      for (const [i, id] of evidenceIds.entries()) {
        const offsets = slices.calls.filter((c) => c.id === id).map((c) => c.offset);
        const slicesOfFile = Math.ceil(EVIDENCE[i].bytes.length / SLICE_BYTES);
        expect(offsets).toEqual(Array.from({ length: slicesOfFile }, (_, n) => n * SLICE_BYTES));
      }
    } finally {
      slices.restore();
    }
  });

  it('builds four dossiers at once; a fifth waits its turn with 503 and Retry-After; a client that leaves frees its place', async () => {
    const slices = watchSlices(t.app.get(StoredFiles), (_kind, _id, offset) => offset === 0);
    const downloads: Download[] = [];
    try {
      for (let i = 0; i < 4; i++) downloads.push(startDownload(t, cycle.cycleId, team.auditor.token));
      await waitFor(async () => (slices.held() === 4 ? true : undefined), 'cuatro expedientes en curso');
      const fifth = await t.http
        .get(`/api/cycles/${cycle.cycleId}/dossier`)
        .set('Authorization', `Bearer ${team.auditor.token}`);
      expect(fifth.status).toBe(503);
      expect(fifth.headers['retry-after']).toBe('30');
      expect(fifth.headers['content-disposition']).toBeUndefined();
      expect(fifth.body).toMatchObject({ statusCode: 503, code: 'DOSSIERS_BUSY' });
      expect(fifth.body.message).toMatch(/^Se están preparando otros expedientes/);

      // Two people give up: their places go to the next two.
      for (const download of downloads.splice(0, 2)) {
        download.abort();
        await download.done.catch(() => undefined);
      }
      for (let i = 0; i < 2; i++) downloads.push(startDownload(t, cycle.cycleId, team.auditor.token));
      await waitFor(async () => (slices.held() === 6 ? true : undefined), 'dos expedientes más en curso');
      slices.open();
      const answers = await Promise.all(downloads.map((d) => d.done));
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        checkZip(answer.body as Buffer);
      }
    } finally {
      slices.open();
      slices.restore();
    }
  });

  it('answers 503 with Retry-After, not 500, when a statement runs past the statement timeout', async () => {
    // The same database, seen by an API whose statements may run one second.
    const impatient = await createHttpApp({ ...t.config, statementTimeoutMs: 1_000 });
    await impatient.init();
    const locker = new Client({ connectionString: t.database.url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE evidence_files IN ACCESS EXCLUSIVE MODE');
      const answer = await request(impatient.getHttpServer())
        .get(`/api/cycles/${cycle.cycleId}/dossier`)
        .set('Authorization', `Bearer ${team.auditor.token}`);
      expect(answer.status).toBe(503);
      expect(answer.headers['retry-after']).toBe('5');
      expect(answer.body).toMatchObject({ statusCode: 503, code: 'DATABASE_BUSY' });
      expect(answer.body.message).toMatch(/^La base de datos tardó demasiado en responder/);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
      await impatient.close();
    }
  });

  it('refuses a file that does not fit in the cycle’s 250 MB with 413, naming the bound, and takes one that fits', async () => {
    // Another entry's files already take all but 1 MiB of the cycle's space (its size is what counts).
    const [{ used }] = await query<{ used: string }>(
      t.database.url,
      'SELECT sum(size) AS used FROM evidence_files WHERE cycle_id = $1',
      [cycle.cycleId],
    );
    const filler = MAX_EVIDENCE_BYTES_PER_CYCLE - Number(used) - MiB;
    await query(
      t.database.url,
      `INSERT INTO evidence_files (cycle_id, document_id, file_name, media_type, size, sha256, bytes, uploaded_by)
       VALUES ($1, $2, 'relleno.pdf', 'application/pdf', $3, repeat('0', 64), '\\x00', $4)`,
      [cycle.cycleId, entryId, filler, team.officer.id],
    );
    const url = `/api/cycles/${cycle.cycleId}/activity-records/${entryId}/evidence`;
    const big = await t.http
      .post(url)
      .set('Authorization', `Bearer ${team.officer.token}`)
      .attach('file', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2 * MiB)]), 'Fotos del taller.pdf');
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({
      statusCode: 413,
      code: 'CYCLE_EVIDENCE_FULL',
      usedBytes: MAX_EVIDENCE_BYTES_PER_CYCLE - MiB,
      maxBytes: MAX_EVIDENCE_BYTES_PER_CYCLE,
    });
    expect(big.body.message).toBe(
      '«Fotos del taller.pdf» (2 MB) no cabe: cada ciclo admite a lo más 250 MB en medios de verificación y este ya usa 249 MB.',
    );
    const small = await t.http
      .post(url)
      .set('Authorization', `Bearer ${team.officer.token}`)
      .attach('file', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MiB / 2)]), 'Acta.pdf');
    expect(small.status).toBe(201);
    const listed = await t.http
      .get(`/api/cycles/${cycle.cycleId}/evidence`)
      .set('Authorization', `Bearer ${team.officer.token}`);
    expect((listed.body as { fileName: string }[]).map((e) => e.fileName)).toEqual([
      ...EVIDENCE.map((e) => e.name),
      'relleno.pdf',
      'Acta.pdf',
    ]);
  });
});

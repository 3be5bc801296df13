import { readFixture } from './fixtures/cycle';
import { adminToken } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { AnswerChecker, type OpenApiDocument } from './support/openapi-answers';
import { binary } from './support/records';
import { startTestApp, TestApp } from './support/test-app';

// Spanish file names survive the trip: sent as browsers send them (raw UTF-8 in the multipart
// header), stored in NFC, listed and downloaded with exactly the name the person gave.

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4830000000049454e44ae426082',
  'hex',
);

/** The UTF-8 name of an RFC 6266 Content-Disposition (filename*=UTF-8''…). */
function utf8FileName(disposition: string | undefined): string | undefined {
  const match = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? '');
  return match ? decodeURIComponent(match[1]) : undefined;
}

describe('Nombres de archivo con tildes y eñes en los medios de verificación', () => {
  let t: TestApp;
  let team: AgencyTeam;
  let cycle: CycleDriver;
  let activityId: string;
  let reportId: string;
  let registered: unknown[];

  beforeAll(async () => {
    t = await startTestApp();
    team = await createTeam(t.http, await adminToken(t.http), 'NOMBRES');
    cycle = await CycleDriver.create(t.http, team, 2027);
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.passGate(team);
    await cycle.save(team.officer, 'diagnostic');
    await cycle.passGate(team);
    await cycle.save(team.officer, 'plan');
    await cycle.save(team.officer, 'work-programme');
    await cycle.passGate(team);
    const activity = await cycle.register(team.officer, 'activity-records', readFixture('activity-record'));
    const report = await cycle.register(team.centreLead, 'progress-reports', readFixture('progress-report'));
    [activityId, reportId, registered] = [activity.id, report.id, [activity, report]];
  }, 120_000);
  afterAll(() => t.close());

  const auth = () => ({ Authorization: `Bearer ${team.officer.token}` });
  const upload = (path: string, bytes: Buffer, fileName: string) =>
    t.http.post(`/api/cycles/${cycle.cycleId}/${path}/evidence`).set(auth()).attach('file', bytes, fileName);

  it.each([
    ['Acta reunión género.pdf', 'activity-records', PDF, 'application/pdf'],
    ['Año 2027 — ñandú.png', 'progress-reports', PNG, 'image/png'],
  ])('«%s» is stored, listed and downloaded with its exact name', async (name, register, bytes, mediaType) => {
    const documentId = register === 'activity-records' ? activityId : reportId;
    const created = await upload(`${register}/${documentId}`, bytes, name);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ fileName: name, mediaType, documentId });

    const listed = await t.http.get(`/api/cycles/${cycle.cycleId}/evidence`).set(auth()).expect(200);
    const entry = (listed.body as { id: string; fileName: string }[]).find((e) => e.id === created.body.id);
    expect(entry?.fileName).toBe(name);

    const download = await t.http
      .get(`/api/evidence/${created.body.id as string}`)
      .set(auth())
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(utf8FileName(download.headers['content-disposition'])).toBe(name);
    expect(download.headers['cache-control']).toBe('no-store');
    // The ASCII fallback for old clients keeps the name's shape, one _ per other character.
    expect(download.headers['content-disposition']).toContain(`filename="${name.replace(/[^\x20-\x7e]/g, '_')}"`);
    expect(Buffer.compare(download.body as Buffer, bytes)).toBe(0);
  });

  it('keeps a name typed in decomposed form (as macOS sends it) in composed form', async () => {
    const decomposed = 'Informe de difusión.pdf'.normalize('NFD');
    expect(decomposed).not.toBe('Informe de difusión.pdf');
    const created = await upload(`activity-records/${activityId}`, PDF, decomposed);
    expect(created.status).toBe(201);
    expect(created.body.fileName).toBe('Informe de difusión.pdf');
    const download = await t.http
      .get(`/api/evidence/${created.body.id as string}`)
      .set(auth())
      .expect(200);
    expect(utf8FileName(download.headers['content-disposition'])).toBe('Informe de difusión.pdf');
  });

  it('takes a file only as multipart/form-data: JSON or text answers 415 in Spanish', async () => {
    const path = `/api/cycles/${cycle.cycleId}/activity-records/${activityId}/evidence`;
    for (const [type, data] of [
      ['application/json', '{"file":"JVBERi0xLjQK"}'],
      ['text/plain', '%PDF-1.4'],
    ]) {
      const refused = await t.http.post(path).set(auth()).set('Content-Type', type).send(data);
      expect([refused.status, refused.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
      expect(refused.body.message).toBe('Esta operación recibe un archivo: envíelo como multipart/form-data');
    }
  });

  it('answers as its OpenAPI document says: entries with their author, evidence, records with their entry', async () => {
    const live = (await t.http.get('/api/docs-json').expect(200)).body as OpenApiDocument;
    const checker = new AnswerChecker(live);
    const get = async (path: string) =>
      (await t.http.get(`/api/cycles/${cycle.cycleId}${path}`).set(auth()).expect(200)).body as unknown;
    const file = await upload(`progress-reports/${reportId}`, PNG, 'Lista de asistencia.png').expect(201);
    const activities = (await get('/activity-records')) as { items: { authorName: string }[]; editable: boolean };
    const reports = (await get('/progress-reports')) as { items: { authorName: string }[] };
    const results = [
      checker.check('POST /api/cycles/{cycleId}/activity-records', registered[0], '201'),
      checker.check('POST /api/cycles/{cycleId}/progress-reports', registered[1], '201'),
      checker.check('GET /api/cycles/{cycleId}/activity-records', activities),
      checker.check('GET /api/cycles/{cycleId}/progress-reports', reports),
      checker.check('POST /api/cycles/{cycleId}/progress-reports/{documentId}/evidence', file.body, '201'),
      checker.check('GET /api/cycles/{cycleId}/evidence', await get('/evidence')),
      checker.check('GET /api/cycles/{cycleId}/records', await get('/records')),
    ];
    expect(results.filter((r) => r.errors !== null)).toEqual([]);
    expect(checker.check('GET /api/cycles/{cycleId}/evidence', [{ ...file.body, extra: 1 }]).errors).not.toBeNull();
    // Who registered each entry, by name; the officer may record now.
    expect(activities.items[0].authorName).toBe('Persona nombres.oficial');
    expect(reports.items[0].authorName).toBe('Persona nombres.centro');
    expect(activities.editable).toBe(true);
    // Each entry's record names it.
    const records = (await get('/records')) as { documentId: string | null; kind: string }[];
    expect(records.filter((r) => r.kind === 'activity-record').map((r) => r.documentId)).toContain(activityId);
    expect(records.filter((r) => r.kind === 'progress-report').every((r) => r.documentId === reportId)).toBe(true);
  });
});

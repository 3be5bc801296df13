import AdmZip from 'adm-zip';
import { createHash } from 'node:crypto';
import { verifyRecordSignature } from '../src/records/signing/record-signature';
import { SELF_SIGNED_NAME, SELF_SIGNED_ORGANIZATION } from '../src/records/signing/self-signed-identity';
import { pdfText } from '../templates/testing/pdf-text';
import { formatChileDateTime } from '../workflows/chile-format';
import { readFixture } from './fixtures/cycle';
import { adminToken } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { binary, downloadPdf, ListedRecord, waitForIssued } from './support/records';
import { waitFor } from './support/processes';
import { query } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4830000000049454e44ae426082',
  'hex',
);

// An auditor's path: sign in, list a cycle's records, download each PDF and the dossier, check
// any PDF's hash on the public verification.
describe('Registros del procedimiento', () => {
  let t: TestApp;
  let team: AgencyTeam;
  let other: AgencyTeam;
  let cycle: CycleDriver;
  let records: ListedRecord[];
  let activityId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await adminToken(t.http);
    team = await createTeam(t.http, admin, 'REGISTROS');
    other = await createTeam(t.http, admin, 'AJENO');
    cycle = await CycleDriver.create(t.http, team, 2027);

    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.send(team.officer, 'SUBMIT');
    await cycle.send(team.head, 'RETURN', { comment: 'Precisar la razón del producto PE-4 <b>sin</b> enfoque.' });
    // Resent unchanged: with a reply (REPLY_REQUIRED otherwise).
    await cycle.send(team.officer, 'SUBMIT', { comment: 'La razón está en la versión enviada.' });
    await cycle.send(team.head, 'APPROVE');
    await cycle.send(team.expert, 'GRANT_VISA', { comment: 'Cumple.' });
    await cycle.save(team.officer, 'diagnostic');
    await cycle.passGate(team);
    await cycle.save(team.officer, 'plan');
    await cycle.save(team.officer, 'work-programme');
    await cycle.passGate(team);
    activityId = (await cycle.register(team.officer, 'activity-records', readFixture('activity-record'))).id;
  }, 120_000);
  afterAll(() => t.close());

  it('attaches evidence checked by content, with a sanitised name, and issues the entry’s record again', async () => {
    const url = `/api/cycles/${cycle.cycleId}/activity-records/${activityId}/evidence`;
    const auth = { Authorization: `Bearer ${team.officer.token}` };
    const png = await t.http.post(url).set(auth).attach('file', PNG, '../../etc/Lista de asistencia<>|.pdf');
    expect(png.status).toBe(201);
    expect(png.body).toMatchObject({
      fileName: 'Lista de asistencia.png',
      mediaType: 'image/png',
      sha256: sha256(PNG),
      size: PNG.length,
    });
    const fake = await t.http.post(url).set(auth).attach('file', Buffer.from('<script>alert(1)</script>'), 'acta.pdf');
    expect(fake.status).toBe(415);
    expect(fake.body.code).toBe('UNSUPPORTED_FILE_TYPE');
    const huge = await t.http
      .post(url)
      .set(auth)
      .attach('file', Buffer.alloc(21 * 1024 * 1024, 1), 'grande.pdf');
    expect(huge.status).toBe(413);
    const none = await t.http.post(url).set(auth).field('nota', 'sin archivo');
    expect(none.status).toBe(400);
    const byHead = await t.http
      .post(url)
      .set('Authorization', `Bearer ${team.head.token}`)
      .attach('file', PNG, 'x.png');
    expect(byHead.status).toBe(403);
    const byOther = await t.http
      .post(url)
      .set('Authorization', `Bearer ${other.officer.token}`)
      .attach('file', PNG, 'x.png');
    expect(byOther.status).toBe(403);
  });

  it('issues every record the cycle implies, exactly once, with obsolete versions kept', async () => {
    await cycle.send(team.officer, 'FINISH_IMPLEMENTATION');
    await cycle.save(team.officer, 'evaluation');
    await cycle.save(team.officer, 'follow-up-programme');
    await cycle.passGate(team);
    await cycle.save(team.quality, 'management-review');
    await cycle.send(team.head, 'RECORD_REVIEW');
    await cycle.save(team.officer, 'dissemination');
    await cycle.send(team.officer, 'DISSEMINATE');
    await cycle.save(team.centreLead, 'standardisation');
    await cycle.send(team.officer, 'COMPLETE');

    records = await waitForIssued(t.http, cycle.cycleId, team.auditor.token, 15);
    expect(records.map((r) => r.code).sort()).toEqual(
      [
        'EG-2027-A1H-v1',
        'EG-2027-VOB-1-v1',
        'EG-2027-DIAG-v1',
        'EG-2027-VOB-2-v1',
        'EG-2027-PLAN-v1',
        'EG-2027-PTA-v1',
        'EG-2027-VOB-3-v1',
        'EG-2027-ACT-1-v1',
        'EG-2027-ACT-1-v2',
        'EG-2027-EVAL-v1',
        'EG-2027-SEG-v1',
        'EG-2027-VOB-4-v1',
        'EG-2027-RPD-v1',
        'EG-2027-DIF-v1',
        'EG-2027-EST-v1',
      ].sort(),
    );
    expect(records.filter((r) => r.obsolete).map((r) => r.code)).toEqual(['EG-2027-ACT-1-v1']);
    const [{ files }] = await query<{ files: string }>(t.database.url, 'SELECT count(*) AS files FROM record_files');
    expect(Number(files)).toBe(15);
    // The follow-up programme in force reached the commitments tracker without anyone asking.
    const tracked = await waitFor(async () => {
      const [{ commitments }] = await query<{ commitments: string }>(
        t.database.url,
        'SELECT count(*) AS commitments FROM commitments WHERE cycle_id = $1',
        [cycle.cycleId],
      );
      return Number(commitments) > 0 ? Number(commitments) : undefined;
    }, 'compromisos en seguimiento');
    expect(tracked).toBe(3);
  });

  it('lets an auditor download each PDF, signed, whose hash the public verification recognises', async () => {
    const selfSigned = { name: SELF_SIGNED_NAME, organization: SELF_SIGNED_ORGANIZATION, selfSigned: true };
    for (const record of records) {
      const response = await downloadPdf(t.http, record.id, team.auditor.token);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toContain(`${record.code}.pdf`);
      const bytes = response.body as Buffer;
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      // The listed hash is of the file as downloaded: signed, signature included.
      expect(sha256(bytes)).toBe(record.sha256);
      expect(bytes.length).toBe(record.size);
      const signedAt = new Date(record.issuedAt!);
      expect(verifyRecordSignature(bytes)).toMatchObject({ status: 'valid', signer: selfSigned, signedAt });
      const verified = await t.http.get(`/api/verify/${record.sha256}`);
      expect(verified.body).toMatchObject({
        valid: true,
        matches: 'pdf',
        record: { code: record.code, year: 2027, agency: { code: 'REGISTROS' }, current: !record.obsolete },
        signature: { status: 'valid', problem: null, signer: selfSigned, signedAt: record.issuedAt },
      });
      expect(JSON.stringify(verified.body)).not.toContain('PE-4');
    }
    const altered = Buffer.from((await downloadPdf(t.http, records[0].id, team.auditor.token)).body as Buffer);
    altered[altered.length - 20] ^= 1;
    expect((await t.http.get(`/api/verify/${sha256(altered)}`)).body).toEqual({
      valid: false,
      sha256: sha256(altered),
    });
    expect((await t.http.get('/api/verify/no-es-un-hash')).status).toBe(400);
    const page = await t.http.get(`/verify/${records[0].documentSha256}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('Registro auténtico');
    expect(page.text).toContain(
      `Firma electrónica: válida — firmado por ${SELF_SIGNED_NAME} (${SELF_SIGNED_ORGANIZATION}) el ${formatChileDateTime(records[0].issuedAt!)}.`,
    );
    expect(page.text).toContain('autofirmado por esta instalación');
  });

  it('shows the approvals, observations, accents and hashes in the record itself', async () => {
    const a1h = records.find((r) => r.code === 'EG-2027-A1H-v1')!;
    const { flat } = await pdfText((await downloadPdf(t.http, a1h.id, team.auditor.token)).body as Buffer);
    expect(flat).toContain('Servicio REGISTROS');
    expect(flat).toContain('2027');
    expect(flat).toContain('EG-2027-A1H-v1');
    expect(flat).toContain('Ficha A1 y Formulario H');
    expect(flat).toContain(a1h.documentSha256.slice(0, 16));
    for (const name of ['jefatura', 'experta']) expect(flat.toLowerCase()).toContain(`registros.${name}`);
    expect(flat).toContain('<b>sin</b>');
    const act = records.find((r) => r.code === 'EG-2027-ACT-1-v2')!;
    const activity = await pdfText((await downloadPdf(t.http, act.id, team.auditor.token)).body as Buffer);
    expect(activity.flat).toContain('Lista de asistencia.png');
    expect(activity.flat).toContain(sha256(PNG).slice(0, 16));
  });

  it('packs the dossier with a manifest whose hashes match its files', async () => {
    const response = await t.http
      .get(`/api/cycles/${cycle.cycleId}/dossier`)
      .set('Authorization', `Bearer ${team.auditor.token}`)
      .buffer(true)
      .parse(binary);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const zip = new AdmZip(response.body as Buffer);
    const manifest = JSON.parse(zip.readAsText('manifiesto.json')) as {
      records: { code: string; file: string | null; sha256: string }[];
      files: { path: string; sha256: string }[];
    };
    expect(manifest.records).toHaveLength(15);
    expect(manifest.files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'lista-maestra.pdf',
        'registros/EG-2027-DIAG-v1.pdf',
        'registros/obsoletos/EG-2027-ACT-1-v1.pdf',
      ]),
    );
    for (const file of manifest.files)
      expect([file.path, sha256(zip.readFile(file.path)!)]).toEqual([file.path, file.sha256]);
    for (const record of manifest.records) expect(sha256(zip.readFile(record.file!)!)).toBe(record.sha256);
    expect(
      zip
        .getEntries()
        .some((e) => e.entryName.startsWith('evidencias/') && e.entryName.endsWith('Lista de asistencia.png')),
    ).toBe(true);
    expect(verifyRecordSignature(zip.readFile('lista-maestra.pdf')!)).toMatchObject({
      status: 'valid',
      signer: { name: SELF_SIGNED_NAME },
    });
    const masterList = await pdfText(zip.readFile('lista-maestra.pdf')!);
    expect(masterList.flat).toContain('Lista maestra de registros');
    expect(masterList.flat).toContain('EG-2027-VOB-4-v1');
  });

  it('keeps records to the agency, its experts and auditors, and offers no way to change them', async () => {
    const record = records[0];
    for (const person of [team.officer, team.head, team.expert, team.auditor, team.quality]) {
      expect((await downloadPdf(t.http, record.id, person.token)).status).toBe(200);
    }
    for (const person of [other.officer, other.auditor, other.expert]) {
      expect((await downloadPdf(t.http, record.id, person.token)).status).toBe(403);
      expect(
        (await t.http.get(`/api/cycles/${cycle.cycleId}/records`).set('Authorization', `Bearer ${person.token}`))
          .status,
      ).toBe(403);
      expect(
        (await t.http.get(`/api/cycles/${cycle.cycleId}/dossier`).set('Authorization', `Bearer ${person.token}`))
          .status,
      ).toBe(403);
    }
    for (const method of ['put', 'patch', 'delete'] as const) {
      expect(
        (await t.http[method](`/api/records/${record.id}/pdf`).set('Authorization', `Bearer ${team.officer.token}`))
          .status,
      ).toBe(404);
    }
    await expect(query(t.database.url, 'UPDATE record_files SET bytes = $1', [Buffer.from('x')])).rejects.toThrow(
      /solo anexar/,
    );
    await expect(query(t.database.url, `UPDATE records SET pdf_sha256 = repeat('0', 64)`)).rejects.toThrow(
      /no se modifica/,
    );
    await expect(query(t.database.url, 'DELETE FROM records')).rejects.toThrow(/no se eliminan/);
  });
});

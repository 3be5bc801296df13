import AdmZip from 'adm-zip';
import { createHash } from 'node:crypto';
import { verifyRecordSignature } from '../src/records/signing/record-signature';
import { SELF_SIGNED_NAME, SELF_SIGNED_ORGANIZATION } from '../src/records/signing/self-signed-identity';
import { pdfText } from '../templates/testing/pdf-text';
import { formatChileDateTime } from '../src/common/chile-time';
import { historyEntryLabel } from '../workflows/labels';
import { readFixture } from './fixtures/cycle';
import { adminToken, type Person } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { binary, downloadPdf, ListedRecord, waitForIssued } from './support/records';
import { waitFor } from './support/processes';
import { query } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface HistoryEntry {
  seq: number;
  type: string;
  actorId: string | null;
  actorName: string | null;
  documents: { kind: string; version: number; sha256: string }[];
  at: string;
  hash: string;
}

// The last entry of each type, in the order of the types given.
const lastOfEach = (entries: HistoryEntry[], types: string[]): HistoryEntry[] =>
  types.flatMap((type) => entries.filter((e) => e.type === type).slice(-1));
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
  // Each person's name (with the accents a record must keep) and the role they act in.
  let people: Map<string, { name: string; role: string }>;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await adminToken(t.http);
    team = await createTeam(t.http, admin, 'REGISTROS');
    other = await createTeam(t.http, admin, 'AJENO');
    people = new Map();
    for (const [person, name, role] of [
      [team.officer, 'María José Ñancupil Rivas', 'Encargado/a del Sistema Enfoque de Género'],
      [team.centreLead, 'Íñigo Sepúlveda Aravena', 'Encargado/a de Centro de Responsabilidad'],
      [team.head, 'Carolina Muñoz Peña', 'Jefe/a de Servicio'],
      [team.quality, 'Raúl Güemes Toro', 'Equipo de la Calidad'],
      [team.expert, 'Ximena Órdenes Bravo', 'SERNAM, Red de Expertos'],
    ] as [Person, string, string][]) {
      const renamed = await t.http
        .patch(`/api/users/${person.id}`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ name });
      expect(renamed.status).toBe(200);
      people.set(person.id, { name, role });
    }
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
    await cycle.register(team.centreLead, 'progress-reports', readFixture('progress-report'));
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

    records = await waitForIssued(t.http, cycle.cycleId, team.auditor.token, 16);
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
        'EG-2027-AVA-1-v1',
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
    expect(Number(files)).toBe(16);
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
      // An agency's record: no browser or proxy keeps a copy.
      expect(response.headers['cache-control']).toBe('no-store');
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
    // Public and holding nothing personal, but asked again each time: the answer follows the database.
    expect(page.headers['cache-control']).toBe('no-cache');
    // The time a person reads: Chile's, in the one format; the exact instant stays for machines.
    const issuedAt = records[0].issuedAt!;
    expect(page.text).toContain(`<time datetime="${issuedAt}">${formatChileDateTime(issuedAt)}</time>`);
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
    for (const person of [team.head, team.expert]) expect(flat).toContain(people.get(person.id)!.name);
    expect(flat).toContain('<b>sin</b>');
    const act = records.find((r) => r.code === 'EG-2027-ACT-1-v2')!;
    const activity = await pdfText((await downloadPdf(t.http, act.id, team.auditor.token)).body as Buffer);
    expect(activity.flat).toContain('Lista de asistencia.png');
    expect(activity.flat).toContain(sha256(PNG).slice(0, 16));
    // Its second issue (a file was added) still reproduces the entry's first and only version.
    expect(activity.flat).toContain('Código del registro EG-2027-ACT-1-v2 Versión 2');
    expect(activity.flat).toContain('reproduce la versión 1 del documento');
  });

  // For every kind of record: its approval chain is the history's, entry by entry. Expected here
  // from the history itself: the entries naming the record's version (for a certificate, the
  // versions its visa covers), the last of each step, with the name, role and time they carry.
  it('states in every record the approval chain of its history: who, in which role, when', async () => {
    const history = (
      await t.http.get(`/api/cycles/${cycle.cycleId}/history`).set('Authorization', `Bearer ${team.auditor.token}`)
    ).body as HistoryEntry[];
    const visas = history.filter((e) => e.type === 'GRANT_VISA');
    const kinds = new Set<string>();
    for (const record of records.filter((r) => !r.obsolete)) {
      kinds.add(record.kind);
      let steps: HistoryEntry[];
      if (record.kind === 'visa-certificate') {
        const visa = visas[Number(/VOB-(\d)/.exec(record.code)![1]) - 1];
        const same = (e: HistoryEntry) => JSON.stringify(e.documents) === JSON.stringify(visa.documents);
        steps = lastOfEach(
          history.filter((e) => e.seq <= visa.seq && same(e)),
          ['SUBMIT', 'APPROVE', 'GRANT_VISA'],
        );
      } else {
        const names = (e: HistoryEntry) =>
          e.documents.some((d) => d.kind === record.kind && d.sha256 === record.documentSha256);
        steps = lastOfEach(history.filter(names), [
          'DOCUMENT_SAVED',
          'RECORD_REGISTERED',
          'SUBMIT',
          'APPROVE',
          'GRANT_VISA',
          'RECORD_REVIEW',
          'DISSEMINATE',
          'COMPLETE',
        ]);
      }
      const rows = steps.map((e) => {
        const person = people.get(e.actorId!)!;
        const written = e.type === 'DOCUMENT_SAVED' || e.type === 'RECORD_REGISTERED';
        const version = e.documents.find((d) => d.kind === record.kind)?.version;
        const step = written ? `${historyEntryLabel(e.type)} (versión ${version})` : historyEntryLabel(e.type);
        expect(e.actorName).toBe(person.name);
        return `${step} ${person.name} ${person.role} ${formatChileDateTime(e.at)}`;
      });
      const { flat } = await pdfText((await downloadPdf(t.http, record.id, team.auditor.token)).body as Buffer);
      // The rows end where the next section, the note of a record outside a gate or the page does.
      const chain =
        /Cadena de aprobación Paso Nombre Rol Fecha y hora (.*?) (?:Historial de observaciones|Este registro no pasa|Servicio REGISTROS EG-|SHA-256 del documento)/.exec(
          flat,
        )?.[1];
      expect([record.code, chain]).toEqual([record.code, rows.join(' ')]);
    }
    expect(kinds.size).toBe(12);
  });

  it('prints text that reads back letter for letter in every record: agency, people, accents, no ligatures', async () => {
    for (const record of records) {
      const { flat, pages } = await pdfText((await downloadPdf(t.http, record.id, team.auditor.token)).body as Buffer);
      // And its verification box ends the content, never alone on a page of its own.
      expect([record.code, pages.at(-1)!.trim().startsWith('Verificación de autenticidad')]).toEqual([
        record.code,
        false,
      ]);
      const found = (text: string) => [record.code, flat.includes(text) ? text : `falta «${text}»`];
      for (const text of [
        'Servicio REGISTROS',
        'Ministerio de Prueba',
        'Año 2027',
        'Sistema Enfoque de Género',
        'Verificación de autenticidad',
        'Cadena de aprobación',
        record.kind === 'visa-certificate' ? 'Certificado V°B° SERNAM' : 'Página 1 de',
        people.get(record.kind === 'progress-report' ? team.centreLead.id : team.officer.id)!.name,
      ])
        expect(found(text)).toEqual([record.code, text]);
      expect([record.code, flat.match(/[\uFB00-\uFB06]/g)]).toEqual([record.code, null]);
    }
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
    expect(manifest.records).toHaveLength(16);
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
    // The master list has a record's frame, sealed with the cycle's history as it was made.
    const history = (
      await t.http.get(`/api/cycles/${cycle.cycleId}/history`).set('Authorization', `Bearer ${team.auditor.token}`)
    ).body as HistoryEntry[];
    const head = history.at(-1)!;
    expect(verifyRecordSignature(zip.readFile('lista-maestra.pdf')!)).toMatchObject({
      status: 'valid',
      signer: { name: SELF_SIGNED_NAME },
    });
    const masterList = await pdfText(zip.readFile('lista-maestra.pdf')!);
    const first = masterList.pages[0].replace(/\s+/g, ' ');
    for (const text of [
      'Ministerio de Prueba',
      'Servicio REGISTROS',
      'Código del Servicio: REGISTROS',
      'Año 2027',
      'Lista maestra de registros',
      'Código EG-2027-LM Registros 16',
    ])
      expect(first).toContain(text);
    for (const [i, page] of masterList.pages.entries()) {
      const text = page.replace(/\s+/g, ' ');
      expect(text).toContain(`SHA-256 del historial del ciclo (entrada ${head.seq}): ${head.hash}`);
      expect(text).toContain(`Página ${i + 1} de ${masterList.pages.length}`);
      expect(text).toContain(`Verificación: http://localhost/verify/${head.hash}`);
    }
    expect(masterList.flat).toContain('Verificación de autenticidad');
    for (const record of manifest.records) expect(masterList.flat).toContain(record.code);
    expect(masterList.flat).toContain(
      `Visación otorgada por SERNAM: Ximena Órdenes Bravo, SERNAM, Red de Expertos, ${formatChileDateTime(history.filter((e) => e.type === 'GRANT_VISA').at(-1)!.at)}`,
    );
    expect(masterList.flat).not.toMatch(/\(\d{4}-\d{2}-\d{2}\)|\d{4}-\d{2}-\d{2}T/);
    expect((await t.http.get(`/api/verify/${head.hash}`)).body).toEqual({
      valid: true,
      sha256: head.hash,
      matches: 'history',
      record: {
        code: 'EG-2027-LM',
        title: 'Lista maestra de registros',
        kind: 'master-list',
        version: head.seq,
        agency: { code: 'REGISTROS', name: 'Servicio REGISTROS' },
        year: 2027,
        current: true,
        issuedAt: head.at,
      },
    });
    // A list made earlier in the cycle is genuine but no longer current.
    const older = (await t.http.get(`/api/verify/${history[3].hash}`)).body as { record: { current: boolean } };
    expect(older.record.current).toBe(false);
    const page = await t.http.get(`/verify/${head.hash}`);
    expect(page.text).toContain('Lista maestra auténtica');
    expect(page.text).toContain(`Historial hasta la entrada ${head.seq}, del`);
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

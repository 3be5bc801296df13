import { addDays, chileDate } from '../src/common/chile-time';
import { adminToken, assignExpert, Person } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { query } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

// Where every agency stands: experts see their assigned agencies, auditors theirs, admin all.
describe('Panorama de los servicios', () => {
  let t: TestApp;
  let admin: string;
  let team: AgencyTeam;
  let other: AgencyTeam;
  let quoted: string;
  const auth = (p: Person | string) => ({ Authorization: `Bearer ${typeof p === 'string' ? p : p.token}` });
  const today = chileDate(new Date());

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t.http);
    [team, other] = await Promise.all([createTeam(t.http, admin, 'PANO'), createTeam(t.http, admin, 'OTROPANO')]);
    const created = await t.http
      .post('/api/agencies')
      .set(auth(admin))
      // Quotes, our delimiter, and a formula after a comma (a spreadsheet splitting on commas).
      .send({
        code: 'COMILLAS',
        name: 'Servicio "Comillas"; Región de Ñuble,=2+5+3',
        ministry: 'Ministerio de Prueba',
      });
    quoted = created.body.id as string;
    await assignExpert(t.http, admin, quoted, team.expert.id);

    // 2027: a return, a denial and a visa of stage 0, then the diagnostic waits for SERNAM.
    const cycle = await CycleDriver.create(t.http, team, 2027);
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.send(team.officer, 'SUBMIT');
    await cycle.send(team.head, 'RETURN', { comment: 'Completar la razón del producto PE-4.' });
    // Resent unchanged: with a reply (REPLY_REQUIRED otherwise).
    await cycle.send(team.officer, 'SUBMIT', { comment: 'La razón está en la versión enviada.' });
    await cycle.send(team.head, 'APPROVE');
    await cycle.send(team.expert, 'DENY_VISA', { comment: 'Falta la meta de H-2.' });
    await cycle.send(team.officer, 'SUBMIT', { comment: 'La meta de H-2 está en la ficha del indicador.' });
    await cycle.send(team.head, 'APPROVE');
    await cycle.send(team.expert, 'GRANT_VISA');
    await cycle.save(team.officer, 'diagnostic');
    await cycle.send(team.officer, 'SUBMIT');
    await cycle.send(team.head, 'APPROVE');
    await CycleDriver.create(t.http, other, 2027);
    await t.http
      .put('/api/calendar/2027')
      .set(auth(admin))
      .send({ deadlines: [{ gate: 'diagnostic.visa', dueDate: addDays(today, -5) }] });

    // Two indicators measured in 2027: one on target, one off.
    const indicator = (code: string, annualGoal: number) =>
      t.http
        .post(`/api/agencies/${team.agencyId}/indicators`)
        .set(auth(team.officer))
        .send({
          code,
          name: `Indicador ${code}`,
          unit: 'count',
          numerator: 'N° de personas beneficiarias',
          convention: 'share',
          verificationMeans: 'SIGEBEN',
          annualGoal,
        });
    for (const [code, goal] of [
      ['IND-1', 30],
      ['IND-2', 40],
    ] as const) {
      const { body } = await indicator(code, goal);
      await t.http
        .post(`/api/indicators/${body.id}/measurements`)
        .set(auth(team.officer))
        .send({ period: '2027', women: 212, men: 419 });
    }
  });
  afterAll(() => t.close());

  const overview = (as: Person | string, query = '') => t.http.get(`/api/overview${query}`).set(auth(as));

  it('gives an expert every assigned agency at a glance', async () => {
    const response = await overview(team.expert, '?year=2027');
    expect(response.status).toBe(200);
    expect(response.body.items.map((r: { agency: { code: string } }) => r.agency.code)).toEqual(['COMILLAS', 'PANO']);
    const pano = response.body.items[1];
    expect(pano).toMatchObject({
      year: 2027,
      stage: 'diagnostic',
      stageLabel: 'Diagnóstico',
      state: 'diagnostic.approved',
      status: 'open',
      daysInState: 0,
      pendingGate: {
        gate: 'diagnostic.visa',
        label: 'Diagnóstico: visación técnica de SERNAM',
        awaiting: ['sernam_expert'],
        dueDate: addDays(today, -5),
        overdue: true,
      },
      overdue: { deadlines: 1, commitments: 0 },
      returns: 1,
      denials: 1,
      visaTurnaround: { decisions: 2, averageDays: 0 },
      indicators: { measured: 2, offTarget: 1 },
    });
    // An agency without a cycle that year still appears, so that nobody is forgotten.
    expect(response.body.items[0]).toMatchObject({ cycleId: null, stage: null, stageLabel: 'Sin ciclo' });
  });

  it('gives an auditor their agency, the administration all, and others nothing', async () => {
    expect((await overview(team.auditor)).body.items.map((r: { agency: { code: string } }) => r.agency.code)).toEqual([
      'PANO',
    ]);
    const all = await overview(admin, '?year=2027');
    expect(all.body.items.map((r: { agency: { code: string } }) => r.agency.code)).toEqual([
      'COMILLAS',
      'OTROPANO',
      'PANO',
    ]);
    for (const refused of [team.officer, team.head, team.quality, team.centreLead]) {
      const response = await overview(refused);
      expect([response.status, response.body.code]).toEqual([403, 'FORBIDDEN']);
      expect((await t.http.get('/api/overview/export').set(auth(refused))).status).toBe(403);
    }
    const bad = await overview(admin, '?year=antiguo');
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await overview(admin, '?agencia=todas')).status).toBe(400);
  });

  it('exports the same as CSV for Excel: BOM, Spanish headers, every text quoted, formulas inert', async () => {
    const response = await t.http.get('/api/overview/export?year=2027').set(auth(team.expert)).buffer(true);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('panorama-enfoque.csv');
    expect(response.headers['cache-control']).toBe('no-store');
    const text = response.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0].split(';').slice(0, 4)).toEqual(['"Código del servicio"', '"Servicio"', '"Año"', '"Etapa"']);
    expect(lines[1]).toContain('"COMILLAS";"Servicio ""Comillas""; Región de Ñuble,\'=2+5+3";2027;"Sin ciclo"');
    expect(lines[2]).toContain(
      '"PANO";"Servicio PANO";2027;"Diagnóstico";"Diagnóstico: En visación de SERNAM";0;"Diagnóstico: visación técnica de SERNAM";"SERNAM, Red de Expertos"',
    );
    expect(lines).toHaveLength(4); // header, two rows, and the final CRLF
    const comma = await t.http
      .get('/api/overview/export?year=2027&delimiter=comma')
      .set(auth(team.expert))
      .buffer(true);
    const commaLines = comma.text.split('\r\n');
    expect(commaLines[0].startsWith('\uFEFF"Código del servicio","Servicio","Año"')).toBe(true);
    expect(commaLines[1]).toContain('"COMILLAS","Servicio ""Comillas""; Región de Ñuble,\'=2+5+3",2027,"Sin ciclo"');
    const bad = await t.http.get('/api/overview/export?delimiter=tab').set(auth(team.expert));
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('keeps the same totals once a cycle is closed (they are then computed once and kept)', async () => {
    const open = (await overview(admin, '?year=2027')).body.items.find(
      (r: { agency: { code: string } }) => r.agency.code === 'PANO',
    );
    // Closing takes a whole cycle over HTTP; the overview only reads the status column.
    await query(t.database.url, `UPDATE cycles SET status = 'closed' WHERE id = $1`, [open.cycleId]);
    for (let i = 0; i < 2; i++) {
      const closed = (await overview(admin, '?year=2027')).body.items.find(
        (r: { agency: { code: string } }) => r.agency.code === 'PANO',
      );
      expect(closed).toMatchObject({ status: 'closed', returns: 1, denials: 1, visaTurnaround: open.visaTurnaround });
      expect(closed.overdue.deadlines).toBe(0);
    }
  });
});

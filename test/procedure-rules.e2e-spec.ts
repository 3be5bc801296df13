import { query } from './support/test-database';
import { addMember, adminToken, createPerson, Person } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { startTestApp, TestApp } from './support/test-app';
import { readFixture } from './fixtures/cycle';

describe('Reglas del procedimiento', () => {
  let t: TestApp;
  let admin: string;
  let team: AgencyTeam;
  const auth = (p: Person) => ({ Authorization: `Bearer ${p.token}` });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t.http);
    team = await createTeam(t.http, admin, 'REGLAS');
  });
  afterAll(() => t.close());

  it('allows one cycle per agency and year, created by its officer or the admin', async () => {
    await CycleDriver.create(t.http, team, 2030);
    const again = await t.http
      .post(`/api/agencies/${team.agencyId}/cycles`)
      .set(auth(team.officer))
      .send({ year: 2030 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CYCLE_EXISTS');
    const byHead = await t.http.post(`/api/agencies/${team.agencyId}/cycles`).set(auth(team.head)).send({ year: 2031 });
    expect(byHead.status).toBe(403);
    const byAdmin = await t.http
      .post(`/api/agencies/${team.agencyId}/cycles`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ year: 2031 });
    expect(byAdmin.status).toBe(201);
    const badYear = await t.http
      .post(`/api/agencies/${team.agencyId}/cycles`)
      .set(auth(team.officer))
      .send({ year: 'dos mil' });
    expect(badYear.status).toBe(400);
  });

  it('keeps every version with its author and hash, and refuses stale and misplaced edits', async () => {
    const cycle = await CycleDriver.create(t.http, team, 2032);
    const content = readFixture('strategic-definitions');
    const first = await cycle.trySave(team.officer, 'strategic-definitions', content, 0);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const stale = await cycle.trySave(team.centreLead, 'strategic-definitions', content, 0);
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', currentVersion: 1 });
    const second = await cycle.trySave(team.centreLead, 'strategic-definitions', content, 1);
    expect(second.body.version).toBe(2);
    // Same content, same canonical hash, whoever saved it.
    expect(second.body.sha256).toBe(first.body.sha256);
    const document = await cycle.document(team.auditor, 'strategic-definitions');
    expect(document.versions).toEqual([
      expect.objectContaining({ version: 1, authorId: team.officer.id }),
      expect.objectContaining({ version: 2, authorId: team.centreLead.id }),
    ]);

    const notYet = await cycle.trySave(team.officer, 'diagnostic', readFixture('diagnostic'), 0);
    expect(notYet.status).toBe(409);
    expect(notYet.body.code).toBe('NOT_EDITABLE');
    await cycle.send(team.officer, 'SUBMIT');
    const frozen = await cycle.trySave(team.officer, 'strategic-definitions', content, 2);
    expect(frozen.status).toBe(409);
    expect(frozen.body.code).toBe('NOT_EDITABLE');

    const byHead = await cycle.trySave(team.head, 'diagnostic', readFixture('diagnostic'), 0);
    expect(byHead.status).toBe(403);
    const byAuditor = await cycle.trySave(team.auditor, 'diagnostic', {}, 0);
    expect(byAuditor.status).toBe(403);

    await expect(query(t.database.url, 'UPDATE document_versions SET content = $1', ['{}'])).rejects.toThrow(
      /solo anexar/,
    );
  });

  it('answers invalid content with field errors and an unknown kind with 404', async () => {
    const cycle = await CycleDriver.create(t.http, team, 2033);
    const bad = await cycle.trySave(
      team.officer,
      'strategic-definitions',
      { products: [{ id: 'P 1!', appliesGenderFocus: 'sí' }], sobrante: 1 },
      0,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect((bad.body.fields as { path: string }[]).map((f) => f.path)).toEqual(
      expect.arrayContaining(['products[0].id', 'products[0].appliesGenderFocus', 'sobrante']),
    );
    const unknown = await t.http.get(`/api/cycles/${cycle.cycleId}/documents/informe-secreto`).set(auth(team.officer));
    expect(unknown.status).toBe(404);
    const submitEmpty = await cycle.trySend(team.officer, 'SUBMIT');
    expect(submitEmpty.status).toBe(422);
    expect(submitEmpty.body.problems[0]).toEqual({
      path: 'strategic-definitions',
      message: expect.stringContaining('Falta redactar'),
    });
  });

  it('never lets an author approve or visa their own version, even holding both roles', async () => {
    const both = await createPerson(t.http, admin, 'doblerol');
    await addMember(t.http, admin, team.agencyId, both.id, 'gender_officer');
    await addMember(t.http, admin, team.agencyId, both.id, 'agency_head');
    const cycle = await CycleDriver.create(t.http, team, 2034);
    await cycle.save(both, 'strategic-definitions');
    await cycle.send(team.officer, 'SUBMIT');
    expect((await cycle.get(both)).allowedEvents).toEqual([]);
    const self = await cycle.trySend(both, 'APPROVE');
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('SELF_APPROVAL');
    const selfReturn = await cycle.trySend(both, 'RETURN', { comment: 'no' });
    expect(selfReturn.body.code).toBe('SELF_APPROVAL');
    await cycle.send(team.head, 'APPROVE');
  });

  it('lets exactly one of two concurrent approvals through', async () => {
    const cycle = await CycleDriver.create(t.http, team, 2035);
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.send(team.officer, 'SUBMIT');
    const secondHead = await createPerson(t.http, admin, 'jefatura2');
    await addMember(t.http, admin, team.agencyId, secondHead.id, 'agency_head');
    const { revision } = await cycle.get(team.head);
    const results = await Promise.all([
      cycle.trySend(team.head, 'APPROVE', {}, revision),
      cycle.trySend(secondHead, 'APPROVE', {}, revision),
      cycle.trySend(team.head, 'RETURN', { comment: 'carrera' }, revision),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409]);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'STALE_REVISION')).toBe(true);
    const [{ count }] = await query<{ count: string }>(
      t.database.url,
      `SELECT count(*) FROM cycle_events WHERE cycle_id = $1 AND type IN ('APPROVE', 'RETURN')`,
      [cycle.cycleId],
    );
    expect(Number(count)).toBe(1);
    expect((await cycle.get(team.head)).revision).toBe(revision + 1);

    const concurrentSaves = await Promise.all(
      [0, 1, 2].map(() => cycle.trySave(team.officer, 'diagnostic', readFixture('diagnostic'), 0)),
    );
    expect(concurrentSaves.every((r) => r.status === 409)).toBe(true);
  });

  it('detects a stored history row altered behind the application’s back', async () => {
    const cycle = await CycleDriver.create(t.http, team, 2036);
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.send(team.officer, 'SUBMIT');
    await cycle.send(team.head, 'RETURN', { comment: 'Observación original' });
    const history = await t.http.get(`/api/cycles/${cycle.cycleId}/history`).set(auth(team.auditor)).expect(200);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual([
      'CYCLE_CREATED',
      'DOCUMENT_SAVED',
      'SUBMIT',
      'RETURN',
    ]);
    expect(history.body[3]).toMatchObject({
      actorId: team.head.id,
      actorRoles: ['agency_head'],
      stateBefore: 'strategicDefinitions.submitted',
      stateAfter: 'strategicDefinitions.draft',
      comment: 'Observación original',
    });
    const intact = await t.http.get(`/api/cycles/${cycle.cycleId}/history/verify`).set(auth(team.auditor));
    expect(intact.body).toEqual({ valid: true, entries: 4 });

    // An operator with database access bypasses the append-only trigger and edits a comment.
    await query(t.database.url, `ALTER TABLE cycle_events DISABLE TRIGGER cycle_events_append_only`);
    await query(
      t.database.url,
      `UPDATE cycle_events SET comment = 'Observación maquillada' WHERE cycle_id = $1 AND seq = 4`,
      [cycle.cycleId],
    );
    await query(t.database.url, `ALTER TABLE cycle_events ENABLE TRIGGER cycle_events_append_only`);
    const broken = await t.http.get(`/api/cycles/${cycle.cycleId}/history/verify`).set(auth(team.auditor));
    expect(broken.body).toEqual({ valid: false, entries: 4, firstBrokenEntry: 4 });
  });

  it('shows each role what awaits it, with observations for returned work', async () => {
    const inbox = await createTeam(t.http, admin, 'BANDEJA');
    const cycle = await CycleDriver.create(t.http, inbox, 2027);
    await cycle.save(inbox.officer, 'strategic-definitions');
    await cycle.send(inbox.officer, 'SUBMIT');
    const headInbox = await t.http.get('/api/inbox').set(auth(inbox.head)).expect(200);
    expect(headInbox.body).toMatchObject({ total: 1, counts: { APPROVE: 1, RETURN: 1 } });
    expect(headInbox.body.items[0]).toMatchObject({
      cycleId: cycle.cycleId,
      agency: { code: 'BANDEJA' },
      actions: ['APPROVE', 'RETURN'],
    });
    expect((await t.http.get('/api/inbox').set(auth(inbox.expert))).body.total).toBe(0);

    await cycle.send(inbox.head, 'APPROVE');
    const expertInbox = await t.http.get('/api/inbox').set(auth(inbox.expert)).expect(200);
    expect(expertInbox.body.items.map((i: { actions: string[] }) => i.actions)).toEqual([['GRANT_VISA', 'DENY_VISA']]);
    expect((await t.http.get('/api/inbox').set(auth(inbox.head))).body.total).toBe(0);

    await cycle.send(inbox.expert, 'DENY_VISA', { comment: 'Revisar el indicador H-1.' });
    const officerInbox = await t.http.get('/api/inbox?limit=10').set(auth(inbox.officer)).expect(200);
    expect(officerInbox.body.items[0]).toMatchObject({
      actions: ['SUBMIT'],
      observation: { type: 'DENY_VISA', comment: 'Revisar el indicador H-1.' },
    });
    expect((await t.http.get('/api/inbox').set(auth(inbox.auditor))).body.total).toBe(0);
    expect((await t.http.get('/api/inbox?limit=0').set(auth(inbox.officer))).status).toBe(400);
  });
});

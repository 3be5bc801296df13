import { addDays, chileDate } from '../src/common/chile-time';
import { ReminderScheduler } from '../src/reminders/reminder-scheduler.service';
import { CommitmentReminderHandler } from '../src/reminders/commitment-reminder.handler';
import { addMember, adminToken, createPerson, Person } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { driveToFollowUp, programmeWithDeadlines } from './support/follow-up';
import { waitFor } from './support/processes';
import { isReminder, isReminderMail } from './support/reminder-notifications';
import { startSmtpSink, SmtpSink } from './support/smtp-sink';
import { query } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

// An overdue follow-up commitment reminds the right people exactly once, in the application and
// by e-mail; the agency tracks each commitment's status with an audited, concurrency-safe API.
describe('Compromisos del Programa de Seguimiento y sus recordatorios', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  let admin: string;
  let team: AgencyTeam;
  let other: AgencyTeam;
  let cycle: CycleDriver;
  const auth = (p: Person | string) => ({ Authorization: `Bearer ${typeof p === 'string' ? p : p.token}` });
  const today = chileDate(new Date());

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestApp({
      config: { smtpUrl: smtp.url, mailFrom: 'Enfoque <avisos@enfoque.test>', logLevel: 'warn' },
    });
    admin = await adminToken(t.http);
    [team, other] = await Promise.all([createTeam(t.http, admin, 'SEGUIM'), createTeam(t.http, admin, 'OTROSEG')]);
    // C-2 is already overdue; C-1 and C-3 are months away.
    cycle = await driveToFollowUp(
      t.http,
      team,
      2027,
      programmeWithDeadlines({ 'C-1': addDays(today, 120), 'C-2': addDays(today, -2), 'C-3': addDays(today, 200) }),
    );
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const list = (as: Person | string) => t.http.get(`/api/cycles/${cycle.cycleId}/commitments`).set(auth(as));
  // Reminders only: the transitions that drove the cycle here notified people too.
  const notificationsOf = async (p: Person) => {
    const { body } = await t.http.get('/api/notifications?limit=100').set(auth(p));
    const items = (body.items as { id: string; kind: string; read: boolean }[]).filter(isReminder);
    return { body: { items, total: items.length, unread: items.filter((n) => !n.read).length } };
  };
  const reminderMails = () => smtp.messages.filter(isReminderMail);
  // The queue also holds the next day's sweep, so "idle" never comes: give immediate jobs a moment.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));

  it('tracks the commitments of the follow-up programme in force, with the overdue one flagged', async () => {
    const response = await list(team.auditor);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 3, overdue: 1 });
    expect(
      response.body.items.map((c: { itemId: string; status: string; overdue: boolean }) => [
        c.itemId,
        c.status,
        c.overdue,
      ]),
    ).toEqual([
      ['C-2', 'pending', true],
      ['C-1', 'pending', false],
      ['C-3', 'pending', false],
    ]);
    expect(response.body.items[0]).toMatchObject({
      deadline: addDays(today, -2),
      responsible: 'Jefatura del Departamento de Asistencia Técnica',
      revision: 0,
      inProgramme: true,
    });
  });

  it('sends exactly one reminder for the overdue commitment, to the gender officer, in-app and by e-mail', async () => {
    await waitFor(
      async () => ((await notificationsOf(team.officer)).body.total > 0 ? true : undefined),
      'recordatorio',
    );
    // Scheduling again (a restart, the daily sweep) or running the job twice must not send it again.
    await t.app.get(ReminderScheduler).scheduleCommitments();
    await t.app.get(ReminderScheduler).sweep(today);
    await list(team.officer);
    const [c2] = (await list(team.officer)).body.items as { id: string; deadline: string }[];
    const job = { commitmentId: c2.id, deadline: c2.deadline, phase: 'overdue' as const };
    await Promise.all([1, 2, 3].map(() => t.app.get(CommitmentReminderHandler).handle(job)));
    await settle();

    const inbox = await notificationsOf(team.officer);
    expect(inbox.body).toMatchObject({ total: 1, unread: 1 });
    expect(inbox.body.items[0]).toMatchObject({
      kind: 'commitment-overdue',
      title: 'Compromiso vencido: C-2 (SEGUIM 2027)',
      read: false,
      link: { cycleId: cycle.cycleId, commitmentId: expect.any(String) },
    });
    for (const notConcerned of [team.head, team.centreLead, team.quality, team.expert, other.officer]) {
      expect((await notificationsOf(notConcerned)).body.total).toBe(0);
    }
    const rows = await query<{ count: string }>(t.database.url, `SELECT count(*) FROM reminders`);
    expect(Number(rows[0].count)).toBe(1);

    await waitFor(async () => (reminderMails().length > 0 ? true : undefined), 'correo');
    expect(reminderMails()).toHaveLength(1);
    expect(reminderMails()[0]).toMatchObject({ from: 'avisos@enfoque.test', to: [team.officer.email] });
    expect(reminderMails()[0].raw).toContain('Subject: Compromiso vencido: C-2 (SEGUIM 2027)');
  });

  it('marks notifications as read, one or all, and only one’s own', async () => {
    const { body } = await notificationsOf(team.officer);
    const id = body.items[0].id;
    const foreign = await t.http.post(`/api/notifications/${id}/read`).set(auth(team.head));
    expect([foreign.status, foreign.body.code]).toEqual([404, 'NOTIFICATION_NOT_FOUND']);
    const read = await t.http.post(`/api/notifications/${id}/read`).set(auth(team.officer));
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id, read: true, readAt: expect.any(String) });
    const again = await t.http.post(`/api/notifications/${id}/read`).set(auth(team.officer));
    expect(again.body.readAt).toBe(read.body.readAt);
    // Still unread: only the notices of the transitions that brought the cycle here.
    const unread = await t.http.get('/api/notifications?unread=true&limit=100').set(auth(team.officer));
    expect(unread.body.items.map((n: { id: string }) => n.id)).not.toContain(id);
    expect(unread.body.items.filter(isReminder)).toEqual([]);
    expect((await t.http.post('/api/notifications/read-all').set(auth(team.officer))).body).toEqual({
      updated: unread.body.total,
    });
    expect((await t.http.get('/api/notifications?unread=true').set(auth(team.officer))).body).toMatchObject({
      total: 0,
      unread: 0,
    });
    expect((await t.http.post('/api/notifications/read-all').set(auth(team.officer))).body).toEqual({ updated: 0 });
    const bad = await t.http.get('/api/notifications?unread=quizas&limit=0').set(auth(team.officer));
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await t.http.post('/api/notifications/no-es-id/read').set(auth(team.officer))).status).toBe(404);
  });

  it('updates status, evidence and the responsible person with revision checks and an audit trail', async () => {
    const { body } = await list(team.officer);
    const c2 = body.items[0] as { id: string; revision: number };
    const patch = (as: Person | string, change: object) =>
      t.http.patch(`/api/commitments/${c2.id}`).set(auth(as)).send(change);

    const progress = await patch(team.officer, {
      revision: 0,
      status: 'in-progress',
      evidence: 'Convenio con Talca firmado.',
    });
    expect(progress.status).toBe(200);
    expect(progress.body).toMatchObject({
      status: 'in-progress',
      evidence: 'Convenio con Talca firmado.',
      revision: 1,
      overdue: true,
    });

    const stale = await patch(team.centreLead, { revision: 0, status: 'met' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'STALE_REVISION', currentRevision: 1 });

    const unjustified = await patch(team.officer, { revision: 1, status: 'not-met' });
    expect([unjustified.status, unjustified.body.code]).toEqual([422, 'JUSTIFICATION_REQUIRED']);

    const outsider = await createPerson(t.http, admin, 'externa');
    const foreignResponsible = await patch(team.officer, { revision: 1, responsibleUserId: outsider.id });
    expect([foreignResponsible.status, foreignResponsible.body.code]).toEqual([422, 'RESPONSIBLE_NOT_MEMBER']);

    const notMet = await patch(team.head, {
      revision: 1,
      status: 'not-met',
      justification: 'Los municipios de Los Lagos no tenían espacios disponibles.',
      responsibleUserId: team.centreLead.id,
    });
    expect(notMet.status).toBe(200);
    expect(notMet.body).toMatchObject({
      status: 'not-met',
      overdue: false,
      revision: 2,
      responsibleUserId: team.centreLead.id,
    });

    const unchanged = await patch(team.officer, { revision: 2, status: 'not-met' });
    expect(unchanged.body.revision).toBe(2);

    const history = await t.http.get(`/api/commitments/${c2.id}/history`).set(auth(team.auditor));
    expect(history.status).toBe(200);
    expect(
      history.body.map((h: { revision: number; source: string; actorId: string | null }) => [
        h.revision,
        h.source,
        h.actorId,
      ]),
    ).toEqual([
      [0, 'programme', null],
      [1, 'person', team.officer.id],
      [2, 'person', team.head.id],
    ]);
    expect(history.body[2].changes).toEqual({
      status: { from: 'in-progress', to: 'not-met' },
      justification: { from: null, to: 'Los municipios de Los Lagos no tenían espacios disponibles.' },
      responsibleUserId: { from: null, to: team.centreLead.id },
    });
    await expect(query(t.database.url, `DELETE FROM commitment_changes`)).rejects.toThrow(/solo anexar/);

    const bad = await patch(team.officer, { revision: 'dos', status: 'cumplido', evidence: 7 });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(new Set(bad.body.fields.map((f: { path: string }) => f.path))).toEqual(
      new Set(['evidence', 'revision', 'status']),
    );
  });

  it('lets only the agency’s officer side change a commitment, and its readers see it', async () => {
    const { body } = await list(team.officer);
    const c1 = body.items[1] as { id: string; revision: number };
    for (const reader of [team.quality, team.expert, team.auditor, admin]) {
      expect((await list(reader)).status).toBe(200);
      const write = await t.http
        .patch(`/api/commitments/${c1.id}`)
        .set(auth(reader))
        .send({ revision: 0, status: 'met' });
      expect([write.status, write.body.code]).toEqual([403, 'FORBIDDEN']);
    }
    for (const outsider of [other.officer, other.expert, other.auditor]) {
      expect((await list(outsider)).status).toBe(403);
      expect((await t.http.get(`/api/commitments/${c1.id}/history`).set(auth(outsider))).status).toBe(403);
    }
    const missing = await t.http
      .patch('/api/commitments/6f1c2a9e-8d7b-4c3a-9e1f-2b3c4d5e6f70')
      .set(auth(team.officer))
      .send({ revision: 0 });
    expect(missing.status).toBe(404);
    expect(
      (await t.http.get('/api/cycles/6f1c2a9e-8d7b-4c3a-9e1f-2b3c4d5e6f70/commitments').set(auth(admin))).status,
    ).toBe(404);
  });

  it('has nothing to track before the follow-up programme is in force', async () => {
    const early = await CycleDriver.create(t.http, team, 2029);
    expect((await t.http.get(`/api/cycles/${early.cycleId}/commitments`).set(auth(team.officer))).body).toEqual({
      total: 0,
      overdue: 0,
      items: [],
    });
  });

  it('reminds the responsible person instead of the officers when one is set', async () => {
    const lead = await createPerson(t.http, admin, 'responsable');
    await addMember(t.http, admin, other.agencyId, lead.id, 'centre_lead', 'Dirección Regional de Los Lagos');
    const otherCycle = await driveToFollowUp(t.http, other, 2027, programmeWithDeadlines({ 'C-1': addDays(today, 3) }));
    const { body } = await t.http.get(`/api/cycles/${otherCycle.cycleId}/commitments`).set(auth(other.officer));
    const c1 = body.items.find((c: { itemId: string }) => c.itemId === 'C-1');
    // C-1 falls due in three days: its "upcoming" reminder went out at once, to the officer.
    await waitFor(
      async () => ((await notificationsOf(other.officer)).body.total > 0 ? true : undefined),
      'aviso previo',
    );
    expect((await notificationsOf(other.officer)).body.items[0]).toMatchObject({ kind: 'commitment-upcoming' });
    await t.http
      .patch(`/api/commitments/${c1.id}`)
      .set(auth(other.officer))
      .send({ revision: 0, responsibleUserId: lead.id });
    // The overdue reminder fires four days later: move the clock instead of waiting. Two days back,
    // not one: the overdue reminder of yesterday's deadline waits for 09:00 in Chile today.
    await query(t.database.url, `UPDATE commitments SET deadline = $1 WHERE id = $2`, [addDays(today, -2), c1.id]);
    await t.app.get(ReminderScheduler).scheduleCommitments(otherCycle.cycleId);
    await waitFor(
      async () => ((await notificationsOf(lead)).body.total > 0 ? true : undefined),
      'aviso al responsable',
    );
    expect((await notificationsOf(lead)).body.items.map((n: { kind: string }) => n.kind)).toEqual([
      'commitment-overdue',
    ]);
    expect((await notificationsOf(other.officer)).body.total).toBe(1);
  });

  it('reminds the officers, not a responsible person who left the agency, and clears that person on removal', async () => {
    const third = await createTeam(t.http, admin, 'RETIRO');
    const lead = await createPerson(t.http, admin, 'retirada');
    const membershipId = await addMember(t.http, admin, third.agencyId, lead.id, 'centre_lead', 'Dirección de Aysén');
    const thirdCycle = await driveToFollowUp(
      t.http,
      third,
      2027,
      programmeWithDeadlines({ 'C-1': addDays(today, 120), 'C-2': addDays(today, 150), 'C-3': addDays(today, 200) }),
    );
    const commitments = async () =>
      (await t.http.get(`/api/cycles/${thirdCycle.cycleId}/commitments`).set(auth(third.officer))).body.items as {
        id: string;
        itemId: string;
        revision: number;
        responsibleUserId: string | null;
      }[];
    const [c1, c2] = (await commitments()).filter((c) => c.itemId !== 'C-3');
    for (const c of [c1, c2]) {
      const named = await t.http
        .patch(`/api/commitments/${c.id}`)
        .set(auth(third.officer))
        .send({ revision: c.revision, responsibleUserId: lead.id });
      expect(named.status).toBe(200);
    }

    // The membership gone behind the API's back (a removal racing the reminder): checked when sent.
    await query(t.database.url, 'DELETE FROM memberships WHERE id = $1', [membershipId]);
    const deadline = addDays(today, -2);
    await query(t.database.url, 'UPDATE commitments SET deadline = $1 WHERE id = $2', [deadline, c1.id]);
    await t.app.get(CommitmentReminderHandler).handle({ commitmentId: c1.id, deadline, phase: 'overdue' });
    expect((await notificationsOf(lead)).body.total).toBe(0);
    expect((await notificationsOf(third.officer)).body.items).toEqual([
      expect.objectContaining({ kind: 'commitment-overdue', title: 'Compromiso vencido: C-1 (RETIRO 2027)' }),
    ]);

    // Removed through the API: the commitments no longer name the person, and their trail says who did it.
    const again = await addMember(t.http, admin, third.agencyId, lead.id, 'centre_lead', 'Dirección de Aysén');
    await t.http.delete(`/api/agencies/${third.agencyId}/members/${again}`).set(auth(admin)).expect(204);
    expect((await commitments()).map((c) => [c.itemId, c.responsibleUserId])).toEqual([
      ['C-1', null],
      ['C-2', null],
      ['C-3', null],
    ]);
    const history = await t.http.get(`/api/commitments/${c2.id}/history`).set(auth(third.officer)).expect(200);
    expect(history.body.at(-1)).toMatchObject({
      source: 'person',
      actorName: expect.any(String),
      changes: { responsibleUserId: { from: lead.id, to: null } },
    });
  });
});

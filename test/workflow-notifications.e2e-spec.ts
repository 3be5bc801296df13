import { JobQueue } from '../src/jobs/job-queue';
import { JobName } from '../src/jobs/job-names';
import { NotifyWorkflowEventHandler } from '../src/notifications/notify-workflow-event.handler';
import { readFixture } from './fixtures/cycle';
import { addMember, adminToken, Person } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { mailText } from './support/mail-text';
import { waitFor } from './support/processes';
import { startSmtpSink, SmtpSink } from './support/smtp-sink';
import { query } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: { cycleId: string; documentKind?: string };
  agency: { code: string; name: string } | null;
  year: number | null;
  read: boolean;
}

const RETURN_COMMENT = 'Precisar por qué PE-4 no aplica enfoque de género.\nCitar la fuente de la línea base de H-1.';
const DENY_COMMENT = 'El indicador H-2 no tiene meta desagregada por sexo.';
const DOCUMENT = 'Ficha A1 y Formulario H';

// A transition tells the people it concerns, in the application and by e-mail, exactly once:
// the head when a document awaits approval, the agency's experts when it awaits the visa, the
// authors and the gender officers when it comes back with observations, the officers when the
// visa is granted; never the person who acted, never anyone of another agency.
describe('Avisos de los movimientos del ciclo', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  let team: AgencyTeam;
  let other: AgencyTeam;
  let cycle: CycleDriver;
  const auth = (p: Person) => ({ Authorization: `Bearer ${p.token}` });

  const inbox = async (p: Person): Promise<NotificationView[]> => {
    const response = await t.http.get('/api/notifications?limit=100').set(auth(p));
    if (response.status !== 200) throw new Error(`avisos: ${response.status} ${JSON.stringify(response.body)}`);
    return (response.body as { items: NotificationView[] }).items;
  };
  const kinds = async (p: Person) => (await inbox(p)).map((n) => n.kind).reverse();
  const countRows = async () => {
    const [row] = await query<{ notifications: number; emailed: number }>(
      t.database.url,
      `SELECT count(*)::int AS notifications, count(emailed_at)::int AS emailed
         FROM notifications WHERE event_id IS NOT NULL`,
    );
    return { ...row, emails: smtp.messages.length };
  };
  const transitions = () =>
    query<{ id: string; seq: number; type: string }>(
      t.database.url,
      `SELECT id, seq, type FROM cycle_events WHERE cycle_id = $1 AND type NOT IN ('CYCLE_CREATED', 'DOCUMENT_SAVED')
        ORDER BY seq`,
      [cycle.cycleId],
    );
  const edited = (note: string) => {
    const content = readFixture('strategic-definitions') as { products: { reason: string }[] };
    content.products[3].reason += ` ${note}`;
    return content;
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestApp({
      config: { smtpUrl: smtp.url, mailFrom: 'Enfoque <avisos@enfoque.test>', logLevel: 'warn' },
    });
    const admin = await adminToken(t.http);
    [team, other] = await Promise.all([createTeam(t.http, admin, 'AVISOS'), createTeam(t.http, admin, 'AJENOAV')]);
    // A small agency: its head is also a gender officer.
    await addMember(t.http, admin, team.agencyId, team.head.id, 'gender_officer');
    cycle = await CycleDriver.create(t.http, team, 2027);

    // The centre lead writes the first version, the officer the later ones.
    await cycle.save(team.centreLead, 'strategic-definitions');
    await cycle.send(team.officer, 'SUBMIT');
    await cycle.send(team.head, 'RETURN', { comment: RETURN_COMMENT });
    await cycle.save(team.officer, 'strategic-definitions', edited('(corregido)'));
    await cycle.send(team.officer, 'SUBMIT');
    await cycle.send(team.head, 'APPROVE');
    await cycle.send(team.expert, 'DENY_VISA', { comment: DENY_COMMENT });
    await cycle.save(team.officer, 'strategic-definitions', edited('(corregido otra vez)'));
    await cycle.send(team.officer, 'SUBMIT');
    await cycle.send(team.head, 'APPROVE');
    const granted = await cycle.send(team.expert, 'GRANT_VISA', { comment: 'Cumple.' });
    expect(granted.state).toBe('diagnostic.draft');
    // Every transition's notifications are one insert: once the last one's are there, all are.
    let last = {};
    await waitFor(
      async () => {
        const rows = await countRows();
        last = rows;
        return rows.notifications >= 12 && rows.emails >= 12 ? true : undefined;
      },
      () => `avisos y correos: ${JSON.stringify(last)}`,
    );
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('queues one notification job per transition in the outbox, with the entry’s id', async () => {
    const events = await transitions();
    expect(events.map((e) => e.type)).toEqual([
      'SUBMIT',
      'RETURN',
      'SUBMIT',
      'APPROVE',
      'DENY_VISA',
      'SUBMIT',
      'APPROVE',
      'GRANT_VISA',
    ]);
    const jobs = await query<{ job_id: string; payload: unknown }>(
      t.database.url,
      `SELECT job_id, payload FROM outbox_messages WHERE job_name = $1 ORDER BY id`,
      [JobName.NotifyWorkflowEvent],
    );
    expect(jobs).toEqual(
      events.map((e) => ({
        job_id: `notify:${cycle.cycleId}:${e.seq}`,
        payload: { cycleId: cycle.cycleId, seq: e.seq },
      })),
    );
  });

  it('tells each person what concerns them, and nobody else', async () => {
    expect(await kinds(team.head)).toEqual(['SUBMIT', 'SUBMIT', 'DENY_VISA', 'SUBMIT', 'GRANT_VISA']);
    expect(await kinds(team.officer)).toEqual(['RETURN', 'DENY_VISA', 'GRANT_VISA']);
    expect(await kinds(team.centreLead)).toEqual(['RETURN', 'DENY_VISA']);
    expect(await kinds(team.expert)).toEqual(['APPROVE', 'APPROVE']);
    for (const person of [team.quality, team.auditor, other.officer, other.head, other.expert, other.centreLead]) {
      expect(await inbox(person)).toEqual([]);
    }
  });

  it('names the agency, the year, the document and who acted, with a link to the cycle', async () => {
    const [first] = (await inbox(team.head)).slice(-1);
    expect(first).toMatchObject({
      kind: 'SUBMIT',
      read: false,
      title: `Documento enviado a su aprobación: ${DOCUMENT} (AVISOS 2027)`,
      link: { cycleId: cycle.cycleId, documentKind: 'strategic-definitions' },
      agency: { code: 'AVISOS', name: 'Servicio AVISOS' },
      year: 2027,
    });
    expect(first.body).toContain(
      `Persona avisos.oficial (Encargado/a del Sistema Enfoque de Género) envió a aprobación de la Jefatura «${DOCUMENT}».`,
    );
    expect(first.body).toContain('Servicio: Servicio AVISOS (AVISOS), ciclo 2027.');

    const [awaitingVisa] = await inbox(team.expert);
    expect(awaitingVisa.title).toBe(`Documento por visar: ${DOCUMENT} (AVISOS 2027)`);
    expect(awaitingVisa.body).toContain('Persona avisos.jefatura (Jefe/a de Servicio) aprobó');
    expect(awaitingVisa.body).toContain('visación técnica (V°B°)');

    const [granted] = await inbox(team.officer);
    expect(granted).toMatchObject({ kind: 'GRANT_VISA', title: `Visación otorgada: ${DOCUMENT} (AVISOS 2027)` });
    expect(granted.body).toContain('Persona avisos.experta (SERNAM, Red de Expertos) otorgó la visación técnica');
    expect(granted.body).toContain('Queda abierta la etapa «Diagnóstico».');
  });

  it('carries the observations and who made them when a document is returned or its visa denied', async () => {
    const byKind = async (p: Person, kind: string) => (await inbox(p)).filter((n) => n.kind === kind);
    const [returned] = await byKind(team.centreLead, 'RETURN');
    expect(returned.title).toBe(`Documento devuelto con observaciones: ${DOCUMENT} (AVISOS 2027)`);
    expect(returned.body).toContain(
      `Observaciones de Persona avisos.jefatura (Jefe/a de Servicio):\n${RETURN_COMMENT}`,
    );
    expect((await byKind(team.officer, 'RETURN'))[0].body).toBe(returned.body);

    const [denied] = await byKind(team.officer, 'DENY_VISA');
    expect(denied.title).toBe(`Visación denegada: ${DOCUMENT} (AVISOS 2027)`);
    expect(denied.body).toContain(
      `Observaciones de Persona avisos.experta (SERNAM, Red de Expertos):\n${DENY_COMMENT}`,
    );
    expect(denied.body).toContain('vuelve a borrador');
  });

  it('e-mails each person once, what the notification says', async () => {
    const { notifications, emailed } = await countRows();
    expect({ notifications, emailed }).toEqual({ notifications: 12, emailed: 12 });
    expect(smtp.messages).toHaveLength(12);
    for (const message of smtp.messages) {
      expect(message.from).toBe('avisos@enfoque.test');
      expect(message.to).toHaveLength(1);
    }
    const to = (p: Person) => smtp.messages.filter((m) => m.to[0] === p.email).map((m) => mailText(m.raw));
    expect(to(team.head)).toHaveLength(5);
    expect(to(team.expert)).toHaveLength(2);
    expect(to(team.quality)).toEqual([]);
    const denied = to(team.centreLead).find((m) => m.subject.startsWith('Visación denegada'));
    const [inApp] = (await inbox(team.centreLead)).filter((n) => n.kind === 'DENY_VISA');
    expect(denied).toEqual({ subject: inApp.title, text: inApp.body });
  });

  it('writes and sends nothing again when the job runs again, even several at once', async () => {
    const before = await countRows();
    const handler = t.app.get(NotifyWorkflowEventHandler);
    const events = await transitions();
    await Promise.all(
      events.flatMap((e) => [1, 2, 3].map(() => handler.handle({ cycleId: cycle.cycleId, seq: e.seq }))),
    );
    // And through the queue, under a job id it has forgotten.
    for (const e of events) {
      await t.app
        .get(JobQueue)
        .enqueue(
          JobName.NotifyWorkflowEvent,
          { cycleId: cycle.cycleId, seq: e.seq },
          { jobId: `otra-vez:${cycle.cycleId}:${e.seq}` },
        );
    }
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await countRows()).toEqual(before);
    expect(await kinds(team.officer)).toEqual(['RETURN', 'DENY_VISA', 'GRANT_VISA']);
  });

  it('refuses in the database a second notification of one event to one person, or one of no source', async () => {
    const [event] = await transitions();
    const insert = (eventId: string | null) =>
      query(
        t.database.url,
        `INSERT INTO notifications (user_id, event_id, kind, title, body, link)
         VALUES ($1, $2, 'SUBMIT', 'x', 'x', '{}')`,
        [team.head.id, eventId],
      );
    await expect(insert(event.id)).rejects.toMatchObject({ code: '23505' });
    await expect(insert(null)).rejects.toMatchObject({ code: '23514' });
  });

  it('keeps the notification API working: read one, read all', async () => {
    const [latest] = await inbox(team.head);
    const read = await t.http.post(`/api/notifications/${latest.id}/read`).set(auth(team.head));
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: latest.id, read: true, agency: { code: 'AVISOS' }, year: 2027 });
    const all = await t.http.post('/api/notifications/read-all').set(auth(team.head));
    expect(all.body).toEqual({ updated: 4 });
    const unread = await t.http.get('/api/notifications?unread=true').set(auth(team.head));
    expect(unread.body).toMatchObject({ total: 0, unread: 0 });
  });
});

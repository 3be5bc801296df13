import type TestAgent from 'supertest/lib/agent';
import { addDays, chileDate } from '../../src/common/chile-time';
import { readFixture } from '../fixtures/cycle';
import { addMember, adminToken, assignExpert, createAgency, createPerson, Person } from './actors';
import { AgencyTeam, createTeam, CycleDriver } from './cycle-driver';
import { DbWatcher } from './db-fingerprint';
import { programmeWithDeadlines } from './follow-up';
import { waitFor } from './processes';
import { listRecords } from './records';
import { query } from './test-database';
import type { TestApp } from './test-app';

/** A 1×1 PNG: the smallest evidence file whose type is read from its bytes. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4830000000049454e44ae426082',
  'hex',
);

// Two agencies with one person per role, and in agency A a real resource of every kind a route
// parameter can name: a cycle at the follow-up (with its records issued, an activity record with
// evidence, a progress report and the commitments of its follow-up programme), an indicator with
// a measurement and a notification. Nothing is left in flight: no reminder falls due while tests
// run (commitment deadlines are months away and no calendar is set).
export interface World {
  admin: string;
  a: AgencyTeam;
  b: AgencyTeam;
  /** An agency with nothing in it, where `unassignedExpert` is still assigned. */
  agencyC: string;
  /** Was A's expert, unassigned since (and still an expert of C): holds a valid token. */
  unassignedExpert: Person;
  /** Signed in, with no role anywhere. */
  roleless: Person;
  /** A centre lead of A who is none of the callers the tests use; owns `notificationId`. */
  spare: Person;
  /** A gender officer of A whose account was deactivated after signing in. */
  deactivated: Person;
  year: number;
  cycle: CycleDriver;
  activityId: string;
  progressId: string;
  evidenceId: string;
  record: { id: string; pdfSha256: string };
  indicatorId: string;
  commitment: { id: string; revision: number };
  notificationId: string;
  /** An observation the head attached to an item of A's diagnostic when returning it (answered no more: visaed). */
  observationId: string;
  /** A membership of agency B (a real one, of another agency than A). */
  membershipOfB: string;
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

function created<T>(response: { status: number; body: unknown }, what: string, status = 201): T {
  if (response.status !== status)
    throw new Error(`${what}: esperaba ${status}, llegó ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

export async function buildWorld(t: TestApp, codePrefix: string): Promise<World> {
  const http: TestAgent = t.http;
  const admin = await adminToken(http);
  const [a, b, agencyC, unassignedExpert, roleless, spare, deactivated] = await Promise.all([
    createTeam(http, admin, `${codePrefix}A`),
    createTeam(http, admin, `${codePrefix}B`),
    createAgency(http, admin, `${codePrefix}C`),
    createPerson(http, admin, 'experta-retirada'),
    createPerson(http, admin, 'sin-rol'),
    createPerson(http, admin, 'reserva'),
    createPerson(http, admin, 'desactivada'),
  ]);

  await assignExpert(http, admin, a.agencyId, unassignedExpert.id);
  await assignExpert(http, admin, agencyC, unassignedExpert.id);
  created(
    await http.delete(`/api/agencies/${a.agencyId}/experts/${unassignedExpert.id}`).set(bearer(admin)),
    'retirar experta',
    204,
  );
  await addMember(http, admin, a.agencyId, spare.id, 'centre_lead', 'Dirección Regional de Aysén');
  const membershipOfB = await addMember(http, admin, b.agencyId, spare.id, 'quality_team');
  await addMember(http, admin, a.agencyId, deactivated.id, 'gender_officer');
  created(
    await http.patch(`/api/users/${deactivated.id}`).set(bearer(admin)).send({ active: false }),
    'desactivar persona',
    200,
  );

  const year = 2027;
  const cycle = await CycleDriver.create(http, a, year);
  await cycle.save(a.officer, 'strategic-definitions');
  await cycle.passGate(a);
  await cycle.save(a.officer, 'diagnostic');
  await cycle.send(a.officer, 'SUBMIT');
  await cycle.send(a.head, 'RETURN', {
    observations: [{ kind: 'diagnostic', path: 'products/PE-1/inequities/INQ-1/gap', itemId: 'INQ-1', text: 'Brecha' }],
  });
  const observations = await http.get(`/api/cycles/${cycle.cycleId}/observations`).set(bearer(a.officer.token));
  const [{ id: observationId }] = created<{ items: { id: string }[] }>(observations, 'observaciones', 200).items;
  // Sent back unchanged: with a reply (REPLY_REQUIRED otherwise).
  await cycle.send(a.officer, 'SUBMIT', { comment: 'La brecha está cuantificada en la versión enviada.' });
  await cycle.send(a.head, 'APPROVE');
  await cycle.send(a.expert, 'GRANT_VISA');
  await cycle.save(a.officer, 'plan');
  await cycle.save(a.officer, 'work-programme');
  await cycle.passGate(a);
  const activityId = (await cycle.register(a.officer, 'activity-records', readFixture('activity-record'))).id;
  const progressId = (await cycle.register(a.centreLead, 'progress-reports', readFixture('progress-report'))).id;
  const evidence = created<{ id: string }>(
    await http
      .post(`/api/cycles/${cycle.cycleId}/activity-records/${activityId}/evidence`)
      .set(bearer(a.officer.token))
      .attach('file', PNG, 'lista-de-asistencia.png'),
    'adjuntar medio de verificación',
  );
  await cycle.send(a.officer, 'FINISH_IMPLEMENTATION');
  await cycle.save(a.officer, 'evaluation');
  const today = chileDate(new Date());
  await cycle.save(
    a.officer,
    'follow-up-programme',
    programmeWithDeadlines({ 'C-1': addDays(today, 200), 'C-2': addDays(today, 250), 'C-3': addDays(today, 300) }),
  );
  const state = (await cycle.passGate(a)).state;
  if (state !== 'followUp.inProgress') throw new Error(`esperaba followUp.inProgress, llegó ${state}`);

  const indicator = created<{ id: string }>(
    await http.post(`/api/agencies/${a.agencyId}/indicators`).set(bearer(a.officer.token)).send({
      code: 'H-9',
      name: 'Ingreso medio mensual de personas ocupadas',
      unit: 'amount',
      numerator: 'Ingreso medio mensual de la ocupación principal',
      convention: 'relative',
      verificationMeans: 'Encuesta Suplementaria de Ingresos, INE',
      baseline: -35,
      annualGoal: -30,
    }),
    'crear indicador',
  );
  created(
    await http
      .post(`/api/indicators/${indicator.id}/measurements`)
      .set(bearer(a.officer.token))
      .send({ period: '2024', women: 410486, men: 601311 }),
    'registrar medición',
  );

  const commitments = await waitFor(async () => {
    const response = await http.get(`/api/cycles/${cycle.cycleId}/commitments`).set(bearer(a.officer.token));
    const items = (response.body as { items?: { id: string; revision: number }[] }).items ?? [];
    return items.length > 0 ? items : undefined;
  }, 'compromisos del programa vigente');

  const records = await waitFor(
    async () => {
      const listed = await listRecords(http, cycle.cycleId, a.auditor.token);
      return listed.length >= 10 && listed.every((r) => r.status === 'issued') ? listed : undefined;
    },
    'registros emitidos',
    90_000,
  );
  const record = records.find((r) => !r.obsolete && r.sha256);
  if (!record?.sha256) throw new Error('sin registro emitido');

  // Each transition above notified people in a job of its own: once background work has
  // settled, mark those notices read, so that "mark all read" by any caller writes nothing.
  const watcher = await DbWatcher.open(t.database.url);
  try {
    await watcher.settle();
  } finally {
    await watcher.close();
  }
  await query(
    t.database.url,
    'UPDATE notifications SET read_at = now() WHERE event_id IS NOT NULL AND read_at IS NULL',
  );

  // Reminders are written by a job that fires days before a due date; the notification a
  // reminder leaves is inserted as that job would, for a person no test signs in as.
  const [{ id: notificationId }] = await query<{ id: string }>(
    t.database.url,
    `WITH reminder AS (
       INSERT INTO reminders (dedupe_key, kind, cycle_id, commitment_id, due_date, recipient_ids, subject, body)
       VALUES ($1, 'commitment-overdue', $2, $3, $4, ARRAY[$5]::uuid[], 'Compromiso vencido', 'Compromiso vencido')
       RETURNING id)
     INSERT INTO notifications (user_id, reminder_id, kind, title, body, link)
     SELECT $5, reminder.id, 'commitment-overdue', 'Compromiso vencido', 'El compromiso venció.', $6::jsonb
       FROM reminder RETURNING id`,
    [
      `prueba:${commitments[0].id}`,
      cycle.cycleId,
      commitments[0].id,
      addDays(today, -1),
      spare.id,
      JSON.stringify({ cycleId: cycle.cycleId, commitmentId: commitments[0].id }),
    ],
  );

  return {
    admin,
    a,
    b,
    agencyC,
    unassignedExpert,
    roleless,
    spare,
    deactivated,
    year,
    cycle,
    activityId,
    progressId,
    evidenceId: evidence.id,
    record: { id: record.id, pdfSha256: record.sha256 },
    indicatorId: indicator.id,
    commitment: { id: commitments[0].id, revision: commitments[0].revision },
    notificationId,
    observationId,
    membershipOfB,
  };
}

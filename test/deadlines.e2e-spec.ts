import { addDays, chileDate } from '../src/common/chile-time';
import { ReminderScheduler } from '../src/reminders/reminder-scheduler.service';
import { adminToken, Person } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { waitFor } from './support/processes';
import { isReminder } from './support/reminder-notifications';
import { query } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

// The yearly calendar of due dates per gate, its per-cycle overrides, and the reminders to
// whoever the cycle awaits at that gate.
describe('Plazos por compuerta y recordatorios', () => {
  let t: TestApp;
  let admin: string;
  let late: AgencyTeam;
  let onTime: AgencyTeam;
  let lateCycle: CycleDriver;
  const auth = (p: Person | string) => ({ Authorization: `Bearer ${typeof p === 'string' ? p : p.token}` });
  const today = chileDate(new Date());
  const year = Number(today.slice(0, 4));
  const calendar = [
    { gate: 'strategicDefinitions.submission', dueDate: addDays(today, -2) },
    { gate: 'strategicDefinitions.approval', dueDate: addDays(today, 3) },
    { gate: 'diagnostic.submission', dueDate: addDays(today, 90) },
  ];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t.http);
    [late, onTime] = await Promise.all([createTeam(t.http, admin, 'ATRASO'), createTeam(t.http, admin, 'ALDIA')]);
    lateCycle = await CycleDriver.create(t.http, late, year);
    // This agency submitted in time: its head has the approval still to do.
    const onTimeCycle = await CycleDriver.create(t.http, onTime, year);
    await onTimeCycle.save(onTime.officer, 'strategic-definitions');
    await onTimeCycle.send(onTime.officer, 'SUBMIT');
  });
  afterAll(() => t.close());

  const notifications = async (p: Person) =>
    ((await t.http.get('/api/notifications').set(auth(p))).body.items as { kind: string; title: string }[]).filter(
      isReminder,
    );

  it('lets the administration set the year’s calendar, and everyone read it', async () => {
    const set = await t.http.put(`/api/calendar/${year}`).set(auth(admin)).send({ deadlines: calendar });
    expect(set.status).toBe(200);
    expect(set.body.deadlines.map((d: { gate: string }) => d.gate)).toEqual(calendar.map((d) => d.gate));
    expect(set.body.deadlines[0].label).toBe('Ficha A1 y Formulario H: envío a la Jefatura');
    const read = await t.http.get(`/api/calendar/${year}`).set(auth(late.auditor));
    expect(read.body).toEqual(set.body);
    expect((await t.http.put(`/api/calendar/${year}`).set(auth(late.officer)).send({ deadlines: [] })).status).toBe(
      403,
    );
    expect((await t.http.put(`/api/calendar/${year}`).set(auth(late.expert)).send({ deadlines: [] })).status).toBe(403);
  });

  it('refuses a bad calendar with a code', async () => {
    const cases: [string, object, string][] = [
      [`${year}`, { deadlines: [{ gate: 'diagnostic.lunch', dueDate: today }] }, 'VALIDATION_FAILED'],
      [`${year}`, { deadlines: [{ gate: 'diagnostic.visa', dueDate: '2027-02-30' }] }, 'VALIDATION_FAILED'],
      [`${year}`, { deadlines: 'mañana' }, 'VALIDATION_FAILED'],
      [
        `${year}`,
        {
          deadlines: [
            { gate: 'diagnostic.visa', dueDate: today },
            { gate: 'diagnostic.visa', dueDate: today },
          ],
        },
        'DUPLICATE_GATE',
      ],
      ['dos-mil', { deadlines: [] }, 'INVALID_YEAR'],
      ['1999', { deadlines: [] }, 'INVALID_YEAR'],
    ];
    for (const [path, body, code] of cases) {
      const response = await t.http.put(`/api/calendar/${path}`).set(auth(admin)).send(body);
      expect([response.status, response.body.code]).toEqual([400, code]);
    }
  });

  it('reminds whoever the cycle awaits: overdue now, upcoming within the week, nothing for far dates', async () => {
    await waitFor(async () => ((await notifications(late.officer)).length >= 2 ? true : undefined), 'recordatorios');
    expect((await notifications(late.officer)).map((n) => n.kind).sort()).toEqual([
      'deadline-overdue',
      'deadline-upcoming',
    ]);
    // The approval is the head's to do, but this cycle awaits its officer: the officer is told.
    expect(await notifications(late.head)).toEqual([]);
    // The cycle that submitted in time gets no overdue notice; its head hears of the approval.
    await waitFor(
      async () => ((await notifications(onTime.head)).length > 0 ? true : undefined),
      'aviso a la jefatura',
    );
    expect((await notifications(onTime.head)).map((n) => n.title)).toEqual([
      `Plazo próximo: Ficha A1 y Formulario H: aprobación de la Jefatura (ALDIA ${year})`,
    ]);
    expect(await notifications(onTime.officer)).toEqual([]);

    // Setting the same calendar again, or sweeping, sends nothing twice.
    await t.http.put(`/api/calendar/${year}`).set(auth(admin)).send({ deadlines: calendar });
    await t.app.get(ReminderScheduler).sweep(today);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await notifications(late.officer)).toHaveLength(2);
    const [{ count }] = await query<{ count: string }>(t.database.url, 'SELECT count(*) FROM reminders');
    expect(Number(count)).toBe(3);
  });

  it('overrides a date for one cycle, and shows each cycle its effective deadlines', async () => {
    const path = `/api/cycles/${lateCycle.cycleId}/deadlines`;
    const before = await t.http.get(path).set(auth(late.officer));
    expect(before.body.deadlines[0]).toMatchObject({
      gate: 'strategicDefinitions.submission',
      source: 'calendar',
      pending: true,
      overdue: true,
      daysLeft: -2,
    });
    const extension = addDays(today, 10);
    expect(
      (
        await t.http
          .put(path)
          .set(auth(late.officer))
          .send({ deadlines: [{ gate: 'diagnostic.visa', dueDate: extension }] })
      ).status,
    ).toBe(403);
    const extended = await t.http
      .put(path)
      .set(auth(admin))
      .send({ deadlines: [{ gate: 'strategicDefinitions.submission', dueDate: extension }] });
    expect(extended.status).toBe(200);
    expect(
      extended.body.deadlines.find((d: { gate: string }) => d.gate === 'strategicDefinitions.submission'),
    ).toMatchObject({
      dueDate: extension,
      source: 'cycle',
      overdue: false,
      daysLeft: 10,
    });
    const back = await t.http
      .put(path)
      .set(auth(admin))
      .send({ deadlines: [{ gate: 'strategicDefinitions.submission', dueDate: null }] });
    expect(back.body.deadlines[0]).toMatchObject({ source: 'calendar', overdue: true });
    expect((await t.http.get(path).set(auth(onTime.officer))).status).toBe(403);
    const bad = await t.http
      .put(path)
      .set(auth(admin))
      .send({ deadlines: [{ gate: 'diagnostic.visa' }] });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});

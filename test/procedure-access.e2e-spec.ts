import { adminToken, Person } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { startTestApp, TestApp } from './support/test-app';
import { readFixture } from './fixtures/cycle';

// The authorisation matrix of the procedure, written out here as the specification: each
// role × each event × own agency / other agency / unassigned expert, at every kind of state.
const SENDER: Record<string, string> = {
  SUBMIT: 'officer',
  APPROVE: 'head',
  RETURN: 'head',
  GRANT_VISA: 'expert',
  DENY_VISA: 'expert',
  REQUEST_ADJUSTMENT: 'officer',
  FINISH_IMPLEMENTATION: 'officer',
  RECORD_REVIEW: 'head',
  DISSEMINATE: 'officer',
  COMPLETE: 'officer',
};
const EVENTS = Object.keys(SENDER);
const ACCEPTED: Record<string, string[]> = {
  'strategicDefinitions.draft': ['SUBMIT'],
  'strategicDefinitions.submitted': ['APPROVE', 'RETURN'],
  'strategicDefinitions.approved': ['GRANT_VISA', 'DENY_VISA'],
  'implementation.inProgress': ['REQUEST_ADJUSTMENT', 'FINISH_IMPLEMENTATION'],
  'followUp.inProgress': ['RECORD_REVIEW'],
  'dissemination.pending': ['DISSEMINATE'],
  'standardisation.pending': ['COMPLETE'],
};
const INSIDE = ['officer', 'centreLead', 'head', 'quality', 'expert'] as const;
const OUTSIDE = ['auditor', 'otherOfficer', 'otherHead', 'unassignedExpert', 'admin'] as const;

describe('Matriz de autorización de los eventos del ciclo', () => {
  let t: TestApp;
  let team: AgencyTeam;
  let other: AgencyTeam;
  let cycle: CycleDriver;
  let people: Record<(typeof INSIDE)[number] | (typeof OUTSIDE)[number], Person>;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await adminToken(t.http);
    team = await createTeam(t.http, admin, 'MATRIZ');
    other = await createTeam(t.http, admin, 'OTRO');
    people = {
      officer: team.officer,
      centreLead: team.centreLead,
      head: team.head,
      quality: team.quality,
      expert: team.expert,
      auditor: team.auditor,
      otherOfficer: other.officer,
      otherHead: other.head,
      unassignedExpert: other.expert,
      admin: { id: '', email: '', token: admin },
    };
    cycle = await CycleDriver.create(t.http, team, 2027);
  });
  afterAll(() => t.close());

  async function checkMatrix(state: string): Promise<string[]> {
    const current = await cycle.get(team.officer);
    expect(current.state).toBe(state);
    const failures: string[] = [];
    for (const name of [...INSIDE, ...OUTSIDE]) {
      const person = people[name];
      const inside = (INSIDE as readonly string[]).includes(name);
      if (inside) {
        const expected = ACCEPTED[state].filter((event) => SENDER[event] === name);
        const { allowedEvents } = await cycle.get(person);
        if (JSON.stringify(allowedEvents) !== JSON.stringify(expected))
          failures.push(`${state} ${name} allowedEvents ${JSON.stringify(allowedEvents)}`);
      }
      for (const event of EVENTS) {
        const accepted = ACCEPTED[state].includes(event);
        if (inside && accepted && SENDER[event] === name) continue; // allowed: exercised by the flow below
        const expected = !inside ? [403, 'FORBIDDEN'] : !accepted ? [409, 'EVENT_NOT_ALLOWED'] : [403, 'FORBIDDEN'];
        const response = await cycle.trySend(person, event, { comment: 'observación' }, current.revision);
        if (response.status !== expected[0] || response.body.code !== expected[1]) {
          failures.push(
            `${state} ${name} ${event}: ${response.status} ${response.body.code} (esperado ${expected.join(' ')})`,
          );
        }
      }
    }
    expect((await cycle.get(team.officer)).revision).toBe(current.revision);
    return failures;
  }

  it('allows each event only to its role in its own agency, in every kind of state', async () => {
    const failures: string[] = [];
    failures.push(...(await checkMatrix('strategicDefinitions.draft')));
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.send(team.officer, 'SUBMIT');
    failures.push(...(await checkMatrix('strategicDefinitions.submitted')));
    await cycle.send(team.head, 'APPROVE');
    failures.push(...(await checkMatrix('strategicDefinitions.approved')));
    await cycle.send(team.expert, 'GRANT_VISA');
    await cycle.save(team.officer, 'diagnostic');
    await cycle.passGate(team);
    await cycle.save(team.officer, 'plan');
    await cycle.save(team.officer, 'work-programme');
    await cycle.passGate(team);
    failures.push(...(await checkMatrix('implementation.inProgress')));
    await cycle.register(team.officer, 'activity-records', readFixture('activity-record'));
    await cycle.send(team.officer, 'FINISH_IMPLEMENTATION');
    await cycle.save(team.officer, 'evaluation');
    await cycle.save(team.officer, 'follow-up-programme');
    await cycle.passGate(team);
    failures.push(...(await checkMatrix('followUp.inProgress')));
    await cycle.save(team.quality, 'management-review');
    await cycle.send(team.head, 'RECORD_REVIEW');
    failures.push(...(await checkMatrix('dissemination.pending')));
    await cycle.save(team.officer, 'dissemination');
    await cycle.send(team.officer, 'DISSEMINATE');
    failures.push(...(await checkMatrix('standardisation.pending')));
    expect(failures).toEqual([]);
  });

  it('keeps reading to the agency, its experts and its auditors', async () => {
    const paths = [
      `/api/cycles/${cycle.cycleId}`,
      `/api/cycles/${cycle.cycleId}/documents/plan`,
      `/api/cycles/${cycle.cycleId}/history`,
      `/api/cycles/${cycle.cycleId}/activity-records`,
    ];
    for (const path of paths) {
      for (const name of ['officer', 'centreLead', 'head', 'quality', 'expert', 'auditor', 'admin'] as const) {
        expect([
          name,
          path,
          (await t.http.get(path).set('Authorization', `Bearer ${people[name].token}`)).status,
        ]).toEqual([name, path, 200]);
      }
      for (const name of ['otherOfficer', 'otherHead', 'unassignedExpert'] as const) {
        expect([
          name,
          path,
          (await t.http.get(path).set('Authorization', `Bearer ${people[name].token}`)).status,
        ]).toEqual([name, path, 403]);
      }
    }
  });
});

import { addDays, chileDate } from '../src/common/chile-time';
import { readFixture } from './fixtures/cycle';
import { adminToken, Person } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { startTestApp, TestApp } from './support/test-app';

interface InboxBody {
  total: number;
  counts: Record<string, unknown> & {
    byAgency: Record<string, number>;
    byStage: Record<string, number>;
    byAction: Record<string, number>;
    overdue: number;
    total: number;
  };
  items: {
    cycleId: string;
    agency: { id: string; code: string };
    year: number;
    stage: string;
    state: string;
    since: string;
    awaitingSince: string;
    actions: string[];
    documents: { kind: string; status: string | null; version: number; writable: boolean; count?: number }[];
    dueDate: string | null;
    dueLabel: string | null;
    overdue: boolean;
    observation: { type: string; comment: string } | null;
  }[];
}

// The Bandeja: per item the documents concerned, the due date of the gate's next milestone,
// whether it is overdue, filters with their counts, the centre leads' drafts, and nothing of
// an agency the caller does not belong to.
describe('Bandeja', () => {
  let t: TestApp;
  let admin: string;
  let team: AgencyTeam;
  let other: AgencyTeam;
  // 2040: strategic definitions to write, overdue. 2041: a diagnostic for the head, due in a
  // month. 2042: implementation, with one activity record.
  let drafting: CycleDriver;
  let approving: CycleDriver;
  let implementing: CycleDriver;
  let foreign: CycleDriver;
  const today = chileDate(new Date());
  const auth = (p: Person | string) => ({ Authorization: `Bearer ${typeof p === 'string' ? p : p.token}` });
  const inbox = async (p: Person, query = '') => {
    const response = await t.http.get(`/api/inbox${query}`).set(auth(p));
    expect([query, response.status]).toEqual([query, 200]);
    return response.body as InboxBody;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t.http);
    [team, other] = await Promise.all([createTeam(t.http, admin, 'BANDEJA'), createTeam(t.http, admin, 'AJENA')]);
    const calendar = async (year: number, deadlines: { gate: string; dueDate: string }[]) => {
      const response = await t.http.put(`/api/calendar/${year}`).set(auth(admin)).send({ deadlines });
      expect(response.status).toBe(200);
    };
    await calendar(2040, [
      { gate: 'strategicDefinitions.submission', dueDate: addDays(today, -1) },
      { gate: 'strategicDefinitions.visa', dueDate: addDays(today, 20) },
    ]);
    await calendar(2041, [
      { gate: 'diagnostic.submission', dueDate: addDays(today, -10) },
      { gate: 'diagnostic.approval', dueDate: addDays(today, 30) },
    ]);
    await calendar(2042, [{ gate: 'planning.visa', dueDate: addDays(today, -5) }]);

    drafting = await CycleDriver.create(t.http, team, 2040);
    await drafting.save(team.centreLead, 'strategic-definitions');

    approving = await CycleDriver.create(t.http, team, 2041);
    await approving.save(team.officer, 'strategic-definitions');
    await approving.passGate(team);
    await approving.save(team.officer, 'diagnostic');
    await approving.send(team.officer, 'SUBMIT');

    implementing = await CycleDriver.create(t.http, team, 2042);
    await implementing.save(team.officer, 'strategic-definitions');
    await implementing.passGate(team);
    await implementing.save(team.officer, 'diagnostic');
    await implementing.passGate(team);
    await implementing.save(team.officer, 'plan');
    await implementing.save(team.centreLead, 'work-programme');
    await implementing.passGate(team);
    await implementing.register(team.officer, 'activity-records', readFixture('activity-record'));

    foreign = await CycleDriver.create(t.http, other, 2040);
    await foreign.save(other.officer, 'strategic-definitions');
    await foreign.send(other.officer, 'SUBMIT');
  }, 120_000);
  afterAll(() => t.close());

  it('gives the officer each item’s documents, due date and whether it is overdue', async () => {
    const body = await inbox(team.officer);
    expect(body.items.map((i) => i.cycleId)).toEqual([drafting.cycleId, implementing.cycleId]);
    const [draft, running] = body.items;
    expect(draft).toMatchObject({
      agency: { id: team.agencyId, code: 'BANDEJA' },
      year: 2040,
      state: 'strategicDefinitions.draft',
      actions: ['SUBMIT'],
      documents: [{ kind: 'strategic-definitions', status: 'draft', version: 1, writable: true }],
      dueDate: addDays(today, -1),
      dueLabel: 'Ficha A1 y Formulario H: envío a la Jefatura',
      overdue: true,
      observation: null,
    });
    expect(draft.awaitingSince).toBe(draft.since);
    expect(running).toMatchObject({
      year: 2042,
      state: 'implementation.inProgress',
      actions: ['REQUEST_ADJUSTMENT', 'FINISH_IMPLEMENTATION'],
      documents: [
        { kind: 'activity-record', status: 'registered', version: 1, writable: true, count: 1 },
        { kind: 'progress-report', status: null, version: 0, writable: true, count: 0 },
      ],
      // The planning gate's visa date has passed, but that gate is behind this cycle.
      dueDate: null,
      dueLabel: null,
      overdue: false,
    });
  });

  it('gives the head the submitted diagnostic with the approval’s date, not the passed submission’s', async () => {
    const body = await inbox(team.head);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      cycleId: approving.cycleId,
      stage: 'diagnostic',
      actions: ['APPROVE', 'RETURN'],
      documents: [{ kind: 'diagnostic', status: 'submitted', version: 1, writable: false }],
      dueDate: addDays(today, 30),
      dueLabel: 'Diagnóstico: aprobación de la Jefatura',
      overdue: false,
    });
    expect(body.counts).toMatchObject({ APPROVE: 1, RETURN: 1, byAction: { APPROVE: 1, RETURN: 1 }, total: 1 });
  });

  it('shows a centre lead the documents they may write, though the cycle awaits the officer', async () => {
    const body = await inbox(team.centreLead);
    expect(body.items.map((i) => [i.year, i.actions, i.documents.map((d) => [d.kind, d.writable])])).toEqual([
      [2040, [], [['strategic-definitions', true]]],
      [
        2042,
        [],
        [
          ['activity-record', true],
          ['progress-report', true],
        ],
      ],
    ]);
    // Neither the quality team nor the auditor writes any of these.
    expect((await inbox(team.quality)).total).toBe(0);
    expect((await inbox(team.auditor)).total).toBe(0);
  });

  it('filters by agency, stage and overdue, counting each dimension over everything', async () => {
    const all = await inbox(team.officer);
    const counts = {
      byAgency: { [team.agencyId]: 2 },
      byStage: { strategicDefinitions: 1, implementation: 1 },
      byAction: { SUBMIT: 1, REQUEST_ADJUSTMENT: 1, FINISH_IMPLEMENTATION: 1 },
      overdue: 1,
      total: 2,
    };
    expect(all.counts).toEqual({ ...counts, SUBMIT: 1, REQUEST_ADJUSTMENT: 1, FINISH_IMPLEMENTATION: 1 });
    const cases: [string, string[]][] = [
      ['?overdue=true', [drafting.cycleId]],
      ['?overdue=false', [implementing.cycleId]],
      ['?stage=implementation', [implementing.cycleId]],
      ['?stage=diagnostic', []],
      [`?agencyId=${team.agencyId}&stage=strategicDefinitions&overdue=true`, [drafting.cycleId]],
      [`?agencyId=${other.agencyId}`, []],
      ['?limit=1&offset=1', [implementing.cycleId]],
    ];
    for (const [query, expected] of cases) {
      const body = await inbox(team.officer, query);
      expect([query, body.items.map((i) => i.cycleId), body.total]).toEqual([
        query,
        expected,
        query.startsWith('?limit') ? 2 : expected.length,
      ]);
      expect(body.counts).toMatchObject(counts);
    }
  });

  it('shows nothing of another agency', async () => {
    for (const p of [team.officer, team.centreLead, team.head, team.expert]) {
      const body = await inbox(p);
      expect(body.items.every((i) => i.agency.id === team.agencyId)).toBe(true);
      expect(Object.keys(body.counts.byAgency).filter((id) => id !== team.agencyId)).toEqual([]);
    }
    // The other agency's head has its submission, due by the visa's date (the approval has none).
    const head = await inbox(other.head);
    expect(head.items.map((i) => [i.cycleId, i.agency.code, i.dueDate])).toEqual([
      [foreign.cycleId, 'AJENA', addDays(today, 20)],
    ]);
    expect((await inbox(other.expert)).total).toBe(0);
  });

  it('refuses bad filters with Spanish messages', async () => {
    for (const query of ['?stage=almuerzo', '?overdue=quizas', '?agencyId=no-es-uuid', '?estado=abierto', '?limit=0']) {
      const response = await t.http.get(`/api/inbox${query}`).set(auth(team.officer));
      expect([query, response.status, response.body.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }
    const response = await t.http.get('/api/inbox?stage=almuerzo').set(auth(team.officer));
    expect(JSON.stringify(response.body)).toContain('stage debe ser una de');
  });
});

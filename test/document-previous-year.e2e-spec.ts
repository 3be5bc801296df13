import { addDays, chileDate } from '../src/common/chile-time';
import { validateContent } from '../src/documents/content';
import { readFixture } from './fixtures/cycle';
import { adminToken, type Person } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { programmeWithDeadlines } from './support/follow-up';
import { IND_1 } from './support/indicator-examples';
import { startTestApp, TestApp } from './support/test-app';

// Starting a document from last year's: the same agency's document of the same kind in t−1, at the
// last version SERNAM gave its visa to (not a later draft); and the evaluation proposed from the
// plan, the indicators' measurements and last year's commitments as the tracker has them.

type Diagnostic = { missionAnalysis: { mission: string } } & Record<string, unknown>;
const RETURNED_MISSION = 'Versión devuelta por la Jefatura.';
const REVISED_MISSION = 'Versión corregida tras la devolución, visada por SERNAM.';
const LATER_MISSION = 'Borrador posterior a la revisión por la Dirección, sin visación.';

describe('Partir del documento visado del año anterior y del informe de evaluación propuesto', () => {
  let t: TestApp;
  let team: AgencyTeam;
  let other: AgencyTeam;
  let year1: CycleDriver;
  let year2: CycleDriver;
  const auth = (p: Person) => ({ Authorization: `Bearer ${p.token}` });
  const diagnosticWith = (mission: string): Diagnostic => {
    const fixture = readFixture('diagnostic') as Diagnostic;
    return { ...fixture, missionAnalysis: { ...fixture.missionAnalysis, mission } };
  };
  const previousYear = (cycle: CycleDriver, kind: string, as: Person = team.officer) =>
    t.http.get(`/api/cycles/${cycle.cycleId}/documents/${kind}/previous-year`).set(auth(as));
  const prefill = (cycle: CycleDriver, as: Person = team.officer) =>
    t.http.get(`/api/cycles/${cycle.cycleId}/documents/evaluation/prefill`).set(auth(as));

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await adminToken(t.http);
    [team, other] = await Promise.all([createTeam(t.http, admin, 'ANTERIOR'), createTeam(t.http, admin, 'AJENO')]);

    // 2027: the diagnostic is returned once, visaed at version 2, and reopened by the management
    // review, which leaves a version 3 never visaed.
    year1 = await CycleDriver.create(t.http, team, 2027);
    await year1.save(team.officer, 'strategic-definitions');
    await year1.passGate(team);
    await year1.save(team.officer, 'diagnostic', diagnosticWith(RETURNED_MISSION));
    await year1.send(team.officer, 'SUBMIT');
    await year1.send(team.head, 'RETURN', { comment: 'Precisar la misión.' });
    await year1.save(team.officer, 'diagnostic', diagnosticWith(REVISED_MISSION));
    await year1.passGate(team);
    await year1.save(team.officer, 'plan');
    await year1.save(team.officer, 'work-programme');
    await year1.passGate(team);
    await year1.register(team.officer, 'activity-records', readFixture('activity-record'));
    await year1.send(team.officer, 'FINISH_IMPLEMENTATION');
    await year1.save(team.officer, 'evaluation');
    const today = chileDate(new Date());
    await year1.save(
      team.officer,
      'follow-up-programme',
      programmeWithDeadlines({ 'C-1': addDays(today, 100), 'C-2': addDays(today, 150), 'C-3': addDays(today, 200) }),
    );
    await year1.passGate(team);
    // The agency tracks its commitments: C-1 met, C-2 not met (justified), C-3 still pending.
    const tracked = await t.http.get(`/api/cycles/${year1.cycleId}/commitments`).set(auth(team.officer));
    const byItem = new Map((tracked.body.items as { id: string; itemId: string }[]).map((c) => [c.itemId, c.id]));
    for (const [itemId, change] of [
      ['C-1', { status: 'met' }],
      ['C-2', { status: 'not-met', justification: 'El proveedor no entregó el estudio a tiempo.' }],
    ] as const) {
      const patched = await t.http
        .patch(`/api/commitments/${byItem.get(itemId)}`)
        .set(auth(team.officer))
        .send({ revision: 0, ...change });
      expect(patched.status).toBe(200);
    }
    const review = readFixture('management-review') as { decisions: Record<string, object> };
    await year1.save(team.quality, 'management-review', {
      ...review,
      decisions: { ...review.decisions, modifyDiagnostic: { required: true, reason: 'Nuevos datos del censo.' } },
    });
    expect((await year1.send(team.head, 'RECORD_REVIEW')).state).toBe('diagnostic.draft');
    await year1.save(team.officer, 'diagnostic', diagnosticWith(LATER_MISSION));

    year2 = await CycleDriver.create(t.http, team, 2028);
  }, 180_000);
  afterAll(() => t.close());

  it('answers the last version of t−1 that SERNAM visaed, with when, not a later draft', async () => {
    const diagnostic = await year1.document(team.officer, 'diagnostic');
    expect(diagnostic.version).toBe(3);
    const history = await t.http.get(`/api/cycles/${year1.cycleId}/history`).set(auth(team.officer));
    const visa = (history.body as { type: string; at: string; documents: { kind: string; version: number }[] }[])
      .filter((e) => e.type === 'GRANT_VISA' && e.documents.some((d) => d.kind === 'diagnostic'))
      .at(-1);
    expect(visa?.documents).toEqual([expect.objectContaining({ kind: 'diagnostic', version: 2 })]);

    const response = await previousYear(year2, 'diagnostic');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      year: 2027,
      version: 2,
      grantedAt: visa?.at,
      content: diagnosticWith(REVISED_MISSION),
    });
    const strategic = await previousYear(year2, 'strategic-definitions', team.auditor);
    expect(strategic.status).toBe(200);
    expect(strategic.body).toMatchObject({ year: 2027, version: 1, content: readFixture('strategic-definitions') });
    // Read as the documents are: by the agency's readers and its SERNAM expert.
    for (const reader of [team.head, team.centreLead, team.quality, team.expert]) {
      expect((await previousYear(year2, 'plan', reader)).status).toBe(200);
    }
  });

  it('answers 404 NO_PREVIOUS_VERSION in Spanish when there is no previous year or no visaed version', async () => {
    const first = await previousYear(year1, 'diagnostic');
    expect(first.status).toBe(404);
    expect(first.body).toMatchObject({ code: 'NO_PREVIOUS_VERSION', message: expect.stringMatching(/ciclo 2026/) });
    // Standardisation never goes to SERNAM; 2027's management review never went through a gate.
    for (const kind of ['standardisation', 'management-review']) {
      const never = await previousYear(year2, kind);
      expect([never.status, never.body.code]).toEqual([404, 'NO_PREVIOUS_VERSION']);
      expect(never.body.message).toMatch(/de 2027 no tiene una versión visada por SERNAM/);
    }
    // Only the documents of which a cycle has one.
    for (const kind of ['activity-record', 'no-existe']) {
      const unknown = await previousYear(year2, kind);
      expect([unknown.status, unknown.body.code]).toEqual([404, 'DOCUMENT_NOT_FOUND']);
    }
  });

  it('refuses another agency’s people on both routes', async () => {
    for (const outsider of [other.officer, other.head, other.expert, other.auditor]) {
      const previous = await previousYear(year2, 'diagnostic', outsider);
      expect([previous.status, previous.body.code]).toEqual([403, 'FORBIDDEN']);
      const proposed = await prefill(year2, outsider);
      expect([proposed.status, proposed.body.code]).toEqual([403, 'FORBIDDEN']);
    }
  });

  it('proposes the evaluation from the plan, the measurements and last year’s tracked commitments: valid content', async () => {
    // 2028 reaches its plan; IND-1 is registered and measured in 2028, IND-2 and IND-3 are not.
    await year2.saveFixture(team.officer, 'strategic-definitions', 2028);
    await year2.passGate(team);
    await year2.saveFixture(team.officer, 'diagnostic', 2028);
    await year2.passGate(team);
    await year2.saveFixture(team.officer, 'plan', 2028);
    const indicator = await t.http
      .post(`/api/agencies/${team.agencyId}/indicators`)
      .set(auth(team.officer))
      .send(IND_1);
    expect(indicator.status).toBe(201);
    const measured = await t.http
      .post(`/api/indicators/${indicator.body.id}/measurements`)
      .set(auth(team.officer))
      .send({ period: '2028', women: 250, men: 400 });
    expect(measured.status).toBe(201);

    const response = await prefill(year2, team.auditor);
    expect(response.status).toBe(200);
    const plan = readFixture('plan', 2028) as {
      generalObjective: { id: string };
      specificObjectives: { id: string }[];
      measures: { id: string }[];
      indicators: { code: string }[];
    };
    expect(response.body).toEqual({
      year: 2028,
      previousYear: 2027,
      content: {
        objectivesProgress: [plan.generalObjective, ...plan.specificObjectives].map((o) => ({ objectiveId: o.id })),
        measuresProgress: plan.measures.map((m) => ({ measureId: m.id })),
        indicatorResults: [
          { indicatorCode: 'IND-1', result: expect.stringMatching(/^2028: mujeres 250, hombres 400; /) },
          { indicatorCode: 'IND-2' },
          { indicatorCode: 'IND-3' },
        ],
        previousYearFollowUp: [
          { commitmentId: 'C-1', status: 'met' },
          { commitmentId: 'C-2', status: 'not-met', justification: 'El proveedor no entregó el estudio a tiempo.' },
          { commitmentId: 'C-3' },
        ],
      },
      notes: [
        'No hay un indicador registrado con el código IND-2.',
        'No hay un indicador registrado con el código IND-3.',
      ],
    });
    expect(plan.indicators.map((i) => i.code)).toEqual(['IND-1', 'IND-2', 'IND-3']);
    expect(validateContent('evaluation', response.body.content)).toMatchObject({ ok: true });

    // The first year has no previous programme: nothing to report on, and it says so.
    const first = await prefill(year1);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ year: 2027, previousYear: null, content: { previousYearFollowUp: [] } });
    expect(first.body.notes).toContain('No hay programa de seguimiento del año anterior: su sección queda vacía.');
    expect(validateContent('evaluation', first.body.content)).toMatchObject({ ok: true });
  });
});

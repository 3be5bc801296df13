import { query } from './support/test-database';
import { adminToken } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { startTestApp, TestApp } from './support/test-app';
import { readFixture } from './fixtures/cycle';

// Two consecutive years of one agency over HTTP, as the guide's flowchart draws them.
describe('El procedimiento completo, dos años seguidos', () => {
  let t: TestApp;
  let team: AgencyTeam;
  let year1: CycleDriver;

  beforeAll(async () => {
    t = await startTestApp();
    team = await createTeam(t.http, await adminToken(t.http), 'SENAFOR');
  });
  afterAll(() => t.close());

  it('runs year one with a return, a visa denial, an adjustment and a review that sends it back to planning', async () => {
    year1 = await CycleDriver.create(t.http, team, 2027);
    const created = await year1.get(team.officer);
    expect(created).toMatchObject({ state: 'strategicDefinitions.draft', status: 'open', revision: 0 });
    expect(created.allowedEvents).toEqual(['SUBMIT']);

    // Stage 0 with a return by the head and a denial by SERNAM.
    await year1.save(team.officer, 'strategic-definitions');
    await year1.send(team.officer, 'SUBMIT');
    expect((await year1.get(team.head)).allowedEvents).toEqual(['APPROVE', 'RETURN']);
    const noComment = await year1.trySend(team.head, 'RETURN');
    expect(noComment.status).toBe(400);
    expect(noComment.body.code).toBe('COMMENT_REQUIRED');
    await year1.send(team.head, 'RETURN', { comment: 'Falta justificar el producto PE-4.' });
    await year1.save(team.centreLead, 'strategic-definitions');
    await year1.send(team.officer, 'SUBMIT');
    await year1.send(team.head, 'APPROVE');
    await year1.send(team.expert, 'DENY_VISA', { comment: 'El indicador H-2 no tiene meta.' });
    const denied = await year1.document(team.officer, 'strategic-definitions');
    expect(denied.status).toBe('draft');
    expect(denied.observations.map((o) => [o.type, o.comment])).toEqual([
      ['RETURN', 'Falta justificar el producto PE-4.'],
      ['DENY_VISA', 'El indicador H-2 no tiene meta.'],
    ]);
    await year1.save(team.officer, 'strategic-definitions');
    await year1.send(team.officer, 'SUBMIT');
    // After a denial the expert cannot act until the head approves the new version.
    const early = await year1.trySend(team.expert, 'GRANT_VISA');
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'EVENT_NOT_ALLOWED', allowed: ['APPROVE', 'RETURN'] });
    await year1.send(team.head, 'APPROVE');
    expect((await year1.send(team.expert, 'GRANT_VISA')).state).toBe('diagnostic.draft');
    expect((await year1.document(team.auditor, 'strategic-definitions')).status).toBe('visa-granted');

    // Stages 1 and 2.
    await year1.save(team.officer, 'diagnostic');
    expect((await year1.passGate(team)).state).toBe('planning.draft');
    await year1.save(team.officer, 'plan');
    await year1.save(team.centreLead, 'work-programme');
    expect((await year1.passGate(team)).state).toBe('implementation.inProgress');

    // Stage 3 with an adjustment that goes through the planning gate again.
    await year1.register(team.officer, 'activity-records', readFixture('activity-record'));
    await year1.register(team.centreLead, 'progress-reports', readFixture('progress-report'));
    expect((await year1.send(team.officer, 'REQUEST_ADJUSTMENT', { comment: 'Recorte presupuestario.' })).state).toBe(
      'implementation.adjustment.draft',
    );
    await year1.save(team.officer, 'work-programme');
    expect((await year1.passGate(team)).state).toBe('implementation.inProgress');
    expect((await year1.send(team.officer, 'FINISH_IMPLEMENTATION')).state).toBe('evaluation.draft');

    // Stage 4, then a review that asks to modify the plan.
    await year1.save(team.officer, 'evaluation');
    await year1.save(team.officer, 'follow-up-programme');
    expect((await year1.passGate(team)).state).toBe('followUp.inProgress');
    const review = readFixture('management-review') as {
      decisions: Record<string, { required: boolean; reason: string }>;
    };
    await year1.save(team.quality, 'management-review', {
      ...review,
      decisions: { ...review.decisions, modifyPlan: { required: true, reason: 'Ajustar metas al nuevo presupuesto.' } },
    });
    expect((await year1.send(team.head, 'RECORD_REVIEW')).state).toBe('planning.draft');

    // Back through planning, implementation and evaluation, then a review that changes nothing.
    await year1.save(team.officer, 'plan');
    expect((await year1.passGate(team)).state).toBe('implementation.inProgress');
    await year1.send(team.officer, 'FINISH_IMPLEMENTATION');
    expect((await year1.passGate(team)).state).toBe('followUp.inProgress');
    await year1.save(team.head, 'management-review');
    expect((await year1.send(team.head, 'RECORD_REVIEW')).state).toBe('dissemination.pending');
    await year1.save(team.officer, 'dissemination');
    expect((await year1.send(team.officer, 'DISSEMINATE')).state).toBe('standardisation.pending');
    await year1.save(team.centreLead, 'standardisation');
    const closed = await year1.send(team.officer, 'COMPLETE');
    expect(closed.state).toBe('closed');
    const final = await year1.get(team.auditor);
    expect(final.status).toBe('closed');
    expect(final.allowedEvents).toEqual([]);
    expect(final.documents.find((d) => d.kind === 'standardisation')?.status).toBe('registered');

    const verify = await t.http
      .get(`/api/cycles/${year1.cycleId}/history/verify`)
      .set('Authorization', `Bearer ${team.auditor.token}`);
    expect(verify.body).toMatchObject({ valid: true });
    expect(verify.body.entries).toBeGreaterThan(40);
  });

  it('links year two to year one and makes its evaluation report on year one’s commitments', async () => {
    const year2 = await CycleDriver.create(t.http, team, 2028);
    const cycles = await t.http
      .get(`/api/agencies/${team.agencyId}/cycles`)
      .set('Authorization', `Bearer ${team.head.token}`);
    expect(cycles.body.map((c: { year: number }) => c.year)).toEqual([2028, 2027]);
    const [{ previous_cycle_id }] = await query<{ previous_cycle_id: string }>(
      t.database.url,
      'SELECT previous_cycle_id FROM cycles WHERE id = $1',
      [year2.cycleId],
    );
    expect(previous_cycle_id).toBe(year1.cycleId);

    for (const kind of ['strategic-definitions', 'diagnostic'] as const) {
      await year2.saveFixture(team.officer, kind, 2028);
      await year2.passGate(team);
    }
    await year2.saveFixture(team.officer, 'plan', 2028);
    await year2.saveFixture(team.officer, 'work-programme', 2028);
    await year2.passGate(team);
    await year2.register(team.officer, 'activity-records', readFixture('activity-record'));
    await year2.send(team.officer, 'FINISH_IMPLEMENTATION');

    // The first-year evaluation says nothing of the 2027 commitments: the gate refuses it.
    await year2.saveFixture(team.officer, 'evaluation', 2027);
    await year2.saveFixture(team.officer, 'follow-up-programme', 2028);
    const incomplete = await year2.trySend(team.officer, 'SUBMIT');
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.code).toBe('INCOMPLETE');
    const problems = incomplete.body.problems as { path: string; message: string }[];
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.message).join(' ')).toMatch(/C-1/);

    await year2.saveFixture(team.officer, 'evaluation', 2028);
    expect((await year2.passGate(team)).state).toBe('followUp.inProgress');
  });
});

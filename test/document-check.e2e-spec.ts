import { readFixture } from './fixtures/cycle';
import { adminToken } from './support/actors';
import { createTeam, CycleDriver, type AgencyTeam } from './support/cycle-driver';
import { startTestApp, TestApp } from './support/test-app';

// "Revisar" (POST …/documents/:kind/check) answers what a SUBMIT would refuse, for what is typed or
// saved, field by field in Spanish, to whoever may read the document; and sending back unchanged
// documents after a return or a denied visa asks for a reply (issue 10).
describe('Revisar un documento y responder al reenviar', () => {
  let t: TestApp;
  let team: AgencyTeam;
  let other: AgencyTeam;
  let cycle: CycleDriver;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const check = (token: string, kind: string, body: object = {}) =>
    t.http.post(`/api/cycles/${cycle.cycleId}/documents/${kind}/check`).set(auth(token)).send(body);
  type Problem = { path: string; kind: string; label: string; message: string };

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await adminToken(t.http);
    [team, other] = await Promise.all([createTeam(t.http, admin, 'RVA'), createTeam(t.http, admin, 'RVB')]);
    cycle = await CycleDriver.create(t.http, team, 2030);
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.passGate(team);
  });
  afterAll(() => t.close());

  it('says a document never written is missing, and checks what is typed as SUBMIT would, saving nothing', async () => {
    const empty = await check(team.officer.token, 'diagnostic').expect(200);
    expect(empty.body).toEqual({
      complete: false,
      problems: [
        {
          path: 'diagnostic',
          kind: 'diagnostic',
          label: 'Informe de Diagnóstico',
          message: 'Falta redactar «Informe de Diagnóstico».',
        },
      ],
    });

    const typed = { missionAnalysis: { mission: 'Promover la micro y pequeña empresa.' } };
    const half = await check(team.officer.token, 'diagnostic', { content: typed }).expect(200);
    const problems = half.body.problems as Problem[];
    expect(half.body.complete).toBe(false);
    expect(problems).toContainEqual({
      path: 'diagnostic.missionAnalysis.inequitiesAndGaps',
      kind: 'diagnostic',
      label: 'Análisis de la misión institucional › Inequidades y brechas de género en el ámbito del Servicio',
      message: 'Faltan las inequidades y brechas de género del ámbito del servicio.',
    });
    expect(problems.some((p) => p.path === 'diagnostic.missionAnalysis.mission')).toBe(false);
    expect((await cycle.document(team.officer, 'diagnostic')).version).toBe(0);

    // Saved as typed, SUBMIT refuses it with exactly these problems.
    await cycle.save(team.officer, 'diagnostic', typed);
    const refused = await cycle.trySend(team.officer, 'SUBMIT');
    expect([refused.status, refused.body.code]).toEqual([422, 'INCOMPLETE']);
    expect(refused.body.problems).toEqual(problems.map(({ path, message }) => ({ path, message })));
    // Without a body, the saved version is checked: the same answer.
    expect((await check(team.officer.token, 'diagnostic').expect(200)).body).toEqual(half.body);

    const full = await check(team.officer.token, 'diagnostic', { content: readFixture('diagnostic') }).expect(200);
    expect(full.body).toEqual({ complete: true, problems: [] });
    expect((await cycle.document(team.officer, 'diagnostic')).version).toBe(1);
  });

  it('answers whoever may read the cycle, refuses another agency, and validates what is typed like a save', async () => {
    const asAuditor = await check(team.auditor.token, 'diagnostic').expect(200);
    expect(asAuditor.body.complete).toBe(false);
    const foreign = await check(other.officer.token, 'diagnostic');
    expect([foreign.status, foreign.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(typeof foreign.body.message).toBe('string');

    const invalid = await check(team.officer.token, 'diagnostic', { content: { mision: 'x' } });
    expect([invalid.status, invalid.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(invalid.body.fields[0].message).toMatch(/^«mision» no es un campo de este documento; los campos son: /);
    const notObject = await check(team.officer.token, 'diagnostic', { content: 'texto' });
    expect(notObject.body.fields).toEqual([{ path: 'content', message: 'El contenido debe ser un objeto.' }]);
    await check(team.officer.token, 'presupuesto').expect(404);
  });

  it('names the other document of the same submission when it is the one missing', async () => {
    await cycle.save(team.officer, 'diagnostic');
    await cycle.passGate(team);
    const plan = await check(team.officer.token, 'plan', { content: readFixture('plan') }).expect(200);
    expect(plan.body.problems).toEqual([
      {
        path: 'work-programme',
        kind: 'work-programme',
        label: 'Programa de Trabajo Anual',
        message: 'Falta redactar «Programa de Trabajo Anual».',
      },
    ]);
  });

  it('asks for a reply when unchanged documents are sent back after a return or a denied visa', async () => {
    await cycle.save(team.officer, 'plan');
    await cycle.save(team.officer, 'work-programme');
    await cycle.send(team.officer, 'SUBMIT');
    await cycle.send(team.head, 'RETURN', { comment: 'Falta precisar la meta de la medida M-1.' });

    const before = await cycle.get(team.officer);
    const silent = await cycle.trySend(team.officer, 'SUBMIT', { comment: '   ' });
    expect([silent.status, silent.body.code]).toEqual([422, 'REPLY_REQUIRED']);
    expect(silent.body.message).toMatch(/^Los documentos no cambiaron desde que la Jefatura los devolvió: escriba/);
    const after = await cycle.get(team.officer);
    expect([after.state, after.revision]).toEqual([before.state, before.revision]);

    await cycle.send(team.officer, 'SUBMIT', { comment: 'La meta ya estaba precisada en la columna «Meta».' });
    await cycle.send(team.head, 'APPROVE');
    await cycle.send(team.expert, 'DENY_VISA', { comment: 'La meta no es medible.' });
    const denied = await cycle.trySend(team.officer, 'SUBMIT');
    expect([denied.status, denied.body.code]).toEqual([422, 'REPLY_REQUIRED']);
    expect(denied.body.message).toMatch(/^Los documentos no cambiaron desde que SERNAM denegó la visación/);

    // A new version of one of them is the answer: no reply needed.
    await cycle.save(team.officer, 'work-programme');
    const resent = await cycle.send(team.officer, 'SUBMIT');
    expect(resent.state).not.toBe(after.state);
  });
});

import { pdfText } from '../templates/testing/pdf-text';
import { readFixture } from './fixtures/cycle';
import { adminToken, Person } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { downloadPdf, waitForIssued } from './support/records';
import { startTestApp, TestApp } from './support/test-app';
import { IND_1 } from './support/indicator-examples';

// The evaluation record charts, for each indicator its report cites, the agency's values for
// women and men across periods: what the officer measured, as the record's readers get it.

const IND_2 = {
  code: 'IND-2',
  name: 'Tasa de término de mujeres en cursos de asistencia técnica',
  product: 'PE-2',
  unit: 'percent',
  numerator: 'N° de mujeres que finalizan cursos de asistencia técnica en el año t',
  denominator: 'N° de mujeres inscritas en cursos de asistencia técnica en el año t',
  convention: 'difference',
  goalOn: 'women',
  verificationMeans: 'Informe anual de la plataforma de cursos',
  baseline: 64.5,
  annualGoal: 70,
};

describe('Gráfico por sexo en el Informe de Evaluación', () => {
  let t: TestApp;
  let team: AgencyTeam;
  let other: AgencyTeam;
  const auth = (p: Person) => ({ Authorization: `Bearer ${p.token}` });

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await adminToken(t.http);
    [team, other] = await Promise.all([createTeam(t.http, admin, 'GRAFICO'), createTeam(t.http, admin, 'OTROGRAF')]);
  }, 60_000);
  afterAll(() => t.close());

  async function indicator(owner: AgencyTeam, body: object, measurements: object[]): Promise<void> {
    const created = await t.http.post(`/api/agencies/${owner.agencyId}/indicators`).set(auth(owner.officer)).send(body);
    expect(created.status).toBe(201);
    for (const measurement of measurements) {
      const measured = await t.http
        .post(`/api/indicators/${created.body.id}/measurements`)
        .set(auth(owner.officer))
        .send(measurement);
      expect(measured.status).toBe(201);
    }
  }

  it('draws the cited indicators’ values for women and men, period by period', async () => {
    await indicator(team, IND_1, [
      { period: '2027', women: 212, men: 419 },
      { period: '2025', women: 180, men: 390 },
      { period: '2024', women: null, men: 377 },
      { period: '2026', women: 199, men: 402 },
      // After the evaluated year: not part of the 2027 report.
      { period: '2028', women: 250, men: 401 },
    ]);
    await indicator(team, IND_2, [
      { period: '2026', women: 68.1, men: 80.4 },
      { period: '2027', women: 71.3, men: 81 },
    ]);
    // The same code in another agency is another indicator, and is not charted here.
    await indicator(other, IND_1, [{ period: '2026', women: 999, men: 998 }]);

    const cycle = await CycleDriver.create(t.http, team, 2027);
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.passGate(team);
    await cycle.save(team.officer, 'diagnostic');
    await cycle.passGate(team);
    await cycle.save(team.officer, 'plan');
    await cycle.save(team.officer, 'work-programme');
    await cycle.passGate(team);
    await cycle.register(team.officer, 'activity-records', readFixture('activity-record'));
    await cycle.send(team.officer, 'FINISH_IMPLEMENTATION');
    await cycle.save(team.officer, 'evaluation');
    await cycle.save(team.officer, 'follow-up-programme');
    await cycle.passGate(team);

    // A1H, DIAG, PLAN, PTA, ACT, EVAL, SEG and the four visa certificates.
    const records = await waitForIssued(t.http, cycle.cycleId, team.auditor.token, 11);
    const evaluation = records.find((r) => r.code === 'EG-2027-EVAL-v1');
    expect(evaluation).toBeDefined();
    const response = await downloadPdf(t.http, evaluation?.id ?? '', team.auditor.token);
    expect(response.status).toBe(200);
    const flat = (await pdfText(response.body as Buffer)).flat;

    const start = flat.indexOf('Resultados de los indicadores por sexo');
    const end = flat.indexOf('Recomendaciones', start);
    expect(start).toBeGreaterThan(-1);
    const section = flat.slice(start, end);
    expect(section).toContain(`IND-1 ${IND_1.name}`);
    expect(section).toContain(`IND-2 ${IND_2.name}`);
    expect(section).toContain('Mujeres (barra izquierda) Hombres (barra derecha)');
    expect(section).toContain('Período 2024 2025 2026 2027 Mujeres s/d 180 199 212 Hombres 377 390 402 419');
    expect(section).toContain('Período 2026 2027 Mujeres 68,1 % 71,3 % Hombres 80,4 % 81,0 %');
    expect(section).toContain('sin barra en el gráfico: 2024 (mujeres).');
    // The fixture's evaluation also cites IND-3, which the agency never registered.
    expect(section).not.toContain('IND-3');
    expect(section).not.toContain('2028');
    expect(section).not.toContain('999');
  }, 120_000);
});

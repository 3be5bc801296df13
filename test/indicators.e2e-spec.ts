import { adminToken, Person } from './support/actors';
import { AgencyTeam, createTeam, CycleDriver } from './support/cycle-driver';
import { startTestApp, TestApp } from './support/test-app';
import { IND_1 } from './support/indicator-examples';

const INCOMES = {
  code: 'H-9',
  name: 'Ingreso medio mensual de personas ocupadas',
  unit: 'amount',
  numerator: 'Ingreso medio mensual de la ocupación principal',
  convention: 'relative',
  verificationMeans: 'Encuesta Suplementaria de Ingresos, INE',
  baseline: -35,
  annualGoal: -30,
};

describe('Indicadores con datos desagregados por sexo', () => {
  let t: TestApp;
  let admin: string;
  let team: AgencyTeam;
  let other: AgencyTeam;
  const auth = (p: Person | string) => ({ Authorization: `Bearer ${typeof p === 'string' ? p : p.token}` });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t.http);
    [team, other] = await Promise.all([createTeam(t.http, admin, 'INDIC'), createTeam(t.http, admin, 'OTRAIND')]);
  });
  afterAll(() => t.close());

  const create = (as: Person | string, body: object, agencyId = team.agencyId) =>
    t.http.post(`/api/agencies/${agencyId}/indicators`).set(auth(as)).send(body);

  it('computes the gaps under the stored convention: INE incomes → relative gap −31.7 %', async () => {
    const created = await create(team.officer, INCOMES);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: 'H-9',
      convention: 'relative',
      parityBand: { lower: 0.97, upper: 1.03 },
    });
    const measured = await t.http
      .post(`/api/indicators/${created.body.id}/measurements`)
      .set(auth(team.centreLead))
      .send({ period: '2024', women: 410486, men: 601311 });
    expect(measured.status).toBe(201);
    expect(measured.body).toMatchObject({
      period: '2024',
      women: 410486,
      men: 601311,
      gaps: { difference: -190825, ratio: 0.6827, share: 40.57, relative: -31.7348, withinParity: false },
      goalProgress: { value: -31.7348, goal: -30, met: false, progress: 65.3 },
    });
    expect(measured.body.gaps.relative).toBeCloseTo(-31.7, 1);
  });

  it('reports missing data and division by zero with a reason, never a server error', async () => {
    const { body: indicator } = await create(team.officer, { ...IND_1, code: 'IND-Z', convention: 'ratio' });
    const noMen = await t.http
      .post(`/api/indicators/${indicator.id}/measurements`)
      .set(auth(team.officer))
      .send({ period: '2025', women: 12, men: 0 });
    expect(noMen.status).toBe(201);
    expect(noMen.body.gaps).toMatchObject({ ratio: null, relative: null, withinParity: null, difference: 12 });
    expect(noMen.body.gaps.reasons.ratio).toContain('dividir por cero');
    const missing = await t.http
      .post(`/api/indicators/${indicator.id}/measurements`)
      .set(auth(team.officer))
      .send({ period: '2026-S1', women: null, men: 40, notReported: 3 });
    expect(missing.status).toBe(201);
    expect(missing.body).toMatchObject({
      notReported: 3,
      gaps: { share: null, ratio: null },
      goalProgress: { met: null },
    });
    expect(missing.body.gaps.reasons.share).toBe('Falta el dato de mujeres.');
  });

  it('refuses bad input with a code and field errors', async () => {
    const bad = await create(team.officer, {
      ...IND_1,
      code: 'mal código',
      unit: 'litros',
      convention: 'eurostat',
      annualGoal: 'mucho',
      parityBand: { lower: 1.2, upper: 0.9 },
      formula: 'eval(1)',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining([
        'code',
        'unit',
        'convention',
        'annualGoal',
        'parityBand.lower',
        'parityBand.upper',
        'formula',
      ]),
    );
    expect((await create(team.officer, IND_1)).status).toBe(201);
    const again = await create(team.centreLead, IND_1);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INDICATOR_CODE_TAKEN');
    // The same code in another agency is another indicator.
    expect((await create(other.officer, IND_1, other.agencyId)).status).toBe(201);

    const { body: list } = await t.http.get(`/api/agencies/${team.agencyId}/indicators`).set(auth(team.auditor));
    const id = list.find((i: { code: string }) => i.code === 'IND-1').id as string;
    const measure = (body: object) =>
      t.http.post(`/api/indicators/${id}/measurements`).set(auth(team.officer)).send(body);
    const cases: [object, string][] = [
      [{ period: '2027-13', women: 1, men: 1 }, 'period'],
      [{ period: '2027', women: -1, men: 1 }, 'women'],
      [{ period: '2027', women: 1 }, 'men'],
      [{ period: '2027', women: '1e400', men: 1 }, 'women'],
      [{ period: '2027', women: 1, men: 1, extra: true }, 'extra'],
    ];
    for (const [body, field] of cases) {
      const response = await measure(body);
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(response.body.fields.map((f: { path: string }) => f.path)).toContain(field);
    }
    expect((await measure({ period: '2027', women: 212, men: 419 })).status).toBe(201);
    const twice = await measure({ period: '2027', women: 212, men: 419 });
    expect([twice.status, twice.body.code]).toEqual([409, 'MEASUREMENT_EXISTS']);
    const notFound = await t.http
      .post('/api/indicators/6f1c2a9e-8d7b-4c3a-9e1f-2b3c4d5e6f70/measurements')
      .set(auth(team.officer))
      .send({ period: '2027', women: 1, men: 1 });
    expect(notFound.status).toBe(404);
  });

  it('refuses percentages over 100 for an indicator of rates', async () => {
    const { body } = await create(team.officer, {
      ...IND_1,
      code: 'IND-2',
      unit: 'percent',
      convention: 'difference',
      goalOn: 'women',
      baseline: 64.5,
      annualGoal: 70,
    });
    const over = await t.http
      .post(`/api/indicators/${body.id}/measurements`)
      .set(auth(team.officer))
      .send({ period: '2027', women: 171.3, men: 81 });
    expect([over.status, over.body.fields[0].path]).toEqual([400, 'women']);
    const ok = await t.http
      .post(`/api/indicators/${body.id}/measurements`)
      .set(auth(team.officer))
      .send({ period: '2027', women: 71.3, men: 81 });
    expect(ok.body).toMatchObject({
      gaps: { difference: -9.7, differenceUnit: 'percentage-points' },
      goalProgress: { met: true },
    });
  });

  it('shows an indicator with its measurements and the series by sex, to readers of the agency only', async () => {
    const { body: list } = await t.http.get(`/api/agencies/${team.agencyId}/indicators`).set(auth(team.expert));
    const id = list.find((i: { code: string }) => i.code === 'IND-Z').id as string;
    const shown = await t.http.get(`/api/indicators/${id}`).set(auth(team.auditor));
    expect(shown.status).toBe(200);
    expect(shown.body.measurements.map((m: { period: string }) => m.period)).toEqual(['2025', '2026-S1']);
    expect(shown.body.series).toEqual({ periods: ['2025', '2026-S1'], women: [12, null], men: [0, 40] });
    for (const reader of [team.officer, team.head, team.quality, team.expert, admin]) {
      expect((await t.http.get(`/api/indicators/${id}`).set(auth(reader))).status).toBe(200);
    }
    for (const outsider of [other.officer, other.expert, other.auditor]) {
      expect((await t.http.get(`/api/indicators/${id}`).set(auth(outsider))).status).toBe(403);
      expect((await t.http.get(`/api/agencies/${team.agencyId}/indicators`).set(auth(outsider))).status).toBe(403);
    }
    for (const notWriter of [team.head, team.quality, team.auditor, team.expert, other.officer, admin]) {
      const write = await t.http
        .post(`/api/indicators/${id}/measurements`)
        .set(auth(notWriter))
        .send({ period: '2030', women: 1, men: 1 });
      expect([write.status, write.body.code]).toEqual([403, 'FORBIDDEN']);
      expect((await create(notWriter, { ...IND_1, code: 'IND-X' })).status).toBe(403);
    }
    expect((await t.http.get('/api/indicators/no-es-un-id').set(auth(team.officer))).status).toBe(404);
  });

  it('pre-fills the evaluation’s indicator results from the measurements of the plan’s indicators', async () => {
    const cycle = await CycleDriver.create(t.http, team, 2027);
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.passGate(team);
    await cycle.save(team.officer, 'diagnostic');
    await cycle.passGate(team);
    await cycle.save(team.officer, 'plan');
    const prefill = await t.http.get(`/api/cycles/${cycle.cycleId}/indicator-results`).set(auth(team.officer));
    expect(prefill.status).toBe(200);
    expect(prefill.body.year).toBe(2027);
    expect(prefill.body.indicatorResults.map((r: { indicatorCode: string }) => r.indicatorCode)).toEqual([
      'IND-1',
      'IND-2',
      'IND-3',
    ]);
    const [ind1, ind2, ind3] = prefill.body.indicatorResults;
    expect(ind1).toMatchObject({
      result: '2027: mujeres 212, hombres 419; participación de mujeres 33,6 %; meta anual 34 %: no cumplida.',
      analysis: '',
      missing: null,
      measurement: { gaps: { share: 33.5975 }, goalProgress: { progress: 85.6 } },
    });
    expect(ind2.result).toBe('2027: mujeres 71,3 %, hombres 81 %; diferencia M−H −9,7 pp; meta anual 70 %: cumplida.');
    expect(ind3).toMatchObject({
      result: null,
      indicatorId: null,
      missing: 'No hay un indicador registrado con el código IND-3.',
    });
    expect((await t.http.get(`/api/cycles/${cycle.cycleId}/indicator-results`).set(auth(other.expert))).status).toBe(
      403,
    );
  });
});

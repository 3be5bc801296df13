import { ROUTE_POLICIES } from '../src/auth/policy/route-policies';
import { declaredRoutes, fillParams } from './support/routes';
import { startTestApp, TestApp } from './support/test-app';

describe('Política de acceso de cada ruta', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('finds the routes of every controller', () => {
    const paths = declaredRoutes(t.app).map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual(
      expect.arrayContaining(['post /api/auth/login', 'get /api/me', 'post /api/agencies/:agencyId/members']),
    );
  });

  it('declares a policy from the policy table on every route', () => {
    const missing = declaredRoutes(t.app).filter((route) => !route.policy || !(route.policy in ROUTE_POLICIES));
    expect(missing.map((r) => `${r.method} ${r.path} (${r.handler})`)).toEqual([]);
  });

  it('answers 401 without a token on every non-public route', async () => {
    const failures: string[] = [];
    for (const route of declaredRoutes(t.app)) {
      if (route.policy && ROUTE_POLICIES[route.policy].scope.kind === 'public') continue;
      const response = await t.http[route.method](fillParams(route.path, '6f1c2a9e-8d7b-4c3a-9e1f-2b3c4d5e6f70')).send(
        {},
      );
      if (response.status !== 401 || response.body.code !== 'UNAUTHENTICATED')
        failures.push(`${route.method} ${route.path} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers public routes without a token, including the OpenAPI description', async () => {
    await t.http.get('/api/health').expect(200);
    const openApi = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(openApi.body.paths as object)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/cycles/{cycleId}/events']),
    );
  });
});

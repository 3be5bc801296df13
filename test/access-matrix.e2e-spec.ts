import { JwtService } from '@nestjs/jwt';
import type { Response } from 'supertest';
import { AgencyScopeRegistry } from '../src/auth/policy/agency-scope.registry';
import { PolicyName, ROUTE_POLICIES, RoutePolicy } from '../src/auth/policy/route-policies';
import { AGENCY_ROLES, Role } from '../workflows/roles';
import { login } from './support/actors';
import { buildWorld, World } from './support/access-world';
import { CycleDriver } from './support/cycle-driver';
import { DbWatcher, differences } from './support/db-fingerprint';
import { DeclaredRoute, declaredRoutes } from './support/routes';
import { ADMIN, PASSWORD, startTestApp, TestApp } from './support/test-app';

// The access-control matrix, generated from the one policy table (ROUTE_POLICIES) and from the
// routes the controllers declare: every route × every caller, where a caller is a role held in
// agency A (own), the same role held in agency B (other), an expert unassigned from A, the
// administration, and a signed-in person with no role. All route parameters name real resources
// of agency A, so the guard decides on A. The expected outcome comes from the policy alone:
//   public        → never 401/403;
//   authenticated → 401 without a token, never 403 to a signed-in person;
//   anyAgency     → allowed iff the caller holds one of the roles in some agency (admin: 'admin');
//   admin         → 403 to everyone but the administration;
//   agency        → allowed iff the caller holds one of the roles in the route's agency (the
//                   administration holds 'admin'), otherwise 403 FORBIDDEN.
// "Allowed" means the guard let the request through: neither 401 nor 403 FORBIDDEN. Writes carry a
// body with an unknown property, which the validation pipe refuses (400) after the guard, so no
// request changes anything and the matrix can run in any order; the few routes that read no body
// name, in their non-scope parameter, a resource the handler will not find for A (a membership of
// B, an expert not assigned to A, someone else's notification). The database is compared before
// and after: the matrix writes nothing.
//
// Why a new route cannot slip through:
// - without @UsePolicy its policy is undefined: "every route names a policy" fails, and the guard
//   refuses it to everyone, which the matrix reports for every caller the route was meant for;
// - naming a policy not in the table does not compile (PolicyName);
// - a wrong policy: the matrix alone would agree with any policy the guard enforces, so the
//   policy's fit to the route is checked from the route itself: a route with a parameter that
//   leads to an agency (as the AgencyScopeRegistry resolves it) must be scoped to that agency or
//   to the administration (an 'authenticated' or 'public' one would expose another agency's data);
//   an agency policy must name a parameter of its path; a write is never public (but sign-in),
//   never open to auditors (they read and download) and open to SERNAM experts only as cycle
//   events (their visa); people, agencies and role assignments are written by the administration
//   alone; a new parameter kind fails until it has a real resource in paramsFor.

type Scope = 'own' | 'other' | 'unassigned' | 'global';
interface Caller {
  label: string;
  role: Role | 'none';
  scope: Scope;
  token: string;
  /** Roles in agency A, where every route parameter points. */
  rolesInA: Role[];
  /** Roles held in any agency (admin: 'admin'). */
  rolesAnywhere: Role[];
}

type Outcome = 'allowed' | 'refused';

const NO_CHANGE_BODY = { matrizDeAcceso: 'propiedad desconocida: la validación la rechaza' };
const WRITE = (route: DeclaredRoute) => route.method !== 'get';
// Signing in (token or browser session) and signing out.
const PUBLIC_WRITES: readonly PolicyName[] = ['auth.login', 'auth.session'];
const EXPERT_WRITES: readonly PolicyName[] = ['cycles.event'];
// POSTs that only read (they carry what is typed, to be checked): open to whoever reads.
const READING_POSTS: readonly PolicyName[] = ['documents.check'];
// README, Roles: the administration manages agencies, people and role assignments.
const ADMINISTRATION = /^\/api\/(users|agencies)(\/:agencyId\/(members|experts))?(\/:[A-Za-z0-9]+)?$/;

function expectedOutcome(policy: RoutePolicy, caller: Caller): Outcome {
  const holds = (roles: readonly Role[]) => roles.some((role) => policy.roles.includes(role));
  switch (policy.scope.kind) {
    case 'public':
    case 'authenticated':
      return 'allowed';
    case 'admin':
      return caller.role === 'admin' ? 'allowed' : 'refused';
    case 'anyAgency':
      return holds(caller.rolesAnywhere) ? 'allowed' : 'refused';
    case 'agency':
      return holds(caller.rolesInA) ? 'allowed' : 'refused';
  }
}

function actualOutcome(response: Response): Outcome | 'unauthenticated' {
  if (response.status === 401) return 'unauthenticated';
  if (response.status === 403 && response.body?.code === 'FORBIDDEN') return 'refused';
  return 'allowed';
}

const pathParams = (path: string) => [...path.matchAll(/:([A-Za-z0-9]+)/g)].map((m) => m[1]);

describe('Matriz de acceso: cada ruta × cada rol × servicio propio, otro servicio, experta retirada', () => {
  let t: TestApp;
  let w: World;
  let routes: DeclaredRoute[];
  let callers: Caller[];
  let watcher: DbWatcher;
  /** A's next year, whose previous-year documents are those of w.cycle (visaed up to the follow-up). */
  let nextCycleId: string;

  // A real resource of agency A for every kind of route parameter.
  const paramsFor: Record<string, (route: DeclaredRoute) => string> = {
    agencyId: () => w.a.agencyId,
    cycleId: (route) => (route.path.endsWith('/previous-year') ? nextCycleId : w.cycle.cycleId),
    recordId: () => w.record.id,
    evidenceId: () => w.evidenceId,
    indicatorId: () => w.indicatorId,
    commitmentId: () => w.commitment.id,
    documentId: (route) => (route.path.includes('/progress-reports/') ? w.progressId : w.activityId),
    kind: () => 'plan',
    version: () => '1',
    year: () => String(w.year),
    sha256: () => w.record.pdfSha256,
    // DELETE …/experts/:userId: an expert of B, not assigned to A (nothing to unassign).
    userId: (route) => (route.method === 'delete' ? w.b.expert.id : w.spare.id),
    // Of agency B: DELETE …/members/:membershipId finds nothing of A to remove.
    membershipId: () => w.membershipOfB,
    // Someone else's: marking it answers 404 to every caller.
    notificationId: () => w.notificationId,
    observationId: () => w.observationId,
  };

  const urlOf = (route: DeclaredRoute) =>
    route.path.replace(/:([A-Za-z0-9]+)/g, (_, name: string) => {
      const value = paramsFor[name];
      if (!value) throw new Error(`Sin recurso para el parámetro :${name} (${route.method} ${route.path})`);
      return value(route);
    });

  const call = (route: DeclaredRoute, authorization?: string) => {
    let request = t.http[route.method](urlOf(route));
    if (authorization !== undefined) request = request.set('Authorization', authorization);
    // Writes carry the web app's header, as a browser's would: what is tested here is the policy, not CSRF.
    return WRITE(route) ? request.set('X-Enfoque-CSRF', '1').send(NO_CHANGE_BODY) : request;
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t, 'MZ');
    nextCycleId = (await CycleDriver.create(t.http, w.a, w.year + 1)).cycleId;
    routes = declaredRoutes(t.app).sort((x, y) => `${x.path} ${x.method}`.localeCompare(`${y.path} ${y.method}`));
    const team = (scope: 'own' | 'other') => (scope === 'own' ? w.a : w.b);
    const members = { gender_officer: 'officer', centre_lead: 'centreLead', agency_head: 'head' } as const;
    const personOf = (role: Role, scope: 'own' | 'other') => {
      const people = team(scope);
      switch (role) {
        case 'gender_officer':
        case 'centre_lead':
        case 'agency_head':
          return people[members[role]];
        case 'quality_team':
          return people.quality;
        case 'auditor':
          return people.auditor;
        case 'sernam_expert':
          return people.expert;
        case 'admin':
          throw new Error('la administración no pertenece a un servicio');
      }
    };
    callers = [];
    for (const scope of ['own', 'other'] as const) {
      for (const role of [...AGENCY_ROLES, 'sernam_expert'] as const) {
        callers.push({
          label: `${role}@${scope === 'own' ? 'A' : 'B'}`,
          role,
          scope,
          token: personOf(role, scope).token,
          rolesInA: scope === 'own' ? [role] : [],
          rolesAnywhere: [role],
        });
      }
    }
    callers.push(
      {
        label: 'sernam_expert retirada de A',
        role: 'sernam_expert',
        scope: 'unassigned',
        token: w.unassignedExpert.token,
        rolesInA: [],
        rolesAnywhere: ['sernam_expert'],
      },
      { label: 'admin', role: 'admin', scope: 'global', token: w.admin, rolesInA: ['admin'], rolesAnywhere: ['admin'] },
      { label: 'sin rol', role: 'none', scope: 'global', token: w.roleless.token, rolesInA: [], rolesAnywhere: [] },
    );
    watcher = await DbWatcher.open(t.database.url);
    await watcher.settle();
  }, 240_000);
  afterAll(async () => {
    await watcher?.close();
    await t?.close();
  });

  it('names a policy of the table on every route, one that fits the route', async () => {
    const registry = t.app.get(AgencyScopeRegistry);
    // Which parameters lead to an agency is the registry's answer, not a list kept here.
    const agencyParams = new Set<string>();
    for (const name of new Set(routes.flatMap((r) => pathParams(r.path)))) {
      const value = paramsFor[name];
      if (!value) continue; // reported below
      const resolved = await registry.resolve(name, value(routes.find((r) => r.path.includes(`:${name}`))!)).then(
        (agencyId) => agencyId,
        () => null,
      );
      if (resolved === w.a.agencyId) agencyParams.add(name);
    }
    expect([...agencyParams].sort()).toEqual(
      expect.arrayContaining([
        'agencyId',
        'commitmentId',
        'cycleId',
        'evidenceId',
        'indicatorId',
        'observationId',
        'recordId',
      ]),
    );

    const problems: string[] = [];
    for (const route of routes) {
      const where = `${route.method.toUpperCase()} ${route.path}`;
      if (!route.policy || !(route.policy in ROUTE_POLICIES)) {
        problems.push(`${where}: sin política`);
        continue;
      }
      const policy: RoutePolicy = ROUTE_POLICIES[route.policy];
      const params = pathParams(route.path);
      for (const param of params) if (!paramsFor[param]) problems.push(`${where}: sin recurso para :${param}`);
      if (policy.scope.kind === 'agency' && !params.includes(policy.scope.param))
        problems.push(`${where}: la política ${route.policy} decide por :${policy.scope.param}, que la ruta no tiene`);
      const scoped = params.filter((p) => agencyParams.has(p));
      if (
        scoped.length > 0 &&
        policy.scope.kind !== 'admin' &&
        !(policy.scope.kind === 'agency' && scoped.includes(policy.scope.param))
      )
        problems.push(
          `${where}: lleva :${scoped.join(', :')} pero su política (${route.policy}) no es de ese servicio`,
        );
      if (WRITE(route) && !READING_POSTS.includes(route.policy)) {
        if (policy.scope.kind === 'public' && !PUBLIC_WRITES.includes(route.policy))
          problems.push(`${where}: escritura pública (${route.policy})`);
        if (policy.roles.includes('auditor')) problems.push(`${where}: la auditoría no escribe (${route.policy})`);
        if (policy.roles.includes('sernam_expert') && !EXPERT_WRITES.includes(route.policy))
          problems.push(`${where}: SERNAM solo escribe su visación como evento del ciclo (${route.policy})`);
        const adminOnly =
          policy.scope.kind === 'admin' || (policy.scope.kind === 'agency' && policy.roles.join() === 'admin');
        if (ADMINISTRATION.test(route.path) && !adminOnly)
          problems.push(`${where}: personas, servicios y roles son de la administración (${route.policy})`);
      }
    }
    const used = new Set(routes.map((r) => r.policy));
    for (const name of Object.keys(ROUTE_POLICIES))
      if (!used.has(name as PolicyName)) problems.push(`${name}: sin ruta`);
    expect(problems).toEqual([]);
  });

  it('answers every route as its policy says, to every caller, and writes nothing', async () => {
    const before = await watcher.full();
    const failures: string[] = [];
    const rows: string[] = [];
    let checks = 0;
    for (const route of routes) {
      const where = `${route.method.toUpperCase()} ${route.path}`;
      if (!route.policy) {
        failures.push(`${where}: sin política`);
        continue;
      }
      const policy: RoutePolicy = ROUTE_POLICIES[route.policy];
      const anonymous = await call(route);
      checks++;
      if (policy.scope.kind === 'public') {
        if ([401, 403].includes(anonymous.status)) failures.push(`${where} anónimo: ${anonymous.status}`);
      } else if (anonymous.status !== 401 || anonymous.body.code !== 'UNAUTHENTICATED') {
        failures.push(`${where} anónimo: ${anonymous.status} ${anonymous.body.code} (esperado 401 UNAUTHENTICATED)`);
      }
      let row = '';
      for (const caller of callers) {
        const response = await call(route, `Bearer ${caller.token}`);
        checks++;
        const expected = expectedOutcome(policy, caller);
        const actual = actualOutcome(response);
        row += actual === 'allowed' ? '✓' : actual === 'refused' ? '·' : '?';
        const seen = `${response.status} ${response.body?.code ?? ''}`.trim();
        if (actual !== expected) failures.push(`${where} ${caller.label}: ${seen} (esperado ${expected})`);
        else if (response.status >= 500) failures.push(`${where} ${caller.label}: ${seen}`);
        else if (actual === 'allowed' && !WRITE(route) && (response.status < 200 || response.status > 299))
          failures.push(`${where} ${caller.label}: ${seen} (una lectura permitida responde 2xx)`);
        else if (actual === 'refused' && typeof response.body?.message !== 'string')
          failures.push(`${where} ${caller.label}: 403 sin mensaje`);
      }
      rows.push(`${row}  ${where} (${route.policy})`);
    }
    const written = differences(before, await watcher.full());
    if (process.env.ACCESS_MATRIX_SUMMARY) {
      console.log(
        [
          `Matriz de acceso: ${routes.length} rutas × ${callers.length} llamantes ` +
            `(8 roles × servicio propio / otro / experta retirada) + anónimo = ${checks} solicitudes`,
          `llamantes: ${callers.map((c, i) => `${i + 1}=${c.label}`).join(', ')}`,
          '✓ permitido · rechazado (403 FORBIDDEN)',
          ...rows,
        ].join('\n'),
      );
    }
    expect(failures).toEqual([]);
    expect(written).toEqual([]);
  }, 120_000);

  it('refuses expired, tampered and foreign tokens and a deactivated person on routes of every scope', async () => {
    const jwt = new JwtService({ secret: t.config.jwtSecret });
    const token = w.roleless.token;
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const users = (await t.http.get('/api/users?limit=200').set('Authorization', `Bearer ${w.admin}`)).body.items as {
      id: string;
      email: string;
    }[];
    const adminId = users.find((u) => u.email === ADMIN.email)?.id;
    expect(adminId).toEqual(expect.any(String));
    const asAdmin = Buffer.from(JSON.stringify({ ...claims, sub: adminId })).toString('base64url');
    const flipped = `${signature.slice(0, -2)}${signature.slice(-2) === 'AA' ? 'BB' : 'AA'}`;
    const bad: Record<string, string> = {
      vencido: `Bearer ${jwt.sign({ sub: w.roleless.id, tv: 0, exp: Math.floor(Date.now() / 1000) - 60 }, { issuer: 'enfoque' })}`,
      'carga alterada (sub de la administración)': `Bearer ${header}.${asAdmin}.${signature}`,
      'firma alterada': `Bearer ${header}.${payload}.${flipped}`,
      'sin firma (alg none)': `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`,
      'otro secreto': `Bearer ${new JwtService({ secret: 'un-secreto-que-no-es-el-del-servicio-0123' }).sign({ sub: w.roleless.id, tv: 0 }, { issuer: 'enfoque' })}`,
      'otro emisor': `Bearer ${jwt.sign({ sub: w.roleless.id, tv: 0 }, { issuer: 'otro' })}`,
      'esquema Basic': `Basic ${Buffer.from(`${ADMIN.email}:${ADMIN.password}`).toString('base64')}`,
      'Bearer vacío': 'Bearer ',
      basura: 'Bearer ../../etc/passwd',
      'persona desactivada': `Bearer ${w.deactivated.token}`,
    };
    const sample = (['public', 'authenticated', 'anyAgency', 'admin', 'agency'] as const).flatMap((kind) => {
      const ofKind = routes.filter((r) => r.policy && ROUTE_POLICIES[r.policy].scope.kind === kind);
      return [...ofKind.filter((r) => !WRITE(r)).slice(0, 2), ...ofKind.filter(WRITE).slice(0, 2)];
    });
    expect(new Set(sample.map((r) => r.policy && ROUTE_POLICIES[r.policy].scope.kind)).size).toBeGreaterThanOrEqual(4);
    const failures: string[] = [];
    for (const route of sample) {
      const isPublic = route.policy !== undefined && ROUTE_POLICIES[route.policy].scope.kind === 'public';
      for (const [label, authorization] of Object.entries(bad)) {
        const response = await call(route, authorization);
        const where = `${route.method.toUpperCase()} ${route.path} ${label}: ${response.status} ${response.body?.code}`;
        if (isPublic ? [401, 403].includes(response.status) : response.status !== 401) failures.push(where);
        else if (!isPublic && (response.body.code !== 'UNAUTHENTICATED' || typeof response.body.message !== 'string'))
          failures.push(where);
      }
    }
    expect(failures).toEqual([]);
    await expect(login(t.http, w.deactivated.email, PASSWORD)).rejects.toThrow(/401/);
  });
});

describe('Límite de intentos de inicio de sesión', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { loginThrottleLimit: 3 } });
  });
  afterAll(() => t.close());

  it('blocks sign-in from an address after the limit, even with the right password, and nothing else', async () => {
    const token = await login(t.http, ADMIN.email, ADMIN.password);
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++)
      statuses.push((await t.http.post('/api/auth/login').send({ email: ADMIN.email, password: 'clave-mala' })).status);
    const right = await t.http.post('/api/auth/login').send(ADMIN);
    expect([...statuses, right.status]).toEqual([401, 401, 429]);
    expect(right.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
    expect(right.body.message).toMatch(/intente nuevamente/);
    expect(right.body.accessToken).toBeUndefined();
    await t.http.get('/api/health').expect(200);
    await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
  });
});

import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { Client } from 'pg';
import { hashPassword } from '../../src/users/password-hasher';
import type { LoadHttp } from './http';
import { mapLimit } from './limit';

/** Bearer tokens of one agency's people. */
export interface AgencyPeople {
  index: number;
  agencyId: string;
  officer: string;
  head: string;
  expert: string;
  auditor: string;
}

export interface SetupOptions {
  databaseUrl: string;
  jwtSecret: string;
  admin: { email: string; password: string };
  agencies: number;
  /** How many people sign in over HTTP; the others get the same token, signed with the run's secret. */
  httpLogins: number;
}

export interface SetupResult {
  people: AgencyPeople[];
  /** Sign-ins done over HTTP, and how long each took (argon2id: slow on purpose). */
  loginMs: number[];
}

const PASSWORD = 'clave-de-carga-segura-1';
const ROLES = ['officer', 'head', 'expert', 'auditor'] as const;
type LoadRole = (typeof ROLES)[number];
const LABEL: Record<LoadRole, string> = {
  officer: 'Encargada de Género',
  head: 'Jefatura',
  expert: 'Experta SERNAM',
  auditor: 'Auditoría',
};

async function ok<T>(http: LoadHttp, method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const outcome = await http.call<T>(method, path, token, body);
  if (outcome.kind !== 'answer' || outcome.status >= 300) {
    throw new Error(
      `${method} ${path}: ${outcome.kind === 'answer' ? `${outcome.status} ${JSON.stringify(outcome.body)}` : outcome.reason}`,
    );
  }
  return outcome.body;
}

// Agencies, memberships and expert assignments go through the admin API as an administrator
// would create them. The people themselves are written straight into the users table with one
// argon2id hash: through POST /api/users every account costs a hash (about 0.25 s of CPU here),
// which for 800 people would take longer than the whole load. Likewise only `httpLogins` people
// sign in over HTTP; the rest receive the token the API would issue them, signed with the secret
// this run gave the API.
export async function setUp(http: LoadHttp, options: SetupOptions): Promise<SetupResult> {
  const admin = (await ok<{ accessToken: string }>(http, 'POST', '/auth/login', null, options.admin)).accessToken;
  const agencyIds = await mapLimit(
    range(options.agencies),
    16,
    async (i) =>
      (
        await ok<{ id: string }>(http, 'POST', '/agencies', admin, {
          code: `CARGA-${i + 1}`,
          name: `Servicio de Prueba de Carga ${i + 1}`,
          ministry: 'Ministerio de Prueba',
        })
      ).id,
  );
  const userIds = await insertPeople(options.databaseUrl, options.agencies);
  await mapLimit(range(options.agencies), 16, async (i) => {
    const ids = userIds[i];
    await ok(http, 'POST', `/agencies/${agencyIds[i]}/members`, admin, { userId: ids.officer, role: 'gender_officer' });
    await ok(http, 'POST', `/agencies/${agencyIds[i]}/members`, admin, { userId: ids.head, role: 'agency_head' });
    await ok(http, 'POST', `/agencies/${agencyIds[i]}/members`, admin, { userId: ids.auditor, role: 'auditor' });
    await ok(http, 'POST', `/agencies/${agencyIds[i]}/experts`, admin, { userId: ids.expert });
  });

  const jwt = new JwtService({
    secret: createSecretKey(Buffer.from(options.jwtSecret)),
    signOptions: { algorithm: 'HS256', expiresIn: 8 * 3600, issuer: 'enfoque' },
  });
  const loginMs: number[] = [];
  let httpLoginsLeft = options.httpLogins;
  const tokenFor = async (index: number, role: LoadRole): Promise<string> => {
    if (httpLoginsLeft > 0) {
      httpLoginsLeft--;
      const started = performance.now();
      const { accessToken } = await ok<{ accessToken: string }>(http, 'POST', '/auth/login', null, {
        email: emailOf(index, role),
        password: PASSWORD,
      });
      loginMs.push(performance.now() - started);
      return accessToken;
    }
    return jwt.sign({ sub: userIds[index][role], tv: 0 });
  };
  const people: AgencyPeople[] = [];
  for (const i of range(options.agencies)) {
    people.push({
      index: i,
      agencyId: agencyIds[i],
      officer: await tokenFor(i, 'officer'),
      head: await tokenFor(i, 'head'),
      expert: await tokenFor(i, 'expert'),
      auditor: await tokenFor(i, 'auditor'),
    });
  }
  return { people, loginMs };
}

const emailOf = (index: number, role: LoadRole) => `${role}.${index + 1}@carga.cl`;

async function insertPeople(databaseUrl: string, agencies: number): Promise<Record<LoadRole, string>[]> {
  const hash = await hashPassword(PASSWORD);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = range(agencies).flatMap((i) =>
      ROLES.map((role) => [emailOf(i, role), `${LABEL[role]} ${i + 1}`] as const),
    );
    const inserted = await client.query<{ id: string; email: string }>(
      `INSERT INTO users (email, name, password_hash)
       SELECT e, n, $3 FROM unnest($1::text[], $2::text[]) AS t(e, n)
       RETURNING id, email`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), hash],
    );
    const idOf = new Map(inserted.rows.map((r) => [r.email, r.id]));
    return range(agencies).map(
      (i) =>
        Object.fromEntries(ROLES.map((role) => [role, idOf.get(emailOf(i, role)) ?? ''])) as Record<LoadRole, string>,
    );
  } finally {
    await client.end();
  }
}

export const range = (n: number) => Array.from({ length: n }, (_, i) => i);

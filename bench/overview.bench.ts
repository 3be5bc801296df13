// npm run bench:overview (after npm run build) — loads 200 agencies × 5 years of history
// straight into a scratch database, then measures GET /api/overview of the real API process over
// HTTP at 50, 100 and 200 agencies. Prints p50/p95 and exits non-zero when p95 ≥ 100 ms at 200.
import { Client } from 'pg';
import type { RunningProcess } from '../test/support/processes';
import { ADMIN, scratchDatabase, startApi } from './support/server';

const YEARS = [2022, 2023, 2024, 2025, 2026];
const STEPS = [50, 100, 200];
const REQUESTS = 200;
const WARM_UP = 20;
const TARGET_P95_MS = 100;

async function sql<T = unknown>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

// Agencies [from, to) with five cycles each (four closed, the last part-way), ~30 history
// events per cycle, three commitments per cycle, three indicators per agency measured yearly,
// and a calendar of due dates per year.
async function load(url: string, from: number, to: number, adminId: string): Promise<void> {
  await sql(
    url,
    `INSERT INTO agencies (code, name, ministry)
     SELECT 'B' || lpad(n::text, 4, '0'), 'Servicio de prueba ' || n, 'Ministerio ' || (n % 20)
       FROM generate_series($1::int, $2::int - 1) n`,
    [from, to],
  );
  const agencies = `(SELECT id, substr(code, 2)::int AS n FROM agencies WHERE code ~ '^B[0-9]{4}$'
                       AND substr(code, 2)::int >= ${from} AND substr(code, 2)::int < ${to})`;
  await sql(
    url,
    `INSERT INTO cycles (agency_id, year, machine_id, machine_version, snapshot, stage, state, status, awaiting,
                         revision, state_entered_at)
     SELECT a.id, y, 'enfoque-cycle', 1, '{}'::jsonb,
            CASE WHEN y < 2026 THEN 'closed' ELSE (ARRAY['strategicDefinitions','diagnostic','planning','implementation','evaluation','followUp'])[1 + a.n % 6] END,
            CASE WHEN y < 2026 THEN 'closed' ELSE (ARRAY['strategicDefinitions.draft','diagnostic.submitted','planning.approved','implementation.inProgress','evaluation.draft','followUp.inProgress'])[1 + a.n % 6] END,
            CASE WHEN y < 2026 THEN 'closed' ELSE 'open' END,
            CASE WHEN y < 2026 THEN '{}'::text[] ELSE ARRAY[(ARRAY['gender_officer','agency_head','sernam_expert','gender_officer','gender_officer','agency_head'])[1 + a.n % 6]] END,
            30, make_timestamptz(y, 3, 1, 12, 0, 0, 'UTC') + (a.n % 40) * interval '1 day'
       FROM ${agencies} a CROSS JOIN unnest($1::int[]) y`,
    [YEARS],
  );
  const cycles = `(SELECT c.id, c.year FROM cycles c JOIN ${agencies} a ON a.id = c.agency_id)`;
  await sql(
    url,
    `INSERT INTO cycle_events (cycle_id, seq, type, actor_id, actor_name, actor_roles, state_before, state_after,
                               comment, documents, at, prev_hash, hash)
     SELECT c.id, s,
            (ARRAY['DOCUMENT_SAVED','SUBMIT','RETURN','SUBMIT','APPROVE','DENY_VISA','SUBMIT','APPROVE','GRANT_VISA','DOCUMENT_SAVED'])[1 + s % 10],
            NULL, 'Persona de prueba', '{gender_officer}', 'a', 'b', NULL, '[]'::jsonb,
            to_char((make_timestamptz(c.year, 1, 5, 12, 0, 0, 'UTC') + s * interval '2 days') AT TIME ZONE 'UTC',
                    'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            repeat('0', 64), repeat('0', 64)
       FROM ${cycles} c CROSS JOIN generate_series(1, 30) s`,
  );
  await sql(
    url,
    `INSERT INTO commitments (cycle_id, item_id, description, deadline, responsible, status, source_version)
     SELECT c.id, 'C-' || k, 'Compromiso ' || k, make_date(c.year + 1, 2 * k, 28), 'Jefatura',
            (ARRAY['pending','in-progress','met','not-met'])[1 + (k + c.year) % 4], 1
       FROM ${cycles} c CROSS JOIN generate_series(1, 3) k`,
  );
  await sql(
    url,
    `INSERT INTO indicators (agency_id, code, name, unit, numerator, convention, verification_means, baseline,
                             annual_goal, created_by)
     SELECT a.id, 'IND-' || k, 'Indicador ' || k, 'count', 'N° de personas', (ARRAY['share','ratio','relative'])[k],
            'Registro administrativo', NULL, (ARRAY[40, 0.9, -20])[k], $1
       FROM ${agencies} a CROSS JOIN generate_series(1, 3) k`,
    [adminId],
  );
  await sql(
    url,
    `INSERT INTO indicator_measurements (indicator_id, period, women, men, recorded_by)
     SELECT i.id, y::text, 100 + (y % 7) * 10, 150, $2
       FROM indicators i JOIN ${agencies} a ON a.id = i.agency_id CROSS JOIN unnest($1::int[]) y`,
    [YEARS, adminId],
  );
}

async function loadCalendar(url: string, adminId: string): Promise<void> {
  await sql(
    url,
    `INSERT INTO deadline_calendar (year, gate, due_date, updated_by)
     SELECT y, s || '.' || m, make_date(y, (2 + i)::int, (10 + j * 5)::int), $2
       FROM unnest($1::int[]) y,
            unnest(ARRAY['strategicDefinitions','diagnostic','planning','evaluation']) WITH ORDINALITY st(s, i),
            unnest(ARRAY['submission','approval','visa']) WITH ORDINALITY ms(m, j)`,
    [YEARS, adminId],
  );
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measure(base: string, token: string): Promise<{ p50: number; p95: number; rows: number }> {
  let rows = 0;
  const get = async () => {
    const started = performance.now();
    const response = await fetch(`${base}/overview`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { total: number };
    if (response.status !== 200) throw new Error(`overview → ${response.status} ${JSON.stringify(body)}`);
    rows = body.total;
    return performance.now() - started;
  };
  for (let i = 0; i < WARM_UP; i++) await get();
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) times.push(await get());
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), rows };
}

async function main(): Promise<void> {
  const database = await scratchDatabase('enfoque_bench_overview');
  let api: RunningProcess | undefined;
  try {
    // The real API process (dist/), as production runs it; this process is only the client.
    const started = await startApi(database.url);
    api = started.api;
    const login = await fetch(`${started.base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    const [{ id: adminId }] = await sql<{ id: string }>(database.url, 'SELECT id FROM users WHERE email = $1', [
      ADMIN.email,
    ]);
    await loadCalendar(database.url, adminId);
    const results: { agencies: number; rows: number; p50: number; p95: number }[] = [];
    let loaded = 0;
    for (const agencies of STEPS) {
      const loadStarted = performance.now();
      await load(database.url, loaded, agencies, adminId);
      loaded = agencies;
      // Autovacuum's work on a live database: statistics, and the visibility map for index-only scans.
      await sql(database.url, 'VACUUM ANALYZE');
      const loadMs = performance.now() - loadStarted;
      const result = await measure(started.base, token);
      results.push({ agencies, ...result });
      console.log(
        `${String(agencies).padStart(3)} servicios × ${YEARS.length} años (${result.rows} filas, carga ${(loadMs / 1000).toFixed(1)} s): ` +
          `p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`,
      );
    }
    const [first, last] = [results[0], results[results.length - 1]];
    console.log(
      `crecimiento p50 de ${first.agencies} a ${last.agencies} servicios: ×${(last.p50 / first.p50).toFixed(2)}`,
    );
    const ok = last.p95 < TARGET_P95_MS;
    console.log(
      `objetivo p95 < ${TARGET_P95_MS} ms con ${last.agencies} servicios: ${ok ? 'cumplido' : 'NO cumplido'}`,
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    await api?.stop();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

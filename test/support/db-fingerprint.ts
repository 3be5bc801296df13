import { Client } from 'pg';

export interface TableFingerprint {
  rows: number;
  /** max(updated_at) where the table has the column. */
  lastUpdate: string | null;
  /** MD5 of every row (bytea as its MD5); only in a full fingerprint. */
  digest?: string;
}

export type DbFingerprint = Record<string, TableFingerprint>;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

// What "nothing was written" means for a test: same rows in every table (counted for each
// request, compared in full for each run of a property), same last update, same history.
export class DbWatcher {
  private quickSql = '';
  private fullSql = '';

  private constructor(private readonly client: Client) {}

  static async open(url: string): Promise<DbWatcher> {
    const client = new Client({ connectionString: url });
    await client.connect();
    const watcher = new DbWatcher(client);
    await watcher.prepare();
    return watcher;
  }

  private async prepare(): Promise<void> {
    const { rows } = await this.client.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT c.table_name, c.column_name, c.data_type
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name, c.ordinal_position`,
    );
    const tables = new Map<string, { column: string; type: string }[]>();
    for (const row of rows) {
      const columns = tables.get(row.table_name) ?? [];
      columns.push({ column: row.column_name, type: row.data_type });
      tables.set(row.table_name, columns);
    }
    const quick: string[] = [];
    const full: string[] = [];
    for (const [table, columns] of tables) {
      const lastUpdate = columns.some((c) => c.column === 'updated_at') ? 'max(updated_at)::text' : 'NULL::text';
      const row = `ROW(${columns.map((c) => (c.type === 'bytea' ? `md5(${quote(c.column)})` : quote(c.column))).join(', ')})::text`;
      quick.push(`SELECT '${table}' AS t, count(*)::int AS rows, ${lastUpdate} AS last_update FROM ${quote(table)}`);
      full.push(
        `SELECT '${table}' AS t, count(*)::int AS rows, ${lastUpdate} AS last_update,
                md5(coalesce(string_agg(md5(${row}), ',' ORDER BY md5(${row})), '')) AS digest
           FROM ${quote(table)}`,
      );
    }
    this.quickSql = quick.join(' UNION ALL ');
    this.fullSql = full.join(' UNION ALL ');
  }

  /** Row counts and last updates: cheap enough to take around every request. */
  quick(): Promise<DbFingerprint> {
    return this.read(this.quickSql);
  }

  /** Also a digest of every row: taken around each run of a property. */
  full(): Promise<DbFingerprint> {
    return this.read(this.fullSql);
  }

  private async read(sql: string): Promise<DbFingerprint> {
    const { rows } = await this.client.query<{ t: string; rows: number; last_update: string | null; digest?: string }>(
      sql,
    );
    const fingerprint: DbFingerprint = {};
    for (const row of rows) {
      fingerprint[row.t] = {
        rows: row.rows,
        lastUpdate: row.last_update,
        ...(row.digest === undefined ? {} : { digest: row.digest }),
      };
    }
    return fingerprint;
  }

  /** Waits until background work (records, outbox, audit of sign-ins) has settled. */
  async settle(options: { intervalMs?: number; timeoutMs?: number } = {}): Promise<DbFingerprint> {
    const intervalMs = options.intervalMs ?? 750;
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    let previous = await this.full();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
      const current = await this.full();
      if (differences(previous, current).length === 0) return current;
      if (Date.now() > deadline)
        throw new Error(`la base de datos no se aquieta: ${differences(previous, current).join('; ')}`);
      previous = current;
    }
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

/** What changed between two fingerprints, table by table; tables in `ignore` are left out. */
export function differences(before: DbFingerprint, after: DbFingerprint, ignore: readonly string[] = []): string[] {
  const changes: string[] = [];
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ignore.includes(table)) continue;
    const [a, b] = [before[table], after[table]];
    if (!a || !b) {
      changes.push(`${table}: ${a ? 'desapareció' : 'apareció'}`);
      continue;
    }
    if (a.rows !== b.rows) changes.push(`${table}: filas ${a.rows} → ${b.rows}`);
    if (a.lastUpdate !== b.lastUpdate) changes.push(`${table}: updated_at ${a.lastUpdate} → ${b.lastUpdate}`);
    if (a.digest !== undefined && b.digest !== undefined && a.digest !== b.digest && a.rows === b.rows)
      changes.push(`${table}: contenido modificado`);
  }
  return changes;
}
